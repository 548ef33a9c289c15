"""The test-drive agreement on screen: the shared document preview (``ui/document_preview``)
with the document-language choice, Print…, Save as PDF…. Every rendering is logged by the
service as a print of that test drive, which is what enables "Mark signed" on the stage-5
page. When the dealership prints full ID numbers, the PIN is asked once if needed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom_app.services.container import Services
from showroom_app.ui.document_preview import SINGLE_LANGUAGES, DocumentPreview, show_document

#: The preview of an agreement (the shared preview, named for the stage-5 page).
AgreementPreview = DocumentPreview


def show_agreement(
    parent: QWidget | None, services: Services, test_drive_id: int
) -> DocumentPreview | None:
    """Render in the dealership's document language and show the (window-modal,
    self-deleting) preview; None when nothing was rendered."""

    def render(language: str | None) -> bytes:
        return services.documents.test_drive_agreement(test_drive_id, language=language)

    return show_document(
        parent,
        render,
        title=QCoreApplication.translate("AgreementPreview", "Test-drive agreement"),
        suggested_name=f"test-drive-agreement-{test_drive_id}.pdf",
        default_language=services.settings.dealership().doc_language.value,
        name="test_drive_agreement",
        languages=SINGLE_LANGUAGES,
        auth=services.auth,
    )


__all__ = ["AgreementPreview", "show_agreement"]
