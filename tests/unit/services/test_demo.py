"""Demo data: rich enough to show every screen, valid by our own rules, and reproducible."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import Connection, select
from testdata import DEMO_TODAY

from showroom_app.db.engine import sqlite_url
from showroom_app.db.models import Customer, CustomerPhone, Opportunity
from showroom_app.domain.dealership import validate_dealership
from showroom_app.domain.enums import (
    REGION_CURRENCY,
    IntentLevel,
    OpportunityStatus,
    Region,
)
from showroom_app.domain.records import DealershipForm
from showroom_app.domain.validators import normalise_phone, validate_vin
from showroom_app.paths import resources_dir
from showroom_app.services.container import Services, build_services
from showroom_app.services.database import Database, open_database
from showroom_app.services.demo import create_demo_data
from showroom_app.services.integrity import COUNTED_TABLES

TODAY = DEMO_TODAY.isoformat()


@pytest.fixture
def conn(demo_db: Database) -> Iterator[Connection]:
    with demo_db.read_engine.connect() as c:
        yield c


def _scalars(conn: Connection, sql: str) -> list[object]:
    return list(conn.exec_driver_sql(sql).scalars())


def _one(conn: Connection, sql: str) -> int:
    return int(conn.exec_driver_sql(sql).scalar_one())


# --- the shape of the default (TW) demo ----------------------------------------------------------


def test_catalogue_has_many_models_brands_and_every_powertrain(conn: Connection) -> None:
    # GIVEN the demo database
    # WHEN its catalogue is counted
    models = _one(conn, "SELECT COUNT(*) FROM vehicle_models")
    brands_with_models = _one(conn, "SELECT COUNT(DISTINCT brand_id) FROM vehicle_models")
    powertrains = set(_scalars(conn, "SELECT DISTINCT powertrain FROM trims"))

    # THEN it has enough variety for the catalogue and comparison screens
    assert models >= 20
    assert brands_with_models >= 4
    assert {"ICE", "HEV", "PHEV", "BEV"} <= powertrains


def test_every_stock_vin_has_a_correct_check_digit(conn: Connection) -> None:
    # GIVEN the demo stock
    vins = [str(v) for v in _scalars(conn, "SELECT vin FROM stock_vehicles")]

    # WHEN every VIN is validated with the strict (mainland) rule
    # THEN each passes unchanged, and none repeats
    assert vins
    assert [validate_vin(v, check_digit_required=True) for v in vins] == vins
    assert len(set(vins)) == len(vins)


def test_every_customer_phone_is_a_valid_tw_number(conn: Connection) -> None:
    # GIVEN the demo customers' phone numbers (stored as E.164)
    phones = [str(p) for p in _scalars(conn, "SELECT e164 FROM customer_phones")]

    # WHEN each is normalised as a Taiwan number
    # THEN it comes back unchanged (valid, already normalised); every customer has one
    assert len(phones) == _one(conn, "SELECT COUNT(*) FROM customers")
    assert [normalise_phone(p, Region.TW) for p in phones] == phones


def test_opportunities_cover_every_status_and_every_intent_level(conn: Connection) -> None:
    # GIVEN the demo opportunities
    statuses = set(_scalars(conn, "SELECT DISTINCT status FROM opportunities"))
    levels = set(_scalars(conn, "SELECT DISTINCT intent_level FROM opportunities"))

    # THEN every status and every intent level appears (every filter shows something)
    assert statuses == {s.value for s in OpportunityStatus}
    assert levels == {lvl.value for lvl in IntentLevel}


def test_today_has_due_and_overdue_tasks_and_visits(conn: Connection) -> None:
    # GIVEN the demo built for DEMO_TODAY
    due_today = _one(
        conn, f"SELECT COUNT(*) FROM follow_up_tasks WHERE status = 'open' AND due_date = '{TODAY}'"
    )
    overdue = _one(
        conn, f"SELECT COUNT(*) FROM follow_up_tasks WHERE status = 'open' AND due_date < '{TODAY}'"
    )
    visits = _one(
        conn,
        "SELECT COUNT(*) FROM interactions WHERE type = 'showroom_visit' "
        f"AND date(started_at) = '{TODAY}'",
    )

    # THEN the Today screen has work due, work overdue and visitors on the board
    assert due_today > 0
    assert overdue > 0
    assert visits > 0


def test_there_are_test_cars_and_the_dealership_is_marked_demo(
    conn: Connection, demo_services: Services
) -> None:
    # GIVEN the demo database
    test_cars = _one(conn, "SELECT COUNT(*) FROM stock_vehicles WHERE is_test_car")

    # THEN test-drive cars exist, and the dealership says it is a demo
    assert test_cars > 0
    info = demo_services.settings.dealership()
    assert info.is_demo is True
    assert not demo_services.settings.needs_first_run()


def test_demo_dealership_details_pass_our_own_validation(demo_services: Services) -> None:
    # GIVEN the demo dealership
    info = demo_services.settings.dealership()

    # WHEN its details go through the Settings validation
    cleaned = validate_dealership(
        DealershipForm(
            name=info.name,
            address=info.address,
            phone=info.phone,
            tax_id=info.tax_id,
            region=info.region.value,
            doc_language=info.doc_language.value,
            paper_size=info.paper_size,
        )
    )

    # THEN they are accepted unchanged (a demo never shows data our own forms would refuse)
    assert (cleaned.phone, cleaned.tax_id, cleaned.currency) == (
        info.phone,
        info.tax_id,
        info.currency,
    )


# --- determinism ---------------------------------------------------------------------------------


#: A fixed "today" that is not the real today: on the real today the demo keeps arrivals in
#: the past by the wall clock, which is deliberately not reproducible.
PAST_DAY = date(2025, 6, 15)


def _build(
    path: Path, customers: int, *, seed: int, region: Region = Region.TW, today: date = DEMO_TODAY
) -> Database:
    db = open_database(sqlite_url(path))
    create_demo_data(db, customers, region=region, seed=seed, today=today)
    return db


def _people(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [
            (name, phone)
            for name, phone in s.execute(
                select(Customer.name, CustomerPhone.e164)
                .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                .order_by(Customer.id)
            )
        ]


def _opportunities(db: Database, *, with_times: bool) -> list[tuple[object, ...]]:
    columns = [
        Opportunity.status,
        Opportunity.intent_level,
        Opportunity.source,
        Opportunity.next_follow_up,
        Opportunity.model_of_interest_id,
    ]
    if with_times:
        columns += [Opportunity.created_at, Opportunity.closed_at]
    with db.read() as s:
        return [tuple(row) for row in s.execute(select(*columns).order_by(Opportunity.id))]


@pytest.mark.parametrize("today", [PAST_DAY, DEMO_TODAY], ids=["past-day", "demo-today"])
def test_same_seed_and_today_give_the_same_data(tmp_path: Path, today: date) -> None:
    # GIVEN two fresh databases
    # WHEN the demo is built into both with the same seed and the same today
    first = _build(tmp_path / "a.sqlite3", 150, seed=42, today=today)
    second = _build(tmp_path / "b.sqlite3", 150, seed=42, today=today)
    try:
        # THEN customers (names and phones) and opportunities match, in the same order
        # (to the microsecond for a day that is not the real today)
        people = _people(first)
        assert len(people) == 150
        assert people == _people(second)
        exact = today != date.today()
        assert _opportunities(first, with_times=exact) == _opportunities(second, with_times=exact)
    finally:
        first.dispose()
        second.dispose()


def test_a_different_seed_gives_different_people(tmp_path: Path) -> None:
    # GIVEN two fresh databases
    # WHEN the demo is built with two different seeds
    first = _build(tmp_path / "a.sqlite3", 150, seed=42, today=PAST_DAY)
    second = _build(tmp_path / "b.sqlite3", 150, seed=43, today=PAST_DAY)
    try:
        # THEN the customers differ
        names_a = [name for name, _ in _people(first)]
        names_b = [name for name, _ in _people(second)]
        assert len(names_a) == len(names_b) == 150
        assert names_a != names_b
    finally:
        first.dispose()
        second.dispose()


# --- other regions -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def region_demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Region, Database]]:
    """A small demo per region, built once for this module."""
    folder = tmp_path_factory.mktemp("region-demos")
    dbs = {r: _build(folder / f"{r.value}.sqlite3", 40, seed=7, region=r) for r in Region}
    yield dbs
    for db in dbs.values():
        db.dispose()


@pytest.mark.parametrize("region", [Region.CN, Region.HK])
def test_other_regions_price_in_their_currency(
    region_demos: dict[Region, Database], region: Region
) -> None:
    # GIVEN a demo built for a mainland or Hong Kong dealership
    services = build_services(region_demos[region])
    currency = REGION_CURRENCY[region]
    catalogue = json.loads((resources_dir() / "sample" / "catalogue.json").read_text("utf-8"))
    expected = {
        t["code"]: Decimal(t["msrp"][currency.value])
        for b in catalogue["brands"]
        for m in b["models"]
        for t in m["trims"]
    }

    # WHEN its catalogue and dealership are read
    trims = services.catalogue.trims()
    with region_demos[region].read_engine.connect() as c:
        codes = {i: code for i, code in c.exec_driver_sql("SELECT id, code FROM trims")}

    # THEN every price is in the region's currency, taken from that currency's price list
    assert services.settings.dealership().currency is currency
    assert services.settings.dealership().region is region
    assert trims
    assert {t.currency for t in trims} == {currency}
    assert {codes[t.trim_id]: t.msrp for t in trims} == {
        code: expected[code] for code in codes.values()
    }


@pytest.mark.parametrize("region", [Region.TW, Region.CN, Region.HK])
def test_demo_phones_are_valid_numbers_of_the_region(
    region_demos: dict[Region, Database], region: Region
) -> None:
    # GIVEN a small demo for the region
    with region_demos[region].read_engine.connect() as c:
        phones = [str(p) for p in c.exec_driver_sql("SELECT e164 FROM customer_phones").scalars()]

    # WHEN each phone is checked as a number of that region
    invalid = [
        p
        for p in phones
        if phonenumbers.region_code_for_number(phonenumbers.parse(p)) != region.value
        or not phonenumbers.is_valid_number(phonenumbers.parse(p))
    ]

    # THEN all are valid there, and our own normalisation keeps them unchanged
    assert len(phones) == 40
    assert invalid == []
    assert [normalise_phone(p, region) for p in phones] == phones


# --- refusing a database that is already in use --------------------------------------------------


def _all_counts(db: Database) -> dict[str, int]:
    with db.read_engine.connect() as c:
        return {
            t: int(c.exec_driver_sql(f'SELECT COUNT(*) FROM "{t}"').scalar_one())
            for t in COUNTED_TABLES
        }


def test_demo_data_is_never_written_into_a_demo_database_again(demo_db: Database) -> None:
    # GIVEN a database that already holds a (demo) dealership
    before = _all_counts(demo_db)

    # WHEN demo data is created in it again
    with pytest.raises(ValueError, match="already holds a dealership"):
        create_demo_data(demo_db, 10, today=DEMO_TODAY)

    # THEN nothing more was written
    assert _all_counts(demo_db) == before


def test_demo_data_is_never_written_into_a_real_dealership(services: Services) -> None:
    # GIVEN a real dealership set up through the first run
    services.settings.complete_first_run(
        DealershipForm(
            name="宏達汽車", address="", phone="", tax_id="", region="TW", doc_language="zh_TW"
        ),
        "林經理",
    )
    before = _all_counts(services.db)

    # WHEN demo data is created in its database
    with pytest.raises(ValueError):
        create_demo_data(services.db, 10, today=DEMO_TODAY)

    # THEN not a single catalogue row, customer or user was added
    assert _all_counts(services.db) == before
    assert services.settings.dealership().is_demo is False


def test_a_negative_number_of_customers_is_refused(services: Services) -> None:
    # GIVEN a new database
    # WHEN a demo with -1 customers is asked for
    with pytest.raises(ValueError):
        create_demo_data(services.db, -1, today=DEMO_TODAY)

    # THEN nothing was written
    assert sum(_all_counts(services.db).values()) == 0


def test_the_demo_has_a_week_of_audit_history_with_an_intact_chain(tmp_path) -> None:
    # GIVEN a new demo database with its audit history, the manager signed in
    from showroom_app.db.engine import sqlite_url
    from showroom_app.domain.records import AuditFilter
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database
    from showroom_app.services.demo import create_demo_data

    database = open_database(sqlite_url(tmp_path / "history.sqlite3"))
    create_demo_data(database, 60, today=DEMO_TODAY)
    demo_services = build_services(database)
    demo_services.session.sign_in(demo_services.settings.users()[0])

    # WHEN the manager looks at the audit log
    everything = AuditFilter(None, None, None, None, None, None)
    rows = demo_services.audit_view.page(everything, 0, 1000)
    # THEN sign-ins, a failed PIN and printed profile sheets are there, and the chain holds
    actions = {r.action for r in rows}
    assert {"sign_in", "sign_in_failed", "print"} <= actions
    assert demo_services.audit_view.verify_chain().ok
    database.dispose()
