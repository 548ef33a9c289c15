"""Stage 4 rules: walkaround order, recommendations with reasons, FAB card order, validation."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.needs import PRIORITIES, NeedsForm
from showroom_app.domain.presentation import (
    OBJECTION_TAGS,
    POINT_NAMES,
    PRIORITY_NAMES,
    SPECS,
    TAG_NAMES,
    WALKAROUND_POINTS,
    FabCardForm,
    ObjectionForm,
    local_text,
    order_cards,
    priority_rank,
    validate_compared,
    validate_competitor,
    validate_fab_card,
    validate_objection,
    validate_points,
    validate_price_range,
    validate_specs,
)
from showroom_app.domain.presentation_scoring import (
    ReasonCode,
    Tone,
    TrimFacts,
    priority_evidence,
    recommend,
    score_trim,
)


def codes(rec) -> list[ReasonCode]:
    return [r.code for r in rec.reasons]


def reason(rec, code: ReasonCode):
    return next(r for r in rec.reasons if r.code is code)


# -- codes and names -----------------------------------------------------------------------------


def test_walkaround_points_are_in_the_domain_order_and_all_named():
    assert WALKAROUND_POINTS == (
        "front_left_45",
        "driver_seat",
        "rear_seat",
        "rear",
        "side",
        "engine_bay",
    )
    assert set(POINT_NAMES) == set(WALKAROUND_POINTS)


def test_objection_tags_include_the_domain_ones_and_every_tag_and_priority_is_named():
    assert {"price", "space", "delivery_time", "brand", "range"} <= set(OBJECTION_TAGS)
    assert set(TAG_NAMES) == set(OBJECTION_TAGS)
    assert set(PRIORITY_NAMES) == set(PRIORITIES)


# -- recommendations -----------------------------------------------------------------------------

FAMILY = NeedsForm(
    budget_min=Decimal("900000"),
    budget_max=Decimal("1200000"),
    passengers=6,
    powertrain_pref="HEV",
    home_charging="no",
    priorities=("space", "safety"),
)
MPV_HEV = TrimFacts(
    trim_id=1,
    model_id=10,
    msrp=Decimal("1100000"),
    seats=7,
    powertrain="HEV",
    specs={"ncap_stars": "5"},
    in_stock=2,
)
SUV_BEV = TrimFacts(
    trim_id=2,
    model_id=20,
    msrp=Decimal("1150000"),
    seats=5,
    powertrain="BEV",
    specs={"boot_l": "520"},
    in_transit=1,
)
SEDAN_ICE_DEAR = TrimFacts(
    trim_id=3, model_id=30, msrp=Decimal("1500000"), seats=5, powertrain="ICE"
)


def test_family_mpv_ranks_first_with_every_reason_shown():
    # GIVEN a family of six wanting a hybrid within NT$0.9–1.2M, space then safety first
    ranked = recommend(FAMILY, [SEDAN_ICE_DEAR, SUV_BEV, MPV_HEV])
    # THEN the 7-seat hybrid MPV in stock comes first, then the BEV, then the dear sedan
    assert [r.trim_id for r in ranked] == [1, 2, 3]
    mpv = ranked[0]
    assert codes(mpv) == [
        ReasonCode.WITHIN_BUDGET,
        ReasonCode.SEATS_FIT,
        ReasonCode.POWERTRAIN_MATCH,
        ReasonCode.PRIORITY_MATCH,
        ReasonCode.PRIORITY_MATCH,
        ReasonCode.IN_STOCK,
    ]
    space, safety = [r for r in mpv.reasons if r.code is ReasonCode.PRIORITY_MATCH]
    assert (space.rank, space.value, space.evidence, space.detail) == (1, "space", "seats", "7")
    assert (safety.rank, safety.value, safety.evidence) == (2, "safety", "ncap_stars")
    assert reason(mpv, ReasonCode.SEATS_FIT).count == 7
    assert reason(mpv, ReasonCode.SEATS_FIT).needed == 6
    assert reason(mpv, ReasonCode.IN_STOCK).count == 2
    assert mpv.fits


def test_reasons_against_a_trim_name_the_gap():
    bev = score_trim(SUV_BEV, FAMILY)
    assert reason(bev, ReasonCode.TOO_FEW_SEATS).tone is Tone.BAD
    assert reason(bev, ReasonCode.POWERTRAIN_OTHER).detail == "BEV"
    assert reason(bev, ReasonCode.POWERTRAIN_OTHER).value == "HEV"
    assert reason(bev, ReasonCode.NO_HOME_CHARGING_BEV).tone is Tone.BAD
    assert reason(bev, ReasonCode.IN_TRANSIT).count == 1
    assert not bev.fits
    dear = score_trim(SEDAN_ICE_DEAR, FAMILY)
    over = reason(dear, ReasonCode.OVER_BUDGET)
    assert over.amount == Decimal("300000") and over.tone is Tone.BAD
    assert ReasonCode.ORDER_ONLY in codes(dear)


@pytest.mark.parametrize(
    ("needs", "expected", "tone"),
    [
        (NeedsForm(budget_max=Decimal("1000000")), ReasonCode.WITHIN_BUDGET, Tone.GOOD),
        (NeedsForm(budget_min=Decimal("1200000")), ReasonCode.UNDER_BUDGET, Tone.INFO),
        (NeedsForm(budget_max=Decimal("999999")), ReasonCode.OVER_BUDGET, Tone.BAD),
    ],
)
def test_budget_reasons(needs: NeedsForm, expected: ReasonCode, tone: Tone):
    trim = TrimFacts(trim_id=1, model_id=1, msrp=Decimal("1000000"), seats=5, powertrain="ICE")
    rec = score_trim(trim, needs)
    assert reason(rec, expected).tone is tone


def test_under_budget_names_the_amount_and_no_budget_gives_no_budget_reason():
    trim = TrimFacts(trim_id=1, model_id=1, msrp=Decimal("800000"), seats=5, powertrain="ICE")
    under = score_trim(trim, NeedsForm(budget_min=Decimal("900000")))
    assert reason(under, ReasonCode.UNDER_BUDGET).amount == Decimal("100000")
    bare = score_trim(trim, NeedsForm())
    assert codes(bare) == [ReasonCode.ORDER_ONLY]  # only the stock is known


def test_a_little_over_budget_beats_far_over_budget():
    needs = NeedsForm(budget_max=Decimal("1000000"))
    near = TrimFacts(trim_id=1, model_id=1, msrp=Decimal("1050000"), seats=5, powertrain="ICE")
    far = TrimFacts(trim_id=2, model_id=1, msrp=Decimal("1600000"), seats=5, powertrain="ICE")
    assert [r.trim_id for r in recommend(needs, [far, near])] == [1, 2]


@pytest.mark.parametrize(
    ("powertrain", "charging", "expected"),
    [
        ("BEV", "yes", ReasonCode.CHARGING_AT_HOME),
        ("BEV", "no", ReasonCode.NO_HOME_CHARGING_BEV),
        ("BEV", "unknown", ReasonCode.ASK_HOME_CHARGING),
        ("PHEV", "no", ReasonCode.NO_HOME_CHARGING_PLUG_IN),
        ("EREV", "unknown", ReasonCode.ASK_HOME_CHARGING),
        ("HEV", "no", None),
        ("ICE", "unknown", None),
    ],
)
def test_home_charging_matters_only_for_cars_that_plug_in(powertrain, charging, expected):
    trim = TrimFacts(trim_id=1, model_id=1, msrp=Decimal(1), seats=5, powertrain=powertrain)
    found = {
        r.code
        for r in score_trim(trim, NeedsForm(home_charging=charging)).reasons
        if "charg" in r.code.value
    }
    assert found == ({expected} if expected else set())


def test_undecided_powertrain_gives_no_powertrain_reason():
    trim = TrimFacts(trim_id=1, model_id=1, msrp=Decimal(1), seats=5, powertrain="BEV")
    rec = score_trim(trim, NeedsForm(powertrain_pref="undecided", home_charging="yes"))
    assert not {ReasonCode.POWERTRAIN_MATCH, ReasonCode.POWERTRAIN_OTHER} & set(codes(rec))


def test_priorities_are_met_by_specs_first_then_by_the_dealerships_fab_cards():
    needs = NeedsForm(priorities=("brand", "safety", "tech"))
    trim = TrimFacts(
        trim_id=1,
        model_id=1,
        msrp=Decimal(1),
        seats=5,
        powertrain="ICE",
        specs={"adas": "l2"},
        card_features={"brand": {"en": "Toyota heritage"}, "safety": {"en": "6 airbags"}},
    )
    assert priority_evidence("brand", trim, needs) == ("card", "", {"en": "Toyota heritage"})
    assert priority_evidence("safety", trim, needs) == ("adas", "l2", {})  # the spec wins
    assert priority_evidence("tech", trim, needs) is None  # L2 is not L2+, no screen given
    rec = score_trim(trim, needs)
    matched = [r for r in rec.reasons if r.code is ReasonCode.PRIORITY_MATCH]
    assert [(r.rank, r.value) for r in matched] == [(1, "brand"), (2, "safety")]


def test_the_first_priority_weighs_more_than_a_later_one():
    needs = NeedsForm(priorities=("space", "power"))
    roomy = TrimFacts(trim_id=1, model_id=1, msrp=Decimal(1), seats=7, powertrain="ICE")
    quick = TrimFacts(
        trim_id=2, model_id=1, msrp=Decimal(1), seats=5, powertrain="ICE", power_kw=200
    )
    assert [r.trim_id for r in recommend(needs, [quick, roomy])] == [1, 2]


def test_price_priority_means_well_within_the_budget():
    needs = NeedsForm(budget_max=Decimal("1000000"), priorities=("price",))
    cheap = TrimFacts(trim_id=1, model_id=1, msrp=Decimal("900000"), seats=5, powertrain="ICE")
    edge = TrimFacts(trim_id=2, model_id=1, msrp=Decimal("950000"), seats=5, powertrain="ICE")
    assert priority_evidence("price", cheap, needs) == ("msrp", "900000", {})
    assert priority_evidence("price", edge, needs) is None


def test_order_only_is_a_reason_against_when_the_customer_buys_soon():
    trim = TrimFacts(trim_id=1, model_id=1, msrp=Decimal(1), seats=5, powertrain="ICE")
    soon = score_trim(trim, NeedsForm(timeline="<=7d"))
    assert reason(soon, ReasonCode.ORDER_ONLY_SOON).tone is Tone.BAD
    later = score_trim(trim, NeedsForm(timeline=">3m"))
    assert ReasonCode.ORDER_ONLY in codes(later)


def test_model_of_interest_counts_and_ties_go_to_the_lower_price():
    a = TrimFacts(trim_id=1, model_id=1, msrp=Decimal(200), seats=5, powertrain="ICE")
    b = TrimFacts(trim_id=2, model_id=2, msrp=Decimal(100), seats=5, powertrain="ICE")
    assert [r.trim_id for r in recommend(NeedsForm(), [a, b])] == [2, 1]
    ranked = recommend(NeedsForm(), [a, b], model_of_interest=1, limit=1)
    assert [r.trim_id for r in ranked] == [1]
    assert ReasonCode.MODEL_OF_INTEREST in codes(ranked[0])


# -- FAB cards -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    card_id: int
    priority: str
    sort_order: int


def test_cards_for_the_customers_priorities_come_first_by_priority_rank():
    cards = [
        Card(1, "", 1),
        Card(2, "tech", 5),
        Card(3, "safety", 9),
        Card(4, "brand", 0),
        Card(5, "safety", 2),
        Card(6, "", 0),
    ]
    ordered = order_cards(cards, ("safety", "tech"))
    # safety (rank 1) by sort order, then tech (rank 2), then the rest by sort order
    assert [c.card_id for c in ordered] == [5, 3, 2, 4, 6, 1]
    assert priority_rank("tech", ("safety", "tech")) == 2
    assert priority_rank("brand", ("safety", "tech")) is None
    assert priority_rank("", ("safety",)) is None
    assert [c.card_id for c in order_cards(cards, ())] == [4, 6, 1, 5, 2, 3]


def test_a_valid_card_is_cleaned():
    card = validate_fab_card(
        FabCardForm(
            model_id=1,
            point="driver_seat",
            priority="tech",
            feature={"en": "  Adaptive cruise ", "zh_TW": "", "zh_CN": "自适应巡航"},
            advantage={"en": "Keeps the distance"},
            benefit={"en": "Less tiring commute"},
            sort_order=10,
        )
    )
    assert card.feature == {"en": "Adaptive cruise", "zh_CN": "自适应巡航"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"point": "boot"}, "point"),
        ({"priority": "colour"}, "priority"),
        ({"feature": {}}, "feature"),
        ({"feature": {"en": "   "}}, "feature"),
        ({"feature": {"en": "x" * 121}}, "feature_en"),
        ({"advantage": {"zh_TW": "長" * 401}}, "advantage_zh_TW"),
        ({"feature": {"fr": "Régulateur"}}, "feature"),
        ({"sort_order": -1}, "sort_order"),
        ({"sort_order": 1000}, "sort_order"),
    ],
)
def test_bad_cards_are_refused_at_the_field(changes: dict, field: str):
    values = {"model_id": 1, "point": "rear", "feature": {"en": "Power tailgate"}, **changes}
    with pytest.raises(ValidationErrors) as exc:
        validate_fab_card(FabCardForm(**values))
    assert exc.value.for_field(field) is not None


def test_local_text_falls_back_to_the_other_script_then_english():
    texts = {"zh_CN": "后备箱", "en": "Boot"}
    assert local_text(texts, "zh_CN") == "后备箱"
    assert local_text(texts, "zh_TW") == "后备箱"
    assert local_text({"en": "Boot"}, "zh_TW") == "Boot"
    assert local_text({}, "en") == ""


# -- specs ---------------------------------------------------------------------------------------


def test_specs_are_cleaned_and_kept_in_the_tables_order():
    clean = validate_specs(
        {
            "ncap_stars": "5",
            "length_mm": "4,630",
            "adas": "l2",
            "fuel_l_100km": "4.40",
            "boot_l": "",
        }
    )
    assert clean == {"length_mm": "4630", "fuel_l_100km": "4.4", "ncap_stars": "5", "adas": "l2"}
    assert list(clean) == [d.code for d in SPECS if d.code in clean]


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("length_mm", "abc"),
        ("length_mm", "4630.5"),  # whole millimetres
        ("ncap_stars", "6"),
        ("airbags", "-1"),
        ("adas", "autopilot"),
        ("fuel_l_100km", "NaN"),
        ("colour", "red"),
    ],
)
def test_bad_specs_are_refused_naming_the_spec(code: str, value: str):
    with pytest.raises(ValidationErrors) as exc:
        validate_specs({code: value, "width_mm": "1800"})
    assert exc.value.for_field(f"spec_{code}") is not None
    assert exc.value.for_field("spec_width_mm") is None


# -- objections and the presentation record ------------------------------------------------------


def test_an_objection_needs_words_and_known_tags():
    ok = validate_objection(ObjectionForm("  Too expensive ", ("space", "price", "price")))
    assert ok.text == "Too expensive"
    assert ok.tags == ("price", "space")  # the list's order, once each
    with pytest.raises(ValidationErrors) as empty:
        validate_objection(ObjectionForm("   ", ("price",)))
    assert empty.value.for_field("text").code == "required"
    with pytest.raises(ValidationErrors) as bad:
        validate_objection(ObjectionForm("Hmm", ("weather",), "x" * 2001))
    assert bad.value.for_field("tags") is not None
    assert bad.value.for_field("response").code == "too_long"


def test_at_most_three_trims_are_compared():
    assert validate_compared([3, 1, 3, 2]) == (3, 1, 2)
    with pytest.raises(ValidationError) as exc:
        validate_compared([1, 2, 3, 4])
    assert exc.value.field == "compared" and exc.value.params == {"max": 3}


def test_points_competitor_and_price_range():
    assert validate_points(["side", "front_left_45"]) == ("front_left_45", "side")
    with pytest.raises(ValidationError):
        validate_points(["roof"])
    assert validate_competitor("  Nissan Kicks ") == "Nissan Kicks"
    with pytest.raises(ValidationError):
        validate_competitor("x" * 121)
    validate_price_range(Decimal(1), Decimal(1))
    with pytest.raises(ValidationError):
        validate_price_range(Decimal(2), Decimal(1))
    with pytest.raises(ValidationError):
        validate_price_range(Decimal(-1), None)
