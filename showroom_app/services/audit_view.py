"""The manager's view of the audit log: filter, page, verify the hash chain, export CSV.

Only a role with ``Capability.VIEW_AUDIT`` may use any of it; the check is here, not just
a hidden navigation entry. Long work (verifying or exporting a log of a million entries)
reads in keyset batches on the read engine, so memory stays bounded and no save waits.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import IO, Any, Final

from sqlalchemy import ColumnElement, and_, func, or_, select

from showroom_app.db.models import AuditEntry
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import AuditFilter, AuditRow, ChainReport
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import GENESIS, Action, AuditLog, entry_hash
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

#: Called after each batch with (done, total); it may raise to cancel the work.
Progress = Callable[[int, int], None]

BATCH_SIZE: Final = 5000
MAX_PAGE: Final = 1000
UTF8_BOM: Final = b"\xef\xbb\xbf"

#: Spreadsheets run a cell starting with one of these as a formula (STYLE.md §3).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS: Final = (
    "id",
    "time",
    "user_id",
    "user",
    "action",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
    "detail",
    "hash",
)

_ROW_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.user_id,
    AuditEntry.user_name,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.field,
    AuditEntry.old_value,
    AuditEntry.new_value,
    AuditEntry.detail,
)


def safe_cell(value: object) -> str:
    """Text for one CSV cell that a spreadsheet shows as text and never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _conditions(f: AuditFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.user_id is not None:
        conds.append(AuditEntry.user_id == f.user_id)
    if f.action:
        conds.append(AuditEntry.action == f.action)
    if f.entity:
        conds.append(AuditEntry.entity == f.entity)
    if f.entity_id is not None:
        conds.append(AuditEntry.entity_id == f.entity_id)
    if f.start is not None:
        conds.append(AuditEntry.at >= datetime.combine(f.start, time.min))
    if f.end is not None:
        conds.append(AuditEntry.at < datetime.combine(f.end + timedelta(days=1), time.min))
    text = f.text.strip()
    if text:
        conds.append(
            or_(
                *(
                    column.icontains(text, autoescape=True)
                    for column in (
                        AuditEntry.user_name,
                        AuditEntry.action,
                        AuditEntry.entity,
                        AuditEntry.field,
                        AuditEntry.old_value,
                        AuditEntry.new_value,
                        AuditEntry.detail,
                    )
                )
            )
        )
    return conds


def _row(values: Sequence[Any]) -> AuditRow:
    return AuditRow(*values)


def _content_hash(prev_hash: str, content: Sequence[Any]) -> str:
    """``entry_hash`` of one row read as ``_ROW_COLUMNS`` without its id."""
    at, user_id, user_name, action, entity, entity_id, field, old, new, detail = content
    return entry_hash(
        prev_hash, at, user_id, user_name, action, entity, entity_id, field, old, new, detail
    )


class AuditService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService | None = None,
    ) -> None:
        self._settings = settings
        self._db = db
        self._session = session
        self._audit = audit

    # -- browsing ---------------------------------------------------------------------------
    def count(self, f: AuditFilter) -> int:
        self._session.require(Capability.VIEW_AUDIT)
        return self._count(f)

    def _count(self, f: AuditFilter) -> int:
        with self._db.read() as s:
            q = select(func.count()).select_from(AuditEntry).where(*_conditions(f))
            return int(s.scalar(q) or 0)

    def page(self, f: AuditFilter, offset: int, limit: int) -> list[AuditRow]:
        """Newest first (the id is the order entries were written in, whatever the clock)."""
        self._session.require(Capability.VIEW_AUDIT)
        limit = max(0, min(limit, MAX_PAGE))
        q = (
            select(*_ROW_COLUMNS)
            .where(*_conditions(f))
            .order_by(AuditEntry.id.desc())
            .offset(max(offset, 0))
            .limit(limit)
        )
        with self._db.read() as s:
            return [_row(r) for r in s.execute(q)]

    def entities(self) -> list[str]:
        """The kinds of record the log mentions, for the filter's choices."""
        self._session.require(Capability.VIEW_AUDIT)
        q = select(AuditEntry.entity).where(AuditEntry.entity != "").distinct()
        with self._db.read() as s:
            return sorted(s.scalars(q))

    # -- verification -----------------------------------------------------------------------
    def verify_chain(
        self, progress: Progress | None = None, *, batch_size: int = BATCH_SIZE
    ) -> ChainReport:
        """Recompute every entry's hash in id order and check each link to the one before.

        Stops at the first problem. Removing the newest entries cannot be told from a log
        that simply ended there: the chain proves what is in it, not what came after.
        """
        self._session.require(Capability.VIEW_AUDIT)
        # On SQLite each entry takes the next id (and the table refuses deletes), so a hole
        # means a removed entry; PostgreSQL sequences skip ids when a transaction rolls back,
        # so only the links count there.
        gaps_matter = self._db.engine.dialect.name == "sqlite"
        checked = 0
        prev_id = 0
        prev_hash = GENESIS
        columns = (*_ROW_COLUMNS, AuditEntry.prev_hash, AuditEntry.hash)
        with self._db.read() as s:
            total = int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)
            while True:
                batch = s.execute(
                    select(*columns)
                    .where(AuditEntry.id > prev_id)
                    .order_by(AuditEntry.id)
                    .limit(batch_size)
                ).all()
                if not batch:
                    break
                for entry_id, *content, link, stored in batch:
                    if gaps_matter and entry_id != prev_id + 1:
                        return ChainReport(False, checked, prev_id + 1, "missing")
                    if stored != _content_hash(link, content):
                        return ChainReport(False, checked, entry_id, "altered")
                    if link != prev_hash:
                        return ChainReport(False, checked, entry_id, "broken_link")
                    checked += 1
                    prev_id, prev_hash = entry_id, stored
                if progress is not None:
                    progress(checked, max(total, checked))
        return ChainReport(True, checked)

    # -- export -----------------------------------------------------------------------------
    def export_csv(
        self,
        f: AuditFilter,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        header: Sequence[str] | None = None,
        action_names: Mapping[str, str] | None = None,
        progress: Progress | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> int:
        """Write the matching entries, oldest first, as CSV that Excel opens correctly.

        UTF-8 with a BOM, RFC 4180 quoting and CRLF line ends, a header row (``header``
        lets the interface pass translated column names), formulas neutralised. A path is
        written through a temporary file, so a failed or cancelled export leaves no half
        file behind. The export itself is recorded in the log, with the row count and the
        SHA-256 of the bytes written. Returns the number of rows.
        """
        actor = self._session.require(Capability.VIEW_AUDIT)
        if self._settings is not None:  # exporting asks for the PIN again when it is stale
            self._session.require_recent_pin(self._settings.policy().reauth_minutes)
        names = list(header) if header is not None else list(CSV_COLUMNS)
        if len(names) != len(CSV_COLUMNS):
            raise ValueError(f"header needs {len(CSV_COLUMNS)} names, got {len(names)}")
        digest = hashlib.sha256()

        def emit(out: IO[bytes]) -> int:
            def write(data: bytes) -> None:
                digest.update(data)
                out.write(data)

            total = self._count(f) if progress is not None else 0
            write(UTF8_BOM)
            write(_csv_bytes([names]))
            rows = 0
            for chunk in self._export_batches(f, batch_size):
                write(_csv_bytes([_export_cells(r, action_names) for r in chunk]))
                rows += len(chunk)
                if progress is not None:
                    progress(rows, max(total, rows))
            return rows

        if isinstance(target, (str, os.PathLike)):
            rows = _write_atomically(Path(target), emit)
        else:
            rows = emit(target)
            target.flush()
        detail: dict[str, object] = {
            "format": "csv",
            "rows": rows,
            "sha256": digest.hexdigest(),
        }
        detail.update(_filter_detail(f))
        with self._db.write() as s:
            self._audit.record(s, actor, Action.EXPORT, "audit_log", None, detail=detail)
        return rows

    def _export_batches(self, f: AuditFilter, batch_size: int) -> Iterator[list[Any]]:
        conds = _conditions(f)
        last_id = 0
        with self._db.read() as s:
            while True:
                q = (
                    select(*_ROW_COLUMNS, AuditEntry.hash)
                    .where(and_(AuditEntry.id > last_id, *conds))
                    .order_by(AuditEntry.id)
                    .limit(batch_size)
                )
                batch = list(s.execute(q).all())
                if not batch:
                    return
                last_id = batch[-1][0]
                yield batch


def _export_cells(r: Sequence[Any], action_names: Mapping[str, str] | None) -> list[str]:
    at: datetime = r[1]
    action = action_names.get(r[4], r[4]) if action_names else r[4]
    values: tuple[object, ...] = (
        r[0],
        at.isoformat(sep=" ", timespec="seconds"),
        r[2],
        r[3],
        action,
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
    )
    return [safe_cell(v) for v in values]


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _write_atomically(path: Path, emit: Callable[[IO[bytes]], int]) -> int:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            rows = emit(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return rows


def _filter_detail(f: AuditFilter) -> dict[str, object]:
    """The filter, for the export's own log entry; free text is left out (it may be a name)."""
    out: dict[str, object] = {}
    for key in ("user_id", "action", "entity", "entity_id", "start", "end"):
        value = getattr(f, key)
        if value not in (None, ""):
            out[key] = value
    if f.text.strip():
        out["text_filter"] = True
    return out
