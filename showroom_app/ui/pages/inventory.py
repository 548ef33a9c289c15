"""Inventory: the catalogue (trims with stock counts) and the physical cars."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.records import StockRow, TrimRow
from showroom_app.ui import labels
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import Page, heading, make_table
from showroom_app.ui.widgets.forms import name_widget


class InventoryPage(Page):
    key = "inventory"

    def title(self) -> str:
        return self.tr("Inventory")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.header = heading(self, "inventory_heading")
        top = QHBoxLayout()
        top.addWidget(self.header)
        top.addStretch(1)
        # the presentation's key specs and FAB cards: the dealership's data, managers edit it
        self.catalogue_button = name_widget(QPushButton(self), "inventory_edit_catalogue")
        self.catalogue_button.clicked.connect(self.on_catalogue_button_clicked)
        self.catalogue_button.setVisible(self.ctx.services.presentation.may_edit_catalogue)
        top.addWidget(self.catalogue_button)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("inventory_tabs")
        lang = lambda: self.ctx.language  # noqa: E731
        self.trims_view = make_table(self, "catalogue_table")
        self.trims_model: RowsModel[TrimRow] = RowsModel(
            [
                Column(lambda: self.tr("Brand"), lambda t: t.brand.for_language(lang())),
                Column(lambda: self.tr("Model"), lambda t: t.model.for_language(lang())),
                Column(lambda: self.tr("Trim"), lambda t: t.trim.for_language(lang())),
                Column(lambda: self.tr("Body type"), lambda t: labels.body_type(t.body_type)),
                Column(lambda: self.tr("Powertrain"), lambda t: labels.powertrain(t.powertrain)),
                Column(lambda: self.tr("Engine / motor"), self._engine, align_right=True),
                Column(lambda: self.tr("Seats"), lambda t: t.seats, align_right=True),
                Column(
                    lambda: self.tr("MSRP"),
                    lambda t: labels.money(t.msrp, t.currency),
                    align_right=True,
                ),
                Column(lambda: self.tr("In stock"), lambda t: t.in_stock, align_right=True),
                Column(lambda: self.tr("In transit"), lambda t: t.in_transit, align_right=True),
                Column(lambda: self.tr("Reserved"), lambda t: t.reserved, align_right=True),
            ],
            self,
        )
        self.trims_view.setModel(self.trims_model)
        stock_tab = QWidget(self)
        stock_layout = QVBoxLayout(stock_tab)
        opts = QHBoxLayout()
        self.include_sold = name_widget(QCheckBox(stock_tab), "stock_include_sold")
        self.include_sold.toggled.connect(self.on_include_sold_toggled)
        opts.addWidget(self.include_sold)
        opts.addStretch(1)
        stock_layout.addLayout(opts)
        self.stock_view = make_table(stock_tab, "stock_table")
        columns: list[Column[StockRow]] = [
            Column(lambda: self.tr("VIN"), lambda v: v.vin),
            Column(lambda: self.tr("Brand"), lambda v: v.brand.for_language(lang())),
            Column(lambda: self.tr("Model"), lambda v: v.model.for_language(lang())),
            Column(lambda: self.tr("Trim"), lambda v: v.trim.for_language(lang())),
            Column(lambda: self.tr("Exterior colour"), lambda v: v.colour_ext),
            Column(lambda: self.tr("Interior colour"), lambda v: v.colour_int),
            Column(lambda: self.tr("Status"), lambda v: labels.stock_status(v.status.value)),
            Column(
                lambda: self.tr("Test car"), lambda v: self.tr("Test car") if v.is_test_car else ""
            ),
            Column(lambda: self.tr("Plate"), lambda v: v.plate),
            Column(lambda: self.tr("Arrived"), lambda v: labels.day(v.arrived_on)),
        ]
        if self.ctx.may_see_cost:
            currency = self.ctx.dealership.currency
            columns.append(
                Column(
                    lambda: self.tr("Dealer cost"),
                    lambda v: labels.money(v.dealer_cost, currency),
                    align_right=True,
                )
            )
        self.stock_model: RowsModel[StockRow] = RowsModel(columns, self)
        self.stock_view.setModel(self.stock_model)
        stock_layout.addWidget(self.stock_view)
        self.tabs.addTab(self.trims_view, "")
        self.tabs.addTab(stock_tab, "")
        layout.addWidget(self.tabs)

    @staticmethod
    def _engine(t: TrimRow) -> str:
        parts = []
        if t.displacement_cc:
            parts.append(f"{t.displacement_cc:,} cc")
        if t.motor_kw:
            parts.append(f"{t.motor_kw} kW")
        return " + ".join(parts)

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.tabs.setTabText(0, self.tr("Catalogue"))
        self.tabs.setTabText(1, self.tr("Stock"))
        self.include_sold.setText(self.tr("Include sold cars"))
        self.catalogue_button.setText(self.tr("Key specs and FAB cards…"))
        self.trims_model.retranslate()
        self.stock_model.retranslate()

    def on_catalogue_button_clicked(self) -> None:
        from showroom_app.ui.catalogue_editor import open_catalogue_editor

        self.catalogue_editor = open_catalogue_editor(self.ctx, self)

    def on_include_sold_toggled(self, _checked: bool) -> None:
        self._load_stock()

    def _load_stock(self) -> None:
        self.stock_model.set_rows(
            self.ctx.services.catalogue.stock(include_sold=self.include_sold.isChecked())
        )

    def refresh(self) -> None:
        self.trims_model.set_rows(self.ctx.services.catalogue.trims())
        self._load_stock()
        self.trims_view.resizeColumnsToContents()
        self.stock_view.resizeColumnsToContents()
