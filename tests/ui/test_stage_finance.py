"""The finance stage of the cockpit, 金融服務 (issue 6, item 3): a loan application made from
one of the deal's plans with its true APR, the status buttons following the lender's
answer, the document checklist, the delivery gate, the repayment schedule and the draft of
what was typed. Real widgets, GIVEN / WHEN / THEN.
"""

from __future__ import annotations

import dataclasses
import decimal
import io
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent
from sqlalchemy import select

from showroom_app.db.models import Opportunity, StockVehicle, Trim
from showroom_app.domain.enums import OpportunityStatus, Powertrain, RepaymentMethod, StockStatus
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.services.container import Services
from showroom_app.ui import messages
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_finance import FinancePanel
from showroom_app.ui.cockpit.stage_finance_application import ApplicationCard
from showroom_app.ui.context import AppContext
from showroom_app.ui.document_preview import DocumentPreview
from showroom_app.ui.i18n import Translations

D = Decimal
NONE = Decimal(0)


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def _opportunity(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
            ).first()
        )


def deal_with_loan(
    services: Services,
    opportunity_id: int,
    offer: LoanOffer | None,
    principal: Decimal = Decimal(0),
) -> int:
    """A saved deal on a free stock unit with ``offer`` as its loan plan, the down payment
    chosen so that the loan is ``principal``."""
    with services.db.read() as s:
        unit = s.scalars(
            select(StockVehicle.id)
            .join(Trim, Trim.id == StockVehicle.trim_id)
            .where(
                StockVehicle.status == StockStatus.IN_STOCK.value,
                StockVehicle.is_test_car.is_(False),
                Trim.powertrain == Powertrain.ICE.value,
            )
            .order_by(StockVehicle.id)
        ).first()
    view = services.deals.open_deal(opportunity_id, "fin-ui", stock_vehicle_id=unit)
    loans = ()
    if offer is not None:
        price = view.inputs.msrp - view.inputs.discount
        loans = (dataclasses.replace(offer, down_payment=price - principal),)
    services.deals.save_inputs(
        view.deal_id,
        dataclasses.replace(view.inputs, loans=loans, selected_plan=1 if loans else 0),
    )
    return view.deal_id


#: DOMAIN.md §7.4: P = 100,000, 36 months, fee 6,000 paid up front → APR ≈ 4.06 %
ZERO_PLUS_FEE = LoanOffer("和潤企業", D(0), RepaymentMethod.ZERO_PLUS_FEE, 36, D(0), fee=D(6000))
PRINCIPAL = D(100000)


@pytest.fixture
def ctx(demo_services: Services, translations: Translations) -> AppContext:
    user = demo_services.session.require_user()
    return AppContext(
        services=demo_services,
        translations=translations,
        user=user,
        dealership=demo_services.settings.dealership(),
    )


@pytest.fixture
def open_page(qtbot, ctx: AppContext) -> Iterator:
    dialogs: list[CockpitDialog] = []

    def opener(opportunity_id: int) -> FinancePanel:
        dialog = CockpitDialog(ctx, opportunity_id)
        dialog.resize(1280, 900)
        dialog.show()
        dialogs.append(dialog)
        panel = dialog.open_stage("finance").panel
        assert isinstance(panel, FinancePanel)
        return panel

    yield opener
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _card(panel: FinancePanel) -> ApplicationCard:
    assert len(panel.cards) == 1
    return next(iter(panel.cards.values()))


def _steps(card: ApplicationCard) -> list[str]:
    prefix = f"finance_application_{card.application_id}_to_"
    return [b.objectName().removeprefix(prefix) for b in card.step_buttons]


def _step(card: ApplicationCard, status: str) -> None:
    button = next(b for b in card.step_buttons if b.objectName().endswith(f"_to_{status}"))
    button.click()


def test_without_a_deal_the_page_points_to_the_deal_desk(ctx, open_page) -> None:
    panel = open_page(_opportunity(ctx.services))
    assert panel.deal is None and panel.note_label.isVisible()
    assert "deal desk" in panel.note_label.text() and not panel.new_box.isVisible()


def test_a_cash_deal_needs_no_finance(ctx, open_page) -> None:
    opp = _opportunity(ctx.services)
    deal_with_loan(ctx.services, opp, None)
    panel = open_page(opp)
    assert "pays in full" in panel.note_label.text() and not panel.new_box.isVisible()


def test_a_zero_rate_loan_with_a_fee_shows_its_true_apr(ctx, open_page, qtbot) -> None:
    services = ctx.services
    opp = _opportunity(services)
    deal_id = deal_with_loan(services, opp, ZERO_PLUS_FEE, PRINCIPAL)
    panel = open_page(opp)
    # GIVEN the deal's "0 % + fee" plan WHEN the finance page opens
    box = panel.new_box
    assert box.isVisible() and box.lender_edit.text() == "和潤企業"
    values = box.figures.values
    # THEN the true APR is shown, not "0 %" (DOMAIN.md §7.4: ≈ 4.06 %)
    assert values["apr"].text() == "4.06 %"
    assert values["monthly"].text().startswith("NT$2,778")
    assert values["interest"].text() == "NT$0" and values["fee"].text() == "NT$6,000, paid up front"
    # WHEN the application is created
    qtbot.keyClicks(box.product_edit, "Zero 36")
    box.create_button.click()
    # THEN its card shows the same figures and the first step only
    card = _card(panel)
    app = services.finance.applications(deal_id)[0]
    assert (app.lender, app.product, app.status) == ("和潤企業", "Zero 36", "draft")
    assert card.figures.values["apr"].text() == "4.06 %" and app.apr_pct == D("4.06")
    assert _steps(card) == ["submitted"]
    assert "waits until the loan is disbursed" in panel.gate_label.text()


def test_the_status_buttons_follow_the_lenders_answer(ctx, open_page, qtbot) -> None:
    services = ctx.services
    opp = _opportunity(services)
    deal_id = deal_with_loan(services, opp, ZERO_PLUS_FEE, PRINCIPAL)
    panel = open_page(opp)
    panel.new_box.create_button.click()
    card = _card(panel)
    # submitting needs the customer's consent to the credit check
    _step(card, "submitted")
    assert card.error.isVisible() and "consent" in card.error.text()
    assert services.finance.applications(deal_id)[0].status == "draft"
    card.checks["credit_consent"].setChecked(True)
    card.checks["id_document"].setChecked(True)
    checklist = services.finance.applications(deal_id)[0].checklist
    assert checklist["credit_consent"] and checklist["id_document"]
    assert not card.checks["business_licence"].isVisible()  # a person, not a company
    _step(card, "submitted")
    assert _steps(card) == ["approved", "conditional", "rejected"]
    # a rejection needs the lender's reason
    _step(card, "rejected")
    assert card.error.isVisible() and services.finance.applications(deal_id)[0].status == (
        "submitted"
    )
    qtbot.keyClicks(card.note_edit, "Income too low")
    _step(card, "rejected")
    assert _steps(card) == ["draft"] and "Income too low" in card.history_label.text()
    for status in ("draft", "submitted", "conditional", "signed"):
        _step(card, status)
    assert _steps(card) == ["disbursed"]
    assert "waits" in panel.gate_label.text()
    _step(card, "disbursed")
    # THEN the application is disbursed and the delivery may go ahead
    assert services.finance.applications(deal_id)[0].status == "disbursed"
    assert _steps(card) == [] and not card.note_edit.isVisible()
    assert "can be delivered" in panel.gate_label.text()
    assert [h.status_to for h in services.finance.applications(deal_id)[0].history] == [
        "draft", "submitted", "rejected", "draft", "submitted", "conditional", "signed",
        "disbursed",
    ]  # fmt: skip


def test_the_repayment_schedule_prints_with_a_language_choice(
    ctx, open_page, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda _p, _t, text: shown.append(text))
    services = ctx.services
    opp = _opportunity(services)
    deal_with_loan(services, opp, ZERO_PLUS_FEE, PRINCIPAL)
    panel = open_page(opp)
    panel.new_box.create_button.click()
    card = _card(panel)
    card.schedule_button.click()
    preview = panel.preview
    assert isinstance(preview, DocumentPreview) and preview.pdf_bytes.startswith(b"%PDF")
    first = preview.pdf_bytes
    preview.language_combo.setCurrentIndex(preview.language_combo.findData("zh_TW+en"))
    assert preview.pdf_bytes != first and shown == []
    preview.close()


def test_a_typed_lender_waits_as_a_draft(ctx, open_page, qtbot) -> None:
    services = ctx.services
    opp = _opportunity(services)
    deal_with_loan(services, opp, ZERO_PLUS_FEE, PRINCIPAL)
    panel = open_page(opp)
    panel.new_box.lender_edit.setText("台新銀行")  # CJK: setText, then the edit signal
    panel.new_box.lender_edit.textEdited.emit("台新銀行")
    qtbot.keyClicks(panel.new_box.product_edit, "Flex 36")
    panel.flush()
    assert services.drafts.load(panel.draft_key) is not None
    # WHEN the page opens again THEN what was typed is back
    again = open_page(opp)
    assert again.new_box.lender_edit.text() == "台新銀行"
    assert again.new_box.product_edit.text() == "Flex 36" and again.draft_note.isVisible()
    # WHEN the application is created THEN the draft is gone
    again.new_box.create_button.click()
    assert services.drafts.load(again.draft_key) is None


#: DOMAIN.md §7.1: P = 100,000 at 4 % over 36 months → 2,952 a month (TWD whole dollars)
EQUAL_INSTALMENT = LoanOffer("台灣銀行", D(0), RepaymentMethod.EQUAL_INSTALMENT, 36, D(4))


def _type(edit, text: str) -> None:
    """Type like a user (setText, then the edit signal: works for CJK too)."""
    edit.setText(text)
    edit.textEdited.emit(text)


def test_the_lenders_rate_and_term_are_edited_on_the_card(ctx, open_page) -> None:
    services = ctx.services
    opp = _opportunity(services)
    deal_id = deal_with_loan(services, opp, EQUAL_INSTALMENT, PRINCIPAL)
    panel = open_page(opp)
    panel.new_box.create_button.click()
    card = _card(panel)
    assert card.figures.values["monthly"].text().startswith("NT$2,952")
    # GIVEN the lender answers 5.5 % over 24 months WHEN the terms are edited
    assert card.edit_button.isVisible() and not card.editor.isVisible()
    card.edit_button.click()
    editor = card.editor
    assert editor.isVisible() and not card.figures.values["monthly"].isVisible()
    assert (editor.edits["rate"].text(), editor.edits["months"].text()) == ("4", "36")
    _type(editor.edits["rate"], "5.5")
    _type(editor.edits["months"], "２４")  # full-width digits from a Chinese input method
    # THEN the new monthly payment is worked out as it is typed, nothing saved yet
    assert editor.results["monthly"].text() == "NT$4,410 (last NT$4,400)"
    assert services.finance.applications(deal_id)[0].months == 36
    # a term out of range is shown at the field and cannot be saved
    _type(editor.edits["months"], "240")
    assert editor.errors["months"].isVisible() and "120" in editor.errors["months"].text()
    assert not editor.save_button.isEnabled() and editor.results["monthly"].text() == "—"
    _type(editor.edits["months"], "24")
    assert not editor.errors["months"].isVisible() and editor.save_button.isEnabled()
    # WHEN saved THEN the card shows and the application keeps the lender's terms
    editor.save_button.click()
    app = services.finance.applications(deal_id)[0]
    assert (app.annual_rate_pct, app.months, app.monthly_payment) == (D("5.5"), 24, D("4410"))
    assert not editor.isVisible() and card.edit_button.isVisible()
    assert card.figures.values["monthly"].text().startswith("NT$4,410")
    assert card.figures.values["months"].text() == "24 months"
    assert card.figures.values["rate"].text() == "5.50 % a year"
    # the repayment schedule prints the stored terms
    card.schedule_button.click()
    assert "4,410" in _pdf_text(panel.preview.pdf_bytes)
    panel.preview.close()


def test_terms_being_edited_wait_as_a_draft_and_lock_once_signed(ctx, open_page) -> None:
    services = ctx.services
    opp = _opportunity(services)
    deal_id = deal_with_loan(services, opp, EQUAL_INSTALMENT, PRINCIPAL)
    panel = open_page(opp)
    panel.new_box.create_button.click()
    card = _card(panel)
    card.edit_button.click()
    _type(card.editor.edits["lender"], "台新銀行")
    _type(card.editor.edits["rate"], "6")
    panel.flush()
    # WHEN the page opens again THEN the editor is open with what was typed
    again = open_page(opp)
    editor = _card(again).editor
    assert editor.isVisible() and again.draft_note.isVisible()
    assert (editor.edits["lender"].text(), editor.edits["rate"].text()) == ("台新銀行", "6")
    # Cancel leaves the stored terms, and the draft goes
    editor.cancel_button.click()
    again.flush()
    assert not editor.isVisible() and services.drafts.load(again.draft_key) is None
    assert services.finance.applications(deal_id)[0].lender == "台灣銀行"
    # a lender's empty name is refused at the field on Save
    _card(again).edit_button.click()
    _type(editor.edits["lender"], "")
    editor.save_button.click()
    assert editor.errors["lender"].isVisible() and editor.isVisible()
    editor.cancel_button.click()
    # once the loan contract is signed the terms are the contract's
    app_id = _card(again).application_id
    services.finance.set_documents(app_id, {"credit_consent": True})
    for status in ("submitted", "approved", "signed"):
        services.finance.set_status(app_id, status)
    again.refresh()
    assert not _card(again).edit_button.isVisible()
