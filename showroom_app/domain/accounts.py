"""Accounts at a shared desk: PIN rules and who may be deactivated. Pure rules.

A PIN is digits or a password of ``PIN_MIN`` to ``PIN_MAX`` characters. It is never
stripped or otherwise changed: what the user typed is what gets hashed, so a password
with a meaningful leading space still works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from showroom_app.domain.dealership import validate_person_name
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.permissions import PIN_MAX, PIN_MIN
from showroom_app.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class UserAccount:
    """A row of the administrator's user list (never the hash)."""

    id: int
    name: str
    role: Role
    active: bool
    has_pin: bool
    last_sign_in_at: datetime | None
    locked_until: datetime | None = None


def validate_pin(
    pin: str, confirm: str | None = None, *, field: str = "pin", confirm_field: str = "pin_confirm"
) -> str:
    """The PIN unchanged, or ``ValidationError`` naming the field to show it next to.

    Error messages never contain the PIN itself.
    """
    if not pin:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "Enter a PIN."), "required")
    if not pin.strip():
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "A PIN cannot be only spaces."), "blank"
        )
    if len(pin) < PIN_MIN:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The PIN is too short ({low} characters at least)."),
            "too_short",
            low=PIN_MIN,
        )
    if len(pin) > PIN_MAX:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The PIN is too long ({high} characters at most)."),
            "too_long",
            high=PIN_MAX,
        )
    if confirm is not None and confirm != pin:
        raise ValidationError(
            confirm_field,
            QT_TRANSLATE_NOOP("Validation", "The two PINs are not the same."),
            "mismatch",
        )
    return pin


def check_deactivation(
    actor_id: int, target_id: int, target_role: Role, other_active_administrators: int
) -> None:
    """Nobody deactivates themselves, and the last active administrator stays.

    ``other_active_administrators`` counts active administrators other than the target.
    """
    if actor_id == target_id:
        raise ValidationError(
            "user",
            QT_TRANSLATE_NOOP("Validation", "You cannot deactivate your own account."),
            "self",
        )
    if target_role is Role.ADMINISTRATOR and other_active_administrators < 1:
        raise ValidationError(
            "user",
            QT_TRANSLATE_NOOP(
                "Validation", "This is the last active administrator: it must stay active."
            ),
            "last_administrator",
        )


def validate_role(value: Role | str, field: str = "role") -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Choose a role."), "choice"
        ) from None


def check_new_user(
    name: str,
    role: Role | str,
    pin: str,
    confirm: str | None,
    taken_names: list[str],
) -> tuple[str, Role]:
    """Every problem of the "Add user" form at once (``ValidationErrors``), or the clean
    name and role. Two active users with one name could not be told apart at sign-in."""
    errors: list[ValidationError] = []
    clean_name = ""
    clean_role = Role.SALESPERSON
    try:
        clean_name = validate_person_name(name, field="name")
        if clean_name in taken_names:
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "Another active user already has this name."),
                "duplicate",
            )
    except ValidationError as exc:
        errors.append(exc)
    try:
        clean_role = validate_role(role)
    except ValidationError as exc:
        errors.append(exc)
    try:
        validate_pin(pin, confirm)
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return clean_name, clean_role
