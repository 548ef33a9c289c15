"""The sales cockpit of stages 1-5 (issue 5): one opportunity worked through the
dealership's process, "a lighthouse, not reins".

Stage status is derived from what is recorded (``domain.cockpit``); the only hard stops
are the test-drive licence gate and the signed agreement (law and safety). Each use case
is one write transaction with its audit entries; the audit never holds personal values
(licence numbers, notes, reasons typed by the salesperson).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy.orm import Session

from showroom_app.db.models import Customer, Interaction, Opportunity
from showroom_app.domain import cockpit_messages as msg
from showroom_app.domain.cockpit import (
    ItemRecord,
    ItemState,
    OpportunityFacts,
    StageStatus,
    derive_stage_status,
    is_demotion,
    next_follow_up,
    not_applicable,
    suggest_intent,
)
from showroom_app.domain.enums import (
    IntentLevel,
    InteractionType,
    LeadSource,
    OpportunityStatus,
    Stage,
)
from showroom_app.domain.errors import (
    ConfirmationRequired,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from showroom_app.domain.needs import (
    NeedsForm,
    needs_from_json,
    needs_to_json,
    validate_close,
    validate_needs,
)
from showroom_app.domain.process import ProcessDefinition, validate_definition
from showroom_app.domain.test_drive import validate_visit_times
from showroom_app.domain.validators import ValidationWarning
from showroom_app.services import cockpit_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.archive import ArchiveService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.deals_store import release_for_opportunity
from showroom_app.services.session import DeskSession
from showroom_app.services.test_drives import LicenceVerdict, TestDriveService

ENTITY = "opportunity"
CLOSED = (OpportunityStatus.LOST, OpportunityStatus.POSTPONED, OpportunityStatus.INVALID)


@dataclass(frozen=True)
class CockpitView:
    """Everything the cockpit screen shows for one opportunity."""

    opportunity_id: int
    customer_id: int
    status: OpportunityStatus
    definition: ProcessDefinition
    facts: OpportunityFacts
    stages: Mapping[Stage, StageStatus]  # enabled stages, in the process's order
    checklist: Mapping[str, ItemRecord]  # item code -> state (absent = pending)
    stage_marks: Mapping[Stage, ItemRecord]
    needs: NeedsForm
    intent_level: IntentLevel
    suggested_intent: IntentLevel
    next_follow_up: date | None
    assigned_user_id: int | None

    @property
    def suggested_stage(self) -> Stage | None:
        return next((s for s, st in self.stages.items() if st is StageStatus.SUGGESTED_NEXT), None)


class CockpitService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        customers: CustomerService,
        archive: ArchiveService,
        test_drives: TestDriveService | None = None,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._customers = customers
        self._archive = archive
        self._test_drives = test_drives or TestDriveService(db, session, audit, settings)

    # -- access ---------------------------------------------------------------------------
    def _opportunity(self, s: Session, opportunity_id: int) -> Opportunity:
        return store.visible_opportunity(s, self._session, self._settings, opportunity_id)

    # -- the process ----------------------------------------------------------------------
    def current_process(self) -> ProcessDefinition:
        user = self._session.require_user()
        with self._db.write() as s:
            return store.ensure_current(s, user.id)

    def save_process(self, definition: ProcessDefinition) -> ProcessDefinition:
        """Store the edited process as a new version; opportunities keep theirs."""
        user = self._session.require_user()
        if not self._session.is_manager:
            raise PermissionDenied(f"{user.role.value} may not change the sales process.")
        validate_definition(definition)
        with self._db.write() as s:
            store.ensure_current(s, user.id)
            version = (store.latest_version(s) or 0) + 1
            stored = store.store_version(s, definition, version, user.id)
            self._audit.record(
                s,
                user,
                Action.CREATE,
                "process",
                version,
                detail={"preset": stored.preset, "version": version},
            )
            return stored

    def process_for(self, opportunity_id: int) -> ProcessDefinition:
        user = self._session.require_user()
        with self._db.write() as s:
            return store.definition_for(s, self._opportunity(s, opportunity_id), user.id)

    # -- opportunities --------------------------------------------------------------------
    def create_opportunity(
        self,
        customer_id: int,
        source: LeadSource | str,
        source_detail: str = "",
        referrer_customer_id: int | None = None,
        model_of_interest_id: int | None = None,
        *,
        today: date | None = None,
    ) -> int:
        user = self._session.require_user()
        self._customers.get(customer_id)  # visibility
        try:
            lead = LeadSource(source)
        except ValueError:
            raise ValidationError("source", msg.CHOOSE_FROM_LIST, "choice") from None
        detail = source_detail.strip()
        if len(detail) > 200:
            raise ValidationError("source_detail", msg.TOO_LONG, "too_long", max_len=200)
        if referrer_customer_id is not None:
            if referrer_customer_id == customer_id:
                raise ValidationError("referrer", msg.SELF_REFERRAL, "referrer")
            self._customers.get(referrer_customer_id)
        day = today or date.today()
        now = datetime.now()
        with self._db.write() as s:
            customer = s.get(Customer, customer_id)
            assert customer is not None
            definition = store.ensure_current(s, user.id)
            level = IntentLevel.N
            opp = Opportunity(
                customer_id=customer_id,
                source=lead.value,
                source_detail=detail,
                referrer_customer_id=referrer_customer_id,
                intent_level=level.value,
                status=OpportunityStatus.OPEN.value,
                stage=Stage.PROSPECTING.value,
                expected_purchase="unknown",
                model_of_interest_id=model_of_interest_id,
                assigned_user_id=(
                    customer.assigned_user_id if self._session.is_manager else user.id
                ),
                next_follow_up=next_follow_up(level, day, definition.cadence),
                lost_reason="",
                lost_note="",
                created_at=now,
                updated_at=now,
                process_version=definition.version,
                timeline="unknown",
                needs={},
                checklist={},
                stage_marks={},
                lost_competitor="",
            )
            s.add(opp)
            s.flush()
            store.sync_follow_up(s, opp, user.id)
            self._audit.record(
                s,
                user,
                Action.CREATE,
                ENTITY,
                opp.id,
                detail={
                    "customer": customer_id,
                    "source": lead.value,
                    "process_version": definition.version,
                },
            )
            return opp.id

    def cockpit(self, opportunity_id: int) -> CockpitView:
        user = self._session.require_user()
        with self._db.write() as s:  # write: an unversioned opportunity is pinned here
            opp = self._opportunity(s, opportunity_id)
            definition = store.definition_for(s, opp, user.id)
            needs = needs_from_json(opp.needs)
            facts = store.facts(s, opp, needs)
            checklist = store.item_records(opp.checklist)
            marks = store.stage_records(opp.stage_marks)
            current = IntentLevel(opp.intent_level)
            return CockpitView(
                opportunity_id=opp.id,
                customer_id=opp.customer_id,
                status=OpportunityStatus(opp.status),
                definition=definition,
                facts=facts,
                stages=MappingProxyType(derive_stage_status(definition, facts, checklist, marks)),
                checklist=MappingProxyType(checklist),
                stage_marks=MappingProxyType(marks),
                needs=needs,
                intent_level=current,
                suggested_intent=suggest_intent(
                    opp.timeline,
                    facts.test_drive_finished,
                    facts.price_discussed,
                    facts.contract_signed,
                    current,
                ),
                next_follow_up=opp.next_follow_up,
                assigned_user_id=opp.assigned_user_id,
            )

    def set_checklist_item(
        self, opportunity_id: int, item_code: str, state: ItemState | str, reason: str = ""
    ) -> None:
        user = self._session.require_user()
        try:
            record = ItemRecord(ItemState(state), reason)
        except ValueError:
            raise ValidationError("state", msg.CHOOSE_FROM_LIST, "choice") from None
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            definition = store.definition_for(s, opp, user.id)
            if not any(sd.item(item_code) for sd in definition.stages):
                raise ValidationError("item", msg.UNKNOWN_ITEM, "unknown_item")
            items = dict(opp.checklist or {})
            old = store.item_records(items).get(item_code)
            items[item_code] = store.stamped(record, user.id, datetime.now())
            opp.checklist = items
            opp.updated_at = datetime.now()
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                ENTITY,
                opp.id,
                field=f"checklist.{item_code}",
                old=old.state.value if old else ItemState.PENDING.value,
                new=record.state.value,
            )

    def mark_stage_not_applicable(
        self, opportunity_id: int, stage: Stage | str, reason: str
    ) -> None:
        self._set_stage_mark(opportunity_id, stage, not_applicable(reason))

    def clear_stage_mark(self, opportunity_id: int, stage: Stage | str) -> None:
        self._set_stage_mark(opportunity_id, stage, None)

    def _set_stage_mark(
        self, opportunity_id: int, stage: Stage | str, record: ItemRecord | None
    ) -> None:
        user = self._session.require_user()
        try:
            code = Stage(stage)
        except ValueError:
            raise ValidationError(
                "stage", msg.UNKNOWN_STAGE, "unknown_stage", stage=str(stage)
            ) from None
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            marks = dict(opp.stage_marks or {})
            old = store.stage_records(marks).get(code)
            if record is None:
                marks.pop(code.value, None)
            else:
                marks[code.value] = store.stamped(record, user.id, datetime.now())
            opp.stage_marks = marks
            opp.updated_at = datetime.now()
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                ENTITY,
                opp.id,
                field=f"stage.{code.value}",
                old=old.state.value if old else "",
                new=record.state.value if record else "",
            )

    # -- needs and intent ---------------------------------------------------------------
    def save_needs(
        self, opportunity_id: int, needs: NeedsForm, *, today: date | None = None
    ) -> IntentLevel:
        """Save the needs profile; returns the suggested intent level (not applied)."""
        user = self._session.require_user()
        clean = validate_needs(needs, today or date.today())
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            store.definition_for(s, opp, user.id)
            before = needs_from_json(opp.needs)
            old_timeline = opp.timeline
            opp.needs = needs_to_json(clean)
            opp.timeline = clean.timeline
            opp.expected_purchase = clean.timeline
            opp.updated_at = datetime.now()
            changed = sorted(
                k for k, v in needs_to_json(clean).items() if needs_to_json(before).get(k) != v
            )
            if changed:
                # which parts of the profile changed, never their (personal) values
                self._audit.record(
                    s,
                    user,
                    Action.UPDATE,
                    ENTITY,
                    opp.id,
                    field="needs",
                    detail={"changed": changed},
                )
            self._audit.record_changes(
                s, user, ENTITY, opp.id, {"timeline": (old_timeline, clean.timeline)}
            )
            facts = store.facts(s, opp, clean)
            return suggest_intent(
                clean.timeline,
                facts.test_drive_finished,
                facts.price_discussed,
                facts.contract_signed,
                IntentLevel(opp.intent_level),
            )

    def set_intent(
        self,
        opportunity_id: int,
        level: IntentLevel | str,
        *,
        confirm_demotion: bool = False,
        today: date | None = None,
    ) -> date | None:
        """Set the intent level; returns the new next follow-up date (from the cadence of
        the opportunity's process version, counted from today)."""
        user = self._session.require_user()
        try:
            new = IntentLevel(level)
        except ValueError:
            raise ValidationError(
                "intent_level", msg.UNKNOWN_LEVEL, "unknown_level", level=str(level)
            ) from None
        day = today or date.today()
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            if opp.status != OpportunityStatus.OPEN.value:
                raise store.closed_error()
            old = IntentLevel(opp.intent_level)
            if is_demotion(old, new) and not confirm_demotion:
                raise ConfirmationRequired(
                    "demotion", msg.CONFIRM_DEMOTION.format(old=old.value, new=new.value)
                )
            definition = store.definition_for(s, opp, user.id)
            opp.intent_level = new.value
            opp.next_follow_up = next_follow_up(new, day, definition.cadence)
            opp.updated_at = datetime.now()
            store.sync_follow_up(s, opp, user.id)
            self._audit.record_changes(
                s,
                user,
                ENTITY,
                opp.id,
                {
                    "intent_level": (old.value, new.value),
                    "next_follow_up": (None, opp.next_follow_up),
                },
            )
            return opp.next_follow_up

    # -- closing ------------------------------------------------------------------------
    def close(
        self,
        opportunity_id: int,
        status: OpportunityStatus | str,
        reason_code: str,
        note: str = "",
        competitor: str = "",
        revisit: date | None = None,
        *,
        today: date | None = None,
    ) -> None:
        user = self._session.require_user()
        try:
            new = OpportunityStatus(status)
        except ValueError:
            new = OpportunityStatus.OPEN  # refused by validate_close as "not a closing state"
        validate_close(new, reason_code, note, competitor, revisit, today or date.today())
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            if opp.status != OpportunityStatus.OPEN.value:
                raise store.closed_error()
            old = opp.status
            now = datetime.now()
            opp.status = new.value
            opp.lost_reason = reason_code
            opp.lost_note = note.strip()
            opp.lost_competitor = competitor.strip()
            opp.revisit_on = revisit if new is OpportunityStatus.POSTPONED else None
            opp.next_follow_up = opp.revisit_on
            if new is OpportunityStatus.POSTPONED:
                opp.intent_level = IntentLevel.C.value  # DOMAIN.md §9.3: postponed -> C
            opp.closed_at = now
            opp.updated_at = now
            store.sync_follow_up(s, opp, user.id)
            self._audit.record_changes(
                s,
                user,
                ENTITY,
                opp.id,
                {"status": (old, new.value), "lost_reason": ("", reason_code)},
            )
            if new in (OpportunityStatus.LOST, OpportunityStatus.INVALID):
                release_for_opportunity(s, opp.id, user, self._audit)  # deal desk: unit back

    def reopen(self, opportunity_id: int, *, today: date | None = None) -> None:
        user = self._session.require_user()
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            if OpportunityStatus(opp.status) not in CLOSED:
                raise ValidationError("status", msg.NOT_CLOSED, "not_closed")
            definition = store.definition_for(s, opp, user.id)
            old = opp.status
            opp.status = OpportunityStatus.OPEN.value
            opp.closed_at = None
            opp.revisit_on = None
            opp.next_follow_up = next_follow_up(
                IntentLevel(opp.intent_level), today or date.today(), definition.cadence
            )
            opp.updated_at = datetime.now()
            store.sync_follow_up(s, opp, user.id)
            self._audit.record_changes(
                s, user, ENTITY, opp.id, {"status": (old, OpportunityStatus.OPEN.value)}
            )

    # -- visits -------------------------------------------------------------------------
    def record_visit(
        self,
        customer_id: int,
        *,
        started_at: datetime | None = None,
        party_size: int = 1,
        invited: bool = False,
        summary: str = "",
    ) -> int:
        """A showroom visit (opens the two-day archive task, see ArchiveService)."""
        return self._archive.record_visit(
            customer_id,
            started_at=started_at,
            party_size=party_size,
            invited=invited,
            summary=summary,
            kind=InteractionType.SHOWROOM_VISIT,
        )

    def finish_visit(self, interaction_id: int, departure: datetime) -> None:
        user = self._session.require_user()
        with self._db.write() as s:
            visit = s.get(Interaction, interaction_id)
            if visit is None:
                raise NotFound(f"Visit {interaction_id} does not exist.")
            self._customers.get(visit.customer_id)  # visibility
            validate_visit_times(visit.started_at, departure)
            old = visit.ended_at
            visit.ended_at = departure
            self._audit.record_changes(
                s, user, "interaction", visit.id, {"ended_at": (old, departure)}
            )

    # -- test drives (stage 5, see ``TestDriveService``) ---------------------------------
    def book_test_drive(
        self,
        customer_id: int,
        opportunity_id: int,
        stock_vehicle_id: int,
        start: datetime,
        end: datetime,
    ) -> int:
        return self._test_drives.book_test_drive(
            customer_id, opportunity_id, stock_vehicle_id, start, end
        )

    def check_licence(
        self,
        test_drive_id: int,
        *,
        licence_number: str,
        licence_class: str,
        licence_expiry: date | None,
        first_issue_date: date,
        birth_date: date,
        manual_transmission: bool = False,
        today: date | None = None,
    ) -> LicenceVerdict:
        return self._test_drives.check_licence(
            test_drive_id,
            licence_number=licence_number,
            licence_class=licence_class,
            licence_expiry=licence_expiry,
            first_issue_date=first_issue_date,
            birth_date=birth_date,
            manual_transmission=manual_transmission,
            today=today,
        )

    def mark_agreement_signed(self, test_drive_id: int) -> None:
        self._test_drives.mark_agreement_signed(test_drive_id)

    def start_drive(
        self,
        test_drive_id: int,
        odo_out: int,
        *,
        accompanied_by: str = "",
        route: str = "",
        when: datetime | None = None,
    ) -> None:
        self._test_drives.start_drive(
            test_drive_id, odo_out, accompanied_by=accompanied_by, route=route, when=when
        )

    def finish_drive(
        self,
        test_drive_id: int,
        end: datetime,
        odo_in: int,
        feedback: Mapping[str, int] | None = None,
        *,
        feedback_notes: str = "",
        route_length_km: int | None = None,
    ) -> list[ValidationWarning]:
        return self._test_drives.finish_drive(
            test_drive_id,
            end,
            odo_in,
            feedback,
            feedback_notes=feedback_notes,
            route_length_km=route_length_km,
        )


__all__ = ["CockpitService", "CockpitView", "LicenceVerdict"]
