"""Stage 1 of the cockpit (issue 5): appointments, the day view, today's plan, readiness."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from testdata import DEMO_TODAY

from showroom_app.db.models import AuditEntry, Customer, StockVehicle
from showroom_app.domain.enums import Role, Stage
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.test_drive import BookingConflict
from showroom_app.services.appointments import AppointmentKind, AppointmentStatus
from showroom_app.services.container import Services

#: A day far from the demo data, so the day view holds only what a test books.
DAY = DEMO_TODAY + timedelta(days=400)


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _customers(services: Services, assigned_user_id: int | None, n: int = 1) -> list[int]:
    with services.db.read() as s:
        q = select(Customer.id).where(Customer.erased_at.is_(None))
        q = q.where(
            Customer.assigned_user_id.is_(None)
            if assigned_user_id is None
            else Customer.assigned_user_id == assigned_user_id
        )
        ids = [int(i) for i in s.scalars(q.order_by(Customer.id).limit(n))]
    assert len(ids) == n
    return ids


def _test_cars(services: Services, n: int) -> list[int]:
    """``n`` test cars (flagging more stock cars as test cars if the demo has too few)."""
    with services.db.write() as s:
        cars = list(s.scalars(select(StockVehicle).order_by(StockVehicle.id)))
        test_cars = [c for c in cars if c.is_test_car]
        for car in (c for c in cars if not c.is_test_car):
            if len(test_cars) >= n:
                break
            car.is_test_car = True
            test_cars.append(car)
        return [c.id for c in test_cars[:n]]


def _salespeople(services: Services) -> list[int]:
    return [u.id for u in services.settings.users() if u.role is Role.SALESPERSON]


def _sign_in(services: Services, user_id: int) -> None:
    services.session.sign_in(next(u for u in services.settings.users() if u.id == user_id))


def _audit(services: Services, entity: str, entity_id: int) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id)
            )
        )


# -- scheduling and the day view ---------------------------------------------------------------


def test_the_day_view_lists_the_days_appointments_by_start(demo_services: Services) -> None:
    # GIVEN three appointments booked out of order, two on DAY and one the day after
    appointments = demo_services.appointments
    first, second = _customers(demo_services, None, 2)
    late = appointments.schedule(first, "delivery", _at(15), _at(16))
    early = appointments.schedule(second, AppointmentKind.VISIT, _at(9), _at(10))
    appointments.schedule(
        first, "visit", _at(9, day=DAY + timedelta(days=1)), _at(10, day=DAY + timedelta(days=1))
    )

    # WHEN the day view of DAY is read
    rows = appointments.day(DAY)

    # THEN it holds the two appointments of DAY, earliest first, with the customer's name
    assert [r.appointment_id for r in rows] == [early, late]
    assert [r.kind for r in rows] == [AppointmentKind.VISIT, AppointmentKind.DELIVERY]
    assert all(r.status is AppointmentStatus.SCHEDULED for r in rows)
    with demo_services.db.read() as s:
        name = s.get(Customer, second)
        assert name is not None
        assert rows[0].customer_name == name.name
        assert rows[0].salutation == name.salutation
    assert rows[0].starts_at == _at(9) and rows[0].ends_at == _at(10)


def test_an_appointment_ending_before_it_starts_is_refused(demo_services: Services) -> None:
    # GIVEN a customer
    customer = _customers(demo_services, None)[0]

    # WHEN an appointment ends when it starts, THEN it is refused and nothing is stored
    with pytest.raises(ValidationError) as caught:
        demo_services.appointments.schedule(customer, "visit", _at(10), _at(10))
    assert caught.value.field == "end"
    # AND an unknown kind is refused too
    with pytest.raises(ValidationError) as kind:
        demo_services.appointments.schedule(customer, "party", _at(10), _at(11))
    assert kind.value.field == "kind"
    assert demo_services.appointments.day(DAY) == []


# -- the test car ------------------------------------------------------------------------------


def test_a_test_car_cannot_be_booked_twice(demo_services: Services) -> None:
    # GIVEN a test car with an appointment from 10:00 to 11:00
    appointments = demo_services.appointments
    car, other_car = _test_cars(demo_services, 2)
    first, second = _customers(demo_services, None, 2)
    appointments.schedule(first, "test_drive", _at(10), _at(11), stock_vehicle_id=car)

    # WHEN another appointment wants the same car at 10:30, THEN it is refused
    with pytest.raises(BookingConflict):
        appointments.schedule(second, "test_drive", _at(10, 30), _at(11, 30), stock_vehicle_id=car)

    # AND touching ends fit, and another car is free at that time
    appointments.schedule(second, "test_drive", _at(11), _at(12), stock_vehicle_id=car)
    appointments.schedule(
        second, "test_drive", _at(10, 30), _at(11, 30), stock_vehicle_id=other_car
    )
    assert len(appointments.day(DAY)) == 3


def test_an_appointment_cannot_take_a_test_car_booked_for_a_test_drive(
    demo_services: Services,
) -> None:
    # GIVEN a test drive booked on the test car from 14:00 to 14:30
    car = _test_cars(demo_services, 1)[0]
    customer = _customers(demo_services, None)[0]
    opp = demo_services.cockpit.create_opportunity(customer, "WALK_IN")
    demo_services.test_drives.book_test_drive(customer, opp, car, _at(14), _at(14, 30))

    # WHEN an appointment wants the car at 14:15, THEN it is refused
    with pytest.raises(BookingConflict):
        demo_services.appointments.schedule(
            customer, "test_drive", _at(14, 15), _at(15), opportunity_id=opp, stock_vehicle_id=car
        )
    # AND from 14:30 it is fine
    demo_services.appointments.schedule(
        customer, "test_drive", _at(14, 30), _at(15), opportunity_id=opp, stock_vehicle_id=car
    )


def test_a_cancelled_appointment_frees_the_test_car(demo_services: Services) -> None:
    # GIVEN a test-car appointment, cancelled
    car = _test_cars(demo_services, 1)[0]
    customer = _customers(demo_services, None)[0]
    appointments = demo_services.appointments
    booked = appointments.schedule(customer, "test_drive", _at(10), _at(11), stock_vehicle_id=car)
    appointments.mark(booked, "cancelled")

    # WHEN the same slot is booked again, THEN it is accepted
    appointments.schedule(customer, "test_drive", _at(10), _at(11), stock_vehicle_id=car)


# -- show / no-show ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["show", "no_show", "cancelled"])
def test_show_no_show_and_cancel_are_recorded_and_audited(
    demo_services: Services, status: str
) -> None:
    # GIVEN a scheduled appointment
    customer = _customers(demo_services, None)[0]
    appointment = demo_services.appointments.schedule(customer, "visit", _at(10), _at(11))

    # WHEN it is marked
    demo_services.appointments.mark(appointment, status)

    # THEN the day view shows the status and the audit log holds the change
    (row,) = demo_services.appointments.day(DAY)
    assert row.status is AppointmentStatus(status)
    entries = _audit(demo_services, "appointment", appointment)
    assert [e.action for e in entries] == ["create", "update"]
    assert (entries[1].field, entries[1].old_value, entries[1].new_value) == (
        "status",
        "scheduled",
        status,
    )


def test_an_appointment_cannot_be_marked_scheduled_or_nonsense(demo_services: Services) -> None:
    customer = _customers(demo_services, None)[0]
    appointment = demo_services.appointments.schedule(customer, "visit", _at(10), _at(11))
    for bad in ("scheduled", "maybe"):
        with pytest.raises(ValidationError):
            demo_services.appointments.mark(appointment, bad)


# -- visibility --------------------------------------------------------------------------------


def test_a_salesperson_does_not_see_anothers_customers_appointments(
    demo_services: Services,
) -> None:
    # GIVEN two salespeople, and an appointment booked by the first for their own customer
    alice, bob = _salespeople(demo_services)[:2]
    _sign_in(demo_services, alice)
    own = _customers(demo_services, alice)[0]
    appointment = demo_services.appointments.schedule(own, "visit", _at(10), _at(11))
    assert [r.appointment_id for r in demo_services.appointments.day(DAY)] == [appointment]

    # WHEN the second salesperson looks at the day
    _sign_in(demo_services, bob)

    # THEN the appointment is not there, cannot be marked, and the customer cannot be booked
    assert demo_services.appointments.day(DAY) == []
    with pytest.raises(NotFound):
        demo_services.appointments.mark(appointment, "show")
    with pytest.raises(NotFound):
        demo_services.appointments.schedule(own, "visit", _at(12), _at(13))
    assert all(r.appointment_id != appointment for r in demo_services.appointments.day(DAY))


# -- today's plan ------------------------------------------------------------------------------


def test_todays_plan_lists_h_and_a_customers_first(demo_services: Services) -> None:
    # GIVEN a salesperson with a C opportunity due early and an H opportunity due later
    seller = _salespeople(demo_services)[0]
    _sign_in(demo_services, seller)
    c_customer, h_customer = _customers(demo_services, seller, 2)
    cockpit = demo_services.cockpit
    c_opp = cockpit.create_opportunity(c_customer, "WALK_IN")
    h_opp = cockpit.create_opportunity(h_customer, "WALK_IN")
    c_due = cockpit.set_intent(c_opp, "C", today=DAY - timedelta(days=200))
    h_due = cockpit.set_intent(h_opp, "H", today=DAY - timedelta(days=30))
    assert c_due is not None and h_due is not None
    # the H follow-up falls due on the day itself (Today lists those after the overdue ones)
    cadence = h_due - (DAY - timedelta(days=30))
    h_due = cockpit.set_intent(h_opp, "H", today=DAY - cadence)
    assert h_due == DAY and c_due < h_due
    # AND an appointment on that day
    appointment = demo_services.appointments.schedule(h_customer, "visit", _at(10), _at(11))

    # WHEN the plan of that day is read
    plan = demo_services.appointments.today_plan(DAY)

    # THEN the appointment is there, and the follow-ups run H, A, then the rest
    assert [r.appointment_id for r in plan.appointments] == [appointment]
    customers = [t.customer_id for t in plan.follow_ups]
    assert customers.index(h_customer) < customers.index(c_customer)
    rank = {"H": 0, "A": 1}
    ranks = [rank.get(t.intent_level.value if t.intent_level else "", 2) for t in plan.follow_ups]
    assert ranks == sorted(ranks)
    assert all(t.due_date <= DAY for t in plan.follow_ups)


# -- readiness ---------------------------------------------------------------------------------


def test_the_readiness_checklist_is_the_prospecting_stages_checklist(
    demo_services: Services,
) -> None:
    # GIVEN the current process
    stage = demo_services.cockpit.current_process().stage(Stage.PROSPECTING)
    assert stage is not None

    # WHEN a day's readiness is read, THEN it lists that stage's items, all pending
    state = demo_services.appointments.readiness(DAY)
    assert [i.code for i in state.items] == [i.code for i in stage.checklist]
    assert "sales_kit" in [i.code for i in state.items]
    assert not any(i.done for i in state.items)
    assert not state.complete


def test_readiness_is_kept_per_day_with_who_and_when(demo_services: Services) -> None:
    # GIVEN the sales kit ticked yesterday by a salesperson
    seller = _salespeople(demo_services)[0]
    _sign_in(demo_services, seller)
    yesterday, today = DAY - timedelta(days=1), DAY
    before = datetime.now().replace(microsecond=0)
    demo_services.appointments.set_readiness(yesterday, "sales_kit", True)

    # WHEN today's checklist is read, THEN yesterday's tick is not there
    today_kit = next(
        i for i in demo_services.appointments.readiness(today).items if i.code == "sales_kit"
    )
    assert not today_kit.done and today_kit.by_user_id is None and today_kit.at is None

    # AND yesterday's says who ticked it and when
    kit = next(
        i for i in demo_services.appointments.readiness(yesterday).items if i.code == "sales_kit"
    )
    assert kit.done
    assert kit.by_user_id == seller
    assert kit.by_name == next(u.name for u in demo_services.settings.users() if u.id == seller)
    assert kit.at is not None and kit.at >= before

    # AND unticking it is kept too, and both changes are audited
    demo_services.appointments.set_readiness(yesterday, "sales_kit", False)
    kit = next(
        i for i in demo_services.appointments.readiness(yesterday).items if i.code == "sales_kit"
    )
    assert not kit.done
    with demo_services.db.read() as s:
        entries = list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.entity == "readiness").order_by(AuditEntry.id)
            )
        )
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("readiness.sales_kit", "pending", "done"),
        ("readiness.sales_kit", "done", "pending"),
    ]


def test_an_unknown_readiness_item_is_refused(demo_services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        demo_services.appointments.set_readiness(DAY, "coffee_machine", True)
    assert caught.value.code == "unknown_item"
    assert not any(i.done for i in demo_services.appointments.readiness(DAY).items)
