"""The fields of one logged visit (arrival, departure, party size, companions, invited,
summary, next step), as the reception stage edits them. Values only: saving is the panel's job."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from showroom_app.services.visits import MAX_COMPANIONS, MAX_PARTY, TrafficRow, VisitEdit
from showroom_app.ui.widgets.forms import FieldError, name_widget, with_error

FIELDS = ("arrival", "departure", "party_size", "companions", "invited", "summary", "next_step")
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def from_qt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class VisitEditor(QGroupBox):
    """``edited`` whenever the user changes a field (the panel schedules the save)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reception_visit_editor")
        self.interaction_id: int | None = None
        self._loading = False
        grid = QGridLayout(self)
        self.labels = {f: QLabel(self) for f in FIELDS if f != "invited"}
        self.errors = {f: FieldError(f"reception_{f}", self) for f in FIELDS}
        self.arrival_edit = name_widget(QDateTimeEdit(self), "reception_arrival")
        self.departure_edit = name_widget(QDateTimeEdit(self), "reception_departure")
        for edit in (self.arrival_edit, self.departure_edit):
            edit.setDisplayFormat(DATETIME_FORMAT)
            edit.setMinimumWidth(170)
            edit.setMaximumWidth(220)
            edit.setCalendarPopup(True)
            edit.dateTimeChanged.connect(self._on_edit)
        self.left_box = name_widget(QCheckBox(self), "reception_departed")
        self.left_box.toggled.connect(self._on_left_toggled)
        departure = QWidget(self)
        row = QHBoxLayout(departure)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.left_box)
        row.addWidget(self.departure_edit)
        row.addStretch(1)
        self.party_spin = name_widget(QSpinBox(self), "reception_party_size")
        self.party_spin.setRange(1, MAX_PARTY)
        self.party_spin.setMaximumWidth(90)
        self.party_spin.valueChanged.connect(self._on_edit)
        self.companions_edit = name_widget(QLineEdit(self), "reception_companions")
        self.companions_edit.setMaxLength(MAX_COMPANIONS)
        self.companions_edit.textEdited.connect(self._on_edit)
        party = QWidget(self)
        row = QHBoxLayout(party)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.party_spin)
        row.addWidget(self.labels["companions"])
        row.addWidget(with_error(self.companions_edit, self.errors["companions"]), 1)
        self.invited_box = name_widget(QCheckBox(self), "reception_invited")
        self.invited_box.toggled.connect(self._on_edit)
        self.summary_edit = name_widget(QPlainTextEdit(self), "reception_summary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(70)
        self.summary_edit.textChanged.connect(self._on_edit)
        self.next_step_edit = name_widget(QLineEdit(self), "reception_next_step")
        self.next_step_edit.setMaxLength(2000)
        self.next_step_edit.textEdited.connect(self._on_edit)
        self.contact_label = QLabel(self)
        self.contact_label.setObjectName("reception_contact_value")
        rows: list[tuple[str, QWidget, str, QWidget]] = [
            ("arrival", self.arrival_edit, "departure", departure),
            ("party_size", party, "invited", self.invited_box),
        ]
        for r, (left, left_widget, right, right_widget) in enumerate(rows):
            grid.addWidget(self.labels[left], r, 0)
            grid.addWidget(with_error(left_widget, self.errors[left]), r, 1)
            if right in self.labels:
                grid.addWidget(self.labels[right], r, 2)
            grid.addWidget(with_error(right_widget, self.errors[right]), r, 3)
        grid.addWidget(self.contact_label, 1, 4)
        grid.addWidget(self.labels["summary"], 2, 0)
        grid.addWidget(with_error(self.summary_edit, self.errors["summary"]), 2, 1, 1, 4)
        grid.addWidget(self.labels["next_step"], 3, 0)
        grid.addWidget(with_error(self.next_step_edit, self.errors["next_step"]), 3, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for name, label in self.labels.items():
            label.setBuddy({"departure": self.left_box}.get(name, self._widget(name)))
        self.retranslate_ui()
        self.setEnabled(False)

    def _widget(self, name: str) -> QWidget:
        return {
            "arrival": self.arrival_edit,
            "party_size": self.party_spin,
            "companions": self.companions_edit,
            "summary": self.summary_edit,
            "next_step": self.next_step_edit,
        }.get(name, self)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("This visit"))
        self.labels["arrival"].setText(self.tr("&Arrival"))
        self.labels["departure"].setText(self.tr("&Departure"))
        self.left_box.setText(self.tr("Left at"))
        self.labels["party_size"].setText(self.tr("&Party size"))
        self.labels["companions"].setText(self.tr("&Companions"))
        self.companions_edit.setPlaceholderText(self.tr("e.g. wife and two kids"))
        self.invited_box.setText(self.tr("&Invited (booked visit)"))
        self.labels["summary"].setText(self.tr("&Summary"))
        self.summary_edit.setPlaceholderText(self.tr("What they looked at, what was discussed"))
        self.labels["next_step"].setText(self.tr("&Next step"))
        self.next_step_edit.setPlaceholderText(self.tr("e.g. send the quote on LINE tonight"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels"):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values -------------------------------------------------------------------------------
    def load(self, row: TrafficRow | None, contact_text: str = "") -> None:
        """Show a visit's stored values (or nothing); does not emit ``edited``."""
        self._loading = True
        try:
            self.interaction_id = row.interaction_id if row else None
            self.setEnabled(row is not None)
            for error in self.errors.values():
                error.set_error("")
            if row is None:
                return
            self.arrival_edit.setDateTime(to_qt(row.started_at))
            left = row.ended_at is not None
            self.departure_edit.setDateTime(to_qt(row.ended_at or row.started_at))
            self.left_box.setChecked(left)
            self.departure_edit.setEnabled(left)
            self.party_spin.setValue(row.party_size)
            self.companions_edit.setText(row.companions)
            self.invited_box.setChecked(row.invited)
            self.summary_edit.setPlainText(row.summary)
            self.next_step_edit.setText(row.next_step)
            self.contact_label.setText(contact_text)
        finally:
            self._loading = False

    def edit(self) -> VisitEdit:
        return VisitEdit(
            started_at=from_qt(self.arrival_edit.dateTime()),
            ended_at=from_qt(self.departure_edit.dateTime()) if self.left_box.isChecked() else None,
            party_size=self.party_spin.value(),
            invited=self.invited_box.isChecked(),
            summary=self.summary_edit.toPlainText(),
            next_step=self.next_step_edit.text(),
            companions=self.companions_edit.text(),
        )

    def payload(self) -> dict[str, Any]:
        """The typed values as a draft (JSON)."""
        e = self.edit()
        return {
            "interaction_id": self.interaction_id,
            "started_at": e.started_at.isoformat(),
            "ended_at": e.ended_at.isoformat() if e.ended_at else None,
            "party_size": e.party_size,
            "companions": e.companions,
            "invited": e.invited,
            "summary": e.summary,
            "next_step": e.next_step,
        }

    def restore(self, payload: dict[str, Any]) -> None:
        """Put a draft's values back (emits ``edited`` so they are saved when valid)."""
        try:
            start = datetime.fromisoformat(str(payload["started_at"]))
            end = payload.get("ended_at")
            self.arrival_edit.setDateTime(to_qt(start))
            self.left_box.setChecked(end is not None)
            if end is not None:
                self.departure_edit.setDateTime(to_qt(datetime.fromisoformat(str(end))))
            self.party_spin.setValue(int(payload.get("party_size", 1)))
            self.companions_edit.setText(str(payload.get("companions", "")))
            self.invited_box.setChecked(bool(payload.get("invited")))
            self.summary_edit.setPlainText(str(payload.get("summary", "")))
            self.next_step_edit.setText(str(payload.get("next_step", "")))
        except (KeyError, TypeError, ValueError):
            return  # a damaged draft: the stored visit stays as it is

    def show_error(self, field: str, text: str) -> None:
        self.errors.get(field, self.errors["summary"]).set_error(text)

    # -- slots --------------------------------------------------------------------------------
    def _on_left_toggled(self, checked: bool) -> None:
        self.departure_edit.setEnabled(checked)
        self._on_edit()

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
