"""Reports: what was recorded in a period (the KPI dashboard builds on these counts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from showroom_app.domain.records import ActivityReport
from showroom_app.services.reports import month_bounds
from showroom_app.ui import labels
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import Page, heading, make_table
from showroom_app.ui.widgets.forms import name_widget

COUNTS = (
    "customers_total",
    "new_customers",
    "visitor_groups",
    "new_opportunities",
    "orders",
    "deliveries",
    "lost",
)


def period_for(index: int, today: date) -> tuple[date, date]:
    if index == 0:
        return month_bounds(today)
    if index == 1:
        last = today.replace(day=1).toordinal() - 1
        return month_bounds(date.fromordinal(last))
    return date(today.year, 1, 1), date(today.year, 12, 31)


class ReportsPage(Page):
    key = "reports"

    def title(self) -> str:
        return self.tr("Reports")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = heading(self, "reports_heading")
        self.period_label = QLabel(self)
        self.period_combo = name_widget(QComboBox(self), "reports_period")
        for _ in range(3):
            self.period_combo.addItem("")
        self.period_label.setBuddy(self.period_combo)
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        layout.addLayout(top)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("reports_range")
        layout.addWidget(self.range_label)
        body = QHBoxLayout()
        form = QFormLayout()
        self.count_names = {k: QLabel(self) for k in COUNTS}
        self.count_values = {k: QLabel("0", self) for k in COUNTS}
        for k in COUNTS:
            self.count_values[k].setObjectName(f"report_{k}")
            form.addRow(self.count_names[k], self.count_values[k])
        body.addLayout(form)
        self.level_view = make_table(self, "report_by_level")
        self.level_model: RowsModel[tuple[str, int]] = RowsModel(
            [
                Column(lambda: self.tr("Intent level"), lambda r: labels.intent_level(r[0])),
                Column(lambda: self.tr("Open"), lambda r: r[1], align_right=True),
            ],
            self,
        )
        self.level_view.setModel(self.level_model)
        self.source_view = make_table(self, "report_by_source")
        self.source_model: RowsModel[tuple[str, int]] = RowsModel(
            [
                Column(lambda: self.tr("Lead source"), lambda r: labels.lead_source(r[0])),
                Column(lambda: self.tr("New opportunities"), lambda r: r[1], align_right=True),
            ],
            self,
        )
        self.source_view.setModel(self.source_model)
        body.addWidget(self.level_view)
        body.addWidget(self.source_view)
        layout.addLayout(body, 1)
        self.period_combo.currentIndexChanged.connect(self.on_period_combo_changed)
        self.report: ActivityReport | None = None

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.period_label.setText(self.tr("&Period"))
        self.period_combo.setItemText(0, self.tr("This month"))
        self.period_combo.setItemText(1, self.tr("Last month"))
        self.period_combo.setItemText(2, self.tr("This year"))
        names = {
            "customers_total": self.tr("Customers in the archive"),
            "new_customers": self.tr("New customers"),
            "visitor_groups": self.tr("New showroom visitor groups"),
            "new_opportunities": self.tr("New opportunities"),
            "orders": self.tr("Orders (contracts signed)"),
            "deliveries": self.tr("Deliveries"),
            "lost": self.tr("Lost deals"),
        }
        for k, text in names.items():
            self.count_names[k].setText(text)
        self._show_range()
        self.level_model.retranslate()
        self.source_model.retranslate()

    def _show_range(self) -> None:
        if self.report is not None:
            self.range_label.setText(
                self.tr("From %1 to %2")
                .replace("%1", labels.day(self.report.period_start))
                .replace("%2", labels.day(self.report.period_end))
            )

    def on_period_combo_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        start, end = period_for(self.period_combo.currentIndex(), date.today())
        report = self.ctx.services.reports.activity(start, end)
        self.report = report
        for k in COUNTS:
            self.count_values[k].setText(f"{getattr(report, k):,}")
        order = "HABCNO"
        self.level_model.set_rows(sorted(report.by_level.items(), key=lambda kv: order.find(kv[0])))
        self.source_model.set_rows(sorted(report.by_source.items(), key=lambda kv: -kv[1]))
        self._show_range()
