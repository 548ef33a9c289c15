"""The cockpit window for one opportunity: who, how warm, where in the process.

"A lighthouse, not reins" (MISSION.md): the stage bar shows each stage's *derived* status
and suggests one; every stage opens at any time. The window holds no state of its own:
after every save it reloads ``CockpitService.cockpit`` and repaints.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain import cockpit_messages
from showroom_app.domain.cockpit import LEVEL_RANK, StageStatus
from showroom_app.domain.enums import OpportunityStatus, Stage
from showroom_app.domain.errors import ConfirmationRequired, ShowroomError, ValidationError
from showroom_app.services.cockpit import CockpitView
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import texts
from showroom_app.ui.cockpit.close_dialog import CloseDialog
from showroom_app.ui.cockpit.stage_page import StagePage
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

NEXT_KEYS = ("Ctrl+PgDown", "Alt+Right")
PREVIOUS_KEYS = ("Ctrl+PgUp", "Alt+Left")


class CockpitDialog(QDialog):
    """A non-modal window on one opportunity; ``changed(opportunity_id)`` after each save."""

    changed = Signal(int)

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.setObjectName("cockpit_dialog")
        self.setAccessibleName("cockpit_dialog")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.view: CockpitView = ctx.services.cockpit.cockpit(opportunity_id)
        self.customer = ctx.services.customers.get(self.view.customer_id)
        self.stage_order: list[Stage] = list(self.view.stages)
        self.pages: dict[Stage, StagePage] = {}
        self.close_dialog: CloseDialog | None = None
        self._ready = False
        self.setup_ui()
        self._ready = True
        self.retranslate_ui()
        start = self.view.suggested_stage or (self.stage_order[0] if self.stage_order else None)
        if start is not None:
            self.open_stage(start)
        self.resize(1180, 760)

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        who = QVBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("cockpit_customer_value")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.phone_label = QLabel(self)
        self.phone_label.setObjectName("cockpit_phone_value")
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who.addWidget(self.name_label)
        who.addWidget(self.phone_label)
        head.addLayout(who, 2)

        intent = QVBoxLayout()
        row = QHBoxLayout()
        self.intent_caption = QLabel(self)
        self.intent_caption.setObjectName("cockpit_intent_caption")
        self.intent_combo = name_widget(QComboBox(self), "cockpit_intent")
        for level in LEVEL_RANK:
            self.intent_combo.addItem("", level.value)
        self.intent_combo.activated.connect(self.on_intent_combo_activated)
        self.intent_caption.setBuddy(self.intent_combo)
        row.addWidget(self.intent_caption)
        row.addWidget(self.intent_combo)
        row.addStretch(1)
        intent.addLayout(row)
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("status_cockpit_suggested_intent")
        self.apply_suggestion_button = name_widget(
            QPushButton(self), "cockpit_apply_suggested_intent"
        )
        self.apply_suggestion_button.setAutoDefault(False)
        self.apply_suggestion_button.clicked.connect(self.on_apply_suggestion_button_clicked)
        srow = QHBoxLayout()
        srow.addWidget(self.suggestion_label)
        srow.addWidget(self.apply_suggestion_button)
        srow.addStretch(1)
        intent.addLayout(srow)
        self.intent_error = FieldError("cockpit_intent", self)
        intent.addWidget(self.intent_error)
        head.addLayout(intent, 3)

        side = QVBoxLayout()
        self.follow_up_label = QLabel(self)
        self.follow_up_label.setObjectName("status_cockpit_follow_up")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_cockpit_status")
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.close_button = name_widget(QPushButton(self), "cockpit_close_opportunity")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.on_close_button_clicked)
        self.reopen_button = name_widget(QPushButton(self), "cockpit_reopen")
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.on_reopen_button_clicked)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        side.addWidget(self.follow_up_label)
        side.addWidget(self.status_label)
        side.addLayout(buttons)
        head.addLayout(side, 2)
        outer.addLayout(head)

        # the stage bar: one button per enabled stage, in the process's order
        self.stage_bar = QWidget(self)
        self.stage_bar.setObjectName("cockpit_stage_bar")
        bar = QHBoxLayout(self.stage_bar)
        bar.setContentsMargins(0, 6, 0, 6)
        bar.setSpacing(4)
        self.stage_group = QButtonGroup(self)
        self.stage_group.setExclusive(True)
        self.stage_buttons: dict[Stage, QToolButton] = {}
        for stage in self.stage_order:
            button = QToolButton(self.stage_bar)
            button.setObjectName(f"cockpit_stage_{stage.value}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, s=stage: self.open_stage(s))
            self.stage_group.addButton(button)
            self.stage_buttons[stage] = button
            bar.addWidget(button)
        outer.addWidget(self.stage_bar)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("cockpit_pages")
        outer.addWidget(self.stack, 1)

        self.bottom_error = FieldError("cockpit_general", self)
        outer.addWidget(self.bottom_error)
        self.shortcuts: list[QShortcut] = []
        for keys, step in ((NEXT_KEYS, 1), (PREVIOUS_KEYS, -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda step=step: self.move_stage(step))
                self.shortcuts.append(shortcut)
        # print the current stage's document (needs summary, comparison, agreement …)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.print_shortcut.activated.connect(self.print_current_stage)

    def retranslate_ui(self) -> None:
        self.intent_caption.setText(self.tr("&Intent level"))
        for i in range(self.intent_combo.count()):
            self.intent_combo.setItemText(i, labels.intent_level(self.intent_combo.itemData(i)))
        self.apply_suggestion_button.setText(self.tr("Use suggestion"))
        self.close_button.setText(self.tr("Close…"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing the opportunity -------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the service (derived status, suggestion, follow-up) and repaint."""
        try:
            self.view = self.ctx.services.cockpit.cockpit(self.opportunity_id)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Cannot show the opportunity"), str(exc))
            return
        self.show_view(self.view)
        self.changed.emit(self.opportunity_id)

    def show_view(self, view: CockpitView) -> None:
        c = self.customer
        name = labels.customer_name(c.name, c.salutation)
        self.name_label.setText(name)
        self.phone_label.setText(
            labels.phone(c.phones[0], self.ctx.region) if c.phones else self.tr("No phone")
        )
        self.setWindowTitle(self.tr("Cockpit · %1").replace("%1", name))
        closed = view.status is not OpportunityStatus.OPEN
        self.intent_combo.setCurrentIndex(self.intent_combo.findData(view.intent_level.value))
        self.intent_combo.setEnabled(not closed)
        differs = view.suggested_intent is not view.intent_level
        self.suggestion_label.setText(
            self.tr("Suggested: %1").replace("%1", labels.intent_level(view.suggested_intent))
            if differs
            else self.tr("Matches the suggestion")
        )
        self.apply_suggestion_button.setVisible(differs and not closed)
        self.follow_up_label.setText(
            self.tr("Next follow-up: %1").replace("%1", labels.day(view.next_follow_up))
            if view.next_follow_up
            else self.tr("No follow-up scheduled")
        )
        self.status_label.setText(
            self.tr("Status: %1").replace("%1", labels.opportunity_status(view.status.value))
        )
        self.status_label.setStyleSheet("color: #b00020; font-weight: 600;" if closed else "")
        self.close_button.setVisible(view.status is OpportunityStatus.OPEN)
        self.reopen_button.setVisible(
            view.status
            in (OpportunityStatus.LOST, OpportunityStatus.POSTPONED, OpportunityStatus.INVALID)
        )
        language = self.ctx.language
        for stage, button in self.stage_buttons.items():
            status = view.stages.get(stage, StageStatus.NOT_STARTED)
            sd = view.definition.stage(stage)
            stage_name = texts.local(sd.name, language) if sd else labels.stage(stage.value)
            word = texts.stage_status(status)
            mnemonic_safe = stage_name.replace("&", "&&")
            button.setText(f"{texts.STATUS_MARK[status]} {mnemonic_safe}\n{word}")
            button.setAccessibleName(
                self.tr("%1: %2").replace("%1", stage_name).replace("%2", word)
            )
            button.setToolTip(button.accessibleName())
            button.setProperty("stage_status", status.value)
            button.setStyleSheet(
                "QToolButton { padding: 4px 6px; border-radius: 4px; "
                f"{texts.STATUS_STYLE[status]} }}"
                "QToolButton:checked { border: 3px solid #1a237e; }"
            )
        for page in self.pages.values():
            page.show_view(view)

    # -- navigation ------------------------------------------------------------------------
    def current_stage(self) -> Stage | None:
        page = self.stack.currentWidget()
        return page.stage.stage if isinstance(page, StagePage) else None

    def open_stage(self, stage: Stage | str) -> StagePage:
        """Show a stage's page (any stage, any order), creating it on first use."""
        code = Stage(stage)
        current = self.stack.currentWidget()
        if isinstance(current, StagePage) and current.stage.stage is not code:
            current.flush()  # typed input is saved before the page is left
        page = self.pages.get(code)
        if page is None:
            sd = self.view.definition.stage(code)
            if sd is None:
                raise ValueError(f"stage {code} is not in this process")
            page = StagePage(self.ctx, self.opportunity_id, sd, self.stack)
            page.changed.connect(self.refresh)
            page.go_to.connect(self.open_stage)
            page.show_view(self.view)
            self.pages[code] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        button = self.stage_buttons.get(code)
        if button is not None:
            button.setChecked(True)
        return page

    def print_current_stage(self) -> bool:
        """Ctrl+P: the current stage's printable document, when it has one."""
        page = self.stack.currentWidget()
        panel = page.panel if isinstance(page, StagePage) else None
        return panel is not None and panel.print_document()

    def move_stage(self, step: int) -> None:
        if not self.stage_order:
            return
        current = self.current_stage()
        index = self.stage_order.index(current) if current in self.stage_order else 0
        target = max(0, min(len(self.stage_order) - 1, index + step))
        self.open_stage(self.stage_order[target])
        self.stage_buttons[self.stage_order[target]].setFocus()

    # -- slots -----------------------------------------------------------------------------
    def on_intent_combo_activated(self, _index: int) -> None:
        self._set_intent(str(self.intent_combo.currentData()))

    def on_apply_suggestion_button_clicked(self) -> None:
        self._set_intent(self.view.suggested_intent.value)

    def _set_intent(self, level: str) -> None:
        self.intent_error.set_error("")
        service = self.ctx.services.cockpit
        try:
            try:
                service.set_intent(self.opportunity_id, level)
            except ConfirmationRequired:
                question = validation_text(
                    ValidationError(
                        "intent_level",
                        cockpit_messages.CONFIRM_DEMOTION,
                        "demotion",
                        old=labels.intent_level(self.view.intent_level.value),
                        new=labels.intent_level(level),
                    )
                )
                if not messages.ask(self, self.tr("Lower the intent level"), question):
                    self.show_view(self.view)
                    return
                service.set_intent(self.opportunity_id, level, confirm_demotion=True)
        except ValidationError as exc:
            self.intent_error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.refresh()

    def on_close_button_clicked(self) -> None:
        dialog = CloseDialog(self.ctx, self.opportunity_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.close_dialog = dialog
        dialog.open()

    def on_reopen_button_clicked(self) -> None:
        self.bottom_error.set_error("")
        try:
            self.ctx.services.cockpit.reopen(self.opportunity_id)
        except ValidationError as exc:
            self.bottom_error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        # a reason typed but not yet saved by its timer is saved on the way out
        for page in self.pages.values():
            page.flush()
        super().closeEvent(event)
