"""A customer's own data, printed for them on request (PIPL / PDPA / PDPO access request)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from showroom_app.documents.fonts import register_fonts


@dataclass(frozen=True)
class DataSection:
    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CustomerDataDocument:
    """Everything printed, already in the document language (labels are data)."""

    title: str
    dealership: str
    generated: str
    sections: tuple[DataSection, ...]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    # user text is data, never markup (STYLE.md §3)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_customer_data(doc: CustomerDataDocument) -> bytes:
    font = register_fonts()
    title = ParagraphStyle("t", fontName=font, fontSize=15, leading=20, wordWrap="CJK")
    head = ParagraphStyle(
        "h", fontName=font, fontSize=11.5, leading=16, wordWrap="CJK", spaceBefore=6
    )
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=doc.title,
        author=doc.dealership,
        initialFontName=font,
    )
    story: list[object] = [
        _p(doc.title, title),
        _p(f"{doc.dealership} · {doc.generated}", body),
        Spacer(1, 4 * mm),
    ]
    for section in doc.sections:
        story.append(_p(section.title, head))
        if not section.rows:
            story.append(_p("—", body))
            continue
        table = Table(
            [[_p(k, body), _p(v, body)] for k, v in section.rows],
            colWidths=[45 * mm, None],
            repeatRows=0,
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    pdf.build(story)
    return buf.getvalue()


def rows(pairs: Sequence[tuple[str, object]]) -> tuple[tuple[str, str], ...]:
    return tuple((k, "" if v is None else str(v)) for k, v in pairs)


#: Labels of the personal-data printout in each document language (documents do not use Qt).
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Personal data held about {name}",
        "generated": "Printed {when}",
        "customer": "Customer",
        "phones": "Phones",
        "contact": "Contact and identity",
        "consents": "Consents",
        "opportunities": "Purchase intentions",
        "interactions": "Visits and calls",
        "tasks": "Follow-ups",
        "name": "Name",
        "salutation": "Salutation",
        "kind": "Kind",
        "address": "Address",
        "birthday": "Birthday",
        "messaging_id": "LINE / WeChat / WhatsApp",
        "notes": "Notes",
        "id_type": "ID type",
        "id_number": "ID number",
        "salesperson": "Sales consultant",
        "consent_marketing": "Marketing",
        "consent_photo": "Photo sharing",
        "given": "given {when} (recorded by {by})",
        "not_given": "not given",
        "created": "First recorded",
    },
    "zh_TW": {
        "title": "{name} 的個人資料",
        "generated": "列印時間 {when}",
        "customer": "客戶",
        "phones": "電話",
        "contact": "聯絡與身分",
        "consents": "同意事項",
        "opportunities": "購車意向",
        "interactions": "來店與來電紀錄",
        "tasks": "跟進",
        "name": "姓名",
        "salutation": "稱謂",
        "kind": "類別",
        "address": "地址",
        "birthday": "生日",
        "messaging_id": "LINE / WeChat / WhatsApp",
        "notes": "備註",
        "id_type": "證件類型",
        "id_number": "證件號碼",
        "salesperson": "銷售顧問",
        "consent_marketing": "行銷同意",
        "consent_photo": "合影公開同意",
        "given": "已同意 {when}（記錄人 {by}）",
        "not_given": "未同意",
        "created": "建檔時間",
    },
    "zh_CN": {
        "title": "{name} 的个人信息",
        "generated": "打印时间 {when}",
        "customer": "客户",
        "phones": "电话",
        "contact": "联系与身份",
        "consents": "同意事项",
        "opportunities": "购车意向",
        "interactions": "来店与来电记录",
        "tasks": "跟进",
        "name": "姓名",
        "salutation": "称谓",
        "kind": "类别",
        "address": "地址",
        "birthday": "生日",
        "messaging_id": "LINE / 微信 / WhatsApp",
        "notes": "备注",
        "id_type": "证件类型",
        "id_number": "证件号码",
        "salesperson": "销售顾问",
        "consent_marketing": "营销同意",
        "consent_photo": "合影公开同意",
        "given": "已同意 {when}（记录人 {by}）",
        "not_given": "未同意",
        "created": "建档时间",
    },
}
