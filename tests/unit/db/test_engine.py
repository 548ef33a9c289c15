"""The engine keeps the promises of STYLE.md §4 "DB" on every connection it hands out.

Pragmas are read back from the live connections (not from the list in the code), the file
permissions are checked with a zero umask (so a default-permission file would be caught),
and BEGIN IMMEDIATE is proven by its observable effect: a second writer cannot even begin.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path, PosixPath

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError

from showroom_app.db.engine import prepare_sqlite_file, sqlite_url
from showroom_app.db.migrate import head_revision
from showroom_app.db.models import Customer
from showroom_app.domain.errors import CorruptDatabase, DataDirectoryNotWritable, StorageError
from showroom_app.services.database import Database, open_database

#: STYLE.md §4 "DB": the value each pragma must read back as.
EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "trusted_schema": 0,
    "secure_delete": 1,
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


def _pragmas(raw: sqlite3.Connection) -> dict[str, object]:
    return {name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED_PRAGMAS}


@pytest.fixture
def zero_umask() -> Iterator[None]:
    """With umask 0 a file created with default permissions would be 0644 or wider."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _add_customer(db: Database, name: str = "林小姐") -> None:
    now = datetime(2026, 11, 29, 10, 0)
    with db.write() as s:
        s.add(Customer(name=name, created_at=now, updated_at=now))


# --- pragmas -------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine_name", ["engine", "read_engine"])
def test_every_pragma_is_set_on_every_fresh_connection(db: Database, engine_name: str) -> None:
    # GIVEN an open database and one of its two engines
    engine: Engine = getattr(db, engine_name)

    # WHEN two connections are checked out at the same time (two distinct DBAPI connections),
    # and again after the pool was emptied (two more brand-new connections)
    seen: list[dict[str, object]] = []
    raw_ids: set[int] = set()
    for _round in range(2):
        first = engine.raw_connection()
        second = engine.raw_connection()
        try:
            for proxy in (first, second):
                raw = proxy.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                raw_ids.add(id(raw))
                # THEN we emit BEGIN ourselves: pysqlite's own transaction handling is off
                assert raw.isolation_level is None
                seen.append(_pragmas(raw))
        finally:
            first.close()
            second.close()
        engine.dispose()

    # THEN every connection reads back every pragma of STYLE.md §4
    assert len(raw_ids) >= 2
    assert seen == [EXPECTED_PRAGMAS] * 4


def test_pragmas_survive_a_completed_write_transaction(db: Database) -> None:
    # GIVEN a database on which a write transaction was committed
    _add_customer(db)

    # WHEN the pooled connection is used again
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        values = _pragmas(raw)

    # THEN nothing (e.g. a migration switching foreign keys off) leaked into the pool
    assert values == EXPECTED_PRAGMAS


# --- file permissions ----------------------------------------------------------------------------


def test_database_and_wal_files_are_private_to_the_user(tmp_path: Path, zero_umask: None) -> None:
    # GIVEN no database file yet, and a umask that would leave new files world-readable
    path = tmp_path / "data" / "showroom.sqlite3"

    # WHEN the database is created and written to (the connection still open)
    db = open_database(sqlite_url(path))
    try:
        _add_customer(db)
        wal = Path(f"{path}-wal")
        shm = Path(f"{path}-shm")

        # THEN the database, its WAL and its shared-memory file are readable only by the user
        assert _mode(path) == 0o600
        assert wal.exists()
        assert _mode(wal) == 0o600
        assert _mode(shm) == 0o600
    finally:
        db.dispose()


# --- BEGIN IMMEDIATE -----------------------------------------------------------------------------


def test_write_transactions_take_the_write_lock_at_begin(db: Database) -> None:
    # GIVEN a database with one customer
    _add_customer(db)
    path = db.file
    assert path is not None

    # WHEN one connection has begun a write transaction but written nothing yet
    with db.engine.begin():
        # THEN a second writer (with a short busy timeout) cannot even begin ...
        with db.engine.connect() as other:
            raw = other.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.execute("PRAGMA busy_timeout=100")
            with pytest.raises(OperationalError, match="database is locked"):
                other.begin()

        # ... whereas a deferred BEGIN would have been accepted (the conflict would only
        # surface later, at the first write, which is what BEGIN IMMEDIATE avoids)
        deferred = sqlite3.connect(path, isolation_level=None, timeout=0.1)
        try:
            deferred.execute("BEGIN")
            assert deferred.in_transaction
            deferred.execute("ROLLBACK")
        finally:
            deferred.close()

        # ... and the read engine still reads at the same time
        with db.read_engine.connect() as reader:
            count = reader.execute(select(func.count()).select_from(Customer)).scalar_one()
        assert count == 1


def test_read_engine_never_blocks_on_a_writer(db: Database) -> None:
    # GIVEN a writer that holds an open write transaction with an uncommitted row
    _add_customer(db, "committed")
    with db.write() as s:
        now = datetime(2026, 11, 29, 11, 0)
        s.add(Customer(name="uncommitted", created_at=now, updated_at=now))
        s.flush()

        # WHEN a read session runs while the write is still open
        with db.read() as reader:
            names = list(reader.scalars(select(Customer.name).order_by(Customer.id)))

    # THEN it sees the last committed state, without waiting and without an error
    assert names == ["committed"]


# --- file problems -------------------------------------------------------------------------------


def test_parent_that_is_a_file_is_reported_as_not_writable(tmp_path: Path) -> None:
    # GIVEN a regular file where the data folder should be
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")

    # WHEN the database file is prepared inside it
    # THEN a typed storage error says the folder cannot be used
    with pytest.raises(DataDirectoryNotWritable):
        prepare_sqlite_file(blocker / "showroom.sqlite3")
    assert blocker.read_text() == "not a folder"


def test_open_database_under_a_file_raises_a_storage_error(tmp_path: Path) -> None:
    # GIVEN a regular file two levels above the database file
    blocker = tmp_path / "data"
    blocker.write_text("x")

    # WHEN the application opens its database there
    # THEN the user gets a StorageError (one line in the CLI), not an OSError traceback
    with pytest.raises(StorageError) as info:
        open_database(sqlite_url(blocker / "sub" / "showroom.sqlite3"))
    assert isinstance(info.value, DataDirectoryNotWritable)


class _RacingPath(PosixPath):
    """A path another process creates right after ``exists()`` said it was missing."""

    def exists(self, *args: object, **kwargs: object) -> bool:
        if not super().exists():
            fd = os.open(self, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
        return False


def test_two_copies_creating_the_same_new_file_do_not_fail(tmp_path: Path) -> None:
    # GIVEN a new database file that a second copy of the application creates between our
    # existence check and our create (seen with two processes opening a new database)
    path = _RacingPath(tmp_path / "showroom.sqlite3")

    # WHEN the file is prepared
    prepare_sqlite_file(path)

    # THEN the existing file is simply used
    assert path.is_file()


def test_a_second_copy_waits_while_the_first_initialises_a_new_database(tmp_path: Path) -> None:
    # GIVEN a brand-new, empty database file that another copy of the application is just
    # initialising: it holds the write lock while the file is still in rollback-journal mode
    # (seen when two copies start on a new database at the same moment: ~15 % of runs)
    path = tmp_path / "showroom.sqlite3"
    path.touch(mode=0o600)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, other.execute, args=("COMMIT",))
    release.start()

    # WHEN this copy opens the database (the other one finishes well within the 5 s timeout)
    try:
        db = open_database(sqlite_url(path))
        db.dispose()
    finally:
        release.join()
        other.close()

    # THEN it waited for the lock like any other write, and the database is ready
    assert db.migration is not None
    assert db.migration.to_revision == head_revision()


def test_random_bytes_are_refused_as_corrupt_and_left_untouched(tmp_path: Path) -> None:
    # GIVEN a file of random bytes where the database should be
    path = tmp_path / "showroom.sqlite3"
    path.write_bytes(random.Random(20261129).randbytes(16_384))
    before = _sha256(path)

    # WHEN the application opens it
    # THEN it is refused with a typed error, and not one byte of it is changed
    with pytest.raises(CorruptDatabase):
        open_database(sqlite_url(path))
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["showroom.sqlite3"]
