"""配備確認單 — the order / specification confirmation (DOMAIN.md §4.6; the Beijing model
contract annexes such a configuration sheet).

What exactly was ordered — trim, colours in order of preference, every factory option and
dealer accessory with who fits it and its price — when it is expected, and the price summary
down to the balance still due, signed by the customer so the order can be placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from showroom_app.documents.common import (
    SHADE,
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
    AmountTable,
    DealFormat,
    DealGrid,
    VehicleInfo,
    label_paras,
    notes,
    vehicle_power,
)
from showroom_app.documents.forms import headed_table, signature_boxes
from showroom_app.documents.labels_deal import DEAL_COMMON, ORDER_LABELS, resolve, stacked
from showroom_app.domain.enums import Currency


@dataclass(frozen=True)
class OrderOption:
    name: str
    amount: Decimal
    installed_by: str = ""  # factory / dealer, or text


@dataclass(frozen=True)
class OrderConfirmationData:
    """Everything printed on the confirmation; the discount is a positive amount."""

    letterhead: Letterhead
    order_no: str
    order_date: date | None
    customer_name: str
    salutation: str = ""
    customer_phone: str = ""
    salesperson: str = ""
    contract_no: str = ""
    currency: Currency = Currency.TWD
    vehicle: VehicleInfo = field(default_factory=VehicleInfo)
    options: tuple[OrderOption, ...] = ()
    expected_delivery: date | None = None
    expected_delivery_note: str = ""  # e.g. "12 月中旬 / mid-December" when no exact date
    delivery_place: str = ""
    vehicle_price: Decimal = Decimal(0)
    options_total: Decimal | None = None
    discount: Decimal = Decimal(0)
    total_price: Decimal = Decimal(0)
    deposit_paid: Decimal | None = None
    balance_due: Decimal | None = None
    remarks: str = ""


def labels(options: DocumentOptions) -> dict[str, str]:
    return resolve({**DEAL_COMMON, **ORDER_LABELS}, options.language, options.bilingual)


def _head(data: OrderConfirmationData, f: DealFormat) -> list[Any]:
    t, s = f.t, f.styles
    head = DealGrid(s, f.width)
    head.pair(t["order_no"], data.order_no, t["date"], f.date(data.order_date))
    head.pair(t["contract_no"], data.contract_no, t["salesperson"], data.salesperson)
    head.pair(
        t["customer_name"],
        person_name(data.customer_name, data.salutation, f.lang),
        t["phone"],
        data.customer_phone,
    )
    when = f.date(data.expected_delivery)
    if data.expected_delivery_note:
        when = f"{when}　{data.expected_delivery_note}" if when else data.expected_delivery_note
    head.pair(t["expected_delivery"], when, t["delivery_place"], data.delivery_place)
    if data.remarks:
        head.wide(t["remarks"], data.remarks)
    v = data.vehicle
    spec = DealGrid(s, f.width, heading=t["vehicle"])
    spec.wide(t["brand_model"], " ".join(p for p in (v.brand, v.model) if p))
    spec.pair(t["trim"], v.trim, t["model_year"], v.model_year)
    power = vehicle_power(v, f)
    spec.pair(t["powertrain"], f.term("powertrain", v.powertrain), t["displacement"], power)
    spec.pair(t["colour_1st"], v.colour, t["colour_2nd"], v.colour_2nd)
    if v.vin:  # usually allocated later
        spec.pair(t["colour_int"], v.colour_int, t["vin"], v.vin)
    else:
        spec.wide(t["colour_int"], v.colour_int)
    return [*head.kept(), *spec.kept()]


def _options(data: OrderConfirmationData, f: DealFormat) -> Table:
    t, s = f.t, f.styles
    widths = [f.width * 0.56, f.width * 0.2, f.width * 0.24]
    rows: list[list[Any]] = [
        [
            label_paras(t["col_item"], s.head_cell),
            label_paras(t["col_installed"], s.head_cell),
            label_paras(t["col_amount"], s.head_cell_right),
        ]
    ]
    for option in data.options:
        rows.append(
            [
                para(option.name, s.cell),
                para(f.term("installed_by", option.installed_by), s.cell),
                para(f.money(option.amount), s.cell_right),
            ]
        )
    style = [*base_table_style(s.font), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if not data.options:
        rows.append([para(t["no_options"], s.cell), "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    return headed_table(para(t["options"], s.heading), rows, widths, style, header_rows=1)


def _price(data: OrderConfirmationData, f: DealFormat) -> Table:
    t = f.t
    table = AmountTable(f, t["price"])
    table.line(t["vehicle_price"], f.money(data.vehicle_price))
    if data.options_total is not None:
        table.line(t["options_total"], f.money(data.options_total))
    if data.discount:
        table.line(t["discount"], f.credit(data.discount))
    table.total(t["total"], data.total_price)
    if data.deposit_paid is not None:
        table.line(t["deposit_paid"], f.credit(data.deposit_paid))
    if data.balance_due is not None:
        table.line(t["balance"], f.money(data.balance_due))
    return table.done()


def render_order_confirmation(data: OrderConfirmationData, options: DocumentOptions) -> bytes:
    """The confirmation as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options)
    reference = t["reference"].format(no=data.order_no) if data.order_no else ""
    furniture = PageFurniture(data.letterhead, options, styles, stacked(t["title"]), reference)
    f = DealFormat(options, styles, furniture.width, t, data.currency, data.letterhead.region)
    story: list[Any] = [
        para(t["title"], styles.title),
        *_head(data, f),
        _options(data, f),
        _price(data, f),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                *notes([t["note_confirm"]], styles),
                Spacer(1, 2 * mm),
                signature_boxes(
                    [
                        (t["sign_customer"], (t["sign_date"],)),
                        (t["sign_salesperson"], (t["sign_date"],)),
                    ],
                    styles,
                    f.width,
                ),
            ]
        ),
    ]
    return build_pdf(
        story, options=options, furniture=furniture, title=t["title"], author=data.letterhead.name
    )


__all__ = ["OrderConfirmationData", "OrderOption", "labels", "render_order_confirmation"]
