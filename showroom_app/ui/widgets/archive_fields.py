"""Fields of the customer archive: dates typed or picked, check lists, a list of phones.

Also the translated names of the archive's codes (maintenance items, services wanted,
contact channels, ID types, timeline entries) so the profile and its sub-dialogs agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from showroom_app.domain.errors import ValidationError
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.ui.widgets.forms import name_widget

# -- names of the codes -----------------------------------------------------------------------


def maintenance_item(code: str) -> str:
    names = {
        "oil_filter": QCoreApplication.translate("ArchiveLabels", "Oil and oil filter"),
        "air_filter": QCoreApplication.translate("ArchiveLabels", "Air filter"),
        "cabin_filter": QCoreApplication.translate("ArchiveLabels", "Cabin filter"),
        "brake_fluid": QCoreApplication.translate("ArchiveLabels", "Brake fluid"),
        "coolant": QCoreApplication.translate("ArchiveLabels", "Coolant"),
        "spark_plugs": QCoreApplication.translate("ArchiveLabels", "Spark plugs"),
        "tyre_rotation": QCoreApplication.translate("ArchiveLabels", "Tyre rotation"),
        "air_conditioning": QCoreApplication.translate("ArchiveLabels", "Air conditioning"),
        "battery_check": QCoreApplication.translate("ArchiveLabels", "Battery check"),
        "ev_coolant": QCoreApplication.translate("ArchiveLabels", "EV battery coolant"),
    }
    return names.get(code, code)


def desired_service(code: str) -> str:
    names = {
        "pickup_dropoff": QCoreApplication.translate("ArchiveLabels", "Pick-up and drop-off"),
        "weekend_slots": QCoreApplication.translate("ArchiveLabels", "Weekend appointments"),
        "detailing": QCoreApplication.translate("ArchiveLabels", "Detailing"),
        "tyre_hotel": QCoreApplication.translate("ArchiveLabels", "Tyre storage"),
        "insurance_quote": QCoreApplication.translate("ArchiveLabels", "Insurance renewal quote"),
        "loan_car": QCoreApplication.translate("ArchiveLabels", "Courtesy car"),
        "reminder_by_message": QCoreApplication.translate("ArchiveLabels", "Reminders by message"),
    }
    return names.get(code, code)


def channel(code: str) -> str:
    names = {
        "": QCoreApplication.translate("ArchiveLabels", "(not set)"),
        "phone": QCoreApplication.translate("ArchiveLabels", "Phone call"),
        "sms": QCoreApplication.translate("ArchiveLabels", "SMS"),
        "line": QCoreApplication.translate("ArchiveLabels", "LINE"),
        "wechat": QCoreApplication.translate("ArchiveLabels", "WeChat"),
        "whatsapp": QCoreApplication.translate("ArchiveLabels", "WhatsApp"),
        "email": QCoreApplication.translate("ArchiveLabels", "E-mail"),
        "letter": QCoreApplication.translate("ArchiveLabels", "Letter"),
    }
    return names.get(code, code)


def id_type(code: str) -> str:
    names = {
        "": QCoreApplication.translate("ArchiveLabels", "(none)"),
        "national_id": QCoreApplication.translate("ArchiveLabels", "National ID card"),
        "passport": QCoreApplication.translate("ArchiveLabels", "Passport"),
        "residence_permit": QCoreApplication.translate("ArchiveLabels", "Residence permit"),
        "other": QCoreApplication.translate("ArchiveLabels", "Other document"),
    }
    return names.get(code, code)


def customer_kind(code: str) -> str:
    names = {
        "person": QCoreApplication.translate("ArchiveLabels", "Person"),
        "company": QCoreApplication.translate("ArchiveLabels", "Company"),
    }
    return names.get(code, code)


def timeline_kind(code: str) -> str:
    names = {
        "showroom_visit": QCoreApplication.translate("ArchiveLabels", "Showroom visit"),
        "inbound_call": QCoreApplication.translate("ArchiveLabels", "Inbound call"),
        "outbound_call": QCoreApplication.translate("ArchiveLabels", "Outbound call"),
        "message": QCoreApplication.translate("ArchiveLabels", "Message"),
        "home_visit": QCoreApplication.translate("ArchiveLabels", "Home visit"),
        "service": QCoreApplication.translate("ArchiveLabels", "Service"),
        "task": QCoreApplication.translate("ArchiveLabels", "Task"),
    }
    return names.get(code, code)


# -- parsing what was typed -------------------------------------------------------------------

_DATE_RE = re.compile(r"^\s*(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT_DATE_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
DATE_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Enter a date like 2026-12-24.")
NUMBER_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")


def parse_date(text: str, field: str) -> date | None:
    """``2026-12-24``, ``2026/12/24``, ``20261224``, ``2026年12月24日`` or a Taiwan (ROC)
    year such as ``115/12/24``; empty means no date."""
    if not text.strip():
        return None
    match = _DATE_RE.match(text) or _COMPACT_DATE_RE.match(text)
    if match is None:
        raise ValidationError(field, DATE_MESSAGE, "date")
    year, month, day = (int(g) for g in match.groups())
    if year < 1000:
        year += 1911  # 民國 years
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, DATE_MESSAGE, "date") from None


def parse_int(text: str, field: str) -> int | None:
    """A whole number, with or without thousands separators; empty means none."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not cleaned:
        return None
    if not cleaned.isascii() or not cleaned.lstrip("-").isdigit():
        raise ValidationError(field, NUMBER_MESSAGE, "number")
    return int(cleaned)


# -- widgets ----------------------------------------------------------------------------------


class DateField(QWidget):
    """A date typed as text (fast at the keyboard), or picked from a calendar; may be empty."""

    changed = Signal()

    def __init__(self, name: str, field: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field or name  # the field its ValidationError names
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = name_widget(QLineEdit(self), name)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.button = name_widget(QToolButton(self), f"{name}_calendar")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setObjectName(f"{name}_calendar_widget")
        pick = QWidgetAction(menu)
        pick.setDefaultWidget(self.calendar)
        menu.addAction(pick)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.calendar.clicked.connect(self.on_calendar_clicked)
        self.button.setMenu(menu)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setToolTip(QCoreApplication.translate("DateField", "Pick from the calendar"))
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "YYYY-MM-DD"))

    def _on_menu_about_to_show(self) -> None:
        try:
            current = self.value()
        except ValidationError:
            current = None
        if current is not None:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def on_calendar_clicked(self, picked: QDate) -> None:
        self.edit.setText(picked.toString("yyyy-MM-dd"))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()

    def value(self) -> date | None:
        return parse_date(self.edit.text(), self._field)

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")


class CheckList(QWidget):
    """A box per code (maintenance items, services wanted), in columns."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        codes: Sequence[str],
        label: Callable[[str], str],
        columns: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = label
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(codes):
            box = name_widget(QCheckBox(self), f"{name}_{code}")
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box, i // columns, i % columns)
            self.boxes[code] = box
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for code, box in self.boxes.items():
            box.setText(self._label(code))

    def values(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_values(self, values: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in values)
            box.blockSignals(False)


class PhoneListEdit(QWidget):
    """The customer's numbers, the first one primary; empty lines are ignored."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.rows: list[tuple[QWidget, QLineEdit, QToolButton]] = []
        self.add_button = name_widget(QPushButton(self), f"{name}_add")
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row("")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(QCoreApplication.translate("PhoneListEdit", "Add a number"))
        for i, (_row, edit, remove) in enumerate(self.rows):
            remove.setToolTip(QCoreApplication.translate("PhoneListEdit", "Remove this number"))
            edit.setPlaceholderText(
                QCoreApplication.translate("PhoneListEdit", "Main number")
                if i == 0
                else QCoreApplication.translate("PhoneListEdit", "Another number")
            )

    def add_row(self, text: str) -> QLineEdit:
        index = len(self.rows)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = name_widget(QLineEdit(text, row), f"{self._name}_{index}")
        edit.textChanged.connect(lambda _t: self.changed.emit())
        remove = name_widget(QToolButton(row), f"{self._name}_remove_{index}")
        remove.setText("×")
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.clicked.connect(lambda _=False, r=row: self._remove(r))
        line.addWidget(edit, 1)
        line.addWidget(remove)
        self._layout.insertWidget(index, row)
        self.rows.append((row, edit, remove))
        self.retranslate_ui()
        return edit

    def on_add_button_clicked(self) -> None:
        self.add_row("").setFocus()

    def _remove(self, row: QWidget) -> None:
        if len(self.rows) == 1:
            self.rows[0][1].clear()
        else:
            self.rows = [r for r in self.rows if r[0] is not row]
            self._drop(row)
            self._rename()
        self.changed.emit()

    def _drop(self, row: QWidget) -> None:
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _rename(self) -> None:
        for i, (_row, edit, remove) in enumerate(self.rows):
            name_widget(edit, f"{self._name}_{i}")
            name_widget(remove, f"{self._name}_remove_{i}")
        self.retranslate_ui()

    def values(self) -> tuple[str, ...]:
        return tuple(edit.text() for _row, edit, _remove in self.rows if edit.text().strip())

    def set_values(self, values: Sequence[str]) -> None:
        for row, _edit, _remove in self.rows:
            self._drop(row)
        self.rows = []
        for value in values or ("",):
            self.add_row(value)
