"""Accounts and sign-in: argon2id hashes only, throttled wrong PINs, roles enforced here."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from showroom_app.db.models import AuditEntry, User
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from showroom_app.domain.permissions import FREE_ATTEMPTS, sign_in_delay
from showroom_app.domain.records import DealershipForm, UserInfo
from showroom_app.services import auth as auth_module
from showroom_app.services.auth import (
    AccountInactive,
    AuthService,
    HashParameters,
    PinNotSet,
    SignInFailed,
    SignInThrottled,
)
from showroom_app.services.container import Services
from showroom_app.services.session import DeskSession

FORM = DealershipForm(
    name="宏達汽車 大安展示中心",
    address="臺北市大安區復興南路一段 100 號",
    phone="02 2700 1234",
    tax_id="04595257",
    region="TW",
    doc_language="zh_TW",
)
ADMIN_PIN = "Zebra-Admin-4711"
SALES_PIN = "Kiwi-Sales-0815"
CHEAP = HashParameters(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real parameters cost ~0.2 s per hash; one test below checks them explicitly."""
    monkeypatch.setattr(auth_module, "HASH_PARAMETERS", CHEAP)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(services: Services, clock: Clock) -> AuthService:
    return AuthService(
        services.db, services.session, services.audit, services.app_settings, clock=clock
    )


@pytest.fixture
def admin(services: Services, auth: AuthService) -> UserInfo:
    """A finished first run: the administrator has a PIN and is signed in."""
    user = services.settings.complete_first_run(FORM, "林經理")
    auth.set_first_pin(user.id, ADMIN_PIN, ADMIN_PIN)
    return auth.sign_in(user.id, ADMIN_PIN)


@pytest.fixture
def salesperson(auth: AuthService, admin: UserInfo) -> UserInfo:
    return auth.create_user("陳志明", Role.SALESPERSON, SALES_PIN, SALES_PIN)


def _row(services: Services, user_id: int) -> User:
    with services.db.read() as s:
        row = s.get(User, user_id)
        assert row is not None
        return row


def _audit(services: Services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_stored_hash_is_argon2id_with_the_style_guide_parameters(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the real hashing parameters (STYLE.md §4), not the cheap test ones
    monkeypatch.setattr(auth_module, "HASH_PARAMETERS", HashParameters())
    user = services.settings.complete_first_run(FORM, "林經理")
    # WHEN the first PIN is set
    services.auth.set_first_pin(user.id, ADMIN_PIN)
    # THEN an argon2id hash with 64 MiB, 3 passes, 1 lane is stored
    stored = _row(services, user.id).pin_hash
    assert stored is not None
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=1$")
    assert ADMIN_PIN not in stored


def test_no_plaintext_pin_in_database_wal_or_log_output(
    services: Services,
    auth: AuthService,
    admin: UserInfo,
    db_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    reset_pin = "Otter-Reset-9921"
    wrong_pin = "Wrong-Guess-5150"
    # GIVEN a user created, signed in, mistyped, reset and signed in again
    user = auth.create_user("王美玲", Role.SALESPERSON, SALES_PIN, SALES_PIN)
    auth.sign_in(user.id, SALES_PIN)
    with pytest.raises(SignInFailed) as failed:
        auth.sign_in(user.id, wrong_pin)
    auth.sign_in(admin.id, ADMIN_PIN)
    auth.reset_pin(user.id, reset_pin, reset_pin)
    auth.sign_in(user.id, reset_pin)
    # WHEN the bytes of the database, its write-ahead log and the log output are searched
    wal = Path(f"{db_path}-wal")
    blobs = {"database": db_path.read_bytes(), "log": caplog.text.encode()}
    if wal.exists():
        blobs["wal"] = wal.read_bytes()
    # THEN no PIN appears anywhere, nor in the error raised
    assert caplog.text  # something was logged, so the check means something
    for pin in (ADMIN_PIN, SALES_PIN, reset_pin, wrong_pin):
        for name, blob in blobs.items():
            assert pin.encode() not in blob, (name, pin)
        assert pin not in str(failed.value)
    assert b"$argon2id$" in blobs["database"] + blobs.get("wal", b"")


def test_sign_in_rehashes_when_the_parameters_change(
    services: Services, auth: AuthService, admin: UserInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a PIN hashed with the old parameters
    assert "$m=8,t=1,p=1$" in (_row(services, admin.id).pin_hash or "")
    # WHEN the parameters are raised and the user signs in
    monkeypatch.setattr(auth_module, "HASH_PARAMETERS", HashParameters(2, 16, 1))
    auth.sign_in(admin.id, ADMIN_PIN)
    # THEN the stored hash uses the new parameters, and the PIN still works
    stored = _row(services, admin.id).pin_hash or ""
    assert "$m=16,t=2,p=1$" in stored
    assert auth.sign_in(admin.id, ADMIN_PIN).id == admin.id


def test_wrong_pins_slow_down_and_a_success_resets_the_count(
    services: Services,
    auth: AuthService,
    salesperson: UserInfo,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the first FREE_ATTEMPTS wrong PINs: tried at once, no wait before them
    waits = []
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(SignInFailed) as info:
            auth.sign_in(salesperson.id, "0000")
        waits.append(info.value.wait_seconds)
    assert waits[:-1] == [0] * (FREE_ATTEMPTS - 1)
    first_wait = waits[-1]
    assert first_wait == sign_in_delay(FREE_ATTEMPTS) > 0
    # the count survived the exception: it was committed
    assert _row(services, salesperson.id).failed_attempts == FREE_ATTEMPTS

    # WHEN the right PIN is typed during the wait
    checked: list[str] = []
    original = AuthService._verify
    monkeypatch.setattr(
        AuthService,
        "_verify",
        staticmethod(lambda h, stored, pin: checked.append(pin) or original(h, stored, pin)),
    )
    clock.advance(first_wait - 1)
    with pytest.raises(SignInThrottled) as throttled:
        auth.sign_in(salesperson.id, SALES_PIN)
    # THEN it is refused without the PIN even being checked, with the time left
    assert throttled.value.seconds_left == 1
    assert checked == []
    assert services.session.user is not None and services.session.user.id != salesperson.id

    # WHEN the wait is over and another wrong PIN is typed
    clock.advance(1)
    with pytest.raises(SignInFailed) as info:
        auth.sign_in(salesperson.id, "1111")
    # THEN the next wait is longer
    assert info.value.wait_seconds > first_wait

    # WHEN the right PIN comes after that wait
    clock.advance(info.value.wait_seconds)
    user = auth.sign_in(salesperson.id, SALES_PIN)
    # THEN the user is signed in and the count starts again from zero
    assert services.session.user == user
    row = _row(services, salesperson.id)
    assert (row.failed_attempts, row.locked_until) == (0, None)
    assert row.last_sign_in_at == clock.now
    with pytest.raises(SignInFailed) as info:
        auth.sign_in(salesperson.id, "2222")
    assert info.value.wait_seconds == 0


def test_inactive_user_cannot_sign_in(
    auth: AuthService, admin: UserInfo, salesperson: UserInfo
) -> None:
    # GIVEN a deactivated salesperson
    auth.deactivate(salesperson.id)
    # WHEN they try with their right PIN
    with pytest.raises(AccountInactive):
        auth.sign_in(salesperson.id, SALES_PIN)
    # THEN they are refused, and the sign-in list no longer offers them
    assert [u.id for u in auth.users_for_sign_in()] == [admin.id]
    # WHEN reactivated, THEN they can sign in again
    auth.reactivate(salesperson.id)
    assert auth.sign_in(salesperson.id, SALES_PIN).id == salesperson.id


def test_salesperson_cannot_administer_users(
    services: Services, auth: AuthService, admin: UserInfo, salesperson: UserInfo
) -> None:
    # GIVEN a salesperson at the desk
    auth.sign_in(salesperson.id, SALES_PIN)
    before = auth_rows(services)
    # WHEN they call the administrator's services directly
    # THEN each is refused at the service layer, and nothing changed
    with pytest.raises(PermissionDenied):
        auth.create_user("張家豪", Role.MANAGER, "5555", "5555")
    with pytest.raises(PermissionDenied):
        auth.reset_pin(admin.id, "9999", "9999")
    with pytest.raises(PermissionDenied):
        auth.deactivate(admin.id)
    with pytest.raises(PermissionDenied):
        auth.reactivate(admin.id)
    with pytest.raises(PermissionDenied):
        auth.accounts()
    assert auth_rows(services) == before


def auth_rows(services: Services) -> list[tuple[object, ...]]:
    with services.db.read() as s:
        return [
            (u.id, u.name, u.role, u.active, u.pin_hash)
            for u in s.scalars(select(User).order_by(User.id))
        ]


def test_administrator_cannot_deactivate_themselves(auth: AuthService, admin: UserInfo) -> None:
    with pytest.raises(ValidationError) as info:
        auth.deactivate(admin.id)
    assert info.value.code == "self"
    assert [u.id for u in auth.users_for_sign_in()] == [admin.id]


def test_the_last_active_administrator_cannot_be_deactivated(
    services: Services, auth: AuthService, admin: UserInfo
) -> None:
    # GIVEN a second administrator, signed in at another desk
    second = auth.create_user("李副理", Role.ADMINISTRATOR, "4444", "4444")
    other_desk = AuthService(services.db, DeskSession(), services.audit, services.app_settings)
    other_desk.sign_in(second.id, "4444")
    # WHEN the first deactivates the second (allowed: one administrator stays) ...
    auth.deactivate(second.id)
    # ... and the second, still signed in over there, tries to deactivate the first
    with pytest.raises(ValidationError) as info:
        other_desk.deactivate(admin.id)
    # THEN it is refused: the last active administrator stays active
    assert info.value.code == "last_administrator"
    assert _row(services, admin.id).active


def test_audit_log_records_account_events_without_any_pin(
    services: Services, auth: AuthService, admin: UserInfo, salesperson: UserInfo
) -> None:
    # GIVEN a failed and a successful sign-in, a PIN reset and a deactivation
    with pytest.raises(SignInFailed):
        auth.sign_in(salesperson.id, "Nope-1234")
    auth.sign_in(admin.id, ADMIN_PIN)
    auth.reset_pin(salesperson.id, "Reset-7777", "Reset-7777")
    auth.deactivate(salesperson.id)
    # WHEN the audit log is read
    entries = _audit(services)
    actions = [(e.action, e.entity_id) for e in entries]
    # THEN each event is there, about the right user
    assert ("sign_in", admin.id) in actions
    assert ("sign_in_failed", salesperson.id) in actions
    assert ("pin_reset", salesperson.id) in actions
    assert ("deactivate", salesperson.id) in actions
    failed = next(e for e in entries if e.action == "sign_in_failed")
    assert failed.user_name == salesperson.name
    reset = next(e for e in entries if e.action == "pin_reset")
    assert reset.user_id == admin.id
    # AND no entry holds any of the PINs in any column
    for e in entries:
        text = " ".join(
            str(v) for v in (e.user_name, e.field, e.old_value, e.new_value, e.detail, e.entity)
        )
        for pin in (ADMIN_PIN, SALES_PIN, "Nope-1234", "Reset-7777"):
            assert pin not in text


def test_demo_pins_are_refused_on_a_real_dealership(
    services: Services, auth: AuthService, admin: UserInfo
) -> None:
    before = _row(services, admin.id).pin_hash
    with pytest.raises(PermissionDenied):
        auth.set_demo_pins()
    assert _row(services, admin.id).pin_hash == before
    assert auth.sign_in(admin.id, ADMIN_PIN)


def test_demo_pins_let_every_demo_user_sign_in_with_0000(demo_services: Services) -> None:
    # GIVEN a demo database (its users have no PIN yet)
    auth = demo_services.auth
    users = auth.users_for_sign_in()
    assert len(users) >= 2 and not any(auth.has_pin(u.id) for u in users)
    # WHEN the demo PINs are set
    assert auth.set_demo_pins() == len(users)
    # THEN every demo user signs in with 0000
    for user in users:
        assert auth.sign_in(user.id, "0000") == user


def test_a_user_without_pin_must_choose_one_and_only_once(
    services: Services, auth: AuthService
) -> None:
    # GIVEN a first user without a PIN (a database from before sign-in existed)
    user = services.settings.complete_first_run(FORM, "林經理")
    with pytest.raises(PinNotSet):
        auth.sign_in(user.id, "1234")
    # WHEN a PIN is chosen, with a confirmation that differs
    with pytest.raises(ValidationError) as info:
        auth.set_first_pin(user.id, "1234", "1243")
    # THEN nothing is stored and the error sits on the confirmation field
    assert info.value.field == "pin_confirm"
    assert not auth.has_pin(user.id)
    # WHEN chosen properly it works, and a second "first PIN" is refused
    auth.set_first_pin(user.id, "1234", "1234")
    assert auth.sign_in(user.id, "1234").id == user.id
    with pytest.raises(PermissionDenied):
        auth.set_first_pin(user.id, "9999")


def test_change_own_pin_needs_the_old_one(
    services: Services, auth: AuthService, salesperson: UserInfo
) -> None:
    auth.sign_in(salesperson.id, SALES_PIN)
    # WHEN the old PIN is wrong THEN it counts as a failed attempt and nothing changes
    with pytest.raises(SignInFailed):
        auth.change_own_pin("wrong-old", "New-PIN-42", "New-PIN-42")
    assert _row(services, salesperson.id).failed_attempts == 1
    # WHEN it is right THEN the new PIN replaces the old one
    auth.change_own_pin(SALES_PIN, "New-PIN-42", "New-PIN-42")
    assert auth.sign_in(salesperson.id, "New-PIN-42").id == salesperson.id
    with pytest.raises(SignInFailed):
        auth.sign_in(salesperson.id, SALES_PIN)


def test_confirm_pin_refreshes_the_time_of_the_last_pin(
    services: Services, auth: AuthService, admin: UserInfo
) -> None:
    session = services.session
    session.authenticated_at = datetime(2000, 1, 1)
    with pytest.raises(SignInFailed):
        auth.confirm_pin("not-it")
    assert session.authenticated_at == datetime(2000, 1, 1)
    auth.confirm_pin(ADMIN_PIN)
    assert session.authenticated_at is not None
    assert session.authenticated_at > datetime(2000, 1, 1)


def test_add_user_reports_every_bad_field_and_saves_nothing(
    services: Services, auth: AuthService, admin: UserInfo, salesperson: UserInfo
) -> None:
    before = auth_rows(services)
    with pytest.raises(ValidationErrors) as info:
        auth.create_user(salesperson.name, "boss", "12", "12")
    assert {e.field for e in info.value.errors} == {"name", "role", "pin"}
    assert info.value.for_field("name").code == "duplicate"
    assert auth_rows(services) == before
