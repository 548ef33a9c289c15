"""The finance stage of the cockpit, 金融服務 (issue 6, item 3): a loan application made from
one of the deal's plans with its true APR, the status buttons following the lender's
answer, the document checklist, the delivery gate, the repayment schedule and the draft of
what was typed. Real widgets, GIVEN / WHEN / THEN.
"""

from __future__ import annotations

import dataclasses
import decimal
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from sqlalchemy import select

from showroom_app.db.models import Opportunity, StockVehicle, Trim
from showroom_app.domain.enums import OpportunityStatus, Powertrain, RepaymentMethod, StockStatus
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.services.container import Services
from showroom_app.ui import messages
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_finance import FinancePanel
from showroom_app.ui.cockpit.stage_finance_cards import ApplicationCard
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
    assert values["interest"].text() == "NT$0" and values["fee"].text() == "NT$6,000"
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
