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


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """The path the user picked to save to, or "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return str(path)


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int:
    """Index of the item the user chose, or -1 when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(text) if ok and text in items else -1


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str:
    """The existing file the user picked to open, or "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return str(path)
