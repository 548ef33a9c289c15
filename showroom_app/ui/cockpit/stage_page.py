"""One stage of the cockpit: goal, talking tips, checklist, "not applicable" and the next hint.

The same class serves every stage; its texts are the dealership's process data. Every change
is saved at once through ``CockpitService`` and the page asks its owner (``changed``) to
reload the derived status; nothing is derived here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.cockpit import ItemRecord, ItemState, StageStatus, checklist_progress
from showroom_app.domain.enums import Stage
from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.domain.process import ChecklistItem, StageDefinition
from showroom_app.services.cockpit import CockpitView
from showroom_app.ui import messages
from showroom_app.ui.cockpit import texts
from showroom_app.ui.cockpit.panels import StagePanel, panel_factory
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, name_widget

STATES = (ItemState.PENDING, ItemState.DONE, ItemState.NOT_APPLICABLE)
REASON_DELAY_MS = 800  # a typed reason saves itself shortly after typing pauses


def _data_label(parent: QWidget, name: str, *, wrap: bool = True) -> QLabel:
    """A label showing the dealership's text (data, not interface text: ``_value``)."""
    label = QLabel(parent)
    label.setObjectName(f"{name}_value")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class ChecklistRow(QWidget):
    """One checklist item: its text, done / not applicable / pending, and the reason."""

    saved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: int,
        item: ChecklistItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.item = item
        name = f"cockpit_item_{item.code}"
        self.setObjectName(name)
        self._saved = ItemRecord(ItemState.PENDING)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REASON_DELAY_MS)
        self._timer.timeout.connect(self.save_reason)

        self.text_label = _data_label(self, name)
        self.required_label = QLabel(self)
        self.required_label.setObjectName(f"{name}_required")
        self.required_label.setStyleSheet("color: #7a4f00; font-size: 9pt;")
        self.state_combo = name_widget(QComboBox(self), f"{name}_state")
        for state in STATES:
            self.state_combo.addItem("", state.value)
        self.state_combo.currentIndexChanged.connect(self.on_state_combo_changed)
        self.reason_edit = name_widget(QLineEdit(self), f"{name}_reason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.textEdited.connect(self.on_reason_edit_edited)
        self.reason_edit.editingFinished.connect(self.save_reason)
        self.error = FieldError(f"{name}_reason", self)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.addWidget(self.text_label, 0, 0)
        grid.addWidget(self.required_label, 0, 1)
        grid.addWidget(self.state_combo, 0, 2)
        grid.addWidget(self.reason_edit, 1, 0, 1, 3)
        grid.addWidget(self.error, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.reason_edit.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.text_label.setText(texts.local(self.item.text, self.ctx.language))
        self.required_label.setText(self.tr("required") if self.item.required else "")
        self.required_label.setVisible(self.item.required)
        for i, state in enumerate(STATES):
            self.state_combo.setItemText(i, texts.item_state(state))
        self.reason_edit.setPlaceholderText(self.tr("Why does this not apply? (one line)"))
        label = texts.local(self.item.text, self.ctx.language)
        self.state_combo.setAccessibleDescription(label)
        self.reason_edit.setAccessibleDescription(self.tr("Reason: %1").replace("%1", label))

    # -- state from the service ------------------------------------------------------------
    def show_record(self, record: ItemRecord | None) -> None:
        """Show what is stored (does not save). Leaves a reason being typed alone."""
        record = record or ItemRecord(ItemState.PENDING)
        self._saved = record
        if self._editing_reason():
            return
        self.state_combo.blockSignals(True)
        self.state_combo.setCurrentIndex(STATES.index(record.state))
        self.state_combo.blockSignals(False)
        na = record.state is ItemState.NOT_APPLICABLE
        self.reason_edit.setVisible(na)
        if na:
            self.reason_edit.setText(record.reason)
        self.error.set_error("")

    def _editing_reason(self) -> bool:
        """A "not applicable" chosen but whose reason is not saved yet."""
        return self.current_state() is ItemState.NOT_APPLICABLE and (
            self._saved.state is not ItemState.NOT_APPLICABLE
            or self.reason_edit.text().strip() != self._saved.reason
        )

    def current_state(self) -> ItemState:
        return ItemState(self.state_combo.currentData())

    # -- slots -----------------------------------------------------------------------------
    def on_state_combo_changed(self, _index: int) -> None:
        state = self.current_state()
        if state is ItemState.NOT_APPLICABLE:
            self.reason_edit.show()
            self.reason_edit.setFocus()
            if self.reason_edit.text().strip():
                self.save_reason()
            return
        self._timer.stop()
        self.reason_edit.hide()
        self.error.set_error("")
        self._save(state, "")

    def on_reason_edit_edited(self, _text: str) -> None:
        self._timer.start()

    def save_reason(self) -> None:
        """Save "not applicable" with the typed reason (an empty one is refused at the field)."""
        self._timer.stop()
        if self.current_state() is not ItemState.NOT_APPLICABLE:
            return
        reason = self.reason_edit.text()
        if (
            self._saved.state is ItemState.NOT_APPLICABLE
            and reason.strip() == self._saved.reason
            and reason.strip()
        ):
            return
        self._save(ItemState.NOT_APPLICABLE, reason)

    def _save(self, state: ItemState, reason: str) -> None:
        if state is self._saved.state and state is not ItemState.NOT_APPLICABLE:
            return
        try:
            self.ctx.services.cockpit.set_checklist_item(
                self.opportunity_id, self.item.code, state, reason
            )
        except ValidationError as exc:
            self.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.error.set_error("")
        self._saved = ItemRecord(state, reason)
        self.saved.emit()


class StagePage(QScrollArea):
    """The page of one stage; ``changed`` after anything was saved, ``go_to(stage)`` for
    the "next suggestion" link."""

    changed = Signal()
    go_to = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: int,
        stage: StageDefinition,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.stage = stage
        self.view: CockpitView | None = None
        self._suggested: Stage | None = None
        code = stage.stage.value
        self.setObjectName(f"cockpit_page_{code}")
        self.setAccessibleName(f"cockpit_page_{code}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._ready = False
        self.setup_ui()
        self._ready = True
        self.retranslate_ui()

    def setup_ui(self) -> None:
        body = QWidget(self)
        body.setObjectName("cockpit_page_body")
        outer = QVBoxLayout(body)
        code = self.stage.stage.value
        top = QHBoxLayout()
        self.name_label = _data_label(body, f"cockpit_page_{code}_name", wrap=False)
        self.name_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.status_label = QLabel(body)
        self.status_label.setObjectName("cockpit_page_status")
        top.addWidget(self.name_label)
        top.addWidget(self.status_label)
        top.addStretch(1)
        outer.addLayout(top)

        self.goal_heading = QLabel(body)
        self.goal_heading.setObjectName("cockpit_goal_heading")
        self.goal_heading.setStyleSheet("font-weight: 600;")
        self.goal_label = _data_label(body, "cockpit_goal")
        outer.addWidget(self.goal_heading)
        outer.addWidget(self.goal_label)
        self.tips_heading = QLabel(body)
        self.tips_heading.setObjectName("cockpit_tips_heading")
        self.tips_heading.setStyleSheet("font-weight: 600;")
        self.tips_label = _data_label(body, "cockpit_tips")
        self.tips_label.setStyleSheet("color: #444444;")
        outer.addWidget(self.tips_heading)
        outer.addWidget(self.tips_label)

        # the stage's own fields (needs form, test-car calendar…), when it has any
        factory = panel_factory(self.stage.stage)
        self.panel: StagePanel | None = (
            factory(self.ctx, self.opportunity_id, body) if factory else None
        )
        if self.panel is not None:
            self.panel.changed.connect(self.changed)
            outer.addWidget(self.panel)

        self.checklist_box = QGroupBox(body)
        self.checklist_box.setObjectName("cockpit_checklist")
        box = QVBoxLayout(self.checklist_box)
        self.progress_label = QLabel(self.checklist_box)
        self.progress_label.setObjectName("cockpit_checklist_progress")
        box.addWidget(self.progress_label)
        self.rows: dict[str, ChecklistRow] = {}
        for item in self.stage.checklist:
            row = ChecklistRow(self.ctx, self.opportunity_id, item, self.checklist_box)
            row.saved.connect(self.changed)
            self.rows[item.code] = row
            box.addWidget(row)
        self.empty_label = QLabel(self.checklist_box)
        self.empty_label.setObjectName("cockpit_checklist_empty")
        self.empty_label.setVisible(not self.stage.checklist)
        box.addWidget(self.empty_label)
        outer.addWidget(self.checklist_box)

        # the whole stage "not applicable" with a reason, or the mark and its removal
        mark = QHBoxLayout()
        self.stage_na_button = name_widget(QPushButton(body), "cockpit_stage_na")
        self.stage_na_button.setAutoDefault(False)
        self.stage_na_button.clicked.connect(self.on_stage_na_button_clicked)
        self.stage_reason_edit = name_widget(QLineEdit(body), "cockpit_stage_na_reason")
        self.stage_reason_edit.setMaxLength(200)
        self.stage_reason_edit.returnPressed.connect(self.on_stage_save_button_clicked)
        self.stage_save_button = name_widget(QPushButton(body), "cockpit_stage_na_save")
        self.stage_save_button.setAutoDefault(False)
        self.stage_save_button.clicked.connect(self.on_stage_save_button_clicked)
        self.stage_mark_label = QLabel(body)
        self.stage_mark_label.setObjectName("status_cockpit_stage_mark")
        self.stage_mark_label.setWordWrap(True)
        self.stage_mark_label.setTextFormat(Qt.TextFormat.PlainText)
        mark.addWidget(self.stage_na_button, 0, Qt.AlignmentFlag.AlignLeft)
        mark.addWidget(self.stage_reason_edit, 1)
        mark.addWidget(self.stage_save_button)
        mark.addWidget(self.stage_mark_label, 1)
        mark.addStretch(0)
        outer.addLayout(mark)
        self.stage_error = FieldError("cockpit_stage_na_reason", body)
        outer.addWidget(self.stage_error)
        self._show_reason_editor(False)

        nxt = QHBoxLayout()
        self.next_label = QLabel(body)
        self.next_label.setObjectName("status_cockpit_next")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = name_widget(QPushButton(body), "cockpit_go_next")
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.on_next_button_clicked)
        nxt.addWidget(self.next_label)
        nxt.addWidget(self.next_button)
        nxt.addStretch(1)
        outer.addLayout(nxt)
        outer.addStretch(1)
        self.setWidget(body)

    def retranslate_ui(self) -> None:
        language = self.ctx.language
        self.name_label.setText(texts.local(self.stage.name, language))
        self.goal_heading.setText(self.tr("Goal"))
        self.goal_label.setText(texts.local(self.stage.goal, language))
        self.tips_heading.setText(self.tr("Talking tips"))
        self.tips_label.setText("\n".join(f"• {texts.local(t, language)}" for t in self.stage.tips))
        self.tips_heading.setVisible(bool(self.stage.tips))
        self.checklist_box.setTitle(self.tr("Checklist"))
        self.empty_label.setText(self.tr("This stage has no checklist."))
        self.stage_save_button.setText(self.tr("Mark not applicable"))
        self.stage_reason_edit.setPlaceholderText(self.tr("Why does this stage not apply?"))
        self.next_button.setText(self.tr("Open it"))
        for row in self.rows.values():
            row.retranslate_ui()
        if self.view is not None:
            self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state from the service ------------------------------------------------------------
    def show_view(self, view: CockpitView) -> None:
        self.view = view
        stage = self.stage.stage
        if self.panel is not None:
            self.panel.show_view(view)
        status = view.stages.get(stage, StageStatus.NOT_STARTED)
        self.status_label.setText(f"{texts.STATUS_MARK[status]} {texts.stage_status(status)}")
        self.status_label.setStyleSheet(f"padding: 2px 8px; {texts.STATUS_STYLE[status]}")
        for code, row in self.rows.items():
            row.show_record(view.checklist.get(code))
        done, total = checklist_progress(self.stage, view.checklist)
        self.progress_label.setText(
            self.tr("%1 of %2 items done or not applicable")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.progress_label.setVisible(total > 0)
        mark = view.stage_marks.get(stage)
        marked = mark is not None and mark.state is ItemState.NOT_APPLICABLE
        self.stage_na_button.setText(
            self.tr("Clear “not applicable”") if marked else self.tr("Stage not applicable…")
        )
        self.stage_mark_label.setText(
            self.tr("Marked not applicable: %1").replace("%1", mark.reason)
            if marked and mark is not None
            else ""
        )
        self.stage_mark_label.setVisible(marked)
        if marked:
            self._show_reason_editor(False)
        suggested = view.suggested_stage
        self._suggested = suggested
        if suggested is None:
            self.next_label.setText(self.tr("Next suggestion: every stage is done or not needed."))
        elif suggested is stage:
            self.next_label.setText(self.tr("Next suggestion: this stage."))
        else:
            sd = view.definition.stage(suggested)
            name = texts.local(sd.name, self.ctx.language) if sd else suggested.value
            self.next_label.setText(self.tr("Next suggestion: %1").replace("%1", name))
        self.next_button.setVisible(suggested is not None and suggested is not stage)

    def flush(self) -> None:
        """Save everything typed on this page that its timers have not saved yet."""
        for row in self.rows.values():
            if row.reason_edit.isVisible() and row.reason_edit.text().strip():
                row.save_reason()
        if self.panel is not None:
            self.panel.flush()

    def _show_reason_editor(self, visible: bool) -> None:
        self.stage_reason_edit.setVisible(visible)
        self.stage_save_button.setVisible(visible)
        if not visible:
            self.stage_error.set_error("")

    # -- slots -----------------------------------------------------------------------------
    def on_stage_na_button_clicked(self) -> None:
        view = self.view
        mark = view.stage_marks.get(self.stage.stage) if view else None
        if mark is not None and mark.state is ItemState.NOT_APPLICABLE:
            self._call(
                lambda: self.ctx.services.cockpit.clear_stage_mark(
                    self.opportunity_id, self.stage.stage
                )
            )
            return
        show = not self.stage_reason_edit.isVisible()
        self._show_reason_editor(show)
        if show:
            self.stage_reason_edit.setFocus()

    def on_stage_save_button_clicked(self) -> None:
        reason = self.stage_reason_edit.text()
        if self._call(
            lambda: self.ctx.services.cockpit.mark_stage_not_applicable(
                self.opportunity_id, self.stage.stage, reason
            )
        ):
            self.stage_reason_edit.clear()
            self._show_reason_editor(False)

    def on_next_button_clicked(self) -> None:
        if self._suggested is not None:
            self.go_to.emit(self._suggested.value)

    def _call(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except ValidationError as exc:
            self.stage_error.set_error(validation_text(exc))
            return False
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return False
        self.stage_error.set_error("")
        self.changed.emit()
        return True
