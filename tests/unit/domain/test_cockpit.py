"""Derived stage status, item states, intent suggestion and cadence (DOMAIN.md §2, §9.2)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_app.domain.cockpit import (
    DONE,
    PENDING,
    ItemRecord,
    ItemState,
    OpportunityFacts,
    StageStatus,
    Timeline,
    checklist_progress,
    derive_stage_status,
    is_demotion,
    next_follow_up,
    not_applicable,
    out_of_contact,
    suggest_intent,
)
from showroom_app.domain.enums import IntentLevel, Stage
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.process import ProcessDefinition, full_4s, small_dealer

FULL = full_4s()
SMALL = small_dealer()
NOTHING = OpportunityFacts()


def _required(definition: ProcessDefinition, stage: Stage) -> list[str]:
    sd = definition.stage(stage)
    assert sd is not None
    return [i.code for i in sd.checklist if i.required]


def _suggested(statuses: dict[Stage, StageStatus]) -> list[Stage]:
    return [s for s, v in statuses.items() if v is StageStatus.SUGGESTED_NEXT]


# -- item states ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "code"),
    [
        ("", "reason_required"),
        ("   ", "reason_required"),
        ("x" * 201, "too_long"),
        ("first line\nsecond line", "one_line"),
        ("bad\x07bell", "control_characters"),
    ],
)
def test_not_applicable_needs_a_one_line_reason(reason, code):
    # GIVEN an item marked not applicable with a bad reason WHEN recorded THEN it is refused
    with pytest.raises(ValidationError) as caught:
        not_applicable(reason)
    assert (caught.value.field, caught.value.code) == ("reason", code)


@pytest.mark.parametrize("reason", ["x", "x" * 200, "  客戶已試駕過同款車  "])
def test_a_reason_of_1_to_200_characters_is_kept_trimmed(reason):
    record = not_applicable(reason)
    assert record.state is ItemState.NOT_APPLICABLE
    assert record.reason == reason.strip()


def test_done_and_pending_forget_any_reason():
    assert ItemRecord(ItemState.DONE, "left over").reason == ""
    assert ItemRecord(ItemState.PENDING, "left over") == PENDING


# -- derived stage status ------------------------------------------------------------------------


def test_nothing_recorded_suggests_the_first_stage():
    statuses = derive_stage_status(FULL, NOTHING, {})
    assert statuses[Stage.PROSPECTING] is StageStatus.SUGGESTED_NEXT
    assert all(v is StageStatus.NOT_STARTED for s, v in statuses.items() if s != Stage.PROSPECTING)
    assert list(statuses) == list(Stage)


@pytest.mark.parametrize(
    ("facts", "stage"),
    [
        (OpportunityFacts(lead_source_recorded=True, contact_captured=True), Stage.PROSPECTING),
        (OpportunityFacts(visit_recorded=True), Stage.RECEPTION),
        (OpportunityFacts(needs_budget=True, needs_timeline=True), Stage.NEEDS_ANALYSIS),
        (OpportunityFacts(models_presented=True), Stage.PRESENTATION),
        (OpportunityFacts(test_drive_finished=True), Stage.TEST_DRIVE),
        (OpportunityFacts(contract_signed=True), Stage.CLOSING),
        (OpportunityFacts(loan_disbursed=True), Stage.FINANCE),
        (OpportunityFacts(delivered_on=date(2026, 12, 1)), Stage.DELIVERY),
        (OpportunityFacts(archive_completed_on=date(2026, 12, 2)), Stage.AFTER_SALES),
    ],
)
def test_a_recorded_fact_makes_its_stage_done(facts, stage):
    # GIVEN only one fact WHEN statuses are derived THEN its stage is done, whatever came before
    statuses = derive_stage_status(FULL, facts, {})
    assert statuses[stage] is StageStatus.DONE
    assert sum(v is StageStatus.DONE for v in statuses.values()) == 1


@pytest.mark.parametrize(
    ("facts", "stage"),
    [
        (OpportunityFacts(contact_captured=True), Stage.PROSPECTING),
        (OpportunityFacts(needs_budget=True), Stage.NEEDS_ANALYSIS),
        (OpportunityFacts(needs_usage=True), Stage.NEEDS_ANALYSIS),
        (OpportunityFacts(test_drive_booked=True), Stage.TEST_DRIVE),
        (OpportunityFacts(agreement_signed=True), Stage.TEST_DRIVE),
        (OpportunityFacts(quote_printed=True), Stage.CLOSING),
        (OpportunityFacts(deposit_paid=True), Stage.CLOSING),
        (OpportunityFacts(pays_by_loan=True, loan_applied=True), Stage.FINANCE),
    ],
)
def test_a_partial_fact_makes_its_stage_in_progress(facts, stage):
    # GIVEN the car already delivered, so the suggestion is after-sales, not this stage
    delivered = date(2026, 12, 1)
    before = derive_stage_status(FULL, OpportunityFacts(delivered_on=delivered), {})
    # WHEN the partial fact is recorded
    after = derive_stage_status(FULL, dataclasses.replace(facts, delivered_on=delivered), {})
    # THEN its stage moves from not started to in progress
    assert before[stage] is StageStatus.NOT_STARTED
    assert after[stage] is StageStatus.IN_PROGRESS


def test_a_later_stage_can_be_done_while_earlier_ones_are_not():
    # GIVEN a customer who signed before any test drive or needs analysis
    facts = OpportunityFacts(visit_recorded=True, contract_signed=True)
    statuses = derive_stage_status(FULL, facts, {})
    # THEN closing is done, the earlier stages are simply not started, and the suggestion is
    # the stage after the furthest done one (finance)
    assert statuses[Stage.CLOSING] is StageStatus.DONE
    assert statuses[Stage.NEEDS_ANALYSIS] is StageStatus.NOT_STARTED
    assert statuses[Stage.TEST_DRIVE] is StageStatus.NOT_STARTED
    assert _suggested(statuses) == [Stage.FINANCE]


def test_cash_buyer_skips_finance_and_the_suggestion_moves_on():
    facts = OpportunityFacts(contract_signed=True, pays_by_loan=False)
    statuses = derive_stage_status(FULL, facts, {})
    assert statuses[Stage.FINANCE] is StageStatus.NOT_APPLICABLE
    assert _suggested(statuses) == [Stage.DELIVERY]


def test_when_nothing_is_open_after_the_furthest_done_stage_the_first_open_one_is_suggested():
    facts = OpportunityFacts(archive_completed_on=date(2026, 12, 2))
    statuses = derive_stage_status(FULL, facts, {})
    assert _suggested(statuses) == [Stage.PROSPECTING]


def test_all_required_items_done_or_na_make_a_stage_done():
    # GIVEN every required reception item done, one of them not applicable with a reason
    codes = _required(FULL, Stage.RECEPTION)
    states = {c: DONE for c in codes}
    states[codes[1]] = not_applicable("Customer came by phone")
    # THEN reception is done although no visit was logged
    assert derive_stage_status(FULL, NOTHING, states)[Stage.RECEPTION] is StageStatus.DONE
    # AND with one required item still pending it is only in progress
    states[codes[0]] = PENDING
    assert derive_stage_status(FULL, NOTHING, states)[Stage.RECEPTION] in (
        StageStatus.IN_PROGRESS,
        StageStatus.SUGGESTED_NEXT,
    )
    assert checklist_progress(FULL.stage(Stage.RECEPTION), states) == (len(codes) - 1, 8)


def test_every_item_not_applicable_means_the_stage_did_not_apply():
    sd = SMALL.stage(Stage.FINANCE)
    assert sd is not None
    states = {i.code: not_applicable("Paid in cash") for i in sd.checklist}
    assert derive_stage_status(SMALL, NOTHING, states)[Stage.FINANCE] is StageStatus.NOT_APPLICABLE


def test_a_stage_marked_not_applicable_as_a_whole():
    marks = {Stage.TEST_DRIVE: not_applicable("Drove the same model last week")}
    facts = OpportunityFacts(models_presented=True)
    statuses = derive_stage_status(FULL, facts, {}, marks)
    assert statuses[Stage.TEST_DRIVE] is StageStatus.NOT_APPLICABLE
    assert _suggested(statuses) == [Stage.CLOSING]


def test_a_recorded_fact_beats_a_not_applicable_mark():
    # GIVEN the test drive was marked N/A, and then the customer drove after all
    marks = {Stage.TEST_DRIVE: not_applicable("Not interested")}
    facts = OpportunityFacts(test_drive_finished=True)
    assert derive_stage_status(FULL, facts, {}, marks)[Stage.TEST_DRIVE] is StageStatus.DONE


def test_switched_off_stages_are_left_out_and_never_suggested():
    stages = tuple(
        dataclasses.replace(s, enabled=s.stage not in (Stage.PROSPECTING, Stage.FINANCE))
        for s in FULL.stages
    )
    definition = dataclasses.replace(FULL, stages=stages)
    statuses = derive_stage_status(definition, OpportunityFacts(contract_signed=True), {})
    assert Stage.PROSPECTING not in statuses and Stage.FINANCE not in statuses
    assert _suggested(statuses) == [Stage.DELIVERY]


def test_the_definitions_order_decides_the_suggestion():
    # GIVEN a dealership that puts the test drive before the presentation
    swapped = {Stage.PRESENTATION: 5, Stage.TEST_DRIVE: 4}
    stages = tuple(dataclasses.replace(s, order=swapped.get(s.stage, s.order)) for s in FULL.stages)
    definition = dataclasses.replace(FULL, stages=stages)
    facts = OpportunityFacts(needs_budget=True, needs_timeline=True)
    statuses = derive_stage_status(definition, facts, {})
    assert _suggested(statuses) == [Stage.TEST_DRIVE]
    assert list(statuses).index(Stage.TEST_DRIVE) < list(statuses).index(Stage.PRESENTATION)


def test_everything_done_suggests_nothing():
    facts = OpportunityFacts(
        lead_source_recorded=True,
        contact_captured=True,
        visit_recorded=True,
        needs_budget=True,
        needs_timeline=True,
        models_presented=True,
        test_drive_finished=True,
        contract_signed=True,
        pays_by_loan=False,
        delivered_on=date(2026, 12, 1),
        archive_completed_on=date(2026, 12, 2),
    )
    statuses = derive_stage_status(FULL, facts, {})
    assert _suggested(statuses) == []
    assert statuses[Stage.FINANCE] is StageStatus.NOT_APPLICABLE


# -- properties ----------------------------------------------------------------------------------

BOOL_FACTS = [f.name for f in dataclasses.fields(OpportunityFacts) if f.type == "bool"]
ALL_CODES = sorted({i.code for s in FULL.stages for i in s.checklist})
RECORDS = st.sampled_from([DONE, PENDING, not_applicable("n/a")])

facts_strategy = st.builds(
    OpportunityFacts,
    **{name: st.booleans() for name in BOOL_FACTS},
    pays_by_loan=st.sampled_from([None, True, False]),
    delivered_on=st.none() | st.just(date(2026, 12, 1)),
    archive_completed_on=st.none() | st.just(date(2026, 12, 3)),
)
states_strategy = st.dictionaries(st.sampled_from(ALL_CODES), RECORDS)
marks_strategy = st.dictionaries(st.sampled_from(list(Stage)), RECORDS)


@given(facts=facts_strategy, states=states_strategy, marks=marks_strategy)
def test_exactly_one_suggestion_unless_every_stage_is_closed(facts, states, marks):
    for definition in (FULL, SMALL):
        statuses = derive_stage_status(definition, facts, states, marks)
        closed = all(v in (StageStatus.DONE, StageStatus.NOT_APPLICABLE) for v in statuses.values())
        assert len(_suggested(statuses)) == (0 if closed else 1)


@given(facts=facts_strategy, states=states_strategy, data=st.data())
def test_any_order_of_recording_gives_the_same_statuses(facts, states, data):
    # GIVEN the same facts and item states recorded one by one in two different orders
    events = [("fact", n, getattr(facts, n)) for n in BOOL_FACTS] + [
        ("item", c, r) for c, r in states.items()
    ]
    shuffled = data.draw(st.permutations(events))

    def replay(sequence):
        f, s = OpportunityFacts(), {}
        for kind, key, value in sequence:
            if kind == "fact":
                f = dataclasses.replace(f, **{key: value})
            else:
                s[key] = value
        return derive_stage_status(FULL, f, s)

    # THEN the derived statuses are identical
    assert replay(events) == replay(shuffled)


@given(facts=facts_strategy, states=states_strategy)
def test_recording_more_never_undoes_a_done_stage(facts, states):
    before = derive_stage_status(FULL, facts, states)
    more = dataclasses.replace(facts, test_drive_finished=True, contract_signed=True)
    after = derive_stage_status(FULL, more, states)
    for stage, status in before.items():
        if status is StageStatus.DONE:
            assert after[stage] is StageStatus.DONE


# -- intent level (DOMAIN.md §9.2) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("timeline", "drove", "price", "ordered", "expected"),
    [
        ("<=7d", True, True, True, IntentLevel.O),
        ("unknown", False, False, True, IntentLevel.O),
        (">3m", True, True, True, IntentLevel.O),
        ("<=7d", True, True, False, IntentLevel.H),
        ("<=7d", False, False, False, IntentLevel.H),
        ("<=15d", True, True, False, IntentLevel.A),
        ("<=15d", False, False, False, IntentLevel.A),
        ("<=30d", False, True, False, IntentLevel.B),
        ("<=3m", True, False, False, IntentLevel.C),
        (">3m", False, False, False, IntentLevel.N),
        ("unknown", True, True, False, IntentLevel.N),
        (Timeline.WITHIN_30_DAYS, False, False, False, IntentLevel.B),
    ],
)
def test_suggest_intent_table(timeline, drove, price, ordered, expected):
    assert suggest_intent(timeline, drove, price, ordered) is expected


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (IntentLevel.A, IntentLevel.A),
        (IntentLevel.C, IntentLevel.C),
        (IntentLevel.O, IntentLevel.N),  # O without an order is stale
        (None, IntentLevel.N),
    ],
)
def test_an_unknown_timeline_keeps_the_current_level(current, expected):
    assert suggest_intent("unknown", False, False, False, current) is expected


def test_a_stated_timeline_overrides_the_current_level():
    assert suggest_intent("<=30d", False, False, False, IntentLevel.H) is IntentLevel.B


def test_an_unknown_timeline_code_is_refused():
    with pytest.raises(ValidationError) as caught:
        suggest_intent("next week", False, False, False)
    assert caught.value.field == "timeline"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (IntentLevel.H, IntentLevel.A, True),
        (IntentLevel.O, IntentLevel.H, True),
        (IntentLevel.C, IntentLevel.N, True),
        (IntentLevel.A, IntentLevel.H, False),
        (IntentLevel.N, IntentLevel.O, False),
        (IntentLevel.B, IntentLevel.B, False),
    ],
)
def test_is_demotion(old, new, expected):
    assert is_demotion(old, new) is expected


@given(st.sampled_from(list(IntentLevel)), st.sampled_from(list(IntentLevel)))
def test_demotion_is_antisymmetric(a, b):
    assert not (is_demotion(a, b) and is_demotion(b, a))
    assert is_demotion(a, b) or is_demotion(b, a) or a == b


# -- cadence -------------------------------------------------------------------------------------

LAST = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("definition", "level", "expected"),
    [
        (FULL, IntentLevel.H, date(2026, 11, 29)),
        (FULL, IntentLevel.A, date(2026, 12, 1)),
        (FULL, IntentLevel.C, date(2026, 12, 11)),
        (FULL, IntentLevel.N, date(2026, 12, 27)),
        (SMALL, IntentLevel.H, date(2026, 12, 4)),
        (SMALL, IntentLevel.C, date(2027, 2, 25)),
        (SMALL, IntentLevel.N, None),  # Light preset: no scheduled follow-up for N
        (SMALL, IntentLevel.O, None),
    ],
)
def test_next_follow_up(definition, level, expected):
    assert next_follow_up(level, LAST, definition.cadence) == expected


@pytest.mark.parametrize(
    ("definition", "level", "days_silent", "expected"),
    [
        (FULL, IntentLevel.H, 4, False),  # exactly twice the interval: not yet
        (FULL, IntentLevel.H, 5, True),
        (FULL, IntentLevel.B, 14, False),
        (FULL, IntentLevel.B, 15, True),
        (SMALL, IntentLevel.C, 181, True),
        (SMALL, IntentLevel.N, 10_000, False),  # no cadence, never "out of contact"
    ],
)
def test_out_of_contact_after_twice_the_interval(definition, level, days_silent, expected):
    today = LAST + timedelta(days=days_silent)
    assert out_of_contact(level, LAST, today, definition.cadence) is expected


@given(
    level=st.sampled_from(list(IntentLevel)),
    last=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    silent=st.integers(min_value=0, max_value=1000),
)
def test_out_of_contact_only_after_the_follow_up_was_due(level, last, silent):
    due = next_follow_up(level, last, FULL.cadence)
    today = last + timedelta(days=silent)
    if out_of_contact(level, last, today, FULL.cadence):
        assert due is not None and today > due
