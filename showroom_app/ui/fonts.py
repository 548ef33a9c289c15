"""The bundled CJK font, registered with Qt so the screen matches print on any PC."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from showroom_app.paths import resources_dir

log = logging.getLogger(__name__)
FONT_FILE = "wqy-microhei.ttc"


def register_app_font(app: QApplication) -> str | None:
    """Register the bundled font and make it the application font; returns its family."""
    path = resources_dir() / "fonts" / FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load the bundled font %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    family = families[0]
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return family
