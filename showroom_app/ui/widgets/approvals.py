"""Pending approvals on the manager's Today: approve or reject with a note, in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from showroom_app.domain.errors import PermissionDenied, ValidationError
from showroom_app.domain.permissions import Capability
from showroom_app.services.approvals import ApprovalRow, ApprovalService
from showroom_app.services.session import DeskSession
from showroom_app.ui import labels
from showroom_app.ui.messages import validation_text
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets.forms import FieldError, name_widget


class ApprovalsPanel(QGroupBox):
    decided = Signal()

    def __init__(self, approvals: ApprovalService, session: DeskSession, parent=None) -> None:
        super().__init__(parent)
        self._approvals = approvals
        self._session = session
        self.setObjectName("approvals_panel")
        layout = QVBoxLayout(self)
        self.view = make_table(self, "approvals_table")
        self.model: RowsModel[ApprovalRow] = RowsModel(
            [
                Column(lambda: self.tr("Requested"), lambda a: labels.timestamp(a.requested_at)),
                Column(lambda: self.tr("By"), lambda a: a.requested_by),
                Column(lambda: self.tr("Kind"), lambda a: labels.approval_kind(a.kind)),
                Column(lambda: self.tr("Request"), lambda a: a.summary),
            ],
            self,
        )
        self.view.setModel(self.model)
        self.view.setMaximumHeight(150)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.note_label = QLabel(self)
        self.note_edit = name_widget(QLineEdit(self), "approval_note")
        self.note_label.setBuddy(self.note_edit)
        self.approve_button = name_widget(QPushButton(self), "approval_approve")
        self.reject_button = name_widget(QPushButton(self), "approval_reject")
        self.approve_button.clicked.connect(self.on_approve_button_clicked)
        self.reject_button.clicked.connect(self.on_reject_button_clicked)
        row.addWidget(self.note_label)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        layout.addLayout(row)
        self.error = FieldError("note", self)
        layout.addWidget(self.error)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Approvals waiting for you"))
        self.note_label.setText(self.tr("&Note"))
        self.note_edit.setPlaceholderText(self.tr("Why (required when rejecting)"))
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        if not self._session.can(Capability.APPROVE):
            self.hide()
            return
        rows = self._approvals.pending()
        self.model.set_rows(rows)
        self.setVisible(bool(rows))
        if rows and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def _selected(self) -> ApprovalRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _decide(self, approve: bool) -> None:
        self.error.set_error("")
        row = self._selected()
        if row is None:
            return
        try:
            if approve:
                self._approvals.approve(row.approval_id, self.note_edit.text())
            else:
                self._approvals.reject(row.approval_id, self.note_edit.text())
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            return
        except PermissionDenied:
            self.error.set_error(self.tr("You cannot decide on your own request."))
            return
        self.note_edit.clear()
        self.refresh()
        self.decided.emit()

    def on_approve_button_clicked(self) -> None:
        self._decide(True)

    def on_reject_button_clicked(self) -> None:
        self._decide(False)
