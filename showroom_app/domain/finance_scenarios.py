"""Payment scenarios side by side (DOMAIN.md §4.7, §6.1): cash, loan A, loan B.

Plain data for the deal desk, the quote's finance box and the finance disclosure: for each
plan the down payment, the amount financed, the monthly payment, interest, fees, APR and the
total the customer pays in the end (the on-the-road total plus the cost of credit).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from showroom_app.domain.enums import Currency, FeeTiming, RepaymentMethod
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.finance import LoanTerms, Schedule, build_schedule, loan_term_errors
from showroom_app.domain.money import CENT, ROUNDING
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "MAX_LOAN_OFFERS",
    "LoanOffer",
    "PaymentScenario",
    "finance_commission",
    "loan_offer_errors",
    "payment_scenarios",
]

MAX_LOAN_OFFERS = 2  # with cash: three columns, as on the quote
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class LoanOffer:
    """A lender's plan for this car. The loan is the vehicle price less the down payment
    (DOMAIN.md §4.7); taxes, insurance and fees are paid in cash. ``commission_pct`` is what
    the lender pays the dealer on the amount financed (gross profit, §7.8)."""

    label: str
    down_payment: Decimal
    method: RepaymentMethod
    months: int
    annual_rate_pct: Decimal = _ZERO
    balloon: Decimal = _ZERO
    fee: Decimal = _ZERO
    fee_timing: FeeTiming = FeeTiming.UPFRONT
    commission_pct: Decimal = _ZERO

    def terms(self, vehicle_price: Decimal) -> LoanTerms:
        return LoanTerms(
            method=self.method,
            principal=vehicle_price - self.down_payment,
            months=self.months,
            annual_rate_pct=self.annual_rate_pct,
            balloon=self.balloon,
            fee=self.fee,
            fee_timing=self.fee_timing,
        )


@dataclass(frozen=True)
class PaymentScenario:
    label: str
    is_cash: bool
    down_payment: Decimal  # paid on the vehicle (cash: the whole vehicle price)
    financed_amount: Decimal
    months: int  # 0 for cash
    monthly_payment: Decimal  # regular instalment (equal principal: the first one); 0 for cash
    last_payment: Decimal  # balloon and rounding residue included; 0 for cash
    balloon: Decimal
    total_interest: Decimal
    total_fees: Decimal
    due_up_front: Decimal  # on-the-road total − amount financed + any fee paid up front
    total_cost: Decimal  # everything the customer pays: on-the-road total + interest + fees
    apr: Decimal | None  # fraction to 1e-10; None for cash
    ear: Decimal | None
    schedule: Schedule | None


def loan_offer_errors(
    offer: LoanOffer, vehicle_price: Decimal | None, currency: Currency, prefix: str
) -> list[ValidationError]:
    """Every problem with one offer; fields are named ``prefix`` + field (``loans.0.months``).

    The amount financed is derived from the down payment, so its problems are reported on
    the down payment, the field the user edits. With ``vehicle_price`` None (the price itself
    is invalid) the checks that need it are skipped and the rest still run.
    """
    field = prefix + "down_payment"
    down = offer.down_payment
    errors: list[ValidationError] = []
    if isinstance(down, float):
        raise TypeError(f"{field}: money must be Decimal, not float")
    if not isinstance(down, Decimal) or not down.is_finite():
        message = QT_TRANSLATE_NOOP("Validation", "Enter the down payment.")
        errors.append(ValidationError(field, message, "required"))
    elif down < 0:
        message = QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative.")
        errors.append(ValidationError(field, message, "negative"))
    elif vehicle_price is not None and down > vehicle_price:
        message = QT_TRANSLATE_NOOP(
            "Validation", "The down payment cannot be more than the vehicle price."
        )
        errors.append(ValidationError(field, message, "above_price"))
    elif vehicle_price is not None and down == vehicle_price:
        message = QT_TRANSLATE_NOOP(
            "Validation", "The down payment covers the whole price: nothing to finance."
        )
        errors.append(ValidationError(field, message, "nothing_financed"))
    pct = offer.commission_pct
    if not isinstance(pct, Decimal) or not pct.is_finite() or not 0 <= pct <= _HUNDRED:
        message = QT_TRANSLATE_NOOP("Validation", "The commission must be between 0 % and 100 %.")
        errors.append(ValidationError(prefix + "commission_pct", message, "out_of_range"))
    # without a valid principal the other fields are still checked, comparisons skipped
    known = vehicle_price is not None and not errors
    terms = offer.terms(vehicle_price if known and vehicle_price is not None else down)
    for error in loan_term_errors(terms, currency, prefix, check_principal=known):
        if error.field == prefix + "principal":
            error = ValidationError(field, error.message, error.code, **error.params)
        errors.append(error)
    return errors


def payment_scenarios(
    vehicle_price: Decimal,
    on_the_road_total: Decimal,
    currency: Currency,
    offers: Sequence[LoanOffer],
    *,
    cash_label: str = "",
) -> tuple[PaymentScenario, ...]:
    """Cash first, then one scenario per offer (at most two). Raises ``ValidationErrors``
    naming ``loans.{i}.{field}`` for bad offers."""
    errors: list[ValidationError] = []
    if len(offers) > MAX_LOAN_OFFERS:
        errors.append(
            ValidationError(
                "loans",
                QT_TRANSLATE_NOOP("Validation", "Compare at most {max} loans side by side."),
                "too_many",
                max=MAX_LOAN_OFFERS,
            )
        )
    for i, offer in enumerate(offers):
        errors += loan_offer_errors(offer, vehicle_price, currency, f"loans.{i}.")
    if errors:
        raise ValidationErrors(errors)
    zero = _ZERO.quantize(CENT)
    scenarios = [
        PaymentScenario(
            label=cash_label,
            is_cash=True,
            down_payment=vehicle_price,
            financed_amount=zero,
            months=0,
            monthly_payment=zero,
            last_payment=zero,
            balloon=zero,
            total_interest=zero,
            total_fees=zero,
            due_up_front=on_the_road_total,
            total_cost=on_the_road_total,
            apr=None,
            ear=None,
            schedule=None,
        )
    ]
    for i, offer in enumerate(offers):
        terms = offer.terms(vehicle_price)
        schedule = build_schedule(terms, currency, prefix=f"loans.{i}.")
        due_up_front = on_the_road_total - terms.principal + schedule.upfront_fee
        scenarios.append(
            PaymentScenario(
                label=offer.label,
                is_cash=False,
                down_payment=offer.down_payment,
                financed_amount=terms.principal,
                months=terms.months,
                monthly_payment=schedule.regular_payment,
                last_payment=schedule.last_payment,
                balloon=terms.balloon,
                total_interest=schedule.total_interest,
                total_fees=schedule.total_fees,
                due_up_front=due_up_front,
                total_cost=due_up_front + schedule.total_payment,
                apr=schedule.apr.apr,
                ear=schedule.apr.ear,
                schedule=schedule,
            )
        )
    return tuple(scenarios)


def finance_commission(offer: LoanOffer, vehicle_price: Decimal) -> Decimal:
    """The dealer's commission on this offer: amount financed × commission rate, to the cent."""
    financed = vehicle_price - offer.down_payment
    return (financed * offer.commission_pct / _HUNDRED).quantize(CENT, rounding=ROUNDING)
