"""State and saving of the stage-5 page (``stage_test_drive``): the autosave of route,
staff and feedback, and the draft of whatever was typed but not saved yet (licence data
not checked, odometer readings, input the service refused), put back when the page opens
again. A draft belongs to one test drive of the opportunity."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError
from showroom_app.services.test_drives import DriveOverview, TestDriveRow
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_test_drive_licence import LicenceForm
from showroom_app.ui.cockpit.stage_test_drive_steps import AgreementBox, DriveBox, FeedbackBox
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.autosave import AutoSaver

LIVE = ("booked", "started")


class TestDrivePanelBase(StagePanel):
    """The page's state; ``TestDrivePanel`` builds the widgets and loads the rows."""

    __test__ = False  # not a pytest test class despite the name

    draft_note: QLabel
    licence: LicenceForm
    agreement: AgreementBox
    drive: DriveBox
    feedback: FeedbackBox

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.overview: DriveOverview | None = None
        self.current_id: int | None = None
        self._loaded_id: int | None = None
        self._unsaved: set[str] = set()
        self._draft_stored = False
        self.saver = AutoSaver(self._save_sections, self, name="test_drive_autosave")

    def row(self, test_drive_id: int | None = None) -> TestDriveRow | None:
        """The selected test drive (or the one asked for) as last loaded."""
        wanted = self.current_id if test_drive_id is None else test_drive_id
        drives = self.overview.drives if self.overview else ()
        return next((d for d in drives if d.test_drive_id == wanted), None)

    def reload(self) -> None:  # pragma: no cover - TestDrivePanel implements it
        raise NotImplementedError

    # -- autosave and drafts --------------------------------------------------------------------
    def _touch(self, section: str) -> None:
        self._unsaved.add(section)
        self.saver.touch(section)

    def autosave(self) -> None:
        self.saver.flush()

    def flush(self) -> None:
        self.saver.flush()

    def _save_sections(self, sections: set[str]) -> None:
        row = self.row(self._loaded_id)
        saved = False
        if row is not None and "plan" in sections and "plan" in self._unsaved:
            saved = self._save_plan(row) or saved
        if row is not None and "feedback" in sections and row.status in ("started", "finished"):
            saved = self._save_feedback(row) or saved
        self._sync_draft()
        if saved:
            self.changed.emit()

    def _save_plan(self, row: TestDriveRow) -> bool:
        route, staff = self.agreement.plan()
        self.agreement.route_error.set_error("")
        self.agreement.staff_error.set_error("")
        try:
            self.ctx.services.test_drives.set_plan(
                row.test_drive_id, route=route, accompanied_by=staff
            )
        except ValidationError as exc:
            target = (
                self.agreement.route_error if exc.field == "route" else self.agreement.staff_error
            )
            target.set_error(validation_text(exc))
            return False
        except ShowroomError as exc:
            self.agreement.error.set_error(str(exc))
            return False
        self._unsaved.discard("plan")
        return True

    def _save_feedback(self, row: TestDriveRow) -> bool:
        ratings, notes = self.feedback.values()
        self.feedback.error.set_error("")
        try:
            self.ctx.services.test_drives.save_feedback(row.test_drive_id, ratings, notes)
        except ValidationError as exc:
            self.feedback.error.set_error(validation_text(exc))
            return False
        except ShowroomError as exc:
            self.feedback.error.set_error(str(exc))
            return False
        self._unsaved.discard("feedback")
        return True

    def _sync_draft(self) -> None:
        """Keep exactly what is typed but not saved as the draft (or no draft at all)."""
        drafts = self.ctx.services.drafts
        try:
            if not self._unsaved or self._loaded_id is None:
                if self._draft_stored:
                    drafts.discard(self.draft_key)
                    self._draft_stored = False
                    self.draft_note.hide()
                return
            ratings, notes = self.feedback.values()
            route, staff = self.agreement.plan()
            payload: dict[str, Any] = {
                "drive_id": self._loaded_id,
                "sections": sorted(self._unsaved),
                "licence": self.licence.values(),
                "odometer": self.drive.values(),
                "plan": {"route": route, "staff": staff},
                "feedback": {"ratings": ratings, "notes": notes},
            }
            customer = self.overview.customer_id if self.overview else None
            drafts.save(self.draft_key, payload, customer_id=customer)
            self._draft_stored = True
        except ShowroomError:
            return  # a draft is a safety net; the form itself still holds the values

    def _restore_draft(self) -> None:
        try:
            record = self.ctx.services.drafts.load(self.draft_key)
        except ShowroomError:
            return
        if record is None:
            return
        p = record.payload
        drive_id = p.get("drive_id")
        row = self.row(drive_id) if isinstance(drive_id, int) else None
        if row is None or row.status not in (*LIVE, "finished"):
            self.ctx.services.drafts.discard(self.draft_key)
            return
        self.current_id = row.test_drive_id
        self.reload()
        sections = {s for s in p.get("sections", []) if isinstance(s, str)}
        if "licence" in sections and isinstance(p.get("licence"), dict):
            self.licence.apply_values(p["licence"])
        if "odometer" in sections and isinstance(p.get("odometer"), dict):
            odo = p["odometer"]
            self.drive.set_values(int(odo.get("odo_out", 0)), int(odo.get("odo_in", 0)))
        if "plan" in sections and isinstance(p.get("plan"), dict):
            self.agreement.set_plan(
                str(p["plan"].get("route", "")), str(p["plan"].get("staff", ""))
            )
        if "feedback" in sections and isinstance(p.get("feedback"), dict):
            fb = p["feedback"]
            self.feedback.set_values(dict(fb.get("ratings") or {}), str(fb.get("notes", "")))
        self._unsaved = sections
        self._draft_stored = True
        self.draft_note.setVisible(bool(sections))


__all__ = ["LIVE", "TestDrivePanelBase"]
