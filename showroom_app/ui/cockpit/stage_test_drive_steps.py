"""The later steps of a test drive on the stage-5 page: route, staff and the agreement;
the drive out and back; the customer's feedback. Plain views: they show a row and emit
what the user asked for; the page (``stage_test_drive``) calls the service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.test_drive import FEEDBACK_RATINGS, MAX_ODOMETER
from showroom_app.services.test_drives import TestDriveRow
from showroom_app.ui import labels
from showroom_app.ui.widgets.forms import FieldError, name_widget, with_error

WARNING_STYLE = "color: #8a4b00;"


def _caption(parent: QWidget, name: str, buddy: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setBuddy(buddy)
    return label


def _suggesting_edit(parent: QWidget, name: str, max_len: int) -> QLineEdit:
    """A line edit that offers earlier values (routes, staff names) as one types."""
    edit = name_widget(QLineEdit(parent), name)
    edit.setMaxLength(max_len)
    completer = QCompleter([], edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


class AgreementBox(QGroupBox):
    """Route and accompanying staff (they print on the agreement; autosaved), then
    "Print agreement…" and "Mark signed"."""

    plan_edited = Signal()
    print_requested = Signal()
    sign_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_drive_agreement")
        self._loading = False
        self.route_edit = _suggesting_edit(self, "test_drive_route", 300)
        self.staff_edit = _suggesting_edit(self, "test_drive_staff", 100)
        self.route_error = FieldError("test_drive_route", self)
        self.staff_error = FieldError("test_drive_staff", self)
        self.route_caption = _caption(self, "test_drive_route_caption", self.route_edit)
        self.staff_caption = _caption(self, "test_drive_staff_caption", self.staff_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.route_caption, with_error(self.route_edit, self.route_error))
        form.addRow(self.staff_caption, with_error(self.staff_edit, self.staff_error))
        self.print_button = name_widget(QPushButton(self), "test_drive_print_agreement")
        self.sign_button = name_widget(QPushButton(self), "test_drive_mark_signed")
        for button in (self.print_button, self.sign_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_requested)
        self.sign_button.clicked.connect(self.sign_requested)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_test_drive_agreement")
        self.status_label.setWordWrap(True)
        self.error = FieldError("test_drive_agreement", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addLayout(buttons)
        outer.addWidget(self.status_label)
        outer.addWidget(self.error)
        outer.addStretch(1)
        for edit in (self.route_edit, self.staff_edit):
            edit.textEdited.connect(self._on_edit)
            completer = edit.completer()
            assert completer is not None
            completer.activated.connect(self._on_edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("2. Route, staff and agreement"))
        self.route_caption.setText(self.tr("&Route:"))
        self.staff_caption.setText(self.tr("Accompanying &staff:"))
        self.route_edit.setPlaceholderText(self.tr("e.g. city loop with expressway section"))
        self.print_button.setText(self.tr("&Print agreement…"))
        self.sign_button.setText(self.tr("Mark si&gned"))
        self.sign_button.setToolTip(
            self.tr("Available once this booking's agreement was printed or previewed.")
        )

    def set_choices(self, routes: Sequence[str], staff: Sequence[str]) -> None:
        for edit, items in ((self.route_edit, routes), (self.staff_edit, staff)):
            completer = edit.completer()
            assert completer is not None
            completer.setModel(QStringListModel(list(dict.fromkeys(i for i in items if i)), edit))

    def plan(self) -> tuple[str, str]:
        return self.route_edit.text(), self.staff_edit.text()

    def set_plan(self, route: str, staff: str) -> None:
        self.route_edit.setText(route)  # setText does not emit textEdited
        self.staff_edit.setText(staff)
        self.route_error.set_error("")
        self.staff_error.set_error("")

    def show_row(self, row: TestDriveRow) -> None:
        booked = row.status == "booked"
        self.print_button.setEnabled(row.licence_ok and row.status != "cancelled")
        self.sign_button.setEnabled(
            booked and row.agreement_printed and row.agreement_signed_at is None
        )
        editable = row.status in ("booked", "started")
        self.route_edit.setEnabled(editable)
        self.staff_edit.setEnabled(editable)
        if row.agreement_signed_at is not None:
            text = self.tr("✓ Agreement signed %1").replace(
                "%1", labels.timestamp(row.agreement_signed_at)
            )
        elif row.agreement_printed:
            text = self.tr("Agreement printed — mark it signed once the customer has signed.")
        elif row.licence_ok:
            text = self.tr("Print the agreement for the customer to sign.")
        else:
            text = self.tr("The agreement can be printed once the licence passes the check.")
        self.status_label.setText(text)

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.plan_edited.emit()


def _odometer(parent: QWidget, name: str) -> QSpinBox:
    spin = name_widget(QSpinBox(parent), name)
    spin.setRange(0, MAX_ODOMETER)
    spin.setGroupSeparatorShown(True)
    spin.setSuffix(" km")
    spin.setMinimumWidth(150)
    return spin


class DriveBox(QGroupBox):
    """Odometer out and "Start drive"; odometer in and "Finish drive". The odometer
    readings are saved by those buttons (a typed reading waits in the page's draft)."""

    edited = Signal()
    start_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_drive_drive")
        self._loading = False
        self.route_km = 0
        self.odo_out_spin = _odometer(self, "test_drive_odo_out")
        self.odo_in_spin = _odometer(self, "test_drive_odo_in")
        self.odo_out_error = FieldError("test_drive_odo_out", self)
        self.odo_in_error = FieldError("test_drive_odo_in", self)
        self.odo_in_warning = QLabel(self)
        self.odo_in_warning.setObjectName("warning_test_drive_odo_in")
        self.odo_in_warning.setWordWrap(True)
        self.odo_in_warning.setStyleSheet(WARNING_STYLE)
        self.odo_in_warning.hide()
        self.start_button = name_widget(QPushButton(self), "test_drive_start")
        self.finish_button = name_widget(QPushButton(self), "test_drive_finish")
        for button in (self.start_button, self.finish_button):
            button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start_requested)
        self.finish_button.clicked.connect(self.finish_requested)
        self.out_caption = _caption(self, "test_drive_odo_out_caption", self.odo_out_spin)
        self.in_caption = _caption(self, "test_drive_odo_in_caption", self.odo_in_spin)
        self.times_label = QLabel(self)
        self.times_label.setObjectName("status_test_drive_times")
        self.times_label.setWordWrap(True)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("status_test_drive_next")
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("color: #444444;")
        self.error = FieldError("test_drive_drive", self)

        grid = QGridLayout()
        grid.addWidget(self.out_caption, 0, 0)
        grid.addWidget(with_error(self.odo_out_spin, self.odo_out_error), 0, 1)
        grid.addWidget(self.start_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.in_caption, 1, 0)
        box = with_error(self.odo_in_spin, self.odo_in_error)
        box_layout = box.layout()
        assert box_layout is not None
        box_layout.addWidget(self.odo_in_warning)
        grid.addWidget(box, 1, 1)
        grid.addWidget(self.finish_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(3, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.next_label)
        outer.addLayout(grid)
        outer.addWidget(self.times_label)
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.odo_out_spin.valueChanged.connect(self._on_edit)
        self.odo_in_spin.valueChanged.connect(self._on_edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("3. The drive"))
        self.out_caption.setText(self.tr("Odometer &out:"))
        self.in_caption.setText(self.tr("Odo&meter in:"))
        self.start_button.setText(self.tr("S&tart drive"))
        self.finish_button.setText(self.tr("&Finish drive"))

    def values(self) -> dict[str, int]:
        return {"odo_out": self.odo_out_spin.value(), "odo_in": self.odo_in_spin.value()}

    def set_values(self, odo_out: int, odo_in: int) -> None:
        self._loading = True
        try:
            self.odo_out_spin.setValue(odo_out)
            self.odo_in_spin.setValue(odo_in)
        finally:
            self._loading = False
        self.odo_out_error.set_error("")
        self.odo_in_error.set_error("")
        self.error.set_error("")
        self.update_distance()

    def show_row(self, row: TestDriveRow) -> None:
        booked, started = row.status == "booked", row.status == "started"
        self.start_button.setEnabled(row.may_start)
        self.odo_out_spin.setEnabled(booked)
        self.odo_in_spin.setEnabled(started)
        self.finish_button.setEnabled(started)
        no_licence = booked and not row.licence_ok
        unsigned = booked and row.agreement_signed_at is None
        if no_licence and unsigned:
            self.next_label.setText(
                self.tr(
                    "Before the drive: a licence that passes the check, and the signed agreement."
                )
            )
        elif no_licence:
            self.next_label.setText(self.tr("Before the drive: a licence that passes the check."))
        elif unsigned:
            self.next_label.setText(self.tr("Before the drive: the signed agreement."))
        elif booked:
            self.next_label.setText(self.tr("Ready: note the odometer and start the drive."))
        elif started:
            self.next_label.setText(self.tr("On the road. Note the odometer when the car is back."))
        elif row.status == "finished":
            self.next_label.setText(self.tr("Finished. Ask for the customer's feedback."))
        else:
            self.next_label.setText(self.tr("This booking was cancelled."))
        times = []
        if row.started_at:
            times.append(self.tr("Out: %1").replace("%1", labels.timestamp(row.started_at)))
        if row.finished_at:
            times.append(self.tr("Back: %1").replace("%1", labels.timestamp(row.finished_at)))
        if row.odo_out is not None and row.odo_in is not None:
            times.append(self.tr("%1 km driven").replace("%1", f"{row.odo_in - row.odo_out:,}"))
        self.times_label.setText(" · ".join(times))
        self.times_label.setVisible(bool(times))
        self.update_distance()

    def update_distance(self) -> None:
        """Warn while typing when the distance looks implausible (twice the route)."""
        if not self.odo_in_spin.isEnabled() or self.route_km <= 0:
            return
        distance = self.odo_in_spin.value() - self.odo_out_spin.value()
        if distance > 2 * self.route_km:
            self.show_warning(
                self.tr(
                    "%1 km is more than twice the route length (%2 km). "
                    "Please check the readings; it can still be saved."
                )
                .replace("%1", f"{distance:,}")
                .replace("%2", str(self.route_km))
            )
        else:
            self.show_warning("")

    def show_warning(self, text: str) -> None:
        self.odo_in_warning.setText(text)
        self.odo_in_warning.setVisible(bool(text))

    def _on_edit(self, *_args: object) -> None:
        if self._loading:
            return
        self.update_distance()
        self.edited.emit()


class FeedbackBox(QGroupBox):
    """The customer's ratings (1-5, or not rated) and notes; autosaved once the car is out."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_drive_feedback")
        self._loading = False
        self.combos: dict[str, QComboBox] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, key in enumerate(FEEDBACK_RATINGS):
            combo = name_widget(QComboBox(self), f"test_drive_rating_{key}")
            for value in range(6):
                combo.addItem("", value)
            combo.currentIndexChanged.connect(self._on_edit)
            self.combos[key] = combo
            self.captions[key] = _caption(self, f"test_drive_rating_{key}_caption", combo)
            grid.addWidget(self.captions[key], i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(4, 1)
        self.notes_edit = name_widget(QPlainTextEdit(self), "test_drive_feedback_notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)
        self.notes_edit.textChanged.connect(self._on_edit)
        self.notes_caption = _caption(self, "test_drive_feedback_notes_caption", self.notes_edit)
        self.error = FieldError("test_drive_feedback", self)
        outer = QVBoxLayout(self)
        outer.addLayout(grid)
        outer.addWidget(self.notes_caption)
        outer.addWidget(self.notes_edit)
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("4. Feedback"))
        names = {
            "design": self.tr("Design:"),
            "comfort": self.tr("Comfort:"),
            "power": self.tr("Power:"),
            "handling": self.tr("Handling:"),
            "noise": self.tr("Quietness:"),
            "tech": self.tr("Technology:"),
        }
        grades = [
            self.tr("— not rated"),
            self.tr("1 · poor"),
            self.tr("2 · fair"),
            self.tr("3 · good"),
            self.tr("4 · very good"),
            self.tr("5 · excellent"),
        ]
        for key, text in names.items():
            self.captions[key].setText(text)
            for value, grade in enumerate(grades):
                stars = "★" * value + "☆" * (5 - value) if value else ""
                self.combos[key].setItemText(value, f"{stars} {grade}".strip())
        self.notes_caption.setText(self.tr("What the customer said:"))

    def values(self) -> tuple[dict[str, int], str]:
        ratings = {k: int(c.currentData()) for k, c in self.combos.items() if c.currentData()}
        return ratings, self.notes_edit.toPlainText()

    def set_values(self, ratings: dict[str, Any], notes: str) -> None:
        self._loading = True
        try:
            for key, combo in self.combos.items():
                value = ratings.get(key)
                combo.setCurrentIndex(value if isinstance(value, int) and 1 <= value <= 5 else 0)
            if self.notes_edit.toPlainText() != notes:
                self.notes_edit.setPlainText(notes)
        finally:
            self._loading = False
        self.error.set_error("")

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()


__all__ = ["AgreementBox", "DriveBox", "FeedbackBox"]
