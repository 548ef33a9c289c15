"""PresentationService part: the customer's objections (DOMAIN.md §4.4: text + tags).

The customer's words and our response are never written to the audit log; the log says
that an objection with these tags was recorded, changed, resolved or removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import Objection, Opportunity
from showroom_app.domain.errors import NotFound
from showroom_app.domain.presentation import OBJECTIONS_ITEM, ObjectionForm, validate_objection
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.presentation_records import ObjectionRow
from showroom_app.services.session import DeskSession


class ObjectionsMixin:
    """Mixed into ``PresentationService``, which provides the opportunity look-ups and
    ``_tick`` (completing checklist items)."""

    _db: Database
    _session: DeskSession
    _audit: AuditLog

    def _opportunity(self, s: Session, opportunity_id: int) -> Opportunity:
        raise NotImplementedError

    def _open_opportunity(self, s: Session, opportunity_id: int) -> Opportunity:
        raise NotImplementedError

    def _tick(self, s: Session, opp: Opportunity, codes: Sequence[str]) -> None:
        raise NotImplementedError

    # -- objections -------------------------------------------------------------------------
    @staticmethod
    def _objection(o: Objection) -> ObjectionRow:
        return ObjectionRow(
            objection_id=o.id,
            opportunity_id=o.opportunity_id,
            tags=tuple(o.tags or ()),
            text=o.text,
            response=o.response,
            resolved=o.resolved,
            created_at=o.created_at,
        )

    def objections(self, opportunity_id: int) -> list[ObjectionRow]:
        with self._db.read() as s:
            self._opportunity(s, opportunity_id)
            q = (
                select(Objection)
                .where(Objection.opportunity_id == opportunity_id)
                .order_by(Objection.created_at, Objection.id)
            )
            return [self._objection(o) for o in s.scalars(q)]

    def add_objection(self, opportunity_id: int, form: ObjectionForm) -> ObjectionRow:
        user = self._session.require_user()
        clean = validate_objection(form)
        with self._db.write() as s:
            opp = self._open_opportunity(s, opportunity_id)
            row = Objection(
                opportunity_id=opp.id,
                tags=list(clean.tags),
                text=clean.text,
                response=clean.response,
                resolved=clean.resolved,
                created_by=user.id,
                created_at=datetime.now(),
            )
            s.add(row)
            s.flush()
            # the customer's words are not audited, only that an objection with these tags exists
            self._audit.record(
                s,
                user,
                Action.CREATE,
                "objection",
                row.id,
                detail={
                    "opportunity": opp.id,
                    "tags": list(clean.tags),
                    "resolved": clean.resolved,
                },
            )
            self._tick(s, opp, [OBJECTIONS_ITEM])
            return self._objection(row)

    def _owned_objection(self, s: Session, objection_id: int) -> tuple[Objection, Opportunity]:
        row = s.get(Objection, objection_id)
        if row is None:
            raise NotFound(f"Objection {objection_id} does not exist.")
        return row, self._open_opportunity(s, row.opportunity_id)

    def update_objection(self, objection_id: int, form: ObjectionForm) -> ObjectionRow:
        user = self._session.require_user()
        clean = validate_objection(form)
        with self._db.write() as s:
            row, _opp = self._owned_objection(s, objection_id)
            changes: dict[str, tuple[object, object]] = {
                "tags": (",".join(row.tags or ()), ",".join(clean.tags)),
                "resolved": (row.resolved, clean.resolved),
            }
            text_changed = row.text != clean.text or row.response != clean.response
            row.tags = list(clean.tags)
            row.text = clean.text
            row.response = clean.response
            row.resolved = clean.resolved
            self._audit.record_changes(s, user, "objection", row.id, changes)
            if text_changed:  # that it changed, never the words
                self._audit.record(
                    s, user, Action.UPDATE, "objection", row.id, field="text", new="•"
                )
            return self._objection(row)

    def set_objection_resolved(self, objection_id: int, resolved: bool) -> ObjectionRow:
        with self._db.read() as s:
            row = s.get(Objection, objection_id)
            if row is None:
                raise NotFound(f"Objection {objection_id} does not exist.")
            form = ObjectionForm(row.text, tuple(row.tags or ()), row.response, resolved)
        return self.update_objection(objection_id, form)

    def delete_objection(self, objection_id: int) -> None:
        user = self._session.require_user()
        with self._db.write() as s:
            row, opp = self._owned_objection(s, objection_id)
            s.delete(row)
            self._audit.record(
                s, user, Action.DELETE, "objection", objection_id, detail={"opportunity": opp.id}
            )


__all__ = ["ObjectionsMixin"]
