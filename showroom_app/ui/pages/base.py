"""Base class of the main window's pages: layout, translation and refresh hooks."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from showroom_app.ui.context import AppContext


class Page(QWidget):
    key = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")
        self.setAccessibleName(f"page_{self.key}")
        self._ready = False
        self.setup_ui()
        self._ready = True
        self.retranslate_ui()

    def title(self) -> str:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def setup_ui(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def retranslate_ui(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the services; called whenever the page is shown."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)


def heading(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 4px 0;")
    return label


def make_table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultSectionSize(140)
    view.setWordWrap(False)
    return view
