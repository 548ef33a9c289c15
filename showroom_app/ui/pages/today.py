"""Today (今日任務): overdue and due follow-ups (H and A first), today's visitors."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from showroom_app.domain.records import TaskRow, TodaySummary, VisitRow
from showroom_app.ui import labels
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import Page, heading, make_table
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

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.header = heading(self, "today_heading")
        layout.addWidget(self.header)
        cards = QHBoxLayout()
        self.card_overdue = StatCard("card_overdue", self)
        self.card_due = StatCard("card_due_today", self)
        self.card_visitors = StatCard("card_visitors", self)
        self.card_hot = StatCard("card_hot", self)
        for card in (self.card_overdue, self.card_due, self.card_visitors, self.card_hot):
            cards.addWidget(card)
        layout.addLayout(cards)
        self.approvals = ApprovalsPanel(
            self.ctx.services.approvals, self.ctx.services.session, self
        )
        self.approvals.decided.connect(self.refresh)
        layout.addWidget(self.approvals)
        grid = QGridLayout()
        self.tasks_label = QLabel(self)
        self.visits_label = QLabel(self)
        self.tasks_view = make_table(self, "today_tasks")
        self.visits_view = make_table(self, "today_visitors")
        region = self.ctx.region
        self.tasks_model: RowsModel[TaskRow] = RowsModel(
            [
                Column(lambda: self.tr("Due"), lambda t: self._due_text(t.due_date)),
                Column(
                    lambda: self.tr("Customer"),
                    lambda t: labels.customer_name(t.customer_name, t.salutation),
                ),
                Column(lambda: self.tr("Phone"), lambda t: labels.phone(t.phone_e164, region)),
                Column(
                    lambda: self.tr("Intent level"),
                    lambda t: labels.intent_level(t.intent_level.value if t.intent_level else None),
                ),
                Column(lambda: self.tr("Task"), lambda t: labels.task_kind(t.kind.value)),
                Column(lambda: self.tr("Sales consultant"), lambda t: t.salesperson),
            ],
            self,
        )
        self.visits_model: RowsModel[VisitRow] = RowsModel(
            [
                Column(lambda: self.tr("Arrived"), lambda v: v.started_at.strftime("%H:%M")),
                Column(
                    lambda: self.tr("Customer"),
                    lambda v: labels.customer_name(v.customer_name, v.salutation),
                ),
                Column(lambda: self.tr("Party"), lambda v: v.party_size, align_right=True),
                Column(
                    lambda: self.tr("Visit"),
                    lambda v: self.tr("First visit") if v.first_visit else self.tr("Return visit"),
                ),
                Column(lambda: self.tr("Time in showroom"), self._duration),
                Column(lambda: self.tr("Summary"), lambda v: v.summary),
            ],
            self,
        )
        self.tasks_view.setModel(self.tasks_model)
        self.tasks_view.doubleClicked.connect(self.on_tasks_view_double_clicked)
        self.visits_view.setModel(self.visits_model)
        grid.addWidget(self.tasks_label, 0, 0)
        grid.addWidget(self.tasks_view, 1, 0)
        grid.addWidget(self.visits_label, 2, 0)
        grid.addWidget(self.visits_view, 3, 0)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        layout.addLayout(grid)
        self.summary: TodaySummary | None = None

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.card_overdue.caption.setText(self.tr("Overdue follow-ups"))
        self.card_due.caption.setText(self.tr("Due today"))
        self.card_visitors.caption.setText(self.tr("Visitors today"))
        self.card_hot.caption.setText(self.tr("Open H and A customers"))
        self.tasks_label.setText(self.tr("Follow-ups due and overdue (H and A first)"))
        self.visits_label.setText(self.tr("Today's visitors"))
        self.tasks_model.retranslate()
        self.visits_model.retranslate()

    def _due_text(self, due: date) -> str:
        today = self.summary.today if self.summary else date.today()
        if due == today:
            return self.tr("Today")
        days = (today - due).days
        return self.tr("%n day(s) overdue", "", days)

    def _duration(self, visit: VisitRow) -> str:
        end = visit.ended_at or datetime.now()
        minutes = max(int((end - visit.started_at).total_seconds() // 60), 0)
        text = self.tr("%n min", "", minutes)
        return text if visit.ended_at else self.tr("%1 (still here)").replace("%1", text)

    def on_tasks_view_double_clicked(self, index: QModelIndex) -> None:
        """Open the customer of a task (e.g. to complete a two-day archive task)."""
        if not index.isValid():
            return
        from showroom_app.ui.profile import CustomerProfileDialog

        dialog = CustomerProfileDialog(
            self.ctx, self.tasks_model.row_at(index.row()).customer_id, self
        )
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()

    def refresh(self) -> None:
        self.approvals.refresh()
        s = self.ctx.services.followups.today()
        self.summary = s
        self.card_overdue.value.setText(f"{s.overdue_count:,}")
        self.card_due.value.setText(f"{s.due_today_count:,}")
        self.card_visitors.value.setText(f"{s.visits_today:,}")
        hot = s.open_by_level.get("H", 0) + s.open_by_level.get("A", 0)
        self.card_hot.value.setText(f"{hot:,}")
        self.tasks_model.set_rows(s.tasks)
        self.visits_model.set_rows(s.visits)
