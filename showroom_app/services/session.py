"""Who is at the desk right now. One object shared by every service of the window.

Services check roles here (not only the UI hiding buttons): calling a service as the wrong
role raises ``PermissionDenied``. A sensitive action (printing a full ID number, exporting,
deleting, restoring) also needs the PIN to have been entered recently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from showroom_app.domain.errors import PermissionDenied, ShowroomError
from showroom_app.domain.permissions import Capability, can, is_manager
from showroom_app.domain.records import UserInfo


class ReauthenticationRequired(ShowroomError):
    """The PIN must be entered again before this action (it was entered too long ago)."""


@dataclass
class DeskSession:
    user: UserInfo | None = None
    authenticated_at: datetime | None = None
    clock: Callable[[], datetime] = field(default=datetime.now)

    def sign_in(self, user: UserInfo) -> None:
        self.user = user
        self.authenticated_at = self.clock()

    def sign_out(self) -> None:
        self.user = None
        self.authenticated_at = None

    def confirm_pin(self) -> None:
        """Called after the current user re-entered their PIN."""
        self.authenticated_at = self.clock()

    # -- checks ---------------------------------------------------------------------------
    def require_user(self) -> UserInfo:
        if self.user is None:
            raise PermissionDenied("Nobody is signed in.")
        return self.user

    def require(self, capability: Capability) -> UserInfo:
        user = self.require_user()
        if not can(user.role, capability):
            raise PermissionDenied(f"{user.role.value} may not {capability.value}.")
        return user

    def can(self, capability: Capability) -> bool:
        return self.user is not None and can(self.user.role, capability)

    @property
    def is_manager(self) -> bool:
        return self.user is not None and is_manager(self.user.role)

    def require_recent_pin(self, max_age_minutes: int) -> UserInfo:
        user = self.require_user()
        if self.authenticated_at is None or self.clock() - self.authenticated_at > timedelta(
            minutes=max_age_minutes
        ):
            raise ReauthenticationRequired("Enter your PIN again to continue.")
        return user


def system_session(user: UserInfo) -> DeskSession:
    """A session for command-line tools and tests acting as ``user``."""
    session = DeskSession()
    session.sign_in(user)
    return session
