"""The parts of the finance page (``stage_finance``): the names shared by its parts, the
grid of a loan's terms and figures, and the box that makes a new application from one of the
deal's loan plans — its figures worked out by the domain as the plan is chosen. One card per
application is in ``stage_finance_application``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import Currency, FeeTiming, RepaymentMethod
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.finance import Schedule, build_schedule
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.services.finance import ApplicationView
from showroom_app.ui import labels
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

STATUS_STYLE = {
    "draft": "background: #eceff1; color: #37474f;",
    "submitted": "background: #e3f2fd; color: #0d47a1;",
    "approved": "background: #e8f5e9; color: #1b5e20;",
    "conditional": "background: #fff8e1; color: #7a4f00;",
    "rejected": "background: #ffebee; color: #b00020;",
    "signed": "background: #e8f5e9; color: #1b5e20;",
    "disbursed": "background: #c8e6c9; color: #1b5e20; font-weight: 600;",
}


def percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f} %"


class FinanceTexts(QWidget):
    """Names shared by the parts (one translation context, ``FinanceTexts``)."""

    def method(self, method: RepaymentMethod) -> str:
        names = {
            RepaymentMethod.EQUAL_INSTALMENT: self.tr("Equal instalment"),
            RepaymentMethod.EQUAL_PRINCIPAL: self.tr("Equal principal"),
            RepaymentMethod.BALLOON: self.tr("Balloon"),
            RepaymentMethod.FLAT: self.tr("Flat rate"),
            RepaymentMethod.ZERO_PLUS_FEE: self.tr("0 % + fee"),
        }
        return names.get(method, method.value)

    def rate(self, method: RepaymentMethod, rate: Decimal) -> str:
        if method is RepaymentMethod.ZERO_PLUS_FEE:
            return self.tr("0 % (fee instead)")
        if method is RepaymentMethod.FLAT:
            return self.tr("%1 flat a year").replace("%1", percent(rate))
        return self.tr("%1 a year").replace("%1", percent(rate))

    def status(self, code: str) -> str:
        names = {
            "draft": self.tr("Draft"),
            "submitted": self.tr("Submitted"),
            "approved": self.tr("Approved"),
            "conditional": self.tr("Approved with conditions"),
            "rejected": self.tr("Rejected"),
            "signed": self.tr("Loan contract signed"),
            "disbursed": self.tr("Disbursed"),
        }
        return names.get(code, code)

    def step(self, code: str) -> str:
        """The button that moves an application to ``code``."""
        names = {
            "draft": self.tr("Back to draft (correct and resend)"),
            "submitted": self.tr("Submit to the lender"),
            "approved": self.tr("Approved"),
            "conditional": self.tr("Approved with conditions"),
            "rejected": self.tr("Rejected…"),
            "signed": self.tr("Loan contract signed"),
            "disbursed": self.tr("Loan disbursed"),
        }
        return names.get(code, code)

    def figure_names(self) -> dict[str, str]:
        return {
            "method": self.tr("Repayment method"),
            "principal": self.tr("Loan amount"),
            "down_payment": self.tr("Down payment"),
            "months": self.tr("Term"),
            "rate": self.tr("Rate"),
            "fee": self.tr("Handling fee"),
            "balloon": self.tr("Balloon"),
            "monthly": self.tr("Monthly payment"),
            "interest": self.tr("Total interest"),
            "total": self.tr("Total repaid"),
            "apr": self.tr("APR (true annual rate)"),
            "ear": self.tr("Effective annual rate"),
        }

    def fee(self, amount: str, timing: FeeTiming) -> str:
        if timing is FeeTiming.SPREAD:
            return self.tr("%1, spread into the instalments").replace("%1", amount)
        return self.tr("%1, paid up front").replace("%1", amount)

    def months(self, n: int) -> str:
        return self.tr("%1 months").replace("%1", str(n))

    def with_last(self, monthly: str, last: str) -> str:
        """An instalment whose last one differs (balloon, rounding residue)."""
        return self.tr("%1 (last %2)").replace("%1", monthly).replace("%2", last)

    def document(self, code: str) -> str:
        names = {
            "id_document": self.tr("ID document"),
            "income_proof": self.tr("Proof of income"),
            "bank_statements": self.tr("Bank statements"),
            "address_proof": self.tr("Proof of address"),
            "credit_consent": self.tr("Consent to the credit check (signed)"),
            "business_licence": self.tr("Business licence (company buyer)"),
        }
        return names.get(code, code)


class FiguresGrid(QGridLayout):
    """Terms and figures as label pairs, two to a row."""

    TERMS = ("method", "principal", "down_payment", "months", "rate", "fee", "balloon")
    RESULTS = ("monthly", "interest", "total", "apr", "ear")
    KEYS = TERMS + RESULTS

    def __init__(self, parent: QWidget, prefix: str) -> None:
        super().__init__()
        self.setHorizontalSpacing(14)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for n, key in enumerate(self.KEYS):
            row, column = (n, 0) if key in self.TERMS else (n - len(self.TERMS), 2)
            name = QLabel(parent)
            name.setStyleSheet("color: #555555;")
            value = QLabel(parent)
            value.setObjectName(f"{prefix}_{key}_value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("monthly", "apr"):
                value.setStyleSheet("font-weight: 600; font-size: 11pt;")
            value.setWordWrap(True)
            self.addWidget(name, row, column)
            self.addWidget(value, row, column + 1)
            self.names[key], self.values[key] = name, value
        self.setColumnStretch(1, 1)
        self.setColumnStretch(3, 1)

    def retranslate(self, t: FinanceTexts) -> None:
        texts = t.figure_names()
        for key, label in self.names.items():
            label.setText(texts[key])

    def show(self, t: FinanceTexts, f: Figures, currency: Currency) -> None:
        def money(amount: Decimal) -> str:
            return labels.money(amount, currency)

        monthly = money(f.monthly)
        if f.last is not None and f.last != f.monthly:
            monthly = t.with_last(monthly, money(f.last))
        values = {
            "method": t.method(f.method),
            "principal": money(f.principal),
            "down_payment": "—" if f.down_payment is None else money(f.down_payment),
            "months": t.months(f.months),
            "rate": t.rate(f.method, f.rate),
            "fee": t.fee(money(f.fee), f.fee_timing) if f.fee else money(f.fee),
            "balloon": money(f.balloon) if f.balloon else "—",
            "monthly": monthly,
            "interest": money(f.interest),
            "total": money(f.principal + f.interest + f.fee),
            "apr": percent(f.apr),
            "ear": percent(f.ear),
        }
        for key, label in self.values.items():
            label.setText(values[key])

    def clear(self) -> None:
        for label in self.values.values():
            label.setText("—")

    def set_visible(self, visible: bool) -> None:
        for label in (*self.names.values(), *self.values.values()):
            label.setVisible(visible)


class Figures(NamedTuple):
    """A loan's terms and what they cost, as shown (APR in per cent)."""

    method: RepaymentMethod
    principal: Decimal
    down_payment: Decimal | None
    months: int
    rate: Decimal
    fee: Decimal
    balloon: Decimal
    monthly: Decimal
    last: Decimal | None
    interest: Decimal
    apr: Decimal
    ear: Decimal
    fee_timing: FeeTiming

    @classmethod
    def of_schedule(cls, schedule: Schedule, vehicle_price: Decimal | None) -> Figures:
        terms = schedule.terms
        return cls(
            terms.method,
            terms.principal,
            None if vehicle_price is None else vehicle_price - terms.principal,
            terms.months,
            terms.annual_rate_pct,
            terms.fee,
            terms.balloon,
            schedule.regular_payment,
            schedule.last_payment,
            schedule.total_interest,
            schedule.apr.apr_percent,
            schedule.apr.ear_percent,
            terms.fee_timing,
        )

    @classmethod
    def of_application(cls, view: ApplicationView, vehicle_price: Decimal | None) -> Figures:
        return cls(
            view.method,
            view.principal,
            None if vehicle_price is None else vehicle_price - view.principal,
            view.months,
            view.annual_rate_pct,
            view.fee,
            view.balloon,
            view.monthly_payment,
            view.last_payment,
            view.total_interest,
            view.apr_pct,
            view.ear_pct,
            view.fee_timing,
        )


class NewApplicationBox(QGroupBox):
    """Make an application from one of the deal's loan plans; ``create_requested``."""

    create_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finance_new_box")
        self.t = FinanceTexts(self)
        self.t.hide()
        self.offers: Sequence[LoanOffer] = ()
        self.vehicle_price: Decimal | None = None
        self.currency = Currency.TWD
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.plan_label = QLabel(self)
        self.plan_combo = name_widget(QComboBox(self), "finance_plan")
        self.plan_error = FieldError("finance_plan", self)
        self.lender_label = QLabel(self)
        self.lender_edit = name_widget(QLineEdit(self), "finance_lender")
        self.lender_edit.setMaxLength(120)
        self.lender_error = FieldError("finance_lender", self)
        self.product_label = QLabel(self)
        self.product_edit = name_widget(QLineEdit(self), "finance_product")
        self.product_edit.setMaxLength(120)
        self.product_error = FieldError("finance_product", self)
        add_row(form, self.plan_label, self.plan_combo, self.plan_error)
        add_row(form, self.lender_label, self.lender_edit, self.lender_error)
        add_row(form, self.product_label, self.product_edit, self.product_error)
        outer.addLayout(form)
        self.figures = FiguresGrid(self, "finance_preview")
        outer.addLayout(self.figures)
        row = QHBoxLayout()
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("status_finance_new")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555555;")
        self.create_button = name_widget(QPushButton(self), "finance_create")
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_requested)
        row.addWidget(self.hint_label, 1)
        row.addWidget(self.create_button)
        outer.addLayout(row)
        self.plan_combo.currentIndexChanged.connect(self.on_plan_changed)
        self.lender_edit.textEdited.connect(lambda _t: self.edited.emit())
        self.product_edit.textEdited.connect(lambda _t: self.edited.emit())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("New loan application"))
        self.plan_label.setText(self.tr("From &plan:"))
        self.lender_label.setText(self.tr("&Lender:"))
        self.product_label.setText(self.tr("P&roduct:"))
        self.product_edit.setPlaceholderText(self.tr("e.g. new-car loan, 36 months"))
        self.create_button.setText(self.tr("Create &application"))
        self.hint_label.setText(
            self.tr(
                "The terms start as the plan's on the deal desk; when the lender offers "
                "others, change them on the application."
            )
        )
        self.figures.retranslate(self.t)
        self.set_offers(self.offers, self.vehicle_price, self.currency)

    def set_offers(
        self, offers: Sequence[LoanOffer], vehicle_price: Decimal | None, currency: Currency
    ) -> None:
        self.offers, self.vehicle_price, self.currency = offers, vehicle_price, currency
        current = max(0, self.plan_combo.currentIndex())
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for n, offer in enumerate(offers, start=1):
            name = offer.label.strip() or self.tr("Loan %1").replace("%1", chr(ord("A") + n - 1))
            self.plan_combo.addItem(
                f"{name} · {self.t.method(offer.method)} · {self.t.months(offer.months)}",
                n,
            )
        self.plan_combo.setCurrentIndex(min(current, len(offers) - 1))
        self.plan_combo.blockSignals(False)
        self.create_button.setEnabled(bool(offers))
        plan = self.plan()
        if not self.lender_edit.text() and 1 <= plan <= len(offers):
            self.lender_edit.setText(offers[plan - 1].label)
        self.show_preview()

    def plan(self) -> int:
        return int(self.plan_combo.currentData() or 0)

    def on_plan_changed(self, _index: int) -> None:
        plan = self.plan()
        if 1 <= plan <= len(self.offers):
            self.lender_edit.setText(self.offers[plan - 1].label)
        self.show_preview()

    def show_preview(self) -> None:
        """The chosen plan worked out by the domain (monthly payment, interest, true APR)."""
        plan = self.plan()
        self.plan_error.set_error("")
        if not (1 <= plan <= len(self.offers)) or self.vehicle_price is None:
            self.figures.clear()
            return
        try:
            schedule = build_schedule(
                self.offers[plan - 1].terms(self.vehicle_price), self.currency
            )
        except (ValidationError, ValidationErrors) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            self.plan_error.set_error("\n".join(validation_text(e) for e in errors))
            return
        self.figures.show(self.t, Figures.of_schedule(schedule, self.vehicle_price), self.currency)


__all__ = [
    "STATUS_STYLE",
    "Figures",
    "FiguresGrid",
    "FinanceTexts",
    "NewApplicationBox",
    "percent",
]
