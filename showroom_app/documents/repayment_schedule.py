"""貸款還款明細表 — the loan repayment schedule (DOMAIN.md §4.7, §6.9, §7.1–7.4).

The loan's terms first (principal, nominal rate and its type, method, term, fees, balloon,
and the true APR beside the nominal rate), then every instalment — number, due date when
known, payment, principal, interest, remaining balance — with the column header repeated on
each page, and a totals row. The rows come computed by the domain (the rounding residue is
already in the last one); this module only prints them, and adds up the columns for the
totals row, exactly, in ``Decimal``.

Amount cells are plain strings, not Paragraphs: a 60-month schedule has 300 of them and
numbers never need wrapping, which keeps rendering well under the 200 ms target.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from showroom_app.documents.common import (
    GRID,
    SHADE,
    DocumentOptions,
    Letterhead,
    PageFurniture,
    build_pdf,
    make_styles,
    para,
)
from showroom_app.documents.deal_common import (
    DASH,
    DealFormat,
    DealGrid,
    label_paras,
    notes,
    percent,
)
from showroom_app.documents.forms import headed_table
from showroom_app.documents.labels_deal import resolve, stacked
from showroom_app.documents.labels_finance import FINANCE_COMMON, SCHEDULE_LABELS
from showroom_app.domain.enums import Currency

_ZEBRA = colors.Color(0.975, 0.975, 0.975)


@dataclass(frozen=True)
class ScheduleRow:
    k: int
    payment: Decimal
    principal: Decimal
    interest: Decimal
    balance: Decimal
    due_date: date | None = None


@dataclass(frozen=True)
class RepaymentScheduleData:
    """The loan and its rows as the domain computed them; rates in percent (4.00 = 4 %)."""

    letterhead: Letterhead
    reference: str
    prepared_on: date | None
    principal: Decimal
    term_months: int
    rows: tuple[ScheduleRow, ...]
    currency: Currency = Currency.TWD
    nominal_rate: Decimal | None = None
    rate_type: str = "annual"  # annual / flat / zero_fee
    method: str = "equal_installment"  # equal_installment / equal_principal / balloon / flat
    fees: Decimal | None = None
    balloon: Decimal | None = None
    apr: Decimal | None = None
    ear: Decimal | None = None
    lender: str = ""
    customer_name: str = ""
    vehicle: str = ""
    salesperson: str = ""


def labels(options: DocumentOptions) -> dict[str, str]:
    return resolve({**FINANCE_COMMON, **SCHEDULE_LABELS}, options.language, options.bilingual)


def _terms(data: RepaymentScheduleData, f: DealFormat) -> list[Any]:
    t = f.t
    head = DealGrid(f.styles, f.width)
    head.pair(t["reference_no"], data.reference, t["date"], f.date(data.prepared_on))
    head.pair(t["customer_name"], data.customer_name, t["salesperson"], data.salesperson)
    head.wide(t["vehicle"], data.vehicle)
    grid = DealGrid(f.styles, f.width, heading=t["terms"])
    grid.wide(t["lender"], data.lender)
    grid.pair(
        t["principal"],
        f.money(data.principal),
        t["term"],
        f.count("months_n", data.term_months),
    )
    grid.pair(
        t["rate"],
        f.paren(percent(data.nominal_rate), f.term("rate_type", data.rate_type)),
        t["method"],
        f.term("loan_method", data.method),
    )
    grid.pair(t["fees"], f.money(data.fees), t["balloon"], f.money(data.balloon))
    first_due = data.rows[0].due_date if data.rows else None
    if data.ear is not None:
        grid.pair(t["apr"], percent(data.apr), t["ear"], percent(data.ear))
        if first_due:
            grid.wide(t["first_due"], f.date(first_due))
    else:
        grid.pair(t["apr"], percent(data.apr), t["first_due"], f.date(first_due) or DASH)
    return [*head.kept(), *grid.kept()]


def _schedule(data: RepaymentScheduleData, f: DealFormat) -> Table:
    t, s = f.t, f.styles
    dated = any(row.due_date for row in data.rows)
    keys = ["col_k", *(["col_date"] if dated else []), "col_payment", "col_principal"]
    keys += ["col_interest", "col_balance"]
    header = [
        label_paras(t[key], s.head_cell if i == 0 else s.head_cell_right)
        for i, key in enumerate(keys)
    ]
    if dated:
        header[1] = label_paras(t["col_date"], s.head_cell)

    rows: list[list[Any]] = [header]
    money = f.money
    for row in data.rows:
        cells = [str(row.k)]
        if dated:
            cells.append(f.date(row.due_date))
        cells += [money(row.payment), money(row.principal), money(row.interest), money(row.balance)]
        rows.append(cells)
    payment = sum((row.payment for row in data.rows), Decimal(0))
    principal = sum((row.principal for row in data.rows), Decimal(0))
    interest = sum((row.interest for row in data.rows), Decimal(0))
    totals: list[Any] = [label_paras(t["totals"], s.cell)]  # bilingual: stacked, not broken
    if dated:
        totals.append("")
    totals += [money(payment), money(principal), money(interest), DASH]
    rows.append(totals)
    n = len(rows) - 1
    first_amount = 2 if dated else 1
    if dated:  # 民國115年12月15日 needs more room than 2026-12-15
        shares = [0.07, 0.21, 0.18, 0.18, 0.18, 0.18]
    else:
        shares = [0.08, 0.23, 0.23, 0.23, 0.23]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (first_amount, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.7 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.9 * mm),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("ROWBACKGROUNDS", (0, 1), (-1, n - 1), [colors.white, _ZEBRA]),
        ("BACKGROUND", (0, n), (-1, n), SHADE),
        ("LINEABOVE", (0, n), (-1, n), 1.0, colors.black),
    ]
    if dated:
        style.append(("SPAN", (0, n), (1, n)))
    return headed_table(
        para(t["schedule"], s.heading),
        rows,
        [f.width * share for share in shares],
        style,
        header_rows=1,
    )


def render_repayment_schedule(data: RepaymentScheduleData, options: DocumentOptions) -> bytes:
    """The schedule as PDF bytes (same data and options: same bytes)."""
    styles = make_styles()
    t = labels(options)
    reference = t["reference"].format(no=data.reference) if data.reference else ""
    furniture = PageFurniture(data.letterhead, options, styles, stacked(t["title"]), reference)
    f = DealFormat(options, styles, furniture.width, t, data.currency, data.letterhead.region)
    texts = [t["note_apr"], t["note_residue"]]
    if data.balloon:
        texts.append(t["note_balloon"])
    texts.append(t["note_estimate"])
    story: list[Any] = [
        para(t["title"], styles.title),
        *_terms(data, f),
        _schedule(data, f),
        Spacer(1, 2 * mm),
        *notes(texts, styles),
    ]
    return build_pdf(
        story, options=options, furniture=furniture, title=t["title"], author=data.letterhead.name
    )


__all__ = ["RepaymentScheduleData", "ScheduleRow", "labels", "render_repayment_schedule"]
