"""Importing customers from a spreadsheet, and exporting the customer list.

``ImportDialog``: choose a file, check the proposed column mapping (remembered per file
layout), "Check" lists the rejected rows with their reasons so the file can be fixed and
loaded again, then "Import" writes everything or nothing in the background with a progress
dialog whose Cancel rolls the import back. ``export_customers_dialog`` saves the list as it
is filtered to CSV or XLSX, asking for the PIN again when needed.

Reading, checking and importing run through ``ui/tasks.py``; the work only calls the
service and never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_app.domain.errors import PermissionDenied, ShowroomError
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.container import Services
from showroom_app.services.customers import CustomerFilter
from showroom_app.services.importexport import (
    EXPORT_FIELDS,
    IMPORT_FIELDS,
    ImportFileError,
    ImportReport,
    ImportResult,
    ImportTable,
    RowProblem,
)
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.ui import messages
from showroom_app.ui.tasks import Task, TaskProgress, run_with_progress
from showroom_app.ui.widgets.forms import name_widget

#: The service's messages, repeated here so lupdate (which reads ui/ and domain/) sees them;
#: tests check that this list and services.importexport.SERVICE_MESSAGES agree.
SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "Validation", 'Only .csv, .txt and .xlsx files can be imported (this one is "{suffix}").'
    ),
    QT_TRANSLATE_NOOP("Validation", "The file cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("Validation", "The file is empty."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The file is not UTF-8, Big5 or GB18030 text. Save it from Excel as "
        '"CSV UTF-8" and try again.',
    ),
    QT_TRANSLATE_NOOP("Validation", "The file cannot be read as a table: {reason}"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The first row must hold the column names (for example Name, Phone); this file "
        "starts with customer data.",
    ),
    QT_TRANSLATE_NOOP("Validation", "The file holds column names but no customers."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The spreadsheet is damaged or incomplete. Open it in Excel, save it again and retry.",
    ),
    QT_TRANSLATE_NOOP("Validation", "Choose the column that holds the phone numbers."),
    QT_TRANSLATE_NOOP("Validation", "Choose the column that holds the names."),
    QT_TRANSLATE_NOOP(
        "Validation", "Columns {columns} are both set to the same field; choose one."
    ),
    QT_TRANSLATE_NOOP("Validation", "Enter a date as yyyy-mm-dd, yyyy/mm/dd or ROC 115/01/02."),
    QT_TRANSLATE_NOOP("Validation", "Enter a whole number."),
    QT_TRANSLATE_NOOP("Validation", "Enter yes or no."),
    QT_TRANSLATE_NOOP("Validation", "Enter person or company."),
    QT_TRANSLATE_NOOP("Validation", 'No active user is called "{user}".'),
    QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future."),
)


def field_label(key: str) -> str:
    """The translated name of an import/export field (also the exported column header)."""
    names = {
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "salutation": QCoreApplication.translate("ImportFields", "Salutation"),
        "kind": QCoreApplication.translate("ImportFields", "Kind"),
        "phones": QCoreApplication.translate("ImportFields", "Phones"),
        "address": QCoreApplication.translate("ImportFields", "Address"),
        "birthday": QCoreApplication.translate("ImportFields", "Birthday"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "messaging_id": QCoreApplication.translate("ImportFields", "Messaging ID"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
        "preferred_channel": QCoreApplication.translate("ImportFields", "Preferred channel"),
        "best_time": QCoreApplication.translate("ImportFields", "Best time to contact"),
        "service_advisor": QCoreApplication.translate("ImportFields", "Service advisor"),
        "insurance_company": QCoreApplication.translate("ImportFields", "Insurance company"),
        "insurance_expiry": QCoreApplication.translate("ImportFields", "Insurance expiry"),
        "desired_services": QCoreApplication.translate("ImportFields", "Desired services"),
        "desired_services_note": QCoreApplication.translate(
            "ImportFields", "Desired services note"
        ),
        "consent_marketing": QCoreApplication.translate("ImportFields", "Marketing consent"),
        "consent_marketing_at": QCoreApplication.translate(
            "ImportFields", "Marketing consent date"
        ),
        "consent_photo": QCoreApplication.translate("ImportFields", "Photo consent"),
        "consent_photo_at": QCoreApplication.translate("ImportFields", "Photo consent date"),
        "salesperson": QCoreApplication.translate("ImportFields", "Sales consultant"),
        "id_type": QCoreApplication.translate("ImportFields", "ID type"),
        "id_number": QCoreApplication.translate("ImportFields", "ID number (masked)"),
        "vehicle_model": QCoreApplication.translate("ImportFields", "Vehicle model"),
        "plate": QCoreApplication.translate("ImportFields", "Plate number"),
        "vin": QCoreApplication.translate("ImportFields", "VIN"),
        "delivery_date": QCoreApplication.translate("ImportFields", "Delivery date"),
        "odometer": QCoreApplication.translate("ImportFields", "Odometer at delivery"),
        "created_at": QCoreApplication.translate("ImportFields", "Created at"),
    }
    return names.get(key, key)


def problem_text(message: str, params: Mapping[str, object]) -> str:
    """A service message (English source, context "Validation") in the interface language."""
    text = QCoreApplication.translate("Validation", message)
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):
        return message.format(**params) if params else message


def _file_error_text(exc: ShowroomError) -> str:
    if isinstance(exc, ImportFileError):
        return problem_text(exc.message, exc.params)
    return str(exc)


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.table: ImportTable | None = None
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.import_result: ImportResult | None = None
        self.task: Task[Any] | None = None
        self.setObjectName("import_dialog")
        self.setAccessibleName("import_dialog")
        self.setup_ui()
        self.retranslate_ui()
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.resize(860, 620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = name_widget(QLabel(self), "import_file")
        self.choose_button = name_widget(QPushButton(self), "import_choose")
        self.reload_button = name_widget(QPushButton(self), "import_reload")
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.reload_button)
        layout.addLayout(top)
        self.mapping_label = QLabel(self)
        layout.addWidget(self.mapping_label)
        self.mapping = name_widget(QTableWidget(0, 3, self), "import_mapping")
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.mapping, 3)
        options = QHBoxLayout()
        self.duplicates_label = QLabel(self)
        self.merge_radio = name_widget(QRadioButton(self), "import_duplicates_merge")
        self.skip_radio = name_widget(QRadioButton(self), "import_duplicates_skip")
        self.merge_radio.setChecked(True)
        self.unassigned_check = name_widget(QCheckBox(self), "import_unassigned")
        self.unassigned_check.setVisible(self.services.session.is_manager)
        options.addWidget(self.duplicates_label)
        options.addWidget(self.merge_radio)
        options.addWidget(self.skip_radio)
        options.addStretch(1)
        options.addWidget(self.unassigned_check)
        layout.addLayout(options)
        self.summary = name_widget(QLabel(self), "import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.problems = name_widget(QTableWidget(0, 3, self), "import_problems")
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.problems, 2)
        buttons = QHBoxLayout()
        self.check_button = name_widget(QPushButton(self), "import_check")
        self.import_button = name_widget(QPushButton(self), "import_start")
        self.close_button = name_widget(QPushButton(self), "import_close")
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.reload_button.clicked.connect(self.on_reload_button_clicked)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import customers"))
        self.file_label.setText(
            str(self.path) if self.path else self.tr("Choose a CSV or Excel file to import.")
        )
        self.choose_button.setText(self.tr("&Choose file…"))
        self.reload_button.setText(self.tr("&Load again"))
        self.mapping_label.setText(self.tr("Which field does each column of the file hold?"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Field")]
        )
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.duplicates_label.setText(self.tr("Phone already known:"))
        self.merge_radio.setText(self.tr("&Merge into that customer"))
        self.skip_radio.setText(self.tr("&Skip the row"))
        self.unassigned_check.setText(self.tr("Leave the customers &unassigned"))
        self.check_button.setText(self.tr("C&heck"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                combo.setItemText(0, self.tr("(do not import)"))
                for i, key in enumerate(IMPORT_FIELDS, start=1):
                    combo.setItemText(i, field_label(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        busy = self.task is not None and not self.task.done
        loaded = self.table is not None
        self.choose_button.setEnabled(not busy)
        self.reload_button.setEnabled(not busy and self.path is not None)
        self.check_button.setEnabled(not busy and loaded)
        self.import_button.setEnabled(not busy and loaded and self.import_result is None)

    # -- the mapping ----------------------------------------------------------------------------
    def current_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[row] = str(combo.currentData())
        return mapping

    def _fill_mapping(self, table: ImportTable, proposed: Mapping[int, str]) -> None:
        self.mapping.setRowCount(len(table.headers))
        for row in range(len(table.headers)):
            self.mapping.setItem(row, 0, QTableWidgetItem(table.column_name(row)))
            samples = " · ".join(s.replace("\n", " ")[:40] for s in table.samples(row))
            example = QTableWidgetItem(samples)
            example.setToolTip("\n".join(table.samples(row)))
            self.mapping.setItem(row, 1, example)
            combo = name_widget(QComboBox(self.mapping), f"import_field_{row}")
            combo.addItem(self.tr("(do not import)"), "")
            for key in IMPORT_FIELDS:
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(combo.findData(proposed.get(row, "")), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(row, 2, combo)

    def _mapping_changed(self) -> None:
        self.report = None
        self.import_result = None
        self._update_buttons()

    # -- actions --------------------------------------------------------------------------------
    def on_choose_button_clicked(self) -> None:
        chosen = messages.open_file_name(
            self,
            self.tr("Import customers"),
            self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def on_reload_button_clicked(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> None:
        """Read the file (in the background) and propose a mapping for its columns."""
        self.path = path
        self.file_label.setText(str(path))
        service = self.services.importexport

        def work(progress: TaskProgress) -> tuple[ImportTable, dict[int, str]]:
            table = service.read_table(path)
            progress.check()
            return table, service.mapping_for(table.headers)

        def loaded(result: tuple[ImportTable, dict[int, str]]) -> None:
            previous = self.table
            self.table, proposed = result
            if previous is not None and previous.headers == self.table.headers:
                proposed = self.current_mapping()  # the corrected file: keep the user's choices
            self.report = self.import_result = None
            self._fill_mapping(self.table, proposed)
            self._show_problems([])
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr(
                    "%n rows read. Check the fields, then press Check.", "", len(self.table.rows)
                )
            )

        def failed(exc: BaseException) -> None:
            self.table = None
            self.mapping.setRowCount(0)
            self._show_problems([])
            self._show_error(exc)

        self._run(self.tr("Reading the file…"), work, loaded, failed)

    def on_check_button_clicked(self) -> None:
        table = self.table
        if table is None:
            return
        mapping, duplicates = self.current_mapping(), self._duplicates()
        service = self.services.importexport

        def work(progress: TaskProgress) -> ImportReport:
            return service.validate_rows(table, mapping, duplicates, progress=progress.report)

        self._run(self.tr("Checking every row…"), work, self.show_report, self._show_error)

    def on_import_button_clicked(self) -> None:
        table = self.table
        if table is None:
            return
        mapping, duplicates = self.current_mapping(), self._duplicates()
        unassigned = self.services.session.is_manager and self.unassigned_check.isChecked()
        service = self.services.importexport

        def work(progress: TaskProgress) -> ImportResult:
            return service.import_rows(
                table,
                mapping,
                duplicates,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
                leave_unassigned=unassigned,
            )

        self._run(
            self.tr("Importing customers…"),
            work,
            self.show_result,
            self._show_error,
            self._show_cancelled,
        )

    def _duplicates(self) -> Any:
        return "skip" if self.skip_radio.isChecked() else "merge"

    def _run(
        self,
        label: str,
        work: Callable[[TaskProgress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        def finished_with(callback: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                callback(*args)
                self._update_buttons()

            return call

        self.task = run_with_progress(
            self,
            self.tr("Import customers"),
            label,
            work,
            on_success=finished_with(on_success),
            on_failure=finished_with(on_failure),
            on_cancelled=finished_with(on_cancelled or (lambda: None)),
            name="import_progress",
        )
        self._update_buttons()

    # -- showing results ------------------------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        self.summary.setStyleSheet("color: #b00020;")
        if isinstance(exc, ShowroomError):
            self.summary.setText(_file_error_text(exc))
        else:
            self.summary.setText(
                self.tr("The file could not be imported: %1").replace("%1", str(exc))
            )

    def _show_problems(self, problems: list[RowProblem]) -> None:
        self.problems.setRowCount(len(problems))
        for i, p in enumerate(problems):
            self.problems.setItem(i, 0, QTableWidgetItem(str(p.row)))
            self.problems.setItem(i, 1, QTableWidgetItem(p.column))
            text = problem_text(p.message, p.params)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.problems.setItem(i, 2, item)

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self._show_problems(list(report.rejected))
        if report.rejected:
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.setText(
                self.tr(
                    "%n rows cannot be imported. Correct them in the file, save it and press "
                    "Load again.",
                    "",
                    len(report.rejected_rows),
                )
            )
            return
        self.summary.setStyleSheet("")
        text = self.tr("All %n rows can be imported.", "", report.rows)
        if report.duplicates:
            text += " " + self.tr(
                "%n rows have a phone number that is already known.", "", len(report.duplicates)
            )
        self.summary.setText(text)

    def _show_cancelled(self) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("The import was cancelled; nothing was saved."))

    def show_result(self, result: ImportResult) -> None:
        if result.cancelled:
            self._show_cancelled()
            return
        if not result.report.ok:
            self.show_report(result.report)
            return
        self.import_result = result
        self._show_problems([])
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("Imported: %1 new customers, %2 rows merged, %3 rows skipped.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.merged))
            .replace("%3", str(result.skipped))
        )


# -- export -----------------------------------------------------------------------------------


def export_customers_dialog(
    parent: QWidget,
    services: Services,
    query: str = "",
    flt: CustomerFilter | None = None,
) -> Task[int] | None:
    """Ask where to save, then export the list as shown (CSV or XLSX by the file's ending)."""
    title = QCoreApplication.translate("ImportDialog", "Export customers")
    try:  # exporting asks for the PIN again when it was entered too long ago
        services.importexport.ensure_export_allowed()
    except ReauthenticationRequired:
        from showroom_app.ui.sign_in import ask_pin

        if not ask_pin(parent, services.auth):
            return None
    except PermissionDenied:
        messages.critical(
            parent,
            title,
            QCoreApplication.translate(
                "ImportDialog", "Your role does not allow exporting customers."
            ),
        )
        return None
    chosen = messages.save_file_name(
        parent,
        title,
        "customers.xlsx",
        QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + ".xlsx")
    fmt: Any = path.suffix.lower().lstrip(".")
    labels = {key: field_label(key) for key in EXPORT_FIELDS}
    service = services.importexport

    def work(progress: TaskProgress) -> int:
        return service.export_customers(
            path, fmt, query, flt=flt, header_labels=labels, progress=progress.report
        )

    def done(rows: int) -> None:
        messages.information(
            parent,
            title,
            QCoreApplication.translate(
                "ImportDialog", "%n customers saved to %1.", "", rows
            ).replace("%1", str(path)),
        )

    def failed(exc: BaseException) -> None:
        text = str(exc.strerror or exc) if isinstance(exc, OSError) else str(exc)
        messages.critical(
            parent,
            title,
            QCoreApplication.translate(
                "ImportDialog", "The customers could not be exported: %1"
            ).replace("%1", text),
        )

    return run_with_progress(
        parent,
        title,
        QCoreApplication.translate("ImportDialog", "Exporting customers…"),
        work,
        on_success=done,
        on_failure=failed,
        name="export_progress",
    )
