"""One document language of a contract template while it is edited: the template's name
and printed title, and its clauses as an ordered list (add, remove, reorder with the
buttons or Alt+Up / Alt+Down) and the selected clause's heading and text.

The widget edits a plain list of :class:`ClauseDraft` in place; nothing is validated or
saved here — the dialog hands them to ``ContractService.save_template``, which checks them.
Placeholders can be inserted from a menu: a Chinese input method types the full-width
``｛`` instead of ``{``, and such a "placeholder" would print as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showroom_app.ui.process_editor_widgets import (
    OrderedListActions,
    move_shortcuts,
    plain_button,
)
from showroom_app.ui.widgets.forms import FieldError, name_widget

#: What the contract renderer fills in (``documents.contract.fill_clause``).
PLACEHOLDERS = ("max_odometer_km", "delivery_date", "delivery_place", "seller", "buyer")
MAX_HEADING_LEN = 200  # as ``contracts_rules.clause_errors`` checks
MAX_NAME_LEN, MAX_TITLE_LEN = 120, 200  # as ``contracts_rules.template_errors`` checks
_BRACED = re.compile(r"[{｛]\s*([^{}｛｝\s]*)\s*[}｝]")
_FIELD = re.compile(r"clauses\.(\d+)\.(heading|text)")


@dataclass
class ClauseDraft:
    heading: str = ""
    text: str = ""

    def cleaned(self) -> tuple[str, str]:
        return self.heading.strip(), self.text.strip()


def odd_placeholders(text: str) -> list[str]:
    """Braced words in ``text`` that will print as written: unknown names, and known ones
    typed with full-width braces."""
    found: list[str] = []
    for match in _BRACED.finditer(text):
        whole, name = match.group(0), match.group(1)
        known = name in PLACEHOLDERS and whole.startswith("{") and whole.endswith("}")
        if not known and whole not in found:
            found.append(whole)
    return found


class ClauseListEditor(OrderedListActions, QWidget):
    """One language's name, title and clauses. ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        name = f"contract_clause_{language}"
        self.setObjectName(name)
        self.clauses: list[ClauseDraft] = []
        self._binding = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        head = QFormLayout()
        head.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label, self.title_label = QLabel(self), QLabel(self)
        self.name_edit = name_widget(QLineEdit(self), f"{name}_name")
        self.title_edit = name_widget(QLineEdit(self), f"{name}_title")
        self.name_edit.setMaxLength(MAX_NAME_LEN)
        self.title_edit.setMaxLength(MAX_TITLE_LEN)
        self.name_error = FieldError(f"{name}_name", self)
        self.title_error = FieldError(f"{name}_title", self)
        for label, edit, error in (
            (self.name_label, self.name_edit, self.name_error),
            (self.title_label, self.title_edit, self.title_error),
        ):
            label.setBuddy(edit)
            edit.textChanged.connect(self.on_head_edit_text_changed)
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(edit)
            box.addWidget(error)
            head.addRow(label, box)
        layout.addLayout(head)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName(f"{name}_split")
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = name_widget(QListWidget(left), f"{name}_list")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self.on_list_current_row_changed)
        left_layout.addWidget(self.list, 1)
        self.list_error = FieldError(f"{name}_list", left)
        left_layout.addWidget(self.list_error)
        buttons = QGridLayout()  # two by two: the list column stays narrow
        self.add_button = plain_button(left, f"{name}_add")
        self.remove_button = plain_button(left, f"{name}_remove")
        self.up_button = plain_button(left, f"{name}_up")
        self.down_button = plain_button(left, f"{name}_down")
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        left_layout.addLayout(buttons)

        right = QWidget(split)
        fields = QVBoxLayout(right)
        fields.setContentsMargins(4, 0, 0, 0)
        self.heading_label = QLabel(right)
        self.heading_edit = name_widget(QLineEdit(right), f"{name}_heading")
        self.heading_edit.setMaxLength(MAX_HEADING_LEN)
        self.heading_label.setBuddy(self.heading_edit)
        self.heading_edit.textChanged.connect(self.on_heading_edit_text_changed)
        self.heading_error = FieldError(f"{name}_heading", right)
        text_row = QHBoxLayout()
        self.text_label = QLabel(right)
        self.insert_button = plain_button(right, f"{name}_insert")
        self.insert_menu = QMenu(self.insert_button)
        self.insert_menu.setObjectName(f"{name}_insert_menu")
        for key in PLACEHOLDERS:
            action = self.insert_menu.addAction("{" + key + "}")
            action.setData(key)
            action.triggered.connect(lambda _c=False, k=key: self.insert_placeholder(k))
        self.insert_button.setMenu(self.insert_menu)
        text_row.addWidget(self.text_label, 1)
        text_row.addWidget(self.insert_button)
        self.text_edit = name_widget(QPlainTextEdit(right), f"{name}_text")
        self.text_edit.setTabChangesFocus(True)
        self.text_label.setBuddy(self.text_edit)
        self.text_edit.textChanged.connect(self.on_text_edit_text_changed)
        self.text_error = FieldError(f"{name}_text", right)
        self.odd_label = QLabel(right)
        self.odd_label.setObjectName(f"status_{name}_placeholders")
        self.odd_label.setStyleSheet("color: #7a4f00;")
        self.odd_label.setWordWrap(True)
        self.odd_label.hide()
        fields.addWidget(self.heading_label)
        fields.addWidget(self.heading_edit)
        fields.addWidget(self.heading_error)
        fields.addSpacing(4)
        fields.addLayout(text_row)
        fields.addWidget(self.text_edit, 1)
        fields.addWidget(self.text_error)
        fields.addWidget(self.odd_label)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 560])

        self.move_up_shortcut, self.move_down_shortcut = move_shortcuts(self, self.move_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.on_remove_button_clicked)
        self._ready = False
        self.retranslate_ui()
        self._ready = True
        self._update_buttons()

    def tab_chain(self) -> list[QWidget]:
        buttons = [self.add_button, self.remove_button, self.up_button, self.down_button]
        head: list[QWidget] = [self.name_edit, self.title_edit, self.list]
        return [*head, *buttons, self.heading_edit, self.insert_button, self.text_edit]

    # -- text ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.name_label.setText(self.tr("Template &name:"))
        self.title_label.setText(self.tr("Printed t&itle:"))
        self.title_edit.setPlaceholderText(self.tr("(the usual title of the region)"))
        self.name_edit.setToolTip(self.tr("The template's name in this language (not printed)"))
        self.add_button.setText(self.tr("&Add clause"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Move the clause up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the clause down (Alt+Down)"))
        self.heading_label.setText(self.tr("&Heading"))
        self.text_label.setText(self.tr("Clause &text"))
        self.insert_button.setText(self.tr("Insert placeholder"))
        self.insert_button.setToolTip(
            self.tr("Put a placeholder at the cursor (typed braces may come out full-width)")
        )
        self.refresh_list()
        self.refresh_odd()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    def row_text(self, n: int, clause: ClauseDraft) -> str:
        heading = clause.heading.strip() or self.tr("(no heading yet)")
        return f"{n}. {heading}"

    # -- content ------------------------------------------------------------------------------
    def set_clauses(self, clauses: list[ClauseDraft], row: int = 0) -> None:
        """Edit this list (changed in place) and select ``row``."""
        self.clauses = clauses
        self.clear_errors()
        self.list.blockSignals(True)
        self.list.clear()
        for _ in clauses:
            self.list.addItem(QListWidgetItem())
        self.list.blockSignals(False)
        self.refresh_list()
        self.select(min(row, len(clauses) - 1))

    def set_head(self, name: str, title: str) -> None:
        self._binding = True
        try:
            self.name_edit.setText(name)
            self.title_edit.setText(title)
        finally:
            self._binding = False

    def head(self) -> tuple[str, str]:
        """The name and title as typed, stripped."""
        return self.name_edit.text().strip(), self.title_edit.text().strip()

    def on_head_edit_text_changed(self, _text: str) -> None:
        if not self._binding:
            self.changed.emit()

    def refresh_list(self) -> None:
        for n in range(len(self.clauses)):
            self.refresh_row(n)

    def refresh_row(self, n: int) -> None:
        item = self.list.item(n)
        if item is not None and 0 <= n < len(self.clauses):
            text = self.row_text(n + 1, self.clauses[n])
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def current(self) -> ClauseDraft | None:
        row = self.list.currentRow()
        return self.clauses[row] if 0 <= row < len(self.clauses) else None

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)
        self.on_list_current_row_changed(row)

    def on_list_current_row_changed(self, _row: int) -> None:
        clause = self.current()
        self._binding = True
        try:
            self.heading_edit.setText(clause.heading if clause else "")
            self.text_edit.setPlainText(clause.text if clause else "")
        finally:
            self._binding = False
        for widget in (self.heading_edit, self.text_edit, self.insert_button):
            widget.setEnabled(clause is not None)
        self.heading_error.set_error("")
        self.text_error.set_error("")
        self.refresh_odd()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), len(self.clauses)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def refresh_odd(self) -> None:
        clause = self.current()
        odd = odd_placeholders(clause.text) if clause else []
        self.odd_label.setText(
            self.tr("Not a placeholder, prints as written: %1").replace("%1", "  ".join(odd))
            if odd
            else ""
        )
        self.odd_label.setVisible(bool(odd))

    # -- editing ------------------------------------------------------------------------------
    def on_add_button_clicked(self) -> None:
        """A new clause after the selected one (at the end when none is selected)."""
        row = self.list.currentRow()
        at = row + 1 if 0 <= row < len(self.clauses) else len(self.clauses)
        self.clauses.insert(at, ClauseDraft())
        self.list.blockSignals(True)
        self.list.insertItem(at, QListWidgetItem())
        self.list.blockSignals(False)
        self.refresh_list()
        self.select(at)
        self.heading_edit.setFocus()
        self.changed.emit()

    def rows(self) -> list[ClauseDraft]:
        return self.clauses

    def on_heading_edit_text_changed(self, text: str) -> None:
        clause = self.current()
        if self._binding or clause is None:
            return
        clause.heading = text
        self.refresh_row(self.list.currentRow())
        self.changed.emit()

    def on_text_edit_text_changed(self) -> None:
        clause = self.current()
        if self._binding or clause is None:
            return
        clause.text = self.text_edit.toPlainText()
        self.refresh_odd()
        self.changed.emit()

    def insert_placeholder(self, key: str) -> None:
        if self.current() is None:
            return
        self.text_edit.insertPlainText("{" + key + "}")
        self.text_edit.setFocus()

    # -- errors -------------------------------------------------------------------------------
    def show_errors(self, errors: list[tuple[str, str]]) -> None:
        """The service's messages ``(field, text)`` at the clause and field they name
        (``clauses.3.heading``): the first one's clause is selected and focused, and the
        other messages about that clause are shown with it."""
        if not errors:
            return
        heads = {"name": (self.name_error, self.name_edit),
                 "title": (self.title_error, self.title_edit)}  # fmt: skip
        for field, text in reversed([e for e in errors if e[0] in heads]):
            heads[field][0].set_error(text)
            heads[field][1].setFocus()
        errors = [e for e in errors if e[0] not in heads]
        if not errors:
            return
        found = _FIELD.fullmatch(errors[0][0])
        if found is None or not 0 <= int(found.group(1)) < len(self.clauses):
            self.list_error.set_error(errors[0][1])
            self.list.setFocus()
            return
        row = int(found.group(1))
        self.select(row)
        targets = {"heading": (self.heading_error, self.heading_edit),
                   "text": (self.text_error, self.text_edit)}  # fmt: skip
        for field, text in reversed(errors):  # the first error's field gets the focus
            match = _FIELD.fullmatch(field)
            if match is not None and int(match.group(1)) == row:
                error, edit = targets[match.group(2)]
                error.set_error(text)
                edit.setFocus()

    def clear_errors(self) -> None:
        for error in (self.list_error, self.heading_error, self.text_error, self.name_error,
                      self.title_error):  # fmt: skip
            error.set_error("")


__all__ = ["PLACEHOLDERS", "ClauseDraft", "ClauseListEditor", "odd_placeholders"]
