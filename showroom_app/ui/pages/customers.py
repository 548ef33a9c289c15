"""Customers (客戶檔案): every customer, newest first, loaded page by page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from showroom_app.domain.records import CustomerRow
from showroom_app.ui import labels
from showroom_app.ui.models.table import Column, PagedModel
from showroom_app.ui.pages.base import Page, heading, make_table


class CustomersPage(Page):
    key = "customers"

    def title(self) -> str:
        return self.tr("Customers")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = heading(self, "customers_heading")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customers_count")
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.view = make_table(self, "customers_table")
        region = self.ctx.region
        svc = self.ctx.services.customers
        self.model: PagedModel[CustomerRow] = PagedModel(
            [
                Column(lambda: self.tr("Name"), self._name),
                Column(lambda: self.tr("Phone"), lambda c: labels.phone(c.phone_e164, region)),
                Column(
                    lambda: self.tr("Intent level"),
                    lambda c: labels.intent_level(c.intent_level.value if c.intent_level else None),
                ),
                Column(lambda: self.tr("Next follow-up"), lambda c: labels.day(c.next_follow_up)),
                Column(lambda: self.tr("Sales consultant"), lambda c: c.salesperson),
                Column(lambda: self.tr("First contact"), lambda c: labels.day(c.created_at.date())),
            ],
            fetch=svc.page,
            count=svc.count,
            parent=self,
        )
        self.view.setModel(self.model)
        layout.addWidget(self.view)

    @staticmethod
    def _name(c: CustomerRow) -> str:
        return labels.customer_name(c.name, c.salutation)

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self._update_count()
        self.model.retranslate()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", self.model.total))

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()
