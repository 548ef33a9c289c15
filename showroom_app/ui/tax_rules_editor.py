"""Settings → "Tax and fee rules…": the dated rules table of DOMAIN.md §7.0 (managers).

Every government rate, cap and fee table is a row valid from one date to another. A manager
adds a rule, corrects one, or retires one on a date so that a new rule can take over the
next day; the service checks the rows with the domain (a "valid to" before "valid from",
two rules of one key on the same day, a band table that does not go up are refused, with
the message at the field). Band tables are typed one band per line, ``upper limit: value``,
the last line ``*: value`` for "and above".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import (
    PermissionDenied,
    ShowroomError,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.tax_rules import BANDS_SUFFIX, Band, Rule, RuleValue
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.tax_rules import TaxRuleRow
from showroom_app.ui import labels
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError, add_row, name_widget

VALUE_MESSAGE = QT_TRANSLATE_NOOP(
    "Validation", "Write a number, or one band per line: “limit: value” (last line “*: value”)."
)
DATE_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Use a date like 2026-01-01.")


def value_text(value: RuleValue) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return "\n".join(
        f"{'*' if b.upto is None else format(b.upto, 'f')}: {format(b.value, 'f')}" for b in value
    )


def value_summary(value: RuleValue) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return "; ".join(
        f"{'…' if b.upto is None else '≤' + format(b.upto, 'f')} {format(b.value, 'f')}"
        for b in value
    )


def parse_value(text: str, key: str) -> RuleValue:
    """A number, or (for keys ending in ``.bands``) the band lines."""
    cleaned = text.strip()
    try:
        if not key.endswith(BANDS_SUFFIX):
            return Decimal(cleaned.replace(",", ""))
        bands = []
        for line in cleaned.splitlines():
            if not line.strip():
                continue
            limit, _, value = line.partition(":")
            upto = None if limit.strip() in ("*", "") else Decimal(limit.strip().replace(",", ""))
            bands.append(Band(upto, Decimal(value.strip().replace(",", ""))))
        return tuple(bands)
    except (InvalidOperation, ValueError):
        raise ValidationError("value", VALUE_MESSAGE, "format") from None


def parse_date(text: str, field: str, *, required: bool) -> date | None:
    cleaned = text.strip()
    if not cleaned and not required:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(field, DATE_MESSAGE, "format") from None


class TaxRulesEditor(QDialog):
    COLUMNS = 6

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tax_rules_editor")
        self.setAccessibleName("tax_rules_editor")
        self.rows: list[TaxRuleRow] = []
        self.current_id: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.region_label = QLabel(self)
        self.region_filter = name_widget(QComboBox(self), "tax_rules_region")
        self.region_label.setBuddy(self.region_filter)
        self.key_filter = name_widget(QLineEdit(self), "tax_rules_filter")
        top.addWidget(self.region_label)
        top.addWidget(self.region_filter)
        top.addWidget(self.key_filter, 1)
        layout.addLayout(top)
        self.table = name_widget(QTableWidget(0, self.COLUMNS, self), "tax_rules_table")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self.on_table_current_changed)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.region_combo = name_widget(QComboBox(self), "tax_rule_region")
        self.key_edit = name_widget(QLineEdit(self), "tax_rule_key")
        self.value_edit = name_widget(QPlainTextEdit(self), "tax_rule_value")
        self.value_edit.setFixedHeight(80)
        self.from_edit = name_widget(QLineEdit(self), "tax_rule_valid_from")
        self.to_edit = name_widget(QLineEdit(self), "tax_rule_valid_to")
        self.source_edit = name_widget(QLineEdit(self), "tax_rule_source")
        self.note_edit = name_widget(QLineEdit(self), "tax_rule_note")
        for key, widget in (("region", self.region_combo), ("key", self.key_edit),
                            ("value", self.value_edit), ("valid_from", self.from_edit),
                            ("valid_to", self.to_edit), ("source", self.source_edit),
                            ("note", self.note_edit)):  # fmt: skip
            self.labels[key] = QLabel(self)
            self.errors[key] = FieldError(f"tax_rule_{key}", self)
            add_row(form, self.labels[key], widget, self.errors[key])
        layout.addLayout(form)
        self.general_error = FieldError("tax_rules", self)
        layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.new_button = name_widget(QPushButton(self), "tax_rule_new")
        self.save_button = name_widget(QPushButton(self), "tax_rule_save")
        self.retire_label = QLabel(self)
        self.retire_edit = name_widget(QLineEdit(self), "tax_rule_retire_on")
        self.retire_button = name_widget(QPushButton(self), "tax_rule_retire")
        self.close_button = name_widget(QPushButton(self), "tax_rules_close")
        for part in (self.new_button, self.save_button, self.retire_label, self.retire_edit,
                     self.retire_button):  # fmt: skip
            buttons.addWidget(part)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for button in (self.new_button, self.save_button, self.retire_button, self.close_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.retire_button.clicked.connect(self.on_retire_clicked)
        self.close_button.clicked.connect(self.accept)
        self.region_filter.currentIndexChanged.connect(lambda _i: self.fill())
        self.key_filter.textChanged.connect(lambda _t: self.fill())
        self.retranslate_ui()
        self.reload()
        self.resize(980, 720)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tax and fee rules"))
        self.region_label.setText(self.tr("&Region:"))
        self.key_filter.setPlaceholderText(self.tr("Filter by key, source or note"))
        for combo, with_all in ((self.region_filter, True), (self.region_combo, False)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if with_all:
                combo.addItem(self.tr("All regions"), "")
            for region in Region:
                combo.addItem(labels.region(region.value), region.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Key"), self.tr("Value"), self.tr("Valid from"),
             self.tr("Valid to"), self.tr("Source")]
        )  # fmt: skip
        names = {
            "region": self.tr("Region:"),
            "key": self.tr("&Key:"),
            "value": self.tr("&Value:"),
            "valid_from": self.tr("Valid &from:"),
            "valid_to": self.tr("Valid &to:"),
            "source": self.tr("&Source:"),
            "note": self.tr("&Note:"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
        self.value_edit.setPlaceholderText(
            self.tr("A number (0.10 is 10 %), or one band per line: “1600: 420”, last “*: 5280”")
        )
        self.from_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.to_edit.setPlaceholderText(self.tr("empty: until further notice"))
        self.new_button.setText(self.tr("&New rule"))
        self.save_button.setText(self.tr("Sa&ve rule"))
        self.retire_label.setText(self.tr("Last day:"))
        self.retire_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.retire_button.setText(self.tr("&Retire"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.fill()
        super().changeEvent(event)

    # -- the table ------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.rows = self.ctx.services.tax_rules.rules()
        except ShowroomError as exc:
            self.general_error.set_error(str(exc))
            return
        self.fill()

    def fill(self) -> None:
        region = self.region_filter.currentData()
        needle = self.key_filter.text().strip().casefold()
        shown = [
            r
            for r in self.rows
            if (not region or r.rule.region.value == region)
            and (not needle or needle in f"{r.rule.key} {r.rule.source} {r.rule.note}".casefold())
        ]
        self.table.blockSignals(True)
        self.table.setRowCount(len(shown))
        for n, row in enumerate(shown):
            rule = row.rule
            cells = (
                labels.region(rule.region.value),
                rule.key,
                value_summary(rule.value),
                rule.valid_from.isoformat(),
                rule.valid_to.isoformat() if rule.valid_to else "",
                rule.source,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.rule_id)
                item.setToolTip(rule.note or text)
                self.table.setItem(n, c, item)
            if row.rule_id == self.current_id:
                self.table.setCurrentCell(n, 0)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_rule(self, row: TaxRuleRow | None) -> None:
        self.current_id = row.rule_id if row else None
        rule = row.rule if row else None
        self.region_combo.setCurrentIndex(
            max(0, self.region_combo.findData(rule.region.value if rule else self.ctx.region.value))
        )
        self.key_edit.setText(rule.key if rule else "")
        self.value_edit.setPlainText(value_text(rule.value) if rule else "")
        self.from_edit.setText(rule.valid_from.isoformat() if rule else "")
        self.to_edit.setText(rule.valid_to.isoformat() if rule and rule.valid_to else "")
        self.source_edit.setText(rule.source if rule else "")
        self.note_edit.setText(rule.note if rule else "")
        self.retire_button.setEnabled(row is not None)
        self.show_errors([])

    def form_rule(self) -> Rule:
        errors: list[ValidationError] = []
        key = self.key_edit.text().strip()
        value: RuleValue = Decimal(0)
        try:
            value = parse_value(self.value_edit.toPlainText(), key)
        except ValidationError as exc:
            errors.append(exc)
        days: dict[str, date | None] = {}
        for field, edit, required in (("valid_from", self.from_edit, True),
                                      ("valid_to", self.to_edit, False)):  # fmt: skip
            try:
                days[field] = parse_date(edit.text(), field, required=required)
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        start = days["valid_from"]
        assert start is not None
        return Rule(
            region=Region(self.region_combo.currentData()),
            key=key,
            value=value,
            valid_from=start,
            valid_to=days["valid_to"],
            source=self.source_edit.text().strip(),
            note=self.note_edit.text().strip(),
        )

    def show_errors(self, errors: list[ValidationError]) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for error in errors:
            text = validation_text(error)
            if error.field in self.errors:
                by_field.setdefault(error.field, []).append(text)
            else:
                general.append(text)
        for field, label in self.errors.items():
            label.set_error("\n".join(by_field.get(field, [])))
        self.general_error.set_error("\n".join(general))

    def _run(self, action: str) -> None:
        services = self.ctx.services.tax_rules
        try:
            if action == "retire":
                assert self.current_id is not None
                day = parse_date(self.retire_edit.text(), "valid_to", required=True)
                assert day is not None
                services.retire(self.current_id, day)
            else:
                rule = self.form_rule()
                if self.current_id is None:
                    self.current_id = services.add(rule)
                else:
                    services.update(self.current_id, rule)
        except ValidationErrors as exc:
            self.show_errors(list(exc.errors))
            return
        except ValidationError as exc:
            self.show_errors([exc])
            return
        except PermissionDenied:
            self.general_error.set_error(
                self.tr("Only a sales manager or an administrator may change the rules.")
            )
            return
        except ShowroomError as exc:
            self.general_error.set_error(str(exc))
            return
        self.retire_edit.clear()
        self.reload()
        self.show_rule(next((r for r in self.rows if r.rule_id == self.current_id), None))

    # -- slots ----------------------------------------------------------------------------------
    def on_table_current_changed(self, row: int, _c: int, _pr: int, _pc: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        rule_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.show_rule(next((r for r in self.rows if r.rule_id == rule_id), None))

    def on_new_clicked(self) -> None:
        self.table.clearSelection()
        self.show_rule(None)
        self.key_edit.setFocus()

    def on_save_clicked(self) -> None:
        self._run("save")

    def on_retire_clicked(self) -> None:
        self._run("retire")


class TaxRulesButton(QPushButton):
    """The Settings page's "Tax and fee rules…" button (managers); it translates itself."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name_widget(self, "settings_tax_rules")
        self.setAutoDefault(False)
        self.editor: TaxRulesEditor | None = None
        self.clicked.connect(self.on_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Tax and fee rules…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def on_clicked(self) -> None:
        if self.editor is not None:
            self.editor.raise_()
            return
        self.editor = TaxRulesEditor(self.ctx, self.window())
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.destroyed.connect(self.on_editor_destroyed)
        self.editor.open()

    def on_editor_destroyed(self, *_args: object) -> None:
        self.editor = None


__all__ = ["TaxRulesButton", "TaxRulesEditor", "parse_value", "value_summary", "value_text"]
