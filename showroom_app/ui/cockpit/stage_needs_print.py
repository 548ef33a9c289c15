"""The needs summary (需求確認單) on screen: the shared document preview (``ui/document_preview``)
with the document-language choice, Print…, Save as PDF…."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom_app.services.container import Services
from showroom_app.ui.document_preview import SINGLE_LANGUAGES, DocumentPreview, show_document

#: The preview of a needs summary (the shared preview, named for the tests and the UI).
NeedsSummaryPreview = DocumentPreview


def show_needs_summary(
    parent: QWidget | None,
    services: Services,
    opportunity_id: int,
    *,
    customer_name: str = "",
    language: str | None = None,
) -> DocumentPreview | None:
    """Render the summary (dealership's document language unless chosen) and preview it.
    Returns the window-modal, self-deleting preview, or None when nothing was rendered
    (the reason was shown)."""
    title = QCoreApplication.translate("NeedsSummaryPreview", "Needs summary")

    def render(chosen: str | None) -> bytes:
        return services.documents.needs_summary(opportunity_id, language=chosen or language)

    return show_document(
        parent,
        render,
        title=f"{title} — {customer_name}" if customer_name else title,
        suggested_name=f"needs-summary-{opportunity_id}.pdf",
        default_language=language or services.settings.dealership().doc_language.value,
        name="needs_summary",
        languages=SINGLE_LANGUAGES,
    )


__all__ = ["NeedsSummaryPreview", "show_needs_summary"]
