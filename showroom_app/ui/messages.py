"""Every message box and translated validation message goes through here.

Tests monkeypatch these functions instead of Qt's static helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from showroom_app.domain.errors import ValidationError


def critical(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def validation_text(error: ValidationError) -> str:
    """The error in the interface language (messages are English source in the domain)."""
    text = QCoreApplication.translate("Validation", error.message)
    try:
        return text.format(**error.params) if error.params else text
    except (KeyError, IndexError, ValueError):
        return error.message
