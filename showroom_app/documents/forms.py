"""Form building blocks shared by the sales documents (test-drive agreement, needs summary).

The same layout rules as the profile sheet: every value in its own cell, section headings
that never sit alone at the bottom of a page, long text that continues on the next page, an
empty field left tall enough to write in by hand. Dates print ISO, or with Taiwan's 民國
year when a zh_TW document is asked for it (DOMAIN.md §11).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from showroom_app.documents.common import (
    HEADING_BAR,
    SHADE,
    DocumentOptions,
    Styles,
    base_table_style,
    format_date,
    para,
)

HANDWRITING: float = 5 * mm  # height of an empty field, to write in by hand
_ROC_EPOCH = 1911  # 民國 1 = 1912


def uses_roc(options: DocumentOptions) -> bool:
    return options.roc_dates and options.language == "zh_TW"


def document_date(value: date | None, options: DocumentOptions) -> str:
    """``2026-11-29``, or ``民國115年11月29日`` on a zh_TW document asked for ROC dates.

    Dates before 民國 1 (1912) have no ROC year in this form and stay ISO.
    """
    if value is None:
        return ""
    if uses_roc(options) and value.year > _ROC_EPOCH:
        return f"民國{value.year - _ROC_EPOCH}年{value.month}月{value.day}日"
    return format_date(value)


def document_datetime(value: datetime | None, options: DocumentOptions) -> str:
    if value is None:
        return ""
    return f"{document_date(value.date(), options)} {value:%H:%M}"


def time_window(start: datetime | None, end: datetime | None, options: DocumentOptions) -> str:
    """``2026-11-29 14:00 – 14:45``; the date is repeated only when the window crosses it."""
    if start is None and end is None:
        return ""
    first = document_datetime(start, options) if start else ""
    if end is None:
        return f"{first} –"
    if start is not None and start.date() == end.date():
        return f"{first} – {end:%H:%M}"
    return f"{first} – {document_datetime(end, options)}"


def headed_table(
    heading: Paragraph | None,
    rows: list[list[Any]],
    widths: list[float],
    style: list[tuple[Any, ...]],
    *,
    header_rows: int = 0,
    gap: float = 2 * mm,
) -> Table:
    """A table under a heading bar that is its first row, repeated on every page it spans;
    ``gap`` is the space between the bar and the first row.

    As a row, the heading always comes with at least one row of the table: never alone at
    the bottom of a page, and never pushing a long table whole onto the next page. The
    caller's style counts rows below the heading.
    """
    blank = [""] * len(widths)
    top = 0 if heading is None else 2
    if heading is not None:
        rows = [[heading, *blank[1:]], blank, *rows]  # the bar, then a gap
    moved: list[tuple[Any, ...]] = []
    for name, (c0, r0), (c1, r1), *rest in style:
        if name == "FONTNAME":  # every row, the heading's blank cells too (no Helvetica)
            moved.append((name, (c0, r0), (c1, r1), *rest))
            continue
        start = (c0, r0 + top if r0 >= 0 else r0)
        end = (c1, r1 + top if r1 >= 0 else r1)
        moved.append((name, start, end, *rest))
    if heading is not None:
        moved += [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), HEADING_BAR),
            ("LEFTPADDING", (0, 0), (-1, 0), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, 0), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 1.6 * mm),
        ]
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=[None, gap] + [None] * (len(rows) - 2) if heading is not None else None,
        repeatRows=top + header_rows,
        splitInRow=1,  # a 3,000-character route continues on the next page
        hAlign="LEFT",
        spaceBefore=4.5 * mm if heading is not None else 0,
    )
    table.setStyle(TableStyle(moved))
    return table


class FieldGrid:
    """Label / value pairs (label, value, label, value), and wide rows for longer text.

    A wide row is a two-column table of its own rather than a spanned cell: ReportLab
    loses a span when it splits the row across pages.
    """

    LABEL_SHARE = 0.17

    def __init__(self, styles: Styles, width: float, heading: str | None = None) -> None:
        self.styles = styles
        self.width = width
        self.tables: list[Table] = []
        self._pairs: list[list[Flowable]] = []
        self._heading = heading  # on top of the first table

    def _value(self, text: str) -> Flowable:
        return para(text, self.styles.value) if text else Spacer(1, HANDWRITING)

    def pair(self, label1: str, value1: str, label2: str = "", value2: str = "") -> None:
        s = self.styles
        second: list[Flowable] = (
            [para(label2, s.label), self._value(value2)] if label2 else [Spacer(1, 0)] * 2
        )
        self._pairs.append([para(label1, s.label), self._value(value1), *second])

    def wide(self, label: str, value: str) -> None:
        self._flush()
        label_w = self.width * self.LABEL_SHARE
        self._add(
            [[para(label, self.styles.label), self._value(value)]],
            [label_w, self.width - label_w],
        )

    def done(self) -> list[Table]:
        self._flush()
        return self.tables

    def _flush(self) -> None:
        if self._pairs:
            label_w = self.width * self.LABEL_SHARE
            value_w = self.width * (0.5 - self.LABEL_SHARE)
            self._add(self._pairs, [label_w, value_w, label_w, value_w])
            self._pairs = []

    def _add(self, rows: list[list[Flowable]], widths: list[float]) -> None:
        style = [*base_table_style(self.styles.font), ("BACKGROUND", (0, 0), (0, -1), SHADE)]
        if len(widths) == 4:
            style.append(("BACKGROUND", (2, 0), (2, -1), SHADE))
        heading = para(self._heading, self.styles.heading) if self._heading else None
        self._heading = None
        self.tables.append(headed_table(heading, rows, widths, style))


def signature_boxes(
    boxes: Sequence[tuple[str, Sequence[str]]], styles: Styles, width: float
) -> Table:
    """Side-by-side signature boxes: a caption, room to sign, then "Date:" and "Time:" side
    by side under it, each with room to write."""
    share = width / len(boxes)

    def box(caption: str, lines: Sequence[str]) -> list[Flowable]:
        cell: list[Flowable] = [para(caption, styles.label), Spacer(1, 11 * mm)]
        if lines:
            inner = Table(
                [[para(line, styles.label) for line in lines]],
                colWidths=[(share - 3.2 * mm) / len(lines)] * len(lines),
                hAlign="LEFT",
            )
            inner.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), styles.font),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
                    ]
                )
            )
            cell.append(inner)
        return cell

    table = Table(
        [[box(caption, lines) for caption, lines in boxes]],
        colWidths=[share] * len(boxes),
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(base_table_style(styles.font)))
    return table


__all__ = [
    "HANDWRITING",
    "FieldGrid",
    "document_date",
    "document_datetime",
    "headed_table",
    "signature_boxes",
    "time_window",
    "uses_roc",
]
