"""What the buttons of the stage-5 page do: book, cancel, check the licence, print and
sign the agreement, start and finish the drive. Each is one service call; a refusal is
shown at its field and nothing is saved; ``changed`` follows every save."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.services.test_drives import TestDrivePolicy
from showroom_app.ui import messages
from showroom_app.ui.cockpit.stage_test_drive_print import AgreementPreview, show_agreement
from showroom_app.ui.cockpit.stage_test_drive_saving import TestDrivePanelBase
from showroom_app.ui.cockpit.stage_test_drive_slots import CalendarSection
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError


class TestDriveActions(TestDrivePanelBase):
    """Slots of ``TestDrivePanel`` (texts in its translation context)."""

    __test__ = False  # not a pytest test class despite the name

    calendar_section: CalendarSection
    list_error: FieldError
    preview: AgreementPreview | None
    policy: TestDrivePolicy

    def _not_saved(self, exc: ShowroomError) -> None:
        messages.critical(self, QCoreApplication.translate("TestDrivePanel", "Not saved"), str(exc))

    # -- actions ------------------------------------------------------------------------------
    def _after_save(self, *done: str) -> None:
        for section in done:
            self._unsaved.discard(section)
        self._sync_draft()
        self.reload()
        self.changed.emit()

    def on_book_requested(self, car_id: int, start: datetime, end: datetime) -> None:
        section = self.calendar_section
        section.error.set_error("")
        if self.overview is None:
            return
        try:
            new_id = self.ctx.services.test_drives.book_test_drive(
                self.overview.customer_id, self.opportunity_id, car_id, start, end
            )
        except ValidationError as exc:
            section.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            self._not_saved(exc)
            return
        self.saver.flush()
        self.current_id = new_id
        self._after_save()

    def on_cancel_button_clicked(self) -> None:
        row = self.row()
        if row is None or not messages.ask(
            self,
            QCoreApplication.translate("TestDrivePanel", "Cancel booking"),
            QCoreApplication.translate("TestDrivePanel", "Cancel this test-drive booking?"),
        ):
            return
        self.list_error.set_error("")
        try:
            self.ctx.services.test_drives.cancel_booking(row.test_drive_id)
        except ValidationError as exc:
            self.list_error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            self._not_saved(exc)
            return
        self._unsaved.clear()
        self._after_save()

    def on_check_licence(self) -> None:
        row = self.row()
        if row is None:
            return
        kwargs, errors = self.licence.parsed()
        self.licence.clear_verdict()
        if errors:
            self.licence.show_errors(errors)
            self._touch("licence")
            return
        try:
            verdict = self.ctx.services.test_drives.check_licence(row.test_drive_id, **kwargs)
        except ValidationErrors as exc:
            self.licence.show_errors({e.field: validation_text(e) for e in exc.errors})
            return
        except ValidationError as exc:
            self.licence.show_errors({exc.field: validation_text(exc)})
            return
        except ShowroomError as exc:
            self._not_saved(exc)
            return
        found: dict[str, list[str]] = {}
        for problem in verdict.problems:
            found.setdefault(problem.field, []).append(validation_text(problem.to_error()))
        self.licence.show_verdict(True, {f: "\n".join(t) for f, t in found.items()})
        self._after_save("licence")

    def print_document(self) -> bool:
        """Ctrl+P: the agreement of the selected booking, once it may be printed."""
        if not self.agreement.print_button.isEnabled():
            return False
        self.on_print_requested()
        return True

    def on_print_requested(self) -> None:
        row = self.row()
        if row is None:
            return
        if "plan" in self._unsaved and not self._save_plan(row):
            return  # the agreement prints the route and staff: save them first
        self.preview = show_agreement(self, self.ctx.services, row.test_drive_id)
        if self.preview is not None:  # it deletes itself when closed
            self.preview.destroyed.connect(self._forget_preview)
        self._sync_draft()
        self.reload()

    def _forget_preview(self, *_args: object) -> None:
        self.preview = None

    def on_sign_requested(self) -> None:
        row = self.row()
        if row is None:
            return
        try:
            self.ctx.services.test_drives.mark_agreement_signed(row.test_drive_id)
        except ShowroomError as exc:
            self.agreement.error.set_error(str(exc))
            return
        self._after_save()

    def on_start_requested(self) -> None:
        row = self.row()
        if row is None:
            return
        self.drive.error.set_error("")
        self.drive.odo_out_error.set_error("")
        route, staff = self.agreement.plan()
        odo_out = self.drive.values()["odo_out"]
        try:
            self.ctx.services.test_drives.start_drive(
                row.test_drive_id, odo_out, accompanied_by=staff, route=route
            )
        except ValidationErrors as exc:
            self.licence.show_verdict(True, {e.field: validation_text(e) for e in exc.errors})
            self.drive.error.set_error(
                QCoreApplication.translate("TestDrivePanel", "The licence does not pass the check.")
            )
            return
        except ValidationError as exc:
            fields = {
                "accompanied_by": self.agreement.staff_error,
                "route": self.agreement.route_error,
                "odo_start": self.drive.odo_out_error,
            }
            fields.get(exc.field, self.drive.error).set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            self._not_saved(exc)
            return
        self.drive.set_values(odo_out, odo_out)
        self._after_save("odometer", "plan")

    def on_finish_requested(self) -> None:
        row = self.row()
        if row is None or row.started_at is None:
            return
        self.drive.error.set_error("")
        self.drive.odo_in_error.set_error("")
        self.drive.show_warning("")
        ratings, notes = self.feedback.values()
        end = max(datetime.now(), row.started_at + timedelta(seconds=1))
        try:
            warnings = self.ctx.services.test_drives.finish_drive(
                row.test_drive_id,
                end,
                self.drive.values()["odo_in"],
                ratings,
                feedback_notes=notes,
                route_length_km=self.policy.route_length_km,
            )
        except ValidationError as exc:
            if exc.field == "odo_end":
                self.drive.odo_in_error.set_error(validation_text(exc))
            elif exc.field.startswith("feedback"):
                self.feedback.error.set_error(validation_text(exc))
            else:
                self.drive.error.set_error(validation_text(exc))
            return
        except ShowroomError as exc:
            self._not_saved(exc)
            return
        self._after_save("odometer", "feedback")
        self.drive.show_warning(
            "\n".join(
                validation_text(ValidationError(w.field, w.message, w.code, **w.params))
                for w in warnings
            )
        )


__all__ = ["TestDriveActions"]
