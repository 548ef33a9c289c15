"""Form helpers: a field with its error message right under it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class FieldError(QLabel):
    """A red message under a field; empty (and hidden) when the field is fine."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{name}")
        self.setAccessibleName(f"error_{name}")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def set_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(field: QWidget, error: FieldError) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def name_widget(widget: W, name: str) -> W:
    widget.setObjectName(name)
    widget.setAccessibleName(name)
    return widget


def add_row(form: QFormLayout, label: QLabel, field: QWidget, error: FieldError) -> None:
    label.setBuddy(field)
    form.addRow(label, with_error(field, error))
