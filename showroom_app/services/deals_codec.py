"""The deal desk's inputs and figures as JSON (``deals.inputs`` / ``deals.figures``).

Money is written as strings (``"158000.00"``), never as JSON numbers: a float would lose
the exact amount on the way back. :func:`input_to_json` / :func:`input_from_json` are exact
inverses for validated inputs; :func:`figures_to_json` is the snapshot the documents print
from, so a reprint shows what was saved even after the rules table changes.

What a salesperson may not see (DOMAIN.md §7.8, ``Capability.SEE_COST``) — the dealer's
vehicle cost, the rebate, accessory and warranty costs, insurance and finance commissions —
is stripped from what they receive (:func:`strip_costs`) and put back from the stored deal
when they save (:func:`merge_costs`), so their edits never erase a manager's figures.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from showroom_app.domain.deal import (
    DealFigures,
    DealInput,
    Deposit,
    GovernmentFee,
    GrossProfit,
    InsuranceLine,
    PricedItem,
    ServiceFee,
    Subsidy,
    TradeIn,
)
from showroom_app.domain.enums import DepositKind, FeeTiming, Powertrain, Region, RepaymentMethod
from showroom_app.domain.finance_scenarios import LoanOffer, PaymentScenario
from showroom_app.domain.taxes import TaxLine, TaxVehicle

FORMAT = 1
_ZERO = Decimal(0)


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _d(value: Any, default: Decimal | None = _ZERO) -> Decimal | None:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"stored amount {value!r} is not text")
    return Decimal(value)


def _dd(value: Any) -> Decimal:
    result = _d(value)
    assert result is not None
    return result


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


# -- inputs ---------------------------------------------------------------------------------------


def input_to_json(deal: DealInput) -> dict[str, Any]:
    """The input as plain JSON (the discount limit is the dealership's, not stored)."""
    v = deal.vehicle
    return {
        "format": FORMAT,
        "region": deal.region.value,
        "msrp": str(deal.msrp),
        "discount": str(deal.discount),
        "dealer_vehicle_cost": _s(deal.dealer_vehicle_cost),
        "rebate": str(deal.rebate),
        "accessories": [
            {"name": i.name, "price": str(i.price), "cost": str(i.cost)} for i in deal.accessories
        ],
        "warranty_products": [
            {"name": i.name, "price": str(i.price), "cost": str(i.cost)}
            for i in deal.warranty_products
        ],
        "service_fees": [
            {
                "name": f.name,
                "amount": str(f.amount),
                "optional": f.optional,
                "pass_through": str(f.pass_through),
            }
            for f in deal.service_fees
        ],
        "government_fees": [
            {"name": f.name, "amount": str(f.amount)} for f in deal.government_fees
        ],
        "insurance": [
            {
                "name": i.name,
                "premium": str(i.premium),
                "commission_pct": str(i.commission_pct),
                "compulsory": i.compulsory,
            }
            for i in deal.insurance
        ],
        "subsidies": [{"name": x.name, "amount": str(x.amount)} for x in deal.subsidies],
        "trade_in": None
        if deal.trade_in is None
        else {
            "appraisal_value": str(deal.trade_in.appraisal_value),
            "allowance": str(deal.trade_in.allowance),
            "description": deal.trade_in.description,
        },
        "vehicle": None
        if v is None
        else {
            "powertrain": v.powertrain.value,
            "displacement_cc": v.displacement_cc,
            "nev_relief_eligible": v.nev_relief_eligible,
            "nev_vessel_tax_exempt": v.nev_vessel_tax_exempt,
            "energy_saving": v.energy_saving,
            "passenger_car": v.passenger_car,
            "fuel": v.fuel,
            "motor_hp": v.motor_hp,
            "hk_one_for_one": v.hk_one_for_one,
            "order_date": None if v.order_date is None else v.order_date.isoformat(),
        },
        "tax_date": None if deal.tax_date is None else deal.tax_date.isoformat(),
        "taxable_value": _s(deal.taxable_value),
        "taxes_in_price": deal.taxes_in_price,
        "deposit": None
        if deal.deposit is None
        else {
            "amount": str(deal.deposit.amount),
            "kind": deal.deposit.kind.value,
            "received_on": deal.deposit.received_on.isoformat(),
            "special_order": deal.deposit.special_order,
            "override_reason": deal.deposit.override_reason,
        },
        "loans": [
            {
                "label": o.label,
                "down_payment": str(o.down_payment),
                "method": o.method.value,
                "months": o.months,
                "annual_rate_pct": str(o.annual_rate_pct),
                "balloon": str(o.balloon),
                "fee": str(o.fee),
                "fee_timing": o.fee_timing.value,
                "commission_pct": str(o.commission_pct),
            }
            for o in deal.loans
        ],
        "selected_plan": deal.selected_plan,
    }


def _lines(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    return [x for x in value if isinstance(x, Mapping)] if isinstance(value, list) else []


def input_from_json(data: Mapping[str, Any], region: Region) -> DealInput:
    """Back from :func:`input_to_json`; an empty dict is a fresh deal (MSRP 0 until set)."""
    trade = data.get("trade_in")
    vehicle = data.get("vehicle")
    deposit = data.get("deposit")
    return DealInput(
        region=Region(data.get("region", region.value)),
        msrp=_dd(data.get("msrp")),
        discount=_dd(data.get("discount")),
        dealer_vehicle_cost=_d(data.get("dealer_vehicle_cost"), None),
        rebate=_dd(data.get("rebate")),
        accessories=tuple(
            PricedItem(str(i.get("name", "")), _dd(i.get("price")), _dd(i.get("cost")))
            for i in _lines(data, "accessories")
        ),
        warranty_products=tuple(
            PricedItem(str(i.get("name", "")), _dd(i.get("price")), _dd(i.get("cost")))
            for i in _lines(data, "warranty_products")
        ),
        service_fees=tuple(
            ServiceFee(
                str(f.get("name", "")),
                _dd(f.get("amount")),
                bool(f.get("optional", True)),
                _dd(f.get("pass_through")),
            )
            for f in _lines(data, "service_fees")
        ),
        government_fees=tuple(
            GovernmentFee(str(f.get("name", "")), _dd(f.get("amount")))
            for f in _lines(data, "government_fees")
        ),
        insurance=tuple(
            InsuranceLine(
                str(i.get("name", "")),
                _dd(i.get("premium")),
                _dd(i.get("commission_pct")),
                bool(i.get("compulsory", False)),
            )
            for i in _lines(data, "insurance")
        ),
        subsidies=tuple(
            Subsidy(str(x.get("name", "")), _dd(x.get("amount"))) for x in _lines(data, "subsidies")
        ),
        trade_in=None
        if not isinstance(trade, Mapping)
        else TradeIn(
            _dd(trade.get("appraisal_value")),
            _dd(trade.get("allowance")),
            str(trade.get("description", "")),
        ),
        vehicle=None if not isinstance(vehicle, Mapping) else tax_vehicle_from_json(vehicle),
        tax_date=_day(data.get("tax_date")),
        taxable_value=_d(data.get("taxable_value"), None),
        taxes_in_price=bool(data.get("taxes_in_price", False)),
        deposit=None
        if not isinstance(deposit, Mapping)
        else Deposit(
            amount=_dd(deposit.get("amount")),
            kind=DepositKind(deposit.get("kind", DepositKind.EARNEST.value)),
            received_on=_day(deposit.get("received_on")) or date.today(),
            special_order=bool(deposit.get("special_order", False)),
            override_reason=str(deposit.get("override_reason", "")),
        ),
        loans=tuple(
            LoanOffer(
                label=str(o.get("label", "")),
                down_payment=_dd(o.get("down_payment")),
                method=RepaymentMethod(o.get("method", RepaymentMethod.EQUAL_INSTALMENT.value)),
                months=int(o.get("months", 0)),
                annual_rate_pct=_dd(o.get("annual_rate_pct")),
                balloon=_dd(o.get("balloon")),
                fee=_dd(o.get("fee")),
                fee_timing=FeeTiming(o.get("fee_timing", FeeTiming.UPFRONT.value)),
                commission_pct=_dd(o.get("commission_pct")),
            )
            for o in _lines(data, "loans")
        ),
        selected_plan=int(data.get("selected_plan", 0)),
    )


def tax_vehicle_from_json(v: Mapping[str, Any]) -> TaxVehicle:
    cc = v.get("displacement_cc")
    hp = v.get("motor_hp")
    return TaxVehicle(
        powertrain=Powertrain(v.get("powertrain", Powertrain.ICE.value)),
        displacement_cc=cc if isinstance(cc, int) and not isinstance(cc, bool) else None,
        nev_relief_eligible=bool(v.get("nev_relief_eligible", False)),
        nev_vessel_tax_exempt=bool(v.get("nev_vessel_tax_exempt", False)),
        energy_saving=bool(v.get("energy_saving", False)),
        passenger_car=bool(v.get("passenger_car", True)),
        fuel=str(v.get("fuel", "petrol")),
        motor_hp=hp if isinstance(hp, int) and not isinstance(hp, bool) else None,
        hk_one_for_one=bool(v.get("hk_one_for_one", False)),
        order_date=_day(v.get("order_date")),
    )


# -- what a salesperson does not see ----------------------------------------------------------


def strip_costs(deal: DealInput) -> DealInput:
    """The input without the dealer's costs and commissions (for a salesperson)."""
    return dataclasses.replace(
        deal,
        dealer_vehicle_cost=None,
        rebate=_ZERO,
        accessories=tuple(dataclasses.replace(i, cost=_ZERO) for i in deal.accessories),
        warranty_products=tuple(dataclasses.replace(i, cost=_ZERO) for i in deal.warranty_products),
        insurance=tuple(dataclasses.replace(i, commission_pct=_ZERO) for i in deal.insurance),
        loans=tuple(dataclasses.replace(o, commission_pct=_ZERO) for o in deal.loans),
    )


def _same_line_cost(
    new: Sequence[Any], old: Sequence[Any], attr: str, key: str = "name"
) -> tuple[Any, ...]:
    """Each new line with ``attr`` taken from the stored line at the same place and with
    the same name (a line added or renamed by a salesperson gets 0 until a manager sets it)."""
    out = []
    for i, line in enumerate(new):
        stored = old[i] if i < len(old) else None
        value = (
            getattr(stored, attr)
            if stored is not None and getattr(stored, key) == getattr(line, key)
            else _ZERO
        )
        out.append(dataclasses.replace(line, **{attr: value}))
    return tuple(out)


def merge_costs(new: DealInput, stored: DealInput) -> DealInput:
    """A salesperson's input with the stored costs and commissions put back."""
    return dataclasses.replace(
        new,
        dealer_vehicle_cost=stored.dealer_vehicle_cost,
        rebate=stored.rebate,
        accessories=_same_line_cost(new.accessories, stored.accessories, "cost"),
        warranty_products=_same_line_cost(new.warranty_products, stored.warranty_products, "cost"),
        insurance=_same_line_cost(new.insurance, stored.insurance, "commission_pct"),
        loans=_same_line_cost(new.loans, stored.loans, "commission_pct", key="label"),
    )


# -- figures ----------------------------------------------------------------------------------


def _tax_line(line: TaxLine) -> dict[str, Any]:
    return {
        "code": line.code,
        "amount": str(line.amount),
        "on": line.on.isoformat(),
        "base": _s(line.base),
        "rate": _s(line.rate),
        "full_amount": _s(line.full_amount),
        "relief": str(line.relief),
        "proration": list(line.proration) if line.proration else None,
        "exempt": line.exempt,
        "included_in_price": line.included_in_price,
        "rule_keys": list(line.rule_keys),
    }


def _scenario(sc: PaymentScenario) -> dict[str, Any]:
    return {
        "label": sc.label,
        "is_cash": sc.is_cash,
        "down_payment": str(sc.down_payment),
        "financed_amount": str(sc.financed_amount),
        "months": sc.months,
        "monthly_payment": str(sc.monthly_payment),
        "last_payment": str(sc.last_payment),
        "balloon": str(sc.balloon),
        "total_interest": str(sc.total_interest),
        "total_fees": str(sc.total_fees),
        "due_up_front": str(sc.due_up_front),
        "total_cost": str(sc.total_cost),
        "apr": _s(sc.apr),
        "ear": _s(sc.ear),
    }


def _gross(gp: GrossProfit | None) -> dict[str, Any] | None:
    if gp is None:
        return None
    return {f.name: _s(getattr(gp, f.name)) for f in dataclasses.fields(GrossProfit)}


GROSS_PROFIT_KEYS = ("gross_profit", "gross_profit_net")


def figures_to_json(f: DealFigures) -> dict[str, Any]:
    """The snapshot of every figure the desk and the documents show (money as text)."""
    check = f.deposit_check
    return {
        "format": FORMAT,
        "currency": f.currency.value,
        "msrp": str(f.msrp),
        "discount": str(f.discount),
        "discount_pct": str(f.discount_pct),
        "transaction_price": str(f.transaction_price),
        "accessories_total": str(f.accessories_total),
        "warranty_total": str(f.warranty_total),
        "service_fees_total": str(f.service_fees_total),
        "optional_service_fees_total": str(f.optional_service_fees_total),
        "contract_total": str(f.contract_total),
        "taxes": None
        if f.taxes is None
        else {
            "region": f.taxes.region.value,
            "on": f.taxes.on.isoformat(),
            "lines": [_tax_line(line) for line in f.taxes.lines],
        },
        "taxes_total": str(f.taxes_total),
        "government_fees_total": str(f.government_fees_total),
        "insurance_total": str(f.insurance_total),
        "subsidies_total": str(f.subsidies_total),
        "trade_in_allowance": str(f.trade_in_allowance),
        "trade_in_over_allowance": str(f.trade_in_over_allowance),
        "on_the_road_total": str(f.on_the_road_total),
        "deposit": str(f.deposit),
        "balance_due": str(f.balance_due),
        "discount_approval_needed": f.discount_approval.needed,
        "deposit_check": None
        if check is None
        else {
            "cap_share": _s(check.cap_share),
            "cap_amount": _s(check.cap_amount),
            "exceeded": check.exceeded,
            "special_order": check.special_order,
        },
        "gross_profit": _gross(f.gross_profit),
        "gross_profit_net": _gross(f.gross_profit_net),
        "scenarios": [_scenario(sc) for sc in f.scenarios],
        "warnings": [w.code for w in f.warnings],
    }


def without_gross_profit(figures: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in figures.items() if k not in GROSS_PROFIT_KEYS}


def money(figures: Mapping[str, Any], key: str) -> Decimal:
    """One amount of a stored snapshot (0 when absent)."""
    return _dd(figures.get(key))


def optional_money(value: Any) -> Decimal | None:
    return _d(value, None)


__all__ = [
    "GROSS_PROFIT_KEYS",
    "figures_to_json",
    "input_from_json",
    "input_to_json",
    "merge_costs",
    "money",
    "optional_money",
    "strip_costs",
    "tax_vehicle_from_json",
    "without_gross_profit",
]
