"""Two parts of the needs page: the ranked priorities list and the intent-level box.

``PriorityList``: every priority of DOMAIN.md §4.3 with a tick box; the ticked ones are the
customer's priorities, most important first. Space ticks, Ctrl+Up / Ctrl+Down (or the
arrow buttons) move the current one.

``IntentBox``: the level the answers suggest (DOMAIN.md §9.2), a picker preset to it and
"Confirm" — the salesperson decides; lowering a level asks first; the service logs every
change. It shows the follow-up date the dealership's cadence gives the chosen level.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain import cockpit_messages
from showroom_app.domain.cockpit import LEVEL_RANK, next_follow_up
from showroom_app.domain.enums import IntentLevel, OpportunityStatus
from showroom_app.domain.errors import ConfirmationRequired, ShowroomError, ValidationError
from showroom_app.domain.needs import PRIORITIES
from showroom_app.services.cockpit import CockpitView
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_needs_fields as nf
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

CODE_ROLE = Qt.ItemDataRole.UserRole


class PriorityList(QWidget):
    """The customer's priorities, ranked; ``changed`` after a tick or a move."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_box")
        self.list = name_widget(QListWidget(self), name)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.installEventFilter(self)
        for code in PRIORITIES:
            item = QListWidgetItem(self.list)
            item.setData(CODE_ROLE, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(self.on_list_item_changed)
        self.up_button = name_widget(QToolButton(self), f"{name}_up")
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = name_widget(QToolButton(self), f"{name}_down")
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for button in (self.up_button, self.down_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do it from the list
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.list.setToolTip(
            self.tr("Tick what matters to the customer (Space), most important first.")
        )
        self._renumber()
        rows = self.list.count()
        height = self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2
        self.list.setFixedHeight(max(height, 60))

    # -- value ------------------------------------------------------------------------------
    def value(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(CODE_ROLE))
            for item in self._items()
            if item.checkState() is Qt.CheckState.Checked
        )

    def set_value(self, codes: tuple[str, ...]) -> None:
        """Show ``codes`` ticked in this order (unknown codes are ignored); no ``changed``."""
        chosen = [c for c in dict.fromkeys(codes) if c in PRIORITIES]
        order = chosen + [c for c in PRIORITIES if c not in chosen]
        self.list.blockSignals(True)
        items = {str(i.data(CODE_ROLE)): i for i in self._items()}
        while self.list.count():
            self.list.takeItem(0)
        for code in order:
            item = items[code]
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._renumber()

    # -- behaviour --------------------------------------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _ticked_count(self) -> int:
        return sum(1 for i in self._items() if i.checkState() is Qt.CheckState.Checked)

    def _renumber(self) -> None:
        self.list.blockSignals(True)
        rank = 0
        for item in self._items():
            name = nf.priority(str(item.data(CODE_ROLE)))
            if item.checkState() is Qt.CheckState.Checked:
                rank += 1
                item.setText(f"{rank}. {name}")
            else:
                item.setText(name)
        self.list.blockSignals(False)

    def _move_item(self, row: int, target: int) -> None:
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def on_list_item_changed(self, item: QListWidgetItem) -> None:
        """A tick joins the ranking at its end; an untick leaves it."""
        row = self.list.row(item)
        ticked = self._ticked_count()
        if item.checkState() is Qt.CheckState.Checked:
            self._move_item(row, ticked - 1)
        else:
            self._move_item(row, ticked)
        self._renumber()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        """Move the current ticked priority up (-1) or down (+1) within the ranking."""
        item = self.list.currentItem()
        if item is None or item.checkState() is not Qt.CheckState.Checked:
            return
        row = self.list.row(item)
        target = row + step
        if not 0 <= target < self._ticked_count():
            return
        self._move_item(row, target)
        self._renumber()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers()
            moving = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            if moving and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)


class IntentBox(QFrame):
    """Suggested intent level, a picker and "Confirm"; ``changed`` after a level was set."""

    changed = Signal()

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.view: CockpitView | None = None
        self.suggested: IntentLevel | None = None
        self.setObjectName("needs_intent_box")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#needs_intent_box { background: #f3f6fb; border: 1px solid #c5cfe0;"
            " border-radius: 4px; }"
        )
        self.caption = QLabel(self)
        self.caption.setObjectName("needs_intent_caption")
        self.caption.setStyleSheet("font-weight: 600;")
        self.current_label = QLabel(self)
        self.current_label.setObjectName("status_needs_intent_current")
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("status_needs_intent_suggested")
        self.picker_label = QLabel(self)
        self.picker_label.setObjectName("needs_intent_picker_label")
        self.picker = name_widget(QComboBox(self), "needs_intent_level")
        for level in LEVEL_RANK:
            self.picker.addItem("", level.value)
        self.picker.currentIndexChanged.connect(self.on_picker_changed)
        self.picker_label.setBuddy(self.picker)
        self.confirm_button = name_widget(QPushButton(self), "needs_intent_confirm")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.on_confirm_button_clicked)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("status_needs_intent_follow_up")
        self.error = FieldError("needs_intent_level", self)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.caption, 0, 0)
        grid.addWidget(self.suggestion_label, 0, 1)
        grid.addWidget(self.current_label, 0, 2, 1, 3)
        grid.addWidget(self.picker_label, 1, 0)
        grid.addWidget(self.picker, 1, 1)
        grid.addWidget(self.confirm_button, 1, 2)
        grid.addWidget(self.preview_label, 1, 3)
        grid.addWidget(self.error, 2, 0, 1, 5)
        grid.setColumnStretch(4, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("Intent level"))
        self.picker_label.setText(self.tr("S&et level:"))
        self.confirm_button.setText(self.tr("Confirm"))
        for i in range(self.picker.count()):
            self.picker.setItemText(i, labels.intent_level(self.picker.itemData(i)))
        self._show_labels()

    # -- state ------------------------------------------------------------------------------
    def show_state(self, view: CockpitView, suggested: IntentLevel | None = None) -> None:
        """The reloaded opportunity, with the level the last save suggested (if any)."""
        self.view = view
        new = suggested or view.suggested_intent
        if new is not self.suggested:  # a new suggestion: offer it in the picker
            self.suggested = new
            self.picker.blockSignals(True)
            self.picker.setCurrentIndex(max(0, self.picker.findData(new.value)))
            self.picker.blockSignals(False)
        closed = view.status is not OpportunityStatus.OPEN
        self.picker.setEnabled(not closed)
        self.confirm_button.setEnabled(not closed)
        self._show_labels()

    def chosen(self) -> IntentLevel:
        return IntentLevel(str(self.picker.currentData()))

    def follow_up_for(self, level: IntentLevel) -> date | None:
        """The date the opportunity's cadence gives ``level``, counted from today."""
        if self.view is None:
            return None
        return next_follow_up(level, date.today(), self.view.definition.cadence)

    def _show_labels(self) -> None:
        view = self.view
        if view is None:
            return
        suggested = self.suggested or view.suggested_intent
        self.suggestion_label.setText(
            self.tr("Suggested from the answers: %1").replace(
                "%1", labels.intent_level(suggested.value)
            )
        )
        now = labels.intent_level(view.intent_level.value)
        self.current_label.setText(
            self.tr("Now: %1 · next follow-up %2")
            .replace("%1", now)
            .replace("%2", labels.day(view.next_follow_up))
            if view.next_follow_up
            else self.tr("Now: %1 · no follow-up scheduled").replace("%1", now)
        )
        due = self.follow_up_for(self.chosen())
        self.preview_label.setText(
            self.tr("Next follow-up at this level: %1").replace("%1", labels.day(due))
            if due
            else self.tr("No scheduled follow-up at this level")
        )

    # -- slots ------------------------------------------------------------------------------
    def on_picker_changed(self, _index: int) -> None:
        self.error.set_error("")
        self._show_labels()

    def on_confirm_button_clicked(self) -> None:
        """Set the chosen level (asking first when it lowers the level)."""
        if self.view is None:
            return
        level = self.chosen()
        service = self.ctx.services.cockpit
        self.error.set_error("")
        try:
            try:
                service.set_intent(self.opportunity_id, level)
            except ConfirmationRequired:
                old = self.view.intent_level
                question = validation_text(
                    ValidationError(
                        "intent_level",
                        cockpit_messages.CONFIRM_DEMOTION,
                        "demotion",
                        old=labels.intent_level(old.value),
                        new=labels.intent_level(level.value),
                    )
                )
                if not messages.ask(self, self.tr("Lower the intent level"), question):
                    return
                service.set_intent(self.opportunity_id, level, confirm_demotion=True)
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.changed.emit()
