"""An editable table of priced lines on the deal desk (accessories, service fees, government
fees, insurance, subsidies): one row per line, typed in place, "Add line" / "Remove line",
the cell with a problem shaded and its message under the table. Columns a salesperson may
not see (costs, commissions) are hidden for them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.ui.cockpit.stage_closing_fields import COST_COLUMNS, LINE_TABLES
from showroom_app.ui.widgets.forms import FieldError, name_widget

_BAD = QBrush(QColor("#fde2e2"))
_ROW_HEIGHT = 26


class LinesBox(QGroupBox):
    """One line table; ``edited`` after every change typed or made with the buttons."""

    edited = Signal()

    def __init__(
        self,
        table: str,
        headers: Callable[[], Mapping[str, str]],
        *,
        see_cost: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table_key = table
        self.setObjectName(f"closing_{table}_box")
        self.columns = LINE_TABLES[table]
        self._headers = headers
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.table = name_widget(QTableWidget(0, len(self.columns), self), f"closing_{table}")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(self.columns)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for c, (key, _kind) in enumerate(self.columns):
            if (table, key) in COST_COLUMNS and not see_cost:
                self.table.setColumnHidden(c, True)
        self.table.itemChanged.connect(self.on_table_item_changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = name_widget(QPushButton(self), f"closing_{table}_add")
        self.remove_button = name_widget(QPushButton(self), f"closing_{table}_remove")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = FieldError(f"closing_{table}", self)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self._fit()

    def retranslate_ui(self, title: str) -> None:
        self.setTitle(title)
        names = self._headers()
        self.table.setHorizontalHeaderLabels([names.get(key, key) for key, _ in self.columns])
        self.add_button.setText(self.tr("Add line"))
        self.remove_button.setText(self.tr("Remove line"))

    # -- values ---------------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for c, (key, kind) in enumerate(self.columns):
                item = self.table.item(r, c)
                if kind == "check":
                    values[key] = item is not None and item.checkState() == Qt.CheckState.Checked
                else:
                    values[key] = item.text() if item is not None else ""
            out.append(values)
        return out

    def set_rows(self, rows: list[Mapping[str, Any]]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for values in rows:
                self._append(values)
        finally:
            self._filling = False
        self._fit()

    def _append(self, values: Mapping[str, Any]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, (key, kind) in enumerate(self.columns):
            item = QTableWidgetItem()
            if kind == "check":
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                checked = bool(values.get(key))
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            else:
                item.setText(str(values.get(key, "")))
                if kind != "text":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
            self.table.setItem(r, c, item)

    def show_errors(self, errors: Mapping[tuple[int, str], str]) -> None:
        """Shade the cells with a problem; their messages under the table."""
        self._filling = True
        try:
            for r in range(self.table.rowCount()):
                for c, (key, _kind) in enumerate(self.columns):
                    item = self.table.item(r, c)
                    if item is not None:
                        item.setBackground(_BAD if (r, key) in errors else QBrush())
        finally:
            self._filling = False
        texts = list(dict.fromkeys(errors.values()))
        self.error.set_error("\n".join(texts))

    def set_editable(self, editable: bool) -> None:
        self.table.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def _fit(self) -> None:
        rows = max(1, self.table.rowCount())
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * _ROW_HEIGHT + 6)
        for r in range(self.table.rowCount()):
            self.table.setRowHeight(r, _ROW_HEIGHT)

    # -- slots ----------------------------------------------------------------------------------
    def on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()

    def on_add_button_clicked(self) -> None:
        # a new service fee is optional (CN law); every other cell starts empty
        defaults: dict[str, Any] = {
            key: (key == "optional") if kind == "check" else "" for key, kind in self.columns
        }
        self._filling = True
        try:
            self._append(defaults)
        finally:
            self._filling = False
        self._fit()
        r = self.table.rowCount() - 1
        self.table.setCurrentCell(r, 0)
        first = self.table.item(r, 0)
        if first is not None:
            self.table.editItem(first)
        self.edited.emit()

    def on_remove_button_clicked(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            r = self.table.rowCount() - 1
        if r < 0:
            return
        self.table.removeRow(r)
        self._fit()
        self.edited.emit()


__all__ = ["LinesBox"]
