"""Reading import files: encodings as Excel users make them, refusals, column mapping, dates.

A file the importer cannot read with certainty is refused with ``ImportFileError`` and
nothing is written; the tests check both halves.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from openpyxl import Workbook

from showroom_app.domain.enums import Region
from showroom_app.services.container import Services
from showroom_app.services.importexport import (
    EXPORT_FIELDS,
    HEADERS,
    ImportFileError,
    decode_text,
    parse_date,
    suggest_mapping,
)

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "showroom_app" / "resources" / "i18n"

TW_ROWS = [
    ("陳志明", "0912 345 678", "臺北市大安區復興南路一段 100 號", "週末再帶家人來看"),
    ("林美玲", "0922-333-444", "新北市板橋區文化路二段", "想要七人座，頭期兩成"),
    ("黃小姐", "+886 933 111 222", "", "試乘油電版，對油耗很滿意"),
]
CN_ROWS = [
    ("张伟", "+86 138 1234 5678", "上海市浦东新区张杨路", "周末再带家人来看"),
    ("王芳", "+86 139 8765 4321", "北京市朝阳区建国路", "试驾了混动版，对油耗很满意"),
    ("李娜", "+86 186 1111 2222", "", "希望月供越低越好"),
]


def _write_csv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]], enc: str) -> Path:
    text = ",".join(header) + "\r\n" + "".join(",".join(r) + "\r\n" for r in rows)
    path.write_bytes(text.encode(enc))
    return path


def _state(services: Services) -> list[tuple]:
    """Everything an import could touch, to compare before and after."""
    path = services.db.file
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        out = []
        for table in (
            "customers",
            "customer_phones",
            "owned_vehicles",
            "audit_log",
            "app_settings",
            "customer_search",
        ):
            out.append((table, conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()))
        return out
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("encoding", "header", "rows"),
    [
        ("utf-8-sig", ("姓名", "手機", "地址", "備註"), TW_ROWS),
        ("utf-8", ("姓名", "手機", "地址", "備註"), TW_ROWS),
        ("cp950", ("客戶姓名", "電話", "地址", "備註"), TW_ROWS),
        ("gb18030", ("客户姓名", "手机号码", "地址", "备注"), CN_ROWS),
    ],
)
def test_excel_encodings_import_with_the_right_names(
    demo_services: Services, tmp_path: Path, encoding: str, header, rows
):
    # GIVEN a file as Excel saves it in that encoding
    path = _write_csv(tmp_path / "customers.csv", header, rows, encoding)
    ie = demo_services.importexport
    # WHEN it is read and imported with the proposed mapping
    table = ie.read_table(path)
    mapping = ie.mapping_for(table.headers)
    assert mapping == {0: "name", 1: "phones", 2: "address", 3: "notes"}
    result = ie.import_rows(table, mapping)
    # THEN every name and note arrives exactly as written
    assert result.written and result.created == 3
    for name, _phone, address, note in rows:
        found = demo_services.customers.search(name)
        assert [r.name for r in found] == [name]
        detail = demo_services.customers.get(found[0].customer_id)
        assert (detail.address, detail.notes) == (address, note)


def test_big5_and_gb18030_are_told_apart_whatever_the_dealership_region():
    big5 = "姓名,電話\r\n陳志明,0912345678\r\n張家豪,0922333444\r\n".encode("cp950")
    gbk = "姓名,电话\r\n陈志明,0912345678\r\n张家豪,0922333444\r\n".encode("gb18030")
    for region in Region:
        assert decode_text(big5, region)[1] == "cp950"
        assert decode_text(gbk, region)[1] == "gb18030"
        assert decode_text(big5, region)[0].startswith("姓名,電話")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("姓名,電話\r\n陳志明,0912345678\r\n".encode("utf-16-le"), id="utf16-no-bom"),
        pytest.param(random.Random(7).randbytes(4096), id="random-bytes"),
        pytest.param(b"", id="empty"),
        pytest.param(b"\r\n \r\n", id="blank-lines"),
        pytest.param("陳志明,0912345678\r\n".encode(), id="no-header"),
        pytest.param("姓名,電話\r\n".encode(), id="header-only"),
    ],
)
def test_unreadable_files_are_refused_and_nothing_is_written(
    demo_services: Services, tmp_path: Path, content: bytes
):
    path = tmp_path / "customers.csv"
    path.write_bytes(content)
    before = _state(demo_services)
    with pytest.raises(ImportFileError) as caught:
        demo_services.importexport.read_table(path)
    assert caught.value.message  # a message for the user, translated by the UI
    assert _state(demo_services) == before


def test_a_file_without_a_phone_column_is_refused(demo_services: Services, tmp_path: Path):
    path = _write_csv(tmp_path / "c.csv", ("姓名", "地址"), [("陳志明", "臺北市")], "utf-8")
    ie = demo_services.importexport
    table = ie.read_table(path)
    before = _state(demo_services)
    for call in (ie.validate_rows, ie.import_rows):
        with pytest.raises(ImportFileError) as caught:
            call(table, ie.mapping_for(table.headers))
        assert "phone" in caught.value.message
    assert _state(demo_services) == before


def test_a_truncated_or_fake_spreadsheet_is_refused(demo_services: Services, tmp_path: Path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "電話"])
    for i in range(2000):
        sheet.append([f"客戶{i}", f"09{i:08d}"])
    whole = tmp_path / "whole.xlsx"
    workbook.save(whole)
    data = whole.read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    fake = tmp_path / "fake.xlsx"
    fake.write_text("姓名,電話\n陳志明,0912345678\n", encoding="utf-8")
    before = _state(demo_services)
    for path in (truncated, fake):
        with pytest.raises(ImportFileError) as caught:
            demo_services.importexport.read_table(path)
        assert "damaged" in caught.value.message
    assert _state(demo_services) == before
    # the whole file reads fine, numbers as Excel stores them included
    assert len(demo_services.importexport.read_table(whole).rows) == 2000


def test_other_file_types_are_refused_by_name(demo_services: Services, tmp_path: Path):
    path = tmp_path / "customers.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError) as caught:
        demo_services.importexport.read_table(path)
    assert caught.value.params == {"suffix": ".xls"}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["姓名", "手機", "地址", "車牌", "車身號碼", "車型", "生日", "備註"],
            ["name", "phones", "address", "plate", "vin", "vehicle_model", "birthday", "notes"],
        ),
        (
            ["客户姓名", "手机号码", "联系地址", "车牌号", "车架号", "车型", "出生日期", "备注"],
            ["name", "phones", "address", "plate", "vin", "vehicle_model", "birthday", "notes"],
        ),
        (
            ["Name", "Mobile", "Phone 2", "E-mail", "Remarks", "Licence plate", "VIN"],
            ["name", "phones", "phones", "email", "notes", "plate", "vin"],
        ),
        (
            ["名字", "電話1", "電話2", "客戶手機號碼(必填)", "Vehicle type", "來源"],
            ["name", "phones", "phones", "phones", None, None],
        ),
        (["姓名", "姓名", "電話"], ["name", None, "phones"]),
    ],
)
def test_headers_in_three_languages_are_recognised(headers, expected):
    mapping = suggest_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == expected


def test_every_translated_column_header_is_recognised_on_the_way_back():
    expected = {i: k for i, k in enumerate(EXPORT_FIELDS) if k not in ("id_type", "id_number")}
    # GIVEN the headers an export writes in each interface language
    for lang in ("zh_TW", "zh_CN"):
        tree = ET.parse(I18N / f"showroom_{lang}.ts")
        labels = {}
        for ctx in tree.getroot().iter("context"):
            if ctx.findtext("name") == "ImportFields":
                for msg in ctx.iter("message"):
                    labels[msg.findtext("source")] = msg.findtext("translation")
        headers = [labels[HEADERS[k]] for k in EXPORT_FIELDS]
        # THEN the importer maps each back to its field (masked ID numbers to nothing)
        assert suggest_mapping(headers) == expected, lang
    assert suggest_mapping([HEADERS[k] for k in EXPORT_FIELDS]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026-01-02",
        "2026/1/2",
        "2026.01.02",
        "115/01/02",
        "115-1-2",
        "民國115年1月2日",
        "2026年1月2日",
        "20260102",
        "２０２６／０１／０２",
        "2026-01-02 00:00:00",
    ],
)
def test_dates_in_the_formats_people_type(text):
    assert parse_date(text) == date(2026, 1, 2)


@pytest.mark.parametrize("text", ["2026-13-01", "02/01/2026", "tomorrow", "2026-02-30", "1/2"])
def test_impossible_dates_are_errors(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_excel_cells_and_unicode_text_files_read_as_people_typed_them(
    demo_services: Services, tmp_path: Path
):
    from datetime import datetime

    # GIVEN a workbook with a date cell and a phone Excel turned into a number (leading 0 lost)
    workbook = Workbook()
    workbook.active.append(["Name", "Mobile", "Birthday", "Odometer at delivery", "Model"])
    workbook.active.append(["Lee Ann", 912345678, datetime(1980, 5, 6), 12345.0, "RAV4"])
    xlsx = tmp_path / "c.xlsx"
    workbook.save(xlsx)
    # and Excel's "Unicode text": UTF-16 with a BOM, separated by tabs
    txt = tmp_path / "c.txt"
    txt.write_bytes("姓名\t手機\r\n陳志明\t0922 333 444\r\n".encode("utf-16"))
    ie = demo_services.importexport
    for path in (xlsx, txt):
        table = ie.read_table(path)
        assert ie.import_rows(table, ie.mapping_for(table.headers)).created == 1
    [row] = demo_services.customers.search("Lee Ann")
    detail = demo_services.customers.get(row.customer_id)
    assert (detail.phones, detail.birthday) == (("+886912345678",), date(1980, 5, 6))
    assert demo_services.archive.profile(row.customer_id).vehicles[0].odometer_at_delivery == 12345
    assert demo_services.customers.search("陳志明")[0].phone_e164 == "+886922333444"


def test_a_mapping_must_name_the_name_and_phone_columns_once(demo_services: Services, tmp_path):
    path = _write_csv(tmp_path / "c.csv", ("A", "B", "C"), [("陳", "0912345678", "x")], "utf-8")
    ie = demo_services.importexport
    table = ie.read_table(path)
    with pytest.raises(ImportFileError) as caught:
        ie.validate_rows(table, {1: "phones"})
    assert caught.value.message == "Choose the column that holds the names."
    with pytest.raises(ImportFileError) as caught:
        ie.validate_rows(table, {0: "name", 1: "phones", 2: "name"})
    assert caught.value.params == {"columns": '"A", "C"'}
