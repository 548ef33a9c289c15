"""The test-drive agreement on screen: preview with a document-language choice, Print…,
Save as PDF… (``PdfPreviewDialog``). Every rendering is logged by the service as a print
of that test drive, which is what enables "Mark signed" on the stage-5 page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.container import Services
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.ui import labels, messages
from showroom_app.ui.printing import DOCUMENT_LANGUAGES, PdfPreviewDialog
from showroom_app.ui.widgets.forms import name_widget


def render_agreement(
    parent: QWidget | None, services: Services, test_drive_id: int, language: str | None
) -> bytes | None:
    """The agreement's bytes; asks for the PIN once if the dealership prints full IDs.
    None when nothing was rendered (the reason was shown)."""

    def render() -> bytes:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return services.documents.test_drive_agreement(test_drive_id, language=language)
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
        text = messages.validation_text(exc) if isinstance(exc, ValidationError) else str(exc)
        messages.critical(parent, QCoreApplication.translate("Printing", "Not printed"), text)
        return None


class AgreementPreview(PdfPreviewDialog):
    """The agreement of one test drive, re-rendered when the document language changes."""

    def __init__(
        self,
        services: Services,
        test_drive_id: int,
        pdf_bytes: bytes,
        *,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.test_drive_id = test_drive_id
        super().__init__(
            pdf_bytes, "", parent, suggested_name=f"test-drive-agreement-{test_drive_id}.pdf"
        )
        self.setObjectName("test_drive_agreement_preview")
        self.setAccessibleName("test_drive_agreement_preview")
        self.language_label = QLabel(self)
        self.language_combo = name_widget(QComboBox(self), "test_drive_agreement_language")
        for code in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(labels.language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_label.setBuddy(self.language_combo)
        self.options_row.addWidget(self.language_label)
        self.options_row.addWidget(self.language_combo)
        self.options_row.addStretch(1)
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_changed)
        self.retranslate_ui()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "language_combo"):
            return  # the base class calls this before the choice exists
        self.setWindowTitle(self.tr("Test-drive agreement"))
        self.language_label.setText(self.tr("Document &language:"))

    def on_language_combo_changed(self, _index: int) -> None:
        pdf = render_agreement(self, self.services, self.test_drive_id, self.language)
        if pdf is not None:
            self.set_pdf(pdf)


def show_agreement(
    parent: QWidget | None, services: Services, test_drive_id: int
) -> AgreementPreview | None:
    """Render in the dealership's document language and show the (window-modal,
    self-deleting) preview; None when nothing was rendered."""
    pdf = render_agreement(parent, services, test_drive_id, None)
    if pdf is None:
        return None
    language = services.settings.dealership().doc_language.value
    dialog = AgreementPreview(services, test_drive_id, pdf, language=language, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["AgreementPreview", "render_agreement", "show_agreement"]
