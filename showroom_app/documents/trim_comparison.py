"""車款比較表 — up to three trims side by side (DOMAIN.md §4.4: spec sheet and comparison).

One table: a label column and one column per trim, under a header row with the trims'
names that repeats on every page. Rows come in sections (price and availability,
powertrain, dimensions, safety and technology, warranty); a row that is empty for every
trim is left out, so a dealership that keeps few specs gets a short sheet. When printed for
a customer, the customer's ranked priorities head the sheet and a last row shows which of
them each trim meets. Stored codes (powertrain, body type, spec choices) print in the
document language; free text is escaped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from showroom_app.documents.common import (
    SHADE,
    DocumentOptions,
    Letterhead,
    PageFurniture,
    base_table_style,
    build_pdf,
    common_label,
    make_styles,
    para,
    person_name,
    term,
)
from showroom_app.documents.forms import FieldGrid, document_date, headed_table
from showroom_app.documents.labels_sales import sales_term

MAX_TRIMS = 3

#: (zh_TW, zh_CN, en) for every label of the sheet.
_LABELS: dict[str, tuple[str, str, str]] = {
    "title": ("車款比較表", "车型配置对比表", "Trim comparison"),
    "reference": ("編號：{no}", "编号：{no}", "No. {no}"),
    "customer": ("客戶", "客户", "Customer"),
    "salesperson": ("銷售顧問", "销售顾问", "Sales consultant"),
    "date": ("日期", "日期", "Date"),
    "your_priorities": ("您的購車重點", "您的购车重点", "Your priorities"),
    "item": ("項目", "项目", "Item"),
    "sec_price": ("價格與供車", "价格与供货", "Price and availability"),
    "sec_powertrain": ("動力", "动力", "Powertrain and performance"),
    "sec_dimensions": ("尺寸與空間", "尺寸与空间", "Dimensions and space"),
    "sec_safety": ("安全與科技", "安全与科技", "Safety and technology"),
    "sec_warranty": ("保固", "质保", "Warranty"),
    "sec_matches": ("符合您的購車重點", "符合您的购车重点", "Matches your priorities"),
    "msrp": ("建議售價", "厂商指导价", "MSRP"),
    "availability": ("供車狀況", "供货情况", "Availability"),
    "in_stock": ("現車 {n} 台", "现车 {n} 台", "{n} in stock"),
    "in_transit": ("在途 {n} 台", "在途 {n} 台", "{n} in transit"),
    "order": ("需向原廠訂車", "需向厂家订车", "Factory order"),
    "colours": ("車身顏色", "车身颜色", "Exterior colours"),
    "model_year": ("年式", "年款", "Model year"),
    "body_type": ("車身型式", "车身类型", "Body type"),
    "powertrain": ("動力類型", "动力类型", "Powertrain"),
    "displacement": ("排氣量", "排量", "Engine displacement"),
    "power": ("最大馬力", "最大功率", "Power"),
    "motor": ("馬達功率", "电机功率", "Motor power"),
    "battery": ("電池容量", "电池容量", "Battery"),
    "range": ("純電續航", "纯电续航", "Electric range"),
    "seats": ("座位數", "座位数", "Seats"),
    "met": ("符合的重點", "符合的重点", "Priorities met"),
    "none_met": ("—", "—", "—"),
    "note": (
        "規格與價格以實際車輛及正式報價單為準。",
        "配置与价格以实车及正式报价单为准。",
        "Specifications and prices are subject to the actual vehicle and the formal quotation.",
    ),
}
_SPEC_LABELS: dict[str, tuple[str, str, str]] = {
    "length_mm": ("車長", "车长", "Length"),
    "width_mm": ("車寬", "车宽", "Width"),
    "height_mm": ("車高", "车高", "Height"),
    "wheelbase_mm": ("軸距", "轴距", "Wheelbase"),
    "boot_l": ("行李廂容量", "后备箱容积", "Boot volume"),
    "kerb_weight_kg": ("車重", "整备质量", "Kerb weight"),
    "torque_nm": ("最大扭力", "最大扭矩", "Torque"),
    "accel_0_100_s": ("0–100 km/h 加速", "0–100 km/h 加速", "0–100 km/h"),
    "fuel_l_100km": ("平均油耗", "综合油耗", "Fuel consumption"),
    "energy_kwh_100km": ("平均電耗", "百公里电耗", "Energy consumption"),
    "dc_charge_kw": ("直流快充功率", "直流快充功率", "DC fast charging"),
    "airbags": ("氣囊數", "气囊数量", "Airbags"),
    "ncap_stars": ("碰撞測試評等", "碰撞测试星级", "Crash-test rating"),
    "adas": ("駕駛輔助", "驾驶辅助", "Driver assistance"),
    "screen_in": ("中控螢幕", "中控屏尺寸", "Centre screen"),
    "drive": ("驅動方式", "驱动方式", "Drive"),
    "warranty_years": ("保固年限", "质保年限", "Warranty (years)"),
    "warranty_km": ("保固里程", "质保里程", "Warranty (km)"),
}
_CHOICES: dict[str, tuple[str, str, str]] = {
    "adas.none": ("無", "无", "None"),
    "adas.aeb": ("自動緊急煞車", "自动紧急制动", "Emergency braking"),
    "adas.l2": (
        "主動式定速巡航＋車道置中",
        "自适应巡航＋车道居中",
        "Adaptive cruise and lane centring",
    ),
    "adas.l2_plus": ("導航輔助駕駛（L2+）", "导航辅助驾驶（L2+）", "Navigation assist (L2+)"),
    "drive.fwd": ("前輪驅動", "前驱", "Front-wheel drive"),
    "drive.rwd": ("後輪驅動", "后驱", "Rear-wheel drive"),
    "drive.awd": ("四輪驅動", "四驱", "All-wheel drive"),
    "drive.4wd": ("四輪傳動", "分时四驱", "Four-wheel drive"),
}
_UNITS: dict[str, tuple[str, str, str]] = {
    "in": ("吋", "英寸", "in"),
    "years": ("年", "年", "years"),
}
_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sec_powertrain", ("powertrain", "displacement", "power", "motor", "battery", "range",
                        "drive", "torque_nm", "accel_0_100_s", "fuel_l_100km",
                        "energy_kwh_100km", "dc_charge_kw")),
    ("sec_dimensions", ("body_type", "seats", "length_mm", "width_mm", "height_mm",
                        "wheelbase_mm", "boot_l", "kerb_weight_kg")),
    ("sec_safety", ("ncap_stars", "airbags", "adas", "screen_in")),
    ("sec_warranty", ("warranty_years", "warranty_km")),
)  # fmt: skip
_SPEC_UNITS = {
    "length_mm": "mm",
    "width_mm": "mm",
    "height_mm": "mm",
    "wheelbase_mm": "mm",
    "boot_l": "L",
    "kerb_weight_kg": "kg",
    "torque_nm": "N·m",
    "accel_0_100_s": "s",
    "fuel_l_100km": "L/100 km",
    "energy_kwh_100km": "kWh/100 km",
    "dc_charge_kw": "kW",
    "ncap_stars": "★",
    "screen_in": "in",
    "warranty_years": "years",
    "warranty_km": "km",
}
_INDEX = {"zh_TW": 0, "zh_CN": 1, "en": 2}


def label(language: str, key: str) -> str:
    return _LABELS[key][_INDEX.get(language, 2)]


def spec_label(language: str, code: str) -> str:
    names = _SPEC_LABELS.get(code)
    return names[_INDEX.get(language, 2)] if names else code


@dataclass(frozen=True)
class ComparedTrim:
    """One trim as printed: names already in the document language, money formatted,
    codes (body type, powertrain, spec choices) as stored."""

    brand: str
    model: str
    trim: str
    msrp: str
    body_type: str = ""
    powertrain: str = ""
    seats: int | None = None
    model_year: int | None = None
    displacement_cc: int | None = None
    power_kw: int | None = None
    motor_kw: int | None = None
    battery_kwh: Decimal | None = None
    range_km: int | None = None
    specs: Mapping[str, str] = field(default_factory=dict)
    colours: tuple[str, ...] = ()
    in_stock: int = 0
    in_transit: int = 0
    priorities_met: tuple[str, ...] = ()  # codes of the customer's priorities it meets

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.brand, self.model, self.trim) if p)


@dataclass(frozen=True)
class ComparisonData:
    letterhead: Letterhead
    trims: tuple[ComparedTrim, ...]
    customer_name: str = ""
    salutation: str = ""
    salesperson: str = ""
    prepared_on: date | None = None
    priorities: tuple[str, ...] = ()  # the customer's, most important first
    reference: str = ""

    def __post_init__(self) -> None:
        if not 1 <= len(self.trims) <= MAX_TRIMS:
            raise ValueError(f"compare 1 to {MAX_TRIMS} trims, not {len(self.trims)}")


def _number(value: object) -> str:
    try:
        number = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        return str(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():f}"


def _unit(language: str, unit: str) -> str:
    names = _UNITS.get(unit)
    return names[_INDEX.get(language, 2)] if names else unit


def _with_unit(language: str, value: object, unit: str) -> str:
    if value is None or value == "":
        return ""
    text = _number(value)
    if not unit:
        return text
    spaced = language == "en" or unit not in _UNITS
    return f"{text} {_unit(language, unit)}" if spaced else f"{text}{_unit(language, unit)}"


def _value(language: str, key: str, t: ComparedTrim) -> str:
    if key == "powertrain":
        return term(language, "powertrain", t.powertrain) if t.powertrain else ""
    if key == "body_type":
        return term(language, "vehicle_type", t.body_type) if t.body_type else ""
    if key == "seats":
        return "" if t.seats is None else str(t.seats)
    if key == "displacement":
        return _with_unit(language, t.displacement_cc, "cc")
    if key == "power":
        return _with_unit(language, t.power_kw, "kW")
    if key == "motor":
        return _with_unit(language, t.motor_kw, "kW")
    if key == "battery":
        return _with_unit(language, t.battery_kwh, "kWh")
    if key == "range":
        return _with_unit(language, t.range_km, "km")
    raw = t.specs.get(key, "")
    if not raw:
        return ""
    if key in ("adas", "drive"):
        names = _CHOICES.get(f"{key}.{raw}")
        return names[_INDEX.get(language, 2)] if names else raw
    return _with_unit(language, raw, _SPEC_UNITS.get(key, ""))


def _label_for(language: str, key: str) -> str:
    return label(language, key) if key in _LABELS else spec_label(language, key)


def _availability(language: str, t: ComparedTrim) -> str:
    parts = []
    if t.in_stock:
        parts.append(label(language, "in_stock").format(n=t.in_stock))
    if t.in_transit:
        parts.append(label(language, "in_transit").format(n=t.in_transit))
    return "・".join(parts) if parts else label(language, "order")


def render_trim_comparison(data: ComparisonData, options: DocumentOptions) -> bytes:
    """The comparison sheet as PDF bytes (same data and options: same bytes)."""
    lang = options.language
    s = make_styles()
    title = label(lang, "title")
    reference = label(lang, "reference").format(no=data.reference) if data.reference else ""
    furniture = PageFurniture(data.letterhead, options, s, title, reference)
    width = furniture.width
    story: list[Any] = [para(title, s.title)]

    grid = FieldGrid(s, width)
    when = document_date(data.prepared_on, options)
    if data.customer_name or data.priorities:
        ranked = ("　" if lang != "en" else ", ").join(
            f"{n}. {sales_term(lang, 'priority', code)}"
            for n, code in enumerate(data.priorities, start=1)
        )
        name = person_name(data.customer_name, data.salutation, lang)
        grid.pair(label(lang, "customer"), name, label(lang, "date"), when)
        grid.pair(
            label(lang, "salesperson"), data.salesperson, label(lang, "your_priorities"), ranked
        )
    else:  # a sheet for the desk, not made out to anyone
        grid.pair(label(lang, "salesperson"), data.salesperson, label(lang, "date"), when)
    story += [*grid.done(), Spacer(1, 3 * mm)]

    n = len(data.trims)
    first = width * (0.28 if n == MAX_TRIMS else 0.3)
    widths = [first] + [(width - first) / n] * n
    rows: list[list[Any]] = [
        [para(label(lang, "item"), s.head_cell)] + [para(t.name, s.head_cell) for t in data.trims]
    ]
    style: list[tuple[Any, ...]] = [
        *base_table_style(s.font),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BACKGROUND", (0, 1), (0, -1), SHADE),
        # a compact grid, so three trims usually fit on one page
        ("TOPPADDING", (0, 0), (-1, -1), 0.7 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.9 * mm),
    ]

    def section(key: str) -> None:
        # a section title never ends a page: it stays with its first row
        style.append(("NOSPLIT", (0, len(rows)), (-1, len(rows) + 1)))
        style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
        rows.append([para(label(lang, key), s.subheading)] + [""] * n)

    def line(caption: str, values: list[str]) -> None:
        rows.append([para(caption, s.label)] + [para(v, s.cell) for v in values])

    section("sec_price")
    line(label(lang, "msrp"), [t.msrp for t in data.trims])
    line(label(lang, "availability"), [_availability(lang, t) for t in data.trims])
    if any(t.colours for t in data.trims):
        sep = common_label(lang, "list_sep")
        line(label(lang, "colours"), [sep.join(t.colours) for t in data.trims])
    if any(t.model_year for t in data.trims):
        line(label(lang, "model_year"), [str(t.model_year or "") for t in data.trims])
    for heading, keys in _SECTIONS:
        present = [(k, [_value(lang, k, t) for t in data.trims]) for k in keys]
        present = [(k, v) for k, v in present if any(v)]
        if not present:
            continue
        section(heading)
        for key, values in present:
            line(_label_for(lang, key), values)
    if data.priorities:
        section("sec_matches")
        line(
            label(lang, "met"),
            [
                common_label(lang, "list_sep").join(
                    f"{data.priorities.index(c) + 1}. {sales_term(lang, 'priority', c)}"
                    for c in data.priorities
                    if c in t.priorities_met
                )
                or label(lang, "none_met")
                for t in data.trims
            ],
        )
    story.append(headed_table(None, rows, widths, style, header_rows=1))
    story += [Spacer(1, 3 * mm), para(label(lang, "note"), s.small)]
    return build_pdf(
        story, options=options, furniture=furniture, title=title, author=data.letterhead.name
    )


__all__ = [
    "MAX_TRIMS",
    "ComparedTrim",
    "ComparisonData",
    "label",
    "render_trim_comparison",
    "spec_label",
]
