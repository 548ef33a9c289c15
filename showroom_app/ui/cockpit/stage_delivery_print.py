"""The delivery and finance documents on screen: the delivery confirmation (交車確認單), the
ceremony certificate (交車證書) and a loan application's repayment schedule, each in a
``PdfPreviewDialog`` with Print… and Save as PDF…, and a choice of document language that
is independent of the interface language, including Chinese with English beside it.

A document is rendered when the button is clicked and again only when the language changes
(the certificate with a large photo takes about a quarter of a second). Every rendering is
logged by the service as a print.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.ui import labels, messages
from showroom_app.ui.printing import PdfPreviewDialog
from showroom_app.ui.widgets.forms import name_widget

#: Document languages offered, in this order; "+en" prints English beside the Chinese.
LANGUAGES = ("zh_TW", "zh_CN", "en", "zh_TW+en", "zh_CN+en")

Render = Callable[[str | None], bytes]


def language_name(code: str) -> str:
    """Each language named in itself ("繁體中文 + English"), so anyone finds their own."""
    base, _, extra = code.partition("+")
    name = labels.language_name(base)
    return f"{name} + {labels.language_name(extra)}" if extra else name


def render_shown(parent: QWidget | None, render: Render, language: str | None) -> bytes | None:
    """The document's bytes, or None after telling the user why not."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return render(language)
    except ShowroomError as exc:
        text = messages.validation_text(exc) if isinstance(exc, ValidationError) else str(exc)
        messages.critical(parent, QCoreApplication.translate("Printing", "Not printed"), text)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()


class DocumentPreview(PdfPreviewDialog):
    """One document with its language choice; re-rendered only when the language changes."""

    def __init__(
        self,
        render: Render,
        pdf_bytes: bytes,
        *,
        title: str,
        language: str,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        self.render_document = render
        self.title = title
        super().__init__(pdf_bytes, title, parent, suggested_name=suggested_name)
        self.setObjectName("delivery_document_preview")
        self.setAccessibleName("delivery_document_preview")
        self.language_label = QLabel(self)
        self.language_combo = name_widget(QComboBox(self), "delivery_document_language")
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
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
        if not hasattr(self, "language_label"):
            return  # the base class calls this before the choice exists
        self.setWindowTitle(self.title)
        self.language_label.setText(self.tr("Document &language:"))

    def on_language_combo_changed(self, _index: int) -> None:
        pdf = render_shown(self, self.render_document, self.language)
        if pdf is not None:
            self.set_pdf(pdf)


def show_document(
    parent: QWidget | None,
    render: Render,
    *,
    title: str,
    suggested_name: str,
    default_language: str,
) -> DocumentPreview | None:
    """Render in the dealership's document language and open the (window-modal,
    self-deleting) preview; None when nothing was rendered."""
    pdf = render_shown(parent, render, None)
    if pdf is None:
        return None
    dialog = DocumentPreview(
        render,
        pdf,
        title=title,
        language=default_language,
        suggested_name=suggested_name,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["LANGUAGES", "DocumentPreview", "language_name", "render_shown", "show_document"]
