"""交車確認單 — the delivery confirmation the customer signs at handover (DOMAIN.md §4.8,
§6.6).

The car as handed over (VIN, plate, odometer, keys), the PDI result with its technician's
sign-off, the handover checklists — documents (the region's list), functions explained,
tools and loose items — installed accessories, any open point with its agreed fix and date,
the service advisor and the first maintenance, then the customer's two statements and the
signatures. Checklist items print as a mark and a name (✓ done, — not applicable with its
reason, □ not done: a box to tick by hand), three to a row inside one frame, so a list of
any length never leaves an empty cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from showroom_app.documents.common import (
    GRID,
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
    DealFormat,
    DealGrid,
    VehicleInfo,
    label_paras,
    notes,
)
from showroom_app.documents.forms import headed_table, signature_boxes
from showroom_app.documents.labels_deal import DEAL_COMMON, resolve, stacked
from showroom_app.documents.labels_delivery import DELIVERY_LABELS

_MARKS = {"done": "✓", "not_applicable": "—", "pending": "□"}
_PER_ROW = 3


@dataclass(frozen=True)
class CheckItem:
    name: str
    status: str = "done"  # done / not_applicable / pending
    note: str = ""  # the reason when not applicable, or a remark
    quantity: int | None = None  # tools and loose items


@dataclass(frozen=True)
class PdiResult:
    reference: str = ""
    inspected_on: date | None = None
    technician: str = ""
    quality_check_by: str = ""
    signed_off: bool = False
    groups: tuple[CheckItem, ...] = ()  # one per PDI group (exterior, interior, road test…)


@dataclass(frozen=True)
class OpenPoint:
    """A defect found at handover, with what was agreed to fix it and by when."""

    description: str
    agreed_fix: str = ""
    due: date | None = None


@dataclass(frozen=True)
class DeliveryConfirmationData:
    letterhead: Letterhead
    delivery_no: str
    contract_no: str
    delivered_at: datetime | None
    customer_name: str
    salutation: str = ""
    customer_phone: str = ""
    vehicle: VehicleInfo = field(default_factory=VehicleInfo)
    odometer_km: int | None = None
    keys_count: int | None = None
    pdi: PdiResult = field(default_factory=PdiResult)
    documents: tuple[CheckItem, ...] = ()  # per region (labels_delivery.default_handover_lists)
    functions: tuple[CheckItem, ...] = ()
    tools: tuple[CheckItem, ...] = ()
    accessories: tuple[str, ...] = ()  # installed
    open_points: tuple[OpenPoint, ...] = ()
    salesperson: str = ""
    service_advisor: str = ""
    service_advisor_phone: str = ""
    first_service_date: date | None = None
    first_service_km: int | None = None
    remarks: str = ""


def labels(options: DocumentOptions) -> dict[str, str]:
    return resolve({**DEAL_COMMON, **DELIVERY_LABELS}, options.language, options.bilingual)


def _item_text(item: CheckItem, f: DealFormat) -> str:
    text = f"{_MARKS.get(item.status, '□')} {item.name}"
    if item.quantity is not None:
        text += f" ×{item.quantity}"
    note = item.note
    if item.status == "not_applicable":
        reason = f.term("check_status", "not_applicable")
        sep = ": " if f.lang == "en" else "："
        note = f"{reason}{sep}{note}" if note else reason
    return f.paren(text, note)


def checklist(title: str | None, items: tuple[CheckItem, ...], f: DealFormat) -> Table:
    """Items three to a row inside one frame; a trailing part row is simply empty space."""
    s, per_row = f.styles, _PER_ROW
    cells = [para(_item_text(item, f), s.cell) for item in items]
    cells += [para("", s.cell)] * (-len(cells) % per_row)
    rows: list[list[Any]] = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("BOX", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
    ]
    heading = para(title, s.heading) if title else None
    return headed_table(heading, rows, [f.width / per_row] * per_row, style)


def _head(data: DeliveryConfirmationData, f: DealFormat) -> list[Any]:
    t, s, v = f.t, f.styles, data.vehicle
    head = DealGrid(s, f.width)
    head.pair(t["delivery_no"], data.delivery_no, t["contract_no"], data.contract_no)
    head.pair(t["delivered_at"], f.when(data.delivered_at), t["salesperson"], data.salesperson)
    grid = DealGrid(s, f.width, heading=t["customer"])
    grid.pair(
        t["customer_name"],
        person_name(data.customer_name, data.salutation, f.lang),
        t["phone"],
        data.customer_phone,
    )
    grid.wide(t["brand_model"], v.name())
    grid.pair(t["colour"], v.colour, t["plate"], v.plate)
    grid.pair(t["vin"], v.vin, t["engine_no"], v.engine_no)
    grid.pair(
        t["odometer"],
        f.count("km_n", data.odometer_km),
        t["keys"],
        f.count("keys_n", data.keys_count),
    )
    return [*head.kept(), *grid.kept()]


def _pdi(data: DeliveryConfirmationData, f: DealFormat) -> list[Any]:
    t, pdi = f.t, data.pdi
    grid = DealGrid(f.styles, f.width, heading=t["pdi"])
    grid.pair(t["pdi_ref"], pdi.reference, t["pdi_date"], f.date(pdi.inspected_on))
    grid.pair(t["technician"], pdi.technician, t["quality_check"], pdi.quality_check_by)
    open_items = sum(1 for g in pdi.groups if g.status == "pending")
    if open_items:
        result = t["result_open"].format(n=open_items)
    elif pdi.signed_off:
        result = t["result_passed"]
    else:
        result = t["result_unsigned"]
    grid.wide(t["pdi_result"], result)
    out: list[Any] = grid.kept()
    if pdi.groups:
        out.append(checklist(None, pdi.groups, f))
    return out


def _open_points(data: DeliveryConfirmationData, f: DealFormat) -> Table:
    t, s = f.t, f.styles
    rows: list[list[Any]] = [
        [label_paras(t[k], s.head_cell) for k in ("col_defect", "col_fix", "col_due")]
    ]
    for p in data.open_points:
        rows.append(
            [para(p.description, s.cell), para(p.agreed_fix, s.cell), para(f.date(p.due), s.cell)]
        )
    style = [*base_table_style(s.font), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    widths = [f.width * 0.45, f.width * 0.37, f.width * 0.18]
    return headed_table(para(t["defects"], s.heading), rows, widths, style, header_rows=1)


def _after_sales(data: DeliveryConfirmationData, f: DealFormat) -> list[Any]:
    t = f.t
    grid = DealGrid(f.styles, f.width, heading=t["after_sales"])
    grid.pair(
        t["service_advisor"], data.service_advisor, t["advisor_phone"], data.service_advisor_phone
    )
    when = f.date(data.first_service_date)
    if when and data.first_service_km:
        first = t["first_service_both"].format(date=when, km=f"{data.first_service_km:,}")
    else:
        first = when or f.count("km_n", data.first_service_km)
    grid.wide(t["first_service"], first)
    if data.remarks:
        grid.wide(t["remarks"], data.remarks)
    return grid.kept()


def render_delivery_confirmation(data: DeliveryConfirmationData, options: DocumentOptions) -> bytes:
    """The confirmation as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options)
    reference = t["reference"].format(no=data.delivery_no) if data.delivery_no else ""
    furniture = PageFurniture(data.letterhead, options, styles, stacked(t["title"]), reference)
    f = DealFormat(options, styles, furniture.width, t, region=data.letterhead.region)
    story: list[Any] = [para(t["title"], styles.title), *_head(data, f), *_pdi(data, f)]
    for key, items in (
        ("documents", data.documents),
        ("functions", data.functions),
        ("tools", data.tools),
    ):
        if items:
            story.append(checklist(t[key], items, f))
    if data.accessories:
        story.append(checklist(t["accessories"], tuple(CheckItem(a) for a in data.accessories), f))
    if data.open_points:
        story.append(_open_points(data, f))
    story += _after_sales(data, f)
    story += [
        Spacer(1, 1.5 * mm),
        *notes([t["note_legend"]], styles),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                para(t["note_received"], styles.value),
                para(t["note_explained"], styles.value),
                Spacer(1, 2 * mm),
                signature_boxes(
                    [
                        (t["sign_customer"], (t["sign_date"],)),
                        (t["sign_salesperson"], (t["sign_date"],)),
                        (t["sign_technician"], (t["sign_date"],)),
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


__all__ = [
    "CheckItem",
    "DeliveryConfirmationData",
    "OpenPoint",
    "PdiResult",
    "checklist",
    "labels",
    "render_delivery_confirmation",
]
