"""Stage 6 — 簽約成交 (closing): the deal desk (DOMAIN.md §4.6, §4.7, §6.1–6.5, §7).

Pick the car (a stock unit is reserved at once, or a trim is ordered), then price it: MSRP,
discount or transaction price, accessories, service fees (optional), government fees,
insurance, subsidies, trade-in, the tax date; the taxes and the on-the-road total follow
every keystroke (the domain recalculates in well under a millisecond), and so do up to
three payment scenarios side by side and the deposit's cap warning with the 定金 / 訂金
explanation. Gross profit and margin are shown to managers only (the service never sends
costs to a salesperson). A discount above the dealership's limit asks a manager's approval;
contract and printing wait for it.

Saving follows the cockpit's autosave contract (``stage_closing_saving``); the contract,
the deposit receipt and every document are one click each (``stage_closing_actions``).
Parts: ``_vehicle`` (the car), ``_price`` (price, trade-in, taxes, deposit), ``_lines``
(line tables), ``_finance`` (scenarios), ``_totals`` (figures, approval), ``_contract``,
``_print`` (previews), ``_fields`` (typed text ⇄ ``DealInput``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_closing_actions import ClosingActions
from showroom_app.ui.cockpit.stage_closing_contract import ContractBox
from showroom_app.ui.cockpit.stage_closing_fields import LINE_TABLES
from showroom_app.ui.cockpit.stage_closing_finance import ScenarioGrid
from showroom_app.ui.cockpit.stage_closing_lines import LinesBox
from showroom_app.ui.cockpit.stage_closing_price import DepositBox, PriceBox, TaxBox, TradeInBox
from showroom_app.ui.cockpit.stage_closing_totals import ApprovalBox, TotalsBox
from showroom_app.ui.cockpit.stage_closing_vehicle import VehiclePicker
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import name_widget

PRINT_BUTTONS = ("quotation", "payment_comparison", "contract", "deposit_receipt",
                 "order_confirmation")  # fmt: skip


def create_panel(ctx: AppContext, opportunity_id: int, parent: QWidget) -> StagePanel:
    return ClosingPanel(ctx, opportunity_id, parent)


class ClosingPanel(ClosingActions):
    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("closing_panel")
        self.finish_setup()
        self.load()

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        see_cost = self.see_cost
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 6)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("closing_status_value")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        self.vehicle = VehiclePicker(self.ctx.language, self)
        outer.addWidget(self.vehicle)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        self.price = PriceBox(see_cost, self)
        self.trade_in = TradeInBox(self)
        self.taxes = TaxBox(self.ctx.region, self)
        self.deposit = DepositBox(self.ctx.region, self)
        top = QGridLayout()
        top.addWidget(self.price, 0, 0)
        top.addWidget(self.taxes, 0, 1)
        top.addWidget(self.trade_in, 1, 0)
        top.addWidget(self.deposit, 1, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        left.addLayout(top)
        self.lines = {
            table: LinesBox(table, self._line_headers, see_cost=see_cost, parent=self)
            for table in LINE_TABLES
        }
        left.addStretch(1)
        columns.addLayout(left, 3)
        right = QVBoxLayout()
        self.totals = TotalsBox(see_cost, self)
        self.approval = ApprovalBox(self)
        right.addWidget(self.approval)
        right.addWidget(self.totals, 1)
        columns.addLayout(right, 2)
        outer.addLayout(columns)
        lines = QGridLayout()
        for n, box in enumerate(self.lines.values()):
            lines.addWidget(box, n // 2, n % 2)
        lines.setColumnStretch(0, 1)
        lines.setColumnStretch(1, 1)
        outer.addLayout(lines)

        self.finance = ScenarioGrid(see_cost, self)
        outer.addWidget(self.finance)
        self.contract_box = ContractBox(self.ctx.region, self)
        outer.addWidget(self.contract_box)
        self.print_box = QGroupBox(self)
        self.print_box.setObjectName("closing_print_box")
        row = QHBoxLayout(self.print_box)
        self.print_buttons: dict[str, QPushButton] = {}
        for document in PRINT_BUTTONS:
            button = name_widget(QPushButton(self.print_box), f"closing_print_{document}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, d=document: self.print_named(d))
            self.print_buttons[document] = button
            row.addWidget(button)
        row.addStretch(1)
        outer.addWidget(self.print_box)

        for box in (self.price, self.trade_in, self.taxes, self.deposit, *self.lines.values(),
                    self.finance):  # fmt: skip
            box.edited.connect(self.on_field_edited)
        self.contract_box.edited.connect(self.on_contract_edited)
        self.contract_box.create_requested.connect(self.on_create_contract)
        self.contract_box.receipt_requested.connect(self.on_issue_receipt)
        self.vehicle.unit_chosen.connect(self.on_unit_chosen)
        self.vehicle.trim_chosen.connect(self.on_trim_chosen)
        self.approval.decided.connect(self.on_discount_decided)
        self.finance.schedule_requested.connect(self.on_schedule_requested)

    def _line_headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Item"),
            "price": self.tr("Price"),
            "cost": self.tr("Cost"),
            "amount": self.tr("Amount"),
            "optional": self.tr("Optional"),
            "pass_through": self.tr("Government part"),
            "premium": self.tr("Premium"),
            "compulsory": self.tr("Compulsory"),
            "commission_pct": self.tr("Commission %"),
        }

    def retranslate_ui(self) -> None:
        titles = {
            "accessories": self.tr("Accessories"),
            "service_fees": self.tr("Service fees (the buyer's free choice)"),
            "government_fees": self.tr("Government fees (plates, registration)"),
            "insurance": self.tr("Insurance (as the insurer quotes)"),
            "subsidies": self.tr("Subsidies"),
        }
        for table, box in self.lines.items():
            box.retranslate_ui(titles[table])
        for widget in (self.vehicle, self.price, self.trade_in, self.taxes, self.deposit,
                       self.totals, self.approval, self.finance, self.contract_box):  # fmt: skip
            widget.retranslate_ui()
        self.print_box.setTitle(self.tr("Print"))
        names = {
            "quotation": self.tr("&Quotation…"),
            "payment_comparison": self.tr("Payment &comparison…"),
            "contract": self.tr("Co&ntract…"),
            "deposit_receipt": self.tr("Deposit recei&pt…"),
            "order_confirmation": self.tr("Order con&firmation…"),
        }
        for document, button in self.print_buttons.items():
            button.setText(names[document])
        self.refresh_derived()


__all__ = ["ClosingPanel", "create_panel"]
