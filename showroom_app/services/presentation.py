"""Stage 4 of the cockpit (product presentation, DOMAIN.md §4.4).

The catalogue as the salesperson browses it at the desk, the trims that suit this
customer with the reasons, what was presented (trims, comparison, walkaround points, FAB
cards, competitor) and the customer's objections. Recording something also completes the
matching checklist item of the opportunity's process (a ticked walkaround point, an
objection noted…), so progress follows from what was recorded; an item the salesperson
already set (done or not applicable) is left as it is.

Editing the catalogue's key specs and FAB cards (the dealership's data) is in
``presentation_editing``; managers and administrators may, salespeople may not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Brand,
    Opportunity,
    Presentation,
    StockVehicle,
    Trim,
    VehicleModel,
)
from showroom_app.db.models import FabCard as FabCardRow
from showroom_app.domain.cockpit import ItemRecord, ItemState
from showroom_app.domain.enums import Currency, OpportunityStatus, StockStatus
from showroom_app.domain.errors import NotFound
from showroom_app.domain.needs import needs_from_json
from showroom_app.domain.presentation import (
    COMPETITOR_ITEM,
    FAB_ITEM,
    POINT_CHECKLIST_ITEMS,
    WALKAROUND_ITEM,
    WALKAROUND_POINTS,
    order_cards,
    priority_rank,
    validate_compared,
    validate_competitor,
    validate_points,
    validate_price_range,
)
from showroom_app.domain.presentation_scoring import TrimFacts, recommend
from showroom_app.domain.records import LocalisedName
from showroom_app.services import cockpit_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.presentation_editing import CatalogueEditingMixin, card_record
from showroom_app.services.presentation_objections import ObjectionsMixin
from showroom_app.services.presentation_records import (
    CatalogueFilter,
    CatalogueRow,
    FabCard,
    FilterChoices,
    ObjectionRow,
    PresentationRecord,
    Recommendations,
    RecommendedTrim,
    WalkaroundCard,
)
from showroom_app.services.session import DeskSession

CLOSED = (OpportunityStatus.LOST, OpportunityStatus.POSTPONED, OpportunityStatus.INVALID)
RECOMMENDATIONS = 5


def _name(obj: Brand | VehicleModel | Trim) -> LocalisedName:
    return LocalisedName(obj.name_en, obj.name_zh_tw, obj.name_zh_cn)


def _colours(data: object) -> tuple[LocalisedName, ...]:
    if not isinstance(data, list):
        return ()
    return tuple(
        LocalisedName(str(c.get("en", "")), str(c.get("zh_TW", "")), str(c.get("zh_CN", "")))
        for c in data
        if isinstance(c, dict)
    )


def _specs(data: object) -> dict[str, str]:
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _matches(row: CatalogueRow, f: CatalogueFilter) -> bool:
    checks = (
        f.brand_id is None or row.brand_id == f.brand_id,
        f.model_id is None or row.model_id == f.model_id,
        not f.body_type or row.body_type == f.body_type,
        not f.powertrain or row.powertrain == f.powertrain,
        f.min_seats is None or row.seats >= f.min_seats,
        f.price_min is None or row.msrp >= f.price_min,
        f.price_max is None or row.msrp <= f.price_max,
        not f.available_only or row.in_stock + row.in_transit > 0,
    )
    if not all(checks):
        return False
    words = f.text.casefold().split()
    if not words:
        return True
    names = " ".join(
        (n.en + " " + n.zh_tw + " " + n.zh_cn) for n in (row.brand, row.model, row.trim)
    ).casefold()
    return all(w in names for w in words)


def _as_text(value: str | tuple[object, ...]) -> str:
    return value if isinstance(value, str) else ",".join(map(str, value))


class PresentationService(CatalogueEditingMixin, ObjectionsMixin):
    def __init__(self, db: Database, session: DeskSession, audit: AuditLog) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = AppSettingsService(db, session, audit)

    # -- the catalogue ----------------------------------------------------------------------
    def _rows(self, s: Session, trim_ids: Sequence[int] | None = None) -> list[CatalogueRow]:
        def count(status: StockStatus) -> ColumnElement[int]:
            return func.coalesce(
                func.sum(case((StockVehicle.status == status.value, 1), else_=0)), 0
            )

        stock = (
            select(
                StockVehicle.trim_id.label("trim_id"),
                count(StockStatus.IN_STOCK).label("in_stock"),
                count(StockStatus.IN_TRANSIT).label("in_transit"),
                count(StockStatus.RESERVED).label("reserved"),
            )
            .where(StockVehicle.is_test_car.is_(False))
            .group_by(StockVehicle.trim_id)
            .subquery()
        )
        q = (
            select(
                Trim, VehicleModel, Brand, stock.c.in_stock, stock.c.in_transit, stock.c.reserved
            )
            .join(VehicleModel, Trim.model_id == VehicleModel.id)
            .join(Brand, VehicleModel.brand_id == Brand.id)
            .outerjoin(stock, stock.c.trim_id == Trim.id)
            .order_by(Brand.name_en, VehicleModel.name_en, Trim.msrp, Trim.id)
        )
        if trim_ids is None:
            q = q.where(Trim.active.is_(True), VehicleModel.active.is_(True))
        else:
            q = q.where(Trim.id.in_(list(trim_ids)))
        return [
            CatalogueRow(
                trim_id=t.id,
                model_id=m.id,
                brand_id=b.id,
                brand=_name(b),
                model=_name(m),
                trim=_name(t),
                body_type=m.body_type,
                powertrain=t.powertrain,
                seats=t.seats,
                model_year=t.model_year,
                displacement_cc=t.displacement_cc,
                power_kw=t.power_kw,
                motor_kw=t.motor_kw,
                battery_kwh=t.battery_kwh,
                range_km=t.range_km,
                msrp=t.msrp,
                currency=Currency(t.currency),
                colours_ext=_colours(m.colours_ext),
                colours_int=_colours(m.colours_int),
                specs=_specs(t.specs),
                in_stock=int(in_stock or 0),
                in_transit=int(in_transit or 0),
                reserved=int(reserved or 0),
            )
            for t, m, b, in_stock, in_transit, reserved in s.execute(q)
        ]

    def browse(self, filters: CatalogueFilter | None = None) -> list[CatalogueRow]:
        """Active trims matching every filter given, by brand, model and price."""
        self._session.require_user()
        f = filters or CatalogueFilter()
        validate_price_range(f.price_min, f.price_max)
        with self._db.read() as s:
            return [r for r in self._rows(s) if _matches(r, f)]

    def trim_rows(self, trim_ids: Sequence[int]) -> list[CatalogueRow]:
        """The given trims in the given order (inactive ones too: they may have been shown)."""
        self._session.require_user()
        with self._db.read() as s:
            found = {r.trim_id: r for r in self._rows(s, trim_ids)}
        return [found[i] for i in trim_ids if i in found]

    def filter_choices(self) -> FilterChoices:
        self._session.require_user()
        with self._db.read() as s:
            rows = self._rows(s)
        brands = {r.brand_id: r.brand for r in rows}
        models = {r.model_id: (r.brand_id, r.model) for r in rows}
        return FilterChoices(
            brands=tuple(brands.items()),
            models=tuple((mid, bid, name) for mid, (bid, name) in models.items()),
            body_types=tuple(sorted({r.body_type for r in rows})),
            powertrains=tuple(sorted({r.powertrain for r in rows})),
            seat_counts=tuple(sorted({r.seats for r in rows})),
        )

    # -- recommendations --------------------------------------------------------------------
    def recommendations(self, opportunity_id: int, limit: int = RECOMMENDATIONS) -> Recommendations:
        """The trims that suit this customer best, with the reasons (DOMAIN.md §4.3)."""
        with self._db.read() as s:
            opp = self._opportunity(s, opportunity_id)
            needs = needs_from_json(opp.needs)
            interest = opp.model_of_interest_id
            rows = [r for r in self._rows(s) if r.msrp >= 0]
            features = self._card_features(s)
        facts = [
            TrimFacts(
                trim_id=r.trim_id,
                model_id=r.model_id,
                msrp=r.msrp,
                seats=r.seats,
                powertrain=r.powertrain,
                power_kw=r.power_kw,
                specs=r.specs,
                in_stock=r.in_stock,
                in_transit=r.in_transit,
                card_features={
                    **features.get((r.model_id, None), {}),
                    **features.get((r.model_id, r.trim_id), {}),
                },
            )
            for r in rows
        ]
        by_id = {r.trim_id: r for r in rows}
        ranked = recommend(needs, facts, model_of_interest=interest, limit=limit)
        recorded = bool(
            needs.budget_min is not None
            or needs.budget_max is not None
            or needs.passengers is not None
            or needs.priorities
            or needs.powertrain_pref not in ("", "undecided")
        )
        return Recommendations(
            needs=needs,
            needs_recorded=recorded,
            items=tuple(RecommendedTrim(by_id[r.trim_id], r) for r in ranked),
        )

    @staticmethod
    def _card_features(
        s: Session,
    ) -> dict[tuple[int, int | None], dict[str, dict[str, str]]]:
        """{(model, trim or None): {priority: feature texts of its first card}}."""
        found: dict[tuple[int, int | None], dict[str, dict[str, str]]] = {}
        q = (
            select(FabCardRow)
            .where(FabCardRow.active.is_(True), FabCardRow.priority != "")
            .order_by(FabCardRow.sort_order, FabCardRow.id)
        )
        for card in s.scalars(q):
            per = found.setdefault((card.model_id, card.trim_id), {})
            per.setdefault(card.priority, dict(card.feature or {}))
        return found

    # -- the walkaround's cards -------------------------------------------------------------
    def walkaround_cards(
        self, trim_id: int, opportunity_id: int | None = None
    ) -> dict[str, list[WalkaroundCard]]:
        """The active cards of the trim (its own and its model's) per walkaround point; cards
        serving the customer's priorities first, most important first."""
        self._session.require_user()
        with self._db.read() as s:
            trim = s.get(Trim, trim_id)
            if trim is None:
                raise NotFound(f"Trim {trim_id} does not exist.")
            priorities: tuple[str, ...] = ()
            if opportunity_id is not None:
                opp = self._opportunity(s, opportunity_id)
                priorities = needs_from_json(opp.needs).priorities
            rows = s.scalars(
                select(FabCardRow).where(
                    FabCardRow.model_id == trim.model_id,
                    (FabCardRow.trim_id.is_(None)) | (FabCardRow.trim_id == trim_id),
                    FabCardRow.active.is_(True),
                )
            )
            cards = [card_record(c) for c in rows]
        result: dict[str, list[WalkaroundCard]] = {p: [] for p in WALKAROUND_POINTS}
        for card in order_cards(cards, priorities):
            if card.point in result:
                result[card.point].append(
                    WalkaroundCard(card, priority_rank(card.priority, priorities))
                )
        return result

    # -- what was presented -----------------------------------------------------------------
    def _opportunity(self, s: Session, opportunity_id: int) -> Opportunity:
        return store.visible_opportunity(s, self._session, self._settings, opportunity_id)

    def _open_opportunity(self, s: Session, opportunity_id: int) -> Opportunity:
        opp = self._opportunity(s, opportunity_id)
        if OpportunityStatus(opp.status) in CLOSED:
            raise store.closed_error()
        return opp

    @staticmethod
    def _record(opportunity_id: int, row: Presentation | None) -> PresentationRecord:
        if row is None:
            return PresentationRecord(opportunity_id, (), (), (), (), "", None)
        return PresentationRecord(
            opportunity_id=opportunity_id,
            trims=tuple(int(i) for i in row.trims or ()),
            compared=tuple(int(i) for i in row.compared or ()),
            points_done=tuple(p for p in WALKAROUND_POINTS if p in (row.points_done or ())),
            cards_shown=tuple(int(i) for i in row.cards_shown or ()),
            competitor=row.competitor or "",
            updated_at=row.updated_at,
        )

    @staticmethod
    def _row(s: Session, opportunity_id: int) -> Presentation | None:
        return s.scalar(select(Presentation).where(Presentation.opportunity_id == opportunity_id))

    def presentation(self, opportunity_id: int) -> PresentationRecord:
        with self._db.read() as s:
            self._opportunity(s, opportunity_id)
            return self._record(opportunity_id, self._row(s, opportunity_id))

    def save_presentation(
        self,
        opportunity_id: int,
        *,
        trims: Sequence[int] | None = None,
        compared: Sequence[int] | None = None,
        points_done: Sequence[str] | None = None,
        cards_shown: Sequence[int] | None = None,
        competitor: str | None = None,
    ) -> PresentationRecord:
        """Store what is given (``None`` leaves a part as it is). ``trims`` were presented
        just now: they join (or move to) the end of the presented list, so the last one is the
        trim being walked around. Compared trims count as presented too; at most three are
        compared, and unknown trims or cards are refused."""
        self._session.require_user()
        new_compared = None if compared is None else validate_compared(compared)
        new_points = None if points_done is None else validate_points(points_done)
        new_competitor = None if competitor is None else validate_competitor(competitor)
        with self._db.write() as s:
            opp = self._open_opportunity(s, opportunity_id)
            row = self._row(s, opp.id)
            if row is None:
                row = Presentation(
                    opportunity_id=opp.id,
                    trims=[],
                    compared=[],
                    points_done=[],
                    cards_shown=[],
                    competitor="",
                    updated_at=datetime.now(),
                )
                s.add(row)
            old = self._record(opp.id, row)
            shown = [int(i) for i in trims or ()]  # presented now: they move to the end
            joined = [i for i in new_compared or () if i not in old.trims and i not in shown]
            self._check_ids(s, Trim, [i for i in (*shown, *joined) if i not in old.trims])
            wanted_trims = [*(i for i in old.trims if i not in shown), *joined, *shown]
            cards = list(old.cards_shown)
            if cards_shown is not None:
                cards = list(dict.fromkeys(cards_shown))
                self._check_ids(s, FabCardRow, cards)
            row.trims = list(dict.fromkeys(wanted_trims))
            if new_compared is not None:
                row.compared = list(new_compared)
            if new_points is not None:
                row.points_done = list(new_points)
            row.cards_shown = cards
            if new_competitor is not None:
                row.competitor = new_competitor
            row.updated_at = datetime.now()
            new = self._record(opp.id, row)
            self._audit_changes(s, opp.id, old, new)
            self._complete_items(s, opp, old, new)
            return new

    @staticmethod
    def _check_ids(s: Session, table: type[Trim] | type[FabCardRow], ids: Sequence[int]) -> None:
        wanted = set(ids)
        if not wanted:
            return
        found = set(s.scalars(select(table.id).where(table.id.in_(wanted))))
        if wanted - found:
            raise NotFound(f"{table.__tablename__}: {sorted(wanted - found)} do not exist.")

    def _audit_changes(
        self, s: Session, opportunity_id: int, old: PresentationRecord, new: PresentationRecord
    ) -> None:
        user = self._session.require_user()
        for name in ("trims", "compared", "points_done", "cards_shown", "competitor"):
            before, after = getattr(old, name), getattr(new, name)
            if before != after:
                self._audit.record(
                    s,
                    user,
                    Action.UPDATE,
                    "presentation",
                    opportunity_id,
                    field=name,
                    old=_as_text(before),
                    new=_as_text(after),
                )

    def _complete_items(
        self, s: Session, opp: Opportunity, old: PresentationRecord, new: PresentationRecord
    ) -> None:
        codes = [POINT_CHECKLIST_ITEMS[p] for p in new.points_done if p not in old.points_done]
        if len(new.points_done) == len(WALKAROUND_POINTS) > len(old.points_done):
            codes.append(WALKAROUND_ITEM)
        if new.cards_shown and not old.cards_shown:
            codes.append(FAB_ITEM)
        if new.competitor and not old.competitor:
            codes.append(COMPETITOR_ITEM)
        self._tick(s, opp, codes)

    def _tick(self, s: Session, opp: Opportunity, codes: Sequence[str]) -> None:
        """Mark pending checklist items of the opportunity's process done (others untouched)."""
        if not codes:
            return
        user = self._session.require_user()
        definition = store.definition_for(s, opp, user.id)
        items = dict(opp.checklist or {})
        records = store.item_records(items)
        now = datetime.now()
        changed = False
        for code in dict.fromkeys(codes):
            if not any(sd.item(code) for sd in definition.stages) or code in records:
                continue
            items[code] = store.stamped(ItemRecord(ItemState.DONE), user.id, now)
            changed = True
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                "opportunity",
                opp.id,
                field=f"checklist.{code}",
                old=ItemState.PENDING.value,
                new=ItemState.DONE.value,
                detail={"by": "presentation"},
            )
        if changed:
            opp.checklist = items
            opp.updated_at = now


__all__ = [
    "CatalogueFilter",
    "CatalogueRow",
    "FabCard",
    "FilterChoices",
    "ObjectionRow",
    "PresentationRecord",
    "PresentationService",
    "Recommendations",
    "RecommendedTrim",
    "WalkaroundCard",
]
