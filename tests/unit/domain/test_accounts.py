"""PIN rules and deactivation rules: pure functions, table-driven."""

from __future__ import annotations

import pytest

from showroom_app.domain.accounts import check_deactivation, check_new_user, validate_pin
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.permissions import PIN_MAX, PIN_MIN


@pytest.mark.parametrize(
    ("pin", "confirm", "field", "code"),
    [
        ("", None, "pin", "required"),
        ("    ", None, "pin", "blank"),
        ("1" * (PIN_MIN - 1), None, "pin", "too_short"),
        ("1" * (PIN_MAX + 1), None, "pin", "too_long"),
        ("1234", "1243", "pin_confirm", "mismatch"),
        ("1234", "", "pin_confirm", "mismatch"),
    ],
)
def test_bad_pins_are_refused_on_their_field(pin, confirm, field, code):
    with pytest.raises(ValidationError) as info:
        validate_pin(pin, confirm)
    assert (info.value.field, info.value.code) == (field, code)
    if pin.strip():
        assert pin not in str(info.value)  # never echo the PIN


@pytest.mark.parametrize(
    "pin",
    ["1" * PIN_MIN, "0000", "correct horse battery staple", " lead", "密碼1234", "x" * PIN_MAX],
)
def test_good_pins_are_returned_unchanged(pin):
    assert validate_pin(pin, pin) == pin


@pytest.mark.parametrize(
    ("actor", "target", "role", "others", "code"),
    [
        (1, 1, Role.ADMINISTRATOR, 3, "self"),
        (1, 1, Role.SALESPERSON, 0, "self"),
        (2, 1, Role.ADMINISTRATOR, 0, "last_administrator"),
        (2, 1, Role.ADMINISTRATOR, 1, None),
        (2, 1, Role.MANAGER, 0, None),
        (2, 1, Role.SALESPERSON, 0, None),
    ],
)
def test_deactivation_rules(actor, target, role, others, code):
    if code is None:
        check_deactivation(actor, target, role, others)
        return
    with pytest.raises(ValidationError) as info:
        check_deactivation(actor, target, role, others)
    assert info.value.code == code


def test_new_user_form_reports_all_problems_at_once():
    with pytest.raises(ValidationErrors) as info:
        check_new_user("  ", "chief", "1", None, [])
    assert {e.field for e in info.value.errors} == {"name", "role", "pin"}
    assert check_new_user(" 陳  志明 ", "manager", "1234", "1234", ["王美玲"]) == (
        "陳 志明",
        Role.MANAGER,
    )
