"""Reads of the stage-5 page (test drive): the dealership's test-drive settings, the test
cars, the calendar's bookings of a day and an opportunity's test drives as plain rows.

Functions take the caller's ``Session``; ``TestDriveService`` checks the user and the
opportunity's visibility before calling them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Appointment,
    AuditEntry,
    Customer,
    Opportunity,
    StockVehicle,
    TestDrive,
    Trim,
    VehicleModel,
)
from showroom_app.domain.records import LocalisedName
from showroom_app.domain.test_drive import FEEDBACK_RATINGS, LicenceCheck, LicenceProblem
from showroom_app.services import cockpit_store as store
from showroom_app.services.audit import Action

# dealership settings of the test drive (AppSetting rows, JSON); absent or damaged: defaults
MINUTES_SETTING = "test_drive_minutes"  # the booked slot's default length
ROUTE_KM_SETTING = "test_drive_route_km"  # the route's length: more than twice is doubtful
ROUTES_SETTING = "test_drive_routes"  # the dealership's planned routes (list of text)
DEFAULT_MINUTES = 30  # DOMAIN.md §4.5: about 15-30 minutes
DEFAULT_ROUTE_KM = 15  # a 30-minute urban loop with a stretch of faster road


@dataclass(frozen=True)
class TestDrivePolicy:
    __test__ = False

    min_years_experience: int
    default_minutes: int = DEFAULT_MINUTES
    route_length_km: int = DEFAULT_ROUTE_KM
    routes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TestCarRow:
    __test__ = False

    car_id: int
    plate: str
    vin: str
    model_id: int
    model: LocalisedName
    trim: LocalisedName


@dataclass(frozen=True)
class CarBookingRow:
    """One block of the test-car calendar. ``customer_name`` is empty when the customer is
    not the signed-in user's to see (the block then only says that the car is taken)."""

    car_id: int
    start: datetime
    end: datetime
    kind: str  # "test_drive" | "appointment"
    record_id: int
    opportunity_id: int | None
    status: str
    customer_name: str = ""
    salutation: str = ""


@dataclass(frozen=True)
class TestDriveRow:
    """A test drive of the opportunity as the stage-5 page shows it. ``licence_problems``
    is the gate's verdict on the stored licence data as of the day asked for."""

    __test__ = False

    test_drive_id: int
    car_id: int
    plate: str
    vin: str
    model: LocalisedName
    status: str
    starts_at: datetime
    ends_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    odo_out: int | None = None
    odo_in: int | None = None
    route: str = ""
    accompanied_by: str = ""
    licence_number: str = ""
    licence_class: str = ""
    licence_expiry: date | None = None
    licence_first_issue: date | None = None
    birth_date: date | None = None
    manual_transmission: bool = False
    licence_checked_at: datetime | None = None
    licence_problems: tuple[LicenceProblem, ...] = ()
    agreement_printed: bool = False
    agreement_signed_at: datetime | None = None
    ratings: Mapping[str, int] = field(default_factory=dict)
    notes: str = ""
    car_odometer: int | None = None  # the car's last known reading (previous return)

    @property
    def licence_ok(self) -> bool:
        return self.licence_checked_at is not None and not self.licence_problems

    @property
    def may_start(self) -> bool:
        return (
            self.status == store.DRIVE_BOOKED
            and self.licence_ok
            and self.agreement_signed_at is not None
        )


@dataclass(frozen=True)
class DriveOverview:
    """Stage 5 of one opportunity: its test drives (newest booking first) and what the
    page pre-fills: the customer's birth date and the model they are interested in."""

    opportunity_id: int
    customer_id: int
    model_of_interest_id: int | None
    customer_birthday: date | None
    drives: tuple[TestDriveRow, ...]


def int_setting(s: Session, key: str, low: int, high: int, default: int) -> int:
    value = store.raw_setting(s, key)
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return default


def ratings_of(review: Mapping[str, Any] | None) -> dict[str, int]:
    raw = (review or {}).get("ratings")
    if not isinstance(raw, dict):
        return {}
    return {
        k: v
        for k, v in raw.items()
        if k in FEEDBACK_RATINGS and isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 5
    }


def _localised(row: Trim | VehicleModel) -> LocalisedName:
    return LocalisedName(row.name_en, row.name_zh_tw, row.name_zh_cn)


def read_policy(s: Session) -> TestDrivePolicy:
    raw = store.raw_setting(s, ROUTES_SETTING)
    routes = [r.strip() for r in raw if isinstance(r, str)] if isinstance(raw, list) else []
    return TestDrivePolicy(
        store.min_years_experience(s),
        int_setting(s, MINUTES_SETTING, 5, 240, DEFAULT_MINUTES),
        int_setting(s, ROUTE_KM_SETTING, 1, 1000, DEFAULT_ROUTE_KM),
        tuple(dict.fromkeys(r for r in routes if r))[:50],
    )


def read_test_cars(s: Session) -> list[TestCarRow]:
    q = (
        select(StockVehicle, Trim, VehicleModel)
        .join(Trim, Trim.id == StockVehicle.trim_id)
        .join(VehicleModel, VehicleModel.id == Trim.model_id)
        .where(StockVehicle.is_test_car.is_(True), StockVehicle.status != "sold")
        .order_by(VehicleModel.name_en, StockVehicle.plate, StockVehicle.id)
    )
    return [
        TestCarRow(car.id, car.plate, car.vin, model.id, _localised(model), _localised(trim))
        for car, trim, model in s.execute(q)
    ]


def read_day_bookings(
    s: Session, day: date, visible: Callable[[Customer], bool]
) -> list[CarBookingRow]:
    """Bookings touching ``day``; a finished drive lasts until its return."""
    start = datetime.combine(day, time.min)
    end = start + timedelta(days=1)

    def who(c: Customer) -> tuple[str, str]:
        return (c.name, c.salutation) if c.erased_at is None and visible(c) else ("", "")

    rows: list[CarBookingRow] = []
    drives = select(TestDrive, Customer).join(Customer, Customer.id == TestDrive.customer_id)
    for d, c in s.execute(
        drives.where(
            TestDrive.status != store.DRIVE_CANCELLED,
            TestDrive.starts_at < end,
            TestDrive.starts_at >= start - timedelta(days=1),  # nobody drives for a day
        )
    ):
        until = d.finished_at or d.ends_at
        if until > d.starts_at and until > start:
            name, salutation = who(c)
            rows.append(
                CarBookingRow(
                    d.stock_vehicle_id,
                    d.starts_at,
                    until,
                    "test_drive",
                    d.id,
                    d.opportunity_id,
                    d.status,
                    name,
                    salutation,
                )
            )
    appointments = select(Appointment, Customer).join(
        Customer, Customer.id == Appointment.customer_id
    )
    for a, c in s.execute(
        appointments.where(
            Appointment.stock_vehicle_id.is_not(None),
            Appointment.status.in_(("scheduled", "show")),
            Appointment.starts_at < end,
            Appointment.ends_at > start,
        )
    ):
        name, salutation = who(c)
        rows.append(
            CarBookingRow(
                a.stock_vehicle_id or 0,
                a.starts_at,
                a.ends_at,
                "appointment",
                a.id,
                a.opportunity_id,
                a.status,
                name,
                salutation,
            )
        )
    return sorted(rows, key=lambda r: (r.car_id, r.start, r.kind, r.record_id))


def read_overview(s: Session, opp: Opportunity, day: date) -> DriveOverview:
    """The opportunity's drives, newest booking first, with the gate's verdict as of
    ``day``, whether each agreement was printed (audit log) and the car's last odometer."""
    customer = s.get(Customer, opp.customer_id)
    years = store.min_years_experience(s)
    found = list(
        s.execute(
            select(TestDrive, StockVehicle, VehicleModel)
            .join(StockVehicle, StockVehicle.id == TestDrive.stock_vehicle_id)
            .join(Trim, Trim.id == StockVehicle.trim_id)
            .join(VehicleModel, VehicleModel.id == Trim.model_id)
            .where(TestDrive.opportunity_id == opp.id)
            .order_by(TestDrive.starts_at.desc(), TestDrive.id.desc())
        )
    )
    printed = set(
        s.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.entity == "test_drive",
                AuditEntry.action == Action.PRINT,
                AuditEntry.entity_id.in_([d.id for d, _, _ in found]),
            )
        )
    )
    return DriveOverview(
        opp.id,
        opp.customer_id,
        opp.model_of_interest_id,
        customer.birthday if customer is not None else None,
        tuple(_row(s, d, car, model, d.id in printed, day, years) for d, car, model in found),
    )


def _row(
    s: Session,
    d: TestDrive,
    car: StockVehicle,
    model: VehicleModel,
    printed: bool,
    day: date,
    years: int,
) -> TestDriveRow:
    problems: tuple[LicenceProblem, ...] = ()
    if d.licence_checked_at is not None and d.licence_first_issue and d.birth_date:
        check = LicenceCheck(
            d.licence_expiry,
            d.licence_first_issue,
            d.birth_date,
            d.licence_class,
            d.manual_transmission,
        )
        problems = tuple(check.problems(day, years))
    last_odometer = s.scalar(
        select(TestDrive.odo_in)
        .where(TestDrive.stock_vehicle_id == car.id, TestDrive.odo_in.is_not(None))
        .order_by(TestDrive.finished_at.desc(), TestDrive.id.desc())
        .limit(1)
    )
    review = d.review or {}
    return TestDriveRow(
        test_drive_id=d.id,
        car_id=car.id,
        plate=car.plate,
        vin=car.vin,
        model=_localised(model),
        status=d.status,
        starts_at=d.starts_at,
        ends_at=d.ends_at,
        started_at=d.started_at,
        finished_at=d.finished_at,
        odo_out=d.odo_out,
        odo_in=d.odo_in,
        route=d.route,
        accompanied_by=d.accompanied_by,
        licence_number=d.licence_number,
        licence_class=d.licence_class,
        licence_expiry=d.licence_expiry,
        licence_first_issue=d.licence_first_issue,
        birth_date=d.birth_date,
        manual_transmission=d.manual_transmission,
        licence_checked_at=d.licence_checked_at,
        licence_problems=problems,
        agreement_printed=printed,
        agreement_signed_at=d.agreement_signed_at,
        ratings=ratings_of(review),
        notes=str(review.get("notes", "")),
        car_odometer=last_odometer,
    )


__all__ = [
    "DEFAULT_MINUTES",
    "DEFAULT_ROUTE_KM",
    "CarBookingRow",
    "DriveOverview",
    "TestCarRow",
    "TestDrivePolicy",
    "TestDriveRow",
    "int_setting",
    "ratings_of",
    "read_day_bookings",
    "read_overview",
    "read_policy",
    "read_test_cars",
]
