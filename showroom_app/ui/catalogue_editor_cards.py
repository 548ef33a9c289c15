"""The catalogue editor's FAB-card tab: the cards of one model, and one card's editor.

A card belongs to the whole model or to one trim, to one walkaround point, and optionally to
one of the customer priorities it serves; its feature, advantage and benefit are written in
up to three languages (the feature in at least one).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.needs import PRIORITIES
from showroom_app.domain.presentation import (
    MAX_FEATURE,
    MAX_SORT_ORDER,
    TEXT_LANGUAGES,
    WALKAROUND_POINTS,
    FabCardForm,
    local_text,
)
from showroom_app.domain.records import LocalisedName
from showroom_app.services.presentation_records import FabCard
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import stage_presentation_texts as words
from showroom_app.ui.context import AppContext
from showroom_app.ui.models.table import Column, RowsModel
from showroom_app.ui.pages.base import make_table
from showroom_app.ui.widgets.forms import FieldError, name_widget

PARTS = ("feature", "advantage", "benefit")


class CardsEditor(QWidget):
    """Cards of the chosen model; ``dirty`` while the editor holds unsaved changes."""

    def __init__(self, ctx: AppContext, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = read_only
        self.model_id: int | None = None
        self.trims: list[tuple[int, LocalisedName]] = []
        self.card_id: int | None = None
        self._loaded: FabCardForm | None = None
        layout = QVBoxLayout(self)
        self.table = make_table(self, "catalogue_editor_cards_table")
        self.table.setMinimumHeight(160)
        self.cards: RowsModel[FabCard] = RowsModel(
            [
                Column(lambda: self.tr("Point"), lambda c: words.point(c.point)),
                Column(
                    lambda: self.tr("Priority"),
                    lambda c: words.priority(c.priority) if c.priority else self.tr("General"),
                ),
                Column(lambda: self.tr("Applies to"), self._applies_to),
                Column(lambda: self.tr("Feature"), lambda c: local_text(c.feature, self._lang())),
                Column(lambda: self.tr("Order"), lambda c: c.sort_order, align_right=True),
                Column(lambda: self.tr("Active"), lambda c: "✓" if c.active else ""),
            ],
            self,
        )
        self.table.setModel(self.cards)
        self.table.clicked.connect(self.on_table_clicked)
        layout.addWidget(self.table, 1)  # the list takes the room; the editor stays compact

        self.heading = QLabel(self)
        self.heading.setObjectName("catalogue_editor_card_heading")
        self.heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.point_label, self.priority_label, self.trim_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.point_combo = name_widget(QComboBox(self), "catalogue_editor_card_point")
        for code in WALKAROUND_POINTS:
            self.point_combo.addItem("", code)
        self.priority_combo = name_widget(QComboBox(self), "catalogue_editor_card_priority")
        self.priority_combo.addItem("", "")
        for code in PRIORITIES:
            self.priority_combo.addItem("", code)
        self.trim_combo = name_widget(QComboBox(self), "catalogue_editor_card_trim")
        row = QHBoxLayout()
        self.order_label = QLabel(self)
        self.order_spin = name_widget(QSpinBox(self), "catalogue_editor_card_order")
        self.order_spin.setRange(0, MAX_SORT_ORDER)
        self.active_check = name_widget(QCheckBox(self), "catalogue_editor_card_active")
        row.addWidget(self.trim_combo, 1)
        row.addWidget(self.order_label)
        row.addWidget(self.order_spin)
        row.addWidget(self.active_check)
        points = QHBoxLayout()
        points.addWidget(self.point_combo)
        points.addWidget(self.priority_label)
        points.addWidget(self.priority_combo)
        points.addStretch(1)
        form.addRow(self.point_label, points)
        form.addRow(self.trim_label, row)
        layout.addLayout(form)

        grid = QGridLayout()
        self.language_labels = [QLabel(labels.language_name(code), self) for code in TEXT_LANGUAGES]
        for column, label in enumerate(self.language_labels, start=1):
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, column)
        self.part_labels: dict[str, QLabel] = {}
        self.edits: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        for r, part in enumerate(PARTS, start=1):
            self.part_labels[part] = QLabel(self)
            grid.addWidget(self.part_labels[part], r, 0)
            for c, lang in enumerate(TEXT_LANGUAGES, start=1):
                edit: QLineEdit | QPlainTextEdit
                if part == "feature":
                    edit = QLineEdit(self)
                    edit.setMaxLength(MAX_FEATURE)
                else:
                    edit = QPlainTextEdit(self)
                    edit.setTabChangesFocus(True)
                    edit.setFixedHeight(54)
                name_widget(edit, f"catalogue_editor_card_{part}_{lang}")
                self.edits[(part, lang)] = edit
                grid.addWidget(edit, r, c)
        layout.addLayout(grid)
        self.error = FieldError("catalogue_editor_card", self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_catalogue_editor_card")
        self.new_button = name_widget(QPushButton(self), "catalogue_editor_card_new")
        self.save_button = name_widget(QPushButton(self), "catalogue_editor_card_save")
        self.delete_button = name_widget(QPushButton(self), "catalogue_editor_card_delete")
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        buttons.addWidget(self.status_label)
        buttons.addStretch(1)
        for button in (self.new_button, self.delete_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        for widget in (
            self.point_combo,
            self.priority_combo,
            self.trim_combo,
            self.order_spin,
            self.active_check,
            *self.edits.values(),
            self.new_button,
            self.save_button,
            self.delete_button,
        ):
            widget.setEnabled(not read_only)
        self.retranslate_ui()
        self.show_form(None, None)

    def _lang(self) -> str:
        return self.ctx.language

    def _applies_to(self, card: FabCard) -> str:
        if card.trim_id is None:
            return self.tr("All trims")
        names = dict(self.trims)
        name = names.get(card.trim_id)
        return name.for_language(self._lang()) if name else str(card.trim_id)

    def retranslate_ui(self) -> None:
        self.point_label.setText(self.tr("Walkaround point:"))
        self.priority_label.setText(self.tr("Serves priority:"))
        self.trim_label.setText(self.tr("Applies to:"))
        self.order_label.setText(self.tr("Order:"))
        self.active_check.setText(self.tr("Active"))
        for i, code in enumerate(WALKAROUND_POINTS):
            self.point_combo.setItemText(i, words.point(code))
        self.priority_combo.setItemText(0, self.tr("General (no priority)"))
        for i, code in enumerate(PRIORITIES, start=1):
            self.priority_combo.setItemText(i, words.priority(code))
        self.part_labels["feature"].setText(self.tr("Feature"))
        self.part_labels["advantage"].setText(self.tr("Advantage"))
        self.part_labels["benefit"].setText(self.tr("Benefit"))
        self.new_button.setText(self.tr("New card"))
        self.save_button.setText(self.tr("Save card"))
        self.delete_button.setText(self.tr("Delete card"))
        self._fill_trims()
        self._update_heading()
        self.cards.retranslate()

    def _update_heading(self) -> None:
        self.heading.setText(self.tr("New card") if self.card_id is None else self.tr("Card"))
        self.delete_button.setEnabled(not self.read_only and self.card_id is not None)

    def _fill_trims(self) -> None:
        current = words.current_data(self.trim_combo, 0)
        self.trim_combo.clear()
        self.trim_combo.addItem(self.tr("All trims of the model"), 0)  # never None (see words)
        for trim_id, name in self.trims:
            self.trim_combo.addItem(name.for_language(self._lang()), trim_id)
        self.trim_combo.setCurrentIndex(max(0, self.trim_combo.findData(current)))

    # -- data ------------------------------------------------------------------------------
    def show_model(self, model_id: int | None, trims: Sequence[tuple[int, LocalisedName]]) -> None:
        self.model_id = model_id
        self.trims = list(trims)
        self._fill_trims()
        self.reload()
        self.show_form(None, None)

    def reload(self) -> None:
        rows = (
            self.ctx.services.presentation.fab_cards(self.model_id)
            if self.model_id is not None
            else []
        )
        rows.sort(key=lambda c: (WALKAROUND_POINTS.index(c.point), c.sort_order, c.card_id))
        self.cards.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 360))

    def form(self) -> FabCardForm:
        texts: dict[str, dict[str, str]] = {part: {} for part in PARTS}
        for (part, lang), edit in self.edits.items():
            value = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            if value.strip():
                texts[part][lang] = value
        return FabCardForm(
            model_id=self.model_id or 0,
            point=str(words.current_data(self.point_combo, WALKAROUND_POINTS[0])),
            trim_id=words.current_data(self.trim_combo, 0) or None,
            priority=str(words.current_data(self.priority_combo, "")),
            feature=texts["feature"],
            advantage=texts["advantage"],
            benefit=texts["benefit"],
            sort_order=self.order_spin.value(),
            active=self.active_check.isChecked(),
        )

    def show_form(self, card_id: int | None, card: FabCard | None) -> None:
        self.card_id = card_id
        self.point_combo.setCurrentIndex(
            WALKAROUND_POINTS.index(card.point) if card and card.point in WALKAROUND_POINTS else 0
        )
        self.priority_combo.setCurrentIndex(
            max(0, self.priority_combo.findData(card.priority if card else ""))
        )
        self.trim_combo.setCurrentIndex(
            max(0, self.trim_combo.findData(card.trim_id)) if card and card.trim_id else 0
        )
        self.order_spin.setValue(card.sort_order if card else 10)
        self.active_check.setChecked(card.active if card else True)
        for (part, lang), edit in self.edits.items():
            text = getattr(card, part).get(lang, "") if card else ""
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
        self.error.set_error("")
        self.status_label.setText("")
        self._loaded = self.form()
        self._update_heading()
        enabled = not self.read_only and self.model_id is not None
        for widget in (self.save_button, self.new_button):
            widget.setEnabled(enabled)

    @property
    def dirty(self) -> bool:
        return not self.read_only and self._loaded is not None and self.form() != self._loaded

    # -- slots -----------------------------------------------------------------------------
    def on_table_clicked(self, index: object) -> None:
        row = self.cards.row_at(index.row())  # type: ignore[attr-defined]
        if row.card_id == self.card_id or not self.may_leave():
            return
        self.show_form(row.card_id, row)

    def may_leave(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop it."""
        if not self.dirty:
            return True
        return messages.ask(
            self, self.tr("Unsaved card"), self.tr("Discard the changes to this card?")
        )

    def on_new_button_clicked(self) -> None:
        if self.may_leave():
            self.table.clearSelection()
            self.show_form(None, None)

    def on_save_button_clicked(self) -> None:
        if self.model_id is None:
            return
        try:
            card = self.ctx.services.presentation.save_fab_card(self.form(), self.card_id)
        except (ValidationError, ValidationErrors) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            self.error.set_error("\n".join(messages.validation_text(e) for e in errors))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.reload()
        self.show_form(card.card_id, card)
        self.status_label.setText(self.tr("Saved"))

    def on_delete_button_clicked(self) -> None:
        if self.card_id is None:
            return
        if not messages.ask(self, self.tr("Delete card"), self.tr("Delete this FAB card?")):
            return
        try:
            self.ctx.services.presentation.delete_fab_card(self.card_id)
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not deleted"), str(exc))
            return
        self.reload()
        self.show_form(None, None)


__all__ = ["CardsEditor"]
