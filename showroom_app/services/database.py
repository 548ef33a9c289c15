"""The open database: engines, sessions and the start-up upgrade.

Services own Session lifetime: one short transaction per use case through
``Database.write()`` (BEGIN IMMEDIATE) or ``Database.read()`` (deferred BEGIN on the
read engine, so long reports never block a save).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from showroom_app.db import search
from showroom_app.db.engine import make_engine, sqlite_path
from showroom_app.db.migrate import MigrationReport, preflight_sqlite, upgrade_database
from showroom_app.domain.errors import CorruptDatabase, StorageError


@dataclass
class Database:
    url: str
    engine: Engine
    read_engine: Engine
    migration: MigrationReport | None = None

    def __post_init__(self) -> None:
        self._write_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        """Where the data lives, for the status bar (no password ever shown)."""
        if self.file is not None:
            return str(self.file)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any error."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session, session.begin():
            yield session

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it to zero bytes.

        Used after erasing personal data: with ``secure_delete`` on, the freed pages are
        zeroed, and the old page images in the WAL are gone once it is truncated.
        """
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as conn:  # outside any transaction: raw connection
            raw = conn.connection.driver_connection
            assert raw is not None
            busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise StorageError("The database is busy; close other copies and try again.")

    def dispose(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()


def open_database(url: str, *, on_backup: Callable[[Path], None] | None = None) -> Database:
    """Open (creating if needed) and upgrade a database; typed errors on failure."""
    db_file = sqlite_path(url)
    if db_file is not None:
        preflight_sqlite(db_file)
    engine = make_engine(url, for_writes=True)
    read_engine = make_engine(url, for_writes=False)
    try:
        report = upgrade_database(engine, on_backup=on_backup)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        read_engine.dispose()
        raise CorruptDatabase(
            f"The database cannot be opened: {exc.orig}. It may be damaged, locked by "
            "another program, or not a Showroom Assistant database."
        ) from exc
    except BaseException:
        engine.dispose()
        read_engine.dispose()
        raise
    database = Database(url=url, engine=engine, read_engine=read_engine, migration=report)
    _ensure_search_index(database)
    return database


def _ensure_search_index(database: Database) -> None:
    """Rebuild the customer search index once after an upgrade or a change of tokens."""
    with database.engine.connect() as conn:
        if not search.needs_rebuild(conn):
            conn.rollback()
            return
        conn.rollback()
        with conn.begin():
            search.rebuild(conn)
