"""The follow-up cadence part of the sales-process editor: a preset (Light / Intensive, as
the domain offers them) or custom days per intent level. A level left unticked gets no
scheduled follow-up, as in the Light preset for O and N."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.cockpit import LEVEL_RANK
from showroom_app.domain.enums import IntentLevel
from showroom_app.domain.process import MAX_CADENCE_DAYS
from showroom_app.ui import labels
from showroom_app.ui.process_editor_draft import CADENCE_PRESETS
from showroom_app.ui.widgets.forms import FieldError, name_widget


class CadenceBox(QGroupBox):
    """Edits a ``dict[IntentLevel, int]`` in place; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("process_cadence")
        self.cadence: dict[IntentLevel, int] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.preset_label = QLabel(self)
        self.preset_label.setObjectName("process_cadence_preset_label")
        self.preset_combo = name_widget(QComboBox(self), "process_cadence_preset")
        for key in (*CADENCE_PRESETS, ""):
            self.preset_combo.addItem("", key)
        self.preset_combo.activated.connect(self.on_preset_combo_activated)
        self.preset_label.setBuddy(self.preset_combo)
        form.addRow(self.preset_label, self.preset_combo)
        layout.addLayout(form)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.checks: dict[IntentLevel, QCheckBox] = {}
        self.spins: dict[IntentLevel, QSpinBox] = {}
        for row, level in enumerate(LEVEL_RANK):
            check = name_widget(QCheckBox(self), f"process_cadence_{level.value}_on")
            spin = name_widget(QSpinBox(self), f"process_cadence_{level.value}")
            spin.setRange(1, MAX_CADENCE_DAYS)
            spin.setMinimumWidth(110)
            check.toggled.connect(lambda _on, lv=level: self.on_level_edited(lv))
            spin.valueChanged.connect(lambda _v, lv=level: self.on_level_edited(lv))
            self.checks[level], self.spins[level] = check, spin
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
        layout.addLayout(grid)
        self.hint = QLabel(self)
        self.hint.setObjectName("process_cadence_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        layout.addWidget(self.hint)
        self.error = FieldError("process_cadence", self)
        layout.addWidget(self.error)
        self._loading = False
        self._ready = True
        self.retranslate_ui()

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.preset_combo]
        for level, check in self.checks.items():
            chain += [check, self.spins[level]]
        return chain

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Follow-up cadence"))
        self.preset_label.setText(self.tr("&Cadence"))
        names = {
            "light": self.tr("Light (as a small dealer)"),
            "intensive": self.tr("Intensive (4S training)"),
            "": self.tr("Custom"),
        }
        for i in range(self.preset_combo.count()):
            self.preset_combo.setItemText(i, names[str(self.preset_combo.itemData(i))])
        for level, check in self.checks.items():
            check.setText(labels.intent_level(level.value))
            self.spins[level].setPrefix(self.tr("every "))
            self.spins[level].setSuffix(self.tr(" days"))
        self.hint.setText(self.tr("A level left unticked gets no scheduled follow-up."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    def set_cadence(self, cadence: dict[IntentLevel, int]) -> None:
        """Edit ``cadence`` (the draft's own dict, changed in place)."""
        self.cadence = cadence
        self._loading = True
        try:
            for level, check in self.checks.items():
                days = cadence.get(level)
                check.setChecked(days is not None)
                self.spins[level].setValue(days or 7)
                self.spins[level].setEnabled(days is not None)
        finally:
            self._loading = False
        self._show_preset()
        self.error.set_error("")

    def _show_preset(self) -> None:
        key = next((k for k, v in CADENCE_PRESETS.items() if v == self.cadence), "")
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(key))

    def on_preset_combo_activated(self, _index: int) -> None:
        key = str(self.preset_combo.currentData() or "")
        if key not in CADENCE_PRESETS:
            return  # "Custom" is what the days say, not a choice that changes them
        self.cadence.clear()
        self.cadence.update(CADENCE_PRESETS[key])
        self.set_cadence(self.cadence)
        self.changed.emit()

    def on_level_edited(self, level: IntentLevel) -> None:
        if self._loading:
            return
        on = self.checks[level].isChecked()
        self.spins[level].setEnabled(on)
        if on:
            self.cadence[level] = self.spins[level].value()
        else:
            self.cadence.pop(level, None)
        self._show_preset()
        self.changed.emit()

    def show_error(self, level: str, text: str) -> None:
        self.error.set_error(text)
        spin = next((s for lv, s in self.spins.items() if lv.value == level), None)
        if spin is not None:
            spin.setFocus()
