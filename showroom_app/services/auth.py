"""Accounts and sign-in at a shared desk: PINs, throttling, user administration.

PINs are stored only as argon2id hashes (STYLE.md §4). The PIN itself never reaches the
database, the audit log, the log output or an exception message.

Wrong PINs slow down further tries (``sign_in_delay``): the failure count and the time
until the next try are committed in their own transaction, so the delay holds even though
the caller gets an exception. While the delay runs, a sign-in is refused without even
looking at the PIN, so guessing cannot continue in the meantime.

Hashing takes ~0.2 s, so it is done outside write transactions: a sign-in never holds the
database's write lock while argon2 runs.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import Dealership, User
from showroom_app.domain.accounts import (
    UserAccount,
    check_deactivation,
    check_new_user,
    validate_pin,
)
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import NotFound, PermissionDenied, ShowroomError
from showroom_app.domain.permissions import Capability, sign_in_delay
from showroom_app.domain.records import UserInfo
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

log = logging.getLogger(__name__)

DEMO_PIN = "0000"


class SignInFailed(ShowroomError):
    """The PIN was wrong. ``wait_seconds`` (0 for the first few) before the next try."""

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(f"Wrong PIN; the next try is possible in {wait_seconds} s.")


class SignInThrottled(ShowroomError):
    """Too many wrong PINs: no try is accepted for ``seconds_left`` more seconds."""

    def __init__(self, seconds_left: int) -> None:
        self.seconds_left = seconds_left
        super().__init__(f"Too many wrong PINs; wait {seconds_left} s.")


class AccountInactive(PermissionDenied):
    """The account was deactivated by an administrator."""


class PinNotSet(ShowroomError):
    """The user has no PIN yet (an account from before sign-in existed): choose one first."""


@dataclass(frozen=True)
class HashParameters:
    time_cost: int = 3
    memory_cost: int = 65536  # KiB: 64 MiB
    parallelism: int = 1


#: STYLE.md §4. Read at every use, so a changed value makes stored hashes "need rehash"
#: (and tests can swap in cheap parameters).
HASH_PARAMETERS = HashParameters()


def make_hasher() -> PasswordHasher:
    p = HASH_PARAMETERS
    return PasswordHasher(
        time_cost=p.time_cost, memory_cost=p.memory_cost, parallelism=p.parallelism, type=Type.ID
    )


def _info(row: User) -> UserInfo:
    return UserInfo(row.id, row.name, Role(row.role), row.active)


def _seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))


class AuthService:
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._clock = clock

    # -- who may sign in ----------------------------------------------------------------
    def users_for_sign_in(self) -> list[UserInfo]:
        with self._db.read() as s:
            rows = s.scalars(select(User).where(User.active.is_(True)).order_by(User.id))
            return [_info(u) for u in rows]

    def has_pin(self, user_id: int) -> bool:
        with self._db.read() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NotFound("No such user.")
            return row.pin_hash is not None

    # -- signing in ---------------------------------------------------------------------
    def sign_in(self, user_id: int, pin: str) -> UserInfo:
        user = self._attempt(user_id, pin, purpose="sign_in")
        self._session.sign_in(user)
        log.info("user %d signed in", user.id)
        return user

    def confirm_pin(self, pin: str) -> None:
        """The signed-in user entered their PIN again before a sensitive action."""
        user = self._session.require_user()
        self._attempt(user.id, pin, purpose="confirm")
        self._session.confirm_pin()

    def require_recent_pin(self) -> UserInfo:
        """``ReauthenticationRequired`` unless the PIN was entered within the policy's time."""
        return self._session.require_recent_pin(self._settings.policy().reauth_minutes)

    def sign_out(self) -> None:
        user = self._session.user
        if user is not None:
            with self._db.write() as s:
                self._audit.record(s, user, Action.SIGN_OUT, "user", user.id)
        self._session.sign_out()

    def lock(self) -> None:
        """The screen was locked (idle or on request); whoever unlocks signs in again."""
        user = self._session.user
        if user is not None:
            with self._db.write() as s:
                self._audit.record(s, user, Action.LOCK, "user", user.id)

    def _attempt(self, user_id: int, pin: str, *, purpose: str) -> UserInfo:
        now = self._clock()
        with self._db.read() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NotFound("No such user.")
            if not row.active:
                raise AccountInactive("This account has been deactivated.")
            stored, locked_until = row.pin_hash, row.locked_until
        if locked_until is not None and locked_until > now:
            raise SignInThrottled(_seconds(locked_until - now))
        if stored is None:
            raise PinNotSet("Choose a PIN first.")
        hasher = make_hasher()
        if not self._verify(hasher, stored, pin):
            self._record_failure(user_id, now, purpose)
        new_hash = hasher.hash(pin) if hasher.check_needs_rehash(stored) else None
        with self._db.write() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NotFound("No such user.")
            if not row.active:
                raise AccountInactive("This account has been deactivated.")
            if row.pin_hash != stored:  # reset on another desk meanwhile: not this PIN
                raise SignInFailed(0)
            row.failed_attempts = 0
            row.locked_until = None
            if new_hash is not None:
                row.pin_hash = new_hash
                log.info("PIN hash of user %d upgraded to the current parameters", user_id)
            info = _info(row)
            if purpose == "sign_in":
                row.last_sign_in_at = now
                self._audit.record(s, info, Action.SIGN_IN, "user", user_id)
        return info

    @staticmethod
    def _verify(hasher: PasswordHasher, stored: str, pin: str) -> bool:
        try:
            return hasher.verify(stored, pin)
        except (VerificationError, InvalidHashError):
            return False

    def _record_failure(self, user_id: int, now: datetime, purpose: str) -> NoReturn:
        """Count the wrong PIN in its own committed transaction, then raise."""
        with self._db.write() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NotFound("No such user.")
            row.failed_attempts = (row.failed_attempts or 0) + 1
            wait = sign_in_delay(row.failed_attempts)
            row.locked_until = now + timedelta(seconds=wait) if wait else None
            attempts = row.failed_attempts
            self._audit.record(
                s,
                _info(row),
                Action.SIGN_IN_FAILED,
                "user",
                user_id,
                detail={"purpose": purpose, "failed_attempts": attempts, "wait_seconds": wait},
            )
        log.warning("wrong PIN for user %d (%d in a row, %d s wait)", user_id, attempts, wait)
        raise SignInFailed(wait)

    # -- own PIN ------------------------------------------------------------------------
    def set_first_pin(self, user_id: int, pin: str, confirm: str | None = None) -> None:
        """Give a user without a PIN their first one (first run, or an older account)."""
        validate_pin(pin, confirm)
        new_hash = make_hasher().hash(pin)
        with self._db.write() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NotFound("No such user.")
            if row.pin_hash is not None:
                raise PermissionDenied("This user already has a PIN.")
            if not row.active:
                raise AccountInactive("This account has been deactivated.")
            self._store_pin(row, new_hash)
            self._audit.record(s, _info(row), Action.UPDATE, "user", user_id, field="pin")

    def change_own_pin(self, old: str, new: str, confirm: str | None = None) -> None:
        user = self._session.require_user()
        validate_pin(new, confirm)
        self._attempt(user.id, old, purpose="change_pin")  # a wrong old PIN counts
        new_hash = make_hasher().hash(new)
        with self._db.write() as s:
            row = self._get(s, user.id)
            self._store_pin(row, new_hash)
            self._audit.record(s, user, Action.UPDATE, "user", user.id, field="pin")
        self._session.confirm_pin()

    def _store_pin(self, row: User, pin_hash: str) -> None:
        row.pin_hash = pin_hash
        row.pin_changed_at = self._clock()
        row.failed_attempts = 0
        row.locked_until = None

    @staticmethod
    def _get(s: Session, user_id: int) -> User:
        row = s.get(User, user_id)
        if row is None:
            raise NotFound("No such user.")
        return row

    # -- administration -----------------------------------------------------------------
    def accounts(self) -> list[UserAccount]:
        """Every user, active or not, for the administrator's list."""
        self._session.require(Capability.MANAGE_USERS)
        with self._db.read() as s:
            return [
                UserAccount(
                    id=u.id,
                    name=u.name,
                    role=Role(u.role),
                    active=u.active,
                    has_pin=u.pin_hash is not None,
                    last_sign_in_at=u.last_sign_in_at,
                    locked_until=u.locked_until,
                )
                for u in s.scalars(select(User).order_by(User.active.desc(), User.id))
            ]

    def create_user(
        self, name: str, role: Role | str, pin: str, confirm: str | None = None
    ) -> UserInfo:
        actor = self._session.require(Capability.MANAGE_USERS)
        with self._db.read() as s:
            taken = list(s.scalars(select(User.name).where(User.active.is_(True))))
        clean_name, clean_role = check_new_user(name, role, pin, confirm, taken)
        pin_hash = make_hasher().hash(pin)
        now = self._clock()
        with self._db.write() as s:
            row = User(
                name=clean_name,
                role=clean_role.value,
                active=True,
                created_at=now,
                pin_hash=pin_hash,
                pin_changed_at=now,
                failed_attempts=0,
            )
            s.add(row)
            s.flush()
            self._audit.record(
                s, actor, Action.CREATE, "user", row.id, detail={"role": clean_role.value}
            )
            info = _info(row)
        log.info("user %d created by user %d", info.id, actor.id)
        return info

    def reset_pin(self, user_id: int, new_pin: str, confirm: str | None = None) -> None:
        """An administrator gives a user a new PIN; any lockout ends."""
        actor = self._session.require(Capability.MANAGE_USERS)
        validate_pin(new_pin, confirm)
        pin_hash = make_hasher().hash(new_pin)
        with self._db.write() as s:
            row = self._get(s, user_id)
            self._store_pin(row, pin_hash)
            self._audit.record(s, actor, Action.PIN_RESET, "user", user_id)
        log.info("PIN of user %d reset by user %d", user_id, actor.id)

    def deactivate(self, user_id: int) -> None:
        """The user can no longer sign in; everything they recorded stays."""
        actor = self._session.require(Capability.MANAGE_USERS)
        with self._db.write() as s:
            row = self._get(s, user_id)
            if not row.active:
                return
            others = len(
                list(
                    s.scalars(
                        select(User.id).where(
                            User.active.is_(True),
                            User.role == Role.ADMINISTRATOR.value,
                            User.id != user_id,
                        )
                    )
                )
            )
            check_deactivation(actor.id, user_id, Role(row.role), others)
            row.active = False
            self._audit.record(s, actor, Action.DEACTIVATE, "user", user_id)

    def reactivate(self, user_id: int) -> None:
        actor = self._session.require(Capability.MANAGE_USERS)
        with self._db.write() as s:
            row = self._get(s, user_id)
            if row.active:
                return
            row.active = True
            row.failed_attempts = 0
            row.locked_until = None
            self._audit.record(
                s, actor, Action.UPDATE, "user", user_id, field="active", old="False", new="True"
            )

    # -- demo ---------------------------------------------------------------------------
    def set_demo_pins(self, pin: str = DEMO_PIN, *, missing_only: bool = False) -> int:
        """Give every demo user the same well-known PIN; refused on a real dealership.

        One hash is computed and stored for everybody, so creating a demo stays fast.
        Returns how many users got the PIN.
        """
        validate_pin(pin)
        with self._db.read() as s:
            dealer = s.get(Dealership, 1)
            if dealer is None or not dealer.is_demo:
                raise PermissionDenied("Shared PINs are only for a demo database.")
        pin_hash = make_hasher().hash(pin)
        changed = 0
        with self._db.write() as s:
            for row in s.scalars(select(User)):
                if missing_only and row.pin_hash is not None:
                    continue
                self._store_pin(row, pin_hash)
                changed += 1
        return changed
