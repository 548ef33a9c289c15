"""Stage 5 of the cockpit, 試乘試駕 (issue 5): the test-car calendar, the licence gate, the
printed agreement, the drive and the feedback — real widgets, GIVEN / WHEN / THEN.

CJK text is typed with input-method events or ``setText`` (STYLE.md: ``keyClicks`` with CJK
aborts the interpreter); ASCII (licence numbers, dates) with ``keyClicks``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from cjk_input import type_cjk as _type_cjk
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from showroom_app.db.models import Opportunity, TestDrive
from showroom_app.domain.cockpit import StageStatus
from showroom_app.domain.enums import OpportunityStatus, Stage
from showroom_app.domain.errors import ValidationErrors
from showroom_app.services.container import Services
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_test_drive import TestDrivePanel
from showroom_app.ui.cockpit.stage_test_drive_licence import parse_date
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import Translations

TODAY = date.today()
DAY = TODAY + timedelta(days=1)


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def _open_opportunity(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
                .limit(1)
            ).one()
        )


def _drives(services: Services, opportunity_id: int) -> list[TestDrive]:
    with services.db.read() as s:
        rows = s.scalars(
            select(TestDrive)
            .where(TestDrive.opportunity_id == opportunity_id)
            .order_by(TestDrive.id)
        )
        return list(rows)


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


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
def cockpit(qtbot, ctx: AppContext) -> Iterator[CockpitDialog]:
    dialog = CockpitDialog(ctx, _open_opportunity(ctx.services))
    dialog.resize(1280, 900)
    dialog.show()
    yield dialog
    _dispose(dialog)


def _dispose(dialog: CockpitDialog) -> None:
    page = dialog.pages.get(Stage.TEST_DRIVE)
    panel = page.panel if page is not None else None
    if isinstance(panel, TestDrivePanel) and panel.preview is not None:
        panel.preview.close()
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _panel(dialog: CockpitDialog) -> TestDrivePanel:
    panel = dialog.open_stage(Stage.TEST_DRIVE).panel
    assert isinstance(panel, TestDrivePanel)
    return panel


def _show_day(panel: TestDrivePanel, day: date = DAY) -> None:
    panel.calendar_section.day_edit.setDate(QDate(day.year, day.month, day.day))


def _click_slot(qtbot, panel: TestDrivePanel, car_id: int, when: datetime) -> None:
    calendar = panel.calendar_section.calendar
    point = calendar.point_for(car_id, when)
    assert point is not None
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=point)


def _book(qtbot, panel: TestDrivePanel, hour: int = 14, column: int = 0) -> int:
    _show_day(panel)
    car = panel.calendar_section.calendar.columns[column].car_id
    _click_slot(qtbot, panel, car, _at(hour))
    panel.calendar_section.book_button.click()
    assert panel.current_id is not None
    return panel.current_id


def _fill_licence(qtbot, panel: TestDrivePanel, *, expiry: date) -> None:
    form = panel.licence
    for edit, text in (
        (form.number_edit, "A123456789"),
        (form.expiry_edit, expiry.isoformat()),
        (form.first_issue_edit, "2012-03-01"),
        (form.birth_edit, "1990-05-01"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    form.check_button.click()


# -- the calendar ---------------------------------------------------------------------------------


def test_a_slot_is_booked_and_an_overlapping_one_refused_at_the_calendar(cockpit, ctx, qtbot):
    # GIVEN the test-drive page on tomorrow, a 45-minute slot
    panel = _panel(cockpit)
    section = panel.calendar_section
    _show_day(panel)
    section.duration_spin.setValue(45)
    car = section.calendar.columns[0].car_id
    # WHEN a free 14:00 slot of the first car is clicked and booked
    _click_slot(qtbot, panel, car, _at(14))
    assert section.calendar.selection() == (car, _at(14))
    assert "14:00–14:45" in section.slot_label.text()
    section.book_button.click()
    # THEN it is stored for this opportunity, listed, and drawn as this customer's block
    drives = _drives(ctx.services, cockpit.opportunity_id)
    assert [(d.stock_vehicle_id, d.starts_at, d.ends_at) for d in drives] == [
        (car, _at(14), _at(14, 45))
    ]
    assert panel.table.rowCount() == 1
    assert any(b.style == "own" and b.car_id == car for b in section.calendar.blocks)
    assert section.error.isHidden()
    # WHEN the keyboard moves the selection half an hour later and Enter books it
    section.calendar.setFocus()
    _click_slot(qtbot, panel, car, _at(14))
    qtbot.keyClick(section.calendar, Qt.Key.Key_Down)
    qtbot.keyClick(section.calendar, Qt.Key.Key_Down)
    assert section.calendar.selection() == (car, _at(14, 30))
    assert section.calendar.selection_clashes()
    qtbot.keyClick(section.calendar, Qt.Key.Key_Return)
    # THEN the service refuses the overlap: the message is at the calendar, nothing is saved
    assert not section.error.isHidden()
    assert "already booked" in section.error.text()
    assert len(_drives(ctx.services, cockpit.opportunity_id)) == 1
    # AND the car's next free slot can be booked
    qtbot.keyClick(section.calendar, Qt.Key.Key_Down)
    assert section.calendar.selection() == (car, _at(14, 45))
    qtbot.keyClick(section.calendar, Qt.Key.Key_Return)
    assert section.error.isHidden()
    assert len(_drives(ctx.services, cockpit.opportunity_id)) == 2


def test_the_car_filter_and_the_day_buttons(cockpit, ctx):
    panel = _panel(cockpit)
    section = panel.calendar_section
    car = section.cars[0]
    # WHEN a plate is typed into the filter THEN only that car's column is shown
    section.car_filter.setText(car.plate)
    assert [c.car_id for c in section.calendar.columns] == [car.car_id]
    section.car_filter.clear()
    assert len(section.calendar.columns) == len(section.cars)
    # AND the previous / next day buttons move the day shown
    _show_day(panel)
    section.next_button.click()
    assert section.calendar.day == DAY + timedelta(days=1)
    section.prev_button.click()
    section.prev_button.click()
    assert section.calendar.day == TODAY


def test_a_booking_can_be_cancelled_and_frees_the_slot(cockpit, ctx, qtbot, monkeypatch):
    panel = _panel(cockpit)
    drive = _book(qtbot, panel)
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    panel.cancel_button.click()
    assert _drives(ctx.services, cockpit.opportunity_id)[0].status == "cancelled"
    assert not panel.cancel_button.isEnabled()
    # the same slot books again
    _book(qtbot, panel)
    assert [d.status for d in _drives(ctx.services, cockpit.opportunity_id)] == [
        "cancelled",
        "booked",
    ]
    assert panel.current_id != drive


# -- the licence gate -----------------------------------------------------------------------------


def test_a_licence_that_expired_yesterday_fails_and_nothing_bypasses_it(cockpit, ctx, qtbot):
    # GIVEN a booked test drive
    panel = _panel(cockpit)
    drive = _book(qtbot, panel)
    # WHEN a licence that expired yesterday is checked
    _fill_licence(qtbot, panel, expiry=TODAY - timedelta(days=1))
    # THEN the failed rule is shown in red at its field with the reason, and a red verdict
    error = panel.licence.errors["licence_expiry"]
    assert not error.isHidden() and error.text() == "The driving licence has expired."
    assert "does not pass" in panel.licence.verdict_label.text()
    assert panel.table.item(0, 3).text() == "✗ failed"
    # AND the agreement cannot be printed, the drive cannot start
    assert not panel.agreement.print_button.isEnabled()
    assert not panel.agreement.sign_button.isEnabled()
    assert not panel.drive.start_button.isEnabled()
    assert "licence that passes the check" in panel.drive.next_label.text()
    # AND a start forced anyway is refused by the service, with the reason at the field
    ctx.services.test_drives.mark_agreement_signed(drive)
    panel.reload()
    assert not panel.drive.start_button.isEnabled()
    panel.on_start_requested()
    assert not panel.drive.error.isHidden()
    assert _drives(ctx.services, cockpit.opportunity_id)[0].status == "booked"
    with pytest.raises(ValidationErrors) as err:
        ctx.services.test_drives.start_drive(drive, 1000, accompanied_by="陳志明")
    assert "licence_expired" in [e.code for e in err.value.errors]
    # AND the stored facts are the ones typed
    stored = _drives(ctx.services, cockpit.opportunity_id)[0]
    assert stored.licence_expiry == TODAY - timedelta(days=1)
    assert stored.licence_number == "A123456789"


def test_a_half_typed_date_is_shown_at_its_field_and_nothing_is_checked(cockpit, ctx, qtbot):
    panel = _panel(cockpit)
    _book(qtbot, panel)
    form = panel.licence
    qtbot.keyClicks(form.number_edit, "A123456789")
    qtbot.keyClicks(form.expiry_edit, "2031-0")
    form.check_button.click()
    assert not form.errors["licence_expiry"].isHidden()
    assert not form.errors["licence_first_issue"].isHidden()  # empty
    assert _drives(ctx.services, cockpit.opportunity_id)[0].licence_checked_at is None


def test_roc_dates_are_read_in_taiwan():
    from showroom_app.domain.enums import Region

    assert parse_date("104/03/01", Region.TW) == date(2015, 3, 1)
    assert parse_date("104年3月1日", Region.TW) == date(2015, 3, 1)
    assert parse_date("20150301", Region.CN) == date(2015, 3, 1)
    assert parse_date("2015/3/1", Region.HK) == date(2015, 3, 1)
    with pytest.raises(ValueError):
        parse_date("104/03/01", Region.CN)
    with pytest.raises(ValueError):
        parse_date("2015-02-30", Region.TW)


# -- the whole drive ------------------------------------------------------------------------------


def test_valid_licence_agreement_drive_and_feedback(cockpit, ctx, qtbot):
    services = ctx.services
    opp = cockpit.opportunity_id
    panel = _panel(cockpit)
    drive = _book(qtbot, panel)
    car = _drives(services, opp)[0].stock_vehicle_id
    vin = next(c.vin for c in panel.calendar_section.cars if c.car_id == car)
    customer = services.customers.get(cockpit.view.customer_id)
    # GIVEN a valid licence, checked
    _fill_licence(qtbot, panel, expiry=TODAY + timedelta(days=700))
    assert "may take the test car" in panel.licence.verdict_label.text()
    assert panel.agreement.print_button.isEnabled()
    assert not panel.agreement.sign_button.isEnabled()  # not printed yet
    # AND the route and the accompanying staff typed in Chinese (they autosave)
    _type_cjk(panel.agreement.route_edit, "市區環線")
    panel.agreement.staff_edit.setText("")
    _type_cjk(panel.agreement.staff_edit, "陳志明")
    qtbot.waitUntil(lambda: _drives(services, opp)[0].accompanied_by == "陳志明", timeout=3000)
    assert _drives(services, opp)[0].route == "市區環線"
    # WHEN the agreement is printed (previewed)
    panel.agreement.print_button.click()
    assert panel.preview is not None
    text = _pdf_text(panel.preview.pdf_bytes)
    # THEN it names the driver, the licence and the car's VIN (last 6), route and staff
    assert re.sub(r"\s+", "", customer.name) in text
    assert "A123456789" in text and vin[-6:] in text
    assert "市區環線" in text and "陳志明" in text
    panel.preview.close()
    # AND only now it can be marked signed
    assert panel.agreement.sign_button.isEnabled()
    assert not panel.drive.start_button.isEnabled()
    panel.agreement.sign_button.click()
    assert _drives(services, opp)[0].agreement_signed_at is not None
    assert panel.drive.start_button.isEnabled()
    # WHEN the drive starts with the odometer out
    panel.drive.odo_out_spin.setValue(12000)
    panel.drive.start_button.click()
    started = _drives(services, opp)[0]
    assert (started.status, started.odo_out, started.accompanied_by) == ("started", 12000, "陳志明")
    # AND it is finished with an odometer reading below the one at departure
    panel.drive.odo_in_spin.setValue(11990)
    panel.drive.finish_button.click()
    # THEN the error is at the field and nothing is saved
    assert not panel.drive.odo_in_error.isHidden()
    assert "cannot be lower" in panel.drive.odo_in_error.text()
    assert _drives(services, opp)[0].status == "started"
    assert not cockpit.view.facts.test_drive_finished
    # WHEN the customer rates the car and the reading is corrected
    panel.feedback.combos["comfort"].setCurrentIndex(5)
    panel.feedback.combos["power"].setCurrentIndex(4)
    panel.feedback.notes_edit.setPlainText("後座空間很大")
    panel.drive.odo_in_spin.setValue(12012)
    panel.drive.finish_button.click()
    # THEN the drive is finished with both odometers and the feedback
    done = _drives(services, opp)[0]
    assert (done.status, done.odo_out, done.odo_in) == ("finished", 12000, 12012)
    assert done.review == {"ratings": {"comfort": 5, "power": 4}, "notes": "後座空間很大"}
    assert panel.drive.odo_in_error.isHidden() and panel.drive.odo_in_warning.isHidden()
    assert panel.table.item(0, 2).text() == "Finished"
    # AND the cockpit header follows: the finished drive feeds the stage bar and the
    # intent suggestion shown is the one the service derives from it
    view = services.cockpit.cockpit(opp)
    assert view.facts.test_drive_finished and cockpit.view.facts.test_drive_finished
    assert view.stages[Stage.TEST_DRIVE] is StageStatus.DONE
    assert cockpit.stage_buttons[Stage.TEST_DRIVE].property("stage_status") == "done"
    expected = (
        "Matches the suggestion"
        if view.suggested_intent is view.intent_level
        else f"Suggested: {labels.intent_level(view.suggested_intent)}"
    )
    assert cockpit.suggestion_label.text() == expected
    assert drive == done.id


def test_an_implausible_distance_warns_but_is_saved(cockpit, ctx, qtbot):
    services = ctx.services
    opp = cockpit.opportunity_id
    panel = _panel(cockpit)
    drive = _book(qtbot, panel)
    _fill_licence(qtbot, panel, expiry=TODAY + timedelta(days=700))
    services.documents.test_drive_agreement(drive)
    services.test_drives.mark_agreement_signed(drive)
    panel.reload()
    panel.drive.odo_out_spin.setValue(500)
    panel.drive.start_button.click()
    # WHEN the car comes back 40 km later on a 15 km route
    panel.drive.odo_in_spin.setValue(540)
    assert not panel.drive.odo_in_warning.isHidden()  # warned while typing
    panel.drive.finish_button.click()
    # THEN it is saved, and the warning stays next to the field
    stored = _drives(services, opp)[0]
    assert (stored.status, stored.odo_in) == ("finished", 540)
    assert "twice the route length" in panel.drive.odo_in_warning.text()
    assert panel.drive.odo_in_error.isHidden()


def test_mark_signed_needs_the_agreement_of_this_booking(cockpit, ctx, qtbot):
    services = ctx.services
    panel = _panel(cockpit)
    first = _book(qtbot, panel, hour=10)
    second = _book(qtbot, panel, hour=15)
    for drive in (first, second):
        services.test_drives.check_licence(
            drive,
            licence_number="A123456789",
            licence_class="普通小型車",
            licence_expiry=TODAY + timedelta(days=300),
            first_issue_date=date(2012, 3, 1),
            birth_date=date(1990, 5, 1),
        )
    panel.select_drive(first)
    panel.agreement.print_button.click()
    assert panel.preview is not None
    assert panel.preview.suggested_name == f"test-drive-agreement-{first}.pdf"  # this drive
    panel.preview.close()
    assert panel.agreement.sign_button.isEnabled()
    # WHEN the other booking is selected THEN its agreement still has to be printed
    panel.select_drive(second)
    assert panel.current_id == second
    assert not panel.agreement.sign_button.isEnabled()
    panel.select_drive(first)
    assert panel.agreement.sign_button.isEnabled()


# -- drafts ---------------------------------------------------------------------------------------


def test_half_typed_licence_data_survives_a_crash(qtbot, ctx):
    services = ctx.services
    opp = _open_opportunity(services)
    dialog = CockpitDialog(ctx, opp)
    dialog.show()
    panel = _panel(dialog)
    _book(qtbot, panel)
    # WHEN licence data is typed but not checked
    qtbot.keyClicks(panel.licence.number_edit, "B2345")
    qtbot.keyClicks(panel.licence.expiry_edit, "2031-0")
    # THEN it is kept as a draft within two seconds, without any other action
    qtbot.waitUntil(lambda: services.drafts.load(panel.draft_key) is not None, timeout=2000)
    key = panel.draft_key
    _dispose(dialog)  # the window goes away (a crash loses at most the last seconds)
    # WHEN the cockpit opens again THEN the typed values are back, with a note
    again = CockpitDialog(ctx, opp)
    again.show()
    restored = _panel(again)
    assert restored.licence.number_edit.text() == "B2345"
    assert restored.licence.expiry_edit.text() == "2031-0"
    assert not restored.draft_note.isHidden()
    # AND once the licence is checked the draft is gone
    _fill_licence(qtbot, restored, expiry=TODAY + timedelta(days=700))
    assert services.drafts.load(key) is None
    assert restored.draft_note.isHidden()
    _dispose(again)


def test_the_page_in_traditional_chinese(qtbot, ctx, translations):
    # the page is built and translated with the application (no English left in its
    # captions once the pending translations are merged); here: it builds and switches
    translations.apply("zh_TW")
    try:
        dialog = CockpitDialog(ctx, _open_opportunity(ctx.services))
        dialog.show()
        panel = _panel(dialog)
        assert panel.calendar_section.calendar.columns
        assert panel.licence.class_combo.currentData() == "普通小型車"
        _dispose(dialog)
    finally:
        translations.apply("en")


def test_every_interactive_widget_of_the_page_is_named(cockpit, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QPlainTextEdit

    panel = _panel(cockpit)
    _book(qtbot, panel)
    for cls in (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit):
        for widget in panel.findChildren(cls):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (e.g. a spin box's line edit)
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
    assert panel.calendar_section.calendar.accessibleName() == "test_drive_calendar"
    assert "14:00" in panel.calendar_section.calendar.accessibleDescription()
