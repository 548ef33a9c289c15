"""Loan schedules (DOMAIN.md §7.1–7.4): equal instalment, equal principal, balloon, flat rate
and "0 % + fee", each with its true APR (:mod:`finance_apr`).

Rounding policy (one policy, applied the same way to every method). Every figure shown is
rounded half-up to the currency's unit: cents, or whole dollars for TWD (:func:`schedule_unit`).
A schedule is the exact (unrounded) loan, rounded for display so that it still sums exactly:

* level-payment methods (equal instalment, balloon, flat, 0 % + fee): the instalment is the
  exact level payment ``M*`` rounded once; the interest (or fee) column is the exact running
  total rounded, so it never drifts more than half a unit from the truth; principal =
  instalment − interest. The **last** instalment pays whatever balance is left (and the balloon),
  so the balance ends at exactly zero, Σ principal = P exactly and Σ payment = P + Σ interest
  + Σ fee exactly. Total interest is the exact contract interest ``I* = n·M* + B − P``
  rounded once (DOMAIN.md's 6,286.35 and 16,895.23), so the residue (last instalment − M −
  balloon) is ``round(I*) − (n·M + B − P)``: within half a unit of ``n·(M* − M)``, with
  ``|M* − M| ≤ ½`` unit, hence at most ⌈n/2⌉ units (:func:`residue_bound`): 18 cents on
  36 months, 60 cents on 120, whatever the rate.
* equal principal: each row is the exact row rounded (the balance is the exact balance
  rounded, the principal the difference of two balances, the interest the exact interest
  rounded). Nothing accumulates, and the last principal is again whatever balance is left.

These are pure functions on ``Decimal``: no floats, no I/O. Rates are entered in per cent
(``Decimal("4.0")`` is 4 % a year) because that is how people type them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from showroom_app.domain.enums import Currency, FeeTiming, RepaymentMethod
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.finance_apr import AprResult, true_apr
from showroom_app.domain.finance_terms import (
    MAX_MONTHS,
    MAX_RATE_PCT,
    MIN_MONTHS,
    LoanTerms,
    loan_term_errors,
    schedule_unit,
    validate_loan_terms,
)
from showroom_app.domain.money import ROUNDING
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "MAX_MONTHS",
    "MAX_RATE_PCT",
    "MIN_MONTHS",
    "LoanTerms",
    "Schedule",
    "ScheduleRow",
    "balloon_schedule",
    "build_schedule",
    "equal_instalment_schedule",
    "equal_principal_schedule",
    "flat_rate_schedule",
    "loan_term_errors",
    "residue_bound",
    "schedule_unit",
    "validate_loan_terms",
    "zero_rate_fee_schedule",
]

_PRECISION = 34
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_MONTHS_PER_YEAR = 12


def residue_bound(months: int, currency: Currency) -> Decimal:
    """Largest possible |last instalment − M − balloon| of a level-payment schedule.

    The residue is ``round(I*) − (n·M + B − P)`` with ``I* − (n·M + B − P) = n·(M* − M)``
    and ``|M* − M| ≤ unit/2``: at most ``n/2 + 1/2`` units, and being a whole number of units,
    at most ⌈n/2⌉. It does not depend on the rate because interest follows the exact loan.
    (Equal principal has no level payment and no residue: every row is rounded on its own.)
    """
    return schedule_unit(currency) * ((months + 1) // 2)


@dataclass(frozen=True)
class ScheduleRow:
    k: int  # instalment number, 1..n
    payment: Decimal  # = principal + interest + fee
    principal: Decimal
    interest: Decimal
    fee: Decimal  # the share of a handling fee spread into the instalments (else 0)
    balance: Decimal  # principal still owed after this payment


@dataclass(frozen=True)
class Schedule:
    terms: LoanTerms
    currency: Currency
    rows: tuple[ScheduleRow, ...]
    regular_payment: Decimal  # M, the level instalment; for equal principal the first payment
    total_payment: Decimal  # Σ payment (balloon and spread fee included)
    total_principal: Decimal  # always == principal
    total_interest: Decimal
    total_fees: Decimal  # up-front fee + fees spread into the instalments
    upfront_fee: Decimal
    net_amount: Decimal  # what the customer really receives: principal − up-front fee
    apr: AprResult

    @property
    def last_payment(self) -> Decimal:
        return self.rows[-1].payment

    @property
    def residue(self) -> Decimal:
        """How much the last instalment differs from the regular one (balloon excluded)."""
        return self.last_payment - self.regular_payment - self.terms.balloon

    @property
    def total_cost_of_credit(self) -> Decimal:
        """Interest and fees: what borrowing costs on top of the principal."""
        return self.total_interest + self.total_fees

    @property
    def total_repaid(self) -> Decimal:
        """Everything paid to the lender: instalments plus the up-front fee."""
        return self.total_payment + self.upfront_fee


# --- schedules ---------------------------------------------------------------------------------


def build_schedule(terms: LoanTerms, currency: Currency, prefix: str = "") -> Schedule:
    """Validate the terms and build the schedule with its totals and true APR."""
    validate_loan_terms(terms, currency, prefix)
    unit = schedule_unit(currency)
    with localcontext() as ctx:  # a copy of the caller's context: its traps stay in force
        ctx.prec = _PRECISION
        monthly_rate = terms.annual_rate_pct / _HUNDRED / _MONTHS_PER_YEAR
        upfront_fee = terms.fee if terms.fee_timing is FeeTiming.UPFRONT else _ZERO
        method = terms.method
        if method is RepaymentMethod.EQUAL_PRINCIPAL:
            rows = _equal_principal_rows(terms.principal, monthly_rate, terms.months, unit)
            payment = rows[0].payment
        elif method is RepaymentMethod.FLAT:
            interest = _round(
                terms.principal
                * terms.annual_rate_pct
                / _HUNDRED
                * terms.months
                / _MONTHS_PER_YEAR,
                unit,
            )
            payment, rows = _flat_rows(terms.principal, interest, terms.months, unit, as_fee=False)
        elif method is RepaymentMethod.ZERO_PLUS_FEE and terms.fee_timing is FeeTiming.SPREAD:
            payment, rows = _flat_rows(terms.principal, terms.fee, terms.months, unit, as_fee=True)
        else:  # equal instalment, balloon, 0 % + fee paid up front
            payment, rows = _level_rows(
                terms.principal, monthly_rate, terms.months, terms.balloon, unit
            )
        payments = [row.payment for row in rows]
        if payments[-1] < 0:  # only when the principal is a few units per month
            raise ValidationErrors(
                [
                    ValidationError(
                        prefix + "principal",
                        QT_TRANSLATE_NOOP(
                            "Validation", "The loan amount is too small for this many months."
                        ),
                        "too_small",
                    )
                ]
            )
        net_amount = terms.principal - upfront_fee
        return Schedule(
            terms=terms,
            currency=currency,
            rows=rows,
            regular_payment=payment,
            total_payment=sum(payments, _ZERO),
            total_principal=sum((row.principal for row in rows), _ZERO),
            total_interest=sum((row.interest for row in rows), _ZERO),
            total_fees=upfront_fee + sum((row.fee for row in rows), _ZERO),
            upfront_fee=upfront_fee,
            net_amount=net_amount,
            apr=true_apr(net_amount, payments),
        )


def _round(value: Decimal, unit: Decimal) -> Decimal:
    return value.quantize(unit, rounding=ROUNDING)


def _level_rows(
    principal: Decimal, rate: Decimal, months: int, balloon: Decimal, unit: Decimal
) -> tuple[Decimal, tuple[ScheduleRow, ...]]:
    """Equal instalment (and balloon when ``balloon`` > 0): §7.1 and §7.3."""
    if rate == 0:
        exact_payment = (principal - balloon) / months
    else:
        # (P − B/f)·r / (1 − 1/f), written so that it is exact whenever the true value is a
        # short decimal (a tie like 10,092.5 must round up, not be missed by 1e-30)
        growth = (1 + rate) ** months
        exact_payment = (principal * growth - balloon) * rate / (growth - 1)
    payment = _round(exact_payment, unit)
    rows: list[ScheduleRow] = []
    balance = principal
    exact_balance = principal
    exact_interest_so_far = _ZERO
    interest_shown_so_far = _ZERO
    for k in range(1, months + 1):
        exact_interest = exact_balance * rate
        exact_balance += exact_interest - exact_payment
        exact_interest_so_far += exact_interest
        shown = _round(exact_interest_so_far, unit)
        interest = shown - interest_shown_so_far
        interest_shown_so_far = shown
        part = payment - interest if k < months else balance
        balance -= part
        rows.append(ScheduleRow(k, part + interest, part, interest, _round(_ZERO, unit), balance))
    return payment, tuple(rows)


def _equal_principal_rows(
    principal: Decimal, rate: Decimal, months: int, unit: Decimal
) -> tuple[ScheduleRow, ...]:
    """Equal principal: §7.2. Row k is the exact row rounded."""
    rows: list[ScheduleRow] = []
    balance = principal
    for k in range(1, months + 1):
        exact_before = principal * (months - k + 1) / months
        interest = _round(exact_before * rate, unit)
        after = _round(principal * (months - k) / months, unit)
        part = balance - after
        balance = after
        rows.append(ScheduleRow(k, part + interest, part, interest, _round(_ZERO, unit), balance))
    return tuple(rows)


def _flat_rows(
    principal: Decimal, charge: Decimal, months: int, unit: Decimal, *, as_fee: bool
) -> tuple[Decimal, tuple[ScheduleRow, ...]]:
    """Flat rate (``charge`` = the flat interest) or 0 % + fee spread (``charge`` = the fee):
    the charge is spread evenly over the term, §7.4."""
    payment = _round((principal + charge) / months, unit)
    rows: list[ScheduleRow] = []
    balance = principal
    shown_so_far = _ZERO
    for k in range(1, months + 1):
        shown = _round(charge * k / months, unit)
        part_charge = shown - shown_so_far
        shown_so_far = shown
        part = payment - part_charge if k < months else balance
        balance -= part
        zero = _round(_ZERO, unit)
        interest, fee = (zero, part_charge) if as_fee else (part_charge, zero)
        rows.append(ScheduleRow(k, part + part_charge, part, interest, fee, balance))
    return payment, tuple(rows)


# --- convenience builders (each validates, like build_schedule) --------------------------------


def equal_instalment_schedule(
    principal: Decimal,
    annual_rate_pct: Decimal,
    months: int,
    currency: Currency,
    *,
    upfront_fee: Decimal = _ZERO,
) -> Schedule:
    """等額本息: the same payment every month (§7.1)."""
    terms = LoanTerms(
        RepaymentMethod.EQUAL_INSTALMENT, principal, months, annual_rate_pct, fee=upfront_fee
    )
    return build_schedule(terms, currency)


def equal_principal_schedule(
    principal: Decimal,
    annual_rate_pct: Decimal,
    months: int,
    currency: Currency,
    *,
    upfront_fee: Decimal = _ZERO,
) -> Schedule:
    """等額本金: the same principal every month, interest on the falling balance (§7.2)."""
    terms = LoanTerms(
        RepaymentMethod.EQUAL_PRINCIPAL, principal, months, annual_rate_pct, fee=upfront_fee
    )
    return build_schedule(terms, currency)


def balloon_schedule(
    principal: Decimal,
    annual_rate_pct: Decimal,
    months: int,
    balloon: Decimal,
    currency: Currency,
    *,
    upfront_fee: Decimal = _ZERO,
) -> Schedule:
    """尾款: lower instalments, the balloon paid with the last one (§7.3)."""
    terms = LoanTerms(
        RepaymentMethod.BALLOON, principal, months, annual_rate_pct, balloon, fee=upfront_fee
    )
    return build_schedule(terms, currency)


def flat_rate_schedule(
    principal: Decimal,
    flat_rate_pct: Decimal,
    months: int,
    currency: Currency,
    *,
    upfront_fee: Decimal = _ZERO,
) -> Schedule:
    """平息: interest = P × flat rate × years, spread evenly; the APR is about twice the flat
    rate (§7.4)."""
    terms = LoanTerms(RepaymentMethod.FLAT, principal, months, flat_rate_pct, fee=upfront_fee)
    return build_schedule(terms, currency)


def zero_rate_fee_schedule(
    principal: Decimal,
    months: int,
    fee: Decimal,
    currency: Currency,
    *,
    timing: FeeTiming = FeeTiming.UPFRONT,
) -> Schedule:
    """0 % + fee: no interest, a handling fee paid up front or spread into the instalments."""
    terms = LoanTerms(
        RepaymentMethod.ZERO_PLUS_FEE, principal, months, _ZERO, fee=fee, fee_timing=timing
    )
    return build_schedule(terms, currency)
