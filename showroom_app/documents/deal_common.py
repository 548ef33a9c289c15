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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

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

    def __init__(self, f: DealFormat, heading: str) -> None:
        self.f = f
        self.heading = heading
        s = f.styles
        self.rows: list[list[Any]] = []
        self.style: list[tuple[Any, ...]] = [
            *base_table_style(s.font),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
        ]
        self._group = ParagraphStyle("deal_group", parent=s.cell, textColor=INK_SOFT)
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

    def line(self, name: str, amount: str, detail: str = "") -> None:
        """An item; its detail follows in small grey type on the same line when it fits."""
        s = self.f.styles
        text = markup(name)
        if detail:
            text += f'　<font size="7.5" color="#474747">{markup(detail)}</font>'
        self.rows.append([Paragraph(text, s.cell), para(amount, s.cell_right)])

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

    def done(self) -> Table:
        width = self.f.width
        return headed_table(
            para(self.heading, self.f.styles.heading),
            self.rows,
            [width * 0.72, width * 0.28],
            self.style,
        )


def notes(texts: Sequence[str], styles: Styles) -> list[Paragraph]:
    """Footnotes in small type, each starting with ※."""
    style = ParagraphStyle(
        "deal_note", parent=styles.small, leftIndent=3.2 * mm, firstLineIndent=-3.2 * mm
    )
    return [para(f"※ {text}", style) for text in texts if text]


__all__ = [
    "DASH",
    "AmountTable",
    "DealFormat",
    "DealGrid",
    "PriceLine",
    "VehicleInfo",
    "label_paras",
    "notes",
    "percent",
    "vehicle_power",
]
