"""Stage 1 of the cockpit (issue 5): appointments with a day view, today's plan, and the
daily readiness checklist.

Appointments are visible as their customer is (a salesperson sees their own and unassigned
customers' appointments). An appointment with a test car takes the car: it is refused when
it overlaps a test drive or another live appointment of that car (touching ends fit). The
readiness checklist is one row per day; its items are the checklist of the current
process's prospecting stage, so the dealership edits them with the process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Appointment,
    Customer,
    CustomerPhone,
    Opportunity,
    ReadinessCheck,
    StockVehicle,
    User,
)
from showroom_app.domain import cockpit_messages as msg
from showroom_app.domain.enums import Stage
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.process import ChecklistItem, Text3
from showroom_app.domain.records import TaskRow
from showroom_app.domain.test_drive import Booking, check_booking_named
from showroom_app.services import cockpit_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.followups import LEVEL_RANK, FollowUpService
from showroom_app.services.session import DeskSession
from showroom_app.services.test_drives import car_bookings
from showroom_app.services.visibility import visible_filter

ENTITY = "appointment"
READINESS_ENTITY = "readiness"


class AppointmentKind(StrEnum):
    VISIT = "visit"
    TEST_DRIVE = "test_drive"
    DELIVERY = "delivery"


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    SHOW = "show"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


#: What ``mark`` accepts (an appointment is created as scheduled).
MARKS = (AppointmentStatus.SHOW, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)


@dataclass(frozen=True)
class AppointmentRow:
    """One line of the day view."""

    appointment_id: int
    customer_id: int
    customer_name: str
    salutation: str
    kind: AppointmentKind
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    opportunity_id: int | None
    stock_vehicle_id: int | None
    car: str  # plate, else VIN; empty without a car
    phone_e164: str = ""  # the customer's primary phone (the day view and today's plan)
    intent_level: str = ""  # of the appointment's opportunity, when it has one


@dataclass(frozen=True)
class TodayPlan:
    """The day's appointments (by start) and the open follow-ups due by then (H, A first)."""

    day: date
    appointments: tuple[AppointmentRow, ...]
    follow_ups: tuple[TaskRow, ...]


@dataclass(frozen=True)
class ReadinessItem:
    code: str
    text: Text3
    required: bool
    done: bool
    by_user_id: int | None = None
    by_name: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class ReadinessState:
    day: date
    items: tuple[ReadinessItem, ...]

    @property
    def complete(self) -> bool:
        return all(i.done for i in self.items if i.required)


_E = TypeVar("_E", bound=StrEnum)


def _choice(enum: type[_E], value: _E | str, field: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, msg.CHOOSE_FROM_LIST, "choice") from None


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def plan_order(task: TaskRow) -> tuple[int, date, int]:
    """Today's plan order of follow-ups: H and A customers first, then by due date."""
    level = task.intent_level.value if task.intent_level else "N"
    return LEVEL_RANK.get(level, 9), task.due_date, task.task_id


class AppointmentService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._followups = FollowUpService(db, session, settings)

    # -- access ---------------------------------------------------------------------------
    def _visible(self) -> ColumnElement[bool]:
        # "+ 0": SQLite would otherwise walk every customer of the salesperson by the
        # assignment index instead of the day's appointments (43 ms → 2 ms at 100k)
        return visible_filter(self._session, self._settings, Customer.assigned_user_id + 0)

    def _customer(self, s: Session, customer_id: int) -> Customer:
        customer = s.scalars(
            select(Customer).where(
                Customer.id == customer_id, Customer.erased_at.is_(None), self._visible()
            )
        ).one_or_none()
        if customer is None:
            raise NotFound(f"Customer {customer_id} does not exist.")
        return customer

    def _appointment(self, s: Session, appointment_id: int) -> Appointment:
        appointment = s.get(Appointment, appointment_id)
        if appointment is None:
            raise NotFound(f"Appointment {appointment_id} does not exist.")
        try:
            self._customer(s, appointment.customer_id)
        except NotFound:
            raise NotFound(f"Appointment {appointment_id} does not exist.") from None
        return appointment

    # -- appointments ---------------------------------------------------------------------
    def schedule(
        self,
        customer_id: int,
        kind: AppointmentKind | str,
        starts_at: datetime,
        ends_at: datetime,
        opportunity_id: int | None = None,
        stock_vehicle_id: int | None = None,
    ) -> int:
        """Book an appointment; with a test car, an overlap with another booking of that car
        (test drive or appointment) is refused with a ``BookingConflict``."""
        user = self._session.require_user()
        chosen = _choice(AppointmentKind, kind, "kind")
        wanted = Booking(stock_vehicle_id or 0, starts_at, ends_at)  # end after start
        with self._db.write() as s:
            customer = self._customer(s, customer_id)
            if opportunity_id is not None:
                opp = store.visible_opportunity(s, self._session, self._settings, opportunity_id)
                if opp.customer_id != customer_id:
                    raise NotFound(f"Opportunity {opportunity_id} is not this customer's.")
            if stock_vehicle_id is not None:
                car = s.get(StockVehicle, stock_vehicle_id)
                if car is None:
                    raise NotFound(f"Vehicle {stock_vehicle_id} does not exist.")
                if chosen is AppointmentKind.TEST_DRIVE and not car.is_test_car:
                    raise ValidationError("vehicle", msg.NOT_TEST_CAR, "not_test_car")
                if car.is_test_car:
                    check_booking_named(wanted, car_bookings(s, stock_vehicle_id))
            appointment = Appointment(
                customer_id=customer_id,
                opportunity_id=opportunity_id,
                kind=chosen.value,
                starts_at=starts_at,
                ends_at=ends_at,
                stock_vehicle_id=stock_vehicle_id,
                status=AppointmentStatus.SCHEDULED.value,
                assigned_user_id=(
                    customer.assigned_user_id if self._session.is_manager else user.id
                ),
                created_at=datetime.now(),
            )
            s.add(appointment)
            s.flush()
            self._audit.record(
                s,
                user,
                Action.CREATE,
                ENTITY,
                appointment.id,
                detail={
                    "customer": customer_id,
                    "kind": chosen.value,
                    "starts_at": starts_at.isoformat(timespec="minutes"),
                    "car": stock_vehicle_id,
                },
            )
            return appointment.id

    def day(self, day: date) -> list[AppointmentRow]:
        """The visible appointments starting on ``day``, by start time."""
        self._session.require_user()
        start, end = _day_bounds(day)
        phone = (
            select(CustomerPhone.e164)
            .where(CustomerPhone.customer_id == Appointment.customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            .limit(1)
            .scalar_subquery()
        )
        with self._db.read() as s:
            return [
                AppointmentRow(
                    appointment_id=a.id,
                    customer_id=a.customer_id,
                    customer_name=name,
                    salutation=salutation,
                    kind=AppointmentKind(a.kind),
                    starts_at=a.starts_at,
                    ends_at=a.ends_at,
                    status=AppointmentStatus(a.status),
                    opportunity_id=a.opportunity_id,
                    stock_vehicle_id=a.stock_vehicle_id,
                    car=(plate or vin or "") if a.stock_vehicle_id is not None else "",
                    phone_e164=phone_e164 or "",
                    intent_level=level or "",
                )
                for a, name, salutation, plate, vin, phone_e164, level in s.execute(
                    select(
                        Appointment,
                        Customer.name,
                        Customer.salutation,
                        StockVehicle.plate,
                        StockVehicle.vin,
                        phone.label("phone"),
                        Opportunity.intent_level,
                    )
                    .join(Customer, Customer.id == Appointment.customer_id)
                    .outerjoin(StockVehicle, StockVehicle.id == Appointment.stock_vehicle_id)
                    .outerjoin(Opportunity, Opportunity.id == Appointment.opportunity_id)
                    .where(
                        Appointment.starts_at >= start,
                        Appointment.starts_at < end,
                        Customer.erased_at.is_(None),
                        self._visible(),
                    )
                    .order_by(Appointment.starts_at, Appointment.id)
                )
            ]

    def for_customer(
        self, customer_id: int, opportunity_id: int | None = None, *, limit: int = 50
    ) -> list[AppointmentRow]:
        """A customer's appointments, latest start first; with ``opportunity_id`` only those
        of that opportunity and those tied to none."""
        self._session.require_user()
        with self._db.read() as s:
            customer = self._customer(s, customer_id)
            q = (
                select(Appointment, StockVehicle.plate, StockVehicle.vin)
                .outerjoin(StockVehicle, StockVehicle.id == Appointment.stock_vehicle_id)
                .where(Appointment.customer_id == customer_id)
                .order_by(Appointment.starts_at.desc(), Appointment.id.desc())
                .limit(max(limit, 0))
            )
            if opportunity_id is not None:
                q = q.where(
                    or_(
                        Appointment.opportunity_id.is_(None),
                        Appointment.opportunity_id == opportunity_id,
                    )
                )
            return [
                AppointmentRow(
                    appointment_id=a.id,
                    customer_id=a.customer_id,
                    customer_name=customer.name,
                    salutation=customer.salutation,
                    kind=AppointmentKind(a.kind),
                    starts_at=a.starts_at,
                    ends_at=a.ends_at,
                    status=AppointmentStatus(a.status),
                    opportunity_id=a.opportunity_id,
                    stock_vehicle_id=a.stock_vehicle_id,
                    car=(plate or vin or "") if a.stock_vehicle_id is not None else "",
                )
                for a, plate, vin in s.execute(q)
            ]

    def mark(self, appointment_id: int, status: AppointmentStatus | str) -> None:
        """Record show, no-show or cancelled (a correction is recorded the same way)."""
        user = self._session.require_user()
        new = _choice(AppointmentStatus, status, "status")
        if new not in MARKS:
            raise ValidationError("status", msg.CHOOSE_FROM_LIST, "choice")
        with self._db.write() as s:
            appointment = self._appointment(s, appointment_id)
            old = appointment.status
            if old == new.value:
                return
            appointment.status = new.value
            self._audit.record_changes(
                s, user, ENTITY, appointment.id, {"status": (old, new.value)}
            )

    def today_plan(self, day: date | None = None) -> TodayPlan:
        """The day's appointments and the open follow-ups due by that day, H and A first."""
        chosen = day or date.today()
        tasks = sorted(self._followups.today(chosen).tasks, key=plan_order)
        return TodayPlan(day=chosen, appointments=tuple(self.day(chosen)), follow_ups=tuple(tasks))

    # -- readiness ------------------------------------------------------------------------
    def _readiness_items(self, s: Session, user_id: int) -> tuple[ChecklistItem, ...]:
        stage = store.ensure_current(s, user_id).stage(Stage.PROSPECTING)
        return stage.checklist if stage is not None else ()

    def readiness(self, day: date) -> ReadinessState:
        """The day's readiness checklist: each item done or pending, with who and when."""
        user = self._session.require_user()
        with self._db.write() as s:  # write: the process is pinned on first use
            items = self._readiness_items(s, user.id)
            row = s.scalars(select(ReadinessCheck).where(ReadinessCheck.day == day)).one_or_none()
            stored: dict[str, Any] = dict(row.items or {}) if row is not None else {}
            names = {u.id: u.name for u in s.scalars(select(User))}
            result = []
            for item in items:
                entry = stored.get(item.code)
                done = isinstance(entry, dict) and bool(entry.get("done"))
                by = entry.get("by") if isinstance(entry, dict) else None
                at = entry.get("at") if isinstance(entry, dict) else None
                result.append(
                    ReadinessItem(
                        code=item.code,
                        text=item.text,
                        required=item.required,
                        done=done,
                        by_user_id=by if isinstance(by, int) else None,
                        by_name=names.get(by, "") if isinstance(by, int) else "",
                        at=datetime.fromisoformat(at) if isinstance(at, str) else None,
                    )
                )
            return ReadinessState(day=day, items=tuple(result))

    def set_readiness(self, day: date, item_code: str, done: bool) -> None:
        """Tick (or untick) one item of the day's readiness checklist."""
        user = self._session.require_user()
        now = datetime.now()
        with self._db.write() as s:
            if not any(i.code == item_code for i in self._readiness_items(s, user.id)):
                raise ValidationError("item", msg.UNKNOWN_ITEM, "unknown_item")
            row = s.scalars(select(ReadinessCheck).where(ReadinessCheck.day == day)).one_or_none()
            if row is None:
                row = ReadinessCheck(day=day, items={}, updated_at=now, updated_by=user.id)
                s.add(row)
                s.flush()
            items = dict(row.items or {})
            old = items.get(item_code)
            was_done = isinstance(old, dict) and bool(old.get("done"))
            items[item_code] = {
                "done": done,
                "by": user.id,
                "at": now.isoformat(timespec="seconds"),
            }
            row.items = items
            row.updated_at = now
            row.updated_by = user.id
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                READINESS_ENTITY,
                row.id,
                field=f"readiness.{item_code}",
                old="done" if was_done else "pending",
                new="done" if done else "pending",
                detail={"day": day.isoformat()},
            )


__all__ = [
    "AppointmentKind",
    "AppointmentRow",
    "AppointmentService",
    "AppointmentStatus",
    "ReadinessItem",
    "ReadinessState",
    "TodayPlan",
    "plan_order",
]
