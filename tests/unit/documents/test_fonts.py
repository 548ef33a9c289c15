"""The bundled font is ready for ReportLab and is embedded in what it prints."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from showroom_app.documents.fonts import FONT_NAME, register_fonts

TEXT = "展廳助手 展厅助手 Showroom Assistant 陳 陈 NT$1,234"


def _pdf_with(text: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, initialFontName=register_fonts())
    c.setFont(register_fonts(), 12)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_registration_is_idempotent():
    assert register_fonts() == register_fonts() == FONT_NAME


def test_cjk_and_latin_text_prints_with_an_embedded_font():
    # GIVEN a page with Traditional, Simplified and Latin text in the bundled font
    reader = PdfReader(io.BytesIO(_pdf_with(TEXT)))
    page = reader.pages[0]
    # THEN the text can be extracted exactly as written
    assert page.extract_text().strip() == TEXT
    # AND every font on the page carries its glyphs (a FontFile2 stream: TrueType subset)
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendants = font.get("/DescendantFonts")
        descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()
