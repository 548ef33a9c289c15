"""Engines set up the way STYLE.md §4 "DB" prescribes, on every connection.

* ``isolation_level = None`` on the pysqlite connection so that *we* emit BEGIN;
* WAL with ``synchronous=FULL`` (WAL+NORMAL lost commits under simulated power loss);
* ``BEGIN IMMEDIATE`` for every write transaction (deferred BEGIN hit "database is
  locked" with concurrent writers despite the busy timeout);
* foreign keys on, busy timeout 5 s, ``trusted_schema`` off, ``secure_delete`` on.

A second, read-only engine uses a plain deferred BEGIN so long reports never block a save.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from showroom_app.domain.errors import CorruptDatabase, DataDirectoryNotWritable

SQLITE_PRAGMAS: tuple[str, ...] = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for memory/other back ends."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def prepare_sqlite_file(path: Path) -> None:
    """Create the data directory and an empty database file readable only by this user.

    Creating the file ourselves (mode 0600) before SQLite opens it means the WAL and
    shared-memory files SQLite creates next to it inherit the same permissions.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
            except FileExistsError:
                pass  # another copy of the app created it a moment ago: use that file
        elif not os.access(path, os.R_OK | os.W_OK):
            raise DataDirectoryNotWritable(
                f"The database file {path} cannot be read and written by this user."
            )
        if not os.access(path.parent, os.W_OK):
            raise DataDirectoryNotWritable(
                f"The folder {path.parent} is not writable; the database needs it for its "
                "journal files."
            )
    except DataDirectoryNotWritable:
        raise
    except OSError as exc:
        raise DataDirectoryNotWritable(
            f"Cannot create the database in {path.parent}: {exc.strerror or exc}"
        ) from exc


def _execute_waiting(cursor: Any, sql: str, timeout: float = 5.0) -> None:
    """Run ``sql``, waiting while another copy of the app holds the lock.

    Switching a brand-new file to WAL needs the write lock, and SQLite answers "database is
    locked" at once there instead of honouring the busy timeout — so wait here ourselves.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            cursor.execute(sql)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _apply_pragmas(dbapi_connection: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            _execute_waiting(cursor, pragma)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DataDirectoryNotWritable(
                "The database is locked by another program and could not be opened; close "
                "the other program and try again."
            ) from exc
        raise CorruptDatabase(
            f"The database file cannot be opened: {exc}. It may be damaged or not a "
            "Showroom Assistant database."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(
            f"The database file cannot be opened: {exc}. It may be damaged or not a "
            "Showroom Assistant database."
        ) from exc
    finally:
        cursor.close()


def make_engine(url: str, *, for_writes: bool = True, echo: bool = False) -> Engine:
    """Create an engine; for SQLite files, with the pragmas and BEGIN behaviour above."""
    if not is_sqlite(url):
        return create_engine(url, echo=echo, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None:
        prepare_sqlite_file(path)
    engine = create_engine(
        url,
        echo=echo,
        poolclass=NullPool if path is None else None,
        connect_args={"check_same_thread": False, "timeout": 5.0},
    )
    begin_sql = "BEGIN IMMEDIATE" if for_writes else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _apply_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin_sql)

    return engine
