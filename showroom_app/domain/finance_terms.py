"""Loan terms and their validation (DOMAIN.md §4.7, §11): the inputs of :mod:`finance`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from showroom_app.domain.enums import Currency, FeeTiming, RepaymentMethod
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.money import CENT, ROUNDING, WHOLE
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "AMOUNT_LIMIT",
    "MAX_MONTHS",
    "MAX_RATE_PCT",
    "MIN_MONTHS",
    "LoanTerms",
    "loan_term_errors",
    "schedule_unit",
    "validate_loan_terms",
]

MIN_MONTHS = 1
MAX_MONTHS = 120
MAX_RATE_PCT = Decimal(100)
AMOUNT_LIMIT = Decimal(10) ** 14  # as validators: far above any car deal, fits a BIGINT of cents
_ZERO = Decimal(0)


def schedule_unit(currency: Currency) -> Decimal:
    """The unit every schedule figure is rounded to: whole dollars for TWD, else cents."""
    return WHOLE if currency is Currency.TWD else CENT


@dataclass(frozen=True)
class LoanTerms:
    """What the lender offers. ``annual_rate_pct`` is the nominal rate (the flat rate for
    ``FLAT``; must be 0 for ``ZERO_PLUS_FEE``). ``fee`` is a handling fee, paid up front or
    (0 % + fee only) spread into the instalments."""

    method: RepaymentMethod
    principal: Decimal
    months: int
    annual_rate_pct: Decimal = _ZERO
    balloon: Decimal = _ZERO
    fee: Decimal = _ZERO
    fee_timing: FeeTiming = FeeTiming.UPFRONT


# --- validation --------------------------------------------------------------------------------


def _amount_errors(value: Decimal, field: str, unit: Decimal) -> list[ValidationError]:
    if isinstance(value, float):  # a programming error, not something a user typed
        raise TypeError(f"{field}: money must be Decimal, not float")
    if not isinstance(value, Decimal) or not value.is_finite():
        return [
            ValidationError(field, QT_TRANSLATE_NOOP("Validation", "Enter an amount."), "required")
        ]
    if value < 0:
        return [
            ValidationError(
                field, QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."), "negative"
            )
        ]
    if value >= AMOUNT_LIMIT:
        message = QT_TRANSLATE_NOOP("Validation", "The amount is too large.")
        return [ValidationError(field, message, "too_large")]
    if value != value.quantize(unit, rounding=ROUNDING):
        if unit == WHOLE:
            message = QT_TRANSLATE_NOOP("Validation", "Use whole dollars for this amount.")
        else:
            message = QT_TRANSLATE_NOOP("Validation", "Use at most two decimal places.")
        return [ValidationError(field, message, "too_many_decimals")]
    return []


def loan_term_errors(
    terms: LoanTerms, currency: Currency, prefix: str = "", *, check_principal: bool = True
) -> list[ValidationError]:
    """Every problem with the terms, each naming its field (``prefix`` + field name).

    ``check_principal=False`` skips the principal and every comparison with it (used when the
    principal derives from other fields that are already reported as wrong).
    """
    unit = schedule_unit(currency)
    errors: list[ValidationError] = []
    principal_ok = False
    if check_principal:
        errors += _amount_errors(terms.principal, prefix + "principal", unit)
        principal_ok = not errors
    if principal_ok and terms.principal == 0:
        principal_ok = False
        errors.append(
            ValidationError(
                prefix + "principal",
                QT_TRANSLATE_NOOP("Validation", "The loan amount must be more than zero."),
                "not_positive",
            )
        )
    if isinstance(terms.months, bool) or not isinstance(terms.months, int):
        errors.append(
            ValidationError(
                prefix + "months", QT_TRANSLATE_NOOP("Validation", "Enter the term."), "required"
            )
        )
    elif not MIN_MONTHS <= terms.months <= MAX_MONTHS:
        errors.append(
            ValidationError(
                prefix + "months",
                QT_TRANSLATE_NOOP("Validation", "The term must be between {min} and {max} months."),
                "out_of_range",
                min=MIN_MONTHS,
                max=MAX_MONTHS,
            )
        )
    rate = terms.annual_rate_pct
    if not isinstance(rate, Decimal) or not rate.is_finite():
        errors.append(
            ValidationError(
                prefix + "rate", QT_TRANSLATE_NOOP("Validation", "Enter the rate."), "required"
            )
        )
    elif not 0 <= rate <= MAX_RATE_PCT:
        errors.append(
            ValidationError(
                prefix + "rate",
                QT_TRANSLATE_NOOP("Validation", "The rate must be between 0 % and {max} %."),
                "out_of_range",
                max=MAX_RATE_PCT,
            )
        )
    elif terms.method is RepaymentMethod.ZERO_PLUS_FEE and rate != 0:
        errors.append(
            ValidationError(
                prefix + "rate",
                QT_TRANSLATE_NOOP("Validation", "A 0 % + fee loan has no interest rate."),
                "must_be_zero",
            )
        )
    balloon_errors = _amount_errors(terms.balloon, prefix + "balloon", unit)
    errors += balloon_errors
    if not balloon_errors and terms.balloon:
        if terms.method is not RepaymentMethod.BALLOON:
            errors.append(
                ValidationError(
                    prefix + "balloon",
                    QT_TRANSLATE_NOOP("Validation", "Only a balloon loan has a final balloon."),
                    "not_allowed",
                )
            )
        elif principal_ok and terms.balloon >= terms.principal:
            errors.append(
                ValidationError(
                    prefix + "balloon",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The balloon must be less than the loan amount."
                    ),
                    "too_large",
                )
            )
    fee_errors = _amount_errors(terms.fee, prefix + "fee", unit)
    errors += fee_errors
    if not fee_errors and terms.fee:
        spread = terms.fee_timing is FeeTiming.SPREAD
        if spread and terms.method is not RepaymentMethod.ZERO_PLUS_FEE:
            errors.append(
                ValidationError(
                    prefix + "fee_timing",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Only a 0 % + fee loan spreads its fee into the instalments."
                    ),
                    "not_allowed",
                )
            )
        elif not spread and principal_ok and terms.fee >= terms.principal:
            errors.append(
                ValidationError(
                    prefix + "fee",
                    QT_TRANSLATE_NOOP("Validation", "The fee must be less than the loan amount."),
                    "too_large",
                )
            )
    return errors


def validate_loan_terms(terms: LoanTerms, currency: Currency, prefix: str = "") -> None:
    """Raise ``ValidationErrors`` naming every bad field of the terms."""
    errors = loan_term_errors(terms, currency, prefix)
    if errors:
        raise ValidationErrors(errors)
