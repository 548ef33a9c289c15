"""Stage 4 tab: the customer's objections — tags, their words, our response, resolved.

The editor below the list autosaves: the first pause after the customer's words are typed
creates the objection, later pauses update it. Tags or a response typed before any words
cannot be saved yet; they are kept as a draft (a crash loses nothing) and come back when
the cockpit opens again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.presentation import OBJECTION_TAGS, ObjectionForm
from showroom_app.services.presentation_records import ObjectionRow
from showroom_app.ui import messages
from showroom_app.ui.cockpit import stage_presentation_texts as words
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets.forms import FieldError, name_widget

if TYPE_CHECKING:
    from showroom_app.ui.cockpit.stage_presentation import PresentationPanel

TAGS_PER_ROW = 7


class ObjectionsSection(QWidget):
    def __init__(self, panel: PresentationPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("presentation_objections")
        self.current_id: int | None = None  # the objection in the editor (None: a new one)
        self._saved_form: ObjectionForm | None = None
        layout = QVBoxLayout(self)
        self.table = make_table(self, "presentation_objections_table")
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(120)
        self.model: RowsModel[ObjectionRow] = RowsModel(
            [
                Column(lambda: self.tr("Tags"), lambda o: ", ".join(words.tag(t) for t in o.tags)),
                Column(lambda: self.tr("Objection"), lambda o: o.text.replace("\n", " ")),
                Column(lambda: self.tr("Our response"), lambda o: o.response.replace("\n", " ")),
                Column(
                    lambda: self.tr("Resolved"), lambda o: self.tr("Resolved") if o.resolved else ""
                ),
            ],
            self,
        )
        self.table.setModel(self.model)
        self.table.clicked.connect(self.on_table_clicked)
        layout.addWidget(self.table, 1)  # the list takes the room; the editor stays compact

        self.editor_heading = QLabel(self)
        self.editor_heading.setObjectName("presentation_objection_heading")
        self.editor_heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.editor_heading)
        self.restored_label = QLabel(self)
        self.restored_label.setObjectName("presentation_objection_restored")
        self.restored_label.setStyleSheet("color: #7a4f00;")
        self.restored_label.hide()
        layout.addWidget(self.restored_label)
        tags = QGridLayout()
        self.tag_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(OBJECTION_TAGS):
            check = name_widget(QCheckBox(self), f"presentation_objection_tag_{code}")
            check.toggled.connect(self.on_field_edited)
            tags.addWidget(check, i // TAGS_PER_ROW, i % TAGS_PER_ROW)
            self.tag_checks[code] = check
        layout.addLayout(tags)
        texts = QGridLayout()
        self.text_label = QLabel(self)
        self.text_edit = name_widget(QPlainTextEdit(self), "presentation_objection_text")
        self.response_label = QLabel(self)
        self.response_edit = name_widget(QPlainTextEdit(self), "presentation_objection_response")
        for label, edit in (
            (self.text_label, self.text_edit),
            (self.response_label, self.response_edit),
        ):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self.on_field_edited)
            label.setBuddy(edit)
        self.text_error = FieldError("presentation_objection_text", self)
        self.response_error = FieldError("presentation_objection_response", self)
        texts.addWidget(self.text_label, 0, 0)
        texts.addWidget(self.response_label, 0, 1)
        texts.addWidget(self.text_edit, 1, 0)
        texts.addWidget(self.response_edit, 1, 1)
        texts.addWidget(self.text_error, 2, 0)
        texts.addWidget(self.response_error, 2, 1)
        layout.addLayout(texts)
        buttons = QHBoxLayout()
        self.resolved_check = name_widget(QCheckBox(self), "presentation_objection_resolved")
        self.resolved_check.toggled.connect(self.on_resolved_check_toggled)
        self.new_button = name_widget(QPushButton(self), "presentation_objection_new")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.delete_button = name_widget(QPushButton(self), "presentation_objection_delete")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_presentation_objection")
        self.status_label.setStyleSheet("color: #555555;")
        buttons.addWidget(self.resolved_check)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self._loading = False
        self.reload()
        self._show_form(None, ObjectionForm(""))

    # -- text ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for code, check in self.tag_checks.items():
            check.setText(words.tag(code))
        self.text_label.setText(self.tr("What the customer &objects to:"))
        self.response_label.setText(self.tr("Our &response:"))
        self.text_edit.setPlaceholderText(self.tr("In the customer's words"))
        self.response_edit.setPlaceholderText(self.tr("How we answered, or what we will check"))
        self.resolved_check.setText(self.tr("Resolved"))
        self.new_button.setText(self.tr("New objection"))
        self.delete_button.setText(self.tr("Delete"))
        self.restored_label.setText(self.tr("Unsaved input restored."))
        self._update_heading()
        self.model.retranslate()

    def _update_heading(self) -> None:
        self.editor_heading.setText(
            self.tr("New objection") if self.current_id is None else self.tr("Objection")
        )
        self.delete_button.setEnabled(self.current_id is not None)

    # -- data ----------------------------------------------------------------------------------
    def count(self) -> int:
        return self.model.rowCount()

    def reload(self) -> None:
        try:
            rows = self.panel.ctx.services.presentation.objections(self.panel.opportunity_id)
        except ShowroomError as exc:
            self.panel.report(exc)
            return
        self.model.set_rows(rows)
        self.panel.objection_count = len(rows)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 300)
        self.table.setColumnWidth(2, 300)
        for row in range(len(rows)):
            if rows[row].objection_id == self.current_id:
                self.table.selectRow(row)

    def form(self) -> ObjectionForm:
        return ObjectionForm(
            text=self.text_edit.toPlainText(),
            tags=tuple(code for code, check in self.tag_checks.items() if check.isChecked()),
            response=self.response_edit.toPlainText(),
            resolved=self.resolved_check.isChecked(),
        )

    def _show_form(self, objection_id: int | None, form: ObjectionForm) -> None:
        self._loading = True
        self.current_id = objection_id
        self._saved_form = form if objection_id is not None else None
        for code, check in self.tag_checks.items():
            check.setChecked(code in form.tags)
        self.text_edit.setPlainText(form.text)
        self.response_edit.setPlainText(form.response)
        self.resolved_check.setChecked(form.resolved)
        self.text_error.set_error("")
        self.response_error.set_error("")
        self._loading = False
        self._update_heading()

    def _empty(self, form: ObjectionForm) -> bool:
        return not (form.text.strip() or form.tags or form.response.strip() or form.resolved)

    def autosave(self) -> None:
        """Save the editor: create, update, or keep as a draft while it cannot be saved."""
        form = self.form()
        if self.current_id is None and self._empty(form):
            return
        if self.current_id is not None and form == self._saved_form:
            return
        drafts = self.panel.ctx.services.drafts
        key = self.panel.draft_key
        service = self.panel.ctx.services.presentation
        try:
            if self.current_id is None:
                row = service.add_objection(self.panel.opportunity_id, form)
            else:
                row = service.update_objection(self.current_id, form)
        except (ValidationError, ValidationErrors) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            for error in errors:
                target = self.response_error if error.field == "response" else self.text_error
                target.set_error(messages.validation_text(error))
            drafts.save(key, self._draft(form), customer_id=self._customer_id())
            return
        except ShowroomError as exc:
            self.panel.report(exc)
            return
        drafts.discard(key)
        self.restored_label.hide()
        self.text_error.set_error("")
        self.response_error.set_error("")
        created = self.current_id is None
        self.current_id = row.objection_id
        self._saved_form = ObjectionForm(row.text, row.tags, row.response, row.resolved)
        self.status_label.setText(self.tr("Saved"))
        self._update_heading()
        self.reload()
        self.panel.update_tab_titles()
        if created:
            self.panel.changed.emit()  # a checklist item may be done now

    def _customer_id(self) -> int | None:
        view = self.panel.view
        return view.customer_id if view is not None else None

    def _draft(self, form: ObjectionForm) -> dict[str, Any]:
        return {
            "objection_id": self.current_id,
            "text": form.text,
            "tags": list(form.tags),
            "response": form.response,
            "resolved": form.resolved,
        }

    def restore_draft(self) -> None:
        draft = self.panel.ctx.services.drafts.load(self.panel.draft_key)
        if draft is None or not draft.payload:
            return
        payload = draft.payload
        tags = tuple(t for t in payload.get("tags", []) if t in OBJECTION_TAGS)
        form = ObjectionForm(
            text=str(payload.get("text", "")),
            tags=tags,
            response=str(payload.get("response", "")),
            resolved=bool(payload.get("resolved", False)),
        )
        known = {self.model.row_at(i).objection_id for i in range(self.model.rowCount())}
        objection_id = payload.get("objection_id")
        self._show_form(objection_id if objection_id in known else None, form)
        if self.current_id is not None:
            self._saved_form = None  # differs from what is stored: saves on the next pause
        self.restored_label.show()

    # -- slots ---------------------------------------------------------------------------------
    def on_field_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.status_label.setText("")
        self.panel.schedule_autosave()

    def on_resolved_check_toggled(self, _checked: bool) -> None:
        if self._loading:
            return
        self.autosave()  # a tick saves at once

    def on_table_clicked(self, index: Any) -> None:
        self.panel.flush()
        row = self.model.row_at(index.row())
        self._show_form(
            row.objection_id, ObjectionForm(row.text, row.tags, row.response, row.resolved)
        )
        self.status_label.setText("")

    def on_new_button_clicked(self) -> None:
        self.panel.flush()
        self.table.clearSelection()
        self._show_form(None, ObjectionForm(""))
        self.status_label.setText("")
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_delete_button_clicked(self) -> None:
        if self.current_id is None:
            return
        if not messages.ask(self, self.tr("Delete objection"), self.tr("Delete this objection?")):
            return
        try:
            self.panel.ctx.services.presentation.delete_objection(self.current_id)
        except ShowroomError as exc:
            self.panel.report(exc)
            return
        self._show_form(None, ObjectionForm(""))
        self.reload()
        self.panel.update_tab_titles()


__all__ = ["ObjectionsSection"]
