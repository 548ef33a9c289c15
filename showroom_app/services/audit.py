"""The append-only audit log: who created, changed, deleted, printed or exported what.

Every entry is written inside the caller's write transaction (``BEGIN IMMEDIATE``), so
entries are strictly ordered and the hash chain cannot fork: each entry stores the hash of
the previous one, and its own hash covers every column plus that previous hash. The
database refuses UPDATE and DELETE on the table (triggers, migration 0002).

Personal data never enters the log: for the fields in ``PERSONAL_FIELDS`` only the field
name is recorded, so erasing a customer on request leaves nothing of them here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import AuditEntry
from showroom_app.domain.records import UserInfo

GENESIS = "0" * 64

#: Values of these fields are personal data: the log says *that* they changed, not to what.
PERSONAL_FIELDS = frozenset(
    {
        "name",
        "address",
        "phone",
        "phones",
        "birthday",
        "messaging_id",
        "notes",
        "id_number",
        "id_type",
        "licence_number",
        "email",
        "summary",
        "next_step",
    }
)


class Action:
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    LOCK = "lock"
    REASSIGN = "reassign"
    ERASE = "erase"
    APPROVAL_REQUEST = "approval_request"
    APPROVE = "approve"
    REJECT = "reject"
    PIN_RESET = "pin_reset"
    DEACTIVATE = "deactivate"
    CONSENT = "consent"


def entry_hash(
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    user_name: str,
    action: str,
    entity: str,
    entity_id: int | None,
    field: str,
    old_value: str,
    new_value: str,
    detail: str,
) -> str:
    """SHA-256 over a canonical JSON form of the entry and the previous entry's hash."""
    canonical = json.dumps(
        [
            prev_hash,
            at.isoformat(timespec="microseconds"),
            user_id,
            user_name,
            action,
            entity,
            entity_id,
            field,
            old_value,
            new_value,
            detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AuditLog:
    def __init__(self, clock: Callable[[], datetime] = datetime.now) -> None:
        self._clock = clock

    def record(
        self,
        s: Session,
        actor: UserInfo | None,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        *,
        field: str = "",
        old: str = "",
        new: str = "",
        detail: Mapping[str, object] | None = None,
    ) -> AuditEntry:
        """Append one entry in the caller's transaction (call it inside ``db.write()``)."""
        if field in PERSONAL_FIELDS:
            old, new = ("•" if old else ""), ("•" if new else "")
        last = s.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar_one_or_none()
        prev = last or GENESIS
        at = self._clock()
        detail_text = (
            json.dumps(dict(detail), ensure_ascii=False, sort_keys=True, default=str)
            if detail
            else ""
        )
        user_id = actor.id if actor else None
        user_name = actor.name if actor else ""
        entry = AuditEntry(
            at=at,
            user_id=user_id,
            user_name=user_name,
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=old,
            new_value=new,
            detail=detail_text,
            prev_hash=prev,
            hash=entry_hash(
                prev,
                at,
                user_id,
                user_name,
                action,
                entity,
                entity_id,
                field,
                old,
                new,
                detail_text,
            ),
        )
        s.add(entry)
        s.flush()
        return entry

    def record_changes(
        self,
        s: Session,
        actor: UserInfo | None,
        entity: str,
        entity_id: int,
        changes: Mapping[str, tuple[object, object]],
    ) -> None:
        """One entry per changed field: ``{field: (old, new)}``."""
        for name, (old, new) in changes.items():
            if old != new:
                self.record(
                    s,
                    actor,
                    Action.UPDATE,
                    entity,
                    entity_id,
                    field=name,
                    old="" if old is None else str(old),
                    new="" if new is None else str(new),
                )
