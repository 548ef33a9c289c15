"""Licence gate, test-car calendar, drive/visit times and budget (DOMAIN.md §4.2-4.5, §11)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.test_drive import (
    LICENCE_CLASSES,
    Booking,
    LicenceCheck,
    LicenceProblemCode,
    check_booking,
    check_licence,
    full_years,
    normalise_licence_class,
    overlapping,
    validate_budget,
    validate_drive_times,
    validate_visit_times,
)

TODAY = date(2026, 11, 29)
ADULT = date(1990, 5, 1)
EXPERIENCED = date(2015, 3, 1)
VALID_UNTIL = date(2030, 1, 1)
C = LicenceProblemCode


def _codes(**overrides) -> list[LicenceProblemCode]:
    args = {
        "licence_expiry": VALID_UNTIL,
        "first_issue_date": EXPERIENCED,
        "birth_date": ADULT,
        "licence_class": "C1",
        "today": TODAY,
        "min_years_experience": 1,
    }
    args.update(overrides)
    return [p.code for p in check_licence(**args)]


# -- licence gate -------------------------------------------------------------------------------


def test_a_valid_licence_passes():
    assert _codes() == []


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"licence_expiry": TODAY - timedelta(days=1)}, [C.EXPIRED]),
        ({"licence_expiry": TODAY}, []),  # valid through its last day
        ({"licence_expiry": None}, []),  # CN 长期: no expiry date
        ({"first_issue_date": date(2026, 1, 1)}, [C.EXPERIENCE]),
        ({"first_issue_date": date(2025, 11, 29)}, []),  # exactly one year
        ({"first_issue_date": date(2025, 11, 30)}, [C.EXPERIENCE]),  # one day short
        ({"first_issue_date": date(2027, 1, 1), "min_years_experience": 0}, [C.EXPERIENCE]),
        ({"first_issue_date": TODAY, "min_years_experience": 0}, []),
        ({"first_issue_date": date(2023, 12, 1), "min_years_experience": 3}, [C.EXPERIENCE]),
        ({"birth_date": date(2008, 11, 29)}, []),  # 18 today
        ({"birth_date": date(2008, 11, 30)}, [C.UNDER_AGE]),  # 18 tomorrow
        ({"licence_class": "D"}, [C.CLASS]),  # CN motorcycle
        ({"licence_class": "普通重型機車"}, [C.CLASS]),  # TW motorcycle
        ({"licence_class": ""}, [C.CLASS]),
        ({"licence_class": "C2", "manual_transmission": True}, [C.AUTOMATIC_ONLY]),
        ({"licence_class": "C2"}, []),
        ({"licence_class": "HK 1A", "manual_transmission": True}, [C.AUTOMATIC_ONLY]),
        (
            {
                "licence_expiry": date(2020, 1, 1),
                "first_issue_date": date(2026, 6, 1),
                "birth_date": date(2010, 1, 1),
                "licence_class": "E",
            },
            [C.EXPIRED, C.EXPERIENCE, C.UNDER_AGE, C.CLASS],
        ),
    ],
)
def test_licence_gate_names_every_failure(overrides, expected):
    assert _codes(**overrides) == expected


@pytest.mark.parametrize(
    "licence_class",
    [
        "C1",
        "c1",
        "Ｃ１",
        "C2",
        "B1",
        "B2",
        "A1",
        "A2",
        "A3",
        "小型車",
        "普通小型車",
        "普通小型车",
        "職業小型車",
        "普通大貨車",
        "职业联结车",
        "1",
        "class 1",
        "HK Class 2",
        "HK1",
        "2A",
    ],
)
def test_passenger_car_classes_are_accepted(licence_class):
    assert _codes(licence_class=licence_class) == []


@pytest.mark.parametrize(
    "licence_class", ["C3", "C4", "C5", "D", "E", "F", "M", "N", "P", "3", "HK3", "普通重型機車"]
)
def test_other_classes_are_refused(licence_class):
    assert _codes(licence_class=licence_class) == [C.CLASS]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("c1", "C1"),
        (" Ｂ２ ", "B2"),
        ("普通小型车", "普通小型車"),
        ("class 1a", "HK1A"),
        ("HK 2", "HK2"),
    ],
)
def test_normalise_licence_class(raw, expected):
    assert normalise_licence_class(raw) == expected
    assert expected in LICENCE_CLASSES


def test_problems_carry_a_field_and_a_translatable_message():
    problems = check_licence(
        TODAY - timedelta(days=1), date(2026, 6, 1), ADULT, "C1", TODAY, min_years_experience=2
    )
    assert [p.field for p in problems] == ["licence_expiry", "licence_first_issue"]
    assert problems[0].text() == "The driving licence has expired."
    assert "2 year(s)" in problems[1].text()
    error = problems[1].to_error()
    assert (error.field, error.code, error.params) == (
        "licence_first_issue",
        "licence_experience",
        {"years": 2},
    )


def test_licence_check_record_raises_every_failure_and_has_no_override():
    # GIVEN an expired licence of the wrong class
    check = LicenceCheck(TODAY - timedelta(days=1), EXPERIENCED, ADULT, "D")
    # WHEN the service asks for the gate THEN both failures are raised together
    with pytest.raises(ValidationErrors) as caught:
        check.require_ok(TODAY, 1)
    assert [e.code for e in caught.value.errors] == ["licence_expired", "licence_class"]
    # AND a good licence passes silently
    LicenceCheck(VALID_UNTIL, EXPERIENCED, ADULT, "C1").require_ok(TODAY, 1)


def test_negative_minimum_experience_is_a_programming_error():
    with pytest.raises(ValueError):
        _codes(min_years_experience=-1)


@given(today=st.dates(min_value=date(1950, 1, 2), max_value=date(2200, 1, 1)))
def test_a_licence_expiring_yesterday_always_fails_and_today_passes(today):
    yesterday = _codes(
        licence_expiry=today - timedelta(days=1),
        today=today,
        first_issue_date=date(1900, 1, 1),
        birth_date=date(1900, 1, 1),
    )
    same_day = _codes(
        licence_expiry=today,
        today=today,
        first_issue_date=date(1900, 1, 1),
        birth_date=date(1900, 1, 1),
    )
    assert C.EXPIRED in yesterday
    assert same_day == []


@given(
    start=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    end=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
)
def test_full_years_matches_a_date_comparison(start, end):
    assume(end >= start)
    years = full_years(start, end)
    assert years >= 0
    # the anniversary of `years` has been reached, the next one has not

    def anniversary(n: int) -> date:
        try:
            return start.replace(year=start.year + n)
        except ValueError:  # 29 February in a common year
            return date(start.year + n, 3, 1)

    assert anniversary(years) <= end < anniversary(years + 1)


# -- calendar -----------------------------------------------------------------------------------

T9 = datetime(2026, 11, 29, 9, 0)
H = timedelta(hours=1)


@pytest.mark.parametrize(
    ("start", "end", "car", "clash"),
    [
        (T9, T9 + H, 1, True),  # the same slot
        (T9 + H / 2, T9 + 2 * H, 1, True),  # starts inside
        (T9 - H, T9 + H / 2, 1, True),  # ends inside
        (T9 - H, T9 + 3 * H, 1, True),  # around it
        (T9 + 10 * timedelta(minutes=1), T9 + 20 * timedelta(minutes=1), 1, True),  # inside
        (T9 + H, T9 + 2 * H, 1, False),  # starts when the other ends
        (T9 - H, T9, 1, False),  # ends when the other starts
        (T9, T9 + H, 2, False),  # another car
    ],
)
def test_overlapping_table(start, end, car, clash):
    existing = [Booking(1, T9, T9 + H, booking_id=7)]
    new = Booking(car, start, end)
    assert overlapping(new, existing) == (existing if clash else [])


def test_double_booking_is_refused_but_moving_a_booking_is_not_a_clash_with_itself():
    existing = [
        Booking(1, T9, T9 + H, booking_id=7),
        Booking(1, T9 + 2 * H, T9 + 3 * H, booking_id=8),
    ]
    with pytest.raises(ValidationError) as caught:
        check_booking(Booking(1, T9 + H / 2, T9 + H * 3 / 2), existing)
    assert caught.value.code == "double_booking"
    # GIVEN booking 7 moved half an hour later WHEN checked THEN only booking 8 could clash
    check_booking(Booking(1, T9 + H / 2, T9 + H * 3 / 2, booking_id=7), existing)
    assert overlapping(Booking(1, T9 + H / 2, T9 + 5 * H / 2, booking_id=7), existing) == [
        existing[1]
    ]


@pytest.mark.parametrize("length", [timedelta(0), -H])
def test_a_booking_must_end_after_it_starts(length):
    with pytest.raises(ValidationError) as caught:
        Booking(1, T9, T9 + length)
    assert (caught.value.field, caught.value.code) == ("end", "date_range")


minutes = st.integers(min_value=0, max_value=60 * 24 * 14)
lengths = st.integers(min_value=1, max_value=60 * 24)


def _booking(car: int, start_min: int, length_min: int) -> Booking:
    start = T9 + timedelta(minutes=start_min)
    return Booking(car, start, start + timedelta(minutes=length_min))


@given(st.integers(1, 3), minutes, lengths, st.integers(1, 3), minutes, lengths)
def test_overlapping_is_symmetric(car_a, start_a, len_a, car_b, start_b, len_b):
    a, b = _booking(car_a, start_a, len_a), _booking(car_b, start_b, len_b)
    assert bool(overlapping(a, [b])) == bool(overlapping(b, [a]))


@given(minutes, lengths)
def test_a_booking_never_overlaps_itself_shifted_by_its_own_length(start, length):
    booking = _booking(1, start, length)
    assert overlapping(booking, [_booking(1, start + length, length)]) == []
    assert overlapping(booking, [_booking(1, start - length, length)]) == []
    assert overlapping(booking, [_booking(1, start, length)]) != []  # but it clashes with itself


# -- drive times and odometer -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("end", "odo_in", "field", "code"),
    [
        (T9, 10_020, "end", "date_range"),
        (T9 - H, 10_020, "end", "date_range"),
        (T9 + H, 9_999, "odo_end", "odometer"),
        (T9 + H, -1, "odo_end", "range"),
        (T9 + H, 2_000_001, "odo_end", "range"),
    ],
)
def test_drive_times_refuse_bad_input(end, odo_in, field, code):
    with pytest.raises(ValidationError) as caught:
        validate_drive_times(T9, end, 10_000, odo_in, 15)
    assert (caught.value.field, caught.value.code) == (field, code)


@pytest.mark.parametrize(
    ("odo_in", "route", "warned"),
    [
        (10_000, 15, False),  # did not move
        (10_030, 15, False),  # exactly twice the route
        (10_031, 15, True),
        (10_031, Decimal("15.5"), False),
        (10_500, None, False),  # no route length known
        (10_500, 0, False),
    ],
)
def test_drive_distance_over_twice_the_route_is_a_warning(odo_in, route, warned):
    warnings = validate_drive_times(T9, T9 + H, 10_000, odo_in, route)
    assert bool(warnings) is warned
    if warned:
        assert warnings[0].code == "implausible_distance"
        assert "31 km" in warnings[0].text() and "15 km" in warnings[0].text()


def test_a_drive_still_out_is_checked_only_as_far_as_recorded():
    assert validate_drive_times(T9, None, 10_000, None, 15) == []
    with pytest.raises(ValidationError):
        validate_drive_times(T9, None, -5, None, 15)


# -- visit times and budget (bad input of issue 5) ----------------------------------------------


@pytest.mark.parametrize(
    ("departure", "expected"),
    [(T9 + H, H), (T9, timedelta(0)), (None, None)],
)
def test_visit_times(departure, expected):
    assert validate_visit_times(T9, departure) == expected


def test_departure_before_arrival_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_visit_times(T9, T9 - timedelta(minutes=1))
    assert (caught.value.field, caught.value.code) == ("departure", "date_range")


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (Decimal(800_000), Decimal(1_000_000), (Decimal("800000.00"), Decimal("1000000.00"))),
        (Decimal(900_000), Decimal(900_000), (Decimal("900000.00"), Decimal("900000.00"))),
        (None, Decimal(500_000), (None, Decimal("500000.00"))),
        (Decimal(0), None, (Decimal("0.00"), None)),
        (None, None, (None, None)),
    ],
)
def test_budget_accepted(low, high, expected):
    assert validate_budget(low, high) == expected


@pytest.mark.parametrize(
    ("low", "high", "field", "code"),
    [
        (Decimal(1_000_000), Decimal(800_000), "budget_min", "budget_range"),
        (Decimal(-1), Decimal(800_000), "budget_min", "negative"),
        (None, Decimal(-1), "budget_max", "negative"),
        (Decimal("1.001"), None, "budget_min", "too_many_decimals"),
    ],
)
def test_budget_refused(low, high, field, code):
    with pytest.raises(ValidationError) as caught:
        validate_budget(low, high)
    assert (caught.value.field, caught.value.code) == (field, code)


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.decimals(min_value=0, max_value=10**9, places=2),
)
def test_budget_accepted_exactly_when_min_is_not_above_max(low, high):
    if low <= high:
        assert validate_budget(low, high) == (low, high)
    else:
        with pytest.raises(ValidationError):
            validate_budget(low, high)
