"""Pick the customer who referred this one: search by name or phone as you type.

Only customers the user may see are found (``CustomerService.search``); the customer
themselves is left out. Down arrow moves from the search into the results, Enter chooses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.ui import labels
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import name_widget

SEARCH_DELAY_MS = 250
MAX_RESULTS = 8


class ReferrerPicker(QWidget):
    """``chosen`` when the referrer was picked or cleared (``customer_id`` says which)."""

    chosen = Signal()

    def __init__(self, ctx: AppContext, exclude_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude_id = exclude_id
        self.customer_id: int | None = None
        self.setObjectName("cockpit_referrer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        chosen_row = QHBoxLayout()
        self.value_label = QLabel(self)
        self.value_label.setObjectName("cockpit_referrer_value")
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = name_widget(QPushButton(self), "cockpit_referrer_change")
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.on_change_button_clicked)
        chosen_row.addWidget(self.value_label)
        chosen_row.addWidget(self.change_button)
        chosen_row.addStretch(1)
        layout.addLayout(chosen_row)
        self.search_edit = name_widget(QLineEdit(self), "cockpit_referrer_search")
        self.search_edit.textEdited.connect(self.on_search_edit_edited)
        self.search_edit.installEventFilter(self)
        layout.addWidget(self.search_edit)
        self.results = name_widget(QListWidget(self), "cockpit_referrer_results")
        self.results.setMaximumHeight(140)
        for widget in (self.search_edit, self.results):
            widget.setMaximumWidth(480)
        self.results.itemActivated.connect(self.on_results_item_activated)
        self.results.itemClicked.connect(self.on_results_item_activated)
        self.results.hide()
        layout.addWidget(self.results)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.retranslate_ui()
        self._show_choice("")

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search the referrer by name or phone"))
        self.change_button.setText(self.tr("Change…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "search_edit"):
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- the choice --------------------------------------------------------------------------
    def set_choice(self, customer_id: int | None, text: str = "") -> None:
        """Show a stored choice (does not emit ``chosen``)."""
        self.customer_id = customer_id
        self._show_choice(text)

    def _show_choice(self, text: str) -> None:
        has = self.customer_id is not None
        self.value_label.setText(text)
        self.value_label.setVisible(has)
        self.change_button.setVisible(has)
        self.search_edit.setVisible(not has)
        if has:
            self.results.hide()

    @staticmethod
    def describe(name: str, salutation: str, phone: str, region: str) -> str:
        who = labels.customer_name(name, salutation)
        return f"{who} · {labels.phone(phone, region)}" if phone else who

    # -- slots -------------------------------------------------------------------------------
    def on_search_edit_edited(self, _text: str) -> None:
        self.timer.start()

    def search(self) -> None:
        self.timer.stop()
        query = self.search_edit.text().strip()
        self.results.clear()
        rows = []
        if query:
            try:
                rows = self.ctx.services.customers.search(query, limit=MAX_RESULTS + 1)
            except ShowroomError:
                rows = []
        region = self.ctx.region.value
        for row in [r for r in rows if r.customer_id != self.exclude_id][:MAX_RESULTS]:
            text = self.describe(row.name, row.salutation, row.phone_e164, region)
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, row.customer_id)
        self.results.setVisible(self.results.count() > 0)

    def on_results_item_activated(self, item: QListWidgetItem) -> None:
        if self.results.isHidden() and self.customer_id is not None:
            return  # a click that also activates: chosen once
        self.customer_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._show_choice(item.text())  # hides the results; cleared by the next search
        self.search_edit.clear()
        self.change_button.setFocus()
        self.chosen.emit()

    def on_change_button_clicked(self) -> None:
        self.customer_id = None
        self._show_choice("")
        self.search_edit.setFocus()
        self.chosen.emit()
