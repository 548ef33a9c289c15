"""Customers (客戶檔案): every customer, newest first, loaded page by page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import IntentLevel
from showroom_app.domain.errors import ShowroomError
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import CustomerRow
from showroom_app.services.customers import UNASSIGNED, CustomerFilter
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.models.table import Column, PagedModel, RowsModel
from showroom_app.ui.pages import customer_actions
from showroom_app.ui.pages.base import Page, heading, make_table
from showroom_app.ui.widgets.forms import name_widget

if TYPE_CHECKING:
    from showroom_app.services.privacy import RetentionCandidate


NAME_COLUMN, FIRST_CONTACT_COLUMN = 0, 5


class CustomersPage(Page):
    key = "customers"

    def title(self) -> str:
        return self.tr("Customers")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = heading(self, "customers_heading")
        self.search_edit = name_widget(QLineEdit(self), "customers_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.new_button = name_widget(QPushButton(self), "customers_new")
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customers_count")
        top.addWidget(self.header)
        top.addSpacing(12)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        filters = QHBoxLayout()
        self.level_combo = name_widget(QComboBox(self), "filter_intent_level")
        self.level_combo.addItem("", None)
        for level in IntentLevel:
            self.level_combo.addItem("", level.value)
        self.salesperson_combo = name_widget(QComboBox(self), "filter_salesperson")
        self.salesperson_combo.addItem("", None)
        self.salesperson_combo.addItem("", UNASSIGNED)
        for user in self.ctx.services.settings.users(include_inactive=True):
            self.salesperson_combo.addItem(user.name, user.id)
        self.vehicle_check = name_widget(QCheckBox(self), "filter_owns_vehicle")
        self.maintenance_check = name_widget(QCheckBox(self), "filter_maintenance")
        self.maintenance_days = name_widget(QSpinBox(self), "filter_maintenance_days")
        self.maintenance_days.setRange(1, 365)
        self.maintenance_days.setValue(30)
        self.archive_check = name_widget(QCheckBox(self), "filter_archive_overdue")
        self.consent_check = name_widget(QCheckBox(self), "filter_marketing_consent")
        for w in (
            self.level_combo,
            self.salesperson_combo,
            self.vehicle_check,
            self.maintenance_check,
            self.maintenance_days,
            self.archive_check,
            self.consent_check,
        ):
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.view = make_table(self, "customers_table")
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        region = self.ctx.region
        svc = self.ctx.services.customers
        self._order = "newest"
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
            fetch=lambda off, lim: svc.page(off, lim, flt=self.current_filter(), order=self._order),
            count=lambda: svc.count(flt=self.current_filter()),
            parent=self,
        )
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.model.sort_requested = self.on_model_sort_requested
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        layout.addWidget(self.view)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.level_combo, self.salesperson_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for check in (
            self.vehicle_check,
            self.maintenance_check,
            self.archive_check,
            self.consent_check,
        ):
            check.toggled.connect(lambda _c: self.refresh())
        self.maintenance_days.valueChanged.connect(
            lambda _v: self.refresh() if self.maintenance_check.isChecked() else None
        )
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.search_edit.setFocus)
        actions = QHBoxLayout()
        self.reassign_button = name_widget(QPushButton(self), "customer_reassign")
        self.export_button = name_widget(QPushButton(self), "customer_export")
        self.erase_button = name_widget(QPushButton(self), "customer_erase")
        self.retention_button = name_widget(QPushButton(self), "customers_retention")
        self.reassign_button.clicked.connect(self.on_reassign_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.erase_button.clicked.connect(self.on_erase_button_clicked)
        self.retention_button.clicked.connect(self.on_retention_button_clicked)
        self.merge_button = name_widget(QPushButton(self), "customers_merge")
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        self.open_button = name_widget(QPushButton(self), "customer_open")
        self.print_button = name_widget(QPushButton(self), "customer_print")
        self.import_button = name_widget(QPushButton(self), "customers_import")
        self.export_list_button = name_widget(QPushButton(self), "customers_export_list")
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.export_list_button.clicked.connect(self.on_export_list_button_clicked)
        actions.addWidget(self.open_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.reassign_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_list_button)
        actions.addWidget(self.retention_button)
        layout.addLayout(actions)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    @staticmethod
    def _name(c: CustomerRow) -> str:
        return labels.customer_name(c.name, c.salutation)

    def _selected(self) -> CustomerRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_actions(self, *_args: object) -> None:
        session = self.ctx.services.session
        selected = self._selected() is not None
        self.reassign_button.setVisible(session.can(Capability.REASSIGN))
        self.erase_button.setVisible(session.can(Capability.ERASE))
        self.retention_button.setVisible(session.can(Capability.ERASE))
        for button in (
            self.reassign_button,
            self.export_button,
            self.erase_button,
            self.open_button,
            self.print_button,
        ):
            button.setEnabled(selected)
        self.merge_button.setEnabled(len(self.view.selectionModel().selectedRows()) == 2)

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            query=self.search_edit.text(),
            intent_level=self.level_combo.currentData(),
            salesperson_id=self.salesperson_combo.currentData(),
            owns_vehicle=self.vehicle_check.isChecked(),
            maintenance_within_days=self.maintenance_days.value()
            if self.maintenance_check.isChecked()
            else None,
            archive_overdue=self.archive_check.isChecked(),
            consent_marketing=self.consent_check.isChecked(),
        )

    def on_model_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        """Sorting happens in the database (the list is never loaded whole): by name, or by
        first contact (newest or oldest first); other columns keep the current order."""
        if not self._ready:
            return
        header = self.view.horizontalHeader()
        if column == NAME_COLUMN:
            self._order = "name"
        elif column == FIRST_CONTACT_COLUMN:
            self._order = "oldest" if order == Qt.SortOrder.AscendingOrder else "newest"
        else:
            current = NAME_COLUMN if self._order == "name" else FIRST_CONTACT_COLUMN
            current_order = (
                Qt.SortOrder.DescendingOrder
                if self._order == "newest"
                else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(current, current_order)
            header.blockSignals(False)
            return
        self.refresh()

    def on_merge_button_clicked(self) -> None:
        """Two records of one person: keep one, move everything of the other into it."""
        rows = [self.model.row_at(i.row()) for i in self.view.selectionModel().selectedRows()]
        if len(rows) != 2:
            return
        names = [
            f"{self._name(r)} · {labels.phone(r.phone_e164, self.ctx.region)} · #{r.customer_id}"
            for r in rows
        ]
        index = messages.choose_item(
            self,
            self.tr("Merge customers"),
            self.tr("Keep this record (the other one's history moves into it):"),
            names,
        )
        if index < 0:
            return
        keep, other = rows[index], rows[1 - index]
        try:
            self.ctx.services.customers.merge(keep.customer_id, other.customer_id)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not merged"), str(exc))
            return
        self.refresh()

    def open_profile(self, customer_id: int) -> None:
        from showroom_app.ui.profile import CustomerProfileDialog

        dialog = CustomerProfileDialog(self.ctx, customer_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()

    def on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_profile(self.model.row_at(index.row()).customer_id)

    def on_open_button_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_profile(row.customer_id)

    def on_new_button_clicked(self) -> None:
        from showroom_app.ui.quick_add import QuickAddDialog

        dialog = QuickAddDialog(self.ctx, self)
        if dialog.exec() and getattr(dialog, "customer_id", None):
            self.search_edit.clear()
            self.refresh()
            if getattr(dialog, "cockpit", None) is None:  # the walk-in went to the cockpit
                self.open_profile(dialog.customer_id)

    def on_print_button_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            from showroom_app.ui.printing import show_profile_sheet

            show_profile_sheet(self, self.ctx.services, row.customer_id)

    def on_import_button_clicked(self) -> None:
        from showroom_app.ui.import_dialog import ImportDialog

        ImportDialog(self.ctx.services, self).exec()
        self.refresh()

    def on_export_list_button_clicked(self) -> None:
        from showroom_app.ui.import_dialog import export_customers_dialog

        export_customers_dialog(
            self, self.ctx.services, self.search_edit.text(), flt=self.current_filter()
        )

    def on_reassign_button_clicked(self) -> None:
        row = self._selected()
        if row is not None and customer_actions.reassign(self, self.ctx.services, row.customer_id):
            self.refresh()

    def on_export_button_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        path = customer_actions.export_data(self, self.ctx.services, row.customer_id)
        if path is not None:
            messages.information(
                self, self.tr("Exported"), self.tr("Saved to %1").replace("%1", str(path))
            )

    def on_erase_button_clicked(self) -> None:
        row = self._selected()
        if row is not None and customer_actions.erase(
            self, self.ctx.services, row.customer_id, self._name(row)
        ):
            self.refresh()

    def on_retention_button_clicked(self) -> None:
        RetentionDialog(self.ctx, self).exec()

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, phone digits, plate or the last digits of a VIN (Ctrl+F)")
        )
        self.new_button.setText(self.tr("&New walk-in…"))
        self.new_button.setToolTip(self.tr("Record a walk-in: phone first (Ctrl+N)"))
        self.level_combo.setItemText(0, self.tr("Any intent level"))
        for i in range(1, self.level_combo.count()):
            self.level_combo.setItemText(i, labels.intent_level(self.level_combo.itemData(i)))
        self.salesperson_combo.setItemText(0, self.tr("Any sales consultant"))
        self.salesperson_combo.setItemText(1, self.tr("Unassigned"))
        self.vehicle_check.setText(self.tr("Owns a vehicle"))
        self.maintenance_check.setText(self.tr("Maintenance due within"))
        self.maintenance_days.setSuffix(self.tr(" days"))
        self.archive_check.setText(self.tr("Archive overdue"))
        self.consent_check.setText(self.tr("Agreed to marketing"))
        self.open_button.setText(self.tr("&Open"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Select the two records of one person, then merge"))
        self.print_button.setText(self.tr("&Print profile sheet"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_list_button.setText(self.tr("Export &list…"))
        self.reassign_button.setText(self.tr("&Reassign…"))
        self.export_button.setText(self.tr("E&xport data…"))
        self.erase_button.setText(self.tr("&Erase…"))
        self.retention_button.setText(self.tr("Due for deletion…"))
        self.erase_button.setToolTip(
            self.tr(
                "Forget this customer on their request: personal data is removed, deal records stay"
            )
        )
        self._update_count()
        self.model.retranslate()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", self.model.total))

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()
        self._update_actions()


class RetentionDialog(QDialog):
    """Prospects with no activity for the retention period (Settings), for deletion."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.view = make_table(self, "retention_table")
        self.model: RowsModel[RetentionCandidate] = RowsModel(
            [
                Column(lambda: self.tr("Customer"), lambda c: c.name),
                Column(lambda: self.tr("Last activity"), lambda c: labels.day(c.last_activity)),
            ],
            self,
        )
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        months = ctx.services.app_settings.policy().retention_months
        self.model.set_rows(ctx.services.privacy.retention_candidates())
        self.setWindowTitle(self.tr("Due for deletion"))
        self.intro.setText(
            self.tr(
                "%n prospect(s) with no visit or call for %1 months. Erase the ones you "
                "no longer need (Customers → Erase).",
                "",
                self.model.rowCount(),
            ).replace("%1", str(months))
        )
        self.resize(560, 420)
