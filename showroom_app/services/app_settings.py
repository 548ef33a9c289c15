"""Dealership-wide settings stored in the database (shared by every desk and user)."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from showroom_app.db.models import AppSetting
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.permissions import Capability
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.audit import AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession


@dataclass(frozen=True)
class DeskPolicy:
    idle_lock_minutes: int = 10  # 0 = never lock
    reauth_minutes: int = 5  # PIN again for full IDs, export, delete, restore
    all_customers_visible: bool = False  # very small teams: everyone sees everyone
    retention_months: int = 24  # flag inactive prospects / licence copies older than this
    discount_approval_threshold_pct: int = 5  # discounts above this need a manager


LIMITS: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (0, 240),
    "reauth_minutes": (1, 120),
    "retention_months": (1, 240),
    "discount_approval_threshold_pct": (0, 100),
}


def validate_policy(policy: DeskPolicy) -> DeskPolicy:
    errors = []
    for name, (low, high) in LIMITS.items():
        value = getattr(policy, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            errors.append(
                ValidationError(
                    name,
                    QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                    "range",
                    low=low,
                    high=high,
                )
            )
    if errors:
        raise ValidationErrors(errors)
    return policy


class AppSettingsService:
    def __init__(self, db: Database, session: DeskSession, audit: AuditLog) -> None:
        self._db = db
        self._session = session
        self._audit = audit

    def policy(self) -> DeskPolicy:
        with self._db.read() as s:
            stored = {row.key: row.value for row in s.scalars(select(AppSetting))}
        values: dict[str, Any] = {}
        for f in fields(DeskPolicy):
            if f.name in stored:
                try:
                    values[f.name] = json.loads(stored[f.name])
                except ValueError:
                    continue
        try:
            return validate_policy(replace(DeskPolicy(), **values))
        except (ValidationErrors, TypeError):
            return DeskPolicy()

    def save_policy(self, policy: DeskPolicy) -> DeskPolicy:
        actor = self._session.require(Capability.EDIT_SETTINGS)
        validate_policy(policy)
        old = self.policy()
        with self._db.write() as s:
            for f in fields(DeskPolicy):
                new_value = getattr(policy, f.name)
                old_value = getattr(old, f.name)
                row = s.get(AppSetting, f.name)
                if row is None:
                    s.add(AppSetting(key=f.name, value=json.dumps(new_value)))
                else:
                    row.value = json.dumps(new_value)
                if new_value != old_value:
                    self._audit.record(
                        s,
                        actor,
                        "update",
                        "setting",
                        None,
                        field=f.name,
                        old=str(old_value),
                        new=str(new_value),
                    )
        return policy
