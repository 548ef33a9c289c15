"""DocumentService part: the needs summary (需求確認單) of an opportunity.

What is printed is what was *saved* for the opportunity (``Opportunity.needs``), never the
half-typed form: the customer signs what the record says. The trims of the opportunity's
model of interest are listed under "recommended" with their list price — the only trims the
record links to the customer; a real recommendation engine (stage 4) can replace them.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import Brand, Opportunity, Trim, User, VehicleModel
from showroom_app.documents.common import DocumentOptions, Letterhead
from showroom_app.documents.needs_summary import (
    NeedsSummaryData,
    Recommendation,
    render_needs_summary,
)
from showroom_app.domain.cockpit import Timeline
from showroom_app.domain.enums import Currency
from showroom_app.domain.money import format_money
from showroom_app.domain.needs import NeedsForm, needs_from_json
from showroom_app.domain.records import DealershipInfo
from showroom_app.domain.validators import format_phone_display
from showroom_app.services import cockpit_store as store
from showroom_app.services.audit import Action

if TYPE_CHECKING:
    from collections.abc import Callable

    from showroom_app.services.app_settings import AppSettingsService
    from showroom_app.services.audit import AuditLog
    from showroom_app.services.customers import CustomerService
    from showroom_app.services.database import Database
    from showroom_app.services.session import DeskSession
    from showroom_app.services.settings import SettingsService

#: at most this many trims of the model of interest are listed (cheapest first)
MAX_RECOMMENDED = 4

#: the renderer's code for each stored purchase timeline ("unknown" prints nothing)
_TIMELINE_CODES = {
    Timeline.WITHIN_7_DAYS.value: "within_7_days",
    Timeline.WITHIN_15_DAYS.value: "within_15_days",
    Timeline.WITHIN_30_DAYS.value: "within_30_days",
    Timeline.WITHIN_3_MONTHS.value: "within_3_months",
    Timeline.OVER_3_MONTHS.value: "later",
}
_PLATE_CODES = {"not_applicable": "na"}

# the few words this module adds to the printed page, per document language
_WORDS: dict[str, dict[str, str]] = {
    "zh_TW": {
        "km": "{km} 公里",
        "year": "{year} 年",
        "interest": "客戶關注車型",
        "msrp": "建議售價",
    },
    "zh_CN": {
        "km": "{km} 公里",
        "year": "{year} 年",
        "interest": "客户关注车型",
        "msrp": "厂商指导价",
    },
    "en": {"km": "{km} km", "year": "{year}", "interest": "Model of interest", "msrp": "MSRP"},
}


def current_vehicle_line(needs: NeedsForm, language: str) -> str:
    """Brand, model, year and mileage of the customer's present car as one printed line."""
    words = _WORDS.get(language, _WORDS["en"])
    name = " ".join(p for p in (needs.current_vehicle_brand, needs.current_vehicle_model) if p)
    parts = [name] if name else []
    if needs.current_vehicle_year is not None:
        parts.append(words["year"].format(year=needs.current_vehicle_year))
    if needs.current_vehicle_km is not None:
        parts.append(words["km"].format(km=f"{needs.current_vehicle_km:,}"))
    return " · ".join(parts)


def _localised(obj: Brand | VehicleModel | Trim, language: str) -> str:
    if language == "zh_TW":
        return obj.name_zh_tw or obj.name_en
    if language == "zh_CN":
        return obj.name_zh_cn or obj.name_en
    return obj.name_en


class NeedsDocumentsMixin:
    """Mixed into ``DocumentService`` (services/documents.py), which provides ``_db``,
    ``_session``, ``_audit``, ``_settings``, ``_dealership``, ``_customers``, ``_clock``
    and ``_options(dealer, language, paper)``."""

    if TYPE_CHECKING:
        _db: Database
        _session: DeskSession
        _audit: AuditLog
        _settings: AppSettingsService
        _dealership: SettingsService
        _customers: CustomerService
        _clock: Callable[[], datetime]

        def _options(
            self, dealer: DealershipInfo, language: str | None, paper: str | None
        ) -> DocumentOptions: ...

        def _letterhead(self, dealer: DealershipInfo) -> Letterhead: ...

    def needs_summary(
        self, opportunity_id: int, *, language: str | None = None, paper: str | None = None
    ) -> bytes:
        """The 需求確認單 of one opportunity as PDF bytes, logged as a print.

        Only for an opportunity the signed-in user may see (``NotFound`` otherwise, as for
        one that does not exist). Language and paper default to the dealership's.
        """
        actor = self._session.require_user()
        dealer = self._dealership.dealership()
        options = self._options(dealer, language, paper)
        lang = options.language
        with self._db.read() as s:
            opp = store.visible_opportunity(s, self._session, self._settings, opportunity_id)
            needs = needs_from_json(opp.needs)
            customer_id = opp.customer_id
            salesperson = ""
            if opp.assigned_user_id is not None:
                user = s.get(User, opp.assigned_user_id)
                salesperson = user.name if user is not None else ""
            recommendations = self._interest_trims(s, opp, lang)
        customer = self._customers.get(customer_id)  # the customer's own visibility rule
        data = NeedsSummaryData(
            letterhead=self._letterhead(dealer),
            customer_name=customer.name,
            salutation=customer.salutation if customer.kind != "company" else "",
            phone=(
                format_phone_display(customer.phones[0], dealer.region) if customer.phones else ""
            ),
            summary_date=options.printed_at.date(),
            summary_no=str(opportunity_id),
            salesperson=salesperson,
            currency=dealer.currency,
            budget_min=needs.budget_min,
            budget_max=needs.budget_max,
            payment_method=needs.payment_method,
            down_payment_pct=(
                None if needs.down_payment_pct is None else Decimal(needs.down_payment_pct)
            ),
            monthly_target=needs.monthly_target,
            usage=needs.usage,
            main_driver=needs.main_driver,
            passengers=needs.passengers,
            family_notes=needs.family_notes,
            current_vehicle=current_vehicle_line(needs, lang),
            # "no trade-in" is only worth printing when there is a car to trade in
            trade_in=(
                needs.trade_in
                if needs.trade_in or needs.current_vehicle_brand or needs.current_vehicle_model
                else None
            ),
            powertrain_pref=needs.powertrain_pref,
            home_charging=needs.home_charging,
            priorities=needs.priorities,
            competitors=needs.competitors,
            color_prefs=needs.color_prefs,
            timeline=_TIMELINE_CODES.get(needs.timeline, ""),
            decision_maker=needs.decision_maker,
            plate_eligibility=_PLATE_CODES.get(needs.plate_eligibility, needs.plate_eligibility),
            recommendations=recommendations,
        )
        pdf = render_needs_summary(data, options)
        with self._db.write() as s:
            self._audit.record(
                s,
                actor,
                Action.PRINT,
                "opportunity",
                opportunity_id,
                detail={
                    "document": "needs_summary",
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "language": lang,
                    "paper": options.paper,
                },
            )
        return pdf

    def _interest_trims(
        self, s: Session, opp: Opportunity, language: str
    ) -> tuple[Recommendation, ...]:
        """The active trims of the model of interest, cheapest first, with their MSRP."""
        if opp.model_of_interest_id is None:
            return ()
        words = _WORDS.get(language, _WORDS["en"])
        rows = s.execute(
            select(Trim, VehicleModel, Brand)
            .join(VehicleModel, Trim.model_id == VehicleModel.id)
            .join(Brand, VehicleModel.brand_id == Brand.id)
            .where(Trim.model_id == opp.model_of_interest_id, Trim.active.is_(True))
            .order_by(Trim.msrp, Trim.id)
            .limit(MAX_RECOMMENDED)
        ).all()
        result: list[Recommendation] = []
        for trim, model, brand in rows:
            name = " ".join(_localised(x, language) for x in (brand, model, trim))
            price = format_money(trim.msrp, Currency(trim.currency))
            result.append(Recommendation(name, f"{words['interest']} · {words['msrp']} {price}"))
        return tuple(result)


__all__ = ["MAX_RECOMMENDED", "NeedsDocumentsMixin", "current_vehicle_line"]
