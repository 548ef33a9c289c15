"""Counts of what was recorded in a period (the KPI dashboard builds on these)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from showroom_app.db.models import Customer, Interaction, Opportunity
from showroom_app.domain.enums import InteractionType, OpportunityStatus
from showroom_app.domain.records import ActivityReport
from showroom_app.services.database import Database


def month_bounds(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    nxt = (start + timedelta(days=32)).replace(day=1)
    return start, nxt - timedelta(days=1)


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def activity(self, start: date, end: date) -> ActivityReport:
        """Everything counted between ``start`` and ``end`` inclusive."""
        t0 = datetime.combine(start, time.min)
        t1 = datetime.combine(end + timedelta(days=1), time.min)
        with self._db.read() as s:

            def count(q: object) -> int:
                return int(s.scalar(q) or 0)  # type: ignore[call-overload]

            customers_total = count(select(func.count()).select_from(Customer))
            new_customers = count(
                select(func.count())
                .select_from(Customer)
                .where(Customer.created_at >= t0, Customer.created_at < t1)
            )
            visitor_groups = count(
                select(func.count())
                .select_from(Interaction)
                .where(
                    Interaction.type == InteractionType.SHOWROOM_VISIT.value,
                    Interaction.first_visit.is_(True),
                    Interaction.started_at >= t0,
                    Interaction.started_at < t1,
                )
            )
            new_opps = count(
                select(func.count())
                .select_from(Opportunity)
                .where(Opportunity.created_at >= t0, Opportunity.created_at < t1)
            )

            def closed(*statuses: OpportunityStatus) -> int:
                return count(
                    select(func.count())
                    .select_from(Opportunity)
                    .where(
                        Opportunity.status.in_([st.value for st in statuses]),
                        Opportunity.closed_at >= t0,
                        Opportunity.closed_at < t1,
                    )
                )

            orders = closed(OpportunityStatus.WON, OpportunityStatus.DELIVERED)
            deliveries = closed(OpportunityStatus.DELIVERED)
            lost = closed(OpportunityStatus.LOST)
            in_period = (Opportunity.created_at >= t0, Opportunity.created_at < t1)
            by_status = {
                k: int(v)
                for k, v in s.execute(
                    select(Opportunity.status, func.count())
                    .where(*in_period)
                    .group_by(Opportunity.status)
                )
            }
            by_level = {
                k: int(v)
                for k, v in s.execute(
                    select(Opportunity.intent_level, func.count())
                    .where(Opportunity.status == OpportunityStatus.OPEN.value)
                    .group_by(Opportunity.intent_level)
                )
            }
            by_source = {
                k: int(v)
                for k, v in s.execute(
                    select(Opportunity.source, func.count())
                    .where(*in_period)
                    .group_by(Opportunity.source)
                )
            }
        return ActivityReport(
            period_start=start,
            period_end=end,
            customers_total=customers_total,
            new_customers=new_customers,
            visitor_groups=visitor_groups,
            new_opportunities=new_opps,
            orders=orders,
            deliveries=deliveries,
            lost=lost,
            by_status=by_status,
            by_level=by_level,
            by_source=by_source,
        )
