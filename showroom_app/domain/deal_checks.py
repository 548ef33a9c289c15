"""Deal-desk checks that are warnings, not errors: the manager's discount approval and the
deposit caps (DOMAIN.md §4.6, §6.5, §11).

"Lighthouse, not reins": a discount above the dealership's threshold is allowed once a manager
approves it; a deposit above the legal cap (CN 定金 20 %, TW 訂金 10 % unless special order) is
a hard warning the salesperson may override with a reason. These functions return structures
the deal desk shows; only :func:`require_deposit_reason`, called when the deal is saved,
raises, and only when a reason is required and missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from showroom_app.domain.enums import DepositKind, Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.money import CENT, ROUNDING
from showroom_app.domain.tax_rules import RulesTable
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import ValidationWarning

__all__ = [
    "DepositCheck",
    "DiscountApproval",
    "DiscountLimit",
    "check_deposit",
    "check_discount",
    "deposit_cap_key",
    "require_deposit_reason",
]

_HUNDRED = Decimal(100)


# --- discount approval -----------------------------------------------------------------------


@dataclass(frozen=True)
class DiscountLimit:
    """The dealership's setting: a discount above either limit needs a manager's approval.
    ``max_percent`` is a percentage of the MSRP (``Decimal("5")`` = 5 %)."""

    max_percent: Decimal | None = None
    max_amount: Decimal | None = None


@dataclass(frozen=True)
class DiscountApproval:
    needed: bool
    discount: Decimal
    percent: Decimal  # of the MSRP, 2 decimals
    limit: DiscountLimit | None
    warning: ValidationWarning | None


def check_discount(
    msrp: Decimal, discount: Decimal, limit: DiscountLimit | None
) -> DiscountApproval:
    """Whether ``discount`` off ``msrp`` needs a manager's approval (strictly above a limit)."""
    percent = (discount * _HUNDRED / msrp).quantize(CENT, rounding=ROUNDING) if msrp else CENT * 0
    needed = False
    if limit is not None:
        if limit.max_percent is not None and discount * _HUNDRED > limit.max_percent * msrp:
            needed = True
        if limit.max_amount is not None and discount > limit.max_amount:
            needed = True
    warning = None
    if needed:
        warning = ValidationWarning(
            "discount",
            QT_TRANSLATE_NOOP(
                "Validation", "A discount of {percent} % needs a manager's approval."
            ),
            "discount_needs_approval",
            {"percent": percent},
        )
    return DiscountApproval(needed, discount, percent, limit, warning)


# --- deposit caps ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DepositCheck:
    cap_share: Decimal | None  # 0.20 / 0.10 of the contract price; None: no cap applies
    cap_amount: Decimal | None
    exceeded: bool
    special_order: bool
    override_reason: str
    warning: ValidationWarning | None

    @property
    def reason_required(self) -> bool:
        return self.exceeded

    @property
    def accepted(self) -> bool:
        """Within the cap, or above it with a reason recorded."""
        return not self.exceeded or bool(self.override_reason.strip())


def _percent_text(share: Decimal) -> str:
    """0.20 → "20", 0.125 → "12.5" (for messages)."""
    return format((share * _HUNDRED).normalize(), "f")


def deposit_cap_key(region: Region, kind: DepositKind) -> str | None:
    """The rule holding the cap: CN 定金 (earnest money) and every TW 訂金; None otherwise."""
    if region is Region.CN and kind is DepositKind.EARNEST:
        return "cn.earnest_deposit.max_share"
    if region is Region.TW:
        return "tw.deposit.max_share"
    return None


def check_deposit(
    region: Region,
    kind: DepositKind,
    amount: Decimal,
    contract_price: Decimal,
    on: date,
    table: RulesTable,
    *,
    special_order: bool = False,
    override_reason: str = "",
) -> DepositCheck:
    """Compare the deposit with the cap valid on ``on`` (the day it is taken)."""
    key = deposit_cap_key(region, kind)
    share = None if key is None else table.number(region, key, on)
    if share is None:
        return DepositCheck(None, None, False, special_order, override_reason, None)
    cap = (contract_price * share).quantize(CENT, rounding=ROUNDING)
    exceeded = amount > cap
    warning = None
    params: dict[str, object] = {"cap_percent": _percent_text(share), "cap": cap}
    if exceeded and region is Region.TW and special_order:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "The deposit is above {cap_percent} % of the price, as a special order allows. "
            "Record what makes this a special order.",
        )
        warning = ValidationWarning(
            "deposit.override_reason", message, "deposit_special_order", params
        )
    elif exceeded and region is Region.CN:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "Earnest money (定金) above {cap_percent} % of the price ({cap}) is not treated as "
            "earnest money. Give a reason to go ahead.",
        )
        warning = ValidationWarning("deposit.amount", message, "deposit_above_cap", params)
    elif exceeded:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "The deposit is above {cap_percent} % of the price ({cap}). Give a reason to go "
            "ahead, e.g. a limited, custom or special-order car.",
        )
        warning = ValidationWarning("deposit.amount", message, "deposit_above_cap", params)
    return DepositCheck(share, cap, exceeded, special_order, override_reason, warning)


def require_deposit_reason(check: DepositCheck) -> None:
    """Raise when the deposit is above its cap and no reason was given (on saving)."""
    if not check.accepted:
        raise ValidationError(
            "deposit.override_reason",
            QT_TRANSLATE_NOOP(
                "Validation", "The deposit is above the {cap_percent} % cap: give a reason."
            ),
            "reason_required",
            cap_percent=_percent_text(check.cap_share or Decimal(0)),
        )
