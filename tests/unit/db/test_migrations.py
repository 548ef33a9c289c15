"""Schema upgrades at start-up can never cost a row (STYLE.md §4 "Migrations").

Each upgrade case copies the application's migrations folder into ``tmp_path``, adds one
test revision on top of the shipped head, and runs ``upgrade_database`` on a *populated*
database (the demo fixture: customers with phones, opportunities, interactions, tasks).
The shipped scripts are never touched.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import sqlite3
import textwrap
import traceback
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from showroom_app.db.engine import make_engine, sqlite_url
from showroom_app.db.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    revision_graph,
    upgrade_database,
)
from showroom_app.db.models import Base, Customer
from showroom_app.domain.errors import CorruptDatabase, DatabaseTooNew, MigrationFailed
from showroom_app.services.database import Database, open_database

#: The newest revision the application ships; the test revision is stacked on top of it.
SHIPPED_HEAD = head_revision()
TEST_REVISION = "0002_test"

REVISION_FILE = '''"""test revision"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''

ADD_COLUMN_BY_RECREATING_CUSTOMERS = """
with op.batch_alter_table("customers", recreate="always") as batch_op:
    batch_op.add_column(sa.Column("nickname", sa.String(50), nullable=True))
"""


# --- helpers -------------------------------------------------------------------------------------


def migrations_with(tmp_path: Path, body: str) -> Path:
    """A copy of the shipped migrations plus a test revision whose upgrade() is ``body``."""
    folder = tmp_path / f"migrations-{len(list(tmp_path.glob('migrations-*')))}"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{TEST_REVISION}.py").write_text(
        REVISION_FILE.format(
            revision=TEST_REVISION,
            down_revision=SHIPPED_HEAD,
            body=textwrap.indent(textwrap.dedent(body).strip(), "    "),
        ),
        encoding="utf-8",
    )
    return folder


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def table_names(conn: sqlite3.Connection) -> list[str]:
    return [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def row_counts(path: Path) -> dict[str, int]:
    conn = _connect_ro(path)
    try:
        return {
            t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in table_names(conn)
        }
    finally:
        conn.close()


def snapshot(path: Path) -> dict[str, Any]:
    """Everything that must survive a failed upgrade: schema text and every row."""
    conn = _connect_ro(path)
    try:
        schema = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        rows = {
            # sorted in Python: some tables (FTS5 shadow tables) have no rowid
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in table_names(conn)
        }
        return {"schema": schema, "rows": rows}
    finally:
        conn.close()


def stored_revision(path: Path) -> str:
    conn = _connect_ro(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def copy_database(src: Path, dest: Path) -> None:
    """A consistent copy with the backup API (never a plain file copy of a live database)."""
    s = sqlite3.connect(src)
    d = sqlite3.connect(dest)
    try:
        s.backup(d)
    finally:
        s.close()
        d.close()


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


@pytest.fixture
def zero_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def populated(demo_db: Database) -> tuple[Database, Path]:
    """The demo database (customers, phones, opportunities, visits, tasks) and its file."""
    path = demo_db.file
    assert path is not None
    counts = row_counts(path)
    for table in (
        "customers",
        "customer_phones",
        "opportunities",
        "interactions",
        "follow_up_tasks",
    ):
        assert counts[table] > 0, table
    return demo_db, path


def _foreign_keys_pragma(db: Database) -> int:
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return int(raw.execute("PRAGMA foreign_keys").fetchone()[0])


# --- reading the revisions -----------------------------------------------------------------------


def test_the_quick_revision_reader_agrees_with_alembic(tmp_path: Path) -> None:
    # GIVEN the shipped migrations, and a copy with one more revision on top
    locations = [MIGRATIONS_DIR, migrations_with(tmp_path, "pass")]

    for location in locations:
        # WHEN the revisions are read without Alembic (start-up) and by Alembic itself
        script = ScriptDirectory.from_config(alembic_config(location))
        alembic_view = {rev.revision: rev.down_revision for rev in script.walk_revisions()}

        # THEN both see the same revisions, links and head
        assert revision_graph(location) == alembic_view
        assert known_revisions(location) == set(alembic_view)
        assert head_revision(location) == script.get_current_head()
    assert head_revision(locations[1]) == TEST_REVISION


# --- a fresh database ----------------------------------------------------------------------------


def test_fresh_database_is_created_at_head_without_a_backup(tmp_path: Path) -> None:
    # GIVEN no database file
    path = tmp_path / "showroom.sqlite3"

    # WHEN the application opens it
    db = open_database(sqlite_url(path))
    try:
        # THEN it was created at the newest revision, from nothing, and with every table
        assert db.migration is not None
        assert db.migration.from_revision is None
        assert db.migration.to_revision == head_revision()
        assert db.migration.upgraded
        assert db.migration.backup_path is None
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
    finally:
        db.dispose()

    # THEN there is nothing to back up for a brand-new database
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []


def test_reopening_a_current_database_neither_upgrades_nor_copies(tmp_path: Path) -> None:
    # GIVEN a database already at the newest revision
    path = tmp_path / "showroom.sqlite3"
    open_database(sqlite_url(path)).dispose()

    # WHEN it is opened again (every start of the application)
    db = open_database(sqlite_url(path))
    db.dispose()

    # THEN nothing is upgraded and no safety copy piles up
    assert db.migration is not None
    assert not db.migration.upgraded
    assert db.migration.backup_path is None
    assert [p.name for p in tmp_path.iterdir() if "before" in p.name] == []


# --- upgrades of a populated database ------------------------------------------------------------


def test_recreating_a_parent_table_keeps_every_child_row(
    populated: tuple[Database, Path], tmp_path: Path
) -> None:
    # GIVEN a populated database and a revision that re-creates ``customers`` (batch mode),
    # the parent of phones, opportunities, visits and tasks (all ON DELETE CASCADE)
    db, path = populated
    before = row_counts(path)
    scripts = migrations_with(tmp_path, ADD_COLUMN_BY_RECREATING_CUSTOMERS)

    # WHEN the database is upgraded
    report = upgrade_database(db.engine, script_location=scripts)

    # THEN it is at the new revision, with the new column ...
    assert report.from_revision == SHIPPED_HEAD
    assert report.to_revision == TEST_REVISION
    assert stored_revision(path) == TEST_REVISION
    with db.engine.connect() as conn:
        assert "nickname" in {c["name"] for c in inspect(conn).get_columns("customers")}

    # ... every row of every table is still there (phones above all) ...
    after = row_counts(path)
    assert after == before
    assert after["customer_phones"] == before["customer_phones"] > 0

    # ... nothing points nowhere, and foreign keys are ON again for the application
    with db.read_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert _foreign_keys_pragma(db) == 1


def test_the_same_recreation_with_foreign_keys_on_loses_child_rows(
    populated: tuple[Database, Path], tmp_path: Path
) -> None:
    """The control experiment: this is why the upgrade switches foreign keys off."""
    # GIVEN a copy of the populated database and the same revision
    _, path = populated
    copy = tmp_path / "fk-on.sqlite3"
    copy_database(path, copy)
    before = row_counts(copy)
    scripts = migrations_with(tmp_path, ADD_COLUMN_BY_RECREATING_CUSTOMERS)

    # WHEN the revision runs on an ordinary application connection (foreign keys ON)
    engine = make_engine(sqlite_url(copy))
    try:
        cfg = alembic_config(scripts)
        with engine.begin() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()

    # THEN dropping the old table fired ON DELETE CASCADE: the phones are silently gone,
    # although every customer is still there
    after = row_counts(copy)
    assert after["customers"] == before["customers"]
    assert before["customer_phones"] > 0
    assert after["customer_phones"] < before["customer_phones"]


def test_a_verified_backup_is_taken_before_upgrading(
    populated: tuple[Database, Path], tmp_path: Path, zero_umask: None
) -> None:
    # GIVEN a populated database at the shipped revision and a newer revision to apply
    db, path = populated
    before = row_counts(path)
    scripts = migrations_with(tmp_path, ADD_COLUMN_BY_RECREATING_CUSTOMERS)
    announced: list[Path] = []

    # WHEN it is upgraded
    report = upgrade_database(db.engine, script_location=scripts, on_backup=announced.append)

    # THEN exactly one copy lies next to the database, named after the old revision
    copies = sorted(path.parent.glob(f"{path.stem}.before-{SHIPPED_HEAD}.*"))
    assert len(copies) == 1
    backup = copies[0]
    assert report.backup_path == backup
    assert announced == [backup]
    assert backup.suffix == path.suffix

    # THEN the copy is private, sound, and holds the database as it was before the upgrade
    assert _mode(backup) == 0o600
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SHIPPED_HEAD,)
        ]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(customers)")}
        assert "nickname" not in columns
    finally:
        conn.close()
    assert row_counts(backup) == before


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            """
            op.add_column("customers", sa.Column("nickname", sa.String(50), nullable=True))
            op.execute("UPDATE customers SET nickname = 'x', name = 'changed'")
            op.execute("DELETE FROM customer_phones")
            raise RuntimeError("boom in the middle of the upgrade")
            """,
            id="add-column-update-delete-then-raise",
        ),
        pytest.param(
            ADD_COLUMN_BY_RECREATING_CUSTOMERS
            + '\nraise RuntimeError("boom after re-creating a table")\n',
            id="recreate-table-then-raise",
        ),
    ],
)
def test_a_failing_revision_leaves_the_database_exactly_as_it_was(
    populated: tuple[Database, Path], tmp_path: Path, body: str
) -> None:
    # GIVEN a populated database and a revision that changes schema and rows, then fails
    db, path = populated
    before = snapshot(path)
    scripts = migrations_with(tmp_path, body)

    # WHEN the upgrade runs
    # THEN it fails with the typed error the UI and the CLI show ...
    with pytest.raises(MigrationFailed, match="boom"):
        upgrade_database(db.engine, script_location=scripts)

    # ... and schema, revision and every row are exactly as before, foreign keys on again
    assert snapshot(path) == before
    assert stored_revision(path) == SHIPPED_HEAD
    assert current_revision(db.engine) == SHIPPED_HEAD
    assert _foreign_keys_pragma(db) == 1


def test_a_failing_revision_is_reported_as_migration_failed(
    populated: tuple[Database, Path], tmp_path: Path
) -> None:
    # GIVEN a revision whose data step fails with an ordinary Python error
    db, _ = populated
    scripts = migrations_with(tmp_path, 'raise ValueError("bad data in row 17")')

    # WHEN the upgrade runs
    # THEN the caller gets the typed storage error the UI and the CLI know how to show
    with pytest.raises(MigrationFailed):
        upgrade_database(db.engine, script_location=scripts)


def test_a_revision_that_breaks_references_is_rolled_back(
    populated: tuple[Database, Path], tmp_path: Path
) -> None:
    # GIVEN a revision that leaves a phone pointing at a customer who does not exist
    # (possible because foreign keys are off during the upgrade)
    db, path = populated
    before = snapshot(path)
    scripts = migrations_with(
        tmp_path,
        """
        op.execute(
            "INSERT INTO customer_phones (customer_id, e164, digits, is_mobile, is_primary) "
            "VALUES (999999, '+886912000000', '886912000000', 1, 1)"
        )
        """,
    )

    # WHEN the upgrade runs
    # THEN PRAGMA foreign_key_check stops it with a typed error that says why
    with pytest.raises(MigrationFailed, match="broken references"):
        upgrade_database(db.engine, script_location=scripts)

    # THEN the orphan is not there, and the database is as it was, at the old revision
    conn = _connect_ro(path)
    try:
        orphans = conn.execute(
            "SELECT COUNT(*) FROM customer_phones WHERE customer_id = 999999"
        ).fetchone()[0]
    finally:
        conn.close()
    assert orphans == 0
    assert stored_revision(path) == SHIPPED_HEAD
    assert snapshot(path) == before
    assert _foreign_keys_pragma(db) == 1


# --- databases the application must not touch ----------------------------------------------------


def _make_newer(path: Path, *, keep_open: bool) -> sqlite3.Connection | None:
    """A database at an unknown (future) revision; optionally still open elsewhere (WAL)."""
    db = open_database(sqlite_url(path))
    now = datetime(2026, 11, 29, 10, 0)
    with db.write() as s:
        s.add(Customer(name="王先生", created_at=now, updated_at=now))
    db.dispose()
    conn = sqlite3.connect(path)
    if keep_open:
        conn.execute("PRAGMA wal_autocheckpoint=0")  # the change stays in the -wal file
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    if keep_open:
        return conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return None


@pytest.mark.parametrize("keep_open", [False, True], ids=["checkpointed", "open-with-wal"])
def test_a_database_from_a_newer_version_is_refused_untouched(
    tmp_path: Path, keep_open: bool
) -> None:
    # GIVEN a database written by a newer version of the application, either closed and
    # checkpointed, or still open in that newer version (its change only in the -wal file)
    path = tmp_path / "showroom.sqlite3"
    holder = _make_newer(path, keep_open=keep_open)
    try:
        watched = [p for p in (path, Path(f"{path}-wal")) if p.exists()]
        assert (len(watched) == 2) == keep_open
        before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in watched}

        # WHEN this (older) application opens it
        # THEN it says a newer version is needed ...
        with pytest.raises(DatabaseTooNew, match="newer version"):
            open_database(sqlite_url(path))

        # ... the database (and its -wal) are byte-identical, and no safety copy was made
        assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in watched} == before
        assert [p.name for p in tmp_path.iterdir() if "before" in p.name] == []
        if not keep_open:
            assert folder_hashes(tmp_path) == before
    finally:
        if holder is not None:
            holder.close()


def _foreign_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.executemany("INSERT INTO invoices (total) VALUES (?)", [(1.5,), (2.25,)])
    conn.commit()
    conn.close()


def test_another_programs_database_is_refused_and_its_data_kept(tmp_path: Path) -> None:
    # GIVEN a SQLite file of some other program (its own tables, no alembic_version)
    path = tmp_path / "other.sqlite3"
    _foreign_database(path)

    # WHEN the application is pointed at it
    # THEN it is refused as "not a Showroom Assistant database" ...
    with pytest.raises(CorruptDatabase, match="not a Showroom Assistant database"):
        open_database(sqlite_url(path))

    # ... none of our tables were added and its rows are intact
    conn = _connect_ro(path)
    try:
        assert table_names(conn) == ["invoices"]
        assert conn.execute("SELECT id, total FROM invoices ORDER BY id").fetchall() == [
            (1, 1.5),
            (2, 2.25),
        ]
    finally:
        conn.close()
    assert [p.name for p in tmp_path.iterdir() if "before" in p.name] == []


def test_another_programs_database_is_byte_identical_after_refusal(tmp_path: Path) -> None:
    # GIVEN a SQLite file of some other program, in the default rollback-journal mode
    path = tmp_path / "other.sqlite3"
    _foreign_database(path)
    before = folder_hashes(tmp_path)

    # WHEN the application is pointed at it and refuses it
    with pytest.raises(CorruptDatabase):
        open_database(sqlite_url(path))

    # THEN not one byte of it was changed
    assert folder_hashes(tmp_path) == before


# --- two copies of the application on one database -----------------------------------------------

WRITES_PER_PROCESS = 200


def _write_customers(path: str, tag: str, start: Any, results: Any) -> None:
    """Run in a separate process: open the database, then save customers one at a time."""
    try:
        start.wait(timeout=60)  # open at the same moment ...
        db = open_database(sqlite_url(Path(path)))
        try:
            start.wait(timeout=60)  # ... and write at the same moment
            for i in range(WRITES_PER_PROCESS):
                now = datetime.now()
                with db.write() as s:
                    s.add(Customer(name=f"{tag}-{i:03d}", created_at=now, updated_at=now))
        finally:
            db.dispose()
        results.put((tag, "ok"))
    except BaseException:
        results.put((tag, traceback.format_exc()))


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    # GIVEN an existing database and two copies of the application (separate processes)
    # (two copies creating a *new* database at once: see test_engine.py)
    path = tmp_path / "shared.sqlite3"
    open_database(sqlite_url(path)).dispose()
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)  # used twice: before opening and before writing
    results = ctx.Queue()
    workers = [
        ctx.Process(target=_write_customers, args=(str(path), tag, start, results))
        for tag in ("desk-a", "desk-b")
    ]

    # WHEN both save 200 customers each, in 200 separate transactions, at the same time
    for worker in workers:
        worker.start()
    try:
        outcomes = dict(results.get(timeout=120) for _ in workers)
    finally:
        for worker in workers:
            worker.join(timeout=60)
            if worker.is_alive():  # pragma: no cover - only on a hang
                worker.kill()

    # THEN neither raised, and every save is there in a sound database
    assert outcomes == {"desk-a": "ok", "desk-b": "ok"}
    assert [w.exitcode for w in workers] == [0, 0]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [n for (n,) in conn.execute("SELECT name FROM customers")]
    finally:
        conn.close()
    assert len(names) == 2 * WRITES_PER_PROCESS
    assert len(set(names)) == 2 * WRITES_PER_PROCESS
    assert sum(n.startswith("desk-a-") for n in names) == WRITES_PER_PROCESS
    assert stored_revision(path) == head_revision()


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    # GIVEN a database built by the migrations alone
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from showroom_app.db.migrate import include_object
    from showroom_app.db.models import Base

    database = open_database(sqlite_url(tmp_path / "fresh.sqlite3"))
    try:
        with database.engine.connect() as conn:
            # WHEN Alembic compares it with the models
            context = MigrationContext.configure(
                conn, opts={"include_object": include_object, "compare_type": True}
            )
            diff = compare_metadata(context, Base.metadata)
            conn.rollback()
    finally:
        database.dispose()
    # THEN there is nothing to migrate: a model change without a revision fails here
    assert diff == []
