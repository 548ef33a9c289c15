"""TestDriveService reads and writes used by the stage-5 page (issue 5): settings, test
cars, a day's bookings, an opportunity's drives, the planned route and staff, feedback,
cancelling, and the rules start and finish apply."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from showroom_app.db.models import (
    Appointment,
    AppSetting,
    AuditEntry,
    Customer,
    Opportunity,
    StockVehicle,
    User,
)
from showroom_app.domain.enums import OpportunityStatus, Role
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.records import UserInfo
from showroom_app.domain.test_drive import BookingConflict, LicenceProblemCode
from showroom_app.services.container import Services
from showroom_app.services.test_drives import DriveOverview
from showroom_app.services.test_drives_read import (
    DEFAULT_MINUTES,
    DEFAULT_ROUTE_KM,
    MINUTES_SETTING,
    ROUTE_KM_SETTING,
    ROUTES_SETTING,
)

TODAY = date.today()
DAY = TODAY + timedelta(days=1)


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def _set(services: Services, key: str, value: object) -> None:
    with services.db.write() as s:
        s.merge(AppSetting(key=key, value=json.dumps(value)))


def _cars(services: Services) -> list[int]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(StockVehicle.id)
                .where(StockVehicle.is_test_car.is_(True))
                .order_by(StockVehicle.id)
            )
        )


def _opportunities(services: Services, n: int = 2) -> list[tuple[int, int]]:
    """(opportunity, customer) of open opportunities of unassigned customers."""
    with services.db.read() as s:
        rows = s.execute(
            select(Opportunity.id, Opportunity.customer_id)
            .join(Customer, Customer.id == Opportunity.customer_id)
            .where(
                Opportunity.status == OpportunityStatus.OPEN.value,
                Customer.assigned_user_id.is_(None),
            )
            .order_by(Opportunity.id)
            .limit(n)
        )
        return [(int(o), int(c)) for o, c in rows]


def _checked(services: Services, drive: int, **changes: object) -> None:
    facts: dict[str, object] = {
        "licence_number": "A123456789",
        "licence_class": "普通小型車",
        "licence_expiry": TODAY + timedelta(days=365),
        "first_issue_date": TODAY - timedelta(days=5 * 365),
        "birth_date": date(1990, 5, 1),
    }
    facts.update(changes)
    services.test_drives.check_licence(drive, **facts)  # type: ignore[arg-type]


def _ready(services: Services, opp: int, customer: int, car: int, hour: int = 10) -> int:
    td = services.test_drives
    drive = td.book_test_drive(customer, opp, car, _at(hour), _at(hour, 30))
    _checked(services, drive)
    td.mark_agreement_signed(drive)
    return drive


# -- settings and cars ----------------------------------------------------------------------------


def test_the_policy_comes_from_the_dealerships_settings_with_defaults(demo_services: Services):
    td = demo_services.test_drives
    policy = td.policy()
    assert (policy.default_minutes, policy.route_length_km, policy.routes) == (
        DEFAULT_MINUTES,
        DEFAULT_ROUTE_KM,
        (),
    )
    _set(demo_services, MINUTES_SETTING, 45)
    _set(demo_services, ROUTE_KM_SETTING, 12)
    _set(demo_services, ROUTES_SETTING, ["市區環線", " ", "市區環線", "山路 A"])
    policy = td.policy()
    assert (policy.default_minutes, policy.route_length_km) == (45, 12)
    assert policy.routes == ("市區環線", "山路 A")
    # damaged values fall back to the defaults
    _set(demo_services, MINUTES_SETTING, "long")
    _set(demo_services, ROUTE_KM_SETTING, -3)
    policy = td.policy()
    assert (policy.default_minutes, policy.route_length_km) == (DEFAULT_MINUTES, DEFAULT_ROUTE_KM)


def test_test_cars_are_the_flagged_cars_not_sold(demo_services: Services):
    cars = demo_services.test_drives.test_cars()
    assert [c.car_id for c in cars] and {c.car_id for c in cars} == set(_cars(demo_services))
    sold = cars[0].car_id
    with demo_services.db.write() as s:
        s.execute(update(StockVehicle).where(StockVehicle.id == sold).values(status="sold"))
    assert sold not in {c.car_id for c in demo_services.test_drives.test_cars()}
    assert all(c.model.en and c.plate for c in cars)


# -- the calendar ---------------------------------------------------------------------------------


def test_a_days_bookings_name_only_the_customers_the_user_may_see(demo_services: Services):
    services = demo_services
    td = services.test_drives
    with services.db.write() as s:  # without the demo's own bookings
        s.execute(delete(Appointment))
    (opp, customer), (other_opp, other_customer) = _opportunities(services)
    car, car2 = _cars(services)[:2]
    mine = td.book_test_drive(customer, opp, car, _at(10), _at(10, 30))
    theirs = td.book_test_drive(other_customer, other_opp, car2, _at(11), _at(11, 45))
    appointment = services.appointments.schedule(
        other_customer, "test_drive", _at(15), _at(16), other_opp, car
    )
    td.book_test_drive(
        customer,
        opp,
        car,
        _at(9, 0, TODAY + timedelta(days=2)),
        _at(9, 30, TODAY + timedelta(days=2)),
    )
    rows = td.day_bookings(DAY)
    assert [(r.kind, r.record_id, r.car_id, r.start, r.end) for r in rows] == sorted(
        [
            ("test_drive", mine, car, _at(10), _at(10, 30)),
            ("appointment", appointment, car, _at(15), _at(16)),
            ("test_drive", theirs, car2, _at(11), _at(11, 45)),
        ],
        key=lambda r: (r[2], r[3], r[0], r[1]),
    )
    assert all(r.customer_name for r in rows)  # the administrator sees every customer
    # WHEN the other customer belongs to another salesperson, seen by a third one
    with services.db.write() as s:
        users = []
        for name in ("Bea", "Cai"):
            row = User(
                name=name, role=Role.SALESPERSON.value, active=True, created_at=datetime.now()
            )
            s.add(row)
            s.flush()
            users.append(UserInfo(row.id, row.name, Role.SALESPERSON))
        s.execute(
            update(Customer)
            .where(Customer.id == other_customer)
            .values(assigned_user_id=users[0].id)
        )
    services.session.sign_in(users[1])
    named = {(r.kind, r.record_id): r.customer_name for r in td.day_bookings(DAY)}
    # THEN the car still shows as taken, without the name
    assert named[("test_drive", theirs)] == "" and named[("appointment", appointment)] == ""
    assert named[("test_drive", mine)] != ""


def test_a_cancelled_booking_frees_the_car_and_a_started_one_cannot_be_cancelled(
    demo_services: Services,
):
    td = demo_services.test_drives
    (opp, customer), _ = _opportunities(demo_services)
    car = _cars(demo_services)[0]
    drive = td.book_test_drive(customer, opp, car, _at(10), _at(11))
    with pytest.raises(BookingConflict):
        td.book_test_drive(customer, opp, car, _at(10, 30), _at(11))
    td.cancel_booking(drive)
    assert drive not in {r.record_id for r in td.day_bookings(DAY)}
    again = td.book_test_drive(customer, opp, car, _at(10, 30), _at(11))
    _checked(demo_services, again)
    td.mark_agreement_signed(again)
    td.start_drive(again, 100, accompanied_by="陳志明", when=_at(10, 30))
    with pytest.raises(ValidationError):
        td.cancel_booking(again)


def test_a_finished_drive_holds_the_car_until_it_came_back(demo_services: Services):
    td = demo_services.test_drives
    (opp, customer), _ = _opportunities(demo_services)
    car = _cars(demo_services)[0]
    drive = _ready(demo_services, opp, customer, car)
    td.start_drive(drive, 100, accompanied_by="陳志明", when=_at(10))
    td.finish_drive(drive, _at(11, 10), 110)
    block = next(r for r in td.day_bookings(DAY) if r.record_id == drive)
    assert (block.end, block.status) == (_at(11, 10), "finished")


# -- an opportunity's drives ----------------------------------------------------------------------


def test_the_overview_gives_the_gate_the_print_and_the_last_odometer(demo_services: Services):
    services = demo_services
    td = services.test_drives
    (opp, customer), _ = _opportunities(services)
    car = _cars(services)[0]
    first = _ready(services, opp, customer, car, hour=9)
    td.start_drive(first, 4200, accompanied_by="陳志明", when=_at(9))
    td.finish_drive(first, _at(9, 25), 4213, {"design": 5}, feedback_notes="很滿意")
    second = td.book_test_drive(customer, opp, car, _at(14), _at(14, 30))
    _checked(services, second, licence_expiry=DAY)
    overview = td.overview(opp)
    assert isinstance(overview, DriveOverview)
    assert [d.test_drive_id for d in overview.drives] == [second, first]  # newest first
    done, booked = overview.drives[1], overview.drives[0]
    assert (done.status, done.odo_out, done.odo_in) == ("finished", 4200, 4213)
    assert dict(done.ratings) == {"design": 5} and done.notes == "很滿意"
    assert booked.car_odometer == 4213  # where the car's last drive ended
    assert booked.licence_ok and not booked.agreement_printed and not booked.may_start
    # the gate's verdict is as of the day asked: expiring tomorrow fails the day after
    later = td.overview(opp, today=DAY + timedelta(days=1)).drives[0]
    assert [p.code for p in later.licence_problems] == [LicenceProblemCode.EXPIRED]
    assert not later.licence_ok
    services.documents.test_drive_agreement(second)
    assert td.overview(opp).drives[0].agreement_printed


# -- plan, feedback, start and finish -------------------------------------------------------------


def test_the_planned_route_and_staff_are_used_at_the_start(demo_services: Services):
    td = demo_services.test_drives
    (opp, customer), _ = _opportunities(demo_services)
    drive = _ready(demo_services, opp, customer, _cars(demo_services)[0])
    with pytest.raises(ValidationError) as err:
        td.set_plan(drive, route="市區\x07環線", accompanied_by="")
    assert err.value.field == "route"
    # WHEN the start names no staff and none was planned THEN it is refused at the field
    with pytest.raises(ValidationError) as err:
        td.start_drive(drive, 100, when=_at(10))
    assert (err.value.field, err.value.code) == ("accompanied_by", "required")
    # WHEN route and staff were planned THEN the start uses them
    td.set_plan(drive, route=" 市區環線 ", accompanied_by=" 陳志明 ")
    td.start_drive(drive, 100, when=_at(10))
    row = td.overview(opp).drives[0]
    assert (row.status, row.route, row.accompanied_by) == ("started", "市區環線", "陳志明")
    td.finish_drive(drive, _at(10, 30), 108)
    with pytest.raises(ValidationError):
        td.set_plan(drive, route="x", accompanied_by="y")


def test_feedback_is_saved_during_and_after_the_drive_never_in_the_audit(
    demo_services: Services,
):
    td = demo_services.test_drives
    (opp, customer), _ = _opportunities(demo_services)
    drive = _ready(demo_services, opp, customer, _cars(demo_services)[0])
    with pytest.raises(ValidationError):  # not out yet
        td.save_feedback(drive, {"comfort": 4}, "")
    td.start_drive(drive, 100, accompanied_by="陳志明", when=_at(10))
    with pytest.raises(ValidationError) as err:
        td.save_feedback(drive, {"comfort": 6}, "")
    assert err.value.field == "feedback.comfort"
    td.save_feedback(drive, {"comfort": 4, "tech": 5}, "喜歡中控螢幕")
    # finishing without feedback keeps the one given during the drive
    td.finish_drive(drive, _at(10, 30), 110)
    row = td.overview(opp).drives[0]
    assert (dict(row.ratings), row.notes) == ({"comfort": 4, "tech": 5}, "喜歡中控螢幕")
    td.save_feedback(drive, {"noise": 3}, "")
    assert dict(td.overview(opp).drives[0].ratings) == {"noise": 3}
    with demo_services.db.read() as s:
        logged = " ".join(
            f"{e.old_value} {e.new_value} {e.detail}"
            for e in s.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "test_drive", AuditEntry.entity_id == drive
                )
            )
        )
    assert "喜歡中控螢幕" not in logged and "comfort" in logged


def test_the_route_length_setting_decides_when_a_distance_is_doubtful(demo_services: Services):
    td = demo_services.test_drives
    (opp, customer), _ = _opportunities(demo_services)
    cars = _cars(demo_services)
    quiet = _ready(demo_services, opp, customer, cars[0])
    td.start_drive(quiet, 100, accompanied_by="陳志明", when=_at(10))
    assert td.finish_drive(quiet, _at(10, 30), 125) == []  # 25 km ≤ 2 × 15 km
    _set(demo_services, ROUTE_KM_SETTING, 10)
    loud = _ready(demo_services, opp, customer, cars[1])
    td.start_drive(loud, 100, accompanied_by="陳志明", when=_at(10))
    warnings = td.finish_drive(loud, _at(10, 30), 125)
    assert [w.code for w in warnings] == ["implausible_distance"]
    assert td.overview(opp).drives[0].odo_in == 125  # saved all the same
