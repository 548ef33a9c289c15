"""The test-car calendar section of the stage-5 page: a day (date, previous / next day,
today), which test cars (all, or one model — the customer's model of interest first),
the slot length, the calendar itself and "Book this slot".

The section only asks for a booking (``book_requested``); the page calls the service,
which refuses an overlap — its message is shown here, at the calendar (``error``).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.services.test_drives import (
    CarBookingRow,
    DriveOverview,
    TestCarRow,
    TestDrivePolicy,
    TestDriveRow,
)
from showroom_app.ui import labels
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import FieldError, name_widget
from showroom_app.ui.widgets.test_car_calendar import (
    COLUMN_PX,
    STYLES,
    TIME_PX,
    CalendarBlock,
    CalendarColumn,
    TestCarCalendar,
)


class CalendarSection(QGroupBox):
    """``book_requested(car_id, start, end)``; ``drive_clicked(test_drive_id)`` when one
    of this opportunity's bookings is clicked."""

    book_requested = Signal(int, object, object)
    drive_clicked = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: int,
        policy: TestDrivePolicy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.setObjectName("test_drive_calendar_box")
        self.cars: list[TestCarRow] = ctx.services.test_drives.test_cars()
        self.bookings: list[CarBookingRow] = []
        self.preferred_model: int | None = None

        bar = QHBoxLayout()
        self.prev_button = name_widget(QToolButton(self), "test_drive_prev_day")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = name_widget(QToolButton(self), "test_drive_next_day")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.today_button = name_widget(QPushButton(self), "test_drive_today")
        self.day_edit = name_widget(QDateEdit(self), "test_drive_day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.day_edit.setDate(QDate.currentDate())
        self.cars_caption = QLabel(self)
        self.car_filter = name_widget(QLineEdit(self), "test_drive_car_filter")
        self.car_filter.setClearButtonEnabled(True)
        for clear in self.car_filter.findChildren(QToolButton):  # Qt's clear button
            name_widget(clear, "test_drive_car_filter_clear")
        self.car_filter.setMaxLength(40)
        self.cars_caption.setBuddy(self.car_filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("status_test_drive_car_count")
        self.duration_caption = QLabel(self)
        self.duration_spin = name_widget(QSpinBox(self), "test_drive_duration")
        self.duration_spin.setRange(15, 240)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(policy.default_minutes)
        self.duration_caption.setBuddy(self.duration_spin)
        self.book_button = name_widget(QPushButton(self), "test_drive_book")
        for button in (self.today_button, self.book_button):
            button.setAutoDefault(False)
        for widget in (self.prev_button, self.day_edit, self.next_button, self.today_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.cars_caption)
        bar.addWidget(self.car_filter, 1)
        bar.addWidget(self.count_label)
        bar.addSpacing(16)
        bar.addWidget(self.duration_caption)
        bar.addWidget(self.duration_spin)
        bar.addSpacing(16)
        bar.addWidget(self.book_button)

        self.calendar = TestCarCalendar(self)
        self.calendar.set_duration(policy.default_minutes)
        self.calendar_scroll = QScrollArea(self)
        self.calendar_scroll.setObjectName("test_drive_calendar_scroll")
        self.calendar_scroll.setWidget(self.calendar)
        self.calendar_scroll.setWidgetResizable(False)
        self.calendar_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.calendar_scroll.setFixedHeight(
            self.calendar.sizeHint().height()
            + self.calendar_scroll.horizontalScrollBar().sizeHint().height()
            + 4
        )
        self.slot_label = QLabel(self)
        self.slot_label.setObjectName("status_test_drive_slot")
        self.error = FieldError("test_drive_slot", self)
        self.legend: dict[str, QLabel] = {}
        legend = QHBoxLayout()
        legend.addWidget(self.slot_label, 1)
        for key in ("own", "other", "appointment"):
            fill, border, _ink = STYLES[key]
            label = QLabel(self)
            label.setObjectName(f"test_drive_legend_{key}")
            label.setStyleSheet(
                f"background: {fill}; border: 1px solid {border}; padding: 1px 6px;"
            )
            self.legend[key] = label
            legend.addWidget(label)

        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addLayout(legend)
        outer.addWidget(self.error)
        outer.addWidget(self.calendar_scroll)

        self.prev_button.clicked.connect(lambda: self._move_day(-1))
        self.next_button.clicked.connect(lambda: self._move_day(1))
        self.today_button.clicked.connect(lambda: self.day_edit.setDate(QDate.currentDate()))
        self.day_edit.dateChanged.connect(self.reload_day)
        self.car_filter.textChanged.connect(self.reload_day)
        self.duration_spin.valueChanged.connect(self.on_duration_changed)
        self.book_button.clicked.connect(self.on_book)
        self.calendar.slot_activated.connect(self.on_book)
        self.calendar.slot_changed.connect(self.update_slot_label)
        self.calendar.slot_changed.connect(self.ensure_selection_visible)
        self.calendar.block_clicked.connect(self.drive_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Test-car calendar"))
        self.prev_button.setToolTip(self.tr("Previous day"))
        self.next_button.setToolTip(self.tr("Next day"))
        self.today_button.setText(self.tr("Today"))
        self.cars_caption.setText(self.tr("&Cars:"))
        self.car_filter.setPlaceholderText(self.tr("all test cars — type a plate or model"))
        self.duration_caption.setText(self.tr("&Duration:"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.book_button.setText(self.tr("&Book this slot"))
        self.book_button.setToolTip(
            self.tr("Or press Enter in the calendar, or double-click a free time.")
        )
        self.legend["own"].setText(self.tr("This customer"))
        self.legend["other"].setText(self.tr("Other test drive"))
        self.legend["appointment"].setText(self.tr("Appointment"))
        self.calendar.set_empty_text(
            self.tr("No test cars. Flag a car in stock as a test car on the Inventory page.")
        )
        self.update_slot_label()

    # -- content ------------------------------------------------------------------------------
    def _matches(self, car: TestCarRow) -> bool:
        """The filter matches the plate, the VIN's end, or the model or trim name in any
        language (case and spaces ignored)."""
        wanted = "".join(self.car_filter.text().split()).casefold()
        if not wanted:
            return True
        m, t = car.model, car.trim
        names = (car.plate, car.vin[-6:], m.en, m.zh_tw, m.zh_cn, t.en, t.zh_tw, t.zh_cn)
        return any(wanted in "".join(n.split()).casefold() for n in names)

    @property
    def day(self) -> date:
        value: date = self.day_edit.date().toPython()  # type: ignore[assignment]
        return value

    def _move_day(self, step: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(step))

    def refresh(self, overview: DriveOverview) -> None:
        """After a reload of the page: the customer's model of interest comes first."""
        self.preferred_model = overview.model_of_interest_id
        self.reload_day()

    def reload_day(self, *_args: object) -> None:
        preferred = self.preferred_model
        shown = sorted(
            (c for c in self.cars if self._matches(c)),
            key=lambda c: c.model_id != preferred,  # stable: catalogue order otherwise
        )
        try:
            self.bookings = self.ctx.services.test_drives.day_bookings(self.day)
        except ShowroomError as exc:
            self.error.set_error(str(exc))
            return
        ids = {c.car_id for c in shown}
        self.count_label.setText(
            self.tr("%1 of %2 cars")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(self.cars)))
        )
        lang = self.ctx.language
        columns = [
            CalendarColumn(
                c.car_id,
                c.plate or c.vin[-6:],
                f"{c.model.for_language(lang)} {c.trim.for_language(lang)}".strip(),
            )
            for c in shown
        ]
        blocks = [self._block(b) for b in self.bookings if b.car_id in ids]
        self.calendar.set_day(self.day, columns, blocks)
        self.update_slot_label()

    def _block(self, b: CarBookingRow) -> CalendarBlock:
        name = labels.customer_name(b.customer_name, b.salutation) if b.customer_name else ""
        if b.kind == "appointment":
            text = f"{self.tr('Appointment')} {name}".strip()
            return CalendarBlock(b.car_id, b.start, b.end, text, "appointment")
        if b.opportunity_id == self.opportunity_id:
            style = "own_done" if b.status == "finished" else "own"
            return CalendarBlock(b.car_id, b.start, b.end, name, style, b.record_id)
        return CalendarBlock(b.car_id, b.start, b.end, name or self.tr("Booked"), "other")

    def show_drive(self, row: TestDriveRow) -> None:
        """Show the day and the car of a selected test drive."""
        car = next((c for c in self.cars if c.car_id == row.car_id), None)
        if car is not None and not self._matches(car):
            self.car_filter.clear()  # its car is not among the filtered columns
        self.day_edit.setDate(QDate(row.starts_at.year, row.starts_at.month, row.starts_at.day))
        self.calendar.select(row.car_id, row.starts_at)
        self.ensure_selection_visible()

    def ensure_selection_visible(self) -> None:
        chosen = self.calendar.selection()
        if chosen is None:
            return
        point = self.calendar.point_for(*chosen)
        if point is not None:
            self.calendar_scroll.ensureVisible(point.x(), point.y(), COLUMN_PX // 2 + TIME_PX, 0)

    # -- slots --------------------------------------------------------------------------------
    def on_duration_changed(self, minutes: int) -> None:
        self.calendar.set_duration(minutes)
        self.update_slot_label()

    def update_slot_label(self) -> None:
        chosen = self.calendar.selection()
        end = self.calendar.selection_end()
        self.book_button.setEnabled(chosen is not None)
        if chosen is None or end is None:
            self.slot_label.setText("")
            return
        column = self.calendar.column_of(chosen[0])
        state = (
            self.tr("overlaps a booking") if self.calendar.selection_clashes() else self.tr("free")
        )
        text = f"{column.title if column else ''} · {chosen[1]:%H:%M}–{end:%H:%M} · {state}"
        self.slot_label.setText(text)
        self.calendar.setAccessibleDescription(text)

    def on_book(self) -> None:
        chosen = self.calendar.selection()
        if chosen is None:
            return
        car, start = chosen
        self.book_requested.emit(car, start, start + timedelta(minutes=self.duration_spin.value()))


__all__ = ["CalendarSection"]
