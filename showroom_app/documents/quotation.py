"""報價單 — the itemised quotation (DOMAIN.md §4.6, §6.1, §7.5–7.7).

Line by line as the regulation wants it posted (明碼標價): the vehicle price with its
discount, each accessory, each government tax and fee by name, insurance, each service fee
flagged optional, trade-in and subsidies as credits, then the on-the-road total (落地價)
and, for a loan, the finance box with the APR beside the nominal rate. Every amount is
printed as the deal stored it, with its currency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from showroom_app.documents.common import (
    DocumentOptions,
    Letterhead,
    PageFurniture,
    build_pdf,
    make_styles,
    para,
    person_name,
)
from showroom_app.documents.deal_common import (
    DASH,
    AmountTable,
    DealFormat,
    DealGrid,
    PriceLine,
    VehicleInfo,
    notes,
    percent,
)
from showroom_app.documents.forms import signature_boxes
from showroom_app.documents.labels_deal import DEAL_COMMON, QUOTATION_LABELS, resolve, stacked
from showroom_app.domain.enums import Currency


@dataclass(frozen=True)
class FinanceSummary:
    """The loan offered with the quote; rates in percent (``Decimal("4.00")`` = 4 %)."""

    lender: str = ""  # lender and product, one line
    down_payment: Decimal | None = None
    financed_amount: Decimal | None = None
    term_months: int | None = None
    monthly_payment: Decimal | None = None
    rate_type: str = "annual"  # annual / flat / zero_fee
    nominal_rate: Decimal | None = None
    apr: Decimal | None = None
    fees: Decimal | None = None
    balloon: Decimal | None = None
    total_cost: Decimal | None = None  # on-the-road total + interest + fees


@dataclass(frozen=True)
class QuotationData:
    """Everything printed on the quotation. Credits (discount, trade-in, subsidies) are
    positive amounts; they print as deductions."""

    letterhead: Letterhead
    quote_no: str
    quote_date: date | None
    valid_until: date | None
    customer_name: str
    salutation: str = ""  # mr / ms / mrs
    customer_phone: str = ""
    salesperson: str = ""
    salesperson_phone: str = ""
    currency: Currency = Currency.TWD
    vehicle: VehicleInfo = field(default_factory=VehicleInfo)
    msrp: Decimal | None = None
    discount: Decimal = Decimal(0)
    vehicle_price: Decimal = Decimal(0)  # the transaction price
    accessories: tuple[PriceLine, ...] = ()
    taxes_fees: tuple[PriceLine, ...] = ()  # named: 購置稅, 牌照稅 (prorated), FRT…
    insurance: tuple[PriceLine, ...] = ()
    service_fees: tuple[PriceLine, ...] = ()
    trade_in: tuple[PriceLine, ...] = ()  # credit, e.g. "2019 Corolla 1.8 (appraised)"
    subsidies: tuple[PriceLine, ...] = ()
    on_the_road_total: Decimal = Decimal(0)
    finance: FinanceSummary | None = None
    rules_date: date | None = None  # the date whose tax rules were applied
    notes: tuple[str, ...] = ()


def labels(options: DocumentOptions) -> dict[str, str]:
    return resolve({**DEAL_COMMON, **QUOTATION_LABELS}, options.language, options.bilingual)


def _header(data: QuotationData, f: DealFormat) -> list[Any]:
    t, s, v = f.t, f.styles, data.vehicle
    head = DealGrid(s, f.width)
    head.pair(t["quote_no"], data.quote_no, t["date"], f.date(data.quote_date))
    salesperson = "　".join(p for p in (data.salesperson, data.salesperson_phone) if p)
    head.pair(t["valid_until"], f.date(data.valid_until), t["salesperson"], salesperson)
    grid = DealGrid(s, f.width, heading=t["customer_vehicle"])
    grid.pair(
        t["customer_name"],
        person_name(data.customer_name, data.salutation, f.lang),
        t["phone"],
        data.customer_phone,
    )
    grid.wide(t["vehicle"], v.name())
    grid.pair(t["model_year"], v.model_year, t["powertrain"], f.term("powertrain", v.powertrain))
    grid.pair(t["colour"], v.colour, t["colour_int"], v.colour_int)
    return [*head.kept(), *grid.kept()]


def _prices(data: QuotationData, f: DealFormat) -> Table:
    t = f.t
    table = AmountTable(f, t["prices"])
    table.group(t["grp_vehicle"])
    if data.msrp is not None:
        table.line(t["msrp"], f.money(data.msrp))
    if data.discount:
        table.line(t["discount"], f.credit(data.discount))
    table.line(t["vehicle_price"], f.money(data.vehicle_price))
    sections: list[tuple[str, tuple[PriceLine, ...], bool]] = [
        ("grp_accessories", data.accessories, False),
        ("grp_taxes", data.taxes_fees, False),
        ("grp_insurance", data.insurance, False),
        ("grp_services", data.service_fees, False),
        ("grp_trade_in", data.trade_in, True),
        ("grp_subsidies", data.subsidies, True),
    ]
    for key, lines, credit in sections:
        if lines:
            table.group(t[key])
            table.price_lines(lines, credit=credit)
    table.total(t["total"], data.on_the_road_total)
    return table.done()


def _finance(fin: FinanceSummary, f: DealFormat) -> list[Table]:
    t = f.t
    grid = DealGrid(f.styles, f.width, heading=t["finance"])
    grid.wide(t["lender"], fin.lender)
    grid.pair(
        t["down_payment"], f.money(fin.down_payment), t["financed"], f.money(fin.financed_amount)
    )
    term = f.count("months_n", fin.term_months) or DASH
    grid.pair(t["term"], term, t["monthly"], f.money(fin.monthly_payment))
    rate = percent(fin.nominal_rate)
    if fin.nominal_rate is not None and fin.rate_type:
        rate = f.paren(rate, f.term("rate_type", fin.rate_type))
    grid.pair(t["rate"], rate, t["apr"], percent(fin.apr))
    grid.pair(t["fees"], f.money(fin.fees), t["total_cost"], f.money(fin.total_cost))
    return grid.done()


def _notes(data: QuotationData, f: DealFormat) -> list[str]:
    t = f.t
    texts = []
    if data.valid_until:
        texts.append(t["note_validity"].format(date=f.date(data.valid_until)))
    if data.rules_date:
        texts.append(t["note_rules"].format(date=f.date(data.rules_date)))
    if data.insurance:
        texts.append(t["note_insurance"])
    if f.region == "CN" or any(line.optional for line in data.service_fees + data.accessories):
        texts.append(t["note_optional"])
    if data.finance is not None and data.finance.total_cost is not None:
        texts.append(t["note_total_cost"])
    return [*texts, *data.notes]


def render_quotation(data: QuotationData, options: DocumentOptions) -> bytes:
    """The quotation as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options)
    reference = t["reference"].format(no=data.quote_no) if data.quote_no else ""
    furniture = PageFurniture(data.letterhead, options, styles, stacked(t["title"]), reference)
    f = DealFormat(options, styles, furniture.width, t, data.currency, data.letterhead.region)
    story: list[Any] = [para(t["title"], styles.title), *_header(data, f), _prices(data, f)]
    if data.finance is not None:
        story.append(KeepTogether(_finance(data.finance, f)))
    signatures = signature_boxes(
        [
            (t["sign_salesperson"], (t["sign_date"],)),
            (t["sign_customer"], (t["sign_date"],)),
        ],
        styles,
        f.width,
    )
    story.append(
        KeepTogether(
            [Spacer(1, 2 * mm), *notes(_notes(data, f), styles), Spacer(1, 3 * mm), signatures]
        )
    )
    return build_pdf(
        story, options=options, furniture=furniture, title=t["title"], author=data.letterhead.name
    )


__all__ = ["FinanceSummary", "QuotationData", "labels", "render_quotation"]
