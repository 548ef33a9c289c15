"""What the deal adds up to, shown beside the fields and refreshed on every keystroke: the
government taxes line by line (with proration or relief), the on-the-road total (落地價) and
the balance after the deposit; gross profit and margin for managers only; and where the
discount's approval stands, with Approve / Reject for a manager who may decide it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.deal import DealFigures, GrossProfit
from showroom_app.domain.enums import Currency
from showroom_app.domain.taxes import TAX_LABELS, TaxLine
from showroom_app.services.deals_store import ApprovalState
from showroom_app.ui import labels
from showroom_app.ui.widgets.forms import FieldError, name_widget

TOTAL_KEYS = ("price", "accessories", "services", "taxes", "government", "insurance",
              "subsidies", "trade_in", "total", "deposit", "balance")  # fmt: skip
GP_KEYS = ("front", "rebate", "backend", "deal", "margin", "net")


def _value_label(parent: QWidget, name: str, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"closing_{name}_value")
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        label.setStyleSheet("font-weight: bold; font-size: 15px;")
    return label


class TotalsBox(QGroupBox):
    def __init__(self, see_cost: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closing_totals_box")
        self.see_cost = see_cost
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.taxes_title = QLabel(self)
        self.taxes_title.setObjectName("closing_taxes_title")
        self.taxes_title.setStyleSheet("color: #555;")
        layout.addWidget(self.taxes_title)
        self.tax_grid = QGridLayout()
        self.tax_grid.setHorizontalSpacing(8)
        layout.addLayout(self.tax_grid)
        self.tax_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.no_taxes = QLabel(self)
        self.no_taxes.setObjectName("closing_no_taxes")
        self.no_taxes.setWordWrap(True)
        self.no_taxes.setStyleSheet("color: #555; font-style: italic;")
        layout.addWidget(self.no_taxes)
        grid = QGridLayout()
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for row, key in enumerate(TOTAL_KEYS):
            name = QLabel(self)
            name.setObjectName(f"closing_total_{key}")
            value = _value_label(self, f"total_{key}", bold=key == "total")
            if key == "total":
                name.setStyleSheet("font-weight: bold; font-size: 15px;")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.names[key] = name
            self.values[key] = value
        layout.addLayout(grid)
        self.problem = FieldError("closing_figures", self)
        layout.addWidget(self.problem)
        self.gp_box = QGroupBox(self)
        self.gp_box.setObjectName("closing_gp_box")
        gp = QGridLayout(self.gp_box)
        self.gp_names: dict[str, QLabel] = {}
        self.gp_values: dict[str, QLabel] = {}
        for row, key in enumerate(GP_KEYS):
            name = QLabel(self.gp_box)
            name.setObjectName(f"closing_gp_{key}")
            value = _value_label(self.gp_box, f"gp_{key}", bold=key == "deal")
            gp.addWidget(name, row, 0)
            gp.addWidget(value, row, 1)
            self.gp_names[key] = name
            self.gp_values[key] = value
        layout.addWidget(self.gp_box)
        self.gp_box.setVisible(see_cost)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("On-the-road total"))
        self.taxes_title.setText(self.tr("Government taxes"))
        self.no_taxes.setText(self.tr("Enter the tax date to compute the taxes."))
        names = {
            "price": self.tr("Transaction price"),
            "accessories": self.tr("Accessories"),
            "services": self.tr("Service fees (optional)"),
            "taxes": self.tr("Taxes"),
            "government": self.tr("Government fees"),
            "insurance": self.tr("Insurance"),
            "subsidies": self.tr("Subsidies"),
            "trade_in": self.tr("Trade-in credit"),
            "total": self.tr("On-the-road total"),
            "deposit": self.tr("Deposit"),
            "balance": self.tr("Balance due"),
        }
        for key, label in self.names.items():
            label.setText(names[key])
        self.gp_box.setTitle(self.tr("Gross profit (managers only)"))
        gp_names = {
            "front": self.tr("Front end (vehicle)"),
            "rebate": self.tr("Rebate"),
            "backend": self.tr("Back end"),
            "deal": self.tr("Deal gross profit"),
            "margin": self.tr("Margin"),
            "net": self.tr("Net of VAT / business tax"),
        }
        for key, label in self.gp_names.items():
            label.setText(gp_names[key])

    # -- figures --------------------------------------------------------------------------------
    def show_figures(self, f: DealFigures) -> None:
        c = f.currency

        def m(value: Decimal) -> str:
            return labels.money(value, c)

        def minus(value: Decimal) -> str:
            return labels.money(-value, c) if value else m(value)

        texts = {
            "price": m(f.transaction_price),
            "accessories": m(f.accessories_total + f.warranty_total),
            "services": m(f.service_fees_total),
            "taxes": m(f.taxes_total),
            "government": m(f.government_fees_total),
            "insurance": m(f.insurance_total),
            "subsidies": minus(f.subsidies_total),
            "trade_in": minus(f.trade_in_allowance),
            "total": m(f.on_the_road_total),
            "deposit": minus(f.deposit),
            "balance": m(f.balance_due),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self._show_taxes(f.taxes.lines if f.taxes else (), c)
        self.no_taxes.setVisible(f.taxes is None)
        self.problem.set_error("")
        self._show_gross(f.gross_profit, f.gross_profit_net, c)

    def show_problem(self, text: str) -> None:
        self.problem.set_error(text)

    def _show_taxes(self, lines: Sequence[TaxLine], currency: Currency) -> None:
        while len(self.tax_rows) < len(lines):
            n = len(self.tax_rows)
            row = (
                QLabel(self),
                _value_label(self, f"tax_{n}_detail"),
                _value_label(self, f"tax_{n}_amount"),
            )
            row[0].setObjectName(f"closing_tax_{n}_name")
            row[1].setStyleSheet("color: #666;")
            for col, label in enumerate(row):
                self.tax_grid.addWidget(label, n, col)
            self.tax_rows.append(row)
        for n, (name, detail, amount) in enumerate(self.tax_rows):
            line = lines[n] if n < len(lines) else None
            for label in (name, detail, amount):
                label.setVisible(line is not None)
            if line is None:
                continue
            name.setText(QCoreApplication.translate("Taxes", TAX_LABELS.get(line.code, line.code)))
            detail.setText(self._detail(line, currency))
            amount.setText(labels.money(line.amount, currency))
        self.taxes_title.setVisible(bool(lines))

    def _detail(self, line: TaxLine, currency: Currency) -> str:
        parts = []
        if line.proration:
            done, whole = line.proration
            parts.append(
                self.tr("prorated %1/%2").replace("%1", str(done)).replace("%2", str(whole))
            )
        if line.exempt:
            parts.append(self.tr("exempt"))
        elif line.relief:
            parts.append(self.tr("relief %1").replace("%1", labels.money(line.relief, currency)))
        if line.included_in_price:
            parts.append(self.tr("in the price"))
        return " · ".join(parts)

    def _show_gross(
        self, gp: GrossProfit | None, net: GrossProfit | None, currency: Currency
    ) -> None:
        if not self.see_cost:
            return
        if gp is None:
            for label in self.gp_values.values():
                label.setText("—")
            self.gp_values["front"].setText(self.tr("no dealer cost"))
            return
        self.gp_values["front"].setText(labels.money(gp.front, currency))
        self.gp_values["rebate"].setText(labels.money(gp.rebate, currency))
        self.gp_values["backend"].setText(labels.money(gp.backend, currency))
        self.gp_values["deal"].setText(labels.money(gp.deal, currency))
        self.gp_values["margin"].setText("—" if gp.margin_pct is None else f"{gp.margin_pct} %")
        self.gp_values["net"].setText(
            "—"
            if net is None or net.margin_pct is None
            else f"{labels.money(net.deal, currency)} · {net.margin_pct} %"
        )
        colour = "#b00020" if gp.deal < 0 else "#1b5e20"
        self.gp_values["deal"].setStyleSheet(f"font-weight: bold; color: {colour};")


class ApprovalBox(QGroupBox):
    """The discount approval: its state for everybody, the decision for a manager."""

    decided = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closing_approval_box")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.state = QLabel(self)
        self.state.setObjectName("closing_approval_state_value")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.note_edit = name_widget(QLineEdit(self), "closing_approval_note")
        self.approve_button = name_widget(QPushButton(self), "closing_approve")
        self.reject_button = name_widget(QPushButton(self), "closing_reject")
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        layout.addLayout(row)
        self.error = FieldError("closing_approval", self)
        layout.addWidget(self.error)
        for button in (self.approve_button, self.reject_button):
            button.setAutoDefault(False)
        self.approve_button.clicked.connect(lambda: self.decided.emit(True, self.note_edit.text()))
        self.reject_button.clicked.connect(lambda: self.decided.emit(False, self.note_edit.text()))
        self._state: tuple[ApprovalState, bool, bool, str] | None = None

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Discount approval"))
        self.note_edit.setPlaceholderText(self.tr("Note (needed to reject)"))
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("Re&ject"))
        if self._state is not None:
            self.show_state(*self._state)

    def show_state(
        self, state: ApprovalState, may_decide: bool, unsaved: bool, limit_text: str
    ) -> None:
        self._state = (state, may_decide, unsaved, limit_text)
        when = labels.timestamp(state.decided_at) if state.decided_at else ""
        if not state.needed:
            text = self.tr("Within the dealership's limit (%1): no approval needed.").replace(
                "%1", limit_text)  # fmt: skip
            colour = "#2e6b30"
        elif unsaved or state.status == "missing":
            text = self.tr(
                "Above the dealership's limit (%1): a manager's approval will be "
                "requested when the deal is saved."
            ).replace("%1", limit_text)
            colour = "#8a5a00"
        elif state.status == "pending":
            text = self.tr(
                "Waiting for a manager's approval (requested by %1). Contract and "
                "printing wait until then."
            ).replace("%1", state.requested_by)
            colour = "#8a5a00"
        elif state.status == "approved":
            text = self.tr("Approved by %1 on %2.").replace("%1", state.decided_by).replace(
                "%2", when)  # fmt: skip
            colour = "#2e6b30"
        else:
            text = self.tr("Rejected by %1 on %2: %3").replace("%1", state.decided_by).replace(
                "%2", when).replace("%3", state.note)  # fmt: skip
            colour = "#b00020"
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour};")
        show_decision = may_decide and not unsaved
        for widget in (self.note_edit, self.approve_button, self.reject_button):
            widget.setVisible(show_decision)

    def show_error(self, text: str) -> None:
        self.error.set_error(text)


__all__ = ["ApprovalBox", "TotalsBox"]
