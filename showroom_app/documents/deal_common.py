"""What the closing, finance and delivery documents share: the vehicle as described on them,
priced lines, and one formatter per rendering that prints money, rates, dates and the
amount in capital numerals the same way on every document.

Amounts arrive as ``Decimal`` with their ``Currency`` and are formatted here with
:func:`~showroom_app.domain.money.format_money` (TWD without decimals); the renderers never
add them up into new totals — a total is printed as the deal stored it, so a reprint always
shows what was signed. Credits (discount, trade-in, subsidy) are given as positive amounts
and printed with a minus sign.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from showroom_app.documents.common import (
    INK_SOFT,
    SHADE,
    DocumentOptions,
    Styles,
    base_table_style,
    markup,
    para,
    tax_id_label,
    term,
)
from showroom_app.documents.forms import (
    HANDWRITING,
    document_date,
    document_datetime,
    headed_table,
)
from showroom_app.documents.labels_deal import BILINGUAL_SEP, deal_term
from showroom_app.domain.enums import Currency
from showroom_app.domain.money import ROUNDING, capital_amount_line, format_money

DASH = "—"


@dataclass(frozen=True)
class VehicleInfo:
    """The car as the deal describes it; text as it should print, codes where noted."""

    brand: str = ""
    model: str = ""
    trim: str = ""
    model_year: str = ""
    colour: str = ""  # exterior, first choice
    colour_2nd: str = ""
    colour_int: str = ""
    powertrain: str = ""  # code (ICE / HEV / PHEV / EREV / BEV) or free text
    displacement_cc: int | None = None
    motor_kw: int | None = None
    vin: str = ""  # may be blank until a car is allocated
    engine_no: str = ""
    plate: str = ""
    origin: str = ""  # code domestic / imported, or free text ("Imported (Japan)")

    def name(self) -> str:
        """``Toyota RAV4 2.5 Hybrid 旗艦版``: brand, model and trim on one line."""
        return " ".join(part for part in (self.brand, self.model, self.trim) if part)


@dataclass(frozen=True)
class PriceLine:
    """One priced line: an accessory, a tax or fee with its name, an insurance cover…"""

    name: str
    amount: Decimal
    optional: bool = False  # CN: service fees must be optional and say so
    detail: str = ""  # e.g. "licence tax 11,230 × 184/365"


@dataclass(frozen=True)
class DealFormat:
    """How this rendering prints things: labels, money, dates, the amount in words."""

    options: DocumentOptions
    styles: Styles
    width: float
    t: dict[str, str]
    currency: Currency = Currency.TWD
    region: str = "TW"

    @property
    def lang(self) -> str:
        return self.options.language

    @property
    def bilingual(self) -> bool:
        return self.options.bilingual and self.lang != "en"

    def money(self, amount: Decimal | None) -> str:
        return DASH if amount is None else format_money(amount, self.currency)

    def credit(self, amount: Decimal) -> str:
        """A credit printed as a deduction, whichever sign it was stored with."""
        return format_money(-abs(amount), self.currency)

    def in_words(self, amount: Decimal | None) -> str:
        """ "In words: 壹佰…" with the colon of the document's language ("" without words)."""
        words = self.words(amount)
        if not words:
            return ""
        colon = ": " if self.lang == "en" else "："
        return f"{self.t['words']}{colon}{words}"

    def words(self, amount: Decimal | None) -> str:
        """新臺幣壹萬元整 / 人民币壹万元整; empty on an English document outside CN and TW.

        A Chinese document uses its own script. An English document for a CN or TW buyer
        still gets the capital numerals in the region's script: on a contract or a receipt
        they are what makes the amount hard to alter.
        """
        if amount is None:
            return ""
        script = self.lang if self.lang != "en" else {"CN": "zh_CN", "TW": "zh_TW"}.get(self.region)
        if script is None:
            return ""
        return capital_amount_line(amount, self.currency, script)

    def date(self, value: date | None) -> str:
        return document_date(value, self.options)

    def when(self, value: datetime | None) -> str:
        return document_datetime(value, self.options)

    def term(self, group: str, code: str) -> str:
        """A deal code (payment method, rate type…) or a shared one (powertrain) by name."""
        if not code:
            return ""
        if group in ("powertrain", "id_type"):
            own = term(self.lang, group, code)
            english = term("en", group, code)
            return f"{own}{BILINGUAL_SEP}{english}" if self.bilingual and own != english else own
        return deal_term(group, code, self.lang, self.bilingual)

    def tax_id_label(self) -> str:
        """統一編號 / 统一社会信用代码 / BR no., by the dealership's region."""
        own = tax_id_label(self.region, self.lang)
        english = tax_id_label(self.region, "en")
        return f"{own}{BILINGUAL_SEP}{english}" if self.bilingual else own

    def paren(self, text: str, inner: str) -> str:
        """``text（inner）`` in Chinese, ``text (inner)`` in English; text alone if no inner."""
        if not inner:
            return text
        return f"{text} ({inner})" if self.lang == "en" else f"{text}（{inner}）"

    def optional(self, name: str, optional: bool) -> str:
        return self.paren(name, self.t["optional"]) if optional else name

    def count(self, key: str, n: int | None) -> str:
        return "" if n is None else self.t[key].format(n=f"{n:,}")


def _has_cjk(text: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in text)


def _latin(style: ParagraphStyle) -> ParagraphStyle:
    """The style wrapping at spaces, for text without Chinese (no "registratio|n")."""
    return ParagraphStyle(f"{style.name}_latin", parent=style, wordWrap=None)


def label_paras(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """A label as paragraphs: a bilingual one stacked, Chinese above English, each part
    wrapped the way its script wraps. For narrow cells: column headers, label columns."""
    return [
        para(part, style if _has_cjk(part) else _latin(style)) for part in text.split(BILINGUAL_SEP)
    ]


class DealGrid:
    """Label / value pairs and wide rows, like ``forms.FieldGrid``, for the deal documents.

    Two differences: text without Chinese characters wraps at spaces (the CJK wrapping the
    styles use would break "registration" after any letter in a narrow label cell), and a
    bilingual label is stacked, Chinese above English. :meth:`kept` keeps a section on one
    page, so a short grid never leaves half a row behind at the foot of a page.
    """

    LABEL_SHARE = 0.19  # "車身顏色（第一選擇）" on one line

    def __init__(self, styles: Styles, width: float, heading: str | None = None) -> None:
        self.styles = styles
        self.width = width
        self.tables: list[Table] = []
        self._pairs: list[list[Any]] = []
        self._heading = heading

    def _label(self, text: str) -> list[Paragraph]:
        return label_paras(text, self.styles.label)

    def _value(self, text: str) -> Flowable:
        if not text:
            return Spacer(1, HANDWRITING)  # room to write in by hand
        style = self.styles.value
        return para(text, style if _has_cjk(text) else _latin(style))

    def pair(self, label1: str, value1: str, label2: str = "", value2: str = "") -> None:
        second: list[Any] = [self._label(label2), self._value(value2)] if label2 else ["", ""]
        self._pairs.append([self._label(label1), self._value(value1), *second])

    def wide(self, label: str, value: str) -> None:
        self._flush()
        label_w = self.width * self.LABEL_SHARE
        self._add([[self._label(label), self._value(value)]], [label_w, self.width - label_w])

    def done(self) -> list[Table]:
        self._flush()
        return self.tables

    def kept(self) -> list[Flowable]:
        return [KeepTogether(self.done())]

    def _flush(self) -> None:
        if self._pairs:
            label_w = self.width * self.LABEL_SHARE
            value_w = self.width * (0.5 - self.LABEL_SHARE)
            self._add(self._pairs, [label_w, value_w, label_w, value_w])
            self._pairs = []

    def _add(self, rows: list[list[Any]], widths: list[float]) -> None:
        style = [*base_table_style(self.styles.font), ("BACKGROUND", (0, 0), (0, -1), SHADE)]
        if len(widths) == 4:
            style.append(("BACKGROUND", (2, 0), (2, -1), SHADE))
        heading = para(self._heading, self.styles.heading) if self._heading else None
        self._heading = None
        self.tables.append(headed_table(heading, rows, widths, style))


def percent(value: Decimal | None, places: int = 2) -> str:
    """``4.74 %`` (half-up); a dash when not applicable."""
    if value is None:
        return DASH
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUNDING):,} %"


def vehicle_power(v: VehicleInfo, f: DealFormat) -> str:
    parts = []
    if v.displacement_cc:
        parts.append(f.count("cc_n", v.displacement_cc))
    if v.motor_kw:
        parts.append(f.count("kw_n", v.motor_kw))
    return " / ".join(parts)


class AmountTable:
    """Item | amount under a heading bar (repeated when the table runs over a page): group
    rows shaded, an item's detail in small grey type beside it, the total larger with the
    amount in capital numerals under it. Every row has both cells filled: no empty boxes.
    """

    def __init__(self, f: DealFormat, heading: str, *, compact: bool = False) -> None:
        self.f = f
        self.heading = heading
        self.compact = compact
        s = f.styles
        self.rows: list[list[Any]] = []
        self._items: list[int] = []  # row numbers of the priced lines
        self._closing: int | None = None  # row number of the closing block
        pad = (0.35 * mm, 0.5 * mm) if compact else (0.6 * mm, 0.8 * mm)
        self.style: list[tuple[Any, ...]] = [
            *base_table_style(s.font),
            ("TOPPADDING", (0, 0), (-1, -1), pad[0]),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad[1]),
        ]
        self._cell, self._cell_right = s.cell, s.cell_right
        self._group = ParagraphStyle("deal_group", parent=s.cell, textColor=INK_SOFT)
        if compact:  # CJK needs about 1.2 × the size between lines: 10.2 on 8.5
            self._cell = ParagraphStyle("deal_cell_c", parent=s.cell, leading=10.2)
            self._cell_right = ParagraphStyle("deal_cell_rc", parent=s.cell_right, leading=10.2)
            self._group = ParagraphStyle(
                "deal_group_c", parent=self._group, fontSize=7.5, leading=8.8
            )
        self._total = ParagraphStyle("deal_total", parent=s.value, fontSize=11, leading=14.5)
        self._total_right = ParagraphStyle("deal_total_r", parent=self._total, alignment=2)

    def group(self, title: str) -> None:
        n = len(self.rows)
        self.rows.append([para(title, self._group), ""])
        self.style += [
            ("SPAN", (0, n), (-1, n)),
            ("BACKGROUND", (0, n), (-1, n), SHADE),
            ("NOSPLIT", (0, n), (-1, n + 1)),  # never alone at the bottom of a page
        ]
        if self.compact:  # a thin bar: the group is a caption, not a line
            self.style += [
                ("TOPPADDING", (0, n), (-1, n), 0.3 * mm),
                ("BOTTOMPADDING", (0, n), (-1, n), 0.15 * mm),
            ]

    def line(self, name: str, amount: str, detail: str = "") -> None:
        """An item; its detail follows in small grey type on the same line when it fits."""
        text = markup(name)
        if detail:
            text += f'　<font size="7.5" color="#474747">{markup(detail)}</font>'
        self._items.append(len(self.rows))
        self.rows.append([Paragraph(text, self._cell), para(amount, self._cell_right)])

    def price_lines(self, lines: Sequence[PriceLine], *, credit: bool = False) -> None:
        for line in lines:
            amount = self.f.credit(line.amount) if credit else self.f.money(line.amount)
            self.line(self.f.optional(line.name, line.optional), amount, line.detail)

    def total(self, name: str, amount: Decimal, *, words: bool = True) -> None:
        n = len(self.rows)
        item: list[Flowable] = [para(name, self._total)]
        in_words = self.f.in_words(amount) if words else ""
        if in_words:
            item.append(para(in_words, self.f.styles.cell))
        self.rows.append([item, para(self.f.money(amount), self._total_right)])
        self.style.append(("LINEABOVE", (0, n), (-1, n), 1.0, (0, 0, 0)))

    def close(self, block: Sequence[Flowable], *, keep_lines: int = 2) -> None:
        """End the table with ``block`` (finance box, notes, signatures…) across its width,
        kept on one page with the last ``keep_lines`` priced lines and the total: when the
        quote runs over a page, the block never stands alone on the last one, and that page
        starts with the heading bar repeated."""
        n = len(self.rows)
        self.rows.append([list(block), ""])
        self._closing = n
        first = self._items[-keep_lines] if len(self._items) >= keep_lines else 0
        self.style += [
            ("SPAN", (0, n), (-1, n)),
            ("LEFTPADDING", (0, n), (-1, n), 0),
            ("RIGHTPADDING", (0, n), (-1, n), 0),
            ("TOPPADDING", (0, n), (-1, n), 0),
            ("BOTTOMPADDING", (0, n), (-1, n), 0),
            ("NOSPLIT", (0, first), (-1, n)),
        ]

    def done(self) -> Table:
        width = self.f.width
        style = self.style
        if self._closing is not None:  # the grid ends with the total; the block has none
            last = self._closing - 1
            style = [
                (name, start, (end[0], last), *rest)
                if name == "GRID"
                else (name, start, end, *rest)
                for name, start, end, *rest in style
            ]
        table = headed_table(
            para(
                self.heading,
                slim_heading_style(self.f.styles) if self.compact else self.f.styles.heading,
            ),
            self.rows,
            [width * 0.72, width * 0.28],
            style,
            gap=SLIM_GAP if self.compact else 2 * mm,
        )
        if self._closing is not None:
            # split only between rows: an in-row split would ignore the NOSPLIT above and
            # can leave a piece of nothing but the repeated heading bar at a page foot
            table.splitInRow = 0
        return slim(table) if self.compact else table


def slim_heading_style(styles: Styles) -> ParagraphStyle:
    """The heading bar's text a size smaller, for a document that must fit one page."""
    return ParagraphStyle("heading_slim", parent=styles.heading, fontSize=9.5, leading=12)


#: The space under a slim heading bar (``headed_table(..., gap=SLIM_GAP)``).
SLIM_GAP = 0.8 * mm


def slim(table: Table) -> Table:
    """A :func:`~showroom_app.documents.forms.headed_table` (made with ``gap=SLIM_GAP``)
    with a thinner heading bar and less space above it (with :func:`slim_heading_style` for
    the bar's text)."""
    table.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 0), (-1, 0), 0.7 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1.1 * mm),
            ]
        )
    )
    table.spaceBefore = 2.2 * mm
    return table


class CellGrid:
    """The compact grid: each cell a small grey label above its value, several cells to a
    row, a cell spanning columns where its value is long. About half the height of a
    :class:`DealGrid` with the same fields, for a document that must fit on one page.

    A bilingual label stays on one line ("頭期款 Down payment") when it fits the cell and
    is stacked, Chinese above English, when it does not (English never broken mid-word).
    """

    def __init__(
        self, styles: Styles, width: float, columns: int, heading: str | None = None
    ) -> None:
        self.styles = styles
        self.width = width
        self.columns = columns
        self.heading = heading
        self.rows: list[list[Any]] = []
        self.spans: list[tuple[int, int, int]] = []  # row, first column, last column
        self._label = ParagraphStyle("cell_label", parent=styles.label, fontSize=7, leading=8.5)
        self._value = ParagraphStyle("cell_value", parent=styles.value, fontSize=9, leading=11)

    def row(self, *cells: tuple[str, str] | tuple[str, str, int]) -> None:
        """One row of ``(label, value)`` or ``(label, value, columns spanned)`` cells."""
        n = len(self.rows)
        out: list[Any] = []
        for cell in cells:
            label, value = cell[0], cell[1]
            span = cell[2] if len(cell) > 2 else 1
            inner = self.width / self.columns * span - 3.2 * mm
            content = [*self._label_paras(label, inner), self._value_flowable(value)]
            if span > 1:
                self.spans.append((n, len(out), len(out) + span - 1))
            out += [content, *[""] * (span - 1)]
        if len(out) != self.columns:
            raise ValueError(f"{len(out)} columns in a row of a {self.columns}-column grid")
        self.rows.append(out)

    def _label_paras(self, text: str, inner: float) -> list[Paragraph]:
        one_line = text.replace(BILINGUAL_SEP, " ")
        if BILINGUAL_SEP in text and stringWidth(one_line, self._label.fontName, 7) > inner:
            return label_paras(text, self._label)
        return [para(one_line, self._label if _has_cjk(one_line) else _latin(self._label))]

    def _value_flowable(self, text: str) -> Flowable:
        if not text:
            return Spacer(1, HANDWRITING)
        return para(text, self._value if _has_cjk(text) else _latin(self._value))

    def done(self) -> Table:
        s = self.styles
        style: list[tuple[Any, ...]] = [
            *base_table_style(s.font),
            ("TOPPADDING", (0, 0), (-1, -1), 0.4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.7 * mm),
            *(("SPAN", (c0, r), (c1, r)) for r, c0, c1 in self.spans),
        ]
        heading = para(self.heading, slim_heading_style(s)) if self.heading else None
        widths = [self.width / self.columns] * self.columns
        table = headed_table(heading, self.rows, widths, style, gap=SLIM_GAP)
        return slim(table) if heading is not None else table


def notes(texts: Sequence[str], styles: Styles, *, size: float | None = None) -> list[Paragraph]:
    """Footnotes in small type (``size`` smaller still), each starting with ※."""
    style = ParagraphStyle(
        "deal_note", parent=styles.small, leftIndent=3.2 * mm, firstLineIndent=-3.2 * mm
    )
    if size is not None:
        style = ParagraphStyle(
            "deal_note_s", parent=style, fontSize=size, leading=round(size * 1.3, 1)
        )
    return [para(f"※ {text}", style) for text in texts if text]


__all__ = [
    "DASH",
    "AmountTable",
    "CellGrid",
    "DealFormat",
    "DealGrid",
    "PriceLine",
    "VehicleInfo",
    "label_paras",
    "notes",
    "percent",
    "slim",
    "slim_heading_style",
    "vehicle_power",
]
