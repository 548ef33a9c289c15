"""Stage 4 tab: the six-point walkaround (DOMAIN.md §4.4) with the chosen trim's FAB cards.

Left, the six points in the usual order, each ticked when done; right, the cards of the
selected point: feature, advantage, benefit — those serving the customer's priorities
first and marked "★ Priority n". Ticking a point saves it, and its cards count as shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError
from showroom_app.domain.presentation import WALKAROUND_POINTS, local_text
from showroom_app.services.presentation_records import WalkaroundCard
from showroom_app.ui.cockpit import stage_presentation_texts as words
from showroom_app.ui.widgets.forms import name_widget

if TYPE_CHECKING:
    from showroom_app.ui.cockpit.stage_presentation import PresentationPanel

CODE_ROLE = Qt.ItemDataRole.UserRole
MATCH_STYLE = "QFrame#%s { background: #fff8e1; border: 1px solid #f0a500; border-radius: 4px; }"
PLAIN_STYLE = "QFrame#%s { background: #ffffff; border: 1px solid #cccccc; border-radius: 4px; }"


def _text(parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the dealership's text is data
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class CardFrame(QFrame):
    """One FAB card; ``rank`` is the customer's priority it serves (None: none of them)."""

    def __init__(self, card: WalkaroundCard, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.card = card
        name = f"presentation_card_{card.card.card_id}"
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setProperty("priority_rank", card.rank or 0)
        self.setStyleSheet((MATCH_STYLE if card.rank else PLAIN_STYLE) % name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.badge = _text(self, "color: #7a4f00; font-weight: 600;")
        self.feature = _text(self, "font-size: 11pt; font-weight: 600;")
        self.advantage = _text(self)
        self.benefit = _text(self, "color: #1b5e20;")
        for label in (self.badge, self.feature, self.advantage, self.benefit):
            layout.addWidget(label)
        c = card.card
        self.feature.setText(local_text(c.feature, language))
        self._advantage = local_text(c.advantage, language)
        self._benefit = local_text(c.benefit, language)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        c = self.card
        if c.rank:
            self.badge.setText(
                self.tr("★ Priority %1 · %2")
                .replace("%1", str(c.rank))
                .replace("%2", words.priority(c.card.priority))
            )
        elif c.card.priority:
            self.badge.setText(words.priority(c.card.priority))
        self.badge.setVisible(bool(c.rank or c.card.priority))
        self.advantage.setText(self.tr("Advantage: %1").replace("%1", self._advantage))
        self.benefit.setText(self.tr("Benefit for you: %1").replace("%1", self._benefit))
        self.advantage.setVisible(bool(self._advantage))
        self.benefit.setVisible(bool(self._benefit))


class WalkaroundSection(QWidget):
    def __init__(self, panel: PresentationPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("presentation_walkaround")
        self.cards: dict[str, list[WalkaroundCard]] = {p: [] for p in WALKAROUND_POINTS}
        self.card_frames: list[CardFrame] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.trim_label = QLabel(self)
        self.trim_combo = name_widget(QComboBox(self), "presentation_walk_trim")
        self.trim_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.trim_combo.activated.connect(self.on_trim_combo_activated)
        self.trim_label.setBuddy(self.trim_combo)
        top.addWidget(self.trim_label)
        top.addWidget(self.trim_combo)
        top.addStretch(1)
        layout.addLayout(top)
        body = QHBoxLayout()
        self.points = name_widget(QListWidget(self), "presentation_points")
        self.points.setMaximumWidth(340)
        self.points.setMinimumWidth(260)
        self.points.setWordWrap(True)
        self.points.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for code in WALKAROUND_POINTS:
            item = QListWidgetItem()
            item.setData(CODE_ROLE, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.points.addItem(item)
        self.points.itemChanged.connect(self.on_points_item_changed)
        self.points.currentRowChanged.connect(self.on_points_current_row_changed)
        body.addWidget(self.points)
        self.cards_scroll = QScrollArea(self)
        self.cards_scroll.setObjectName("presentation_cards")
        self.cards_scroll.setWidgetResizable(True)
        self.cards_body = QWidget(self.cards_scroll)
        self.cards_layout = QVBoxLayout(self.cards_body)
        self.cards_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.point_heading = _text(self.cards_body, "font-size: 12pt; font-weight: 600;")
        self.point_heading.setObjectName("presentation_point_heading")
        self.empty_label = _text(self.cards_body, "color: #555555;")
        self.empty_label.setObjectName("presentation_cards_empty")
        self.cards_layout.addWidget(self.point_heading)
        self.cards_layout.addWidget(self.empty_label)
        self.cards_scroll.setWidget(self.cards_body)
        body.addWidget(self.cards_scroll, 1)
        layout.addLayout(body, 1)
        self.points.setCurrentRow(0)
        self.show_record()

    # -- text ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.trim_label.setText(self.tr("&Trim shown:"))
        self.refresh_trims()
        self._label_points()
        self._update_texts()
        for frame in self.card_frames:
            frame.retranslate_ui()

    def _label_points(self) -> None:
        self.points.blockSignals(True)
        for i, code in enumerate(WALKAROUND_POINTS):
            cards = self.cards.get(code, [])
            matched = sum(1 for c in cards if c.rank)
            text = f"{i + 1}. {words.point(code)}"
            if cards:
                text += " " + self.tr("(%n card(s))", "", len(cards))
            if matched:
                text = "★ " + text
            self.points.item(i).setText(text)
        self.points.blockSignals(False)

    # -- state ---------------------------------------------------------------------------------
    def show_record(self) -> None:
        done = set(self.panel.record.points_done)
        self.points.blockSignals(True)
        for i, code in enumerate(WALKAROUND_POINTS):
            state = Qt.CheckState.Checked if code in done else Qt.CheckState.Unchecked
            self.points.item(i).setCheckState(state)
        self.points.blockSignals(False)
        self.refresh_trims()
        if self.trim_combo.count() and self.current_trim() is None:
            self.trim_combo.setCurrentIndex(0)
        self.load_cards()

    def refresh_trims(self) -> None:
        """The trims to choose from: those presented (the latest first) and compared."""
        record = self.panel.record
        ids = list(dict.fromkeys([*reversed(record.trims), *record.compared]))
        current = self.current_trim()
        rows = self.panel.ctx.services.presentation.trim_rows(ids) if ids else []
        language = self.panel.ctx.language
        self.trim_combo.blockSignals(True)
        self.trim_combo.clear()
        for row in rows:
            self.trim_combo.addItem(row.full_name(language), row.trim_id)
        index = self.trim_combo.findData(current) if current is not None else 0
        self.trim_combo.setCurrentIndex(max(0, index) if rows else -1)
        self.trim_combo.blockSignals(False)

    def current_trim(self) -> int | None:
        data = words.current_data(self.trim_combo, 0)
        return int(data) or None

    def choose_trim(self, trim_id: int) -> None:
        index = self.trim_combo.findData(trim_id)
        if index >= 0:
            self.trim_combo.setCurrentIndex(index)
        self.load_cards()

    def load_cards(self) -> None:
        trim = self.current_trim()
        self.cards = {p: [] for p in WALKAROUND_POINTS}
        if trim is not None:
            try:
                self.cards = self.panel.ctx.services.presentation.walkaround_cards(
                    trim, self.panel.opportunity_id
                )
            except ShowroomError as exc:
                self.panel.report(exc)
        self._label_points()
        self.show_cards()

    def current_point(self) -> str:
        item = self.points.currentItem()
        return str(item.data(CODE_ROLE)) if item is not None else WALKAROUND_POINTS[0]

    def show_cards(self) -> None:
        for frame in self.card_frames:
            self.cards_layout.removeWidget(frame)
            frame.hide()  # deleted later: never left drawn over the new cards
            frame.deleteLater()
        self.card_frames = []
        cards = self.cards.get(self.current_point(), [])
        self._update_texts()
        self.empty_label.setVisible(not cards)
        language = self.panel.ctx.language
        for card in cards:
            frame = CardFrame(card, language, self.cards_body)
            self.cards_layout.addWidget(frame)
            frame.show()
            self.card_frames.append(frame)

    def _update_texts(self) -> None:
        self.point_heading.setText(words.point(self.current_point()))
        if self.current_trim() is None:
            self.empty_label.setText(
                self.tr(
                    "Choose a trim to walk around: “Walk around this trim” in the "
                    "Recommended or Catalogue tab."
                )
            )
        else:
            self.empty_label.setText(
                self.tr("No FAB cards for this point yet. A manager adds them in Inventory.")
            )

    def done_points(self) -> list[str]:
        return [
            WALKAROUND_POINTS[i]
            for i in range(self.points.count())
            if self.points.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- slots ---------------------------------------------------------------------------------
    def on_trim_combo_activated(self, _index: int) -> None:
        self.load_cards()

    def on_points_current_row_changed(self, _row: int) -> None:
        self.show_cards()

    def on_points_item_changed(self, item: QListWidgetItem) -> None:
        code = str(item.data(CODE_ROLE))
        shown = list(self.panel.record.cards_shown)
        if item.checkState() == Qt.CheckState.Checked:
            shown += [c.card.card_id for c in self.cards.get(code, [])]
        if not self.panel.save(points_done=self.done_points(), cards_shown=shown):
            self.show_record()  # back to what is stored
        self.points.setCurrentItem(item)


__all__ = ["CardFrame", "WalkaroundSection"]
