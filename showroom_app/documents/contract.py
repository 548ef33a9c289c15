"""汽車買賣契約 / 汽车买卖合同 / sales agreement — the vehicle purchase contract (DOMAIN.md
§4.6, §6.3, §6.5).

The fields of the deal come first (parties, the vehicle, the price with the total in figures
and in capital numerals, payment with the deposit and its legal meaning, delivery), then the
dealership's clauses exactly as the template the contract was signed with says them — the
caller passes that :class:`ContractTemplate` (name, version, clauses), so a reprint shows
the same text years later — then both parties' signatures. A TW template asks for the
review-period statement (審閱期 ≥ 3 days) and can ask for 民國 dates. Every page says
"page x / y" and, when there is more than one, has a line for both parties' initials.

The buyer's ID number prints as given: the caller decides whether it is full or masked.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from showroom_app.documents.common import (
    INK_SOFT,
    MARGIN_BOTTOM,
    MARGIN_X,
    DocumentOptions,
    Letterhead,
    PageFurniture,
    build_pdf,
    make_styles,
    para,
)
from showroom_app.documents.deal_common import (
    AmountTable,
    DealFormat,
    DealGrid,
    PriceLine,
    VehicleInfo,
    notes,
    vehicle_power,
)
from showroom_app.documents.forms import headed_table, signature_boxes
from showroom_app.documents.labels_contract import CONTRACT_LABELS, chinese_number
from showroom_app.documents.labels_deal import (
    BILINGUAL_SEP,
    DEAL_COMMON,
    deposit_meaning,
    deposit_name,
    resolve,
    stacked,
)
from showroom_app.domain.enums import Currency

_BLANK = "＿＿＿＿＿"  # a clause placeholder with no value: filled in by hand
_INITIALS_ROOM: float = 7 * mm


@dataclass(frozen=True)
class ContractClause:
    heading: str
    text: str  # may use {max_odometer_km}, {delivery_date}, {delivery_place}, {seller}, {buyer}


@dataclass(frozen=True)
class ContractTemplate:
    """The dealership's clause set as versioned data; the contract stores which one it used.

    ``review_days`` > 0 prints the review-period statement (TW: 3). ``roc_dates`` prints
    民國 dates on a zh_TW contract whatever the print options say.
    """

    name: str
    version: str
    region: str  # CN / TW / HK
    language: str  # the language the clauses are written in
    clauses: tuple[ContractClause, ...]
    title: str = ""  # printed title; empty: the usual title for the region
    roc_dates: bool = False
    review_days: int = 0


@dataclass(frozen=True)
class ContractParty:
    name: str
    id_type: str = ""  # code (national_id / passport / residence_permit / other) or text
    id_number: str = ""  # printed as given: full or masked, as the caller decided
    address: str = ""
    phone: str = ""
    email: str = ""
    company: bool = False  # then id_number is the company number (統一編號 / 信用代码)
    representative: str = ""


@dataclass(frozen=True)
class ContractData:
    """Everything printed on the contract. Credits (discount, trade-in) are positive."""

    letterhead: Letterhead
    template: ContractTemplate
    contract_no: str
    sign_date: date | None
    buyer: ContractParty
    sign_place: str = ""
    seller_representative: str = ""
    registrant: str = ""  # if the registered owner is not the buyer
    currency: Currency = Currency.TWD
    vehicle: VehicleInfo = field(default_factory=VehicleInfo)
    msrp: Decimal | None = None
    discount: Decimal = Decimal(0)
    vehicle_price: Decimal = Decimal(0)
    accessories: tuple[PriceLine, ...] = ()
    fees: tuple[PriceLine, ...] = ()  # agency / service fees, flagged optional
    trade_in: tuple[PriceLine, ...] = ()
    total_price: Decimal = Decimal(0)
    deposit_amount: Decimal | None = None
    deposit_kind: str = "deposit"  # earnest (定金) / deposit (訂金)
    payment_method: str = "full"  # full / loan / instalment / lease
    down_payment: Decimal | None = None
    loan_amount: Decimal | None = None
    lender: str = ""
    balance_due_date: date | None = None
    delivery_date: date | None = None
    delivery_place: str = ""
    delivery_method: str = ""  # dealer_pickup / home_delivery
    max_odometer_km: int | None = None
    special_terms: str = ""
    review_given_date: date | None = None  # TW: the day the buyer took it home


def labels(options: DocumentOptions) -> dict[str, str]:
    return resolve({**DEAL_COMMON, **CONTRACT_LABELS}, options.language, options.bilingual)


def contract_title(template: ContractTemplate, options: DocumentOptions) -> str:
    t = labels(dataclasses.replace(options, bilingual=False))
    title = template.title or (t["title_hk"] if template.region == "HK" else t["title"])
    if options.bilingual and options.language != "en":
        english = resolve(CONTRACT_LABELS, "en")
        title += BILINGUAL_SEP + (
            english["title_hk"] if template.region == "HK" else english["title"]
        )
    return title


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill_clause(text: str, values: dict[str, str]) -> str:
    """Put the deal's values into a clause; a known name without a value becomes a blank to
    fill in by hand, and any other ``{…}`` is left exactly as written."""

    def sub(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            return match.group(0)
        return values[key] or _BLANK

    return _PLACEHOLDER.sub(sub, text)


class _ContractFurniture(PageFurniture):
    """Adds the initials line above the footer when the contract runs to several pages."""

    initials = ""

    @property
    def bottom_margin(self) -> float:
        return MARGIN_BOTTOM + _INITIALS_ROOM

    def draw(self, canvas: Any, page: int, total: int) -> None:
        super().draw(canvas, page, total)
        if total < 2:
            return
        canvas.saveState()
        canvas.setFont(self.styles.font, 8.5)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(self.page_width - MARGIN_X, MARGIN_BOTTOM - 1.5 * mm, self.initials)
        canvas.restoreState()


def _head(data: ContractData, f: DealFormat) -> list[Any]:
    t, s = f.t, f.styles
    tpl = data.template
    small = ParagraphStyle("contract_template", parent=s.small, textColor=INK_SOFT)
    out: list[Any] = [
        para(t["template"].format(name=tpl.name, version=tpl.version), small),
    ]
    head = DealGrid(s, f.width)
    head.pair(t["contract_no"], data.contract_no, t["date_signed"], f.date(data.sign_date))
    if data.sign_place:
        head.wide(t["sign_place"], data.sign_place)
    out += head.kept()
    if tpl.review_days > 0:
        review = DealGrid(s, f.width, heading=t["review"])
        review.pair(
            t["review_given"],
            f.date(data.review_given_date),
            t["review_signed"],
            f.date(data.sign_date),
        )
        days = ""
        if data.review_given_date and data.sign_date:
            days = t["review_days_n"].format(n=(data.sign_date - data.review_given_date).days)
        review.pair(t["review_days"], days, t["review_confirm"], "")
        note = notes([t["note_review"].format(days=tpl.review_days)], s)
        out.append(KeepTogether([*review.done(), *note]))
    return out


def _parties(data: ContractData, f: DealFormat) -> list[Any]:
    t, s, lh = f.t, f.styles, data.letterhead
    seller = DealGrid(s, f.width, heading=t["seller"])
    seller.wide(t["name"], lh.name)
    seller.pair(f.tax_id_label(), lh.tax_id, t["representative"], data.seller_representative)
    seller.pair(t["phone"], lh.phone, t["address"], lh.address)
    b = data.buyer
    buyer = DealGrid(s, f.width, heading=t["buyer"])
    buyer.wide(t["name"], b.name)
    if b.company:
        buyer.pair(f.tax_id_label(), b.id_number, t["representative"], b.representative)
    else:
        buyer.pair(t["id_type"], f.term("id_type", b.id_type), t["id_number"], b.id_number)
    buyer.pair(t["phone"], b.phone, t["email"], b.email)
    buyer.wide(t["address"], b.address)
    if data.registrant:
        buyer.wide(t["registrant"], data.registrant)
    return [*seller.kept(), *buyer.kept()]


def _vehicle(data: ContractData, f: DealFormat) -> list[Any]:
    t, v = f.t, data.vehicle
    grid = DealGrid(f.styles, f.width, heading=t["vehicle"])
    grid.wide(t["brand_model"], " ".join(p for p in (v.brand, v.model) if p))
    grid.pair(t["trim"], v.trim, t["model_year"], v.model_year)
    grid.pair(
        t["powertrain"], f.term("powertrain", v.powertrain), t["displacement"], vehicle_power(v, f)
    )
    grid.pair(t["colour_1st"], v.colour, t["colour_2nd"], v.colour_2nd)
    grid.pair(t["colour_int"], v.colour_int, t["origin"], f.term("origin", v.origin))
    grid.pair(t["vin"], v.vin or t["vin_pending"], t["engine_no"], v.engine_no)
    return grid.kept()


def _price(data: ContractData, f: DealFormat) -> Table:
    t = f.t
    table = AmountTable(f, t["price"])
    table.group(t["grp_vehicle"])
    if data.msrp is not None:
        table.line(t["msrp"], f.money(data.msrp))
    if data.discount:
        table.line(t["discount"], f.credit(data.discount))
    table.line(t["vehicle_price"], f.money(data.vehicle_price))
    for key, lines, credit in (
        ("grp_accessories", data.accessories, False),
        ("grp_fees", data.fees, False),
        ("grp_trade_in", data.trade_in, True),
    ):
        if lines:
            table.group(t[key])
            table.price_lines(lines, credit=credit)
    table.total(t["total"], data.total_price)
    return table.done()


def _amount(f: DealFormat, amount: Decimal | None) -> str:
    words = f.in_words(amount)
    return f.money(amount) + (f"\n{words}" if words else "")


def _payment(data: ContractData, f: DealFormat) -> list[Any]:
    t, region = f.t, data.template.region
    grid = DealGrid(f.styles, f.width, heading=t["payment"])
    grid.pair(
        t["payment_method"],
        f.term("payment_method", data.payment_method),
        t["balance_due"],
        f.date(data.balance_due_date),
    )
    kind = deposit_name(region, data.deposit_kind, f.lang, f.bilingual)
    if data.deposit_amount is not None:
        grid.wide(kind, _amount(f, data.deposit_amount))
    if data.down_payment is not None:
        grid.wide(t["down_payment"], _amount(f, data.down_payment))
    if data.loan_amount is not None:
        grid.wide(t["loan_amount"], _amount(f, data.loan_amount))
    if data.lender:
        grid.wide(t["lender"], data.lender)
    texts = [t["note_pay_company"]]
    if data.deposit_amount is not None:
        texts.insert(0, deposit_meaning(region, data.deposit_kind, f.lang, f.bilingual))
    return [KeepTogether([*grid.done(), Spacer(1, 1 * mm), *notes(texts, f.styles)])]


def _delivery(data: ContractData, f: DealFormat) -> list[Any]:
    t = f.t
    grid = DealGrid(f.styles, f.width, heading=t["delivery"])
    grid.pair(
        t["delivery_date"], f.date(data.delivery_date), t["delivery_place"], data.delivery_place
    )
    grid.pair(
        t["delivery_method"],
        f.term("delivery_method", data.delivery_method),
        t["max_odometer"],
        f.count("km_n", data.max_odometer_km),
    )
    if data.special_terms:
        grid.wide(t["special_terms"], data.special_terms)
    return grid.kept()


def _clauses(data: ContractData, f: DealFormat) -> Table:
    t, s = f.t, f.styles
    values = {
        "max_odometer_km": "" if data.max_odometer_km is None else f"{data.max_odometer_km:,}",
        "delivery_date": f.date(data.delivery_date),
        "delivery_place": data.delivery_place,
        "seller": data.letterhead.name,
        "buyer": data.buyer.name,
    }
    heading_style = ParagraphStyle("clause_heading", parent=s.value, spaceAfter=0.6 * mm)
    body_style = ParagraphStyle("clause_body", parent=s.cell, fontSize=8.8, leading=12.2)
    rows: list[list[Any]] = []
    gap = " " if f.lang == "en" else "　"
    for n, clause in enumerate(data.template.clauses, start=1):
        number = t["clause_no"].format(n=str(n) if f.lang == "en" else chinese_number(n))
        rows.append(
            [
                [
                    para(f"{number}{gap}{clause.heading}", heading_style),
                    para(fill_clause(clause.text, values), body_style),
                ]
            ]
        )
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ]
    return headed_table(para(t["clauses"], s.heading), rows, [f.width], style)


def render_contract(data: ContractData, options: DocumentOptions) -> bytes:
    """The contract as PDF bytes (same data and options: same bytes)."""
    if data.template.roc_dates:
        options = dataclasses.replace(options, roc_dates=True)
    styles = make_styles()
    t = labels(options)
    title = contract_title(data.template, options)
    reference = t["reference"].format(no=data.contract_no) if data.contract_no else ""
    furniture = _ContractFurniture(data.letterhead, options, styles, stacked(title), reference)
    colon, gap = (": ", "   ") if options.language == "en" else ("：", "　")
    furniture.initials = gap.join(
        [
            t["initials"],
            f"{t['initials_buyer']}{colon}{_BLANK}",
            f"{t['initials_seller']}{colon}{_BLANK}",
        ]
    )
    f = DealFormat(options, styles, furniture.width, t, data.currency, data.template.region)
    story: list[Any] = [
        para(title, styles.title),
        *_head(data, f),
        *_parties(data, f),
        *_vehicle(data, f),
        _price(data, f),
        *_payment(data, f),
        *_delivery(data, f),
    ]
    if data.template.clauses:
        story.append(_clauses(data, f))
    story += [
        Spacer(1, 4 * mm),
        KeepTogether(
            signature_boxes(
                [
                    (t["sign_seller"], (t["sign_date"],)),
                    (t["sign_buyer"], (t["sign_date"],)),
                ],
                styles,
                f.width,
            )
        ),
    ]
    return build_pdf(
        story, options=options, furniture=furniture, title=title, author=data.letterhead.name
    )


__all__ = [
    "ContractClause",
    "ContractData",
    "ContractParty",
    "ContractTemplate",
    "contract_title",
    "fill_clause",
    "labels",
    "render_contract",
]
