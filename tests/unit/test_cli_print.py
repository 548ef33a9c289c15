"""``showroom print profile PHONE_OR_ID --out FILE.pdf``, run in-process."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sample_archive import add_rich_customer

from showroom_app.cli import EXIT_OK, EXIT_PROBLEM, EXIT_STORAGE, main
from showroom_app.db.engine import sqlite_url
from showroom_app.services.container import build_services
from showroom_app.services.database import open_database


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, int]:
    """A demo database of 20 customers plus one with a complete archive (its id)."""
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--customers", "20", "--db", str(path)]) == EXIT_OK
    capsys.readouterr()
    db = open_database(sqlite_url(path))
    try:
        services = build_services(db)
        services.session.sign_in(services.settings.users()[0])
        customer = add_rich_customer(services, records=5)
    finally:
        db.dispose()
    return path, customer


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize("key", ["0955 123 456", "+886 955 123 456", "+886-955-123456", "id"])
def test_prints_the_profile_sheet_by_phone_or_id(
    demo_file, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
):
    db, customer = demo_file
    out = tmp_path / "sheet.pdf"
    key = str(customer) if key == "id" else key
    # WHEN the sheet is printed from the command line
    code = main(["print", "profile", key, "--out", str(out), "--db", str(db)])
    # THEN it exits 0 and prints the path; the PDF is the dealership's zh_TW sheet, ID masked
    captured = capsys.readouterr()
    assert code == EXIT_OK, captured.err
    assert captured.out.strip() == str(out)
    text = _text(out)
    assert "客戶檔案基本資料表" in text and "林志明" in text
    assert "A12****789" in text and "A123456789" not in text


def test_language_and_paper_options(demo_file, tmp_path: Path, capsys):
    db, customer = demo_file
    out = tmp_path / "en.pdf"
    args = ["print", "profile", str(customer), "--out", str(out), "--lang", "en"]
    assert main([*args, "--paper", "Letter", "--db", str(db)]) == EXIT_OK
    assert "Customerprofilesheet" in _text(out)
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize("key", ["999999", "0900 000 000", "nobody", "0"])
def test_an_unknown_customer_is_one_line_on_stderr_and_exit_1(
    demo_file, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
):
    db, _customer = demo_file
    out = tmp_path / "none.pdf"
    code = main(["print", "profile", key, "--out", str(out), "--db", str(db)])
    captured = capsys.readouterr()
    assert code == EXIT_PROBLEM
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("showroom: ")
    assert not out.exists()


def test_a_missing_database_is_a_storage_problem(tmp_path: Path, capsys):
    code = main(
        ["print", "profile", "1", "--out", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "no.db")]
    )
    assert code == EXIT_STORAGE
    assert capsys.readouterr().err.startswith("showroom: no database")


def test_an_unwritable_output_is_reported(demo_file, tmp_path: Path, capsys):
    db, customer = demo_file
    out = tmp_path / "missing-folder" / "sheet.pdf"
    code = main(["print", "profile", str(customer), "--out", str(out), "--db", str(db)])
    assert code == EXIT_PROBLEM
    assert "cannot write" in capsys.readouterr().err
