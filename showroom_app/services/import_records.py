"""The vocabulary of customer import and export: columns, messages, errors and results.

Shared by the modules that read files (``import_files``), map columns (``import_mapping``),
check rows (``import_rows``), write them (``import_writer``), export (``customer_export``)
and by the service facade in ``importexport``, which re-exports the public names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from showroom_app.domain.errors import ShowroomError
from showroom_app.domain.text import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ExportFormat = Literal["csv", "xlsx"]
DuplicateChoice = Literal["merge", "skip"]

BATCH = 2_000

# -- the columns ---------------------------------------------------------------------------

#: Every exported column, in order, with its English header (the UI may pass translated ones).
HEADERS: dict[str, str] = {
    "name": "Name",
    "salutation": "Salutation",
    "kind": "Kind",
    "phones": "Phones",
    "address": "Address",
    "birthday": "Birthday",
    "email": "E-mail",
    "messaging_id": "Messaging ID",
    "notes": "Notes",
    "preferred_channel": "Preferred channel",
    "best_time": "Best time to contact",
    "service_advisor": "Service advisor",
    "insurance_company": "Insurance company",
    "insurance_expiry": "Insurance expiry",
    "desired_services": "Desired services",
    "desired_services_note": "Desired services note",
    "consent_marketing": "Marketing consent",
    "consent_marketing_at": "Marketing consent date",
    "consent_photo": "Photo consent",
    "consent_photo_at": "Photo consent date",
    "salesperson": "Sales consultant",
    "id_type": "ID type",
    "id_number": "ID number (masked)",
    "vehicle_model": "Vehicle model",
    "plate": "Plate number",
    "vin": "VIN",
    "delivery_date": "Delivery date",
    "odometer": "Odometer at delivery",
    "created_at": "Created at",
}
EXPORT_FIELDS = tuple(HEADERS)
#: ID numbers leave the application masked only, so they cannot come back in.
IMPORT_FIELDS = tuple(k for k in EXPORT_FIELDS if k not in ("id_type", "id_number"))

# -- messages (English source, context "Validation"; ui/import_dialog.py lists them for lupdate)

MSG_FILE_TYPE = QT_TRANSLATE_NOOP(
    "Validation", 'Only .csv, .txt and .xlsx files can be imported (this one is "{suffix}").'
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "The file cannot be read: {reason}")
MSG_EMPTY = QT_TRANSLATE_NOOP("Validation", "The file is empty.")
MSG_ENCODING = QT_TRANSLATE_NOOP(
    "Validation",
    'The file is not UTF-8, Big5 or GB18030 text. Save it from Excel as "CSV UTF-8" and try again.',
)
MSG_NOT_CSV = QT_TRANSLATE_NOOP("Validation", "The file cannot be read as a table: {reason}")
MSG_NO_HEADER = QT_TRANSLATE_NOOP(
    "Validation",
    "The first row must hold the column names (for example Name, Phone); this file starts "
    "with customer data.",
)
MSG_NO_ROWS = QT_TRANSLATE_NOOP("Validation", "The file holds column names but no customers.")
MSG_BROKEN_XLSX = QT_TRANSLATE_NOOP(
    "Validation",
    "The spreadsheet is damaged or incomplete. Open it in Excel, save it again and retry.",
)
MSG_NEED_PHONE = QT_TRANSLATE_NOOP("Validation", "Choose the column that holds the phone numbers.")
MSG_NEED_NAME = QT_TRANSLATE_NOOP("Validation", "Choose the column that holds the names.")
MSG_TWICE = QT_TRANSLATE_NOOP(
    "Validation", "Columns {columns} are both set to the same field; choose one."
)
MSG_DATE = QT_TRANSLATE_NOOP(
    "Validation", "Enter a date as yyyy-mm-dd, yyyy/mm/dd or ROC 115/01/02."
)
MSG_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")
MSG_YES_NO = QT_TRANSLATE_NOOP("Validation", "Enter yes or no.")
MSG_KIND = QT_TRANSLATE_NOOP("Validation", "Enter person or company.")
MSG_USER = QT_TRANSLATE_NOOP("Validation", 'No active user is called "{user}".')
MSG_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")

SERVICE_MESSAGES = (
    MSG_FILE_TYPE, MSG_UNREADABLE, MSG_EMPTY, MSG_ENCODING, MSG_NOT_CSV, MSG_NO_HEADER,
    MSG_NO_ROWS, MSG_BROKEN_XLSX, MSG_NEED_PHONE, MSG_NEED_NAME, MSG_TWICE, MSG_DATE,
    MSG_NUMBER, MSG_YES_NO, MSG_KIND, MSG_USER, MSG_FUTURE,
)  # fmt: skip


class ImportFileError(ShowroomError):
    """The file as a whole cannot be imported (type, encoding, header, damage, mapping).

    ``message`` is English source text (context ``"Validation"``); ``params`` fill its
    ``{placeholders}`` after translation, as for ``ValidationError``.
    """

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportTable:
    """A file read into memory: header cells and the non-blank rows with their row numbers.

    Row numbers are as a spreadsheet shows them: the header is row 1.
    """

    name: str
    kind: str  # "csv" or "xlsx"
    encoding: str  # "" for xlsx
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    def column_name(self, index: int) -> str:
        text = self.headers[index].strip() if index < len(self.headers) else ""
        return text or f"#{index + 1}"

    def samples(self, index: int, limit: int = 3) -> list[str]:
        out: list[str] = []
        for _number, cells in self.rows:
            if index < len(cells) and cells[index].strip():
                out.append(cells[index])
                if len(out) >= limit:
                    break
        return out


@dataclass(frozen=True)
class RowProblem:
    """Why one row cannot be imported (``message``: English source, context "Validation")."""

    row: int
    column: str  # the file's column name ("" when the reason is not about one column)
    field: str
    message: str
    code: str = "invalid"
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)

    def text(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


@dataclass(frozen=True)
class Duplicate:
    """A row whose phone is already known: in the database (``customer_id``) or an earlier
    row of the same file (``first_row``). ``visible`` is False for another salesperson's
    customer, which an import never changes."""

    row: int
    phone: str
    customer_id: int | None = None
    first_row: int | None = None
    visible: bool = True


@dataclass(frozen=True)
class ImportReport:
    rows: int
    rejected: tuple[RowProblem, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.rejected}))


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    created: int = 0
    merged: int = 0
    skipped: int = 0
    vehicles: int = 0
    written: bool = False
    cancelled: bool = False
    dry_run: bool = False


class CancelImport(Exception):
    """Unwinds the write transaction when the user cancels."""
