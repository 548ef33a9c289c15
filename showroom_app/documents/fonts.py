"""The bundled CJK TrueType font, registered with ReportLab once, lazily.

WenQuanYi Micro Hei has Latin, Traditional and Simplified glyphs in one face and is a
TrueType collection, which ReportLab embeds as a subset — so a printed contract looks the
same on a PC without any Chinese font. (CID fonts such as STSong-Light are never embedded
and vanish on such PCs; Noto/Source Han are CFF, which ReportLab rejects.) Registration
parses a 5 MB file (~300 ms), so it happens on first use, not at start-up.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from showroom_app.paths import resources_dir

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"
_lock = threading.Lock()


def register_fonts() -> str:
    """Register the document font (idempotent, thread-safe); returns its ReportLab name."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            path = resources_dir() / "fonts" / FONT_FILE
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME
