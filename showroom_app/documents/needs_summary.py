"""需求確認單 — the needs summary given to the customer with the recommendation (DOMAIN.md §4.3).

The salesperson summarises the customer's needs back to them and the customer confirms with
a signature. Codes of the needs analysis (payment method, usage, powertrain, priorities…)
are named in the document language; free text, and codes this module does not know, print
as given. Money is formatted here (``format_money``: TWD without decimals), dates as dates
so a zh_TW summary can print 民國 years. Every string is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    Styles,
    base_table_style,
    build_pdf,
    common_label,
    make_styles,
    para,
    person_name,
)
from showroom_app.documents.forms import (
    FieldGrid,
    document_date,
    headed_table,
    signature_boxes,
)
from showroom_app.documents.labels_sales import NEEDS_LABELS, needs_labels, sales_term
from showroom_app.domain.enums import Currency
from showroom_app.domain.money import format_money


@dataclass(frozen=True)
class Recommendation:
    trim: str
    reason: str = ""  # one line: why this trim fits the customer


@dataclass(frozen=True)
class NeedsSummaryData:
    """The needs profile as printed. Enum fields take the code (``"loan"``) or free text."""

    letterhead: Letterhead
    customer_name: str
    salutation: str = ""  # code: mr / ms / mrs
    phone: str = ""
    summary_date: date | None = None
    summary_no: str = ""
    salesperson: str = ""
    currency: Currency = Currency.TWD
    budget_min: Decimal | None = None
    budget_max: Decimal | None = None
    payment_method: str = ""  # full / loan / instalment / lease
    down_payment_pct: Decimal | None = None  # 0–100
    monthly_target: Decimal | None = None
    usage: tuple[str, ...] = ()  # commute / family / business / long_distance / ride_hailing
    main_driver: str = ""
    passengers: int | None = None
    family_notes: str = ""
    current_vehicle: str = ""  # brand, model, year, km as one line
    trade_in: bool | None = None
    powertrain_pref: str = ""  # ICE / HEV / PHEV / EREV / BEV / undecided
    home_charging: str = ""  # yes / no / unknown
    priorities: tuple[str, ...] = ()  # most important first
    competitors: tuple[str, ...] = ()
    color_prefs: tuple[str, ...] = ()
    timeline: str = ""  # within_7_days … later / undecided
    decision_maker: str = ""
    plate_eligibility: str = ""  # CN: has / lottery / nev_plate / na; printed for CN or if set
    recommendations: tuple[Recommendation, ...] = ()


def labels(language: str) -> dict[str, str]:
    return needs_labels(language)


def _money(value: Decimal | None, currency: Currency) -> str:
    return "" if value is None else format_money(value, currency)


def _budget(data: NeedsSummaryData, t: dict[str, str]) -> str:
    low = _money(data.budget_min, data.currency)
    high = _money(data.budget_max, data.currency)
    if low and high:
        return low if low == high else f"{low} – {high}"
    if low:
        return t["budget_from"].format(min=low)
    if high:
        return t["budget_to"].format(max=high)
    return ""


def _percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f} %"


def _yes_no(value: bool | None, t: dict[str, str]) -> str:
    return "" if value is None else t["yes"] if value else t["no"]


def _fields(
    data: NeedsSummaryData, t: dict[str, str], options: DocumentOptions, s: Styles, width: float
) -> list[Table]:
    lang = options.language
    sep = common_label(lang, "list_sep")

    def named(group: str, codes: tuple[str, ...]) -> str:
        return sep.join(sales_term(lang, group, c) for c in codes)

    customer = FieldGrid(s, width, heading=t["customer"])
    customer.pair(
        t["customer_name"],
        person_name(data.customer_name, data.salutation, lang),
        t["phone"],
        data.phone,
    )
    customer.pair(
        t["date"],
        document_date(data.summary_date, options),
        t["salesperson"],
        data.salesperson,
    )
    budget = FieldGrid(s, width, heading=t["budget_section"])
    budget.pair(
        t["budget"],
        _budget(data, t),
        t["payment_method"],
        sales_term(lang, "payment_method", data.payment_method),
    )
    budget.pair(
        t["down_payment"],
        _percent(data.down_payment_pct),
        t["monthly_target"],
        _money(data.monthly_target, data.currency),
    )
    needs = FieldGrid(s, width, heading=t["usage_section"])
    needs.wide(t["usage"], named("usage", data.usage))
    passengers = "" if data.passengers is None else t["passengers_n"].format(n=data.passengers)
    needs.pair(t["main_driver"], data.main_driver, t["passengers"], passengers)
    needs.wide(t["family_notes"], data.family_notes)
    needs.pair(
        t["current_vehicle"],
        data.current_vehicle,
        t["trade_in"],
        _yes_no(data.trade_in, t),
    )
    needs.pair(
        t["powertrain_pref"],
        sales_term(lang, "powertrain_pref", data.powertrain_pref),
        t["home_charging"],
        sales_term(lang, "home_charging", data.home_charging),
    )
    ranked = ("　" if lang != "en" else ", ").join(
        f"{n}. {sales_term(lang, 'priority', code)}"
        for n, code in enumerate(data.priorities, start=1)
    )
    needs.wide(t["priorities"], ranked)
    needs.wide(t["competitors"], sep.join(data.competitors))
    needs.pair(
        t["color_prefs"],
        sep.join(data.color_prefs),
        t["timeline"],
        sales_term(lang, "timeline", data.timeline),
    )
    if data.plate_eligibility or data.letterhead.region == "CN":
        needs.pair(
            t["decision_maker"],
            data.decision_maker,
            t["plate_eligibility"],
            sales_term(lang, "plate_eligibility", data.plate_eligibility),
        )
    else:
        needs.wide(t["decision_maker"], data.decision_maker)
    return [*customer.done(), *budget.done(), *needs.done()]


def _recommendations(data: NeedsSummaryData, t: dict[str, str], s: Styles, width: float) -> Table:
    widths = [width * 0.07, width * 0.33, width * 0.60]
    rows: list[list[Any]] = [
        [para(t[key], s.head_cell) for key in ("col_no", "col_trim", "col_reason")]
    ]
    for n, rec in enumerate(data.recommendations, start=1):
        rows.append([para(str(n), s.cell), para(rec.trim, s.cell), para(rec.reason, s.cell)])
    style = [*base_table_style(s.font), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if not data.recommendations:
        rows.append([para(t["no_recommendation"], s.cell), "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    return headed_table(para(t["recommend_section"], s.heading), rows, widths, style, header_rows=1)


def render_needs_summary(data: NeedsSummaryData, options: DocumentOptions) -> bytes:
    """The needs summary as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options.language)
    reference = t["reference"].format(no=data.summary_no) if data.summary_no else ""
    furniture = PageFurniture(data.letterhead, options, styles, t["title"], reference)
    width = furniture.width
    story: list[Any] = [
        para(t["title"], styles.title),
        *_fields(data, t, options, styles, width),
        _recommendations(data, t, styles, width),
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                para(t["confirm"], styles.value),
                Spacer(1, 2 * mm),
                signature_boxes(
                    [
                        (t["sign_customer"], (t["sign_date"],)),
                        (t["sign_salesperson"], (t["sign_date"],)),
                    ],
                    styles,
                    width,
                ),
            ]
        ),
    ]
    return build_pdf(
        story,
        options=options,
        furniture=furniture,
        title=t["title"],
        author=data.letterhead.name,
    )


__all__ = [
    "NEEDS_LABELS",
    "NeedsSummaryData",
    "Recommendation",
    "labels",
    "render_needs_summary",
]
