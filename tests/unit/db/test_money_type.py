"""Money is exact in the database too: integer cents in a BIGINT, ``Decimal`` in Python.

STYLE.md §3: ``Numeric`` on SQLite is stored as REAL, and a plain SQL ``SUM`` of
10,000 × 0.10 then came back as 1000.0000000001588. These tests pin the ``Money`` type to
the behaviour that avoids that, and make sure every money-like column uses it.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    func,
    insert,
    select,
)
from sqlalchemy.exc import StatementError

from showroom_app.db.engine import make_engine, sqlite_url
from showroom_app.db.models import Base, Trim
from showroom_app.db.types import Money
from showroom_app.services.database import Database

MONEY_WORDS = (
    "msrp",
    "cost",
    "price",
    "amount",
    "fee",
    "total",
    "deposit",
    "discount",
    "balance",
    "payment",
)


def money_like_columns(metadata: MetaData) -> list[tuple[str, str, object]]:
    """(table, column, type) of every column whose name says it holds money."""
    found = []
    for table in metadata.sorted_tables:
        for column in table.columns:
            name = column.name.lower()
            if any(word in name for word in MONEY_WORDS):
                found.append((table.name, column.name, column.type))
    return found


def not_money(metadata: MetaData) -> list[str]:
    return [
        f"{table}.{column}: {type(kind).__name__}"
        for table, column, kind in money_like_columns(metadata)
        if not isinstance(kind, Money)
    ]


# --- every money column is Money -----------------------------------------------------------------


def test_every_money_like_column_of_the_schema_is_money() -> None:
    # GIVEN the application's whole schema
    # WHEN every column named like an amount is inspected
    offenders = not_money(Base.metadata)

    # THEN each of them uses the Money type (integer cents), never Numeric/Float/Integer
    assert offenders == []


def test_the_walker_finds_the_known_money_columns() -> None:
    # GIVEN the schema, which has a list price on trims and a dealer cost on stock cars
    # WHEN the walker lists money-like columns
    found = {(table, column) for table, column, _ in money_like_columns(Base.metadata)}

    # THEN it finds both (so the test above really looks at them)
    assert {("trims", "msrp"), ("stock_vehicles", "dealer_cost")} <= found


def test_the_walker_reports_a_money_column_of_the_wrong_type() -> None:
    # GIVEN a schema with amounts stored as Numeric and as plain integers
    metadata = MetaData()
    Table(
        "quotes",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("total_price", Numeric(12, 2)),
        Column("deposit_amount", Integer),
        Column("discount", Money),
        Column("note", String(20)),
    )

    # WHEN the walker checks it
    offenders = not_money(metadata)

    # THEN the two wrong columns are named and the right one and the note are not
    assert offenders == ["quotes.total_price: Numeric", "quotes.deposit_amount: Integer"]


# --- behaviour against a real SQLite file --------------------------------------------------------

ledger_metadata = MetaData()
ledger = Table(
    "ledger",
    ledger_metadata,
    Column("id", Integer, primary_key=True),
    Column("amount", Money),
)


@pytest.fixture
def ledger_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(sqlite_url(tmp_path / "money.sqlite3"))
    ledger_metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_large_amount_round_trips_exactly(ledger_engine: Engine) -> None:
    # GIVEN a price of 1,234,567.89
    price = Decimal("1234567.89")

    # WHEN it is inserted and selected back
    with ledger_engine.begin() as conn:
        conn.execute(insert(ledger).values(amount=price))
    with ledger_engine.connect() as conn:
        back = conn.execute(select(ledger.c.amount)).scalar_one()
        raw = conn.exec_driver_sql("SELECT amount, typeof(amount) FROM ledger").one()

    # THEN the same Decimal comes back, and the file holds integer cents
    assert isinstance(back, Decimal)
    assert back == price
    assert str(back) == "1234567.89"
    assert tuple(raw) == (123456789, "integer")


@pytest.mark.parametrize(
    ("amount", "cents"),
    [(Decimal("0.10"), 10), (Decimal("-25.5"), -2550), (7, 700), (Decimal("0"), 0)],
)
def test_stored_value_is_integer_cents(ledger_engine: Engine, amount: object, cents: int) -> None:
    # GIVEN an amount (a Decimal or a whole int)
    # WHEN it is stored
    with ledger_engine.begin() as conn:
        conn.execute(insert(ledger).values(amount=amount))
        raw = conn.exec_driver_sql("SELECT amount, typeof(amount) FROM ledger").one()

    # THEN the raw column is an integer number of cents
    assert tuple(raw) == (cents, "integer")


def test_null_stays_null(ledger_engine: Engine) -> None:
    # GIVEN an unknown amount
    # WHEN None is stored and read back
    with ledger_engine.begin() as conn:
        conn.execute(insert(ledger).values(amount=None))
        back = conn.execute(select(ledger.c.amount)).scalar_one()
        raw_type = conn.exec_driver_sql("SELECT typeof(amount) FROM ledger").scalar_one()

    # THEN it is NULL, not zero
    assert back is None
    assert raw_type == "null"


@pytest.mark.parametrize(
    ("bad", "error"),
    [(0.1, TypeError), (1234.5, TypeError), ("12.30", TypeError), (Decimal("0.001"), ValueError)],
)
def test_float_text_and_sub_cent_amounts_are_refused(
    ledger_engine: Engine, bad: object, error: type[Exception]
) -> None:
    # GIVEN a float (already inexact), a string, or an amount with fractions of a cent
    # WHEN it is inserted
    with pytest.raises(StatementError) as info, ledger_engine.begin() as conn:
        conn.execute(insert(ledger).values(amount=bad))

    # THEN the Money type refuses it, and nothing was stored
    assert isinstance(info.value.orig, error)
    with ledger_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM ledger").scalar_one() == 0


def test_sql_sum_of_ten_thousand_dimes_is_exact(ledger_engine: Engine) -> None:
    # GIVEN 10,000 rows of 0.10 (the case that gave 1000.0000000001588 with REAL storage)
    with ledger_engine.begin() as conn:
        conn.execute(insert(ledger), [{"amount": Decimal("0.10")}] * 10_000)

    # WHEN SQL sums them
    with ledger_engine.connect() as conn:
        total = conn.execute(select(func.sum(ledger.c.amount))).scalar_one()
        raw_total = conn.exec_driver_sql("SELECT SUM(amount) FROM ledger").scalar_one()

    # THEN the database sums integers, and the Decimal is exactly 1000.00
    assert raw_total == 100_000
    assert isinstance(raw_total, int)
    assert isinstance(total, Decimal)
    assert total == Decimal("1000.00")
    assert str(total) == "1000.00"


def test_model_money_columns_hold_integer_cents(demo_db: Database) -> None:
    # GIVEN the demo catalogue, written through the models
    # WHEN the list prices are read through the ORM and raw from the file
    with demo_db.read() as s:
        orm = {trim_id: msrp for trim_id, msrp in s.execute(select(Trim.id, Trim.msrp))}
    with demo_db.read_engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT id, msrp, typeof(msrp) FROM trims").all()
        costs = (
            conn.exec_driver_sql("SELECT DISTINCT typeof(dealer_cost) FROM stock_vehicles")
            .scalars()
            .all()
        )

    # THEN each raw value is an integer, exactly 100 times the Decimal price
    assert raw
    assert {kind for _, _, kind in raw} == {"integer"}
    assert {i: Decimal(cents).scaleb(-2) for i, cents, _ in raw} == orm
    assert set(costs) <= {"integer", "null"}
