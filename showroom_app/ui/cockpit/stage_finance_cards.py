"""The parts of the finance page (``stage_finance``): the box that makes a new application
from one of the deal's loan plans — its figures worked out by the domain as the plan is
chosen — and one card per application with its terms, monthly payment, total interest and
true APR, the status buttons the lender's answer allows, the document checklist and the
history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from showroom_app.domain.enums import Currency, RepaymentMethod
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.finance import Schedule, build_schedule
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.services.finance import DOCUMENTS, ApplicationView
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
        }

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
    RESULTS = ("monthly", "interest", "total", "apr")
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
            "fee": money(f.fee),
            "balloon": money(f.balloon) if f.balloon else "—",
            "monthly": monthly,
            "interest": money(f.interest),
            "total": money(f.principal + f.interest + f.fee),
            "apr": percent(f.apr),
        }
        for key, label in self.values.items():
            label.setText(values[key])

    def clear(self) -> None:
        for label in self.values.values():
            label.setText("—")


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
            None,
            view.total_interest,
            view.apr_pct,
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
            self.tr("The terms are the plan's on the deal desk; change them there.")
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


class ApplicationCard(QGroupBox):
    """One application; ``step_requested(id, status, note)``, ``documents_changed(id,
    {code: bool})``, ``schedule_requested(id)``."""

    step_requested = Signal(int, str, str)
    documents_changed = Signal(int, dict)
    schedule_requested = Signal(int)
    note_edited = Signal()

    def __init__(self, application_id: int, company: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.application_id = application_id
        name = f"finance_application_{application_id}"
        self.setObjectName(name)
        self.t = FinanceTexts(self)
        self.t.hide()
        self.view: ApplicationView | None = None
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName(f"{name}_status")
        head.addWidget(self.status_label)
        head.addStretch(1)
        self.schedule_button = name_widget(QPushButton(self), f"{name}_schedule")
        self.schedule_button.setAutoDefault(False)
        self.schedule_button.clicked.connect(lambda: self.schedule_requested.emit(application_id))
        head.addWidget(self.schedule_button)
        outer.addLayout(head)
        self.figures = FiguresGrid(self, name)
        outer.addLayout(self.figures)

        columns = QHBoxLayout()
        self.docs_box = QGroupBox(self)
        docs = QVBoxLayout(self.docs_box)
        docs.setSpacing(1)
        self.checks: dict[str, QCheckBox] = {}
        for code in DOCUMENTS:
            check = name_widget(QCheckBox(self.docs_box), f"{name}_doc_{code}")
            check.setVisible(company or code != "business_licence")
            check.toggled.connect(lambda on, c=code: self.on_check_toggled(c, on))
            self.checks[code] = check
            docs.addWidget(check)
        columns.addWidget(self.docs_box, 1)
        steps = QVBoxLayout()
        self.note_edit = name_widget(QLineEdit(self), f"{name}_note")
        self.note_edit.setMaxLength(300)
        self.note_edit.textEdited.connect(lambda _t: self.note_edited.emit())
        steps.addWidget(self.note_edit)
        self.step_holder = QVBoxLayout()
        self.step_holder.setContentsMargins(0, 0, 0, 0)
        steps.addLayout(self.step_holder)
        self.step_widget: QWidget | None = None
        self.step_buttons: list[QPushButton] = []
        self.error = FieldError(f"{name}_note", self)
        steps.addWidget(self.error)
        self.history_label = QLabel(self)
        self.history_label.setObjectName(f"{name}_history")
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: #555555;")
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        steps.addWidget(self.history_label)
        steps.addStretch(1)
        columns.addLayout(steps, 2)
        outer.addLayout(columns)

    def retranslate_ui(self) -> None:
        self.schedule_button.setText(self.tr("Print repayment &schedule…"))
        self.docs_box.setTitle(self.tr("Documents collected"))
        self.note_edit.setPlaceholderText(
            self.tr("Note for the next step (for a rejection: the lender's reason)")
        )
        for code, check in self.checks.items():
            check.setText(self.t.document(code))
        self.figures.retranslate(self.t)
        if self.view is not None:
            self.show_application(self.view, self._price, self._currency)

    def show_application(
        self, view: ApplicationView, vehicle_price: Decimal | None, currency: Currency
    ) -> None:
        self.view, self._price, self._currency = view, vehicle_price, currency
        title = " · ".join(p for p in (view.lender, view.product) if p)
        self.setTitle(title)
        self.status_label.setText(self.t.status(view.status))
        self.status_label.setStyleSheet(
            f"padding: 2px 8px; border-radius: 3px; {STATUS_STYLE.get(view.status, '')}"
        )
        self.figures.show(self.t, Figures.of_application(view, vehicle_price), currency)
        for code, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(bool(view.checklist.get(code)))
            check.blockSignals(False)
            if view.checklist.get(code):
                check.setVisible(True)
        self._show_steps(view.next_statuses)
        lines = [
            f"{labels.timestamp(h.at)} · {h.by} · {self.t.status(h.status_to)}"
            + (f" — {h.note}" if h.note else "")
            for h in reversed(view.history)
        ]
        self.history_label.setText("\n".join(lines))

    def _show_steps(self, steps: Sequence[str]) -> None:
        if self.step_widget is not None:
            self.step_holder.removeWidget(self.step_widget)
            self.step_widget.deleteLater()
        self.step_widget = QWidget(self)
        row = QHBoxLayout(self.step_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.step_buttons = []
        for status in steps:
            name = f"finance_application_{self.application_id}_to_{status}"
            button = name_widget(QPushButton(self.t.step(status), self.step_widget), name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=status: self.on_step_clicked(s))
            row.addWidget(button)
            self.step_buttons.append(button)
        row.addStretch(1)
        self.step_holder.addWidget(self.step_widget)
        self.step_widget.show()
        self.note_edit.setVisible(bool(steps))

    def on_step_clicked(self, status: str) -> None:
        self.step_requested.emit(self.application_id, status, self.note_edit.text())

    def on_check_toggled(self, code: str, on: bool) -> None:
        self.documents_changed.emit(self.application_id, {code: on})

    def documents(self) -> Mapping[str, bool]:
        return {code: check.isChecked() for code, check in self.checks.items()}


__all__ = [
    "ApplicationCard",
    "Figures",
    "FiguresGrid",
    "FinanceTexts",
    "NewApplicationBox",
    "percent",
]
