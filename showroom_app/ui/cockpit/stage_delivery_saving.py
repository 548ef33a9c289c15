"""State and saving of the delivery page (``stage_delivery``): the autosave of each part —
appointment, PDI results, handover, delivered car — and the draft of whatever was typed but
could not be saved yet (a defect without its note, a VIN that is not a VIN, the technician's
name before the sign-off), put back with a note when the page opens again.

Each part saves through ``services.delivery`` in one transaction; what the service refuses
is shown in red at its field and stays in the draft. ``changed`` follows every save.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.domain.validators import ValidationWarning
from showroom_app.services.delivery import DeliveryView
from showroom_app.ui.cockpit.panels import StagePanel
from showroom_app.ui.cockpit.stage_delivery_fields import AppointmentBox, PhotoBox, VehicleBox
from showroom_app.ui.cockpit.stage_delivery_handover import HandoverBox
from showroom_app.ui.cockpit.stage_delivery_pdi import PdiBox
from showroom_app.ui.context import AppContext
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.autosave import AutoSaver
from showroom_app.ui.widgets.forms import FieldError

SECTIONS = ("schedule", "pdi", "sign", "handover", "details")


def warning_text(warning: ValidationWarning) -> str:
    """A warning in the interface language, its placeholders filled."""
    text = QCoreApplication.translate("Validation", warning.message)
    try:
        return text.format(**warning.params) if warning.params else text
    except (KeyError, IndexError, ValueError):
        return warning.text()


class DeliveryPanelBase(StagePanel):
    """The page's state; ``DeliveryPanel`` builds the widgets and loads the delivery."""

    draft_note: QLabel
    general_error: FieldError
    appointment: AppointmentBox
    vehicle: VehicleBox
    pdi: PdiBox
    handover: HandoverBox
    photo: PhotoBox

    def __init__(self, ctx: AppContext, opportunity_id: int, parent: QWidget | None = None):
        super().__init__(ctx, opportunity_id, parent)
        self.deal_id: int | None = None
        self.dview: DeliveryView | None = None
        self.customer_id: int | None = None
        self._loading = False
        self._unsaved: set[str] = set()
        self._pdi_dirty: set[str] = set()
        self._draft_stored = False
        self.saver = AutoSaver(self._save_sections, self, name="delivery_autosave")

    @property
    def editable(self) -> bool:
        return self.dview is not None and self.dview.delivered_at is None

    def refresh_view(self) -> None:  # pragma: no cover - DeliveryPanel implements it
        raise NotImplementedError

    def show_delivery(self, view: DeliveryView) -> None:  # pragma: no cover - see above
        raise NotImplementedError

    # -- autosave -------------------------------------------------------------------------------
    def touch(self, section: str) -> None:
        if self._loading or self.deal_id is None:
            return
        self._unsaved.add(section)
        self.saver.touch(section)

    def touch_pdi(self, code: str) -> None:
        if self._loading or self.deal_id is None:
            return
        self._pdi_dirty.add(code)
        self.touch("pdi")

    def autosave(self) -> None:
        self.saver.flush()

    def flush(self) -> None:
        self.saver.flush()

    def _save_sections(self, sections: set[str]) -> None:
        if self.deal_id is None or not self.editable:
            return
        saved = False
        for section, save in (
            ("schedule", self._save_schedule),
            ("pdi", self._save_pdi),
            ("handover", self._save_handover),
            ("details", self._save_details),
        ):
            if section in sections and section in self._unsaved:
                saved = save() or saved
        self._sync_draft()
        if saved:
            self.changed.emit()

    def _call(self, action: Any) -> DeliveryView | None:
        """Run a service call; None (with the message shown) when it failed unexpectedly."""
        try:
            view = action()
        except (ValidationError, ValidationErrors):
            raise
        except ShowroomError as exc:
            self.general_error.set_error(str(exc))
            return None
        self.general_error.set_error("")
        return view if isinstance(view, DeliveryView) else None

    def _save_schedule(self) -> bool:
        assert self.deal_id is not None
        box = self.appointment
        box.when_error.set_error("")
        box.length_error.set_error("")
        deal_id, when, minutes = self.deal_id, box.when(), box.length_spin.value()
        try:
            view = self._call(
                lambda: self.ctx.services.delivery.schedule(deal_id, when, duration_minutes=minutes)
            )
        except ValidationError as exc:
            target = box.length_error if exc.field == "duration" else box.when_error
            target.set_error(validation_text(exc))
            return False
        if view is None:
            return False
        self._unsaved.discard("schedule")
        self.show_delivery(view)
        return True

    def _save_pdi(self) -> bool:
        assert self.deal_id is not None
        records = {}
        for code in sorted(self._pdi_dirty):
            try:
                records[code] = self.pdi.rows[code].record()
                self.pdi.show_error(code, None)
            except ValidationError as exc:
                self.pdi.show_error(code, exc)
        if not records:
            return False
        deal_id = self.deal_id
        try:
            view = self._call(lambda: self.ctx.services.delivery.save_pdi(deal_id, records))
        except (ValidationError, ValidationErrors) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            self.general_error.set_error("\n".join(validation_text(e) for e in errors))
            return False
        if view is None:
            return False
        self._pdi_dirty -= set(records)
        if not self._pdi_dirty:
            self._unsaved.discard("pdi")
        self.show_delivery(view)
        return True

    def _save_handover(self) -> bool:
        assert self.deal_id is not None and self.dview is not None
        form, refused = self.handover.form(self.dview.handover)
        self.handover.keys_error.set_error("")
        deal_id = self.deal_id
        try:
            view = self._call(lambda: self.ctx.services.delivery.save_handover(deal_id, form))
        except (ValidationError, ValidationErrors) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            for error in errors:
                if error.field == "keys_count":
                    self.handover.keys_error.set_error(validation_text(error))
                else:
                    self.general_error.set_error(validation_text(error))
            return False
        if view is None:
            return False
        if not refused:
            self._unsaved.discard("handover")
        self.show_delivery(view)
        return True

    def _save_details(self) -> bool:
        assert self.deal_id is not None
        box = self.vehicle
        values = box.values()
        box.clear_messages()
        odometer_text = values["odometer"].strip().replace(",", "")
        odometer: int | None = None
        if odometer_text:
            if not odometer_text.isdigit():
                box.show_message(
                    "odometer",
                    QCoreApplication.translate(
                        "DeliveryPanel", "Enter the kilometres as a whole number."
                    ),
                    error=True,
                )
                return False
            odometer = int(odometer_text)
        deal_id = self.deal_id
        try:
            result = self.ctx.services.delivery.set_vehicle_details(
                deal_id,
                vin=values["vin"],
                plate=values["plate"],
                odometer=odometer,
                service_advisor=values["service_advisor"],
            )
        except (ValidationError, ValidationErrors) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            for error in errors:
                box.show_message(error.field, validation_text(error), error=True)
            return False
        except ShowroomError as exc:
            self.general_error.set_error(str(exc))
            return False
        view, warnings = result
        for warning in warnings:
            box.show_message(warning.field, warning_text(warning), error=False)
        self._unsaved.discard("details")
        self.show_delivery(view)
        return True

    # -- drafts ---------------------------------------------------------------------------------
    def _sync_draft(self) -> None:
        """Keep exactly what is typed but not saved as the draft (or no draft at all)."""
        drafts = self.ctx.services.drafts
        try:
            if not self._unsaved or self.deal_id is None:
                if self._draft_stored:
                    drafts.discard(self.draft_key)
                    self._draft_stored = False
                    self.draft_note.hide()
                return
            when = self.appointment.when()
            payload: dict[str, Any] = {
                "deal_id": self.deal_id,
                "sections": sorted(self._unsaved),
                "schedule": {
                    "when": when.isoformat(),
                    "minutes": self.appointment.length_spin.value(),
                },
                "pdi": {code: self.pdi.rows[code].raw() for code in sorted(self._pdi_dirty)},
                "sign": {
                    "technician": self.pdi.technician_edit.text(),
                    "checker": self.pdi.checker_edit.text(),
                },
                "handover": self.handover.raw(),
                "details": self.vehicle.values(),
            }
            drafts.save(self.draft_key, payload, customer_id=self.customer_id)
            self._draft_stored = True
        except ShowroomError:
            return  # a draft is a safety net; the form itself still holds the values

    def note_sign_typed(self) -> None:
        """The technician's name is saved by the sign-off; until then it is a draft."""
        if self._loading or self.deal_id is None:
            return
        self._unsaved.add("sign")
        self.saver.touch("sign")

    def restore_draft(self) -> None:
        try:
            record = self.ctx.services.drafts.load(self.draft_key)
        except ShowroomError:
            return
        if record is None:
            return
        payload = record.payload
        if payload.get("deal_id") != self.deal_id or not self.editable:
            self.ctx.services.drafts.discard(self.draft_key)
            return
        sections = {str(s) for s in payload.get("sections") or [] if s in SECTIONS}
        self._loading = True
        try:
            self._put_back(payload, sections)
        finally:
            self._loading = False
        self._unsaved |= sections
        self._draft_stored = True
        self.draft_note.show()
        for section in sections:
            self.saver.touch(section)

    def _put_back(self, payload: dict[str, Any], sections: set[str]) -> None:
        schedule = payload.get("schedule")
        if "schedule" in sections and isinstance(schedule, dict):
            try:
                when = datetime.fromisoformat(str(schedule.get("when")))
                self.appointment.set_when(when, int(schedule.get("minutes") or 60))
            except (TypeError, ValueError):
                sections.discard("schedule")
        pdi = payload.get("pdi")
        if "pdi" in sections and isinstance(pdi, dict):
            for code, raw in pdi.items():
                row = self.pdi.rows.get(code)
                if row is not None and isinstance(raw, dict):
                    row.set_raw(raw)
                    self._pdi_dirty.add(code)
            self.pdi.show_items(True)
        sign = payload.get("sign")
        if "sign" in sections and isinstance(sign, dict):
            self.pdi.technician_edit.setText(str(sign.get("technician", "")))
            self.pdi.checker_edit.setText(str(sign.get("checker", "")))
        handover = payload.get("handover")
        if "handover" in sections and isinstance(handover, dict):
            self.handover.set_raw(handover)
        details = payload.get("details")
        if "details" in sections and isinstance(details, dict):
            self.vehicle.set_values({k: str(v) for k, v in details.items()})

    def discard_sign_draft(self) -> None:
        self._unsaved.discard("sign")
        self._sync_draft()


__all__ = ["SECTIONS", "DeliveryPanelBase", "warning_text"]
