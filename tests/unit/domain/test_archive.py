"""DOMAIN.md §5.3 maintenance dates, the two-day rule and archive completeness."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_app.domain.archive import (
    ARCHIVE_FIELDS,
    ServiceRecordForm,
    VehicleForm,
    add_months,
    archive_due,
    completeness,
    missing_archive_fields,
    next_maintenance,
    validate_service_record,
    validate_vehicle,
)
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationErrors

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 29), 6, date(2027, 5, 29)),
        (date(2026, 12, 15), 12, date(2027, 12, 15)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_first_service_by_time_when_the_car_is_little_used():
    # GIVEN delivery on 2026-06-01 at 10 km, first service 5,000 km / 6 months, and a reading
    # of 1,010 km on 2026-09-01 (~11 km/day)
    plan = next_maintenance(
        today=TODAY,
        interval_km=5000,
        interval_months=6,
        last_service_date=None,
        last_service_km=None,
        delivery_date=date(2026, 6, 1),
        odometer_at_delivery=10,
        odometer_now=1010,
        odometer_date=date(2026, 9, 1),
        region=Region.TW,
    )
    # THEN by time (2026-12-01) comes before by distance (~a year later)
    assert plan.date_by_time == date(2026, 12, 1)
    assert plan.date_by_km is not None and plan.date_by_km > plan.date_by_time
    assert plan.next_date == date(2026, 12, 1) and not plan.overridden


def test_service_by_distance_when_the_car_is_driven_a_lot():
    # 100 km a day since delivery: 5,000 km are reached after 50 days
    plan = next_maintenance(
        today=TODAY,
        interval_km=5000,
        interval_months=6,
        last_service_date=None,
        last_service_km=None,
        delivery_date=date(2026, 6, 1),
        odometer_at_delivery=0,
        odometer_now=3000,
        odometer_date=date(2026, 7, 1),
        region=Region.CN,
    )
    assert plan.date_by_km == date(2026, 7, 21)
    assert plan.next_date == date(2026, 7, 21)


def test_regional_default_distance_when_nothing_was_measured():
    # no reading since delivery: CN default 40 km/day -> 10,000 km in 250 days
    plan = next_maintenance(
        today=TODAY,
        interval_km=10000,
        interval_months=None,
        last_service_date=None,
        last_service_km=None,
        delivery_date=date(2026, 1, 1),
        odometer_at_delivery=0,
        odometer_now=None,
        odometer_date=None,
        region=Region.CN,
    )
    assert plan.date_by_km == date(2026, 9, 8)


def test_after_a_service_the_service_is_the_starting_point_and_override_wins():
    plan = next_maintenance(
        today=TODAY,
        interval_km=10000,
        interval_months=12,
        last_service_date=date(2026, 3, 1),
        last_service_km=5200,
        delivery_date=date(2025, 9, 1),
        odometer_at_delivery=0,
        odometer_now=5200,
        odometer_date=date(2026, 3, 1),
        region=Region.TW,
        override=date(2026, 12, 24),
    )
    assert plan.date_by_time == date(2027, 3, 1)
    assert plan.next_date == date(2026, 12, 24) and plan.overridden


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_archive_is_due_two_days_after_the_visit(day):
    assert (archive_due(day) - day).days == 2


def test_completeness_names_the_missing_fields():
    present = {key: True for key, _ in ARCHIVE_FIELDS}
    assert completeness(present) == 100 and missing_archive_fields(present) == []
    present["plate"] = False
    present["desired_services"] = False
    assert missing_archive_fields(present) == ["plate", "desired_services"]
    assert completeness(present) == round(100 * 9 / 11)
    assert completeness({}) == 0


def test_vehicle_validation():
    clean, warnings = validate_vehicle(
        VehicleForm(model_text="RAV4", plate=" abc-1234 ", vin="1M8GDM9AXKP042788"),
        Region.TW,
        TODAY,
    )
    assert clean.plate == "ABC-1234" and clean.vin == "1M8GDM9AXKP042788"
    assert warnings == []
    with pytest.raises(ValidationErrors) as info:
        validate_vehicle(
            VehicleForm(
                plate="ABC-1234",
                vin="1M8GDM9A1KP042788",
                delivery_date=date(2027, 1, 1),
                interval_km=0,
            ),
            Region.CN,
            TODAY,
        )
    fields = {e.field for e in info.value.errors}
    assert {"model", "vin", "delivery_date", "interval_km"} <= fields
    # outside mainland China a wrong check digit is only a warning
    _clean, warnings = validate_vehicle(
        VehicleForm(model_text="x", vin="1M8GDM9A1KP042788"), Region.TW, TODAY
    )
    assert warnings


def test_service_record_validation():
    ok = ServiceRecordForm(
        service_date=TODAY, odometer=5000, items="首保", amount=Decimal("1200.00")
    )
    assert validate_service_record(ok, TODAY) is ok
    with pytest.raises(ValidationErrors) as info:
        validate_service_record(
            ServiceRecordForm(
                service_date=date(2027, 1, 1), odometer=-1, items=" ", amount=Decimal("-1")
            ),
            TODAY,
        )
    assert {e.field for e in info.value.errors} == {"service_date", "odometer", "items", "amount"}
