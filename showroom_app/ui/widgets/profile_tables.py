"""The profile's lists: owned vehicles, service history (each with its buttons), timeline.

Adding, editing and removing happen through ``services.archive`` (in small dialogs);
``changed`` is emitted afterwards so the profile re-reads the meter and the timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.domain.records import (
    CustomerProfile,
    OwnedVehicleInfo,
    ServiceRecordInfo,
    TimelineItem,
)
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets import archive_fields as af
from showroom_app.ui.widgets.forms import name_widget
from showroom_app.ui.widgets.vehicle_dialogs import ServiceRecordDialog, VehicleDialog


def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _button(parent: QWidget, name: str, slot: Callable[[], None]) -> QPushButton:
    button = name_widget(QPushButton(parent), name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _=False: slot())
    return button


def run_dialog(dialog: QDialog) -> bool:
    """Show a sub-dialog modally (tests replace this to fill the dialog in instead)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class VehiclesPanel(QWidget):
    """Vehicles and their service history."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        advisor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self._advisor = advisor  # the advisor typed in the profile, as the default
        self.vehicles: tuple[OwnedVehicleInfo, ...] = ()
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.vehicles_label = QLabel(self)
        self.vehicles_view = make_table(self, "profile_vehicles")
        self.vehicles_model: RowsModel[OwnedVehicleInfo] = RowsModel(
            [
                Column(lambda: self.tr("Model"), lambda v: v.model_name),
                Column(lambda: self.tr("Plate number"), lambda v: v.plate),
                Column(lambda: self.tr("Vehicle type"), lambda v: labels.body_type(v.vehicle_type)),
                Column(lambda: self.tr("Powertrain"), lambda v: labels.powertrain(v.powertrain)),
                Column(lambda: self.tr("VIN"), lambda v: v.vin),
                Column(lambda: self.tr("Delivered"), lambda v: iso(v.delivery_date)),
                Column(lambda: self.tr("Maintenance interval"), self.interval_text),
                Column(lambda: self.tr("Next maintenance"), self.next_maintenance_text),
            ],
            self,
        )
        self.vehicles_view.setModel(self.vehicles_model)
        self.vehicles_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.vehicles_view.doubleClicked.connect(lambda _i: self.on_edit_vehicle_clicked())
        buttons = QHBoxLayout()
        self.add_vehicle_button = _button(self, "profile_vehicle_add", self.on_add_vehicle_clicked)
        self.edit_vehicle_button = _button(
            self, "profile_vehicle_edit", self.on_edit_vehicle_clicked
        )
        self.remove_vehicle_button = _button(
            self, "profile_vehicle_remove", self.on_remove_vehicle_clicked
        )
        for b in (self.add_vehicle_button, self.edit_vehicle_button, self.remove_vehicle_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.history_label = QLabel(self)
        self.history_view = make_table(self, "profile_service_history")
        currency = self.ctx.dealership.currency
        self.history_model: RowsModel[ServiceRecordInfo] = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda r: iso(r.service_date)),
                Column(
                    lambda: self.tr("Odometer (km)"),
                    lambda r: "" if r.odometer is None else f"{r.odometer:,}",
                    align_right=True,
                ),
                Column(lambda: self.tr("Work done"), lambda r: r.items),
                Column(
                    lambda: self.tr("Amount"),
                    lambda r: labels.money(r.amount, currency),
                    align_right=True,
                ),
                Column(lambda: self.tr("Service advisor"), lambda r: r.advisor),
                Column(lambda: self.tr("Notes"), lambda r: r.notes),
            ],
            self,
        )
        self.history_view.setModel(self.history_model)
        self.history_view.setColumnWidth(2, 280)
        history_buttons = QHBoxLayout()
        self.add_service_button = _button(self, "profile_service_add", self.on_add_service_clicked)
        self.remove_service_button = _button(
            self, "profile_service_remove", self.on_remove_service_clicked
        )
        history_buttons.addWidget(self.add_service_button)
        history_buttons.addWidget(self.remove_service_button)
        history_buttons.addStretch(1)
        layout.addWidget(self.vehicles_label)
        layout.addWidget(self.vehicles_view, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_view, 3)
        layout.addLayout(history_buttons)

    def retranslate_ui(self) -> None:
        self.vehicles_label.setText(self.tr("Vehicles"))
        self.history_label.setText(self.tr("Service history"))
        self.add_vehicle_button.setText(self.tr("Add &vehicle…"))
        self.edit_vehicle_button.setText(self.tr("&Edit vehicle…"))
        self.remove_vehicle_button.setText(self.tr("Remove vehicle"))
        self.add_service_button.setText(self.tr("Add service &record…"))
        self.remove_service_button.setText(self.tr("Remove service record"))
        self.vehicles_model.retranslate()
        self.history_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_profile(self, p: CustomerProfile) -> None:
        self.vehicles = p.vehicles
        self.vehicles_model.set_rows(p.vehicles)
        self.history_model.set_rows(tuple(reversed(p.service_history)))  # newest first

    # -- what a row says ------------------------------------------------------------------------
    def interval_text(self, v: OwnedVehicleInfo) -> str:
        parts = []
        if v.interval_km:
            parts.append(self.tr("%1 km").replace("%1", f"{v.interval_km:,}"))
        if v.interval_months:
            parts.append(self.tr("%n month(s)", "", v.interval_months))
        return " / ".join(parts)

    def next_maintenance_text(self, v: OwnedVehicleInfo) -> str:
        """The date to show; a date set by hand says so, with the computed one beside it."""
        if v.next_maintenance_override is None:
            return iso(v.next_maintenance_computed)
        if v.next_maintenance_computed is None:
            return self.tr("%1 (set by hand)").replace("%1", iso(v.next_maintenance_override))
        return (
            self.tr("%1 (set by hand; computed %2)")
            .replace("%1", iso(v.next_maintenance_override))
            .replace("%2", iso(v.next_maintenance_computed))
        )

    # -- actions ----------------------------------------------------------------------------------
    @staticmethod
    def _selected(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def on_add_vehicle_clicked(self) -> None:
        if run_dialog(VehicleDialog(self.ctx, self.customer_id, None, self)):
            self.changed.emit()

    def on_edit_vehicle_clicked(self) -> None:
        row = self._selected(self.vehicles_view)
        if row is None:
            return
        vehicle = self.vehicles_model.row_at(row)
        if run_dialog(VehicleDialog(self.ctx, self.customer_id, vehicle, self)):
            self.changed.emit()

    def on_remove_vehicle_clicked(self) -> None:
        row = self._selected(self.vehicles_view)
        if row is None:
            return
        v = self.vehicles_model.row_at(row)
        name = " ".join(p for p in (v.model_name, v.plate) if p)
        question = self.tr("Remove %1 from this customer?").replace("%1", name)
        if messages.ask(self, self.tr("Remove vehicle"), question):
            self._call(lambda: self.ctx.services.archive.remove_vehicle(v.vehicle_id))

    def on_add_service_clicked(self) -> None:
        dialog = ServiceRecordDialog(
            self.ctx, self.customer_id, self.vehicles, self._advisor(), self
        )
        if run_dialog(dialog):
            self.changed.emit()

    def on_remove_service_clicked(self) -> None:
        row = self._selected(self.history_view)
        if row is None:
            return
        record = self.history_model.row_at(row)
        question = self.tr("Remove the service record of %1?").replace(
            "%1", iso(record.service_date)
        )
        if messages.ask(self, self.tr("Remove service record"), question):
            self._call(lambda: self.ctx.services.archive.remove_service(record.record_id))

    def _call(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
        self.changed.emit()


class TimelineView(QWidget):
    """Every interaction and service, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.view = make_table(self, "profile_timeline")
        self.model: RowsModel[TimelineItem] = RowsModel(
            [
                Column(lambda: self.tr("When"), lambda t: t.when.strftime("%Y-%m-%d %H:%M")),
                Column(lambda: self.tr("What"), lambda t: af.timeline_kind(t.kind)),
                Column(lambda: self.tr("Summary"), lambda t: t.summary),
                Column(lambda: self.tr("By"), lambda t: t.user),
            ],
            self,
        )
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(2, 420)
        layout.addWidget(self.view)

    def set_items(self, items: tuple[TimelineItem, ...]) -> None:
        self.model.set_rows(items)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)
