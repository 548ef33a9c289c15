"""The versions of one region's contract template, newest (the one new contracts use)
first and marked, each with who saved it and the languages whose texts it changed; what the selected
version holds besides its clauses (name, edition, calendar of the dates, review period);
and "Start from the selected version" to copy an older version's clauses back into the
editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.services.contracts import TemplateRow
from showroom_app.services.contracts_rules import LANGUAGES
from showroom_app.ui import labels
from showroom_app.ui.process_editor_widgets import plain_button
from showroom_app.ui.widgets.forms import name_widget

INFO_KEYS = ("name", "label", "roc_dates", "review_days")


class VersionsPanel(QGroupBox):
    """``restore_requested(version)`` when the user wants an older version's clauses."""

    restore_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_templates_versions")
        self.versions: list[TemplateRow] = []
        layout = QVBoxLayout(self)
        self.tree = name_widget(QTreeWidget(self), "contract_template_versions")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self.on_tree_current_item_changed)
        layout.addWidget(self.tree, 1)
        self.restore_button = plain_button(self, "contract_template_restore")
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        info = QFormLayout()
        info.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        info.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.info_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in INFO_KEYS:
            self.info_labels[key] = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"contract_template_{key}_value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            info.addRow(self.info_labels[key], value)
        layout.addLayout(info)
        self._ready = False
        self.retranslate_ui()
        self._ready = True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Versions"))
        self.tree.setHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Saved"),
                self.tr("Saved by"),
                self.tr("Languages changed"),
            ]
        )
        self.restore_button.setText(self.tr("Start from the selected &version"))
        self.restore_button.setToolTip(
            self.tr(
                "Copy the selected version's names, titles, clauses and settings into the "
                "editor (saved only by Save)"
            )
        )
        texts = {
            "name": self.tr("Template:"),
            "label": self.tr("Edition:"),
            "roc_dates": self.tr("Dates:"),
            "review_days": self.tr("Review period:"),
        }
        for key, label in self.info_labels.items():
            label.setText(texts[key])
        self.set_versions(self.versions)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def current(self) -> TemplateRow | None:
        return self.versions[0] if self.versions else None

    def set_versions(self, versions: list[TemplateRow]) -> None:
        """Show ``versions`` (newest first) and select the newest."""
        self.versions = versions
        tree = self.tree
        tree.blockSignals(True)
        tree.clear()
        for n, row in enumerate(versions):
            number = str(row.version)
            if n == 0:
                number = self.tr("%1 (current)").replace("%1", number)
            before = versions[n + 1] if n + 1 < len(versions) else None
            changes = self.changes(row, before)
            when = labels.timestamp(row.created_at)
            item = QTreeWidgetItem([number, when, row.created_by or "—", changes])
            item.setData(0, Qt.ItemDataRole.UserRole, row.version)
            item.setToolTip(3, changes)
            if n == 0:
                bold = QFont(tree.font())
                bold.setBold(True)
                for column in range(4):
                    item.setFont(column, bold)
            tree.addTopLevelItem(item)
        self.select_current()
        tree.blockSignals(False)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.on_tree_current_item_changed()

    def changes(self, row: TemplateRow, before: TemplateRow | None) -> str:
        """The document languages whose name, title or clauses differ from the version
        before (or that only its settings changed)."""
        if before is None:
            return self.tr("first version")
        changed = [
            labels.language_name(lang)
            for lang in LANGUAGES
            if row.clauses.get(lang) != before.clauses.get(lang)
            or row.names.get(lang) != before.names.get(lang)
            or row.titles.get(lang) != before.titles.get(lang)
        ]
        if changed:
            return ", ".join(changed)
        if (row.roc_dates, row.review_days) != (before.roc_dates, before.review_days):
            return self.tr("dates or review period")
        return self.tr("no clause changed")

    def select_current(self) -> None:
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected(self) -> TemplateRow | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        number = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.versions if r.version == number), None)

    def show_info(self, row: TemplateRow | None) -> None:
        if row is None:
            for value in self.values.values():
                value.clear()
            return
        self.values["name"].setText(row.name)
        self.values["label"].setText(f"{row.label} · v{row.version}" if row.label else "")
        self.values["roc_dates"].setText(
            self.tr("ROC (Minguo) years on Traditional Chinese contracts")
            if row.roc_dates
            else self.tr("Western calendar")
        )
        self.values["review_days"].setText(
            self.tr("%n day(s) before signing", "", row.review_days)
            if row.review_days
            else self.tr("none")
        )

    def on_tree_current_item_changed(self, *_args: object) -> None:
        row = self.selected()
        self.show_info(row)
        self.restore_button.setEnabled(row is not None and row is not self.current)

    def on_restore_button_clicked(self) -> None:
        row = self.selected()
        if row is not None and row is not self.current:
            self.restore_requested.emit(row)


__all__ = ["VersionsPanel"]
