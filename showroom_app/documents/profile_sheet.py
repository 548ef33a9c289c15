"""客戶檔案基本資料表 — the customer profile sheet (DOMAIN.md §5.1, §6.8).

Every archive field, then the service history as a table that continues across pages with
its header row repeated. The service formats the values (dates, money, phones, the names of
codes) into :class:`ProfileSheetData`; this module only lays them out, with labels in the
document language. Every user string is escaped (``common.markup``), so names and notes
print exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from showroom_app.documents.common import (
    SHADE,
    DocumentOptions,
    Letterhead,
    PageFurniture,
    Styles,
    base_table_style,
    build_pdf,
    common_label,
    heading_bar,
    make_styles,
    para,
)
from showroom_app.documents.forms import headed_table

_HANDWRITING: float = 5 * mm  # height of an empty field, to write in by hand

LABELS: dict[str, dict[str, str]] = {
    "zh_TW": {
        "title": "客戶檔案基本資料表",
        "reference": "客戶編號 {no}",
        "customer": "客戶資料",
        "name": "客戶姓名",
        "customer_no": "客戶編號",
        "phone": "電話",
        "phone_n": "電話 {n}",
        "address": "地址",
        "email": "電子郵件",
        "messaging_id": "LINE / WeChat ID",
        "birthday": "生日",
        "visit_date": "來店／服務日期",
        "id_type": "證件類型",
        "id_number": "證件號碼",
        "channel": "聯絡方式",
        "best_time": "方便聯絡時段",
        "salesperson": "銷售顧問",
        "service_advisor": "服務顧問",
        "insurance_company": "保險公司",
        "insurance_expiry": "保險到期日",
        "desired_services": "客戶希望的服務",
        "consent_marketing": "行銷同意",
        "consent_photo": "合影公開同意",
        "consent_given": "已同意（{when}）",
        "consent_given_undated": "已同意",
        "consent_not_given": "未同意",
        "notes": "備註",
        "vehicles": "車輛與保養",
        "vehicle_n": "車輛 {n}",
        "model": "車型",
        "plate": "車牌號碼",
        "vehicle_type": "車輛類型",
        "vin": "車身號碼",
        "delivery_date": "交車日",
        "odometer_at_delivery": "交車里程（公里）",
        "maintenance_items": "保養項目",
        "maintenance_cycle": "保養週期",
        "cycle_km_months": "每 {km} 公里或 {months} 個月（先到者為準）",
        "cycle_km": "每 {km} 公里",
        "cycle_months": "每 {months} 個月",
        "next_maintenance": "下次保養日期",
        "overridden": "（人工指定）",
        "history": "服務紀錄",
        "col_date": "日期",
        "col_odometer": "里程（公里）",
        "col_items": "項目",
        "col_amount": "金額",
        "col_advisor": "服務顧問",
        "col_notes": "備註",
        "no_history": "尚無服務紀錄",
        "sign_customer": "客戶確認簽名",
        "sign_salesperson": "銷售顧問簽名",
        "sign_date": "日期：",
    },
    "zh_CN": {
        "title": "客户档案基本资料表",
        "reference": "客户编号 {no}",
        "customer": "客户资料",
        "name": "客户姓名",
        "customer_no": "客户编号",
        "phone": "电话",
        "phone_n": "电话 {n}",
        "address": "地址",
        "email": "电子邮箱",
        "messaging_id": "微信 / LINE 号",
        "birthday": "生日",
        "visit_date": "来店／服务日期",
        "id_type": "证件类型",
        "id_number": "证件号码",
        "channel": "联系方式",
        "best_time": "方便联系时段",
        "salesperson": "销售顾问",
        "service_advisor": "服务顾问",
        "insurance_company": "保险公司",
        "insurance_expiry": "保险到期日",
        "desired_services": "客户希望的服务",
        "consent_marketing": "营销同意",
        "consent_photo": "合影公开同意",
        "consent_given": "已同意（{when}）",
        "consent_given_undated": "已同意",
        "consent_not_given": "未同意",
        "notes": "备注",
        "vehicles": "车辆与保养",
        "vehicle_n": "车辆 {n}",
        "model": "车型",
        "plate": "车牌号码",
        "vehicle_type": "车辆类型",
        "vin": "车架号（VIN）",
        "delivery_date": "交车日期",
        "odometer_at_delivery": "交车里程（公里）",
        "maintenance_items": "保养项目",
        "maintenance_cycle": "保养周期",
        "cycle_km_months": "每 {km} 公里或 {months} 个月（以先到者为准）",
        "cycle_km": "每 {km} 公里",
        "cycle_months": "每 {months} 个月",
        "next_maintenance": "下次保养日期",
        "overridden": "（人工指定）",
        "history": "服务记录",
        "col_date": "日期",
        "col_odometer": "里程（公里）",
        "col_items": "项目",
        "col_amount": "金额",
        "col_advisor": "服务顾问",
        "col_notes": "备注",
        "no_history": "暂无服务记录",
        "sign_customer": "客户确认签名",
        "sign_salesperson": "销售顾问签名",
        "sign_date": "日期：",
    },
    "en": {
        "title": "Customer profile sheet",
        "reference": "Customer no. {no}",
        "customer": "Customer",
        "name": "Customer name",
        "customer_no": "Customer no.",
        "phone": "Phone",
        "phone_n": "Phone {n}",
        "address": "Address",
        "email": "E-mail",
        "messaging_id": "LINE / WeChat ID",
        "birthday": "Birthday",
        "visit_date": "Visit / service date",
        "id_type": "ID type",
        "id_number": "ID number",
        "channel": "Preferred channel",
        "best_time": "Best time to call",
        "salesperson": "Sales consultant",
        "service_advisor": "Service advisor",
        "insurance_company": "Insurance company",
        "insurance_expiry": "Insurance expiry",
        "desired_services": "Services wanted",
        "consent_marketing": "Marketing consent",
        "consent_photo": "Photo consent",
        "consent_given": "Given ({when})",
        "consent_given_undated": "Given",
        "consent_not_given": "Not given",
        "notes": "Notes",
        "vehicles": "Vehicles and maintenance",
        "vehicle_n": "Vehicle {n}",
        "model": "Model",
        "plate": "Plate number",
        "vehicle_type": "Vehicle type",
        "vin": "VIN",
        "delivery_date": "Delivery date",
        "odometer_at_delivery": "Odometer at delivery (km)",
        "maintenance_items": "Maintenance items",
        "maintenance_cycle": "Maintenance interval",
        "cycle_km_months": "Every {km} km or {months} months, whichever comes first",
        "cycle_km": "Every {km} km",
        "cycle_months": "Every {months} months",
        "next_maintenance": "Next maintenance",
        "overridden": " (set manually)",
        "history": "Service history",
        "col_date": "Date",
        "col_odometer": "Odometer (km)",
        "col_items": "Work done",
        "col_amount": "Amount",
        "col_advisor": "Advisor",
        "col_notes": "Notes",
        "no_history": "No service recorded yet",
        "sign_customer": "Customer signature (data confirmed)",
        "sign_salesperson": "Sales consultant signature",
        "sign_date": "Date:",
    },
}


@dataclass(frozen=True)
class Consent:
    given: bool = False
    at: str = ""  # when it was given, formatted


@dataclass(frozen=True)
class VehicleSheet:
    """One owned vehicle, every value formatted for print."""

    model: str = ""
    plate: str = ""
    vehicle_type: str = ""  # body type and powertrain, named in the document language
    vin: str = ""
    delivery_date: str = ""
    odometer_at_delivery: str = ""
    maintenance_items: tuple[str, ...] = ()
    interval_km: str = ""
    interval_months: str = ""
    next_maintenance: str = ""
    next_maintenance_overridden: bool = False


@dataclass(frozen=True)
class ServiceSheetRow:
    date: str
    odometer: str = ""
    items: str = ""
    amount: str = ""
    advisor: str = ""
    notes: str = ""
    vehicle: str = ""  # plate or model, when the customer has more than one vehicle


@dataclass(frozen=True)
class ProfileSheetData:
    """Everything printed on the sheet, already formatted as strings.

    ``id_number`` is masked (A12****789) unless the service was allowed to print it in full.
    """

    letterhead: Letterhead
    customer_no: str
    name: str  # with the salutation, as printed
    phones: tuple[str, ...] = ()
    address: str = ""
    email: str = ""
    messaging_id: str = ""
    birthday: str = ""
    visit_or_service_date: str = ""
    id_type: str = ""
    id_number: str = ""
    preferred_channel: str = ""
    best_time: str = ""
    salesperson: str = ""
    service_advisor: str = ""
    insurance_company: str = ""
    insurance_expiry: str = ""
    desired_services: tuple[str, ...] = ()
    desired_services_note: str = ""
    consent_marketing: Consent = Consent()
    consent_photo: Consent = Consent()
    notes: str = ""
    vehicles: tuple[VehicleSheet, ...] = ()
    service_history: tuple[ServiceSheetRow, ...] = ()


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


class _Grid:
    """Label / value pairs (label, value, label, value), and wide rows for longer text.

    A wide row is a two-column table of its own rather than a spanned cell: ReportLab
    loses the span when it splits a row across pages, and a 5,000-character note would
    then be wrapped into a quarter of the width.
    """

    def __init__(self, styles: Styles, width: float, heading: str | None = None) -> None:
        self.styles = styles
        self.width = width
        self.tables: list[Table] = []
        self._pairs: list[list[Flowable]] = []
        self._heading = heading  # on top of the first table

    def _value(self, text: str) -> Flowable:
        # an empty field leaves room to write in by hand
        return para(text, self.styles.value) if text else Spacer(1, _HANDWRITING)

    def pair(self, label1: str, value1: str, label2: str, value2: str) -> None:
        s = self.styles
        self._pairs.append(
            [para(label1, s.label), self._value(value1), para(label2, s.label), self._value(value2)]
        )

    def wide(self, label: str, value: str) -> None:
        self._flush()
        label_w = self.width * 0.17
        self._add(
            [[para(label, self.styles.label), self._value(value)]],
            [label_w, self.width - label_w],
        )

    def done(self) -> list[Table]:
        self._flush()
        return self.tables

    def _flush(self) -> None:
        if self._pairs:
            label_w = self.width * 0.17
            value_w = self.width * 0.33
            self._add(self._pairs, [label_w, value_w, label_w, value_w])
            self._pairs = []

    def _add(self, rows: list[list[Flowable]], widths: list[float]) -> None:
        style = [*base_table_style(self.styles.font), ("BACKGROUND", (0, 0), (0, -1), SHADE)]
        if len(widths) == 4:
            style.append(("BACKGROUND", (2, 0), (2, -1), SHADE))
        heading = para(self._heading, self.styles.heading) if self._heading else None
        self._heading = None
        self.tables.append(headed_table(heading, rows, widths, style))


def _customer(
    data: ProfileSheetData, t: dict[str, str], sep: str, s: Styles, width: float
) -> list[Table]:
    g = _Grid(s, width, heading=t["customer"])
    g.pair(t["name"], data.name, t["customer_no"], data.customer_no)
    phones = list(data.phones) or [""]
    if len(phones) % 2:
        phones.append("")
    for i in range(0, len(phones), 2):  # one number per cell: never wrapped mid-number
        g.pair(
            t["phone"] if i == 0 else t["phone_n"].format(n=i + 1),
            phones[i],
            t["phone_n"].format(n=i + 2),
            phones[i + 1],
        )
    g.wide(t["address"], data.address)
    g.pair(t["email"], data.email, t["messaging_id"], data.messaging_id)
    g.pair(t["birthday"], data.birthday, t["visit_date"], data.visit_or_service_date)
    g.pair(t["id_type"], data.id_type, t["id_number"], data.id_number)
    g.pair(t["channel"], data.preferred_channel, t["best_time"], data.best_time)
    g.pair(t["salesperson"], data.salesperson, t["service_advisor"], data.service_advisor)
    g.pair(
        t["insurance_company"],
        data.insurance_company,
        t["insurance_expiry"],
        data.insurance_expiry,
    )
    wanted = sep.join(data.desired_services)
    if data.desired_services_note:
        wanted = f"{wanted}\n{data.desired_services_note}" if wanted else data.desired_services_note
    g.wide(t["desired_services"], wanted)
    g.pair(
        t["consent_marketing"],
        _consent(data.consent_marketing, t),
        t["consent_photo"],
        _consent(data.consent_photo, t),
    )
    g.wide(t["notes"], data.notes)
    return g.done()


def _consent(consent: Consent, t: dict[str, str]) -> str:
    if not consent.given:
        return t["consent_not_given"]
    return t["consent_given"].format(when=consent.at) if consent.at else t["consent_given_undated"]


def _cycle(v: VehicleSheet, t: dict[str, str]) -> str:
    if v.interval_km and v.interval_months:
        return t["cycle_km_months"].format(km=v.interval_km, months=v.interval_months)
    if v.interval_km:
        return t["cycle_km"].format(km=v.interval_km)
    if v.interval_months:
        return t["cycle_months"].format(months=v.interval_months)
    return ""


def _vehicle(v: VehicleSheet, t: dict[str, str], sep: str, s: Styles, width: float) -> list[Table]:
    g = _Grid(s, width)
    g.pair(t["model"], v.model, t["plate"], v.plate)
    g.pair(t["vehicle_type"], v.vehicle_type, t["vin"], v.vin)
    g.pair(t["delivery_date"], v.delivery_date, t["odometer_at_delivery"], v.odometer_at_delivery)
    g.wide(t["maintenance_items"], sep.join(v.maintenance_items))
    next_date = v.next_maintenance
    if next_date and v.next_maintenance_overridden:
        next_date += t["overridden"]
    g.pair(t["maintenance_cycle"], _cycle(v, t), t["next_maintenance"], next_date)
    return g.done()


def _history(data: ProfileSheetData, t: dict[str, str], s: Styles, width: float) -> Table:
    """The service history; its heading bar and column header repeat on every page."""
    # date, odometer, items, amount, advisor, notes: numbers get fixed room, text the rest
    shares = (0.11, 0.125, 0.245, 0.12, 0.11, 0.29)
    widths = [width * share for share in shares]
    header = [
        para(t["col_date"], s.head_cell),
        para(t["col_odometer"], s.head_cell_right),
        para(t["col_items"], s.head_cell),
        para(t["col_amount"], s.head_cell_right),
        para(t["col_advisor"], s.head_cell),
        para(t["col_notes"], s.head_cell),
    ]
    rows: list[list[Any]] = [header]
    for r in data.service_history:
        items: list[Paragraph] = [para(r.items, s.cell)]
        if r.vehicle:
            items.append(para(r.vehicle, s.small))
        rows.append(
            [
                para(r.date, s.cell),
                para(r.odometer, s.cell_right),
                items,
                para(r.amount, s.cell_right),
                para(r.advisor, s.cell),
                para(r.notes, s.cell),
            ]
        )
    style = [*base_table_style(s.font), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if not data.service_history:
        rows.append([para(t["no_history"], s.cell), "", "", "", "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    return headed_table(para(t["history"], s.heading), rows, widths, style, header_rows=1)


def _signatures(t: dict[str, str], s: Styles, width: float) -> Table:
    def box(label: str) -> list[Paragraph]:
        return [para(label, s.label), Spacer(1, 11 * mm), para(t["sign_date"], s.label)]

    table = Table(
        [[box(t["sign_customer"]), box(t["sign_salesperson"])]],
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(base_table_style(s.font)))
    return table


def render_profile_sheet(data: ProfileSheetData, options: DocumentOptions) -> bytes:
    """The profile sheet as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options.language)
    reference = t["reference"].format(no=data.customer_no)
    furniture = PageFurniture(data.letterhead, options, styles, t["title"], reference)
    width = furniture.width
    sep = common_label(options.language, "list_sep")
    story: list[Any] = [para(t["title"], styles.title), *_customer(data, t, sep, styles, width)]
    vehicles = data.vehicles or (VehicleSheet(),)  # blank lines to fill in by hand
    for n, vehicle in enumerate(vehicles, start=1):
        # vehicle blocks are short: the heading is simply kept with the first
        block: list[Any] = [heading_bar(t["vehicles"], styles, width)] if n == 1 else []
        if len(vehicles) > 1:
            block.append(para(t["vehicle_n"].format(n=n), styles.subheading))
        block += _vehicle(vehicle, t, sep, styles, width)
        story.append(KeepTogether(block))
    story += [
        _history(data, t, styles, width),
        Spacer(1, 6 * mm),
        _signatures(t, styles, width),
    ]
    return build_pdf(
        story,
        options=options,
        furniture=furniture,
        title=t["title"],
        author=data.letterhead.name,
    )


__all__ = [
    "LABELS",
    "Consent",
    "ProfileSheetData",
    "ServiceSheetRow",
    "VehicleSheet",
    "labels",
    "render_profile_sheet",
]
