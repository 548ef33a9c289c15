"""Typing Chinese in widget tests the way an input method does (STYLE.md: ``keyClicks``
with CJK text aborts the interpreter): the committed string arrives as one
``QInputMethodEvent``, exactly as after picking characters in 注音 / 倉頡 / 拼音."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget


def type_cjk(widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)
