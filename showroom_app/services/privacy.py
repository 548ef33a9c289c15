"""A customer's rights under PIPL / Taiwan PDPA / HK PDPO: access (export) and erasure.

* Export: one ZIP file holding the same data twice — ``customer-N.json`` for machines and
  ``customer-N.pdf`` for the customer to read. Needs the export right and a fresh PIN;
  always logged with a SHA-256 of the bytes handed out.
* Erase: personal data is removed (names, phones, addresses, IDs, notes, visit summaries),
  the records the books need stay (opportunities and their outcome, dates, amounts). With
  ``secure_delete`` on and a ``wal_checkpoint(TRUNCATE)`` afterwards, the erased values are
  gone from the database file and its WAL, not just hidden. Safety copies taken before
  upgrades and user backups are outside the database and are not rewritten.
* Retention: prospects with no activity for N months are flagged for deletion.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select, update

from showroom_app.db import search
from showroom_app.db.models import (
    Customer,
    CustomerPhone,
    Dealership,
    Draft,
    FollowUpTask,
    Interaction,
    Objection,
    Opportunity,
    TestDrive,
)
from showroom_app.documents.customer_data import (
    LABELS,
    CustomerDataDocument,
    DataSection,
    render_customer_data,
)
from showroom_app.domain.enums import OpportunityStatus
from showroom_app.domain.errors import NotFound
from showroom_app.domain.permissions import Capability
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

ERASED_NAME = "—"


@dataclass(frozen=True)
class RetentionCandidate:
    customer_id: int
    name: str
    last_activity: datetime


class PrivacyService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        customers: CustomerService,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._customers = customers

    # -- access request -----------------------------------------------------------------
    def export_customer(self, customer_id: int, *, language: str | None = None) -> bytes:
        actor = self._session.require(Capability.EXPORT)
        self._session.require_recent_pin(self._settings.policy().reauth_minutes)
        detail = self._customers.get(customer_id)  # visibility check included
        with self._db.read() as s:
            dealer = s.get(Dealership, 1)
            dealer_name = dealer.name if dealer else ""
            lang = language or (dealer.doc_language if dealer else "en")
            customer = s.get(Customer, customer_id)
            assert customer is not None
            full_id = customer.id_number
            opportunities = [
                {
                    "id": o.id,
                    "status": o.status,
                    "intent_level": o.intent_level,
                    "source": o.source,
                    "created_at": o.created_at.isoformat(),
                    "closed_at": o.closed_at.isoformat() if o.closed_at else None,
                }
                for o in s.scalars(
                    select(Opportunity).where(Opportunity.customer_id == customer_id)
                )
            ]
            interactions = [
                {
                    "type": i.type,
                    "started_at": i.started_at.isoformat(),
                    "ended_at": i.ended_at.isoformat() if i.ended_at else None,
                    "summary": i.summary,
                    "next_step": i.next_step,
                    "companions": i.companions,
                }
                for i in s.scalars(
                    select(Interaction)
                    .where(Interaction.customer_id == customer_id)
                    .order_by(Interaction.started_at)
                )
            ]
        now = datetime.now()
        data: dict[str, object] = {
            "customer": {**asdict(detail), "id_number": full_id},
            "opportunities": opportunities,
            "interactions": interactions,
            "exported_at": now.isoformat(timespec="seconds"),
            "dealership": dealer_name,
        }
        customer_data = data["customer"]
        assert isinstance(customer_data, dict)
        customer_data.pop("id_number_masked", None)
        json_bytes = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")
        pdf_bytes = render_customer_data(self._document(data, dealer_name, lang, now))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"customer-{customer_id}.json", json_bytes)
            zf.writestr(f"customer-{customer_id}.pdf", pdf_bytes)
        blob = out.getvalue()
        with self._db.write() as s:
            self._audit.record(
                s,
                actor,
                Action.EXPORT,
                "customer",
                customer_id,
                detail={
                    "document": "personal_data",
                    "id_number": "full",
                    "sha256": hashlib.sha256(blob).hexdigest(),
                    "bytes": len(blob),
                },
            )
        return blob

    @staticmethod
    def _document(
        data: dict[str, object], dealer: str, lang: str, now: datetime
    ) -> CustomerDataDocument:
        t = LABELS.get(lang, LABELS["en"])
        c = data["customer"]
        assert isinstance(c, dict)

        def consent(kind: str) -> str:
            if not c.get(f"consent_{kind}"):
                return t["not_given"]
            return t["given"].format(
                when=c.get(f"consent_{kind}_at") or "", by=c.get(f"consent_{kind}_by") or ""
            )

        sections = [
            DataSection(
                t["customer"],
                (
                    (t["name"], str(c["name"])),
                    (t["salutation"], str(c["salutation"])),
                    (t["kind"], str(c["kind"])),
                    (t["created"], str(c["created_at"])),
                    (t["salesperson"], str(c["salesperson"])),
                ),
            ),
            DataSection(
                t["contact"],
                (
                    (t["phones"], "\n".join(c["phones"])),
                    (t["address"], str(c["address"])),
                    (t["birthday"], str(c["birthday"] or "")),
                    (t["messaging_id"], str(c["messaging_id"])),
                    (t["notes"], str(c["notes"])),
                    (t["id_type"], str(c["id_type"])),
                    (t["id_number"], str(c["id_number"])),
                ),
            ),
            DataSection(
                t["consents"],
                (
                    (t["consent_marketing"], consent("marketing")),
                    (t["consent_photo"], consent("photo")),
                ),
            ),
            DataSection(
                t["opportunities"],
                tuple(
                    (
                        str(o["created_at"])[:10],
                        f"{o['status']} · {o['intent_level']} · {o['source']}",
                    )
                    for o in data["opportunities"]  # type: ignore[attr-defined]
                ),
            ),
            DataSection(
                t["interactions"],
                tuple(
                    (str(i["started_at"])[:16].replace("T", " "), f"{i['type']}: {i['summary']}")
                    for i in data["interactions"]  # type: ignore[attr-defined]
                ),
            ),
        ]
        return CustomerDataDocument(
            title=t["title"].format(name=c["name"]),
            dealership=dealer,
            generated=t["generated"].format(when=now.strftime("%Y-%m-%d %H:%M")),
            sections=tuple(sections),
        )

    # -- erasure ------------------------------------------------------------------------
    def erase(self, customer_id: int) -> None:
        """Forget a customer's personal data, keeping what the books need."""
        actor = self._session.require(Capability.ERASE)
        self._session.require_recent_pin(self._settings.policy().reauth_minutes)
        self._customers.get(customer_id)  # exists and visible
        now = datetime.now()
        with self._db.write() as s:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound(f"Customer {customer_id} does not exist.")
            customer.name = ERASED_NAME
            customer.salutation = "none"
            customer.address = ""
            customer.birthday = None
            customer.messaging_id = ""
            customer.notes = ""
            customer.id_type = ""
            customer.id_number = ""
            customer.consent_marketing = False
            customer.consent_photo = False
            customer.erased_at = now
            customer.updated_at = now
            s.execute(delete(CustomerPhone).where(CustomerPhone.customer_id == customer_id))
            s.execute(
                update(Interaction)
                .where(Interaction.customer_id == customer_id)
                .values(summary="", next_step="", companions="")
            )
            s.execute(
                update(FollowUpTask)
                .where(FollowUpTask.customer_id == customer_id)
                .values(notes="", purpose="")
            )
            s.execute(
                update(Opportunity)
                .where(Opportunity.customer_id == customer_id)
                .values(lost_note="", source_detail="", needs={})
            )
            opportunities = select(Opportunity.id).where(Opportunity.customer_id == customer_id)
            s.execute(
                update(Objection)
                .where(Objection.opportunity_id.in_(opportunities))
                .values(text="", response="")
            )
            s.execute(
                update(TestDrive)
                .where(TestDrive.customer_id == customer_id)
                .values(
                    licence_number="",
                    licence_expiry=None,
                    licence_first_issue=None,
                    birth_date=None,
                    route="",
                    review={},
                )
            )
            s.execute(delete(Draft).where(Draft.customer_id == customer_id))
            s.execute(
                update(Opportunity)
                .where(Opportunity.referrer_customer_id == customer_id)
                .values(referrer_customer_id=None)
            )
            search.remove_customer(s, customer_id, purge=True)
            self._audit.record(s, actor, Action.ERASE, "customer", customer_id)
        self._db.checkpoint()

    # -- retention ------------------------------------------------------------------------
    def retention_candidates(
        self, *, today: date | None = None, limit: int = 500
    ) -> list[RetentionCandidate]:
        """Prospects (never bought) with no activity for the retention period."""
        self._session.require(Capability.ERASE)
        months = self._settings.policy().retention_months
        cutoff = datetime.combine(today or date.today(), datetime.min.time()) - timedelta(
            days=int(months * 30.44)
        )
        last_visit = (
            select(Interaction.customer_id, func.max(Interaction.started_at).label("last"))
            .group_by(Interaction.customer_id)
            .subquery()
        )
        bought = select(Opportunity.customer_id).where(
            Opportunity.status.in_([OpportunityStatus.WON.value, OpportunityStatus.DELIVERED.value])
        )
        last = func.coalesce(last_visit.c.last, Customer.created_at)
        q = (
            select(Customer.id, Customer.name, last.label("last"))
            .outerjoin(last_visit, last_visit.c.customer_id == Customer.id)
            .where(Customer.erased_at.is_(None), last < cutoff, Customer.id.not_in(bought))
            .order_by(last)
            .limit(limit)
        )
        with self._db.read() as s:
            return [RetentionCandidate(r.id, r.name, r.last) for r in s.execute(q)]
