"""Stages 1–2 of the cockpit: leads (source, referrer) and the traffic log."""

from __future__ import annotations

from showroom_app.services.audit import AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession


class VisitService:
    def __init__(self, db: Database, session: DeskSession, audit: AuditLog) -> None:
        self._db = db
        self._session = session
        self._audit = audit
