"""DocumentService part: the closing and finance documents of a deal (DOMAIN.md §6.1, §6.3,
§6.4, §6.9, §4.6–4.7): quotation, payment comparison, repayment schedule, contract, deposit
receipt and order confirmation.

Every document is rendered from stored data only — the deal's input and figures snapshot,
the contract's snapshot with the template version it was signed with, the receipt's
snapshot — and its number and date derive from that data (a quotation's number carries the
deal's version: a changed deal is a new quotation, an unchanged one the same), so a reprint
is byte-for-byte the original apart from the "printed" stamp. A discount waiting for a
manager's approval blocks them all. Each rendering is audited as a print with the SHA-256 of
the bytes, never a personal value; a full buyer ID needs the PIN, as on the profile sheet.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import ContractTemplate, Customer, Receipt, User
from showroom_app.documents.common import DocumentOptions, Letterhead
from showroom_app.documents.contract import (
    ContractClause,
    ContractData,
    ContractParty,
    render_contract,
)
from showroom_app.documents.deal_common import VehicleInfo
from showroom_app.documents.deposit_receipt import DepositReceiptData, render_deposit_receipt
from showroom_app.documents.order_confirmation import (
    OrderConfirmationData,
    OrderOption,
    render_order_confirmation,
)
from showroom_app.documents.payment_comparison import (
    PaymentComparisonData,
    render_payment_comparison,
)
from showroom_app.documents.quotation import QuotationData, render_quotation
from showroom_app.documents.repayment_schedule import (
    RepaymentScheduleData,
    ScheduleRow,
    render_repayment_schedule,
)
from showroom_app.domain.enums import REGION_CURRENCY, Currency, Region
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.finance import build_schedule
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import DealershipInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import format_phone_display, mask_id
from showroom_app.services import deals_store as store
from showroom_app.services import documents_deal_data as dd
from showroom_app.services.audit import Action
from showroom_app.services.contracts import current_template
from showroom_app.services.contracts_rules import DEFAULT_MAX_ODOMETER_KM, receipt_vehicle_line
from showroom_app.services.deals import DealService, require_cleared
from showroom_app.services.deals_codec import input_from_json, money, optional_money

if TYPE_CHECKING:
    from showroom_app.services.app_settings import AppSettingsService
    from showroom_app.services.audit import AuditLog
    from showroom_app.services.customers import CustomerService
    from showroom_app.services.database import Database
    from showroom_app.services.session import DeskSession
    from showroom_app.services.settings import SettingsService

QUOTE_VALID_DAYS = 7
NO_CONTRACT = QT_TRANSLATE_NOOP("Validation", "Create the contract first.")
NO_RECEIPT = QT_TRANSLATE_NOOP("Validation", "Issue the deposit receipt first.")
NO_LOAN = QT_TRANSLATE_NOOP("Validation", "Choose one of the deal's loans.")


class DealDocumentsMixin:
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

    # -- the deal's documents ------------------------------------------------------------------
    def quotation(
        self,
        deal_id: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        bilingual: bool = False,
    ) -> bytes:
        """報價單: every line of the deal, the taxes, the on-the-road total, the chosen loan."""
        ctx = self._deal_context(deal_id, language, paper, bilingual)
        lang, bi, f, inputs = ctx["lang"], ctx["bilingual"], ctx["figures"], ctx["inputs"]
        lines = dd.price_lines(inputs)
        currency = ctx["currency"]
        # once signed, the quotation is the one the contract was signed on (reprints stay
        # identical however the deal record changes afterwards: delivery, status)
        quote_day = _as_of(ctx)
        taxes = f.get("taxes")
        data = QuotationData(
            letterhead=ctx["letterhead"],
            quote_no=str((ctx["contract_snapshot"] or {}).get("quote_no") or _reference("QT", ctx)),
            quote_date=quote_day,
            valid_until=quote_day + timedelta(days=QUOTE_VALID_DAYS),
            customer_name=ctx["customer_name"],
            salutation=ctx["salutation"],
            customer_phone=ctx["customer_phone"],
            salesperson=ctx["salesperson"],
            currency=currency,
            vehicle=dd.vehicle_info(ctx["vehicle"], lang),
            msrp=money(f, "msrp"),
            discount=money(f, "discount"),
            vehicle_price=money(f, "transaction_price"),
            accessories=lines["accessories"],
            taxes_fees=dd.tax_lines(f, currency, lang, bi) + lines["government_fees"],
            insurance=lines["insurance"],
            service_fees=lines["service_fees"],
            trade_in=dd.trade_in_lines(inputs, lang, bi),
            subsidies=lines["subsidies"],
            on_the_road_total=money(f, "on_the_road_total"),
            finance=dd.finance_summary(f, inputs, lang, bi),
            rules_date=dd.day(taxes.get("on")) if isinstance(taxes, dict) else None,
        )
        return self._printed(ctx, "quotation", render_quotation(data, ctx["options"]))

    def payment_comparison(
        self,
        deal_id: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        bilingual: bool = False,
    ) -> bytes:
        """付款方案比較表: cash and each loan side by side."""
        ctx = self._deal_context(deal_id, language, paper, bilingual)
        lang = ctx["lang"]
        data = PaymentComparisonData(
            letterhead=ctx["letterhead"],
            reference=_reference("PC", ctx),
            prepared_on=_as_of(ctx),
            scenarios=dd.scenario_columns(ctx["figures"], ctx["inputs"], lang, ctx["bilingual"]),
            customer_name=ctx["customer_name"],
            salutation=ctx["salutation"],
            salesperson=ctx["salesperson"],
            vehicle=ctx["vehicle"].name(lang),
            currency=ctx["currency"],
        )
        return self._printed(
            ctx, "payment_comparison", render_payment_comparison(data, ctx["options"])
        )

    def repayment_schedule(
        self,
        deal_id: int,
        plan: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        bilingual: bool = False,
    ) -> bytes:
        """貸款還款明細表 of the deal's loan ``plan`` (1 or 2), every instalment and totals."""
        ctx = self._deal_context(deal_id, language, paper, bilingual)
        inputs = ctx["inputs"]
        if not 1 <= plan <= len(inputs.loans):
            raise ValidationError("plan", NO_LOAN, "choice")
        offer = inputs.loans[plan - 1]
        terms = offer.terms(inputs.msrp - inputs.discount)
        schedule = build_schedule(terms, ctx["currency"])
        data = RepaymentScheduleData(
            letterhead=ctx["letterhead"],
            reference=f"{_reference('LS', ctx)}-{plan}",
            prepared_on=_as_of(ctx),
            principal=terms.principal,
            term_months=terms.months,
            rows=tuple(
                ScheduleRow(r.k, r.payment, r.principal, r.interest + r.fee, r.balance)
                for r in schedule.rows
            ),
            currency=ctx["currency"],
            nominal_rate=terms.annual_rate_pct,
            rate_type=dd.rate_type(terms.method.value),
            method=terms.method.value,
            fees=schedule.total_fees or None,
            balloon=terms.balloon or None,
            apr=schedule.apr.apr_percent,
            ear=schedule.apr.ear_percent,
            lender=dd.loan_name(offer.label, plan, ctx["lang"], ctx["bilingual"]),
            customer_name=ctx["customer_name"],
            vehicle=ctx["vehicle"].name(ctx["lang"]),
            salesperson=ctx["salesperson"],
        )
        pdf = render_repayment_schedule(data, ctx["options"])
        return self._printed(ctx, "repayment_schedule", pdf)

    def order_confirmation(
        self,
        deal_id: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        bilingual: bool = False,
    ) -> bytes:
        """配備確認單: the car, options and accessories, and the price down to the balance."""
        ctx = self._deal_context(deal_id, language, paper, bilingual)
        f, inputs, snap = ctx["figures"], ctx["inputs"], ctx["contract_snapshot"]
        options = tuple(
            OrderOption(i.name, i.price, "dealer")
            for i in (*inputs.accessories, *inputs.warranty_products)
        ) + tuple(OrderOption(fee.name, fee.amount, "dealer") for fee in inputs.service_fees)
        signed = dd.day((snap or {}).get("sign_date"))
        data = OrderConfirmationData(
            letterhead=ctx["letterhead"],
            order_no=f"OC-{ctx['created'].year}-{ctx['deal_id']:06d}",
            order_date=signed or ctx["updated"].date(),
            customer_name=ctx["customer_name"],
            salutation=ctx["salutation"],
            customer_phone=ctx["customer_phone"],
            salesperson=ctx["salesperson"],
            contract_no=ctx["contract_no"],
            currency=ctx["currency"],
            vehicle=dd.vehicle_info(ctx["vehicle"], ctx["lang"]),
            options=options,
            expected_delivery=dd.day((snap or {}).get("delivery_date")),
            delivery_place=str((snap or {}).get("delivery_place") or ""),
            vehicle_price=money(f, "transaction_price"),
            options_total=sum((o.amount for o in options), Decimal(0)) if options else None,
            # the contract's total (service fees are listed with the options above)
            total_price=money(f, "contract_total"),
            deposit_paid=money(f, "deposit") or None,
            balance_due=money(f, "contract_total") - money(f, "deposit"),
        )
        pdf = render_order_confirmation(data, ctx["options"])
        return self._printed(ctx, "order_confirmation", pdf)

    # -- from the contract ----------------------------------------------------------------------
    def contract_document(
        self,
        deal_id: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        bilingual: bool = False,
        full_id: bool = False,
    ) -> bytes:
        """The signed contract from its snapshot and the template version it was signed with.
        ``full_id`` prints the buyer's whole ID number (PIN needed, logged)."""
        if full_id:
            self._session.require_recent_pin(self._settings.policy().reauth_minutes)
        ctx = self._deal_context(deal_id, language, paper, bilingual)
        snap = ctx["contract_snapshot"]
        if snap is None:
            raise ValidationError("contract", NO_CONTRACT, "no_contract")
        lang, bi = ctx["lang"], ctx["bilingual"]
        tpl_ref = snap.get("template") or {}
        with self._db.read() as s:
            row = s.get(ContractTemplate, tpl_ref.get("id"))
            if row is None:
                raise NotFound("The contract's template version is missing.")
            template = dd.contract_template(
                row.clauses or {}, row.region, row.version, row.roc_dates, lang
            )
        buyer = snap.get("buyer") or {}
        id_number = str(buyer.get("id_number", ""))
        deposit = snap.get("deposit")
        data = ContractData(
            letterhead=_snapshot_letterhead(snap.get("letterhead") or {}, self._dealership.logo()),
            template=template,
            contract_no=str(snap.get("contract_no", "")),
            sign_date=dd.day(snap.get("sign_date")),
            buyer=dd.contract_party(buyer, id_number if full_id else mask_id(id_number)),
            sign_place=str(snap.get("sign_place", "")),
            registrant=str(snap.get("registrant", "")),
            currency=Currency(snap.get("currency", ctx["currency"].value)),
            vehicle=dd.snapshot_vehicle(snap.get("vehicle") or {}, lang),
            msrp=money(snap, "msrp"),
            discount=money(snap, "discount"),
            vehicle_price=money(snap, "vehicle_price"),
            accessories=dd.snapshot_lines(snap.get("accessories")),
            fees=dd.snapshot_lines(snap.get("fees"), optional=True),
            trade_in=tuple(
                dataclasses.replace(line, name=line.name or dd.word("trade_in", lang, bi))
                for line in dd.snapshot_lines(snap.get("trade_in"))
            ),
            total_price=money(snap, "total_price"),
            deposit_amount=money(deposit, "amount") if isinstance(deposit, dict) else None,
            deposit_kind=str(deposit.get("kind")) if isinstance(deposit, dict) else "deposit",
            payment_method=str(snap.get("payment_method", "full")),
            down_payment=optional_money(snap.get("down_payment")),
            loan_amount=optional_money(snap.get("loan_amount")),
            lender=str(snap.get("lender", "")),
            balance_due_date=dd.day(snap.get("balance_due_date")),
            delivery_date=dd.day(snap.get("delivery_date")),
            delivery_place=str(snap.get("delivery_place", "")),
            delivery_method=str(snap.get("delivery_method", "")),
            max_odometer_km=(snap.get("vehicle") or {}).get("max_odometer_km"),
            special_terms=str(snap.get("special_terms", "")),
            review_given_date=dd.day(snap.get("review_given_date")),
        )
        pdf = render_contract(data, ctx["options"])
        return self._printed(ctx, "contract", pdf, id_number="full" if full_id else "masked")

    def deposit_receipt(
        self,
        deal_id: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        bilingual: bool = False,
    ) -> bytes:
        """訂金 / 定金收據 from the receipt's snapshot."""
        ctx = self._deal_context(deal_id, language, paper, bilingual)
        if ctx["contract_id"] is None:
            raise ValidationError("contract", NO_CONTRACT, "no_contract")
        with self._db.read() as s:
            receipt = s.scalars(
                select(Receipt)
                .where(Receipt.contract_id == ctx["contract_id"], Receipt.kind == "deposit")
                .order_by(Receipt.id)
            ).first()
            if receipt is None:
                raise ValidationError("receipt", NO_RECEIPT, "no_receipt")
            snap = dict(receipt.snapshot or {})
        data = DepositReceiptData(
            letterhead=_snapshot_letterhead(snap.get("letterhead") or {}, self._dealership.logo()),
            receipt_no=str(snap.get("receipt_no", "")),
            received_on=dd.day(snap.get("received_on")),
            payer_name=str(snap.get("payer_name", "")),
            amount=money(snap, "amount"),
            currency=Currency(snap.get("currency") or ctx["currency"].value),
            deposit_kind=str(snap.get("deposit_kind", "deposit")),
            payer_id_last4=str(snap.get("payer_id_last4", "")),
            payer_phone=str(snap.get("payer_phone", "")),
            method=str(snap.get("method", "cash")),
            method_reference=str(snap.get("method_reference", "")),
            contract_no=str(snap.get("contract_no", "")),
            quote_no=str(snap.get("quote_no", "")),
            vehicle=receipt_vehicle_line(snap.get("vehicle") or {}, ctx["lang"]),
        )
        pdf = render_deposit_receipt(data, ctx["options"])
        return self._printed(ctx, "deposit_receipt", pdf)

    # -- the template editor's sample ----------------------------------------------------------
    def preview_contract_template(
        self,
        region: Region,
        language: str,
        clauses: Sequence[tuple[str, str]],
        *,
        paper: str | None = None,
    ) -> bytes:
        """A sample contract of ``region``'s current template with ``clauses`` in place of
        its ``language`` clauses (Settings → contract templates, before saving). Nothing
        is stored and no customer appears on it, so it is not audited."""
        user = self._session.require(Capability.EDIT_SETTINGS)
        dealer = self._dealership.dealership()
        options = self._options(dealer, language, paper)
        lang = options.language
        with self._db.write() as s:  # the first look at a region seeds its version 1
            row = current_template(s, region, user.id)
            template = dd.contract_template(
                row.clauses or {}, row.region, row.version, row.roc_dates, lang
            )
        template = dataclasses.replace(
            template, clauses=tuple(ContractClause(h.strip(), t.strip()) for h, t in clauses)
        )
        today = options.printed_at.date()
        price = Decimal(1_000_000)
        sample = _SAMPLE[lang]
        data = ContractData(
            letterhead=self._letterhead(dealer),
            template=template,
            contract_no=sample[0],
            sign_date=today,
            buyer=ContractParty(name=sample[1], id_type="national_id"),
            currency=REGION_CURRENCY[region],
            vehicle=VehicleInfo(model=sample[2]),
            msrp=price,
            vehicle_price=price,
            total_price=price,
            delivery_date=today + timedelta(days=21),
            delivery_place=sample[3],
            delivery_method="dealer_pickup",
            max_odometer_km=DEFAULT_MAX_ODOMETER_KM,
            review_given_date=today - timedelta(days=template.review_days)
            if template.review_days
            else None,
        )
        return render_contract(data, options)

    # -- helpers --------------------------------------------------------------------------------
    def _deal_context(
        self, deal_id: int, language: str | None, paper: str | None, bilingual: bool
    ) -> dict[str, Any]:
        """Everything the deal documents share, read in one transaction; refuses a deal whose
        discount waits for approval or whose figures are incomplete."""
        actor = self._session.require_user()
        dealer = self._dealership.dealership()
        options = self._options(dealer, language, paper)  # "zh_TW+en" is bilingual too
        if bilingual and not options.bilingual:
            options = dataclasses.replace(options, bilingual=True)
        view = DealService(self._db, self._session, self._audit, self._settings).get(deal_id)
        require_cleared(view)
        if not view.saved_figures.get("scenarios"):
            raise ValidationError(
                "deal",
                QT_TRANSLATE_NOOP("Validation", "Complete the deal's figures first."),
                "incomplete",
            )
        with self._db.read() as s:
            deal, opp = store.visible_deal(s, self._session, self._settings, deal_id)
            customer = s.get(Customer, deal.customer_id)
            contract = store.contract_of(s, deal.id)
            if contract is not None and contract.status == store.CANCELLED:
                contract = None
            salesperson = _user_name(s, opp.assigned_user_id) or actor.name
            phone = _first_phone(s, deal.customer_id)
            inputs = input_from_json(deal.inputs, Region(deal.region))
            context: dict[str, Any] = {
                "actor": actor,
                "deal_id": deal.id,
                "version": deal.version_id,
                "created": deal.created_at,
                "updated": deal.updated_at,
                "currency": Currency(deal.currency),
                "inputs": inputs,
                "figures": dict(deal.figures or {}),
                "vehicle": view.vehicle,
                "contract_id": contract.id if contract else None,
                "contract_no": contract.number if contract else "",
                "contract_snapshot": dict(contract.snapshot) if contract else None,
            }
        context.update(
            options=options,
            lang=options.language,
            bilingual=options.bilingual and options.language != "en",
            letterhead=self._letterhead(dealer),
            customer_name=customer.name if customer else "",
            salutation=(customer.salutation if customer and customer.kind != "company" else ""),
            customer_phone=format_phone_display(phone, dealer.region) if phone else "",
            salesperson=salesperson,
        )
        return context

    def _printed(self, ctx: dict[str, Any], document: str, pdf: bytes, **extra: str) -> bytes:
        options: DocumentOptions = ctx["options"]
        with self._db.write() as s:
            self._audit.record(
                s,
                ctx["actor"],
                Action.PRINT,
                store.ENTITY,
                ctx["deal_id"],
                detail={
                    "document": document,
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "language": options.language,
                    "paper": options.paper,
                    "bilingual": options.bilingual,
                    **extra,
                },
            )
        return pdf


#: The sample contract's number, buyer, car and delivery place in each document language.
_SAMPLE: dict[str, tuple[str, str, str, str]] = {
    "zh_TW": ("樣張", "王小明", "示範車型", "本公司展示間"),
    "zh_CN": ("样张", "王小明", "示范车型", "本公司展厅"),
    "en": ("SAMPLE", "Chan Tai Man", "Sample model", "Our showroom"),
}


def _as_of(ctx: dict[str, Any]) -> date:
    """The date a deal document is "prepared on": the signed quotation's once a contract
    exists (so reprints stay identical), else the deal's last change."""
    signed = ctx.get("contract_snapshot") or {}
    return dd.day(signed.get("quote_date")) or ctx["updated"].date()


def _reference(prefix: str, ctx: dict[str, Any]) -> str:
    """``QT-2026-000012-03``: the deal and its version (a changed deal, a new number); once
    a contract is signed, the version it was signed on."""
    signed = ctx.get("contract_snapshot") or {}
    version = int(signed.get("quote_version") or ctx["version"])
    return f"{prefix}-{ctx['created'].year}-{ctx['deal_id']:06d}-{version:02d}"


def _user_name(s: Session, user_id: int | None) -> str:
    user = s.get(User, user_id) if user_id is not None else None
    return user.name if user else ""


def _first_phone(s: Session, customer_id: int) -> str:
    from showroom_app.db.models import CustomerPhone

    return (
        s.scalars(
            select(CustomerPhone.e164)
            .where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            .limit(1)
        ).first()
        or ""
    )


def _snapshot_letterhead(data: dict[str, Any], logo: bytes | None) -> Letterhead:
    """The dealership as it was when the contract was signed, with today's logo (the logo
    is the dealership's mark, not part of what was agreed)."""
    return Letterhead(
        logo=logo,
        name=str(data.get("name", "")),
        address=str(data.get("address", "")),
        phone=str(data.get("phone", "")),
        tax_id=str(data.get("tax_id", "")),
        region=str(data.get("region", "TW")),
    )


__all__ = ["QUOTE_VALID_DAYS", "DealDocumentsMixin"]
