"""The read services agree with plain SQL over the demo database.

Every expected number here is computed with hand-written SQL on the file (dates compared with
SQLite's own ``date()``), independently of the ORM queries under test.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Connection
from testdata import DEMO_TODAY

from showroom_app.db.migrate import head_revision
from showroom_app.domain.enums import OpportunityStatus, Role, StockStatus, TaskStatus
from showroom_app.domain.errors import NotFound
from showroom_app.services.container import Services
from showroom_app.services.integrity import COUNTED_TABLES, check_database
from showroom_app.services.reports import month_bounds

TODAY = DEMO_TODAY.isoformat()


@pytest.fixture
def sql(demo_services: Services) -> Iterator[Connection]:
    with demo_services.db.read_engine.connect() as conn:
        yield conn


def _int(conn: Connection, query: str, *params: object) -> int:
    return int(conn.exec_driver_sql(query, params).scalar_one() or 0)


def _grouped(conn: Connection, query: str, *params: object) -> dict[str, int]:
    return {str(k): int(v) for k, v in conn.exec_driver_sql(query, params)}


# --- customers -----------------------------------------------------------------------------------


def test_customer_count_matches_the_table(demo_services: Services, sql: Connection) -> None:
    # GIVEN the demo database
    # WHEN the customer list asks how many rows it has
    # THEN it is the number of customers in the table
    expected = _int(sql, "SELECT COUNT(*) FROM customers")
    assert expected > 100
    assert demo_services.customers.count() == expected


def test_customer_pages_are_newest_first_and_do_not_overlap(
    demo_services: Services, sql: Connection
) -> None:
    # GIVEN the demo database
    # WHEN the first two pages of 50 are fetched
    first = demo_services.customers.page(0, 50)
    second = demo_services.customers.page(50, 50)

    # THEN each has 50 rows, newest (highest id) first, the second continuing the first
    ids = [r.customer_id for r in first + second]
    assert len(first) == len(second) == 50
    assert ids == sorted(ids, reverse=True)
    assert len(set(ids)) == 100
    assert ids[0] == _int(sql, "SELECT MAX(id) FROM customers")
    expected_ids = [
        i for (i,) in sql.exec_driver_sql("SELECT id FROM customers ORDER BY id DESC LIMIT 100")
    ]
    assert ids == expected_ids

    # THEN every row shows the customer's own primary phone and name
    phones = {
        int(cid): str(e164)
        for cid, e164 in sql.exec_driver_sql(
            "SELECT customer_id, e164 FROM customer_phones WHERE is_primary"
        )
    }
    names = {int(cid): str(n) for cid, n in sql.exec_driver_sql("SELECT id, name FROM customers")}
    for row in first + second:
        assert row.phone_e164
        assert row.phone_e164 == phones[row.customer_id]
        assert row.name == names[row.customer_id]


def test_a_page_past_the_end_is_empty(demo_services: Services) -> None:
    # GIVEN the demo database
    total = demo_services.customers.count()

    # WHEN pages at and past the end are asked for
    # THEN the last page is partial and the one after is empty
    assert len(demo_services.customers.page(total - 7, 50)) == 7
    assert demo_services.customers.page(total, 50) == []


# --- sales ---------------------------------------------------------------------------------------


def test_sales_counts_match_counts_by_status_and_sql(
    demo_services: Services, sql: Connection
) -> None:
    # GIVEN the demo opportunities
    expected = _grouped(sql, "SELECT status, COUNT(*) FROM opportunities GROUP BY status")

    # WHEN the Sales page counts them per status and in total
    by_status = demo_services.sales.counts_by_status()

    # THEN every count agrees
    assert by_status == expected
    for status in OpportunityStatus:
        assert demo_services.sales.count(status) == expected.get(status.value, 0)
    assert demo_services.sales.count() == sum(expected.values())


@pytest.mark.parametrize("status", list(OpportunityStatus))
def test_sales_page_returns_only_the_requested_status(
    demo_services: Services, status: OpportunityStatus
) -> None:
    # GIVEN the demo opportunities
    # WHEN one status is listed (one big page)
    rows = demo_services.sales.page(0, 10_000, status=status)

    # THEN all of them, and only them, are returned
    assert rows
    assert {r.status for r in rows} == {status}
    assert len(rows) == demo_services.sales.count(status)
    assert len({r.opportunity_id for r in rows}) == len(rows)


def test_sales_page_without_status_lists_everything(demo_services: Services) -> None:
    # GIVEN the demo opportunities
    # WHEN the list is not filtered
    rows = demo_services.sales.page(0, 10_000, status=None)

    # THEN every opportunity of every status is there
    assert len(rows) == demo_services.sales.count()
    assert {r.status for r in rows} == set(OpportunityStatus)


# --- Today ---------------------------------------------------------------------------------------


def test_today_counts_match_sql(demo_services: Services, sql: Connection) -> None:
    # GIVEN the demo database on its own today
    # WHEN the Today screen is built
    summary = demo_services.followups.today(DEMO_TODAY)

    # THEN the overdue and due-today counts are those of the open tasks
    overdue = _int(
        sql, "SELECT COUNT(*) FROM follow_up_tasks WHERE status = 'open' AND due_date < ?", TODAY
    )
    due = _int(
        sql, "SELECT COUNT(*) FROM follow_up_tasks WHERE status = 'open' AND due_date = ?", TODAY
    )
    assert (summary.today, summary.overdue_count, summary.due_today_count) == (
        DEMO_TODAY,
        overdue,
        due,
    )
    assert overdue > 0
    assert due > 0
    assert summary.open_by_level == _grouped(
        sql,
        "SELECT intent_level, COUNT(*) FROM opportunities WHERE status = 'OPEN' "
        "GROUP BY intent_level",
    )


def test_today_lists_only_open_tasks_due_by_today(demo_services: Services, sql: Connection) -> None:
    # GIVEN the demo database on its own today
    # WHEN the Today screen is built
    tasks = demo_services.followups.today(DEMO_TODAY).tasks

    # THEN it lists the open tasks due today or earlier, and nothing else
    expected = {
        int(i)
        for (i,) in sql.exec_driver_sql(
            "SELECT id FROM follow_up_tasks WHERE status = 'open' AND due_date <= ?", (TODAY,)
        )
    }
    assert tasks
    assert all(t.due_date <= DEMO_TODAY for t in tasks)
    assert all(t.status is TaskStatus.OPEN for t in tasks)
    assert {t.task_id for t in tasks} == expected


def test_today_puts_hot_overdue_customers_first(demo_services: Services) -> None:
    # GIVEN the demo's overdue tasks, some for H-level and some for B/C-level opportunities
    tasks = list(demo_services.followups.today(DEMO_TODAY).tasks)
    overdue = [t for t in tasks if t.due_date < DEMO_TODAY]
    hot = [i for i, t in enumerate(overdue) if t.intent_level == "H"]
    cool = [i for i, t in enumerate(overdue) if t.intent_level in ("B", "C")]
    assert hot
    assert cool

    # WHEN the list is read top to bottom
    # THEN every overdue H task comes before every overdue B or C task
    assert max(hot) < min(cool)


def test_today_visits_are_those_started_that_day(demo_services: Services, sql: Connection) -> None:
    # GIVEN the demo database, with showroom visits today and on earlier days
    expected = {
        int(i)
        for (i,) in sql.exec_driver_sql(
            "SELECT id FROM interactions WHERE type = 'showroom_visit' AND date(started_at) = ?",
            (TODAY,),
        )
    }

    # WHEN Today is built for today and for a day without any visit in the future
    summary = demo_services.followups.today(DEMO_TODAY)
    future = demo_services.followups.today(DEMO_TODAY + timedelta(days=30))

    # THEN today's board shows exactly today's visits, in arrival order
    assert expected
    assert {v.interaction_id for v in summary.visits} == expected
    assert summary.visits_today == len(expected)
    starts = [v.started_at for v in summary.visits]
    assert starts == sorted(starts)
    assert all(v.started_at.date() == DEMO_TODAY for v in summary.visits)
    assert future.visits == ()
    assert future.visits_today == 0


def test_completing_a_task_removes_it_from_the_open_list(
    demo_services: Services, sql: Connection
) -> None:
    # GIVEN an open task due today or earlier
    task = demo_services.followups.today(DEMO_TODAY).tasks[0]
    open_before = demo_services.followups.open_count()

    # WHEN it is completed
    demo_services.followups.complete(task.task_id, outcome="reached", notes="booked test drive")

    # THEN it is done, with its outcome, and no longer among the open tasks
    status, outcome, notes, completed = sql.exec_driver_sql(
        "SELECT status, outcome, notes, completed_at FROM follow_up_tasks WHERE id = ?",
        (task.task_id,),
    ).one()
    assert (status, outcome, notes) == ("done", "reached", "booked test drive")
    assert completed is not None
    open_ids = {t.task_id for t in demo_services.followups.open_tasks(0, 100_000)}
    assert task.task_id not in open_ids
    assert demo_services.followups.open_count() == open_before - 1
    assert task.task_id not in {t.task_id for t in demo_services.followups.today(DEMO_TODAY).tasks}


def test_completing_an_unknown_task_raises_not_found(demo_services: Services) -> None:
    # GIVEN the demo database
    open_before = demo_services.followups.open_count()

    # WHEN a task id that does not exist is completed
    # THEN NotFound is raised and nothing changed
    with pytest.raises(NotFound):
        demo_services.followups.complete(999_999)
    assert demo_services.followups.open_count() == open_before


# --- catalogue and stock -------------------------------------------------------------------------


def test_trim_stock_counts_match_sql(demo_services: Services, sql: Connection) -> None:
    # GIVEN the demo stock
    expected: dict[int, dict[str, int]] = {}
    for trim_id, status, n in sql.exec_driver_sql(
        "SELECT trim_id, status, COUNT(*) FROM stock_vehicles GROUP BY trim_id, status"
    ):
        expected.setdefault(int(trim_id), {})[str(status)] = int(n)

    # WHEN the catalogue lists trims with their stock
    trims = demo_services.catalogue.trims()

    # THEN every trim is listed with the counts per status
    assert len(trims) == _int(sql, "SELECT COUNT(*) FROM trims WHERE active")
    for t in trims:
        counts = expected.get(t.trim_id, {})
        assert (t.in_stock, t.in_transit, t.reserved) == (
            counts.get(StockStatus.IN_STOCK.value, 0),
            counts.get(StockStatus.IN_TRANSIT.value, 0),
            counts.get(StockStatus.RESERVED.value, 0),
        ), t.trim_id
    assert sum(t.in_stock for t in trims) > 0


def test_stock_hides_dealer_cost_from_those_who_may_not_see_it(
    demo_services: Services, sql: Connection
) -> None:
    # GIVEN the demo stock, each car with a dealer cost
    costs = {
        int(i): Decimal(c).scaleb(-2)
        for i, c in sql.exec_driver_sql("SELECT id, dealer_cost FROM stock_vehicles")
    }

    # WHEN a manager and then a salesperson list the stock (the role comes from the session)
    shown = demo_services.catalogue.stock()
    salesperson = next(u for u in demo_services.settings.users() if u.role is Role.SALESPERSON)
    demo_services.session.sign_in(salesperson)
    hidden = demo_services.catalogue.stock()

    # THEN the salesperson sees no cost at all, the manager sees the real ones
    assert hidden
    assert all(r.dealer_cost is None for r in hidden)
    assert {r.stock_id: r.dealer_cost for r in shown} == {
        r.stock_id: costs[r.stock_id] for r in shown
    }
    assert all(r.dealer_cost is not None for r in shown)


def test_sold_cars_are_listed_only_on_request(demo_services: Services, sql: Connection) -> None:
    # GIVEN the demo stock, some of it sold
    sold = _int(sql, "SELECT COUNT(*) FROM stock_vehicles WHERE status = 'sold'")
    total = _int(sql, "SELECT COUNT(*) FROM stock_vehicles")
    assert sold > 0

    # WHEN the stock is listed without and with sold cars
    current = demo_services.catalogue.stock()
    everything = demo_services.catalogue.stock(include_sold=True)

    # THEN sold cars appear only in the second list
    assert len(current) == total - sold
    assert StockStatus.SOLD not in {r.status for r in current}
    assert len(everything) == total
    assert sum(r.status is StockStatus.SOLD for r in everything) == sold


# --- reports -------------------------------------------------------------------------------------


def test_activity_report_for_the_demo_month_matches_sql(
    demo_services: Services, sql: Connection
) -> None:
    # GIVEN the demo's month
    start, end = month_bounds(DEMO_TODAY)
    assert (start, end) == (date(2026, 11, 1), date(2026, 11, 30))
    a, b = start.isoformat(), end.isoformat()

    # WHEN the activity report is built for it
    report = demo_services.reports.activity(start, end)

    # THEN every figure is what plain SQL counts for those dates
    def closed(*statuses: str) -> int:
        marks = ", ".join("?" for _ in statuses)
        return _int(
            sql,
            f"SELECT COUNT(*) FROM opportunities WHERE status IN ({marks}) "
            "AND date(closed_at) BETWEEN ? AND ?",
            *statuses,
            a,
            b,
        )

    assert report.customers_total == _int(sql, "SELECT COUNT(*) FROM customers")
    assert report.new_customers == _int(
        sql, "SELECT COUNT(*) FROM customers WHERE date(created_at) BETWEEN ? AND ?", a, b
    )
    assert report.new_opportunities == _int(
        sql, "SELECT COUNT(*) FROM opportunities WHERE date(created_at) BETWEEN ? AND ?", a, b
    )
    assert report.visitor_groups == _int(
        sql,
        "SELECT COUNT(*) FROM interactions WHERE type = 'showroom_visit' AND first_visit "
        "AND date(started_at) BETWEEN ? AND ?",
        a,
        b,
    )
    assert report.orders == closed("WON", "DELIVERED")
    assert report.deliveries == closed("DELIVERED")
    assert report.lost == closed("LOST")
    assert report.by_status == _grouped(
        sql,
        "SELECT status, COUNT(*) FROM opportunities "
        "WHERE date(created_at) BETWEEN ? AND ? GROUP BY status",
        a,
        b,
    )
    assert report.by_source == _grouped(
        sql,
        "SELECT source, COUNT(*) FROM opportunities "
        "WHERE date(created_at) BETWEEN ? AND ? GROUP BY source",
        a,
        b,
    )
    assert report.by_level == _grouped(
        sql,
        "SELECT intent_level, COUNT(*) FROM opportunities WHERE status = 'OPEN' "
        "GROUP BY intent_level",
    )

    # THEN the month really had activity (so the comparisons above were not all 0 == 0)
    assert report.new_customers > 0
    assert report.orders > 0
    assert report.lost > 0
    assert report.visitor_groups > 0


def test_activity_report_includes_both_end_days(demo_services: Services, sql: Connection) -> None:
    # GIVEN the customers who arrived on the demo's today
    expected = _int(sql, "SELECT COUNT(*) FROM customers WHERE date(created_at) = ?", TODAY)
    assert expected > 0

    # WHEN the report covers exactly that one day
    report = demo_services.reports.activity(DEMO_TODAY, DEMO_TODAY)

    # THEN they are all counted (start and end are inclusive)
    assert report.new_customers == expected


# --- integrity -----------------------------------------------------------------------------------


def test_check_database_reports_a_sound_database(demo_services: Services, sql: Connection) -> None:
    # GIVEN the demo database
    # WHEN it is checked
    report = check_database(demo_services.db)

    # THEN it is sound, at the newest schema, with the real row counts
    assert report.ok
    assert report.integrity == "ok"
    assert report.foreign_key_problems == 0
    assert report.schema_revision == report.head_revision == head_revision()
    assert report.database == str(demo_services.db.file)
    assert report.counts == {t: _int(sql, f'SELECT COUNT(*) FROM "{t}"') for t in COUNTED_TABLES}
    assert report.counts["customers"] > 0


def test_check_database_reports_broken_references(demo_services: Services) -> None:
    # GIVEN a phone row pointing at a customer who does not exist (written with foreign
    # keys off, as an old import tool might have done)
    path = demo_services.db.file
    assert path is not None
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(
            "INSERT INTO customer_phones (customer_id, e164, digits, is_mobile, "
            "is_primary) VALUES (999999, '+886912000001', '886912000001', 1, 1)"
        )
        raw.commit()
    finally:
        raw.close()

    # WHEN the database is checked
    report = check_database(demo_services.db)

    # THEN the broken reference is counted and the database is not reported as fine
    assert report.foreign_key_problems == 1
    assert not report.ok
