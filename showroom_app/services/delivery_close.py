"""What marking a car delivered changes, inside ``DeliveryService.mark_delivered``'s
transaction, after every check passed: nothing here raises on user input, so the sale closes
as a whole or (on a database error) not at all.

* the delivery: delivered, its first maintenance date (DOMAIN.md §5.3);
* the stock unit: sold; the deal: delivered;
* the opportunity: delivered (``OpportunityStatus.DELIVERED``, DOMAIN.md §9.3: ``WON`` is the
  order), stage after-sales, closed at the delivery time, its pre-sale follow-up cancelled;
* the customer archive: the car (model, plate, VIN, delivery date and odometer, maintenance
  cycle), the service advisor, the two-day archive task (a delivery is a visit);
* the after-sales follow-ups of DOMAIN.md §5.2;
* the appointment: show; the reminder before it: done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from showroom_app.db import search
from showroom_app.db.models import Appointment, Customer, Deal, Delivery, Opportunity, StockVehicle
from showroom_app.domain.delivery import DeliveryStatus, first_service_date, follow_up_plan
from showroom_app.domain.enums import OpportunityStatus, Stage, StockStatus, TaskStatus
from showroom_app.domain.records import UserInfo
from showroom_app.domain.validators import ValidationWarning
from showroom_app.services import cockpit_store
from showroom_app.services import delivery_store as store
from showroom_app.services.appointments import AppointmentStatus
from showroom_app.services.archive import ArchiveService
from showroom_app.services.audit import Action, AuditLog

ENTITY = "delivery"


@dataclass(frozen=True)
class Closed:
    owned_vehicle_id: int
    task_ids: tuple[int, ...]


def close_sale(
    s: Session,
    audit: AuditLog,
    archive: ArchiveService,
    user: UserInfo,
    *,
    deal: Deal,
    customer: Customer,
    delivery: Delivery,
    unit: StockVehicle | None,
    when: datetime,
    now: datetime,
    acknowledged: tuple[ValidationWarning, ...],
) -> Closed:
    region = store.region(s)
    trim, model, brand = store.vehicle_rows(s, deal)
    delivered_on = when.date()
    odometer = delivery.odometer or 0
    first = (
        first_service_date(
            delivered_on,
            odometer,
            first_km=model.first_service_km or model.service_interval_km,
            first_months=model.first_service_months or model.service_interval_months,
            region=region,
        )
        if model is not None
        else None
    )
    owner = customer.assigned_user_id or user.id

    # the delivery
    old_status = delivery.status
    delivery.status = DeliveryStatus.DELIVERED.value
    delivery.delivered_at = when
    delivery.first_service_on = first
    delivery.updated_at = now
    audit.record_changes(
        s,
        user,
        ENTITY,
        delivery.id,
        {"delivered_at": (None, when), "first_service_on": (None, first)},
    )
    audit.record(
        s,
        user,
        Action.UPDATE,
        ENTITY,
        delivery.id,
        field="status",
        old=old_status,
        new=delivery.status,
        detail={"deal": deal.id, "acknowledged": [w.code for w in acknowledged]},
    )

    # the stock unit and the deal
    if unit is not None:
        old_unit = unit.status
        unit.status = StockStatus.SOLD.value
        if deal.stock_vehicle_id is None:
            deal.stock_vehicle_id = unit.id
        audit.record_changes(s, user, "stock_vehicle", unit.id, {"status": (old_unit, "sold")})
    old_deal = deal.status
    deal.status = store.DEAL_DELIVERED
    deal.updated_at = now
    audit.record_changes(s, user, "deal", deal.id, {"status": (old_deal, deal.status)})

    # the opportunity
    opp = s.get(Opportunity, deal.opportunity_id)
    if opp is not None:
        before = (opp.status, opp.stage)
        opp.status = OpportunityStatus.DELIVERED.value
        opp.stage = Stage.AFTER_SALES.value
        opp.closed_at = when
        opp.next_follow_up = None
        opp.updated_at = now
        cockpit_store.sync_follow_up(s, opp, user.id)
        audit.record_changes(
            s,
            user,
            "opportunity",
            opp.id,
            {"status": (before[0], opp.status), "stage": (before[1], opp.stage)},
        )

    # the customer archive
    vehicle, created = store.owned_vehicle(
        s,
        customer_id=customer.id,
        trim=trim,
        model=model,
        brand=brand,
        lang=store.language(s),
        vin=delivery.vin,
        plate=delivery.plate,
        delivered_on=delivered_on,
        odometer=odometer,
        first_service_on=first,
        now=now,
    )
    audit.record(
        s,
        user,
        Action.CREATE if created else Action.UPDATE,
        "vehicle",
        vehicle.id,
        detail={"customer": customer.id, "delivery": delivery.id},
    )
    if customer.service_advisor != delivery.service_advisor:
        old_advisor = customer.service_advisor
        customer.service_advisor = delivery.service_advisor
        customer.updated_at = now
        audit.record_changes(
            s,
            user,
            "customer",
            customer.id,
            {"service_advisor": (old_advisor, customer.service_advisor)},
        )
    s.flush()
    search.reindex_customer(s, customer.id)  # the plate and the VIN find the customer
    archive._open_archive_task(s, customer.id, delivered_on, user.id)

    # the after-sales plan
    tasks = store.add_follow_ups(
        s,
        follow_up_plan(
            delivered_on, first_service_on=first, insurance_expiry=customer.insurance_expiry
        ),
        customer_id=customer.id,
        opportunity_id=deal.opportunity_id,
        user_id=owner,
        now=now,
    )
    for task in tasks:
        audit.record(
            s,
            user,
            Action.CREATE,
            "follow_up_task",
            task.id,
            detail={"customer": customer.id, "kind": task.kind, "due": task.due_date},
        )

    # the appointment and its reminder
    appointment = s.get(Appointment, delivery.appointment_id or 0)
    if appointment is not None and appointment.status == AppointmentStatus.SCHEDULED.value:
        appointment.status = AppointmentStatus.SHOW.value
        audit.record_changes(
            s, user, "appointment", appointment.id, {"status": ("scheduled", "show")}
        )
    reminder = store.open_reminder(s, customer.id)
    if reminder is not None:
        reminder.status = TaskStatus.DONE.value
        reminder.outcome = "delivered"
        reminder.completed_at = now
    s.flush()
    return Closed(vehicle.id, tuple(t.id for t in tasks))


__all__ = ["Closed", "close_sale"]
