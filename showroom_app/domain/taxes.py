"""Government taxes on a new car (DOMAIN.md §7.5–7.7), computed from dated rules (§7.0).

Formulas live here, numbers in the rules table (:mod:`tax_rules`, defaults in
:mod:`tax_defaults`). Every function takes the date that legally matters and returns a
:class:`TaxLine`: the amount rounded per the currency (TWD whole dollars, CNY/HKD cents) plus
the figures a quote prints beside it (base, rate, relief, proration, the rule keys used).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from showroom_app.domain.enums import Currency, Powertrain, Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.money import round_display
from showroom_app.domain.tax_defaults import DEFAULT_RULES, default_rules, default_rules_table
from showroom_app.domain.tax_rules import (
    Band,
    Rule,
    RuleLookupError,
    RulesTable,
    RuleValue,
    rule_errors,
    rule_from_dict,
    rule_to_dict,
    validate_rules,
)
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "CN_PURCHASE_TAX",
    "CN_VEHICLE_VESSEL_TAX",
    "DEFAULT_RULES",
    "HK_FIRST_REGISTRATION_TAX",
    "TAX_LABELS",
    "TW_COMMODITY_TAX",
    "TW_FUEL_FEE",
    "TW_LICENCE_TAX",
    "Band",
    "Rule",
    "RuleLookupError",
    "RuleValue",
    "RulesTable",
    "TaxBreakdown",
    "TaxLine",
    "TaxVehicle",
    "cn_nev_cap_threshold",
    "cn_purchase_tax",
    "cn_vehicle_vessel_tax",
    "default_rules",
    "default_rules_table",
    "government_taxes",
    "hk_first_registration_tax",
    "rule_errors",
    "rule_from_dict",
    "rule_to_dict",
    "tw_commodity_tax",
    "tw_fuel_fee",
    "tw_licence_tax",
    "validate_rules",
]

CN_PURCHASE_TAX = "cn.purchase_tax"
CN_VEHICLE_VESSEL_TAX = "cn.vehicle_vessel_tax"
TW_LICENCE_TAX = "tw.licence_tax"
TW_FUEL_FEE = "tw.fuel_fee"
TW_COMMODITY_TAX = "tw.commodity_tax"
HK_FIRST_REGISTRATION_TAX = "hk.frt"

#: English source names for the UI (context "Taxes"); documents use their own wording.
TAX_LABELS: dict[str, str] = {
    CN_PURCHASE_TAX: QT_TRANSLATE_NOOP("Taxes", "Vehicle purchase tax"),
    CN_VEHICLE_VESSEL_TAX: QT_TRANSLATE_NOOP("Taxes", "Vehicle and vessel tax"),
    TW_LICENCE_TAX: QT_TRANSLATE_NOOP("Taxes", "Licence tax"),
    TW_FUEL_FEE: QT_TRANSLATE_NOOP("Taxes", "Fuel usage fee"),
    TW_COMMODITY_TAX: QT_TRANSLATE_NOOP("Taxes", "Commodity tax (included in the price)"),
    HK_FIRST_REGISTRATION_TAX: QT_TRANSLATE_NOOP("Taxes", "First registration tax"),
}

_ZERO = Decimal(0)
_ONE = Decimal(1)
_MONTHS = 12


@dataclass(frozen=True)
class TaxVehicle:
    """The facts about the car that taxes depend on."""

    powertrain: Powertrain
    displacement_cc: int | None = None  # None for a pure EV
    nev_relief_eligible: bool = False  # CN: in the NEV purchase-tax relief catalogue (§7.5)
    nev_vessel_tax_exempt: bool = False  # CN: in the vehicle & vessel tax exemption list
    energy_saving: bool = False  # CN: energy-saving catalogue (half vehicle & vessel tax)
    passenger_car: bool = True  # CN: the NEV relief cap applies per passenger car
    fuel: str = "petrol"  # TW: which fuel-fee table (tw.fuel_fee.private_car.{fuel}.bands)
    motor_hp: int | None = None  # TW: EV licence tax by horsepower, once the exemption ends
    hk_one_for_one: bool = False  # HK: an old private car is scrapped ("one-for-one")
    order_date: date | None = None  # HK: orders up to 2026-02-25 keep the EV concession


@dataclass(frozen=True)
class TaxLine:
    code: str  # CN_PURCHASE_TAX, ... (TAX_LABELS has the names)
    currency: Currency
    amount: Decimal  # payable, rounded per the currency
    on: date  # the legally relevant date the rules were taken for
    base: Decimal | None = None  # taxable base (CN: price excl. VAT; HK/TW: taxable value)
    rate: Decimal | None = None  # fraction, when one rate applies
    full_amount: Decimal | None = None  # before relief (or the annual amount when prorated)
    relief: Decimal = _ZERO  # NEV relief / EV concession / exempted part
    proration: tuple[int, int] | None = None  # (months or days charged, of months or days)
    exempt: bool = False
    included_in_price: bool = False  # shown for information, not added (TW commodity tax)
    rule_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class TaxBreakdown:
    region: Region
    on: date
    lines: tuple[TaxLine, ...]

    @property
    def payable(self) -> Decimal:
        """What the buyer pays on top of the price (lines included in the price excluded)."""
        return sum((line.amount for line in self.lines if not line.included_in_price), _ZERO)


def _money(value: Decimal, currency: Currency) -> Decimal:
    return round_display(value, currency)


def _displacement(vehicle: TaxVehicle) -> int:
    cc = vehicle.displacement_cc
    if cc is None or isinstance(cc, bool) or not isinstance(cc, int) or cc <= 0:
        raise ValidationError(
            "displacement_cc",
            QT_TRANSLATE_NOOP("Validation", "Enter the engine displacement in cc."),
            "required",
        )
    return cc


# --- Mainland China (§7.5) -------------------------------------------------------------------


def cn_purchase_tax(
    price_incl_vat: Decimal,
    purchase_date: date,
    table: RulesTable,
    *,
    nev_relief_eligible: bool = False,
    passenger_car: bool = True,
) -> TaxLine:
    """车辆购置税: 10 % of the VAT-exclusive invoice price, less the NEV relief when the model
    is in the catalogue for the purchase (invoice) date: exempt with a ¥30,000 cap in 2024–25,
    halved with a ¥15,000 cap in 2026–27 (caps per passenger car)."""
    cn, currency = Region.CN, Currency.CNY
    vat = table.number(cn, "cn.vat_rate", purchase_date)
    rate = table.number(cn, "cn.purchase_tax_rate", purchase_date)
    keys = ["cn.vat_rate", "cn.purchase_tax_rate"]
    base = _money(price_incl_vat / (_ONE + vat), currency)
    full = _money(base * rate, currency)
    relief = _money(_ZERO, currency)
    if nev_relief_eligible:
        share = table.number(cn, "cn.nev_purchase_tax_relief.share", purchase_date)
        keys.append("cn.nev_purchase_tax_relief.share")
        relief = _money(full * share, currency)
        if share and passenger_car:
            cap = table.number(cn, "cn.nev_purchase_tax_relief.cap", purchase_date)
            relief = _money(min(relief, cap), currency)
            keys.append("cn.nev_purchase_tax_relief.cap")
    return TaxLine(
        CN_PURCHASE_TAX, currency, full - relief, purchase_date, base=base, rate=rate,
        full_amount=full, relief=relief, exempt=full > 0 and relief == full, rule_keys=tuple(keys),
    )  # fmt: skip


def cn_nev_cap_threshold(purchase_date: date, table: RulesTable) -> Decimal | None:
    """The price incl. VAT above which the NEV relief cap binds (¥339,000 in 2024–27), or None
    when no relief applies on that date. Shown in the UI as a rule of thumb."""
    cn = Region.CN
    share = table.number(cn, "cn.nev_purchase_tax_relief.share", purchase_date)
    if not share:
        return None
    cap = table.number(cn, "cn.nev_purchase_tax_relief.cap", purchase_date)
    rate = table.number(cn, "cn.purchase_tax_rate", purchase_date)
    vat = table.number(cn, "cn.vat_rate", purchase_date)
    return _money(cap / (share * rate) * (_ONE + vat), Currency.CNY)


def cn_vehicle_vessel_tax(vehicle: TaxVehicle, purchase_date: date, table: RulesTable) -> TaxLine:
    """车船税 for the first year: the annual amount for the displacement band, prorated from
    the purchase month (July → 6/12). Pure EVs are outside the tax, listed NEVs exempt, cars in
    the energy-saving catalogue pay a share (half)."""
    cn, currency = Region.CN, Currency.CNY
    months = _MONTHS - purchase_date.month + 1
    zero = _money(_ZERO, currency)
    if vehicle.powertrain is Powertrain.BEV or vehicle.nev_vessel_tax_exempt:
        return TaxLine(
            CN_VEHICLE_VESSEL_TAX, currency, zero, purchase_date, proration=(months, _MONTHS),
            exempt=True,
        )  # fmt: skip
    key = "cn.vehicle_vessel_tax.passenger_car.bands"
    annual = table.band_value(cn, key, purchase_date, _displacement(vehicle), "displacement_cc")
    keys = [key]
    payable_annual = annual
    if vehicle.energy_saving:
        share_key = "cn.vehicle_vessel_tax.energy_saving_share"
        payable_annual = annual * table.number(cn, share_key, purchase_date)
        keys.append(share_key)
    amount = _money(payable_annual * months / _MONTHS, currency)
    full = _money(annual * months / _MONTHS, currency)
    return TaxLine(
        CN_VEHICLE_VESSEL_TAX, currency, amount, purchase_date,
        full_amount=_money(annual, currency), relief=full - amount, proration=(months, _MONTHS),
        rule_keys=tuple(keys),
    )  # fmt: skip


# --- Taiwan (§7.6) ---------------------------------------------------------------------------


def _rest_of_year(day: date) -> tuple[int, int]:
    """(days from ``day`` to 31 December inclusive, days in the year): 2026-07-01 → (184, 365)."""
    year_days = 366 if calendar.isleap(day.year) else 365
    return (date(day.year, 12, 31) - day).days + 1, year_days


def _prorated_line(
    code: str, annual: Decimal, registration_date: date, keys: tuple[str, ...]
) -> TaxLine:
    days, year_days = _rest_of_year(registration_date)
    amount = _money(annual * days / year_days, Currency.TWD)
    return TaxLine(
        code, Currency.TWD, amount, registration_date, full_amount=annual,
        proration=(days, year_days), rule_keys=keys,
    )  # fmt: skip


def tw_licence_tax(vehicle: TaxVehicle, registration_date: date, table: RulesTable) -> TaxLine:
    """使用牌照稅 for the rest of the registration year (annual × days left / days in year).
    Electric cars are exempt while ``tw.licence_tax.ev_exempt`` says so (to 2030-12-31)."""
    tw = Region.TW
    if vehicle.powertrain is Powertrain.BEV:
        exempt_key = "tw.licence_tax.ev_exempt"
        if table.optional_number(tw, exempt_key, registration_date):
            return TaxLine(
                TW_LICENCE_TAX, Currency.TWD, _money(_ZERO, Currency.TWD), registration_date,
                proration=_rest_of_year(registration_date), exempt=True, rule_keys=(exempt_key,),
            )  # fmt: skip
        key = "tw.licence_tax.private_ev.bands"
        if vehicle.motor_hp is None or vehicle.motor_hp <= 0:
            table.rule(tw, key, registration_date)  # names the missing table first, if missing
            raise ValidationError(
                "motor_hp",
                QT_TRANSLATE_NOOP("Validation", "Enter the motor's horsepower."),
                "required",
            )
        annual = table.band_value(tw, key, registration_date, vehicle.motor_hp, "motor_hp")
        return _prorated_line(TW_LICENCE_TAX, annual, registration_date, (key,))
    key = "tw.licence_tax.private_car.bands"
    cc = _displacement(vehicle)
    annual = table.band_value(tw, key, registration_date, cc, "displacement_cc")
    return _prorated_line(TW_LICENCE_TAX, annual, registration_date, (key,))


def tw_fuel_fee(vehicle: TaxVehicle, registration_date: date, table: RulesTable) -> TaxLine:
    """汽車燃料使用費 for the rest of the registration year; electric cars burn no fuel."""
    if vehicle.powertrain is Powertrain.BEV:
        return TaxLine(
            TW_FUEL_FEE, Currency.TWD, _money(_ZERO, Currency.TWD), registration_date,
            proration=_rest_of_year(registration_date), exempt=True,
        )  # fmt: skip
    key = f"tw.fuel_fee.private_car.{vehicle.fuel}.bands"
    cc = _displacement(vehicle)
    annual = table.band_value(Region.TW, key, registration_date, cc, "displacement_cc")
    return _prorated_line(TW_FUEL_FEE, annual, registration_date, (key,))


def tw_commodity_tax(
    taxable_value: Decimal, vehicle: TaxVehicle, on: date, table: RulesTable
) -> TaxLine:
    """貨物稅, already inside the list price (shown, never added): 25 % / 30 % of 完稅價格 by
    displacement; EVs pay the halved rate only on the value above the exemption."""
    tw, currency = Region.TW, Currency.TWD
    if vehicle.powertrain is Powertrain.BEV:
        exempt_value = table.number(tw, "tw.commodity_tax.ev_exempt_value", on)
        rate = table.number(tw, "tw.commodity_tax.ev_rate", on)
        taxed = max(taxable_value - exempt_value, _ZERO)
        keys: tuple[str, ...] = ("tw.commodity_tax.ev_exempt_value", "tw.commodity_tax.ev_rate")
        full = _money(taxable_value * rate, currency)
        amount = _money(taxed * rate, currency)
    else:
        key = "tw.commodity_tax.passenger_car.bands"
        rate = table.band_value(tw, key, on, _displacement(vehicle), "displacement_cc")
        keys = (key,)
        full = amount = _money(taxable_value * rate, currency)
    return TaxLine(
        TW_COMMODITY_TAX, currency, amount, on, base=taxable_value, rate=rate, full_amount=full,
        relief=full - amount, exempt=amount == 0, included_in_price=True, rule_keys=keys,
    )  # fmt: skip


# --- Hong Kong (§7.7) ------------------------------------------------------------------------


def _progressive(value: Decimal, bands: tuple[Band, ...]) -> Decimal:
    tax, lower = _ZERO, _ZERO
    for band in bands:
        upper = value if band.upto is None else min(value, band.upto)
        if upper > lower:
            tax += (upper - lower) * band.value
        if band.upto is None or value <= band.upto:
            break
        lower = band.upto
    return tax


def hk_first_registration_tax(
    taxable_value: Decimal, vehicle: TaxVehicle, application_date: date, table: RulesTable
) -> TaxLine:
    """首次登記稅, progressive on the taxable value (46 / 86 / 115 / 132 %). Electric private
    cars got a concession up to a cap until 2026-03-31; orders placed by 2026-02-25 keep it
    if the application reaches the Transport Department by 2027-02-24."""
    hk, currency = Region.HK, Currency.HKD
    key = "hk.frt.private_car.bands"
    full = _money(_progressive(taxable_value, table.bands(hk, key, application_date)), currency)
    keys = [key]
    relief = _money(_ZERO, currency)
    if vehicle.powertrain is Powertrain.BEV:
        cap_key = (
            "hk.frt.ev_concession.one_for_one_cap"
            if vehicle.hk_one_for_one
            else "hk.frt.ev_concession.cap"
        )
        cap = table.optional_number(hk, cap_key, application_date)
        order = vehicle.order_date
        if cap is None and order is not None:
            window = "hk.frt.ev_concession.grandfathered_application"
            ordered = "hk.frt.ev_concession.grandfathered_order"
            if table.optional_number(hk, window, application_date) and table.optional_number(
                hk, ordered, order
            ):
                cap = table.number(hk, cap_key, order)
                keys += [window, ordered]
        if cap is not None:
            relief = _money(min(full, cap), currency)
            keys.append(cap_key)
    return TaxLine(
        HK_FIRST_REGISTRATION_TAX, currency, full - relief, application_date, base=taxable_value,
        full_amount=full, relief=relief, exempt=full > 0 and relief == full, rule_keys=tuple(keys),
    )  # fmt: skip


# --- all of a region's taxes for a quote ---------------------------------------------------


def government_taxes(
    region: Region,
    vehicle: TaxVehicle,
    price: Decimal,
    on: date,
    table: RulesTable | None = None,
    *,
    taxable_value: Decimal | None = None,
) -> TaxBreakdown:
    """The taxes a quote lists for ``region``: CN purchase tax and vehicle & vessel tax; TW
    prorated licence tax and fuel fee (plus the commodity tax inside the price when the
    taxable value is known); HK first registration tax on ``taxable_value`` (default: price).
    ``on`` is the legally relevant date; ``table`` defaults to the shipped rules."""
    rules = default_rules_table() if table is None else table
    lines: list[TaxLine] = []
    if region is Region.CN:
        lines.append(
            cn_purchase_tax(
                price,
                on,
                rules,
                nev_relief_eligible=vehicle.nev_relief_eligible,
                passenger_car=vehicle.passenger_car,
            )
        )
        lines.append(cn_vehicle_vessel_tax(vehicle, on, rules))
    elif region is Region.TW:
        lines.append(tw_licence_tax(vehicle, on, rules))
        lines.append(tw_fuel_fee(vehicle, on, rules))
        if taxable_value is not None:
            lines.append(tw_commodity_tax(taxable_value, vehicle, on, rules))
    else:
        value = price if taxable_value is None else taxable_value
        lines.append(hk_first_registration_tax(value, vehicle, on, rules))
    return TaxBreakdown(region, on, tuple(lines))
