"""A customer as typed at the desk, and its validation (phone first, name or 王先生)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from showroom_app.domain.enums import CustomerKind, Region, Salutation
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import normalise_phone, validate_person_id

ID_TYPES = ("", "national_id", "passport", "residence_permit", "other")


@dataclass(frozen=True)
class CustomerForm:
    name: str
    phones: tuple[str, ...]
    salutation: str = Salutation.NONE.value
    kind: str = CustomerKind.PERSON.value
    address: str = ""
    birthday: date | None = None
    messaging_id: str = ""
    notes: str = ""
    id_type: str = ""
    id_number: str = ""
    assigned_user_id: int | None = None


@dataclass(frozen=True)
class CleanCustomer:
    name: str
    phones: tuple[str, ...]  # E.164, first is primary
    salutation: str
    kind: str
    address: str
    birthday: date | None
    messaging_id: str
    notes: str
    id_type: str
    id_number: str
    assigned_user_id: int | None = None
    warnings: tuple[str, ...] = field(default=())


def validate_customer(form: CustomerForm, region: Region, today: date) -> CleanCustomer:
    """Clean a customer form or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    name = " ".join(form.name.split())
    if not name:
        errors.append(
            ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "Enter a name, or a surname and a salutation."),
                "required",
            )
        )
    elif len(name) > 200:
        errors.append(
            ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "The name is too long (200 characters at most)."),
                "too_long",
            )
        )
    try:
        salutation = Salutation(form.salutation).value
    except ValueError:
        errors.append(
            ValidationError("salutation", QT_TRANSLATE_NOOP("Validation", "Choose a salutation."))
        )
        salutation = Salutation.NONE.value
    try:
        kind = CustomerKind(form.kind).value
    except ValueError:
        kind = CustomerKind.PERSON.value
    phones: list[str] = []
    raw_phones = [p for p in form.phones if p.strip()]
    if not raw_phones:
        errors.append(
            ValidationError(
                "phone", QT_TRANSLATE_NOOP("Validation", "Enter a phone number."), "required"
            )
        )
    for raw in raw_phones:
        try:
            e164 = normalise_phone(raw, region, field="phone")
        except ValidationError as exc:
            errors.append(exc)
            continue
        if e164 not in phones:
            phones.append(e164)
    if form.birthday is not None and not (date(1900, 1, 1) <= form.birthday <= today):
        errors.append(
            ValidationError(
                "birthday",
                QT_TRANSLATE_NOOP("Validation", "The birthday must be a past date."),
                "date_range",
            )
        )
    id_type = form.id_type if form.id_type in ID_TYPES else ""
    id_number = form.id_number.strip().upper()
    if id_number and id_type == "national_id":
        try:
            id_number = validate_person_id(id_number, region, field="id_number")
        except ValidationError as exc:
            errors.append(exc)
    elif id_number and len(id_number) > 40:
        errors.append(
            ValidationError(
                "id_number",
                QT_TRANSLATE_NOOP(
                    "Validation", "The ID number is too long (40 characters at most)."
                ),
                "too_long",
            )
        )
    for field_name, value, limit in (
        ("address", form.address, 500),
        ("messaging_id", form.messaging_id, 100),
        ("notes", form.notes, 20_000),
    ):
        if len(value) > limit:
            errors.append(
                ValidationError(
                    field_name,
                    QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
                    "too_long",
                    max_len=limit,
                )
            )
    if errors:
        raise ValidationErrors(errors)
    return CleanCustomer(
        name=name,
        phones=tuple(phones),
        salutation=salutation,
        kind=kind,
        address=form.address.strip(),
        birthday=form.birthday,
        messaging_id=form.messaging_id.strip(),
        notes=form.notes,
        id_type=id_type if id_number else "",
        id_number=id_number,
        assigned_user_id=form.assigned_user_id,
    )
