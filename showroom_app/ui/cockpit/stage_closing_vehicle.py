"""Which car the deal is for: a unit from stock (reserved for this customer at once) or a
trim ordered from the factory. Units held for other deals and sold units are not offered;
the deal's own unit is listed first. A filter narrows both lists as you type.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import StockStatus
from showroom_app.domain.records import StockRow, TrimRow
from showroom_app.services.deals_store import VehicleChoice
from showroom_app.ui import labels
from showroom_app.ui.widgets.forms import FieldError, name_widget

OFFERED = (StockStatus.IN_STOCK, StockStatus.IN_TRANSIT)
_TABLE_HEIGHT = 150


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = name_widget(QTableWidget(0, columns, parent), name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setFixedHeight(_TABLE_HEIGHT)
    return table


class VehiclePicker(QGroupBox):
    unit_chosen = Signal(int)
    trim_chosen = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closing_vehicle_box")
        self.language = language
        self.units: list[StockRow] = []
        self.trims: list[TrimRow] = []
        self.own_unit: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.current = QLabel(self)
        self.current.setObjectName("closing_vehicle_current_value")
        self.current.setWordWrap(True)
        self.current.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.current)
        self.filter_edit = name_widget(QLineEdit(self), "closing_vehicle_filter")
        self.filter_edit.textChanged.connect(self.on_filter_changed)
        layout.addWidget(self.filter_edit)
        self.tabs = name_widget(QTabWidget(self), "closing_vehicle_tabs")
        self.unit_table = _table(self.tabs, "closing_unit_table", 4)
        self.trim_table = _table(self.tabs, "closing_trim_table", 3)
        self.unit_table.cellDoubleClicked.connect(lambda _r, _c: self.on_reserve_clicked())
        self.trim_table.cellDoubleClicked.connect(lambda _r, _c: self.on_order_clicked())
        self.tabs.addTab(self.unit_table, "")
        self.tabs.addTab(self.trim_table, "")
        layout.addWidget(self.tabs)
        row = QHBoxLayout()
        self.reserve_button = name_widget(QPushButton(self), "closing_reserve_unit")
        self.order_button = name_widget(QPushButton(self), "closing_order_trim")
        for button in (self.reserve_button, self.order_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = FieldError("closing_vehicle", self)
        layout.addWidget(self.error)
        self.reserve_button.clicked.connect(self.on_reserve_clicked)
        self.order_button.clicked.connect(self.on_order_clicked)
        self.tabs.currentChanged.connect(self._show_buttons)
        self._choice: VehicleChoice | None = None

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Vehicle"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by model, trim, colour or VIN"))
        self.tabs.setTabText(0, self.tr("Stock units"))
        self.tabs.setTabText(1, self.tr("Order a trim"))
        self.unit_table.setHorizontalHeaderLabels(
            [self.tr("Model and trim"), self.tr("Colour"), self.tr("VIN"), self.tr("Status")]
        )
        self.trim_table.setHorizontalHeaderLabels(
            [self.tr("Model and trim"), self.tr("MSRP"), self.tr("In stock")]
        )
        self.reserve_button.setText(self.tr("&Reserve this unit"))
        self.order_button.setText(self.tr("&Order this trim"))
        self.show_choice(self._choice)
        self._fill()

    # -- data -----------------------------------------------------------------------------------
    def set_catalogue(self, units: list[StockRow], trims: list[TrimRow]) -> None:
        self.units = units
        self.trims = trims
        self._fill()

    def show_choice(self, choice: VehicleChoice | None) -> None:
        self._choice = choice
        self.own_unit = choice.stock_vehicle_id if choice else None
        if choice is None:
            text = self.tr("No car chosen yet: reserve a unit or order a trim.")
        elif choice.stock_vehicle_id is not None:
            text = self.tr("Reserved: %1 · %2 · VIN %3").replace(
                "%1", choice.name(self.language)).replace("%2", choice.colour_ext or "—").replace(
                "%3", choice.vin)  # fmt: skip
        else:
            text = self.tr("Ordered from the factory: %1").replace("%1", choice.name(self.language))
        self.current.setText(text)
        self._fill()

    def _name(self, row: StockRow | TrimRow) -> str:
        lang = self.language
        return " ".join(
            p for p in (row.brand.for_language(lang), row.model.for_language(lang),
                        row.trim.for_language(lang)) if p
        )  # fmt: skip

    def _matches(self, text: str) -> bool:
        needle = self.filter_edit.text().strip().casefold()
        return not needle or all(part in text.casefold() for part in needle.split())

    def _fill(self) -> None:
        units = [
            u
            for u in self.units
            if (u.status in OFFERED and not u.is_test_car) or u.stock_id == self.own_unit
        ]
        units.sort(key=lambda u: (u.stock_id != self.own_unit, self._name(u), u.vin))
        units = [u for u in units if self._matches(f"{self._name(u)} {u.colour_ext} {u.vin}")]
        self.unit_table.setRowCount(len(units))
        for r, u in enumerate(units):
            status = labels.stock_status(u.status.value)
            if u.stock_id == self.own_unit:
                status = self.tr("Reserved for this deal")
            for c, text in enumerate((self._name(u), u.colour_ext, u.vin, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.stock_id)
                self.unit_table.setItem(r, c, item)
        trims = [t for t in self.trims if self._matches(self._name(t))]
        self.trim_table.setRowCount(len(trims))
        for r, t in enumerate(trims):
            for c, text in enumerate(
                (self._name(t), labels.money(t.msrp, t.currency), str(t.in_stock))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, t.trim_id)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.trim_table.setItem(r, c, item)
        for table in (self.unit_table, self.trim_table):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._show_buttons()

    def _show_buttons(self, *_args: object) -> None:
        on_units = self.tabs.currentIndex() == 0
        self.reserve_button.setVisible(on_units)
        self.order_button.setVisible(not on_units)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.reserve_button, self.order_button, self.unit_table, self.trim_table):
            widget.setEnabled(editable)

    @staticmethod
    def _selected(table: QTableWidget) -> int | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    # -- slots ----------------------------------------------------------------------------------
    def on_filter_changed(self, _text: str) -> None:
        self._fill()

    def on_reserve_clicked(self) -> None:
        unit = self._selected(self.unit_table)
        if unit is None:
            self.error.set_error(self.tr("Select a unit in the list first."))
        elif unit != self.own_unit:
            self.unit_chosen.emit(unit)

    def on_order_clicked(self) -> None:
        trim = self._selected(self.trim_table)
        if trim is None:
            self.error.set_error(self.tr("Select a trim in the list first."))
        else:
            self.trim_chosen.emit(trim)


__all__ = ["VehiclePicker"]
