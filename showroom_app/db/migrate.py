"""Schema upgrades at start-up, done so that a failure can never cost a row.

Order of events (STYLE.md §4 "Migrations"):

1. read the database's revision; refuse a revision this version does not know
   (a newer application wrote it) without writing anything;
2. take a verified copy: SQLite backup API in one step, ``integrity_check`` on the copy,
   fsync, kept next to the database with the old revision in its name;
3. upgrade in one transaction (``BEGIN IMMEDIATE``) with foreign keys OFF — batch table
   re-creation would otherwise fire ON DELETE CASCADE and silently delete child rows —
   then ``PRAGMA foreign_key_check`` and roll everything back on any violation.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from showroom_app.db.engine import is_sqlite, sqlite_path
from showroom_app.domain.errors import CorruptDatabase, DatabaseTooNew, MigrationFailed

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_RE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_RE = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate must not touch the FTS5 search tables (db/search.py), which are not in
    the models: without this it proposes to drop ``customer_search*``."""
    return not (type_ == "table" and name is not None and name.startswith("customer_search"))


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config  # imported only when an upgrade is really needed

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    return cfg


def revision_graph(script_location: Path = MIGRATIONS_DIR) -> dict[str, str | None]:
    """Each revision and the one it revises, read from the scripts without importing Alembic.

    Start-up only needs to know whether the database is at the head; reading the two
    assignments of each script is enough (a test checks this against Alembic's own view),
    and it keeps Alembic out of the start-up time.
    """
    graph: dict[str, str | None] = {}
    for script in sorted((script_location / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        rev = _REVISION_RE.search(source)
        down = _DOWN_RE.search(source)
        if rev is None or down is None:
            continue
        graph[rev.group(1)] = down.group(1)
    return graph


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    graph = revision_graph(script_location)
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise MigrationFailed(
            f"The application's migration scripts have {len(heads)} heads; expected one."
        )
    return heads.pop()


def known_revisions(script_location: Path = MIGRATIONS_DIR) -> set[str]:
    return set(revision_graph(script_location))


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database, or None for a database without our schema."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise CorruptDatabase(
                        "This file is a database, but not a Showroom Assistant database "
                        f"(it holds the tables {', '.join(sorted(tables)[:5])})."
                    )
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            conn.rollback()
            return None if row is None else str(row[0])
    except DatabaseError as exc:
        raise CorruptDatabase(
            f"The database cannot be read: {exc.orig}. It may be damaged or not a "
            "Showroom Assistant database."
        ) from exc


def verified_backup(db_file: Path, revision: str, now: datetime | None = None) -> Path:
    """Copy a live database with the backup API and prove the copy is sound."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = db_file.with_name(f"{db_file.stem}.before-{revision}.{stamp}{db_file.suffix}")
    counter = 1
    while dest.exists():
        dest = db_file.with_name(
            f"{db_file.stem}.before-{revision}.{stamp}-{counter}{db_file.suffix}"
        )
        counter += 1
    fd = os.open(dest, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(db_file)
    dst = sqlite3.connect(dest)
    try:
        src.backup(dst)  # pages=-1: the whole database in one step
        dst.execute("PRAGMA journal_mode=DELETE")
        result = dst.execute("PRAGMA integrity_check").fetchone()
        if result is None or result[0] != "ok":
            raise MigrationFailed(
                f"The safety copy of the database failed its integrity check ({result}); "
                "the database was not upgraded."
            )
    except sqlite3.DatabaseError as exc:
        dst.close()
        dest.unlink(missing_ok=True)
        raise MigrationFailed(f"Could not copy the database before upgrading: {exc}") from exc
    except MigrationFailed:
        dst.close()
        dest.unlink(missing_ok=True)
        raise
    finally:
        src.close()
        dst.close()
    with open(dest, "rb") as fh:
        os.fsync(fh.fileno())
    return dest


def _check_foreign_keys(conn: object) -> None:
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()  # type: ignore[attr-defined]
    if rows:
        raise MigrationFailed(
            f"The upgrade would leave {len(rows)} broken references (first: {tuple(rows[0])}); "
            "it was rolled back and the database is unchanged."
        )


def upgrade_database(
    engine: Engine,
    *,
    script_location: Path = MIGRATIONS_DIR,
    on_backup: Callable[[Path], None] | None = None,
) -> MigrationReport:
    """Bring the database to the newest revision this application knows."""
    head = head_revision(script_location)
    current = current_revision(engine)
    if current == head:
        return MigrationReport(current, head, None)
    if current is not None and current not in known_revisions(script_location):
        raise DatabaseTooNew(
            f"This database was written by a newer version of Showroom Assistant "
            f"(schema {current}). Install the newer version to open it; nothing was changed."
        )
    backup: Path | None = None
    db_file = sqlite_path(str(engine.url))
    if db_file is not None and current is not None:
        backup = verified_backup(db_file, current)
        if on_backup is not None:
            on_backup(backup)
    cfg = alembic_config(script_location)
    try:
        if is_sqlite(str(engine.url)):
            _upgrade_sqlite(engine, cfg)
        else:
            from alembic import command

            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except MigrationFailed:
        raise
    except (OperationalError, DatabaseError) as exc:
        raise MigrationFailed(
            f"The database upgrade failed and was rolled back: {exc.orig}"
        ) from exc
    except Exception as exc:  # a revision's own error: still typed for the UI and the CLI
        raise MigrationFailed(f"The database upgrade failed and was rolled back: {exc}") from exc
    return MigrationReport(current, head, backup)


SQLITE_HEADER = b"SQLite format 3\x00"


def preflight_sqlite(db_file: Path, script_location: Path = MIGRATIONS_DIR) -> None:
    """Refuse a file we must not touch *before* any connection changes it.

    Opening with our pragmas would switch a foreign rollback-journal database to WAL
    (changing its header), so the checks that can refuse a file run first, read-only.
    """
    try:
        size = db_file.stat().st_size
    except OSError:
        return  # missing (a new database) or unreachable: reported when it is created
    if size == 0:
        return
    with open(db_file, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabase(
            f"{db_file} is not a database file (it may be damaged, or another kind of file); "
            "it was left untouched."
        )
    # With no WAL file next to it the database is complete on disk: open it "immutable" so
    # not even the -shm/-wal side files are created. Otherwise read it normally, read-only.
    has_wal = Path(f"{db_file}-wal").exists()
    query = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?{query}", uri=True)
    except sqlite3.Error:
        return  # the normal opening path reports the problem
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise CorruptDatabase(
                    "This file is a database, but not a Showroom Assistant database "
                    f"(it holds the tables {', '.join(sorted(tables)[:5])}); it was left "
                    "untouched."
                )
            return
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and str(row[0]) not in known_revisions(script_location):
            raise DatabaseTooNew(
                f"This database was written by a newer version of Showroom Assistant "
                f"(schema {row[0]}). Install the newer version to open it; nothing was changed."
            )
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(
            f"The database cannot be read: {exc}. It may be damaged; it was left untouched."
        ) from exc
    finally:
        conn.close()


def _upgrade_sqlite(engine: Engine, cfg: Config) -> None:
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():  # BEGIN IMMEDIATE: one transaction for every revision
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                _check_foreign_keys(conn)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
