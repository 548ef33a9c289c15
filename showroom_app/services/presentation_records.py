"""The records the presentation service returns (frozen; never ORM objects)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from showroom_app.domain.enums import Currency
from showroom_app.domain.needs import NeedsForm
from showroom_app.domain.presentation_scoring import Recommendation
from showroom_app.domain.records import LocalisedName


@dataclass(frozen=True)
class CatalogueFilter:
    """What the catalogue browser asks for; empty fields do not filter."""

    brand_id: int | None = None
    model_id: int | None = None
    body_type: str = ""
    powertrain: str = ""
    min_seats: int | None = None
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    text: str = ""  # any part of a brand, model or trim name, in any of the three languages
    available_only: bool = False  # in stock or in transit


@dataclass(frozen=True)
class CatalogueRow:
    """One trim as the presentation shows it: key facts, price, colours and stock.

    Stock counts are cars for sale: test cars are not counted."""

    trim_id: int
    model_id: int
    brand_id: int
    brand: LocalisedName
    model: LocalisedName
    trim: LocalisedName
    body_type: str
    powertrain: str
    seats: int
    model_year: int | None
    displacement_cc: int | None
    power_kw: int | None
    motor_kw: int | None
    battery_kwh: Decimal | None
    range_km: int | None
    msrp: Decimal
    currency: Currency
    colours_ext: tuple[LocalisedName, ...]
    colours_int: tuple[LocalisedName, ...]
    specs: Mapping[str, str]
    in_stock: int
    in_transit: int
    reserved: int

    def full_name(self, language: str) -> str:
        return " ".join(
            part
            for part in (
                self.brand.for_language(language),
                self.model.for_language(language),
                self.trim.for_language(language),
            )
            if part
        )


@dataclass(frozen=True)
class FilterChoices:
    brands: tuple[tuple[int, LocalisedName], ...]
    models: tuple[tuple[int, int, LocalisedName], ...]  # (model id, brand id, name)
    body_types: tuple[str, ...]
    powertrains: tuple[str, ...]
    seat_counts: tuple[int, ...]


@dataclass(frozen=True)
class RecommendedTrim:
    row: CatalogueRow
    recommendation: Recommendation


@dataclass(frozen=True)
class Recommendations:
    needs: NeedsForm
    needs_recorded: bool  # False: nothing of the profile that the scoring uses is known yet
    items: tuple[RecommendedTrim, ...]


@dataclass(frozen=True)
class FabCard:
    card_id: int
    model_id: int
    trim_id: int | None
    point: str
    priority: str
    feature: Mapping[str, str]
    advantage: Mapping[str, str]
    benefit: Mapping[str, str]
    sort_order: int
    active: bool


@dataclass(frozen=True)
class WalkaroundCard:
    """A card for the chosen trim; ``rank`` is the customer's priority it serves (1 = most
    important), None when it serves none of them."""

    card: FabCard
    rank: int | None


@dataclass(frozen=True)
class ObjectionRow:
    objection_id: int
    opportunity_id: int
    tags: tuple[str, ...]
    text: str
    response: str
    resolved: bool
    created_at: datetime


@dataclass(frozen=True)
class PresentationRecord:
    opportunity_id: int
    trims: tuple[int, ...]  # presented; the one presented most recently last
    compared: tuple[int, ...]  # side by side, at most three
    points_done: tuple[str, ...]  # walkaround points, in the walkaround's order
    cards_shown: tuple[int, ...]
    competitor: str
    updated_at: datetime | None


__all__ = [
    "CatalogueFilter",
    "CatalogueRow",
    "FabCard",
    "FilterChoices",
    "ObjectionRow",
    "PresentationRecord",
    "Recommendations",
    "RecommendedTrim",
    "WalkaroundCard",
]
