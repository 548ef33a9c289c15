"""Autosaved drafts: what was typed into a form that cannot be saved yet.

Cockpit forms save themselves shortly after typing pauses. When the typed values are not
valid yet (a budget minimum above the maximum, a half-typed date) they cannot go into the
record, so the form keeps them here instead; after a crash the form finds the draft and
puts the values back. A draft belongs to the signed-in user and one form key (e.g.
``needs:42``); it is removed as soon as the form saves for real. Drafts name the customer
whose data they hold, so erasing the customer removes them (foreign key, ``ON DELETE
CASCADE``, and ``discard_for_customer`` for erasure that keeps the row).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from showroom_app.db.models import Draft
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

MAX_KEY = 100
MAX_PAYLOAD_CHARS = 200_000


@dataclass(frozen=True)
class DraftRecord:
    form_key: str
    payload: dict[str, Any]
    updated_at: datetime


class DraftService:
    def __init__(self, db: Database, session: DeskSession) -> None:
        self._db = db
        self._session = session

    def save(
        self, form_key: str, payload: dict[str, Any], *, customer_id: int | None = None
    ) -> None:
        """Keep ``payload`` (JSON-able) for this user and form, replacing an older draft."""
        user = self._session.require_user()
        _check_key(form_key)
        if len(repr(payload)) > MAX_PAYLOAD_CHARS:
            raise ValidationError(
                "payload",
                QT_TRANSLATE_NOOP("Validation", "Too much text to keep as a draft."),
                "too_long",
            )
        now = datetime.now()
        with self._db.write() as s:
            row = s.scalar(
                select(Draft).where(Draft.user_id == user.id, Draft.form_key == form_key)
            )
            if row is None:
                row = Draft(user_id=user.id, form_key=form_key)
                s.add(row)
            row.payload = dict(payload)
            row.customer_id = customer_id
            row.updated_at = now

    def load(self, form_key: str) -> DraftRecord | None:
        user = self._session.require_user()
        with self._db.read() as s:
            row = s.scalar(
                select(Draft).where(Draft.user_id == user.id, Draft.form_key == form_key)
            )
            if row is None:
                return None
            return DraftRecord(row.form_key, dict(row.payload or {}), row.updated_at)

    def discard(self, form_key: str) -> None:
        user = self._session.require_user()
        with self._db.write() as s:
            s.execute(delete(Draft).where(Draft.user_id == user.id, Draft.form_key == form_key))

    def discard_for_customer(self, customer_id: int) -> int:
        """Remove every user's drafts about one customer (used when erasing their data)."""
        with self._db.write() as s:
            result = s.execute(delete(Draft).where(Draft.customer_id == customer_id))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _check_key(form_key: str) -> None:
    if not form_key or len(form_key) > MAX_KEY:
        raise ValidationError("form_key", "A draft needs a short form name.", "invalid")
