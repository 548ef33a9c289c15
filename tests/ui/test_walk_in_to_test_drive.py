"""The issue's walk-through: a walk-in sits down and goes from greeting to a finished test
drive on a signed agreement, without paper and without steps the customer did not need
(prospecting and product presentation are skipped). Real widgets, Chinese typed through
the input method, the stages changed with the keyboard; the database and the printed
agreement checked at the end.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from cjk_input import type_cjk
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from showroom_app.db.models import AuditEntry, Interaction, Opportunity, TestDrive
from showroom_app.domain.cockpit import StageStatus
from showroom_app.domain.enums import OpportunityStatus, Stage
from showroom_app.ui.cockpit import CockpitDialog
from showroom_app.ui.cockpit.stage_needs_analysis import NeedsAnalysisPanel
from showroom_app.ui.cockpit.stage_test_drive import TestDrivePanel
from showroom_app.ui.quick_add import QuickAddDialog

TOMORROW = date.today() + timedelta(days=1)
SLOT = datetime.combine(TOMORROW, time(16, 0))  # the demo books nothing then


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in pages))


def _activate(qtbot, cockpit: CockpitDialog) -> None:
    """Window shortcuts reach the active window only (the walk-in dialog was on top)."""
    cockpit.activateWindow()
    qtbot.waitUntil(lambda: cockpit.isActiveWindow(), timeout=3000)


def _go_to(qtbot, cockpit: CockpitDialog, stage: Stage) -> None:
    """Ctrl+PgDown until the stage is reached (the keyboard way through the stage bar)."""
    _activate(qtbot, cockpit)
    for _ in range(len(cockpit.stage_order)):
        if cockpit.current_stage() is stage:
            return
        qtbot.keyClick(cockpit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.current_stage() is stage


def test_a_walk_in_goes_from_greeting_to_a_finished_test_drive(
    qtbot, make_window, demo_services, monkeypatch
):
    services = demo_services
    window = make_window()
    window.show()
    car = services.test_drives.test_cars()[0]
    models = {mid: (brand, model) for mid, brand, model in services.catalogue.models()}
    brand, model = next((b, m) for mid, (b, m) in models.items() if m.en == car.model.en)

    # GIVEN a walk-in recorded in three fields: phone, surname + salutation, model
    monkeypatch.setattr(QuickAddDialog, "open_cockpit_default", True)
    walk_in = QuickAddDialog(window.ctx, window)
    qtbot.keyClicks(walk_in.phone_edit, "0933 777 888")
    walk_in.lookup()
    type_cjk(walk_in.name_edit, "蘇")
    walk_in.salutation_combo.setCurrentIndex(walk_in.salutation_combo.findData("ms"))
    qtbot.keyClicks(walk_in.model_edit, f"{brand.en} {model.en}")
    walk_in.create_button.click()
    assert walk_in.result() == QDialog.DialogCode.Accepted
    cockpit = walk_in.cockpit
    assert isinstance(cockpit, CockpitDialog) and cockpit.isVisible()
    opp = walk_in.opportunity_id
    try:
        # THEN she is in the showroom now, on her first visit, with an open opportunity
        assert walk_in.customer_id in [r.customer_id for r in services.visits.in_showroom()]
        with services.db.read() as s:
            visit = s.get(Interaction, walk_in.visit_id)
            assert (visit.opportunity_id, visit.first_visit, visit.ended_at) == (opp, True, None)
            assert s.get(Opportunity, opp).status == OpportunityStatus.OPEN.value

        # WHEN the needs are asked: budget (Chinese amount typed), buying within a week
        _go_to(qtbot, cockpit, Stage.NEEDS_ANALYSIS)
        needs = cockpit.pages[Stage.NEEDS_ANALYSIS].panel
        assert isinstance(needs, NeedsAnalysisPanel)
        qtbot.keyClicks(needs.form.lines["budget_min"], "900,000")
        type_cjk(needs.form.lines["budget_max"], "120萬")
        timeline = needs.form.combos["timeline"]
        timeline.setCurrentIndex(timeline.findData("<=7d"))
        # AND the salesperson moves on to the test drive, skipping the presentation
        _go_to(qtbot, cockpit, Stage.TEST_DRIVE)
        # THEN leaving the page saved the needs at once (no waiting for the timer)
        stored = services.cockpit.cockpit(opp).needs
        assert (stored.budget_min, stored.budget_max, stored.timeline) == (
            Decimal("900000"),
            Decimal("1200000"),
            "<=7d",
        )

        # WHEN a slot of the test car is booked on the calendar tomorrow at 16:00
        panel = cockpit.pages[Stage.TEST_DRIVE].panel
        assert isinstance(panel, TestDrivePanel)
        section = panel.calendar_section
        section.day_edit.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
        point = section.calendar.point_for(car.car_id, SLOT)
        assert point is not None
        qtbot.mouseClick(section.calendar, Qt.MouseButton.LeftButton, pos=point)
        section.book_button.click()
        assert panel.current_id is not None
        # AND the licence is checked (valid for two more years, 14 years of experience)
        form = panel.licence
        for edit, text in (
            (form.number_edit, "B987654321"),
            (form.expiry_edit, (date.today() + timedelta(days=730)).isoformat()),
            (form.first_issue_edit, "2012-03-01"),
            (form.birth_edit, "1990-05-01"),
        ):
            edit.clear()
            qtbot.keyClicks(edit, text)
        form.check_button.click()
        assert panel.agreement.print_button.isEnabled()
        # AND the accompanying staff and the route are typed in Chinese
        panel.agreement.staff_edit.clear()  # it starts with the salesperson's own name
        type_cjk(panel.agreement.staff_edit, "陳志明")
        type_cjk(panel.agreement.route_edit, "市區環線")
        # AND the agreement is printed (Ctrl+P prints the current stage's document)
        assert not panel.agreement.sign_button.isEnabled()
        _activate(qtbot, cockpit)
        qtbot.keyClick(cockpit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert panel.preview is not None
        printed = _text(panel.preview.pdf_bytes)
        panel.preview.close()
        # THEN the agreement names her, her licence, the car, the route and the staff
        assert "蘇" in printed and "B987654321" in printed
        assert car.vin[-6:] in printed
        assert "市區環線" in printed and "陳志明" in printed
        # WHEN it is signed, the drive starts and ends, and she rates the car
        panel.agreement.sign_button.click()
        panel.drive.odo_out_spin.setValue(8000)
        panel.drive.start_button.click()
        panel.feedback.combos["comfort"].setCurrentIndex(5)
        panel.drive.odo_in_spin.setValue(8014)
        panel.drive.finish_button.click()

        # THEN the database holds a finished drive on a signed agreement
        with services.db.read() as s:
            drive = s.scalars(select(TestDrive).where(TestDrive.opportunity_id == opp)).one()
            assert drive.status == "finished"
            assert drive.agreement_signed_at is not None and drive.licence_checked_at is not None
            assert (drive.odo_out, drive.odo_in, drive.stock_vehicle_id) == (
                8000,
                8014,
                car.car_id,
            )
            assert drive.starts_at == SLOT
            assert drive.accompanied_by == "陳志明" and drive.route == "市區環線"
            assert drive.review["ratings"]["comfort"] == 5
            printed_entries = s.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "print", AuditEntry.detail.contains("test_drive")
                )
            ).all()
            assert printed_entries
        # AND the stages show what happened: reception, needs and test drive done, the
        # stages she did not need were never forced on her
        view = services.cockpit.cockpit(opp)
        assert view.stages[Stage.RECEPTION] is StageStatus.DONE
        assert view.stages[Stage.NEEDS_ANALYSIS] is StageStatus.DONE
        assert view.stages[Stage.TEST_DRIVE] is StageStatus.DONE
        assert view.stages[Stage.PRESENTATION] is not StageStatus.DONE
    finally:
        if panel_preview := getattr(cockpit.pages.get(Stage.TEST_DRIVE), "panel", None):
            if getattr(panel_preview, "preview", None) is not None:
                panel_preview.preview.close()
        cockpit.close()
        cockpit.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
