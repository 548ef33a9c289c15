"""Stage 4 through the service: catalogue, recommendations, the presentation record,
objections, and the dealership's specs and FAB cards (roles enforced in the service)."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from testdata import DEMO_TODAY

from showroom_app.db.models import (
    AuditEntry,
    FabCard,
    Opportunity,
    Presentation,
    StockVehicle,
    Trim,
    User,
    VehicleModel,
)
from showroom_app.domain.cockpit import ItemState
from showroom_app.domain.enums import OpportunityStatus, Role, StockStatus
from showroom_app.domain.errors import NotFound, PermissionDenied, ValidationError, ValidationErrors
from showroom_app.domain.needs import NeedsForm
from showroom_app.domain.presentation import (
    PRIORITY_NAMES,
    TEXT_LANGUAGES,
    WALKAROUND_POINTS,
    FabCardForm,
    ObjectionForm,
)
from showroom_app.domain.presentation_scoring import ReasonCode
from showroom_app.domain.records import UserInfo
from showroom_app.services.container import Services
from showroom_app.services.presentation import CatalogueFilter


def _user(services: Services, name: str, role: Role) -> UserInfo:
    with services.db.write() as s:
        row = User(name=name, role=role.value, active=True, created_at=datetime.now())
        s.add(row)
        s.flush()
        return UserInfo(row.id, row.name, Role(row.role))


def _open_opportunity(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
            ).first()
        )


def _audit(services: Services, entity: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))
        )


def _model_with_trims(services: Services, at_least: int = 2) -> tuple[int, list[int]]:
    rows = services.presentation.browse()
    by_model: dict[int, list[int]] = {}
    for r in rows:
        by_model.setdefault(r.model_id, []).append(r.trim_id)
    return next((m, t) for m, t in by_model.items() if len(t) >= at_least)


@pytest.fixture
def opp(demo_services: Services) -> int:
    return _open_opportunity(demo_services)


# -- the catalogue ------------------------------------------------------------------------------


def test_browse_returns_every_active_trim_with_specs_colours_and_sellable_stock(demo_services):
    rows = demo_services.presentation.browse()
    with demo_services.db.read() as s:
        assert len(rows) == s.scalar(select(func.count(Trim.id)).where(Trim.active.is_(True)))
        sellable = dict(
            s.execute(
                select(StockVehicle.trim_id, func.count(StockVehicle.id))
                .where(
                    StockVehicle.status == StockStatus.IN_STOCK.value,
                    StockVehicle.is_test_car.is_(False),
                )
                .group_by(StockVehicle.trim_id)
            ).all()
        )
    for row in rows:
        assert row.in_stock == sellable.get(row.trim_id, 0)  # test cars are not for sale
        assert row.colours_ext and row.specs.get("length_mm")
        assert row.msrp > 0


def test_browse_filters(demo_services):
    service = demo_services.presentation
    every = service.browse()
    choices = service.filter_choices()
    assert {"sedan", "suv", "mpv"} <= set(choices.body_types)
    assert {"ICE", "HEV", "PHEV", "BEV"} <= set(choices.powertrains)
    suvs = service.browse(CatalogueFilter(body_type="suv", powertrain="BEV"))
    assert suvs and all(r.body_type == "suv" and r.powertrain == "BEV" for r in suvs)
    seven = service.browse(CatalogueFilter(min_seats=7))
    assert seven and all(r.seats >= 7 for r in seven)
    band = service.browse(
        CatalogueFilter(price_min=Decimal("800000"), price_max=Decimal("1000000"))
    )
    assert band and all(Decimal("800000") <= r.msrp <= Decimal("1000000") for r in band)
    brand_id, _brand = choices.brands[0]
    assert all(r.brand_id == brand_id for r in service.browse(CatalogueFilter(brand_id=brand_id)))
    # text in any language and script, several words all required
    assert {r.trim_id for r in service.browse(CatalogueFilter(text="豐田 rav4"))} == {
        r.trim_id for r in every if r.model.en == "RAV4"
    }
    assert service.browse(CatalogueFilter(text="seal dynamic"))[0].trim.en == "Dynamic RWD"
    available = service.browse(CatalogueFilter(available_only=True))
    assert all(r.in_stock + r.in_transit > 0 for r in available)
    assert len(available) < len(every)
    with pytest.raises(ValidationError) as exc:
        service.browse(CatalogueFilter(price_min=Decimal(2), price_max=Decimal(1)))
    assert exc.value.field == "price"


# -- recommendations -------------------------------------------------------------------------------


def test_recommendations_follow_the_needs_with_reasons(demo_services, opp):
    service = demo_services.presentation
    assert not service.recommendations(opp).needs_recorded
    demo_services.cockpit.save_needs(
        opp,
        NeedsForm(
            budget_min=Decimal("1500000"),
            budget_max=Decimal("2000000"),
            passengers=7,
            powertrain_pref="HEV",
            priorities=("space", "safety"),
        ),
        today=DEMO_TODAY,
    )
    result = service.recommendations(opp, limit=3)
    assert result.needs_recorded and len(result.items) == 3
    best = result.items[0]
    assert best.row.seats >= 7 and best.row.powertrain == "HEV"
    assert Decimal("1500000") <= best.row.msrp <= Decimal("2000000")
    found = [r.code for r in best.recommendation.reasons]
    assert found[:3] == [
        ReasonCode.WITHIN_BUDGET,
        ReasonCode.SEATS_FIT,
        ReasonCode.POWERTRAIN_MATCH,
    ]
    assert ReasonCode.PRIORITY_MATCH in found


# -- the presentation record ----------------------------------------------------------------------


def test_presentation_is_saved_at_once_and_audited(demo_services, opp):
    service = demo_services.presentation
    a, b, c, d = (r.trim_id for r in service.browse()[:4])
    record = service.save_presentation(opp, compared=[a, b], competitor=" Nissan Kicks ")
    assert record.compared == (a, b) and record.trims == (a, b)
    assert record.competitor == "Nissan Kicks"
    record = service.save_presentation(opp, trims=[a])  # presented again: now the latest
    assert record.trims == (b, a)
    record = service.save_presentation(opp, points_done=["side", "front_left_45"])
    assert record.points_done == ("front_left_45", "side")
    assert service.presentation(opp) == record
    fields = {e.field for e in _audit(demo_services, "presentation")}
    assert {"compared", "trims", "competitor", "points_done"} <= fields
    # a fourth trim is refused and nothing changes
    with pytest.raises(ValidationError) as exc:
        service.save_presentation(opp, compared=[a, b, c, d])
    assert exc.value.code == "too_many"
    assert service.presentation(opp).compared == (a, b)
    with pytest.raises(NotFound):
        service.save_presentation(opp, trims=[999_999])
    with pytest.raises(ValidationError):
        service.save_presentation(opp, points_done=["roof"])


def test_recording_completes_the_matching_checklist_items(demo_services, opp):
    service = demo_services.presentation
    definition = demo_services.cockpit.process_for(opp)
    codes = {i.code for sd in definition.stages for i in sd.checklist}
    trim = service.browse()[0].trim_id
    cards = [c.card.card_id for cs in service.walkaround_cards(trim, opp).values() for c in cs]
    service.save_presentation(opp, points_done=list(WALKAROUND_POINTS), cards_shown=cards[:2])
    service.save_presentation(opp, competitor="Mazda CX-5")
    service.add_objection(opp, ObjectionForm("Too dear", ("price",)))
    view = demo_services.cockpit.cockpit(opp)
    expected = {"walkaround", "fab_benefits", "competitor_compared", "objections_noted"} & codes
    assert expected  # the demo's process has some of them
    for code in expected:
        assert view.checklist[code].state is ItemState.DONE


def test_an_item_set_by_hand_is_left_alone(demo_services, opp):
    demo_services.cockpit.set_checklist_item(
        opp, "objections_noted", ItemState.NOT_APPLICABLE, "Customer raised none"
    )
    demo_services.presentation.add_objection(opp, ObjectionForm("Colour?"))
    view = demo_services.cockpit.cockpit(opp)
    assert view.checklist["objections_noted"].state is ItemState.NOT_APPLICABLE


def test_a_closed_opportunity_takes_no_presentation(demo_services, opp):
    demo_services.cockpit.close(opp, OpportunityStatus.INVALID, "", today=DEMO_TODAY)
    with pytest.raises(ValidationError) as exc:
        demo_services.presentation.save_presentation(opp, competitor="x")
    assert exc.value.code == "closed"
    with pytest.raises(ValidationError):
        demo_services.presentation.add_objection(opp, ObjectionForm("x"))


def test_a_salesperson_cannot_reach_anothers_opportunity(demo_services, opp):
    alice = _user(demo_services, "Alice", Role.SALESPERSON)
    with demo_services.db.write() as s:
        s.get(Opportunity, opp).assigned_user_id = demo_services.settings.users()[0].id
    demo_services.session.sign_in(alice)
    with pytest.raises(NotFound):
        demo_services.presentation.presentation(opp)
    with pytest.raises(NotFound):
        demo_services.presentation.recommendations(opp)


# -- walkaround cards ---------------------------------------------------------------------------


def test_walkaround_cards_put_the_customers_priorities_first(demo_services, opp):
    demo_services.cockpit.save_needs(
        opp, NeedsForm(priorities=("safety", "tech")), today=DEMO_TODAY
    )
    trim = demo_services.presentation.browse()[0].trim_id
    cards = demo_services.presentation.walkaround_cards(trim, opp)
    assert list(cards) == list(WALKAROUND_POINTS)
    driver = cards["driver_seat"]
    ranks = [c.rank for c in driver]
    assert ranks[0] == 1 and driver[0].card.priority == "safety"
    # matched cards first, by the priority's rank; the others after them
    assert ranks == sorted(ranks, key=lambda r: (r is None, r or 0))
    for per_point in cards.values():
        point_ranks = [c.rank for c in per_point]
        assert point_ranks == sorted(point_ranks, key=lambda r: (r is None, r or 0))
    assert any(c.rank is None for cs in cards.values() for c in cs)  # others are shown too
    # without a customer, no card is marked
    plain = demo_services.presentation.walkaround_cards(trim)
    assert all(c.rank is None for cs in plain.values() for c in cs)


# -- objections ---------------------------------------------------------------------------------


def test_objections_add_edit_resolve_list_delete(demo_services, opp):
    service = demo_services.presentation
    first = service.add_objection(opp, ObjectionForm("覺得後座太擠", ("space", "price")))
    assert first.tags == ("price", "space") and not first.resolved
    second = service.add_objection(
        opp, ObjectionForm("Delivery takes too long", ("delivery_time",))
    )
    edited = service.update_objection(
        first.objection_id, ObjectionForm("覺得後座太擠", ("space",), "Showed the rear legroom")
    )
    assert edited.response == "Showed the rear legroom" and edited.tags == ("space",)
    assert service.set_objection_resolved(first.objection_id, True).resolved
    listed = service.objections(opp)
    assert [o.objection_id for o in listed] == [first.objection_id, second.objection_id]
    assert listed[0].resolved and listed[0].tags == ("space",)
    with pytest.raises(ValidationErrors):
        service.add_objection(opp, ObjectionForm("  ", ("price",)))
    service.delete_objection(second.objection_id)
    assert [o.objection_id for o in service.objections(opp)] == [first.objection_id]
    # the customer's words never reach the audit log
    logged = json.dumps(
        [(e.old_value, e.new_value, e.detail) for e in _audit(demo_services, "objection")]
    )
    assert "後座" not in logged and "legroom" not in logged and "Delivery" not in logged


# -- the dealership's specs and FAB cards ----------------------------------------------------------


def test_a_salesperson_reads_but_cannot_edit_specs_or_cards(demo_services):
    model_id, trims = _model_with_trims(demo_services)
    demo_services.session.sign_in(_user(demo_services, "Alice", Role.SALESPERSON))
    service = demo_services.presentation
    assert not service.may_edit_catalogue
    assert service.fab_cards(model_id) and service.trim_specs(trims[0])
    form = FabCardForm(model_id=model_id, point="rear", feature={"en": "Power tailgate"})
    with pytest.raises(PermissionDenied):
        service.save_fab_card(form)
    card = service.fab_cards(model_id)[0]
    with pytest.raises(PermissionDenied):
        service.save_fab_card(form, card.card_id)
    with pytest.raises(PermissionDenied):
        service.delete_fab_card(card.card_id)
    with pytest.raises(PermissionDenied):
        service.save_specs(trims[0], {"length_mm": "4000"})
    assert service.trim_specs(trims[0])["length_mm"] != "4000"


def test_a_manager_edits_specs_with_validation_and_audit(demo_services):
    service = demo_services.presentation
    _model, trims = _model_with_trims(demo_services)
    assert service.may_edit_catalogue
    before = service.trim_specs(trims[0])
    saved = service.save_specs(trims[0], {**before, "boot_l": "1,234", "adas": ""})
    assert saved["boot_l"] == "1234" and "adas" not in saved
    assert service.trim_specs(trims[0]) == saved
    with pytest.raises(ValidationErrors) as exc:
        service.save_specs(trims[0], {"ncap_stars": "7"})
    assert exc.value.for_field("spec_ncap_stars")
    assert service.trim_specs(trims[0]) == saved  # nothing half-saved
    fields = {e.field for e in _audit(demo_services, "trim")}
    assert {"specs.boot_l", "specs.adas"} <= fields
    with pytest.raises(NotFound):
        service.save_specs(999_999, {})


def test_a_manager_creates_edits_and_deletes_fab_cards(demo_services):
    service = demo_services.presentation
    model_id, trims = _model_with_trims(demo_services)
    texts = {"en": "Power tailgate", "zh_TW": "電動尾門", "zh_CN": "电动尾门"}
    card = service.save_fab_card(
        FabCardForm(
            model_id=model_id,
            trim_id=trims[1],
            point="rear",
            priority="space",
            feature=texts,
            advantage={"en": "Opens with a kick"},
            benefit={"en": "Hands full of shopping? No problem"},
            sort_order=1,
        )
    )
    assert card.trim_id == trims[1] and card.feature == texts
    # shown for its trim only, first among the rear cards for a space-minded customer
    opp = _open_opportunity(demo_services)
    demo_services.cockpit.save_needs(opp, NeedsForm(priorities=("space",)), today=DEMO_TODAY)
    assert service.walkaround_cards(trims[1], opp)["rear"][0].card.card_id == card.card_id
    assert card.card_id not in {c.card.card_id for c in service.walkaround_cards(trims[0])["rear"]}
    edited = service.save_fab_card(
        FabCardForm(model_id=model_id, point="rear", feature={"en": "Kick-open tailgate"}),
        card.card_id,
    )
    assert edited.trim_id is None and edited.feature == {"en": "Kick-open tailgate"}
    with pytest.raises(ValidationErrors) as exc:
        service.save_fab_card(FabCardForm(model_id=model_id, point="roof", feature={}))
    assert exc.value.for_field("point") and exc.value.for_field("feature")
    with demo_services.db.read() as s:
        other_model = s.scalar(select(VehicleModel.id).where(VehicleModel.id != model_id))
    with pytest.raises(ValidationError):
        service.save_fab_card(
            FabCardForm(model_id=other_model, trim_id=trims[0], point="rear", feature=texts)
        )
    service.delete_fab_card(card.card_id)
    with demo_services.db.read() as s:
        assert s.get(FabCard, card.card_id) is None
    actions = [e.action for e in _audit(demo_services, "fab_card")]
    assert actions[0] == "create" and "update" in actions and actions[-1] == "delete"


def test_demo_catalogue_has_specs_and_fab_cards_for_every_point_in_three_languages(demo_services):
    service = demo_services.presentation
    rows = service.browse()
    assert all(len(r.specs) >= 10 for r in rows)
    cards = service.fab_cards()
    assert {c.priority for c in cards} - {""} == set(PRIORITY_NAMES)  # every priority served
    for model_id in {r.model_id for r in rows}:
        points = {c.point for c in cards if c.model_id == model_id}
        assert points == set(WALKAROUND_POINTS), model_id
    for card in cards:
        for part in (card.feature, card.advantage, card.benefit):
            assert set(part) == set(TEXT_LANGUAGES) and all(part.values())
    with demo_services.db.read() as s:
        assert s.scalar(select(func.count(Presentation.id))) == 0
