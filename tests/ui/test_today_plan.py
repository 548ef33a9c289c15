"""The Today page (issue 5, stages 1–2): today's plan (appointments, then follow-ups with H
and A first), the appointments day view with show / no-show, the readiness checklist kept
per day, and the board of today's visitors with "Customer left" — real widgets, GIVEN/WHEN/THEN.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent
from testdata import DEMO_TODAY

from showroom_app.db.models import Appointment, Interaction
from showroom_app.domain.customers import CustomerForm
from showroom_app.services.appointments import AppointmentStatus
from showroom_app.services.container import Services
from showroom_app.services.followups import LEVEL_RANK
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import Translations
from showroom_app.ui.pages import today_board
from showroom_app.ui.pages.today import TodayPage

NOW = datetime.combine(DEMO_TODAY, time(15, 0))


@pytest.fixture
def ctx(demo_services: Services, translations: Translations) -> AppContext:
    user = demo_services.session.require_user()
    return AppContext(
        services=demo_services,
        translations=translations,
        user=user,
        dealership=demo_services.settings.dealership(),
    )


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The page's "now", pinned to the demo day (a test may move it on)."""
    now = [NOW]
    monkeypatch.setattr(TodayPage, "now", lambda self: now[0])
    return now


@pytest.fixture
def page(qtbot, ctx: AppContext, clock) -> Iterator[TodayPage]:
    widget = TodayPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.refresh()
    yield widget
    for dialog in widget.findChildren(CockpitDialog):
        dialog.close()
        dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _customer(services: Services, name: str, phone: str) -> int:
    return services.customers.create(CustomerForm(name=name, phones=(phone,)))


def _at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return datetime.combine(DEMO_TODAY + timedelta(days=days), time(hour, minute))


def test_todays_plan_lists_the_appointments_then_h_and_a_customers_first(
    page: TodayPage, ctx: AppContext
):
    # GIVEN two appointments today (booked out of order) and a cancelled one
    services = ctx.services
    late = _customer(services, "黎鑫濤", "0912 300 001")
    early = _customer(services, "柯山晶", "0912 300 002")
    gone = _customer(services, "簡中玲", "0912 300 003")
    appointments = services.appointments
    appointments.schedule(late, "delivery", _at(16), _at(17))
    appointments.schedule(early, "visit", _at(10), _at(11))
    appointments.mark(appointments.schedule(gone, "visit", _at(12), _at(13)), "cancelled")
    # WHEN the page is refreshed
    page.refresh()
    # THEN the plan (the tasks table it always had) starts with the live appointments by time
    assert page.tasks_view.objectName() == "today_tasks"
    rows = [page.tasks_model.row_at(i) for i in range(page.tasks_model.rowCount())]
    booked = [r.appointment for r in rows if r.appointment is not None]
    # (the demo books a few appointments of its own today)
    assert [a.customer_id for a in booked if a.customer_id in (early, late, gone)] == [
        early,
        late,
    ]
    assert [a.starts_at for a in booked] == sorted(a.starts_at for a in booked)
    assert all(r.appointment is not None for r in rows[: len(booked)])
    assert page.tasks_model.index(0, 0).data() == "10:00–11:00"
    assert "Appointment" in page.tasks_model.index(0, 4).data()
    # AND each appointment shows the phone to call, and the demo's the intent level
    assert all(page.tasks_model.index(i, 2).data() for i in range(len(booked)))
    demo_rows = [i for i, a in enumerate(booked) if a.opportunity_id is not None]
    assert demo_rows and all(page.tasks_model.index(i, 3).data() for i in demo_rows)
    assert page.card_appointments.value.text() == str(len(booked))
    # AND the follow-ups follow, H customers first, then A, then the others
    ranks = [
        LEVEL_RANK.get(r.task.intent_level.value if r.task.intent_level else "N", 9)
        for r in rows[len(booked) :]
        if r.task is not None
    ]
    assert ranks and ranks == sorted(ranks)
    assert ranks[0] == LEVEL_RANK["H"]


def test_appointments_day_view_show_and_no_show(page: TodayPage, ctx: AppContext):
    # GIVEN an appointment tomorrow
    customer = _customer(ctx.services, "吳君軒", "0912 300 010")
    booked = ctx.services.appointments.schedule(
        customer, "test_drive", _at(9, 30, 1), _at(10, 30, 1)
    )
    view = page.day_view
    page.tabs.setCurrentWidget(view)
    assert view.day == DEMO_TODAY
    # WHEN the next day is picked (date picker)
    tomorrow = DEMO_TODAY + timedelta(days=1)
    view.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    # THEN its appointments are listed
    table = view.list
    count = len(ctx.services.appointments.day(tomorrow))  # ours and the demo's
    assert count >= 1
    assert table.model.rowCount() == count
    assert table.model.row_at(0).appointment_id == booked  # the earliest, 09:30
    assert f"{count} appointment" in view.count_label.text()
    # WHEN it is selected and marked "No-show", then corrected to "Showed up"
    table.view.selectRow(0)
    table.buttons[AppointmentStatus.NO_SHOW].click()
    with ctx.services.db.read() as s:
        assert s.get(Appointment, booked).status == "no_show"
    table.view.selectRow(0)
    assert not table.buttons[AppointmentStatus.NO_SHOW].isEnabled()  # already that
    table.buttons[AppointmentStatus.SHOW].click()
    with ctx.services.db.read() as s:
        assert s.get(Appointment, booked).status == "show"
    assert "Showed up" in table.model.index(0, 4).data()
    # AND "Today" goes back to today's appointments
    view.today_button.click()
    assert view.day == DEMO_TODAY
    view.previous_button.click()
    assert view.day == DEMO_TODAY - timedelta(days=1)


def test_the_readiness_checklist_is_kept_per_day(page: TodayPage, ctx: AppContext, clock):
    box = page.readiness
    code = next(iter(box.boxes))
    assert not any(b.isChecked() for b in box.boxes.values())
    # WHEN an item is ticked today
    box.boxes[code].click()
    # THEN it is saved for today, with who and when
    state = ctx.services.appointments.readiness(DEMO_TODAY)
    assert [i.code for i in state.items if i.done] == [code]
    assert ctx.user.name in box.stamps[code].text()
    assert box.progress.text().startswith("1 of")
    # WHEN the next day comes THEN its checklist is empty
    clock[0] = NOW + timedelta(days=1)
    page.refresh()
    assert box.day == DEMO_TODAY + timedelta(days=1)
    assert not any(b.isChecked() for b in box.boxes.values())
    assert not ctx.services.appointments.readiness(box.day).items[0].done
    # AND yesterday's ticks are still there
    box.show_day(DEMO_TODAY)
    assert box.boxes[code].isChecked()


def test_the_visitors_board_shows_time_since_arrival_and_removes_who_left(
    qtbot, page: TodayPage, ctx: AppContext, clock
):
    # GIVEN a walk-in twenty minutes ago (recorded from anywhere)
    done = ctx.services.visits.walk_in(
        "0933 222 111", "王", "mr", None, at=NOW - timedelta(minutes=20)
    )
    page.refresh()
    board = page.board
    row = next(i for i, r in enumerate(board.rows) if r.interaction_id == done.interaction_id)
    assert board.model.index(row, 1).data() == "Mr 王"
    assert board.model.index(row, 2).data() == "20 min"
    assert board.model.index(row, 3).data() == "First visit"
    assert board.title().startswith("In the showroom now:")
    # WHEN a minute passes THEN the time since arrival moves on by itself
    assert board.ticker.interval() == today_board.TICK_MS == 60_000
    clock[0] = NOW + timedelta(minutes=5)
    board.ticker.timeout.emit()
    row = next(i for i, r in enumerate(board.rows) if r.interaction_id == done.interaction_id)
    assert board.model.index(row, 2).data() == "25 min"
    # WHEN they leave ("Customer left" on their row)
    board.view.selectRow(row)
    board.left_button.click()
    # THEN the departure is logged and they are off the board
    with ctx.services.db.read() as s:
        assert s.get(Interaction, done.interaction_id).ended_at == NOW + timedelta(minutes=5)
    assert done.interaction_id not in [r.interaction_id for r in board.rows]
    # AND "Everyone today" still lists them, with how long they stayed
    board.all_box.setChecked(True)
    row = next(i for i, r in enumerate(board.rows) if r.interaction_id == done.interaction_id)
    assert board.model.index(row, 2).data() == "25 min"


def test_double_click_on_a_visitor_opens_the_cockpit(qtbot, page: TodayPage, ctx: AppContext):
    done = ctx.services.visits.walk_in(
        "0933 777 888", "林美華", "ms", None, at=NOW - timedelta(minutes=3)
    )
    page.board.refresh()
    row = next(i for i, r in enumerate(page.board.rows) if r.interaction_id == done.interaction_id)
    page.board.view.doubleClicked.emit(page.board.model.index(row, 1))
    opened = page.findChildren(CockpitDialog)
    assert [d.opportunity_id for d in opened] == [done.opportunity_id]
    assert opened[0].isVisible()
