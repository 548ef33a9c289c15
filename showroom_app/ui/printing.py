"""Preview, print and save the PDFs the documents layer renders.

The preview is the PDF itself (``QPdfView``), so what the user sees is what prints. Printing
rasterises each page with ``QPdfDocument.render`` at the printer's resolution (capped at
600 dpi: a 1200-dpi A4 page would be a 0.5 GB image for no visible gain) and paints it
into the ``QPrinter`` chosen in the system print dialog; the page range the user picked
there is honoured. "Save as PDF" writes the very bytes that were previewed.

    show_profile_sheet(parent, services, customer_id)   # one click from the open customer
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import NotFound, PermissionDenied, ShowroomError, ValidationError
from showroom_app.services.container import Services
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.ui import labels, messages
from showroom_app.ui.tasks import Task, run_with_progress
from showroom_app.ui.widgets.forms import name_widget

#: Never rasterise finer than this, whatever the printer reports.
MAX_DPI = 600
DOCUMENT_LANGUAGES = ("zh_TW", "zh_CN", "en")


class PrintFailed(Exception):
    """The printer could not be started (offline, removed, or the file not writable)."""


def load_pdf(document: QPdfDocument, pdf_bytes: bytes) -> QBuffer:
    """Load bytes into ``document``; keep the returned buffer alive as long as it is used."""
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def pages_to_print(
    printer: QPrinter, page_count: int, current_page: int | None = None
) -> list[int]:
    """The 0-based pages the user chose in the print dialog (all of them by default)."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage and current_page is not None:
        return [current_page] if 0 <= current_page < page_count else []
    ranges = printer.pageRanges()
    if mode == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        chosen = {
            page - 1
            for r in ranges.toRangeList()
            for page in range(r.from_, r.to + 1)
            if 1 <= page <= page_count
        }
        return sorted(chosen)
    return list(range(page_count))


def match_paper(printer: QPrinter, document: QPdfDocument) -> None:
    """Propose the document's own paper (A4 or Letter) in the print dialog."""
    if document.pageCount() < 1:
        return
    size = document.pagePointSize(0)
    page_size = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(page_size)
    printer.setPageOrientation(orientation)


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    pages: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Paint ``pages`` (0-based; default all) of a loaded PDF into ``printer``.

    Each page is scaled to the whole sheet, keeping its proportions (the PDF has its own
    margins). ``progress(done, total)`` is called after each page; if it raises (a
    cancelled task), the print job is aborted rather than sent half done. Returns the
    number of pages printed; raises ``PrintFailed`` when the printer cannot be started.
    """
    chosen = list(range(document.pageCount())) if pages is None else list(pages)
    if not chosen:
        return 0
    printer.setFullPage(True)
    dpi = max(72, min(printer.resolution(), MAX_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.outputFileName() or printer.printerName())
    try:
        for n, index in enumerate(chosen):
            if n and not printer.newPage():
                raise PrintFailed(printer.printerName())
            points = document.pagePointSize(index)
            image = document.render(
                index,
                QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)),
            )
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            fitted = QSizeF(points).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                sheet.x() + (sheet.width() - fitted.width()) / 2,
                sheet.y() + (sheet.height() - fitted.height()) / 2,
                fitted.width(),
                fitted.height(),
            )
            painter.fillRect(target, QColor(Qt.GlobalColor.white))  # pages render transparent
            painter.drawImage(target, image)
            if progress is not None:
                progress(n + 1, len(chosen))
    except BaseException:
        printer.abort()
        painter.end()
        partial = printer.outputFileName()  # printing to a file: leave no half document
        if partial:
            Path(partial).unlink(missing_ok=True)
        raise
    painter.end()
    return len(chosen)


def print_pdf(
    pdf_bytes: bytes,
    printer: QPrinter,
    *,
    pages: Sequence[int] | None = None,
    current_page: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print PDF bytes on a configured printer; the number of pages printed.

    ``pages`` (0-based) default to the range chosen in the print dialog (all pages when
    none was). Safe to run in a worker thread: the PDF is opened here, not shared.
    """
    document = QPdfDocument()
    buffer = load_pdf(document, pdf_bytes)
    try:
        if pages is None:
            pages = pages_to_print(printer, document.pageCount(), current_page)
        return print_document(document, printer, pages, progress)
    finally:
        document.close()
        buffer.close()


def ask_printer(parent: QWidget | None, document: QPdfDocument) -> QPrinter | None:
    """The system print dialog for ``document``; the configured printer, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    match_paper(printer, document)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("print_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setMinMax(1, max(1, document.pageCount()))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    return printer if accepted else None


def save_pdf(parent: QWidget | None, pdf_bytes: bytes, suggested_name: str) -> Path | None:
    """Ask where to save, then write the bytes; the path written, or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / suggested_name) if folder else suggested_name
    chosen = messages.save_file_name(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        suggested,
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        path.write_bytes(pdf_bytes)
    except OSError as exc:
        messages.critical(
            parent,
            QCoreApplication.translate("Printing", "Not saved"),
            QCoreApplication.translate("Printing", "The file could not be written: %1").replace(
                "%1", exc.strerror or str(exc)
            ),
        )
        return None
    return path


class PdfPreviewDialog(QDialog):
    """A PDF on screen, all pages, fitted to the width; Print…, Save as PDF…, Close."""

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        suggested_name: str = "document.pdf",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setAccessibleName("pdf_preview")
        self.setWindowTitle(title)
        self.suggested_name = suggested_name
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self.print_task: Task[int] | None = None
        self.document = QPdfDocument(self)

        layout = QVBoxLayout(self)
        self.options_row = QHBoxLayout()  # subclasses put their choices here
        layout.addLayout(self.options_row)
        self.view = name_widget(QPdfView(self), "pdf_preview_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.pages_label = name_widget(QLabel(self), "pdf_preview_pages")
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        self.print_button = name_widget(QPushButton(self), "pdf_preview_print")
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.save_button = name_widget(QPushButton(self), "pdf_preview_save")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.close_button = name_widget(QPushButton(self), "pdf_preview_close")
        self.close_button.clicked.connect(self.on_close_button_clicked)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        # Ctrl+P / Ctrl+S as everywhere (a button's own shortcut is its &mnemonic)
        for key, button in (
            (QKeySequence.StandardKey.Print, self.print_button),
            (QKeySequence.StandardKey.Save, self.save_button),
        ):
            QShortcut(QKeySequence(key), self, button.animateClick)

        self.set_pdf(pdf_bytes)
        self.retranslate_ui()
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 80), max(480, screen.height() - 120))

    # -- content --------------------------------------------------------------------------
    def set_pdf(self, pdf_bytes: bytes) -> None:
        """Show other bytes (e.g. the same document in another language)."""
        page = self.current_page()
        old = self._buffer
        self.document.close()
        self.pdf_bytes = pdf_bytes
        self._buffer = load_pdf(self.document, pdf_bytes)
        if old is not None:
            old.close()
            old.deleteLater()
        self.update_pages_label()
        if 0 < page < self.page_count:
            self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # -- text -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", "&Print…"))
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", "&Save as PDF…"))
        self.close_button.setText(QCoreApplication.translate("PdfPreviewDialog", "Close"))
        self.update_pages_label()

    def update_pages_label(self) -> None:
        if hasattr(self, "pages_label"):
            self.pages_label.setText(
                QCoreApplication.translate("PdfPreviewDialog", "%n page(s)", None, self.page_count)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- actions --------------------------------------------------------------------------
    def on_print_button_clicked(self) -> None:
        printer = ask_printer(self, self.document)
        if printer is None:
            return
        pages = pages_to_print(printer, self.page_count, self.current_page())
        data = self.pdf_bytes
        self.print_button.setEnabled(False)
        # a page at 600 dpi takes about half a second: print in the background, cancellable
        self.print_task = run_with_progress(
            self,
            QCoreApplication.translate("Printing", "Print"),
            QCoreApplication.translate("Printing", "Sending the pages to the printer…"),
            lambda task: print_pdf(data, printer, pages=pages, progress=task.report),
            on_success=lambda _count: self.print_button.setEnabled(True),
            on_failure=self.on_print_failed,
            on_cancelled=lambda: self.print_button.setEnabled(True),
            name="print_progress",
        )

    def on_print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        text = QCoreApplication.translate(
            "Printing",
            "The printer could not be started. Check that it is switched on and "
            "connected, or save the document as PDF and print that file.",
        )
        if not isinstance(exc, PrintFailed):  # unexpected: say what it was
            text = f"{text}\n\n{exc}"
        messages.critical(self, QCoreApplication.translate("Printing", "Not printed"), text)

    def on_save_button_clicked(self) -> None:
        save_pdf(self, self.pdf_bytes, self.suggested_name)

    def on_close_button_clicked(self) -> None:
        self.accept()


class ProfileSheetPreview(PdfPreviewDialog):
    """The customer profile sheet, with its document language and the full-ID choice."""

    def __init__(
        self,
        services: Services,
        customer_id: int,
        pdf_bytes: bytes,
        *,
        language: str,
        full_id: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.customer_id = customer_id
        try:
            detail = services.customers.get(customer_id)
            self.customer_name = labels.customer_name(detail.name, detail.salutation)
        except ShowroomError:
            self.customer_name = ""
        super().__init__(
            pdf_bytes,
            "",
            parent,
            suggested_name=f"customer-profile-{customer_id}.pdf",
        )
        self.setObjectName("profile_sheet_preview")
        self.setAccessibleName("profile_sheet_preview")
        self.language_label = QLabel(self)
        self.language_combo = name_widget(QComboBox(self), "profile_sheet_language")
        for code in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(labels.language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_label.setBuddy(self.language_combo)
        self.full_id_check = name_widget(QCheckBox(self), "profile_sheet_full_id")
        self.full_id_check.setChecked(full_id)
        self.options_row.addWidget(self.language_label)
        self.options_row.addWidget(self.language_combo)
        self.options_row.addSpacing(16)
        self.options_row.addWidget(self.full_id_check)
        self.options_row.addStretch(1)
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_changed)
        self.full_id_check.toggled.connect(self.on_full_id_check_toggled)
        self.retranslate_ui()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "full_id_check"):
            return  # the base class calls this before the choices exist
        title = QCoreApplication.translate("ProfileSheetPreview", "Customer profile sheet")
        self.setWindowTitle(f"{title} — {self.customer_name}" if self.customer_name else title)
        self.language_label.setText(
            QCoreApplication.translate("ProfileSheetPreview", "Document &language:")
        )
        self.full_id_check.setText(
            QCoreApplication.translate("ProfileSheetPreview", "Print the full &ID number")
        )

    def on_language_combo_changed(self, _index: int) -> None:
        self.rerender()

    def on_full_id_check_toggled(self, _checked: bool) -> None:
        self.rerender()

    def rerender(self) -> None:
        full_id = self.full_id_check.isChecked()
        pdf = render_profile_sheet(
            self, self.services, self.customer_id, language=self.language, full_id=full_id
        )
        if pdf is None:
            if full_id:  # the PIN was not given: back to the masked number
                self.full_id_check.blockSignals(True)
                self.full_id_check.setChecked(False)
                self.full_id_check.blockSignals(False)
            return
        self.set_pdf(pdf)


def _report(parent: QWidget | None, exc: ShowroomError) -> None:
    if isinstance(exc, NotFound):
        text = QCoreApplication.translate("Printing", "This customer no longer exists.")
    elif isinstance(exc, PermissionDenied):
        text = QCoreApplication.translate("Printing", "Your role does not allow this action.")
    elif isinstance(exc, ValidationError):
        text = messages.validation_text(exc)
    else:
        text = str(exc)
    messages.critical(parent, QCoreApplication.translate("Printing", "Not printed"), text)


def render_profile_sheet(
    parent: QWidget | None,
    services: Services,
    customer_id: int,
    *,
    language: str | None = None,
    full_id: bool = False,
) -> bytes | None:
    """The sheet's bytes, asking for the PIN once when the full ID needs it; None if not."""

    def render() -> bytes:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return services.documents.profile_sheet(customer_id, language=language, full_id=full_id)
        finally:
            QGuiApplication.restoreOverrideCursor()

    try:
        try:
            return render()
        except ReauthenticationRequired:
            from showroom_app.ui.sign_in import ask_pin

            if not ask_pin(parent, services.auth):
                return None
            return render()
    except ShowroomError as exc:
        _report(parent, exc)
        return None


def show_profile_sheet(
    parent: QWidget | None,
    services: Services,
    customer_id: int,
    *,
    language: str | None = None,
    full_id: bool = False,
) -> ProfileSheetPreview | None:
    """Render the customer's profile sheet and show it with Print / Save as PDF.

    The document language defaults to the dealership's (Settings), not the UI language.
    Returns the (window-modal, self-deleting) preview, or None when nothing was rendered.
    """
    pdf = render_profile_sheet(parent, services, customer_id, language=language, full_id=full_id)
    if pdf is None:
        return None
    lang = language or services.settings.dealership().doc_language.value
    dialog = ProfileSheetPreview(
        services, customer_id, pdf, language=lang, full_id=full_id, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = [
    "MAX_DPI",
    "PdfPreviewDialog",
    "PrintFailed",
    "ProfileSheetPreview",
    "ask_printer",
    "load_pdf",
    "pages_to_print",
    "print_document",
    "print_pdf",
    "render_profile_sheet",
    "save_pdf",
    "show_profile_sheet",
]
