"""Stage 4, product presentation (DOMAIN.md §4.4): the six-point walkaround, FAB cards, key
specs and objections — codes, translatable names, ordering and validation.

Pure rules. Which trims suit the customer, and why, is ``presentation_scoring``. The key
specs and FAB cards are the dealership's data; the codes and limits live here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Protocol, TypeVar

from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.needs import PRIORITIES
from showroom_app.domain.text import QT_TRANSLATE_NOOP

# -- the walkaround (DOMAIN.md §4.4, in the usual order) -------------------------------------------

WALKAROUND_POINTS = ("front_left_45", "driver_seat", "rear_seat", "rear", "side", "engine_bay")
POINT_NAMES = {
    "front_left_45": QT_TRANSLATE_NOOP("Presentation", "Front-left 45°"),
    "driver_seat": QT_TRANSLATE_NOOP("Presentation", "Driver seat"),
    "rear_seat": QT_TRANSLATE_NOOP("Presentation", "Rear seat"),
    "rear": QT_TRANSLATE_NOOP("Presentation", "Rear"),
    "side": QT_TRANSLATE_NOOP("Presentation", "Side"),
    "engine_bay": QT_TRANSLATE_NOOP("Presentation", "Engine bay / front compartment"),
}
#: The checklist items of the shipped process presets that a ticked point (or a recorded
#: fact) completes; items a dealership removed from its process are simply not there.
POINT_CHECKLIST_ITEMS = {
    "front_left_45": "walk_front_left",
    "driver_seat": "walk_driver_seat",
    "rear_seat": "walk_rear_seat",
    "rear": "walk_rear",
    "side": "walk_side",
    "engine_bay": "walk_engine_bay",
}
WALKAROUND_ITEM = "walkaround"  # the whole walkaround, in the small-dealer preset
FAB_ITEM = "fab_benefits"
COMPETITOR_ITEM = "competitor_compared"
OBJECTIONS_ITEM = "objections_noted"

# -- objections (DOMAIN.md §4.4: price / space / delivery time / brand / range, and more) --------

OBJECTION_TAGS = (
    "price",
    "space",
    "delivery_time",
    "brand",
    "range",
    "charging",
    "power",
    "fuel_economy",
    "equipment",
    "design",
    "trade_in",
    "financing",
    "after_sales",
    "other",
)
TAG_NAMES = {
    "price": QT_TRANSLATE_NOOP("Presentation", "Price"),
    "space": QT_TRANSLATE_NOOP("Presentation", "Space"),
    "delivery_time": QT_TRANSLATE_NOOP("Presentation", "Delivery time"),
    "brand": QT_TRANSLATE_NOOP("Presentation", "Brand"),
    "range": QT_TRANSLATE_NOOP("Presentation", "Range"),
    "charging": QT_TRANSLATE_NOOP("Presentation", "Charging"),
    "power": QT_TRANSLATE_NOOP("Presentation", "Power"),
    "fuel_economy": QT_TRANSLATE_NOOP("Presentation", "Running costs"),
    "equipment": QT_TRANSLATE_NOOP("Presentation", "Equipment"),
    "design": QT_TRANSLATE_NOOP("Presentation", "Design"),
    "trade_in": QT_TRANSLATE_NOOP("Presentation", "Trade-in value"),
    "financing": QT_TRANSLATE_NOOP("Presentation", "Financing"),
    "after_sales": QT_TRANSLATE_NOOP("Presentation", "After-sales service"),
    "other": QT_TRANSLATE_NOOP("Presentation", "Other"),
}

#: The needs profile's priorities (DOMAIN.md §4.3), as this stage names them.
PRIORITY_NAMES = {
    "safety": QT_TRANSLATE_NOOP("Presentation", "Safety"),
    "space": QT_TRANSLATE_NOOP("Presentation", "Space"),
    "economy": QT_TRANSLATE_NOOP("Presentation", "Running costs"),
    "power": QT_TRANSLATE_NOOP("Presentation", "Performance"),
    "tech": QT_TRANSLATE_NOOP("Presentation", "Tech / ADAS"),
    "brand": QT_TRANSLATE_NOOP("Presentation", "Brand"),
    "price": QT_TRANSLATE_NOOP("Presentation", "Price"),
    "resale": QT_TRANSLATE_NOOP("Presentation", "Resale value"),
}

MAX_COMPARED = 3
MAX_OBJECTION = 1000
MAX_RESPONSE = 2000
MAX_COMPETITOR = 120
MAX_FEATURE = 120
MAX_FAB_TEXT = 400
MAX_SORT_ORDER = 999
TEXT_LANGUAGES = ("zh_TW", "zh_CN", "en")

#: Messages the presentation services raise (kept here so they reach the translations).
TRIM_OF_MODEL = QT_TRANSLATE_NOOP("Validation", "Choose a trim of this model.")
COMPARE_COUNT = QT_TRANSLATE_NOOP("Validation", "Choose one to {max} trims to compare.")
TRIM_GONE = QT_TRANSLATE_NOOP("Validation", "This trim is no longer in the catalogue.")

# -- key specs: the dealership's data, {code: value text} on a trim ------------------------------


@dataclass(frozen=True)
class SpecDef:
    """One key spec. ``kind`` is ``int``, ``decimal`` or ``choice``; numbers must lie in
    ``low``–``high``; ``unit`` is printed after the number."""

    code: str
    label: str
    kind: str
    unit: str = ""
    low: Decimal = Decimal(0)
    high: Decimal = Decimal(100_000)
    choices: tuple[str, ...] = ()


def _num(code: str, label: str, kind: str, unit: str, low: int | str, high: int | str) -> SpecDef:
    return SpecDef(code, label, kind, unit, Decimal(low), Decimal(high))


SPECS: tuple[SpecDef, ...] = (
    _num("length_mm", QT_TRANSLATE_NOOP("Specs", "Length"), "int", "mm", 2000, 8000),
    _num("width_mm", QT_TRANSLATE_NOOP("Specs", "Width"), "int", "mm", 1200, 2800),
    _num("height_mm", QT_TRANSLATE_NOOP("Specs", "Height"), "int", "mm", 1000, 3500),
    _num("wheelbase_mm", QT_TRANSLATE_NOOP("Specs", "Wheelbase"), "int", "mm", 1500, 5000),
    _num("boot_l", QT_TRANSLATE_NOOP("Specs", "Boot volume"), "int", "L", 0, 10000),
    _num("kerb_weight_kg", QT_TRANSLATE_NOOP("Specs", "Kerb weight"), "int", "kg", 500, 6000),
    _num("torque_nm", QT_TRANSLATE_NOOP("Specs", "Torque"), "int", "N·m", 0, 2000),
    _num("accel_0_100_s", QT_TRANSLATE_NOOP("Specs", "0–100 km/h"), "decimal", "s", 1, 30),
    _num(
        "fuel_l_100km",
        QT_TRANSLATE_NOOP("Specs", "Fuel consumption"),
        "decimal",
        "L/100 km",
        0,
        30,
    ),
    _num(
        "energy_kwh_100km",
        QT_TRANSLATE_NOOP("Specs", "Energy consumption"),
        "decimal",
        "kWh/100 km",
        5,
        60,
    ),
    _num("dc_charge_kw", QT_TRANSLATE_NOOP("Specs", "DC fast charging"), "int", "kW", 0, 1000),
    _num("airbags", QT_TRANSLATE_NOOP("Specs", "Airbags"), "int", "", 0, 20),
    _num("ncap_stars", QT_TRANSLATE_NOOP("Specs", "Crash-test rating"), "int", "★", 0, 5),
    SpecDef(
        "adas",
        QT_TRANSLATE_NOOP("Specs", "Driver assistance"),
        "choice",
        choices=("none", "aeb", "l2", "l2_plus"),
    ),
    _num("screen_in", QT_TRANSLATE_NOOP("Specs", "Centre screen"), "decimal", "in", 0, 40),
    SpecDef(
        "drive",
        QT_TRANSLATE_NOOP("Specs", "Drive"),
        "choice",
        choices=("fwd", "rwd", "awd", "4wd"),
    ),
    _num("warranty_years", QT_TRANSLATE_NOOP("Specs", "Warranty (years)"), "int", "", 0, 15),
    _num("warranty_km", QT_TRANSLATE_NOOP("Specs", "Warranty (km)"), "int", "km", 0, 10**6),
)
SPEC_BY_CODE = {d.code: d for d in SPECS}
CHOICE_NAMES = {
    ("adas", "none"): QT_TRANSLATE_NOOP("Specs", "None"),
    ("adas", "aeb"): QT_TRANSLATE_NOOP("Specs", "Emergency braking"),
    ("adas", "l2"): QT_TRANSLATE_NOOP("Specs", "Adaptive cruise and lane centring"),
    ("adas", "l2_plus"): QT_TRANSLATE_NOOP("Specs", "Navigation assist (L2+)"),
    ("drive", "fwd"): QT_TRANSLATE_NOOP("Specs", "Front-wheel drive"),
    ("drive", "rwd"): QT_TRANSLATE_NOOP("Specs", "Rear-wheel drive"),
    ("drive", "awd"): QT_TRANSLATE_NOOP("Specs", "All-wheel drive"),
    ("drive", "4wd"): QT_TRANSLATE_NOOP("Specs", "Four-wheel drive"),
}


def spec_number(specs: Mapping[str, object], code: str) -> Decimal | None:
    """A numeric spec as a number, or None when absent or not a number (lenient: for scoring)."""
    raw = specs.get(code)
    if raw is None or isinstance(raw, bool):
        return None
    try:
        value = Decimal(str(raw).replace(",", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _spec_error(code: str, message: str, error: str, **params: object) -> ValidationError:
    return ValidationError(f"spec_{code}", message, error, **params)


def validate_specs(specs: Mapping[str, object]) -> dict[str, str]:
    """Cleaned specs: known codes only, numbers in range (``4,720`` → ``4720``), choices from
    their list; an empty value removes the spec. ``ValidationErrors`` names every bad one."""
    clean: dict[str, str] = {}
    errors: list[ValidationError] = []
    for code, raw in specs.items():
        d = SPEC_BY_CODE.get(code)
        text = "" if raw is None else str(raw).strip()
        if d is None:
            errors.append(
                _spec_error(code, QT_TRANSLATE_NOOP("Validation", "Unknown spec."), "unknown")
            )
            continue
        if not text:
            continue
        if d.kind == "choice":
            if text not in d.choices:
                errors.append(
                    _spec_error(
                        code,
                        QT_TRANSLATE_NOOP("Validation", "Choose a value from the list."),
                        "choice",
                    )
                )
            else:
                clean[code] = text
            continue
        value = spec_number({code: text}, code)
        whole = value is not None and value == value.to_integral_value()
        if value is None or (d.kind == "int" and not whole) or not d.low <= value <= d.high:
            errors.append(
                _spec_error(
                    code,
                    QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                    "range",
                    low=f"{d.low:f}",
                    high=f"{d.high:f}",
                )
            )
            continue
        clean[code] = str(int(value)) if d.kind == "int" else f"{value.normalize():f}"
    if errors:
        raise ValidationErrors(errors)
    return {d.code: clean[d.code] for d in SPECS if d.code in clean}  # in the table's order


# -- FAB cards ----------------------------------------------------------------------------------


def local_text(texts: Mapping[str, str], language: str) -> str:
    """The text in ``language``, else the other Chinese script, else English, else any."""
    sibling = {"zh_TW": "zh_CN", "zh_CN": "zh_TW"}.get(language, "")
    for lang in (language, sibling, "en", *TEXT_LANGUAGES):
        if lang and texts.get(lang):
            return texts[lang]
    return ""


@dataclass(frozen=True)
class FabCardForm:
    """A card as typed in the catalogue editor; texts are {language: text}."""

    model_id: int
    point: str
    trim_id: int | None = None  # None: every trim of the model
    priority: str = ""  # "" = general; else a NeedsProfile priority code
    feature: Mapping[str, str] = field(default_factory=dict)
    advantage: Mapping[str, str] = field(default_factory=dict)
    benefit: Mapping[str, str] = field(default_factory=dict)
    sort_order: int = 0
    active: bool = True


def _texts(
    name: str, texts: Mapping[str, str], limit: int, errors: list[ValidationError]
) -> dict[str, str]:
    clean: dict[str, str] = {}
    for lang, raw in texts.items():
        text = (raw or "").strip()
        if lang not in TEXT_LANGUAGES:
            errors.append(ValidationError(name, _CHOOSE, "language"))
        elif len(text) > limit:
            errors.append(ValidationError(f"{name}_{lang}", _TOO_LONG, "too_long", max_len=limit))
        elif text:
            clean[lang] = text
    return clean


_CHOOSE = QT_TRANSLATE_NOOP("Validation", "Choose a value from the list.")
_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters.")


def validate_fab_card(form: FabCardForm) -> FabCardForm:
    errors: list[ValidationError] = []
    if form.point not in WALKAROUND_POINTS:
        errors.append(ValidationError("point", _CHOOSE, "choice"))
    if form.priority and form.priority not in PRIORITIES:
        errors.append(ValidationError("priority", _CHOOSE, "choice"))
    if not 0 <= form.sort_order <= MAX_SORT_ORDER:
        errors.append(
            ValidationError(
                "sort_order",
                QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                "range",
                low=0,
                high=MAX_SORT_ORDER,
            )
        )
    feature = _texts("feature", form.feature, MAX_FEATURE, errors)
    advantage = _texts("advantage", form.advantage, MAX_FAB_TEXT, errors)
    benefit = _texts("benefit", form.benefit, MAX_FAB_TEXT, errors)
    if not feature and not any(e.field.startswith("feature") for e in errors):
        errors.append(
            ValidationError(
                "feature",
                QT_TRANSLATE_NOOP("Validation", "Write the feature in at least one language."),
                "required",
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return FabCardForm(
        model_id=form.model_id,
        point=form.point,
        trim_id=form.trim_id,
        priority=form.priority,
        feature=feature,
        advantage=advantage,
        benefit=benefit,
        sort_order=form.sort_order,
        active=form.active,
    )


class CardLike(Protocol):
    @property
    def card_id(self) -> int: ...
    @property
    def priority(self) -> str: ...
    @property
    def sort_order(self) -> int: ...


C = TypeVar("C", bound=CardLike)


def priority_rank(priority: str, priorities: Sequence[str]) -> int | None:
    """1 for the customer's most important priority, None when not among them."""
    return priorities.index(priority) + 1 if priority and priority in priorities else None


def order_cards(cards: Iterable[C], priorities: Sequence[str]) -> list[C]:
    """Cards matching the customer's priorities first (most important priority first), then
    the rest; within each group the dealership's sort order, then the card id."""

    def key(card: C) -> tuple[int, int, int, int]:
        rank = priority_rank(card.priority, priorities)
        return (0 if rank else 1, rank or 0, card.sort_order, card.card_id)

    return sorted(cards, key=key)


# -- objections and the presentation record -----------------------------------------------------


@dataclass(frozen=True)
class ObjectionForm:
    text: str
    tags: tuple[str, ...] = ()
    response: str = ""
    resolved: bool = False


def validate_objection(form: ObjectionForm) -> ObjectionForm:
    """The customer's words are required; tags from the list (kept in the list's order)."""
    errors: list[ValidationError] = []
    text = form.text.strip()
    if not text:
        errors.append(
            ValidationError(
                "text",
                QT_TRANSLATE_NOOP("Validation", "Write down what the customer objected to."),
                "required",
            )
        )
    elif len(text) > MAX_OBJECTION:
        errors.append(ValidationError("text", _TOO_LONG, "too_long", max_len=MAX_OBJECTION))
    response = form.response.strip()
    if len(response) > MAX_RESPONSE:
        errors.append(ValidationError("response", _TOO_LONG, "too_long", max_len=MAX_RESPONSE))
    if any(t not in OBJECTION_TAGS for t in form.tags):
        errors.append(ValidationError("tags", _CHOOSE, "choice"))
    if errors:
        raise ValidationErrors(errors)
    tags = tuple(t for t in OBJECTION_TAGS if t in form.tags)
    return ObjectionForm(text=text, tags=tags, response=response, resolved=form.resolved)


def validate_compared(trim_ids: Sequence[int]) -> tuple[int, ...]:
    """At most three different trims side by side (in the order they were picked)."""
    ids = tuple(dict.fromkeys(trim_ids))
    if len(ids) > MAX_COMPARED:
        raise ValidationError(
            "compared",
            QT_TRANSLATE_NOOP("Validation", "Compare at most {max} trims at a time."),
            "too_many",
            max=MAX_COMPARED,
        )
    return ids


def validate_points(points: Iterable[str]) -> tuple[str, ...]:
    chosen = set(points)
    if chosen - set(WALKAROUND_POINTS):
        raise ValidationError("points_done", _CHOOSE, "choice")
    return tuple(p for p in WALKAROUND_POINTS if p in chosen)


def validate_competitor(text: str) -> str:
    value = text.strip()
    if len(value) > MAX_COMPETITOR:
        raise ValidationError("competitor", _TOO_LONG, "too_long", max_len=MAX_COMPETITOR)
    return value


def validate_price_range(low: Decimal | None, high: Decimal | None) -> None:
    if (low is not None and low < 0) or (high is not None and high < 0):
        raise ValidationError(
            "price", QT_TRANSLATE_NOOP("Validation", "Enter an amount of zero or more."), "negative"
        )
    if low is not None and high is not None and low > high:
        raise ValidationError(
            "price",
            QT_TRANSLATE_NOOP("Validation", "The lowest price cannot be above the highest."),
            "price_range",
        )


__all__ = [
    "CHOICE_NAMES",
    "COMPARE_COUNT",
    "MAX_COMPARED",
    "OBJECTION_TAGS",
    "POINT_NAMES",
    "PRIORITY_NAMES",
    "SPECS",
    "SPEC_BY_CODE",
    "TAG_NAMES",
    "TRIM_GONE",
    "TRIM_OF_MODEL",
    "WALKAROUND_POINTS",
    "FabCardForm",
    "ObjectionForm",
    "SpecDef",
    "local_text",
    "order_cards",
    "priority_rank",
    "spec_number",
    "validate_compared",
    "validate_competitor",
    "validate_fab_card",
    "validate_objection",
    "validate_points",
    "validate_price_range",
    "validate_specs",
]
