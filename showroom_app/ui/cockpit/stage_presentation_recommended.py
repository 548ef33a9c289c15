"""Stage 4 tab: the trims recommended for this customer, each with its reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.services.presentation_records import Recommendations
from showroom_app.ui import labels
from showroom_app.ui.cockpit import stage_presentation_texts as words
from showroom_app.ui.widgets.forms import name_widget

if TYPE_CHECKING:
    from showroom_app.ui.cockpit.stage_presentation import PresentationPanel

TRIM_ROLE = Qt.ItemDataRole.UserRole


def _button(parent: QWidget, name: str) -> QPushButton:
    button = name_widget(QPushButton(parent), name)
    button.setAutoDefault(False)
    return button


class RecommendedSection(QWidget):
    """The best-fitting trims, each with the reasons (✓ good, ✗ against, • to know)."""

    def __init__(self, panel: PresentationPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("presentation_recommended")
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("presentation_recommended_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7a4f00;")
        layout.addWidget(self.note)
        self.tree = name_widget(QTreeWidget(self), "presentation_recommended_list")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self.on_tree_item_double_clicked)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.compare_button = _button(self, "presentation_recommended_compare")
        self.compare_button.clicked.connect(self.on_compare_button_clicked)
        self.present_button = _button(self, "presentation_recommended_present")
        self.present_button.clicked.connect(self.on_present_button_clicked)
        row.addWidget(self.compare_button)
        row.addWidget(self.present_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result: Recommendations | None = None
        self._shown: tuple[Recommendations, str] | None = None  # what the tree shows

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Trim and reasons"), self.tr("MSRP"), self.tr("Stock")])
        self.compare_button.setText(self.tr("Add to comparison"))
        self.present_button.setText(self.tr("Walk around this trim"))
        if self.result is None:
            self.refresh()
        else:
            self.show_result()

    def refresh(self) -> None:
        """Re-rank (the needs may have changed); the list is redrawn only if it differs."""
        try:
            self.result = self.panel.ctx.services.presentation.recommendations(
                self.panel.opportunity_id
            )
        except ShowroomError as exc:
            self.result = None
            self.note.setText(str(exc))
        if self.result is None or self._shown != (self.result, self.panel.ctx.language):
            self.show_result()

    def show_result(self) -> None:
        self.tree.clear()
        result = self.result
        self._shown = None if result is None else (result, self.panel.ctx.language)
        if result is None:
            return
        self.note.setText(
            ""
            if result.needs_recorded
            else self.tr(
                "Record the budget, passengers, preferred powertrain and priorities in the "
                "needs analysis: the recommendations then fit this customer."
            )
        )
        self.note.setVisible(not result.needs_recorded)
        language = self.panel.ctx.language
        bold = QFont()
        bold.setBold(True)
        for rank, item in enumerate(result.items, start=1):
            row = item.row
            top = QTreeWidgetItem(
                [
                    f"{rank}. {row.full_name(language)}",
                    labels.money(row.msrp, row.currency),
                    words.availability(row.in_stock, row.in_transit),
                ]
            )
            top.setData(0, TRIM_ROLE, row.trim_id)
            top.setFont(0, bold)
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for reason in item.recommendation.reasons:
                text = words.reason_text(reason, row.currency, language)
                child = QTreeWidgetItem([f"    {words.TONE_MARK[reason.tone]} {text}"])
                child.setData(0, TRIM_ROLE, row.trim_id)
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
                child.setForeground(0, QBrush(QColor(words.TONE_COLOUR[reason.tone])))
                child.setFirstColumnSpanned(True)
                child.setData(0, Qt.ItemDataRole.UserRole + 1, reason.tone.value)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected_trim(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, TRIM_ROLE))

    def reasons_of(self, trim_id: int) -> list[tuple[str, str]]:
        """(tone, text) of each reason shown for the trim (for tests and screen readers)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None or top.data(0, TRIM_ROLE) != trim_id:
                continue
            children = (top.child(j) for j in range(top.childCount()))
            return [
                (
                    str(child.data(0, Qt.ItemDataRole.UserRole + 1)),
                    str(child.data(0, Qt.ItemDataRole.AccessibleTextRole)),
                )
                for child in children
                if child is not None
            ]
        return []

    def on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.panel.present(int(item.data(0, TRIM_ROLE)))

    def on_compare_button_clicked(self) -> None:
        trim = self.selected_trim()
        if trim is not None:
            self.panel.add_to_compare([trim])

    def on_present_button_clicked(self) -> None:
        trim = self.selected_trim()
        if trim is not None:
            self.panel.present(trim)


__all__ = ["RecommendedSection"]
