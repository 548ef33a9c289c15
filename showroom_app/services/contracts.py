"""Contracts and deposit receipts of a deal (issue 6, item 4; DOMAIN.md §4.6, §6.3–6.5).

* **Templates** are the dealership's data: version 1 of each region is seeded from the
  shipped clauses (``documents.contract_templates``); a manager's edit makes a new version.
* **A contract** is made from a saved deal whose discount is cleared: its number comes from
  the dealership's sequence (``SC-2026-000001``, no gaps from failed saves), the template
  version in force is recorded, the buyer's ID is checked, the TW review period (≥ 3 days)
  is enforced, a deposit over its legal cap needs the reason recorded on the deal, and a
  snapshot of everything the document shows is stored so every reprint is identical. The
  deal becomes ``contracted`` and the opportunity won (intent O).
* **A deposit receipt** has its own number (``RC-…``) and snapshot; issuing it twice gives
  the same receipt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import Contract, ContractTemplate, Deal, Opportunity, Receipt, User
from showroom_app.domain.deal import DealInput, recalculate
from showroom_app.domain.deal_checks import DiscountLimit, check_discount, require_deposit_reason
from showroom_app.domain.enums import IntentLevel, OpportunityStatus, Region
from showroom_app.domain.errors import NotFound, StaleRecord, ValidationError, ValidationErrors
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import UserInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import format_phone_display
from showroom_app.services import deals_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.contracts_rules import (
    LANGUAGES,
    RECEIPT_METHODS,
    ContractForm,
    TemplateTexts,
    contract_form_errors,
    contract_snapshot,
    default_template_json,
    id_last4,
    letterhead_json,
    template_clauses,
    template_errors,
    template_language,
)
from showroom_app.services.database import Database
from showroom_app.services.deals import discount_limit
from showroom_app.services.deals_codec import input_from_json
from showroom_app.services.numbering import next_number
from showroom_app.services.session import DeskSession
from showroom_app.services.settings import SettingsService
from showroom_app.services.tax_rules import load_table

ENTITY = "contract"
SIGNED = "signed"


@dataclass(frozen=True)
class TemplateRow:
    template_id: int
    region: Region
    version: int
    name: str
    label: str
    review_days: int
    roc_dates: bool
    clauses: dict[str, list[tuple[str, str]]]  # by document language
    created_at: datetime
    created_by: str = ""  # the name of the user who saved it
    titles: dict[str, str] = field(default_factory=dict)  # by document language
    names: dict[str, str] = field(default_factory=dict)  # by document language


@dataclass(frozen=True)
class ReceiptView:
    receipt_id: int
    number: str
    amount: Decimal
    method: str
    received_on: date


@dataclass(frozen=True)
class ContractView:
    contract_id: int
    deal_id: int
    number: str
    status: str
    template_id: int
    template_version: int
    sign_date: date | None
    review_given_date: date | None
    deposit_amount: Decimal
    deposit_kind: str
    override_reason: str
    receipts: tuple[ReceiptView, ...]
    snapshot: dict[str, Any]

    @property
    def deposit_receipt(self) -> ReceiptView | None:
        return self.receipts[0] if self.receipts else None


def _template_row(row: ContractTemplate, saved_by: str | None = "") -> TemplateRow:
    data = row.clauses or {}
    local = {lang: template_language(data, lang) for lang in LANGUAGES}
    return TemplateRow(
        template_id=row.id,
        region=Region(row.region),
        version=row.version,
        name=row.name,
        label=str(data.get("label", "")),
        review_days=int(data.get("review_days", 0) or 0),
        roc_dates=row.roc_dates,
        clauses={lang: template_clauses(data, lang) for lang in LANGUAGES},
        created_at=row.created_at,
        created_by=saved_by or "",
        titles={lang: str(local[lang].get("title") or "") for lang in LANGUAGES},
        names={lang: str(local[lang].get("name") or "") for lang in LANGUAGES},
    )


def current_template(s: Session, region: Region, user_id: int | None) -> ContractTemplate:
    """The newest version of the region's template (version 1 seeded from the defaults)."""
    row = s.scalars(
        select(ContractTemplate)
        .where(ContractTemplate.region == region.value)
        .order_by(ContractTemplate.version.desc())
        .limit(1)
    ).first()
    if row is not None:
        return row
    data, roc = default_template_json(region.value)
    row = ContractTemplate(
        region=region.value,
        version=1,
        name=str(data["languages"]["en"]["name"])[:120],
        clauses=data,
        roc_dates=roc,
        created_by=user_id,
        created_at=datetime.now(),
    )
    s.add(row)
    s.flush()
    return row


class ContractService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        dealership: SettingsService,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._dealership = dealership

    # -- templates ----------------------------------------------------------------------------
    def templates(self, region: Region) -> list[TemplateRow]:
        """Every version of the region's template, newest first."""
        user = self._session.require_user()
        with self._db.write() as s:
            current_template(s, region, user.id)
            rows = s.execute(
                select(ContractTemplate, User.name)
                .outerjoin(User, User.id == ContractTemplate.created_by)
                .where(ContractTemplate.region == region.value)
                .order_by(ContractTemplate.version.desc())
            )
            return [_template_row(r, name) for r, name in rows]

    def save_clauses(
        self, region: Region, language: str, clauses: Sequence[tuple[str, str]]
    ) -> TemplateRow:
        """A new version of the region's template with ``language``'s clauses replaced
        (errors at ``clauses.<n>.<field>``); :meth:`save_template` does the work."""
        self._session.require(Capability.EDIT_SETTINGS)
        if language not in LANGUAGES:
            raise ValidationError(
                "language", QT_TRANSLATE_NOOP("Validation", "Choose a document language."), "choice"
            )
        current = self.templates(region)[0]
        texts = TemplateTexts(current.names[language], current.titles[language], tuple(clauses))
        prefix = f"languages.{language}."
        try:
            return self.save_template(region, {language: texts}, roc_dates=current.roc_dates,
                                      review_days=current.review_days,
                                      base_version=current.version)  # fmt: skip
        except ValidationErrors as exc:
            raise ValidationErrors([
                ValidationError(e.field.removeprefix(prefix), e.message, e.code, **e.params)
                for e in exc.errors
            ]) from None  # fmt: skip

    def save_template(
        self,
        region: Region,
        texts: Mapping[str, TemplateTexts],
        *,
        roc_dates: bool,
        review_days: int,
        base_version: int,
    ) -> TemplateRow:
        """One new version of the region's template: the languages in ``texts`` replaced
        (name, title, clauses), the others as in ``base_version``, which must still be the
        newest (else :class:`StaleRecord`). Errors at ``languages.<lang>.<field>`` and
        ``review_days`` (TW: at least the legal 3 days)."""
        user = self._session.require(Capability.EDIT_SETTINGS)
        cleaned = {lang: t.cleaned() for lang, t in texts.items()}
        errors = template_errors(region, cleaned, review_days)
        if errors:
            raise ValidationErrors(errors)
        with self._db.write() as s:
            current = current_template(s, region, user.id)
            if current.version != base_version:
                raise StaleRecord(
                    f"Version {current.version} of the template was saved meanwhile; "
                    "reload it and try again."
                )
            data: dict[str, Any] = dict(current.clauses or {})
            languages = dict(data.get("languages") or {})
            for lang, t in cleaned.items():
                languages[lang] = {"name": t.name, "title": t.title,
                                   "clauses": [[h, x] for h, x in t.clauses]}  # fmt: skip
            data["languages"] = languages
            data["review_days"] = review_days
            english = cleaned.get("en")
            row = ContractTemplate(
                region=region.value,
                version=current.version + 1,
                name=english.name[:120] if english else current.name,
                clauses=data,
                roc_dates=bool(roc_dates),
                created_by=user.id,
                created_at=datetime.now(),
            )
            s.add(row)
            s.flush()
            self._audit.record(s, user, Action.CREATE, "contract_template", row.id,
                               detail={"region": region.value, "version": row.version,
                                       "languages": sorted(cleaned)})  # fmt: skip
            return _template_row(row, user.name)

    # -- contracts ------------------------------------------------------------------------------
    def contract_for_deal(self, deal_id: int) -> ContractView | None:
        self._session.require_user()
        with self._db.read() as s:
            deal, _opp = store.visible_deal(s, self._session, self._settings, deal_id)
            contract = store.contract_of(s, deal.id)
            if contract is None or contract.status == store.CANCELLED:
                return None
            return self._view(s, contract)

    def create_contract(self, deal_id: int, form: ContractForm) -> ContractView:
        """Make the deal's contract (a second call returns the contract already made)."""
        user = self._session.require_user()
        dealer = self._dealership.dealership()
        with self._db.write() as s:
            deal, opp = store.visible_deal(s, self._session, self._settings, deal_id)
            existing = store.contract_of(s, deal.id)
            if existing is not None and existing.status != store.CANCELLED:
                return self._view(s, existing)
            if opp.status != OpportunityStatus.OPEN.value:
                from showroom_app.services.cockpit_store import closed_error

                raise closed_error()
            store.require_editable(deal)
            region = Region(deal.region)
            inputs = input_from_json(deal.inputs, region)
            limit = discount_limit(self._settings)
            errors = contract_form_errors(form, region)
            try:
                figures = recalculate(_with_limit(inputs, limit), load_table(s, user.id))
            except ValidationErrors as exc:
                raise ValidationErrors([*exc.errors, *errors]) from None
            if figures.deposit_check is not None:
                try:
                    require_deposit_reason(figures.deposit_check)
                except ValidationError as exc:
                    errors.append(exc)
            needed = check_discount(inputs.msrp, inputs.discount, limit).needed
            if not store.approval_state(s, deal, inputs.discount, needed).cleared:
                errors.append(
                    ValidationError(
                        "discount",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The discount needs a manager's approval before the contract.",
                        ),
                        "approval_required",
                    )
                )
            if errors:
                raise ValidationErrors(errors)
            assert form.sign_date is not None
            number = next_number(s, "contract", form.sign_date)
            template = current_template(s, region, user.id)
            phone = format_phone_display(dealer.phone, dealer.region) if dealer.phone else ""
            snapshot = contract_snapshot(
                number=number,
                form=form,
                region=region,
                letterhead=letterhead_json(dealer, phone),
                template={"id": template.id, "version": template.version},
                vehicle=store.vehicle_choice(s, deal),
                inputs=inputs,
                figures=figures,
            )
            # the quotation the buyer signed on (documents_deal numbers quotations so)
            snapshot["quote_no"] = f"QT-{deal.created_at.year}-{deal.id:06d}-{deal.version_id:02d}"
            snapshot["quote_date"] = deal.updated_at.date().isoformat()
            snapshot["quote_version"] = deal.version_id
            deposit = inputs.deposit
            contract = existing or Contract(deal_id=deal.id)
            contract.number = number
            contract.template_id = template.id
            contract.earnest_kind = deposit.kind.value if deposit and deposit.amount else "none"
            contract.deposit_amount = deposit.amount if deposit else Decimal(0)
            contract.override_reason = deposit.override_reason.strip() if deposit else ""
            contract.given_on = form.review_given_date
            contract.signed_on = form.sign_date
            contract.status = SIGNED
            contract.snapshot = snapshot
            contract.created_by = user.id
            contract.created_at = datetime.now()
            if existing is None:
                s.add(contract)
            s.flush()
            self._audit.record(s, user, Action.CREATE, ENTITY, contract.id,
                               detail={"deal": deal.id, "number": number,
                                       "template_version": template.version})  # fmt: skip
            self._contracted(s, deal, opp, user)
            return self._view(s, contract)

    def _contracted(self, s: Session, deal: Deal, opp: Opportunity, user: UserInfo) -> None:
        old_deal, old_status, old_level = deal.status, opp.status, opp.intent_level
        deal.status = store.CONTRACTED
        deal.updated_at = datetime.now()
        opp.status = OpportunityStatus.WON.value
        opp.intent_level = IntentLevel.O.value
        opp.updated_at = datetime.now()
        self._audit.record_changes(
            s, user, store.ENTITY, deal.id, {"status": (old_deal, deal.status)}
        )
        self._audit.record_changes(
            s,
            user,
            "opportunity",
            opp.id,
            {"status": (old_status, opp.status), "intent_level": (old_level, opp.intent_level)},
        )

    # -- receipts -------------------------------------------------------------------------------
    def issue_deposit_receipt(
        self,
        contract_id: int,
        *,
        method: str = "cash",
        reference: str = "",
        received_on: date | None = None,
    ) -> ReceiptView:
        """The deposit receipt of the contract, numbered from the receipt sequence (issuing
        it again returns the same receipt)."""
        user = self._session.require_user()
        if method not in RECEIPT_METHODS:
            raise ValidationError(
                "method", QT_TRANSLATE_NOOP("Validation", "Choose from the list."), "choice"
            )
        if len(reference.strip()) > 100:
            raise ValidationError(
                "reference",
                QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
                "too_long",
                max_len=100,
            )
        with self._db.write() as s:
            contract = s.get(Contract, contract_id)
            if contract is None:
                raise NotFound(f"Contract {contract_id} does not exist.")
            store.visible_deal(s, self._session, self._settings, contract.deal_id)
            found = s.scalars(
                select(Receipt).where(Receipt.contract_id == contract.id, Receipt.kind == "deposit")
            ).first()
            if found is not None:
                return _receipt(found)
            if contract.status == store.CANCELLED or contract.deposit_amount <= 0:
                raise ValidationError(
                    "deposit",
                    QT_TRANSLATE_NOOP("Validation", "This contract records no deposit."),
                    "no_deposit",
                )
            snap = contract.snapshot or {}
            deposit = snap.get("deposit") or {}
            day = received_on or _day(deposit.get("received_on")) or date.today()
            number = next_number(s, "receipt", day)
            buyer = snap.get("buyer") or {}
            row = Receipt(
                contract_id=contract.id,
                number=number,
                kind="deposit",
                amount=contract.deposit_amount,
                method=method,
                received_on=day,
                snapshot={
                    "receipt_no": number,
                    "received_on": day.isoformat(),
                    "payer_name": str(buyer.get("name", "")),
                    "payer_id_last4": id_last4(str(buyer.get("id_number", ""))),
                    "payer_phone": str(buyer.get("phone", "")),
                    "amount": str(contract.deposit_amount),
                    "currency": snap.get("currency"),
                    "deposit_kind": deposit.get("kind", "deposit"),
                    "method": method,
                    "method_reference": reference.strip(),
                    "contract_no": contract.number,
                    "quote_no": str(snap.get("quote_no", "")),
                    "vehicle": snap.get("vehicle") or {},
                    "letterhead": snap.get("letterhead") or {},
                },
                created_by=user.id,
                created_at=datetime.now(),
            )
            s.add(row)
            s.flush()
            self._audit.record(s, user, Action.CREATE, "receipt", row.id,
                               detail={"contract": contract.id, "number": number})  # fmt: skip
            return _receipt(row)

    # -- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _view(s: Session, contract: Contract) -> ContractView:
        template = s.get(ContractTemplate, contract.template_id)
        receipts = s.scalars(
            select(Receipt).where(Receipt.contract_id == contract.id).order_by(Receipt.id)
        )
        return ContractView(
            contract_id=contract.id,
            deal_id=contract.deal_id,
            number=contract.number,
            status=contract.status,
            template_id=contract.template_id,
            template_version=template.version if template else 0,
            sign_date=contract.signed_on,
            review_given_date=contract.given_on,
            deposit_amount=contract.deposit_amount,
            deposit_kind=contract.earnest_kind,
            override_reason=contract.override_reason,
            receipts=tuple(_receipt(r) for r in receipts),
            snapshot=dict(contract.snapshot or {}),
        )


def _receipt(row: Receipt) -> ReceiptView:
    return ReceiptView(row.id, row.number, row.amount, row.method, row.received_on)


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _with_limit(inputs: DealInput, limit: DiscountLimit) -> DealInput:
    return dataclasses.replace(inputs, discount_limit=limit)


__all__ = [
    "ContractForm",
    "ContractService",
    "ContractView",
    "ReceiptView",
    "TemplateRow",
    "TemplateTexts",
    "current_template",
]
