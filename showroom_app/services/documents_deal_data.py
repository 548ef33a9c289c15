"""From a deal's stored input and figures (and a contract's snapshot) to the data the deal
documents print (``documents.quotation`` and friends). Pure functions: the mixin in
``documents_deal`` reads the rows, these turn them into document dataclasses.

Everything is taken from what was stored — the figures snapshot, the contract snapshot, the
template version — never recomputed with today's rules, so a reprint shows the same figures.
Names of taxes and scenario kinds are given here in the three document languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from showroom_app.documents.contract import ContractClause, ContractParty, ContractTemplate
from showroom_app.documents.deal_common import PriceLine, VehicleInfo
from showroom_app.documents.labels_deal import Entry, deal_term, pick
from showroom_app.documents.payment_comparison import PaymentScenario as ScenarioColumn
from showroom_app.documents.quotation import FinanceSummary
from showroom_app.domain.deal import DealInput
from showroom_app.domain.enums import Currency, RepaymentMethod
from showroom_app.domain.money import format_money
from showroom_app.services.contracts_rules import template_clauses, template_language
from showroom_app.services.deals_codec import optional_money
from showroom_app.services.deals_store import VehicleChoice

_D = Decimal
_HUNDRED = Decimal(100)

TAX_NAMES: dict[str, Entry] = {
    "cn.purchase_tax": ("車輛購置稅", "车辆购置税", "Vehicle purchase tax"),
    "cn.vehicle_vessel_tax": ("車船稅", "车船税", "Vehicle and vessel tax"),
    "tw.licence_tax": ("使用牌照稅", "使用牌照税", "Licence tax"),
    "tw.fuel_fee": ("汽車燃料使用費", "汽车燃料使用费", "Fuel usage fee"),
    "tw.commodity_tax": ("貨物稅", "货物税", "Commodity tax"),
    "hk.frt": ("首次登記稅", "首次登记税", "First registration tax"),
}
WORDS: dict[str, Entry] = {
    "prorated": ("按比例 {n}/{d}", "按比例 {n}/{d}", "prorated {n}/{d}"),
    "relief": ("減免 {amount}", "减免 {amount}", "relief {amount}"),
    "exempt": ("免稅", "免税", "exempt"),
    "in_price": ("已含於車價", "已含在车价内", "included in the price"),
    "loan": ("貸款方案 {n}", "贷款方案 {n}", "Loan {n}"),
    "trade_in": ("舊車折抵", "置换车辆", "Trade-in"),
}


def word(key: str, language: str, bilingual: bool = False, **params: str) -> str:
    text = pick(WORDS[key], language, bilingual)
    return text.format(**params) if params else text


def tax_name(code: str, language: str, bilingual: bool = False) -> str:
    entry = TAX_NAMES.get(code)
    return pick(entry, language, bilingual) if entry else code


def vehicle_info(vehicle: VehicleChoice, language: str) -> VehicleInfo:
    return VehicleInfo(
        brand=vehicle.brand.for_language(language),
        model=vehicle.model.for_language(language),
        trim=vehicle.trim.for_language(language),
        model_year="" if vehicle.model_year is None else str(vehicle.model_year),
        colour=vehicle.colour_ext,
        colour_int=vehicle.colour_int,
        powertrain=vehicle.powertrain,
        displacement_cc=vehicle.displacement_cc,
        motor_kw=vehicle.motor_kw,
        vin=vehicle.vin,
        engine_no=vehicle.engine_no,
    )


def snapshot_vehicle(data: Mapping[str, Any], language: str) -> VehicleInfo:
    """The car from a contract snapshot (names stored in every language)."""

    def local(key: str) -> str:
        names = data.get(key)
        if not isinstance(names, Mapping):
            return ""
        return str(names.get(language) or names.get("en") or "")

    def whole(key: str) -> int | None:
        value = data.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    return VehicleInfo(
        brand=local("brand"),
        model=local("model"),
        trim=local("trim"),
        model_year=str(data.get("model_year") or ""),
        colour=str(data.get("colour") or ""),
        colour_int=str(data.get("colour_int") or ""),
        powertrain=str(data.get("powertrain") or ""),
        displacement_cc=whole("displacement_cc"),
        motor_kw=whole("motor_kw"),
        vin=str(data.get("vin") or ""),
        engine_no=str(data.get("engine_no") or ""),
    )


def _m(value: Any) -> Decimal:
    result = optional_money(value)
    return _D(0) if result is None else result


def tax_lines(
    figures: Mapping[str, Any], currency: Currency, language: str, bilingual: bool
) -> tuple[PriceLine, ...]:
    """The taxes added to the on-the-road total, each with how it was computed."""
    taxes = figures.get("taxes")
    if not isinstance(taxes, Mapping) or not _m(figures.get("taxes_total")):
        return ()
    out = []
    for line in taxes.get("lines") or []:
        if not isinstance(line, Mapping) or line.get("included_in_price"):
            continue
        details = []
        proration = line.get("proration")
        if isinstance(proration, list) and len(proration) == 2:
            details.append(
                word("prorated", language, bilingual, n=str(proration[0]), d=str(proration[1]))
            )
        relief = _m(line.get("relief"))
        if line.get("exempt"):
            details.append(word("exempt", language, bilingual))
        elif relief:
            details.append(
                word("relief", language, bilingual, amount=format_money(relief, currency))
            )
        out.append(
            PriceLine(
                tax_name(str(line.get("code", "")), language, bilingual),
                _m(line.get("amount")),
                detail="；".join(details) if language != "en" else "; ".join(details),
            )
        )
    return tuple(out)


def loan_name(label: str, n: int, language: str, bilingual: bool) -> str:
    return label.strip() or word("loan", language, bilingual, n=chr(ord("A") + n - 1))


def rate_type(method: str) -> str:
    if method == RepaymentMethod.FLAT.value:
        return "flat"
    if method == RepaymentMethod.ZERO_PLUS_FEE.value:
        return "zero_fee"
    return "annual"


def _apr_pct(raw: Any) -> Decimal | None:
    value = optional_money(raw)
    return None if value is None else value * _HUNDRED


def scenario_columns(
    figures: Mapping[str, Any], inputs: DealInput, language: str, bilingual: bool
) -> tuple[ScenarioColumn, ...]:
    """Cash, then each loan, as the comparison sheet prints them."""
    columns = []
    total = _m(figures.get("on_the_road_total"))
    scenarios = [sc for sc in figures.get("scenarios") or [] if isinstance(sc, Mapping)]
    for i, sc in enumerate(scenarios):
        if sc.get("is_cash"):
            columns.append(
                ScenarioColumn(
                    name=deal_term("scenario", "cash", language, bilingual),
                    kind="cash",
                    price=total,
                    down_payment=_m(sc.get("down_payment")),
                    total_cost=_m(sc.get("total_cost")),
                )
            )
            continue
        offer = inputs.loans[i - 1] if i - 1 < len(inputs.loans) else None
        method = offer.method.value if offer else RepaymentMethod.EQUAL_INSTALMENT.value
        columns.append(
            ScenarioColumn(
                name=loan_name(str(sc.get("label", "")), i, language, bilingual),
                kind="loan",
                lender=str(sc.get("label", "")),
                price=total,
                down_payment=_m(sc.get("down_payment")),
                financed_amount=_m(sc.get("financed_amount")),
                term_months=int(sc.get("months") or 0) or None,
                rate_type=rate_type(method),
                nominal_rate=offer.annual_rate_pct if offer else None,
                monthly_payment=_m(sc.get("monthly_payment")),
                balloon=_m(sc.get("balloon")) or None,
                total_interest=_m(sc.get("total_interest")),
                fees=_m(sc.get("total_fees")),
                apr=_apr_pct(sc.get("apr")),
                total_cost=_m(sc.get("total_cost")),
            )
        )
    return tuple(columns)


def finance_summary(
    figures: Mapping[str, Any], inputs: DealInput, language: str, bilingual: bool
) -> FinanceSummary | None:
    """The chosen loan for the quotation's finance box (None for a cash deal)."""
    plan = inputs.selected_plan
    scenarios = [sc for sc in figures.get("scenarios") or [] if isinstance(sc, Mapping)]
    if not plan or plan >= len(scenarios) or plan > len(inputs.loans):
        return None
    sc, offer = scenarios[plan], inputs.loans[plan - 1]
    return FinanceSummary(
        lender=loan_name(offer.label, plan, language, bilingual),
        down_payment=_m(sc.get("down_payment")),
        financed_amount=_m(sc.get("financed_amount")),
        term_months=offer.months,
        monthly_payment=_m(sc.get("monthly_payment")),
        rate_type=rate_type(offer.method.value),
        nominal_rate=offer.annual_rate_pct,
        apr=_apr_pct(sc.get("apr")),
        fees=_m(sc.get("total_fees")),
        balloon=_m(sc.get("balloon")) or None,
        total_cost=_m(sc.get("total_cost")),
    )


def price_lines(inputs: DealInput) -> dict[str, tuple[PriceLine, ...]]:
    return {
        "accessories": tuple(
            PriceLine(i.name, i.price) for i in (*inputs.accessories, *inputs.warranty_products)
        ),
        "government_fees": tuple(PriceLine(f.name, f.amount) for f in inputs.government_fees),
        "insurance": tuple(
            PriceLine(i.name, i.premium, optional=not i.compulsory) for i in inputs.insurance
        ),
        "service_fees": tuple(
            PriceLine(f.name, f.amount, optional=f.optional) for f in inputs.service_fees
        ),
        "subsidies": tuple(PriceLine(x.name, x.amount) for x in inputs.subsidies),
    }


def trade_in_lines(inputs: DealInput, language: str, bilingual: bool) -> tuple[PriceLine, ...]:
    trade = inputs.trade_in
    if trade is None or not trade.allowance:
        return ()
    name = trade.description.strip() or word("trade_in", language, bilingual)
    return (PriceLine(name, trade.allowance),)


def snapshot_lines(items: Any, *, optional: bool = False) -> tuple[PriceLine, ...]:
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, Mapping):
            out.append(
                PriceLine(
                    str(item.get("name", "")),
                    _m(item.get("amount")),
                    optional=bool(item.get("optional")) if optional else False,
                )
            )
    return tuple(out)


def contract_template(
    stored: Mapping[str, Any], region: str, version: int, roc: bool, language: str
) -> ContractTemplate:
    """The stored template version in the document language."""
    local = template_language(stored, language)
    label = str(stored.get("label") or region)
    return ContractTemplate(
        name=str(local.get("name") or ""),
        version=f"{label} · v{version}",
        region=region,
        language=language,
        title=str(local.get("title") or ""),
        clauses=tuple(ContractClause(h, t) for h, t in template_clauses(stored, language)),
        roc_dates=roc,
        review_days=int(stored.get("review_days") or 0),
    )


def contract_party(buyer: Mapping[str, Any], id_number: str) -> ContractParty:
    return ContractParty(
        name=str(buyer.get("name", "")),
        id_type="" if buyer.get("company") else str(buyer.get("id_type", "")),
        id_number=id_number,
        address=str(buyer.get("address", "")),
        phone=str(buyer.get("phone", "")),
        email=str(buyer.get("email", "")),
        company=bool(buyer.get("company")),
        representative=str(buyer.get("representative", "")),
    )


def day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


__all__ = [
    "TAX_NAMES",
    "WORDS",
    "contract_party",
    "contract_template",
    "day",
    "finance_summary",
    "loan_name",
    "price_lines",
    "rate_type",
    "scenario_columns",
    "snapshot_lines",
    "snapshot_vehicle",
    "tax_lines",
    "tax_name",
    "trade_in_lines",
    "vehicle_info",
    "word",
]
