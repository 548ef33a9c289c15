"""Loan applications of a deal (stage 金融服務, DOMAIN.md §4.7).

An application is made from one of the deal's loan scenarios (the terms as quoted: method,
principal, rate, months, fee, balloon), then follows the lender's answer:

    draft → submitted → approved / conditional / rejected → signed → disbursed

(a rejected application can go back to draft to be corrected and sent again; a conditional
approval can be signed once the conditions are met). Lenders often answer with other terms (a
higher rate, a shorter term): while the application is a draft, submitted or approved with
conditions its terms can be changed (:meth:`FinanceService.update_terms`), validated by the
domain like the deal desk's plans. Every step is kept in the history with
who and when, and the document checklist (ID, income proof, bank statements…) is ticked as
papers arrive. Submitting needs the customer's consent to the credit check. Delivery looks
for a ``disbursed`` application (``services.delivery``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from showroom_app.db.models import FinanceApplication
from showroom_app.domain.enums import Currency, FeeTiming, Region, RepaymentMethod
from showroom_app.domain.errors import NotFound, StaleRecord, ValidationError, ValidationErrors
from showroom_app.domain.finance import LoanTerms, build_schedule, loan_term_errors
from showroom_app.domain.money import CENT
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import validate_required_text
from showroom_app.services import deals_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.deals_codec import input_from_json
from showroom_app.services.session import DeskSession

ENTITY = "finance_application"

DRAFT, SUBMITTED, APPROVED, CONDITIONAL = "draft", "submitted", "approved", "conditional"
REJECTED, SIGNED, DISBURSED = "rejected", "signed", "disbursed"
TRANSITIONS: dict[str, tuple[str, ...]] = {
    DRAFT: (SUBMITTED,),
    SUBMITTED: (APPROVED, CONDITIONAL, REJECTED),
    CONDITIONAL: (APPROVED, REJECTED, SIGNED),
    APPROVED: (SIGNED,),
    REJECTED: (DRAFT,),
    SIGNED: (DISBURSED,),
    DISBURSED: (),
}
#: The application's paper checklist (DOMAIN.md §4.7); company buyers add the licence.
DOCUMENTS = (
    "id_document",
    "income_proof",
    "bank_statements",
    "address_proof",
    "credit_consent",
    "business_licence",
)
#: The lender's answer can still change the terms; after signing they are the contract's.
TERMS_EDITABLE = (DRAFT, SUBMITTED, CONDITIONAL)
TERMS_LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "Terms can change only on a draft, submitted or conditional application."
)
_RATE = Decimal("0.000001")
_ZERO = Decimal(0)


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    by: str
    status_from: str
    status_to: str
    note: str


@dataclass(frozen=True)
class ApplicationView:
    application_id: int
    deal_id: int
    lender: str
    product: str
    method: RepaymentMethod
    principal: Decimal
    annual_rate_pct: Decimal
    months: int
    fee: Decimal
    fee_timing: FeeTiming
    balloon: Decimal
    status: str
    checklist: Mapping[str, bool]
    history: tuple[HistoryEntry, ...]
    monthly_payment: Decimal  # the regular instalment (equal principal: the first)
    last_payment: Decimal  # the last instalment (balloon and rounding residue included)
    total_interest: Decimal
    apr_pct: Decimal  # true APR, per cent
    ear_pct: Decimal  # effective annual rate, per cent
    version: int

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return TRANSITIONS.get(self.status, ())

    @property
    def terms_editable(self) -> bool:
        return self.status in TERMS_EDITABLE

    @property
    def terms(self) -> LoanTerms:
        return LoanTerms(
            self.method,
            self.principal,
            self.months,
            self.annual_rate_pct,
            self.balloon,
            self.fee,
            self.fee_timing,
        )


def _fee_timing(row: FinanceApplication) -> FeeTiming:
    return FeeTiming(str((row.checklist or {}).get("_fee_timing", FeeTiming.UPFRONT.value)))


def _view(row: FinanceApplication, currency: Currency) -> ApplicationView:
    terms = LoanTerms(
        method=RepaymentMethod(row.method),
        principal=row.principal,
        months=row.months,
        annual_rate_pct=row.annual_rate.quantize(_RATE),
        balloon=row.balloon_amount or _ZERO,
        fee=row.fee_amount,
        fee_timing=_fee_timing(row),
    )
    schedule = build_schedule(terms, currency)
    history = tuple(
        HistoryEntry(
            datetime.fromisoformat(str(h.get("at"))),
            str(h.get("by", "")),
            str(h.get("from", "")),
            str(h.get("to", "")),
            str(h.get("note", "")),
        )
        for h in (row.history or [])
        if isinstance(h, dict)
    )
    return ApplicationView(
        application_id=row.id,
        deal_id=row.deal_id,
        lender=row.lender,
        product=row.product,
        method=terms.method,
        principal=terms.principal,
        annual_rate_pct=terms.annual_rate_pct,
        months=terms.months,
        fee=terms.fee,
        fee_timing=terms.fee_timing,
        balloon=terms.balloon,
        status=row.status,
        checklist={k: bool((row.checklist or {}).get(k)) for k in DOCUMENTS},
        history=history,
        monthly_payment=schedule.regular_payment,
        last_payment=schedule.last_payment,
        total_interest=schedule.total_interest,
        apr_pct=schedule.apr.apr_percent,
        ear_pct=schedule.apr.ear_percent,
        version=row.version_id,
    )


class FinanceService:
    def __init__(
        self, db: Database, session: DeskSession, audit: AuditLog, settings: AppSettingsService
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings

    def applications(self, deal_id: int) -> list[ApplicationView]:
        self._session.require_user()
        with self._db.read() as s:
            deal, _opp = store.visible_deal(s, self._session, self._settings, deal_id)
            rows = s.scalars(
                select(FinanceApplication)
                .where(FinanceApplication.deal_id == deal.id)
                .order_by(FinanceApplication.id)
            )
            return [_view(r, Currency(deal.currency)) for r in rows]

    def create_application(
        self, deal_id: int, plan: int, lender: str, product: str = ""
    ) -> ApplicationView:
        """A draft application with the terms of the deal's loan ``plan`` (1 or 2)."""
        user = self._session.require_user()
        name = validate_required_text(lender, "lender", 120)
        if len(product.strip()) > 120:
            raise ValidationError(
                "product",
                QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
                "too_long",
                max_len=120,
            )
        with self._db.write() as s:
            deal, _opp = store.visible_deal(s, self._session, self._settings, deal_id)
            inputs = input_from_json(deal.inputs, Region(deal.region))
            if not 1 <= plan <= len(inputs.loans):
                raise ValidationError(
                    "plan",
                    QT_TRANSLATE_NOOP("Validation", "Choose one of the deal's loans."),
                    "choice",
                )
            offer = inputs.loans[plan - 1]
            terms = offer.terms(inputs.msrp - inputs.discount)
            build_schedule(terms, Currency(deal.currency))  # refuses terms that do not work
            now = datetime.now()
            row = FinanceApplication(
                deal_id=deal.id,
                lender=name,
                product=product.strip(),
                method=terms.method.value,
                principal=terms.principal,
                annual_rate=terms.annual_rate_pct,
                months=terms.months,
                fee_amount=terms.fee,
                balloon_amount=terms.balloon or None,
                status=DRAFT,
                checklist={"_fee_timing": terms.fee_timing.value},
                history=[
                    {"at": now.isoformat(), "by": user.name, "from": "", "to": DRAFT, "note": ""}
                ],
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            self._audit.record(s, user, Action.CREATE, ENTITY, row.id, detail={"deal": deal.id})
            return _view(row, Currency(deal.currency))

    def set_status(
        self,
        application_id: int,
        status: str,
        note: str = "",
        *,
        expected_version: int | None = None,
    ) -> ApplicationView:
        user = self._session.require_user()
        with self._db.write() as s:
            row, currency = self._row(s, application_id, expected_version)
            if status not in TRANSITIONS.get(row.status, ()):
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP(
                        "Validation", "An application that is {current} cannot become {new}."
                    ),
                    "transition",
                    current=row.status,
                    new=status,
                )
            if status == SUBMITTED and not (row.checklist or {}).get("credit_consent"):
                raise ValidationError(
                    "credit_consent",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Record the customer's consent to the credit check first."
                    ),
                    "consent_required",
                )
            if status == REJECTED and not note.strip():
                raise ValidationError(
                    "note",
                    QT_TRANSLATE_NOOP("Validation", "Note the lender's reason."),
                    "required",
                )
            now = datetime.now()
            old = row.status
            row.status = status
            row.updated_at = now
            entry = {"at": now.isoformat(), "by": user.name, "from": old, "to": status,
                     "note": note.strip()}  # fmt: skip
            row.history = [*(row.history or []), entry]
            self._audit.record_changes(s, user, ENTITY, row.id, {"status": (old, status)})
            s.flush()
            return _view(row, currency)

    def set_documents(
        self,
        application_id: int,
        documents: Mapping[str, bool],
        *,
        expected_version: int | None = None,
    ) -> ApplicationView:
        user = self._session.require_user()
        unknown = [k for k in documents if k not in DOCUMENTS]
        if unknown:
            raise ValidationError(
                "documents",
                QT_TRANSLATE_NOOP("Validation", "Choose from the list."),
                "choice",
            )
        with self._db.write() as s:
            row, currency = self._row(s, application_id, expected_version)
            checklist: dict[str, Any] = dict(row.checklist or {})
            changed = sorted(k for k, v in documents.items() if bool(checklist.get(k)) != v)
            checklist.update({k: bool(v) for k, v in documents.items()})
            row.checklist = checklist
            row.updated_at = datetime.now()
            if changed:
                self._audit.record(s, user, Action.UPDATE, ENTITY, row.id, field="documents",
                                   detail={"changed": changed})  # fmt: skip
            s.flush()
            return _view(row, currency)

    def update_terms(
        self,
        application_id: int,
        *,
        lender: str,
        product: str,
        method: RepaymentMethod | str,
        principal: Decimal,
        months: int,
        annual_rate_pct: Decimal,
        fee: Decimal,
        fee_timing: FeeTiming | str,
        balloon: Decimal,
        expected_version: int | None,
    ) -> ApplicationView:
        """The lender's terms when they differ from the plan's (a higher rate, a shorter
        term…): allowed while the application is a draft, submitted or approved with
        conditions. Every bad field is reported at once (``ValidationErrors``)."""
        user = self._session.require_user()
        with self._db.write() as s:
            row, currency = self._row(s, application_id, expected_version)
            if row.status not in TERMS_EDITABLE:
                raise ValidationError(
                    "status",
                    TERMS_LOCKED,
                    "terms_locked",
                    current=row.status,
                )
            errors: list[ValidationError] = []
            try:
                name = validate_required_text(lender, "lender", 120)
            except ValidationError as exc:
                errors.append(exc)
                name = lender
            if len(product.strip()) > 120:
                errors.append(
                    ValidationError(
                        "product",
                        QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
                        "too_long",
                        max_len=120,
                    )
                )
            try:
                kind, timing = RepaymentMethod(method), FeeTiming(fee_timing)
            except ValueError:
                raise ValidationError(
                    "method", QT_TRANSLATE_NOOP("Validation", "Choose from the list."), "choice"
                ) from None
            terms = LoanTerms(kind, principal, months, annual_rate_pct, balloon, fee, timing)
            errors += loan_term_errors(terms, currency)
            if errors:
                raise ValidationErrors(errors)
            rate = annual_rate_pct.quantize(_RATE)  # the column keeps six decimals
            terms = LoanTerms(kind, principal, months, rate, balloon, fee, timing)
            build_schedule(terms, currency)  # refuses terms that do not work (too small)
            old = _view(row, currency)
            new_product = product.strip()
            changes: dict[str, tuple[object, object]] = {
                "lender": (old.lender, name),
                "product": (old.product, new_product),
                "method": (old.method.value, kind.value),
                # amounts as the database keeps them (cents), so old and new read alike
                "principal": (old.principal.quantize(CENT), principal.quantize(CENT)),
                "months": (old.months, months),
                "annual_rate": (old.annual_rate_pct, rate),
                "fee": (old.fee.quantize(CENT), fee.quantize(CENT)),
                "fee_timing": (old.fee_timing.value, timing.value),
                "balloon": (old.balloon.quantize(CENT), balloon.quantize(CENT)),
            }
            changed = {k: v for k, v in changes.items() if v[0] != v[1]}
            if not changed:
                return old
            row.lender, row.product, row.method = name, new_product, kind.value
            row.principal, row.months = principal, months
            row.annual_rate = rate
            row.fee_amount = fee
            row.balloon_amount = balloon or None
            row.checklist = {**(row.checklist or {}), "_fee_timing": timing.value}
            row.updated_at = datetime.now()
            # terms and lenders are not personal: old → new is kept as typed
            self._audit.record_changes(s, user, ENTITY, row.id, changed)
            s.flush()
            return _view(row, currency)

    def _row(
        self, s: Any, application_id: int, expected_version: int | None
    ) -> tuple[FinanceApplication, Currency]:
        row = s.get(FinanceApplication, application_id)
        if row is None:
            raise NotFound(f"Finance application {application_id} does not exist.")
        deal, _opp = store.visible_deal(s, self._session, self._settings, row.deal_id)
        if expected_version is not None and expected_version != row.version_id:
            raise StaleRecord("Somebody else changed this application. Reload it.")
        return row, Currency(deal.currency)


__all__ = [
    "DOCUMENTS",
    "TERMS_EDITABLE",
    "TRANSITIONS",
    "ApplicationView",
    "FinanceService",
    "HistoryEntry",
]
