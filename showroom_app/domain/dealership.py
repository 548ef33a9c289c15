"""Validation of the dealership's own details (first run and Settings)."""

from __future__ import annotations

from showroom_app.domain.enums import REGION_CURRENCY, DocLanguage, Region
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.records import DealershipForm, DealershipInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import normalise_phone, validate_tax_id

PAPER_SIZES = ("A4", "Letter")


def validate_dealership(form: DealershipForm) -> DealershipInfo:
    """Return the cleaned details or raise ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    name = form.name.strip()
    if not name:
        errors.append(
            ValidationError(
                "name", QT_TRANSLATE_NOOP("Validation", "Enter the dealership's name."), "required"
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
        region = Region(form.region)
    except ValueError:
        errors.append(
            ValidationError(
                "region",
                QT_TRANSLATE_NOOP("Validation", "Choose Taiwan, Mainland China or Hong Kong."),
                "choice",
            )
        )
        region = Region.TW
    try:
        doc_language = DocLanguage(form.doc_language)
    except ValueError:
        errors.append(
            ValidationError(
                "doc_language",
                QT_TRANSLATE_NOOP("Validation", "Choose a document language."),
                "choice",
            )
        )
        doc_language = DocLanguage.ZH_TW
    phone = form.phone.strip()
    if phone:
        try:
            phone = normalise_phone(phone, region, field="phone")
        except ValidationError as exc:
            errors.append(exc)
    tax_id = form.tax_id.strip()
    if tax_id:
        try:
            tax_id = validate_tax_id(tax_id, region)
        except ValidationError as exc:
            errors.append(ValidationError("tax_id", exc.message, exc.code, **exc.params))
    address = form.address.strip()
    if len(address) > 500:
        errors.append(
            ValidationError(
                "address",
                QT_TRANSLATE_NOOP(
                    "Validation", "The address is too long (500 characters at most)."
                ),
                "too_long",
            )
        )
    if form.paper_size not in PAPER_SIZES:
        errors.append(
            ValidationError(
                "paper_size", QT_TRANSLATE_NOOP("Validation", "Choose A4 or Letter."), "choice"
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return DealershipInfo(
        name=name,
        address=address,
        phone=phone,
        tax_id=tax_id,
        region=region,
        currency=REGION_CURRENCY[region],
        doc_language=doc_language,
        paper_size=form.paper_size,
    )


def validate_person_name(value: str, field: str = "name") -> str:
    """A person's or salesperson's name: required, trimmed, at most 100 characters."""
    name = " ".join(value.split())
    if not name:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "Enter a name."), "required")
    if len(name) > 100:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The name is too long (100 characters at most)."),
            "too_long",
        )
    return name
