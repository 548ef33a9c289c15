"""Properties of schedules, APR and the deal desk, for every input Hypothesis can think of.

The residue bound is derived, not guessed. For level-payment schedules the interest column
follows the exact loan (running total rounded), so Σ payment = P + round(exact interest) and
the last instalment differs from M + B by ``round(n·(M* − M))``; as ``|M* − M| ≤ unit/2``,
that is at most ⌈n/2⌉ units whatever the rate (see ``finance.residue_bound``).
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from showroom_app.domain.deal import (
    DealInput,
    Deposit,
    InsuranceLine,
    PricedItem,
    ServiceFee,
    TradeIn,
    recalculate,
)
from showroom_app.domain.enums import (
    Currency,
    DepositKind,
    FeeTiming,
    Powertrain,
    Region,
    RepaymentMethod,
)
from showroom_app.domain.finance import (
    LoanTerms,
    Schedule,
    build_schedule,
    residue_bound,
    schedule_unit,
)
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.domain.taxes import TaxVehicle

D = Decimal
SETTINGS = settings(max_examples=200, deadline=None)


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    """Any float meeting a Decimal in these tests (or in the code they call) raises."""
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def test_float_trap_is_active() -> None:
    with pytest.raises(decimal.FloatOperation):
        D("1.5") < 2.5  # noqa: B015


currencies = st.sampled_from(list(Currency))
months = st.integers(min_value=1, max_value=120)
rates = st.decimals(min_value=0, max_value=100, places=2)
# at least 10,000 units (¥100, NT$10,000): enough that M ≥ ⌈n/2⌉ units for every term
principal_units = st.integers(min_value=10_000, max_value=10**9)


@st.composite
def level_terms(draw: st.DrawFn) -> tuple[LoanTerms, Currency]:
    currency = draw(currencies)
    unit = schedule_unit(currency)
    principal = draw(principal_units) * unit
    method = draw(
        st.sampled_from(
            [
                RepaymentMethod.EQUAL_INSTALMENT,
                RepaymentMethod.BALLOON,
                RepaymentMethod.FLAT,
                RepaymentMethod.ZERO_PLUS_FEE,
            ]
        )
    )
    rate = D(0) if method is RepaymentMethod.ZERO_PLUS_FEE else draw(rates)
    balloon = D(0)
    if method is RepaymentMethod.BALLOON:
        balloon = draw(st.integers(0, int(principal / unit) - 1)) * unit
    timing = draw(st.sampled_from(list(FeeTiming)))
    if method is not RepaymentMethod.ZERO_PLUS_FEE:
        timing = FeeTiming.UPFRONT
    fee = draw(st.integers(0, int(principal / unit) // 4)) * unit
    terms = LoanTerms(method, principal, draw(months), rate, balloon, fee, timing)
    return terms, currency


def _exact_level_payment(terms: LoanTerms, unit: Decimal) -> Decimal:
    """M* computed independently at 60 digits."""
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        n, p, b = terms.months, terms.principal, terms.balloon
        if terms.method is RepaymentMethod.FLAT:
            interest = (p * terms.annual_rate_pct / 100 * n / 12).quantize(
                unit, rounding=ROUND_HALF_UP
            )
            return (p + interest) / n
        if terms.method is RepaymentMethod.ZERO_PLUS_FEE and terms.fee_timing is FeeTiming.SPREAD:
            return (p + terms.fee) / n
        r = terms.annual_rate_pct / 1200
        if r == 0:
            return (p - b) / n
        f = (1 + r) ** n
        return (p * f - b) * r / (f - 1)


def assert_sums_exactly(s: Schedule) -> None:
    assert s.rows[-1].balance == 0
    assert sum(r.principal for r in s.rows) == s.terms.principal
    assert s.total_principal == s.terms.principal
    assert s.total_payment == s.terms.principal + s.total_interest + sum(r.fee for r in s.rows)
    for row in s.rows:
        assert row.payment == row.principal + row.interest + row.fee
        assert row.balance >= 0
    unit = schedule_unit(s.currency)
    for row in s.rows:
        for figure in (row.payment, row.principal, row.interest, row.fee, row.balance):
            assert figure == figure.quantize(unit)


@SETTINGS
@given(level_terms())
def test_level_schedules_sum_exactly_and_the_residue_obeys_its_bound(
    case: tuple[LoanTerms, Currency],
) -> None:
    terms, currency = case
    unit = schedule_unit(currency)
    s = build_schedule(terms, currency)
    assert_sums_exactly(s)
    assert all(row.payment == s.regular_payment for row in s.rows[:-1])
    # total interest is the exact interest n·M* + B − P rounded once, so the residue is
    # round(exact interest) − (n·M + B − P): within ½ unit of n·(M* − M), hence ≤ ⌈n/2⌉ units
    n, p, b = terms.months, terms.principal, terms.balloon
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        exact_interest = n * _exact_level_payment(terms, unit) + b - p
    rounded = exact_interest.quantize(unit, rounding=ROUND_HALF_UP)
    assert s.residue == rounded - (n * s.regular_payment + b - p)
    assert abs(s.residue) <= residue_bound(terms.months, currency)


@SETTINGS
@given(currencies, principal_units, months, rates)
def test_equal_principal_rows_are_the_exact_rows_rounded(
    currency: Currency, units: int, n: int, rate: Decimal
) -> None:
    unit = schedule_unit(currency)
    principal = units * unit
    s = build_schedule(LoanTerms(RepaymentMethod.EQUAL_PRINCIPAL, principal, n, rate), currency)
    assert_sums_exactly(s)
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        r = rate / 1200
        for row in s.rows:
            exact = principal / n + (principal - (row.k - 1) * principal / n) * r
            # principal: difference of two balances each rounded (≤ 1 unit); interest ≤ ½ unit
            assert abs(row.payment - exact) <= unit * D("1.5")


@SETTINGS
@given(
    currencies,
    principal_units,
    months,
    st.sampled_from(list(RepaymentMethod)),
    st.sampled_from(list(FeeTiming)),
)
def test_a_zero_rate_loan_without_fee_has_an_apr_of_exactly_zero(
    currency: Currency, units: int, n: int, method: RepaymentMethod, timing: FeeTiming
) -> None:
    principal = units * schedule_unit(currency)
    balloon = principal // 2 if method is RepaymentMethod.BALLOON else D(0)
    s = build_schedule(LoanTerms(method, principal, n, D(0), balloon, D(0), timing), currency)
    assert s.apr.apr == 0
    assert s.apr.ear == 0
    assert s.total_interest == 0
    assert s.total_payment == principal


@SETTINGS
@given(level_terms())
def test_apr_solves_the_cash_flow_equation(case: tuple[LoanTerms, Currency]) -> None:
    terms, currency = case
    s = build_schedule(terms, currency)
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        i = s.apr.apr / 12  # the APR is rounded to 1e-10: i is within 1e-11 of the root
        value, factor = D(0), D(1)
        for row in s.rows:
            factor /= 1 + i
            value += row.payment * factor
        # d(PV)/di ≤ n·Σpayments, so a 1e-11 error in i moves PV by at most that × 1e-11
        tolerance = len(s.rows) * s.total_payment * D("1E-11") + D("1E-20")
        assert abs(value - s.net_amount) <= tolerance
    if s.total_cost_of_credit > 0:
        assert s.apr.apr > 0


# --- the deal desk -----------------------------------------------------------------------------

money = st.integers(min_value=0, max_value=10**8).map(lambda cents: D(cents).scaleb(-2))


@st.composite
def deals(draw: st.DrawFn) -> DealInput:
    region = draw(st.sampled_from(list(Region)))
    msrp = draw(st.integers(100_000, 5_000_000)) * D(1)
    discount = draw(st.integers(0, int(msrp) // 5)) * D(1)
    price = msrp - discount
    powertrain = draw(st.sampled_from(list(Powertrain)))
    vehicle = TaxVehicle(
        powertrain,
        None if powertrain is Powertrain.BEV else draw(st.integers(600, 5400)),
        nev_relief_eligible=draw(st.booleans()),
    )
    loans = tuple(
        LoanOffer(
            f"Plan {i}",
            draw(st.integers(0, int(price) - 10_000)) * D(1),
            RepaymentMethod.EQUAL_INSTALMENT,
            draw(months),
            draw(st.decimals(min_value=0, max_value=36, places=2)),
            commission_pct=draw(st.decimals(min_value=0, max_value=5, places=1)),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    return DealInput(
        region=region,
        msrp=msrp,
        discount=discount,
        dealer_vehicle_cost=draw(st.none() | money),
        rebate=draw(money),
        accessories=tuple(
            PricedItem(f"A{i}", draw(money), draw(money)) for i in range(draw(st.integers(0, 3)))
        ),
        service_fees=(ServiceFee("Plate", D("800"), optional=True, pass_through=D("125")),),
        insurance=(InsuranceLine("Insurance", draw(money), D("15")),),
        trade_in=draw(st.none() | st.builds(TradeIn, money, money)),
        vehicle=vehicle,
        tax_date=draw(st.dates(date(2026, 1, 1), date(2027, 12, 31))),
        deposit=Deposit(D("1000"), DepositKind.EARNEST, date(2026, 1, 1)),
        loans=loans,
        selected_plan=draw(st.integers(0, len(loans))),
    )


@SETTINGS
@given(deals())
def test_recalculating_the_same_deal_gives_identical_figures(deal: DealInput) -> None:
    first = recalculate(deal)
    second = recalculate(deal)
    assert first == second
    assert repr(first) == repr(second)  # same digits, same exponents: prints identically


@SETTINGS
@given(deals())
def test_the_on_the_road_total_is_the_sum_of_its_lines(deal: DealInput) -> None:
    f = recalculate(deal)
    assert f.on_the_road_total == (
        f.contract_total
        + f.taxes_total
        + f.government_fees_total
        + f.insurance_total
        - f.subsidies_total
        - f.trade_in_allowance
    )
    assert f.contract_total == (
        f.transaction_price + f.accessories_total + f.warranty_total + f.service_fees_total
    )
    if f.gross_profit is not None:
        gp = f.gross_profit
        assert gp.deal == gp.front + gp.rebate + gp.backend
        assert gp.revenue == f.contract_total
    for scenario in f.scenarios:
        assert scenario.total_cost >= f.on_the_road_total
