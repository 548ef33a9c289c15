"""Dated rules and government taxes: DOMAIN.md §7.0, §7.5–7.7 worked examples, to the cent."""

from __future__ import annotations

import decimal
import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from showroom_app.domain.enums import Powertrain, Region
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.taxes import (
    DEFAULT_RULES,
    Band,
    Rule,
    RuleLookupError,
    RulesTable,
    TaxVehicle,
    cn_nev_cap_threshold,
    cn_purchase_tax,
    cn_vehicle_vessel_tax,
    default_rules,
    default_rules_table,
    government_taxes,
    hk_first_registration_tax,
    rule_from_dict,
    rule_to_dict,
    tw_commodity_tax,
    tw_fuel_fee,
    tw_licence_tax,
    validate_rules,
)

D = Decimal
RULES = default_rules_table()
PETROL_2L = TaxVehicle(Powertrain.ICE, displacement_cc=1998)
EV = TaxVehicle(Powertrain.BEV)


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    """Any float meeting a Decimal in these tests (or in the code they call) raises."""
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def test_float_trap_is_active() -> None:
    with pytest.raises(decimal.FloatOperation):
        D("1.5") < 2.5  # noqa: B015


# --- §7.5 CN purchase tax ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("price", "nev", "purchased", "base", "full", "payable"),
    [
        ("150000", False, date(2026, 5, 1), "132743.36", "13274.34", "13274.34"),
        ("150000", False, date(2024, 5, 1), "132743.36", "13274.34", "13274.34"),
        ("200000", True, date(2025, 5, 1), "176991.15", "17699.12", "0.00"),
        ("200000", True, date(2026, 5, 1), "176991.15", "17699.12", "8849.56"),
        ("339000", True, date(2026, 5, 1), "300000.00", "30000.00", "15000.00"),
        ("400000", True, date(2025, 5, 1), "353982.30", "35398.23", "5398.23"),
        ("400000", True, date(2026, 5, 1), "353982.30", "35398.23", "20398.23"),
    ],
)
def test_cn_purchase_tax_worked_examples(
    price: str, nev: bool, purchased: date, base: str, full: str, payable: str
) -> None:
    line = cn_purchase_tax(D(price), purchased, RULES, nev_relief_eligible=nev)
    assert (line.base, line.full_amount, line.amount) == (D(base), D(full), D(payable))
    assert line.amount == line.full_amount - line.relief


def test_cn_nev_relief_follows_the_invoice_date_at_the_boundary() -> None:
    last_exempt_day = cn_purchase_tax(
        D("200000"), date(2025, 12, 31), RULES, nev_relief_eligible=True
    )
    first_halved_day = cn_purchase_tax(
        D("200000"), date(2026, 1, 1), RULES, nev_relief_eligible=True
    )
    assert last_exempt_day.amount == 0
    assert first_halved_day.amount == D("8849.56")


def test_cn_relief_ends_after_2027() -> None:
    line = cn_purchase_tax(D("200000"), date(2028, 1, 1), RULES, nev_relief_eligible=True)
    assert line.amount == D("17699.12")


def test_cn_commercial_nev_relief_is_not_capped() -> None:
    line = cn_purchase_tax(
        D("400000"), date(2026, 5, 1), RULES, nev_relief_eligible=True, passenger_car=False
    )
    assert line.relief == D("17699.12")  # half of 35,398.23, no ¥15,000 cap


def test_cn_rule_of_thumb_cap_threshold() -> None:
    assert cn_nev_cap_threshold(date(2026, 3, 1), RULES) == D("339000.00")
    assert cn_nev_cap_threshold(date(2025, 3, 1), RULES) == D("339000.00")
    assert cn_nev_cap_threshold(date(2028, 3, 1), RULES) is None


def test_cn_vehicle_vessel_tax_worked_example() -> None:
    # ¥420 a year (1.0–1.6 L), bought in July → 420 × 6/12 = 210
    line = cn_vehicle_vessel_tax(TaxVehicle(Powertrain.ICE, 1498), date(2026, 7, 15), RULES)
    assert line.full_amount == D("420.00")
    assert line.proration == (6, 12)
    assert line.amount == D("210.00")


@pytest.mark.parametrize(
    ("vehicle", "amount"),
    [
        (TaxVehicle(Powertrain.BEV), "0.00"),
        (TaxVehicle(Powertrain.PHEV, 1498, nev_vessel_tax_exempt=True), "0.00"),
        (TaxVehicle(Powertrain.HEV, 1498, energy_saving=True), "105.00"),
        (TaxVehicle(Powertrain.ICE, 1000), "150.00"),  # 1.0 L inclusive: the ¥300 band
        (TaxVehicle(Powertrain.ICE, 1001), "210.00"),
    ],
)
def test_cn_vehicle_vessel_tax_exemptions_and_bands(vehicle: TaxVehicle, amount: str) -> None:
    assert cn_vehicle_vessel_tax(vehicle, date(2026, 7, 1), RULES).amount == D(amount)


def test_cn_vehicle_vessel_tax_needs_a_displacement() -> None:
    with pytest.raises(ValidationError) as info:
        cn_vehicle_vessel_tax(TaxVehicle(Powertrain.ICE), date(2026, 7, 1), RULES)
    assert info.value.field == "displacement_cc"


# --- §7.6 TW ------------------------------------------------------------------------------------


def test_tw_annual_total_for_a_two_litre_car() -> None:
    licence = tw_licence_tax(PETROL_2L, date(2026, 1, 1), RULES)
    fuel = tw_fuel_fee(PETROL_2L, date(2026, 1, 1), RULES)
    assert (licence.full_amount, fuel.full_amount) == (D("11230"), D("6210"))
    assert licence.amount + fuel.amount == D("17440")  # registered 1 January: the whole year


def test_tw_proration_worked_example() -> None:
    licence = tw_licence_tax(PETROL_2L, date(2026, 7, 1), RULES)
    fuel = tw_fuel_fee(PETROL_2L, date(2026, 7, 1), RULES)
    assert licence.proration == (184, 365)
    assert licence.amount == D("5661")
    assert fuel.amount == D("3131")


def test_tw_proration_counts_the_leap_day() -> None:
    line = tw_licence_tax(PETROL_2L, date(2028, 7, 1), RULES)
    assert line.proration == (184, 366)
    assert line.amount == D("5646")  # 11,230 × 184 / 366 = 5,645.79


def test_tw_registered_on_new_years_eve_pays_one_day() -> None:
    assert tw_licence_tax(PETROL_2L, date(2026, 12, 31), RULES).amount == D("31")  # 30.77


@pytest.mark.parametrize(
    ("cc", "annual"),
    [(500, 1620), (501, 2160), (1200, 4320), (1201, 7120), (2400, 11230), (7801, 151200)],
)
def test_tw_licence_tax_bands_include_their_upper_limit(cc: int, annual: int) -> None:
    line = tw_licence_tax(TaxVehicle(Powertrain.ICE, cc), date(2026, 1, 1), RULES)
    assert line.full_amount == D(annual)


def test_tw_ev_exempt_until_2030() -> None:
    assert tw_licence_tax(EV, date(2030, 12, 31), RULES).exempt
    assert tw_fuel_fee(EV, date(2031, 6, 1), RULES).amount == 0  # no fuel, ever


def test_tw_ev_licence_tax_after_2030_names_the_missing_table() -> None:
    with pytest.raises(RuleLookupError) as info:
        tw_licence_tax(EV, date(2031, 1, 1), RULES)
    assert info.value.code == "rule_missing"
    assert info.value.params["key"] == "tw.licence_tax.private_ev.bands"
    assert info.value.params["date"] == "2031-01-01"


def test_tw_fuel_fee_outside_the_table_is_an_error_not_a_guess() -> None:
    with pytest.raises(RuleLookupError) as info:
        tw_fuel_fee(TaxVehicle(Powertrain.ICE, 6000), date(2026, 1, 1), RULES)
    assert info.value.code == "rule_no_band"
    assert info.value.field == "displacement_cc"
    with pytest.raises(RuleLookupError) as info:
        tw_fuel_fee(TaxVehicle(Powertrain.ICE, 2000, fuel="diesel"), date(2026, 1, 1), RULES)
    assert info.value.params["key"] == "tw.fuel_fee.private_car.diesel.bands"


def test_tw_commodity_tax_ev_example() -> None:
    line = tw_commodity_tax(D("1600000"), EV, date(2026, 6, 1), RULES)
    assert line.amount == D("30000")  # 200,000 × 15 %
    assert line.included_in_price


@pytest.mark.parametrize(("cc", "amount"), [(2000, "250000"), (2001, "300000")])
def test_tw_commodity_tax_by_displacement(cc: int, amount: str) -> None:
    line = tw_commodity_tax(D("1000000"), TaxVehicle(Powertrain.ICE, cc), date(2026, 6, 1), RULES)
    assert line.amount == D(amount)


# --- §7.7 HK ------------------------------------------------------------------------------------


def test_hk_frt_worked_example() -> None:
    line = hk_first_registration_tax(D("400000"), PETROL_2L, date(2026, 6, 1), RULES)
    assert line.amount == D("313000.00")  # 69,000 + 129,000 + 115,000


@pytest.mark.parametrize(
    ("value", "frt"),
    [("0", "0"), ("150000", "69000"), ("300000", "198000"), ("500000", "428000"),
     ("600000", "560000")],
)  # fmt: skip
def test_hk_frt_bands(value: str, frt: str) -> None:
    line = hk_first_registration_tax(D(value), PETROL_2L, date(2026, 6, 1), RULES)
    assert line.amount == D(frt)


def test_hk_ev_concession_until_march_2026() -> None:
    before = hk_first_registration_tax(D("400000"), EV, date(2026, 3, 31), RULES)
    after = hk_first_registration_tax(D("400000"), EV, date(2026, 4, 1), RULES)
    assert before.amount == D("313000") - D("58500")
    assert after.amount == D("313000")
    one_for_one = TaxVehicle(Powertrain.BEV, hk_one_for_one=True)
    assert hk_first_registration_tax(D("400000"), one_for_one, date(2026, 3, 1), RULES).amount == D(
        "313000"
    ) - D("172500")


def test_hk_ev_orders_up_to_25_february_2026_keep_the_concession() -> None:
    kept = TaxVehicle(Powertrain.BEV, order_date=date(2026, 2, 25))
    late_order = TaxVehicle(Powertrain.BEV, order_date=date(2026, 2, 26))
    assert hk_first_registration_tax(D("400000"), kept, date(2027, 2, 24), RULES).relief == D(
        "58500"
    )
    assert hk_first_registration_tax(D("400000"), kept, date(2027, 2, 25), RULES).relief == 0
    assert hk_first_registration_tax(D("400000"), late_order, date(2026, 6, 1), RULES).relief == 0


# --- breakdown for a quote ---------------------------------------------------------------------


def test_government_taxes_per_region() -> None:
    cn = government_taxes(
        Region.CN, TaxVehicle(Powertrain.ICE, 1498), D("150000"), date(2026, 7, 1)
    )
    assert [line.code for line in cn.lines] == ["cn.purchase_tax", "cn.vehicle_vessel_tax"]
    assert cn.payable == D("13274.34") + D("210.00")
    tw = government_taxes(Region.TW, PETROL_2L, D("900000"), date(2026, 7, 1))
    assert tw.payable == D("5661") + D("3131")
    tw_ev = government_taxes(
        Region.TW, EV, D("1800000"), date(2026, 7, 1), taxable_value=D("1600000")
    )
    assert tw_ev.payable == 0  # the commodity tax is inside the price
    assert tw_ev.lines[-1].amount == D("30000")
    hk = government_taxes(Region.HK, PETROL_2L, D("400000"), date(2026, 7, 1))
    assert hk.payable == D("313000.00")


# --- rules tables -----------------------------------------------------------------------------


VAT = D("0.13")


def _rule(key: str = "cn.vat_rate", start: date = date(2020, 1, 1), end: date | None = None,
          value: Decimal | tuple[Band, ...] = VAT) -> Rule:  # fmt: skip
    return Rule(Region.CN, key, value, start, end)


def test_the_shipped_rules_are_valid_and_json_round_trips() -> None:
    validate_rules(default_rules())
    text = json.dumps([rule_to_dict(rule) for rule in default_rules()])
    assert [rule_from_dict(data) for data in json.loads(text)] == list(default_rules())
    assert json.loads(json.dumps(DEFAULT_RULES)) == [dict(d) for d in DEFAULT_RULES]


def test_missing_rule_names_key_and_date() -> None:
    with pytest.raises(RuleLookupError) as info:
        cn_purchase_tax(D("150000"), date(2018, 1, 1), RULES)
    error = info.value
    assert error.code == "rule_missing" and error.field == "tax_date"
    assert error.params["key"] == "cn.vat_rate" and error.params["date"] == "2018-01-01"
    assert "cn.vat_rate" in str(error) and "2018-01-01" in str(error)


def test_overlapping_rules_refuse_to_answer() -> None:
    table = RulesTable([_rule(end=date(2026, 6, 30)), _rule(start=date(2026, 6, 1))])
    assert table.number(Region.CN, "cn.vat_rate", date(2026, 5, 31)) == D("0.13")
    with pytest.raises(RuleLookupError) as info:
        table.number(Region.CN, "cn.vat_rate", date(2026, 6, 15))
    assert info.value.code == "rule_overlap"


def test_rule_validity_is_inclusive_at_both_ends() -> None:
    rule = _rule(start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert rule.applies_on(date(2026, 1, 1)) and rule.applies_on(date(2026, 12, 31))
    assert not rule.applies_on(date(2025, 12, 31)) and not rule.applies_on(date(2027, 1, 1))


@pytest.mark.parametrize(
    ("rules", "field", "code"),
    [
        ([_rule(start=date(2026, 2, 1), end=date(2026, 1, 31))], "rules.0.valid_to",
         "before_start"),
        ([_rule(), _rule(start=date(2025, 1, 1))], "rules.1.valid_from", "overlap"),
        ([_rule(key="vat")], "rules.0.key", "format"),
        ([_rule(value=D("-0.1"))], "rules.0.value", "range"),
        ([_rule(key="cn.x.bands")], "rules.0.value", "kind"),
        ([_rule(value=(Band(None, D(1)),))], "rules.0.value", "kind"),
        ([_rule(key="cn.x.bands", value=())], "rules.0.value", "empty"),
        ([_rule(key="cn.x.bands", value=(Band(D(5), D(1)), Band(D(5), D(2))))],
         "rules.0.value", "order"),
        ([_rule(key="cn.x.bands", value=(Band(None, D(1)), Band(D(5), D(2))))],
         "rules.0.value", "open_band"),
    ],
)  # fmt: skip
def test_editing_rules_is_validated(rules: list[Rule], field: str, code: str) -> None:
    with pytest.raises(ValidationErrors) as info:
        validate_rules(rules)
    error = info.value.for_field(field)
    assert error is not None, info.value
    assert error.code == code


def test_back_to_back_rules_do_not_overlap() -> None:
    validate_rules([_rule(end=date(2025, 12, 31)), _rule(start=date(2026, 1, 1))])
    validate_rules([_rule(), Rule(Region.TW, "cn.vat_rate", D("0.05"), date(2020, 1, 1))])


@pytest.mark.parametrize(
    "data",
    [
        {"region": "CN", "key": "cn.a", "value": 0.1, "valid_from": "2026-01-01"},
        {"region": "CN", "key": "cn.a", "value": "abc", "valid_from": "2026-01-01"},
        {"region": "CN", "key": "cn.a", "value": "NaN", "valid_from": "2026-01-01"},
        {"region": "XX", "key": "cn.a", "value": "1", "valid_from": "2026-01-01"},
        {"region": "CN", "key": "cn.a", "value": "1", "valid_from": "1 Jan 2026"},
        {"region": "CN", "key": "cn.a.bands", "value": [["1"]], "valid_from": "2026-01-01"},
    ],
)
def test_rule_from_dict_refuses_bad_data_and_floats(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        rule_from_dict(data)


def test_a_rule_with_the_wrong_kind_of_value_is_reported() -> None:
    table = RulesTable([_rule(key="hk.frt.private_car.bands", value=D(1))])
    with pytest.raises(RuleLookupError) as info:
        table.bands(Region.CN, "hk.frt.private_car.bands", date(2026, 1, 1))
    assert info.value.code == "rule_wrong_kind"
