"""Requests a manager approves or rejects (discounts over the threshold, lost deals).

General on purpose: the deal desk asks for "discount" approvals, the sales cockpit for
"lost_deal" confirmations. Nobody approves their own request; every step is logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from showroom_app.db.models import Approval, User
from showroom_app.domain.errors import NotFound, PermissionDenied, ValidationError
from showroom_app.domain.permissions import Capability, may_approve
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"


@dataclass(frozen=True)
class ApprovalRow:
    approval_id: int
    kind: str
    subject: str
    subject_id: int | None
    summary: str
    status: str
    requested_by: str
    requested_by_id: int
    requested_at: datetime
    decided_by: str
    decided_at: datetime | None
    note: str


class ApprovalService:
    def __init__(self, db: Database, session: DeskSession, audit: AuditLog) -> None:
        self._db = db
        self._session = session
        self._audit = audit

    def request(
        self,
        kind: str,
        subject: str,
        subject_id: int | None,
        summary: str,
        payload: Mapping[str, object] | None = None,
    ) -> int:
        actor = self._session.require_user()
        with self._db.write() as s:
            row = Approval(
                kind=kind,
                subject=subject,
                subject_id=subject_id,
                summary=summary,
                payload=dict(payload or {}),
                status=PENDING,
                requested_by=actor.id,
                requested_at=datetime.now(),
                note="",
            )
            s.add(row)
            s.flush()
            self._audit.record(
                s,
                actor,
                Action.APPROVAL_REQUEST,
                subject,
                subject_id,
                detail={"approval": row.id, "kind": kind},
            )
            return row.id

    def pending_count(self) -> int:
        if not self._session.can(Capability.APPROVE):
            return 0
        with self._db.read() as s:
            return int(
                s.scalar(
                    select(func.count()).select_from(Approval).where(Approval.status == PENDING)
                )
                or 0
            )

    def pending(self) -> list[ApprovalRow]:
        """What waits for a manager (a salesperson sees only their own requests)."""
        user = self._session.require_user()
        q = select(Approval).where(Approval.status == PENDING).order_by(Approval.requested_at)
        if not self._session.can(Capability.APPROVE):
            q = q.where(Approval.requested_by == user.id)
        with self._db.read() as s:
            return [self._row(s, a) for a in s.scalars(q)]

    def get(self, approval_id: int) -> ApprovalRow:
        self._session.require_user()
        with self._db.read() as s:
            row = s.get(Approval, approval_id)
            if row is None:
                raise NotFound(f"Approval {approval_id} does not exist.")
            return self._row(s, row)

    def approve(self, approval_id: int, note: str = "") -> ApprovalRow:
        return self._decide(approval_id, APPROVED, note)

    def reject(self, approval_id: int, note: str = "") -> ApprovalRow:
        if not note.strip():
            raise ValidationError(
                "note",
                QT_TRANSLATE_NOOP("Validation", "Say why the request is rejected."),
                "required",
            )
        return self._decide(approval_id, REJECTED, note)

    def _decide(self, approval_id: int, status: str, note: str) -> ApprovalRow:
        actor = self._session.require(Capability.APPROVE)
        with self._db.write() as s:
            row = s.get(Approval, approval_id)
            if row is None:
                raise NotFound(f"Approval {approval_id} does not exist.")
            if not may_approve(actor.role, actor.id, row.requested_by):
                raise PermissionDenied("Nobody may decide on their own request.")
            if row.status != PENDING:
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP("Validation", "This request was already decided."),
                    "decided",
                )
            row.status = status
            row.decided_by = actor.id
            row.decided_at = datetime.now()
            row.note = note.strip()
            self._audit.record(
                s,
                actor,
                Action.APPROVE if status == APPROVED else Action.REJECT,
                row.subject,
                row.subject_id,
                detail={"approval": row.id, "kind": row.kind},
            )
            s.flush()
            return self._row(s, row)

    @staticmethod
    def _row(s: object, a: Approval) -> ApprovalRow:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)

        def name(user_id: int | None) -> str:
            user = s.get(User, user_id) if user_id is not None else None
            return user.name if user else ""

        return ApprovalRow(
            approval_id=a.id,
            kind=a.kind,
            subject=a.subject,
            subject_id=a.subject_id,
            summary=a.summary,
            status=a.status,
            requested_by=name(a.requested_by),
            requested_by_id=a.requested_by,
            requested_at=a.requested_at,
            decided_by=name(a.decided_by),
            decided_at=a.decided_at,
            note=a.note,
        )
