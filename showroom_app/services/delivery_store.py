"""Reading and writing delivery state inside one caller's transaction (for
``services.delivery``): access to a deal, the JSON columns of ``deliveries``, the payment
facts, and what marking a car delivered creates (the owned vehicle, the after-sales tasks,
the reminder before the appointment).

The only access check is ``visible_deal``; the service calls it first in every use case.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Brand,
    Contract,
    Customer,
    Deal,
    Dealership,
    Delivery,
    FinanceApplication,
    FollowUpTask,
    OwnedVehicle,
    Receipt,
    StockVehicle,
    Trim,
    VehicleModel,
)
from showroom_app.domain import delivery_messages as msg
from showroom_app.domain.delivery import (
    DeliveryStatus,
    HandoverForm,
    PdiRecord,
    PdiResult,
    PlannedFollowUp,
)
from showroom_app.domain.delivery_plan import DELIVERY_REMINDER
from showroom_app.domain.enums import Powertrain, Region, StockStatus, TaskKind, TaskStatus
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.permissions import may_see_customer
from showroom_app.domain.records import UserInfo
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.cockpit_store import item_records
from showroom_app.services.session import DeskSession

#: Deal statuses (the deal desk's codes) this module relies on.
DEAL_CONTRACTED = "contracted"
DEAL_DELIVERED = "delivered"
DEAL_CANCELLED = "cancelled"
#: Finance application statuses that make the deal a loan deal (a draft may be abandoned).
LIVE_LOAN = ("submitted", "approved", "conditional", "signed", "disbursed")
LOAN_DISBURSED = "disbursed"


# -- access ---------------------------------------------------------------------------------------


def visible_deal(
    s: Session, session: DeskSession, settings: AppSettingsService, deal_id: int
) -> tuple[Deal, Customer]:
    """The deal and its customer if the signed-in user may see the customer; NotFound
    otherwise (as for a deal that does not exist: nothing leaks about others' work)."""
    user = session.require_user()
    deal = s.get(Deal, deal_id)
    customer = s.get(Customer, deal.customer_id) if deal is not None else None
    if (
        deal is None
        or customer is None
        or customer.erased_at is not None
        or not may_see_customer(
            user.role,
            user.id,
            customer.assigned_user_id,
            all_visible=settings.policy().all_customers_visible,
        )
    ):
        raise NotFound(f"Deal {deal_id} does not exist.")
    return deal, customer


def region(s: Session) -> Region:
    dealer = s.get(Dealership, 1)
    return Region(dealer.region) if dealer else Region.TW


def language(s: Session) -> str:
    dealer = s.get(Dealership, 1)
    return dealer.doc_language if dealer else "en"


def delivery_of(s: Session, deal_id: int) -> Delivery | None:
    return s.scalars(select(Delivery).where(Delivery.deal_id == deal_id)).one_or_none()


def contract_of(s: Session, deal_id: int) -> Contract | None:
    return s.scalars(select(Contract).where(Contract.deal_id == deal_id)).one_or_none()


def new_delivery(s: Session, deal: Deal, now: datetime) -> Delivery:
    row = Delivery(
        deal_id=deal.id,
        pdi={},
        handover={},
        status=DeliveryStatus.OPEN.value,
        created_at=now,
        updated_at=now,
    )
    s.add(row)
    s.flush()
    return row


def vehicle_rows(s: Session, deal: Deal) -> tuple[Trim | None, VehicleModel | None, Brand | None]:
    trim = s.get(Trim, deal.trim_id)
    model = s.get(VehicleModel, trim.model_id) if trim else None
    brand = s.get(Brand, model.brand_id) if model else None
    return trim, model, brand


def powertrain(trim: Trim | None) -> Powertrain | None:
    try:
        return Powertrain(trim.powertrain) if trim else None
    except ValueError:
        return None


# -- JSON columns ---------------------------------------------------------------------------------


def pdi_records(data: Mapping[str, Any] | None) -> dict[str, PdiRecord]:
    """Stored PDI results; damaged entries count as not recorded (they were validated)."""
    items = (data or {}).get("items")
    result: dict[str, PdiRecord] = {}
    for code, value in (items if isinstance(items, dict) else {}).items():
        if not isinstance(value, dict):
            continue
        try:
            result[code] = PdiRecord(
                PdiResult(str(value.get("result"))), str(value.get("note", ""))
            )
        except (ValueError, ValidationError):
            continue
    return result


def handover_form(data: Mapping[str, Any] | None) -> HandoverForm:
    raw = dict(data or {})
    keys = raw.get("keys_count")
    consent = raw.get("photo_consent")
    return HandoverForm(
        documents=item_records(raw.get("documents")),
        functions=item_records(raw.get("functions")),
        tools=item_records(raw.get("tools")),
        keys_count=keys if isinstance(keys, int) and not isinstance(keys, bool) else None,
        photo_consent=consent if isinstance(consent, bool) else None,
        payment_settled=raw.get("payment_settled") is True,
        loan_disbursed=raw.get("loan_disbursed") is True,
    )


def handover_json(form: HandoverForm) -> dict[str, Any]:
    def records(items: Mapping[str, Any]) -> dict[str, dict[str, str]]:
        return {k: {"state": r.state.value, "reason": r.reason} for k, r in sorted(items.items())}

    return {
        "documents": records(form.documents),
        "functions": records(form.functions),
        "tools": records(form.tools),
        "keys_count": form.keys_count,
        "photo_consent": form.photo_consent,
        "payment_settled": form.payment_settled,
        "loan_disbursed": form.loan_disbursed,
    }


def set_photo_consent(
    s: Session, audit: AuditLog, user: UserInfo, customer: Customer, given: bool
) -> None:
    """The consent asked at the ceremony becomes the customer's, with who and when (as the
    profile records it)."""
    old = customer.consent_photo
    now = datetime.now()
    customer.consent_photo, customer.consent_photo_at = given, now
    customer.consent_photo_by = user.id
    customer.updated_at = now
    audit.record(
        s,
        user,
        Action.CONSENT,
        "customer",
        customer.id,
        field="consent_photo",
        old=str(old),
        new=str(given),
    )


# -- payment --------------------------------------------------------------------------------------


def payment_facts(
    s: Session, deal: Deal, contract: Contract | None, form: HandoverForm
) -> tuple[bool, bool, bool]:
    """(pays by loan, loan disbursed, payment settled): from the finance applications and
    receipts, or as ticked at the handover (money is not always receipted in the app). A
    contract signed with a loan makes a loan deal even before its application is recorded."""
    apps = list(
        s.scalars(
            select(FinanceApplication).where(
                FinanceApplication.deal_id == deal.id, FinanceApplication.status.in_(LIVE_LOAN)
            )
        )
    )
    disbursed = [a for a in apps if a.status == LOAN_DISBURSED]
    financed = (
        disbursed[0].principal if disbursed else max((a.principal for a in apps), default=None)
    )
    terms = (contract.snapshot or {}) if contract is not None else {}
    signed_loan = terms.get("payment_method") == "loan"
    if financed is None and signed_loan and isinstance(terms.get("loan_amount"), str):
        financed = Decimal(terms["loan_amount"])
    received = Decimal(0)
    if contract is not None:
        amounts = s.scalars(select(Receipt.amount).where(Receipt.contract_id == contract.id))
        received = sum(amounts, Decimal(0))
    due = deal.total_on_the_road - (financed or Decimal(0))
    settled = form.payment_settled or received >= due
    return bool(apps) or signed_loan, form.loan_disbursed or bool(disbursed), settled


# -- the stock unit -------------------------------------------------------------------------------


def stock_unit(
    s: Session, deal: Deal, vin: str
) -> tuple[StockVehicle | None, list[ValidationError]]:
    """The unit that leaves the showroom: the deal's, or (for an ordered car) the stock row
    with the delivered VIN; errors when it is another car, already sold or another deal's."""
    errors: list[ValidationError] = []
    if deal.stock_vehicle_id is not None:
        unit = s.get(StockVehicle, deal.stock_vehicle_id)
    else:
        unit = s.scalars(select(StockVehicle).where(StockVehicle.vin == vin)).one_or_none()
        if unit is not None and s.scalar(
            select(func.count())
            .select_from(Deal)
            .where(
                Deal.stock_vehicle_id == unit.id,
                Deal.id != deal.id,
                Deal.status != DEAL_CANCELLED,
            )
        ):
            errors.append(ValidationError("vin", msg.STOCK_TAKEN, "stock_taken"))
    if unit is None:
        return None, errors
    if unit.vin.upper() != vin:
        errors.append(ValidationError("vin", msg.STOCK_VIN, "stock_vin", stock_vin=unit.vin))
    if unit.status == StockStatus.SOLD.value:
        errors.append(ValidationError("vin", msg.STOCK_SOLD, "stock_sold"))
    return unit, errors


# -- what delivery creates ------------------------------------------------------------------------


def _name(row: Brand | VehicleModel | Trim | None, lang: str) -> str:
    if row is None:
        return ""
    if lang.startswith("zh_TW"):
        return row.name_zh_tw or row.name_en
    if lang.startswith("zh"):
        return row.name_zh_cn or row.name_en
    return row.name_en


def owned_vehicle(
    s: Session,
    *,
    customer_id: int,
    trim: Trim | None,
    model: VehicleModel | None,
    brand: Brand | None,
    lang: str,
    vin: str,
    plate: str,
    delivered_on: date,
    odometer: int,
    first_service_on: date | None,
    now: datetime,
) -> tuple[OwnedVehicle, bool]:
    """The delivered car in the customer's archive (a row with the same VIN is updated, not
    duplicated); returns it and whether it is new.

    Its maintenance cycle is the model's first-service rule (the regular interval when the
    model has none), so the archive's §5.3 computation gives the first maintenance date.
    """
    row = s.scalars(
        select(OwnedVehicle).where(OwnedVehicle.customer_id == customer_id, OwnedVehicle.vin == vin)
    ).first()
    created = row is None
    if row is None:
        row = OwnedVehicle(customer_id=customer_id, created_at=now, maintenance_items=[])
        s.add(row)
    row.model_id = model.id if model else None
    row.model_text = " ".join(n for n in (_name(brand, lang), _name(model, lang)) if n)
    if trim is not None:
        row.model_text = f"{row.model_text} {_name(trim, lang)}".strip()[:120]
    row.plate = plate
    row.vehicle_type = model.body_type if model else ""
    row.powertrain = trim.powertrain if trim else ""
    row.vin = vin
    row.delivery_date = delivered_on
    row.odometer_at_delivery = odometer
    if model is not None:
        row.interval_km = model.first_service_km or model.service_interval_km
        row.interval_months = model.first_service_months or model.service_interval_months
    row.next_maintenance_override = None
    row.next_maintenance_date = first_service_on
    row.updated_at = now
    s.flush()
    return row, created


def add_follow_ups(
    s: Session,
    plan: list[PlannedFollowUp],
    *,
    customer_id: int,
    opportunity_id: int,
    user_id: int,
    now: datetime,
) -> list[FollowUpTask]:
    tasks = [
        FollowUpTask(
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            kind=item.kind.value,
            due_date=item.due,
            purpose=item.purpose,
            status=TaskStatus.OPEN.value,
            outcome="",
            notes="",
            assigned_user_id=user_id,
            completed_at=None,
            created_at=now,
        )
        for item in plan
    ]
    s.add_all(tasks)
    s.flush()
    return tasks


def open_reminder(s: Session, customer_id: int) -> FollowUpTask | None:
    """The open reminder before this customer's delivery appointment.

    A plain follow-up without an opportunity: the opportunity's own follow-up task is kept
    single by the cockpit, which would cancel a second one."""
    return s.scalars(
        select(FollowUpTask)
        .where(
            FollowUpTask.customer_id == customer_id,
            FollowUpTask.kind == TaskKind.FOLLOW_UP.value,
            FollowUpTask.opportunity_id.is_(None),
            FollowUpTask.purpose == DELIVERY_REMINDER,
            FollowUpTask.status == TaskStatus.OPEN.value,
        )
        .order_by(FollowUpTask.id)
        .limit(1)
    ).first()


def new_reminder(s: Session, customer_id: int, due: date, user_id: int, now: datetime) -> None:
    s.add(
        FollowUpTask(
            customer_id=customer_id,
            opportunity_id=None,
            kind=TaskKind.FOLLOW_UP.value,
            due_date=due,
            purpose=DELIVERY_REMINDER,
            status=TaskStatus.OPEN.value,
            outcome="",
            notes="",
            assigned_user_id=user_id,
            completed_at=None,
            created_at=now,
        )
    )
