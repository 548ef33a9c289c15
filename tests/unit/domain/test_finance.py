"""Loan schedules and true APR: DOMAIN.md §7.1–7.4 worked examples, to the cent."""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from decimal import Decimal

import pytest

from showroom_app.domain.enums import Currency, FeeTiming, RepaymentMethod
from showroom_app.domain.errors import ValidationErrors
from showroom_app.domain.finance import (
    LoanTerms,
    Schedule,
    balloon_schedule,
    build_schedule,
    equal_instalment_schedule,
    equal_principal_schedule,
    flat_rate_schedule,
    residue_bound,
    zero_rate_fee_schedule,
)
from showroom_app.domain.finance_apr import as_percent, true_apr
from showroom_app.domain.finance_scenarios import LoanOffer, payment_scenarios

D = Decimal
CNY = Currency.CNY


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    """Any float meeting a Decimal in these tests (or in the code they call) raises."""
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def test_float_trap_is_active() -> None:
    with pytest.raises(decimal.FloatOperation):
        D("1.5") < 2.5  # noqa: B015


def assert_sums_exactly(schedule: Schedule) -> None:
    rows = schedule.rows
    assert rows[-1].balance == 0
    assert sum(r.principal for r in rows) == schedule.terms.principal
    assert schedule.total_payment == (
        schedule.terms.principal + schedule.total_interest + sum(r.fee for r in rows)
    )
    for row in rows:
        assert row.payment == row.principal + row.interest + row.fee


# --- §7.1 equal instalment ---------------------------------------------------------------------


def test_equal_instalment_worked_example() -> None:
    # GIVEN P = 100,000 at 4.0 %/yr over 36 months
    s = equal_instalment_schedule(D("100000"), D("4.0"), 36, CNY)
    # THEN the figures of DOMAIN.md §7.1, to the cent
    assert s.regular_payment == D("2952.40")
    assert s.total_interest == D("6286.35")
    first = s.rows[0]
    assert (first.interest, first.principal, first.balance) == (
        D("333.33"),
        D("2619.07"),
        D("97380.93"),
    )
    assert s.rows[35].interest == D("9.81")
    # the residue of rounding the instalment is settled in the last one
    assert s.last_payment == D("2952.35")
    assert all(row.payment == D("2952.40") for row in s.rows[:-1])
    assert_sums_exactly(s)


def test_equal_instalment_twd_rounds_to_whole_dollars() -> None:
    s = equal_instalment_schedule(D("100000"), D("4.0"), 36, Currency.TWD)
    assert s.regular_payment == D("2952")
    assert all(row.payment == row.payment.to_integral_value() for row in s.rows)
    assert all(row.interest == row.interest.to_integral_value() for row in s.rows)
    assert s.total_interest == D("6286")  # 6,286.35 rounded once
    # M* = 2,952.3985: the last instalment settles round(36 × 0.3985) = 14 dollars
    assert s.last_payment == D("2966")
    assert_sums_exactly(s)
    assert abs(s.residue) <= residue_bound(36, Currency.TWD)


# --- §7.2 equal principal ----------------------------------------------------------------------


def test_equal_principal_worked_example() -> None:
    s = equal_principal_schedule(D("100000"), D("4.0"), 36, CNY)
    assert s.rows[0].payment == D("3111.11")
    assert s.rows[1].payment == D("3101.85")
    assert s.rows[35].payment == D("2787.04")
    assert s.total_interest == D("6166.67")
    assert_sums_exactly(s)


def test_equal_principal_costs_less_interest_but_starts_higher() -> None:
    instalment = equal_instalment_schedule(D("100000"), D("4.0"), 36, CNY)
    principal = equal_principal_schedule(D("100000"), D("4.0"), 36, CNY)
    assert principal.total_interest < instalment.total_interest
    assert principal.rows[0].payment > instalment.rows[0].payment


# --- §7.3 balloon ------------------------------------------------------------------------------


def test_balloon_worked_example() -> None:
    # GIVEN a 200,000 car, 40,000 down, a 60,000 balloon at month 36, 5 %/yr
    s = balloon_schedule(D("160000"), D("5"), 36, D("60000"), CNY)
    assert s.regular_payment == D("3247.09")
    assert s.total_payment == D("176895.23")
    assert s.total_interest == D("16895.23")
    assert s.last_payment == D("3247.08") + D("60000")  # M + B, residue −0.01
    assert s.residue == D("-0.01")
    assert_sums_exactly(s)


def test_without_balloon_worked_example() -> None:
    s = equal_instalment_schedule(D("160000"), D("5"), 36, CNY)
    assert s.regular_payment == D("4795.34")
    assert s.total_interest == D("12632.37")
    assert_sums_exactly(s)


def test_balloon_lowers_the_payment_and_raises_the_interest() -> None:
    with_balloon = balloon_schedule(D("160000"), D("5"), 36, D("60000"), CNY)
    without = equal_instalment_schedule(D("160000"), D("5"), 36, CNY)
    assert with_balloon.regular_payment < without.regular_payment
    assert with_balloon.total_interest > without.total_interest


# --- §7.4 flat rate and 0 % + fee --------------------------------------------------------------


def test_flat_rate_worked_example() -> None:
    s = flat_rate_schedule(D("300000"), D("2.5"), 60, Currency.HKD)
    assert s.total_interest == D("37500.00")
    assert s.regular_payment == D("5625.00")
    assert all(row.interest == D("625.00") for row in s.rows)
    # DOMAIN.md says "APR ≈ 4.74 %": the IRR is 4.734855 %, i.e. 4.73 % to two decimals
    # (4.74 only by rounding twice, 4.7349 → 4.735 → 4.74). It is within the "≈".
    assert s.apr.apr == D("0.0473485468")
    assert abs(s.apr.apr_percent - D("4.74")) <= D("0.01")
    assert s.apr.ear_percent == D("4.84")
    assert_sums_exactly(s)


def test_flat_rate_is_about_half_the_true_rate() -> None:
    s = flat_rate_schedule(D("300000"), D("2.5"), 60, Currency.HKD)
    assert D("1.8") < s.apr.apr / D("0.025") < D("2")


def test_zero_plus_fee_paid_up_front() -> None:
    s = zero_rate_fee_schedule(D("100000"), 36, D("6000"), CNY, timing=FeeTiming.UPFRONT)
    assert s.regular_payment == D("2777.78")
    assert s.apr.apr_percent == D("4.06")
    assert s.total_interest == 0
    assert s.total_fees == D("6000")
    assert s.net_amount == D("94000")
    assert s.total_repaid == D("106000.00")
    assert_sums_exactly(s)


def test_zero_plus_fee_spread_into_instalments() -> None:
    s = zero_rate_fee_schedule(D("100000"), 36, D("6000"), CNY, timing=FeeTiming.SPREAD)
    assert s.regular_payment == D("2944.44")
    assert s.apr.apr_percent == D("3.82")
    assert s.total_interest == 0
    assert sum(row.fee for row in s.rows) == D("6000")
    assert s.total_payment == D("106000")
    assert_sums_exactly(s)


# --- true APR ----------------------------------------------------------------------------------


def _reference_rate(net: Decimal, payments: list[Decimal]) -> Decimal:
    """Plain bisection at high precision: slow but obviously right."""
    with decimal.localcontext() as ctx:
        ctx.prec = 50
        lo, hi = D(0), D(1)
        for _ in range(120):
            mid = (lo + hi) / 2
            factor, value = D(1), D(0)
            for payment in payments:
                factor /= 1 + mid
                value += payment * factor
            lo, hi = (mid, hi) if value > net else (lo, mid)
        return lo


@pytest.mark.parametrize(
    ("net", "payments"),
    [
        (D("300000"), [D("5625")] * 60),
        (D("94000"), [D("2777.78")] * 35 + [D("2777.70")]),
        (D("1000"), [D("1100")]),
        (D("50000"), [D("100")] * 119 + [D("80000")]),
    ],
)
def test_true_apr_matches_a_reference_to_1e_10(net: Decimal, payments: list[Decimal]) -> None:
    result = true_apr(net, payments)
    assert abs(result.apr - 12 * _reference_rate(net, payments)) <= D("1E-10")


def test_zero_rate_without_fee_has_an_apr_of_exactly_zero() -> None:
    s = equal_instalment_schedule(D("100000"), D("0"), 36, CNY)
    assert s.apr.apr == 0
    assert s.apr.ear == 0
    assert s.regular_payment == D("2777.78")
    assert s.last_payment == D("2777.70")


def test_apr_of_payments_below_the_amount_is_negative() -> None:
    assert true_apr(D("1000"), [D("450"), D("450")]).apr < 0


@pytest.mark.parametrize(
    ("net", "payments"),
    [(D("0"), [D("1")]), (D("100"), []), (D("100"), [D("200"), D("-1")])],
)
def test_true_apr_refuses_meaningless_cash_flows(net: Decimal, payments: list[Decimal]) -> None:
    with pytest.raises(ValueError):
        true_apr(net, payments)


def test_as_percent_rounds_half_up() -> None:
    assert as_percent(D("0.047345")) == D("4.73")
    assert as_percent(D("0.047355")) == D("4.74")


# --- validation --------------------------------------------------------------------------------


def _terms(**changes: object) -> LoanTerms:
    base: dict[str, object] = {
        "method": RepaymentMethod.EQUAL_INSTALMENT,
        "principal": D("100000"),
        "months": 36,
        "annual_rate_pct": D("4"),
    }
    base.update(changes)
    return LoanTerms(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"months": 0}, "months", "out_of_range"),
        ({"months": 121}, "months", "out_of_range"),
        ({"annual_rate_pct": D("-0.01")}, "rate", "out_of_range"),
        ({"annual_rate_pct": D("100.01")}, "rate", "out_of_range"),
        ({"principal": D("-1")}, "principal", "negative"),
        ({"principal": D("0")}, "principal", "not_positive"),
        ({"principal": D("100.001")}, "principal", "too_many_decimals"),
        ({"principal": None}, "principal", "required"),
        ({"balloon": D("5")}, "balloon", "not_allowed"),
        (
            {"method": RepaymentMethod.BALLOON, "balloon": D("100000")},
            "balloon",
            "too_large",
        ),
        ({"fee": D("100000")}, "fee", "too_large"),
        ({"fee": D("10"), "fee_timing": FeeTiming.SPREAD}, "fee_timing", "not_allowed"),
        ({"method": RepaymentMethod.ZERO_PLUS_FEE}, "rate", "must_be_zero"),
        ({"principal": D("1E15")}, "principal", "too_large"),
    ],
)
def test_bad_terms_name_their_field(changes: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(ValidationErrors) as info:
        build_schedule(_terms(**changes), CNY, prefix="loan.")
    error = info.value.for_field("loan." + field)
    assert error is not None, info.value
    assert error.code == code


def test_rate_limits_themselves_are_allowed() -> None:
    assert build_schedule(_terms(annual_rate_pct=D("100")), CNY).rows[-1].balance == 0
    assert build_schedule(_terms(months=120), CNY).rows[-1].balance == 0
    assert build_schedule(_terms(months=1), CNY).last_payment == D("100333.33")


def test_twd_loans_are_whole_dollars() -> None:
    with pytest.raises(ValidationErrors) as info:
        build_schedule(_terms(principal=D("100000.50")), Currency.TWD)
    assert info.value.errors[0].code == "too_many_decimals"


def test_too_small_a_loan_for_the_term_is_refused() -> None:
    # 1.20 over 120 months: 0.01 a month; the level payment rounds up and the last turns negative
    with pytest.raises(ValidationErrors) as info:
        build_schedule(_terms(principal=D("0.61"), months=120, annual_rate_pct=D(0)), CNY)
    assert info.value.errors[0].code == "too_small"


def test_float_money_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        build_schedule(_terms(principal=100000.0), CNY)


# --- payment scenarios -------------------------------------------------------------------------


def test_scenarios_side_by_side() -> None:
    offers = [
        LoanOffer("Bank", D("40000"), RepaymentMethod.EQUAL_INSTALMENT, 36, D("4")),
        LoanOffer(
            "Captive",
            D("40000"),
            RepaymentMethod.ZERO_PLUS_FEE,
            36,
            fee=D("6000"),
            fee_timing=FeeTiming.UPFRONT,
        ),
    ]
    cash, bank, captive = payment_scenarios(D("140000"), D("155000"), CNY, offers)
    assert cash.is_cash and cash.apr is None
    assert cash.total_cost == D("155000") and cash.due_up_front == D("155000")
    assert bank.financed_amount == D("100000")
    assert bank.monthly_payment == D("2952.40")
    assert bank.total_interest == D("6286.35")
    assert bank.due_up_front == D("55000")
    assert bank.total_cost == D("155000") + D("6286.35")
    assert captive.due_up_front == D("61000")  # the fee is paid before the first instalment
    assert captive.total_cost == D("155000") + D("6000")
    assert captive.apr is not None and as_percent(captive.apr) == D("4.06")


@pytest.mark.parametrize(
    ("down", "code"),
    [(D("140001"), "above_price"), (D("140000"), "nothing_financed"), (D("-1"), "negative")],
)
def test_down_payment_must_leave_something_to_finance(down: Decimal, code: str) -> None:
    offer = LoanOffer("Bank", down, RepaymentMethod.EQUAL_INSTALMENT, 36, D("4"))
    with pytest.raises(ValidationErrors) as info:
        payment_scenarios(D("140000"), D("150000"), CNY, [offer])
    error = info.value.for_field("loans.0.down_payment")
    assert error is not None and error.code == code


def test_at_most_two_loans() -> None:
    offer = LoanOffer("Bank", D("40000"), RepaymentMethod.EQUAL_INSTALMENT, 36, D("4"))
    with pytest.raises(ValidationErrors) as info:
        payment_scenarios(D("140000"), D("150000"), CNY, [offer] * 3)
    assert info.value.for_field("loans") is not None
