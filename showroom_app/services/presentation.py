"""Stage 4 of the cockpit (product presentation)."""

from __future__ import annotations

from showroom_app.services.audit import AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession


class PresentationService:
    def __init__(self, db: Database, session: DeskSession, audit: AuditLog) -> None:
        self._db = db
        self._session = session
        self._audit = audit
