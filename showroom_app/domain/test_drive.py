"""Test drive rules (DOMAIN.md §4.5, §11) and the "bad input" checks of stages 2-5.

The licence check is one of the few hard gates the app has (law and safety): the function
only reports problems, and there is deliberately no parameter to override them. Everything
else here is ordinary input validation (``ValidationError``) or a soft warning
(``ValidationWarning``) that the salesperson may save past.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import ValidationWarning, validate_non_negative_amount

__all__ = [
    "DEFAULT_MIN_YEARS_EXPERIENCE",
    "FEEDBACK_RATINGS",
    "LICENCE_CLASSES",
    "MIN_DRIVER_AGE",
    "Booking",
    "BookingConflict",
    "LicenceCheck",
    "LicenceClass",
    "LicenceProblem",
    "LicenceProblemCode",
    "check_booking",
    "check_booking_named",
    "check_licence",
    "full_years",
    "normalise_licence_class",
    "overlapping",
    "validate_budget",
    "validate_drive_times",
    "validate_feedback",
    "validate_visit_times",
]

MIN_DRIVER_AGE = 18  # CN, TW and HK alike (DOMAIN.md §4.5)
DEFAULT_MIN_YEARS_EXPERIENCE = 1  # dealer policy default [CFG]; CN probation is 12 months
MAX_ODOMETER = 2_000_000


# -- licence gate ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LicenceClass:
    region: Region
    automatic_only: bool = False


#: Licence classes that allow driving a private passenger car. Anything not listed fails.
#: CN (准驾车型): C1 small car; C2 small car, automatic only; A1/A2/A3/B1/B2 include C1.
#: TW (駕照種類): 小型車, and the larger classes (大貨車, 大客車, 聯結車) that include it,
#: each as 普通 (private) or 職業 (professional).
#: HK: class 1 private car, class 2 light goods vehicle; 1A/2A are automatic only.
LICENCE_CLASSES: dict[str, LicenceClass] = {
    **{code: LicenceClass(Region.CN) for code in ("A1", "A2", "A3", "B1", "B2", "C1")},
    "C2": LicenceClass(Region.CN, automatic_only=True),
    "小型車": LicenceClass(Region.TW),
    **{
        f"{kind}{cls}": LicenceClass(Region.TW)
        for kind in ("普通", "職業")
        for cls in ("小型車", "大貨車", "大客車", "聯結車")
    },
    "HK1": LicenceClass(Region.HK),
    "HK2": LicenceClass(Region.HK),
    "HK1A": LicenceClass(Region.HK, automatic_only=True),
    "HK2A": LicenceClass(Region.HK, automatic_only=True),
}

_TO_TRADITIONAL = str.maketrans("车职货联结业", "車職貨聯結業")
_HK_CLASS_RE = re.compile(r"(?:HK)?(?:CLASS)?([12]A?)")


def normalise_licence_class(raw: str) -> str:
    """Canonical table key: full-width folded, upper case, no spaces, Traditional characters;
    HK classes as ``HK1`` ... (``class 1``, ``HK Class 1A`` and a bare ``2`` are accepted)."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw).upper())
    text = text.translate(_TO_TRADITIONAL)
    match = _HK_CLASS_RE.fullmatch(text)
    return f"HK{match.group(1)}" if match else text


class LicenceProblemCode(StrEnum):
    EXPIRED = "licence_expired"
    EXPERIENCE = "licence_experience"
    UNDER_AGE = "under_age"
    CLASS = "licence_class"
    AUTOMATIC_ONLY = "licence_automatic_only"


@dataclass(frozen=True)
class LicenceProblem:
    code: LicenceProblemCode
    field: str
    message: str  # English source text, translated by the UI in the "Validation" context
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)

    def text(self) -> str:
        return self.message.format(**self.params) if self.params else self.message

    def to_error(self) -> ValidationError:
        return ValidationError(self.field, self.message, self.code.value, **self.params)


def full_years(start: date, end: date) -> int:
    """Completed years from ``start`` to ``end`` (a 29 February start completes on 1 March)."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def check_licence(
    licence_expiry: date | None,
    first_issue_date: date,
    birth_date: date,
    licence_class: str,
    today: date,
    min_years_experience: int = DEFAULT_MIN_YEARS_EXPERIENCE,
    *,
    manual_transmission: bool = False,
) -> list[LicenceProblem]:
    """Every reason this driver may not take the test car today; empty means the gate opens.

    ``licence_expiry`` is None for a licence without an expiry date (CN 长期 licences).
    A licence expiring today is still valid today. Experience counts whole years since the
    first issue date.
    """
    if min_years_experience < 0:
        raise ValueError("min_years_experience must not be negative")
    problems: list[LicenceProblem] = []
    if licence_expiry is not None and licence_expiry < today:
        problems.append(
            LicenceProblem(
                LicenceProblemCode.EXPIRED,
                "licence_expiry",
                QT_TRANSLATE_NOOP("Validation", "The driving licence has expired."),
            )
        )
    if first_issue_date > today or full_years(first_issue_date, today) < min_years_experience:
        problems.append(
            LicenceProblem(
                LicenceProblemCode.EXPERIENCE,
                "licence_first_issue",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The driver has held a licence for less than the required {years} year(s).",
                ),
                {"years": min_years_experience},
            )
        )
    if full_years(birth_date, today) < MIN_DRIVER_AGE:
        problems.append(
            LicenceProblem(
                LicenceProblemCode.UNDER_AGE,
                "birth_date",
                QT_TRANSLATE_NOOP("Validation", "The driver must be at least 18 years old."),
            )
        )
    rule = LICENCE_CLASSES.get(normalise_licence_class(licence_class))
    if rule is None:
        problems.append(
            LicenceProblem(
                LicenceProblemCode.CLASS,
                "licence_class",
                QT_TRANSLATE_NOOP(
                    "Validation", "This licence class does not allow driving a passenger car."
                ),
            )
        )
    elif rule.automatic_only and manual_transmission:
        problems.append(
            LicenceProblem(
                LicenceProblemCode.AUTOMATIC_ONLY,
                "licence_class",
                QT_TRANSLATE_NOOP(
                    "Validation", "This licence allows only cars with automatic transmission."
                ),
            )
        )
    return problems


@dataclass(frozen=True)
class LicenceCheck:
    """The licence data typed in at the test-drive page."""

    licence_expiry: date | None
    first_issue_date: date
    birth_date: date
    licence_class: str
    manual_transmission: bool = False

    def problems(self, today: date, min_years_experience: int) -> list[LicenceProblem]:
        return check_licence(
            self.licence_expiry,
            self.first_issue_date,
            self.birth_date,
            self.licence_class,
            today,
            min_years_experience,
            manual_transmission=self.manual_transmission,
        )

    def require_ok(self, today: date, min_years_experience: int) -> None:
        """Raise ``ValidationErrors`` naming every failure (for the service layer)."""
        problems = self.problems(today, min_years_experience)
        if problems:
            raise ValidationErrors([p.to_error() for p in problems])


# -- test-car calendar ----------------------------------------------------------------------------


def _end_after_start() -> ValidationError:
    return ValidationError(
        "end", QT_TRANSLATE_NOOP("Validation", "The end must be after the start."), "date_range"
    )


@dataclass(frozen=True)
class Booking:
    """A test car reserved from ``start`` to ``end`` (local time, all naive or all aware).

    ``booking_id`` identifies a stored booking, so moving it is not a clash with itself.
    """

    car_id: int
    start: datetime
    end: datetime
    booking_id: int | None = None

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise _end_after_start()


def _clash(a: Booking, b: Booking) -> bool:
    if a.car_id != b.car_id:
        return False
    if a.booking_id is not None and a.booking_id == b.booking_id:
        return False
    return a.start < b.end and b.start < a.end  # touching ends (10:00-11:00, 11:00-12:00) fit


def overlapping(new: Booking, existing: Sequence[Booking]) -> list[Booking]:
    """The existing bookings of the same car that share any time with ``new``."""
    return [b for b in existing if _clash(new, b)]


def check_booking(new: Booking, existing: Sequence[Booking]) -> None:
    """The calendar refuses double bookings: raise when ``new`` overlaps another booking."""
    if overlapping(new, existing):
        raise ValidationError(
            "start",
            QT_TRANSLATE_NOOP("Validation", "This test car is already booked at that time."),
            "double_booking",
        )


# -- times, odometer, budget ----------------------------------------------------------------------


def _check_odometer(value: int, field_name: str) -> None:
    if not 0 <= value <= MAX_ODOMETER:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
            "range",
            low=0,
            high=MAX_ODOMETER,
        )


def validate_drive_times(
    start: datetime,
    end: datetime | None,
    odo_out: int,
    odo_in: int | None,
    route_length_km: Decimal | int | None,
) -> list[ValidationWarning]:
    """Check a test drive's times and odometer; ``end`` and ``odo_in`` are None while the car
    is still out. Returns soft warnings (a distance over twice the route length)."""
    if end is not None and end <= start:
        raise _end_after_start()
    _check_odometer(odo_out, "odo_start")
    if odo_in is None:
        return []
    _check_odometer(odo_in, "odo_end")
    if odo_in < odo_out:
        raise ValidationError(
            "odo_end",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The odometer reading on return cannot be lower than at departure.",
            ),
            "odometer",
        )
    distance = odo_in - odo_out
    if route_length_km is not None and route_length_km > 0 and distance > 2 * route_length_km:
        return [
            ValidationWarning(
                "odo_end",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The car was driven {distance} km, more than twice the route length "
                    "({route} km). Please check the odometer readings.",
                ),
                "implausible_distance",
                {"distance": distance, "route": route_length_km},
            )
        ]
    return []


def validate_visit_times(arrival: datetime, departure: datetime | None) -> timedelta | None:
    """Departure may equal arrival (a quick look) but not precede it; returns the duration."""
    if departure is None:
        return None
    if departure < arrival:
        raise ValidationError(
            "departure",
            QT_TRANSLATE_NOOP(
                "Validation", "The departure time cannot be before the arrival time."
            ),
            "date_range",
        )
    return departure - arrival


def validate_budget(
    budget_min: Decimal | None, budget_max: Decimal | None
) -> tuple[Decimal | None, Decimal | None]:
    """Either end may be left open; amounts are non-negative with two decimals, min ≤ max."""
    low = None if budget_min is None else validate_non_negative_amount(budget_min, "budget_min")
    high = None if budget_max is None else validate_non_negative_amount(budget_max, "budget_max")
    if low is not None and high is not None and low > high:
        raise ValidationError(
            "budget_min",
            QT_TRANSLATE_NOOP("Validation", "The minimum budget cannot be above the maximum."),
            "budget_range",
        )
    return low, high


class BookingConflict(ValidationError):
    """The test car is already booked: ``clashes`` names the bookings in the way (the
    earliest one is also in the message's ``{start}``-``{end}``)."""

    def __init__(self, clashes: Sequence[Booking]) -> None:
        first = min(clashes, key=lambda b: b.start)
        super().__init__(
            "start",
            QT_TRANSLATE_NOOP(
                "Validation", "This test car is already booked from {start} to {end}."
            ),
            "double_booking",
            start=first.start.strftime("%Y-%m-%d %H:%M"),
            end=first.end.strftime(
                "%H:%M" if first.end.date() == first.start.date() else "%Y-%m-%d %H:%M"
            ),
        )
        self.clashes = tuple(clashes)


def check_booking_named(new: Booking, existing: Sequence[Booking]) -> None:
    """Like ``check_booking``, raising a ``BookingConflict`` that names the clash."""
    clashes = overlapping(new, existing)
    if clashes:
        raise BookingConflict(clashes)


# Test-drive feedback ratings (試駕評價), each 1-5 (DOMAIN.md §4.5).
FEEDBACK_RATINGS = ("design", "comfort", "power", "handling", "noise", "tech")
MAX_FEEDBACK_NOTE = 2000


def validate_feedback(ratings: Mapping[str, int], notes: str) -> dict[str, object]:
    """The feedback as stored: ``{"ratings": {...}, "notes": "..."}``."""
    for key, value in ratings.items():
        if key not in FEEDBACK_RATINGS:
            raise ValidationError(
                f"feedback.{key}",
                QT_TRANSLATE_NOOP("Validation", "Choose a value from the list."),
                "choice",
            )
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(
                f"feedback.{key}",
                QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                "range",
                low=1,
                high=5,
            )
    if len(notes) > MAX_FEEDBACK_NOTE:
        raise ValidationError(
            "feedback.notes",
            QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
            "too_long",
            max_len=MAX_FEEDBACK_NOTE,
        )
    return {"ratings": dict(ratings), "notes": notes.strip()}
