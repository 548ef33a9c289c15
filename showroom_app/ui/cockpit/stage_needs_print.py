"""The needs summary (需求確認單) on screen: preview, document language, Print, Save as PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from showroom_app.domain.errors import NotFound, PermissionDenied, ShowroomError, ValidationError
from showroom_app.services.container import Services
from showroom_app.ui import labels, messages
from showroom_app.ui.printing import DOCUMENT_LANGUAGES, PdfPreviewDialog
from showroom_app.ui.widgets.forms import name_widget


class NeedsSummaryPreview(PdfPreviewDialog):
    """The needs summary of one opportunity, re-rendered when the language changes."""

    def __init__(
        self,
        services: Services,
        opportunity_id: int,
        pdf_bytes: bytes,
        *,
        language: str,
        customer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.opportunity_id = opportunity_id
        self.customer_name = customer_name
        super().__init__(
            pdf_bytes, "", parent, suggested_name=f"needs-summary-{opportunity_id}.pdf"
        )
        self.setObjectName("needs_summary_preview")
        self.setAccessibleName("needs_summary_preview")
        self.language_label = QLabel(self)
        self.language_label.setObjectName("needs_summary_language_label")
        self.language_combo = name_widget(QComboBox(self), "needs_summary_language")
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
        title = self.tr("Needs summary")
        self.setWindowTitle(f"{title} — {self.customer_name}" if self.customer_name else title)
        self.language_label.setText(self.tr("Document &language:"))

    def on_language_combo_changed(self, _index: int) -> None:
        pdf = render_needs_summary(self, self.services, self.opportunity_id, self.language)
        if pdf is not None:
            self.set_pdf(pdf)


def _report(parent: QWidget | None, exc: ShowroomError) -> None:
    if isinstance(exc, NotFound):
        text = QCoreApplication.translate(
            "NeedsSummaryPreview", "This opportunity no longer exists or is not yours to see."
        )
    elif isinstance(exc, PermissionDenied):
        text = QCoreApplication.translate(
            "NeedsSummaryPreview", "Your role does not allow this action."
        )
    elif isinstance(exc, ValidationError):
        text = messages.validation_text(exc)
    else:
        text = str(exc)
    messages.critical(
        parent, QCoreApplication.translate("NeedsSummaryPreview", "Not printed"), text
    )


def render_needs_summary(
    parent: QWidget | None, services: Services, opportunity_id: int, language: str | None = None
) -> bytes | None:
    """The summary's bytes, or None after telling the user why it could not be made."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return services.documents.needs_summary(opportunity_id, language=language)
    except ShowroomError as exc:
        failure = exc
    finally:
        QGuiApplication.restoreOverrideCursor()
    _report(parent, failure)
    return None


def show_needs_summary(
    parent: QWidget | None,
    services: Services,
    opportunity_id: int,
    *,
    customer_name: str = "",
    language: str | None = None,
) -> NeedsSummaryPreview | None:
    """Render the summary (dealership's document language unless chosen) and preview it.
    Returns the window-modal, self-deleting preview, or None when nothing was rendered."""
    pdf = render_needs_summary(parent, services, opportunity_id, language)
    if pdf is None:
        return None
    lang = language or services.settings.dealership().doc_language.value
    dialog = NeedsSummaryPreview(
        services, opportunity_id, pdf, language=lang, customer_name=customer_name, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
