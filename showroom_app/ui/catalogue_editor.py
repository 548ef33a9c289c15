"""The dealership's catalogue data for the presentation: key specs per trim and FAB cards per
model, in three languages (opened from the Inventory page).

Managers and administrators edit; anybody else sees the data read-only (the service refuses
their writes anyway). Changes are saved with the Save buttons — this is reference data, not
a customer form — and leaving a trim, a card or the window with unsaved changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.presentation import SPECS, SpecDef
from showroom_app.domain.records import LocalisedName
from showroom_app.services.presentation_records import CatalogueRow
from showroom_app.ui import messages
from showroom_app.ui.catalogue_editor_cards import CardsEditor
from showroom_app.ui.cockpit import stage_presentation_texts as words
from showroom_app.ui.context import AppContext
from showroom_app.ui.widgets.forms import FieldError, name_widget

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPEC_COLUMNS = 2


class SpecsEditor(QWidget):
    """The key specs of one trim: a number field or a choice per spec, with its error."""

    def __init__(self, ctx: AppContext, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = read_only
        self.trim_id: int | None = None
        self._loaded: dict[str, str] = {}
        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("catalogue_editor_specs_heading")
        self.heading.setStyleSheet("font-weight: 600;")
        outer.addWidget(self.heading)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        grid = QGridLayout(body)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, FieldError] = {}
        for i, d in enumerate(SPECS):
            row, column = (i // SPEC_COLUMNS) * 2, (i % SPEC_COLUMNS) * 2
            label = QLabel(body)
            field: QLineEdit | QComboBox
            if d.kind == "choice":
                field = QComboBox(body)
                field.addItem("", "")
                for value in d.choices:
                    field.addItem("", value)
            else:
                field = QLineEdit(body)
                field.setMaxLength(12)
                field.setAlignment(Qt.AlignmentFlag.AlignRight)
            name_widget(field, f"catalogue_editor_spec_{d.code}")
            field.setEnabled(not read_only)
            label.setBuddy(field)
            error = FieldError(f"catalogue_editor_spec_{d.code}", body)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1)
            grid.addWidget(error, row + 1, column + 1)
            self.labels[d.code], self.fields[d.code], self.errors[d.code] = label, field, error
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(SPECS), 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_catalogue_editor_specs")
        self.revert_button = name_widget(QPushButton(self), "catalogue_editor_specs_revert")
        self.save_button = name_widget(QPushButton(self), "catalogue_editor_specs_save")
        self.revert_button.clicked.connect(self.on_revert_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        buttons.addWidget(self.status_label)
        buttons.addStretch(1)
        for button in (self.revert_button, self.save_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.retranslate_ui()

    @staticmethod
    def _caption(d: SpecDef) -> str:
        unit = words.unit(d.unit) if d.unit else ""
        return f"{words.spec_label(d.code)} ({unit})" if unit else words.spec_label(d.code)

    def retranslate_ui(self) -> None:
        for d in SPECS:
            self.labels[d.code].setText(self._caption(d))
            field = self.fields[d.code]
            if isinstance(field, QComboBox):
                field.setItemText(0, self.tr("(not given)"))
                for i, value in enumerate(d.choices, start=1):
                    field.setItemText(i, words.choice(d.code, value))
        self.revert_button.setText(self.tr("Undo changes"))
        self.save_button.setText(self.tr("Save specs"))
        self._update_heading()

    def _update_heading(self) -> None:
        self.heading.setText(
            self.tr("Choose a trim on the left to see its key specs.")
            if self.trim_id is None
            else self.tr("Key specs of this trim (leave a field empty when it does not apply)")
        )

    def values(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for code, field in self.fields.items():
            if isinstance(field, QComboBox):
                value = words.current_data(field, "")
            else:
                value = field.text().strip()
            if value:
                result[code] = str(value)
        return result

    def show_trim(self, trim_id: int | None) -> None:
        self.trim_id = trim_id
        specs = self.ctx.services.presentation.trim_specs(trim_id) if trim_id is not None else {}
        self._loaded = dict(specs)
        for code, field in self.fields.items():
            value = specs.get(code, "")
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(value)))
            else:
                field.setText(value)
            self.errors[code].set_error("")
        self.status_label.setText("")
        editable = not self.read_only and trim_id is not None
        for button in (self.revert_button, self.save_button):
            button.setEnabled(editable)
        for field in self.fields.values():
            field.setEnabled(editable)
        self._update_heading()

    @property
    def dirty(self) -> bool:
        return not self.read_only and self.trim_id is not None and self.values() != self._loaded

    def on_revert_button_clicked(self) -> None:
        self.show_trim(self.trim_id)

    def on_save_button_clicked(self) -> None:
        if self.trim_id is None:
            return
        wanted = {code: self.values().get(code, "") for code in self.fields}
        for error in self.errors.values():
            error.set_error("")
        try:
            saved = self.ctx.services.presentation.save_specs(self.trim_id, wanted)
        except (ValidationError, ValidationErrors) as exc:
            for e in exc.errors if isinstance(exc, ValidationErrors) else [exc]:
                code = e.field.removeprefix("spec_")
                if code in self.errors:
                    self.errors[code].set_error(messages.validation_text(e))
            self.status_label.setText(self.tr("Not saved: check the fields marked in red."))
            return
        except ShowroomError as exc:
            messages.critical(self, self.tr("Not saved"), str(exc))
            return
        self.show_trim(self.trim_id)
        self._loaded = dict(saved)
        self.status_label.setText(self.tr("Saved"))


class CatalogueEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("catalogue_editor")
        self.setAccessibleName("catalogue_editor")
        self.read_only = not ctx.services.presentation.may_edit_catalogue
        self.rows: list[CatalogueRow] = ctx.services.presentation.browse()
        layout = QVBoxLayout(self)
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("catalogue_editor_read_only")
        self.read_only_label.setStyleSheet("color: #7a4f00;")
        self.read_only_label.setVisible(self.read_only)
        layout.addWidget(self.read_only_label)
        splitter = QSplitter(self)
        self.tree = name_widget(QTreeWidget(splitter), "catalogue_editor_tree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self.on_tree_current_item_changed)
        self.tabs = name_widget(QTabWidget(splitter), "catalogue_editor_tabs")
        self.specs = SpecsEditor(ctx, self.read_only, self.tabs)
        self.cards = CardsEditor(ctx, self.read_only, self.tabs)
        self.tabs.addTab(self.specs, "")
        self.tabs.addTab(self.cards, "")
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = name_widget(QPushButton(self), "catalogue_editor_close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self._current: QTreeWidgetItem | None = None
        self._fill_tree()
        self.retranslate_ui()
        self.resize(1200, 780)

    def _fill_tree(self) -> None:
        lang = self.ctx.language
        brands: dict[int, QTreeWidgetItem] = {}
        models: dict[int, QTreeWidgetItem] = {}
        for row in self.rows:
            brand = brands.get(row.brand_id)
            if brand is None:
                brand = QTreeWidgetItem([row.brand.for_language(lang)])
                brand.setData(0, KIND_ROLE, "brand")
                brand.setData(0, ID_ROLE, row.brand_id)  # every item has data (see words)
                self.tree.addTopLevelItem(brand)
                brands[row.brand_id] = brand
            model = models.get(row.model_id)
            if model is None:
                model = QTreeWidgetItem([row.model.for_language(lang)])
                model.setData(0, KIND_ROLE, "model")
                model.setData(0, ID_ROLE, row.model_id)
                brand.addChild(model)
                models[row.model_id] = model
            trim = QTreeWidgetItem([row.trim.for_language(lang)])
            trim.setData(0, KIND_ROLE, "trim")
            trim.setData(0, ID_ROLE, row.trim_id)
            model.addChild(trim)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Catalogue: key specs and FAB cards"))
        self.read_only_label.setText(
            self.tr("Only a manager or an administrator can change the catalogue.")
        )
        self.tabs.setTabText(0, self.tr("Key specs"))
        self.tabs.setTabText(1, self.tr("FAB cards"))
        self.close_button.setText(self.tr("Close"))
        self.specs.retranslate_ui()
        self.cards.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "cards"):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- selection ---------------------------------------------------------------------------
    def model_trims(self, model_id: int) -> list[tuple[int, LocalisedName]]:
        return [(r.trim_id, r.trim) for r in self.rows if r.model_id == model_id]

    def select(self, kind: str, item_id: int) -> QTreeWidgetItem | None:
        """Select a model or trim in the tree (by id); the item, or None when not there."""
        for item in self._items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == item_id:
                self.tree.setCurrentItem(item)
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            found.append(item)
            stack += [item.child(j) for j in range(item.childCount())]
        return found

    def _may_leave(self, *, trim: bool = True, model: bool = True) -> bool:
        """Ask before dropping unsaved specs (leaving the trim) or an unsaved card (leaving
        the model)."""
        if (
            trim
            and self.specs.dirty
            and not messages.ask(
                self, self.tr("Unsaved specs"), self.tr("Discard the changes to the key specs?")
            )
        ):
            return False
        return not model or self.cards.may_leave()

    @staticmethod
    def _ids(item: QTreeWidgetItem | None) -> tuple[int | None, int | None]:
        """(trim id, model id) of a tree item; None where it is not one."""
        kind = item.data(0, KIND_ROLE) if item is not None else None
        if kind == "trim" and item is not None:
            parent = item.parent()
            model = int(parent.data(0, ID_ROLE)) if parent is not None else None
            return int(item.data(0, ID_ROLE)), model
        if kind == "model" and item is not None:
            return None, int(item.data(0, ID_ROLE))
        return None, None

    def on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if current is self._current:
            return
        trim_id, model_id = self._ids(current)
        if not self._may_leave(
            trim=trim_id != self.specs.trim_id, model=model_id != self.cards.model_id
        ):
            if previous is not None:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(previous)
                self.tree.blockSignals(False)
            return
        self._current = current
        if trim_id != self.specs.trim_id:
            self.specs.show_trim(trim_id)
        if model_id != self.cards.model_id:
            self.cards.show_model(model_id, self.model_trims(model_id) if model_id else [])
        if current is not None and current.data(0, KIND_ROLE) == "model":
            self.tabs.setCurrentWidget(self.cards)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)


def open_catalogue_editor(ctx: AppContext, parent: QWidget | None = None) -> CatalogueEditorDialog:
    dialog = CatalogueEditorDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["CatalogueEditorDialog", "SpecsEditor", "open_catalogue_editor"]
