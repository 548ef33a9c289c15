"""Marking user-visible messages for translation without importing Qt.

``QT_TRANSLATE_NOOP("Validation", "…")`` returns the English text unchanged; Qt's
``lupdate`` recognises the call by name and puts the text in the ``.ts`` files, and the
UI translates it at display time (``ui.messages.validation_text``).
"""

from __future__ import annotations

VALIDATION = "Validation"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context  # only read by lupdate
    return source
