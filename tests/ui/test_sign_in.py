"""Sign-in, quick user switch, idle lock and user administration, driven through widgets.

Text is typed with ``setText`` (``keyClicks`` with CJK text aborts the interpreter), and
the idle timer is fired by calling its slot: nobody waits minutes in a test.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from showroom_app.db.models import AuditEntry
from showroom_app.domain.enums import Role
from showroom_app.domain.permissions import FREE_ATTEMPTS
from showroom_app.services.container import Services
from showroom_app.ui import messages
from showroom_app.ui.first_run import FirstRunDialog
from showroom_app.ui.main_window import MainWindow
from showroom_app.ui.pages.settings import SettingsPage
from showroom_app.ui.sign_in import LAST_USER_KEY, PinDialog, SignInDialog, SignInPanel


@pytest.fixture
def desk(demo_services: Services) -> Services:
    """The demo database with its PINs (0000) and its administrator signed in."""
    demo_services.auth.set_demo_pins()
    demo_services.auth.sign_in(demo_services.settings.default_user().id, "0000")
    return demo_services


def _salesperson(services: Services):
    return next(u for u in services.auth.users_for_sign_in() if u.role is Role.SALESPERSON)


def _headers(model) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def _actions(services: Services) -> list[tuple[str, int | None]]:
    with services.db.read() as s:
        return [(e.action, e.user_id) for e in s.scalars(select(AuditEntry))]


def _type_pin(panel: SignInPanel, pin: str) -> None:
    panel.pin_edit.setText(pin)
    panel.sign_in_button.click()


def test_sign_in_dialog_refuses_a_wrong_pin_then_signs_in(
    qtbot, desk: Services, qsettings: QSettings, translations
):
    # GIVEN the start-up dialog, the last user remembered from the previous day
    seller = _salesperson(desk)
    desk.session.sign_out()
    qsettings.setValue(LAST_USER_KEY, seller.id)
    dialog = SignInDialog(desk.auth, qsettings, is_demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    # THEN that user is preselected and the demo hint tells the PIN
    assert panel.selected_user() == seller
    assert panel.demo_hint.isVisible() and "0000" in panel.demo_hint.text()
    # WHEN a wrong PIN is typed
    _type_pin(panel, "1111")
    # THEN the error sits next to the field and the dialog stays open
    error = dialog.findChild(QLabel, "error_sign_in_pin")
    assert error.isVisible() and error.text() == "Wrong PIN"
    assert dialog.isVisible() and dialog.user is None and desk.session.user is None
    # WHEN the right PIN is typed and Enter pressed
    panel.pin_edit.setText("0000")
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)
    # THEN the dialog is accepted, the user is signed in and remembered
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.user == seller == desk.session.user
    assert int(qsettings.value(LAST_USER_KEY)) == seller.id


def test_too_many_wrong_pins_show_a_countdown_that_reenables_sign_in(
    qtbot, desk: Services, translations
):
    # GIVEN the sign-in panel on a salesperson
    seller = _salesperson(desk)
    panel = SignInPanel(desk.auth, is_demo=True)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(seller.id)
    # WHEN wrong PINs are typed until a wait starts
    for _ in range(FREE_ATTEMPTS):
        _type_pin(panel, "9999")
    # THEN the wait is shown and the button is disabled while it runs
    assert "wait" in panel.error.text() and "seconds" in panel.error.text()
    assert not panel.sign_in_button.isEnabled()
    assert panel.countdown.isActive()
    # WHEN the countdown ticks down (its slot called, not waited for)
    for _ in range(panel._seconds_left):
        panel.on_countdown_timeout()
    # THEN the button works again and the message is gone
    assert panel.sign_in_button.isEnabled()
    assert not panel.countdown.isActive()
    assert panel.error.isHidden()


def test_quick_switch_changes_the_user_and_rebuilds_role_dependent_pages(
    make_window, desk: Services
):
    # GIVEN the administrator on the Inventory page: the stock list shows dealer cost
    window: MainWindow = make_window(desk)
    window.show()
    window.open_page("inventory")
    before = window.pages["inventory"]
    assert "Dealer cost" in _headers(before.stock_model)
    # WHEN File → Switch user… is chosen and a salesperson signs in with their PIN
    seller = _salesperson(desk)
    window.act_switch_user.trigger()
    overlay = window.lock_overlay
    assert overlay is not None and overlay.isVisible()
    overlay.panel.select_user(seller.id)
    _type_pin(overlay.panel, "0000")
    # THEN the desk belongs to the salesperson: context, session and status bar
    assert not overlay.isVisible()
    assert window.ctx.user == seller == desk.session.user
    assert seller.name in window.findChild(QLabel, "status_user").text()
    # AND the Inventory page was rebuilt for the new role: no cost column any more
    after = window.pages["inventory"]
    assert after is not before
    assert window.stack.currentWidget() is after
    assert "Dealer cost" not in _headers(after.stock_model)
    assert ("sign_in", seller.id) in _actions(desk)


def test_idle_lock_covers_the_window_and_keeps_work_in_progress(make_window, desk: Services):
    # GIVEN a 5-minute idle lock and a dealership name half typed in Settings
    desk.app_settings.save_policy(replace(desk.app_settings.policy(), idle_lock_minutes=5))
    window: MainWindow = make_window(desk)
    window.show()
    assert window.idle_timer.isActive() and window.idle_timer.interval() == 5 * 60_000
    page = window.open_page("settings")
    name = page.findChild(QLineEdit, "dealership_name")
    name.setText("宏達汽車 大安展示中心（新）")
    # WHEN the idle time runs out
    window.on_idle_timer_timeout()
    # THEN the overlay covers the pages; navigation, menus and shortcuts are off
    overlay = window.lock_overlay
    assert overlay is not None and overlay.isVisible()
    assert overlay.geometry() == window.centralWidget().rect()
    assert not window.nav.isEnabled() and not window.stack.isEnabled()
    assert not window.menuBar().isEnabled()
    assert not any(a.isEnabled() for a in window.go_actions)
    assert ("lock", desk.session.user.id) in _actions(desk)
    # WHEN a wrong PIN is typed, THEN it stays locked
    _type_pin(overlay.panel, "1234")
    assert overlay.isVisible()
    # WHEN the same user unlocks
    assert overlay.panel.selected_user() == window.ctx.user
    _type_pin(overlay.panel, "0000")
    # THEN everything is as it was: same page object, the typed text still there
    assert not overlay.isVisible()
    assert window.pages["settings"] is page
    assert name.text() == "宏達汽車 大安展示中心（新）"
    assert window.nav.isEnabled() and window.menuBar().isEnabled()
    assert all(a.isEnabled() for a in window.go_actions if a.isVisible())
    assert window.idle_timer.isActive()


def test_idle_lock_set_to_never_does_not_run(make_window, desk: Services):
    desk.app_settings.save_policy(replace(desk.app_settings.policy(), idle_lock_minutes=0))
    window: MainWindow = make_window(desk)
    assert not window.idle_timer.isActive()


def test_first_run_rejects_mismatched_pins_and_saves_nothing(
    qtbot, services: Services, translations
):
    # GIVEN the first-run dialog filled in correctly except for the PIN confirmation
    dialog = FirstRunDialog(services.settings, services.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = {
        "dealership_name": "宏達汽車 大安展示中心",
        "dealership_phone": "02-2700-1234",
        "dealership_tax_id": "04595257",
        "first_user_name": "陳志明",
        "first_user_pin": "2468",
        "first_user_pin_confirm": "2469",
    }
    for name, text in fields.items():
        dialog.findChild(QLineEdit, name).setText(text)
    # WHEN confirmed
    dialog.buttons.accepted.emit()
    # THEN the problem is shown next to the confirmation field ...
    error = dialog.findChild(QLabel, "error_pin_confirm")
    assert error.isVisible() and error.text()
    assert dialog.findChild(QLabel, "error_name").isHidden()
    # ... and nothing at all was saved
    assert services.settings.needs_first_run()
    assert services.settings.users() == []
    assert dialog.isVisible() and dialog.user is None


def test_pin_dialog_confirms_only_the_right_pin(qtbot, desk: Services, translations):
    # GIVEN the PIN asked again before a sensitive action
    desk.session.authenticated_at = None
    dialog = PinDialog(desk.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    # WHEN a wrong PIN is entered THEN the dialog stays, with the error next to the field
    dialog.pin_edit.setText("1234")
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisible() and desk.session.authenticated_at is None
    # WHEN the right one is entered THEN it is accepted and the PIN time refreshed
    dialog.pin_edit.setText("0000")
    dialog.buttons.accepted.emit()
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert desk.session.authenticated_at is not None


def test_administrator_adds_resets_and_deactivates_users(make_window, desk: Services, monkeypatch):
    # GIVEN the administrator on Settings: the Users and Desk groups are there
    window: MainWindow = make_window(desk)
    window.show()
    page: SettingsPage = window.open_page("settings")
    assert page.users_box.isVisible() and page.desk_box.isVisible()
    panel = page.users_panel
    count = panel.model.rowCount()
    assert count == len(desk.auth.accounts())
    # WHEN a user is added with PINs that differ
    dialog = panel.make_add_dialog()
    dialog.show()
    dialog.name_edit.setText("黃淑芬")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("manager"))
    dialog.pin_edit.setText("1357")
    dialog.confirm_edit.setText("1358")
    dialog.buttons.accepted.emit()
    # THEN the error sits under the confirmation, and nobody was added
    assert dialog.findChild(QLabel, "error_pin_confirm").isVisible()
    assert len(desk.auth.accounts()) == count
    # WHEN corrected
    dialog.confirm_edit.setText("1357")
    dialog.buttons.accepted.emit()
    # THEN the manager exists and can sign in with that PIN
    assert dialog.result() == dialog.DialogCode.Accepted
    panel.refresh()
    new = next(a for a in desk.auth.accounts() if a.name == "黃淑芬")
    assert new.role is Role.MANAGER and panel.model.rowCount() == count + 1
    # WHEN the new manager forgot the PIN and it is reset
    reset = panel.make_reset_dialog(new)
    reset.show()
    assert new.name in reset.intro.text()
    reset.pin_edit.setText("8642")
    reset.confirm_edit.setText("8642")
    reset.buttons.accepted.emit()
    # THEN only the new PIN works
    assert reset.result() == reset.DialogCode.Accepted
    assert desk.auth.sign_in(new.id, "8642").id == new.id
    desk.auth.sign_in(window.ctx.user.id, "0000")
    # WHEN the administrator tries to deactivate themselves
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    me = next(
        i for i in range(panel.model.rowCount()) if panel.model.row_at(i).id == window.ctx.user.id
    )
    panel.view.selectRow(me)
    panel.deactivate_button.click()
    # THEN it is refused, with the reason shown
    assert panel.error.isVisible() and panel.error.text()
    # WHEN the new manager is deactivated
    row = next(i for i in range(panel.model.rowCount()) if panel.model.row_at(i).id == new.id)
    panel.view.selectRow(row)
    panel.deactivate_button.click()
    # THEN they are no longer offered at sign-in, and the list says so
    assert new.id not in [u.id for u in desk.auth.users_for_sign_in()]
    assert panel.selected() is not None and not panel.selected().active
    assert panel.reactivate_button.isEnabled()


def test_salesperson_sees_neither_users_nor_desk_rules(make_window, desk: Services):
    # GIVEN a salesperson at the desk
    seller = _salesperson(desk)
    window: MainWindow = make_window(desk)
    window.switch_to(desk.auth.sign_in(seller.id, "0000"))
    # WHEN Settings is opened
    page: SettingsPage = window.open_page("settings")
    window.show()
    # THEN only their own things are there (the services refuse the rest anyway)
    assert not page.users_box.isVisible()
    assert not page.desk_box.isVisible()
    assert page.findChild(QPushButton, "settings_change_pin").isVisible()


def test_manager_saves_desk_rules_and_the_idle_lock_follows(make_window, desk: Services):
    window: MainWindow = make_window(desk)
    window.show()
    page: SettingsPage = window.open_page("settings")
    page.policy_spins["idle_lock_minutes"].setValue(15)
    page.all_visible_check.setChecked(True)
    page.policy_save_button.click()
    policy = desk.app_settings.policy()
    assert policy.idle_lock_minutes == 15 and policy.all_customers_visible
    assert window.idle_timer.interval() == 15 * 60_000
    assert page.policy_saved_label.text() == "Saved."


@pytest.mark.parametrize("bench", [False, True])
def test_start_up_asks_who_is_at_the_desk_and_quitting_exits(
    qapp, tmp_path, monkeypatch, bench: bool
):
    from showroom_app.db.engine import sqlite_url
    from showroom_app.domain.records import DealershipForm
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database
    from showroom_app.ui import app as gui

    # GIVEN a real (not demo) dealership whose administrator has a PIN
    path = tmp_path / "shop.sqlite3"
    db = open_database(sqlite_url(path))
    svc = build_services(db)
    form = DealershipForm("宏達汽車", "", "02 2700 1234", "04595257", "TW", "zh_TW")
    user = svc.settings.complete_first_run(form, "林經理")
    svc.auth.set_first_pin(user.id, "2468")
    db.dispose()
    # (the benchmark hook must never skip the PIN on a real dealership's database)
    if bench:
        monkeypatch.setenv(gui.ENV_BENCH, "1")
    asked = []

    def quit_dialog(dialog: SignInDialog):
        asked.append(dialog.panel.selected_user())
        return SignInDialog.DialogCode.Rejected

    monkeypatch.setattr(SignInDialog, "exec", quit_dialog)
    # WHEN the application starts and the user quits the sign-in dialog
    code = gui.run_gui(gui.GuiOptions(db=str(path)))
    # THEN they were asked who they are, and the application ended normally
    assert asked == [user]
    assert code == 0


def test_audit_log_is_offered_to_managers_only_and_follows_a_switch(make_window, desk: Services):
    # GIVEN the administrator: the audit log is in the navigation and on Ctrl+8
    window: MainWindow = make_window(desk)
    row = next(i for i in range(window.nav.count()) if window.nav.item(i).data(256) == "audit")
    go_audit = next(a for a in window.go_actions if a.objectName() == "go_audit")
    assert not window.nav.item(row).isHidden()
    assert go_audit.isEnabled() and go_audit.shortcut().toString() == "Ctrl+8"
    assert window.open_page("audit").key == "audit"
    # WHEN a salesperson takes the desk
    window.switch_to(desk.auth.sign_in(_salesperson(desk).id, "0000"))
    # THEN the audit log is neither listed nor reachable, and the window fell back to Today
    assert window.nav.item(row).isHidden()
    assert not go_audit.isEnabled() and not go_audit.isVisible()
    assert window.stack.currentWidget().key == "today"
    assert window.open_page("audit").key == "today"
    # WHEN the administrator comes back THEN it is offered again
    window.switch_to(desk.auth.sign_in(desk.settings.default_user().id, "0000"))
    assert not window.nav.item(row).isHidden() and go_audit.isEnabled()


def test_a_user_without_pin_chooses_one_at_sign_in(qtbot, demo_services: Services, translations):
    # GIVEN a database from before sign-in existed: its users have no PIN
    user = demo_services.settings.default_user()
    panel = SignInPanel(demo_services.auth)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(user.id)
    # THEN the panel asks for a new PIN twice
    assert panel.confirm_edit.isVisible() and panel.new_pin_hint.isVisible()
    # WHEN the two differ, THEN nothing is stored and the error says so
    panel.confirm_edit.setText("5791")
    _type_pin(panel, "5790")
    assert panel.error.isVisible() and not demo_services.auth.has_pin(user.id)
    # WHEN they match, THEN the PIN is set and the user is signed in
    with qtbot.waitSignal(panel.signed_in) as signal:
        panel.confirm_edit.setText("5791")
        _type_pin(panel, "5791")
    assert signal.args == [user]
    assert demo_services.auth.has_pin(user.id) and demo_services.session.user == user


def _interface_texts(widget) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    found = [
        (w.objectName(), w.text())
        for w in widget.findChildren(QLabel)
        if w.text() and not w.objectName().startswith(("error_", "status_"))
    ]
    found += [(b.objectName(), b.text()) for b in widget.findChildren(QAbstractButton) if b.text()]
    found += [(g.objectName(), g.title()) for g in widget.findChildren(QGroupBox)]
    found += [(e.objectName(), e.placeholderText()) for e in widget.findChildren(QLineEdit)]
    found.append(("title", widget.windowTitle()))
    return [(name, text) for name, text in found if text]


def test_pseudo_localisation_reaches_the_sign_in_screens(
    make_window, desk: Services, qsettings, i18n_cache, monkeypatch
):
    from showroom_app.ui.i18n import PSEUDO_OPEN, Translations
    from showroom_app.ui.pages.users import AddUserDialog, ChangePinDialog, ResetPinDialog

    # GIVEN the pseudo-translator, and every sign-in and user screen
    monkeypatch.setenv("SHOWROOM_PSEUDO", "1")
    Translations(i18n_cache).apply("en")
    try:
        window: MainWindow = make_window(desk)
        window.lock()
        account = desk.auth.accounts()[1]
        screens = [
            window.lock_overlay,
            SignInDialog(desk.auth, qsettings, is_demo=True),
            PinDialog(desk.auth),
            AddUserDialog(desk.auth),
            ResetPinDialog(desk.auth, account),
            ChangePinDialog(desk.auth),
            FirstRunDialog(desk.settings, desk.auth),
        ]
        texts = [t for screen in screens for t in _interface_texts(screen)]
        texts = [(n, t) for n, t in texts if t != window.windowTitle()]  # (the overlay's)
        # THEN every interface text on them went through translation
        assert len(texts) > 40
        untranslated = [(n, t) for n, t in texts if PSEUDO_OPEN not in t]
        assert untranslated == []
        for screen in screens[1:]:
            screen.deleteLater()
    finally:
        monkeypatch.delenv("SHOWROOM_PSEUDO")
        Translations(i18n_cache).apply("en")
