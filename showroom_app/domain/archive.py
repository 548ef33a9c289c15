"""The customer archive (客戶檔案基本資料表, DOMAIN.md §5.1) and its rules.

* the maintenance reminder computation of DOMAIN.md §5.3;
* the two-day rule: every visit or service asks for the archive within two days;
* completeness: which archive fields are still missing (the profile's meter).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from showroom_app.domain.enums import BodyType, Powertrain, Region
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import (
    normalise_plate,
    plate_warnings,
    validate_email,
    validate_vin,
    vin_warnings,
)

ARCHIVE_DUE_DAYS = 2  # the source document's rule
DEFAULT_KM_PER_DAY = {Region.CN: Decimal(40), Region.TW: Decimal(33), Region.HK: Decimal(30)}

MAINTENANCE_ITEMS = (
    "oil_filter",
    "air_filter",
    "cabin_filter",
    "brake_fluid",
    "coolant",
    "spark_plugs",
    "tyre_rotation",
    "air_conditioning",
    "battery_check",
    "ev_coolant",
)
DESIRED_SERVICES = (
    "pickup_dropoff",
    "weekend_slots",
    "detailing",
    "tyre_hotel",
    "insurance_quote",
    "loan_car",
    "reminder_by_message",
)
CHANNELS = ("", "phone", "sms", "line", "wechat", "whatsapp", "email", "letter")


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class MaintenancePlan:
    date_by_time: date | None
    date_by_km: date | None
    computed: date | None
    override: date | None

    @property
    def next_date(self) -> date | None:
        return self.override or self.computed

    @property
    def overridden(self) -> bool:
        return self.override is not None


def next_maintenance(
    *,
    today: date,
    interval_km: int | None,
    interval_months: int | None,
    last_service_date: date | None,
    last_service_km: int | None,
    delivery_date: date | None,
    odometer_at_delivery: int | None,
    odometer_now: int | None,
    odometer_date: date | None,
    region: Region,
    override: date | None = None,
) -> MaintenancePlan:
    """DOMAIN.md §5.3: the earlier of "by time" and "by distance".

    The last service (or the delivery, before any service) is the starting point. The
    daily distance is measured from the delivery odometer to the latest reading, falling
    back to the regional default when there is nothing to measure.
    """
    start_date = last_service_date or delivery_date
    start_km = last_service_km if last_service_date else odometer_at_delivery
    by_time = add_months(start_date, interval_months) if start_date and interval_months else None
    by_km: date | None = None
    if interval_km and start_date is not None:
        per_day = DEFAULT_KM_PER_DAY.get(region, Decimal(33))
        if (
            delivery_date
            and odometer_at_delivery is not None
            and odometer_now is not None
            and odometer_date
            and odometer_date > delivery_date
            and odometer_now > odometer_at_delivery
        ):
            per_day = (
                Decimal(odometer_now - odometer_at_delivery) / (odometer_date - delivery_date).days
            )
        base_km = start_km or 0
        reading = odometer_now if odometer_now is not None else base_km
        reading_date = odometer_date or start_date
        remaining = base_km + interval_km - reading
        days = int((Decimal(remaining) / per_day).to_integral_value()) if per_day > 0 else 0
        by_km = max(reading_date + timedelta(days=days), start_date)
    candidates = [d for d in (by_time, by_km) if d is not None]
    return MaintenancePlan(by_time, by_km, min(candidates) if candidates else None, override)


def archive_due(visit_or_service: date) -> date:
    return visit_or_service + timedelta(days=ARCHIVE_DUE_DAYS)


# -- forms ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArchiveForm:
    email: str = ""
    preferred_channel: str = ""
    best_time: str = ""
    service_advisor: str = ""
    insurance_company: str = ""
    insurance_expiry: date | None = None
    desired_services: tuple[str, ...] = ()
    desired_services_note: str = ""


@dataclass(frozen=True)
class VehicleForm:
    model_id: int | None = None
    model_text: str = ""
    plate: str = ""
    vehicle_type: str = ""
    powertrain: str = ""
    vin: str = ""
    delivery_date: date | None = None
    odometer_at_delivery: int | None = None
    maintenance_items: tuple[str, ...] = ()
    interval_km: int | None = None
    interval_months: int | None = None
    next_maintenance_override: date | None = None


@dataclass(frozen=True)
class ServiceRecordForm:
    service_date: date
    odometer: int | None = None
    items: str = ""
    amount: Decimal | None = None
    advisor: str = ""
    notes: str = ""
    vehicle_id: int | None = None


def _err(field: str, message: str, code: str = "invalid", **params: object) -> ValidationError:
    return ValidationError(field, message, code, **params)


def validate_archive(form: ArchiveForm) -> ArchiveForm:
    errors: list[ValidationError] = []
    email = form.email
    try:
        email = validate_email(form.email)
    except ValidationError as exc:
        errors.append(exc)
    if form.preferred_channel not in CHANNELS:
        errors.append(
            _err("preferred_channel", QT_TRANSLATE_NOOP("Validation", "Choose a contact channel."))
        )
    unknown = [s for s in form.desired_services if s not in DESIRED_SERVICES]
    if unknown:
        errors.append(
            _err(
                "desired_services",
                QT_TRANSLATE_NOOP("Validation", "Choose services from the list."),
            )
        )
    for name, value, limit in (
        ("best_time", form.best_time, 100),
        ("service_advisor", form.service_advisor, 100),
        ("insurance_company", form.insurance_company, 100),
        ("desired_services_note", form.desired_services_note, 2000),
    ):
        if len(value) > limit:
            errors.append(
                _err(
                    name,
                    QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
                    "too_long",
                    max_len=limit,
                )
            )
    if errors:
        raise ValidationErrors(errors)
    return ArchiveForm(
        email=email,
        preferred_channel=form.preferred_channel,
        best_time=form.best_time.strip(),
        service_advisor=form.service_advisor.strip(),
        insurance_company=form.insurance_company.strip(),
        insurance_expiry=form.insurance_expiry,
        desired_services=tuple(dict.fromkeys(form.desired_services)),
        desired_services_note=form.desired_services_note.strip(),
    )


def validate_vehicle(
    form: VehicleForm, region: Region, today: date
) -> tuple[VehicleForm, list[str]]:
    """Clean a vehicle; returns it with warnings (plate format, VIN check digit)."""
    errors: list[ValidationError] = []
    warnings: list[str] = []
    if form.model_id is None and not form.model_text.strip():
        errors.append(
            _err("model", QT_TRANSLATE_NOOP("Validation", "Choose or enter the model."), "required")
        )
    plate = normalise_plate(form.plate) if form.plate.strip() else ""
    if plate:
        warnings += [w.text() for w in plate_warnings(plate, region)]
    vin = ""
    if form.vin.strip():
        try:
            # the check digit is mandatory in mainland China; elsewhere only a warning
            vin = validate_vin(form.vin, check_digit_required=region is Region.CN)
            warnings += [w.text() for w in vin_warnings(vin)]
        except ValidationError as exc:
            errors.append(exc)
    if form.vehicle_type and form.vehicle_type not in {b.value for b in BodyType}:
        errors.append(
            _err("vehicle_type", QT_TRANSLATE_NOOP("Validation", "Choose a vehicle type."))
        )
    if form.powertrain and form.powertrain not in {p.value for p in Powertrain}:
        errors.append(_err("powertrain", QT_TRANSLATE_NOOP("Validation", "Choose a powertrain.")))
    if form.delivery_date and form.delivery_date > today:
        errors.append(
            _err(
                "delivery_date",
                QT_TRANSLATE_NOOP("Validation", "The delivery date cannot be in the future."),
                "date_range",
            )
        )
    for name, value, high in (
        ("odometer_at_delivery", form.odometer_at_delivery, 2_000_000),
        ("interval_km", form.interval_km, 200_000),
        ("interval_months", form.interval_months, 120),
    ):
        if (value is not None and not (0 <= value <= high)) or (
            name != "odometer_at_delivery" and value == 0
        ):
            errors.append(
                _err(
                    name,
                    QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                    "range",
                    low=0 if name == "odometer_at_delivery" else 1,
                    high=high,
                )
            )
    unknown = [i for i in form.maintenance_items if i not in MAINTENANCE_ITEMS]
    if unknown:
        errors.append(
            _err(
                "maintenance_items",
                QT_TRANSLATE_NOOP("Validation", "Choose maintenance items from the list."),
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return (
        VehicleForm(
            model_id=form.model_id,
            model_text=form.model_text.strip(),
            plate=plate,
            vehicle_type=form.vehicle_type,
            powertrain=form.powertrain,
            vin=vin,
            delivery_date=form.delivery_date,
            odometer_at_delivery=form.odometer_at_delivery,
            maintenance_items=tuple(dict.fromkeys(form.maintenance_items)),
            interval_km=form.interval_km,
            interval_months=form.interval_months,
            next_maintenance_override=form.next_maintenance_override,
        ),
        warnings,
    )


def validate_service_record(form: ServiceRecordForm, today: date) -> ServiceRecordForm:
    errors: list[ValidationError] = []
    if form.service_date > today:
        errors.append(
            _err(
                "service_date",
                QT_TRANSLATE_NOOP("Validation", "The service date cannot be in the future."),
                "date_range",
            )
        )
    if form.odometer is not None and not 0 <= form.odometer <= 2_000_000:
        errors.append(
            _err(
                "odometer",
                QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                "range",
                low=0,
                high=2_000_000,
            )
        )
    if form.amount is not None and (
        form.amount < 0 or form.amount != form.amount.quantize(Decimal("0.01"))
    ):
        errors.append(
            _err(
                "amount",
                QT_TRANSLATE_NOOP(
                    "Validation", "Enter an amount of zero or more, with at most two decimals."
                ),
                "amount",
            )
        )
    if not form.items.strip():
        errors.append(
            _err("items", QT_TRANSLATE_NOOP("Validation", "Enter the work done."), "required")
        )
    if errors:
        raise ValidationErrors(errors)
    return form


# -- completeness ------------------------------------------------------------------------------

#: The archive fields of DOMAIN.md §5.1 that the meter counts (field key, English label).
ARCHIVE_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("Archive", "Customer name")),
    ("address", QT_TRANSLATE_NOOP("Archive", "Address")),
    ("phone", QT_TRANSLATE_NOOP("Archive", "Phone")),
    ("visit_or_service_date", QT_TRANSLATE_NOOP("Archive", "Visit or service date")),
    ("vehicle_model", QT_TRANSLATE_NOOP("Archive", "Vehicle model")),
    ("plate", QT_TRANSLATE_NOOP("Archive", "Plate number")),
    ("vehicle_type", QT_TRANSLATE_NOOP("Archive", "Vehicle type")),
    ("maintenance_items", QT_TRANSLATE_NOOP("Archive", "Maintenance items")),
    ("maintenance_cycle", QT_TRANSLATE_NOOP("Archive", "Maintenance interval")),
    ("next_maintenance_date", QT_TRANSLATE_NOOP("Archive", "Next maintenance date")),
    ("desired_services", QT_TRANSLATE_NOOP("Archive", "Services the customer wants")),
)


def missing_archive_fields(present: dict[str, bool]) -> list[str]:
    return [key for key, _label in ARCHIVE_FIELDS if not present.get(key, False)]


def completeness(present: dict[str, bool]) -> int:
    """Percentage of the archive fields filled in (0-100)."""
    filled = sum(1 for key, _ in ARCHIVE_FIELDS if present.get(key, False))
    return round(100 * filled / len(ARCHIVE_FIELDS))


def archive_label(key: str) -> str:
    return dict(ARCHIVE_FIELDS).get(key, key)
