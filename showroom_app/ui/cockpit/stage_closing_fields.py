"""The deal desk's typed text ⇄ the domain's ``DealInput`` (no widgets here).

The form keeps its state as a plain "raw" dict of what is on screen (texts, ticks, choices):
that is what a draft stores and puts back. :func:`inputs_from_raw` turns it into a
``DealInput`` and an error per field that does not parse, named as the domain names fields
(``msrp``, ``accessories.0.price``, ``loans.1.months``, ``deposit.amount``), so one error
list — the parser's and the domain's — is shown at the fields. A field that does not parse
keeps the saved value, so the rest of the deal still recalculates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from showroom_app.domain.deal import (
    DealInput,
    Deposit,
    GovernmentFee,
    InsuranceLine,
    PricedItem,
    ServiceFee,
    Subsidy,
    TradeIn,
)
from showroom_app.domain.enums import DepositKind, FeeTiming, Region, RepaymentMethod
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.ui.cockpit.stage_needs_fields import amount_text, parse_amount, parse_whole

LOAN_COLUMNS = 2
DATE_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Use a date like 2026-01-01.")
_ZERO = Decimal(0)

#: Line tables: (raw key, [(column key, kind)]); kinds: text, money, percent, check.
LINE_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "accessories": (("name", "text"), ("price", "money"), ("cost", "money")),
    "service_fees": (
        ("name", "text"),
        ("amount", "money"),
        ("optional", "check"),
        ("pass_through", "money"),
    ),
    "government_fees": (("name", "text"), ("amount", "money")),
    "insurance": (
        ("name", "text"),
        ("premium", "money"),
        ("compulsory", "check"),
        ("commission_pct", "percent"),
    ),
    "subsidies": (("name", "text"), ("amount", "money")),
}
#: Columns only a manager sees (a salesperson's values are put back by the service).
COST_COLUMNS = {("accessories", "cost"), ("insurance", "commission_pct")}


def money_text(value: Decimal | None) -> str:
    return amount_text(value)


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


def parse_day(text: str, field: str) -> date | None:
    cleaned = text.strip().replace("/", "-")
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(field, DATE_MESSAGE, "date") from None


def _money(text: Any, field: str, errors: list[ValidationError]) -> Decimal | None:
    try:
        return parse_amount(str(text), field)
    except ValidationError as exc:
        errors.append(exc)
        return None


def _percent(text: Any, field: str, errors: list[ValidationError]) -> Decimal | None:
    return _money(str(text).replace("%", "").replace("％", ""), field, errors)


# -- DealInput -> raw ---------------------------------------------------------------------------


def _line_raw(table: str, line: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, kind in LINE_TABLES[table]:
        value = getattr(line, key)
        if kind == "money":
            out[key] = money_text(value)
        elif kind == "percent":
            out[key] = percent_text(value)
        elif kind == "check":
            out[key] = bool(value)
        else:
            out[key] = str(value)
    return out


def _loan_raw(offer: LoanOffer | None) -> dict[str, Any]:
    if offer is None:
        return {
            "enabled": False,
            "label": "",
            "method": RepaymentMethod.EQUAL_INSTALMENT.value,
            "months": "36",
            "rate": "",
            "balloon": "",
            "fee": "",
            "fee_timing": FeeTiming.UPFRONT.value,
            "down_payment": "",
            "commission_pct": "",
        }
    return {
        "enabled": True,
        "label": offer.label,
        "method": offer.method.value,
        "months": str(offer.months),
        "rate": percent_text(offer.annual_rate_pct),
        "balloon": money_text(offer.balloon) if offer.balloon else "",
        "fee": money_text(offer.fee) if offer.fee else "",
        "fee_timing": offer.fee_timing.value,
        "down_payment": money_text(offer.down_payment),
        "commission_pct": percent_text(offer.commission_pct) if offer.commission_pct else "",
    }


def raw_from_inputs(deal: DealInput) -> dict[str, Any]:
    """What the form shows for a saved input."""
    trade = deal.trade_in
    deposit = deal.deposit
    vehicle = deal.vehicle
    loans: list[LoanOffer | None] = list(deal.loans[:LOAN_COLUMNS])
    loans += [None] * (LOAN_COLUMNS - len(loans))
    return {
        "msrp": money_text(deal.msrp),
        "discount": money_text(deal.discount),
        "dealer_cost": money_text(deal.dealer_vehicle_cost),
        "rebate": money_text(deal.rebate) if deal.rebate else "",
        **{
            table: [_line_raw(table, line) for line in getattr(deal, table)]
            for table in LINE_TABLES
        },
        "trade_in": {
            "description": trade.description if trade else "",
            "appraisal": money_text(trade.appraisal_value) if trade else "",
            "allowance": money_text(trade.allowance) if trade else "",
        },
        "tax_date": deal.tax_date.isoformat() if deal.tax_date else "",
        "taxable_value": money_text(deal.taxable_value),
        "taxes_in_price": deal.taxes_in_price,
        "nev_relief": bool(vehicle and vehicle.nev_relief_eligible),
        "one_for_one": bool(vehicle and vehicle.hk_one_for_one),
        "deposit": {
            "kind": deposit.kind.value if deposit else DepositKind.EARNEST.value,
            "amount": money_text(deposit.amount) if deposit else "",
            "received_on": deposit.received_on.isoformat() if deposit else "",
            "special_order": bool(deposit and deposit.special_order),
            "reason": deposit.override_reason if deposit else "",
        },
        "loans": [_loan_raw(offer) for offer in loans],
        "selected_plan": deal.selected_plan,
    }


# -- raw -> DealInput -----------------------------------------------------------------------------


def _lines(
    table: str, rows: Sequence[Mapping[str, Any]], errors: list[ValidationError]
) -> tuple[Any, ...] | None:
    """The table's lines; None when a typed amount does not parse (the saved lines stay).

    An empty main amount (price, premium…) becomes NaN, which the domain reports as
    "Enter an amount."; other empty amounts are 0."""
    spec = LINE_TABLES[table]
    main = spec[1][0]
    out = []
    ok = True
    for i, row in enumerate(rows):
        values: dict[str, Any] = {}
        for key, kind in spec:
            raw = row.get(key, "")
            text = str(raw).strip()
            if kind in ("money", "percent"):
                parse = _money if kind == "money" else _percent
                value = parse(text, f"{table}.{i}.{key}", errors)
                if value is None and text:
                    ok = False
                if value is None:
                    value = Decimal("NaN") if key == main else _ZERO
                values[key] = value
            elif kind == "check":
                values[key] = bool(raw)
            else:
                values[key] = text
        out.append(_make_line(table, values))
    return tuple(out) if ok else None


def _make_line(table: str, v: dict[str, Any]) -> Any:
    if table == "accessories":
        return PricedItem(v["name"], v["price"], v["cost"])
    if table == "service_fees":
        return ServiceFee(v["name"], v["amount"], v["optional"], v["pass_through"])
    if table == "government_fees":
        return GovernmentFee(v["name"], v["amount"])
    if table == "insurance":
        return InsuranceLine(v["name"], v["premium"], v["commission_pct"], v["compulsory"])
    return Subsidy(v["name"], v["amount"])


def _loans(
    rows: Sequence[Mapping[str, Any]], errors: list[ValidationError]
) -> tuple[tuple[LoanOffer, ...], list[int]]:
    """The enabled loan columns as offers, and the column of each offer."""
    offers: list[LoanOffer] = []
    columns: list[int] = []
    for column, row in enumerate(rows[:LOAN_COLUMNS]):
        if not row.get("enabled"):
            continue
        i = len(offers)
        prefix = f"loans.{i}."
        months_text = str(row.get("months", ""))
        try:
            months = parse_whole(months_text, prefix + "months")
        except ValidationError as exc:
            errors.append(exc)
            months = None
        rate = _percent(row.get("rate", ""), prefix + "rate", errors)
        down = _money(row.get("down_payment", ""), prefix + "down_payment", errors)
        offers.append(
            LoanOffer(
                label=str(row.get("label", "")).strip(),
                down_payment=_ZERO if down is None else down,
                method=RepaymentMethod(row.get("method", RepaymentMethod.EQUAL_INSTALMENT.value)),
                months=0 if months is None else months,
                annual_rate_pct=_ZERO if rate is None else rate,
                balloon=_money(row.get("balloon", ""), prefix + "balloon", errors) or _ZERO,
                fee=_money(row.get("fee", ""), prefix + "fee", errors) or _ZERO,
                fee_timing=FeeTiming(row.get("fee_timing", FeeTiming.UPFRONT.value)),
                commission_pct=_percent(
                    row.get("commission_pct", ""), prefix + "commission_pct", errors
                )
                or _ZERO,
            )
        )
        columns.append(column)
    return tuple(offers), columns


def inputs_from_raw(
    raw: Mapping[str, Any], base: DealInput
) -> tuple[DealInput, list[ValidationError], list[int]]:
    """(the input to compute, the parse errors, the loan column of each offer).

    ``base`` is the saved input: it provides what the form does not edit (the car's tax
    facts, warranty products) and every value whose text does not parse."""
    errors: list[ValidationError] = []

    def amount(key: str, default: Decimal | None) -> Decimal | None:
        text = str(raw.get(key, ""))
        value = _money(text, key, errors)
        return default if value is None and text.strip() else value

    msrp = amount("msrp", base.msrp)
    discount = amount("discount", base.discount)
    changes: dict[str, Any] = {
        "msrp": base.msrp if msrp is None else msrp,
        "discount": _ZERO if discount is None else discount,
        "dealer_vehicle_cost": amount("dealer_cost", base.dealer_vehicle_cost),
        "rebate": amount("rebate", base.rebate) or _ZERO,
    }
    if not str(raw.get("msrp", "")).strip():
        changes["msrp"] = Decimal("NaN")  # the domain says "Enter an amount."
    for table in LINE_TABLES:
        rows = raw.get(table) or []
        lines = _lines(table, rows, errors)
        changes[table] = getattr(base, table) if lines is None else lines
    trade = raw.get("trade_in") or {}
    appraisal = _money(trade.get("appraisal", ""), "trade_in.appraisal_value", errors)
    allowance = _money(trade.get("allowance", ""), "trade_in.allowance", errors)
    description = str(trade.get("description", "")).strip()
    if appraisal is None and allowance is None and not description:
        changes["trade_in"] = None
    else:
        changes["trade_in"] = TradeIn(appraisal or _ZERO, allowance or _ZERO, description)
    try:
        changes["tax_date"] = parse_day(str(raw.get("tax_date", "")), "tax_date")
    except ValidationError as exc:
        errors.append(exc)
        changes["tax_date"] = base.tax_date
    taxable = amount("taxable_value", base.taxable_value)
    changes["taxable_value"] = taxable
    changes["taxes_in_price"] = bool(raw.get("taxes_in_price"))
    if base.vehicle is not None:
        changes["vehicle"] = dataclasses.replace(
            base.vehicle,
            nev_relief_eligible=bool(raw.get("nev_relief")),
            nev_vessel_tax_exempt=bool(raw.get("nev_relief")),
            hk_one_for_one=bool(raw.get("one_for_one")),
        )
    changes["deposit"] = _deposit(raw.get("deposit") or {}, base, errors)
    offers, columns = _loans(raw.get("loans") or [], errors)
    changes["loans"] = offers
    plan = raw.get("selected_plan", 0)
    plan = plan if isinstance(plan, int) and not isinstance(plan, bool) else 0
    changes["selected_plan"] = columns.index(plan - 1) + 1 if plan and plan - 1 in columns else 0
    return dataclasses.replace(base, **changes), errors, columns


def _deposit(
    raw: Mapping[str, Any], base: DealInput, errors: list[ValidationError]
) -> Deposit | None:
    text = str(raw.get("amount", ""))
    amount = _money(text, "deposit.amount", errors)
    if amount is None:
        return base.deposit if text.strip() else None
    try:
        received = parse_day(str(raw.get("received_on", "")), "deposit.received_on")
    except ValidationError as exc:
        errors.append(exc)
        received = None
    try:
        kind = DepositKind(raw.get("kind", DepositKind.EARNEST.value))
    except ValueError:
        kind = DepositKind.EARNEST
    return Deposit(
        amount=amount,
        kind=kind,
        received_on=received or date.today(),
        special_order=bool(raw.get("special_order")),
        override_reason=str(raw.get("reason", "")).strip(),
    )


def deposit_kinds(region: Region) -> tuple[DepositKind, ...]:
    """CN distinguishes 定金 and 订金; TW and HK take one kind of 訂金."""
    if region is Region.CN:
        return (DepositKind.EARNEST, DepositKind.PREPAYMENT)
    return (DepositKind.EARNEST,)


__all__ = [
    "COST_COLUMNS",
    "LINE_TABLES",
    "LOAN_COLUMNS",
    "deposit_kinds",
    "inputs_from_raw",
    "money_text",
    "parse_day",
    "percent_text",
    "raw_from_inputs",
]
