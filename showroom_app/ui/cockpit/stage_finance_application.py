"""One loan application on the finance page (``stage_finance``): its terms, monthly payment,
total interest, true APR and effective annual rate, the status buttons the lender's answer
allows, the document checklist and the history. While the lender's answer can still change
the terms (draft, submitted, approved with conditions) "Edit terms…" opens the
:class:`~showroom_app.ui.cockpit.stage_finance_terms.TermsEditor` in place of the figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import Currency
from showroom_app.services.finance import DOCUMENTS, ApplicationView
from showroom_app.ui import labels
from showroom_app.ui.cockpit.stage_finance_cards import (
    STATUS_STYLE,
    Figures,
    FiguresGrid,
    FinanceTexts,
)
from showroom_app.ui.cockpit.stage_finance_terms import TermsEditor
from showroom_app.ui.widgets.forms import FieldError, name_widget


class ApplicationCard(QGroupBox):
    """One application; ``step_requested(id, status, note)``, ``documents_changed(id,
    {code: bool})``, ``schedule_requested(id)``, ``terms_save_requested(id)``; ``note_edited``
    and ``terms_edited`` while typing (the panel keeps a draft)."""

    step_requested = Signal(int, str, str)
    documents_changed = Signal(int, dict)
    schedule_requested = Signal(int)
    terms_save_requested = Signal(int)
    note_edited = Signal()
    terms_edited = Signal()

    def __init__(self, application_id: int, company: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.application_id = application_id
        name = f"finance_application_{application_id}"
        self.setObjectName(name)
        self.t = FinanceTexts(self)
        self.t.hide()
        self.view: ApplicationView | None = None
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName(f"{name}_status")
        head.addWidget(self.status_label)
        head.addStretch(1)
        self.edit_button = name_widget(QPushButton(self), f"{name}_edit_terms")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(lambda: self.open_editor())
        head.addWidget(self.edit_button)
        self.schedule_button = name_widget(QPushButton(self), f"{name}_schedule")
        self.schedule_button.setAutoDefault(False)
        self.schedule_button.clicked.connect(lambda: self.schedule_requested.emit(application_id))
        head.addWidget(self.schedule_button)
        outer.addLayout(head)
        self.figures = FiguresGrid(self, name)
        outer.addLayout(self.figures)
        self.editor = TermsEditor(name, self)
        self.editor.hide()
        self.editor.edited.connect(self.terms_edited)
        self.editor.save_requested.connect(lambda: self.terms_save_requested.emit(application_id))
        self.editor.cancel_requested.connect(self.close_editor)
        outer.addWidget(self.editor)

        columns = QHBoxLayout()
        self.docs_box = QGroupBox(self)
        docs = QVBoxLayout(self.docs_box)
        docs.setSpacing(1)
        self.checks: dict[str, QCheckBox] = {}
        for code in DOCUMENTS:
            check = name_widget(QCheckBox(self.docs_box), f"{name}_doc_{code}")
            check.setVisible(company or code != "business_licence")
            check.toggled.connect(lambda on, c=code: self.on_check_toggled(c, on))
            self.checks[code] = check
            docs.addWidget(check)
        columns.addWidget(self.docs_box, 1)
        steps = QVBoxLayout()
        self.note_edit = name_widget(QLineEdit(self), f"{name}_note")
        self.note_edit.setMaxLength(300)
        self.note_edit.textEdited.connect(lambda _t: self.note_edited.emit())
        steps.addWidget(self.note_edit)
        self.step_holder = QVBoxLayout()
        self.step_holder.setContentsMargins(0, 0, 0, 0)
        steps.addLayout(self.step_holder)
        self.step_widget: QWidget | None = None
        self.step_buttons: list[QPushButton] = []
        self.error = FieldError(f"{name}_note", self)
        steps.addWidget(self.error)
        self.history_label = QLabel(self)
        self.history_label.setObjectName(f"{name}_history")
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: #555555;")
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        steps.addWidget(self.history_label)
        steps.addStretch(1)
        columns.addLayout(steps, 2)
        outer.addLayout(columns)

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("&Edit terms…"))
        self.edit_button.setToolTip(
            self.tr("The lender offers other terms (rate, term, fee): change them here.")
        )
        self.schedule_button.setText(self.tr("Print repayment &schedule…"))
        self.editor.retranslate_ui()
        self.docs_box.setTitle(self.tr("Documents collected"))
        self.note_edit.setPlaceholderText(
            self.tr("Note for the next step (for a rejection: the lender's reason)")
        )
        for code, check in self.checks.items():
            check.setText(self.t.document(code))
        self.figures.retranslate(self.t)
        if self.view is not None:
            self.show_application(self.view, self._price, self._currency)

    def show_application(
        self, view: ApplicationView, vehicle_price: Decimal | None, currency: Currency
    ) -> None:
        self.view, self._price, self._currency = view, vehicle_price, currency
        title = " · ".join(p for p in (view.lender, view.product) if p)
        self.setTitle(title)
        self.status_label.setText(self.t.status(view.status))
        self.status_label.setStyleSheet(
            f"padding: 2px 8px; border-radius: 3px; {STATUS_STYLE.get(view.status, '')}"
        )
        self.figures.show(self.t, Figures.of_application(view, vehicle_price), currency)
        editing = self.editing
        if editing and not view.terms_editable:
            self.close_editor()  # signed meanwhile: the terms are the contract's now
            editing = False
        self.edit_button.setVisible(view.terms_editable and not editing)
        if editing:
            self.editor.saved = view  # "Saved: …" and the version Save checks against
            self.editor.recompute()
        for code, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(bool(view.checklist.get(code)))
            check.blockSignals(False)
            if view.checklist.get(code):
                check.setVisible(True)
        self._show_steps(view.next_statuses)
        lines = [
            f"{labels.timestamp(h.at)} · {h.by} · {self.t.status(h.status_to)}"
            + (f" — {h.note}" if h.note else "")
            for h in reversed(view.history)
        ]
        self.history_label.setText("\n".join(lines))

    def _show_steps(self, steps: Sequence[str]) -> None:
        if self.step_widget is not None:
            self.step_holder.removeWidget(self.step_widget)
            self.step_widget.hide()  # at once: deleteLater waits for the event loop
            self.step_widget.deleteLater()
        self.step_widget = QWidget(self)
        row = QHBoxLayout(self.step_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.step_buttons = []
        for status in steps:
            name = f"finance_application_{self.application_id}_to_{status}"
            button = name_widget(QPushButton(self.t.step(status), self.step_widget), name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=status: self.on_step_clicked(s))
            row.addWidget(button)
            self.step_buttons.append(button)
        row.addStretch(1)
        self.step_holder.addWidget(self.step_widget)
        self.step_widget.show()
        self.note_edit.setVisible(bool(steps))

    @property
    def editing(self) -> bool:
        return not self.editor.isHidden()

    def open_editor(self, raw: Mapping[str, str] | None = None) -> None:
        """The stored terms (or ``raw``, typed before: a draft) in the editor, in place of
        the figures."""
        view = self.view
        if view is None:
            return
        self.editor.load(view, self._currency)
        if raw:
            self.editor.set_raw(raw)
        self.editor.general_error.set_error("")
        self.figures.set_visible(False)
        self.editor.show()
        self.edit_button.hide()
        self.editor.edits["rate"].setFocus()

    def close_editor(self) -> None:
        was_open = self.editing
        self.editor.hide()
        self.figures.set_visible(True)
        self.edit_button.setVisible(self.view is not None and self.view.terms_editable)
        if was_open:
            self.terms_edited.emit()  # the draft of what was typed goes

    def on_step_clicked(self, status: str) -> None:
        self.step_requested.emit(self.application_id, status, self.note_edit.text())

    def on_check_toggled(self, code: str, on: bool) -> None:
        self.documents_changed.emit(self.application_id, {code: on})

    def documents(self) -> Mapping[str, bool]:
        return {code: check.isChecked() for code, check in self.checks.items()}


__all__ = ["ApplicationCard"]
