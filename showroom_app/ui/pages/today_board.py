"""Today's visitors board: who is in the showroom now, for how long (moves on every minute),
with "Customer left"; double-click (or Open) opens the cockpit of their opportunity.

"Everyone today" shows the whole day's showroom traffic log instead (arrived and left).
Every query is bounded to the day, so the board stays fast over 100,000 customers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.visits import TrafficRow
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_reception_texts as rt
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.pages.today_plan import open_customer_work
from showroom_app.ui.widgets.forms import FieldError, name_widget

TICK_MS = 60_000


class VisitorsBoard(QGroupBox):
    """``changed`` after a departure was logged."""

    changed = Signal()

    def __init__(
        self, ctx: AppContext, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.rows: list[TrafficRow] = []
        self.setObjectName("today_board")
        layout = QVBoxLayout(self)
        self.view = make_table(self, "today_visitors")
        self.model: RowsModel[TrafficRow] = RowsModel(
            [
                Column(lambda: self.tr("Arrived"), lambda v: rt.clock(v.started_at)),
                Column(
                    lambda: self.tr("Customer"),
                    lambda v: labels.customer_name(v.customer_name, v.salutation),
                ),
                Column(lambda: self.tr("Time in showroom"), self._stay),
                Column(lambda: self.tr("Visit"), lambda v: rt.visit_kind(v.kind, v.first_visit)),
                Column(lambda: self.tr("Party"), lambda v: v.party_size, align_right=True),
                Column(lambda: self.tr("Sales consultant"), lambda v: v.salesperson),
            ],
            self,
        )
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        for column, width in enumerate((50, 90, 110, 80, 40)):
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.left_button = name_widget(QPushButton(self), "today_board_left")
        self.open_button = name_widget(QPushButton(self), "today_board_open")
        self.all_box = name_widget(QCheckBox(self), "today_board_all")
        self.left_button.clicked.connect(self.on_left_button_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.all_box.toggled.connect(self.refresh)
        row.addWidget(self.left_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.all_box)
        layout.addLayout(row)
        self.error = FieldError("today_board_left", self)
        layout.addWidget(self.error)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.on_ticker_timeout)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self._set_title()
        self.left_button.setText(self.tr("Customer &left"))
        self.open_button.setText(self.tr("Open cockpit"))
        self.all_box.setText(self.tr("Everyone today"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "all_box"):
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.ticker.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.ticker.stop()
        super().hideEvent(event)

    def _set_title(self) -> None:
        here = sum(1 for r in self.rows if r.in_showroom)
        self.setTitle(self.tr("In the showroom now: %1").replace("%1", str(here)))

    def _stay(self, v: TrafficRow) -> str:
        text = rt.duration(v.minutes(self.clock()))
        if v.ended_at or not self.all_box.isChecked():  # the board lists only who is here
            return text
        return self.tr("%1 (still here)").replace("%1", text)

    # -- rows --------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        day = self.clock().date()
        visits = self.ctx.services.visits
        try:
            if self.all_box.isChecked():
                rows = visits.day_log(day, showroom_only=True)
            else:
                rows = visits.in_showroom(day)
        except ShowroomError:
            rows = []
        chosen = self.selected()
        self.rows = rows
        self.model.set_rows(rows)
        for i, row in enumerate(rows):  # the selection survives the minute's refresh
            if chosen is not None and row.interaction_id == chosen.interaction_id:
                self.view.selectRow(i)
        self._set_title()
        self._update_buttons()

    def selected(self) -> TrafficRow | None:
        picked = self.view.selectionModel().selectedRows()
        return self.model.row_at(picked[0].row()) if picked else None

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        self.left_button.setEnabled(row is not None and row.in_showroom)
        self.open_button.setEnabled(row is not None)

    # -- slots -------------------------------------------------------------------------------
    def on_left_button_clicked(self) -> None:
        row = self.selected()
        if row is None or not row.in_showroom:
            return
        self.error.set_error("")
        try:
            self.ctx.services.visits.depart(row.interaction_id, at=self.clock())
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.refresh()
        self.changed.emit()

    def open_row(self, row: TrafficRow) -> None:
        open_customer_work(self.window(), self.ctx, row.opportunity_id, row.customer_id)

    def on_open_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_row(row)

    def on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(self.model.row_at(index.row()))

    def on_ticker_timeout(self) -> None:
        self.refresh()  # durations move on; a colleague's walk-in shows up
