"""Settings → "Sales process…" (issue 5, item 8): the dealership edits its own process.

Real widgets, GIVEN / WHEN / THEN. CJK text is typed with ``setText`` or an input-method
commit (``keyClicks`` with CJK text aborts the interpreter). Message boxes go through the
``ui.messages`` seam, monkeypatched here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cjk_input import type_cjk as _type_cjk
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTabWidget,
)
from sqlalchemy import func, select

from showroom_app.db.models import Customer, ProcessDefinitionRow
from showroom_app.domain.enums import IntentLevel, Role, Stage
from showroom_app.domain.errors import PermissionDenied
from showroom_app.domain.process import full_4s
from showroom_app.domain.process_presets import INTENSIVE_CADENCE
from showroom_app.services.container import Services
from showroom_app.ui import messages
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import PSEUDO_OPEN, Translations
from showroom_app.ui.main_window import MainWindow
from showroom_app.ui.pages.settings import SettingsPage
from showroom_app.ui.process_editor import ProcessEditorDialog

REQUIRED_TEXT = "Enter the text in all three languages."


# -- helpers ------------------------------------------------------------------------------------


def _stored_versions(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(ProcessDefinitionRow)) or 0)


def _new_opportunity(services: Services) -> int:
    with services.db.read() as s:
        customer_id = int(s.scalars(select(Customer.id).order_by(Customer.id).limit(1)).one())
    return services.cockpit.create_opportunity(customer_id, "WALK_IN")


def _salesperson(services: Services):
    return next(u for u in services.settings.users() if u.role is Role.SALESPERSON)


def _stage_row(editor: ProcessEditorDialog, stage: Stage) -> int:
    return next(i for i, sd in enumerate(editor.draft.stages) if sd.stage is stage)


def _keyboard_ready(editor: ProcessEditorDialog, qtbot) -> None:
    editor.activateWindow()
    qtbot.waitExposed(editor)


@pytest.fixture(autouse=True)
def popups(monkeypatch) -> list[str]:
    """No real message box ever blocks a test: each one is recorded here instead."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: shown.append(text) or False)
    monkeypatch.setattr(messages, "choose_item", lambda _p, title, *_a: shown.append(title) or -1)
    return shown


@pytest.fixture
def window(make_window, demo_services: Services) -> MainWindow:
    win: MainWindow = make_window(demo_services)
    win.show()
    return win


@pytest.fixture
def page(window: MainWindow) -> SettingsPage:
    return window.open_page("settings")


@pytest.fixture
def editor(page: SettingsPage) -> Iterator[ProcessEditorDialog]:
    """The editor as an administrator opens it: from Settings, with the button."""
    assert page.process_box.isVisible() and page.process_button.isVisible()
    page.process_button.click()
    dialog = page.process_editor
    assert dialog is not None and dialog.isVisible()
    yield dialog
    if page.process_editor is not None:
        dialog.done(0)


# -- the happy path -----------------------------------------------------------------------------


def test_admin_renames_adds_a_required_item_reorders_and_saves_a_new_version(
    page: SettingsPage,
    editor: ProcessEditorDialog,
    demo_services: Services,
    qtbot,
    translations,
    popups: list[str],
):
    cockpit = demo_services.cockpit
    # GIVEN an opportunity already in progress on version 1, and the editor showing version 1
    old_opp = _new_opportunity(demo_services)
    before = cockpit.current_process()
    assert before.version == 1 and cockpit.process_for(old_opp).version == 1
    stored = _stored_versions(demo_services)
    assert "Version 1" in editor.version_label.text()
    assert "version they started with" in editor.intro_label.text()
    assert "version 1" in page.process_label.text()

    # WHEN the needs-analysis stage is renamed (CJK via setText and an input-method commit)
    row = _stage_row(editor, Stage.NEEDS_ANALYSIS)
    editor.select_stage(row)
    names = editor.stage_fields.edits["name"]
    names["zh_TW"].setText("")
    _type_cjk(names["zh_TW"], "需求了解")
    names["zh_CN"].setText("需求了解")
    names["en"].setText("Getting to know the customer")
    # THEN the list shows the new name (in the interface language) and the change is pending
    assert editor.stage_list.item(row).text() == f"{row + 1}. Getting to know the customer"
    assert editor.dirty_label.text()

    # WHEN a checklist item is added, typed in three languages and made required
    items = editor.checklist
    count = len(items.entries)
    items.add_button.click()
    assert items.list.currentRow() == count
    fields = items.fields.edits["text"]
    assert fields["zh_TW"].hasFocus()
    fields["zh_TW"].setText("確認停車需求")
    fields["zh_CN"].setText("确认停车需求")
    fields["en"].setText("Ask about parking")
    items.required_check.click()
    assert items.list.item(count).text() == f"{count + 1}. [Required] Ask about parking"
    # AND Enter is pressed in the half-edited item: nothing is saved, the editor stays open
    _keyboard_ready(editor, qtbot)
    qtbot.keyClick(fields["en"], Qt.Key.Key_Return)
    assert editor.isVisible() and cockpit.current_process().version == 1
    assert popups == []  # and no button was pressed either
    # AND the item is moved up with the keyboard, and the stage moved down
    fields["en"].setFocus()
    qtbot.keyClick(fields["en"], Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert items.list.currentRow() == count - 1
    assert items.entries[count - 1].text.en == "Ask about parking"
    editor.stage_down_button.click()
    assert editor.stage_list.currentRow() == row + 1
    assert editor.draft.stages[row + 1].stage is Stage.NEEDS_ANALYSIS

    # WHEN it is saved
    editor.save_button.click()

    # THEN a new version is stored through the service, with every edit, and the editor closed
    assert not editor.isVisible() and page.process_editor is None
    assert _stored_versions(demo_services) == stored + 1
    saved = cockpit.current_process()
    assert saved.version == 2
    order = [s.stage for s in saved.ordered_stages(enabled_only=False)]
    assert order.index(Stage.NEEDS_ANALYSIS) == order.index(Stage.PRESENTATION) + 1
    needs = saved.stage(Stage.NEEDS_ANALYSIS)
    assert (needs.name.zh_tw, needs.name.zh_cn, needs.name.en) == (
        "需求了解",
        "需求了解",
        "Getting to know the customer",
    )
    added = needs.checklist[count - 1]
    assert added.text.zh_tw == "確認停車需求" and added.required
    assert added.code not in {i.code for sd in before.stages for i in sd.checklist}
    assert needs.checklist[count].code == before.stage(Stage.NEEDS_ANALYSIS).checklist[-1].code
    assert "version 2" in page.process_label.text()

    # AND the opportunity started before keeps version 1, and its cockpit still opens on it
    assert cockpit.process_for(old_opp).version == 1
    assert cockpit.process_for(old_opp).stage(Stage.NEEDS_ANALYSIS).name.zh_tw == "需求分析"
    ctx = AppContext(
        services=demo_services,
        translations=translations,
        user=demo_services.session.require_user(),
        dealership=demo_services.settings.dealership(),
    )
    dialog = CockpitDialog(ctx, old_opp)
    try:
        assert dialog.view.definition.version == 1
        assert list(dialog.stage_buttons) == [s.stage for s in before.ordered_stages()]
        page_needs = dialog.open_stage(Stage.NEEDS_ANALYSIS)
        assert len(page_needs.rows) == count
    finally:
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # AND a new opportunity follows version 2
    assert cockpit.process_for(_new_opportunity(demo_services)).version == 2


def test_stages_reorder_and_switch_off_from_the_keyboard(editor: ProcessEditorDialog, qtbot):
    # GIVEN the stage list has the focus
    _keyboard_ready(editor, qtbot)
    first, second = editor.draft.stages[0].stage, editor.draft.stages[1].stage
    editor.select_stage(0)
    editor.stage_list.setFocus()
    # WHEN Alt+Down is pressed THEN the stage moves down and stays selected
    qtbot.keyClick(editor.stage_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.stage for s in editor.draft.stages[:2]] == [second, first]
    assert editor.stage_list.currentRow() == 1
    # AND Alt+Up moves it back
    qtbot.keyClick(editor.stage_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.stage for s in editor.draft.stages[:2]] == [first, second]
    # WHEN the "used" box is unticked THEN the list's tick follows, and the other way round
    editor.enabled_check.click()
    assert not editor.draft.stages[0].enabled
    assert editor.stage_list.item(0).checkState() == Qt.CheckState.Unchecked
    editor.stage_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert editor.draft.stages[0].enabled and editor.enabled_check.isChecked()
    # AND Tab goes from the stage list through the stage's fields to the cadence and Save
    chain, widget = [], editor.stage_list
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is editor.stage_list:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
    expected = [
        editor.enabled_check,
        editor.stage_fields.edits["name"]["zh_TW"],
        editor.stage_fields.edits["goal"]["en"],
        editor.checklist.list,
        editor.checklist.required_check,
        editor.cadence_box.preset_combo,
        editor.save_button,
        editor.cancel_button,
    ]
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)


def test_the_cadence_preset_fills_the_days_and_is_saved(
    editor: ProcessEditorDialog, demo_services: Services
):
    box = editor.cadence_box
    assert box.preset_combo.currentData() == "light"
    assert not box.checks[IntentLevel.O].isChecked() and not box.spins[IntentLevel.O].isEnabled()
    # WHEN Intensive is chosen THEN every level gets its days
    box.preset_combo.setCurrentIndex(box.preset_combo.findData("intensive"))
    box.preset_combo.activated.emit(box.preset_combo.currentIndex())
    assert editor.draft.cadence == INTENSIVE_CADENCE
    assert box.spins[IntentLevel.H].value() == INTENSIVE_CADENCE[IntentLevel.H]
    # WHEN a day count is changed THEN the choice says "custom"
    box.spins[IntentLevel.H].setValue(3)
    assert box.preset_combo.currentData() == ""
    box.checks[IntentLevel.N].click()
    editor.save_button.click()
    saved = demo_services.cockpit.current_process().cadence
    assert saved[IntentLevel.H] == 3 and IntentLevel.N not in saved
    assert saved[IntentLevel.O] == INTENSIVE_CADENCE[IntentLevel.O]


# -- invalid edits ------------------------------------------------------------------------------


def test_invalid_edits_show_the_message_at_the_field_and_save_nothing(
    editor: ProcessEditorDialog, demo_services: Services
):
    stored = _stored_versions(demo_services)
    # WHEN a stage name is emptied in one language and Save pressed
    row = _stage_row(editor, Stage.RECEPTION)
    editor.select_stage(row)
    editor.stage_fields.edits["name"]["zh_CN"].setText("   ")
    editor.select_stage(0)  # the user has wandered off to another stage
    editor.save_button.click()
    # THEN that stage is shown again with the domain's message under its name
    assert editor.isVisible()
    assert editor.stage_list.currentRow() == row
    error = editor.findChild(QLabel, "error_process_stage_name")
    assert error.isVisible() and error.text() == REQUIRED_TEXT
    assert editor.general_error.isVisible()
    assert _stored_versions(demo_services) == stored
    assert demo_services.cockpit.current_process().version == 1

    # WHEN it is fixed but a new checklist item is left without text
    editor.stage_fields.edits["name"]["zh_CN"].setText("客户接待")
    editor.checklist.add_button.click()
    editor.checklist.fields.edits["text"]["en"].setText("Half typed")
    editor.checklist.select(0)
    editor.save_button.click()
    # THEN the item is selected and the message is under its text; the name is fine now
    assert not error.isVisible()
    assert editor.tabs.currentWidget() is editor.checklist
    assert editor.checklist.list.currentRow() == len(editor.checklist.entries) - 1
    item_error = editor.findChild(QLabel, "error_process_item_text_text")
    assert item_error.isVisible() and item_error.text() == REQUIRED_TEXT
    assert _stored_versions(demo_services) == stored

    # WHEN the item is removed and every stage switched off
    editor.checklist.remove_button.click()
    for i in range(editor.stage_list.count()):
        editor.stage_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    editor.save_button.click()
    # THEN the list says at least one stage must be used, and still nothing is saved
    stages_error = editor.findChild(QLabel, "error_process_stages")
    assert stages_error.isVisible() and stages_error.text() == "Turn on at least one stage."
    assert _stored_versions(demo_services) == stored

    # WHEN one stage is switched back on THEN it saves
    editor.stage_list.item(0).setCheckState(Qt.CheckState.Checked)
    editor.save_button.click()
    assert not editor.isVisible()
    assert _stored_versions(demo_services) == stored + 1


# -- permissions ----------------------------------------------------------------------------------


def test_a_salesperson_cannot_open_the_editor_and_the_service_refuses(
    window: MainWindow, demo_services: Services, popups: list[str]
):
    # GIVEN a salesperson at the desk
    seller = _salesperson(demo_services)
    demo_services.session.sign_in(seller)
    window.switch_to(seller)
    page: SettingsPage = window.open_page("settings")
    # THEN Settings offers no "Sales process…"
    assert not page.process_box.isVisible()
    # AND even when the slot is reached, no editor opens
    refused = popups
    page.on_process_button_clicked()
    assert page.process_editor is None and refused
    # AND the service refuses a new version whatever the interface does
    with pytest.raises(PermissionDenied):
        demo_services.cockpit.save_process(full_4s())
    # AND an editor built by hand cannot save either
    dialog = ProcessEditorDialog(window.ctx, window)
    stored = _stored_versions(demo_services)  # version 1 is stored on first use
    dialog.stage_fields.edits["name"]["en"].setText("Hello")
    dialog.save_button.click()
    assert len(refused) == 2 and "manager" in refused[-1]
    assert _stored_versions(demo_services) == stored
    dialog.done(0)


# -- presets and cancel -------------------------------------------------------------------------


def test_loading_a_preset_then_cancel_changes_nothing(
    editor: ProcessEditorDialog, page: SettingsPage, demo_services: Services, monkeypatch
):
    before = demo_services.cockpit.current_process()
    stored = _stored_versions(demo_services)
    assert before.preset == "small_dealer"
    offered: list[list[str]] = []
    asked: list[str] = []

    def choose(_parent, _title, _label, names: list[str]) -> int:
        offered.append(names)
        return names.index("Full 4S brand SOP")

    monkeypatch.setattr(messages, "choose_item", choose)
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: asked.append(text) or True)
    # WHEN "Start from preset…" loads the full 4S SOP
    editor.preset_button.click()
    # THEN the editor shows it (full checklists, Intensive cadence), not yet saved
    assert offered == [["Small independent dealer", "Full 4S brand SOP"]]
    assert editor.draft.preset == "full_4s"
    assert "Full 4S brand SOP" in editor.version_label.text()
    assert editor.cadence_box.preset_combo.currentData() == "intensive"
    first = full_4s().ordered_stages()[0]
    assert len(editor.checklist.entries) == len(first.checklist)
    assert editor.dirty_label.text()
    assert _stored_versions(demo_services) == stored
    # WHEN Cancel is pressed (and the discard confirmed)
    editor.cancel_button.click()
    # THEN nothing changed
    assert not editor.isVisible() and page.process_editor is None
    assert asked and "Discard" in asked[-1]
    assert _stored_versions(demo_services) == stored
    assert demo_services.cockpit.current_process() == before


def test_escape_with_unsaved_changes_asks_first(editor: ProcessEditorDialog, qtbot, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda *_a: False)
    editor.stage_fields.edits["goal"]["en"].setText("Changed")
    _keyboard_ready(editor, qtbot)
    qtbot.keyClick(editor.stage_list, Qt.Key.Key_Escape)
    assert editor.isVisible()  # "keep editing"
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    qtbot.keyClick(editor.stage_list, Qt.Key.Key_Escape)
    assert not editor.isVisible()


# -- names and translation ------------------------------------------------------------------------


def test_every_interactive_widget_is_named(editor: ProcessEditorDialog):
    for cls in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox, QTabWidget):
        for widget in editor.findChildren(cls):
            if widget.objectName().startswith("qt_") or widget.parent().objectName().startswith(
                "qt_"
            ):
                continue  # Qt's own parts (a spin box's line edit, a tab bar's scroll buttons)
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_pseudo_localisation_reaches_every_visible_string(
    qtbot, demo_services: Services, i18n_cache, monkeypatch
):
    monkeypatch.setenv("SHOWROOM_PSEUDO", "1")
    translations = Translations(i18n_cache)
    try:
        translations.apply("en")
        ctx = AppContext(
            services=demo_services,
            translations=translations,
            user=demo_services.session.require_user(),
            dealership=demo_services.settings.dealership(),
        )
        dialog = ProcessEditorDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.stage_fields.edits["name"]["en"].setText("Changed")  # shows "unsaved changes"
        found: list[tuple[str, str]] = []
        for label in dialog.findChildren(QLabel):
            name = label.objectName()
            if label.text() and not name.endswith("_value") and not name.startswith("error_"):
                found.append((name, label.text()))
        for button in dialog.findChildren(QAbstractButton):
            if button.text() and not button.objectName().startswith("qt_"):
                found.append((button.objectName(), button.text()))
        for box in dialog.findChildren(QGroupBox):
            found.append((box.objectName(), box.title()))
        tabs = dialog.tabs
        found += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
        for combo in dialog.findChildren(QComboBox):
            found += [(combo.objectName(), combo.itemText(i)) for i in range(combo.count())]
        for spin in dialog.findChildren(QSpinBox):
            found += [(spin.objectName(), spin.prefix()), (spin.objectName(), spin.suffix())]
        found.append(("title", dialog.windowTitle()))
        untranslated = [(n, t) for n, t in found if PSEUDO_OPEN not in t]
        assert len(found) > 30
        assert untranslated == []
        dialog.done(0)
    finally:
        monkeypatch.delenv("SHOWROOM_PSEUDO")
        Translations(i18n_cache).apply("en")
