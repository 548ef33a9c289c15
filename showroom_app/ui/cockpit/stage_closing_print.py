"""The deal documents on screen: preview with the document language (independent of the
interface language), a bilingual Chinese + English option, the full buyer ID for the
contract (PIN), Print… and Save as PDF… (``PdfPreviewDialog``). Every rendering is logged
by the service as a print of the deal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.container import Services
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.ui import labels, messages
from showroom_app.ui.printing import DOCUMENT_LANGUAGES, PdfPreviewDialog
from showroom_app.ui.widgets.forms import name_widget

#: document code -> (file name stem, whether a full ID can be printed)
DOCUMENTS: dict[str, tuple[str, bool]] = {
    "quotation": ("quotation", False),
    "payment_comparison": ("payment-comparison", False),
    "repayment_schedule": ("repayment-schedule", False),
    "contract": ("contract", True),
    "deposit_receipt": ("deposit-receipt", False),
    "order_confirmation": ("order-confirmation", False),
}


def title(document: str) -> str:
    names = {
        "quotation": QCoreApplication.translate("DealDocuments", "Quotation"),
        "payment_comparison": QCoreApplication.translate("DealDocuments", "Payment comparison"),
        "repayment_schedule": QCoreApplication.translate("DealDocuments", "Repayment schedule"),
        "contract": QCoreApplication.translate("DealDocuments", "Vehicle purchase contract"),
        "deposit_receipt": QCoreApplication.translate("DealDocuments", "Deposit receipt"),
        "order_confirmation": QCoreApplication.translate("DealDocuments", "Order confirmation"),
    }
    return names.get(document, document)


def render(
    services: Services,
    document: str,
    deal_id: int,
    *,
    language: str | None,
    bilingual: bool,
    full_id: bool = False,
    plan: int = 1,
) -> bytes:
    docs = services.documents
    lang, bi = language, bilingual
    calls: dict[str, Callable[[], bytes]] = {
        "quotation": lambda: docs.quotation(deal_id, language=lang, bilingual=bi),
        "payment_comparison": lambda: docs.payment_comparison(deal_id, language=lang, bilingual=bi),
        "repayment_schedule": lambda: docs.repayment_schedule(
            deal_id, plan, language=lang, bilingual=bi
        ),
        "contract": lambda: docs.contract_document(
            deal_id, full_id=full_id, language=lang, bilingual=bi
        ),
        "deposit_receipt": lambda: docs.deposit_receipt(deal_id, language=lang, bilingual=bi),
        "order_confirmation": lambda: docs.order_confirmation(deal_id, language=lang, bilingual=bi),
    }
    return calls[document]()


def render_shown(
    parent: QWidget | None,
    services: Services,
    document: str,
    deal_id: int,
    *,
    language: str | None,
    bilingual: bool,
    full_id: bool = False,
    plan: int = 1,
) -> bytes | None:
    """The bytes, or None after telling the user why not (asks for the PIN once)."""

    def attempt() -> bytes:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return render(services, document, deal_id, language=language, bilingual=bilingual,
                          full_id=full_id, plan=plan)  # fmt: skip
        finally:
            QGuiApplication.restoreOverrideCursor()

    try:
        try:
            return attempt()
        except ReauthenticationRequired:
            from showroom_app.ui.sign_in import ask_pin

            if not ask_pin(parent, services.auth):
                return None
            return attempt()
    except ShowroomError as exc:
        text = messages.validation_text(exc) if isinstance(exc, ValidationError) else str(exc)
        messages.critical(parent, QCoreApplication.translate("Printing", "Not printed"), text)
        return None


class DealDocumentPreview(PdfPreviewDialog):
    """One deal document, re-rendered when the language, bilingual or full-ID choice changes."""

    def __init__(
        self,
        services: Services,
        document: str,
        deal_id: int,
        pdf_bytes: bytes,
        *,
        language: str,
        plan: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.document_code = document
        self.deal_id = deal_id
        self.plan = plan
        stem, full_id_possible = DOCUMENTS[document]
        super().__init__(pdf_bytes, "", parent, suggested_name=f"{stem}-{deal_id}.pdf")
        self.setObjectName("deal_document_preview")
        self.setAccessibleName("deal_document_preview")
        self.language_label = QLabel(self)
        self.language_combo = name_widget(QComboBox(self), "deal_document_language")
        for code in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(labels.language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_label.setBuddy(self.language_combo)
        self.bilingual_check = name_widget(QCheckBox(self), "deal_document_bilingual")
        self.full_id_check = name_widget(QCheckBox(self), "deal_document_full_id")
        self.full_id_check.setVisible(full_id_possible)
        self.options_row.addWidget(self.language_label)
        self.options_row.addWidget(self.language_combo)
        self.options_row.addSpacing(12)
        self.options_row.addWidget(self.bilingual_check)
        self.options_row.addWidget(self.full_id_check)
        self.options_row.addStretch(1)
        self.language_combo.currentIndexChanged.connect(lambda _i: self.rerender())
        self.bilingual_check.toggled.connect(lambda _on: self.rerender())
        self.full_id_check.toggled.connect(self.on_full_id_toggled)
        self.retranslate_ui()
        self._show_bilingual()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "full_id_check"):
            return  # the base class calls this before the choices exist
        self.setWindowTitle(title(self.document_code))
        self.language_label.setText(self.tr("Document &language:"))
        self.bilingual_check.setText(self.tr("&Bilingual (Chinese and English)"))
        self.full_id_check.setText(self.tr("Print the full &ID number"))

    def _show_bilingual(self) -> None:
        self.bilingual_check.setEnabled(self.language != "en")

    def rerender(self) -> bool:
        self._show_bilingual()
        pdf = render_shown(
            self,
            self.services,
            self.document_code,
            self.deal_id,
            language=self.language,
            bilingual=self.bilingual_check.isChecked() and self.language != "en",
            full_id=self.full_id_check.isChecked(),
            plan=self.plan,
        )
        if pdf is None:
            return False
        self.set_pdf(pdf)
        return True

    def on_full_id_toggled(self, checked: bool) -> None:
        if not self.rerender() and checked:  # no PIN: back to the masked number
            self.full_id_check.blockSignals(True)
            self.full_id_check.setChecked(False)
            self.full_id_check.blockSignals(False)


def show_document(
    parent: QWidget | None, services: Services, document: str, deal_id: int, *, plan: int = 1
) -> DealDocumentPreview | None:
    """Render in the dealership's document language and open the (window-modal,
    self-deleting) preview; None when nothing was rendered."""
    pdf = render_shown(parent, services, document, deal_id, language=None, bilingual=False,
                       plan=plan)  # fmt: skip
    if pdf is None:
        return None
    language = services.settings.dealership().doc_language.value
    dialog = DealDocumentPreview(
        services, document, deal_id, pdf, language=language, plan=plan, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["DOCUMENTS", "DealDocumentPreview", "render", "render_shown", "show_document", "title"]
