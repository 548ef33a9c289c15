"""The profile's small dialogs: an owned vehicle, and one service record.

Both save through ``services.archive`` when the user presses Save; a refused value shows
its message next to its field and nothing is saved.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.archive import MAINTENANCE_ITEMS, ServiceRecordForm, VehicleForm
from showroom_app.domain.enums import BodyType, Powertrain
from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.records import OwnedVehicleInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import normalise_plate, plate_warnings, vin_warnings
from showroom_app.ui import labels, messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.archive_fields import (
    CheckList,
    DateField,
    maintenance_item,
    parse_int,
)
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

AMOUNT_MESSAGE = QT_TRANSLATE_NOOP(
    "Validation", "Enter an amount of zero or more, with at most two decimals."
)


def _warning_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"warning_{name}")
    label.setStyleSheet("color: #8a5a00;")
    label.setWordWrap(True)
    label.hide()
    return label


def _show_warnings(label: QLabel, texts: list[str]) -> None:
    label.setText("\n".join(texts))
    label.setVisible(bool(texts))


class _FormDialog(QDialog):
    """Shared by both dialogs: a form with an error label per field and Save / Cancel."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setMinimumWidth(520)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outer.addLayout(self.form)
        self.errors = {f: FieldError(f, self) for f in self.FIELDS}
        self.labels = {f: QLabel(self) for f in self.FIELDS}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        name_widget(save, f"{name}_save")
        name_widget(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), f"{name}_cancel")
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, field: str, widget: QWidget) -> None:
        add_row(self.form, self.labels[field], widget, self.errors[field])

    def show_errors(self, errors: list[ValidationError]) -> None:
        for err in self.errors.values():
            err.set_error("")
        unplaced = []
        for e in errors:
            target = self.errors.get(e.field)
            if target is None:
                unplaced.append(validation_text(e))
            else:
                target.set_error(validation_text(e))
        if unplaced:
            messages.critical(self, self.windowTitle(), "\n".join(unplaced))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def on_save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class VehicleDialog(_FormDialog):
    """Add or edit one of the customer's cars (model, plate, VIN, maintenance plan)."""

    FIELDS = (
        "model",
        "plate",
        "vehicle_type",
        "powertrain",
        "vin",
        "delivery_date",
        "odometer_at_delivery",
        "maintenance_items",
        "interval_km",
        "interval_months",
        "next_maintenance_override",
    )

    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        vehicle: OwnedVehicleInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "vehicle_dialog", parent)
        self.customer_id = customer_id
        self.vehicle = vehicle
        self.vehicle_id: int | None = vehicle.vehicle_id if vehicle else None
        self.model_combo = name_widget(QComboBox(self), "vehicle_model")
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.model_combo.setMinimumContentsLength(24)
        self.model_combo.addItem("", None)
        for model_id, brand, model in ctx.services.catalogue.models():
            text = f"{brand.for_language(ctx.language)} {model.for_language(ctx.language)}"
            self.model_combo.addItem(text, model_id)
        self.plate_edit = name_widget(QLineEdit(self), "vehicle_plate")
        self.type_combo = name_widget(QComboBox(self), "vehicle_type")
        self.type_combo.addItem("", "")
        for body in BodyType:
            self.type_combo.addItem("", body.value)
        self.powertrain_combo = name_widget(QComboBox(self), "vehicle_powertrain")
        self.powertrain_combo.addItem("", "")
        for power in Powertrain:
            self.powertrain_combo.addItem("", power.value)
        self.vin_edit = name_widget(QLineEdit(self), "vehicle_vin")
        self.vin_edit.setMaxLength(17)
        self.delivery_date = DateField("vehicle_delivery_date", "delivery_date", self)
        self.odometer_edit = name_widget(QLineEdit(self), "vehicle_odometer_at_delivery")
        self.items = CheckList("vehicle_item", MAINTENANCE_ITEMS, maintenance_item, 2, self)
        self.interval_km_edit = name_widget(QLineEdit(self), "vehicle_interval_km")
        self.interval_months_edit = name_widget(QLineEdit(self), "vehicle_interval_months")
        self.computed_label = QLabel(self)
        self.computed_label.setObjectName("vehicle_next_computed")
        self.override_date = DateField("vehicle_next_override", "next_maintenance_override", self)
        self.plate_warning = _warning_label("plate", self)
        self.vin_warning = _warning_label("vin", self)
        for field, widget in (
            ("model", self.model_combo),
            ("plate", self.plate_edit),
            ("vehicle_type", self.type_combo),
            ("powertrain", self.powertrain_combo),
            ("vin", self.vin_edit),
            ("delivery_date", self.delivery_date),
            ("odometer_at_delivery", self.odometer_edit),
            ("maintenance_items", self.items),
            ("interval_km", self.interval_km_edit),
            ("interval_months", self.interval_months_edit),
        ):
            self.add_field(field, widget)
            if field == "plate":
                self.form.addRow("", self.plate_warning)
            if field == "vin":
                self.form.addRow("", self.vin_warning)
        self.computed_caption = QLabel(self)
        self.form.addRow(self.computed_caption, self.computed_label)
        self.add_field("next_maintenance_override", self.override_date)
        self.outer.addWidget(self.buttons)
        self.plate_edit.textChanged.connect(self.on_plate_edit_text_changed)
        self.vin_edit.textChanged.connect(self.on_vin_edit_text_changed)
        if vehicle is not None:
            self._load(vehicle)
        self.retranslate_ui()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def _load(self, v: OwnedVehicleInfo) -> None:
        index = self.model_combo.findData(v.model_id) if v.model_id is not None else -1
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
        else:
            self.model_combo.setEditText(v.model_name)
        self.plate_edit.setText(v.plate)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(v.vehicle_type), 0))
        self.powertrain_combo.setCurrentIndex(max(self.powertrain_combo.findData(v.powertrain), 0))
        self.vin_edit.setText(v.vin)
        self.delivery_date.set_value(v.delivery_date)
        self.odometer_edit.setText(
            "" if v.odometer_at_delivery is None else str(v.odometer_at_delivery)
        )
        self.items.set_values(v.maintenance_items)
        self.interval_km_edit.setText("" if v.interval_km is None else str(v.interval_km))
        self.interval_months_edit.setText(
            "" if v.interval_months is None else str(v.interval_months)
        )
        self.override_date.set_value(v.next_maintenance_override)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Vehicle") if self.vehicle is None else self.tr("Edit vehicle"))
        texts = {
            "model": self.tr("&Model"),
            "plate": self.tr("&Plate number"),
            "vehicle_type": self.tr("Vehicle &type"),
            "powertrain": self.tr("Po&wertrain"),
            "vin": self.tr("&VIN"),
            "delivery_date": self.tr("&Delivery date"),
            "odometer_at_delivery": self.tr("&Odometer at delivery (km)"),
            "maintenance_items": self.tr("Maintenance &items"),
            "interval_km": self.tr("Maintenance interval (&km)"),
            "interval_months": self.tr("Maintenance interval (mo&nths)"),
            "next_maintenance_override": self.tr("Next maintenance set by &hand"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.computed_caption.setText(self.tr("Next maintenance (computed)"))
        model_edit = self.model_combo.lineEdit()
        if model_edit is not None:
            model_edit.setPlaceholderText(self.tr("Choose from the catalogue or type the model"))
        self.interval_km_edit.setPlaceholderText(self.tr("empty: the model's interval"))
        self.interval_months_edit.setPlaceholderText(self.tr("empty: the model's interval"))
        self.override_date.edit.setPlaceholderText(self.tr("empty: use the computed date"))
        self.type_combo.setItemText(0, self.tr("(not set)"))
        for i in range(1, self.type_combo.count()):
            self.type_combo.setItemText(i, labels.body_type(self.type_combo.itemData(i)))
        self.powertrain_combo.setItemText(0, self.tr("(not set)"))
        for i in range(1, self.powertrain_combo.count()):
            self.powertrain_combo.setItemText(
                i, labels.powertrain(self.powertrain_combo.itemData(i))
            )
        self.items.retranslate_ui()
        computed = self.vehicle.next_maintenance_computed if self.vehicle else None
        self.computed_label.setText(
            computed.isoformat() if computed else self.tr("computed after saving")
        )
        self.on_plate_edit_text_changed(self.plate_edit.text())
        self.on_vin_edit_text_changed(self.vin_edit.text())

    def on_plate_edit_text_changed(self, text: str) -> None:
        found = plate_warnings(normalise_plate(text), self.ctx.region) if text.strip() else []
        _show_warnings(self.plate_warning, [validation_text_of(w) for w in found])

    def on_vin_edit_text_changed(self, text: str) -> None:
        found = vin_warnings(text) if len(text.strip()) == 17 else []
        _show_warnings(self.vin_warning, [validation_text_of(w) for w in found])

    def value(self) -> VehicleForm:
        """The form as typed; raises ValidationErrors for dates and numbers that do not parse."""
        errors: list[ValidationError] = []
        dates: dict[str, date | None] = {}
        numbers: dict[str, int | None] = {}
        for key, date_field in (
            ("delivery_date", self.delivery_date),
            ("next_maintenance_override", self.override_date),
        ):
            try:
                dates[key] = date_field.value()
            except ValidationError as exc:
                errors.append(exc)
        for key, edit in (
            ("odometer_at_delivery", self.odometer_edit),
            ("interval_km", self.interval_km_edit),
            ("interval_months", self.interval_months_edit),
        ):
            try:
                numbers[key] = parse_int(edit.text(), key)
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        text = self.model_combo.currentText().strip()
        index = self.model_combo.findText(text) if text else -1
        model_id = self.model_combo.itemData(index) if index > 0 else None
        return VehicleForm(
            model_id=model_id,
            model_text="" if model_id is not None else text,
            plate=self.plate_edit.text(),
            vehicle_type=str(self.type_combo.currentData() or ""),
            powertrain=str(self.powertrain_combo.currentData() or ""),
            vin=self.vin_edit.text(),
            delivery_date=dates["delivery_date"],
            odometer_at_delivery=numbers["odometer_at_delivery"],
            maintenance_items=self.items.values(),
            interval_km=numbers["interval_km"],
            interval_months=numbers["interval_months"],
            next_maintenance_override=dates["next_maintenance_override"],
        )

    def on_save(self) -> None:
        archive = self.ctx.services.archive
        try:
            form = self.value()
            if self.vehicle_id is None:
                self.vehicle_id, _warnings = archive.add_vehicle(self.customer_id, form)
            else:
                archive.update_vehicle(self.vehicle_id, form)
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.accept()


def validation_text_of(warning: object) -> str:
    """A ``ValidationWarning`` in the interface language, its placeholders filled."""
    message = str(getattr(warning, "message", ""))
    params = dict(getattr(warning, "params", {}) or {})
    text = QCoreApplication.translate("Validation", message)
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):
        return message


class ServiceRecordDialog(_FormDialog):
    """One maintenance or repair visit: date, odometer, work done, amount, advisor."""

    FIELDS = ("service_date", "vehicle", "odometer", "items", "amount", "advisor", "notes")

    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        vehicles: tuple[OwnedVehicleInfo, ...] = (),
        advisor: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "service_dialog", parent)
        self.customer_id = customer_id
        self.record_id: int | None = None
        self.date_field = DateField("service_date_field", "service_date", self)
        self.date_field.set_value(date.today())
        self.vehicle_combo = name_widget(QComboBox(self), "service_vehicle")
        self.vehicle_combo.addItem("", None)
        for v in vehicles:
            text = " · ".join(p for p in (v.model_name, v.plate) if p)
            self.vehicle_combo.addItem(text, v.vehicle_id)
        if len(vehicles) == 1:
            self.vehicle_combo.setCurrentIndex(1)
        self.odometer_edit = name_widget(QLineEdit(self), "service_odometer")
        self.items_edit = name_widget(QLineEdit(self), "service_items")
        self.amount_edit = name_widget(QLineEdit(self), "service_amount")
        self.advisor_edit = name_widget(QLineEdit(advisor, self), "service_advisor")
        self.notes_edit = name_widget(QLineEdit(self), "service_notes")
        for field, widget in (
            ("service_date", self.date_field),
            ("vehicle", self.vehicle_combo),
            ("odometer", self.odometer_edit),
            ("items", self.items_edit),
            ("amount", self.amount_edit),
            ("advisor", self.advisor_edit),
            ("notes", self.notes_edit),
        ):
            self.add_field(field, widget)
        self.outer.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Service record"))
        texts = {
            "service_date": self.tr("&Date"),
            "vehicle": self.tr("&Vehicle"),
            "odometer": self.tr("&Odometer (km)"),
            "items": self.tr("&Work done"),
            "amount": self.tr("&Amount"),
            "advisor": self.tr("Service ad&visor"),
            "notes": self.tr("&Notes"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.vehicle_combo.setItemText(0, self.tr("(not recorded)"))
        self.items_edit.setPlaceholderText(self.tr("e.g. 10,000 km service, oil and filter"))

    def value(self) -> ServiceRecordForm:
        errors: list[ValidationError] = []
        service_date: date | None = None
        odometer: int | None = None
        amount: Decimal | None = None
        try:
            service_date = self.date_field.value()
            if service_date is None:
                errors.append(
                    ValidationError(
                        "service_date",
                        QT_TRANSLATE_NOOP("Validation", "Enter a date like 2026-12-24."),
                        "required",
                    )
                )
        except ValidationError as exc:
            errors.append(exc)
        try:
            odometer = parse_int(self.odometer_edit.text(), "odometer")
        except ValidationError as exc:
            errors.append(exc)
        raw_amount = self.amount_edit.text().strip().replace(",", "")
        if raw_amount:
            try:
                amount = Decimal(raw_amount)
                if not amount.is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                errors.append(ValidationError("amount", AMOUNT_MESSAGE, "amount"))
        if errors:
            raise ValidationErrors(errors)
        assert service_date is not None
        return ServiceRecordForm(
            service_date=service_date,
            odometer=odometer,
            items=self.items_edit.text(),
            amount=amount,
            advisor=self.advisor_edit.text(),
            notes=self.notes_edit.text(),
            vehicle_id=self.vehicle_combo.currentData(),
        )

    def on_save(self) -> None:
        try:
            self.record_id = self.ctx.services.archive.add_service(self.customer_id, self.value())
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.accept()
