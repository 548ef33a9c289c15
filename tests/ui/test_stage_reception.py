"""Stages 1–2 of the cockpit (issue 5) with real widgets, GIVEN/WHEN/THEN: the lead source
and referrer, appointments with show / no-show and booking, the traffic log with "Customer
arrived" / "Customer left", and the visit's fields saving themselves.

Chinese text is committed the way an input method does (QInputMethodEvent) or set with
``setText``; ``qtbot.keyClicks`` with CJK aborts the interpreter (STYLE.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from cjk_input import type_cjk
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt
from sqlalchemy import select

from showroom_app.db.models import Appointment, Interaction, Opportunity, StockVehicle
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import LeadSource, Stage
from showroom_app.services.appointments import AppointmentStatus
from showroom_app.services.container import Services
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_prospecting import ProspectingPanel
from showroom_app.ui.cockpit.stage_reception import ReceptionPanel
from showroom_app.ui.cockpit.stage_reception_booking import BookAppointmentDialog
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import Translations


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
def walk_in(ctx: AppContext):
    """A walk-in who arrived ten minutes ago (a new customer, first visit)."""
    return ctx.services.visits.walk_in(
        "0933 222 111", "王", "mr", None, at=datetime.now() - timedelta(minutes=10)
    )


def _dispose(dialog: CockpitDialog) -> None:
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def cockpit(qtbot, ctx: AppContext, walk_in) -> Iterator[CockpitDialog]:
    dialog = CockpitDialog(ctx, walk_in.opportunity_id)
    dialog.show()
    yield dialog
    _dispose(dialog)


def reception(dialog: CockpitDialog) -> ReceptionPanel:
    panel = dialog.open_stage(Stage.RECEPTION).panel
    assert isinstance(panel, ReceptionPanel)
    return panel


def prospecting(dialog: CockpitDialog) -> ProspectingPanel:
    panel = dialog.open_stage(Stage.PROSPECTING).panel
    assert isinstance(panel, ProspectingPanel)
    return panel


def _visit(services: Services, interaction_id: int) -> Interaction:
    with services.db.read() as s:
        visit = s.get(Interaction, interaction_id)
        assert visit is not None
        return visit


def _cell(panel: ReceptionPanel, row: int, header: str) -> str:
    model = panel.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    return str(model.index(row, column).data())


# -- the traffic log -------------------------------------------------------------------------


def test_arrived_and_left_log_the_visit_and_first_or_return_is_derived(
    qtbot, cockpit: CockpitDialog, ctx: AppContext, walk_in
):
    # GIVEN a walk-in still in the showroom
    panel = reception(cockpit)
    assert panel.model.rowCount() == 1
    assert _cell(panel, 0, "Visit") == "First visit"
    assert not panel.arrived_button.isEnabled() and panel.left_button.isEnabled()
    assert "In the showroom since" in panel.here_label.text()
    # WHEN "Customer left" is pressed THEN the departure is logged and shown
    panel.left_button.click()
    assert _visit(ctx.services, walk_in.interaction_id).ended_at is not None
    assert _cell(panel, 0, "Departure") != ""
    assert panel.arrived_button.isEnabled() and not panel.left_button.isEnabled()
    # WHEN they come back and "Customer arrived" is pressed THEN it is a return visit
    panel.arrived_button.click()
    assert panel.model.rowCount() == 2
    assert _cell(panel, 0, "Visit") == "Return visit"
    assert _cell(panel, 1, "Visit") == "First visit"
    assert panel.editor.interaction_id == panel.rows[0].interaction_id  # the new one, to edit
    # and the reception stage counts as done (derived from the recorded visit)
    assert cockpit.view.stages[Stage.RECEPTION].value == "done"


def test_the_visits_fields_save_themselves_with_chinese_text(
    qtbot, cockpit: CockpitDialog, ctx: AppContext, walk_in
):
    panel = reception(cockpit)
    editor = panel.editor
    # WHEN party size, invited, summary (input method) and next step are entered
    editor.party_spin.setValue(3)
    editor.invited_box.click()
    type_cjk(editor.summary_edit, "太太與兩個小孩同行，看七人座休旅車")
    type_cjk(editor.next_step_edit, "週六安排試駕")
    # THEN they are saved within the autosave pause, in one go
    qtbot.waitUntil(
        lambda: _visit(ctx.services, walk_in.interaction_id).next_step == "週六安排試駕",
        timeout=3000,
    )
    stored = _visit(ctx.services, walk_in.interaction_id)
    assert (stored.party_size, stored.invited) == (3, True)
    assert stored.summary == "太太與兩個小孩同行，看七人座休旅車"
    assert _cell(panel, 0, "Party") == "3" and _cell(panel, 0, "Invited") == "Yes"


def test_the_companions_are_typed_in_chinese_saved_and_too_long_is_refused_at_the_field(
    qtbot, ctx: AppContext, walk_in
):
    dialog = CockpitDialog(ctx, walk_in.opportunity_id)
    dialog.show()
    panel = reception(dialog)
    editor = panel.editor
    field = editor.companions_edit
    assert field.objectName() == "reception_companions" and field.isEnabled()
    assert "Who came along" not in editor.summary_edit.placeholderText()
    # WHEN who came along is typed through the input method, next to the party size
    editor.party_spin.setValue(4)
    type_cjk(field, "太太和兩個小孩")
    # THEN it saves itself after the pause, with the party size, and shows in the log
    qtbot.waitUntil(
        lambda: _visit(ctx.services, walk_in.interaction_id).companions == "太太和兩個小孩",
        timeout=3000,
    )
    assert _visit(ctx.services, walk_in.interaction_id).party_size == 4
    assert _cell(panel, 0, "Companions") == "太太和兩個小孩"
    # WHEN far more than 200 characters are committed THEN the field keeps only 200
    field.clear()
    type_cjk(field, "岳" * 250)
    assert len(field.text()) == 200
    panel.flush()
    assert _visit(ctx.services, walk_in.interaction_id).companions == "岳" * 200
    assert editor.errors["companions"].isHidden()
    # WHEN the visit cannot be saved (departure before arrival) THEN the companions typed
    # are kept in the draft with the rest, and are back when the cockpit opens again
    arrival = _visit(ctx.services, walk_in.interaction_id).started_at
    earlier = arrival - timedelta(hours=1)
    editor.left_box.click()
    editor.departure_edit.setDateTime(
        QDateTime(earlier.year, earlier.month, earlier.day, earlier.hour, earlier.minute, 0)
    )
    field.clear()
    type_cjk(field, "同事兩位")
    panel.flush()
    assert _visit(ctx.services, walk_in.interaction_id).companions == "岳" * 200
    _dispose(dialog)
    again = CockpitDialog(ctx, walk_in.opportunity_id)
    again.show()
    try:
        panel = reception(again)
        assert not panel.draft_note.isHidden()
        assert panel.editor.companions_edit.text() == "同事兩位"
    finally:
        _dispose(again)


def test_a_departure_before_the_arrival_is_refused_at_the_field_and_kept_as_a_draft(
    qtbot, ctx: AppContext, walk_in
):
    dialog = CockpitDialog(ctx, walk_in.opportunity_id)
    dialog.show()
    panel = reception(dialog)
    editor = panel.editor
    arrival = _visit(ctx.services, walk_in.interaction_id).started_at
    # WHEN "left at" is ticked with a time an hour before the arrival, and something typed
    editor.left_box.click()
    earlier = arrival - timedelta(hours=1)
    editor.departure_edit.setDateTime(
        QDateTime(earlier.year, earlier.month, earlier.day, earlier.hour, earlier.minute, 0)
    )
    type_cjk(editor.next_step_edit, "寄型錄")
    panel.flush()
    # THEN the message is under the departure, and nothing of the visit is saved
    error = editor.errors["departure"]
    assert error.objectName() == "error_reception_departure" and not error.isHidden()
    assert "departure" in error.text()
    stored = _visit(ctx.services, walk_in.interaction_id)
    assert (stored.ended_at, stored.next_step) == (None, "")
    # WHEN the window is closed and opened again (as after a crash) THEN the input is back
    _dispose(dialog)
    again = CockpitDialog(ctx, walk_in.opportunity_id)
    again.show()
    try:
        panel = reception(again)
        assert not panel.draft_note.isHidden()
        assert panel.editor.next_step_edit.text() == "寄型錄"
        assert panel.editor.left_box.isChecked()
        # WHEN the departure is corrected THEN everything saves and the draft is gone
        later = arrival + timedelta(minutes=30)
        panel.editor.departure_edit.setDateTime(
            QDateTime(later.year, later.month, later.day, later.hour, later.minute, 0)
        )
        panel.flush()
        stored = _visit(ctx.services, walk_in.interaction_id)
        assert stored.ended_at == later.replace(second=0, microsecond=0)
        assert stored.next_step == "寄型錄"
        assert ctx.services.drafts.load(panel.draft_key) is None
        assert panel.editor.errors["departure"].isHidden()
    finally:
        _dispose(again)


# -- the lead and the appointments -------------------------------------------------------------


def test_a_referral_needs_its_referrer_picked_by_name(
    qtbot, cockpit: CockpitDialog, ctx: AppContext, walk_in
):
    referrer = ctx.services.customers.create(CustomerForm(name="林美華", phones=("0955 123 456",)))
    panel = prospecting(cockpit)
    assert panel.source_combo.currentData() == "WALK_IN"
    assert panel.referrer.isHidden()
    # WHEN "Referral" is chosen without a referrer THEN the message is at the referrer field
    panel.source_combo.setCurrentIndex(panel.source_combo.findData("REFERRAL"))
    panel.source_combo.activated.emit(panel.source_combo.currentIndex())
    assert not panel.referrer.isHidden()
    assert not panel.errors["referrer"].isHidden()
    with ctx.services.db.read() as s:
        assert s.get(Opportunity, walk_in.opportunity_id).source == "WALK_IN"  # not saved
    # WHEN the referrer's name is typed (input method) and the match picked
    type_cjk(panel.referrer.search_edit, "林美華")
    panel.referrer.search()
    results = panel.referrer.results
    assert results.count() >= 1 and not results.isHidden()
    match = next(
        results.item(i) for i in range(results.count()) if "林美華" in results.item(i).text()
    )
    results.itemActivated.emit(match)
    # THEN the referral is saved with its referrer, and the message is gone
    with ctx.services.db.read() as s:
        opp = s.get(Opportunity, walk_in.opportunity_id)
        assert (opp.source, opp.referrer_customer_id) == ("REFERRAL", referrer)
    assert panel.errors["referrer"].isHidden()
    assert "林美華" in panel.referrer.value_label.text()
    # WHEN a detail is typed THEN it saves itself after the pause
    type_cjk(panel.detail_edit, "車友會")
    qtbot.waitUntil(
        lambda: ctx.services.visits.lead(walk_in.opportunity_id).source_detail == "車友會",
        timeout=3000,
    )
    assert ctx.services.visits.lead(walk_in.opportunity_id).source is LeadSource.REFERRAL


def test_book_an_appointment_with_a_clash_then_mark_it_showed_up(
    qtbot, cockpit: CockpitDialog, ctx: AppContext, walk_in, monkeypatch
):
    services = ctx.services
    car = next(c for c in services.catalogue.stock() if c.status.value != "sold")
    with services.db.write() as s:  # make sure the car is a test car
        s.get(StockVehicle, car.stock_id).is_test_car = True
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=2)
    other = services.customers.create(CustomerForm(name="黃先生", phones=("0977 111 222",)))
    services.appointments.schedule(
        other, "test_drive", start, start + timedelta(hours=1), stock_vehicle_id=car.stock_id
    )
    panel = prospecting(cockpit)
    assert panel.appointments.model.rowCount() == 0
    # WHEN a test drive is booked with that car at the same time
    dialogs: list[BookAppointmentDialog] = []

    def run(dialog: BookAppointmentDialog) -> int:
        dialogs.append(dialog)
        dialog.day_edit.setDate(start.date())
        dialog.start_edit.setTime(start.time())
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("test_drive"))
        dialog.car_combo.setCurrentIndex(dialog.car_combo.findData(car.stock_id))
        dialog.book_button.click()
        # THEN the clash is named under the time and nothing is booked
        assert not dialog.errors["start"].isHidden()
        assert "already booked" in dialog.errors["start"].text()
        assert dialog.result() == 0
        # WHEN moved to an hour later THEN it is booked
        dialog.start_edit.setTime((start + timedelta(hours=1)).time())
        dialog.book_button.click()
        return dialog.result()

    monkeypatch.setattr(BookAppointmentDialog, "exec", run)
    panel.book_button.click()
    assert dialogs and dialogs[0].appointment_id is not None
    assert panel.appointments.model.rowCount() == 1
    # WHEN the appointment is selected and "No-show", then "Showed up" is pressed
    panel.appointments.view.selectRow(0)
    panel.appointments.buttons[AppointmentStatus.NO_SHOW].click()
    with services.db.read() as s:
        booked = s.get(Appointment, dialogs[0].appointment_id)
        assert booked.status == "no_show"
        assert booked.opportunity_id == walk_in.opportunity_id
    panel.appointments.view.selectRow(0)
    panel.appointments.buttons[AppointmentStatus.SHOW].click()
    with services.db.read() as s:
        assert (
            s.scalar(select(Appointment.status).where(Appointment.id == dialogs[0].appointment_id))
            == "show"
        )
    assert "Showed up" in str(panel.appointments.model.index(0, 3).data())


def test_every_control_of_the_stage_panels_is_named(qtbot, cockpit: CockpitDialog):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    for stage in (Stage.PROSPECTING, Stage.RECEPTION):
        panel = cockpit.open_stage(stage).panel
        assert panel is not None
        for cls in (QLineEdit, QComboBox, QAbstractButton):
            for widget in panel.findChildren(cls):
                if widget.objectName().startswith("qt_"):
                    continue
                assert widget.objectName() and widget.accessibleName(), widget


def test_an_unfinished_referral_survives_closing_the_window(qtbot, ctx: AppContext, walk_in):
    # GIVEN "Referral" chosen and a detail typed, but no referrer picked yet
    dialog = CockpitDialog(ctx, walk_in.opportunity_id)
    dialog.show()
    panel = prospecting(dialog)
    panel.source_combo.setCurrentIndex(panel.source_combo.findData("REFERRAL"))
    panel.source_combo.activated.emit(panel.source_combo.currentIndex())
    type_cjk(panel.detail_edit, "老客戶介紹")
    # WHEN the window is closed (the typed detail is flushed, but cannot be saved yet)
    _dispose(dialog)
    assert ctx.services.visits.lead(walk_in.opportunity_id).source is LeadSource.WALK_IN
    # THEN opening it again puts the input back, with a note
    again = CockpitDialog(ctx, walk_in.opportunity_id)
    again.show()
    try:
        panel = prospecting(again)
        assert panel.source_combo.currentData() == "REFERRAL"
        assert panel.detail_edit.text() == "老客戶介紹"
        assert not panel.draft_note.isHidden() and not panel.referrer.isHidden()
    finally:
        _dispose(again)
