"""The PDI (新車交車前檢查) on the delivery page: the template's groups with only the items this
car has (no oil check on an electric car, no charging cable on a petrol one), each item OK /
defect / not applicable with a one-line note, and the technician's sign-off.

A defect needs the defect and its agreed fix, "not applicable" a reason; both are refused at
the row (red) until typed, and kept in the page's draft meanwhile. "All other items OK"
records every item still open as OK — the usual case — so the technician only notes the
exceptions. Changing a result after the sign-off withdraws the signature (the service does
it: the technician signs what was checked).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.delivery import PdiRecord, PdiResult, pdi_template
from showroom_app.domain.enums import Powertrain
from showroom_app.domain.errors import ValidationError
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

#: combo order: not recorded yet, then the three results
COLUMNS = 3
CHOICES: tuple[PdiResult | None, ...] = (
    None,
    PdiResult.OK,
    PdiResult.DEFECT,
    PdiResult.NOT_APPLICABLE,
)


def delivery_text(source: str) -> str:
    """A checklist label of ``domain.delivery_templates`` in the interface language."""
    return QCoreApplication.translate("Delivery", source)


class PdiRow(QWidget):
    """One PDI item: its name, the result and the note (shown for a defect or N/A)."""

    edited = Signal(str)  # the item code

    def __init__(self, code: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.label = label
        name = f"delivery_pdi_{code}"
        self.setObjectName(name)
        self.name_label = QLabel(self)
        self.name_label.setWordWrap(True)
        self.combo = name_widget(QComboBox(self), f"{name}_result")
        for _choice in CHOICES:
            self.combo.addItem("")
        self.note_edit = name_widget(QLineEdit(self), f"{name}_note")
        self.note_edit.setMaxLength(200)
        self.error = FieldError(f"{name}_note", self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 1, 0, 1)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.combo, 0, 1)
        grid.addWidget(self.note_edit, 1, 0, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.note_edit.hide()
        self.combo.currentIndexChanged.connect(self.on_combo_changed)
        self.note_edit.textEdited.connect(lambda _t: self.edited.emit(self.code))

    def retranslate_ui(self) -> None:
        self.name_label.setText(delivery_text(self.label))
        names = (
            self.tr("— not checked"),
            self.tr("OK"),
            self.tr("Defect"),
            self.tr("Not applicable"),
        )
        for i, text in enumerate(names):
            self.combo.setItemText(i, text)
        self.combo.setAccessibleDescription(delivery_text(self.label))
        self._placeholder()

    def _placeholder(self) -> None:
        result = self.result()
        if result is PdiResult.DEFECT:
            self.note_edit.setPlaceholderText(self.tr("The defect and the agreed fix (one line)"))
        else:
            self.note_edit.setPlaceholderText(self.tr("Why does this not apply? (one line)"))

    # -- values -------------------------------------------------------------------------------
    def result(self) -> PdiResult | None:
        return CHOICES[max(0, self.combo.currentIndex())]

    def set_record(self, record: PdiRecord | None) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(CHOICES.index(record.result if record else None))
        self.combo.blockSignals(False)
        self.note_edit.setText(record.note if record else "")
        self._show_note()
        self.error.set_error("")

    def set_raw(self, raw: Mapping[str, object]) -> None:
        """Put back a draft entry ``{"result": code or "", "note": text}``."""
        try:
            result = PdiResult(str(raw.get("result"))) if raw.get("result") else None
        except ValueError:
            result = None
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(CHOICES.index(result))
        self.combo.blockSignals(False)
        self.note_edit.setText(str(raw.get("note", "")))
        self._show_note()

    def raw(self) -> dict[str, str]:
        result = self.result()
        return {"result": result.value if result else "", "note": self.note_edit.text()}

    def record(self) -> PdiRecord | None:
        """What to save; ValidationError when a defect or N/A has no note."""
        result = self.result()
        return None if result is None else PdiRecord(result, self.note_edit.text())

    def _show_note(self) -> None:
        self.note_edit.setVisible(self.result() in (PdiResult.DEFECT, PdiResult.NOT_APPLICABLE))
        self._placeholder()

    def on_combo_changed(self, _index: int) -> None:
        self._show_note()
        if self.note_edit.isVisible() and not self.note_edit.text().strip():
            self.note_edit.setFocus()
        self.edited.emit(self.code)


class PdiBox(QGroupBox):
    """The whole PDI; ``edited(code)`` per item, ``all_ok_requested``, ``sign_requested``,
    ``sign_edited`` (technician or quality checker typed)."""

    edited = Signal(str)
    all_ok_requested = Signal()
    sign_requested = Signal()
    sign_edited = Signal()

    def __init__(self, powertrain: Powertrain | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_pdi_box")
        outer = QVBoxLayout(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("status_delivery_pdi")
        self.summary_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        self.toggle_button = name_widget(QPushButton(self), "delivery_pdi_toggle")
        self.toggle_button.setAutoDefault(False)
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self.on_toggle_toggled)
        top.addWidget(self.toggle_button)
        outer.addLayout(top)
        self.rows: dict[str, PdiRow] = {}
        self.group_boxes: list[tuple[QGroupBox, str]] = []
        self.items_box = QWidget(self)
        self.items_box.setObjectName("delivery_pdi_items")
        columns = QHBoxLayout(self.items_box)
        columns.setContentsMargins(0, 0, 0, 0)
        groups = [g for g in pdi_template(powertrain) if g.items]
        # groups flow into three columns of about equal length, in template order
        per_column = -(-sum(len(g.items) + 2 for g in groups) // COLUMNS)
        column_layouts = [QVBoxLayout() for _ in range(COLUMNS)]
        filled, index = 0, 0
        for group in groups:
            if filled >= per_column and index < COLUMNS - 1:
                index, filled = index + 1, 0
            box = QGroupBox(self.items_box)
            box.setObjectName(f"delivery_pdi_group_{group.code}")
            column = QVBoxLayout(box)
            column.setSpacing(2)
            for item in group.items:
                row = PdiRow(item.code, item.label, box)
                row.edited.connect(self.edited)
                self.rows[item.code] = row
                column.addWidget(row)
            self.group_boxes.append((box, group.label))
            column_layouts[index].addWidget(box)
            filled += len(group.items) + 2
        for layout in column_layouts:
            layout.addStretch(1)
            columns.addLayout(layout, 1)
        outer.addWidget(self.items_box)

        actions = QHBoxLayout()
        self.all_ok_button = name_widget(QPushButton(self), "delivery_pdi_all_ok")
        self.all_ok_button.setAutoDefault(False)
        self.all_ok_button.clicked.connect(self.all_ok_requested)
        actions.addWidget(self.all_ok_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        sign = QGridLayout()
        self.technician_label = QLabel(self)
        self.technician_edit = name_widget(QLineEdit(self), "delivery_pdi_technician")
        self.technician_edit.setMaxLength(100)
        self.checker_label = QLabel(self)
        self.checker_edit = name_widget(QLineEdit(self), "delivery_pdi_quality_checker")
        self.checker_edit.setMaxLength(100)
        self.technician_label.setBuddy(self.technician_edit)
        self.checker_label.setBuddy(self.checker_edit)
        self.sign_button = name_widget(QPushButton(self), "delivery_pdi_sign")
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign_requested)
        self.signed_label = QLabel(self)
        self.signed_label.setObjectName("status_delivery_pdi_signed")
        self.signed_label.setWordWrap(True)
        self.sign_error = FieldError("delivery_pdi_technician", self)
        sign.addWidget(self.technician_label, 0, 0)
        sign.addWidget(self.technician_edit, 0, 1)
        sign.addWidget(self.checker_label, 0, 2)
        sign.addWidget(self.checker_edit, 0, 3)
        sign.addWidget(self.sign_button, 0, 4)
        sign.addWidget(self.signed_label, 1, 0, 1, 5)
        sign.addWidget(self.sign_error, 2, 0, 1, 5)
        sign.setColumnStretch(1, 1)
        sign.setColumnStretch(3, 1)
        outer.addLayout(sign)
        self.technician_edit.textEdited.connect(lambda _t: self.sign_edited.emit())
        self.checker_edit.textEdited.connect(lambda _t: self.sign_edited.emit())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Pre-delivery inspection (PDI)"))
        for box, label in self.group_boxes:
            box.setTitle(delivery_text(label))
        for row in self.rows.values():
            row.retranslate_ui()
        self.all_ok_button.setText(self.tr("Mark all unchecked items &OK"))
        self.technician_label.setText(self.tr("Technician:"))
        self.checker_label.setText(self.tr("Quality check by:"))
        self.sign_button.setText(self.tr("&Sign off PDI"))
        self._toggle_text()

    def _toggle_text(self) -> None:
        shown = self.toggle_button.isChecked()
        self.toggle_button.setText(
            self.tr("Hide the items") if shown else self.tr("Show the items")
        )

    def on_toggle_toggled(self, shown: bool) -> None:
        self.items_box.setVisible(shown)
        self._toggle_text()

    def show_items(self, shown: bool) -> None:
        """Open (or fold) the item list; folded once signed, so the page stays short."""
        self.toggle_button.setChecked(shown)
        self.items_box.setVisible(shown)
        self._toggle_text()

    # -- state --------------------------------------------------------------------------------
    def show_records(self, records: Mapping[str, PdiRecord], editing: set[str]) -> None:
        """The stored results, leaving rows being edited (``editing``) alone."""
        for code, row in self.rows.items():
            if code not in editing:
                row.set_record(records.get(code))

    def show_signature(
        self, technician: str, signed_text: str, pending: int, defects: int, editable: bool
    ) -> None:
        done = len(self.rows) - pending
        checked = self.tr("%1 of %2 items checked").replace("%1", str(done))
        parts = [checked.replace("%2", str(len(self.rows)))]
        if defects:
            parts.append(self.tr("defects noted: %1").replace("%1", str(defects)))
        self.summary_label.setText(" · ".join(parts))
        self.signed_label.setText(signed_text)
        self.signed_label.setStyleSheet(
            "color: #1b5e20; font-weight: 600;" if technician else "color: #7a4f00;"
        )
        self.all_ok_button.setEnabled(editable and pending > 0)
        self.sign_button.setEnabled(editable)

    def show_error(self, code: str, error: ValidationError | None) -> None:
        row = self.rows.get(code)
        if row is not None:
            row.error.set_error(validation_text(error) if error else "")

    def set_editable(self, editable: bool) -> None:
        for row in self.rows.values():
            row.combo.setEnabled(editable)
            row.note_edit.setReadOnly(not editable)
        self.technician_edit.setReadOnly(not editable)
        self.checker_edit.setReadOnly(not editable)
        self.all_ok_button.setEnabled(editable)
        self.sign_button.setEnabled(editable)


def signed_text(technician: str, checker: str, signed_at_text: str) -> str:
    if not technician:
        return QCoreApplication.translate("PdiBox", "Not signed off yet.")
    text = (
        QCoreApplication.translate("PdiBox", "✓ Signed off by %1 on %2")
        .replace("%1", technician)
        .replace("%2", signed_at_text)
    )
    if checker:
        text += QCoreApplication.translate("PdiBox", " · quality check: %1").replace("%1", checker)
    return text


__all__ = ["CHOICES", "PdiBox", "PdiRow", "delivery_text", "signed_text"]
