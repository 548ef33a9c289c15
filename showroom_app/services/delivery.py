"""Stage 7, delivery and the delivery ceremony (issue 6, item 5; DOMAIN.md §4.8).

The delivery of one deal: the appointment (with a reminder the day before), the PDI signed off
by a technician, the handover (documents, functions explained, tools, keys, photo consent),
the delivered car's VIN, plate and odometer, the service advisor and the ceremony photo.
``mark_delivered`` closes the sale in ONE transaction: stock unit sold, deal delivered,
opportunity delivered, the car in the customer's archive, the §5.2 follow-ups, the two-day
archive task. Hard errors (``ValidationErrors``, all at once) change nothing; warnings raise
``DeliveryWarnings`` (a ``ConfirmationRequired``) until the caller acknowledges them.

Every use case is one write transaction with its audit entries. The audit never holds
personal values: plate changes are recorded without the plate, notes and reasons typed by
the user are never copied, the photo only as its size.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from showroom_app.db.models import Appointment, Customer, Deal, Delivery
from showroom_app.domain import delivery_messages as msg
from showroom_app.domain.delivery import (
    DeliveryCheck,
    DeliveryStatus,
    DeliveryWarnings,
    HandoverForm,
    PdiRecord,
    clean_details,
    contract_vehicle,
    odometer_warnings,
    pdi_pending,
    validate_handover,
    validate_pdi,
    validate_sign_off,
)
from showroom_app.domain.delivery_plan import delivery_reminder_due
from showroom_app.domain.errors import StaleRecord, ValidationError, ValidationErrors
from showroom_app.domain.records import UserInfo
from showroom_app.domain.validators import ValidationWarning
from showroom_app.services import delivery_store as store
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.appointments import AppointmentKind, AppointmentStatus
from showroom_app.services.archive import ArchiveService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.delivery_close import close_sale
from showroom_app.services.delivery_photo import prepare_photo
from showroom_app.services.delivery_read import (
    DeliveredResult,
    DeliveryView,
    delivery_check,
    delivery_view,
)
from showroom_app.services.session import DeskSession

ENTITY = "delivery"
MASKED = "•"


class DeliveryService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        archive: ArchiveService,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._archive = archive

    # -- reading --------------------------------------------------------------------------
    def get(self, deal_id: int) -> DeliveryView:
        self._session.require_user()
        with self._db.read() as s:
            deal, customer = store.visible_deal(s, self._session, self._settings, deal_id)
            return delivery_view(s, deal, customer, store.delivery_of(s, deal.id))

    def photo(self, deal_id: int) -> bytes | None:
        """The stored ceremony photo (JPEG), for the delivery certificate."""
        self._session.require_user()
        with self._db.read() as s:
            deal, _customer = store.visible_deal(s, self._session, self._settings, deal_id)
            delivery = store.delivery_of(s, deal.id)
            return delivery.photo if delivery is not None else None

    def check(self, deal_id: int, *, delivered_at: datetime | None = None) -> DeliveryCheck:
        """What ``mark_delivered`` would refuse or warn about now; changes nothing."""
        self._session.require_user()
        now = datetime.now()
        with self._db.read() as s:
            deal, _customer = store.visible_deal(s, self._session, self._settings, deal_id)
            delivery = store.delivery_of(s, deal.id)
            if delivery is None:
                error = ValidationError("delivery", msg.NOTHING_RECORDED, "nothing_recorded")
                return DeliveryCheck((error,), ())
            return delivery_check(s, deal, delivery, delivered_at or now, now)

    # -- recording ------------------------------------------------------------------------
    def schedule(
        self,
        deal_id: int,
        starts_at: datetime,
        *,
        duration_minutes: int = 60,
        today: date | None = None,
        expected_version: int | None = None,
    ) -> DeliveryView:
        """Book (or move) the delivery appointment and the reminder the day before."""
        day = today or date.today()
        if starts_at.date() < day:
            raise ValidationError("scheduled_at", msg.START_IN_PAST, "date_range")
        if not 15 <= duration_minutes <= 480:
            raise ValidationError("duration", msg.RANGE, "range", low=15, high=480)
        with self._editing(deal_id, expected_version) as (s, user, deal, customer, delivery):
            now = datetime.now()
            ends_at = starts_at + timedelta(minutes=duration_minutes)
            appointment = s.get(Appointment, delivery.appointment_id or 0)
            owner = customer.assigned_user_id or user.id
            if appointment is None or appointment.status != AppointmentStatus.SCHEDULED.value:
                appointment = Appointment(
                    customer_id=customer.id,
                    opportunity_id=deal.opportunity_id,
                    kind=AppointmentKind.DELIVERY.value,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    stock_vehicle_id=deal.stock_vehicle_id,
                    status=AppointmentStatus.SCHEDULED.value,
                    assigned_user_id=owner,
                    created_at=now,
                )
                s.add(appointment)
                s.flush()
                self._audit.record(
                    s,
                    user,
                    Action.CREATE,
                    "appointment",
                    appointment.id,
                    detail={"customer": customer.id, "kind": AppointmentKind.DELIVERY.value},
                )
            else:
                old = appointment.starts_at
                appointment.starts_at, appointment.ends_at = starts_at, ends_at
                self._audit.record_changes(
                    s, user, "appointment", appointment.id, {"starts_at": (old, starts_at)}
                )
            reminder = store.open_reminder(s, customer.id)
            due = delivery_reminder_due(starts_at.date(), day)
            if reminder is None:
                store.new_reminder(s, customer.id, due, owner, now)
            else:
                reminder.due_date = due
            old_at, old_status = delivery.scheduled_at, delivery.status
            delivery.appointment_id = appointment.id
            delivery.scheduled_at = starts_at
            delivery.status = DeliveryStatus.SCHEDULED.value
            self._changed(s, user, delivery, scheduled_at=(old_at, starts_at))
            self._audit.record_changes(
                s, user, ENTITY, delivery.id, {"status": (old_status, delivery.status)}
            )
            return self._saved(s, deal, customer, delivery)

    def save_pdi(
        self,
        deal_id: int,
        results: Mapping[str, PdiRecord | None],
        *,
        expected_version: int | None = None,
    ) -> DeliveryView:
        """Record PDI results item by item (``None``: back to not recorded). Changing a
        signed PDI withdraws the signature: the technician signs what was checked."""
        with self._editing(deal_id, expected_version) as (s, user, deal, customer, delivery):
            trim, _model, _brand = store.vehicle_rows(s, deal)
            clean = validate_pdi(results, store.powertrain(trim))
            pdi = dict(delivery.pdi or {})
            items = dict(pdi.get("items") or {})
            before = store.pdi_records(pdi)
            stamp = datetime.now().isoformat(timespec="seconds")
            changed = False
            for code, record in sorted(clean.items()):
                old = before.get(code)
                if record is None:
                    items.pop(code, None)
                else:
                    items[code] = {
                        "result": record.result.value,
                        "note": record.note,
                        "at": stamp,
                        "by": user.id,
                    }
                if old != record:
                    changed = True
                    self._audit.record(
                        s,
                        user,
                        Action.UPDATE,
                        ENTITY,
                        delivery.id,
                        field=f"pdi.{code}",
                        old=old.result.value if old else "",
                        new=record.result.value if record else "",
                    )
            pdi["items"] = items
            delivery.pdi = pdi
            if changed and delivery.pdi_signed_at is not None:
                self._changed(s, user, delivery, pdi_signed_at=(delivery.pdi_signed_at, None))
                delivery.pdi_signed_at = None
            return self._saved(s, deal, customer, delivery)

    def sign_off_pdi(
        self,
        deal_id: int,
        technician: str,
        signed_at: datetime | None = None,
        *,
        quality_checker: str = "",
        expected_version: int | None = None,
    ) -> DeliveryView:
        now = datetime.now()
        when = signed_at or now
        with self._editing(deal_id, expected_version) as (s, user, deal, customer, delivery):
            trim, _model, _brand = store.vehicle_rows(s, deal)
            pending = pdi_pending(store.pdi_records(delivery.pdi), store.powertrain(trim))
            name = validate_sign_off(technician, when, now, pending)
            checker = quality_checker.strip()
            if len(checker) > 100:
                raise ValidationError("pdi_quality_checker", msg.TOO_LONG, "too_long", max_len=100)
            delivery.pdi = {**(delivery.pdi or {}), "quality_checker": checker}
            self._changed(
                s,
                user,
                delivery,
                pdi_technician=(delivery.pdi_technician, name),
                pdi_signed_at=(delivery.pdi_signed_at, when),
            )
            delivery.pdi_technician, delivery.pdi_signed_at = name, when
            return self._saved(s, deal, customer, delivery)

    def save_handover(
        self, deal_id: int, form: HandoverForm, *, expected_version: int | None = None
    ) -> DeliveryView:
        """The handover as a whole; the photo-sharing consent, when given, becomes the
        customer's consent (with who and when), as the profile records it."""
        with self._editing(deal_id, expected_version) as (s, user, deal, customer, delivery):
            trim, _model, _brand = store.vehicle_rows(s, deal)
            clean = validate_handover(form, store.region(s), store.powertrain(trim))
            before = store.handover_form(delivery.handover)
            delivery.handover = store.handover_json(clean)
            changes: dict[str, tuple[object, object]] = {}
            for group in ("documents", "functions", "tools"):
                old_items, new_items = getattr(before, group), getattr(clean, group)
                for code in sorted(set(old_items) | set(new_items)):
                    old, new = old_items.get(code), new_items.get(code)
                    changes[f"{group}.{code}"] = (
                        old.state.value if old else "",
                        new.state.value if new else "",
                    )
            for name in ("keys_count", "payment_settled", "loan_disbursed"):
                changes[name] = (getattr(before, name), getattr(clean, name))
            self._changed(s, user, delivery, **changes)
            if clean.photo_consent is not None and clean.photo_consent != customer.consent_photo:
                store.set_photo_consent(s, self._audit, user, customer, clean.photo_consent)
            return self._saved(s, deal, customer, delivery)

    def set_vehicle_details(
        self,
        deal_id: int,
        *,
        vin: str,
        plate: str = "",
        odometer: int | None = None,
        service_advisor: str = "",
        expected_version: int | None = None,
    ) -> tuple[DeliveryView, tuple[ValidationWarning, ...]]:
        """The delivered car's VIN, plate, odometer and the service advisor. A VIN other
        than the contract's, or an odometer over its maximum, is saved with a warning here;
        ``mark_delivered`` refuses the VIN and asks about the odometer."""
        with self._editing(deal_id, expected_version) as (s, user, deal, customer, delivery):
            contract = store.contract_of(s, deal.id)
            terms = contract_vehicle(contract.snapshot if contract else None)
            details, warnings = clean_details(
                vin, plate, odometer, service_advisor, store.region(s), terms.vin
            )
            warnings += odometer_warnings(details.odometer, terms.max_odometer_km)
            self._changed(
                s,
                user,
                delivery,
                vin=(delivery.vin, details.vin),
                odometer=(delivery.odometer, details.odometer),
                service_advisor=(delivery.service_advisor, details.service_advisor),
            )
            if delivery.plate != details.plate:  # a plate names its owner: no values
                self._audit.record(
                    s,
                    user,
                    Action.UPDATE,
                    ENTITY,
                    delivery.id,
                    field="plate",
                    old=MASKED if delivery.plate else "",
                    new=MASKED if details.plate else "",
                )
            delivery.vin, delivery.plate = details.vin, details.plate
            delivery.odometer = details.odometer
            delivery.service_advisor = details.service_advisor
            return self._saved(s, deal, customer, delivery), tuple(warnings)

    def set_photo(
        self, deal_id: int, data: bytes, *, expected_version: int | None = None
    ) -> DeliveryView:
        """Store the picked ceremony photo, upright and at most 1600 px (see
        ``delivery_photo``); a broken file raises ValidationError and stores nothing."""
        prepared = prepare_photo(data)
        with self._editing(deal_id, expected_version) as (s, user, deal, customer, delivery):
            had = delivery.photo is not None
            delivery.photo = prepared
            self._audit.record(
                s,
                user,
                Action.UPDATE,
                ENTITY,
                delivery.id,
                field="photo",
                old="photo" if had else "",
                new="photo",
                detail={"bytes": len(prepared)},
            )
            return self._saved(s, deal, customer, delivery)

    def clear_photo(self, deal_id: int, *, expected_version: int | None = None) -> DeliveryView:
        with self._editing(deal_id, expected_version) as (s, user, deal, customer, delivery):
            if delivery.photo is not None:
                delivery.photo = None
                self._audit.record(
                    s, user, Action.UPDATE, ENTITY, delivery.id, field="photo", old="photo"
                )
            return self._saved(s, deal, customer, delivery)

    # -- delivering -----------------------------------------------------------------------
    def mark_delivered(
        self,
        deal_id: int,
        *,
        delivered_at: datetime | None = None,
        acknowledge_warnings: bool = False,
        expected_version: int | None = None,
    ) -> DeliveredResult:
        """Close the sale in one transaction (see the module docstring). A second call is
        refused with ValidationError ``already_delivered`` and changes nothing."""
        user = self._session.require_user()
        now = datetime.now()
        when = delivered_at or now
        with self._db.write() as s:
            deal, customer = store.visible_deal(s, self._session, self._settings, deal_id)
            delivery = store.delivery_of(s, deal.id)
            if deal.status == store.DEAL_DELIVERED or (
                delivery is not None and delivery.status == DeliveryStatus.DELIVERED.value
            ):
                raise ValidationError("status", msg.ALREADY_DELIVERED, "already_delivered")
            if delivery is None:
                raise ValidationError("delivery", msg.NOTHING_RECORDED, "nothing_recorded")
            self._expect(delivery, expected_version)
            check = delivery_check(s, deal, delivery, when, now)
            unit = None
            errors = list(check.errors)
            if not any(e.field == "vin" for e in errors):
                unit, stock_errors = store.stock_unit(s, deal, delivery.vin)
                errors += stock_errors
            if errors:
                raise ValidationErrors(errors)
            if check.warnings and not acknowledge_warnings:
                raise DeliveryWarnings(check.warnings)
            # nothing below raises on user input: the sale closes as a whole
            result = close_sale(
                s,
                self._audit,
                self._archive,
                user,
                deal=deal,
                customer=customer,
                delivery=delivery,
                unit=unit,
                when=when,
                now=now,
                acknowledged=check.warnings,
            )
            return DeliveredResult(
                view=delivery_view(s, deal, customer, delivery),
                owned_vehicle_id=result.owned_vehicle_id,
                first_service_on=delivery.first_service_on,
                follow_up_task_ids=result.task_ids,
                acknowledged=check.warnings,
            )

    # -- helpers --------------------------------------------------------------------------
    @contextmanager
    def _editing(
        self, deal_id: int, expected_version: int | None
    ) -> Iterator[tuple[Session, UserInfo, Deal, Customer, Delivery]]:
        """One write transaction on a delivery that may still change (created on first use)."""
        user = self._session.require_user()
        with self._db.write() as s:
            deal, customer = store.visible_deal(s, self._session, self._settings, deal_id)
            if deal.status == store.DEAL_DELIVERED:
                raise ValidationError("status", msg.ALREADY_DELIVERED, "already_delivered")
            if deal.status == store.DEAL_CANCELLED:
                raise ValidationError("status", msg.NOT_CONTRACTED, "not_contracted")
            delivery = store.delivery_of(s, deal.id)
            if delivery is None:
                delivery = store.new_delivery(s, deal, datetime.now())
                self._audit.record(
                    s, user, Action.CREATE, ENTITY, delivery.id, detail={"deal": deal.id}
                )
            elif delivery.status == DeliveryStatus.DELIVERED.value:
                raise ValidationError("status", msg.ALREADY_DELIVERED, "already_delivered")
            self._expect(delivery, expected_version)
            yield s, user, deal, customer, delivery

    @staticmethod
    def _saved(s: Session, deal: Deal, customer: Customer, delivery: Delivery) -> DeliveryView:
        """The view after the change is flushed (so it carries the new version)."""
        delivery.updated_at = datetime.now()
        s.flush()
        return delivery_view(s, deal, customer, delivery)

    @staticmethod
    def _expect(delivery: Delivery, expected_version: int | None) -> None:
        if expected_version is not None and delivery.version_id != expected_version:
            raise StaleRecord("Someone else changed this delivery; reload to see it.")

    def _changed(
        self, s: Session, user: UserInfo, delivery: Delivery, **changes: tuple[object, object]
    ) -> None:
        self._audit.record_changes(s, user, ENTITY, delivery.id, changes)


__all__ = ["DeliveredResult", "DeliveryService", "DeliveryView"]
