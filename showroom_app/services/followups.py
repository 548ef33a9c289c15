"""Follow-up tasks (pre-sale follow-ups, archive tasks, after-sales calls) and Today."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, func, select

from showroom_app.db.models import (
    Customer,
    CustomerPhone,
    FollowUpTask,
    Interaction,
    Opportunity,
    User,
)
from showroom_app.domain.enums import (
    IntentLevel,
    InteractionType,
    OpportunityStatus,
    TaskKind,
    TaskStatus,
)
from showroom_app.domain.errors import NotFound
from showroom_app.domain.records import TaskRow, TodaySummary, VisitRow
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession
from showroom_app.services.visibility import visible_filter

#: H customers first, then A, B, C ... (DOMAIN.md §10, Today)
LEVEL_RANK = {"H": 0, "A": 1, "O": 2, "B": 3, "C": 4, "N": 5}


def _task_query() -> Select[FollowUpTask, str, str | None, str | None, str | None, str]:
    phone = (
        select(CustomerPhone.e164)
        .where(CustomerPhone.customer_id == FollowUpTask.customer_id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            FollowUpTask,
            Customer.name,
            phone.label("phone"),
            Opportunity.intent_level,
            User.name,
            Customer.salutation,
        )
        .join(Customer, Customer.id == FollowUpTask.customer_id)
        .outerjoin(Opportunity, Opportunity.id == FollowUpTask.opportunity_id)
        .outerjoin(User, User.id == FollowUpTask.assigned_user_id)
    )


def _row(
    task: FollowUpTask,
    name: str,
    phone: str | None,
    level: str | None,
    user: str | None,
    salutation: str,
) -> TaskRow:
    return TaskRow(
        task_id=task.id,
        customer_id=task.customer_id,
        customer_name=name,
        phone_e164=phone or "",
        kind=TaskKind(task.kind),
        status=TaskStatus(task.status),
        due_date=task.due_date,
        purpose=task.purpose,
        intent_level=IntentLevel(level) if level else None,
        salesperson=user or "",
        salutation=salutation,
    )


class FollowUpService:
    def __init__(self, db: Database, session: DeskSession, settings: AppSettingsService) -> None:
        self._db = db
        self._session = session
        self._settings = settings

    def _visible(self) -> ColumnElement[bool]:
        return visible_filter(self._session, self._settings, FollowUpTask.assigned_user_id)

    def open_count(self, *, due_on_or_before: date | None = None) -> int:
        q = (
            select(func.count())
            .select_from(FollowUpTask)
            .where(FollowUpTask.status == TaskStatus.OPEN.value, self._visible())
        )
        if due_on_or_before is not None:
            q = q.where(FollowUpTask.due_date <= due_on_or_before)
        with self._db.read() as s:
            return int(s.scalar(q) or 0)

    def open_tasks(
        self, offset: int, limit: int, *, due_on_or_before: date | None = None
    ) -> list[TaskRow]:
        q = (
            _task_query()
            .where(FollowUpTask.status == TaskStatus.OPEN.value, self._visible())
            .order_by(FollowUpTask.due_date, FollowUpTask.id)
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        if due_on_or_before is not None:
            q = q.where(FollowUpTask.due_date <= due_on_or_before)
        with self._db.read() as s:
            return [_row(*r) for r in s.execute(q)]

    def complete(
        self, task_id: int, *, outcome: str = "", notes: str = "", when: datetime | None = None
    ) -> None:
        with self._db.write() as s:
            task = s.get(FollowUpTask, task_id)
            if task is None or not s.scalar(
                select(func.count())
                .select_from(FollowUpTask)
                .where(FollowUpTask.id == task_id, self._visible())
            ):
                raise NotFound(f"Task {task_id} does not exist.")
            task.status = TaskStatus.DONE.value
            task.outcome = outcome
            task.notes = notes
            task.completed_at = when or datetime.now()

    def today(self, today: date | None = None, *, limit: int = 200) -> TodaySummary:
        """What the salesperson should do today: overdue and due tasks, H and A first."""
        day = today or date.today()
        visible = self._visible()
        visible_visits = visible_filter(self._session, self._settings, Customer.assigned_user_id)
        visible_opps = visible_filter(self._session, self._settings, Opportunity.assigned_user_id)
        start = datetime.combine(day, time.min)
        end = start + timedelta(days=1)
        with self._db.read() as s:
            overdue = int(
                s.scalar(
                    select(func.count())
                    .select_from(FollowUpTask)
                    .where(
                        FollowUpTask.status == TaskStatus.OPEN.value,
                        FollowUpTask.due_date < day,
                        visible,
                    )
                )
                or 0
            )
            due_today = int(
                s.scalar(
                    select(func.count())
                    .select_from(FollowUpTask)
                    .where(
                        FollowUpTask.status == TaskStatus.OPEN.value,
                        FollowUpTask.due_date == day,
                        visible,
                    )
                )
                or 0
            )
            rows = [
                _row(*r)
                for r in s.execute(
                    _task_query()
                    .where(
                        FollowUpTask.status == TaskStatus.OPEN.value,
                        FollowUpTask.due_date <= day,
                        visible,
                    )
                    .order_by(FollowUpTask.due_date.desc(), FollowUpTask.id)
                    .limit(limit)
                )
            ]
            rows.sort(
                key=lambda t: (
                    t.due_date == day,
                    LEVEL_RANK.get(t.intent_level or "N", 9),
                    t.due_date,
                )
            )
            visits = [
                VisitRow(
                    interaction_id=i.id,
                    customer_id=i.customer_id,
                    customer_name=name,
                    started_at=i.started_at,
                    ended_at=i.ended_at,
                    party_size=i.party_size,
                    first_visit=i.first_visit,
                    invited=i.invited,
                    summary=i.summary,
                    salutation=salutation,
                )
                for i, name, salutation in s.execute(
                    select(Interaction, Customer.name, Customer.salutation)
                    .join(Customer, Customer.id == Interaction.customer_id)
                    .where(
                        Interaction.type == InteractionType.SHOWROOM_VISIT.value,
                        Interaction.started_at >= start,
                        Interaction.started_at < end,
                        visible_visits,
                    )
                    .order_by(Interaction.started_at)
                )
            ]
            by_level = {
                level: int(n)
                for level, n in s.execute(
                    select(Opportunity.intent_level, func.count())
                    .where(Opportunity.status == OpportunityStatus.OPEN.value, visible_opps)
                    .group_by(Opportunity.intent_level)
                )
            }
        return TodaySummary(
            today=day,
            overdue_count=overdue,
            due_today_count=due_today,
            visits_today=len(visits),
            open_by_level=by_level,
            tasks=tuple(rows),
            visits=tuple(visits),
        )
