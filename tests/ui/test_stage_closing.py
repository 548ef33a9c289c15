"""Stage 6 of the cockpit, 簽約成交 (issue 6): the deal desk — picking the car, figures on
every keystroke, autosave and drafts, costs for managers only, the discount approval, the
deposit cap, the contract and the documents. Real widgets, GIVEN / WHEN / THEN.

ASCII is typed with ``keyClicks``; Chinese goes in with ``setText`` / table items
(STYLE.md: ``keyClicks`` with CJK aborts the interpreter).
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit
from sqlalchemy import func, select

from showroom_app.db.models import Approval, Deal, Opportunity, StockVehicle
from showroom_app.domain.enums import OpportunityStatus, Role, Stage, StockStatus
from showroom_app.services.container import Services
from showroom_app.ui import messages
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_closing import ClosingPanel
from showroom_app.ui.cockpit.stage_closing_print import DealDocumentPreview
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import Translations

D = Decimal


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def _seller(services: Services):
    return next(u for u in services.settings.users() if u.role is Role.SALESPERSON)


def _opportunity(services: Services, assigned_to: int) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(
                    Opportunity.status == OpportunityStatus.OPEN.value,
                    Opportunity.assigned_user_id == assigned_to,
                )
                .order_by(Opportunity.id)
            ).first()
        )


def _context(services: Services, translations: Translations, role: Role) -> AppContext:
    user = (
        _seller(services)
        if role is Role.SALESPERSON
        else next(u for u in services.settings.users() if u.role is Role.ADMINISTRATOR)
    )
    services.session.sign_in(user)
    return AppContext(
        services=services,
        translations=translations,
        user=user,
        dealership=services.settings.dealership(),
    )


class Desk:
    """A cockpit window on the closing page, for one person at the desk."""

    def __init__(self, qtbot, services, translations, role: Role, opportunity_id: int) -> None:
        self.ctx = _context(services, translations, role)
        self.dialog = CockpitDialog(self.ctx, opportunity_id)
        self.dialog.resize(1280, 900)
        self.dialog.show()
        page = self.dialog.open_stage(Stage.CLOSING)
        assert isinstance(page.panel, ClosingPanel)
        self.panel: ClosingPanel = page.panel
        self.closed = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.panel.preview is not None:
            self.panel.preview.close()
        self.dialog.close()
        self.dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def opened(qtbot, demo_services: Services, translations: Translations):
    desks: list[Desk] = []

    def open_desk(role: Role = Role.SALESPERSON, opportunity_id: int | None = None) -> Desk:
        opp = opportunity_id or _opportunity(demo_services, _seller(demo_services).id)
        desk = Desk(qtbot, demo_services, translations, role, opp)
        desks.append(desk)
        return desk

    yield open_desk
    for desk in desks:
        desk.close()


def _free_unit_row(panel: ClosingPanel) -> int:
    table = panel.vehicle.unit_table
    with panel.ctx.services.db.read() as s:
        free = {
            int(i)
            for i in s.scalars(
                select(StockVehicle.id).where(StockVehicle.status == StockStatus.IN_STOCK.value)
            )
        }
    for r in range(table.rowCount()):
        if int(table.item(r, 0).data(256)) in free:
            return r
    raise AssertionError("no free unit listed")


def _start(panel: ClosingPanel) -> int:
    """Reserve the first free unit in the list; returns its id."""
    table = panel.vehicle.unit_table
    row = _free_unit_row(panel)
    table.setCurrentCell(row, 0)
    unit = int(table.item(row, 0).data(256))
    panel.vehicle.reserve_button.click()
    return unit


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def _deals(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Deal)) or 0)


def _unit_status(services: Services, unit: int) -> str:
    with services.db.read() as s:
        row = s.get(StockVehicle, unit)
        assert row is not None
        return row.status


# -- the car --------------------------------------------------------------------------------------


def test_reserving_a_unit_starts_the_deal_once(opened, demo_services) -> None:
    desk = opened()
    panel = desk.panel
    # GIVEN no deal yet: the price fields wait for the car
    assert panel.deal is None and not panel.price.isEnabled()
    # WHEN a unit is reserved, then the button is clicked again
    unit = _start(panel)
    panel.vehicle.reserve_button.click()
    # THEN one deal exists, the unit is reserved and the MSRP is the trim's
    assert _deals(demo_services) == 1
    assert _unit_status(demo_services, unit) == "reserved"
    assert panel.deal is not None and panel.price.isEnabled()
    assert panel.price.edits["msrp"].text().replace(",", "") == str(
        int(panel.deal.vehicle.trim_msrp)
    )
    assert "Reserved" in panel.vehicle.current.text()
    # WHEN another unit is reserved THEN the first goes back on sale
    row = _free_unit_row(panel)
    panel.vehicle.unit_table.setCurrentCell(row, 0)
    other = int(panel.vehicle.unit_table.item(row, 0).data(256))
    panel.vehicle.reserve_button.click()
    assert _unit_status(demo_services, unit) == "in_stock"
    assert _unit_status(demo_services, other) == "reserved"
    assert _deals(demo_services) == 1


# -- figures and saving ---------------------------------------------------------------------------


def test_totals_follow_every_keystroke_and_the_deal_saves_itself(opened, demo_services, qtbot):
    desk = opened(Role.ADMINISTRATOR)
    panel = desk.panel
    _start(panel)
    before = panel.totals.values["total"].text()
    msrp = D(panel.price.edits["msrp"].text().replace(",", ""))
    # WHEN a discount of 1 % is typed
    discount = (msrp / 100).quantize(D("1"))
    _type(qtbot, panel.price.edits["discount"], str(discount))
    # THEN the total and the transaction price change at once, before any save
    assert panel.totals.values["total"].text() != before
    assert panel.price.edits["price"].text().replace(",", "") == str(int(msrp - discount))
    assert panel.deal is not None and panel.deal.inputs.discount == 0
    # AND the deal is saved within the autosave delay
    qtbot.waitUntil(lambda: panel.deal is not None and panel.deal.inputs.discount == discount,
                    timeout=3000)  # fmt: skip
    with demo_services.db.read() as s:
        row = s.get(Deal, panel.deal.deal_id)
        assert row is not None and row.inputs["discount"] == str(discount)
    assert "saved" in panel.status_label.text()


def test_typing_the_transaction_price_sets_the_discount(opened, qtbot) -> None:
    panel = opened(Role.ADMINISTRATOR).panel
    _start(panel)
    msrp = D(panel.price.edits["msrp"].text().replace(",", ""))
    _type(qtbot, panel.price.edits["price"], str(int(msrp - 12345)))
    assert panel.price.edits["discount"].text() == "12,345"
    panel.flush()
    assert panel.deal is not None and panel.deal.inputs.discount == D("12345")


def test_invalid_input_is_kept_as_a_draft_and_restored(opened, demo_services, qtbot) -> None:
    desk = opened()
    panel = desk.panel
    _start(panel)
    saved = panel.deal.inputs if panel.deal else None
    # WHEN an amount that is no amount is typed and the page is left
    _type(qtbot, panel.trade_in.edits["allowance"], "12x")
    panel.flush()
    # THEN nothing wrong is saved, the field says why, and the text is in the drafts
    assert panel.deal is not None and panel.deal.inputs == saved
    assert panel.trade_in.errors["trade_in.allowance"].isVisible()
    assert demo_services.drafts.load(panel.draft_key) is not None
    opportunity = panel.opportunity_id
    desk.close()
    # WHEN the page opens again THEN the typed text is back, with the note
    again = opened(Role.SALESPERSON, opportunity).panel
    assert again.trade_in.edits["allowance"].text() == "12x"
    assert "restored" in again.status_label.text()
    # AND once corrected it is saved and the draft is gone
    _type(qtbot, again.trade_in.edits["allowance"], "100000")
    again.flush()
    assert again.deal is not None and again.deal.inputs.trade_in is not None
    assert again.deal.inputs.trade_in.allowance == D("100000")
    assert demo_services.drafts.load(again.draft_key) is None


def test_accessories_and_a_loan_update_the_figures(opened, qtbot) -> None:
    panel = opened(Role.ADMINISTRATOR).panel
    _start(panel)
    box = panel.lines["accessories"]
    box.add_button.click()
    box.table.item(0, 0).setText("行車紀錄器")
    box.table.item(0, 1).setText("8000")
    box.table.item(0, 2).setText("5000")
    assert panel.totals.values["accessories"].text() == "NT$8,000"
    grid = panel.finance
    grid.enabled[0].setChecked(True)
    msrp = D(panel.price.edits["msrp"].text().replace(",", ""))
    _type(qtbot, grid.inputs[0]["down_payment"], str(int(msrp - 100000)))
    _type(qtbot, grid.inputs[0]["months"], "36")
    _type(qtbot, grid.inputs[0]["rate"], "4")
    # DOMAIN.md §7.1: 100,000 at 4 % over 36 months → 2,952.40 (TWD shows whole dollars)
    assert grid.results[1]["monthly"].text() == "NT$2,952"
    assert grid.results[1]["apr"].text() == "4.00 %"
    grid.plan_buttons[1].setChecked(True)
    panel.flush()
    assert panel.deal is not None and panel.deal.inputs.selected_plan == 1
    assert panel.deal.inputs.accessories[0].cost == D("5000")


# -- costs and approval ----------------------------------------------------------------------------


def test_a_salesperson_sees_no_cost_and_no_gross_profit(opened) -> None:
    panel = opened(Role.SALESPERSON).panel
    _start(panel)
    assert panel.totals.gp_box.isHidden()
    assert panel.price.edits["dealer_cost"].isHidden()
    assert panel.lines["accessories"].table.isColumnHidden(2)
    assert panel.deal is not None and panel.deal.inputs.dealer_vehicle_cost is None


def test_a_manager_sees_gross_profit(opened) -> None:
    panel = opened(Role.ADMINISTRATOR).panel
    _start(panel)
    assert panel.totals.gp_box.isVisible()
    assert panel.price.edits["dealer_cost"].text()
    assert panel.totals.gp_values["deal"].text().startswith("NT$")


def test_a_big_discount_waits_for_the_manager(opened, demo_services, qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda _p, _t, text: shown.append(text))
    seller_desk = opened(Role.SALESPERSON)
    panel = seller_desk.panel
    _start(panel)
    msrp = D(panel.price.edits["msrp"].text().replace(",", ""))
    # WHEN an 8 % discount is typed THEN the desk says it will ask a manager
    _type(qtbot, panel.price.edits["discount"], str((msrp * D("0.08")).quantize(D("1"))))
    assert "approval will be requested" in panel.approval.state.text()
    panel.flush()
    # THEN once saved it waits; printing is refused with the reason
    assert "Waiting for a manager" in panel.approval.state.text()
    with demo_services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Approval)) == 1
    panel.print_buttons["quotation"].click()
    assert shown and "approval" in shown[-1]
    opportunity = panel.opportunity_id
    seller_desk.close()
    # WHEN the manager opens the deal THEN they can approve it there
    manager = opened(Role.ADMINISTRATOR, opportunity).panel
    assert manager.approval.approve_button.isVisible()
    manager.approval.approve_button.click()
    assert "Approved by" in manager.approval.state.text()


# -- deposit and contract --------------------------------------------------------------------------


def test_a_deposit_above_the_cap_needs_a_reason(opened, qtbot) -> None:
    panel = opened(Role.ADMINISTRATOR).panel
    _start(panel)
    msrp = D(panel.price.edits["msrp"].text().replace(",", ""))
    box = panel.deposit
    assert "訂金" in box.meaning.text()  # TW: 訂金 explained on screen
    _type(qtbot, box.edits["deposit_amount"], str((msrp * D("0.15")).quantize(D("1"))))
    assert box.warning.isVisible() and "10 %" in box.warning.text()
    assert box.errors["deposit.override_reason"].isVisible()
    panel.flush()
    assert panel.deal is not None and panel.deal.inputs.deposit is None  # not saved
    box.edits["deposit_reason"].setText("限量版特殊訂單")
    box.edits["deposit_reason"].textEdited.emit("")
    panel.flush()
    assert panel.deal.inputs.deposit is not None
    assert panel.deal.inputs.deposit.override_reason == "限量版特殊訂單"


def test_the_contract_is_made_after_the_review_period(opened, demo_services, qtbot) -> None:
    panel = opened(Role.ADMINISTRATOR).panel
    _start(panel)
    _type(qtbot, panel.deposit.edits["deposit_amount"], "30000")
    box = panel.contract_box
    _type(qtbot, box.edits["id_number"], "A123456789")
    signed = date.today()
    _type(qtbot, box.edits["sign_date"], signed.isoformat())
    # WHEN the buyer had the contract for two days only THEN it is refused at that field
    _type(qtbot, box.edits["review_given_date"], (signed - timedelta(days=2)).isoformat())
    box.create_button.click()
    assert box.errors["review_given_date"].isVisible()
    assert panel.contract is None
    # WHEN three days THEN the contract is made with its number; the desk is closed
    _type(qtbot, box.edits["review_given_date"], (signed - timedelta(days=3)).isoformat())
    box.create_button.click()
    assert panel.contract is not None and panel.contract.number.startswith("SC-")
    assert panel.contract.number in box.status.text()
    assert not panel.price.isEnabled()
    # AND the deposit receipt gets its own number
    box.receipt_button.click()
    assert box.receipt_label.text().startswith("Receipt RC-")


def test_printing_opens_a_preview_in_the_chosen_language(opened, qtbot) -> None:
    panel = opened(Role.ADMINISTRATOR).panel
    _start(panel)
    panel.print_buttons["quotation"].click()
    preview = panel.preview
    assert isinstance(preview, DealDocumentPreview)
    assert preview.pdf_bytes.startswith(b"%PDF") and preview.page_count >= 1
    first = preview.pdf_bytes
    preview.language_combo.setCurrentIndex(preview.language_combo.findData("en"))
    assert preview.pdf_bytes != first and not preview.bilingual_check.isEnabled()
    preview.language_combo.setCurrentIndex(preview.language_combo.findData("zh_TW"))
    preview.bilingual_check.setChecked(True)
    assert preview.pdf_bytes not in (first, b"")


def test_every_interactive_widget_is_named(opened) -> None:
    panel = opened(Role.ADMINISTRATOR).panel
    _start(panel)
    for cls in (QAbstractButton, QComboBox, QLineEdit):
        for widget in panel.findChildren(cls):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (a line edit's clear button, a spin box's edit)
            parent = widget.parent()
            assert widget.objectName(), (widget, parent.objectName() if parent else None)
            assert widget.accessibleName(), widget.objectName()
