"""The appointments day view: any day's appointments (date picker, previous / next day,
back to today) with "Showed up" / "No-show" / "Cancel"; double-click opens the cockpit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.services.appointments import AppointmentRow
from showroom_app.ui.cockpit.stage_reception_appointments import AppointmentList
from showroom_app.ui.context import AppContext
from showroom_app.ui.pages.today_plan import open_customer_work
from showroom_app.ui.widgets.forms import name_widget


class AppointmentsDayView(QWidget):
    """``changed`` after an appointment's status was saved (the plan shows it too)."""

    changed = Signal()

    def __init__(
        self, ctx: AppContext, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("today_day_view")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        # arrows, not text: nothing to translate (the tooltips say what they do)
        self.previous_button = name_widget(QToolButton(self), "today_day_previous")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.date_edit = name_widget(QDateEdit(self), "today_day")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.next_button = name_widget(QToolButton(self), "today_day_next")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.today_button = name_widget(QPushButton(self), "today_day_today")
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.show_day(self.clock().date()))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("today_day_count")
        top.addWidget(self.previous_button)
        top.addWidget(self.date_edit)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.list = AppointmentList(ctx, "today_appointments", one_day=True, parent=self)
        self.list.marked.connect(self.on_list_marked)
        self.list.open_requested.connect(self.on_list_open_requested)
        layout.addWidget(self.list, 1)
        self.day = clock().date()
        self._set_date(self.day)
        self.date_edit.dateChanged.connect(self.on_date_edit_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous day"))
        self.previous_button.setAccessibleDescription(self.tr("Previous day"))
        self.next_button.setToolTip(self.tr("Next day"))
        self.next_button.setAccessibleDescription(self.tr("Next day"))
        self.today_button.setText(self.tr("&Today"))
        self._count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "list"):
            self.retranslate_ui()
        super().changeEvent(event)

    def _set_date(self, day: date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def _count(self) -> None:
        n = self.list.model.rowCount()
        self.count_label.setText(self.tr("%n appointment(s)", "", n))

    # -- state --------------------------------------------------------------------------------
    def show_day(self, day: date) -> None:
        self.day = day
        self._set_date(day)
        self.refresh()

    def step(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def refresh(self) -> None:
        rows: list[AppointmentRow]
        try:
            rows = self.ctx.services.appointments.day(self.day)
        except ShowroomError:
            rows = []
        self.list.set_rows(rows)
        self._count()

    # -- slots --------------------------------------------------------------------------------
    def on_date_edit_changed(self, value: QDate) -> None:
        self.day = date(value.year(), value.month(), value.day())
        self.refresh()

    def on_list_marked(self) -> None:
        self.refresh()
        self.changed.emit()

    def on_list_open_requested(self, row: AppointmentRow) -> None:
        open_customer_work(self.window(), self.ctx, row.opportunity_id, row.customer_id)
