"""The sales cockpit's rules: derived stage status, intent suggestion, follow-up cadence.

"Lighthouse, not reins" (MISSION.md, DOMAIN.md §2): a stage's status is *derived* from what
was recorded, never set by a wizard, and never depends on the order stages were worked in.
The cockpit suggests one next stage; the salesperson may open any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from showroom_app.domain.enums import IntentLevel, Stage
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.process import ProcessDefinition, StageDefinition
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import validate_required_text

__all__ = [
    "MAX_REASON_LEN",
    "OUT_OF_CONTACT_FACTOR",
    "ItemRecord",
    "ItemState",
    "OpportunityFacts",
    "StageStatus",
    "Timeline",
    "checklist_progress",
    "derive_stage_status",
    "is_demotion",
    "next_follow_up",
    "not_applicable",
    "out_of_contact",
    "suggest_intent",
]

MAX_REASON_LEN = 200
OUT_OF_CONTACT_FACTOR = 2  # DOMAIN.md §9.2: no contact for more than 2x the interval -> 失控


class ItemState(StrEnum):
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"


class StageStatus(StrEnum):
    DONE = "done"
    SUGGESTED_NEXT = "suggested_next"
    NOT_APPLICABLE = "not_applicable"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"


@dataclass(frozen=True)
class ItemRecord:
    """The state of one checklist item (or of a whole stage).

    Not applicable needs a one-line reason of 1-200 characters; the reason is kept only for
    that state, so switching an item back to done or pending forgets it.
    """

    state: ItemState
    reason: str = ""

    def __post_init__(self) -> None:
        if self.state is not ItemState.NOT_APPLICABLE:
            object.__setattr__(self, "reason", "")
            return
        if not self.reason.strip():
            raise ValidationError(
                "reason",
                QT_TRANSLATE_NOOP("Validation", "Give a one-line reason why this does not apply."),
                "reason_required",
            )
        reason = validate_required_text(self.reason, "reason", MAX_REASON_LEN)
        if "\n" in reason or "\r" in reason:
            raise ValidationError(
                "reason",
                QT_TRANSLATE_NOOP("Validation", "Keep the reason to one line."),
                "one_line",
            )
        object.__setattr__(self, "reason", reason)


def not_applicable(reason: str) -> ItemRecord:
    return ItemRecord(ItemState.NOT_APPLICABLE, reason)


DONE = ItemRecord(ItemState.DONE)
PENDING = ItemRecord(ItemState.PENDING)


@dataclass(frozen=True)
class OpportunityFacts:
    """What has been recorded for one opportunity (filled by the service from the database).

    ``pays_by_loan`` is ``None`` while the payment method is unknown; ``False`` (cash) makes
    the finance stage not applicable by itself.
    """

    lead_source_recorded: bool = False
    contact_captured: bool = False  # 留檔: a valid phone number
    appointment_booked: bool = False
    visit_recorded: bool = False  # showroom visit or inbound call logged
    needs_budget: bool = False
    needs_timeline: bool = False
    needs_usage: bool = False
    models_presented: bool = False
    quote_printed: bool = False
    test_drive_booked: bool = False
    agreement_signed: bool = False  # the test-drive agreement
    test_drive_finished: bool = False
    price_discussed: bool = False
    deposit_paid: bool = False
    contract_signed: bool = False
    pays_by_loan: bool | None = None
    loan_applied: bool = False
    loan_disbursed: bool = False
    delivered_on: date | None = None
    archive_completed_on: date | None = None


def _facts_status(stage: Stage, f: OpportunityFacts) -> StageStatus | None:
    """DONE / IN_PROGRESS / NOT_APPLICABLE from the facts alone, or None (nothing recorded)."""
    done: bool
    started: bool
    if stage is Stage.PROSPECTING:
        done = f.lead_source_recorded and f.contact_captured
        started = f.lead_source_recorded or f.contact_captured or f.appointment_booked
    elif stage is Stage.RECEPTION:
        done, started = f.visit_recorded, False
    elif stage is Stage.NEEDS_ANALYSIS:
        done = f.needs_budget and f.needs_timeline
        started = f.needs_budget or f.needs_timeline or f.needs_usage
    elif stage is Stage.PRESENTATION:
        done, started = f.models_presented, False
    elif stage is Stage.TEST_DRIVE:
        done = f.test_drive_finished
        started = f.test_drive_booked or f.agreement_signed
    elif stage is Stage.CLOSING:
        done = f.contract_signed
        started = f.quote_printed or f.price_discussed or f.deposit_paid
    elif stage is Stage.FINANCE:
        if f.loan_disbursed:
            return StageStatus.DONE
        if f.pays_by_loan is False:
            return StageStatus.NOT_APPLICABLE
        done, started = False, f.loan_applied
    elif stage is Stage.DELIVERY:
        done, started = f.delivered_on is not None, False
    else:  # AFTER_SALES
        done, started = f.archive_completed_on is not None, False
    if done:
        return StageStatus.DONE
    return StageStatus.IN_PROGRESS if started else None


def checklist_progress(
    stage: StageDefinition, item_states: Mapping[str, ItemRecord]
) -> tuple[int, int]:
    """(items done or not applicable, items in the checklist), for the stage page's meter."""
    states = [item_states.get(i.code, PENDING).state for i in stage.checklist]
    return sum(1 for s in states if s is not ItemState.PENDING), len(states)


def _checklist_status(
    stage: StageDefinition, item_states: Mapping[str, ItemRecord]
) -> StageStatus | None:
    """The checklist's verdict. The gate is the required items (all items when none is
    required); a gate fully done or N/A with at least one item done means the stage is done,
    every item N/A means the stage did not apply, anything ticked means it is in progress."""
    if not stage.checklist:
        return None
    states = {i.code: item_states.get(i.code, PENDING).state for i in stage.checklist}
    gate = [i.code for i in stage.checklist if i.required] or list(states)
    gate_closed = all(states[c] is not ItemState.PENDING for c in gate)
    any_done = any(s is ItemState.DONE for s in states.values())
    if gate_closed and any_done:
        return StageStatus.DONE
    if all(s is ItemState.NOT_APPLICABLE for s in states.values()):
        return StageStatus.NOT_APPLICABLE
    if any(s is not ItemState.PENDING for s in states.values()):
        return StageStatus.IN_PROGRESS
    return None


def derive_stage_status(
    definition: ProcessDefinition,
    facts: OpportunityFacts,
    item_states: Mapping[str, ItemRecord],
    stage_marks: Mapping[Stage, ItemRecord] | None = None,
) -> dict[Stage, StageStatus]:
    """The status of every *enabled* stage (switched-off stages are left out), in the
    definition's order.

    Precedence per stage: a recorded fact or a finished checklist makes it done (a fact beats
    a "not applicable" mark: a test drive that did happen is done); otherwise a whole-stage
    N/A mark (``stage_marks``) or a fact like a cash purchase makes it not applicable; then
    in progress / not started. Earlier stages never have to be done first.

    Exactly one stage is ``suggested_next`` unless every stage is done or not applicable: the
    first open stage after the furthest done stage, else the first open stage.
    """
    marks = stage_marks or {}
    result: dict[Stage, StageStatus] = {}
    for sd in definition.ordered_stages():
        by_facts = _facts_status(sd.stage, facts)
        by_list = _checklist_status(sd, item_states)
        mark = marks.get(sd.stage, PENDING).state
        if StageStatus.DONE in (by_facts, by_list) or mark is ItemState.DONE:
            status = StageStatus.DONE
        elif mark is ItemState.NOT_APPLICABLE or StageStatus.NOT_APPLICABLE in (
            by_facts,
            by_list,
        ):
            status = StageStatus.NOT_APPLICABLE
        elif StageStatus.IN_PROGRESS in (by_facts, by_list):
            status = StageStatus.IN_PROGRESS
        else:
            status = StageStatus.NOT_STARTED
        result[sd.stage] = status
    order = list(result)
    done_at = [n for n, s in enumerate(order) if result[s] is StageStatus.DONE]
    start = done_at[-1] + 1 if done_at else 0
    open_stages = [
        s for s in order if result[s] in (StageStatus.IN_PROGRESS, StageStatus.NOT_STARTED)
    ]
    later = [s for s in open_stages if order.index(s) >= start]
    if later or open_stages:
        result[(later or open_stages)[0]] = StageStatus.SUGGESTED_NEXT
    return result


# -- intent level (DOMAIN.md §9.2) ---------------------------------------------------------------


class Timeline(StrEnum):
    """Expected purchase time (預計購車時間), DOMAIN.md §4.1."""

    WITHIN_7_DAYS = "<=7d"
    WITHIN_15_DAYS = "<=15d"
    WITHIN_30_DAYS = "<=30d"
    WITHIN_3_MONTHS = "<=3m"
    OVER_3_MONTHS = ">3m"
    UNKNOWN = "unknown"


#: A stated timeline maps directly to a level. C covers "more than a month, up to about three
#: months"; beyond that there is no clear intent yet, so N.
TIMELINE_LEVEL: dict[Timeline, IntentLevel] = {
    Timeline.WITHIN_7_DAYS: IntentLevel.H,
    Timeline.WITHIN_15_DAYS: IntentLevel.A,
    Timeline.WITHIN_30_DAYS: IntentLevel.B,
    Timeline.WITHIN_3_MONTHS: IntentLevel.C,
    Timeline.OVER_3_MONTHS: IntentLevel.N,
}

#: Highest intent first; moving to a later entry is a demotion.
LEVEL_RANK: tuple[IntentLevel, ...] = (
    IntentLevel.O,
    IntentLevel.H,
    IntentLevel.A,
    IntentLevel.B,
    IntentLevel.C,
    IntentLevel.N,
)


def suggest_intent(
    timeline: Timeline | str,
    test_drive_done: bool,
    price_discussed: bool,
    ordered: bool,
    current: IntentLevel | None = None,
) -> IntentLevel:
    """The level the cockpit proposes; the salesperson confirms or changes it.

    Ordered -> O. Test drive done, price discussed and buying within 7 days -> H. Otherwise
    the stated timeline decides. An unknown timeline keeps ``current`` (a timeline not yet
    asked is no reason to propose a demotion every time the page opens) and is N only when
    there is no current level.
    """
    try:
        tl = Timeline(timeline)
    except ValueError:
        raise ValidationError(
            "timeline",
            QT_TRANSLATE_NOOP("Validation", "Choose the expected purchase time from the list."),
            "timeline",
        ) from None
    if ordered:
        return IntentLevel.O
    if test_drive_done and price_discussed and tl is Timeline.WITHIN_7_DAYS:
        return IntentLevel.H
    if tl is Timeline.UNKNOWN:
        if current is None or current is IntentLevel.O:  # O without an order is stale
            return IntentLevel.N
        return current
    return TIMELINE_LEVEL[tl]


def is_demotion(old: IntentLevel, new: IntentLevel) -> bool:
    """True when ``new`` is a lower intent than ``old`` (the UI asks for confirmation)."""
    return LEVEL_RANK.index(new) > LEVEL_RANK.index(old)


def next_follow_up(
    level: IntentLevel, last_contact: date, cadence: Mapping[IntentLevel, int]
) -> date | None:
    """The latest date for the next contact, or None when the cadence has no interval for
    this level (e.g. N in the Light preset: no scheduled follow-up)."""
    days = cadence.get(level)
    return None if days is None else last_contact + timedelta(days=days)


def out_of_contact(
    level: IntentLevel, last_contact: date, today: date, cadence: Mapping[IntentLevel, int]
) -> bool:
    """失控: no contact for more than twice the level's interval (exactly twice is not yet)."""
    days = cadence.get(level)
    return days is not None and (today - last_contact).days > OUT_OF_CONTACT_FACTOR * days
