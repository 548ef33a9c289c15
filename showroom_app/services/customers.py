"""Customer list for the archive page (search and the full profile come with the archive)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from showroom_app.db.models import Customer, CustomerPhone, Opportunity, User
from showroom_app.domain.enums import IntentLevel, OpportunityStatus
from showroom_app.domain.records import CustomerRow
from showroom_app.services.database import Database


class CustomerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self) -> int:
        with self._db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Customer)) or 0)

    def page(self, offset: int, limit: int) -> list[CustomerRow]:
        """Newest customers first; the Qt model asks for one page at a time."""
        phone = (
            select(CustomerPhone.e164)
            .where(CustomerPhone.customer_id == Customer.id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            .limit(1)
            .correlate(Customer)
            .scalar_subquery()
        )
        q = (
            select(
                Customer.id,
                Customer.name,
                Customer.salutation,
                phone.label("phone"),
                User.name.label("salesperson"),
                Customer.created_at,
            )
            .outerjoin(User, User.id == Customer.assigned_user_id)
            .order_by(Customer.id.desc())
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        with self._db.read() as s:
            rows = s.execute(q).all()
            ids = [r.id for r in rows]
            latest: dict[int, tuple[str | None, date | None]] = {}
            if ids:
                for cid, level, follow in s.execute(
                    select(
                        Opportunity.customer_id,
                        Opportunity.intent_level,
                        Opportunity.next_follow_up,
                    )
                    .where(
                        Opportunity.customer_id.in_(ids),
                        Opportunity.status == OpportunityStatus.OPEN.value,
                    )
                    .order_by(Opportunity.created_at)
                ):
                    latest[cid] = (level, follow)  # the newest open opportunity wins
            out = []
            for r in rows:
                open_level, follow = latest.get(r.id, (None, None))
                out.append(
                    CustomerRow(
                        customer_id=r.id,
                        name=r.name,
                        salutation=r.salutation,
                        phone_e164=r.phone or "",
                        salesperson=r.salesperson or "",
                        intent_level=IntentLevel(open_level) if open_level else None,
                        next_follow_up=follow,
                        created_at=r.created_at,
                    )
                )
            return out
