"""The audit-log page: list, filter, verify and export, driven like a manager would."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from showroom_app.domain.enums import Role
from showroom_app.domain.records import UserInfo
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.audit_view import UTF8_BOM
from showroom_app.services.container import Services
from showroom_app.ui import messages, tasks
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import PSEUDO_OPEN, PseudoTranslator, Translations
from showroom_app.ui.pages import audit as audit_page
from showroom_app.ui.pages.audit import AuditPage

COLUMNS = ("no", "time", "user", "action", "record", "field", "change", "details")


def _users(services: Services) -> tuple[UserInfo, UserInfo]:
    users = services.settings.users()
    manager = next(u for u in users if u.role in (Role.MANAGER, Role.ADMINISTRATOR))
    sales = next(u for u in users if u.role == Role.SALESPERSON)
    return manager, sales


@pytest.fixture
def logged(demo_services: Services) -> dict[str, int]:
    """A few days of log entries written by the demo's manager and a salesperson."""
    manager, sales = _users(demo_services)
    clock_now = [datetime(2026, 11, 23, 9, 0)]
    log = AuditLog(clock=lambda: clock_now[0])
    plan: list[tuple[str, UserInfo, str, str, int | None, dict[str, object]]] = [
        ("sign_in", sales, Action.SIGN_IN, "user", sales.id, {}),
        ("print_42", sales, Action.PRINT, "customer", 42, {"detail": {"document": "quotation"}}),
        ("update_42", sales, Action.UPDATE, "customer", 42,
         {"field": "budget", "old": "800000", "new": "=1+1"}),
        ("print_7", manager, Action.PRINT, "customer", 7, {"detail": {"document": "contract"}}),
        ("export", manager, Action.EXPORT, "customer", 42, {"detail": {"format": "json"}}),
        ("setting", manager, Action.UPDATE, "setting", None, {}),
    ]  # fmt: skip
    ids: dict[str, int] = {}
    for name, actor, action, entity, entity_id, kw in plan:
        clock_now[0] += timedelta(hours=7)
        with demo_services.db.write() as s:
            ids[name] = log.record(s, actor, action, entity, entity_id, **kw).id  # type: ignore[arg-type]
    return ids


@pytest.fixture
def make_page(qtbot, demo_services: Services, translations: Translations):
    def factory(user: UserInfo | None = None) -> AuditPage:
        manager, _sales = _users(demo_services)
        demo_services.session.sign_in(user or manager)
        ctx = AppContext(
            services=demo_services,
            translations=translations,
            user=user or manager,
            dealership=demo_services.settings.dealership(),
        )
        page = AuditPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 700)
        page.refresh()
        return page

    yield factory
    assert tasks.wait_for_all(10_000)


def _column(page: AuditPage, name: str) -> list[str]:
    model = page.model
    col = COLUMNS.index(name)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_page_lists_entries_newest_first(make_page, logged: dict[str, int]):
    page = make_page()
    assert page.model.total == len(logged)
    assert page.count_label.text() == f"{len(logged)} entries"
    assert _column(page, "action") == [
        "Changed",
        "Exported",
        "Printed",
        "Changed",
        "Printed",
        "Signed in",
    ]
    assert _column(page, "record")[:3] == ["Setting", "Customer #42", "Customer #7"]
    assert _column(page, "change")[3] == "800000 → =1+1"
    assert _column(page, "details")[2] == "document: contract"
    assert _column(page, "time")[-1].endswith("16:00:00")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["No.", "Time", "User", "Action", "Record", "Field", "Old → new", "Details"]
    assert _column(page, "no") == [str(i) for i in sorted(logged.values(), reverse=True)]


def test_filtering_by_action_narrows_the_table(make_page, logged: dict[str, int]):
    page = make_page()
    _choose(page.action_combo, "print")
    assert page.model.total == 2
    assert set(_column(page, "action")) == {"Printed"}
    # AND the record filter narrows it to one customer's prints
    _choose(page.entity_combo, "customer")
    page.entity_id_edit.setText("42")
    page.apply_filters()
    assert page.model.total == 1
    assert _column(page, "record") == ["Customer #42"]
    # AND back to all actions shows everything done to customer 42
    page.action_combo.setCurrentIndex(0)
    assert page.model.total == 3


def test_filtering_by_user_dates_and_text(qtbot, make_page, logged: dict[str, int]):
    page = make_page()
    _manager, sales = _users(page.ctx.services)
    _choose(page.user_combo, sales.id)
    assert page.model.total == 3
    page.user_combo.setCurrentIndex(0)
    # the dates: only 24 November (entries at 09:00 + 7 h steps: 23rd 16:00, 23rd 23:00, ...)
    page.start_edit.setDate(QDate(2026, 11, 24))
    page.end_edit.setDate(QDate(2026, 11, 24))
    assert page.model.total == len(logged)  # the dates only count once ticked
    page.dates_check.setChecked(True)
    assert page.start_edit.isEnabled()
    assert page.model.total == 3
    page.dates_check.setChecked(False)
    # typed text filters after a short pause
    page.search_edit.setText("contract")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert _column(page, "details") == ["document: contract"]


def test_verify_shows_that_the_log_is_intact(qtbot, make_page, logged, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "information", lambda _p, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(messages, "critical", lambda *a: pytest.fail(f"unexpected {a}"))
    page = make_page()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [("Verify integrity", f"All {len(logged)} entries are intact.")]
    assert page.verify_button.isEnabled()


def test_verify_names_the_entry_that_was_removed(qtbot, make_page, logged, monkeypatch, demo_db):
    path = demo_db.file
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("DROP TRIGGER audit_log_no_delete")
        con.execute(f"DELETE FROM audit_log WHERE id = {logged['print_42']}")
    finally:
        con.close()
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(messages, "information", lambda *a: pytest.fail(f"unexpected {a}"))
    page = make_page()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith(f"Entry #{logged['print_42']} was changed or removed.")


def test_export_writes_the_filtered_entries_to_the_chosen_file(
    qtbot, make_page, logged, monkeypatch, tmp_path: Path
):
    target = tmp_path / "exports" / "audit"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(audit_page, "ask_save_path", choose)
    shown: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(messages, "critical", lambda *a: pytest.fail(f"unexpected {a}"))
    page = make_page()
    _choose(page.action_combo, "print")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)

    written = target.with_suffix(".csv")
    assert asked and asked[0].endswith(".csv")
    assert shown == [f"2 entries exported to {written}."]
    data = written.read_bytes()
    assert data.startswith(UTF8_BOM)
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert table[0][:5] == ["No.", "Time", "User ID", "User", "Action"]
    assert [row[4] for row in table[1:]] == ["Printed", "Printed"]
    # the export is in the log, and the page shows it at once
    page.action_combo.setCurrentIndex(0)
    assert _column(page, "record")[0] == "Audit log"
    assert _column(page, "action")[0] == "Exported"


def test_cancelling_the_file_dialog_exports_nothing(qtbot, make_page, logged, monkeypatch):
    monkeypatch.setattr(audit_page, "ask_save_path", lambda *a: "")
    page = make_page()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.task is None
    assert page.model.total == len(logged)


def test_a_salesperson_sees_no_entries(make_page, logged, demo_services: Services):
    _manager, sales = _users(demo_services)
    page = make_page(sales)
    assert page.model.total == 0
    assert not page.denied_label.isHidden()
    assert not page.verify_button.isEnabled() and not page.export_button.isEnabled()


def test_every_widget_is_named_and_every_text_translatable(qapp, make_page, logged):
    page = make_page()
    for kind in (QAbstractButton, QComboBox, QLineEdit, QDateEdit, QTableView):
        for widget in page.findChildren(kind):
            if widget.parent() is page:
                assert widget.objectName() and widget.accessibleName(), widget
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    qapp.processEvents()
    try:
        texts = [
            label.text()
            for label in page.findChildren(QLabel)
            if label.text() and label.objectName() != "audit_count_value"
        ]
        texts += [b.text() for b in page.findChildren(QAbstractButton) if b.text()]
        texts += [page.action_combo.itemText(i) for i in range(page.action_combo.count())]
        texts += [page.search_edit.placeholderText(), page.entity_id_edit.placeholderText()]
        texts += [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
        texts += page.csv_header()
        assert texts and all(PSEUDO_OPEN in t for t in texts), [
            t for t in texts if PSEUDO_OPEN not in t
        ]
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
