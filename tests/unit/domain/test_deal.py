"""Deal desk: on-the-road total, gross profit (DOMAIN.md §7.8, to the cent), approvals,
deposit caps and input validation."""

from __future__ import annotations

import dataclasses
import decimal
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from showroom_app.domain.deal import (
    DealInput,
    Deposit,
    GovernmentFee,
    InsuranceLine,
    PricedItem,
    ServiceFee,
    Subsidy,
    TradeIn,
    recalculate,
)
from showroom_app.domain.deal_checks import (
    DiscountLimit,
    check_deposit,
    check_discount,
    require_deposit_reason,
)
from showroom_app.domain.enums import (
    Currency,
    DepositKind,
    FeeTiming,
    Powertrain,
    Region,
    RepaymentMethod,
)
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.domain.taxes import TaxVehicle, default_rules_table

D = Decimal
RULES = default_rules_table()
TODAY = date(2026, 7, 1)


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    """Any float meeting a Decimal in these tests (or in the code they call) raises."""
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def test_float_trap_is_active() -> None:
    with pytest.raises(decimal.FloatOperation):
        D("1.5") < 2.5  # noqa: B015


def domain_example(**changes: object) -> DealInput:
    """DOMAIN.md §7.8: CNY, VAT-inclusive sales-desk view."""
    deal = DealInput(
        region=Region.CN,
        msrp=D("158000"),
        dealer_vehicle_cost=D("150000"),
        rebate=D("4000"),
        accessories=(PricedItem("Floor mats and film", D("3000"), D("1200")),),
        insurance=(InsuranceLine("Commercial insurance", D("5000"), D("15")),),
        service_fees=(ServiceFee("Plate service", D("800"), optional=True, pass_through=D("125")),),
        loans=(
            LoanOffer(
                "Bank",
                D("58000"),
                RepaymentMethod.EQUAL_INSTALMENT,
                36,
                D("4"),
                commission_pct=D("2"),
            ),
        ),
        selected_plan=1,
        tax_date=TODAY,
    )
    return dataclasses.replace(deal, **changes)  # type: ignore[arg-type]


# --- §7.8 gross profit -------------------------------------------------------------------------


def test_gross_profit_worked_example() -> None:
    gp = recalculate(domain_example()).gross_profit
    assert gp is not None
    assert gp.front == D("8000")
    assert gp.front_margin_pct == D("5.06")
    assert gp.rebate == D("4000")
    assert gp.accessories == D("1800")
    assert gp.insurance_commission == D("750")
    assert gp.finance_commission == D("2000")  # 2 % × 100,000 financed
    assert gp.service_fees == D("675")  # 800 − 125 government fees
    assert gp.backend == D("5225")
    assert gp.deal == D("17225")
    assert gp.revenue == D("161800")
    assert gp.margin_pct == D("10.65")


def test_gross_profit_accounting_view_is_about_the_domain_figures() -> None:
    # DOMAIN.md: "about 15,900 GP on about 143,200 net revenue (≈ 11.1 %)"
    net = recalculate(domain_example()).gross_profit_net
    assert net is not None
    assert abs(net.deal - D("15900")) < 50
    assert abs(net.revenue - D("143200")) < 50
    assert net.margin_pct is not None and net.margin_pct.quantize(D("0.1")) == D("11.1")


def test_negative_front_end_is_allowed() -> None:
    gp = recalculate(domain_example(dealer_vehicle_cost=D("165000"))).gross_profit
    assert gp is not None
    assert gp.front == D("-7000")
    assert gp.deal == D("2225")


def test_no_dealer_cost_no_gross_profit() -> None:
    figures = recalculate(domain_example(dealer_vehicle_cost=None))
    assert figures.gross_profit is None and figures.gross_profit_net is None


def test_cash_deal_earns_no_finance_commission() -> None:
    gp = recalculate(domain_example(selected_plan=0)).gross_profit
    assert gp is not None and gp.finance_commission == 0


def test_trade_in_over_allowance_lowers_gross_profit() -> None:
    trade = TradeIn(appraisal_value=D("50000"), allowance=D("55000"))
    figures = recalculate(domain_example(trade_in=trade))
    assert figures.trade_in_over_allowance == D("5000")
    assert figures.gross_profit is not None and figures.gross_profit.trade_in == D("-5000")
    assert figures.gross_profit.deal == D("12225")


# --- totals ------------------------------------------------------------------------------------


def test_cn_on_the_road_total() -> None:
    deal = domain_example(
        discount=D("8000"),
        vehicle=TaxVehicle(Powertrain.ICE, 1498),
        government_fees=(GovernmentFee("Plates", D("125")),),
        insurance=(
            InsuranceLine("交强险", D("950"), compulsory=True),
            InsuranceLine("Commercial", D("5000"), D("15")),
        ),
        subsidies=(Subsidy("以旧换新", D("20000")),),
        trade_in=TradeIn(D("30000"), D("30000")),
    )
    f = recalculate(deal)
    assert f.transaction_price == D("150000")
    assert f.discount_pct == D("5.06")
    assert f.contract_total == D("150000") + D("3000") + D("800")
    assert f.taxes_total == D("13274.34") + D("210.00")
    # price + purchase tax + 交强险 + 车船税 + commercial + plates + service + accessories
    #   − subsidies − trade-in credit
    expected = (
        D("150000") + D("13274.34") + D("950") + D("210.00") + D("5000") + D("125") + D("800")
        + D("3000") - D("20000") - D("30000")
    )  # fmt: skip
    assert f.on_the_road_total == expected
    assert f.optional_service_fees_total == D("800")


def test_tw_on_the_road_total() -> None:
    deal = DealInput(
        region=Region.TW,
        msrp=D("900000"),
        discount=D("20000"),
        accessories=(PricedItem("行車紀錄器", D("8000"), D("5000")),),
        service_fees=(ServiceFee("代辦費", D("6000"), optional=False),),
        government_fees=(GovernmentFee("領牌登記費", D("1100")),),
        insurance=(InsuranceLine("強制險", D("1100"), compulsory=True),),
        vehicle=TaxVehicle(Powertrain.ICE, 1998),
        tax_date=TODAY,
    )
    f = recalculate(deal)
    assert f.currency is Currency.TWD
    assert f.taxes_total == D("5661") + D("3131")
    assert f.on_the_road_total == (
        D("880000") + D("5661") + D("3131") + D("1100") + D("1100") + D("6000") + D("8000")
    )


def test_taxes_already_in_the_price_are_shown_not_added() -> None:
    deal = DealInput(
        region=Region.HK,
        msrp=D("700000"),
        taxable_value=D("400000"),
        vehicle=TaxVehicle(Powertrain.ICE, 1998),
        tax_date=TODAY,
        taxes_in_price=True,
    )
    f = recalculate(deal)
    assert f.taxes is not None and f.taxes.payable == D("313000")
    assert f.taxes_total == 0 and f.on_the_road_total == D("700000")


def test_scenarios_come_with_the_deal() -> None:
    f = recalculate(domain_example())
    cash, bank = f.scenarios
    assert cash.total_cost == f.on_the_road_total
    assert bank.financed_amount == D("100000")
    assert bank.monthly_payment == D("2952.40")
    assert bank.total_cost == f.on_the_road_total + D("6286.35")


def test_recalculating_is_repeatable() -> None:
    deal = domain_example(vehicle=TaxVehicle(Powertrain.ICE, 1498))
    assert recalculate(deal) == recalculate(deal)


# --- discount approval -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("discount", "limit", "needed"),
    [
        ("5000", DiscountLimit(max_percent=D("5")), False),
        ("5000", DiscountLimit(max_percent=D("4.99")), True),
        ("5000", DiscountLimit(max_amount=D("5000")), False),
        ("5000.01", DiscountLimit(max_amount=D("5000")), True),
        ("99999", None, False),
    ],
)
def test_discount_above_the_threshold_needs_approval(
    discount: str, limit: DiscountLimit | None, needed: bool
) -> None:
    approval = check_discount(D("100000"), D(discount), limit)
    assert approval.needed is needed
    assert (approval.warning is not None) is needed


def test_approval_warning_reaches_the_deal_desk() -> None:
    f = recalculate(domain_example(discount=D("10000"), discount_limit=DiscountLimit(D("5"))))
    assert f.discount_approval.needed
    assert [w.code for w in f.warnings] == ["discount_needs_approval"]


# --- deposit caps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "kind", "amount", "special", "exceeded"),
    [
        (Region.CN, DepositKind.EARNEST, "20000", False, False),  # exactly 20 %
        (Region.CN, DepositKind.EARNEST, "20000.01", False, True),
        (Region.CN, DepositKind.PREPAYMENT, "50000", False, False),  # 订金: no cap
        (Region.TW, DepositKind.EARNEST, "10000", False, False),  # exactly 10 %
        (Region.TW, DepositKind.EARNEST, "10001", False, True),
        (Region.TW, DepositKind.PREPAYMENT, "10001", True, True),  # special order: reason
        (Region.HK, DepositKind.EARNEST, "90000", False, False),
    ],
)
def test_deposit_caps(
    region: Region, kind: DepositKind, amount: str, special: bool, exceeded: bool
) -> None:
    check = check_deposit(region, kind, D(amount), D("100000"), TODAY, RULES, special_order=special)
    assert check.exceeded is exceeded
    assert check.accepted is not exceeded
    assert (check.warning is not None) is exceeded


def test_deposit_above_cap_needs_a_reason_to_save() -> None:
    check = check_deposit(Region.CN, DepositKind.EARNEST, D("30000"), D("100000"), TODAY, RULES)
    assert check.cap_amount == D("20000.00")
    with pytest.raises(ValidationError) as info:
        require_deposit_reason(check)
    assert info.value.field == "deposit.override_reason"
    reasoned = check_deposit(
        Region.CN, DepositKind.EARNEST, D("30000"), D("100000"), TODAY, RULES,
        override_reason="Customer insists; excess treated as prepayment",
    )  # fmt: skip
    assert reasoned.accepted
    require_deposit_reason(reasoned)  # no exception


def test_deposit_warning_reaches_the_deal_desk_without_raising() -> None:
    deposit = Deposit(D("40000"), DepositKind.EARNEST, TODAY)
    f = recalculate(domain_example(deposit=deposit))
    assert f.deposit_check is not None and not f.deposit_check.accepted
    assert [w.code for w in f.warnings] == ["deposit_above_cap"]
    assert f.balance_due == f.on_the_road_total - D("40000")


# --- validation --------------------------------------------------------------------------------

_LOAN = LoanOffer("Bank", D("58000"), RepaymentMethod.EQUAL_INSTALMENT, 36, D("4"))


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"msrp": D("-1")}, "msrp", "negative"),
        ({"msrp": D("0")}, "msrp", "not_positive"),
        ({"msrp": D("1.005")}, "msrp", "too_many_decimals"),
        ({"msrp": None}, "msrp", "required"),
        ({"discount": D("158000.01")}, "discount", "above_price"),
        ({"discount": D("-5")}, "discount", "negative"),
        ({"rebate": D("-1")}, "rebate", "negative"),
        ({"dealer_vehicle_cost": D("-1")}, "dealer_vehicle_cost", "negative"),
        ({"accessories": (PricedItem("", D("1")),)}, "accessories.0.name", "required"),
        ({"accessories": (PricedItem("x", D("-1")),)}, "accessories.0.price", "negative"),
        ({"accessories": (PricedItem("x", D("1"), D("-1")),)}, "accessories.0.cost", "negative"),
        (
            {"service_fees": (ServiceFee("Plate", D("100"), optional=False),)},
            "service_fees.0.optional",
            "must_be_optional",
        ),
        (
            {"service_fees": (ServiceFee("Plate", D("100"), pass_through=D("101")),)},
            "service_fees.0.pass_through",
            "above_amount",
        ),
        ({"insurance": (InsuranceLine("x", D("1"), D("101")),)}, "insurance.0.commission_pct",
         "out_of_range"),
        ({"trade_in": TradeIn(D("-1"), D("0"))}, "trade_in.appraisal_value", "negative"),
        ({"subsidies": (Subsidy("x", D("-1")),)}, "subsidies.0.amount", "negative"),
        ({"vehicle": TaxVehicle(Powertrain.ICE, 1498), "tax_date": None}, "tax_date", "required"),
        ({"deposit": Deposit(D("161800.01"), DepositKind.EARNEST, TODAY)}, "deposit.amount",
         "above_price"),
        ({"loans": (dataclasses.replace(_LOAN, down_payment=D("158001")),)},
         "loans.0.down_payment", "above_price"),
        ({"loans": (dataclasses.replace(_LOAN, months=0),)}, "loans.0.months", "out_of_range"),
        ({"loans": (dataclasses.replace(_LOAN, months=121),)}, "loans.0.months", "out_of_range"),
        ({"loans": (dataclasses.replace(_LOAN, annual_rate_pct=D("100.5")),)}, "loans.0.rate",
         "out_of_range"),
        ({"loans": (dataclasses.replace(_LOAN, annual_rate_pct=D("-1")),)}, "loans.0.rate",
         "out_of_range"),
        ({"loans": (dataclasses.replace(_LOAN, fee=D("1"), fee_timing=FeeTiming.SPREAD),)},
         "loans.0.fee_timing", "not_allowed"),
        ({"loans": (_LOAN, _LOAN, _LOAN)}, "loans", "too_many"),
        ({"selected_plan": 2}, "selected_plan", "choice"),
    ],
)  # fmt: skip
def test_bad_input_names_its_field(changes: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(ValidationErrors) as info:
        recalculate(domain_example(**changes))
    error = info.value.for_field(field)
    assert error is not None, info.value
    assert error.code == code


def test_every_bad_field_is_reported_at_once() -> None:
    deal = domain_example(
        discount=D("-1"), rebate=D("-1"), loans=(dataclasses.replace(_LOAN, months=0),)
    )
    with pytest.raises(ValidationErrors) as info:
        recalculate(deal)
    assert {e.field for e in info.value.errors} >= {"discount", "rebate", "loans.0.months"}


def test_mandatory_service_fee_is_fine_outside_mainland_china() -> None:
    deal = domain_example(
        region=Region.TW, service_fees=(ServiceFee("代辦費", D("6000"), optional=False),)
    )
    assert recalculate(deal).service_fees_total == D("6000")


def test_tax_rule_missing_for_the_date_is_a_field_error() -> None:
    deal = domain_example(vehicle=TaxVehicle(Powertrain.ICE, 1498), tax_date=date(2018, 1, 1))
    with pytest.raises(ValidationErrors) as info:
        recalculate(deal)
    error = info.value.for_field("tax_date")
    assert error is not None and error.code == "rule_missing"


def test_missing_displacement_is_a_field_error() -> None:
    deal = domain_example(vehicle=TaxVehicle(Powertrain.ICE))
    with pytest.raises(ValidationErrors) as info:
        recalculate(deal)
    assert info.value.for_field("displacement_cc") is not None


def test_float_money_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        recalculate(domain_example(msrp=158000.0))
