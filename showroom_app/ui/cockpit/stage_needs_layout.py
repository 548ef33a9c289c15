"""The widgets of the needs form, laid out in two columns that fit the cockpit window.

Left: budget and payment, timeline, decision maker (plate eligibility for CN), use and
family. Right: current car and trade-in, powertrain and home charging, ranked priorities,
competitor models and colours. Below: the intent-level box, the save status and "Print
needs summary…". Each field has its error label right under it. ``raw()`` / ``set_raw()``
read and write what is on screen as plain JSON values (for drafts), one field at a time.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.cockpit import Timeline
from showroom_app.domain.enums import Currency
from showroom_app.domain.money import format_money
from showroom_app.domain.needs import (
    HOME_CHARGING,
    PAYMENT_METHODS,
    PLATE_ELIGIBILITY,
    POWERTRAIN_PREFS,
    USAGES,
)
from showroom_app.ui.cockpit import stage_needs_fields as nf
from showroom_app.ui.cockpit.stage_needs_widgets import IntentBox, PriorityList
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import FieldError, name_widget

#: the error label a domain field's message goes to (one label per row of the form)
ERROR_SLOTS = {
    "budget_min": "budget",
    "budget_max": "budget",
    "current_vehicle_brand": "current_vehicle",
    "current_vehicle_model": "current_vehicle",
    "current_vehicle_year": "current_vehicle",
    "current_vehicle_km": "current_vehicle",
}
COMBO_CODES: dict[str, tuple[str, ...]] = {
    "payment_method": ("", *PAYMENT_METHODS),
    "timeline": tuple(t.value for t in Timeline),
    "powertrain_pref": ("", *POWERTRAIN_PREFS),
    "home_charging": HOME_CHARGING,
    "plate_eligibility": ("", *PLATE_ELIGIBILITY),
}
LINE_FIELDS = (
    "budget_min",
    "budget_max",
    "down_payment_pct",
    "monthly_target",
    "decision_maker",
    "main_driver",
    "passengers",
    "current_vehicle_brand",
    "current_vehicle_model",
    "current_vehicle_year",
    "current_vehicle_km",
    "competitors",
    "color_prefs",
)
SHORT_FIELDS = {"down_payment_pct": 56, "passengers": 48, "current_vehicle_year": 64}


class NeedsFields(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: int,
        show_plate: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("needs_fields")
        self.show_plate = show_plate
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.lines: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        for name in LINE_FIELDS:
            edit = name_widget(QLineEdit(self), f"needs_{name}")
            edit.setMaxLength(2000 if name in ("competitors", "color_prefs") else 100)
            if name in SHORT_FIELDS:
                edit.setFixedWidth(SHORT_FIELDS[name])
            self.lines[name] = edit
        for name, codes in COMBO_CODES.items():
            combo = name_widget(QComboBox(self), f"needs_{name}")
            for code in codes:
                combo.addItem("", code)
            self.combos[name] = combo
        self.usage = {code: name_widget(QCheckBox(self), f"needs_usage_{code}") for code in USAGES}
        self.family_notes = name_widget(QPlainTextEdit(self), "needs_family_notes")
        self.family_notes.setTabChangesFocus(True)  # keyboard-only use: Tab leaves the box
        line = self.family_notes.fontMetrics().lineSpacing()
        self.family_notes.setFixedHeight(line * 3 + 12)
        self.trade_in = name_widget(QCheckBox(self), "needs_trade_in")
        self.priorities = PriorityList("needs_priorities", self)
        self.intent_box = IntentBox(ctx, opportunity_id, self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_needs_saved")
        self.print_button = name_widget(QPushButton(self), "needs_print_summary")
        self.print_button.setAutoDefault(False)
        self._build()

    # -- layout -----------------------------------------------------------------------------
    def _caption(self, key: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"needs_{key}_caption")
        if buddy is not None:
            label.setBuddy(buddy)
        self.captions[key] = label
        return label

    def _heading(self, grid: QGridLayout, key: str) -> None:
        label = self._caption(key)
        label.setStyleSheet("font-weight: 600; color: #1a237e; padding-top: 4px;")
        grid.addWidget(label, grid.rowCount(), 0, 1, 2)

    def _row(
        self,
        grid: QGridLayout,
        key: str,
        field: QWidget | QLayout,
        buddy: QWidget,
        slots: tuple[str, ...] = (),
    ) -> None:
        row = grid.rowCount()
        grid.addWidget(self._caption(key, buddy), row, 0, Qt.AlignmentFlag.AlignVCenter)
        if isinstance(field, QLayout):
            grid.addLayout(field, row, 1)
        else:
            grid.addWidget(field, row, 1)
        for n, slot in enumerate(slots or (key,), start=1):
            error = FieldError(f"needs_{slot}", self)
            self.errors[slot] = error
            grid.addWidget(error, row + n, 1)

    @staticmethod
    def _hbox(*parts: QWidget | int, stretch: bool = False) -> QHBoxLayout:
        box = QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        for part in parts:
            if isinstance(part, int):
                box.addSpacing(part)
            else:
                box.addWidget(part)
        if stretch:
            box.addStretch(1)
        return box

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"needs_{name}_value")  # data (currency sign, unit), not text
        return label

    def _build(self) -> None:
        e, c = self.lines, self.combos
        left, right = QGridLayout(), QGridLayout()
        for grid in (left, right):
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(1, 1)

        self._heading(left, "budget_section")
        self.currency_label = self._value_label("currency")
        self.dash_label = self._value_label("budget_dash")
        budget = self._hbox(self.currency_label, e["budget_min"], self.dash_label, e["budget_max"])
        self._row(left, "budget", budget, e["budget_min"])
        self._row(left, "payment_method", c["payment_method"], c["payment_method"])
        self.percent_label = self._value_label("percent")
        monthly = self._caption("monthly_target", e["monthly_target"])
        down = self._hbox(e["down_payment_pct"], self.percent_label, 12, monthly)
        down.addWidget(e["monthly_target"], 1)
        self._row(
            left,
            "down_payment",
            down,
            e["down_payment_pct"],
            ("down_payment_pct", "monthly_target"),
        )
        self._row(left, "timeline", c["timeline"], c["timeline"])
        self._row(left, "decision_maker", e["decision_maker"], e["decision_maker"])
        if self.show_plate:
            self._row(left, "plate_eligibility", c["plate_eligibility"], c["plate_eligibility"])
        else:  # kept (with any stored value) but not shown outside the Mainland
            c["plate_eligibility"].hide()
            self.errors["plate_eligibility"] = FieldError("needs_plate_eligibility", self)

        self._heading(left, "use_section")
        usage = QGridLayout()
        usage.setContentsMargins(0, 0, 0, 0)
        usage.setHorizontalSpacing(12)
        for n, box in enumerate(self.usage.values()):
            usage.addWidget(box, n // 3, n % 3)
        usage.setColumnStretch(3, 1)
        self._row(left, "usage", usage, next(iter(self.usage.values())))
        passengers = self._caption("passengers", e["passengers"])
        driver = self._hbox(e["main_driver"], 12, passengers, e["passengers"])
        self._row(left, "main_driver", driver, e["main_driver"], ("main_driver", "passengers"))
        self._row(left, "family_notes", self.family_notes, self.family_notes)

        self._heading(right, "car_section")
        car = QVBoxLayout()
        car.setContentsMargins(0, 0, 0, 0)
        car.setSpacing(4)
        car.addLayout(self._hbox(e["current_vehicle_brand"], e["current_vehicle_model"]))
        car.addLayout(
            self._hbox(
                e["current_vehicle_year"], e["current_vehicle_km"], 12, self.trade_in, stretch=True
            )
        )
        e["current_vehicle_km"].setFixedWidth(110)
        self._row(
            right,
            "current_vehicle",
            car,
            e["current_vehicle_brand"],
            ("current_vehicle", "trade_in"),
        )
        charging = self._caption("home_charging", c["home_charging"])
        power = self._hbox(c["powertrain_pref"], 12, charging, c["home_charging"], stretch=True)
        self._row(
            right,
            "powertrain_pref",
            power,
            c["powertrain_pref"],
            ("powertrain_pref", "home_charging"),
        )
        self._row(right, "priorities", self.priorities, self.priorities.list)
        self._row(right, "competitors", e["competitors"], e["competitors"])
        self._row(right, "color_prefs", e["color_prefs"], e["color_prefs"])
        for grid in (left, right):
            grid.setRowStretch(grid.rowCount(), 1)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(columns)
        self.general_error = FieldError("needs_general", self)
        outer.addWidget(self.general_error)
        outer.addWidget(self.intent_box)
        bottom = QHBoxLayout()
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.print_button)
        outer.addLayout(bottom)
        self.errors["general"] = self.general_error
        chain = self.tab_chain()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def tab_chain(self) -> list[QWidget]:
        """The fields in reading order: down the left column, then down the right one."""
        e, c = self.lines, self.combos
        plate = [c["plate_eligibility"]] if self.show_plate else []
        box = self.intent_box
        return [
            e["budget_min"],
            e["budget_max"],
            c["payment_method"],
            e["down_payment_pct"],
            e["monthly_target"],
            c["timeline"],
            e["decision_maker"],
            *plate,
            *self.usage.values(),
            e["main_driver"],
            e["passengers"],
            self.family_notes,
            e["current_vehicle_brand"],
            e["current_vehicle_model"],
            e["current_vehicle_year"],
            e["current_vehicle_km"],
            self.trade_in,
            c["powertrain_pref"],
            c["home_charging"],
            self.priorities.list,
            e["competitors"],
            e["color_prefs"],
            box.picker,
            box.confirm_button,
            self.print_button,
        ]

    def error_slot(self, field: str) -> str:
        slot = ERROR_SLOTS.get(field, field)
        return slot if slot in self.errors else "general"

    # -- text ------------------------------------------------------------------------------
    def retranslate_ui(self, currency: Currency) -> None:
        captions = {
            "budget_section": self.tr("Budget and payment"),
            "budget": self.tr("&Budget"),
            "payment_method": self.tr("Pa&yment"),
            "down_payment": self.tr("&Down payment"),
            "monthly_target": self.tr("Monthly tar&get"),
            "timeline": self.tr("Buying &when"),
            "decision_maker": self.tr("Decision &maker"),
            "plate_eligibility": self.tr("Plate &quota"),
            "use_section": self.tr("Use and family"),
            "usage": self.tr("Intended &use"),
            "main_driver": self.tr("Main dri&ver"),
            "passengers": self.tr("Passe&ngers"),
            "family_notes": self.tr("&Family"),
            "car_section": self.tr("Current car and preferences"),
            "current_vehicle": self.tr("Current &car"),
            "powertrain_pref": self.tr("&Powertrain"),
            "home_charging": self.tr("Home c&harging"),
            "priorities": self.tr("P&riorities"),
            "competitors": self.tr("C&ompared with"),
            "color_prefs": self.tr("Co&lours"),
        }
        for key, text in captions.items():
            if key in self.captions:
                self.captions[key].setText(text)
        self.currency_label.setText(format_money(Decimal(0), currency).rstrip("0.,"))
        self.dash_label.setText("–")
        self.percent_label.setText("%")
        placeholders = {
            "budget_min": self.tr("minimum, e.g. 900,000"),
            "budget_max": self.tr("maximum"),
            "monthly_target": self.tr("per month"),
            "decision_maker": self.tr("e.g. spouse, parents, company"),
            "main_driver": self.tr("who drives it most"),
            "current_vehicle_brand": self.tr("brand"),
            "current_vehicle_model": self.tr("model"),
            "current_vehicle_year": self.tr("year"),
            "current_vehicle_km": self.tr("km"),
            "competitors": self.tr("separate with commas, e.g. Honda CR-V, Mazda CX-5"),
            "color_prefs": self.tr("separate with commas, e.g. white, grey"),
        }
        for name, text in placeholders.items():
            self.lines[name].setPlaceholderText(text)
        self.family_notes.setPlaceholderText(
            self.tr("Children (child seats, ISOFIX), who rides along, parking…")
        )
        names = {
            "payment_method": nf.payment_method,
            "timeline": nf.timeline,
            "powertrain_pref": nf.powertrain_pref,
            "home_charging": nf.home_charging,
            "plate_eligibility": nf.plate_eligibility,
        }
        for field, combo in self.combos.items():
            for i in range(combo.count()):
                combo.setItemText(i, names[field](str(combo.itemData(i))))
        for code, box in self.usage.items():
            box.setText(nf.usage(code))
        self.trade_in.setText(self.tr("&Trade-in"))
        self.print_button.setText(self.tr("Print needs &summary…"))
        self.print_button.setToolTip(self.tr("Preview and print the needs summary (Ctrl+P)"))
        self.priorities.retranslate_ui()
        self.intent_box.retranslate_ui()

    # -- what is on screen, as plain values ---------------------------------------------------
    def raw(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: edit.text() for name, edit in self.lines.items()}
        for name, combo in self.combos.items():
            data[name] = str(combo.currentData() or "")
        data["family_notes"] = self.family_notes.toPlainText()
        data["usage"] = [code for code, box in self.usage.items() if box.isChecked()]
        data["trade_in"] = self.trade_in.isChecked()
        data["priorities"] = list(self.priorities.value())
        return data

    def set_raw(self, name: str, value: Any) -> None:
        """Put one field's value on screen (unknown names and codes are ignored)."""
        if name in self.lines:
            self.lines[name].setText("" if value is None else str(value))
        elif name in self.combos:
            index = self.combos[name].findData("" if value is None else str(value))
            if index >= 0:
                self.combos[name].setCurrentIndex(index)
        elif name == "family_notes":
            self.family_notes.setPlainText("" if value is None else str(value))
        elif name == "usage" and isinstance(value, list | tuple):
            for code, box in self.usage.items():
                box.setChecked(code in value)
        elif name == "trade_in":
            self.trade_in.setChecked(bool(value))
        elif name == "priorities" and isinstance(value, list | tuple):
            self.priorities.set_value(tuple(str(v) for v in value))
