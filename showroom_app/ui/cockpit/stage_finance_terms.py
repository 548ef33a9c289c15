"""The lender's terms of one loan application, edited on its card (``stage_finance_application``).

Lenders often answer with other terms than the plan's (a higher rate, a shorter term): the
salesperson types them here, the monthly payment, total interest, true APR and effective
annual rate are worked out by the domain (``build_schedule``, ``Decimal``) as they are typed,
each problem is shown at its field, and Save stores them (``FinanceService.update_terms``).
Fields that do not apply to the repayment method (a balloon, a rate on 0 % + fee, spreading
the fee) are greyed out and count as zero / up front.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

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
from showroom_app.domain.finance import LoanTerms, Schedule, build_schedule, loan_term_errors
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.finance import ApplicationView
from showroom_app.ui import labels
from showroom_app.ui.cockpit.stage_closing_fields import money_text, percent_text
from showroom_app.ui.cockpit.stage_finance_cards import FinanceTexts, percent
from showroom_app.ui.cockpit.stage_needs_fields import parse_amount, parse_whole
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

RATE_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Enter the rate as a number, e.g. 4.5.")
MONTH_SUFFIXES = ("個月", "个月", "months", "month", "月")
TEXT_FIELDS = ("lender", "product", "principal", "months", "rate", "fee", "balloon")
RESULTS = ("monthly", "interest", "total", "apr", "ear")
_ZERO = Decimal(0)
_NAN = Decimal("NaN")


def parse_rate(text: str, field: str) -> Decimal | None:
    """``4.5``, ``4.5 %``, ``４．５％``; empty means not given."""
    cleaned = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).removesuffix("%")
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise ValidationError(field, RATE_MESSAGE, "number")
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern already refused it
        raise ValidationError(field, RATE_MESSAGE, "number") from None


class TermsEditor(QGroupBox):
    """Edit one application's terms; ``save_requested``, ``cancel_requested``, ``edited``."""

    save_requested = Signal()
    cancel_requested = Signal()
    edited = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_terms")
        self.t = FinanceTexts(self)
        self.t.hide()
        self.currency = Currency.TWD
        self.saved: ApplicationView | None = None  # the stored terms, for "Saved: …"
        self.saved_version: int | None = None  # the version the typed terms change
        self.schedule: Schedule | None = None
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        self.names: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        left, right = QFormLayout(), QFormLayout()
        layout_of = {"lender": left, "product": left, "method": left, "principal": left,
                     "balloon": left, "months": right, "rate": right, "fee": right,
                     "fee_timing": right}  # fmt: skip
        self.method_combo = name_widget(QComboBox(self), f"{prefix}_terms_method")
        for method in RepaymentMethod:
            self.method_combo.addItem(method.value, method.value)
        self.timing_combo = name_widget(QComboBox(self), f"{prefix}_terms_fee_timing")
        for timing in FeeTiming:
            self.timing_combo.addItem(timing.value, timing.value)
        order = ("lender", "product", "method", "principal", "balloon", "months", "rate", "fee",
                 "fee_timing")  # fmt: skip
        for key in order:
            label = QLabel(self)
            field: QWidget
            if key == "method":
                field = self.method_combo
            elif key == "fee_timing":
                field = self.timing_combo
            else:
                edit = name_widget(QLineEdit(self), f"{prefix}_terms_{key}")
                edit.setMaxLength(120 if key in ("lender", "product") else 20)
                if key not in ("lender", "product"):
                    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.textEdited.connect(self.on_edited)
                self.edits[key] = edit
                field = edit
            error = FieldError(f"{prefix}_terms_{key}", self)
            add_row(layout_of[key], label, field, error)
            self.names[key], self.errors[key] = label, error
        self.method_combo.currentIndexChanged.connect(self.on_edited)
        self.timing_combo.currentIndexChanged.connect(self.on_edited)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.result_names: dict[str, QLabel] = {}
        self.results: dict[str, QLabel] = {}
        for n, key in enumerate(RESULTS):
            name = QLabel(self)
            name.setStyleSheet("color: #555555;")
            value = QLabel(self)
            value.setObjectName(f"{prefix}_terms_{key}_value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("monthly", "apr"):
                value.setStyleSheet("font-weight: 600; font-size: 11pt;")
            grid.addWidget(name, n // 3, (n % 3) * 2)
            grid.addWidget(value, n // 3, (n % 3) * 2 + 1)
            self.result_names[key], self.results[key] = name, value
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        outer.addLayout(grid)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName(f"{prefix}_terms_saved")
        self.saved_label.setStyleSheet("color: #555555;")
        self.saved_label.setWordWrap(True)
        outer.addWidget(self.saved_label)
        self.general_error = FieldError(f"{prefix}_terms_general", self)
        outer.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = name_widget(QPushButton(self), f"{prefix}_terms_save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = name_widget(QPushButton(self), f"{prefix}_terms_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The lender's terms"))
        figures = self.t.figure_names()
        names = {
            "lender": self.tr("&Lender:"),
            "product": self.tr("P&roduct:"),
            "method": self.tr("Repayment &method:"),
            "principal": self.tr("Loan &amount:"),
            "balloon": self.tr("&Balloon:"),
            "months": self.tr("&Term (months):"),
            "rate": self.tr("&Rate (% a year):"),
            "fee": self.tr("Handling &fee:"),
            "fee_timing": self.tr("Fee &paid:"),
        }
        for key, label in self.names.items():
            label.setText(names[key])
        for n, method in enumerate(RepaymentMethod):
            self.method_combo.setItemText(n, self.t.method(method))
        timings = {FeeTiming.UPFRONT: self.tr("Up front"),
                   FeeTiming.SPREAD: self.tr("Spread into the instalments")}  # fmt: skip
        for n, timing in enumerate(FeeTiming):
            self.timing_combo.setItemText(n, timings[timing])
        for key, label in self.result_names.items():
            label.setText(figures[key])
        self.save_button.setText(self.tr("&Save terms"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.recompute()

    # -- values ---------------------------------------------------------------------------------
    def load(self, view: ApplicationView, currency: Currency) -> None:
        """The stored terms into the fields (when the editor opens)."""
        self.saved, self.saved_version, self.currency = view, view.version, currency
        self.set_raw(
            {
                "lender": view.lender,
                "product": view.product,
                "method": view.method.value,
                "principal": money_text(view.principal),
                "balloon": money_text(view.balloon) if view.balloon else "",
                "months": str(view.months),
                "rate": percent_text(view.annual_rate_pct.normalize()),
                "fee": money_text(view.fee) if view.fee else "",
                "fee_timing": view.fee_timing.value,
            }
        )

    def set_raw(self, raw: Mapping[str, Any]) -> None:
        """Put typed values back (from :meth:`raw`, e.g. a draft)."""
        for key, edit in self.edits.items():
            edit.setText(str(raw.get(key, "")))
        for combo, key in ((self.method_combo, "method"), (self.timing_combo, "fee_timing")):
            index = combo.findData(raw.get(key))
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.recompute()

    def raw(self) -> dict[str, str]:
        raw = {key: edit.text() for key, edit in self.edits.items()}
        raw["method"] = str(self.method_combo.currentData())
        raw["fee_timing"] = str(self.timing_combo.currentData())
        return raw

    def method(self) -> RepaymentMethod:
        return RepaymentMethod(self.method_combo.currentData())

    def values(self) -> tuple[dict[str, Any], list[ValidationError]]:
        """The ``update_terms`` keywords and the errors of the text that does not parse."""
        method = self.method()
        errors: list[ValidationError] = []

        def parsed(key: str, parse: Any, empty: Any, **kw: Any) -> Any:
            if not self.edits[key].isEnabled():
                return empty
            try:
                value = parse(self.edits[key].text(), key, **kw)
            except ValidationError as exc:
                errors.append(exc)
                return None
            return empty if value is None else value

        values: dict[str, Any] = {
            "lender": self.edits["lender"].text(),
            "product": self.edits["product"].text(),
            "method": method,
            "principal": parsed("principal", parse_amount, _NAN),
            "months": parsed("months", parse_whole, None, suffixes=MONTH_SUFFIXES),
            "annual_rate_pct": parsed("rate", parse_rate, _NAN),
            "fee": parsed("fee", parse_amount, _ZERO),
            "fee_timing": FeeTiming(self.timing_combo.currentData())
            if self.timing_combo.isEnabled()
            else FeeTiming.UPFRONT,
            "balloon": parsed("balloon", parse_amount, _ZERO),
        }
        if not self.edits["rate"].isEnabled():
            values["annual_rate_pct"] = _ZERO
        return values, errors

    # -- live figures ---------------------------------------------------------------------------
    def on_edited(self, *_args: object) -> None:
        self.recompute()
        self.edited.emit()

    def recompute(self) -> None:
        """The figures of what is typed (the domain's schedule) and the errors at the fields."""
        method = self.method()
        self.edits["balloon"].setEnabled(method is RepaymentMethod.BALLOON)
        self.edits["rate"].setEnabled(method is not RepaymentMethod.ZERO_PLUS_FEE)
        self.timing_combo.setEnabled(method is RepaymentMethod.ZERO_PLUS_FEE)
        values, errors = self.values()
        bad = {e.field for e in errors}
        terms = LoanTerms(
            method,
            values["principal"] if values["principal"] is not None else _NAN,
            values["months"],
            values["annual_rate_pct"] if values["annual_rate_pct"] is not None else _NAN,
            values["balloon"] if values["balloon"] is not None else _ZERO,
            values["fee"] if values["fee"] is not None else _ZERO,
            values["fee_timing"],
        )
        errors += [
            e
            for e in loan_term_errors(terms, self.currency, check_principal="principal" not in bad)
            if e.field not in bad
        ]
        self.schedule = None
        if not errors:
            try:
                self.schedule = build_schedule(terms, self.currency)
            except (ValidationError, ValidationErrors) as exc:
                errors = list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]
        self.show_errors(errors, only_terms=True)
        self._show_results()

    def show_errors(self, errors: Sequence[ValidationError], *, only_terms: bool = False) -> None:
        """Each error at its field; ``only_terms`` leaves lender and product alone (they are
        checked when saved)."""
        texts: dict[str, list[str]] = {}
        for e in errors:
            key = e.field if e.field in self.errors else "general"
            texts.setdefault(key, []).append(validation_text(e))
        for key, error in self.errors.items():
            if only_terms and key in ("lender", "product"):
                continue
            error.set_error("\n".join(texts.get(key, [])))
        self.general_error.set_error("\n".join(texts.get("general", [])))
        self.save_button.setEnabled(self.schedule is not None)

    def _show_results(self) -> None:
        s = self.schedule
        if s is None:
            for label in self.results.values():
                label.setText("—")
        else:

            def money(amount: Decimal) -> str:
                return labels.money(amount, self.currency)

            monthly = money(s.regular_payment)
            if s.last_payment != s.regular_payment:
                monthly = self.t.with_last(monthly, money(s.last_payment))
            texts = {
                "monthly": monthly,
                "interest": money(s.total_interest),
                "total": money(s.total_repaid),
                "apr": percent(s.apr.apr_percent),
                "ear": percent(s.apr.ear_percent),
            }
            for key, label in self.results.items():
                label.setText(texts[key])
        saved = self.saved
        if saved is not None:
            self.saved_label.setText(
                self.tr("Saved: %1 a month over %2, APR %3.")
                .replace("%1", labels.money(saved.monthly_payment, self.currency))
                .replace("%2", self.t.months(saved.months))
                .replace("%3", percent(saved.apr_pct))
            )

    def set_general_error(self, text: str) -> None:
        self.general_error.set_error(text)


__all__ = ["TermsEditor", "parse_rate"]
