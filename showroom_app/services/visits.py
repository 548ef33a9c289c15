"""Stages 1–2 of the cockpit: the lead (source, detail, referrer) and the traffic log.

The traffic log (來店(電)客戶登記表) is the showroom visits and inbound calls
(``Interaction``). Whether a visit is the customer's first or a return is derived from
history (an earlier showroom visit of the same customer), never typed. A walk-in recorded at
the door — customer, opportunity and arrival — is ONE transaction: a failure leaves nothing.
Day lists are bounded to the day (``ix_interactions_started_at``), so they stay fast over
100,000 customers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from showroom_app.db import search
from showroom_app.db.models import Customer, CustomerPhone, Dealership, Interaction, Opportunity
from showroom_app.db.models import User as UserRow
from showroom_app.domain import cockpit_messages as msg
from showroom_app.domain.cockpit import next_follow_up
from showroom_app.domain.customers import CustomerForm, validate_customer
from showroom_app.domain.enums import (
    IntentLevel,
    InteractionType,
    LeadSource,
    OpportunityStatus,
    Region,
    Stage,
)
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.records import UserInfo
from showroom_app.domain.test_drive import validate_visit_times
from showroom_app.services import cockpit_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.archive import ArchiveService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession
from showroom_app.services.visibility import visible_filter

ENTITY = "interaction"
MAX_DETAIL = 200
MAX_TEXT = 2000
MAX_PARTY = 99
MAX_COMPANIONS = 200
LOGGED = (InteractionType.SHOWROOM_VISIT.value, InteractionType.INBOUND_CALL.value)
REQUIRED = "This field is required."  # QT_TRANSLATE_NOOP("Validation", ...) in domain
RANGE = "Enter a number from {low} to {high}."  # likewise


@dataclass(frozen=True)
class LeadInfo:
    opportunity_id: int
    customer_id: int
    source: LeadSource
    source_detail: str
    referrer_customer_id: int | None
    referrer_name: str = ""
    referrer_salutation: str = "none"
    referrer_phone: str = ""


@dataclass(frozen=True)
class TrafficRow:
    """One line of the traffic log."""

    interaction_id: int
    customer_id: int
    opportunity_id: int | None
    customer_name: str
    salutation: str
    kind: InteractionType
    started_at: datetime
    ended_at: datetime | None
    party_size: int
    companions: str  # who came along, e.g. "wife and two kids" (personal)
    first_visit: bool  # derived: no earlier showroom visit of this customer
    invited: bool
    captured_contact: bool
    summary: str
    next_step: str
    salesperson: str

    @property
    def in_showroom(self) -> bool:
        return self.kind is InteractionType.SHOWROOM_VISIT and self.ended_at is None

    def minutes(self, now: datetime) -> int:
        """Minutes from arrival to departure (or to ``now`` while still here)."""
        end = self.ended_at or now
        return max(int((end - self.started_at).total_seconds() // 60), 0)


@dataclass(frozen=True)
class VisitEdit:
    """What the salesperson may correct on a logged visit."""

    started_at: datetime
    ended_at: datetime | None
    party_size: int
    invited: bool
    summary: str
    next_step: str
    companions: str = ""  # trimmed; at most MAX_COMPANIONS characters


@dataclass(frozen=True)
class WalkIn:
    customer_id: int
    opportunity_id: int
    interaction_id: int
    new_customer: bool
    new_opportunity: bool


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def _first_visit() -> ColumnElement[bool]:
    """True when no showroom visit of the same customer came before this one."""
    earlier = aliased(Interaction)
    return ~exists().where(
        earlier.customer_id == Interaction.customer_id,
        earlier.type == InteractionType.SHOWROOM_VISIT.value,
        or_(
            earlier.started_at < Interaction.started_at,
            and_(earlier.started_at == Interaction.started_at, earlier.id < Interaction.id),
        ),
    )


def _too_long(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise ValidationError(field, msg.TOO_LONG, "too_long", max_len=limit)


class VisitService:
    def __init__(self, db: Database, session: DeskSession, audit: AuditLog) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = AppSettingsService(db, session, audit)
        self._customers = CustomerService(db, session, audit, self._settings)
        self._archive = ArchiveService(db, session, audit, self._customers)

    # -- access -------------------------------------------------------------------------------
    def _visible(self) -> ColumnElement[bool]:
        # "+ 0": the day's lists must walk the day's visits (ix_interactions_started_at),
        # not every customer of the salesperson (~65 ms -> ~2 ms at 100k customers)
        return visible_filter(self._session, self._settings, Customer.assigned_user_id + 0)

    def _opportunity(self, s: Session, opportunity_id: int) -> Opportunity:
        return store.visible_opportunity(s, self._session, self._settings, opportunity_id)

    def _visit(self, s: Session, interaction_id: int) -> Interaction:
        visit = s.get(Interaction, interaction_id)
        if visit is None or visit.type not in LOGGED:
            raise NotFound(f"Visit {interaction_id} does not exist.")
        self._customers.get(visit.customer_id)  # visibility
        return visit

    # -- the lead -------------------------------------------------------------------------------
    def lead(self, opportunity_id: int) -> LeadInfo:
        self._session.require_user()
        with self._db.read() as s:
            opp = self._opportunity(s, opportunity_id)
            source, detail = LeadSource(opp.source), opp.source_detail
            customer_id, ref = opp.customer_id, opp.referrer_customer_id
        info = LeadInfo(opportunity_id, customer_id, source, detail, ref)
        if ref is None:
            return info
        try:
            who = self._customers.get(ref)
        except NotFound:  # erased, or not the caller's to see: no name shown
            return info
        phone = who.phones[0] if who.phones else ""
        return replace(
            info, referrer_name=who.name, referrer_salutation=who.salutation, referrer_phone=phone
        )

    def set_lead(
        self,
        opportunity_id: int,
        source: LeadSource | str,
        source_detail: str = "",
        referrer_customer_id: int | None = None,
    ) -> LeadInfo:
        """Record how the customer came (DOMAIN.md §9.1). A referral names the referring
        customer (another customer the caller may see); other sources keep no referrer."""
        user = self._session.require_user()
        try:
            lead = LeadSource(source)
        except ValueError:
            raise ValidationError("source", msg.CHOOSE_FROM_LIST, "choice") from None
        detail = " ".join(source_detail.split())
        _too_long("source_detail", detail, MAX_DETAIL)
        referrer = referrer_customer_id if lead is LeadSource.REFERRAL else None
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            if lead is LeadSource.REFERRAL:
                if referrer is None:
                    raise ValidationError("referrer", REQUIRED, "required")
                if referrer == opp.customer_id:
                    raise ValidationError("referrer", msg.SELF_REFERRAL, "referrer")
                try:
                    self._customers.get(referrer)
                except NotFound:
                    raise ValidationError("referrer", msg.CHOOSE_FROM_LIST, "choice") from None
            changes: dict[str, tuple[object, object]] = {
                "source": (opp.source, lead.value),
                "referrer_customer_id": (opp.referrer_customer_id, referrer),
            }
            if opp.source_detail != detail:  # which field changed, not its text
                changes["source_detail"] = ("x", "y")
            opp.source = lead.value
            opp.source_detail = detail
            opp.referrer_customer_id = referrer
            opp.updated_at = datetime.now()
            self._audit.record_changes(s, user, "opportunity", opp.id, changes)
        return self.lead(opportunity_id)

    # -- the traffic log ------------------------------------------------------------------------
    def _rows(
        self, s: Session, *where: ColumnElement[bool], newest_first: bool = False
    ) -> list[TrafficRow]:
        q = (
            select(
                Interaction,
                Customer.name,
                Customer.salutation,
                UserRow.name,
                _first_visit().label("first"),
            )
            .join(Customer, Customer.id == Interaction.customer_id)
            .outerjoin(UserRow, UserRow.id == Interaction.user_id)
            .where(Interaction.type.in_(LOGGED), Customer.erased_at.is_(None), self._visible())
            .where(*where)
            .order_by(
                Interaction.started_at.desc() if newest_first else Interaction.started_at,
                Interaction.id,
            )
        )
        return [
            TrafficRow(
                interaction_id=i.id,
                customer_id=i.customer_id,
                opportunity_id=i.opportunity_id,
                customer_name=name,
                salutation=salutation,
                kind=InteractionType(i.type),
                started_at=i.started_at,
                ended_at=i.ended_at,
                party_size=i.party_size,
                companions=i.companions,
                first_visit=bool(first),
                invited=i.invited,
                captured_contact=i.captured_contact,
                summary=i.summary,
                next_step=i.next_step,
                salesperson=salesperson or "",
            )
            for i, name, salutation, salesperson, first in s.execute(q)
        ]

    def visits(self, opportunity_id: int) -> list[TrafficRow]:
        """The opportunity's visits and calls (and the customer's not tied to any), newest first."""
        self._session.require_user()
        with self._db.read() as s:
            opp = self._opportunity(s, opportunity_id)
            return self._rows(
                s,
                Interaction.customer_id == opp.customer_id,
                or_(Interaction.opportunity_id.is_(None), Interaction.opportunity_id == opp.id),
                newest_first=True,
            )

    def day_log(self, day: date, *, showroom_only: bool = False) -> list[TrafficRow]:
        """The day's traffic log by arrival (calls too unless ``showroom_only``)."""
        self._session.require_user()
        start, end = _day_bounds(day)
        with self._db.read() as s:
            rows = self._rows(s, Interaction.started_at >= start, Interaction.started_at < end)
        if showroom_only:
            rows = [r for r in rows if r.kind is InteractionType.SHOWROOM_VISIT]
        return rows

    def in_showroom(self, day: date | None = None) -> list[TrafficRow]:
        """Today's visitors still in the showroom (arrived that day, not departed)."""
        return [r for r in self.day_log(day or date.today()) if r.in_showroom]

    # -- arrival and departure ------------------------------------------------------------------
    def _arrival(
        self, s: Session, customer_id: int, opportunity_id: int, at: datetime, user: UserInfo
    ) -> int:
        """The customer's visit of that day still open, else a new arrival (with the two-day
        archive task); inside the caller's transaction."""
        start, end = _day_bounds(at.date())
        open_visit = s.scalar(
            select(Interaction.id).where(
                Interaction.customer_id == customer_id,
                Interaction.type == InteractionType.SHOWROOM_VISIT.value,
                Interaction.started_at >= start,
                Interaction.started_at < end,
                Interaction.ended_at.is_(None),
            )
        )
        if open_visit is not None:
            return int(open_visit)
        earlier = s.scalar(
            select(
                exists().where(
                    Interaction.customer_id == customer_id,
                    Interaction.type == InteractionType.SHOWROOM_VISIT.value,
                    Interaction.started_at <= at,
                )
            )
        )
        phone = s.scalar(select(exists().where(CustomerPhone.customer_id == customer_id)))
        visit = Interaction(
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            type=InteractionType.SHOWROOM_VISIT.value,
            started_at=at,
            first_visit=not earlier,
            captured_contact=bool(phone),
            user_id=user.id,
            created_at=datetime.now(),
        )
        s.add(visit)
        s.flush()
        self._archive._open_archive_task(s, customer_id, at.date(), user.id)
        detail = {"customer": customer_id, "type": visit.type, "opportunity": opportunity_id}
        self._audit.record(s, user, Action.CREATE, ENTITY, visit.id, detail=detail)
        return visit.id

    def arrive(self, opportunity_id: int, *, at: datetime | None = None) -> int:
        """ "Customer arrived": a showroom visit for this opportunity (the one still open
        today when they are already here)."""
        user = self._session.require_user()
        moment = (at or datetime.now()).replace(microsecond=0)
        with self._db.write() as s:
            opp = self._opportunity(s, opportunity_id)
            self._customers.get(opp.customer_id)
            return self._arrival(s, opp.customer_id, opp.id, moment, user)

    def depart(self, interaction_id: int, at: datetime | None = None) -> None:
        """ "Customer left": departure now (or ``at``); never before the arrival."""
        user = self._session.require_user()
        moment = (at or datetime.now()).replace(microsecond=0)
        with self._db.write() as s:
            visit = self._visit(s, interaction_id)
            validate_visit_times(visit.started_at, moment)
            old = visit.ended_at
            visit.ended_at = moment
            if not visit.captured_contact:  # a phone taken during the visit counts
                visit.captured_contact = bool(
                    s.scalar(select(exists().where(CustomerPhone.customer_id == visit.customer_id)))
                )
            self._audit.record_changes(s, user, ENTITY, visit.id, {"ended_at": (old, moment)})

    def update_visit(self, interaction_id: int, edit: VisitEdit) -> None:
        """Correct a logged visit; invalid input (departure before arrival, party size out of
        range, text too long) is refused as a whole and nothing is saved."""
        user = self._session.require_user()
        validate_visit_times(edit.started_at, edit.ended_at)
        if not 1 <= edit.party_size <= MAX_PARTY:
            raise ValidationError("party_size", RANGE, "range", low=1, high=MAX_PARTY)
        _too_long("summary", edit.summary, MAX_TEXT)
        _too_long("next_step", edit.next_step, MAX_TEXT)
        companions = " ".join(edit.companions.split())
        _too_long("companions", companions, MAX_COMPANIONS)
        with self._db.write() as s:
            visit = self._visit(s, interaction_id)
            before = {
                "started_at": visit.started_at,
                "ended_at": visit.ended_at,
                "party_size": visit.party_size,
                "invited": visit.invited,
            }
            texts_changed = (visit.summary, visit.next_step) != (edit.summary, edit.next_step)
            companions_changed = visit.companions != companions
            visit.started_at = edit.started_at.replace(microsecond=0)
            visit.ended_at = edit.ended_at.replace(microsecond=0) if edit.ended_at else None
            visit.party_size = edit.party_size
            visit.invited = edit.invited
            visit.summary = edit.summary
            visit.next_step = edit.next_step
            visit.companions = companions
            changes: dict[str, tuple[object, object]] = {
                k: (old, getattr(visit, k)) for k, old in before.items()
            }
            if texts_changed:  # personal notes: which field changed, never the text
                changes["notes"] = ("x", "y")
            if companions_changed:  # personal too
                changes["companions"] = ("x", "y")
            self._audit.record_changes(s, user, ENTITY, visit.id, changes)

    # -- the walk-in ----------------------------------------------------------------------------
    def walk_in(
        self,
        phone: str = "",
        name: str = "",
        salutation: str = "none",
        model_id: int | None = None,
        *,
        customer_id: int | None = None,
        at: datetime | None = None,
    ) -> WalkIn:
        """A walk-in at the door, in one transaction: the customer (new, or ``customer_id``
        when the phone showed they are already one), their open opportunity (or a new
        walk-in opportunity) and the arrival in the traffic log."""
        user = self._session.require_user()
        moment = (at or datetime.now()).replace(microsecond=0)
        day = moment.date()
        if customer_id is not None:
            self._customers.get(customer_id)  # visibility
        with self._db.write() as s:
            new_customer = customer_id is None
            if customer_id is None:
                customer = self._new_customer(s, phone, name, salutation, day, user)
            else:
                found = s.get(Customer, customer_id)
                assert found is not None
                customer = found
            opp = s.scalar(
                select(Opportunity)
                .where(
                    Opportunity.customer_id == customer.id,
                    Opportunity.status == OpportunityStatus.OPEN.value,
                )
                .order_by(Opportunity.updated_at.desc(), Opportunity.id.desc())
                .limit(1)
            )
            new_opportunity = opp is None
            if opp is None:
                opp = self._new_opportunity(s, customer, model_id, day, user)
            elif model_id is not None and opp.model_of_interest_id is None:
                opp.model_of_interest_id = model_id
            visit_id = self._arrival(s, customer.id, opp.id, moment, user)
            return WalkIn(customer.id, opp.id, visit_id, new_customer, new_opportunity)

    def _new_customer(
        self, s: Session, phone: str, name: str, salutation: str, day: date, user: UserInfo
    ) -> Customer:
        dealer = s.get(Dealership, 1)
        if dealer is None:
            raise NotFound("The dealership has not been set up yet.")
        form = CustomerForm(name=name, phones=(phone,), salutation=salutation)
        clean = validate_customer(form, Region(dealer.region), day)
        now = datetime.now()
        customer = Customer(created_at=now, updated_at=now, version_id=1)
        CustomerService._apply(s, customer, clean)  # the rows CustomerService.create writes
        customer.assigned_user_id = None if self._session.is_manager else user.id
        s.add(customer)
        s.flush()
        CustomerService._replace_phones(s, customer.id, clean.phones)
        search.reindex_customer(s, customer.id)
        self._audit.record(s, user, Action.CREATE, "customer", customer.id)
        return customer

    def _new_opportunity(
        self, s: Session, customer: Customer, model_id: int | None, day: date, user: UserInfo
    ) -> Opportunity:
        definition = store.ensure_current(s, user.id)
        now = datetime.now()
        level = IntentLevel.N
        opp = Opportunity(
            customer_id=customer.id,
            source=LeadSource.WALK_IN.value,
            intent_level=level.value,
            status=OpportunityStatus.OPEN.value,
            stage=Stage.RECEPTION.value,
            model_of_interest_id=model_id,
            assigned_user_id=customer.assigned_user_id if self._session.is_manager else user.id,
            next_follow_up=next_follow_up(level, day, definition.cadence),
            created_at=now,
            updated_at=now,
            process_version=definition.version,
        )
        s.add(opp)
        s.flush()
        store.sync_follow_up(s, opp, user.id)
        detail = {
            "customer": customer.id,
            "source": opp.source,
            "process_version": definition.version,
        }
        self._audit.record(s, user, Action.CREATE, "opportunity", opp.id, detail=detail)
        return opp


__all__ = ["LeadInfo", "TrafficRow", "VisitEdit", "VisitService", "WalkIn"]
