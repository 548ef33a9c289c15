"""The smaller parts of the delivery page: the appointment (with its reminder), the delivered
car (VIN, plate, odometer, service advisor, first maintenance) and the ceremony photo.

The VIN is compared with the contract's as it is typed: another VIN is saved with a warning
here and refused when the car is marked delivered (shown in red at the field). An odometer
over the contract's maximum is a warning the delivery asks about.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

THUMBNAIL = QSize(260, 180)
WARNING_STYLE = "color: #7a4f00;"
ERROR_STYLE = "color: #b00020;"


class AppointmentBox(QGroupBox):
    """When the customer comes for the car; ``edited`` when the time or length changes,
    ``book_requested`` for the proposed time as it is."""

    edited = Signal()
    book_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_appointment_box")
        form = QFormLayout(self)
        self.when_label = QLabel(self)
        self.when_edit = name_widget(QDateTimeEdit(self), "delivery_scheduled_at")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_error = FieldError("delivery_scheduled_at", self)
        self.length_label = QLabel(self)
        self.length_spin = name_widget(QSpinBox(self), "delivery_duration")
        self.length_spin.setRange(15, 480)
        self.length_spin.setSingleStep(15)
        self.length_spin.setValue(60)
        self.length_error = FieldError("delivery_duration", self)
        add_row(form, self.when_label, self.when_edit, self.when_error)
        add_row(form, self.length_label, self.length_spin, self.length_error)
        self.book_button = name_widget(QPushButton(self), "delivery_book")
        self.book_button.setAutoDefault(False)
        self.book_button.clicked.connect(self.book_requested)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_delivery_appointment")
        self.status_label.setWordWrap(True)
        form.addRow(self.book_button)
        form.addRow(self.status_label)
        self.when_edit.dateTimeChanged.connect(lambda _v: self.edited.emit())
        self.length_spin.valueChanged.connect(lambda _v: self.edited.emit())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Delivery appointment"))
        self.when_label.setText(self.tr("&Date and time:"))
        self.length_label.setText(self.tr("&Length:"))
        self.length_spin.setSuffix(self.tr(" min"))
        self.book_button.setText(self.tr("&Book this time"))

    def when(self) -> datetime:
        value = self.when_edit.dateTime().toPython()
        assert isinstance(value, datetime)
        return value

    def set_when(self, when: datetime, minutes: int | None = None) -> None:
        for widget in (self.when_edit, self.length_spin):
            widget.blockSignals(True)
        self.when_edit.setDateTime(QDateTime(when.replace(second=0, microsecond=0)))
        if minutes is not None:
            self.length_spin.setValue(minutes)
        for widget in (self.when_edit, self.length_spin):
            widget.blockSignals(False)


class VehicleBox(QGroupBox):
    """The delivered car and the service advisor; ``edited`` on typing."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_vehicle_box")
        form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        lengths = (("vin", 17), ("plate", 20), ("odometer", 7), ("service_advisor", 100))
        for field, length in lengths:
            label = QLabel(self)
            edit = name_widget(QLineEdit(self), f"delivery_{field}")
            edit.setMaxLength(length)
            error = FieldError(f"delivery_{field}", self)
            add_row(form, label, edit, error)
            edit.textEdited.connect(lambda _t: self.edited.emit())
            self.labels[field], self.edits[field], self.errors[field] = label, edit, error
        self.edits["odometer"].setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.contract_label = QLabel(self)
        self.contract_label.setObjectName("status_delivery_contract")
        self.contract_label.setWordWrap(True)
        self.contract_label.setStyleSheet("color: #444444;")
        self.first_service_label = QLabel(self)
        self.first_service_label.setObjectName("status_delivery_first_service")
        self.first_service_label.setWordWrap(True)
        form.addRow(self.contract_label)
        form.addRow(self.first_service_label)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Delivered car"))
        texts = {
            "vin": self.tr("&VIN:"),
            "plate": self.tr("&Plate number:"),
            "odometer": self.tr("&Odometer (km):"),
            "service_advisor": self.tr("Service &advisor:"),
        }
        for field, label in self.labels.items():
            label.setText(texts[field])
        self.edits["vin"].setPlaceholderText(self.tr("As read on the car (17 characters)"))
        self.edits["service_advisor"].setPlaceholderText(
            self.tr("Introduced to the customer at the handover")
        )

    def values(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self.edits.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for field, edit in self.edits.items():
            edit.setText(values.get(field, ""))

    def show_message(self, field: str, text: str, *, error: bool) -> None:
        target = self.errors.get(field)
        if target is None:
            return
        target.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        target.set_error(text)

    def clear_messages(self) -> None:
        for target in self.errors.values():
            target.set_error("")

    def set_editable(self, editable: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not editable)


class PhotoBox(QGroupBox):
    """The commemorative photo (合影留念) for the certificate: a thumbnail, choose, remove."""

    choose_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_photo_box")
        layout = QVBoxLayout(self)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("delivery_photo_thumbnail")
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setMinimumSize(THUMBNAIL)
        self.thumbnail.setStyleSheet("border: 1px dashed #9e9e9e; color: #757575;")
        self.thumbnail.setWordWrap(True)
        layout.addWidget(self.thumbnail)
        row = QHBoxLayout()
        self.choose_button = name_widget(QPushButton(self), "delivery_photo_choose")
        self.remove_button = name_widget(QPushButton(self), "delivery_photo_remove")
        for button in (self.choose_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.choose_button.clicked.connect(self.choose_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        self.has_photo = False

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Commemorative photo"))
        self.choose_button.setText(self.tr("&Choose photo…"))
        self.remove_button.setText(self.tr("Remove photo"))
        if not self.has_photo:
            self.thumbnail.setText(self.tr("No photo yet. It prints on the delivery certificate."))

    def show_photo(self, data: bytes | None) -> bool:
        """The thumbnail of the stored photo; False when it cannot be shown."""
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.has_photo = True
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.has_photo = False
            self.thumbnail.setPixmap(QPixmap())
            self.retranslate_ui()
        self.remove_button.setEnabled(self.has_photo)
        return self.has_photo or not data


__all__ = ["AppointmentBox", "PhotoBox", "VehicleBox"]
