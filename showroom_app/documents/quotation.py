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

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from showroom_app.documents.common import (
    DocumentOptions,
    Letterhead,
    PageFurniture,
    base_table_style,
    build_pdf,
    make_styles,
    para,
    person_name,
)
from showroom_app.documents.deal_common import (
    DASH,
    AmountTable,
    CellGrid,
    DealFormat,
    PriceLine,
    VehicleInfo,
    notes,
    percent,
)
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
    salesperson = "　".join(p for p in (data.salesperson, data.salesperson_phone) if p)
    head = CellGrid(s, f.width, 4)
    head.row(
        (t["quote_no"], data.quote_no),
        (t["date"], f.date(data.quote_date)),
        (t["valid_until"], f.date(data.valid_until)),
        (t["salesperson"], salesperson),
    )
    grid = CellGrid(s, f.width, 4, heading=t["customer_vehicle"])
    grid.row(
        (t["customer_name"], person_name(data.customer_name, data.salutation, f.lang)),
        (t["phone"], data.customer_phone),
        (t["vehicle"], v.name(), 2),
    )
    grid.row(
        (t["model_year"], v.model_year),
        (t["powertrain"], f.term("powertrain", v.powertrain)),
        (t["colour"], v.colour),
        (t["colour_int"], v.colour_int),
    )
    return [KeepTogether([head.done(), grid.done()])]


def _prices(data: QuotationData, f: DealFormat, closing: list[Flowable]) -> Table:
    """The price lines; ``closing`` (finance box, notes, signatures) ends the table, kept
    on one page with the last lines and the total."""
    t = f.t
    table = AmountTable(f, t["prices"], compact=True)
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
    table.close(closing)
    return table.done()


def _finance(fin: FinanceSummary, f: DealFormat) -> Table:
    t = f.t
    grid = CellGrid(f.styles, f.width, 5, heading=t["finance"])
    rate = percent(fin.nominal_rate)
    if fin.nominal_rate is not None and fin.rate_type:
        rate = f.paren(rate, f.term("rate_type", fin.rate_type))
    grid.row(
        (t["lender"], fin.lender, 2),
        (t["down_payment"], f.money(fin.down_payment)),
        (t["financed"], f.money(fin.financed_amount)),
        (t["term"], f.count("months_n", fin.term_months) or DASH),
    )
    grid.row(
        (t["monthly"], f.money(fin.monthly_payment)),
        (t["rate"], rate),
        (t["apr"], percent(fin.apr)),
        (t["fees"], f.money(fin.fees)),
        (t["total_cost"], f.money(fin.total_cost)),
    )
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


def _notes_block(texts: list[str], f: DealFormat) -> Table:
    """The footnotes in small type, in two columns side by side (the first half on the
    left), so five bilingual notes take the height of three."""
    paras = notes(texts, f.styles, size=6.5)
    half = (len(paras) + 1) // 2
    table = Table([[paras[:half], paras[half:]]], colWidths=[f.width / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), f.styles.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 2 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _signatures(f: DealFormat) -> Table:
    """Salesperson and customer side by side: caption, 8 mm to sign in, "Date:"."""
    t, s = f.t, f.styles
    boxes = [
        [para(t[key], s.label), Spacer(1, 8 * mm), para(t["sign_date"], s.label)]
        for key in ("sign_salesperson", "sign_customer")
    ]
    table = Table([boxes], colWidths=[f.width / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *base_table_style(s.font),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0 * mm),
            ]
        )
    )
    return table


def render_quotation(data: QuotationData, options: DocumentOptions) -> bytes:
    """The quotation as PDF bytes (same data and options: same bytes).

    A typical deal fits one sheet, A4 or Letter, bilingual too: compact grids, thin group
    rows, notes in two columns. A longer one runs on, and the finance box, the notes and
    the signatures always come with the last price lines and the total.
    """
    styles = make_styles()
    t = labels(options)
    reference = t["reference"].format(no=data.quote_no) if data.quote_no else ""
    furniture = PageFurniture(data.letterhead, options, styles, stacked(t["title"]), reference)
    f = DealFormat(options, styles, furniture.width, t, data.currency, data.letterhead.region)
    closing: list[Flowable] = []
    if data.finance is not None:
        closing += [Spacer(1, 2.2 * mm), _finance(data.finance, f)]
    closing += [
        Spacer(1, 2 * mm),
        _notes_block(_notes(data, f), f),
        Spacer(1, 2 * mm),
        _signatures(f),
    ]
    title = ParagraphStyle("quote_title", parent=styles.title, fontSize=15, leading=19)
    story: list[Any] = [
        para(t["title"], title),
        *_header(data, f),
        _prices(data, f, closing),
    ]
    return build_pdf(
        story, options=options, furniture=furniture, title=t["title"], author=data.letterhead.name
    )


__all__ = ["FinanceSummary", "QuotationData", "labels", "render_quotation"]
