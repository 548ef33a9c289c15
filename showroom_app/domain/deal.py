"""Deal-desk arithmetic (DOMAIN.md §4.6, §6.1, §7.5–7.8): from MSRP and discount to the
on-the-road total (落地價), the dealer's gross profit and the payment scenarios.

:func:`recalculate` runs on every keystroke, so it is one pass over plain ``Decimal`` inputs
(well under a millisecond without loans, about a millisecond with two loan schedules; see
``benchmarks/deal_desk.py``). It validates first and raises ``ValidationErrors`` naming every
bad field; warnings (discount approval, deposit cap) come back in the figures.

Amounts are kept to the cent (TWD too, STYLE.md); taxes follow the tax office's rounding
(TWD whole dollars). Gross profit per §7.8 may be negative (a car sold below cost).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from showroom_app.domain.deal_checks import (
    DepositCheck,
    DiscountApproval,
    DiscountLimit,
    check_deposit,
    check_discount,
)
from showroom_app.domain.deal_validation import deal_errors
from showroom_app.domain.enums import REGION_CURRENCY, Currency, DepositKind, Region
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.finance_scenarios import (
    LoanOffer,
    PaymentScenario,
    finance_commission,
    payment_scenarios,
)
from showroom_app.domain.money import CENT, ROUNDING
from showroom_app.domain.tax_defaults import default_rules_table
from showroom_app.domain.tax_rules import RulesTable
from showroom_app.domain.taxes import TaxBreakdown, TaxVehicle, government_taxes
from showroom_app.domain.validators import ValidationWarning

__all__ = [
    "DealFigures",
    "DealInput",
    "Deposit",
    "GovernmentFee",
    "GrossProfit",
    "InsuranceLine",
    "PricedItem",
    "ServiceFee",
    "Subsidy",
    "TradeIn",
    "recalculate",
]

_ZERO = Decimal(0)
_ONE = Decimal(1)
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class PricedItem:
    """An accessory or an extended warranty: what the customer pays and what it costs us."""

    name: str
    price: Decimal
    cost: Decimal = _ZERO


@dataclass(frozen=True)
class ServiceFee:
    """A dealer service (plate registration, delivery…). ``pass_through`` is the government
    fee inside ``amount`` that the dealer pays on (no profit). CN law: always optional."""

    name: str
    amount: Decimal
    optional: bool = True
    pass_through: Decimal = _ZERO


@dataclass(frozen=True)
class GovernmentFee:
    """Paid to the government at cost (plate fee, registration fee, HK licence fee)."""

    name: str
    amount: Decimal


@dataclass(frozen=True)
class InsuranceLine:
    """A premium as the insurer quotes it; ``commission_pct`` is the dealer's commission."""

    name: str
    premium: Decimal
    commission_pct: Decimal = _ZERO
    compulsory: bool = False


@dataclass(frozen=True)
class Subsidy:
    """A trade-in / scrappage subsidy deducted on the quote (以舊換新)."""

    name: str
    amount: Decimal


@dataclass(frozen=True)
class TradeIn:
    """``appraisal_value``: what the car is worth to us; ``allowance``: the credit given.
    An allowance above the appraisal (over-allowance) is a hidden discount: it lowers GP."""

    appraisal_value: Decimal
    allowance: Decimal
    description: str = ""


@dataclass(frozen=True)
class Deposit:
    amount: Decimal
    kind: DepositKind
    received_on: date
    special_order: bool = False  # TW: limited / custom / special-order car
    override_reason: str = ""


@dataclass(frozen=True)
class DealInput:
    region: Region
    msrp: Decimal
    discount: Decimal = _ZERO
    dealer_vehicle_cost: Decimal | None = None  # None: unknown (no GP; salespeople never see it)
    rebate: Decimal = _ZERO  # manufacturer rebate attributed to this unit (estimate)
    accessories: tuple[PricedItem, ...] = ()
    warranty_products: tuple[PricedItem, ...] = ()
    service_fees: tuple[ServiceFee, ...] = ()
    government_fees: tuple[GovernmentFee, ...] = ()
    insurance: tuple[InsuranceLine, ...] = ()
    subsidies: tuple[Subsidy, ...] = ()
    trade_in: TradeIn | None = None
    vehicle: TaxVehicle | None = None  # None: taxes not computed yet
    tax_date: date | None = None  # the legally relevant date (CN invoice, TW registration, HK TD)
    taxable_value: Decimal | None = None  # HK FRT / TW 完稅價格; default HK: transaction price
    taxes_in_price: bool = False  # taxes shown but already inside the price (e.g. HK incl. FRT)
    deposit: Deposit | None = None
    loans: tuple[LoanOffer, ...] = ()  # at most two
    selected_plan: int = 0  # 0 cash, 1 loans[0], 2 loans[1]: decides the finance commission
    discount_limit: DiscountLimit | None = None

    @property
    def currency(self) -> Currency:
        return REGION_CURRENCY[self.region]


@dataclass(frozen=True)
class GrossProfit:
    """DOMAIN.md §7.8. ``backend`` = accessories + insurance + finance + service fees +
    warranty + trade-in margin; ``deal`` = front + rebate + backend."""

    front: Decimal  # transaction price − dealer cost (may be negative: 價格倒掛)
    rebate: Decimal
    accessories: Decimal
    insurance_commission: Decimal
    finance_commission: Decimal
    service_fees: Decimal  # service fees − pass-through government fees
    warranty: Decimal
    trade_in: Decimal  # appraisal − allowance (negative = over-allowance)
    backend: Decimal
    deal: Decimal
    revenue: Decimal  # everything the dealer invoices to the customer
    margin_pct: Decimal | None  # deal / revenue, 2 decimals
    front_margin_pct: Decimal | None  # front / transaction price


@dataclass(frozen=True)
class DealFigures:
    currency: Currency
    msrp: Decimal
    discount: Decimal
    discount_pct: Decimal
    transaction_price: Decimal
    accessories_total: Decimal
    warranty_total: Decimal
    service_fees_total: Decimal
    optional_service_fees_total: Decimal
    contract_total: Decimal  # vehicle + accessories + warranty + service fees (dealer invoices)
    taxes: TaxBreakdown | None
    taxes_total: Decimal  # added to the on-the-road total (0 when included in the price)
    government_fees_total: Decimal
    insurance_total: Decimal
    subsidies_total: Decimal
    trade_in_allowance: Decimal
    trade_in_over_allowance: Decimal
    on_the_road_total: Decimal  # 落地價
    deposit: Decimal
    balance_due: Decimal  # on-the-road total − deposit
    discount_approval: DiscountApproval
    deposit_check: DepositCheck | None
    gross_profit: GrossProfit | None  # None when the dealer cost is unknown
    gross_profit_net: GrossProfit | None  # accounting view: VAT / business tax stripped
    scenarios: tuple[PaymentScenario, ...]  # cash first, then each loan
    warnings: tuple[ValidationWarning, ...]


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUNDING)


def _pct(part: Decimal, whole: Decimal) -> Decimal | None:
    return _cents(part * _HUNDRED / whole) if whole else None


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, _ZERO)


def recalculate(deal: DealInput, rules: RulesTable | None = None) -> DealFigures:
    """All figures of the deal desk. Raises ``ValidationErrors`` for bad input (every bad
    field at once) and for taxes that cannot be computed (missing rule, displacement)."""
    errors = deal_errors(deal)
    if errors:
        raise ValidationErrors(errors)
    table = default_rules_table() if rules is None else rules
    currency = deal.currency
    price = deal.msrp - deal.discount
    accessories = _sum(item.price for item in deal.accessories)
    warranty = _sum(item.price for item in deal.warranty_products)
    fees = _sum(fee.amount for fee in deal.service_fees)
    optional_fees = _sum(fee.amount for fee in deal.service_fees if fee.optional)
    contract_total = price + accessories + warranty + fees

    taxes = None
    taxes_total = _ZERO
    if deal.vehicle is not None and deal.tax_date is not None:
        try:
            taxes = government_taxes(
                deal.region, deal.vehicle, price, deal.tax_date, table,
                taxable_value=deal.taxable_value,
            )  # fmt: skip
        except ValidationError as exc:
            raise ValidationErrors([exc]) from exc
        taxes_total = _ZERO if deal.taxes_in_price else taxes.payable

    government_fees = _sum(fee.amount for fee in deal.government_fees)
    insurance = _sum(line.premium for line in deal.insurance)
    subsidies = _sum(subsidy.amount for subsidy in deal.subsidies)
    trade_in = deal.trade_in
    allowance = trade_in.allowance if trade_in else _ZERO
    over_allowance = max(allowance - trade_in.appraisal_value, _ZERO) if trade_in else _ZERO
    on_the_road = contract_total + taxes_total + government_fees + insurance - subsidies - allowance
    deposit_amount = deal.deposit.amount if deal.deposit else _ZERO

    warnings: list[ValidationWarning] = []
    approval = check_discount(deal.msrp, deal.discount, deal.discount_limit)
    if approval.warning:
        warnings.append(approval.warning)
    deposit_check = None
    if deal.deposit is not None:
        try:
            deposit_check = check_deposit(
                deal.region, deal.deposit.kind, deal.deposit.amount, contract_total,
                deal.deposit.received_on, table, special_order=deal.deposit.special_order,
                override_reason=deal.deposit.override_reason,
            )  # fmt: skip
        except ValidationError as exc:
            raise ValidationErrors([exc]) from exc
        if deposit_check.warning:
            warnings.append(deposit_check.warning)

    scenarios = payment_scenarios(price, on_the_road, currency, deal.loans)
    commission = _ZERO
    if deal.selected_plan:
        commission = finance_commission(deal.loans[deal.selected_plan - 1], price)
    gross = net = None
    if deal.dealer_vehicle_cost is not None:
        gross = _gross_profit(deal, price, commission, _ZERO, _ZERO)
        rates = _vat_rates(deal, table)
        if rates is not None:
            net = _gross_profit(deal, price, commission, *rates)
    return DealFigures(
        currency=currency,
        msrp=deal.msrp,
        discount=deal.discount,
        discount_pct=approval.percent,
        transaction_price=price,
        accessories_total=accessories,
        warranty_total=warranty,
        service_fees_total=fees,
        optional_service_fees_total=optional_fees,
        contract_total=contract_total,
        taxes=taxes,
        taxes_total=taxes_total,
        government_fees_total=government_fees,
        insurance_total=insurance,
        subsidies_total=subsidies,
        trade_in_allowance=allowance,
        trade_in_over_allowance=over_allowance,
        on_the_road_total=on_the_road,
        deposit=deposit_amount,
        balance_due=on_the_road - deposit_amount,
        discount_approval=approval,
        deposit_check=deposit_check,
        gross_profit=gross,
        gross_profit_net=net,
        scenarios=scenarios,
        warnings=tuple(warnings),
    )


def _vat_rates(deal: DealInput, table: RulesTable) -> tuple[Decimal, Decimal] | None:
    """(goods rate, services rate) for the accounting view, or None (HK: no VAT; no date)."""
    if deal.tax_date is None or deal.region is Region.HK:
        return None
    try:
        if deal.region is Region.CN:
            return (
                table.number(Region.CN, "cn.vat_rate", deal.tax_date),
                table.number(Region.CN, "cn.vat_rate.services", deal.tax_date),
            )
        rate = table.number(Region.TW, "tw.business_tax_rate", deal.tax_date)
    except ValidationError as exc:
        raise ValidationErrors([exc]) from exc
    return rate, rate


def _gross_profit(
    deal: DealInput, price: Decimal, commission: Decimal, goods: Decimal, services: Decimal
) -> GrossProfit:
    """§7.8 with VAT stripped at ``goods`` / ``services`` rates (0 and 0: the sales-desk view).

    The accounting view strips VAT from what the dealer sells (car, accessories: goods rate;
    services, warranty, commissions: services rate). The rebate and the trade-in margin are
    taken as entered, and pass-through government fees carry no VAT; this reproduces
    DOMAIN.md's "about 15,900 GP on about 143,200 net revenue (≈ 11.1 %)".
    """
    g, s = _ONE + goods, _ONE + services
    cost = deal.dealer_vehicle_cost or _ZERO
    front = _cents((price - cost) / g)
    accessories = _cents(_sum((item.price - item.cost) for item in deal.accessories) / g)
    warranty = _cents(_sum((item.price - item.cost) for item in deal.warranty_products) / s)
    insurance = _cents(
        _sum(_cents(line.premium * line.commission_pct / _HUNDRED) for line in deal.insurance) / s
    )
    finance = _cents(commission / s)
    fees = _cents(
        _sum(fee.amount for fee in deal.service_fees) / s
        - _sum(fee.pass_through for fee in deal.service_fees)
    )
    trade_in = deal.trade_in.appraisal_value - deal.trade_in.allowance if deal.trade_in else _ZERO
    backend = accessories + insurance + finance + fees + warranty + trade_in
    total = front + deal.rebate + backend
    revenue = (
        _cents((price + _sum(item.price for item in deal.accessories)) / g)
        + _cents(_sum(item.price for item in deal.warranty_products) / s)
        + _cents(_sum(fee.amount for fee in deal.service_fees) / s)
    )
    return GrossProfit(
        front=front,
        rebate=deal.rebate,
        accessories=accessories,
        insurance_commission=insurance,
        finance_commission=finance,
        service_fees=fees,
        warranty=warranty,
        trade_in=trade_in,
        backend=backend,
        deal=total,
        revenue=revenue,
        margin_pct=_pct(total, revenue),
        front_margin_pct=_pct(front, _cents(price / g)),
    )
