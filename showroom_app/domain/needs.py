"""The needs profile of stage 3 (DOMAIN.md §4.3) and the closing states (§9.3).

``NeedsForm`` is what the salesperson typed; ``validate_needs`` returns a cleaned copy or
raises ``ValidationErrors`` naming every bad field. The profile is stored as one JSON
object on the opportunity (``needs_to_json`` / ``needs_from_json``); amounts are strings
of ``Decimal`` there, never floats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from showroom_app.domain.cockpit import Timeline
from showroom_app.domain.enums import OpportunityStatus, Powertrain
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.test_drive import validate_budget
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import validate_non_negative_amount

__all__ = [
    "CLOSING_STATUSES",
    "HOME_CHARGING",
    "LOST_REASONS",
    "PAYMENT_METHODS",
    "PLATE_ELIGIBILITY",
    "POWERTRAIN_PREFS",
    "PRIORITIES",
    "USAGES",
    "NeedsForm",
    "needs_from_json",
    "needs_to_json",
    "pays_by_loan",
    "validate_close",
    "validate_needs",
]

# -- small code tables (stable codes; the UI shows translated labels) -----------------------------

PAYMENT_METHODS = ("full", "loan", "instalment", "lease")
USAGES = ("commute", "family", "business", "long_distance", "ride_hailing")
POWERTRAIN_PREFS = (*(p.value for p in Powertrain), "undecided")
HOME_CHARGING = ("yes", "no", "unknown")
PRIORITIES = ("safety", "space", "economy", "power", "tech", "brand", "price", "resale")
PLATE_ELIGIBILITY = ("has", "lottery", "nev_plate", "not_applicable")
LOST_REASONS = (
    "PRICE",
    "COMPETITOR_BRAND",
    "SAME_BRAND_OTHER_DEALER",
    "PRODUCT_FIT",
    "DELIVERY_TIME",
    "FINANCE",
    "TRADE_IN_VALUE",
    "PLATE_POLICY",
    "POSTPONED",
    "FAMILY_DECISION",
    "SERVICE_TRUST",
    "BOUGHT_USED",
    "NO_CONTACT",
    "OTHER",
)
CLOSING_STATUSES = (
    OpportunityStatus.LOST,
    OpportunityStatus.POSTPONED,
    OpportunityStatus.INVALID,
)

MAX_PASSENGERS = 9
MAX_LIST = 10
MAX_SHORT = 100
MAX_NOTE = 2000


@dataclass(frozen=True)
class NeedsForm:
    budget_min: Decimal | None = None
    budget_max: Decimal | None = None
    payment_method: str = ""  # "" = not asked yet
    down_payment_pct: int | None = None
    monthly_target: Decimal | None = None
    usage: tuple[str, ...] = ()
    main_driver: str = ""
    passengers: int | None = None
    family_notes: str = ""
    current_vehicle_brand: str = ""
    current_vehicle_model: str = ""
    current_vehicle_year: int | None = None
    current_vehicle_km: int | None = None
    trade_in: bool = False
    powertrain_pref: str = ""
    home_charging: str = "unknown"
    priorities: tuple[str, ...] = ()  # ranked, most important first
    competitors: tuple[str, ...] = ()
    color_prefs: tuple[str, ...] = ()
    timeline: str = Timeline.UNKNOWN.value
    decision_maker: str = ""
    plate_eligibility: str = ""  # CN only; "" = not asked


def pays_by_loan(needs: NeedsForm) -> bool | None:
    """None while the payment method is unknown; cash (``full``) is False."""
    if not needs.payment_method:
        return None
    return needs.payment_method != "full"


def _choose(field: str) -> ValidationError:
    return ValidationError(
        field, QT_TRANSLATE_NOOP("Validation", "Choose a value from the list."), "choice"
    )


def _range(field: str, low: int, high: int) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
        "range",
        low=low,
        high=high,
    )


def _too_long(field: str, limit: int) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
        "too_long",
        max_len=limit,
    )


def _texts(values: tuple[str, ...], field: str, errors: list[ValidationError]) -> tuple[str, ...]:
    clean = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
    if len(clean) > MAX_LIST:
        errors.append(_range(field, 0, MAX_LIST))
    elif any(len(v) > MAX_SHORT for v in clean):
        errors.append(_too_long(field, MAX_SHORT))
    return clean


def validate_needs(form: NeedsForm, today: date) -> NeedsForm:
    """A cleaned copy of ``form``, or ``ValidationErrors`` naming every bad field."""
    errors: list[ValidationError] = []
    low, high = form.budget_min, form.budget_max
    try:
        low, high = validate_budget(form.budget_min, form.budget_max)
    except ValidationError as exc:
        errors.append(exc)
    monthly = form.monthly_target
    if monthly is not None:
        try:
            monthly = validate_non_negative_amount(monthly, "monthly_target")
        except ValidationError as exc:
            errors.append(exc)
    if form.payment_method and form.payment_method not in PAYMENT_METHODS:
        errors.append(_choose("payment_method"))
    if form.down_payment_pct is not None and not 0 <= form.down_payment_pct <= 100:
        errors.append(_range("down_payment_pct", 0, 100))
    if any(u not in USAGES for u in form.usage):
        errors.append(_choose("usage"))
    if form.passengers is not None and not 1 <= form.passengers <= MAX_PASSENGERS:
        errors.append(_range("passengers", 1, MAX_PASSENGERS))
    if form.current_vehicle_year is not None and not (
        1950 <= form.current_vehicle_year <= today.year + 1
    ):
        errors.append(_range("current_vehicle_year", 1950, today.year + 1))
    if form.current_vehicle_km is not None and not 0 <= form.current_vehicle_km <= 2_000_000:
        errors.append(_range("current_vehicle_km", 0, 2_000_000))
    if form.powertrain_pref and form.powertrain_pref not in POWERTRAIN_PREFS:
        errors.append(_choose("powertrain_pref"))
    if form.home_charging not in HOME_CHARGING:
        errors.append(_choose("home_charging"))
    if any(p not in PRIORITIES for p in form.priorities):
        errors.append(_choose("priorities"))
    if form.plate_eligibility and form.plate_eligibility not in PLATE_ELIGIBILITY:
        errors.append(_choose("plate_eligibility"))
    try:
        Timeline(form.timeline)
    except ValueError:
        errors.append(
            ValidationError(
                "timeline",
                QT_TRANSLATE_NOOP("Validation", "Choose the expected purchase time from the list."),
                "timeline",
            )
        )
    for name, value, limit in (
        ("main_driver", form.main_driver, MAX_SHORT),
        ("family_notes", form.family_notes, MAX_NOTE),
        ("current_vehicle_brand", form.current_vehicle_brand, MAX_SHORT),
        ("current_vehicle_model", form.current_vehicle_model, MAX_SHORT),
        ("decision_maker", form.decision_maker, MAX_SHORT),
    ):
        if len(value.strip()) > limit:
            errors.append(_too_long(name, limit))
    competitors = _texts(form.competitors, "competitors", errors)
    colours = _texts(form.color_prefs, "color_prefs", errors)
    if errors:
        raise ValidationErrors(errors)
    return NeedsForm(
        budget_min=low,
        budget_max=high,
        payment_method=form.payment_method,
        down_payment_pct=form.down_payment_pct,
        monthly_target=monthly,
        usage=tuple(dict.fromkeys(form.usage)),
        main_driver=form.main_driver.strip(),
        passengers=form.passengers,
        family_notes=form.family_notes.strip(),
        current_vehicle_brand=form.current_vehicle_brand.strip(),
        current_vehicle_model=form.current_vehicle_model.strip(),
        current_vehicle_year=form.current_vehicle_year,
        current_vehicle_km=form.current_vehicle_km,
        trade_in=form.trade_in,
        powertrain_pref=form.powertrain_pref,
        home_charging=form.home_charging,
        priorities=tuple(dict.fromkeys(form.priorities)),
        competitors=competitors,
        color_prefs=colours,
        timeline=form.timeline,
        decision_maker=form.decision_maker.strip(),
        plate_eligibility=form.plate_eligibility,
    )


_MONEY = ("budget_min", "budget_max", "monthly_target")
_TUPLES = ("usage", "priorities", "competitors", "color_prefs")


def needs_to_json(needs: NeedsForm) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in NeedsForm.__dataclass_fields__:
        value = getattr(needs, name)
        if name in _MONEY:
            data[name] = None if value is None else str(value)
        elif name in _TUPLES:
            data[name] = list(value)
        else:
            data[name] = value
    return data


def needs_from_json(data: Mapping[str, Any] | None) -> NeedsForm:
    """Read a stored profile leniently: unknown keys are ignored, a damaged value is left
    at its default (the profile was validated when it was saved)."""
    if not data:
        return NeedsForm()
    defaults = NeedsForm()
    values: dict[str, Any] = {}
    for name in NeedsForm.__dataclass_fields__:
        if name not in data:
            continue
        raw = data[name]
        default = getattr(defaults, name)
        if name in _MONEY:
            try:
                values[name] = None if raw is None else Decimal(str(raw))
            except InvalidOperation:
                continue
        elif name in _TUPLES:
            if isinstance(raw, list):
                values[name] = tuple(str(v) for v in raw)
        elif isinstance(default, bool):
            if isinstance(raw, bool):
                values[name] = raw
        elif isinstance(default, str):
            if isinstance(raw, str):
                values[name] = raw
        elif raw is None or (isinstance(raw, int) and not isinstance(raw, bool)):
            values[name] = raw
    return NeedsForm(**values)


# -- closing states (DOMAIN.md §9.3) ------------------------------------------------------------


def validate_close(
    status: OpportunityStatus,
    reason_code: str,
    note: str,
    competitor: str,
    revisit: date | None,
    today: date,
) -> None:
    """Lost needs a reason code from the table; postponed needs a revisit date from today
    on; a competitor model belongs to a lost opportunity only."""
    errors: list[ValidationError] = []
    if status not in CLOSING_STATUSES:
        errors.append(_choose("status"))
    if reason_code and reason_code not in LOST_REASONS:
        errors.append(_choose("reason_code"))
    if status is OpportunityStatus.LOST and not reason_code:
        errors.append(
            ValidationError(
                "reason_code",
                QT_TRANSLATE_NOOP("Validation", "Choose the reason the sale was lost."),
                "required",
            )
        )
    if status is OpportunityStatus.POSTPONED and (revisit is None or revisit < today):
        errors.append(
            ValidationError(
                "revisit",
                QT_TRANSLATE_NOOP("Validation", "Choose a revisit date from today on."),
                "revisit",
            )
        )
    if competitor.strip() and status is not OpportunityStatus.LOST:
        errors.append(_choose("competitor"))
    if len(competitor.strip()) > MAX_SHORT:
        errors.append(_too_long("competitor", MAX_SHORT))
    if len(note) > MAX_NOTE:
        errors.append(_too_long("note", MAX_NOTE))
    if errors:
        raise ValidationErrors(errors)
