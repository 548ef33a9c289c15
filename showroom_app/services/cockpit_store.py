"""Reading and writing the cockpit's stored state inside one caller's transaction.

Helpers for ``services.cockpit``: the stored process versions, the JSON columns of an
opportunity (checklist, stage marks), the recorded facts, and the follow-up task that
mirrors ``next_follow_up``. The only access check is ``visible_opportunity``; the services
do role checks before calling the rest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from showroom_app.db.models import (
    Appointment,
    AppSetting,
    CustomerPhone,
    Deal,
    FollowUpTask,
    Interaction,
    Opportunity,
    Presentation,
    ProcessDefinitionRow,
    TestDrive,
)
from showroom_app.domain import cockpit_messages as msg
from showroom_app.domain.cockpit import ItemRecord, ItemState, OpportunityFacts, Timeline
from showroom_app.domain.enums import (
    InteractionType,
    OpportunityStatus,
    Stage,
    TaskKind,
    TaskStatus,
)
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.needs import NeedsForm, pays_by_loan
from showroom_app.domain.permissions import may_see_customer
from showroom_app.domain.process import PRESETS, ProcessDefinition, from_json, to_json
from showroom_app.domain.test_drive import DEFAULT_MIN_YEARS_EXPERIENCE
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.session import DeskSession

PRESET_SETTING = "process_preset"
DEFAULT_PRESET = "small_dealer"
MIN_YEARS_SETTING = "test_drive_min_years"

DRIVE_BOOKED = "booked"
DRIVE_STARTED = "started"
DRIVE_FINISHED = "finished"
DRIVE_CANCELLED = "cancelled"


def raw_setting(s: Session, key: str) -> Any:
    """A JSON setting value, or None when absent or unreadable."""
    row = s.get(AppSetting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return row.value  # a bare string typed by hand


def min_years_experience(s: Session) -> int:
    value = raw_setting(s, MIN_YEARS_SETTING)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 50:
        return value
    return DEFAULT_MIN_YEARS_EXPERIENCE


# -- process versions ---------------------------------------------------------------------------


def latest_version(s: Session) -> int | None:
    value = s.scalar(select(func.max(ProcessDefinitionRow.version)))
    return None if value is None else int(value)


def load_version(s: Session, version: int) -> ProcessDefinition:
    row = s.scalar(select(ProcessDefinitionRow).where(ProcessDefinitionRow.version == version))
    if row is None:
        raise LookupError(f"process version {version} is not stored")
    return from_json(row.json_text)


def preset_definition(s: Session) -> ProcessDefinition:
    name = raw_setting(s, PRESET_SETTING)
    factory = PRESETS.get(name if isinstance(name, str) else "", PRESETS[DEFAULT_PRESET])
    return factory()


def store_version(
    s: Session, definition: ProcessDefinition, version: int, user_id: int | None
) -> ProcessDefinition:
    stored = replace(definition, version=version)
    s.add(
        ProcessDefinitionRow(
            version=version,
            preset=stored.preset,
            json_text=to_json(stored),
            created_at=datetime.now(),
            created_by=user_id,
        )
    )
    s.flush()
    return stored


def ensure_current(s: Session, user_id: int | None) -> ProcessDefinition:
    """The newest stored version; the preset becomes version 1 on first use."""
    version = latest_version(s)
    if version is None:
        return store_version(s, preset_definition(s), 1, user_id)
    return load_version(s, version)


def definition_for(s: Session, opp: Opportunity, user_id: int | None) -> ProcessDefinition:
    """The version this opportunity follows; one from before versioning is pinned to the
    current version the first time it is written."""
    if opp.process_version is not None:
        try:
            return load_version(s, opp.process_version)
        except LookupError:
            pass  # a version row removed by hand: fall back to the current process
    current = ensure_current(s, user_id)
    opp.process_version = current.version
    return current


# -- JSON columns ---------------------------------------------------------------------------------


def item_records(data: Mapping[str, Any] | None) -> dict[str, ItemRecord]:
    """Stored ``{key: {state, reason, ...}}`` as domain records; damaged entries count as
    pending (they were validated when saved)."""
    result: dict[str, ItemRecord] = {}
    for key, value in (data or {}).items():
        if not isinstance(value, dict):
            continue
        try:
            state = ItemState(str(value.get("state")))
            result[key] = ItemRecord(state, str(value.get("reason", "")))
        except (ValueError, ValidationError):
            continue
    return result


def stage_records(data: Mapping[str, Any] | None) -> dict[Stage, ItemRecord]:
    result: dict[Stage, ItemRecord] = {}
    for key, record in item_records(data).items():
        try:
            result[Stage(key)] = record
        except ValueError:
            continue
    return result


def stamped(record: ItemRecord, user_id: int, now: datetime) -> dict[str, Any]:
    return {
        "state": record.state.value,
        "reason": record.reason,
        "at": now.isoformat(timespec="seconds"),
        "by": user_id,
    }


# -- facts ----------------------------------------------------------------------------------------


def facts(s: Session, opp: Opportunity, needs: NeedsForm) -> OpportunityFacts:
    """What is recorded for the opportunity, for ``derive_stage_status``."""
    visits = s.scalar(
        select(
            exists().where(
                Interaction.customer_id == opp.customer_id,
                or_(Interaction.opportunity_id.is_(None), Interaction.opportunity_id == opp.id),
                Interaction.type.in_(
                    (InteractionType.SHOWROOM_VISIT.value, InteractionType.INBOUND_CALL.value)
                ),
            )
        )
    )
    phone = s.scalar(select(exists().where(CustomerPhone.customer_id == opp.customer_id)))
    appointment = s.scalar(
        select(
            exists().where(
                Appointment.customer_id == opp.customer_id,
                or_(Appointment.opportunity_id.is_(None), Appointment.opportunity_id == opp.id),
                Appointment.status != "cancelled",
            )
        )
    )
    drives = list(
        s.scalars(
            select(TestDrive).where(
                TestDrive.opportunity_id == opp.id, TestDrive.status != DRIVE_CANCELLED
            )
        )
    )
    presentation = s.scalar(select(Presentation).where(Presentation.opportunity_id == opp.id))
    deal = s.scalar(
        select(exists().where(Deal.opportunity_id == opp.id, Deal.status != "cancelled"))
    )
    status = OpportunityStatus(opp.status)
    return OpportunityFacts(
        models_presented=bool(
            presentation is not None and (presentation.trims or presentation.points_done)
        ),
        price_discussed=bool(deal),
        lead_source_recorded=bool(opp.source),
        contact_captured=bool(phone),
        appointment_booked=bool(appointment),
        visit_recorded=bool(visits),
        needs_budget=needs.budget_min is not None or needs.budget_max is not None,
        needs_timeline=needs.timeline != Timeline.UNKNOWN.value,
        needs_usage=bool(needs.usage),
        test_drive_booked=bool(drives),
        agreement_signed=any(d.agreement_signed_at is not None for d in drives),
        test_drive_finished=any(d.status == DRIVE_FINISHED for d in drives),
        contract_signed=status in (OpportunityStatus.WON, OpportunityStatus.DELIVERED),
        pays_by_loan=pays_by_loan(needs),
        delivered_on=(
            opp.closed_at.date()
            if status is OpportunityStatus.DELIVERED and opp.closed_at
            else None
        ),
    )


# -- the follow-up task ---------------------------------------------------------------------------


def sync_follow_up(s: Session, opp: Opportunity, user_id: int) -> None:
    """Keep exactly one open follow-up task at ``opp.next_follow_up`` while the opportunity
    is open or postponed; cancel it otherwise or when the cadence has no date."""
    s.flush()
    tasks = list(
        s.scalars(
            select(FollowUpTask)
            .where(
                FollowUpTask.opportunity_id == opp.id,
                FollowUpTask.kind == TaskKind.FOLLOW_UP.value,
                FollowUpTask.status == TaskStatus.OPEN.value,
            )
            .order_by(FollowUpTask.id)
        )
    )
    due = opp.next_follow_up
    wanted = due is not None and opp.status in (
        OpportunityStatus.OPEN.value,
        OpportunityStatus.POSTPONED.value,
    )
    keep = tasks[0] if wanted and tasks else None
    for task in tasks:
        if task is not keep:
            task.status = TaskStatus.CANCELLED.value
            task.outcome = "rescheduled"
            task.completed_at = datetime.now()
    if not wanted or due is None:
        return
    if keep is not None:
        keep.due_date = due
        return
    s.add(
        FollowUpTask(
            customer_id=opp.customer_id,
            opportunity_id=opp.id,
            kind=TaskKind.FOLLOW_UP.value,
            due_date=due,
            purpose="",
            status=TaskStatus.OPEN.value,
            outcome="",
            notes="",
            assigned_user_id=opp.assigned_user_id or user_id,
            completed_at=None,
            created_at=datetime.now(),
        )
    )


# -- access (shared by the cockpit and test-drive services) -------------------------------------


def visible_opportunity(
    s: Session, session: DeskSession, settings: AppSettingsService, opportunity_id: int
) -> Opportunity:
    """The opportunity if the signed-in user may see it (else NotFound, as for a record that
    does not exist: a salesperson learns nothing of others' work)."""
    user = session.require_user()
    opp = s.get(Opportunity, opportunity_id)
    if opp is None or not may_see_customer(
        user.role,
        user.id,
        opp.assigned_user_id,
        all_visible=settings.policy().all_customers_visible,
    ):
        raise NotFound(f"Opportunity {opportunity_id} does not exist.")
    return opp


def closed_error() -> ValidationError:
    """The opportunity is closed: nothing more is recorded until it is reopened."""
    return ValidationError("status", msg.REOPEN_FIRST, "closed")
