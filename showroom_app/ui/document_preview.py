"""A document on screen with its own language choice: ``PdfPreviewDialog`` (Print…, Save as
PDF…) plus a document language independent of the interface language — for the documents
that support it also Chinese with English beside it ("zh_TW+en").

Used by the cockpit stages (needs summary, test-drive agreement, delivery confirmation,
ceremony certificate, repayment schedules). A document is rendered when asked and again only
when the language changes; every rendering is logged by the service as a print. A service
error (not visible any more, a broken stored photo…) becomes a message, not a crash.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.auth import AuthService
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.ui import labels, messages
from showroom_app.ui.printing import PdfPreviewDialog
from showroom_app.ui.widgets.forms import name_widget

#: Document languages offered, in this order; "+en" prints English beside the Chinese.
LANGUAGES = ("zh_TW", "zh_CN", "en", "zh_TW+en", "zh_CN+en")
#: For documents whose labels have no bilingual form.
SINGLE_LANGUAGES = ("zh_TW", "zh_CN", "en")

Render = Callable[[str | None], bytes]


def language_name(code: str) -> str:
    """Each language named in itself ("繁體中文 + English"), so anyone finds their own."""
    base, _, extra = code.partition("+")
    name = labels.language_name(base)
    return f"{name} + {labels.language_name(extra)}" if extra else name


def render_shown(
    parent: QWidget | None,
    render: Render,
    language: str | None,
    auth: AuthService | None = None,
) -> bytes | None:
    """The document's bytes, or None after telling the user why not. With ``auth``, a
    document that prints a full ID asks for the PIN once when it was entered too long ago
    (None when the PIN is not given)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            return render(language)
        except ReauthenticationRequired:
            if auth is None:
                raise
            QGuiApplication.restoreOverrideCursor()
            from showroom_app.ui.sign_in import ask_pin

            if not ask_pin(parent, auth):
                return None
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
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
        name: str = "document",
        languages: tuple[str, ...] = LANGUAGES,
        auth: AuthService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.render_document = render
        self.auth = auth
        self.title = title
        super().__init__(pdf_bytes, title, parent, suggested_name=suggested_name)
        self.setObjectName(f"{name}_preview")
        self.setAccessibleName(f"{name}_preview")
        self.language_label = QLabel(self)
        self.language_combo = name_widget(QComboBox(self), f"{name}_language")
        for code in languages:
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
        pdf = render_shown(self, self.render_document, self.language, self.auth)
        if pdf is not None:
            self.set_pdf(pdf)


def show_document(
    parent: QWidget | None,
    render: Render,
    *,
    title: str,
    suggested_name: str,
    default_language: str,
    name: str = "document",
    languages: tuple[str, ...] = LANGUAGES,
    auth: AuthService | None = None,
) -> DocumentPreview | None:
    """Render in the dealership's document language and open the (window-modal,
    self-deleting) preview; None when nothing was rendered."""
    pdf = render_shown(parent, render, None, auth)
    if pdf is None:
        return None
    dialog = DocumentPreview(
        render,
        pdf,
        title=title,
        language=default_language,
        suggested_name=suggested_name,
        name=name,
        languages=languages,
        auth=auth,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = [
    "LANGUAGES",
    "SINGLE_LANGUAGES",
    "DocumentPreview",
    "language_name",
    "render_shown",
    "show_document",
]
