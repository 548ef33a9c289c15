"""``showroom customers import|export``: exit codes, the printed report, dry runs."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from showroom_app.cli import EXIT_OK, EXIT_PROBLEM, EXIT_STORAGE, main


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _snapshot(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in ("customers", "customer_phones", "owned_vehicles", "audit_log")
        ]
    finally:
        conn.close()


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--customers", "50", "--db", str(path)]) == EXIT_OK
    capsys.readouterr()
    return path


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["姓名", "手機", "車牌", "車型", "備註"], *rows])
    return path


def test_a_clean_file_imports_and_exits_0(demo_file, tmp_path, capsys):
    source = _csv(
        tmp_path / "in.csv",
        [["陳一", "0955 600 001", "ABC-6001", "RAV4", "a, b"], ["陳二", "0955600002", "", "", ""]],
    )
    code = main(["customers", "import", str(source), "--db", str(demo_file)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "2 new customers" in out and "姓名 -> name" in out
    assert _count(demo_file, "SELECT count(*) FROM customers") == 52
    assert _count(demo_file, "SELECT count(*) FROM owned_vehicles") == 1
    # the command acts as the administrator: the new customers are theirs
    assert (
        _count(
            demo_file,
            "SELECT count(*) FROM customers c JOIN users u "
            "ON u.id = c.assigned_user_id WHERE u.role = 'administrator'",
        )
        == 2
    )


def test_rejected_rows_are_printed_and_exit_1_with_nothing_written(demo_file, tmp_path, capsys):
    source = _csv(
        tmp_path / "in.csv",
        [
            ["陳一", "0955600001", "", "", ""],
            ["", "0955600002", "", "", ""],
            ["陳三", "123", "", "", ""],
        ],
    )
    before = _snapshot(demo_file)
    code = main(["customers", "import", str(source), "--db", str(demo_file)])
    out = capsys.readouterr().out
    assert code == EXIT_PROBLEM
    assert "row 3, column 姓名: Enter a name" in out
    assert "row 4, column 手機: Enter a valid phone number" in out
    assert "2 of 3 rows rejected; nothing was imported" in out
    assert _snapshot(demo_file) == before


def test_a_dry_run_reports_and_writes_nothing(demo_file, tmp_path, capsys):
    source = _csv(tmp_path / "in.csv", [["陳一", "0955600001", "", "", ""]])
    before = _snapshot(demo_file)
    code = main(["customers", "import", str(source), "--dry-run", "--db", str(demo_file)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "1 new customers" in out and "dry run: nothing was written" in out
    assert _snapshot(demo_file) == before
    # a dry run with a bad row still says which and exits 1
    bad = _csv(tmp_path / "bad.csv", [["陳一", "x", "", "", ""]])
    assert main(["customers", "import", str(bad), "--dry-run", "--db", str(demo_file)]) == 1


def test_duplicates_are_merged_or_skipped_from_the_command_line(demo_file, tmp_path, capsys):
    source = _csv(tmp_path / "in.csv", [["陳一", "0955600001", "", "", "first"]])
    assert main(["customers", "import", str(source), "--db", str(demo_file)]) == EXIT_OK
    again = _csv(tmp_path / "again.csv", [["陳一", "0955600001", "KLM-0001", "RAV4", "x"]])
    capsys.readouterr()
    assert (
        main(["customers", "import", str(again), "--duplicates", "skip", "--db", str(demo_file)])
        == EXIT_OK
    )
    assert "skipped" in capsys.readouterr().out
    assert _count(demo_file, "SELECT count(*) FROM owned_vehicles") == 0
    assert main(["customers", "import", str(again), "--db", str(demo_file)]) == EXIT_OK
    assert "merged" in capsys.readouterr().out
    assert _count(demo_file, "SELECT count(*) FROM customers") == 51
    assert _count(demo_file, "SELECT count(*) FROM owned_vehicles") == 1


def test_a_refused_file_is_one_line_and_exit_1(demo_file, tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_bytes("姓名,電話\n陳,0955600001\n".encode("utf-16-le"))
    assert main(["customers", "import", str(source), "--db", str(demo_file)]) == EXIT_PROBLEM
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "showroom: The file is not UTF-8, Big5 or GB18030 text. Save it from "
        'Excel as "CSV UTF-8" and try again.'
    ]


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_export_writes_the_file_and_honours_the_query(demo_file, tmp_path, capsys, name):
    target = tmp_path / name
    assert main(["customers", "export", str(target), "--db", str(demo_file)]) == EXIT_OK
    assert "50 customers exported" in capsys.readouterr().out
    if name.endswith(".xlsx"):
        rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    else:
        with open(target, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    assert len(rows) == 51 and rows[0][0] == "Name"
    first_name = rows[1][0]
    assert (
        main(
            [
                "customers",
                "export",
                str(target),
                "--query",
                first_name,
                "--format",
                "csv",
                "--db",
                str(demo_file),
            ]
        )
        == EXIT_OK
    )
    out = capsys.readouterr().out
    assert int(out.split()[0]) < 50
    assert _count(demo_file, "SELECT count(*) FROM audit_log WHERE action = 'export'") == 2


def test_no_database_is_exit_2(tmp_path, capsys):
    code = main(
        ["customers", "export", str(tmp_path / "x.csv"), "--db", str(tmp_path / "missing.sqlite3")]
    )
    assert code == EXIT_STORAGE
    assert not (tmp_path / "missing.sqlite3").exists()


def test_export_to_a_missing_folder_is_one_line_and_exit_1(demo_file, tmp_path, capsys):
    target = tmp_path / "no-such-folder" / "x.csv"
    assert main(["customers", "export", str(target), "--db", str(demo_file)]) == EXIT_PROBLEM
    assert capsys.readouterr().err.startswith(f"showroom: {target} cannot be written")
    assert _count(demo_file, "SELECT count(*) FROM audit_log WHERE action = 'export'") == 0
