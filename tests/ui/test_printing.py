"""Preview, print and save PDFs: the real widgets and a real QPrinter writing a PDF file."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from sample_archive import add_rich_customer
from sqlalchemy import select

from showroom_app.db.models import AuditEntry
from showroom_app.services.container import Services
from showroom_app.ui import messages, printing, sign_in
from showroom_app.ui.printing import (
    PdfPreviewDialog,
    ProfileSheetPreview,
    print_pdf,
    save_pdf,
    show_profile_sheet,
)
from showroom_app.ui.tasks import TaskCancelled


def pdf_printer(path: Path, dpi: int = 100) -> QPrinter:
    """A printer that writes a PDF file (a low resolution keeps the test quick)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def customer(demo_services: Services) -> int:
    return add_rich_customer(demo_services, records=40)


@pytest.fixture
def sheet(demo_services: Services, customer: int) -> bytes:
    return demo_services.documents.profile_sheet(customer)


def test_preview_shows_every_page(qtbot, translations, sheet: bytes):
    # GIVEN a sheet of several pages
    expected = page_count(sheet)
    assert expected >= 2
    # WHEN it is previewed
    dialog = PdfPreviewDialog(sheet, "Profile")
    qtbot.addWidget(dialog)
    dialog.show()
    # THEN the viewer holds all of its pages, fitted to the width
    assert dialog.page_count == expected
    assert dialog.view.document() is dialog.document
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert dialog.pages_label.text() == f"{expected} pages"
    for name in ("pdf_preview_print", "pdf_preview_save", "pdf_preview_close"):
        button = dialog.findChild(QPushButton, name)
        assert button is not None and button.accessibleName() == name and button.text()


def test_print_pdf_paints_every_page_into_the_printer(qtbot, tmp_path: Path, sheet: bytes):
    out = tmp_path / "printed.pdf"
    assert print_pdf(sheet, pdf_printer(out)) == page_count(sheet)
    printed = out.read_bytes()
    # a printable PDF with the same number of pages, each one an image of the page
    assert printed.startswith(b"%PDF")
    assert page_count(printed) == page_count(sheet)
    box = PdfReader(io.BytesIO(printed)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_print_pdf_honours_the_page_range(qtbot, tmp_path: Path, sheet: bytes):
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    ranges = QPageRanges()
    ranges.addPage(2)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(ranges)
    assert print_pdf(sheet, printer) == 1
    assert page_count(out.read_bytes()) == 1


def test_print_button_prints_on_the_chosen_printer(
    qtbot, translations, monkeypatch, tmp_path: Path, sheet: bytes
):
    out = tmp_path / "button.pdf"
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: pdf_printer(out))
    dialog = PdfPreviewDialog(sheet, "Profile")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    # printing runs in the background; the button is back once it is done
    assert dialog.print_task is not None
    qtbot.waitUntil(lambda: dialog.print_task.done, timeout=30_000)
    assert dialog.print_button.isEnabled()
    assert page_count(out.read_bytes()) == page_count(sheet)


def test_a_printer_that_cannot_start_is_reported(
    qtbot, translations, monkeypatch, tmp_path: Path, sheet: bytes
):
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append(title))
    unwritable = tmp_path / "no-such-folder" / "x.pdf"
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: pdf_printer(unwritable))
    dialog = PdfPreviewDialog(sheet, "Profile")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.print_task.done, timeout=30_000)
    assert shown == ["Not printed"]
    assert dialog.print_button.isEnabled()


def test_cancelling_aborts_the_print_job(qtbot, tmp_path: Path, sheet: bytes):
    # GIVEN the user cancels after the first page
    def cancel(done: int, total: int) -> None:
        raise TaskCancelled

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(TaskCancelled):
        print_pdf(sheet, pdf_printer(out), progress=cancel)
    # THEN the job is aborted: nothing usable reaches the printer
    assert not out.exists()


def test_save_writes_the_previewed_bytes(qtbot, translations, monkeypatch, tmp_path: Path, sheet):
    target = tmp_path / "saved"  # the .pdf ending is added
    asked: list[str] = []

    def choose(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(messages, "save_file_name", choose)
    dialog = PdfPreviewDialog(sheet, "Profile", suggested_name="customer-profile-7.pdf")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "saved.pdf").read_bytes() == sheet
    assert asked[0].endswith("customer-profile-7.pdf")
    # cancelled: nothing written
    monkeypatch.setattr(messages, "save_file_name", lambda *a: "")
    assert save_pdf(None, sheet, "x.pdf") is None


def test_save_reports_a_folder_that_cannot_be_written(qtbot, monkeypatch, tmp_path: Path):
    errors: list[str] = []
    monkeypatch.setattr(messages, "save_file_name", lambda *a: str(tmp_path / "no" / "x.pdf"))
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: errors.append(text))
    assert save_pdf(None, b"%PDF-1.4", "x.pdf") is None
    assert errors


def _prints(services: Services) -> list[dict[str, str]]:
    with services.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
        return [json.loads(r.detail) for r in rows]


def _text(data: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def test_show_profile_sheet_is_one_call_from_the_open_customer(
    qtbot, translations, demo_services: Services, customer: int
):
    # WHEN the profile's Print button calls it
    dialog = show_profile_sheet(None, demo_services, customer)
    assert isinstance(dialog, ProfileSheetPreview)
    qtbot.addWidget(dialog)
    # THEN the sheet is previewed in the dealership's document language, ID masked
    assert dialog.isVisible()
    assert dialog.language == "zh_TW"
    assert "A12****789" in _text(dialog.pdf_bytes)
    assert "林志明" in dialog.windowTitle()
    assert _prints(demo_services)[-1]["language"] == "zh_TW"
    # WHEN another document language is chosen
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    # THEN the sheet is rendered again (and logged again)
    assert "Customerprofilesheet" in _text(dialog.pdf_bytes)
    assert _prints(demo_services)[-1]["language"] == "en"
    for widget in (dialog.language_combo, dialog.full_id_check):
        assert widget.objectName() and widget.accessibleName() == widget.objectName()


def test_the_full_id_number_asks_for_the_pin(
    qtbot, translations, monkeypatch, demo_services: Services, customer: int
):
    dialog = show_profile_sheet(None, demo_services, customer)
    qtbot.addWidget(dialog)
    demo_services.session.authenticated_at = datetime.now() - timedelta(hours=1)
    # GIVEN the user cancels the PIN dialog: the number stays masked
    monkeypatch.setattr(sign_in, "ask_pin", lambda parent, auth: False)
    dialog.full_id_check.setChecked(True)
    assert not dialog.full_id_check.isChecked()
    assert "A12****789" in _text(dialog.pdf_bytes)

    # GIVEN the right PIN: the full number prints
    def right_pin(parent, auth):
        demo_services.session.confirm_pin()
        return True

    monkeypatch.setattr(sign_in, "ask_pin", right_pin)
    dialog.full_id_check.setChecked(True)
    assert dialog.full_id_check.isChecked()
    assert "A123456789" in _text(dialog.pdf_bytes)
    assert _prints(demo_services)[-1]["id_number"] == "full"


def test_an_unknown_customer_shows_a_message(qtbot, translations, monkeypatch, demo_services):
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append(text))
    assert show_profile_sheet(None, demo_services, 999_999) is None
    assert shown == ["This customer no longer exists."]
