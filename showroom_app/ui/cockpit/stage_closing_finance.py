"""Up to three ways to pay side by side (DOMAIN.md §4.7): cash, loan A, loan B.

Each loan column takes the lender, the method (equal instalment, equal principal, balloon,
flat rate, 0 % + fee), down payment, term, rate, balloon and fee; under it the domain's
figures: monthly and last payment, total interest, fees, the true APR and the total cost —
recomputed with the rest of the desk on every keystroke. The chosen plan is the one the
quotation and the contract print.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from showroom_app.domain.enums import Currency, FeeTiming, RepaymentMethod
from showroom_app.domain.finance_apr import as_percent
from showroom_app.domain.finance_scenarios import PaymentScenario
from showroom_app.ui import labels
from showroom_app.ui.cockpit.stage_closing_fields import LOAN_COLUMNS
from showroom_app.ui.widgets.forms import FieldError, name_widget

INPUT_KEYS = ("label", "method", "down_payment", "months", "rate", "balloon", "fee",
              "fee_timing", "commission_pct")  # fmt: skip
RESULT_KEYS = ("financed", "monthly", "last", "interest", "fees", "apr", "up_front", "total")
METHODS = tuple(RepaymentMethod)


class ScenarioGrid(QGroupBox):
    """The three columns; ``edited`` on typing, ``schedule_requested(plan)`` for a loan's
    repayment schedule."""

    edited = Signal()
    schedule_requested = Signal(int)

    def __init__(self, see_cost: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closing_finance_box")
        self.see_cost = see_cost
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        self.grid = grid
        self.row_labels: dict[str, QLabel] = {}
        self.heads: list[QLabel] = []
        self.plan_group = QButtonGroup(self)
        self.plan_buttons: list[QRadioButton] = []
        self.enabled: list[QCheckBox] = []
        self.inputs: list[dict[str, QWidget]] = []
        self.results: list[dict[str, QLabel]] = []
        self.errors: list[FieldError] = []
        self.schedule_buttons: list[QPushButton] = []
        row = 0
        for c in range(LOAN_COLUMNS + 1):
            head = QLabel(self)
            head.setObjectName(f"closing_scenario_{c}_head")
            head.setStyleSheet("font-weight: bold;")
            self.heads.append(head)
            grid.addWidget(head, row, c + 1)
        row += 1
        for c in range(LOAN_COLUMNS + 1):
            radio = name_widget(QRadioButton(self), f"closing_plan_{c}")
            self.plan_group.addButton(radio, c)
            self.plan_buttons.append(radio)
            grid.addWidget(radio, row, c + 1)
        self.plan_group.idToggled.connect(self.on_plan_toggled)
        self._row_label("plan", row)
        row += 1
        for c in range(LOAN_COLUMNS):
            box = name_widget(QCheckBox(self), f"closing_loan_{c}_enabled")
            box.toggled.connect(self.on_enabled_toggled)
            self.enabled.append(box)
            grid.addWidget(box, row, c + 2)
        self._row_label("enabled", row)
        row += 1
        for key in INPUT_KEYS:
            self._row_label(key, row)
            for c in range(LOAN_COLUMNS):
                if len(self.inputs) <= c:
                    self.inputs.append({})
                widget = self._input(key, c)
                self.inputs[c][key] = widget
                grid.addWidget(widget, row, c + 2)
            if key == "commission_pct" and not see_cost:
                self.row_labels[key].hide()
                for c in range(LOAN_COLUMNS):
                    self.inputs[c][key].hide()
            row += 1
        for key in RESULT_KEYS:
            self._row_label(key, row)
            column: list[QLabel] = []
            for c in range(LOAN_COLUMNS + 1):
                value = QLabel(self)
                value.setObjectName(f"closing_{key}_{c}_value")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key in ("monthly", "apr", "total"):
                    value.setStyleSheet("font-weight: bold;")
                grid.addWidget(value, row, c + 1)
                column.append(value)
            for c, value in enumerate(column):
                if len(self.results) <= c:
                    self.results.append({})
                self.results[c][key] = value
            row += 1
        for c in range(LOAN_COLUMNS):
            error = FieldError(f"closing_loan_{c}", self)
            self.errors.append(error)
            grid.addWidget(error, row, c + 2)
            button = name_widget(QPushButton(self), f"closing_loan_{c}_schedule")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, plan=c + 1: self._schedule(plan))
            self.schedule_buttons.append(button)
            grid.addWidget(button, row + 1, c + 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)

    def _row_label(self, key: str, row: int) -> None:
        label = QLabel(self)
        label.setObjectName(f"closing_row_{key}")
        self.row_labels[key] = label
        self.grid.addWidget(label, row, 0)

    def _input(self, key: str, c: int) -> QWidget:
        if key in ("method", "fee_timing"):
            combo = name_widget(QComboBox(self), f"closing_loan_{c}_{key}")
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
            return combo
        edit = name_widget(QLineEdit(self), f"closing_loan_{c}_{key}")
        if key != "label":
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textEdited.connect(lambda _t: self.edited.emit())
        return edit

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Payment scenarios"))
        self.heads[0].setText(self.tr("Cash"))
        self.heads[1].setText(self.tr("Loan A"))
        self.heads[2].setText(self.tr("Loan B"))
        names = {
            "plan": self.tr("Chosen plan"),
            "enabled": self.tr("Compare"),
            "label": self.tr("Lender / product"),
            "method": self.tr("Repayment method"),
            "down_payment": self.tr("Down payment"),
            "months": self.tr("Term (months)"),
            "rate": self.tr("Annual rate (%)"),
            "balloon": self.tr("Balloon"),
            "fee": self.tr("Handling fee"),
            "fee_timing": self.tr("Fee paid"),
            "commission_pct": self.tr("Dealer commission (%)"),
            "financed": self.tr("Amount financed"),
            "monthly": self.tr("Monthly payment"),
            "last": self.tr("Last payment"),
            "interest": self.tr("Total interest"),
            "fees": self.tr("Fees"),
            "apr": self.tr("APR (true annual rate)"),
            "up_front": self.tr("Due up front"),
            "total": self.tr("Total cost"),
        }
        for key, label in self.row_labels.items():
            label.setText(names[key])
        methods = {
            RepaymentMethod.EQUAL_INSTALMENT: self.tr("Equal instalment"),
            RepaymentMethod.EQUAL_PRINCIPAL: self.tr("Equal principal"),
            RepaymentMethod.BALLOON: self.tr("Balloon"),
            RepaymentMethod.FLAT: self.tr("Flat rate"),
            RepaymentMethod.ZERO_PLUS_FEE: self.tr("0 % + fee"),
        }
        timings = {
            FeeTiming.UPFRONT: self.tr("Up front"),
            FeeTiming.SPREAD: self.tr("In the instalments"),
        }
        for c in range(LOAN_COLUMNS):
            self.enabled[c].setText(self.tr("Use"))
            self.plan_buttons[c + 1].setText(self.tr("Chosen"))
            self.schedule_buttons[c].setText(self.tr("Repayment schedule…"))
            self._fill_combo(self.inputs[c]["method"], [(m.value, methods[m]) for m in METHODS])
            self._fill_combo(self.inputs[c]["fee_timing"],
                             [(t.value, timings[t]) for t in FeeTiming])  # fmt: skip
            lender = self.inputs[c]["label"]
            assert isinstance(lender, QLineEdit)
            lender.setPlaceholderText(self.tr("e.g. Bank of Taiwan, 36 months"))
        self.plan_buttons[0].setText(self.tr("Chosen"))

    @staticmethod
    def _fill_combo(combo: QWidget, items: Sequence[tuple[str, str]]) -> None:
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # -- values -------------------------------------------------------------------------------
    def raw(self) -> tuple[list[dict[str, Any]], int]:
        loans = []
        for c in range(LOAN_COLUMNS):
            values: dict[str, Any] = {"enabled": self.enabled[c].isChecked()}
            for key, widget in self.inputs[c].items():
                if isinstance(widget, QComboBox):
                    values[key] = widget.currentData()
                elif isinstance(widget, QLineEdit):
                    values[key] = widget.text()
            loans.append(values)
        return loans, max(0, self.plan_group.checkedId())

    def set_raw(self, loans: Sequence[Mapping[str, Any]], plan: int) -> None:
        for c in range(LOAN_COLUMNS):
            values = loans[c] if c < len(loans) else {}
            self.enabled[c].blockSignals(True)
            self.enabled[c].setChecked(bool(values.get("enabled")))
            self.enabled[c].blockSignals(False)
            for key, widget in self.inputs[c].items():
                if isinstance(widget, QComboBox):
                    widget.blockSignals(True)
                    widget.setCurrentIndex(max(0, widget.findData(values.get(key))))
                    widget.blockSignals(False)
                elif isinstance(widget, QLineEdit):
                    widget.setText(str(values.get(key, "")))
        self.plan_group.blockSignals(True)
        self.plan_buttons[plan if 0 <= plan <= LOAN_COLUMNS else 0].setChecked(True)
        self.plan_group.blockSignals(False)
        self._show_enabled()

    def _show_enabled(self) -> None:
        for c in range(LOAN_COLUMNS):
            on = self.enabled[c].isChecked()
            for widget in self.inputs[c].values():
                widget.setEnabled(on)
            self.plan_buttons[c + 1].setEnabled(on)
            self.schedule_buttons[c].setEnabled(on)

    # -- figures --------------------------------------------------------------------------------
    def show_scenarios(
        self, scenarios: Sequence[PaymentScenario], columns: Sequence[int], currency: Currency
    ) -> None:
        """The domain's scenarios (cash first), each in its column; others emptied."""

        def money(value: Any) -> str:
            return labels.money(value, currency)

        placed: dict[int, PaymentScenario] = {}
        for i, sc in enumerate(scenarios):
            if sc.is_cash:
                placed[0] = sc
            elif i - 1 < len(columns):
                placed[columns[i - 1] + 1] = sc
        for c in range(LOAN_COLUMNS + 1):
            found = placed.get(c)
            values = dict.fromkeys(RESULT_KEYS, "")
            if found is not None:
                sc = found
                values.update(
                    up_front=money(sc.due_up_front),
                    total=money(sc.total_cost),
                )
                if not sc.is_cash:
                    values.update(
                        financed=money(sc.financed_amount),
                        monthly=money(sc.monthly_payment),
                        last=money(sc.last_payment),
                        interest=money(sc.total_interest),
                        fees=money(sc.total_fees),
                        apr="" if sc.apr is None else f"{as_percent(sc.apr)} %",
                    )
            for key, text in values.items():
                self.results[c][key].setText(text)

    def clear_figures(self) -> None:
        for column in self.results:
            for label in column.values():
                label.setText("")

    def show_errors(self, by_column: Mapping[int, list[str]]) -> None:
        for c, error in enumerate(self.errors):
            error.set_error("\n".join(dict.fromkeys(by_column.get(c, []))))

    def set_editable(self, editable: bool) -> None:
        for button in (*self.enabled, *self.plan_buttons):
            button.setEnabled(editable)
        if editable:
            self._show_enabled()
        else:
            for column in self.inputs:
                for widget in column.values():
                    widget.setEnabled(False)

    # -- slots ----------------------------------------------------------------------------------
    def on_enabled_toggled(self, _checked: bool) -> None:
        self._show_enabled()
        checked = self.plan_group.checkedId()
        if checked > 0 and not self.enabled[checked - 1].isChecked():
            self.plan_buttons[0].setChecked(True)
        self.edited.emit()

    def on_plan_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.edited.emit()

    def _schedule(self, plan: int) -> None:
        self.schedule_requested.emit(plan)


__all__ = ["ScenarioGrid"]
