"""訂金 / 定金收據 — the deposit receipt (DOMAIN.md §6.4, §6.5).

Issued by the company, never personally: the amount in figures and in capital numerals
(新臺幣壹萬元整 / 人民币壹万元整), what kind of money it is — 定金 (earnest money,
forfeit-or-double) or 訂金 — with one line of its legal meaning, how it was paid, what it
is for, the refund conditions, and room for the company seal and both signatures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.styles import ParagraphStyle
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
)
from showroom_app.documents.deal_common import DealFormat, DealGrid, notes
from showroom_app.documents.forms import headed_table, signature_boxes
from showroom_app.documents.labels_deal import (
    DEAL_COMMON,
    RECEIPT_LABELS,
    default_refund,
    deposit_meaning,
    deposit_name,
    resolve,
    stacked,
)
from showroom_app.domain.enums import Currency


@dataclass(frozen=True)
class DepositReceiptData:
    """Everything printed on the receipt. The region (for 定金 vs 訂金) is the letterhead's."""

    letterhead: Letterhead
    receipt_no: str
    received_on: date | None
    payer_name: str
    amount: Decimal
    currency: Currency = Currency.TWD
    deposit_kind: str = "deposit"  # earnest (定金) / deposit (訂金)
    payer_id_last4: str = ""
    payer_phone: str = ""
    method: str = "cash"  # cash / card / transfer / cheque / mobile, or text
    method_reference: str = ""  # transfer or card reference
    contract_no: str = ""
    quote_no: str = ""
    vehicle: str = ""  # one line: model, trim, colour (VIN if allocated)
    refund_conditions: str = ""  # empty: the usual conditions for the region and kind


def labels(options: DocumentOptions) -> dict[str, str]:
    return resolve({**DEAL_COMMON, **RECEIPT_LABELS}, options.language, options.bilingual)


def receipt_title(data: DepositReceiptData, t: dict[str, str]) -> str:
    earnest = data.letterhead.region == "CN" and data.deposit_kind == "earnest"
    return t["title_earnest"] if earnest else t["title_deposit"]


def _amount_box(data: DepositReceiptData, f: DealFormat) -> Table:
    """The amount, large, with the amount in words under it: the heart of the receipt."""
    s, t = f.styles, f.t
    big = ParagraphStyle("receipt_amount", parent=s.value, fontSize=16, leading=21)
    value: list[Any] = [para(f.money(data.amount), big)]
    words = f.in_words(data.amount)
    if words:
        value.append(para(words, s.value))
    label_w = f.width * DealGrid.LABEL_SHARE
    style = [*base_table_style(s.font), ("BACKGROUND", (0, 0), (0, -1), SHADE)]
    style.append(("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
    return headed_table(
        para(t["payment"], s.heading),
        [[para(stacked(t["amount"]), s.label), value]],
        [label_w, f.width - label_w],
        style,
    )


def render_deposit_receipt(data: DepositReceiptData, options: DocumentOptions) -> bytes:
    """The receipt as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options)
    title = receipt_title(data, t)
    reference = t["reference"].format(no=data.receipt_no) if data.receipt_no else ""
    furniture = PageFurniture(data.letterhead, options, styles, stacked(title), reference)
    region = data.letterhead.region
    f = DealFormat(options, styles, furniture.width, t, data.currency, region)

    head = DealGrid(styles, f.width)
    head.pair(t["receipt_no"], data.receipt_no, t["date"], f.date(data.received_on))
    head.pair(t["payer"], data.payer_name, t["id_last4"], data.payer_id_last4)
    head.wide(t["phone"], data.payer_phone)

    details = DealGrid(styles, f.width)
    details.wide(t["kind"], deposit_name(region, data.deposit_kind, f.lang, f.bilingual))
    details.wide(t["meaning"], deposit_meaning(region, data.deposit_kind, f.lang, f.bilingual))
    details.pair(
        t["method"],
        f.term("receipt_method", data.method),
        t["method_reference"],
        data.method_reference,
    )
    details.pair(t["contract_no"], data.contract_no, t["quote_no"], data.quote_no)
    details.wide(t["vehicle"], data.vehicle)
    refund = data.refund_conditions or default_refund(
        region, data.deposit_kind, f.lang, f.bilingual
    )
    details.wide(t["refund"], refund)

    story: list[Any] = [
        para(title, styles.title),
        *head.kept(),
        _amount_box(data, f),
        Spacer(1, 2 * mm),
        *details.kept(),
        Spacer(1, 2 * mm),
        *notes([t["note_received"]], styles),
        Spacer(1, 4 * mm),
        KeepTogether(
            signature_boxes(
                [
                    (t["sign_company"], ()),
                    (t["sign_cashier"], (t["sign_date"],)),
                    (t["sign_payer"], (t["sign_date"],)),
                ],
                styles,
                f.width,
            )
        ),
    ]
    return build_pdf(
        story, options=options, furniture=furniture, title=title, author=data.letterhead.name
    )


__all__ = ["DepositReceiptData", "labels", "receipt_title", "render_deposit_receipt"]
