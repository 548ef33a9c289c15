"""Reading and writing deal-desk rows inside one caller's transaction (for ``services.deals``,
``services.contracts`` and the deal documents): access, the car as the deal describes it,
reserving and releasing a stock unit, and the discount-approval request.

Stock units: a unit picked for a deal becomes ``reserved``; swapping it, ordering a trim
instead, or closing the opportunity as lost puts it back (``in_stock``, or ``in_transit``
when it has not arrived yet). A unit reserved or sold elsewhere cannot be picked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Approval,
    Brand,
    Contract,
    Deal,
    Opportunity,
    StockVehicle,
    Trim,
    User,
    VehicleModel,
)
from showroom_app.domain.enums import StockStatus
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.records import LocalisedName, UserInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services import cockpit_store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.session import DeskSession

ENTITY = "deal"
STOCK_ENTITY = "stock_vehicle"

#: Deal statuses (``services.delivery`` relies on ``contracted`` / ``delivered`` / ``cancelled``).
DRAFT = "draft"
CONTRACTED = "contracted"
DELIVERED = "delivered"
CANCELLED = "cancelled"

#: Approval kind and subject of a discount over the dealership's threshold.
DISCOUNT_KIND = "discount"
APPROVAL_PENDING, APPROVAL_APPROVED, APPROVAL_REJECTED = "pending", "approved", "rejected"
APPROVAL_WITHDRAWN = "withdrawn"  # the discount went back under the threshold

UNIT_TAKEN = QT_TRANSLATE_NOOP(
    "Validation", "This unit is reserved or sold already. Pick another one or order the trim."
)
UNKNOWN_UNIT = QT_TRANSLATE_NOOP("Validation", "This stock unit does not exist.")
UNKNOWN_TRIM = QT_TRANSLATE_NOOP("Validation", "This trim does not exist.")
DEAL_CLOSED = QT_TRANSLATE_NOOP(
    "Validation", "The deal is contracted or closed: its car and price can no longer change."
)


@dataclass(frozen=True)
class VehicleChoice:
    """The car of a deal: the reserved unit, or the trim ordered from the factory."""

    trim_id: int
    stock_vehicle_id: int | None
    brand: LocalisedName
    model: LocalisedName
    trim: LocalisedName
    model_year: int | None
    powertrain: str
    displacement_cc: int | None
    motor_kw: int | None
    trim_msrp: Decimal
    vin: str = ""
    engine_no: str = ""
    colour_ext: str = ""
    colour_int: str = ""
    stock_status: str = ""

    def name(self, language: str) -> str:
        return " ".join(
            part
            for part in (
                self.brand.for_language(language),
                self.model.for_language(language),
                self.trim.for_language(language),
            )
            if part
        )


def _name(row: Brand | VehicleModel | Trim) -> LocalisedName:
    return LocalisedName(row.name_en, row.name_zh_tw, row.name_zh_cn)


def trim_rows(s: Session, trim_id: int) -> tuple[Trim, VehicleModel, Brand]:
    trim = s.get(Trim, trim_id)
    model = s.get(VehicleModel, trim.model_id) if trim else None
    brand = s.get(Brand, model.brand_id) if model else None
    if trim is None or model is None or brand is None:
        raise ValidationError("trim", UNKNOWN_TRIM, "unknown_trim")
    return trim, model, brand


def vehicle_choice(s: Session, deal: Deal) -> VehicleChoice:
    trim, model, brand = trim_rows(s, deal.trim_id)
    unit = s.get(StockVehicle, deal.stock_vehicle_id) if deal.stock_vehicle_id else None
    return VehicleChoice(
        trim_id=trim.id,
        stock_vehicle_id=unit.id if unit else None,
        brand=_name(brand),
        model=_name(model),
        trim=_name(trim),
        model_year=trim.model_year,
        powertrain=trim.powertrain,
        displacement_cc=trim.displacement_cc,
        motor_kw=trim.motor_kw,
        trim_msrp=trim.msrp,
        vin=unit.vin if unit else "",
        engine_no=unit.engine_no if unit else "",
        colour_ext=unit.colour_ext if unit else "",
        colour_int=unit.colour_int if unit else "",
        stock_status=unit.status if unit else "",
    )


# -- access ---------------------------------------------------------------------------------------


def visible_deal(
    s: Session, session: DeskSession, settings: AppSettingsService, deal_id: int
) -> tuple[Deal, Opportunity]:
    """The deal and its opportunity if the signed-in user may see them (NotFound otherwise,
    as for a deal that does not exist)."""
    deal = s.get(Deal, deal_id)
    if deal is None:
        raise NotFound(f"Deal {deal_id} does not exist.")
    try:
        opp = cockpit_store.visible_opportunity(s, session, settings, deal.opportunity_id)
    except NotFound:
        raise NotFound(f"Deal {deal_id} does not exist.") from None
    return deal, opp


def deal_of(s: Session, opportunity_id: int) -> Deal | None:
    return s.scalars(select(Deal).where(Deal.opportunity_id == opportunity_id)).one_or_none()


def contract_of(s: Session, deal_id: int) -> Contract | None:
    return s.scalars(select(Contract).where(Contract.deal_id == deal_id)).one_or_none()


def require_editable(deal: Deal) -> None:
    if deal.status != DRAFT:
        raise ValidationError("status", DEAL_CLOSED, "deal_closed")


# -- the stock unit -------------------------------------------------------------------------------


def _unreserved_status(unit: StockVehicle) -> str:
    return (StockStatus.IN_TRANSIT if unit.arrived_on is None else StockStatus.IN_STOCK).value


def reserve_unit(
    s: Session, deal: Deal, unit_id: int, user: UserInfo, audit: AuditLog
) -> StockVehicle:
    """Reserve ``unit_id`` for ``deal`` (releasing the deal's previous unit)."""
    unit = s.get(StockVehicle, unit_id)
    if unit is None:
        raise ValidationError("stock_vehicle", UNKNOWN_UNIT, "unknown_unit")
    if deal.stock_vehicle_id == unit.id:
        return unit
    if unit.status not in (StockStatus.IN_STOCK.value, StockStatus.IN_TRANSIT.value):
        raise ValidationError("stock_vehicle", UNIT_TAKEN, "unit_taken")
    release_unit(s, deal, user, audit)
    old = unit.status
    unit.status = StockStatus.RESERVED.value
    deal.stock_vehicle_id = unit.id
    deal.trim_id = unit.trim_id
    audit.record_changes(s, user, STOCK_ENTITY, unit.id, {"status": (old, unit.status)})
    audit.record(s, user, Action.UPDATE, ENTITY, deal.id, field="stock_vehicle",
                 new=str(unit.id))  # fmt: skip
    return unit


def release_unit(s: Session, deal: Deal, user: UserInfo | None, audit: AuditLog) -> None:
    """Put the deal's unit back on sale (if it is still reserved) and forget it."""
    if deal.stock_vehicle_id is None:
        return
    unit = s.get(StockVehicle, deal.stock_vehicle_id)
    deal.stock_vehicle_id = None
    if unit is not None and unit.status == StockStatus.RESERVED.value:
        old = unit.status
        unit.status = _unreserved_status(unit)
        audit.record_changes(s, user, STOCK_ENTITY, unit.id, {"status": (old, unit.status)})
    audit.record(s, user, Action.UPDATE, ENTITY, deal.id, field="stock_vehicle",
                 old=str(unit.id if unit else ""))  # fmt: skip


def release_for_opportunity(
    s: Session, opportunity_id: int, user: UserInfo | None, audit: AuditLog
) -> None:
    """The opportunity was closed as lost (or invalid): its deal is cancelled and its unit
    goes back on sale, in the caller's transaction (``CockpitService.close``)."""
    deal = deal_of(s, opportunity_id)
    if deal is None or deal.status in (DELIVERED, CANCELLED):
        return
    release_unit(s, deal, user, audit)
    old = deal.status
    deal.status = CANCELLED
    deal.updated_at = datetime.now()
    contract = contract_of(s, deal.id)
    if contract is not None and contract.status != CANCELLED:
        audit.record_changes(s, user, "contract", contract.id,
                             {"status": (contract.status, CANCELLED)})  # fmt: skip
        contract.status = CANCELLED
    audit.record_changes(s, user, ENTITY, deal.id, {"status": (old, deal.status)})


# -- the discount approval ------------------------------------------------------------------------


@dataclass(frozen=True)
class ApprovalState:
    """Where the deal's discount stands. ``status``: ``not_needed`` (within the threshold),
    ``pending``, ``approved`` (for at least this discount), ``rejected``, or ``missing``
    (needed but not requested yet: the deal has not been saved with it)."""

    needed: bool
    status: str
    approval_id: int | None = None
    approved_discount: Decimal | None = None
    requested_discount: Decimal | None = None
    requested_by: str = ""
    requested_by_id: int | None = None
    requested_at: datetime | None = None
    decided_by: str = ""
    decided_at: datetime | None = None
    note: str = ""

    @property
    def cleared(self) -> bool:
        """Contract and printing may go ahead."""
        return not self.needed or self.status == APPROVAL_APPROVED


def _user_name(s: Session, user_id: int | None) -> str:
    user = s.get(User, user_id) if user_id is not None else None
    return user.name if user else ""


def _payload_discount(payload: Mapping[str, Any] | None) -> Decimal | None:
    raw = (payload or {}).get("discount")
    return Decimal(raw) if isinstance(raw, str) else None


def approval_state(s: Session, deal: Deal, discount: Decimal, needed: bool) -> ApprovalState:
    """The state for ``discount``: an approval covers any discount up to the one approved."""
    row = s.get(Approval, deal.approval_id) if deal.approval_id else None
    if row is None:
        return ApprovalState(needed, "missing" if needed else "not_needed")
    requested = _payload_discount(row.payload)
    approved = requested if row.status == APPROVAL_APPROVED else None
    common: dict[str, Any] = {
        "approval_id": row.id,
        "approved_discount": approved,
        "requested_discount": requested,
        "requested_by": _user_name(s, row.requested_by),
        "requested_by_id": row.requested_by,
        "requested_at": row.requested_at,
        "decided_by": _user_name(s, row.decided_by),
        "decided_at": row.decided_at,
        "note": row.note,
    }
    if not needed:
        return ApprovalState(False, "not_needed", **common)
    if row.status == APPROVAL_APPROVED and approved is not None and discount <= approved:
        return ApprovalState(True, APPROVAL_APPROVED, **common)
    if row.status in (APPROVAL_PENDING, APPROVAL_REJECTED) and requested == discount:
        return ApprovalState(True, row.status, **common)
    return ApprovalState(True, "missing", **common)


def sync_approval(
    s: Session,
    deal: Deal,
    discount: Decimal,
    needed: bool,
    summary: str,
    payload: Mapping[str, object],
    user: UserInfo,
    audit: AuditLog,
    *,
    self_approve: bool,
) -> None:
    """Keep one request per deal in step with the saved discount.

    Needed and not covered: the pending request is brought up to the new discount, or a new
    request is made (a manager's own discount is approved by them at once, recorded as
    theirs). Not needed any more: a pending request is withdrawn.
    """
    state = approval_state(s, deal, discount, needed)
    row = s.get(Approval, deal.approval_id) if deal.approval_id else None
    now = datetime.now()
    if not needed:
        if row is not None and row.status == APPROVAL_PENDING:
            row.status = APPROVAL_WITHDRAWN
            row.decided_at = now
            audit.record(s, user, Action.UPDATE, "approval", row.id, field="status",
                         old=APPROVAL_PENDING, new=APPROVAL_WITHDRAWN)  # fmt: skip
        return
    if state.status in (APPROVAL_APPROVED, APPROVAL_PENDING, APPROVAL_REJECTED):
        return
    data = {**payload, "discount": str(discount)}
    if row is not None and row.status == APPROVAL_PENDING and not self_approve:
        row.payload = data
        row.summary = summary
        row.requested_by = user.id
        row.requested_at = now
        audit.record(s, user, Action.UPDATE, "approval", row.id, field="discount",
                     new=str(discount))  # fmt: skip
        return
    if row is not None and row.status == APPROVAL_PENDING:
        row.status = APPROVAL_WITHDRAWN
        row.decided_at = now
    request = Approval(
        kind=DISCOUNT_KIND,
        subject=ENTITY,
        subject_id=deal.id,
        summary=summary,
        payload=data,
        status=APPROVAL_APPROVED if self_approve else APPROVAL_PENDING,
        requested_by=user.id,
        requested_at=now,
        decided_by=user.id if self_approve else None,
        decided_at=now if self_approve else None,
        note="",
    )
    s.add(request)
    s.flush()
    deal.approval_id = request.id
    deal.approved_discount = discount if self_approve else None
    audit.record(s, user, Action.APPROVAL_REQUEST, ENTITY, deal.id,
                 detail={"approval": request.id, "kind": DISCOUNT_KIND})  # fmt: skip
    if self_approve:
        audit.record(s, user, Action.APPROVE, ENTITY, deal.id,
                     detail={"approval": request.id, "kind": DISCOUNT_KIND})  # fmt: skip


__all__ = [
    "CANCELLED",
    "CONTRACTED",
    "DELIVERED",
    "DISCOUNT_KIND",
    "DRAFT",
    "ENTITY",
    "ApprovalState",
    "VehicleChoice",
    "approval_state",
    "contract_of",
    "deal_of",
    "release_for_opportunity",
    "release_unit",
    "require_editable",
    "reserve_unit",
    "sync_approval",
    "trim_rows",
    "vehicle_choice",
    "visible_deal",
]
