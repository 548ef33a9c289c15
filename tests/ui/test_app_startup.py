"""Start-up as the ``showroom`` command does it: demo database, bad databases, first run."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from showroom_app.paths import AppPaths
from showroom_app.ui import app as gui
from showroom_app.ui import messages


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda _p, title, text: shown.append((title, text)))
    return shown


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_start_creates_demo_database_and_shows_window(isolated_home):
    # GIVEN a fresh home folder and the start-up benchmark hook (it quits once shown)
    env = {
        **os.environ,
        gui.ENV_BENCH: "1",
        "SHOWROOM_HOME": str(isolated_home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    # WHEN `showroom --demo` starts, exactly as a user runs it
    result = subprocess.run(
        [sys.executable, "-m", "showroom_app", "--demo", "--lang", "zh_TW"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # THEN it showed the main window on a new demo database, opened every page, exited 0
    assert result.returncode == 0, result.stderr
    assert "BENCH_SHOWN" in result.stdout
    assert '"page_ms"' in result.stdout
    assert AppPaths.default().demo_database_file.exists()
    assert not AppPaths.default().database_file.exists()  # the real database is untouched


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database at all" * 100,
        b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 200,
    ],
)
def test_damaged_database_gives_a_dialog_and_is_not_changed(
    qapp, tmp_path, dialogs, content: bytes
):
    # GIVEN a damaged database file
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(content)
    before = _sha(path)
    # WHEN the application is started on it
    code = gui.run_gui(gui.GuiOptions(db=str(path)))
    # THEN a dialog explains it, the exit code is non-zero and the file is unchanged
    assert code == 2
    assert len(dialogs) == 1
    assert "database" in dialogs[0][1].lower()
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.sqlite3"]


def test_unwritable_data_folder_gives_a_dialog(qapp, tmp_path, dialogs):
    # GIVEN a database path whose folder is really a file (root ignores permission bits)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    # WHEN the application is started there
    code = gui.run_gui(gui.GuiOptions(db=str(blocker / "showroom.sqlite3")))
    # THEN the user is told, and nothing is created
    assert code == 2
    assert dialogs and str(blocker) in dialogs[0][1]
    assert blocker.read_text() == "x"


def test_cancelled_first_run_exits_without_saving(qapp, tmp_path, monkeypatch):
    # GIVEN a new database and a user who closes the welcome dialog
    from showroom_app.ui.first_run import FirstRunDialog

    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: FirstRunDialog.DialogCode.Rejected)
    path = tmp_path / "new.sqlite3"
    # WHEN the application starts
    code = gui.run_gui(gui.GuiOptions(db=str(path)))
    # THEN it ends normally and the dealership is still to be set up next time
    assert code == 0
    from showroom_app.db.engine import sqlite_url
    from showroom_app.services.database import open_database
    from showroom_app.services.settings import SettingsService

    db = open_database(sqlite_url(path))
    try:
        assert SettingsService(db).needs_first_run()
    finally:
        db.dispose()
