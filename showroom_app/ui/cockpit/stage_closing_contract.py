"""The contract form and the deposit receipt on the deal desk (DOMAIN.md §4.6, §6.3–6.4).

The buyer's details start from the customer's record; the ID is typed and checked by the
service (checksum); in Taiwan the day the buyer took the contract home must be at least three
days before signing. "Create contract" makes it with its number; afterwards the form shows
what was signed and "Issue deposit receipt" makes the receipt with its own number. What is
typed before the contract exists is kept in the panel's draft.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError
from showroom_app.services.contracts import ContractView
from showroom_app.services.contracts_rules import (
    DEFAULT_MAX_ODOMETER_KM,
    DELIVERY_METHODS,
    ID_TYPES,
    RECEIPT_METHODS,
    ContractForm,
)
from showroom_app.ui import labels
from showroom_app.ui.cockpit.stage_closing_fields import parse_day
from showroom_app.ui.cockpit.stage_needs_fields import parse_whole
from showroom_app.ui.widgets.forms import FieldError, name_widget

TEXT_FIELDS = ("buyer_name", "id_number", "representative", "buyer_address", "buyer_phone",
               "buyer_email", "registrant", "review_given_date", "sign_date", "sign_place",
               "delivery_date", "delivery_place", "max_odometer_km",
               "balance_due_date")  # fmt: skip
DATE_FIELDS = ("review_given_date", "sign_date", "delivery_date", "balance_due_date")


class ContractBox(QGroupBox):
    create_requested = Signal()
    receipt_requested = Signal()
    edited = Signal()

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closing_contract_box")
        self.region = region
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        self.status = QLabel(self)
        self.status.setObjectName("closing_contract_status_value")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.status)
        self.form_widget = QWidget(self)
        grid = QGridLayout(self.form_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.company_check = name_widget(QCheckBox(self), "closing_contract_company")
        self.company_check.toggled.connect(self.on_company_toggled)
        self.id_type_combo = name_widget(QComboBox(self), "closing_contract_id_type")
        self.delivery_method_combo = name_widget(
            QComboBox(self), "closing_contract_delivery_method"
        )
        for combo in (self.id_type_combo, self.delivery_method_combo):
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.special_edit = name_widget(QPlainTextEdit(self), "closing_contract_special_terms")
        self.special_edit.setFixedHeight(54)
        self.special_edit.textChanged.connect(self.edited.emit)
        left, right = QFormLayout(), QFormLayout()
        for key in ("buyer_name", "id_number", "representative", "buyer_address",
                    "buyer_phone", "buyer_email", "registrant"):  # fmt: skip
            self._add(left, key)
        left.insertRow(1, self.company_check)
        self.id_type_label = QLabel(self)
        left.insertRow(2, self.id_type_label, self.id_type_combo)
        for key in ("review_given_date", "sign_date", "sign_place", "delivery_date",
                    "delivery_place", "max_odometer_km", "balance_due_date"):  # fmt: skip
            self._add(right, key)
        self.delivery_method_label = QLabel(self)
        right.addRow(self.delivery_method_label, self.delivery_method_combo)
        self.special_label = QLabel(self)
        right.addRow(self.special_label, self.special_edit)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        outer.addWidget(self.form_widget)
        buttons = QHBoxLayout()
        self.create_button = name_widget(QPushButton(self), "closing_create_contract")
        self.create_button.clicked.connect(self.create_requested.emit)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.general_error = FieldError("closing_contract", self)
        outer.addWidget(self.general_error)
        receipt = QHBoxLayout()
        self.method_label = QLabel(self)
        self.method_combo = name_widget(QComboBox(self), "closing_receipt_method")
        self.method_label.setBuddy(self.method_combo)
        self.reference_edit = name_widget(QLineEdit(self), "closing_receipt_reference")
        self.receipt_button = name_widget(QPushButton(self), "closing_issue_receipt")
        self.receipt_button.clicked.connect(self.receipt_requested.emit)
        self.receipt_label = QLabel(self)
        self.receipt_label.setObjectName("closing_receipt_no_value")
        for widget in (self.method_label, self.method_combo, self.reference_edit,
                       self.receipt_button, self.receipt_label):  # fmt: skip
            receipt.addWidget(widget)
        receipt.addStretch(1)
        self.receipt_row = QWidget(self)
        self.receipt_row.setLayout(receipt)
        outer.addWidget(self.receipt_row)
        self.receipt_error = FieldError("closing_receipt", self)
        outer.addWidget(self.receipt_error)
        for button in (self.create_button, self.receipt_button):
            button.setAutoDefault(False)
        self.edits["sign_date"].setText(date.today().isoformat())
        self.edits["max_odometer_km"].setText(str(DEFAULT_MAX_ODOMETER_KM))
        self.contract: ContractView | None = None

    def _add(self, form: QFormLayout, key: str) -> None:
        edit = name_widget(QLineEdit(self), f"closing_contract_{key}")
        edit.textEdited.connect(lambda _t: self.edited.emit())
        label = QLabel(self)
        label.setBuddy(edit)
        error = FieldError(f"closing_contract_{key}", self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(edit)
        column.addWidget(error)
        form.addRow(label, box)
        self.edits[key] = edit
        self.labels[key] = label
        self.errors[key] = error

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Contract and deposit receipt"))
        names = {
            "buyer_name": self.tr("&Buyer:"),
            "id_number": self.tr("ID &number:"),
            "representative": self.tr("Representative:"),
            "buyer_address": self.tr("Address:"),
            "buyer_phone": self.tr("Phone:"),
            "buyer_email": self.tr("E-mail:"),
            "registrant": self.tr("Registered owner:"),
            "review_given_date": self.tr("Taken home for review on:"),
            "sign_date": self.tr("&Signed on:"),
            "sign_place": self.tr("Signed at:"),
            "delivery_date": self.tr("Delivery date:"),
            "delivery_place": self.tr("Delivery place:"),
            "max_odometer_km": self.tr("Max. odometer at delivery (km):"),
            "balance_due_date": self.tr("Balance due on:"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
        for key in DATE_FIELDS:
            self.edits[key].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edits["registrant"].setPlaceholderText(self.tr("if not the buyer"))
        self.edits["review_given_date"].setToolTip(
            self.tr("Taiwan: the buyer must have at least 3 days to review the contract.")
        )
        self.company_check.setText(self.tr("The buyer is a company"))
        self.id_type_label.setText(self.tr("ID type:"))
        self.delivery_method_label.setText(self.tr("Delivery:"))
        self.special_label.setText(self.tr("Special terms:"))
        self.create_button.setText(self.tr("&Create contract"))
        self.method_label.setText(self.tr("Deposit paid by:"))
        self.reference_edit.setPlaceholderText(self.tr("Transfer or card reference"))
        self.receipt_button.setText(self.tr("Issue deposit &receipt"))
        id_names = {
            "national_id": self.tr("National ID card"),
            "passport": self.tr("Passport"),
            "residence_permit": self.tr("Residence permit"),
            "other": self.tr("Other document"),
        }
        methods = {
            "dealer_pickup": self.tr("Collected at the dealership"),
            "home_delivery": self.tr("Delivered to the buyer"),
        }
        payments = {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "transfer": self.tr("Bank transfer"),
            "cheque": self.tr("Cheque"),
            "mobile": self.tr("Mobile payment"),
        }
        for combo, codes, names_of in ((self.id_type_combo, ID_TYPES, id_names),
                                       (self.delivery_method_combo, DELIVERY_METHODS, methods),
                                       (self.method_combo, RECEIPT_METHODS, payments)):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code in codes:
                combo.addItem(names_of[code], code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.show_contract(self.contract)

    # -- values ---------------------------------------------------------------------------------
    def raw(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: self.edits[key].text() for key in TEXT_FIELDS}
        values.update(
            company=self.company_check.isChecked(),
            id_type=self.id_type_combo.currentData(),
            delivery_method=self.delivery_method_combo.currentData(),
            special_terms=self.special_edit.toPlainText(),
        )
        return values

    def set_raw(self, raw: Mapping[str, Any]) -> None:
        for key in TEXT_FIELDS:
            if key in raw:
                self.edits[key].setText(str(raw[key]))
        for combo, key in ((self.id_type_combo, "id_type"),
                           (self.delivery_method_combo, "delivery_method")):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(raw.get(key))))
            combo.blockSignals(False)
        self.company_check.blockSignals(True)
        self.company_check.setChecked(bool(raw.get("company")))
        self.company_check.blockSignals(False)
        self.special_edit.blockSignals(True)
        self.special_edit.setPlainText(str(raw.get("special_terms", "")))
        self.special_edit.blockSignals(False)
        self.on_company_toggled(self.company_check.isChecked())

    def form(self) -> tuple[ContractForm | None, list[ValidationError]]:
        """The contract form, or the fields that do not parse."""
        raw = self.raw()
        errors: list[ValidationError] = []
        days: dict[str, date | None] = {}
        for key in DATE_FIELDS:
            try:
                days[key] = parse_day(str(raw[key]), key)
            except ValidationError as exc:
                errors.append(exc)
        try:
            km = parse_whole(str(raw["max_odometer_km"]), "max_odometer_km")
        except ValidationError as exc:
            errors.append(exc)
            km = None
        if errors:
            return None, errors
        return (
            ContractForm(
                buyer_name=raw["buyer_name"],
                id_number=raw["id_number"],
                id_type=str(raw["id_type"]),
                company=bool(raw["company"]),
                representative=raw["representative"],
                buyer_address=raw["buyer_address"],
                buyer_phone=raw["buyer_phone"],
                buyer_email=raw["buyer_email"],
                registrant=raw["registrant"],
                sign_date=days["sign_date"],
                review_given_date=days["review_given_date"],
                sign_place=raw["sign_place"],
                delivery_date=days["delivery_date"],
                delivery_place=raw["delivery_place"],
                delivery_method=str(raw["delivery_method"]),
                max_odometer_km=km,
                balance_due_date=days["balance_due_date"],
                special_terms=raw["special_terms"],
            ),
            [],
        )

    def show_errors(self, errors: list[ValidationError], text: Any) -> None:
        """Messages at their fields (``text`` translates an error)."""
        found: dict[str, list[str]] = {}
        general: list[str] = []
        for error in errors:
            if error.field in self.errors:
                found.setdefault(error.field, []).append(text(error))
            else:
                general.append(text(error))
        for key, label in self.errors.items():
            label.set_error("\n".join(found.get(key, [])))
        self.general_error.set_error("\n".join(dict.fromkeys(general)))

    def show_contract(self, contract: ContractView | None) -> None:
        self.contract = contract
        made = contract is not None
        self.form_widget.setEnabled(not made)
        self.create_button.setVisible(not made)
        self.receipt_row.setVisible(made and contract.deposit_amount > 0 if contract else False)
        if contract is None:
            self.status.setText(self.tr("No contract yet."))
            self.receipt_label.setText("")
            return
        signed = labels.day(contract.sign_date) if contract.sign_date else ""
        self.status.setText(
            self.tr("Contract %1 signed on %2 (template version %3).")
            .replace("%1", contract.number)
            .replace("%2", signed)
            .replace("%3", str(contract.template_version))
        )
        receipt = contract.deposit_receipt
        self.receipt_button.setEnabled(receipt is None)
        self.receipt_label.setText(
            self.tr("Receipt %1").replace("%1", receipt.number) if receipt else ""
        )

    def show_receipt_error(self, text: str) -> None:
        self.receipt_error.set_error(text)

    def set_editable(self, editable: bool) -> None:
        self.form_widget.setEnabled(editable and self.contract is None)
        self.create_button.setEnabled(editable)

    def on_company_toggled(self, company: bool) -> None:
        self.id_type_combo.setEnabled(not company)
        self.edits["representative"].setEnabled(company)
        self.edited.emit()


__all__ = ["ContractBox"]
