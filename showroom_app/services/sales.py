"""Opportunities (one purchase intent each) for the Sales page."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select

from showroom_app.db.models import Brand, Customer, CustomerPhone, Opportunity, User, VehicleModel
from showroom_app.domain.enums import IntentLevel, LeadSource, OpportunityStatus
from showroom_app.domain.records import LocalisedName, OpportunityRow
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession
from showroom_app.services.visibility import visible_filter

INTENT_ORDER = {level.value: i for i, level in enumerate(IntentLevel)}


class SalesService:
    def __init__(self, db: Database, session: DeskSession, settings: AppSettingsService) -> None:
        self._db = db
        self._session = session
        self._settings = settings

    def _visible(self) -> ColumnElement[bool]:
        return visible_filter(self._session, self._settings, Opportunity.assigned_user_id)

    def counts_by_status(self) -> dict[str, int]:
        with self._db.read() as s:
            rows = s.execute(select(Opportunity.status, func.count()).group_by(Opportunity.status))
            return {status: int(n) for status, n in rows}

    def count(self, status: OpportunityStatus | None = None) -> int:
        q = select(func.count()).select_from(Opportunity).where(self._visible())
        if status is not None:
            q = q.where(Opportunity.status == status.value)
        with self._db.read() as s:
            return int(s.scalar(q) or 0)

    def page(
        self, offset: int, limit: int, status: OpportunityStatus | None = OpportunityStatus.OPEN
    ) -> list[OpportunityRow]:
        phone = (
            select(CustomerPhone.e164)
            .where(CustomerPhone.customer_id == Opportunity.customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            .limit(1)
            .scalar_subquery()
        )
        q = (
            select(
                Opportunity,
                Customer.name,
                phone.label("phone"),
                User.name,
                VehicleModel,
                Brand,
                Customer.salutation,
            )
            .join(Customer, Customer.id == Opportunity.customer_id)
            .outerjoin(User, User.id == Opportunity.assigned_user_id)
            .outerjoin(VehicleModel, VehicleModel.id == Opportunity.model_of_interest_id)
            .outerjoin(Brand, Brand.id == VehicleModel.brand_id)
            .where(self._visible())
            .order_by(
                Opportunity.next_follow_up.is_(None),
                Opportunity.next_follow_up,
                Opportunity.id.desc(),
            )
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        if status is not None:
            q = q.where(Opportunity.status == status.value)
        with self._db.read() as s:
            out: list[OpportunityRow] = []
            for opp, cname, ph, uname, model, brand, salutation in s.execute(q):
                model_name = None
                if model is not None and brand is not None:
                    model_name = LocalisedName(
                        f"{brand.name_en} {model.name_en}",
                        f"{brand.name_zh_tw} {model.name_zh_tw}",
                        f"{brand.name_zh_cn} {model.name_zh_cn}",
                    )
                out.append(
                    OpportunityRow(
                        opportunity_id=opp.id,
                        customer_id=opp.customer_id,
                        customer_name=cname,
                        phone_e164=ph or "",
                        source=LeadSource(opp.source),
                        intent_level=IntentLevel(opp.intent_level),
                        status=OpportunityStatus(opp.status),
                        stage=opp.stage,
                        model=model_name,
                        salesperson=uname or "",
                        next_follow_up=opp.next_follow_up,
                        created_at=opp.created_at,
                        salutation=salutation,
                    )
                )
            return out
