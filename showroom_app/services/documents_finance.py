"""DocumentService part: the repayment schedule of a loan application (DOMAIN.md §4.7, §6.9).

The deal desk prints the schedule of a loan *plan* (``DealDocumentsMixin.repayment_schedule``);
this prints the schedule of the *application* sent to the lender, from its stored terms
(lender, product, method, principal, rate, months, fee, balloon), with every instalment, the
totals and the true APR. The "printed" stamp is the application's last change, so a reprint
of an unchanged application is identical. Each rendering is audited as a print.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from showroom_app.db.models import Customer, FinanceApplication, Opportunity, User
from showroom_app.documents.common import DocumentOptions, Letterhead, person_name
from showroom_app.documents.repayment_schedule import (
    RepaymentScheduleData,
    ScheduleRow,
    render_repayment_schedule,
)
from showroom_app.domain.enums import Currency, FeeTiming, RepaymentMethod
from showroom_app.domain.errors import NotFound
from showroom_app.domain.finance import LoanTerms, build_schedule
from showroom_app.domain.records import DealershipInfo
from showroom_app.services import deals_store as store
from showroom_app.services.audit import Action
from showroom_app.services.documents_deal_data import rate_type

if TYPE_CHECKING:
    from showroom_app.services.app_settings import AppSettingsService
    from showroom_app.services.audit import AuditLog
    from showroom_app.services.database import Database
    from showroom_app.services.session import DeskSession
    from showroom_app.services.settings import SettingsService

ENTITY = "finance_application"
_RATE = Decimal("0.000001")


class FinanceDocumentsMixin:
    """Mixed into ``DocumentService`` (services/documents.py), which provides ``_db``,
    ``_session``, ``_audit``, ``_settings``, ``_dealership``, ``_clock``, ``_options`` and
    ``_letterhead``."""

    if TYPE_CHECKING:
        _db: Database
        _session: DeskSession
        _audit: AuditLog
        _settings: AppSettingsService
        _dealership: SettingsService
        _clock: Callable[[], datetime]

        def _options(
            self, dealer: DealershipInfo, language: str | None, paper: str | None
        ) -> DocumentOptions: ...

        def _letterhead(self, dealer: DealershipInfo) -> Letterhead: ...

    def application_schedule(
        self, application_id: int, *, language: str | None = None, paper: str | None = None
    ) -> bytes:
        """貸款還款明細表 of one loan application; ``language`` may be ``"zh_TW+en"``."""
        actor = self._session.require_user()
        dealer = self._dealership.dealership()
        options = self._options(dealer, language, paper)
        lang = options.language
        with self._db.read() as s:
            row = s.get(FinanceApplication, application_id)
            if row is None:
                raise NotFound(f"Finance application {application_id} does not exist.")
            deal, _opp = store.visible_deal(s, self._session, self._settings, row.deal_id)
            customer = s.get(Customer, deal.customer_id)
            opp = s.get(Opportunity, deal.opportunity_id)
            seller = s.get(User, opp.assigned_user_id) if opp and opp.assigned_user_id else None
            vehicle = store.vehicle_choice(s, deal).name(lang)
            currency = Currency(deal.currency)
            terms = LoanTerms(
                method=RepaymentMethod(row.method),
                principal=row.principal,
                months=row.months,
                annual_rate_pct=row.annual_rate.quantize(_RATE),
                balloon=row.balloon_amount or Decimal(0),
                fee=row.fee_amount,
                fee_timing=FeeTiming(str((row.checklist or {}).get("_fee_timing", "upfront"))),
            )
            lender = " · ".join(p for p in (row.lender, row.product) if p)
            created, updated = row.created_at, row.updated_at
            customer_name = (
                person_name(
                    customer.name,
                    customer.salutation if customer.kind != "company" else "",
                    lang,
                )
                if customer
                else ""
            )
        schedule = build_schedule(terms, currency)
        data = RepaymentScheduleData(
            letterhead=self._letterhead(dealer),
            reference=f"LA-{created.year}-{application_id:06d}",
            prepared_on=created.date(),
            principal=terms.principal,
            term_months=terms.months,
            rows=tuple(
                ScheduleRow(r.k, r.payment, r.principal, r.interest + r.fee, r.balance)
                for r in schedule.rows
            ),
            currency=currency,
            nominal_rate=terms.annual_rate_pct,
            rate_type=rate_type(terms.method.value),
            method=terms.method.value,
            fees=schedule.total_fees or None,
            balloon=terms.balloon or None,
            apr=schedule.apr.apr_percent,
            ear=schedule.apr.ear_percent,
            lender=lender,
            customer_name=customer_name,
            vehicle=vehicle,
            salesperson=seller.name if seller else "",
        )
        # the application's own time: a reprint of an unchanged application is identical
        pdf = render_repayment_schedule(data, dataclasses.replace(options, printed_at=updated))
        with self._db.write() as s:
            self._audit.record(
                s,
                actor,
                Action.PRINT,
                ENTITY,
                application_id,
                detail={
                    "document": "repayment_schedule",
                    "deal": deal.id,
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "language": options.language,
                    "paper": options.paper,
                    "bilingual": options.bilingual,
                },
            )
        return pdf


__all__ = ["FinanceDocumentsMixin"]
