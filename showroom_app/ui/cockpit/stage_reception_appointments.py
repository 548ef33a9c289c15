"""A list of appointments with "Showed up" / "No-show" / "Cancel" for the selected one.

Used by the prospecting stage (one customer's appointments) and by the Today page's
appointments day view (every appointment of a day).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.appointments import AppointmentRow, AppointmentStatus
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_reception_texts as rt
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets.forms import FieldError, name_widget

MARK_BUTTONS = (
    ("show", AppointmentStatus.SHOW),
    ("no_show", AppointmentStatus.NO_SHOW),
    ("cancel", AppointmentStatus.CANCELLED),
)


class AppointmentList(QWidget):
    """``marked`` after a status was saved; ``open_requested(row)`` on double-click."""

    marked = Signal()
    open_requested = Signal(object)

    def __init__(
        self, ctx: AppContext, name: str, *, one_day: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.name = name
        self.one_day = one_day  # the day view: times only, and who the appointment is with
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = make_table(self, f"{name}_table")
        columns: list[Column[AppointmentRow]] = [Column(lambda: self.tr("When"), self._when)]
        if one_day:
            columns.append(
                Column(
                    lambda: self.tr("Customer"),
                    lambda a: labels.customer_name(a.customer_name, a.salutation),
                )
            )
        columns += [
            Column(lambda: self.tr("Appointment"), lambda a: rt.appointment_kind(a.kind.value)),
            Column(lambda: self.tr("Test car"), lambda a: a.car),
            Column(lambda: self.tr("Status"), lambda a: rt.appointment_status(a.status.value)),
        ]
        self.model: RowsModel[AppointmentRow] = RowsModel(columns, self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        widths = (110, 110, 120, 170) if one_day else (190, 120, 170)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[AppointmentStatus, QPushButton] = {}
        for suffix, status in MARK_BUTTONS:
            button = name_widget(QPushButton(self), f"{name}_{suffix}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, st=status: self.mark(st))
            self.buttons[status] = button
            buttons.addWidget(button)
        self.extra = QHBoxLayout()  # owners add their own buttons here (e.g. "Book…")
        buttons.addStretch(1)
        buttons.addLayout(self.extra)
        layout.addLayout(buttons)
        self.error = FieldError(f"{name}_status", self)
        layout.addWidget(self.error)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.buttons[AppointmentStatus.SHOW].setText(self.tr("Showed up"))
        self.buttons[AppointmentStatus.NO_SHOW].setText(self.tr("No-show"))
        self.buttons[AppointmentStatus.CANCELLED].setText(self.tr("Cancel appointment"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate_ui()
        super().changeEvent(event)

    def _when(self, a: AppointmentRow) -> str:
        span = f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}"
        return span if self.one_day else f"{labels.day(a.starts_at.date())} {span}"

    # -- rows --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[AppointmentRow]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:
            for i, row in enumerate(rows):
                if row.appointment_id == chosen.appointment_id:
                    self.view.selectRow(i)
        self._update_buttons()

    def selected(self) -> AppointmentRow | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        for status, button in self.buttons.items():
            button.setEnabled(row is not None and row.status is not status)

    # -- actions -----------------------------------------------------------------------------
    def mark(self, status: AppointmentStatus) -> bool:
        row = self.selected()
        if row is None:
            return False
        self.error.set_error("")
        try:
            self.ctx.services.appointments.mark(row.appointment_id, status)
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            return False
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return False
        self.marked.emit()
        return True

    def on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()))
