"""Follow-ups: every open task, soonest first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from showroom_app.domain.records import TaskRow
from showroom_app.ui import labels
from showroom_app.ui.models.table import Column, PagedModel
from showroom_app.ui.pages.base import Page, heading, make_table
from showroom_app.ui.widgets.forms import name_widget

#: filter index -> days ahead of today (None: every open task)
HORIZONS: tuple[int | None, ...] = (0, 7, None)


class FollowUpsPage(Page):
    key = "followups"

    def title(self) -> str:
        return self.tr("Follow-ups")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = heading(self, "followups_heading")
        self.horizon_label = QLabel(self)
        self.horizon_combo = name_widget(QComboBox(self), "followups_horizon")
        for _ in HORIZONS:
            self.horizon_combo.addItem("")
        self.horizon_label.setBuddy(self.horizon_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("followups_count")
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.horizon_label)
        top.addWidget(self.horizon_combo)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.view = make_table(self, "followups_table")
        svc = self.ctx.services.followups
        region = self.ctx.region
        self.model: PagedModel[TaskRow] = PagedModel(
            [
                Column(lambda: self.tr("Due"), lambda t: labels.day(t.due_date)),
                Column(
                    lambda: self.tr("Customer"),
                    lambda t: labels.customer_name(t.customer_name, t.salutation),
                ),
                Column(lambda: self.tr("Phone"), lambda t: labels.phone(t.phone_e164, region)),
                Column(lambda: self.tr("Task"), lambda t: labels.task_kind(t.kind.value)),
                Column(
                    lambda: self.tr("Intent level"),
                    lambda t: labels.intent_level(t.intent_level.value if t.intent_level else None),
                ),
                Column(lambda: self.tr("Sales consultant"), lambda t: t.salesperson),
            ],
            fetch=lambda off, lim: svc.open_tasks(off, lim, due_on_or_before=self._until()),
            count=lambda: svc.open_count(due_on_or_before=self._until()),
            parent=self,
        )
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        self.horizon_combo.currentIndexChanged.connect(self.on_horizon_combo_changed)

    def _until(self) -> date | None:
        days = HORIZONS[max(self.horizon_combo.currentIndex(), 0)]
        return None if days is None else date.today() + timedelta(days=days)

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.horizon_label.setText(self.tr("&Show"))
        self.horizon_combo.setItemText(0, self.tr("Due today and overdue"))
        self.horizon_combo.setItemText(1, self.tr("Due within 7 days"))
        self.horizon_combo.setItemText(2, self.tr("All open tasks"))
        self._update_count()
        self.model.retranslate()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n task(s)", "", self.model.total))

    def on_horizon_combo_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()
