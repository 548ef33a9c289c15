"""Stage 5 of the cockpit (issue 5): booking the test car, the licence gate, the signed
agreement, and the drive itself.

The licence check and the signed agreement are the only hard stops of the cockpit (law and
safety). Each use case is one write transaction with its audit entries; the audit never
holds the licence number or typed notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Appointment,
    Opportunity,
    StockVehicle,
    TestDrive,
)
from showroom_app.domain import cockpit_messages as msg
from showroom_app.domain.enums import OpportunityStatus
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.permissions import may_see_customer
from showroom_app.domain.test_drive import (
    Booking,
    LicenceCheck,
    LicenceProblem,
    check_booking_named,
    validate_drive_times,
    validate_feedback,
)
from showroom_app.domain.validators import ValidationWarning, validate_required_text
from showroom_app.services import cockpit_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession
from showroom_app.services.test_drives_read import (
    DEFAULT_ROUTE_KM,
    ROUTE_KM_SETTING,
    CarBookingRow,
    DriveOverview,
    TestCarRow,
    TestDrivePolicy,
    TestDriveRow,
    int_setting,
    read_day_bookings,
    read_overview,
    read_policy,
    read_test_cars,
)


@dataclass(frozen=True)
class LicenceVerdict:
    """The licence data as checked, and every reason it fails (empty: the gate opens)."""

    check: LicenceCheck
    problems: tuple[LicenceProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _optional_text(value: str, field_name: str, max_len: int) -> str:
    return validate_required_text(value, field_name, max_len) if value.strip() else ""


def car_bookings(s: Session, car_id: int) -> list[Booking]:
    """Every live booking of the test car: its test drives (a finished one up to when it came
    back) and its scheduled or attended appointments."""
    bookings = [
        Booking(car_id, d.starts_at, d.finished_at or d.ends_at, d.id)
        for d in s.scalars(
            select(TestDrive).where(
                TestDrive.stock_vehicle_id == car_id, TestDrive.status != store.DRIVE_CANCELLED
            )
        )
        if (d.finished_at or d.ends_at) > d.starts_at
    ]
    # appointments carry negative ids so they never match a test drive's own id
    bookings += [
        Booking(car_id, a.starts_at, a.ends_at, -a.id)
        for a in s.scalars(
            select(Appointment).where(
                Appointment.stock_vehicle_id == car_id,
                Appointment.status.in_(("scheduled", "show")),
            )
        )
    ]
    return bookings


class TestDriveService:
    __test__ = False  # not a pytest test class despite the name

    def __init__(
        self, db: Database, session: DeskSession, audit: AuditLog, settings: AppSettingsService
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings

    # -- access ---------------------------------------------------------------------------
    def _opportunity(self, s: Session, opportunity_id: int) -> Opportunity:
        return store.visible_opportunity(s, self._session, self._settings, opportunity_id)

    def _drive(self, s: Session, test_drive_id: int) -> tuple[TestDrive, Opportunity]:
        drive = s.get(TestDrive, test_drive_id)
        if drive is None:
            raise NotFound(f"Test drive {test_drive_id} does not exist.")
        return drive, self._opportunity(s, drive.opportunity_id)

    # -- reads for the stage-5 page ------------------------------------------------------
    def policy(self) -> TestDrivePolicy:
        """The dealership's test-drive settings (slot length, route length, routes)."""
        self._session.require_user()
        with self._db.read() as s:
            return read_policy(s)

    def test_cars(self) -> list[TestCarRow]:
        """The test cars not sold yet, by model and plate."""
        self._session.require_user()
        with self._db.read() as s:
            return read_test_cars(s)

    def day_bookings(self, day: date) -> list[CarBookingRow]:
        """Every test-car booking touching ``day`` (test drives and appointments with a
        car); customer names only where the signed-in user may see the customer."""
        user = self._session.require_user()
        all_visible = self._settings.policy().all_customers_visible
        with self._db.read() as s:
            return read_day_bookings(
                s,
                day,
                lambda c: may_see_customer(
                    user.role, user.id, c.assigned_user_id, all_visible=all_visible
                ),
            )

    def overview(self, opportunity_id: int, *, today: date | None = None) -> DriveOverview:
        """The opportunity's test drives (newest first) with the licence gate's verdict as
        of ``today``, whether each agreement was printed, and the car's last odometer."""
        self._session.require_user()
        with self._db.read() as s:
            opp = self._opportunity(s, opportunity_id)
            return read_overview(s, opp, today or date.today())

    # -- booking and the drive ------------------------------------------------------------
    def book_test_drive(
        self,
        customer_id: int,
        opportunity_id: int,
        stock_vehicle_id: int,
        start: datetime,
        end: datetime,
    ) -> int:
        """Reserve the test car; a booking overlapping another of the same car is refused
        with a ``BookingConflict`` naming the clash."""
        user = self._session.require_user()
        wanted = Booking(stock_vehicle_id, start, end)  # end after start, else ValidationError
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            if opp.customer_id != customer_id:
                raise NotFound(f"Opportunity {opportunity_id} is not this customer's.")
            if opp.status != OpportunityStatus.OPEN.value:
                raise store.closed_error()
            car = s.get(StockVehicle, stock_vehicle_id)
            if car is None or not car.is_test_car:
                raise ValidationError("vehicle", msg.NOT_TEST_CAR, "not_test_car")
            check_booking_named(wanted, car_bookings(s, stock_vehicle_id))
            drive = TestDrive(
                opportunity_id=opp.id,
                customer_id=customer_id,
                stock_vehicle_id=stock_vehicle_id,
                status=store.DRIVE_BOOKED,
                starts_at=start,
                ends_at=end,
                route="",
                accompanied_by="",
                licence_number="",
                licence_class="",
                manual_transmission=False,
                review={},
                created_by=user.id,
                created_at=datetime.now(),
            )
            s.add(drive)
            s.flush()
            self._audit.record(
                s,
                user,
                Action.CREATE,
                "test_drive",
                drive.id,
                detail={"opportunity": opp.id, "car": stock_vehicle_id},
            )
            return drive.id

    def check_licence(
        self,
        test_drive_id: int,
        *,
        licence_number: str,
        licence_class: str,
        licence_expiry: date | None,
        first_issue_date: date,
        birth_date: date,
        manual_transmission: bool = False,
        today: date | None = None,
    ) -> LicenceVerdict:
        """Store the licence facts and report the gate's verdict. There is no override: a
        failed check can only be answered with other (correct) licence data."""
        user = self._session.require_user()
        number = validate_required_text(licence_number, "licence_number", 40)
        check = LicenceCheck(
            licence_expiry, first_issue_date, birth_date, licence_class.strip(), manual_transmission
        )
        with self._db.write() as s:
            drive, _ = self._drive(s, test_drive_id)
            problems = tuple(check.problems(today or date.today(), store.min_years_experience(s)))
            drive.licence_number = number
            drive.licence_class = check.licence_class
            drive.licence_expiry = licence_expiry
            drive.licence_first_issue = first_issue_date
            drive.birth_date = birth_date
            drive.manual_transmission = manual_transmission
            drive.licence_checked_at = datetime.now()
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                "test_drive",
                drive.id,
                field="licence_check",
                new="ok" if not problems else "refused",
                detail={"problems": [p.code.value for p in problems]},
            )
            return LicenceVerdict(check, problems)

    def mark_agreement_signed(self, test_drive_id: int) -> None:
        user = self._session.require_user()
        with self._db.write() as s:
            drive, _ = self._drive(s, test_drive_id)
            if drive.agreement_signed_at is None:
                drive.agreement_signed_at = datetime.now()
                self._audit.record(
                    s,
                    user,
                    Action.UPDATE,
                    "test_drive",
                    drive.id,
                    field="agreement_signed",
                    old="",
                    new="yes",
                )

    def set_plan(self, test_drive_id: int, *, route: str, accompanied_by: str) -> None:
        """The planned route and the accompanying staff, before the drive (they print on
        the agreement); either may still be empty here, ``start_drive`` needs the staff."""
        user = self._session.require_user()
        clean_route = _optional_text(route, "route", 300)
        staff = _optional_text(accompanied_by, "accompanied_by", 100)
        with self._db.write() as s:
            drive, _ = self._drive(s, test_drive_id)
            if drive.status not in (store.DRIVE_BOOKED, store.DRIVE_STARTED):
                raise ValidationError("status", msg.DRIVE_STARTED, "started")
            changes = {
                "route": (drive.route, clean_route),
                "accompanied_by": (drive.accompanied_by, staff),
            }
            drive.route = clean_route
            drive.accompanied_by = staff
            self._audit.record_changes(s, user, "test_drive", drive.id, changes)

    def save_feedback(self, test_drive_id: int, ratings: Mapping[str, int], notes: str) -> None:
        """The customer's ratings (1-5 each, unrated left out) and notes, during or after
        the drive; the audit says which ratings were given, never the notes."""
        user = self._session.require_user()
        stored = validate_feedback(ratings, notes)
        with self._db.write() as s:
            drive, _ = self._drive(s, test_drive_id)
            if drive.status not in (store.DRIVE_STARTED, store.DRIVE_FINISHED):
                raise ValidationError("status", msg.DRIVE_NOT_STARTED, "not_started")
            if dict(drive.review or {}) == stored:
                return
            drive.review = stored
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                "test_drive",
                drive.id,
                field="feedback",
                detail={"rated": sorted(ratings)},
            )

    def cancel_booking(self, test_drive_id: int) -> None:
        """Free the test car again; only a drive that has not started can be cancelled."""
        user = self._session.require_user()
        with self._db.write() as s:
            drive, _ = self._drive(s, test_drive_id)
            if drive.status != store.DRIVE_BOOKED:
                raise ValidationError("status", msg.DRIVE_STARTED, "started")
            drive.status = store.DRIVE_CANCELLED
            self._audit.record_changes(
                s, user, "test_drive", drive.id, {"status": (store.DRIVE_BOOKED, drive.status)}
            )

    def start_drive(
        self,
        test_drive_id: int,
        odo_out: int,
        *,
        accompanied_by: str = "",
        route: str = "",
        when: datetime | None = None,
    ) -> None:
        """Hard gate: refused unless the stored licence passes today and the agreement is
        signed (``ValidationErrors`` / ``ValidationError``). Staff and route default to the
        planned ones (``set_plan``); the accompanying staff is required (DOMAIN.md §4.5)."""
        user = self._session.require_user()
        start = when or datetime.now()
        with self._db.write() as s:
            drive, _ = self._drive(s, test_drive_id)
            if drive.status != store.DRIVE_BOOKED:
                raise ValidationError("status", msg.DRIVE_STARTED, "started")
            if (
                drive.licence_checked_at is None
                or drive.licence_first_issue is None
                or drive.birth_date is None
            ):
                raise ValidationError("licence", msg.LICENCE_UNCHECKED, "licence_unchecked")
            LicenceCheck(
                drive.licence_expiry,
                drive.licence_first_issue,
                drive.birth_date,
                drive.licence_class,
                drive.manual_transmission,
            ).require_ok(start.date(), store.min_years_experience(s))
            if drive.agreement_signed_at is None:
                raise ValidationError("agreement", msg.AGREEMENT_UNSIGNED, "agreement_unsigned")
            validate_drive_times(start, None, odo_out, None, None)
            staff = validate_required_text(
                accompanied_by if accompanied_by.strip() else drive.accompanied_by,
                "accompanied_by",
                100,
            )
            drive.status = store.DRIVE_STARTED
            drive.started_at = start
            drive.odo_out = odo_out
            drive.accompanied_by = staff
            drive.route = _optional_text(route, "route", 300) or drive.route
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                "test_drive",
                drive.id,
                field="status",
                old=store.DRIVE_BOOKED,
                new=store.DRIVE_STARTED,
            )

    def finish_drive(
        self,
        test_drive_id: int,
        end: datetime,
        odo_in: int,
        feedback: Mapping[str, int] | None = None,
        *,
        feedback_notes: str = "",
        route_length_km: int | None = None,
    ) -> list[ValidationWarning]:
        """The car is back; returns soft warnings (a distance over twice the route length,
        the dealership's ``test_drive_route_km`` unless given). Feedback given here replaces
        what was saved during the drive; none given keeps it."""
        user = self._session.require_user()
        stored_feedback = (
            validate_feedback(feedback or {}, feedback_notes)
            if feedback or feedback_notes.strip()
            else None
        )
        with self._db.write() as s:
            drive, _ = self._drive(s, test_drive_id)
            if drive.status != store.DRIVE_STARTED or drive.started_at is None:
                raise ValidationError("status", msg.DRIVE_NOT_STARTED, "not_started")
            if route_length_km is None:
                route_length_km = int_setting(s, ROUTE_KM_SETTING, 1, 1000, DEFAULT_ROUTE_KM)
            warnings = validate_drive_times(
                drive.started_at, end, drive.odo_out or 0, odo_in, route_length_km
            )
            drive.status = store.DRIVE_FINISHED
            drive.finished_at = end
            drive.odo_in = odo_in
            if stored_feedback is not None:
                drive.review = stored_feedback
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                "test_drive",
                drive.id,
                field="status",
                old=store.DRIVE_STARTED,
                new=store.DRIVE_FINISHED,
            )
            return warnings


__all__ = [
    "CarBookingRow",
    "DriveOverview",
    "LicenceVerdict",
    "TestCarRow",
    "TestDrivePolicy",
    "TestDriveRow",
    "TestDriveService",
    "car_bookings",
]
