"""Customer import and export at the service layer: round trips, all-or-nothing, duplicates,
cancel, formula injection, visibility, PIN and the audit log."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, insert, select

from showroom_app.db.engine import sqlite_url
from showroom_app.db.models import (
    AuditEntry,
    Customer,
    CustomerPhone,
    OwnedVehicle,
    User,
    VehicleModel,
)
from showroom_app.domain.archive import CHANNELS, DESIRED_SERVICES
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import Region, Role
from showroom_app.domain.errors import PermissionDenied
from showroom_app.domain.records import UserInfo
from showroom_app.domain.validators import make_vin
from showroom_app.services.container import Services, build_services
from showroom_app.services.database import open_database
from showroom_app.services.demo import create_demo_data, demo_phone
from showroom_app.services.importexport import EXPORT_FIELDS, ImportTable
from showroom_app.services.session import ReauthenticationRequired

NOTES = [
    'Wants a 7-seater, "soon"; call after 6 pm',
    '第一行\n第二行，有逗號, and "quotes"\n😀🚗 emoji',
    "‏مرحبا RTL mark and <b>&amp;</b>",
    "=SUM(A1)",
    "+1",
    "-2",
    "@x",
    "trailing space ",
    "",
]
NAMES = ["陳志明", "王美玲", "張家豪", "黃", "Lee Ann", "歐陽靜", "李四😀", "林經緯"]


def _state(services: Services) -> list[tuple]:
    conn = sqlite3.connect(services.db.file)
    try:
        return [
            (t, conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall())
            for t in (
                "customers",
                "customer_phones",
                "owned_vehicles",
                "audit_log",
                "app_settings",
                "customer_search",
            )
        ]
    finally:
        conn.close()


def _customer_count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)))


def _table(rows: list[list[str]], headers: list[str] | None = None) -> ImportTable:
    headers = headers or ["姓名", "手機", "地址", "車型", "車牌", "車身號碼", "備註"]
    return ImportTable(
        "t.csv",
        "csv",
        "utf-8",
        tuple(headers),
        tuple((i + 2, tuple(r)) for i, r in enumerate(rows)),
    )


def _add_user(services: Services, name: str, role: Role) -> UserInfo:
    with services.db.write() as s:
        row = User(name=name, role=role.value, active=True, created_at=datetime.now())
        s.add(row)
        s.flush()
        return UserInfo(row.id, row.name, role)


def _seed_full_customers(services: Services, count: int) -> None:
    """``count`` customers with every archive field filled in, written straight to the DB."""
    rng = random.Random(11)
    users = [u.id for u in services.settings.users()] + [None]
    now = datetime(2026, 11, 20, 9, 30, 15)
    with services.db.write() as s:
        models = list(s.scalars(select(VehicleModel.id)))
        for i in range(count):
            given = rng.random() < 0.5
            customer_id = s.execute(
                insert(Customer).values(
                    kind=rng.choice(["person", "company"]),
                    name=rng.choice(NAMES) + str(i),
                    salutation=rng.choice(["mr", "ms", "mrs", "none"]),
                    address=rng.choice(["臺北市大安區, 3F", 'No. 5, "Lane" 2', ""]),
                    birthday=date(1960, 1, 1) + timedelta(days=rng.randint(0, 15000))
                    if rng.random() < 0.7
                    else None,
                    messaging_id=rng.choice(["line:abc", "wx_123", ""]),
                    notes=rng.choice(NOTES),
                    assigned_user_id=rng.choice(users),
                    consent_marketing=given,
                    consent_marketing_at=now - timedelta(days=i) if given else None,
                    consent_photo=not given,
                    consent_photo_at=now if not given else None,
                    id_type="national_id" if i % 3 == 0 else "",
                    id_number="A123456789" if i % 3 == 0 else "",
                    email=f"user{i}@example.com" if i % 2 else "",
                    preferred_channel=rng.choice(CHANNELS),
                    best_time=rng.choice(["晚上", "weekday 9-12", ""]),
                    service_advisor=rng.choice(["王小華", ""]),
                    insurance_company=rng.choice(["富邦產險", "國泰", ""]),
                    insurance_expiry=date(2027, 1, 1) + timedelta(days=i) if i % 4 else None,
                    desired_services=rng.sample(DESIRED_SERVICES, rng.randint(0, 3)),
                    desired_services_note=rng.choice(["週末方便", "", "pick up at 8, please"]),
                    created_at=now - timedelta(days=i, minutes=i),
                    updated_at=now,
                    version_id=1,
                )
            ).inserted_primary_key[0]
            phones = [demo_phone(Region.TW, 50_000 + i)]
            if i % 5 == 0:
                phones.append(f"+8862{27000000 + i}")  # a Taipei landline as second number
            for n, e164 in enumerate(phones):
                s.add(
                    CustomerPhone(
                        customer_id=customer_id,
                        e164=e164,
                        digits=e164[1:],
                        is_mobile=n == 0,
                        is_primary=n == 0,
                    )
                )
            if i % 3:
                s.add(
                    OwnedVehicle(
                        customer_id=customer_id,
                        model_id=rng.choice(models) if i % 2 else None,
                        model_text="" if i % 2 else "Corolla 舊車",
                        plate=f"ABC-{i:04d}",
                        vin=make_vin("JTMW1RFV0KD", f"{i:06d}") if i % 6 else "",
                        delivery_date=date(2024, 1, 1) + timedelta(days=i),
                        odometer_at_delivery=i % 50,
                        maintenance_items=[],
                        created_at=now,
                        updated_at=now,
                    )
                )


def _rows_of(path: Path) -> list[list[str]]:
    if path.suffix == ".xlsx":
        workbook = load_workbook(path, read_only=True)
        rows = [
            ["" if v is None else str(v) for v in r]
            for r in workbook.active.iter_rows(values_only=True)
        ]
        workbook.close()
        return rows
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def empty_twin(tmp_path: Path):
    """A second database with the same catalogue and staff but no customers."""
    db = open_database(sqlite_url(tmp_path / "twin.sqlite3"))
    create_demo_data(db, 0, region=Region.TW)
    services = build_services(db)
    services.session.sign_in(services.settings.users()[0])
    yield services
    db.dispose()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_of_1000_customers_keeps_every_field(
    demo_services: Services, empty_twin: Services, tmp_path: Path, fmt: str
):
    # GIVEN 1,000 customers with every field filled in (CJK, emoji, commas, quotes, newlines)
    _seed_full_customers(demo_services, 1000)
    first = tmp_path / f"first.{fmt}"
    # WHEN exported, imported into an empty database and exported again
    exported = demo_services.importexport.export_customers(first, fmt)
    assert exported == 1300  # the 300 demo customers too
    ie = empty_twin.importexport
    table = ie.read_table(first)
    result = ie.import_rows(table, ie.mapping_for(table.headers), leave_unassigned=True)
    assert result.report.ok, result.report.rejected[:3]
    assert (result.created, result.merged, result.skipped) == (1300, 0, 0)
    second = tmp_path / f"second.{fmt}"
    empty_twin.importexport.export_customers(second, fmt)
    # THEN both exports hold the same rows, field for field (ID numbers are only ever
    # exported masked, so they do not come back)
    masked = [EXPORT_FIELDS.index("id_type"), EXPORT_FIELDS.index("id_number")]

    def comparable(path: Path) -> list[tuple[str, ...]]:
        rows = _rows_of(path)
        assert rows[0] == _rows_of(first)[0]
        return sorted(tuple(v for i, v in enumerate(r) if i not in masked) for r in rows[1:])

    assert comparable(first) == comparable(second)
    # and the stored values are the original strings, not their spreadsheet escapes
    for note in NOTES[1:8]:
        with empty_twin.db.read() as s:
            assert s.scalar(select(func.count()).where(Customer.notes == note)) > 0, note
    assert "A12****789" in {r[masked[1]] for r in _rows_of(first)}


def test_one_invalid_row_imports_nothing_and_is_named(demo_services: Services):
    # GIVEN three rows, the third with a phone number that cannot exist
    table = _table(
        [
            ["林志明", "0955123456", "", "", "", "", ""],
            ["王大同", "0955123457", "", "RAV4", "ABC-9999", "", ""],
            ["張三", "12345", "", "", "", "", ""],
        ]
    )
    before = _state(demo_services)
    ie = demo_services.importexport
    # WHEN it is imported
    result = ie.import_rows(table, ie.mapping_for(table.headers))
    # THEN nothing is written, and the report names row 4 (row 1 is the header), the column
    # and the reason
    assert not result.written and result.created == 0
    assert _state(demo_services) == before
    [problem] = result.report.rejected
    assert (problem.row, problem.column, problem.field) == (4, "手機", "phones")
    assert problem.code == "invalid_phone" and "valid phone number" in problem.message
    assert ie.validate_rows(table, ie.mapping_for(table.headers)).rejected == (problem,)


def test_every_kind_of_bad_value_is_reported_with_its_column(demo_services: Services):
    headers = ["姓名", "電話", "生日", "交車里程", "行銷同意", "VIN", "Email", "車型"]
    table = _table(
        [
            ["", "0955123456", "", "", "", "", "", ""],
            ["A", "0955123457", "2026-02-30", "", "", "", "", ""],
            ["B", "0955123458", "", "12,5 km", "", "", "", "X"],
            ["C", "0955123459", "", "", "maybe", "", "", ""],
            ["D", "0955123460", "", "", "", "1M8GDM9AXKP04278", "", "X"],
            ["E", "0955123461", "", "", "", "", "not-an-email", ""],
            ["F", "0955123462", "", "", "", "", "", "", ""],
            ["G", "0955123463", "", "", "", "ABC", "", ""],
        ],
        headers,
    )
    fields = [
        "name",
        "phones",
        "birthday",
        "odometer",
        "consent_marketing",
        "vin",
        "email",
        "vehicle_model",
    ]
    report = demo_services.importexport.validate_rows(table, dict(enumerate(fields)))
    found = {(p.row, p.column, p.code) for p in report.rejected}
    assert found == {
        (2, "姓名", "required"),
        (3, "生日", "date"),
        (4, "交車里程", "number"),
        (5, "行銷同意", "yes_no"),
        (6, "VIN", "vin_length"),
        (7, "Email", "invalid_email"),
        (9, "VIN", "vin_length"),
        (9, "車型", "required"),  # a vehicle needs its model
    }


def _existing(services: Services, phone: str, **kw) -> int:
    return services.customers.create(CustomerForm(name="陳舊客", phones=(phone,), **kw))


@pytest.mark.parametrize("choice", ["merge", "skip"])
def test_duplicates_by_phone_are_merged_or_skipped_as_chosen(demo_services: Services, choice):
    # GIVEN a customer already on file with no address, and a file naming the same phone
    old = _existing(demo_services, "0955 000 111")
    table = _table(
        [
            ["陳新名", "0955000111;0955000222", "新地址", "RAV4", "XYZ-0001", "", "來電詢價"],
            ["陳新名", "0955000222", "", "", "", "", "第二列"],  # same person, later row
            ["新客戶", "0955000333", "", "", "", "", ""],
            ["新客戶", "0955000333", "地址二", "", "", "", ""],  # a duplicate within the file
        ]
    )
    ie = demo_services.importexport
    report = ie.validate_rows(table, ie.mapping_for(table.headers), choice)
    assert [(d.row, d.customer_id, d.first_row) for d in report.duplicates] == [
        (2, old, None),
        (3, old, 2),
        (5, None, 4),
    ]
    # WHEN imported with that choice
    result = ie.import_rows(table, ie.mapping_for(table.headers), choice)
    detail = demo_services.customers.get(old)
    new = demo_services.customers.search("新客戶")
    assert len(new) == 1
    if choice == "merge":
        # THEN the existing customer keeps its name and gains the address, number and car
        assert (result.created, result.merged, result.skipped) == (1, 2, 0)
        assert detail.name == "陳舊客" and detail.address == "新地址"
        assert detail.phones == ("+886955000111", "+886955000222")
        assert detail.notes == "來電詢價"
        profile = demo_services.archive.profile(old)
        assert [v.plate for v in profile.vehicles] == ["XYZ-0001"]
        assert demo_services.customers.search("XYZ")[0].customer_id == old
        assert demo_services.customers.get(new[0].customer_id).address == "地址二"
    else:
        # THEN the existing customer is untouched and the repeated rows are left out
        assert (result.created, result.merged, result.skipped) == (1, 0, 3)
        assert detail.address == "" and detail.phones == ("+886955000111",)
        assert demo_services.customers.get(new[0].customer_id).address == ""


def test_another_salespersons_customer_is_never_changed(demo_services: Services):
    manager = demo_services.session.user
    alice = _add_user(demo_services, "Alice", Role.SALESPERSON)
    bob = _add_user(demo_services, "Bob", Role.SALESPERSON)
    demo_services.session.sign_in(bob)
    bobs = _existing(demo_services, "0955 000 777")
    demo_services.session.sign_in(alice)
    table = _table(
        [
            ["Alice's", "0955000777", "新地址", "", "", "", ""],
            ["Alice new", "0955000778", "", "", "", "", ""],
        ]
    )
    result = demo_services.importexport.import_rows(table, {0: "name", 1: "phones", 2: "address"})
    assert (result.created, result.merged, result.skipped) == (1, 0, 1)
    assert [d.visible for d in result.report.duplicates] == [False]
    demo_services.session.sign_in(manager)
    assert demo_services.customers.get(bobs).address == ""
    # the new one is Alice's
    [row] = demo_services.customers.search("Alice new")
    assert demo_services.customers.get(row.customer_id).assigned_user_id == alice.id


def test_cancel_in_the_middle_leaves_the_database_exactly_as_before(demo_services: Services):
    # GIVEN 5,000 valid rows (three write batches)
    rows = [
        [f"客戶{i}", demo_phone(Region.TW, 90_000 + i), "", "RAV4", f"KLM-{i:04d}", "", ""]
        for i in range(5000)
    ]
    table = _table(rows)
    before = _state(demo_services)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    # WHEN the user cancels once the first batch has been written
    result = demo_services.importexport.import_rows(
        table,
        demo_services.importexport.mapping_for(table.headers),
        progress=progress,
        cancelled=lambda: bool(seen) and seen[-1] > 5000,
    )
    # THEN the import says so and every table is as it was
    assert result.cancelled and not result.written
    assert max(seen) > 5000  # rows had been written before the cancel
    assert _state(demo_services) == before

    # the same when the progress callback itself raises (a background task being cancelled)
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done > 7000:
            raise Stop

    with pytest.raises(Stop):
        demo_services.importexport.import_rows(
            table, demo_services.importexport.mapping_for(table.headers), progress=stop
        )
    assert _state(demo_services) == before


def test_imported_customers_belong_to_the_importer_and_are_searchable(demo_services: Services):
    alice = _add_user(demo_services, "Alice", Role.SALESPERSON)
    demo_services.session.sign_in(alice)
    vin = make_vin("JTMW1RFV0KD", "424242")
    table = _table([["歐陽娜娜", "0955 424 242", "", "Corolla", "QQQ-4242", vin, ""]])
    result = demo_services.importexport.import_rows(
        table, demo_services.importexport.mapping_for(table.headers), leave_unassigned=True
    )
    assert result.created == 1 and result.vehicles == 1
    for query in ("歐陽", "欧阳", "955424", "QQQ", vin[-6:]):
        [row] = demo_services.customers.search(query)
        assert row.name == "歐陽娜娜", query
    # a salesperson cannot leave them unassigned: they are hers
    assert demo_services.customers.get(row.customer_id).assigned_user_id == alice.id


def test_a_manager_may_leave_customers_unassigned_or_name_the_consultant(demo_services):
    table = _table(
        [["甲", "0955100001", "王美玲"], ["乙", "0955100002", ""], ["丙", "0955100003", "Nobody"]],
        ["姓名", "手機", "銷售顧問"],
    )
    ie = demo_services.importexport
    mapping = ie.mapping_for(table.headers)
    assert mapping == {0: "name", 1: "phones", 2: "salesperson"}
    report = ie.validate_rows(table, mapping)
    assert [(p.row, p.code, p.params) for p in report.rejected] == [
        (4, "unknown_user", {"user": "Nobody"})
    ]
    table = _table(list(list(r) for _n, r in table.rows[:2]), list(table.headers))
    ie.import_rows(table, mapping, leave_unassigned=True)
    owners = {
        r.name: demo_services.customers.get(r.customer_id).assigned_user_id
        for r in demo_services.customers.search("0955100")
    }
    wang = next(u.id for u in demo_services.settings.users() if u.name == "王美玲")
    assert owners == {"甲": wang, "乙": None}


def test_the_confirmed_mapping_is_proposed_next_time(demo_services: Services):
    table = _table([["陳", "0955200001", "someone's note"]], ["客人", "聯繫號", "X"])
    ie = demo_services.importexport
    assert ie.mapping_for(table.headers) == {}
    ie.import_rows(table, {0: "name", 1: "phones", 2: "notes"})
    assert ie.mapping_for(table.headers) == {0: "name", 1: "phones", 2: "notes"}
    assert ie.mapping_for(["客人", "聯繫號"]) == {}  # another layout: not this mapping


def test_a_dry_run_reports_the_counts_and_writes_nothing(demo_services: Services):
    old = _existing(demo_services, "0955 300 001")
    table = _table(
        [
            ["甲", "0955300001", "", "RAV4", "DRY-0001", "", ""],
            ["乙", "0955300002", "", "", "", "", ""],
        ]
    )
    before = _state(demo_services)
    result = demo_services.importexport.import_rows(
        table, demo_services.importexport.mapping_for(table.headers), dry_run=True
    )
    assert result.dry_run and not result.written
    assert (result.created, result.merged, result.vehicles) == (1, 1, 1)
    assert result.report.duplicates[0].customer_id == old
    assert _state(demo_services) == before


# -- export ------------------------------------------------------------------------------------


def test_export_neutralises_formulas_and_quotes_per_rfc_4180(demo_services: Services, tmp_path):
    # GIVEN customers whose fields start like spreadsheet formulas
    values = {"=SUM(A1)": "notes", "+1": "address", "-2": "messaging_id", "@x": "notes"}
    for i, (text, field) in enumerate(values.items()):
        demo_services.customers.create(
            CustomerForm(name=f"公式{i}", phones=(f"0955 400 00{i}",), **{field: text})
        )
    demo_services.customers.create(
        CustomerForm(name="引號", phones=("0955 400 009",), notes='a, "b"\nc')
    )
    # WHEN exported as CSV and XLSX
    out = io.BytesIO()
    assert demo_services.importexport.export_customers(out, "csv", "公式") == 4
    raw = out.getvalue()
    xlsx = tmp_path / "f.xlsx"
    demo_services.importexport.export_customers(xlsx, "xlsx", "公式")
    # THEN each such cell starts with ' (text in Excel), in CSV and in XLSX string cells
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    cells = {c for r in rows[1:] for c in r}
    assert {"'=SUM(A1)", "'+1", "'-2", "'@x"} <= cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert all(c.startswith("'+886") for c in (r[3] for r in rows[1:]))
    workbook = load_workbook(xlsx)
    sheet = workbook.active
    types = {c.data_type for row in sheet.iter_rows() for c in row if c.value is not None}
    assert types == {"s"}
    xcells = {c.value for row in sheet.iter_rows(min_row=2) for c in row}
    assert {"'=SUM(A1)", "'+1", "'-2", "'@x"} <= xcells
    # RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled
    out = io.BytesIO()
    demo_services.importexport.export_customers(out, "csv", "引號")
    assert b'"a, ""b""\nc"' in out.getvalue()


def test_export_shows_what_the_list_shows(demo_services: Services, tmp_path: Path):
    # the search query
    out = io.BytesIO()
    n = demo_services.importexport.export_customers(out, "csv", "陳")
    listed = demo_services.customers.page(0, 10_000, "陳")
    assert n == len(listed) > 0
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"))))[1:]
    assert [r[0] for r in rows] == [r.name for r in listed]  # same order: newest first
    # a salesperson sees their own and unassigned customers only
    seller = demo_services.settings.users()[1]
    demo_services.session.sign_in(seller)
    out = io.BytesIO()
    n = demo_services.importexport.export_customers(out, "csv")
    assert n == demo_services.customers.count() < 300
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"))))[1:]
    assert {r[20] for r in rows} <= {seller.name, ""}
    assert [r[3].lstrip("'").split(";")[0] for r in rows] == [
        r.phone_e164 for r in demo_services.customers.page(0, 10_000)
    ]


def test_export_needs_a_fresh_pin_and_writes_nothing_without_it(demo_services, tmp_path):
    demo_services.session.authenticated_at = datetime.now() - timedelta(hours=1)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    audits = len(_audit(demo_services))
    with pytest.raises(ReauthenticationRequired):
        demo_services.importexport.export_customers(target, "csv")
    assert list(folder.iterdir()) == []  # not even a partial file
    assert len(_audit(demo_services)) == audits
    demo_services.session.confirm_pin()
    assert demo_services.importexport.export_customers(target, "csv") == 300
    demo_services.session.sign_out()
    with pytest.raises(PermissionDenied):
        demo_services.importexport.export_customers(target, "csv")


def _audit(services: Services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_audit_entries_count_without_personal_data(demo_services: Services, tmp_path: Path):
    table = _table([["機密姓名", "0955 777 001", "機密地址", "", "", "", "機密備註"]])
    demo_services.importexport.import_rows(
        table, demo_services.importexport.mapping_for(table.headers)
    )
    target = tmp_path / "x.csv"
    demo_services.importexport.export_customers(target, "csv", "機密")
    entries = [e for e in _audit(demo_services) if e.entity in ("import", "customers")]
    assert [(e.action, e.entity) for e in entries] == [
        ("create", "import"),
        ("export", "customers"),
    ]
    imported, exported = (json.loads(e.detail) for e in entries)
    assert imported == {
        "format": "csv",
        "rows": 1,
        "created": 1,
        "merged": 0,
        "skipped": 0,
        "vehicles": 0,
        "duplicates": "merge",
    }
    assert exported == {
        "format": "csv",
        "rows": 1,
        "query_given": True,
        "filter_given": False,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
    }
    everything = " ".join(
        f"{e.field} {e.old_value} {e.new_value} {e.detail}" for e in _audit(demo_services)
    )
    for secret in ("機密", "955777001", "0955"):
        assert secret not in everything
