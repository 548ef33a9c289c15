"""The deal desk's own fields: the price (MSRP, discount or transaction price, costs for
managers), the trade-in, the taxes' date and facts, and the deposit with the 定金 / 訂金
explanation and the cap warning. Each box reports typed changes with ``edited`` and shows
messages at its fields (``errors``: domain field name → message label).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from showroom_app.domain.enums import DepositKind, Region
from showroom_app.ui.cockpit.stage_closing_fields import deposit_kinds, money_text
from showroom_app.ui.cockpit.stage_needs_fields import parse_amount
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget


class FieldsBox(QGroupBox):
    """A group of labelled line edits, each with its message under it."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(8, 6, 8, 6)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self._row_errors: dict[str, FieldError] = {}

    def add_edit(self, key: str, field: str, *, right: bool = True) -> QLineEdit:
        edit = name_widget(QLineEdit(self), f"closing_{key}")
        if right:
            edit.setMaxLength(20)
        edit.textEdited.connect(lambda _text: self.edited.emit())
        label = QLabel(self)
        error = FieldError(f"closing_{key}", self)
        add_row(self.form, label, edit, error)
        self.edits[key] = edit
        self.labels[key] = label
        self.errors[field] = error
        self._row_errors[key] = error
        return edit

    def add_check(self, key: str) -> QCheckBox:
        box = name_widget(QCheckBox(self), f"closing_{key}")
        box.toggled.connect(lambda _on: self.edited.emit())
        self.form.addRow(box)
        return box

    def show_row(self, key: str, visible: bool) -> None:
        self.edits[key].setVisible(visible)
        self.labels[key].setVisible(visible)
        if not visible:
            self._row_errors[key].set_error("")

    def set_texts(self, values: Mapping[str, str]) -> None:
        for key, text in values.items():
            if key in self.edits:
                self.edits[key].setText(text)


class PriceBox(FieldsBox):
    """MSRP, discount and transaction price (either can be typed: the other follows), the
    discount as a percentage; dealer cost and rebate for managers only."""

    def __init__(self, see_cost: bool, parent: QWidget | None = None) -> None:
        super().__init__("closing_price_box", parent)
        self.see_cost = see_cost
        self.add_edit("msrp", "msrp")
        self.add_edit("discount", "discount")
        price = self.add_edit("price", "price")
        price.textEdited.disconnect()
        price.textEdited.connect(self.on_price_edited)
        self.edits["discount"].textEdited.connect(self.on_discount_edited)
        self.edits["msrp"].textEdited.connect(self.on_discount_edited)
        self.percent_label = QLabel(self)
        self.percent_label.setObjectName("closing_discount_pct_value")
        self.form.addRow("", self.percent_label)
        self.add_edit("dealer_cost", "dealer_vehicle_cost")
        self.add_edit("rebate", "rebate")
        for key in ("dealer_cost", "rebate"):
            self.show_row(key, see_cost)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Price"))
        self.labels["msrp"].setText(self.tr("&MSRP:"))
        self.labels["discount"].setText(self.tr("&Discount:"))
        self.labels["price"].setText(self.tr("&Transaction price:"))
        self.labels["dealer_cost"].setText(self.tr("Dealer &cost:"))
        self.labels["rebate"].setText(self.tr("Manufacturer &rebate:"))

    def raw(self) -> dict[str, Any]:
        return {k: self.edits[k].text() for k in ("msrp", "discount", "dealer_cost", "rebate")}

    def set_raw(self, raw: Mapping[str, Any]) -> None:
        self.set_texts({k: str(raw.get(k, "")) for k in ("msrp", "discount", "dealer_cost",
                                                          "rebate")})  # fmt: skip
        self._sync_price()

    def show_percent(self, percent: Decimal | None) -> None:
        self.percent_label.setText(
            "" if percent is None else self.tr("Discount: %1 % of the MSRP").replace(
                "%1", f"{percent:.2f}")
        )  # fmt: skip

    def _values(self) -> tuple[Decimal | None, Decimal | None]:
        try:
            msrp = parse_amount(self.edits["msrp"].text(), "msrp")
            discount = parse_amount(self.edits["discount"].text(), "discount")
        except Exception:
            return None, None
        return msrp, discount

    def _sync_price(self) -> None:
        msrp, discount = self._values()
        if msrp is not None:
            self.edits["price"].setText(money_text(msrp - (discount or Decimal(0))))

    def on_discount_edited(self, _text: str) -> None:
        self._sync_price()

    def on_price_edited(self, text: str) -> None:
        try:
            msrp = parse_amount(self.edits["msrp"].text(), "msrp")
            price = parse_amount(text, "price")
        except Exception:
            return
        if msrp is not None and price is not None:
            self.edits["discount"].setText(money_text(msrp - price))
            self.edited.emit()


class TradeInBox(FieldsBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("closing_trade_in_box", parent)
        self.add_edit("trade_description", "trade_in.description", right=False)
        self.add_edit("appraisal", "trade_in.appraisal_value")
        self.add_edit("allowance", "trade_in.allowance")
        self.note = QLabel(self)
        self.note.setObjectName("closing_over_allowance_value")
        self.note.setStyleSheet("color: #8a5a00;")
        self.note.setWordWrap(True)
        self.form.addRow(self.note)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Trade-in"))
        self.labels["trade_description"].setText(self.tr("&Vehicle:"))
        self.edits["trade_description"].setPlaceholderText(self.tr("e.g. 2018 Corolla 1.8"))
        self.labels["appraisal"].setText(self.tr("&Appraisal value:"))
        self.labels["allowance"].setText(self.tr("A&llowance:"))

    def raw(self) -> dict[str, Any]:
        return {
            "description": self.edits["trade_description"].text(),
            "appraisal": self.edits["appraisal"].text(),
            "allowance": self.edits["allowance"].text(),
        }

    def set_raw(self, raw: Mapping[str, Any]) -> None:
        self.edits["trade_description"].setText(str(raw.get("description", "")))
        self.edits["appraisal"].setText(str(raw.get("appraisal", "")))
        self.edits["allowance"].setText(str(raw.get("allowance", "")))

    def show_over_allowance(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class TaxBox(FieldsBox):
    """The date the taxes are due for, the taxable value (TW/HK) and the region's flags."""

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__("closing_tax_box", parent)
        self.region = region
        self.facts = QLabel(self)
        self.facts.setObjectName("closing_vehicle_facts_value")
        self.facts.setWordWrap(True)
        self.form.addRow(self.facts)
        self.add_edit("tax_date", "tax_date")
        self.add_edit("taxable_value", "taxable_value")
        self.show_row("taxable_value", region is not Region.CN)
        self.in_price = self.add_check("taxes_in_price")
        self.nev = self.add_check("nev_relief")
        self.one_for_one = self.add_check("one_for_one")
        self.in_price.setVisible(region is Region.HK)
        self.nev.setVisible(region is Region.CN)
        self.one_for_one.setVisible(region is Region.HK)
        self.rule_error = FieldError("closing_rules", self)
        self.form.addRow(self.rule_error)
        for field in ("displacement_cc", "rules"):
            self.errors[field] = self.rule_error

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Government taxes and fees"))
        self.labels["tax_date"].setText(self.tr("Tax &date:"))
        self.edits["tax_date"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edits["tax_date"].setToolTip(
            self.tr("CN: the invoice date; TW: the registration date; HK: the day the Transport "
                    "Department receives the application.")
        )  # fmt: skip
        self.labels["taxable_value"].setText(self.tr("Ta&xable value:"))
        self.edits["taxable_value"].setPlaceholderText(self.tr("empty: the transaction price"))
        self.in_price.setText(self.tr("Taxes are included in the price"))
        self.nev.setText(self.tr("In the NEV purchase-tax relief catalogue"))
        self.one_for_one.setText(self.tr("“One-for-one”: an old private car is scrapped"))

    def raw(self) -> dict[str, Any]:
        return {
            "tax_date": self.edits["tax_date"].text(),
            "taxable_value": self.edits["taxable_value"].text(),
            "taxes_in_price": self.in_price.isChecked(),
            "nev_relief": self.nev.isChecked(),
            "one_for_one": self.one_for_one.isChecked(),
        }

    def set_raw(self, raw: Mapping[str, Any]) -> None:
        self.edits["tax_date"].setText(str(raw.get("tax_date", "")))
        self.edits["taxable_value"].setText(str(raw.get("taxable_value", "")))
        for box, key in ((self.in_price, "taxes_in_price"), (self.nev, "nev_relief"),
                         (self.one_for_one, "one_for_one")):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(bool(raw.get(key)))
            box.blockSignals(False)


class DepositBox(FieldsBox):
    """The deposit: its kind (CN 定金 or 订金), amount and day, the legal meaning on screen,
    and — above the cap — the warning and the reason that lets it go ahead."""

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__("closing_deposit_box", parent)
        self.region = region
        self.kinds = deposit_kinds(region)
        self.kind_label = QLabel(self)
        self.kind_combo = name_widget(QComboBox(self), "closing_deposit_kind")
        self.kind_combo.currentIndexChanged.connect(self.on_kind_changed)
        self.kind_label.setBuddy(self.kind_combo)
        self.form.addRow(self.kind_label, self.kind_combo)
        self.kind_combo.setVisible(len(self.kinds) > 1)
        self.kind_label.setVisible(len(self.kinds) > 1)
        self.meaning = QLabel(self)
        self.meaning.setObjectName("closing_deposit_meaning")
        self.meaning.setWordWrap(True)
        self.meaning.setStyleSheet("color: #333; background: #f4f1e8; padding: 4px;")
        self.form.addRow(self.meaning)
        self.add_edit("deposit_amount", "deposit.amount")
        self.add_edit("deposit_received", "deposit.received_on")
        self.special = self.add_check("deposit_special_order")
        self.special.setVisible(region is Region.TW)
        self.warning = QLabel(self)
        self.warning.setObjectName("closing_deposit_cap_value")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.warning.hide()
        self.form.addRow(self.warning)
        self.add_edit("deposit_reason", "deposit.override_reason", right=False)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Deposit"))
        self.kind_label.setText(self.tr("&Kind:"))
        names = {
            DepositKind.EARNEST: self.tr("定金 — earnest money (forfeit or double)"),
            DepositKind.PREPAYMENT: self.tr("订金 — prepayment (refundable)"),
        }
        current = self.kind_combo.currentIndex()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in self.kinds:
            self.kind_combo.addItem(names[kind], kind.value)
        self.kind_combo.setCurrentIndex(max(0, current))
        self.kind_combo.blockSignals(False)
        self.labels["deposit_amount"].setText(self.tr("&Amount:"))
        self.labels["deposit_received"].setText(self.tr("&Received on:"))
        self.edits["deposit_received"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.special.setText(self.tr("Special order (limited, custom or special-order car)"))
        self.labels["deposit_reason"].setText(self.tr("R&eason:"))
        self.edits["deposit_reason"].setPlaceholderText(
            self.tr("Needed when the deposit is above the cap")
        )
        self._show_meaning()

    def _show_meaning(self) -> None:
        kind = self.kind()
        if self.region is Region.CN and kind is DepositKind.EARNEST:
            text = self.tr(
                "定金 (earnest money): if the buyer backs out it is forfeited; if the dealer "
                "backs out it is returned double. At most 20 % of the price counts as 定金 "
                "(Civil Code Art. 586–587)."
            )
        elif self.region is Region.CN:
            text = self.tr(
                "订金 (prepayment): part of the price paid in advance, no penalty effect; "
                "generally refundable. The receipt and contract must say which one it is."
            )
        elif self.region is Region.TW:
            text = self.tr(
                "訂金 works like earnest money (Civil Code §249): forfeited if the buyer backs "
                "out, returned double if the dealer does. At most 10 % of the price unless it "
                "is a special order."
            )
        else:
            text = self.tr("訂金 (deposit): its terms are as written in the sales agreement.")
        self.meaning.setText(text)

    def kind(self) -> DepositKind:
        data = self.kind_combo.currentData()
        return DepositKind(data) if data else self.kinds[0]

    def raw(self) -> dict[str, Any]:
        return {
            "kind": self.kind().value,
            "amount": self.edits["deposit_amount"].text(),
            "received_on": self.edits["deposit_received"].text(),
            "special_order": self.special.isChecked(),
            "reason": self.edits["deposit_reason"].text(),
        }

    def set_raw(self, raw: Mapping[str, Any]) -> None:
        index = self.kind_combo.findData(str(raw.get("kind", "")))
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(0, index))
        self.kind_combo.blockSignals(False)
        self.edits["deposit_amount"].setText(str(raw.get("amount", "")))
        self.edits["deposit_received"].setText(str(raw.get("received_on", "")))
        self.edits["deposit_reason"].setText(str(raw.get("reason", "")))
        self.special.blockSignals(True)
        self.special.setChecked(bool(raw.get("special_order")))
        self.special.blockSignals(False)
        self._show_meaning()

    def show_cap(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def on_kind_changed(self, _index: int) -> None:
        self._show_meaning()
        self.edited.emit()


__all__ = ["DepositBox", "FieldsBox", "PriceBox", "TaxBox", "TradeInBox"]
