"""Validation of a deal-desk input (DOMAIN.md §4.6, §11): every bad field, named.

Field names follow the input: ``msrp``, ``discount``, ``accessories.0.price``,
``service_fees.1.optional``, ``trade_in.allowance``, ``deposit.amount``, ``loans.0.months``.
Amounts must be finite ``Decimal`` with at most two decimals and never negative (§11: GP may
be negative, but what is typed in may not).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.finance_scenarios import MAX_LOAN_OFFERS, loan_offer_errors
from showroom_app.domain.finance_terms import AMOUNT_LIMIT
from showroom_app.domain.money import CENT
from showroom_app.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from showroom_app.domain.deal import DealInput

__all__ = ["deal_errors"]

_HUNDRED = Decimal(100)


class _Named(Protocol):
    @property
    def name(self) -> str: ...


def _amount(value: object, field: str, errors: list[ValidationError]) -> bool:
    """Append the problem with an entered amount; True when the amount is usable.

    A float is a programming error (the exact amount typed is already lost): ``TypeError``.
    """
    if isinstance(value, float):
        raise TypeError(f"{field}: money must be Decimal, not float")
    if not isinstance(value, Decimal) or not value.is_finite():
        message = QT_TRANSLATE_NOOP("Validation", "Enter an amount.")
        errors.append(ValidationError(field, message, "required"))
    elif value < 0:
        message = QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative.")
        errors.append(ValidationError(field, message, "negative"))
    elif value >= AMOUNT_LIMIT:
        message = QT_TRANSLATE_NOOP("Validation", "The amount is too large.")
        errors.append(ValidationError(field, message, "too_large"))
    elif value != value.quantize(CENT):
        message = QT_TRANSLATE_NOOP("Validation", "Use at most two decimal places.")
        errors.append(ValidationError(field, message, "too_many_decimals"))
    else:
        return True
    return False


def _percent(value: object, field: str, errors: list[ValidationError]) -> None:
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 <= value <= _HUNDRED:
        message = QT_TRANSLATE_NOOP("Validation", "Enter a percentage from 0 to 100.")
        errors.append(ValidationError(field, message, "out_of_range"))


def _name(line: _Named, field: str, errors: list[ValidationError]) -> None:
    if not line.name.strip():
        message = QT_TRANSLATE_NOOP("Validation", "Enter a name for this line.")
        errors.append(ValidationError(field, message, "required"))


def _priced_lines(
    lines: Sequence[_Named], prefix: str, attrs: Sequence[str], errors: list[ValidationError]
) -> bool:
    ok = True
    for i, line in enumerate(lines):
        _name(line, f"{prefix}.{i}.name", errors)
        for attr in attrs:
            ok &= _amount(getattr(line, attr), f"{prefix}.{i}.{attr}", errors)
    return ok


def deal_errors(deal: DealInput) -> list[ValidationError]:
    """Every problem with the input; empty when :func:`deal.recalculate` can run."""
    errors: list[ValidationError] = []
    msrp_ok = _amount(deal.msrp, "msrp", errors)
    if msrp_ok and deal.msrp == 0:
        message = QT_TRANSLATE_NOOP("Validation", "The price must be more than zero.")
        errors.append(ValidationError("msrp", message, "not_positive"))
        msrp_ok = False
    if _amount(deal.discount, "discount", errors) and msrp_ok and deal.discount > deal.msrp:
        message = QT_TRANSLATE_NOOP("Validation", "The discount cannot be more than the price.")
        errors.append(ValidationError("discount", message, "above_price"))
    if deal.dealer_vehicle_cost is not None:
        _amount(deal.dealer_vehicle_cost, "dealer_vehicle_cost", errors)
    _amount(deal.rebate, "rebate", errors)
    lines_ok = _priced_lines(deal.accessories, "accessories", ("price", "cost"), errors)
    lines_ok &= _priced_lines(
        deal.warranty_products, "warranty_products", ("price", "cost"), errors
    )
    lines_ok &= _priced_lines(deal.service_fees, "service_fees", ("amount", "pass_through"), errors)
    for i, fee in enumerate(deal.service_fees):
        amounts = (fee.amount, fee.pass_through)
        if all(isinstance(a, Decimal) and a.is_finite() for a in amounts):
            if fee.pass_through > fee.amount:
                message = QT_TRANSLATE_NOOP(
                    "Validation", "The government part cannot be more than the fee."
                )
                field = f"service_fees.{i}.pass_through"
                errors.append(ValidationError(field, message, "above_amount"))
        if deal.region is Region.CN and not fee.optional:
            message = QT_TRANSLATE_NOOP(
                "Validation", "In Mainland China every service fee must be optional."
            )
            errors.append(
                ValidationError(f"service_fees.{i}.optional", message, "must_be_optional")
            )
    _priced_lines(deal.government_fees, "government_fees", ("amount",), errors)
    _priced_lines(deal.insurance, "insurance", ("premium",), errors)
    for i, line in enumerate(deal.insurance):
        _percent(line.commission_pct, f"insurance.{i}.commission_pct", errors)
    _priced_lines(deal.subsidies, "subsidies", ("amount",), errors)
    if deal.trade_in is not None:
        _amount(deal.trade_in.appraisal_value, "trade_in.appraisal_value", errors)
        _amount(deal.trade_in.allowance, "trade_in.allowance", errors)
    if deal.vehicle is not None and deal.tax_date is None:
        message = QT_TRANSLATE_NOOP("Validation", "Enter the date the taxes are due for.")
        errors.append(ValidationError("tax_date", message, "required"))
    if deal.taxable_value is not None:
        _amount(deal.taxable_value, "taxable_value", errors)
    price_ok = msrp_ok and not any(e.field in ("discount", "msrp") for e in errors)
    if deal.deposit is not None:
        deposit_ok = _amount(deal.deposit.amount, "deposit.amount", errors)
        if deposit_ok and price_ok and lines_ok:
            contract = (
                deal.msrp
                - deal.discount
                + sum((item.price for item in deal.accessories), Decimal(0))
                + sum((item.price for item in deal.warranty_products), Decimal(0))
                + sum((fee.amount for fee in deal.service_fees), Decimal(0))
            )
            if deal.deposit.amount > contract:
                message = QT_TRANSLATE_NOOP(
                    "Validation", "The deposit cannot be more than the contract price."
                )
                errors.append(ValidationError("deposit.amount", message, "above_price"))
    if len(deal.loans) > MAX_LOAN_OFFERS:
        message = QT_TRANSLATE_NOOP("Validation", "Compare at most {max} loans side by side.")
        errors.append(ValidationError("loans", message, "too_many", max=MAX_LOAN_OFFERS))
    else:
        price = deal.msrp - deal.discount if price_ok else None
        for i, offer in enumerate(deal.loans):
            errors += loan_offer_errors(offer, price, deal.currency, f"loans.{i}.")
    plan = deal.selected_plan
    if isinstance(plan, bool) or not isinstance(plan, int) or not 0 <= plan <= len(deal.loans):
        message = QT_TRANSLATE_NOOP("Validation", "Choose cash or one of the loans.")
        errors.append(ValidationError("selected_plan", message, "choice"))
    return errors
