"""What the delivery page's buttons do (``stage_delivery``): book the appointment, "all other
PDI items OK", sign the PDI off, choose or remove the photo, print, and mark the car
delivered.

Marking delivered saves what was typed first, then asks the service. Hard errors (the VIN is
not the contract's, no PDI sign-off, no keys counted…) come all at once and are shown in red
at their fields and listed next to the button; nothing changes. Warnings (odometer over the
contract's maximum, money not settled, loan not disbursed, documents open, PDI defects) are
listed in a question; only a "yes" delivers. The result — follow-ups created, the first
maintenance — is shown on the page.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

from showroom_app.domain.delivery import DeliveryWarnings, PdiRecord, PdiResult
from showroom_app.domain.delivery_messages import PHOTO_TOO_BIG
from showroom_app.domain.errors import ShowroomError, ValidationError, ValidationErrors
from showroom_app.services.delivery import DeliveredResult
from showroom_app.services.delivery_photo import MAX_BYTES, MAX_MB
from showroom_app.ui import labels, messages
from showroom_app.ui.cockpit.stage_delivery_saving import DeliveryPanelBase, warning_text
from showroom_app.ui.document_preview import DocumentPreview, show_document
from showroom_app.ui.messages import validation_text
from showroom_app.ui.widgets.forms import FieldError

PHOTO_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff"
#: where each hard error of ``mark_delivered`` is shown (others: next to the button)
VEHICLE_FIELDS = ("vin", "odometer", "service_advisor", "plate")
PDI_FIELDS = ("pdi_signed_at", "pdi", "pdi_technician", "pdi_quality_checker")


class DeliveryActions(DeliveryPanelBase):
    mark_button: QPushButton
    mark_error: FieldError
    result_label: QLabel
    preview: DocumentPreview | None

    # -- appointment and PDI --------------------------------------------------------------------
    def on_book_requested(self) -> None:
        self.touch("schedule")
        self.saver.flush()

    def on_all_ok_requested(self) -> None:
        """Every item without a result becomes OK (and is saved at once)."""
        if self.deal_id is None:
            return
        for code, row in self.pdi.rows.items():
            if row.result() is None:
                row.set_record(PdiRecord(PdiResult.OK))
                self._pdi_dirty.add(code)
        self._unsaved.add("pdi")
        self.saver.touch("pdi")
        self.saver.flush()

    def on_sign_requested(self) -> None:
        if self.deal_id is None:
            return
        self.saver.flush()  # the results typed just now are part of what is signed
        deal_id = self.deal_id
        technician = self.pdi.technician_edit.text()
        checker = self.pdi.checker_edit.text()
        self.pdi.sign_error.set_error("")
        try:
            view = self.ctx.services.delivery.sign_off_pdi(
                deal_id, technician, quality_checker=checker
            )
        except (ValidationError, ValidationErrors) as exc:
            self.pdi.sign_error.set_error(_texts(exc))
            return
        except ShowroomError as exc:
            messages.critical(
                self, QCoreApplication.translate("DeliveryPanel", "Not saved"), str(exc)
            )
            return
        self.discard_sign_draft()
        self.show_delivery(view)
        self.pdi.show_items(False)
        self.changed.emit()

    # -- the photo ------------------------------------------------------------------------------
    def on_choose_photo(self) -> None:
        if self.deal_id is None:
            return
        title = QCoreApplication.translate("DeliveryPanel", "Choose the ceremony photo")
        path = messages.open_file_name(
            self,
            title,
            QCoreApplication.translate("DeliveryPanel", "Pictures (%1)").replace(
                "%1", PHOTO_FILTER
            ),
        )
        if not path:
            return
        problem = self._photo_file_problem(path)
        data = b""
        if problem is None:
            try:
                data = Path(path).read_bytes()
            except OSError:
                problem = QCoreApplication.translate("DeliveryPanel", "The file could not be read.")
        if problem is not None:
            messages.critical(
                self, QCoreApplication.translate("DeliveryPanel", "Photo not used"), problem
            )
            return
        deal_id = self.deal_id
        try:
            view = self.ctx.services.delivery.set_photo(deal_id, data)
        except ValidationError as exc:
            messages.critical(
                self,
                QCoreApplication.translate("DeliveryPanel", "Photo not used"),
                validation_text(exc),
            )
            return
        except ShowroomError as exc:
            messages.critical(
                self, QCoreApplication.translate("DeliveryPanel", "Photo not used"), str(exc)
            )
            return
        self.show_delivery(view)
        self.load_photo()

    def _photo_file_problem(self, path: str) -> str | None:
        if not os.path.isfile(path):
            return QCoreApplication.translate(
                "DeliveryPanel", "The file %1 does not exist (any more)."
            ).replace("%1", path)
        try:
            size = os.path.getsize(path)
        except OSError:
            return QCoreApplication.translate("DeliveryPanel", "The file could not be read.")
        if size > MAX_BYTES:  # refused before reading hundreds of megabytes
            error = ValidationError("photo", PHOTO_TOO_BIG, "photo_too_big", max_mb=MAX_MB)
            return validation_text(error)
        return None

    def on_remove_photo(self) -> None:
        if self.deal_id is None:
            return
        try:
            view = self.ctx.services.delivery.clear_photo(self.deal_id)
        except ShowroomError as exc:
            messages.critical(
                self, QCoreApplication.translate("DeliveryPanel", "Not saved"), str(exc)
            )
            return
        self.show_delivery(view)
        self.photo.show_photo(None)

    def load_photo(self) -> None:
        if self.deal_id is None or self.dview is None or not self.dview.has_photo:
            self.photo.show_photo(None)
            return
        try:
            data = self.ctx.services.delivery.photo(self.deal_id)
        except ShowroomError:
            data = None
        self.photo.show_photo(data)

    # -- printing -------------------------------------------------------------------------------
    def print_document(self) -> bool:
        """Ctrl+P: the delivery confirmation."""
        if self.deal_id is None:
            return False
        self.print_named("delivery_confirmation")
        return True

    def print_named(self, document: str) -> None:
        if self.deal_id is None:
            return
        self.saver.flush()
        deal_id = self.deal_id
        docs = self.ctx.services.documents
        if document == "delivery_certificate":
            title = QCoreApplication.translate("DeliveryPanel", "Delivery certificate")

            def render(language: str | None) -> bytes:
                return docs.delivery_certificate(deal_id, language=language)
        else:
            title = QCoreApplication.translate("DeliveryPanel", "Delivery confirmation")

            def render(language: str | None) -> bytes:
                return docs.delivery_confirmation(deal_id, language=language)

        stem = document.replace("_", "-")
        self.preview = show_document(
            self,
            render,
            title=title,
            suggested_name=f"{stem}-{deal_id}.pdf",
            default_language=self.ctx.services.settings.dealership().doc_language.value,
        )

    # -- delivering -----------------------------------------------------------------------------
    def on_mark_delivered(self) -> None:
        if self.deal_id is None or not self.editable:
            return
        self.saver.flush()
        unsaved = self._unsaved - {"sign"}
        if unsaved:
            self.mark_error.set_error(
                QCoreApplication.translate(
                    "DeliveryPanel",
                    "Some input is not saved yet (marked in red): correct it first.",
                )
            )
            return
        self.clear_delivery_errors()
        deal_id = self.deal_id
        delivery = self.ctx.services.delivery
        try:
            try:
                result = delivery.mark_delivered(deal_id)
            except DeliveryWarnings as exc:
                if not self._confirm(exc.warnings):
                    return
                result = delivery.mark_delivered(deal_id, acknowledge_warnings=True)
        except ValidationErrors as exc:
            self.show_delivery_errors(exc.errors)
            return
        except ValidationError as exc:
            self.show_delivery_errors([exc])
            return
        except ShowroomError as exc:
            messages.critical(
                self, QCoreApplication.translate("DeliveryPanel", "Not delivered"), str(exc)
            )
            return
        self.show_result(result)
        self.changed.emit()

    def _confirm(self, warnings: Sequence[object]) -> bool:
        lines = "\n".join(f"• {warning_text(w)}" for w in warnings)  # type: ignore[arg-type]
        text = QCoreApplication.translate(
            "DeliveryPanel", "Before the car leaves, note:\n%1\n\nMark the car delivered anyway?"
        )
        return messages.ask(
            self,
            QCoreApplication.translate("DeliveryPanel", "Mark delivered?"),
            text.replace("%1", lines),
        )

    def clear_delivery_errors(self) -> None:
        self.mark_error.set_error("")
        self.vehicle.clear_messages()
        self.pdi.sign_error.set_error("")
        self.handover.keys_error.set_error("")

    def show_delivery_errors(self, errors: Sequence[ValidationError]) -> None:
        """Each error at its field, and all of them next to the button."""
        for error in errors:
            text = validation_text(error)
            if error.field in VEHICLE_FIELDS:
                self.vehicle.show_message(error.field, text, error=True)
            elif error.field in PDI_FIELDS:
                self.pdi.sign_error.set_error(text)
                self.pdi.show_items(True)
            elif error.field == "keys_count":
                self.handover.keys_error.set_error(text)
        listed = "\n".join(f"• {validation_text(e)}" for e in errors)
        self.mark_error.set_error(
            QCoreApplication.translate("DeliveryPanel", "Not delivered. Fix these first:")
            + "\n"
            + listed
        )

    def show_result(self, result: DeliveredResult) -> None:
        self.show_delivery(result.view)
        count = len(result.follow_up_task_ids)
        parts = [
            QCoreApplication.translate(
                "DeliveryPanel", "✓ Delivered. %n follow-up(s) planned for after-sales.", "", count
            ),
        ]
        if result.first_service_on is not None:
            parts.append(
                QCoreApplication.translate("DeliveryPanel", "First maintenance: %1").replace(
                    "%1", labels.day(result.first_service_on)
                )
            )
        self.result_label.setText("\n".join(parts))
        self.result_label.show()


def _texts(exc: ValidationError | ValidationErrors) -> str:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return "\n".join(validation_text(e) for e in errors)


__all__ = ["DeliveryActions"]
