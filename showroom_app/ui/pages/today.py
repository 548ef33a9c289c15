"""Today (今日任務): the day's plan (appointments, then follow-ups due — H and A first), the
appointments day view, who is in the showroom now, and the daily readiness checklist.

Every query is bounded to the day (or is the follow-up list the page always had), so the
page opens as fast over 100,000 customers as over 100.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.domain.records import TodaySummary
from showroom_app.services.appointments import AppointmentStatus
from showroom_app.ui import labels
from showroom_app.ui.cockpit import stage_reception_texts as rt
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import Page, heading, make_table
from showroom_app.ui.pages.today_board import VisitorsBoard
from showroom_app.ui.pages.today_day_view import AppointmentsDayView
from showroom_app.ui.pages.today_plan import PlanRow, build_plan, open_customer_work
from showroom_app.ui.pages.today_readiness import ReadinessBox
from showroom_app.ui.widgets.approvals import ApprovalsPanel


class StatCard(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("0", self)
        self.value.setObjectName(f"{name}_value")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class TodayPage(Page):
    key = "today"

    def title(self) -> str:
        return self.tr("Today's tasks")

    def now(self) -> datetime:
        """The page's clock (tests pin it to the demo day)."""
        return datetime.now()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.header = heading(self, "today_heading")
        layout.addWidget(self.header)
        cards = QHBoxLayout()
        self.card_overdue = StatCard("card_overdue", self)
        self.card_due = StatCard("card_due_today", self)
        self.card_appointments = StatCard("card_appointments", self)
        self.card_visitors = StatCard("card_visitors", self)
        self.card_hot = StatCard("card_hot", self)
        for card in (
            self.card_overdue,
            self.card_due,
            self.card_appointments,
            self.card_visitors,
            self.card_hot,
        ):
            cards.addWidget(card)
        layout.addLayout(cards)
        self.approvals = ApprovalsPanel(
            self.ctx.services.approvals, self.ctx.services.session, self
        )
        self.approvals.decided.connect(self.refresh)
        layout.addWidget(self.approvals)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("today_splitter")
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(splitter)
        self.tabs.setObjectName("today_tabs")
        plan = QWidget(self.tabs)
        plan_layout = QVBoxLayout(plan)
        self.tasks_label = QLabel(plan)
        self.tasks_label.setObjectName("today_plan_caption")
        self.tasks_label.setWordWrap(True)
        self.tasks_view = make_table(plan, "today_tasks")
        region = self.ctx.region
        self.tasks_model: RowsModel[PlanRow] = RowsModel(
            [
                Column(lambda: self.tr("When"), self._when),
                Column(lambda: self.tr("Customer"), self._customer),
                Column(
                    lambda: self.tr("Phone"),
                    lambda r: labels.phone((r.task or r.appointment).phone_e164, region),
                ),
                Column(lambda: self.tr("Intent level"), self._level),
                Column(lambda: self.tr("Task"), self._what),
                Column(
                    lambda: self.tr("Sales consultant"),
                    lambda r: r.task.salesperson if r.task else "",
                ),
            ],
            self,
        )
        self.tasks_view.setModel(self.tasks_model)
        self.tasks_view.doubleClicked.connect(self.on_tasks_view_double_clicked)
        header = self.tasks_view.horizontalHeader()
        for column, width in enumerate((105, 100, 110, 125, 240)):
            header.resizeSection(column, width)
        plan_layout.addWidget(self.tasks_label)
        plan_layout.addWidget(self.tasks_view, 1)
        self.day_view = AppointmentsDayView(self.ctx, lambda: self.now(), self.tabs)
        self.day_view.changed.connect(self.refresh)
        self.tabs.addTab(plan, "")
        self.tabs.addTab(self.day_view, "")

        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.board = VisitorsBoard(self.ctx, lambda: self.now(), side)
        self.board.changed.connect(self.refresh)
        self.readiness = ReadinessBox(self.ctx, side)
        side_layout.addWidget(self.board, 3)
        side_layout.addWidget(self.readiness, 2)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.summary: TodaySummary | None = None
        self.day = self.now().date()

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.card_overdue.caption.setText(self.tr("Overdue follow-ups"))
        self.card_due.caption.setText(self.tr("Due today"))
        self.card_appointments.caption.setText(self.tr("Appointments today"))
        self.card_visitors.caption.setText(self.tr("Visitors today"))
        self.card_hot.caption.setText(self.tr("Open H and A customers"))
        self.tasks_label.setText(
            self.tr("Today's appointments, then follow-ups due and overdue (H and A first)")
        )
        self.tabs.setTabText(0, self.tr("Today's plan"))
        self.tabs.setTabText(1, self.tr("Appointments"))
        self.tasks_model.retranslate()

    # -- the plan's columns ---------------------------------------------------------------------
    def _due_text(self, due: date) -> str:
        today = self.summary.today if self.summary else self.day
        if due >= today:
            return self.tr("Today")
        return self.tr("%n day(s) overdue", "", (today - due).days)

    def _when(self, row: PlanRow) -> str:
        if row.appointment is not None:
            a = row.appointment
            return f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}"
        assert row.task is not None
        return self._due_text(row.task.due_date)

    @staticmethod
    def _customer(row: PlanRow) -> str:
        who = row.appointment or row.task
        assert who is not None
        return labels.customer_name(who.customer_name, who.salutation)

    @staticmethod
    def _level(row: PlanRow) -> str:
        if row.appointment is not None:
            return labels.intent_level(row.appointment.intent_level or None)
        level = row.task.intent_level if row.task else None
        return labels.intent_level(level.value if level else None)

    def _what(self, row: PlanRow) -> str:
        if row.appointment is not None:
            a = row.appointment
            text = self.tr("Appointment: %1").replace("%1", rt.appointment_kind(a.kind.value))
            if a.status is not AppointmentStatus.SCHEDULED:
                text += f" · {rt.appointment_status(a.status.value)}"
            return f"{text} · {a.car}" if a.car else text
        assert row.task is not None
        return labels.task_kind(row.task.kind.value)

    # -- slots ----------------------------------------------------------------------------------
    def on_tasks_view_double_clicked(self, index: QModelIndex) -> None:
        """An appointment opens its cockpit; a task opens the customer (e.g. to complete a
        two-day archive task)."""
        if not index.isValid():
            return
        row = self.tasks_model.row_at(index.row())
        if row.appointment is not None:
            open_customer_work(self.window(), self.ctx, row.opportunity_id, row.customer_id)
            return
        from showroom_app.ui.profile import CustomerProfileDialog

        dialog = CustomerProfileDialog(self.ctx, row.customer_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()

    def refresh(self) -> None:
        self.day = self.now().date()
        self.approvals.refresh()
        s = self.ctx.services.followups.today(self.day)
        self.summary = s
        try:
            appointments = self.ctx.services.appointments.day(self.day)
        except ShowroomError:
            appointments = []
        plan = build_plan(appointments, s.tasks)
        self.card_overdue.value.setText(f"{s.overdue_count:,}")
        self.card_due.value.setText(f"{s.due_today_count:,}")
        live = sum(1 for r in plan if r.appointment is not None)
        self.card_appointments.value.setText(f"{live:,}")
        self.card_visitors.value.setText(f"{s.visits_today:,}")
        hot = s.open_by_level.get("H", 0) + s.open_by_level.get("A", 0)
        self.card_hot.value.setText(f"{hot:,}")
        self.tasks_model.set_rows(plan)
        self.day_view.refresh()
        self.board.refresh()
        self.readiness.show_day(self.day)
