"""``showroom --self-test``: the headless smoke test CI also runs on the frozen build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from showroom_app import selftest
from showroom_app.cli import main

CHECK_NAMES = [c.name for c in selftest.CHECKS]


def _ok_names(out: str) -> list[str]:
    return [line.split()[1] for line in out.splitlines() if line.startswith("ok  ")]


def test_self_test_passes_in_process(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    # WHEN the self-test runs through the command line entry point
    code = main(["--self-test"])
    out = capsys.readouterr().out
    # THEN every check passed, in order, and the exit code says so
    assert code == 0, out
    assert _ok_names(out) == CHECK_NAMES
    assert "FAIL" not in out
    assert "self-test passed" in out
    # AND the user's data folder was never touched (it ran in a temporary home)
    assert list(isolated_home.iterdir()) == []
    assert os.environ["SHOWROOM_HOME"] == str(isolated_home)


def test_self_test_passes_as_a_process(isolated_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "showroom_app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert _ok_names(result.stdout) == CHECK_NAMES
    assert list(isolated_home.iterdir()) == []


def test_a_failing_check_fails_the_self_test(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the lookup check breaks
    def broken(state: selftest.SelfTestState) -> str | None:
        raise RuntimeError("the archive lost a customer")

    checks = [
        selftest.Check(c.name, broken, c.needs) if c.name == "lookup" else c
        for c in selftest.CHECKS
    ]
    monkeypatch.setattr(selftest, "CHECKS", tuple(checks))
    # WHEN the self-test runs
    code = main(["--self-test"])
    out = capsys.readouterr().out
    # THEN it says which check failed and why, the others still run, and the exit code is 1
    assert code != 0
    assert "FAIL lookup: RuntimeError: the archive lost a customer" in out
    assert _ok_names(out) == [n for n in CHECK_NAMES if n != "lookup"]
    assert "self-test FAILED" in out


def test_a_check_whose_prerequisite_failed_is_reported_not_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(state: selftest.SelfTestState) -> str | None:
        raise selftest.SelfTestFailure("no disk")

    checks = [
        selftest.Check("database", broken),
        selftest.Check("customers", lambda s: None, needs=("database",)),
    ]
    assert selftest.run_self_test(checks) == selftest.EXIT_FAILED
    out = capsys.readouterr().out
    assert "FAIL database: no disk" in out
    assert "FAIL customers: not run, needs database" in out
