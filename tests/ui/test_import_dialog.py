"""The import dialog and the export helper, driven through their widgets."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget

from showroom_app.services import importexport
from showroom_app.ui import import_dialog, messages, sign_in, tasks
from showroom_app.ui.import_dialog import ImportDialog, export_customers_dialog


@pytest.fixture(autouse=True)
def no_leftover_tasks(qapp):
    yield
    assert tasks.wait_for_all(10_000)
    assert tasks.running_count() == 0


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["客戶姓名", "手機", "備註", "來源"], *rows])
    return path


def _wait(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20_000)


def test_check_shows_the_rejected_row_then_the_fixed_file_imports(
    qtbot, demo_services, translations, tmp_path, monkeypatch
):
    # GIVEN a file whose third row has an impossible phone number
    source = _csv(
        tmp_path / "customers.csv",
        [["陳一", "0955 700 001", "VIP", "展場"], ["陳二", "12345", "", ""]],
    )
    monkeypatch.setattr(messages, "open_file_name", lambda *a: str(source))
    dialog = ImportDialog(demo_services)
    qtbot.addWidget(dialog)
    before = demo_services.customers.count()
    # WHEN the file is chosen
    dialog.findChild(QPushButton, "import_choose").click()
    _wait(qtbot, dialog)
    # THEN the mapping is prefilled from the column names, with examples shown
    combos = [dialog.findChild(QComboBox, f"import_field_{i}") for i in range(4)]
    assert [c.currentData() for c in combos] == ["name", "phones", "notes", ""]
    mapping = dialog.findChild(QTableWidget, "import_mapping")
    assert mapping.item(0, 1).text() == "陳一 · 陳二"
    # WHEN the user maps the unknown column by hand and checks
    combos[3].setCurrentIndex(combos[3].findData("messaging_id"))
    dialog.findChild(QPushButton, "import_check").click()
    _wait(qtbot, dialog)
    # THEN the rejected row is listed with its column and the reason
    problems = dialog.findChild(QTableWidget, "import_problems")
    assert problems.rowCount() == 1
    assert [problems.item(0, c).text() for c in range(2)] == ["3", "手機"]
    assert problems.item(0, 2).text().startswith("Enter a valid phone number, e.g. 0912")
    assert "1 row cannot be imported" in dialog.findChild(QLabel, "import_summary").text()
    # WHEN the user corrects the file, loads it again and imports
    _csv(source, [["陳一", "0955 700 001", "VIP", "展場"], ["陳二", "0955 700 002", "", ""]])
    dialog.findChild(QPushButton, "import_reload").click()
    _wait(qtbot, dialog)
    assert dialog.findChild(QComboBox, "import_field_3").currentData() == "messaging_id"
    dialog.findChild(QPushButton, "import_start").click()
    _wait(qtbot, dialog)
    # THEN both customers are there and the summary says so
    assert demo_services.customers.count() == before + 2
    found = demo_services.customers.search("0955700")
    assert [r.name for r in found] == ["陳二", "陳一"]
    assert demo_services.customers.get(found[1].customer_id).messaging_id == "展場"
    # and the mapping is proposed again for the next file with these columns
    assert demo_services.importexport.mapping_for(dialog.table.headers)[3] == "messaging_id"
    summary = dialog.findChild(QLabel, "import_summary").text()
    assert summary == "Imported: 2 new customers, 0 rows merged, 0 rows skipped."
    assert not dialog.findChild(QPushButton, "import_start").isEnabled()  # not twice


def test_cancel_rolls_the_import_back(qtbot, demo_services, translations, tmp_path, monkeypatch):
    rows = [[f"客戶{i}", f"0955 8{i:05d}", "", ""] for i in range(4000)]
    source = _csv(tmp_path / "big.csv", rows)
    dialog = ImportDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.load(source)
    _wait(qtbot, dialog)
    before = demo_services.customers.count()
    dialog.findChild(QPushButton, "import_start").click()
    dialog.task.cancel()  # what the progress dialog's Cancel button does
    _wait(qtbot, dialog)
    assert dialog.findChild(QLabel, "import_summary").text() == (
        "The import was cancelled; nothing was saved."
    )
    assert demo_services.customers.count() == before


def test_a_refused_file_shows_the_reason(qtbot, demo_services, translations, tmp_path):
    source = tmp_path / "x.csv"
    source.write_bytes("姓名,電話\n陳,0955600001\n".encode("utf-16-le"))
    dialog = ImportDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.load(source)
    _wait(qtbot, dialog)
    assert "not UTF-8, Big5 or GB18030" in dialog.findChild(QLabel, "import_summary").text()
    assert not dialog.findChild(QPushButton, "import_start").isEnabled()


def test_export_asks_for_the_pin_again_then_saves_the_list(
    qtbot, demo_services, translations, tmp_path, monkeypatch
):
    # GIVEN a PIN entered an hour ago
    demo_services.session.authenticated_at = datetime.now() - timedelta(hours=1)
    asked: list[bool] = []

    def ask_pin(parent, auth):
        asked.append(True)
        demo_services.session.confirm_pin()
        return True

    monkeypatch.setattr(sign_in, "ask_pin", ask_pin)
    target = tmp_path / "list.xlsx"
    monkeypatch.setattr(messages, "save_file_name", lambda *a: str(target.with_suffix("")))
    shown: list[str] = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text: shown.append(text))
    # WHEN the list filtered by "陳" is exported
    task = export_customers_dialog(None, demo_services, "陳")
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    # THEN the PIN was asked for and the workbook holds the filtered list
    assert asked == [True]
    expected = demo_services.customers.count("陳")
    assert shown == [f"{expected} customers saved to {target}."]
    from openpyxl import load_workbook

    rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == expected + 1 and rows[0][0] == "Name"


def test_every_service_message_is_listed_for_the_translators():
    assert import_dialog.SERVICE_MESSAGES == importexport.SERVICE_MESSAGES
