"""Sales: opportunities by status, next follow-up first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from showroom_app.domain.enums import OpportunityStatus
from showroom_app.domain.records import OpportunityRow
from showroom_app.ui import labels
from showroom_app.ui.models.table import Column, PagedModel
from showroom_app.ui.pages.base import Page, heading, make_table
from showroom_app.ui.widgets.forms import name_widget


class SalesPage(Page):
    key = "sales"

    def title(self) -> str:
        return self.tr("Sales")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = heading(self, "sales_heading")
        self.status_label = QLabel(self)
        self.status_combo = name_widget(QComboBox(self), "sales_status_filter")
        self.status_combo.addItem("", None)
        for status in OpportunityStatus:
            self.status_combo.addItem("", status.value)
        self.status_combo.setCurrentIndex(1)  # open opportunities
        self.status_label.setBuddy(self.status_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("sales_count")
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.status_combo)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.view = make_table(self, "sales_table")
        svc = self.ctx.services.sales
        region = self.ctx.region
        self.model: PagedModel[OpportunityRow] = PagedModel(
            [
                Column(
                    lambda: self.tr("Customer"),
                    lambda o: labels.customer_name(o.customer_name, o.salutation),
                ),
                Column(lambda: self.tr("Phone"), lambda o: labels.phone(o.phone_e164, region)),
                Column(
                    lambda: self.tr("Intent level"),
                    lambda o: labels.intent_level(o.intent_level.value),
                ),
                Column(
                    lambda: self.tr("Status"), lambda o: labels.opportunity_status(o.status.value)
                ),
                Column(lambda: self.tr("Stage"), lambda o: labels.stage(o.stage)),
                Column(
                    lambda: self.tr("Model of interest"),
                    lambda o: o.model.for_language(self.ctx.language) if o.model else "",
                ),
                Column(
                    lambda: self.tr("Lead source"), lambda o: labels.lead_source(o.source.value)
                ),
                Column(lambda: self.tr("Next follow-up"), lambda o: labels.day(o.next_follow_up)),
                Column(lambda: self.tr("Sales consultant"), lambda o: o.salesperson),
            ],
            fetch=lambda off, lim: svc.page(off, lim, self._status()),
            count=lambda: svc.count(self._status()),
            parent=self,
        )
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        layout.addWidget(self.view)
        self.status_combo.currentIndexChanged.connect(self.on_status_combo_changed)

    def on_view_double_clicked(self, index: QModelIndex) -> None:
        """Open the sales cockpit of the opportunity (stages, checklists, closing)."""
        if not index.isValid():
            return
        from showroom_app.ui.cockpit import open_cockpit

        open_cockpit(self, self.ctx, self.model.row_at(index.row()).opportunity_id)

    def _status(self) -> OpportunityStatus | None:
        code = self.status_combo.currentData()
        return OpportunityStatus(code) if code else None

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.status_label.setText(self.tr("&Status"))
        self.status_combo.setItemText(0, self.tr("All"))
        for i in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                i, labels.opportunity_status(self.status_combo.itemData(i))
            )
        self._update_count()
        self.model.retranslate()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n opportunity(ies)", "", self.model.total))

    def on_status_combo_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()
