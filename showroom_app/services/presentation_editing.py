"""PresentationService part: the dealership edits its catalogue's key specs and FAB cards.

Everybody signed in reads them (the walkaround needs them); only those who may change the
dealership's settings (managers, administrators: ``Capability.EDIT_SETTINGS``) write them,
checked here and not only by hiding buttons. Every write is one transaction with its audit
entries; specs and card texts are the dealership's marketing data, not personal data, so
the audit keeps the old and new values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import FabCard as FabCardRow
from showroom_app.db.models import Trim, VehicleModel
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.permissions import Capability
from showroom_app.domain.presentation import (
    TRIM_OF_MODEL,
    FabCardForm,
    validate_fab_card,
    validate_specs,
)
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.presentation_records import FabCard
from showroom_app.services.session import DeskSession

EDIT_CATALOGUE = Capability.EDIT_SETTINGS


def card_record(c: FabCardRow) -> FabCard:
    return FabCard(
        card_id=c.id,
        model_id=c.model_id,
        trim_id=c.trim_id,
        point=c.point,
        priority=c.priority or "",
        feature=dict(c.feature or {}),
        advantage=dict(c.advantage or {}),
        benefit=dict(c.benefit or {}),
        sort_order=c.sort_order,
        active=c.active,
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class CatalogueEditingMixin:
    """Mixed into ``PresentationService`` (``_db``, ``_session``, ``_audit``)."""

    _db: Database
    _session: DeskSession
    _audit: AuditLog

    @property
    def may_edit_catalogue(self) -> bool:
        return self._session.can(EDIT_CATALOGUE)

    # -- specs ------------------------------------------------------------------------------
    def trim_specs(self, trim_id: int) -> dict[str, str]:
        self._session.require_user()
        with self._db.read() as s:
            trim = s.get(Trim, trim_id)
            if trim is None:
                raise NotFound(f"Trim {trim_id} does not exist.")
            data = trim.specs if isinstance(trim.specs, dict) else {}
            return {str(k): str(v) for k, v in data.items()}

    def save_specs(self, trim_id: int, specs: Mapping[str, object]) -> dict[str, str]:
        """Replace the trim's key specs with ``specs`` (validated; empty values removed)."""
        user = self._session.require(EDIT_CATALOGUE)
        clean = validate_specs(specs)
        with self._db.write() as s:
            trim = s.get(Trim, trim_id)
            if trim is None:
                raise NotFound(f"Trim {trim_id} does not exist.")
            old = {str(k): str(v) for k, v in (trim.specs or {}).items()}
            trim.specs = dict(clean)
            self._audit.record_changes(
                s,
                user,
                "trim",
                trim.id,
                {
                    f"specs.{code}": (old.get(code), clean.get(code))
                    for code in sorted(set(old) | set(clean))
                },
            )
        return clean

    # -- FAB cards --------------------------------------------------------------------------
    def fab_cards(self, model_id: int | None = None) -> list[FabCard]:
        """Every card (inactive ones too), by model, point order is the caller's business."""
        self._session.require_user()
        q = select(FabCardRow).order_by(FabCardRow.model_id, FabCardRow.sort_order, FabCardRow.id)
        if model_id is not None:
            q = q.where(FabCardRow.model_id == model_id)
        with self._db.read() as s:
            return [card_record(c) for c in s.scalars(q)]

    @staticmethod
    def _check_owner(s: Session, form: FabCardForm) -> None:
        if s.get(VehicleModel, form.model_id) is None:
            raise NotFound(f"Model {form.model_id} does not exist.")
        if form.trim_id is not None:
            trim = s.get(Trim, form.trim_id)
            if trim is None or trim.model_id != form.model_id:
                raise ValidationError("trim", TRIM_OF_MODEL, "trim_model")

    def save_fab_card(self, form: FabCardForm, card_id: int | None = None) -> FabCard:
        """Create a card (``card_id`` None) or replace one; the stored card is returned."""
        user = self._session.require(EDIT_CATALOGUE)
        clean = validate_fab_card(form)
        with self._db.write() as s:
            self._check_owner(s, clean)
            values = {
                "model_id": clean.model_id,
                "trim_id": clean.trim_id,
                "point": clean.point,
                "priority": clean.priority,
                "feature": dict(clean.feature),
                "advantage": dict(clean.advantage),
                "benefit": dict(clean.benefit),
                "sort_order": clean.sort_order,
                "active": clean.active,
            }
            if card_id is None:
                row = FabCardRow(**values, updated_at=datetime.now())
                s.add(row)
                s.flush()
                self._audit.record(
                    s,
                    user,
                    Action.CREATE,
                    "fab_card",
                    row.id,
                    detail={k: v for k, v in values.items() if k not in ("advantage", "benefit")},
                )
                return card_record(row)
            found = s.get(FabCardRow, card_id)
            if found is None:
                raise NotFound(f"FAB card {card_id} does not exist.")
            changes = {
                name: (_json(getattr(found, name)), _json(value)) for name, value in values.items()
            }
            for name, value in values.items():
                setattr(found, name, value)
            found.updated_at = datetime.now()
            self._audit.record_changes(s, user, "fab_card", found.id, changes)
            return card_record(found)

    def delete_fab_card(self, card_id: int) -> None:
        user = self._session.require(EDIT_CATALOGUE)
        with self._db.write() as s:
            found = s.get(FabCardRow, card_id)
            if found is None:
                raise NotFound(f"FAB card {card_id} does not exist.")
            detail = {"model": found.model_id, "point": found.point, "feature": found.feature}
            s.delete(found)
            self._audit.record(s, user, Action.DELETE, "fab_card", card_id, detail=detail)


__all__ = ["EDIT_CATALOGUE", "CatalogueEditingMixin", "card_record"]
