"""Parts of the sales-process editor: texts in three languages, and an ordered list of
talking tips or checklist items with the fields of the selected one.

The widgets edit the ``process_editor_draft`` objects in place as the user types; nothing is
saved until the dialog's Save. Enter never saves (no button here is a default button), so a
half-typed item cannot slip into the process by accident.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.ui import labels
from showroom_app.ui.process_editor_draft import EDIT_LANGUAGES, EntryDraft, TextDraft, move
from showroom_app.ui.widgets.forms import FieldError, name_widget

MOVE_UP_KEY = "Alt+Up"
MOVE_DOWN_KEY = "Alt+Down"


def plain_button(parent: QWidget, name: str) -> QPushButton:
    """A button that Enter in a text field never presses (it is no default button)."""
    button = name_widget(QPushButton(parent), name)
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


def move_shortcuts(owner: QWidget, on_move: Callable[[int], None]) -> tuple[QShortcut, QShortcut]:
    """Alt+Up / Alt+Down move the selected entry while the focus is anywhere in ``owner``."""
    shortcuts = []
    for key, delta in ((MOVE_UP_KEY, -1), (MOVE_DOWN_KEY, 1)):
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda d=delta: on_move(d))
        shortcuts.append(shortcut)
    return shortcuts[0], shortcuts[1]


class TextGrid(QWidget):
    """One or more texts (columns), each in zh_TW / zh_CN / English (rows), with an error
    line under each column. ``changed(column)`` after every keystroke."""

    changed = Signal(str)

    def __init__(
        self,
        name: str,
        columns: tuple[tuple[str, int, int], ...],  # (key, max length, stretch)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.headers: dict[str, QLabel] = {}
        self.edits: dict[str, dict[str, QLineEdit]] = {}
        self.errors: dict[str, FieldError] = {}
        self._drafts: dict[str, TextDraft | None] = {}
        self._binding = False
        for row, lang in enumerate(EDIT_LANGUAGES, start=1):
            caption = QLabel(labels.language_name(lang), self)
            # each language is named in itself (not translated): "_value" marks it as data
            caption.setObjectName(f"{name}_{lang}_language_value")
            grid.addWidget(caption, row, 0)
        for col, (key, max_len, stretch) in enumerate(columns, start=1):
            header = QLabel(self)
            header.setObjectName(f"{name}_{key}_label")
            header.setStyleSheet("font-weight: 600;")
            self.headers[key] = header
            grid.addWidget(header, 0, col)
            self.edits[key] = {}
            for row, lang in enumerate(EDIT_LANGUAGES, start=1):
                edit = name_widget(QLineEdit(self), f"{name}_{key}_{lang}")
                edit.setMaxLength(max_len)
                edit.textChanged.connect(
                    lambda text, k=key, lg=lang: self._on_text_changed(k, lg, text)
                )
                self.edits[key][lang] = edit
                grid.addWidget(edit, row, col)
            self.errors[key] = FieldError(f"{name}_{key}", self)
            grid.addWidget(self.errors[key], len(EDIT_LANGUAGES) + 1, col)
            grid.setColumnStretch(col, stretch)
            self._drafts[key] = None
        header_label = self.headers[columns[0][0]]
        header_label.setBuddy(self.edits[columns[0][0]][EDIT_LANGUAGES[0]])

    def bind(self, key: str, draft: TextDraft | None) -> None:
        """Show ``draft`` in the column and edit it from now on (``None``: empty, disabled)."""
        self._drafts[key] = draft
        self._binding = True
        try:
            for lang, edit in self.edits[key].items():
                edit.setText(draft.get(lang) if draft is not None else "")
                edit.setEnabled(draft is not None)
        finally:
            self._binding = False
        self.errors[key].set_error("")

    def first_edit(self, key: str) -> QLineEdit:
        return self.edits[key][EDIT_LANGUAGES[0]]

    def focus_first_empty(self, key: str) -> None:
        edits = self.edits[key]
        target = next((e for e in edits.values() if not e.text().strip()), self.first_edit(key))
        target.setFocus()

    def _on_text_changed(self, key: str, lang: str, text: str) -> None:
        draft = self._drafts[key]
        if self._binding or draft is None:
            return
        draft.set(lang, text)
        self.changed.emit(key)


class OrderedListActions:
    """Remove and move for a list editor whose ``list`` widget shows ``rows()`` in order
    (the checklist and tips editors, the contract clause editor). The editor provides
    ``list``, ``rows()``, ``refresh_list()``, ``select(row)``, ``_update_buttons()`` and the
    ``changed`` signal."""

    if TYPE_CHECKING:
        list: QListWidget
        changed: SignalInstance

        def rows(self) -> builtins.list[Any]: ...
        def refresh_list(self) -> None: ...
        def select(self, row: int) -> None: ...
        def _update_buttons(self) -> None: ...

    def on_remove_button_clicked(self) -> None:
        rows = self.rows()
        row = self.list.currentRow()
        if not 0 <= row < len(rows):
            return
        del rows[row]
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self.refresh_list()
        self.select(min(row, len(rows) - 1))
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        rows = self.rows()
        row = self.list.currentRow()
        if not 0 <= row < len(rows):
            return
        target = move(rows, row, delta)
        if target == row:
            return
        self.refresh_list()
        self.list.blockSignals(True)
        self.list.setCurrentRow(target)
        self.list.blockSignals(False)
        self._update_buttons()
        self.changed.emit()


class EntryListEditor(OrderedListActions, QWidget):
    """The talking tips or the checklist of one stage: add, remove, reorder (buttons or
    Alt+Up / Alt+Down), and the selected entry's text in three languages (and, for checklist
    items, required or optional)."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        max_len: int,
        language: Callable[[], str],
        new_entry: Callable[[], EntryDraft],
        *,
        with_required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._language = language
        self._new_entry = new_entry
        self.with_required = with_required
        self.entries: list[EntryDraft] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.list = name_widget(QListWidget(self), f"{name}_list")
        self.list.setMinimumHeight(120)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self.on_list_current_row_changed)
        top.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = plain_button(self, f"{name}_add")
        self.remove_button = plain_button(self, f"{name}_remove")
        self.up_button = plain_button(self, f"{name}_up")
        self.down_button = plain_button(self, f"{name}_down")
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout.addLayout(top, 1)
        self.list_error = FieldError(f"{name}_list", self)
        layout.addWidget(self.list_error)
        self.fields = TextGrid(f"{name}_text", (("text", max_len, 1),), self)
        self.fields.changed.connect(self.on_fields_changed)
        layout.addWidget(self.fields)
        self.required_check = name_widget(QCheckBox(self), f"{name}_required")
        self.required_check.toggled.connect(self.on_required_check_toggled)
        self.required_check.setVisible(with_required)
        layout.addWidget(self.required_check)
        self.move_up_shortcut, self.move_down_shortcut = move_shortcuts(self, self.move_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.on_remove_button_clicked)
        self._ready = False
        self.retranslate_ui()
        self._ready = True
        self._update_buttons()

    def tab_chain(self) -> list[QWidget]:
        """The widgets a Tab key visits, in order (the tab page is built after the other)."""
        fields = list(self.fields.edits["text"].values())
        buttons = [self.add_button, self.remove_button, self.up_button, self.down_button]
        return [self.list, *buttons, *fields, self.required_check]

    # -- text ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.required_check.setText(self.tr("Required (untick for optional)"))
        self.fields.headers["text"].setText(
            self.tr("Item text") if self.with_required else self.tr("Tip")
        )
        self.refresh_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    def entry_text(self, n: int, entry: EntryDraft) -> str:
        text = entry.text.get(self._language()).strip() or self.tr("(no text yet)")
        if not self.with_required:
            return f"{n}. {text}"
        kind = self.tr("Required") if entry.required else self.tr("Optional")
        return f"{n}. [{kind}] {text}"

    # -- content ------------------------------------------------------------------------------
    def set_entries(self, entries: list[EntryDraft]) -> None:
        """Edit this list (the stage's own list object, changed in place)."""
        self.entries = entries
        self.list_error.set_error("")
        self.list.blockSignals(True)
        self.list.clear()
        for _ in entries:
            self.list.addItem(QListWidgetItem())
        self.list.blockSignals(False)
        self.refresh_list()
        self.select(0 if entries else -1)

    def refresh_list(self) -> None:
        for n in range(len(self.entries)):
            self.refresh_row(n)

    def refresh_row(self, n: int) -> None:
        item = self.list.item(n)
        if item is not None and 0 <= n < len(self.entries):
            text = self.entry_text(n + 1, self.entries[n])
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def current(self) -> EntryDraft | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)
        self.on_list_current_row_changed(row)

    def on_list_current_row_changed(self, _row: int) -> None:
        entry = self.current()
        self.fields.bind("text", entry.text if entry else None)
        self.required_check.blockSignals(True)
        self.required_check.setChecked(bool(entry and entry.required))
        self.required_check.setEnabled(entry is not None)
        self.required_check.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), len(self.entries)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- editing ------------------------------------------------------------------------------
    def on_add_button_clicked(self) -> None:
        self.entries.append(self._new_entry())
        self.list.addItem(QListWidgetItem())
        self.refresh_list()
        self.select(len(self.entries) - 1)
        self.fields.first_edit("text").setFocus()
        self.changed.emit()

    def rows(self) -> list[EntryDraft]:
        return self.entries

    def on_fields_changed(self, _key: str) -> None:
        self.refresh_row(self.list.currentRow())  # only the entry being typed in
        self.changed.emit()

    def on_required_check_toggled(self, checked: bool) -> None:
        entry = self.current()
        if entry is None:
            return
        entry.required = checked
        self.refresh_row(self.list.currentRow())
        self.changed.emit()

    def show_error(self, row: int, text: str) -> None:
        """Select the entry the message is about and show it under its text."""
        if 0 <= row < len(self.entries):
            self.select(row)
            self.fields.errors["text"].set_error(text)
            self.fields.focus_first_empty("text")
        else:
            self.list_error.set_error(text)
            self.list.setFocus()

    def clear_errors(self) -> None:
        self.list_error.set_error("")
        self.fields.errors["text"].set_error("")
