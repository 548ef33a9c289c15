"""The layer contracts of STYLE.md §1, checked with import-linter on every test run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [exe, str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_contracts_would_catch_a_violation(tmp_path: Path):
    # GIVEN a copy of the package where the domain imports Qt
    copy = tmp_path / "showroom_app"
    shutil.copytree(
        ROOT / "showroom_app", copy, ignore=shutil.ignore_patterns("__pycache__", "resources")
    )
    (copy / "domain" / "leak.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    # WHEN the linter runs on it
    result = subprocess.run(
        [exe, str(tmp_path / "pyproject.toml")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    # THEN it fails
    assert result.returncode != 0
    assert "broken" in result.stdout


def test_start_up_revision_scan_agrees_with_alembic():
    # The start-up path reads revisions without importing Alembic; it must see what
    # Alembic sees.
    from alembic.script import ScriptDirectory

    from showroom_app.db.migrate import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
