"""The ``showroom`` command, run in-process (and once as ``python -m``).

Errors the user can act on print one line starting with ``showroom:`` and exit non-zero
(1 for a problem with the request, 2 for a database that cannot be used); nothing is
overwritten. ``SHOWROOM_HOME`` already points at a temporary folder (autouse fixture).
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from showroom_app import __version__
from showroom_app.cli import EXIT_OK, EXIT_PROBLEM, EXIT_STORAGE, main
from showroom_app.db.engine import sqlite_url
from showroom_app.db.migrate import head_revision
from showroom_app.domain.records import DealershipForm
from showroom_app.services.container import build_services
from showroom_app.services.database import open_database


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> dict[str, str]:
    return {p.name: _sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _stderr_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A demo database of 50 customers made by the command itself."""
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--customers", "50", "--db", str(path)]) == EXIT_OK
    capsys.readouterr()
    return path


def _real_dealership(path: Path) -> None:
    db = open_database(sqlite_url(path))
    try:
        build_services(db).settings.complete_first_run(
            DealershipForm(
                name="宏達汽車", address="", phone="", tax_id="", region="TW", doc_language="zh_TW"
            ),
            "林經理",
        )
    finally:
        db.dispose()


# --- version and help ----------------------------------------------------------------------------


def test_version_prints_the_version_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    # GIVEN the command
    # WHEN it is asked for its version
    with pytest.raises(SystemExit) as info:
        main(["--version"])

    # THEN it prints the package version and exits successfully
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"showroom {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    # GIVEN the command
    # WHEN help is asked for
    with pytest.raises(SystemExit) as info:
        main(["--help"])

    # THEN it exits successfully and names the demo and check commands
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "demo" in out
    assert "check" in out


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    # GIVEN the package run as a module in a separate interpreter
    env = {**os.environ, "SHOWROOM_HOME": str(tmp_path)}

    # WHEN it is asked for its version
    result = subprocess.run(
        [sys.executable, "-m", "showroom_app", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )

    # THEN it answers like the installed command
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"showroom {__version__}"


# --- demo ----------------------------------------------------------------------------------------


def test_demo_creates_a_database_and_prints_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN no database yet
    path = tmp_path / "demo.sqlite3"

    # WHEN a demo of 50 customers is created there
    code = main(["demo", "--customers", "50", "--db", str(path)])

    # THEN it succeeds, says what it made, and the database holds 50 customers
    assert code == EXIT_OK
    out = capsys.readouterr().out
    assert str(path) in out
    assert "50 customers" in out
    assert _count(path, "SELECT COUNT(*) FROM customers") == 50
    assert _count(path, "SELECT is_demo FROM dealership WHERE id = 1") == 1


def test_demo_does_not_overwrite_without_replace(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN an existing demo database
    before = _files(demo_file.parent)

    # WHEN the demo command is run on it again without --replace
    code = main(["demo", "--customers", "10", "--db", str(demo_file)])

    # THEN it refuses with exit 1 and one line of explanation, and the file is unchanged
    assert code == EXIT_PROBLEM
    captured = capsys.readouterr()
    lines = _stderr_lines(captured.err)
    assert len(lines) == 1
    assert lines[0].startswith("showroom:")
    assert "--replace" in lines[0]
    assert _files(demo_file.parent) == before


def test_demo_with_replace_recreates_the_demo(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN an existing demo database of 50 customers
    assert _count(demo_file, "SELECT COUNT(*) FROM customers") == 50

    # WHEN it is replaced with a demo of 20 customers
    code = main(["demo", "--customers", "20", "--db", str(demo_file), "--replace"])

    # THEN the database is a new demo with 20 customers
    assert code == EXIT_OK
    assert "20 customers" in capsys.readouterr().out
    assert _count(demo_file, "SELECT COUNT(*) FROM customers") == 20
    assert _count(demo_file, "SELECT COUNT(*) FROM dealership WHERE is_demo") == 1


def test_demo_with_a_negative_count_fails_without_creating_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN no database
    path = tmp_path / "demo.sqlite3"

    # WHEN a demo with -1 customers is asked for
    code = main(["demo", "--customers", "-1", "--db", str(path)])

    # THEN the command fails with one line and no file is made
    assert code != EXIT_OK
    lines = _stderr_lines(capsys.readouterr().err)
    assert len(lines) == 1
    assert lines[0].startswith("showroom:")
    assert not path.exists()


def test_demo_never_replaces_a_real_dealership(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a real (non-demo) database set up through the first run
    path = tmp_path / "showroom.sqlite3"
    _real_dealership(path)
    before = _files(tmp_path)

    # WHEN the demo command is told to replace it
    code = main(["demo", "--customers", "10", "--db", str(path), "--replace"])

    # THEN it refuses, says why, and the dealership's database is untouched
    assert code == EXIT_PROBLEM
    lines = _stderr_lines(capsys.readouterr().err)
    assert len(lines) == 1
    assert "not a demo database" in lines[0]
    assert _files(tmp_path) == before
    assert _count(path, "SELECT COUNT(*) FROM dealership WHERE NOT is_demo") == 1
    assert _count(path, "SELECT COUNT(*) FROM customers") == 0


# --- check ---------------------------------------------------------------------------------------


def test_check_reports_a_good_database(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # GIVEN a sound database at the newest schema
    # WHEN it is checked
    code = main(["check", "--db", str(demo_file)])

    # THEN the schema version and integrity are printed and the exit code is 0
    assert code == EXIT_OK
    out = capsys.readouterr().out
    schema_line = next(line for line in out.splitlines() if line.startswith("Schema version"))
    assert head_revision() in schema_line
    assert "Integrity:       ok" in out
    assert "customers" in out


def test_check_refuses_random_bytes_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a file of random bytes
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(random.Random(7).randbytes(8192))
    before = _sha256(path)

    # WHEN it is checked
    code = main(["check", "--db", str(path)])

    # THEN exit code 2 and a single "showroom:" line, no traceback; the file is untouched
    assert code == EXIT_STORAGE
    captured = capsys.readouterr()
    lines = _stderr_lines(captured.err)
    assert len(lines) == 1
    assert lines[0].startswith("showroom:")
    assert "Traceback" not in captured.err
    assert _sha256(path) == before


def test_check_refuses_a_database_from_a_newer_version(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a database whose schema is newer than this application
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()

    # WHEN it is checked
    code = main(["check", "--db", str(demo_file)])

    # THEN exit code 2 and one line saying a newer version is needed
    assert code == EXIT_STORAGE
    lines = _stderr_lines(capsys.readouterr().err)
    assert len(lines) == 1
    assert lines[0].startswith("showroom:")
    assert "newer" in lines[0]


def test_check_uses_the_database_url_from_the_environment(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN SHOWROOM_DATABASE_URL pointing at a database, and no --db
    monkeypatch.setenv("SHOWROOM_DATABASE_URL", sqlite_url(demo_file))

    # WHEN the check command runs
    code = main(["check"])

    # THEN it checked that database (not the default one in the data folder)
    assert code == EXIT_OK
    out = capsys.readouterr().out
    assert f"Database:        {demo_file}" in out
    customers_line = next(line for line in out.splitlines() if line.split()[:1] == ["customers"])
    assert customers_line.split()[-1] == "50"


def test_check_of_a_missing_file_does_not_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a path where no database exists (e.g. a typo)
    path = tmp_path / "typo.sqlite3"

    # WHEN it is checked
    code = main(["check", "--db", str(path)])

    # THEN the user is told there is nothing there, and no file is made
    assert code != EXIT_OK
    assert not path.exists()
