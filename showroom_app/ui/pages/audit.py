"""Audit log (managers): who did what and when, filtered, checked for tampering, exported.

The list is a lazy ``PagedModel`` over ``AuditService.page``; checking the hash chain and
exporting run in the background (``ui.tasks``) because a busy showroom's log grows to
hundreds of thousands of entries.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import PermissionDenied
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import AuditFilter, AuditRow, ChainReport
from showroom_app.services.audit import Action
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.ui import labels, messages
from showroom_app.ui.models.table import Column, PagedModel
from showroom_app.ui.pages.base import Page, heading, make_table
from showroom_app.ui.tasks import Task, TaskProgress, run_with_progress
from showroom_app.ui.widgets.forms import name_widget

#: Every action code, in the order ``Action`` declares them.
ACTIONS: tuple[str, ...] = tuple(v for k, v in vars(Action).items() if k.isupper())
#: Kinds of record offered even before the log mentions them.
BASE_ENTITIES = ("customer", "user")
#: Wait this long after the last keystroke before filtering by typed text.
TYPING_DELAY_MS = 300
#: The date range the "Dates" filter starts with (days back from today, today included).
DEFAULT_DAYS = 7


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """The file the user chose to save to, or "" (tests replace this function)."""
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def _time_text(at: datetime) -> str:
    return f"{labels.day(at.date())} {at:%H:%M:%S}"


def _record_text(row: AuditRow) -> str:
    if not row.entity:
        return ""
    name = labels.audit_entity(row.entity)
    return name if row.entity_id is None else f"{name} #{row.entity_id}"


def _change_text(row: AuditRow) -> str:
    if not (row.old_value or row.new_value):
        return ""
    return f"{row.old_value} → {row.new_value}"


def _detail_text(detail: str) -> str:
    """``{"rows": 3, "sha256": "…"}`` reads as ``rows: 3 · sha256: …``."""
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return detail
    return " · ".join(f"{key}: {value}" for key, value in data.items())


class AuditPage(Page):
    key = "audit"

    def title(self) -> str:
        return self.tr("Audit log")

    # -- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.task: Task[object] | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = heading(self, "audit_heading")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("audit_count")
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        self.denied_label = QLabel(self)
        self.denied_label.setObjectName("audit_denied")
        self.denied_label.setWordWrap(True)
        self.denied_label.hide()
        layout.addWidget(self.denied_label)

        filters = QHBoxLayout()
        self.user_label = QLabel(self)
        self.user_combo = name_widget(QComboBox(self), "audit_user")
        self.user_combo.addItem("", None)
        self.action_label = QLabel(self)
        self.action_combo = name_widget(QComboBox(self), "audit_action")
        self.action_combo.addItem("", None)
        for code in ACTIONS:
            self.action_combo.addItem("", code)
        self.entity_label = QLabel(self)
        self.entity_combo = name_widget(QComboBox(self), "audit_entity")
        self.entity_combo.addItem("", None)
        self.entity_id_edit = name_widget(QLineEdit(self), "audit_entity_id")
        self.entity_id_edit.setValidator(QIntValidator(1, 2_147_483_647, self.entity_id_edit))
        self.entity_id_edit.setClearButtonEnabled(True)
        self.entity_id_edit.setMaximumWidth(110)
        for label, widget in (
            (self.user_label, self.user_combo),
            (self.action_label, self.action_combo),
            (self.entity_label, self.entity_combo),
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.entity_id_edit)
        filters.addStretch(1)
        layout.addLayout(filters)

        second = QHBoxLayout()
        today = QDate.currentDate()
        self.dates_check = name_widget(QCheckBox(self), "audit_dates")
        self.start_edit = name_widget(
            QDateEdit(today.addDays(1 - DEFAULT_DAYS), self), "audit_start"
        )
        self.to_label = QLabel(self)
        self.to_label.setObjectName("audit_to")
        self.end_edit = name_widget(QDateEdit(today, self), "audit_end")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")  # unambiguous in every interface language
            edit.setEnabled(False)
        self.to_label.setBuddy(self.end_edit)
        self.search_label = QLabel(self)
        self.search_edit = name_widget(QLineEdit(self), "audit_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.search_label.setBuddy(self.search_edit)
        self.verify_button = name_widget(QPushButton(self), "audit_verify")
        self.export_button = name_widget(QPushButton(self), "audit_export")
        second.addWidget(self.dates_check)
        second.addWidget(self.start_edit)
        second.addWidget(self.to_label)
        second.addWidget(self.end_edit)
        second.addSpacing(12)
        second.addWidget(self.search_label)
        second.addWidget(self.search_edit, 1)
        second.addSpacing(12)
        second.addWidget(self.verify_button)
        second.addWidget(self.export_button)
        layout.addLayout(second)

        self.view = make_table(self, "audit_table")
        self.model: PagedModel[AuditRow] = PagedModel(
            [
                Column(lambda: self.tr("No."), lambda r: r.entry_id, align_right=True),
                Column(lambda: self.tr("Time"), lambda r: _time_text(r.at)),
                Column(lambda: self.tr("User"), lambda r: r.user_name),
                Column(lambda: self.tr("Action"), lambda r: labels.audit_action(r.action)),
                Column(lambda: self.tr("Record"), _record_text),
                Column(lambda: self.tr("Field"), lambda r: r.field),
                Column(lambda: self.tr("Old → new"), _change_text, tooltip=_change_text),
                Column(
                    lambda: self.tr("Details"),
                    lambda r: _detail_text(r.detail),
                    tooltip=lambda r: _detail_text(r.detail),
                ),
            ],
            fetch=self._fetch,
            count=self._count,
            parent=self,
        )
        self.view.setModel(self.model)
        for column, width in enumerate((60, 150, 110, 120, 130, 120, 170)):
            self.view.setColumnWidth(column, width)
        layout.addWidget(self.view, 1)

        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(TYPING_DELAY_MS)
        self.typing_timer.timeout.connect(self.apply_filters)
        for combo in (self.user_combo, self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(self.on_filter_combo_changed)
        self.dates_check.toggled.connect(self.on_dates_check_toggled)
        self.start_edit.dateChanged.connect(self.on_start_edit_date_changed)
        self.end_edit.dateChanged.connect(self.on_end_edit_date_changed)
        self.entity_id_edit.textChanged.connect(self.on_typed_text_changed)
        self.search_edit.textChanged.connect(self.on_typed_text_changed)
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.verify_button.clicked.connect(self.on_verify_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)

    def retranslate_ui(self) -> None:
        self.header.setText(self.title())
        self.denied_label.setText(self.tr("Only a manager can see the audit log."))
        self.user_label.setText(self.tr("&User"))
        self.user_combo.setItemText(0, self.tr("All users"))
        self.action_label.setText(self.tr("&Action"))
        self.action_combo.setItemText(0, self.tr("All actions"))
        for i, code in enumerate(ACTIONS, start=1):
            self.action_combo.setItemText(i, labels.audit_action(code))
        self.entity_label.setText(self.tr("&Record"))
        self.entity_combo.setItemText(0, self.tr("All records"))
        for i in range(1, self.entity_combo.count()):
            self.entity_combo.setItemText(i, labels.audit_entity(self.entity_combo.itemData(i)))
        self.entity_id_edit.setPlaceholderText(self.tr("No."))
        self.dates_check.setText(self.tr("&Dates"))
        self.to_label.setText(self.tr("to"))
        self.search_label.setText(self.tr("&Search"))
        self.search_edit.setPlaceholderText(self.tr("Text in any column"))
        self.verify_button.setText(self.tr("&Verify integrity"))
        self.verify_button.setToolTip(
            self.tr("Check that no entry was changed, removed or reordered since it was written.")
        )
        self.export_button.setText(self.tr("E&xport CSV…"))
        for widget, name in (
            (self.entity_id_edit, self.tr("Record number")),
            (self.start_edit, self.tr("From date")),
            (self.end_edit, self.tr("To date")),
        ):
            widget.setToolTip(name)
        self.model.retranslate()
        self._update_count()

    # -- data -------------------------------------------------------------------------------
    def _allowed(self) -> bool:
        return self.ctx.services.session.can(Capability.VIEW_AUDIT)

    def _fetch(self, offset: int, limit: int) -> list[AuditRow]:
        if not self._allowed():
            return []
        return self.ctx.services.audit_view.page(self.current_filter(), offset, limit)

    def _count(self) -> int:
        if not self._allowed():
            return 0
        return self.ctx.services.audit_view.count(self.current_filter())

    def current_filter(self) -> AuditFilter:
        entity_id = self.entity_id_edit.text().strip()
        start: date | None = None
        end: date | None = None
        if self.dates_check.isChecked():
            start = self.start_edit.date().toPython()
            end = self.end_edit.date().toPython()
        return AuditFilter(
            user_id=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            entity=self.entity_combo.currentData(),
            entity_id=int(entity_id) if entity_id.isdigit() else None,
            start=start,
            end=end,
            text=self.search_edit.text().strip(),
        )

    def refresh(self) -> None:
        allowed = self._allowed()
        self.denied_label.setVisible(not allowed)
        for widget in (
            self.user_combo,
            self.action_combo,
            self.entity_combo,
            self.entity_id_edit,
            self.dates_check,
            self.search_edit,
        ):
            widget.setEnabled(allowed)
        for button in (self.verify_button, self.export_button):
            button.setEnabled(allowed and self.task is None)
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(allowed and self.dates_check.isChecked())
        if allowed:
            self._load_choices()
        self.apply_filters()

    def _load_choices(self) -> None:
        services = self.ctx.services
        users = services.settings.users(include_inactive=True)
        entities = set(services.audit_view.entities()) | set(BASE_ENTITIES)
        self._refill(self.user_combo, [(u.name, u.id) for u in users])
        ordered = sorted(entities, key=labels.audit_entity)
        self._refill(self.entity_combo, [(labels.audit_entity(e), e) for e in ordered])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Replace every item after "All …", keeping the current choice when it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        finally:
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        self.typing_timer.stop()
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.model.total))

    # -- slots ------------------------------------------------------------------------------
    def on_filter_combo_changed(self, _index: int) -> None:
        self.apply_filters()

    def on_dates_check_toggled(self, checked: bool) -> None:
        self.start_edit.setEnabled(checked)
        self.end_edit.setEnabled(checked)
        self.apply_filters()

    def on_start_edit_date_changed(self, value: QDate) -> None:
        if self.end_edit.date() < value:
            self.end_edit.setDate(value)  # refilters through the end date's signal
        elif self.dates_check.isChecked():
            self.apply_filters()

    def on_end_edit_date_changed(self, value: QDate) -> None:
        if self.start_edit.date() > value:
            self.start_edit.setDate(value)
        elif self.dates_check.isChecked():
            self.apply_filters()

    def on_typed_text_changed(self, _text: str) -> None:
        self.typing_timer.start()

    def on_verify_button_clicked(self) -> None:
        service = self.ctx.services.audit_view
        self._start(
            run_with_progress(
                self,
                self.tr("Verify integrity"),
                self.tr("Checking the audit log…"),
                lambda progress: service.verify_chain(progress.report),
                on_success=self._show_chain_report,
                on_failure=lambda exc: self._show_failure(
                    self.tr("The audit log could not be checked."), exc
                ),
                name="audit_verify_progress",
            )
        )

    def on_export_button_clicked(self) -> None:
        services = self.ctx.services
        try:  # exporting asks for the PIN again when it was entered too long ago
            services.session.require_recent_pin(services.app_settings.policy().reauth_minutes)
        except ReauthenticationRequired:
            from showroom_app.ui.sign_in import ask_pin

            if not ask_pin(self, services.auth):
                return
        title = self.tr("Export audit log")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"audit-log-{date.today().isoformat()}.csv")
        chosen = ask_save_path(self, title, suggested, self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        service = self.ctx.services.audit_view
        audit_filter = self.current_filter()
        header = self.csv_header()
        action_names = {code: labels.audit_action(code) for code in ACTIONS}

        def work(progress: TaskProgress) -> int:
            return service.export_csv(
                audit_filter,
                path,
                header=header,
                action_names=action_names,
                progress=progress.report,
            )

        self._start(
            run_with_progress(
                self,
                title,
                self.tr("Exporting the audit log…"),
                work,
                on_success=lambda rows: self._show_exported(rows, path),
                on_failure=lambda exc: self._show_failure(
                    self.tr("The audit log could not be exported."), exc
                ),
                name="audit_export_progress",
            )
        )

    def csv_header(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Time"),
            self.tr("User ID"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record type"),
            self.tr("Record number"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Details"),
            self.tr("Hash"),
        ]

    # -- background work ------------------------------------------------------------------------
    def _start(self, task: Task[object]) -> None:
        self.task = task
        self.verify_button.setEnabled(False)
        self.export_button.setEnabled(False)
        task.finished.connect(self._task_finished)

    def _task_finished(self) -> None:
        self.task = None
        allowed = self._allowed()
        self.verify_button.setEnabled(allowed)
        self.export_button.setEnabled(allowed)

    def chain_report_text(self, report: ChainReport) -> str:
        if report.ok:
            if report.entries == 0:
                return self.tr("The audit log is empty.")
            return self.tr("All %n entries are intact.", "", report.entries)
        first = self.tr("Entry #%1 was changed or removed.").replace("%1", str(report.first_bad_id))
        reasons = {
            "altered": self.tr("Its contents no longer match the seal it was written with."),
            "missing": self.tr("It is missing from the log."),
            "broken_link": self.tr(
                "It no longer follows the entry before it: entries were removed, changed "
                "or reordered."
            ),
        }
        reason = reasons.get(report.problem, "")
        return f"{first}\n\n{reason}" if reason else first

    def _show_chain_report(self, report: ChainReport) -> None:
        text = self.chain_report_text(report)
        if report.ok:
            messages.information(self, self.tr("Verify integrity"), text)
        else:
            messages.critical(self, self.tr("Verify integrity"), text)

    def _show_exported(self, rows: int, path: Path) -> None:
        self.refresh()  # the export is now in the log itself
        messages.information(
            self,
            self.tr("Export audit log"),
            self.tr("%n entries exported to %1.", "", rows).replace("%1", str(path)),
        )

    def _show_failure(self, what: str, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            detail = self.tr("Only a manager can see the audit log.")
        elif isinstance(exc, OSError):
            detail = exc.strerror or str(exc)
            if exc.filename:
                detail = f"{detail}: {exc.filename}"
        else:
            detail = str(exc)
        messages.critical(self, self.title(), f"{what}\n\n{detail}")
