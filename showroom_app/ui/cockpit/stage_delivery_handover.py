"""The handover on the delivery page (DOMAIN.md §4.8 steps 2–6): the documents handed over
(the region's list), the functions explained, the tools and loose items (only what this car
has), the keys counted, the photo-sharing consent, and whether the money is settled and the
loan disbursed.

Every item is handed over / explained (✓), not applicable with a one-line reason, or still
open. A "not applicable" without its reason is refused at the row and kept in the page's
draft; the rest of the form is saved as usual. The whole handover is saved as one record.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.cockpit import ItemRecord, ItemState
from showroom_app.domain.delivery import (
    FUNCTIONS_TO_EXPLAIN,
    TOOLS_AND_LOOSE_ITEMS,
    CheckItem,
    HandoverForm,
    for_powertrain,
    handover_documents,
)
from showroom_app.domain.enums import Powertrain, Region
from showroom_app.domain.errors import ValidationError
from showroom_app.ui.cockpit.stage_delivery_pdi import delivery_text
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

STATES = (ItemState.PENDING, ItemState.DONE, ItemState.NOT_APPLICABLE)
LISTS = ("documents", "functions", "tools")


class HandoverRow(QWidget):
    """One item: its name, open / done / not applicable, and the reason."""

    edited = Signal()

    def __init__(self, group: str, item: CheckItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        name = f"delivery_{group}_{item.code}"
        self.setObjectName(name)
        self.name_label = QLabel(self)
        self.name_label.setWordWrap(True)
        self.combo = name_widget(QComboBox(self), f"{name}_state")
        for _state in STATES:
            self.combo.addItem("")
        self.reason_edit = name_widget(QLineEdit(self), f"{name}_reason")
        self.reason_edit.setMaxLength(200)
        self.error = FieldError(f"{name}_reason", self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 1, 0, 1)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.combo, 0, 1)
        grid.addWidget(self.reason_edit, 1, 0, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.reason_edit.hide()
        self.combo.currentIndexChanged.connect(self.on_combo_changed)
        self.reason_edit.textEdited.connect(lambda _t: self.edited.emit())

    def retranslate_ui(self, done_text: str) -> None:
        text = delivery_text(self.item.label)
        if self.item.required_by_law:
            text += " " + self.tr("(required by law)")
        self.name_label.setText(text)
        for i, state_text in enumerate((self.tr("— open"), done_text, self.tr("Not applicable"))):
            self.combo.setItemText(i, state_text)
        self.combo.setAccessibleDescription(text)
        self.reason_edit.setPlaceholderText(self.tr("Why does this not apply? (one line)"))

    def state(self) -> ItemState:
        return STATES[max(0, self.combo.currentIndex())]

    def set_record(self, record: ItemRecord | None) -> None:
        self.set_raw(record.state.value if record else "pending", record.reason if record else "")
        self.error.set_error("")

    def set_raw(self, state: str, reason: str) -> None:
        try:
            index = STATES.index(ItemState(state))
        except ValueError:
            index = 0
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.reason_edit.setText(reason)
        self.reason_edit.setVisible(self.state() is ItemState.NOT_APPLICABLE)

    def raw(self) -> list[str]:
        return [self.state().value, self.reason_edit.text()]

    def record(self) -> ItemRecord:
        """ValidationError when "not applicable" has no reason."""
        return ItemRecord(self.state(), self.reason_edit.text())

    def on_combo_changed(self, _index: int) -> None:
        na = self.state() is ItemState.NOT_APPLICABLE
        self.reason_edit.setVisible(na)
        if na and not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
        self.edited.emit()


class HandoverBox(QGroupBox):
    """The three lists and the counts; ``edited`` on any change."""

    edited = Signal()

    def __init__(
        self, region: Region, powertrain: Powertrain | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_handover_box")
        items = {
            "documents": handover_documents(region),
            "functions": for_powertrain(FUNCTIONS_TO_EXPLAIN, powertrain),
            "tools": for_powertrain(TOOLS_AND_LOOSE_ITEMS, powertrain),
        }
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        self.rows: dict[str, dict[str, HandoverRow]] = {}
        self.list_boxes: dict[str, QGroupBox] = {}
        self.all_buttons: dict[str, QPushButton] = {}
        for group in LISTS:
            box = QGroupBox(self)
            box.setObjectName(f"delivery_{group}_box")
            column = QVBoxLayout(box)
            column.setSpacing(2)
            self.rows[group] = {}
            for item in items[group]:
                row = HandoverRow(group, item, box)
                row.edited.connect(self.edited)
                self.rows[group][item.code] = row
                column.addWidget(row)
            button = name_widget(QPushButton(box), f"delivery_{group}_all")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, g=group: self.tick_all(g))
            self.all_buttons[group] = button
            column.addWidget(button)
            column.addStretch(1)
            self.list_boxes[group] = box
            columns.addWidget(box, 1)
        outer.addLayout(columns)

        facts = QGridLayout()
        self.keys_label = QLabel(self)
        self.keys_spin = name_widget(QSpinBox(self), "delivery_keys_count")
        self.keys_spin.setRange(0, 20)
        self.keys_spin.setSpecialValueText("—")
        self.keys_label.setBuddy(self.keys_spin)
        self.keys_error = FieldError("delivery_keys_count", self)
        self.consent_check = name_widget(QCheckBox(self), "delivery_photo_consent")
        self.settled_check = name_widget(QCheckBox(self), "delivery_payment_settled")
        self.disbursed_check = name_widget(QCheckBox(self), "delivery_loan_disbursed")
        self.payment_label = QLabel(self)
        self.payment_label.setObjectName("status_delivery_payment")
        self.payment_label.setWordWrap(True)
        facts.addWidget(self.keys_label, 0, 0)
        facts.addWidget(self.keys_spin, 0, 1)
        facts.addWidget(self.consent_check, 0, 2)
        facts.addWidget(self.keys_error, 1, 0, 1, 3)
        facts.addWidget(self.settled_check, 2, 0, 1, 2)
        facts.addWidget(self.disbursed_check, 2, 2)
        facts.addWidget(self.payment_label, 3, 0, 1, 3)
        facts.setColumnStretch(2, 1)
        outer.addLayout(facts)
        self.keys_spin.valueChanged.connect(lambda _v: self.edited.emit())
        for check in (self.consent_check, self.settled_check, self.disbursed_check):
            check.toggled.connect(lambda _on: self.edited.emit())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Handover"))
        titles = {
            "documents": self.tr("Documents handed over"),
            "functions": self.tr("Functions explained"),
            "tools": self.tr("Tools and loose items"),
        }
        done = {
            "documents": self.tr("✓ handed over"),
            "functions": self.tr("✓ explained"),
            "tools": self.tr("✓ handed over"),
        }
        for group, box in self.list_boxes.items():
            box.setTitle(titles[group])
            for row in self.rows[group].values():
                row.retranslate_ui(done[group])
        self.all_buttons["documents"].setText(self.tr("All handed over"))
        self.all_buttons["functions"].setText(self.tr("All explained"))
        self.all_buttons["tools"].setText(self.tr("All handed over"))
        self.keys_label.setText(self.tr("&Keys handed over:"))
        self.consent_check.setText(self.tr("Customer agrees to share the ceremony photo"))
        self.settled_check.setText(self.tr("Payment &settled (balance received)"))
        self.disbursed_check.setText(self.tr("Loan &disbursed"))

    # -- values -------------------------------------------------------------------------------
    def tick_all(self, group: str) -> None:
        """Every open item of the list done (items marked not applicable stay so)."""
        for row in self.rows[group].values():
            if row.state() is ItemState.PENDING:
                row.combo.setCurrentIndex(STATES.index(ItemState.DONE))

    def set_form(self, form: HandoverForm) -> None:
        for group in LISTS:
            records: Mapping[str, ItemRecord] = getattr(form, group)
            for code, row in self.rows[group].items():
                row.set_record(records.get(code))
        widgets = (self.keys_spin, self.consent_check, self.settled_check, self.disbursed_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.keys_spin.setValue(form.keys_count or 0)
        self.consent_check.setChecked(bool(form.photo_consent))
        self.settled_check.setChecked(form.payment_settled)
        self.disbursed_check.setChecked(form.loan_disbursed)
        for widget in widgets:
            widget.blockSignals(False)
        self.keys_error.set_error("")

    def form(self, saved: HandoverForm) -> tuple[HandoverForm, dict[str, ValidationError]]:
        """The form to save and the rows refused (those keep their ``saved`` record)."""
        errors: dict[str, ValidationError] = {}
        lists: dict[str, dict[str, ItemRecord]] = {}
        for group in LISTS:
            kept: dict[str, ItemRecord] = {}
            before: Mapping[str, ItemRecord] = getattr(saved, group)
            for code, row in self.rows[group].items():
                try:
                    kept[code] = row.record()
                    row.error.set_error("")
                except ValidationError as exc:
                    errors[f"{group}.{code}"] = exc
                    row.error.set_error(validation_text(exc))
                    if code in before:
                        kept[code] = before[code]
            lists[group] = kept
        keys = self.keys_spin.value()
        form = HandoverForm(
            documents=lists["documents"],
            functions=lists["functions"],
            tools=lists["tools"],
            keys_count=keys or None,
            photo_consent=self.consent_check.isChecked(),
            payment_settled=self.settled_check.isChecked(),
            loan_disbursed=self.disbursed_check.isChecked(),
        )
        return form, errors

    def raw(self) -> dict[str, object]:
        return {
            group: {code: row.raw() for code, row in self.rows[group].items()} for group in LISTS
        } | {
            "keys": self.keys_spin.value(),
            "consent": self.consent_check.isChecked(),
            "settled": self.settled_check.isChecked(),
            "disbursed": self.disbursed_check.isChecked(),
        }

    def set_raw(self, raw: Mapping[str, object]) -> None:
        for group in LISTS:
            entries = raw.get(group)
            if not isinstance(entries, Mapping):
                continue
            for code, row in self.rows[group].items():
                value = entries.get(code)
                if isinstance(value, list) and len(value) == 2:
                    row.set_raw(str(value[0]), str(value[1]))
        keys = raw.get("keys")
        if isinstance(keys, int):
            self.keys_spin.setValue(keys)
        for key, check in (("consent", self.consent_check), ("settled", self.settled_check),
                           ("disbursed", self.disbursed_check)):  # fmt: skip
            if isinstance(raw.get(key), bool):
                check.setChecked(bool(raw.get(key)))

    def set_editable(self, editable: bool) -> None:
        for rows in self.rows.values():
            for row in rows.values():
                row.combo.setEnabled(editable)
                row.reason_edit.setReadOnly(not editable)
        for widget in (*self.all_buttons.values(), self.keys_spin, self.consent_check,
                       self.settled_check, self.disbursed_check):  # fmt: skip
            widget.setEnabled(editable)


__all__ = ["LISTS", "HandoverBox", "HandoverRow"]
