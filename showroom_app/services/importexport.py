"""Customer import and export: CSV (UTF-8, Big5, GB18030 as Excel makes them) and XLSX.

Why it is built this way:

* **Import is all-or-nothing.** Every row is checked with the same domain validators as the
  profile form before anything is written; one rejected row and nothing is saved. The
  writing then happens in ONE write transaction with Core bulk inserts in batches (the
  demo-data technique), so 100k rows take seconds and a cancel or a crash rolls everything
  back. The report names the row (as Excel numbers it: the header is row 1), the column and
  the reason (English source text; the UI translates it, context "Validation").
* **Files are refused, not guessed.** The encoding is decoded strictly (UTF-8 first, then
  Big5/cp950 versus GB18030 by which one yields common Chinese characters); a file that is
  none of these, has no header row, or is a damaged spreadsheet raises ``ImportFileError``.
* **Exports are data, never formulas.** A cell starting with ``= + - @`` TAB or CR gets a
  leading ``'`` in CSV and XLSX (STYLE.md §3; E.164 phones start with ``+`` and are
  prefixed too); the importer removes exactly that prefix again. Exports stream in
  batches, need a recent PIN and are logged without personal data.

This module is the service (``ImportExportService``) and re-exports the public names of
the modules that do the work: ``import_records`` (columns, messages, results),
``import_files`` (reading files, encodings), ``import_mapping`` (header suggestions,
remembered mappings), ``import_rows`` (checking and planning rows), ``import_writer``
(writing a planned import) and ``customer_export`` (the export's rows and files).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db import search
from showroom_app.db.models import (
    AppSetting,
    Customer,
    CustomerPhone,
    Dealership,
    User,
    VehicleModel,
)
from showroom_app.domain.enums import Region
from showroom_app.domain.permissions import Capability, is_manager, may_see_customer
from showroom_app.domain.records import UserInfo
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.customer_export import export_records, write_csv, write_xlsx
from showroom_app.services.customers import CustomerFilter, CustomerService
from showroom_app.services.database import Database
from showroom_app.services.import_files import SUFFIXES as SUFFIXES
from showroom_app.services.import_files import (
    decode_text,
    neutralise,
    parse_date,
    read_table,
)
from showroom_app.services.import_files import parse_datetime as parse_datetime
from showroom_app.services.import_mapping import (
    MAPPING_KEY,
    parse_stored,
    remembered_in,
    store_mapping,
    suggest_mapping,
)
from showroom_app.services.import_mapping import MAX_REMEMBERED as MAX_REMEMBERED
from showroom_app.services.import_mapping import SYNONYMS as SYNONYMS
from showroom_app.services.import_mapping import fold_header as fold_header
from showroom_app.services.import_mapping import header_signature as header_signature
from showroom_app.services.import_records import BATCH as BATCH
from showroom_app.services.import_records import (
    EXPORT_FIELDS,
    HEADERS,
    IMPORT_FIELDS,
    SERVICE_MESSAGES,
    CancelImport,
    Duplicate,
    ImportFileError,
    ImportReport,
    ImportResult,
    ImportTable,
    RowProblem,
)
from showroom_app.services.import_records import MSG_BROKEN_XLSX as MSG_BROKEN_XLSX
from showroom_app.services.import_records import MSG_DATE as MSG_DATE
from showroom_app.services.import_records import MSG_EMPTY as MSG_EMPTY
from showroom_app.services.import_records import MSG_ENCODING as MSG_ENCODING
from showroom_app.services.import_records import MSG_FILE_TYPE as MSG_FILE_TYPE
from showroom_app.services.import_records import MSG_FUTURE as MSG_FUTURE
from showroom_app.services.import_records import MSG_KIND as MSG_KIND
from showroom_app.services.import_records import MSG_NEED_NAME as MSG_NEED_NAME
from showroom_app.services.import_records import MSG_NEED_PHONE as MSG_NEED_PHONE
from showroom_app.services.import_records import MSG_NO_HEADER as MSG_NO_HEADER
from showroom_app.services.import_records import MSG_NO_ROWS as MSG_NO_ROWS
from showroom_app.services.import_records import MSG_NOT_CSV as MSG_NOT_CSV
from showroom_app.services.import_records import MSG_NUMBER as MSG_NUMBER
from showroom_app.services.import_records import MSG_TWICE as MSG_TWICE
from showroom_app.services.import_records import MSG_UNREADABLE as MSG_UNREADABLE
from showroom_app.services.import_records import MSG_USER as MSG_USER
from showroom_app.services.import_records import MSG_YES_NO as MSG_YES_NO
from showroom_app.services.import_records import Cancelled as Cancelled
from showroom_app.services.import_records import DuplicateChoice as DuplicateChoice
from showroom_app.services.import_records import ExportFormat as ExportFormat
from showroom_app.services.import_records import Progress as Progress
from showroom_app.services.import_rows import CheckedRow, ImportPlan, RowChecker, plan_import
from showroom_app.services.import_writer import count_new_vehicles, write_plan
from showroom_app.services.session import DeskSession

# -- the service ---------------------------------------------------------------------------------


class ImportExportService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        customers: CustomerService,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._customers = customers

    # -- reading and mapping ------------------------------------------------------------------
    def read_table(self, path: Path) -> ImportTable:
        """Read an import file; the dealership's region decides Big5 versus GB18030 ties."""
        return read_table(Path(path), self._region())

    @staticmethod
    def suggest_mapping(headers: Sequence[str]) -> dict[int, str]:
        return suggest_mapping(headers)

    def remembered_mapping(self, headers: Sequence[str]) -> dict[int, str] | None:
        """The mapping confirmed last time for a file with these column names, if any."""
        return remembered_in(self._stored_mappings(), headers)

    def mapping_for(self, headers: Sequence[str]) -> dict[int, str]:
        """What to propose: the remembered mapping, else the suggestion from the names."""
        remembered = self.remembered_mapping(headers)
        return remembered if remembered is not None else suggest_mapping(headers)

    def remember_mapping(self, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
        self._session.require_user()
        with self._db.write() as s:
            store_mapping(s, headers, mapping)

    def _stored_mappings(self) -> dict[str, Any]:
        with self._db.read() as s:
            row = s.get(AppSetting, MAPPING_KEY)
            raw = row.value if row is not None else ""
        return parse_stored(raw)

    # -- checking -------------------------------------------------------------------------------
    def validate_rows(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        duplicates: DuplicateChoice = "merge",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Check every row (nothing is written); duplicates are found against the database
        and earlier rows of the file."""
        actor = self._session.require_user()
        rows, report = self._check(table, mapping, actor, progress, cancelled, len(table.rows))
        if not report.ok:
            return report
        with self._db.read() as s:
            plan = plan_import(rows, self._known_phones(s), self._may_see(actor), duplicates)
        return ImportReport(report.rows, (), tuple(plan.duplicates))

    def _check(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        actor: UserInfo,
        progress: Progress | None,
        cancelled: Cancelled | None,
        total: int,
    ) -> tuple[list[CheckedRow], ImportReport]:
        region = self._region()
        with self._db.read() as s:
            models: dict[str, int] = {}
            for model_id, *names in s.execute(
                select(
                    VehicleModel.id,
                    VehicleModel.name_en,
                    VehicleModel.name_zh_tw,
                    VehicleModel.name_zh_cn,
                ).order_by(VehicleModel.id)
            ):
                for name in names:
                    if name:
                        models.setdefault(search.fold(" ".join(name.split())), model_id)
            users = {
                " ".join(name.split()).casefold(): uid
                for uid, name in s.execute(
                    select(User.id, User.name).where(User.active.is_(True)).order_by(User.id)
                )
            }
        checker = RowChecker(
            table,
            mapping,
            region=region,
            today=date.today(),
            models=models,
            users=users,
            manager=is_manager(actor.role),
        )
        rows: list[CheckedRow] = []
        problems: list[RowProblem] = []
        for done, (number, cells) in enumerate(table.rows, start=1):
            row, found = checker.check(number, cells)
            if row is not None:
                rows.append(row)
            problems.extend(found)
            if done % 500 == 0 or done == len(table.rows):
                if cancelled is not None and cancelled():
                    raise CancelImport
                if progress is not None:
                    progress(done, total)
        return rows, ImportReport(len(table.rows), tuple(problems))

    def _known_phones(self, s: Session) -> dict[str, tuple[int, int | None]]:
        """Every stored number -> (customer, salesperson); the lowest customer id wins."""
        known: dict[str, tuple[int, int | None]] = {}
        for e164, customer_id, assigned in s.execute(
            select(CustomerPhone.e164, Customer.id, Customer.assigned_user_id)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(Customer.erased_at.is_(None))
            .order_by(Customer.id)
        ):
            known.setdefault(e164, (customer_id, assigned))
        return known

    def _may_see(self, actor: UserInfo) -> Callable[[int | None], bool]:
        all_visible = self._settings.policy().all_customers_visible

        def may_see(assigned: int | None) -> bool:
            return may_see_customer(actor.role, actor.id, assigned, all_visible=all_visible)

        return may_see

    # -- importing ------------------------------------------------------------------------------
    def import_rows(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        duplicates: DuplicateChoice = "merge",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        dry_run: bool = False,
        *,
        leave_unassigned: bool = False,
    ) -> ImportResult:
        """Import every row or none (see the module docstring).

        Customers are assigned to the importing user; a manager may leave them unassigned
        or name a sales consultant per row (the "Sales consultant" column). Exceptions
        raised by ``progress`` (a background task being cancelled) also roll back.
        """
        actor = self._session.require_user()
        if duplicates not in ("merge", "skip"):
            raise ValueError(f"unknown duplicates choice {duplicates!r}")
        manager = is_manager(actor.role)
        default_owner = None if (leave_unassigned and manager) else actor.id
        total = len(table.rows) if dry_run else 2 * len(table.rows)
        try:
            rows, report = self._check(table, mapping, actor, progress, cancelled, total)
        except CancelImport:
            return ImportResult(ImportReport(len(table.rows)), cancelled=True, dry_run=dry_run)
        if not report.ok:
            return ImportResult(report, dry_run=dry_run)
        may_see = self._may_see(actor)
        if dry_run:
            with self._db.read() as s:
                plan = plan_import(rows, self._known_phones(s), may_see, duplicates)
                vehicles = count_new_vehicles(s, plan)
            return self._result(report, plan, vehicles=vehicles, dry_run=True)
        try:
            with self._db.write() as s:
                plan = plan_import(rows, self._known_phones(s), may_see, duplicates)
                vehicles = write_plan(
                    s,
                    plan,
                    actor,
                    default_owner,
                    self._region(),
                    len(table.rows),
                    total,
                    progress,
                    cancelled,
                )
                store_mapping(s, table.headers, mapping)
                self._audit.record(
                    s,
                    actor,
                    Action.CREATE,
                    "import",
                    None,
                    detail={
                        "format": table.kind,
                        "rows": len(table.rows),
                        "created": len(plan.new),
                        "merged": sum(len(v) for v in plan.merges.values()),
                        "skipped": plan.skipped,
                        "vehicles": vehicles,
                        "duplicates": duplicates,
                    },
                )
        except CancelImport:
            return ImportResult(report, cancelled=True)
        return self._result(report, plan, vehicles=vehicles, written=True)

    @staticmethod
    def _result(
        report: ImportReport,
        plan: ImportPlan,
        *,
        vehicles: int,
        written: bool = False,
        dry_run: bool = False,
    ) -> ImportResult:
        return ImportResult(
            report=ImportReport(report.rows, (), tuple(plan.duplicates)),
            created=len(plan.new),
            merged=sum(len(v) for v in plan.merges.values()),
            skipped=plan.skipped,
            vehicles=vehicles,
            written=written,
            dry_run=dry_run,
        )

    # -- exporting ------------------------------------------------------------------------------
    def ensure_export_allowed(self) -> UserInfo:
        """Raise unless the user may export now (role, and a PIN entered recently)."""
        actor = self._session.require(Capability.EXPORT)
        self._session.require_recent_pin(self._settings.policy().reauth_minutes)
        return actor

    def export_customers(
        self,
        target: Path | BinaryIO,
        fmt: ExportFormat,
        query: str = "",
        *,
        flt: CustomerFilter | None = None,
        header_labels: Mapping[str, str] | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Write the customers the list shows for ``query`` (and ``flt``); returns the count.

        The file appears only once it is complete and the export is in the audit log.
        """
        actor = self.ensure_export_allowed()
        if fmt not in ("csv", "xlsx"):
            raise ValueError(f"unknown export format {fmt!r}")
        language = self._language()
        headers = [(header_labels or {}).get(k, HEADERS[k]) for k in EXPORT_FIELDS]
        folder = Path(target).parent if isinstance(target, Path) else None
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=f".{fmt}", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            with self._db.read() as s:
                records = export_records(s, self._customers, query, flt, language, progress)
                rows = (
                    write_xlsx(tmp, headers, records)
                    if fmt == "xlsx"
                    else write_csv(tmp, headers, records)
                )
            digest = hashlib.sha256()
            with open(tmp, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            with self._db.write() as s:
                self._audit.record(
                    s,
                    actor,
                    Action.EXPORT,
                    "customers",
                    None,
                    detail={
                        "format": fmt,
                        "rows": rows,
                        "sha256": digest.hexdigest(),
                        "query_given": bool(query.strip() or (flt and flt.query.strip())),
                        "filter_given": flt is not None and flt != CustomerFilter(today=flt.today),
                    },
                )
            if isinstance(target, Path):
                os.replace(tmp, target)
            else:
                with open(tmp, "rb") as fh:
                    shutil.copyfileobj(fh, target)
        finally:
            tmp.unlink(missing_ok=True)
        return rows

    # -- helpers ---------------------------------------------------------------------------------
    def _region(self) -> Region:
        with self._db.read() as s:
            dealer = s.get(Dealership, 1)
            return Region(dealer.region) if dealer is not None else Region.TW

    def _language(self) -> str:
        with self._db.read() as s:
            dealer = s.get(Dealership, 1)
            return dealer.doc_language if dealer is not None else "en"


__all__ = [
    "EXPORT_FIELDS",
    "HEADERS",
    "IMPORT_FIELDS",
    "SERVICE_MESSAGES",
    "Duplicate",
    "ImportExportService",
    "ImportFileError",
    "ImportReport",
    "ImportResult",
    "ImportTable",
    "RowProblem",
    "decode_text",
    "neutralise",
    "parse_date",
    "read_table",
    "suggest_mapping",
]
