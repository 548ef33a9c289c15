"""What every printed document shares: options, the letterhead, page furniture, safe text.

Documents are pure: ``render_x(data, options) -> bytes`` with everything already formatted
as strings by the service; labels come from dictionaries in ``labels`` (no Qt in this
layer). Every page carries the dealership's letterhead at the top and, at the bottom, the
print date and "page x / y" (DOMAIN.md §6, common content).

Only the bundled TrueType font is used, embedded as a subset. Characters it has no glyph
for (emoji, say) are mapped to a visible placeholder box — or to nothing, for invisible
format characters such as the right-to-left mark — while the PDF's text layer keeps the
character itself, so copying, searching and text extraction give back exactly what was
typed (see :func:`cover_glyphs`).
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table, TableStyle, paragraph

from showroom_app.documents.fonts import FONT_NAME, register_fonts
from showroom_app.documents.labels import (
    COMMON_LABELS,
    VOCABULARY,
    common_label,
    person_name,
    tax_id_label,
    term,
)

LANGUAGES = ("zh_TW", "zh_CN", "en")
PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

GRID = colors.Color(0.62, 0.62, 0.62)
SHADE = colors.Color(0.94, 0.94, 0.94)
INK_SOFT = colors.Color(0.28, 0.28, 0.28)
HEADING_BAR = colors.Color(0.25, 0.25, 0.25)
# the letterhead may be no longer than validation allows (DOMAIN.md: name 200, address 500),
# so that a damaged settings row can never push the page body off the page
_LETTERHEAD_LIMITS = {"name": 200, "address": 500, "phone": 40, "tax_id": 40}


@dataclass(frozen=True)
class DocumentOptions:
    """How to print: document language (not the UI language), paper and the print time.

    ``roc_dates`` asks for Taiwan's 民國 years (AD − 1911) in the body of zh_TW documents
    that support it (DOMAIN.md §6, §11); other languages and documents ignore it.
    ``bilingual`` prints a Chinese document's labels with their English beside them
    ("報價單 Quotation"), for buyers who read English; values stay as given. Documents
    that support it say so; an English document ignores it.
    """

    language: str
    paper: str
    printed_at: datetime
    roc_dates: bool = False
    bilingual: bool = False

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown document language {self.language!r}")
        if self.paper not in PAPERS:
            raise ValueError(f"unknown paper size {self.paper!r}")


@dataclass(frozen=True)
class Letterhead:
    """The dealership as printed at the top of every page."""

    name: str
    address: str = ""
    phone: str = ""  # already formatted for display
    tax_id: str = ""
    region: str = "TW"  # names the tax ID: 統一編號 (TW), 统一社会信用代码 (CN), BR no. (HK)
    logo: bytes | None = None  # the picture file as stored; drawn left of the name


# -- dates and numbers as printed (the labels and vocabulary live in labels.py) ---------------


def format_date(value: date | None) -> str:
    """ISO dates (2026-11-29) read the same in all three regions and languages."""
    return value.isoformat() if value else ""


def format_datetime(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def format_count(value: int | None) -> str:
    """Odometer readings and intervals: ``12,345``; nothing when unknown."""
    return "" if value is None else f"{value:,}"


# -- the font, and characters it cannot draw ---------------------------------------------------

_PLACEHOLDER = 0x25A1  # □: the usual printed mark for a character the type cannot show (缺字)
_INVISIBLE = 0x200B  # zero-width space: the font's own zero-width glyph
_NO_LINE_START = (
    "\uff0c\uff1a\uff1b\uff01\uff1f\uff05\u2026\u2025\u00b7\u30fb\uff0e"  # ，：；！？％…‥·・．
)
# control and format characters (RTL marks, joiners) take no room; anything else missing —
# emoji, a private-use 造字 in a name — shows as a box, never silently as nothing
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
_glyph_lock = threading.Lock()
_installed = False


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode map, with code points above U+FFFF written as UTF-16.

    ReportLab 5 writes U+1F697 as ``<1F697>`` (odd-length, not UTF-16), so PDF readers drop
    the character: an emoji copied out of the PDF came back as NUL. The PDF specification
    wants UTF-16BE, i.e. a surrogate pair (``<D83DDE97>``); the map is otherwise identical.
    """
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def document_font() -> str:
    """The bundled font, registered once, ready for Chinese text.

    Two corrections to ReportLab are installed with it: the ToUnicode map above, and
    full-width punctuation added to the characters that may not start a line. ReportLab's
    list has 、 and 。 but not ，：；！？, so a comma could begin a line in a table cell;
    with them listed, the comma hangs at the end of the line instead (標點懸掛), as in
    any Chinese typesetting.
    """
    global _installed
    name = register_fonts()
    if not _installed:
        with _glyph_lock:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
            # single-style paragraphs wrap in textsplit, mixed ones in paragraph
            for module in (textsplit, paragraph):
                if _NO_LINE_START not in module.ALL_CANNOT_START:
                    module.ALL_CANNOT_START += _NO_LINE_START
            _installed = True
    return name


def cover_glyphs(text: str) -> None:
    """Give the font a glyph for every character of ``text`` it lacks.

    Without this ReportLab prints such characters with code 0: they vanish from the page
    *and* from the text layer. Mapped here to a box (□) — or, for invisible format and
    control characters, to the font's zero-width glyph — each keeps its own code, so the
    ToUnicode map carries the real character and the PDF extracts exactly as typed.
    """
    face = pdfmetrics.getFont(FONT_NAME).face
    glyphs: dict[int, int] = face.charToGlyph
    missing = {code for code in map(ord, text) if code not in glyphs}
    if not missing:
        return
    widths: dict[int, float] = face.charWidths
    with _glyph_lock:
        for code in missing:
            if code in glyphs:
                continue
            invisible = unicodedata.category(chr(code)) in _INVISIBLE_CATEGORIES
            source = _INVISIBLE if invisible else _PLACEHOLDER
            widths[code] = widths.get(source, 0.0)
            glyphs[code] = glyphs[source]


def markup(text: str) -> str:
    """User text as Paragraph markup that prints exactly that text (STYLE.md §3).

    Escaped, so ``<``, ``&`` and ``<img src=...>`` are characters, never markup; line breaks
    are kept.
    """
    clean = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
    cover_glyphs(clean)
    return escape(clean).replace("\n", "<br/>")


# -- styles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle
    small: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_line: ParagraphStyle
    letterhead_right: ParagraphStyle
    letterhead_right_small: ParagraphStyle


def _style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    # every style names the bundled font, bullets included: no Helvetica reference anywhere
    return ParagraphStyle(
        name,
        fontName=font,
        bulletFontName=font,
        fontSize=size,
        leading=leading,
        wordWrap="CJK",
        splitLongWords=1,
        **kw,
    )


def make_styles() -> Styles:
    font = document_font()
    return Styles(
        font=font,
        title=_style("title", font, 16, 21, spaceAfter=1 * mm),
        heading=_style("heading", font, 11, 14, textColor=colors.white),
        subheading=_style("subheading", font, 9.5, 13, spaceBefore=2 * mm, spaceAfter=1 * mm),
        label=_style("label", font, 8.5, 11, textColor=INK_SOFT),
        value=_style("value", font, 9.5, 12.5),
        cell=_style("cell", font, 8.5, 11),
        cell_right=_style("cell_right", font, 8.5, 11, alignment=TA_RIGHT),
        head_cell=_style("head_cell", font, 8.5, 11),
        head_cell_right=_style("head_cell_right", font, 8.5, 11, alignment=TA_RIGHT),
        small=_style("small", font, 7.5, 10, textColor=INK_SOFT),
        letterhead_name=_style("lh_name", font, 14, 18),
        letterhead_line=_style("lh_line", font, 8.5, 11, textColor=INK_SOFT),
        letterhead_right=_style("lh_right", font, 11, 14, alignment=TA_RIGHT),
        letterhead_right_small=_style(
            "lh_right_small", font, 8.5, 11, alignment=TA_RIGHT, textColor=INK_SOFT
        ),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped)."""
    return Paragraph(markup(text), style)


def heading_bar(text: str, styles: Styles, width: float) -> Table:
    """A section heading: white on a dark full-width bar."""
    bar = Table(
        [[para(text, styles.heading)]],
        colWidths=[width],
        hAlign="LEFT",
        spaceBefore=4.5 * mm,
        spaceAfter=2 * mm,
    )
    bar.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("BACKGROUND", (0, 0), (-1, -1), HEADING_BAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ]
        )
    )
    return bar


def base_table_style(font: str) -> list[tuple[Any, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.0 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ]


# -- page furniture: letterhead on top, print date and "page x / y" at the bottom -------------

MARGIN_X: float = 15 * mm
MARGIN_TOP: float = 10 * mm
MARGIN_BOTTOM: float = 17 * mm
_HEADER_GAP: float = 5 * mm


class PageFurniture:
    """Draws the letterhead and the footer on one page (called once the total is known).

    A document can subclass it to draw more on every page (``draw``) and to keep more room
    at the bottom for that (``bottom_margin``); ``landscape`` turns the paper.
    """

    def __init__(
        self,
        letterhead: Letterhead,
        options: DocumentOptions,
        styles: Styles,
        title: str,
        reference: str,
        *,
        landscape: bool = False,
    ) -> None:
        self.options = options
        self.styles = styles
        self.page_width, self.page_height = PAPERS[options.paper]
        if landscape:
            self.page_width, self.page_height = self.page_height, self.page_width
        self.width = self.page_width - 2 * MARGIN_X
        lang = options.language
        lines = [para(_limit(letterhead.name, "name"), styles.letterhead_name)]
        if letterhead.address:
            lines.append(para(_limit(letterhead.address, "address"), styles.letterhead_line))
        contact = []
        if letterhead.phone:
            contact.append(f"{common_label(lang, 'phone')} {_limit(letterhead.phone, 'phone')}")
        if letterhead.tax_id:
            contact.append(
                f"{tax_id_label(letterhead.region, lang)} {_limit(letterhead.tax_id, 'tax_id')}"
            )
        if contact:
            lines.append(
                para(("　" if lang != "en" else " · ").join(contact), styles.letterhead_line)
            )
        right = [para(title, styles.letterhead_right)]
        if reference:
            right.append(para(reference, styles.letterhead_right_small))
        row: list[Any] = [lines, right]
        widths = [self.width * 0.64, self.width * 0.36]
        if letterhead.logo:
            logo = _logo(letterhead.logo)
            row.insert(0, logo)
            widths = [
                float(logo.drawWidth) + 3 * mm,
                widths[0] - logo.drawWidth - 3 * mm,
                widths[1],
            ]
        self.header = Table([row], colWidths=widths, hAlign="LEFT")
        self.header.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), styles.font),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black),
                ]
            )
        )
        _, height = self.header.wrap(self.width, self.page_height / 3)
        self.header_height = float(height)

    @property
    def top_margin(self) -> float:
        return MARGIN_TOP + self.header_height + _HEADER_GAP

    @property
    def bottom_margin(self) -> float:
        return MARGIN_BOTTOM

    def draw(self, canvas: Any, page: int, total: int) -> None:
        canvas.saveState()
        self.header.drawOn(canvas, MARGIN_X, self.page_height - MARGIN_TOP - self.header_height)
        lang = self.options.language
        font = self.styles.font
        y = MARGIN_BOTTOM - 8 * mm
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, y + 3.6 * mm, self.page_width - MARGIN_X, y + 3.6 * mm)
        canvas.setFillColor(INK_SOFT)
        canvas.setFont(font, 7.5)
        printed = common_label(lang, "printed").format(
            when=format_datetime(self.options.printed_at)
        )
        canvas.drawString(MARGIN_X, y, printed)
        canvas.drawCentredString(self.page_width / 2, y, common_label(lang, "confidential"))
        canvas.setFillColor(colors.black)
        canvas.setFont(font, 8.5)
        page_label = common_label(lang, "page").format(page=page, total=total)
        if self.options.bilingual and lang != "en":
            page_label += "  " + common_label("en", "page").format(page=page, total=total)
        canvas.drawRightString(self.page_width - MARGIN_X, y, page_label)
        canvas.restoreState()


_LOGO_MAX_W: float = 40 * mm
_LOGO_MAX_H: float = 15 * mm


def _logo(data: bytes) -> Image:
    """The dealership's logo, at most 40 × 15 mm, its proportions kept.

    A picture that cannot be used raises ``images.DocumentImageError``.
    """
    from showroom_app.documents.images import prepare_logo  # Pillow only when a logo is set

    prepared = prepare_logo(data)
    w, h = prepared.fit(_LOGO_MAX_W, _LOGO_MAX_H)
    return Image(io.BytesIO(prepared.data), width=w, height=h, hAlign="LEFT")


def _limit(text: str, field: str) -> str:
    limit = _LETTERHEAD_LIMITS[field]
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _NumberedCanvas(Canvas):  # type: ignore[misc, unused-ignore]
    """Holds the pages back until the end, so each can say "page x / y"."""

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._furniture.draw(self, self._pageNumber, total)
            super().showPage()
        super().save()


def build_pdf(
    story: list[Any],
    *,
    options: DocumentOptions,
    furniture: PageFurniture,
    title: str,
    author: str,
) -> bytes:
    """Lay out ``story`` on the chosen paper with the page furniture; deterministic bytes.

    ``invariant`` keeps ReportLab from stamping the build time and a random ID into the
    file, so the same data and print time always give the same bytes (and the same hash in
    the audit log).
    """
    width, height = furniture.page_width, furniture.page_height
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(width, height),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=furniture.top_margin,
        bottomMargin=furniture.bottom_margin,
        title=title,
        author=author,
        creator="Showroom Assistant",
        lang={"zh_TW": "zh-TW", "zh_CN": "zh-CN"}.get(options.language, "en"),
        invariant=1,
        initialFontName=furniture.styles.font,
    )
    maker: Callable[..., Canvas] = partial(_NumberedCanvas, furniture=furniture)
    doc.build(story, canvasmaker=maker)
    return buf.getvalue()


__all__ = [
    "COMMON_LABELS",
    "LANGUAGES",
    "PAPERS",
    "VOCABULARY",
    "DocumentOptions",
    "Letterhead",
    "PageFurniture",
    "Styles",
    "base_table_style",
    "build_pdf",
    "common_label",
    "cover_glyphs",
    "document_font",
    "format_count",
    "format_date",
    "format_datetime",
    "heading_bar",
    "make_styles",
    "markup",
    "para",
    "person_name",
    "tax_id_label",
    "term",
]
