"""Book an appointment (visit, test drive, delivery) for a customer, with an optional test car.

The service refuses a test car already booked at that time; the message is shown under the
time, and nothing is booked.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.appointments import AppointmentKind
from showroom_app.ui import messages
from showroom_app.ui.cockpit import stage_reception_texts as rt
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

LENGTHS = (30, 45, 60, 90, 120)
FIELDS = ("day", "start", "end", "kind", "vehicle")


def next_slot(now: datetime) -> datetime:
    """The next quarter hour from ``now`` (a booking made at 10:07 starts at 10:15)."""
    base = now.replace(second=0, microsecond=0)
    return base + timedelta(minutes=(15 - base.minute % 15) % 15 or 15)


class BookAppointmentDialog(QDialog):
    """``exec()`` returns Accepted with ``appointment_id`` set once booked."""

    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        opportunity_id: int | None,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.opportunity_id = opportunity_id
        self.appointment_id: int | None = None
        self.setObjectName("book_appointment_dialog")
        self.setAccessibleName("book_appointment_dialog")
        self.setup_ui(next_slot(now or datetime.now()))
        self.retranslate_ui()

    def setup_ui(self, start: datetime) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.labels = {f: QLabel(self) for f in FIELDS}
        self.errors = {f: FieldError(f"booking_{f}", self) for f in FIELDS}
        self.day_edit = name_widget(QDateEdit(self), "booking_day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit = name_widget(QTimeEdit(self), "booking_start")
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.length_combo = name_widget(QComboBox(self), "booking_length")
        for minutes in LENGTHS:
            self.length_combo.addItem("", minutes)
        self.length_combo.setCurrentIndex(LENGTHS.index(60))
        self.kind_combo = name_widget(QComboBox(self), "booking_kind")
        for kind in AppointmentKind:
            self.kind_combo.addItem("", kind.value)
        self.car_combo = name_widget(QComboBox(self), "booking_vehicle")
        self.car_combo.addItem("", None)
        language = self.ctx.language
        for car in self.ctx.services.catalogue.stock():
            if car.is_test_car:
                model = f"{car.model.for_language(language)} {car.trim.for_language(language)}"
                self.car_combo.addItem(f"{car.plate or car.vin} · {model}", car.stock_id)
        add_row(form, self.labels["day"], self.day_edit, self.errors["day"])
        add_row(form, self.labels["start"], self.start_edit, self.errors["start"])
        add_row(form, self.labels["end"], self.length_combo, self.errors["end"])
        add_row(form, self.labels["kind"], self.kind_combo, self.errors["kind"])
        add_row(form, self.labels["vehicle"], self.car_combo, self.errors["vehicle"])
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.book_button = name_widget(QPushButton(self), "booking_book")
        self.book_button.setDefault(True)
        self.book_button.clicked.connect(self.on_book_button_clicked)
        self.cancel_button = name_widget(QPushButton(self), "booking_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Book appointment"))
        self.labels["day"].setText(self.tr("&Date"))
        self.labels["start"].setText(self.tr("&Time"))
        self.labels["end"].setText(self.tr("&Length"))
        self.labels["kind"].setText(self.tr("&Appointment"))
        self.labels["vehicle"].setText(self.tr("Test &car"))
        for i, minutes in enumerate(LENGTHS):
            self.length_combo.setItemText(i, rt.duration(minutes))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, rt.appointment_kind(self.kind_combo.itemData(i)))
        self.car_combo.setItemText(0, self.tr("(no test car)"))
        self.book_button.setText(self.tr("&Book"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "book_button"):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values ------------------------------------------------------------------------------
    def starts_at(self) -> datetime:
        d, t = self.day_edit.date(), self.start_edit.time()
        return datetime.combine(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()))

    def ends_at(self) -> datetime:
        return self.starts_at() + timedelta(minutes=int(self.length_combo.currentData()))

    def on_book_button_clicked(self) -> None:
        for error in self.errors.values():
            error.set_error("")
        car = self.car_combo.currentData()
        try:
            self.appointment_id = self.ctx.services.appointments.schedule(
                self.customer_id,
                str(self.kind_combo.currentData()),
                self.starts_at(),
                self.ends_at(),
                opportunity_id=self.opportunity_id,
                stock_vehicle_id=int(car) if car is not None else None,
            )
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else "start"
            self.errors[field].set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not booked"), str(exc))
            return
        self.accept()
