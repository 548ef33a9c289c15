"""DocumentService part: the side-by-side trim comparison sheet (車款比較表)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from showroom_app.db.models import Customer, Opportunity, User
from showroom_app.documents.common import DocumentOptions, Letterhead
from showroom_app.documents.trim_comparison import (
    ComparedTrim,
    ComparisonData,
    render_trim_comparison,
)
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.money import format_money
from showroom_app.domain.needs import needs_from_json
from showroom_app.domain.presentation import COMPARE_COUNT, MAX_COMPARED, TRIM_GONE
from showroom_app.domain.presentation_scoring import TrimFacts, priority_evidence
from showroom_app.domain.records import DealershipInfo
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession
from showroom_app.services.settings import SettingsService

if TYPE_CHECKING:
    from showroom_app.services.presentation_records import CatalogueRow


class ComparisonDocumentsMixin:
    """Mixed into ``DocumentService`` (services/documents.py), which provides ``_db``,
    ``_session``, ``_audit``, ``_settings``, ``_dealership``, ``_customers``, ``_clock``
    and ``_options(dealer, language, paper)``."""

    _db: Database
    _session: DeskSession
    _audit: AuditLog
    _dealership: SettingsService
    _clock: Callable[[], datetime]

    def _options(
        self, dealer: DealershipInfo, language: str | None, paper: str | None
    ) -> DocumentOptions:
        raise NotImplementedError  # DocumentService's

    def _letterhead(self, dealer: DealershipInfo) -> Letterhead:
        raise NotImplementedError  # DocumentService's

    def trim_comparison(
        self,
        trim_ids: Sequence[int],
        *,
        opportunity_id: int | None = None,
        language: str | None = None,
        paper: str | None = None,
    ) -> bytes:
        """One to three trims side by side as PDF bytes, logged as a print.

        With ``opportunity_id`` the sheet is made out to that customer: their name, the
        salesperson, their ranked priorities, and which of them each trim meets.
        """
        from showroom_app.services.presentation import PresentationService

        actor = self._session.require_user()
        ids = list(dict.fromkeys(trim_ids))
        if not 1 <= len(ids) <= MAX_COMPARED:
            raise ValidationError("compared", COMPARE_COUNT, "count", max=MAX_COMPARED)
        dealer = self._dealership.dealership()
        options = self._options(dealer, language, paper)
        lang = options.language
        presentation = PresentationService(self._db, self._session, self._audit)
        rows = presentation.trim_rows(ids)
        if len(rows) != len(ids):
            raise ValidationError("compared", TRIM_GONE, "unknown_trim")
        customer, salutation, salesperson = "", "", actor.name
        priorities: tuple[str, ...] = ()
        needs = needs_from_json(None)
        features: dict[int, set[str]] = {}
        if opportunity_id is not None:
            presentation.presentation(opportunity_id)  # NotFound unless the user may see it
            with self._db.read() as s:
                opp = s.get(Opportunity, opportunity_id)
                if opp is not None:
                    needs = needs_from_json(opp.needs)
                    person = s.get(Customer, opp.customer_id)
                    if person is not None:
                        customer = person.name
                        salutation = person.salutation if person.kind != "company" else ""
                    if opp.assigned_user_id is not None:
                        salesperson = (
                            s.scalar(select(User.name).where(User.id == opp.assigned_user_id))
                            or salesperson
                        )
            priorities = needs.priorities
            for trim_id in ids:
                cards = presentation.walkaround_cards(trim_id, opportunity_id)
                features[trim_id] = {
                    c.card.priority for per in cards.values() for c in per if c.rank is not None
                }

        def compared(r: CatalogueRow) -> ComparedTrim:
            facts = TrimFacts(
                trim_id=r.trim_id,
                model_id=r.model_id,
                msrp=r.msrp,
                seats=r.seats,
                powertrain=r.powertrain,
                power_kw=r.power_kw,
                specs=r.specs,
                card_features={p: {"en": p} for p in features.get(r.trim_id, ())},
            )
            met = tuple(p for p in priorities if priority_evidence(p, facts, needs) is not None)
            return ComparedTrim(
                brand=r.brand.for_language(lang),
                model=r.model.for_language(lang),
                trim=r.trim.for_language(lang),
                msrp=format_money(r.msrp, r.currency),
                body_type=r.body_type,
                powertrain=r.powertrain,
                seats=r.seats,
                model_year=r.model_year,
                displacement_cc=r.displacement_cc,
                power_kw=r.power_kw,
                motor_kw=r.motor_kw if r.powertrain != "ICE" else None,
                battery_kwh=r.battery_kwh,
                range_km=r.range_km,
                specs=r.specs,
                colours=tuple(c.for_language(lang) for c in r.colours_ext),
                in_stock=r.in_stock,
                in_transit=r.in_transit,
                priorities_met=met,
            )

        data = ComparisonData(
            letterhead=self._letterhead(dealer),
            trims=tuple(compared(r) for r in rows),
            customer_name=customer,
            salutation=salutation,
            salesperson=salesperson,
            prepared_on=options.printed_at.date(),
            priorities=priorities,
        )
        pdf = render_trim_comparison(data, options)
        with self._db.write() as s:
            self._audit.record(
                s,
                actor,
                Action.PRINT,
                "opportunity" if opportunity_id is not None else "trim",
                opportunity_id if opportunity_id is not None else ids[0],
                detail={
                    "document": "trim_comparison",
                    "trims": ids,
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "language": options.language,
                    "paper": options.paper,
                },
            )
        return pdf


__all__ = ["ComparisonDocumentsMixin"]
