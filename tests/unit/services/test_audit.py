"""The audit log: append-only in the database, hash-chained, filterable and exportable.

Tampering is simulated the way an attacker with the database file would do it: a raw
``sqlite3`` connection that first drops the append-only triggers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from testdata import DEMO_TODAY

from showroom_app.db.models import AuditEntry, User
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import PermissionDenied
from showroom_app.domain.records import AuditFilter, AuditRow, ChainReport, UserInfo
from showroom_app.services.audit import GENESIS, Action, AuditLog, entry_hash
from showroom_app.services.audit_view import CSV_COLUMNS, UTF8_BOM, AuditService, safe_cell
from showroom_app.services.container import Services
from showroom_app.services.session import system_session

# -- fixtures ----------------------------------------------------------------------------------


class Clock:
    """A settable clock for the log: each entry is written at ``now``."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _add_user(services: Services, name: str, role: Role) -> UserInfo:
    with services.db.write() as s:
        user = User(name=name, role=role.value, active=True, created_at=datetime(2026, 1, 5))
        s.add(user)
        s.flush()
        return UserInfo(user.id, user.name, role)


class AuditWorld:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.manager = _add_user(services, "陳經理", Role.MANAGER)
        self.sales = _add_user(services, "林小美", Role.SALESPERSON)
        self.other_sales = _add_user(services, "Wang Da-wei", Role.SALESPERSON)
        self.clock = Clock(datetime(2026, 11, 1, 9, 0))
        self.log = AuditLog(clock=self.clock)
        services.session.sign_in(self.manager)

    @property
    def view(self) -> AuditService:
        return self.services.audit_view

    def add(
        self, at: datetime, actor: UserInfo | None, action: str, entity: str = "", **kw: object
    ) -> int:
        self.clock.now = at
        entity_id = kw.pop("entity_id", None)
        with self.services.db.write() as s:
            entry = self.log.record(s, actor, action, entity, entity_id, **kw)
            return entry.id

    def entries(self) -> list[AuditEntry]:
        with self.services.db.read() as s:
            return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


@pytest.fixture
def world(services: Services) -> AuditWorld:
    return AuditWorld(services)


@pytest.fixture
def showroom_week(world: AuditWorld) -> dict[str, int]:
    """A week in the showroom around DEMO_TODAY (Sunday 2026-11-29), entry ids by name."""
    m, s, o = world.manager, world.sales, world.other_sales
    d = datetime
    ids = {
        "old_print_42": world.add(
            d(2026, 11, 20, 10, 0), m, Action.PRINT, "customer", entity_id=42,
            detail={"document": "customer_profile", "id_number": "masked"},
        ),
        "print_42_mon": world.add(
            d(2026, 11, 23, 0, 0), s, Action.PRINT, "customer", entity_id=42,
            detail={"document": "quotation", "id_number": "masked"},
        ),
        "print_7": world.add(
            d(2026, 11, 25, 15, 0), o, Action.PRINT, "customer", entity_id=7,
            detail={"document": "quotation"},
        ),
        "export_42": world.add(
            d(2026, 11, 26, 11, 0), m, Action.EXPORT, "customer", entity_id=42,
            detail={"format": "json"},
        ),
        "print_42_fri": world.add(
            d(2026, 11, 27, 16, 30), s, Action.PRINT, "customer", entity_id=42,
            detail={"document": "contract", "id_number": "full"},
        ),
        "setting": world.add(
            d(2026, 11, 28, 12, 0), m, Action.UPDATE, "setting",
            field="idle_lock_minutes", old="10", new="5",
        ),
        "print_42_sun_late": world.add(
            d(2026, 11, 29, 23, 59, 59, 999999), o, Action.PRINT, "customer", entity_id=42,
        ),
        "sign_in": world.add(
            d(2026, 11, 30, 0, 0), s, Action.SIGN_IN, "user", entity_id=s.id,
        ),
        "failed": world.add(
            d(2026, 11, 30, 8, 5), None, Action.SIGN_IN_FAILED, "user", entity_id=o.id,
            detail={"reason": "Wrong PIN"},
        ),
    }  # fmt: skip
    return ids


def _ids(rows: list[AuditRow]) -> list[int]:
    return [r.entry_id for r in rows]


@pytest.fixture
def raw(db_path: Path) -> Iterator[Callable[..., None]]:
    """Run SQL on the database file behind the application's back, triggers dropped."""
    con = sqlite3.connect(db_path, isolation_level=None)

    def run(*statements: str) -> None:
        con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        con.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for sql in statements:
            con.execute(sql)

    yield run
    con.close()


# -- writing: the chain and the append-only table ----------------------------------------------


def test_entries_are_chained_from_genesis_inside_their_transactions(world: AuditWorld) -> None:
    # GIVEN an empty log
    assert world.entries() == []
    # WHEN three use cases write entries, and a fourth fails and rolls back
    first = world.add(
        datetime(2026, 11, 2, 9), world.manager, Action.CREATE, "customer", entity_id=1
    )
    world.add(datetime(2026, 11, 2, 10), world.sales, Action.PRINT, "customer", entity_id=1)
    with pytest.raises(RuntimeError), world.services.db.write() as s:
        world.log.record(s, world.sales, Action.DELETE, "customer", 1)
        raise RuntimeError("the use case failed after logging")
    world.add(datetime(2026, 11, 2, 11), None, Action.SIGN_IN_FAILED, "user", entity_id=2)

    # THEN only the committed entries are there, the first links to GENESIS, each next one
    # to the hash of the one before, and each hash covers the entry's contents
    entries = world.entries()
    assert [e.action for e in entries] == ["create", "print", "sign_in_failed"]
    assert entries[0].id == first and entries[0].prev_hash == GENESIS
    for before, entry in itertools.pairwise(entries):
        assert entry.prev_hash == before.hash
    for e in entries:
        assert e.hash == entry_hash(
            e.prev_hash, e.at, e.user_id, e.user_name, e.action, e.entity, e.entity_id,
            e.field, e.old_value, e.new_value, e.detail,
        )  # fmt: skip
    assert world.view.verify_chain() == ChainReport(True, 3)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET new_value = 'forged' WHERE id = 1",
        "UPDATE audit_log SET user_name = 'someone else'",
        "DELETE FROM audit_log WHERE id = 1",
        "DELETE FROM audit_log",
    ],
)
def test_the_database_refuses_to_change_or_remove_entries(world: AuditWorld, sql: str) -> None:
    # GIVEN a logged entry
    world.add(datetime(2026, 11, 2, 9), world.manager, Action.UPDATE, "setting", field="x", new="1")
    before = [(e.id, e.new_value, e.user_name, e.hash) for e in world.entries()]
    # WHEN anybody runs UPDATE or DELETE through the application's engine
    with pytest.raises(DBAPIError, match="append-only"), world.services.db.engine.begin() as c:
        c.execute(text(sql))
    # THEN the database refused it and the entry is unchanged
    assert [(e.id, e.new_value, e.user_name, e.hash) for e in world.entries()] == before


def test_a_raw_connection_is_refused_too_while_the_triggers_exist(
    world: AuditWorld, db_path: Path
) -> None:
    world.add(datetime(2026, 11, 2, 9), world.manager, Action.PRINT, "customer", entity_id=3)
    con = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("UPDATE audit_log SET action = 'create'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("DELETE FROM audit_log")
    finally:
        con.close()
    assert [e.action for e in world.entries()] == ["print"]


def test_personal_values_never_reach_the_database_file(world: AuditWorld, db_path: Path) -> None:
    # GIVEN changes to personal fields of a customer (and one ordinary field)
    secrets = {
        "phone": ("+886912345678", "+886987654321"),
        "name": ("王曉明測試", "王大明測試"),
        "id_number": ("A123456789", "B287654321"),
        "address": ("臺北市信義路五段7號", "新北市板橋區文化路一段"),
    }
    when = datetime(2026, 11, 3, 10)
    for field, (old, new) in secrets.items():
        world.add(
            when, world.sales, Action.UPDATE, "customer", entity_id=5, field=field, old=old, new=new
        )
    world.add(
        when, world.sales, Action.UPDATE, "customer", entity_id=5, field="budget", old="1", new="2"
    )

    # THEN the log says which field changed, never to what ...
    rows = {r.field: r for r in world.view.page(AuditFilter(entity_id=5), 0, 50)}
    for field in secrets:
        assert (rows[field].old_value, rows[field].new_value) == ("•", "•")
    assert (rows["budget"].old_value, rows["budget"].new_value) == ("1", "2")
    # ... and no byte of the database (main file and write-ahead log) holds the values,
    # neither while it is open nor after the log was checkpointed into the main file
    files = (db_path, Path(f"{db_path}-wal"))
    blob = b"".join(p.read_bytes() for p in files if p.exists())
    world.services.db.dispose()
    blob += b"".join(p.read_bytes() for p in files if p.exists())
    for old, new in secrets.values():
        for value in (old, new):
            assert value.encode("utf-8") not in blob, value


# -- reading: filters and pages ----------------------------------------------------------------


def test_the_manager_can_show_who_printed_a_customers_file_last_week(
    world: AuditWorld, showroom_week: dict[str, int]
) -> None:
    # GIVEN a week of showroom activity; "last week" is Monday 23 to Sunday 29 November
    monday = DEMO_TODAY - timedelta(days=6)
    f = AuditFilter(
        action=Action.PRINT, entity="customer", entity_id=42, start=monday, end=DEMO_TODAY
    )
    # WHEN the manager filters for prints of customer 42 in that week
    rows = world.view.page(f, 0, 100)
    # THEN exactly those prints are listed, newest first, with who printed what
    ids = showroom_week
    assert _ids(rows) == [ids["print_42_sun_late"], ids["print_42_fri"], ids["print_42_mon"]]
    assert [r.user_name for r in rows] == ["Wang Da-wei", "林小美", "林小美"]
    assert json.loads(rows[1].detail) == {"document": "contract", "id_number": "full"}
    assert world.view.count(f) == 3


@pytest.mark.parametrize(
    ("make_filter", "expected"),
    [
        (lambda w: AuditFilter(), "all"),
        (
            lambda w: AuditFilter(user_id=w.sales.id),
            ["print_42_mon", "print_42_fri", "sign_in"],
        ),
        (
            lambda w: AuditFilter(action="print"),
            ["old_print_42", "print_42_mon", "print_7", "print_42_fri", "print_42_sun_late"],
        ),
        (
            lambda w: AuditFilter(entity="customer", entity_id=42),
            ["old_print_42", "print_42_mon", "export_42", "print_42_fri", "print_42_sun_late"],
        ),
        (lambda w: AuditFilter(entity="setting"), ["setting"]),
        (lambda w: AuditFilter(entity_id=7), ["print_7"]),
        (
            lambda w: AuditFilter(start=date(2026, 11, 29), end=date(2026, 11, 29)),
            ["print_42_sun_late"],
        ),
        (lambda w: AuditFilter(start=date(2026, 11, 30)), ["sign_in", "failed"]),
        (lambda w: AuditFilter(end=date(2026, 11, 22)), ["old_print_42"]),
        (lambda w: AuditFilter(start=date(2026, 11, 30), end=date(2026, 11, 29)), []),
        (lambda w: AuditFilter(text="idle_lock"), ["setting"]),
        (lambda w: AuditFilter(text="  wrong pin "), ["failed"]),
        (lambda w: AuditFilter(text="林小美"), ["print_42_mon", "print_42_fri", "sign_in"]),
        (lambda w: AuditFilter(text="CONTRACT"), ["print_42_fri"]),
        (lambda w: AuditFilter(text="%"), []),
        (lambda w: AuditFilter(text="no such thing"), []),
        (
            lambda w: AuditFilter(user_id=w.other_sales.id, action="print", text="quotation"),
            ["print_7"],
        ),
    ],
)
def test_filters_return_exactly_the_matching_entries(
    world: AuditWorld, showroom_week: dict[str, int], make_filter, expected
) -> None:
    f = make_filter(world)
    want = (
        sorted(showroom_week.values())
        if expected == "all"
        else [showroom_week[k] for k in expected]
    )
    rows = world.view.page(f, 0, 100)
    assert _ids(rows) == sorted(want, reverse=True)  # newest first
    assert world.view.count(f) == len(want)


def test_pages_follow_each_other_without_gaps(
    world: AuditWorld, showroom_week: dict[str, int]
) -> None:
    f = AuditFilter()
    pages = [world.view.page(f, offset, 4) for offset in (0, 4, 8, 12)]
    assert [len(p) for p in pages] == [4, 4, 1, 0]
    assert [i for p in pages for i in _ids(p)] == sorted(showroom_week.values(), reverse=True)
    assert world.view.page(f, 0, 0) == []


def test_the_kinds_of_record_in_the_log_are_listed(
    world: AuditWorld, showroom_week: dict[str, int]
) -> None:
    assert world.view.entities() == ["customer", "setting", "user"]


# -- verification ------------------------------------------------------------------------------


@pytest.fixture
def five(world: AuditWorld) -> list[int]:
    start = datetime(2026, 11, 10, 9)
    return [
        world.add(start + timedelta(minutes=i), world.sales, Action.PRINT, "customer", entity_id=i)
        for i in range(1, 6)
    ]


def test_an_untouched_log_verifies(world: AuditWorld, five: list[int]) -> None:
    assert world.view.verify_chain() == ChainReport(ok=True, entries=5)


def test_an_empty_log_verifies(world: AuditWorld) -> None:
    assert world.view.verify_chain() == ChainReport(ok=True, entries=0)


def test_an_altered_entry_is_found(world: AuditWorld, five: list[int], raw) -> None:
    # GIVEN someone changed what entry 3 says, behind the application's back
    raw(f"UPDATE audit_log SET new_value = 'nothing to see' WHERE id = {five[2]}")
    # WHEN the chain is verified THEN entry 3 is reported as altered
    assert world.view.verify_chain() == ChainReport(False, 2, five[2], "altered")


def test_an_altered_and_resealed_entry_breaks_the_next_link(
    world: AuditWorld, five: list[int], raw
) -> None:
    # GIVEN someone changed entry 3 and recomputed its own hash (but not the later entries)
    e = world.entries()[2]
    forged = entry_hash(
        e.prev_hash, e.at, e.user_id, "somebody else", e.action, e.entity, e.entity_id,
        e.field, e.old_value, e.new_value, e.detail,
    )  # fmt: skip
    raw(f"UPDATE audit_log SET user_name = 'somebody else', hash = '{forged}' WHERE id = {e.id}")
    # THEN entry 4 no longer follows it
    assert world.view.verify_chain() == ChainReport(False, 3, five[3], "broken_link")


def test_a_removed_entry_in_the_middle_is_found(world: AuditWorld, five: list[int], raw) -> None:
    raw(f"DELETE FROM audit_log WHERE id = {five[2]}")
    assert world.view.verify_chain() == ChainReport(False, 2, five[2], "missing")


def test_removed_first_entries_are_found(world: AuditWorld, five: list[int], raw) -> None:
    raw(f"DELETE FROM audit_log WHERE id IN ({five[0]}, {five[1]})")
    assert world.view.verify_chain() == ChainReport(False, 0, five[0], "missing")


def test_a_removed_and_renumbered_entry_is_found(world: AuditWorld, five: list[int], raw) -> None:
    # GIVEN entry 3 removed and the later ones renumbered to hide the gap
    raw(
        f"DELETE FROM audit_log WHERE id = {five[2]}",
        f"UPDATE audit_log SET id = id - 1 WHERE id > {five[2]}",
    )
    # THEN the entry now numbered 3 does not follow entry 2
    assert world.view.verify_chain() == ChainReport(False, 2, five[2], "broken_link")


def test_swapped_entries_are_found(world: AuditWorld, five: list[int], raw) -> None:
    a, b = five[1], five[2]
    raw(
        f"UPDATE audit_log SET id = -1 WHERE id = {a}",
        f"UPDATE audit_log SET id = {a} WHERE id = {b}",
        f"UPDATE audit_log SET id = {b} WHERE id = -1",
    )
    assert world.view.verify_chain() == ChainReport(False, 1, a, "broken_link")


def test_verification_streams_in_batches_and_reports_progress(
    world: AuditWorld, five: list[int], raw
) -> None:
    # GIVEN a batch size smaller than the log
    calls: list[tuple[int, int]] = []
    report = world.view.verify_chain(lambda done, total: calls.append((done, total)), batch_size=2)
    # THEN every entry is checked across batch boundaries, with progress after each batch
    assert report == ChainReport(True, 5)
    assert calls == [(2, 5), (4, 5), (5, 5)]
    # AND tampering right at a batch boundary is still found
    raw(f"DELETE FROM audit_log WHERE id = {five[2]}")
    assert world.view.verify_chain(batch_size=2) == ChainReport(False, 2, five[2], "missing")


def test_a_progress_callback_can_cancel_verification(world: AuditWorld, five: list[int]) -> None:
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        world.view.verify_chain(stop, batch_size=2)


# -- export ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (42, "42"),
        ("王小明", "王小明"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_neutralised(value: object, cell: str) -> None:
    assert safe_cell(value) == cell


@pytest.fixture
def tricky(world: AuditWorld) -> list[int]:
    when = datetime(2026, 11, 12, 14, 30, 15, 123456)
    m = world.manager
    return [
        world.add(when, m, Action.UPDATE, "setting", field="formula", old="=SUM(A1)", new="+1"),
        world.add(when, m, Action.UPDATE, "setting", field="sign", old="-2", new="@x"),
        world.add(
            when, world.sales, Action.PRINT, "customer", entity_id=9,
            detail={"document": "報價單", "note": 'He said "hi", then left'},
        ),
        world.add(when, m, Action.UPDATE, "setting", field="greeting", old='Line one,\n"two"'),
    ]  # fmt: skip


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(UTF8_BOM)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_export_round_trips_and_is_safe_for_excel(
    world: AuditWorld, tricky: list[int], out_dir: Path
) -> None:
    # WHEN the manager exports the whole log to a file
    target = out_dir / "audit.csv"
    rows = world.view.export_csv(AuditFilter(), target)
    data = target.read_bytes()

    # THEN it starts with the UTF-8 BOM, has a header and one CRLF-terminated row per entry
    assert rows == 4
    table = _read_csv(data)
    assert table[0] == list(CSV_COLUMNS)
    assert len(table) == 5
    assert data.count(b"\r\n") == 5  # the line break inside a quoted cell stays a bare LF
    by_id = {int(r[0]): dict(zip(CSV_COLUMNS, r, strict=True)) for r in table[1:]}
    first, second, third, fourth = (by_id[i] for i in tricky)
    # formulas are neutralised ...
    assert (first["old_value"], first["new_value"]) == ("'=SUM(A1)", "'+1")
    assert (second["old_value"], second["new_value"]) == ("'-2", "'@x")
    # ... quotes, commas, line breaks and Chinese survive the round trip
    assert fourth["old_value"] == 'Line one,\n"two"'
    assert json.loads(third["detail"]) == {"document": "報價單", "note": 'He said "hi", then left'}
    assert third["user"] == "林小美" and third["entity_id"] == "9"
    assert first["time"] == "2026-11-12 14:30:15"
    stored = {e.id: e.hash for e in world.entries()}
    assert all(r["hash"] == stored[i] for i, r in by_id.items())

    # AND the export is itself in the log, with the row count and the hash of the bytes
    last = world.entries()[-1]
    assert (last.action, last.entity, last.user_id) == ("export", "audit_log", world.manager.id)
    detail = json.loads(last.detail)
    assert detail["rows"] == 4
    assert detail["sha256"] == hashlib.sha256(data).hexdigest()
    assert world.view.verify_chain().ok
    assert [p.name for p in out_dir.iterdir()] == ["audit.csv"]  # no temporary file left


def test_export_to_a_stream_honours_the_filter_and_translated_names(
    world: AuditWorld, tricky: list[int], showroom_week: dict[str, int]
) -> None:
    out = io.BytesIO()
    header = [
        "編號",
        "時間",
        "使用者編號",
        "使用者",
        "動作",
        "紀錄類型",
        "紀錄編號",
        "欄位",
        "舊值",
        "新值",
        "詳細",
        "雜湊值",
    ]
    f = AuditFilter(action="print", entity_id=42, text="quotation")
    rows = world.view.export_csv(f, out, header=header, action_names={"print": "列印"})
    table = _read_csv(out.getvalue())
    assert rows == 1
    assert table[0] == header
    assert [(int(r[0]), r[4]) for r in table[1:]] == [(showroom_week["print_42_mon"], "列印")]
    detail = json.loads(world.entries()[-1].detail)
    assert detail["sha256"] == hashlib.sha256(out.getvalue()).hexdigest()
    # the filter is described, but typed text is not (it may be somebody's name)
    assert detail["action"] == "print" and detail["entity_id"] == 42
    assert detail["text_filter"] is True and "quotation" not in json.dumps(detail)


def test_a_failed_or_cancelled_export_leaves_no_file_and_no_entry(
    world: AuditWorld, tricky: list[int], out_dir: Path
) -> None:
    before = len(world.entries())
    with pytest.raises(OSError):
        world.view.export_csv(AuditFilter(), out_dir / "missing-folder" / "audit.csv")

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        world.view.export_csv(AuditFilter(), out_dir / "audit.csv", progress=stop, batch_size=1)
    assert list(out_dir.iterdir()) == []
    assert len(world.entries()) == before


def test_an_empty_export_still_has_a_header(world: AuditWorld, out_dir: Path) -> None:
    target = out_dir / "none.csv"
    assert world.view.export_csv(AuditFilter(action="erase"), target) == 0
    assert _read_csv(target.read_bytes()) == [list(CSV_COLUMNS)]


# -- who may look ------------------------------------------------------------------------------


def _calls(view: AuditService, out_dir: Path) -> list[Callable[[], object]]:
    f = AuditFilter()
    return [
        lambda: view.count(f),
        lambda: view.page(f, 0, 10),
        lambda: view.entities(),
        lambda: view.verify_chain(),
        lambda: view.export_csv(f, out_dir / "audit.csv"),
        lambda: view.export_csv(f, io.BytesIO()),
    ]


def test_a_salesperson_may_not_see_verify_or_export_the_log(
    world: AuditWorld, tricky: list[int], out_dir: Path
) -> None:
    view = AuditService(world.services.db, system_session(world.sales), world.log)
    for call in _calls(view, out_dir):
        with pytest.raises(PermissionDenied):
            call()
    assert list(out_dir.iterdir()) == []
    assert len(world.entries()) == len(tricky)  # no export entry either


def test_nobody_signed_in_may_not_see_the_log(world: AuditWorld, out_dir: Path) -> None:
    world.services.session.sign_out()
    for call in _calls(world.view, out_dir):
        with pytest.raises(PermissionDenied):
            call()


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMINISTRATOR])
def test_managers_and_administrators_may(world: AuditWorld, role: Role, out_dir: Path) -> None:
    view = AuditService(world.services.db, system_session(UserInfo(99, "x", role)), world.log)
    for call in _calls(view, out_dir):
        call()
