"""The cockpit window (issue 5): stage bar, stage pages, closing — real widgets, GIVEN/WHEN/THEN."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from showroom_app.db.models import Opportunity
from showroom_app.domain.cockpit import ItemState, StageStatus
from showroom_app.domain.enums import OpportunityStatus, Stage
from showroom_app.services.container import Services
from showroom_app.ui.cockpit import CockpitDialog, open_cockpit, texts
from showroom_app.ui.cockpit.stage_page import STATES, ChecklistRow
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import PSEUDO_OPEN, Translations


def _open_opportunity(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
                .limit(1)
            ).one()
        )


@pytest.fixture
def ctx(demo_services: Services, translations: Translations) -> AppContext:
    user = demo_services.session.require_user()
    return AppContext(
        services=demo_services,
        translations=translations,
        user=user,
        dealership=demo_services.settings.dealership(),
    )


def _dispose(dialog: CockpitDialog) -> None:
    """Close and delete the window now, so no half-dead Qt object is collected later."""
    if dialog.close_dialog is not None:
        dialog.close_dialog.reject()
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def cockpit(qtbot, ctx: AppContext) -> Iterator[CockpitDialog]:
    dialog = CockpitDialog(ctx, _open_opportunity(ctx.services))
    dialog.show()
    yield dialog
    _dispose(dialog)


def _row(dialog: CockpitDialog, stage: Stage, index: int = 0) -> ChecklistRow:
    page = dialog.open_stage(stage)
    return list(page.rows.values())[index]


def _choose(row: ChecklistRow, state: ItemState) -> None:
    row.state_combo.setCurrentIndex(STATES.index(state))


def test_stage_bar_shows_every_enabled_stage_with_its_status(cockpit: CockpitDialog, ctx):
    # GIVEN a demo opportunity WHEN its cockpit opens
    view = ctx.services.cockpit.cockpit(cockpit.opportunity_id)
    enabled = [sd.stage for sd in view.definition.ordered_stages()]
    # THEN the bar has one button per enabled stage, in the process order
    assert list(cockpit.stage_buttons) == enabled
    bar = cockpit.stage_bar.layout()
    assert [bar.itemAt(i).widget() for i in range(bar.count())] == [
        cockpit.stage_buttons[s] for s in enabled
    ]
    # AND each button shows and names the derived status, with a look of its own
    for stage, button in cockpit.stage_buttons.items():
        status = view.stages[stage]
        assert texts.stage_status(status) in button.accessibleName()
        assert button.text().startswith(texts.STATUS_MARK[status])
        assert button.property("stage_status") == status.value
        assert button.objectName() == f"cockpit_stage_{stage.value}"
    assert len({texts.STATUS_STYLE[s] for s in StageStatus}) == len(StageStatus)
    # AND the suggested stage is the one opened
    assert cockpit.current_stage() is view.suggested_stage


def test_marking_an_item_done_saves_and_the_derived_status_follows(cockpit, ctx):
    # GIVEN the needs-analysis page
    service = ctx.services.cockpit
    row = _row(cockpit, Stage.NEEDS_ANALYSIS)
    code = row.item.code
    # WHEN an item is marked done
    _choose(row, ItemState.DONE)
    # THEN it is stored, and the bar shows the status the service derives
    view = service.cockpit(cockpit.opportunity_id)
    assert view.checklist[code].state is ItemState.DONE
    assert view.stages[Stage.NEEDS_ANALYSIS] is not StageStatus.NOT_STARTED
    for stage, button in cockpit.stage_buttons.items():
        assert button.property("stage_status") == view.stages[stage].value
    page = cockpit.pages[Stage.NEEDS_ANALYSIS]
    assert texts.stage_status(view.stages[Stage.NEEDS_ANALYSIS]) in page.status_label.text()
    # WHEN every item of the stage is done THEN the stage is done, in the bar too
    for r in page.rows.values():
        _choose(r, ItemState.DONE)
    view = service.cockpit(cockpit.opportunity_id)
    assert view.stages[Stage.NEEDS_ANALYSIS] is StageStatus.DONE
    assert cockpit.stage_buttons[Stage.NEEDS_ANALYSIS].property("stage_status") == "done"
    # AND back to pending is saved as well
    _choose(row, ItemState.PENDING)
    assert code not in service.cockpit(cockpit.opportunity_id).checklist or (
        service.cockpit(cockpit.opportunity_id).checklist[code].state is ItemState.PENDING
    )


def test_not_applicable_needs_a_reason(cockpit, ctx, qtbot):
    service = ctx.services.cockpit
    row = _row(cockpit, Stage.NEEDS_ANALYSIS, 1)
    code = row.item.code
    # WHEN "not applicable" is chosen THEN a reason field appears and nothing is saved yet
    _choose(row, ItemState.NOT_APPLICABLE)
    assert row.reason_edit.isVisible()
    assert code not in service.cockpit(cockpit.opportunity_id).checklist
    # WHEN it is saved without a reason THEN the translated message shows and nothing is saved
    row.reason_edit.setText("   ")
    row.reason_edit.editingFinished.emit()
    assert row.error.isVisible()
    assert row.error.text() == "Give a one-line reason why this does not apply."
    assert code not in service.cockpit(cockpit.opportunity_id).checklist
    # WHEN a reason is given (CJK via setText, never keyClicks) THEN it is saved
    row.reason_edit.setText("客戶只是幫朋友問")
    qtbot.keyClick(row.reason_edit, Qt.Key.Key_Return)
    record = service.cockpit(cockpit.opportunity_id).checklist[code]
    assert record.state is ItemState.NOT_APPLICABLE
    assert record.reason == "客戶只是幫朋友問"
    assert not row.error.isVisible()
    # AND a reason typed and left alone saves itself after a pause
    row.reason_edit.setText("改為電話溝通")
    row.reason_edit.textEdited.emit("改為電話溝通")
    qtbot.waitUntil(
        lambda: service.cockpit(cockpit.opportunity_id).checklist[code].reason == "改為電話溝通",
        timeout=3000,
    )


def test_a_later_stage_opens_first_and_the_whole_stage_can_be_not_applicable(cockpit, ctx):
    service = ctx.services.cockpit
    order = list(cockpit.stage_buttons)
    last = order[-1]
    # WHEN the last stage is clicked before anything else
    cockpit.stage_buttons[last].click()
    # THEN its page is shown (lighthouse, not reins)
    assert cockpit.current_stage() is last
    page = cockpit.pages[last]
    assert page.goal_label.text()
    # AND the next suggestion names the suggested stage
    suggested = service.cockpit(cockpit.opportunity_id).suggested_stage
    sd = cockpit.view.definition.stage(suggested)
    assert sd.name.en in page.next_label.text()
    # WHEN the test-drive stage is marked not applicable without a reason THEN it is refused
    page = cockpit.open_stage(Stage.TEST_DRIVE)
    page.stage_na_button.click()
    assert page.stage_reason_edit.isVisible()
    page.stage_save_button.click()
    assert page.stage_error.isVisible()
    assert Stage.TEST_DRIVE not in service.cockpit(cockpit.opportunity_id).stage_marks
    # WITH a reason it is saved, and the bar shows it
    page.stage_reason_edit.setText("客戶已試駕過同款車")
    page.stage_save_button.click()
    view = service.cockpit(cockpit.opportunity_id)
    assert view.stage_marks[Stage.TEST_DRIVE].reason == "客戶已試駕過同款車"
    assert view.stages[Stage.TEST_DRIVE] is StageStatus.NOT_APPLICABLE
    assert "Not applicable" in cockpit.stage_buttons[Stage.TEST_DRIVE].accessibleName()
    # AND the mark can be cleared
    page.stage_na_button.click()
    assert Stage.TEST_DRIVE not in service.cockpit(cockpit.opportunity_id).stage_marks


def test_keyboard_moves_between_stages(cockpit, qtbot):
    order = list(cockpit.stage_buttons)
    cockpit.open_stage(order[0])
    cockpit.activateWindow()
    qtbot.waitExposed(cockpit)
    qtbot.keyClick(cockpit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.current_stage() is order[1]
    qtbot.keyClick(cockpit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert cockpit.current_stage() is order[2]
    qtbot.keyClick(cockpit, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.current_stage() is order[1]
    cockpit.move_stage(-5)
    assert cockpit.current_stage() is order[0]


def test_close_as_lost_then_reopen(cockpit, ctx, qtbot):
    service = ctx.services.cockpit
    # GIVEN the close dialog, opened from a stage page
    cockpit.open_stage(Stage.PRESENTATION)
    cockpit.close_button.click()
    dialog = cockpit.close_dialog
    assert dialog is not None and dialog.isVisible()
    # WHEN "lost" is saved without a reason THEN the message is at the field, nothing saved
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("LOST"))
    dialog.save_button.click()
    assert dialog.errors["reason_code"].text() == "Choose the reason the sale was lost."
    assert service.cockpit(cockpit.opportunity_id).status is OpportunityStatus.OPEN
    # WHEN a reason and the competitor model are given THEN it is closed as lost
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("COMPETITOR_BRAND"))
    dialog.competitor_edit.setText("豐田 RAV4")
    dialog.note_edit.setText("價差太大")
    dialog.save_button.click()
    assert service.cockpit(cockpit.opportunity_id).status is OpportunityStatus.LOST
    assert not dialog.isVisible()
    assert "Lost deal" in cockpit.status_label.text()
    assert cockpit.reopen_button.isVisibleTo(cockpit)
    assert not cockpit.close_button.isVisibleTo(cockpit)
    with ctx.services.db.read() as s:
        opp = s.get(Opportunity, cockpit.opportunity_id)
        assert (opp.lost_reason, opp.lost_competitor, opp.lost_note) == (
            "COMPETITOR_BRAND",
            "豐田 RAV4",
            "價差太大",
        )
    # WHEN it is reopened THEN it is open again
    cockpit.reopen_button.click()
    assert service.cockpit(cockpit.opportunity_id).status is OpportunityStatus.OPEN
    assert cockpit.close_button.isVisibleTo(cockpit)


def test_postponed_needs_a_revisit_date_from_today(cockpit, ctx):
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    cockpit.close_button.click()
    dialog = cockpit.close_dialog
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("POSTPONED"))
    assert dialog.revisit_edit.isVisibleTo(dialog)
    assert not dialog.competitor_edit.isVisibleTo(dialog)
    dialog.revisit_edit.setDate(QDate(date.today() - timedelta(days=3)))
    dialog.save_button.click()
    assert dialog.errors["revisit"].isVisible()
    dialog.revisit_edit.setDate(QDate(date.today() + timedelta(days=20)))
    dialog.save_button.click()
    view = ctx.services.cockpit.cockpit(cockpit.opportunity_id)
    assert view.status is OpportunityStatus.POSTPONED
    assert view.next_follow_up == date.today() + timedelta(days=20)


def test_open_cockpit_raises_an_open_window(qtbot, ctx):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    oid = _open_opportunity(ctx.services)
    first = open_cockpit(parent, ctx, oid)
    assert first is not None and first.isVisible()
    assert open_cockpit(parent, ctx, oid) is first
    first.close()


def test_every_interactive_widget_is_named(cockpit):
    cockpit.open_stage(Stage.NEEDS_ANALYSIS)
    cockpit.close_button.click()
    for cls in (QAbstractButton, QComboBox, QLineEdit):
        for widget in cockpit.findChildren(cls):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (e.g. a spin box's line edit)
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_pseudo_localisation_reaches_every_visible_string(qtbot, ctx, i18n_cache, monkeypatch):
    # GIVEN the pseudo-translator
    monkeypatch.setenv("SHOWROOM_PSEUDO", "1")
    translations = Translations(i18n_cache)
    try:
        translations.apply("en")
        dialog = CockpitDialog(ctx, _open_opportunity(ctx.services))
        dialog.show()
        for stage in dialog.stage_buttons:
            dialog.open_stage(stage)
        row = next(r for p in dialog.pages.values() for r in p.rows.values())
        _choose(row, ItemState.NOT_APPLICABLE)
        dialog.close_button.click()
        # THEN every interface text (not the dealership's process data) is translated
        found: list[tuple[str, str]] = []
        for label in dialog.findChildren(QLabel):
            if label.text() and not label.objectName().endswith("_value"):
                if label.objectName().startswith("error_") and not label.isVisible():
                    continue
                found.append((label.objectName(), label.text()))
        for button in dialog.findChildren(QPushButton):
            if button.text():
                found.append((button.objectName(), button.text()))
        for button in dialog.stage_buttons.values():
            found.append((button.objectName(), button.text().split("\n")[1]))
        for combo in dialog.findChildren(QComboBox):
            found += [(combo.objectName(), combo.itemText(i)) for i in range(combo.count())]
        for edit in dialog.findChildren(QLineEdit):
            if edit.placeholderText():
                found.append((edit.objectName(), edit.placeholderText()))
        found.append(("title", dialog.windowTitle()))
        found.append(("close_title", dialog.close_dialog.windowTitle()))
        untranslated = [(name, text) for name, text in found if PSEUDO_OPEN not in text]
        assert len(found) > 40
        assert untranslated == []
        _dispose(dialog)
    finally:
        monkeypatch.delenv("SHOWROOM_PSEUDO")
        Translations(i18n_cache).apply("en")
