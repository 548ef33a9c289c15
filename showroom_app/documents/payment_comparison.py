"""付款方案比較表 — up to three ways to pay, side by side (DOMAIN.md §4.7: "present 2–3
plans, each with monthly payment, total cost and APR").

One column per scenario (cash, loan A, loan B…), one row per figure: down payment, amount
financed, term, nominal rate and its type, monthly payment, balloon, total interest, fees,
the APR and the total cost. A figure that does not apply to a scenario prints as a dash; a
row that applies to none (no balloon anywhere) is left out. The customer signs that the
figures were shown (the finance disclosure of §4.7).
"""

from __future__ import annotations

from collections.abc import Callable
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
    person_name,
)
from showroom_app.documents.deal_common import (
    DASH,
    DealFormat,
    DealGrid,
    label_paras,
    notes,
    percent,
)
from showroom_app.documents.forms import headed_table, signature_boxes
from showroom_app.documents.labels_deal import resolve, stacked
from showroom_app.documents.labels_finance import COMPARISON_LABELS, FINANCE_COMMON
from showroom_app.domain.enums import Currency

MAX_SCENARIOS = 3


@dataclass(frozen=True)
class PaymentScenario:
    """One way to pay, as the domain computed it; rates in percent (4.00 = 4 %)."""

    name: str  # e.g. "方案 A" / "Loan A — Bank of Taiwan"
    kind: str = "loan"  # cash / loan / lease
    lender: str = ""
    price: Decimal | None = None  # what the car costs on the road
    down_payment: Decimal | None = None
    financed_amount: Decimal | None = None
    term_months: int | None = None
    rate_type: str = ""  # annual / flat / zero_fee
    nominal_rate: Decimal | None = None
    monthly_payment: Decimal | None = None
    balloon: Decimal | None = None
    total_interest: Decimal | None = None
    fees: Decimal | None = None
    apr: Decimal | None = None
    total_cost: Decimal | None = None


@dataclass(frozen=True)
class PaymentComparisonData:
    letterhead: Letterhead
    reference: str
    prepared_on: date | None
    scenarios: tuple[PaymentScenario, ...]  # 1 to 3
    customer_name: str = ""
    salutation: str = ""
    salesperson: str = ""
    vehicle: str = ""
    currency: Currency = Currency.TWD
    notes: tuple[str, ...] = ()


def labels(options: DocumentOptions) -> dict[str, str]:
    return resolve({**FINANCE_COMMON, **COMPARISON_LABELS}, options.language, options.bilingual)


def _rows(f: DealFormat) -> list[tuple[str, Callable[[PaymentScenario], str | None]]]:
    """(label key, the figure of a scenario — ``None`` when it does not apply)."""

    def money(get: Callable[[PaymentScenario], Decimal | None]) -> Callable[..., str | None]:
        return lambda sc: None if get(sc) is None else f.money(get(sc))

    def rate(sc: PaymentScenario) -> str | None:
        if sc.nominal_rate is None:
            return None
        return f.paren(percent(sc.nominal_rate), f.term("rate_type", sc.rate_type))

    return [
        ("kind", lambda sc: f.term("scenario", sc.kind)),
        ("lender", lambda sc: sc.lender or None),
        ("price", money(lambda sc: sc.price)),
        ("down_payment", money(lambda sc: sc.down_payment)),
        ("financed", money(lambda sc: sc.financed_amount)),
        ("term", lambda sc: f.count("months_n", sc.term_months) or None),
        ("rate", rate),
        ("monthly", money(lambda sc: sc.monthly_payment)),
        ("balloon", money(lambda sc: sc.balloon)),
        ("total_interest", money(lambda sc: sc.total_interest)),
        ("fees", money(lambda sc: sc.fees)),
        ("apr", lambda sc: None if sc.apr is None else percent(sc.apr)),
        ("total_cost", money(lambda sc: sc.total_cost)),
    ]


def _table(data: PaymentComparisonData, f: DealFormat) -> Table:
    t, s = f.t, f.styles
    n = len(data.scenarios)
    label_w = f.width * 0.28
    widths = [label_w] + [(f.width - label_w) / n] * n
    head_style = ParagraphStyle(
        "scenario_head", parent=s.head_cell_right, fontSize=9.5, leading=12.5
    )
    rows: list[list[Any]] = [
        [
            label_paras(t["col_item"], s.head_cell),
            *(para(sc.name, head_style) for sc in data.scenarios),
        ]
    ]
    strong = ParagraphStyle("comparison_strong", parent=s.cell_right, fontSize=10, leading=13)
    emphasised = {"monthly", "apr", "total_cost"}
    style = [*base_table_style(s.font), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    for key, figure in _rows(f):
        values = [figure(sc) for sc in data.scenarios]
        if all(v is None for v in values):
            continue
        cell = strong if key in emphasised else s.cell_right
        rows.append([label_paras(t[key], s.label), *(para(v or DASH, cell) for v in values)])
        if key in emphasised:
            style.append(("BACKGROUND", (0, len(rows) - 1), (0, len(rows) - 1), SHADE))
    return headed_table(para(t["comparison"], s.heading), rows, widths, style, header_rows=1)


def render_payment_comparison(data: PaymentComparisonData, options: DocumentOptions) -> bytes:
    """The comparison as PDF bytes (same data and options: same bytes).

    Raises ``ValueError`` for no scenario or more than three: the sheet is designed for
    three columns side by side.
    """
    if not 1 <= len(data.scenarios) <= MAX_SCENARIOS:
        raise ValueError(f"1 to {MAX_SCENARIOS} payment scenarios, not {len(data.scenarios)}")
    styles = make_styles()
    t = labels(options)
    reference = t["reference"].format(no=data.reference) if data.reference else ""
    furniture = PageFurniture(data.letterhead, options, styles, stacked(t["title"]), reference)
    f = DealFormat(options, styles, furniture.width, t, data.currency, data.letterhead.region)
    head = DealGrid(styles, f.width)
    head.pair(t["reference_no"], data.reference, t["date"], f.date(data.prepared_on))
    head.pair(
        t["customer_name"],
        person_name(data.customer_name, data.salutation, f.lang),
        t["salesperson"],
        data.salesperson,
    )
    head.wide(t["vehicle"], data.vehicle)
    texts = [t["note_apr"], t["note_total_cost"], t["note_estimate"], *data.notes]
    story: list[Any] = [
        para(t["title"], styles.title),
        *head.kept(),
        _table(data, f),
        Spacer(1, 2 * mm),
        *notes(texts, styles),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                para(t["note_confirm"], styles.value),
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


__all__ = [
    "MAX_SCENARIOS",
    "PaymentComparisonData",
    "PaymentScenario",
    "labels",
    "render_payment_comparison",
]
