"""交車證書 — the delivery-ceremony certificate (DOMAIN.md §4.8 step 8, §6.7).

A one-page keepsake in landscape: congratulations and the customer's name large, the car
(model, colour, VIN, plate), the delivery date, the salesperson and the service advisor
with their phones, the dealership's service hotline and roadside-assistance number, the
first maintenance, and — when the customer agreed to one — the photo taken at the handover.

The photo is whatever the user picked: any size or orientation. It is turned upright by its
EXIF orientation and scaled into its frame keeping its proportions (``images``); a file that
cannot be used raises ``images.DocumentImageError`` with a message for the user. Without a
photo the details take the middle of the page: there is never an empty photo frame.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer, Table, TableStyle

from showroom_app.documents.common import (
    DocumentOptions,
    Letterhead,
    PageFurniture,
    Styles,
    build_pdf,
    make_styles,
    para,
    person_name,
)
from showroom_app.documents.deal_common import DealFormat, VehicleInfo, label_paras
from showroom_app.documents.images import DocumentImageError, PreparedImage, prepare_photo
from showroom_app.documents.labels_deal import DEAL_COMMON, resolve, stacked
from showroom_app.documents.labels_delivery import CERTIFICATE_LABELS

GOLD = colors.Color(0.62, 0.49, 0.19)
RED = colors.Color(0.55, 0.09, 0.09)
PHOTO_BOX: tuple[float, float] = (150 * mm, 106 * mm)


@dataclass(frozen=True)
class DeliveryCertificateData:
    letterhead: Letterhead
    customer_name: str
    delivery_date: date | None
    salutation: str = ""
    vehicle: VehicleInfo = field(default_factory=VehicleInfo)
    certificate_no: str = ""
    salesperson: str = ""
    salesperson_phone: str = ""
    service_advisor: str = ""
    service_advisor_phone: str = ""
    service_hotline: str = ""
    roadside_assistance: str = ""
    first_service_date: date | None = None
    first_service_km: int | None = None
    photo: bytes | None = None  # the picture file as picked; None: no photo
    message: str = ""  # a personal line instead of the usual thanks


def labels(options: DocumentOptions) -> dict[str, str]:
    table = {**DEAL_COMMON, **CERTIFICATE_LABELS}
    return resolve(table, options.language, options.bilingual)


class _CertificateFurniture(PageFurniture):
    """The letterhead and footer, inside a double gold frame."""

    def draw(self, canvas: Any, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(GOLD)
        for inset, width in ((5 * mm, 1.6), (6.6 * mm, 0.5)):
            canvas.setLineWidth(width)
            canvas.rect(inset, inset, self.page_width - 2 * inset, self.page_height - 2 * inset)
        canvas.restoreState()
        super().draw(canvas, page, total)


def _centred(name: str, s: Styles, size: float, color: Any = colors.black) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        parent=s.value,
        fontSize=size,
        leading=size * 1.3,
        alignment=TA_CENTER,
        textColor=color,
    )


def _details(data: DeliveryCertificateData, f: DealFormat, width: float) -> Table:
    t, s, v = f.t, f.styles, data.vehicle

    def with_phone(name: str, phone: str) -> str:
        return f"{name}　{phone}" if name and phone else name or phone

    first = f.date(data.first_service_date)
    if first and data.first_service_km:
        first = t["first_service_both"].format(date=first, km=f"{data.first_service_km:,}")
    elif data.first_service_km:
        first = f.count("km_n", data.first_service_km)
    pairs = [
        ("model", v.name()),
        ("colour", v.colour),
        ("vin", v.vin),
        ("plate", v.plate),
        ("delivery_date", f.date(data.delivery_date)),
        ("salesperson", with_phone(data.salesperson, data.salesperson_phone)),
        ("service_advisor", with_phone(data.service_advisor, data.service_advisor_phone)),
        ("first_service", first),
        ("hotline", data.service_hotline),
        ("roadside", data.roadside_assistance),
    ]
    label = ParagraphStyle("cert_label", parent=s.label, fontSize=8.5, leading=10.5)
    value = ParagraphStyle("cert_value", parent=s.value, fontSize=10.5, leading=14)
    rows = [[label_paras(t[key], label), para(text, value)] for key, text in pairs if text]
    if not rows:
        rows = [[label_paras(t["delivery_date"], label), para("", value)]]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GOLD),
                ("TOPPADDING", (0, 0), (-1, -1), 1.1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.1 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ]
        )
    )
    return table


_FRAME_SLACK: float = 12 + 3 * mm  # the frame's own padding (2 × 6 pt) and a little air


def _photo(prepared: PreparedImage, max_height: float) -> Image:
    w, h = prepared.fit(PHOTO_BOX[0], min(PHOTO_BOX[1], max_height))
    return Image(io.BytesIO(prepared.data), width=w, height=h)


def render_delivery_certificate(data: DeliveryCertificateData, options: DocumentOptions) -> bytes:
    """The certificate as PDF bytes, one landscape page (same data and options: same bytes).

    The photo gets whatever height the page has left under the greeting, up to its box, so
    longer (bilingual) greetings shrink the photo rather than push anything onto a second
    page. Raises ``DocumentImageError`` when the photo cannot be used.
    """
    prepared = prepare_photo(data.photo) if data.photo is not None else None
    styles = make_styles()
    t = labels(options)
    reference = data.certificate_no
    furniture = _CertificateFurniture(
        data.letterhead, options, styles, stacked(t["title"]), reference, landscape=True
    )
    width = furniture.width
    f = DealFormat(options, styles, width, t, region=data.letterhead.region)
    dealer = data.letterhead.name
    thanks = data.message or t["note_thanks"].format(dealer=dealer.rstrip("."))
    story: list[Any] = [
        para(t["congratulations"], _centred("cert_congrats", styles, 28, RED)),
        para(
            person_name(data.customer_name, data.salutation, f.lang),
            _centred("cert_name", styles, 24),
        ),
        para(t["subtitle"], _centred("cert_sub", styles, 13, GOLD)),
        Spacer(1, 1.5 * mm),
        para(thanks, _centred("cert_thanks", styles, 10)),
        Spacer(1, 5 * mm),
    ]
    frame = furniture.page_height - furniture.top_margin - furniture.bottom_margin
    room = frame - _FRAME_SLACK - sum(item.wrap(width, frame)[1] for item in story)
    if prepared is not None:
        box_w = PHOTO_BOX[0] + 6 * mm
        body = Table(
            [[_photo(prepared, room), _details(data, f, width - box_w - 6 * mm)]],
            colWidths=[box_w, width - box_w],
            hAlign="CENTER",
        )
        body.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), styles.font),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (0, 0), (0, 0), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(body)
    else:
        story.append(_details(data, f, width * 0.62))
    return build_pdf(story, options=options, furniture=furniture, title=t["title"], author=dealer)


__all__ = [
    "PHOTO_BOX",
    "DeliveryCertificateData",
    "DocumentImageError",
    "labels",
    "render_delivery_certificate",
]
