"""Settings → "Sales process…": the dealership edits its own process (issue 5, item 8).

Stages (order, used or not, names, goal, talking tips, checklist) and the follow-up cadence
are data. The dialog edits a draft; Save hands it to ``CockpitService.save_process``, which
validates it through the domain and stores it as a new version. Opportunities already in
progress keep the version they started with, so nothing here can break them. Cancel (or
Escape) discards the draft. Managers and administrators only; the service refuses others too.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import (
    PermissionDenied,
    ShowroomError,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.process import MAX_NAME_LEN, MAX_TEXT_LEN, PRESETS, ProcessDefinition
from showroom_app.ui import messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.process_editor_cadence import CadenceBox
from showroom_app.ui.process_editor_draft import EntryDraft, ProcessDraft, StageDraft
from showroom_app.ui.process_editor_widgets import (
    EntryListEditor,
    TextGrid,
    move_shortcuts,
    plain_button,
)
from showroom_app.ui.widgets.forms import FieldError, name_widget

_STAGE_FIELD = re.compile(r"stages\[(\d+)\]\.(\w+)(?:\[(\d+)\])?")


def preset_name(key: str) -> str:
    """The built-in presets by name; a hand-made preset key is shown as it is."""
    names = {  # literal contexts: lupdate reads only those
        "small_dealer": QCoreApplication.translate(
            "ProcessEditorDialog", "Small independent dealer"
        ),
        "full_4s": QCoreApplication.translate("ProcessEditorDialog", "Full 4S brand SOP"),
    }
    return names.get(key, key)


class ProcessEditorDialog(QDialog):
    """Edits a copy of the current process; ``saved`` holds the new version after Save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("process_editor")
        self.setAccessibleName("process_editor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.current: ProcessDefinition = ctx.services.cockpit.current_process()
        self.draft = ProcessDraft.of(self.current)
        self._baseline = self.draft.freeze()
        self.saved: ProcessDefinition | None = None
        self._ready = False
        self.setup_ui()
        self._ready = True
        self.retranslate_ui()
        self.load_draft()
        self.resize(1240, 780)

    # -- layout -------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        about = QVBoxLayout()
        self.version_label = QLabel(self)
        self.version_label.setObjectName("status_process_version")
        self.version_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("process_intro")
        self.intro_label.setWordWrap(True)
        self.dirty_label = QLabel(self)
        self.dirty_label.setObjectName("status_process_unsaved")
        self.dirty_label.setStyleSheet("color: #7a4f00;")
        self.dirty_label.setMinimumHeight(self.dirty_label.fontMetrics().height())
        about.addWidget(self.version_label)
        about.addWidget(self.intro_label)
        about.addWidget(self.dirty_label)
        head.addLayout(about, 1)
        self.preset_button = plain_button(self, "process_load_preset")
        self.preset_button.clicked.connect(self.on_preset_button_clicked)
        head.addWidget(self.preset_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("process_split")
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.stage_box = QGroupBox(left)
        self.stage_box.setObjectName("process_stages")
        stages = QVBoxLayout(self.stage_box)
        self.stage_list = name_widget(QListWidget(self.stage_box), "process_stage_list")
        self.stage_list.currentRowChanged.connect(self.on_stage_list_current_row_changed)
        self.stage_list.itemChanged.connect(self.on_stage_list_item_changed)
        stages.addWidget(self.stage_list, 1)
        self.stage_error = FieldError("process_stages", self.stage_box)
        stages.addWidget(self.stage_error)
        moves = QHBoxLayout()
        self.stage_up_button = plain_button(self.stage_box, "process_stage_up")
        self.stage_down_button = plain_button(self.stage_box, "process_stage_down")
        self.stage_up_button.clicked.connect(lambda: self.move_stage(-1))
        self.stage_down_button.clicked.connect(lambda: self.move_stage(1))
        moves.addWidget(self.stage_up_button)
        moves.addWidget(self.stage_down_button)
        stages.addLayout(moves)
        self.stage_shortcuts = move_shortcuts(self.stage_box, self.move_stage)
        left_layout.addWidget(self.stage_box, 1)

        right = QGroupBox(split)
        right.setObjectName("process_stage_details")
        self.details_box = right
        details = QVBoxLayout(right)
        self.enabled_check = name_widget(QCheckBox(right), "process_stage_enabled")
        self.enabled_check.toggled.connect(self.on_enabled_check_toggled)
        details.addWidget(self.enabled_check)
        self.stage_fields = TextGrid(
            "process_stage", (("name", MAX_NAME_LEN, 1), ("goal", MAX_TEXT_LEN, 3)), right
        )
        self.stage_fields.changed.connect(self.on_stage_fields_changed)
        details.addWidget(self.stage_fields)
        self.tabs = name_widget(QTabWidget(right), "process_stage_tabs")
        self.checklist = EntryListEditor(
            "process_item",
            MAX_TEXT_LEN,
            lambda: self.ctx.language,
            self.new_item,
            with_required=True,
            parent=self.tabs,
        )
        self.tips = EntryListEditor(
            "process_tip",
            MAX_TEXT_LEN,
            lambda: self.ctx.language,
            EntryDraft,
            with_required=False,
            parent=self.tabs,
        )
        self.checklist.changed.connect(self.on_draft_changed)
        self.tips.changed.connect(self.on_draft_changed)
        self.tabs.addTab(self.checklist, "")
        self.tabs.addTab(self.tips, "")
        details.addWidget(self.tabs, 1)

        # the cadence is the last stop of the Tab order before Save, so it is created here
        self.cadence_box = CadenceBox(left)
        self.cadence_box.changed.connect(self.on_draft_changed)
        left_layout.addWidget(self.cadence_box)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([380, 860])

        self.general_error = FieldError("process_general", self)
        outer.addWidget(self.general_error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.save_button = plain_button(self, "process_save")
        self.cancel_button = plain_button(self, "process_cancel")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        outer.addLayout(bottom)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.on_save_button_clicked)
        self.set_tab_order()

    def set_tab_order(self) -> None:
        """Left to right, top to bottom: stages, the selected stage, cadence, Save."""
        chain: list[QWidget] = [self.stage_list, self.stage_up_button, self.stage_down_button]
        chain += [self.enabled_check, *self.stage_fields.edits["name"].values()]
        chain += [*self.stage_fields.edits["goal"].values(), self.tabs]
        chain += [*self.checklist.tab_chain(), *self.tips.tab_chain()]
        chain += self.cadence_box.tab_chain()
        chain += [self.save_button, self.cancel_button, self.preset_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sales process"))
        self.intro_label.setText(
            self.tr(
                "Saving creates a new version of the process. Opportunities already in "
                "progress keep the version they started with; new opportunities follow the "
                "new version."
            )
        )
        self.preset_button.setText(self.tr("Start from &preset…"))
        self.stage_box.setTitle(self.tr("Stages (ticked = used)"))
        self.stage_up_button.setText(self.tr("Move up"))
        self.stage_down_button.setText(self.tr("Move down"))
        self.stage_up_button.setToolTip(self.tr("Move the stage up (Alt+Up)"))
        self.stage_down_button.setToolTip(self.tr("Move the stage down (Alt+Down)"))
        self.details_box.setTitle(self.tr("Selected stage"))
        self.enabled_check.setText(self.tr("&Used in the sales process"))
        self.stage_fields.headers["name"].setText(self.tr("Stage &name"))
        self.stage_fields.headers["goal"].setText(self.tr("Goal"))
        self.tabs.setTabText(0, self.tr("Checklist"))
        self.tabs.setTabText(1, self.tr("Talking tips"))
        self.save_button.setText(self.tr("&Save as a new version"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setToolTip(self.tr("Save as a new version (Ctrl+S)"))
        self.refresh_header()
        self.refresh_stage_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing the draft --------------------------------------------------------------------
    def load_draft(self) -> None:
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for _ in self.draft.stages:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.stage_list.addItem(item)
        self.stage_list.blockSignals(False)
        self.refresh_stage_list()
        self.cadence_box.set_cadence(self.draft.cadence)
        self.select_stage(0)
        self.refresh_header()

    def refresh_header(self) -> None:
        self.version_label.setText(
            self.tr("Version %1 · preset: %2")
            .replace("%1", str(self.current.version))
            .replace("%2", preset_name(self.draft.preset))
        )
        dirty = self.is_dirty()
        self.dirty_label.setText(
            self.tr("Unsaved changes: Save stores them as version %1.").replace(
                "%1", str(self.current.version + 1)
            )
            if dirty
            else ""
        )

    def refresh_stage_list(self) -> None:
        for n in range(len(self.draft.stages)):
            self.refresh_stage_row(n)

    def refresh_stage_row(self, n: int) -> None:
        item = self.stage_list.item(n)
        if item is None or not 0 <= n < len(self.draft.stages):
            return
        sd = self.draft.stages[n]
        name = sd.name.get(self.ctx.language).strip() or self.tr("(no name)")
        text = f"{n + 1}. {name}"
        state = Qt.CheckState.Checked if sd.enabled else Qt.CheckState.Unchecked
        self.stage_list.blockSignals(True)
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setCheckState(state)
        self.stage_list.blockSignals(False)

    def current_stage(self) -> StageDraft | None:
        row = self.stage_list.currentRow()
        return self.draft.stages[row] if 0 <= row < len(self.draft.stages) else None

    def select_stage(self, row: int) -> None:
        self.stage_list.setCurrentRow(row)
        self.on_stage_list_current_row_changed(row)

    def on_stage_list_current_row_changed(self, _row: int) -> None:
        sd = self.current_stage()
        self.enabled_check.blockSignals(True)
        self.enabled_check.setChecked(bool(sd and sd.enabled))
        self.enabled_check.blockSignals(False)
        self.stage_fields.bind("name", sd.name if sd else None)
        self.stage_fields.bind("goal", sd.goal if sd else None)
        self.checklist.set_entries(sd.items if sd else [])
        self.tips.set_entries(sd.tips if sd else [])
        row, count = self.stage_list.currentRow(), len(self.draft.stages)
        self.stage_up_button.setEnabled(0 < row < count)
        self.stage_down_button.setEnabled(0 <= row < count - 1)

    # -- editing ------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.draft.freeze() != self._baseline

    def on_draft_changed(self) -> None:
        self.refresh_header()

    def new_item(self) -> EntryDraft:
        return EntryDraft(code=self.draft.new_item_code())

    def move_stage(self, delta: int) -> None:
        row = self.stage_list.currentRow()
        target = self.draft.move_stage(row, delta)
        if target == row:
            return
        self.refresh_stage_list()
        self.stage_list.blockSignals(True)
        self.stage_list.setCurrentRow(target)
        self.stage_list.blockSignals(False)
        self.on_stage_list_current_row_changed(target)
        self.on_draft_changed()

    def on_stage_list_item_changed(self, item: QListWidgetItem) -> None:
        row = self.stage_list.row(item)
        sd = self.draft.stages[row]
        sd.enabled = item.checkState() == Qt.CheckState.Checked
        if row == self.stage_list.currentRow():
            self.enabled_check.blockSignals(True)
            self.enabled_check.setChecked(sd.enabled)
            self.enabled_check.blockSignals(False)
        self.on_draft_changed()

    def on_enabled_check_toggled(self, checked: bool) -> None:
        sd = self.current_stage()
        if sd is None:
            return
        sd.enabled = checked
        self.refresh_stage_row(self.stage_list.currentRow())
        self.on_draft_changed()

    def on_stage_fields_changed(self, _key: str) -> None:
        self.refresh_stage_row(self.stage_list.currentRow())  # only the stage being typed in
        self.on_draft_changed()

    def on_preset_button_clicked(self) -> None:
        keys = list(PRESETS)
        index = messages.choose_item(
            self,
            self.tr("Start from a preset"),
            self.tr("Load this preset into the editor (nothing is stored until you save):"),
            [preset_name(k) for k in keys],
        )
        if index < 0:
            return
        if self.is_dirty() and not messages.ask(
            self,
            self.tr("Start from a preset"),
            self.tr("Replace your unsaved changes with the preset?"),
        ):
            return
        self.draft = ProcessDraft.of(PRESETS[keys[index]]())
        self.draft.version = self.current.version
        self.clear_errors()
        self.load_draft()

    # -- saving -------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.set_error("")
        self.stage_error.set_error("")
        for error in self.stage_fields.errors.values():
            error.set_error("")
        self.checklist.clear_errors()
        self.tips.clear_errors()
        self.cadence_box.error.set_error("")

    def on_save_button_clicked(self) -> None:
        self.clear_errors()
        try:
            saved = self.ctx.services.cockpit.save_process(self.draft.freeze())
        except ValidationErrors as exc:
            self.show_error(exc.errors[0])
            return
        except ValidationError as exc:
            self.show_error(exc)
            return
        except PermissionDenied:
            messages.critical(
                self,
                self.tr("Not saved"),
                self.tr("Only a sales manager or an administrator may change the sales process."),
            )
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.saved = saved
        self._baseline = self.draft.freeze()
        self.accept()

    def show_error(self, error: ValidationError) -> None:
        """Show the domain's message at the field it names (opening its stage and tab)."""
        text = validation_text(error)
        self.general_error.set_error(self.tr("Not saved: please correct the field marked."))
        found = _STAGE_FIELD.match(error.field)
        if error.field.startswith("cadence."):
            self.cadence_box.show_error(error.field.split(".", 1)[1], text)
            return
        if found is None:
            self.stage_error.set_error(text)
            self.stage_list.setFocus()
            return
        row, part, sub = int(found.group(1)), found.group(2), found.group(3)
        self.select_stage(row)
        if part in ("name", "goal"):
            self.stage_fields.errors[part].set_error(text)
            self.stage_fields.focus_first_empty(part)
        elif part in ("checklist", "tips"):
            editor = self.checklist if part == "checklist" else self.tips
            self.tabs.setCurrentWidget(editor)
            editor.show_error(int(sub) if sub is not None else -1, text)
        else:
            self.stage_error.set_error(text)
            self.stage_list.setFocus()

    def reject(self) -> None:
        """Cancel / Escape: discard the draft, after asking when something was changed."""
        if self.saved is None and self.is_dirty():
            if not messages.ask(
                self,
                self.tr("Discard changes"),
                self.tr("Discard your changes to the sales process?"),
            ):
                return
        super().reject()
