"""Reading the closing, finance and delivery documents back: text, fonts, pages, images.

Text comes out of pypdf as a reader would copy it; whitespace is ignored when comparing,
because ReportLab wraps long values onto several lines.
"""

from __future__ import annotations

import decimal
import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from showroom_app.documents.common import COMMON_LABELS, DocumentOptions

PRINTED_AT_TEXT = "2026-11-29 14:05"
LANGS = ["zh_TW", "zh_CN", "en"]
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
    "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
A4 = (595, 842)
LETTER = (612, 792)


def options(
    language: str = "zh_TW", paper: str = "A4", *, bilingual: bool = False, roc: bool = False
) -> DocumentOptions:
    from deal_samples import PRINTED_AT

    return DocumentOptions(language, paper, PRINTED_AT, roc_dates=roc, bilingual=bilingual)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(pdf: bytes, lang: str = "zh_TW") -> str:
    """All pages, whitespace removed, without the footer's print date (always ISO)."""
    printed = squash(COMMON_LABELS[lang]["printed"].format(when=PRINTED_AT_TEXT))
    return squash("".join(pages_text(pdf))).replace(printed, "")


def page_sizes(pdf: bytes) -> set[tuple[int, int]]:
    return {
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in reader(pdf).pages
    }


def assert_fonts_embedded(pdf: bytes) -> None:
    """Every font on every page is a TrueType subset carried in the file; no standard 14."""
    assert b"Helvetica" not in pdf
    seen = 0
    for page in reader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14, base
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), base
            seen += 1
    assert seen


def image_sizes(pdf: bytes) -> list[tuple[int, int]]:
    """Pixel size of every image drawn on any page, in page order."""
    sizes = []
    for page in reader(pdf).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


@pytest.fixture
def floats_trapped() -> Iterator[None]:
    """Any float meeting a Decimal fails loudly (issue 6: money never touches a float)."""
    with decimal.localcontext() as context:
        context.traps[decimal.FloatOperation] = True
        yield
