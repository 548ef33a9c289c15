"""The customer archive at the service layer: the two-day rule, vehicles, service history."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from showroom_app.db.models import FollowUpTask
from showroom_app.domain.archive import ArchiveForm, ServiceRecordForm, VehicleForm
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.errors import ValidationErrors
from showroom_app.services.container import Services


@pytest.fixture
def customer(demo_services: Services) -> int:
    return demo_services.customers.create(
        CustomerForm(name="林志明", phones=("0955 123 456",), address="臺北市")
    )


def _archive_tasks(services: Services, customer_id: int, status: str = "open"):
    with services.db.read() as s:
        return list(
            s.scalars(
                select(FollowUpTask).where(
                    FollowUpTask.customer_id == customer_id,
                    FollowUpTask.kind == "archive",
                    FollowUpTask.status == status,
                )
            )
        )


def test_a_visit_opens_the_two_day_archive_task_and_completing_closes_it(
    demo_services: Services, customer: int
):
    # GIVEN a walk-in today
    visit_day = datetime(2026, 11, 27, 10, 30)
    demo_services.archive.record_visit(customer, started_at=visit_day, party_size=2)
    # THEN an archive task is due two days later, and shows on Today as due
    tasks = _archive_tasks(demo_services, customer)
    assert [t.due_date for t in tasks] == [date(2026, 11, 29)]
    today = demo_services.followups.today(date(2026, 11, 29))
    assert any(t.customer_id == customer and t.kind.value == "archive" for t in today.tasks)
    # a second visit does not pile up a second task
    demo_services.archive.record_visit(customer, started_at=visit_day + timedelta(days=1))
    assert len(_archive_tasks(demo_services, customer)) == 1
    profile = demo_services.archive.profile(customer)
    assert profile.archive_due == date(2026, 11, 29)
    # WHEN the archive is completed
    assert demo_services.archive.complete_archive(customer) == 1
    # THEN the task is closed and Today no longer lists it
    assert _archive_tasks(demo_services, customer) == []
    assert len(_archive_tasks(demo_services, customer, "done")) == 1
    today = demo_services.followups.today(date(2026, 11, 29))
    assert not any(t.customer_id == customer and t.kind.value == "archive" for t in today.tasks)
    assert demo_services.archive.profile(customer).archive_completed_at is not None


def test_a_service_visit_also_asks_for_the_archive(demo_services: Services, customer: int):
    vehicle_id, _ = demo_services.archive.add_vehicle(
        customer, VehicleForm(model_text="RAV4", plate="ABC-1234")
    )
    demo_services.archive.add_service(
        customer,
        ServiceRecordForm(
            service_date=date(2026, 11, 20),
            odometer=5100,
            items="首次保養",
            amount=Decimal("0.00"),
            advisor="王小華",
            vehicle_id=vehicle_id,
        ),
    )
    assert [t.due_date for t in _archive_tasks(demo_services, customer)] == [date(2026, 11, 22)]


def test_profile_holds_every_archive_field_and_the_meter_names_what_is_missing(
    demo_services: Services, customer: int
):
    profile = demo_services.archive.profile(customer)
    assert "plate" in profile.missing and "desired_services" in profile.missing
    before = profile.completeness
    # WHEN the vehicle, its maintenance plan, the services wanted and a visit are recorded
    demo_services.archive.add_vehicle(
        customer,
        VehicleForm(
            model_text="RAV4 2.5 Hybrid",
            plate="abc-1234",
            vehicle_type="suv",
            powertrain="HEV",
            vin="1M8GDM9AXKP042788",
            delivery_date=date(2026, 6, 1),
            odometer_at_delivery=12,
            maintenance_items=("oil_filter", "tyre_rotation"),
            interval_km=5000,
            interval_months=6,
        ),
    )
    demo_services.archive.save_archive(
        customer,
        ArchiveForm(
            email="lin@example.com",
            preferred_channel="line",
            best_time="晚上",
            service_advisor="王小華",
            insurance_company="富邦產險",
            insurance_expiry=date(2027, 6, 1),
            desired_services=("pickup_dropoff",),
            desired_services_note="週末方便",
        ),
    )
    demo_services.archive.record_visit(customer)
    profile = demo_services.archive.profile(customer)
    # THEN every field is there and the meter is full
    assert profile.completeness == 100 and profile.missing == ()
    assert profile.vehicles[0].plate == "ABC-1234"
    # no odometer reading yet: Taiwan's default 33 km/day reaches 5,000 km before 6 months
    assert profile.vehicles[0].next_maintenance == date(2026, 10, 31)
    assert profile.email == "lin@example.com" and profile.desired_services == ("pickup_dropoff",)
    assert profile.completeness > before
    # AND the plate and the VIN's last digits now find the customer
    assert customer in {r.customer_id for r in demo_services.customers.search("ABC")}
    assert customer in {r.customer_id for r in demo_services.customers.search("042788")}


def test_override_of_the_next_maintenance_date_is_visible_as_such(demo_services, customer):
    vid, _ = demo_services.archive.add_vehicle(
        customer, VehicleForm(model_text="Civic", delivery_date=date(2026, 6, 1), interval_months=6)
    )
    demo_services.archive.update_vehicle(
        vid,
        VehicleForm(
            model_text="Civic",
            delivery_date=date(2026, 6, 1),
            interval_months=6,
            next_maintenance_override=date(2026, 11, 30),
        ),
    )
    v = demo_services.archive.profile(customer).vehicles[0]
    assert v.next_maintenance_computed == date(2026, 12, 1)
    assert v.next_maintenance_override == date(2026, 11, 30) == v.next_maintenance


def test_invalid_values_are_refused_and_nothing_is_saved(demo_services, customer):
    with pytest.raises(ValidationErrors):
        demo_services.archive.save_archive(customer, ArchiveForm(email="not an email"))
    with pytest.raises(ValidationErrors):
        demo_services.archive.add_service(
            customer, ServiceRecordForm(service_date=date.today() + timedelta(days=3), items="x")
        )
    profile = demo_services.archive.profile(customer)
    assert profile.email == "" and profile.service_history == ()
    assert _archive_tasks(demo_services, customer) == []
