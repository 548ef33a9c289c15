"""The licence gate's form on the stage-5 page: what is on the driving licence.

Saved by "Check licence" only (the service stores the facts with the verdict); typed
values that were not checked yet are kept as a draft by the page. A failed rule is shown
in red at its field with the reason; there is no way to bypass it here — the only answer
to a failed check is other (correct) licence data.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import Region
from showroom_app.domain.test_drive import normalise_licence_class
from showroom_app.services.test_drives import TestDriveRow
from showroom_app.ui.widgets.forms import FieldError, name_widget, with_error

DATE_FIELDS = ("licence_expiry", "licence_first_issue", "birth_date")
OTHER_CLASS = "OTHER"  # not a passenger-car class: the gate refuses it
_ROC_EPOCH = 1911
_DATE_RE = re.compile(r"(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_date(text: str, region: Region) -> date:
    """A date as typed from a licence: 2015-03-01, 2015/3/1, 20150301; in Taiwan also
    the 民國 year printed on licences (104/03/01, 104年3月1日). ValueError otherwise."""
    raw = text.strip()
    if re.fullmatch(r"\d{8}", raw):
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    match = _DATE_RE.fullmatch(raw)
    if match is None:
        raise ValueError(raw)
    year, month, day = (int(g) for g in match.groups())
    if len(match.group(1)) < 4:
        if region is not Region.TW:
            raise ValueError(raw)
        year += _ROC_EPOCH
    return date(year, month, day)


def licence_classes(region: Region) -> list[tuple[str, str]]:
    """(stored code, label) of the classes offered in the region, passenger car first."""
    if region is Region.CN:
        return [
            ("C1", QCoreApplication.translate("LicenceForm", "C1 · small car")),
            ("C2", QCoreApplication.translate("LicenceForm", "C2 · small car, automatic only")),
            ("B1", QCoreApplication.translate("LicenceForm", "B1 · medium bus")),
            ("B2", QCoreApplication.translate("LicenceForm", "B2 · heavy truck")),
            ("A1", QCoreApplication.translate("LicenceForm", "A1 · large bus")),
            ("A2", QCoreApplication.translate("LicenceForm", "A2 · tractor-trailer")),
            ("A3", QCoreApplication.translate("LicenceForm", "A3 · city bus")),
        ]
    if region is Region.HK:
        return [
            ("HK1", QCoreApplication.translate("LicenceForm", "Class 1 · private car")),
            (
                "HK1A",
                QCoreApplication.translate("LicenceForm", "Class 1A · private car, automatic only"),
            ),
            ("HK2", QCoreApplication.translate("LicenceForm", "Class 2 · light goods vehicle")),
            (
                "HK2A",
                QCoreApplication.translate(
                    "LicenceForm", "Class 2A · light goods vehicle, automatic only"
                ),
            ),
        ]
    return [
        ("普通小型車", QCoreApplication.translate("LicenceForm", "Ordinary light vehicle")),
        ("職業小型車", QCoreApplication.translate("LicenceForm", "Professional light vehicle")),
        ("普通大貨車", QCoreApplication.translate("LicenceForm", "Ordinary heavy truck")),
        ("職業大貨車", QCoreApplication.translate("LicenceForm", "Professional heavy truck")),
        ("普通大客車", QCoreApplication.translate("LicenceForm", "Ordinary bus")),
        ("職業大客車", QCoreApplication.translate("LicenceForm", "Professional bus")),
        ("普通聯結車", QCoreApplication.translate("LicenceForm", "Ordinary tractor-trailer")),
        ("職業聯結車", QCoreApplication.translate("LicenceForm", "Professional tractor-trailer")),
    ]


class LicenceForm(QGroupBox):
    """``edited`` on every change by the user, ``check_requested`` for the button."""

    edited = Signal()
    check_requested = Signal()

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_drive_licence")
        self.region = region
        self._loading = False
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}

        def row(field: str, widget: QWidget, extra: QWidget | None = None) -> None:
            caption = QLabel(self)
            caption.setObjectName(f"test_drive_{field}_caption")
            self.captions[field] = caption
            self.errors[field] = FieldError(f"test_drive_{field}", self)
            inner: QWidget = widget
            if extra is not None:
                inner = QWidget(self)
                line = QHBoxLayout(inner)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(widget, 1)
                line.addWidget(extra)
            caption.setBuddy(widget)
            form.addRow(caption, with_error(inner, self.errors[field]))

        self.number_edit = name_widget(QLineEdit(self), "test_drive_licence_number")
        self.number_edit.setMaxLength(40)
        row("licence_number", self.number_edit)
        self.class_combo = name_widget(QComboBox(self), "test_drive_licence_class")
        self.manual_check = name_widget(QCheckBox(self), "test_drive_manual")
        row("licence_class", self.class_combo)
        form.addRow("", self.manual_check)
        self.expiry_edit = self._date_edit("test_drive_licence_expiry")
        self.no_expiry_check = name_widget(QCheckBox(self), "test_drive_no_expiry")
        row("licence_expiry", self.expiry_edit, self.no_expiry_check)
        self.first_issue_edit = self._date_edit("test_drive_licence_first_issue")
        row("licence_first_issue", self.first_issue_edit)
        self.birth_edit = self._date_edit("test_drive_birth_date")
        self.birth_hint = QLabel(self)
        self.birth_hint.setObjectName("test_drive_birth_hint")
        self.birth_hint.setStyleSheet("color: #555555;")
        row("birth_date", self.birth_edit, self.birth_hint)

        self.check_button = name_widget(QPushButton(self), "test_drive_check_licence")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_requested)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("status_test_drive_licence")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(self.verdict_label)
        outer.addStretch(1)

        self._fill_classes("")
        self.number_edit.textEdited.connect(self._on_edit)
        self.class_combo.activated.connect(self._on_edit)
        self.manual_check.toggled.connect(self._on_edit)
        self.no_expiry_check.toggled.connect(self._on_no_expiry_toggled)
        self.retranslate_ui()

    def _date_edit(self, name: str) -> QLineEdit:
        edit = name_widget(QLineEdit(self), name)
        edit.setMaxLength(20)
        edit.textEdited.connect(self._on_edit)
        return edit

    def _fill_classes(self, current: str) -> None:
        self.class_combo.clear()
        for code, label in licence_classes(self.region):
            self.class_combo.addItem(label, code)
        self.class_combo.addItem(
            QCoreApplication.translate("LicenceForm", "Other class (e.g. motorcycle only)"),
            OTHER_CLASS,
        )
        if current and self.class_combo.findData(current) < 0:
            self.class_combo.addItem(current, current)  # stored from another region
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(current)))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("1. Driving licence"))
        captions = {
            "licence_number": self.tr("Licence &number:"),
            "licence_class": self.tr("Licence cl&ass:"),
            "licence_expiry": self.tr("&Valid until:"),
            "licence_first_issue": self.tr("First iss&ued:"),
            "birth_date": self.tr("Date of birt&h:"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
        self._loading = True
        self._fill_classes(self.licence_class())
        self._loading = False
        self.manual_check.setText(self.tr("The test car has a manual gearbox"))
        self.no_expiry_check.setText(self.tr("Does not expire"))
        placeholder = self.tr("YYYY-MM-DD")
        if self.region is Region.TW:
            placeholder = self.tr("YYYY-MM-DD or ROC 115/03/01")
        for edit in (self.expiry_edit, self.first_issue_edit, self.birth_edit):
            edit.setPlaceholderText(placeholder)
        self.check_button.setText(self.tr("Check &licence"))

    # -- values ---------------------------------------------------------------------------
    def licence_class(self) -> str:
        data = self.class_combo.currentData()
        return str(data) if data else ""

    def values(self) -> dict[str, Any]:
        """The typed values as they are (for a draft)."""
        return {
            "licence_number": self.number_edit.text(),
            "licence_class": self.licence_class(),
            "manual_transmission": self.manual_check.isChecked(),
            "licence_expiry": self.expiry_edit.text(),
            "no_expiry": self.no_expiry_check.isChecked(),
            "licence_first_issue": self.first_issue_edit.text(),
            "birth_date": self.birth_edit.text(),
        }

    def apply_values(self, values: dict[str, Any]) -> None:
        """Put typed values back (a restored draft); does not emit ``edited``."""
        self._loading = True
        try:
            self.number_edit.setText(str(values.get("licence_number", "")))
            self._fill_classes(str(values.get("licence_class", "")))
            self.manual_check.setChecked(bool(values.get("manual_transmission")))
            self.no_expiry_check.setChecked(bool(values.get("no_expiry")))
            self.expiry_edit.setEnabled(not self.no_expiry_check.isChecked())
            for field, edit in self._date_edits().items():
                edit.setText(str(values.get(field, "")))
        finally:
            self._loading = False

    def load(self, row: TestDriveRow | None, birthday: date | None) -> None:
        """Show the stored licence facts of ``row`` (prefilled when not checked yet)."""
        checked = row is not None and row.licence_checked_at is not None
        birth = row.birth_date if row is not None and row.birth_date else birthday
        values: dict[str, Any] = {
            "licence_number": row.licence_number if row else "",
            "licence_class": row.licence_class if row and row.licence_class else "",
            "manual_transmission": bool(row and row.manual_transmission),
            "licence_expiry": row.licence_expiry.isoformat() if row and row.licence_expiry else "",
            "no_expiry": checked and row is not None and row.licence_expiry is None,
            "licence_first_issue": (
                row.licence_first_issue.isoformat() if row and row.licence_first_issue else ""
            ),
            "birth_date": birth.isoformat() if birth else "",
        }
        self.apply_values(values)
        from_record = birthday is not None and (row is None or row.birth_date is None)
        self.birth_hint.setText(self.tr("from the customer record") if from_record else "")
        self.birth_hint.setVisible(from_record)
        self.clear_verdict()

    def _date_edits(self) -> dict[str, QLineEdit]:
        return {
            "licence_expiry": self.expiry_edit,
            "licence_first_issue": self.first_issue_edit,
            "birth_date": self.birth_edit,
        }

    def parsed(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(keyword arguments for ``check_licence``, {field: message} for what cannot be
        read yet). Dates must be complete; the number and rules are the service's."""
        errors: dict[str, str] = {}
        dates: dict[str, date | None] = {}
        for field, edit in self._date_edits().items():
            if field == "licence_expiry" and self.no_expiry_check.isChecked():
                dates[field] = None
                continue
            text = edit.text().strip()
            if not text:
                errors[field] = self.tr("Enter the date from the licence.")
                continue
            try:
                dates[field] = parse_date(text, self.region)
            except ValueError:
                errors[field] = self.tr("Enter a date such as 2015-03-01.")
        code = self.licence_class()
        kwargs: dict[str, Any] = {
            "licence_number": self.number_edit.text(),
            "licence_class": normalise_licence_class(code) if code != OTHER_CLASS else code,
            "licence_expiry": dates.get("licence_expiry"),
            "first_issue_date": dates.get("licence_first_issue"),
            "birth_date": dates.get("birth_date"),
            "manual_transmission": self.manual_check.isChecked(),
        }
        return kwargs, errors

    # -- verdict --------------------------------------------------------------------------
    def clear_verdict(self) -> None:
        for error in self.errors.values():
            error.set_error("")
        self.verdict_label.setText("")
        self.verdict_label.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages at their fields (typing problems, or the gate's failed rules)."""
        for field, error in self.errors.items():
            error.set_error(errors.get(field, ""))

    def show_verdict(self, checked: bool, problems: dict[str, str]) -> None:
        """The gate's answer: each failed rule in red at its field, and a summary."""
        self.show_errors(problems)
        if not checked:
            self.verdict_label.hide()
            return
        if problems:
            self.verdict_label.setText(
                self.tr(
                    "✗ The licence does not pass the check: this driver cannot take the test car."
                )
            )
            self.verdict_label.setStyleSheet("color: #b00020; font-weight: 600;")
        else:
            self.verdict_label.setText(
                self.tr("✓ Licence checked: the driver may take the test car.")
            )
            self.verdict_label.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.verdict_label.show()

    def set_editable(self, editable: bool) -> None:
        for widget in (
            self.number_edit,
            self.class_combo,
            self.manual_check,
            self.no_expiry_check,
            self.first_issue_edit,
            self.birth_edit,
            self.check_button,
        ):
            widget.setEnabled(editable)
        self.expiry_edit.setEnabled(editable and not self.no_expiry_check.isChecked())

    # -- slots ----------------------------------------------------------------------------
    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_no_expiry_toggled(self, checked: bool) -> None:
        self.expiry_edit.setEnabled(not checked)
        self._on_edit()


__all__ = ["OTHER_CLASS", "LicenceForm", "licence_classes", "parse_date"]
