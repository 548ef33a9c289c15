"""The dated rules table of government taxes and fees (DOMAIN.md §7.0), kept in the database.

The shipped rules (``domain.tax_defaults.DEFAULT_RULES``) are copied into ``tax_rules`` the
first time anybody needs the table and it is empty; from then on the rows are the
dealership's: managers add, edit and retire them in Settings. "Retire" ends a rule's
validity on a date (nothing is deleted: old quotes were computed with it). Every change is
validated together with all other rules by the domain (``validate_rules``: a bad value, a
"valid to" before "valid from", two rules of one key valid on the same day are refused)
and audited.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_app.db.models import TaxRule, User
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import NotFound, ValidationError, ValidationErrors
from showroom_app.domain.permissions import Capability
from showroom_app.domain.records import UserInfo
from showroom_app.domain.tax_defaults import DEFAULT_RULES
from showroom_app.domain.tax_rules import (
    Rule,
    RulesTable,
    rule_from_dict,
    rule_to_dict,
    validate_rules,
)
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

ENTITY = "tax_rule"


@dataclass(frozen=True)
class TaxRuleRow:
    rule_id: int
    rule: Rule
    created_by: str
    created_at: datetime

    @property
    def retired(self) -> bool:
        return self.rule.valid_to is not None and self.rule.valid_to < date.today()


def _row_rule(row: TaxRule) -> Rule:
    data = {
        "region": row.region,
        "key": row.key,
        "value": json.loads(row.value),
        "valid_from": row.valid_from.isoformat(),
        "valid_to": None if row.valid_to is None else row.valid_to.isoformat(),
        "source": row.source,
        "note": row.note,
    }
    return rule_from_dict(data)


def _value_text(rule: Rule) -> str:
    return json.dumps(rule_to_dict(rule)["value"], ensure_ascii=False)


def ensure_rules(s: Session, user_id: int | None = None) -> bool:
    """Seed the shipped rules when the table is empty; True when it seeded."""
    if s.scalar(select(func.count()).select_from(TaxRule)):
        return False
    now = datetime.now()
    for data in DEFAULT_RULES:
        rule = rule_from_dict(data)
        s.add(
            TaxRule(
                region=rule.region.value,
                key=rule.key,
                value=_value_text(rule),
                valid_from=rule.valid_from,
                valid_to=rule.valid_to,
                source=rule.source,
                note=rule.note,
                created_by=user_id,
                created_at=now,
            )
        )
    s.flush()
    return True


def load_table(s: Session, user_id: int | None = None) -> RulesTable:
    """The dealership's rules (seeded on first use) inside the caller's transaction."""
    ensure_rules(s, user_id)
    rows = s.scalars(select(TaxRule).order_by(TaxRule.id))
    return RulesTable(_row_rule(row) for row in rows)


def _remap(errors: Sequence[ValidationError]) -> list[ValidationError]:
    """``rules.{i}.field`` → ``field``: named as the editor's fields. The other rules were
    valid before the edit, so every error (an overlap is reported on the later of the two
    rules) concerns the rule being edited."""
    out = []
    for error in errors:
        field = re.sub(r"^rules\.\d+\.", "", error.field)
        out.append(ValidationError(field, error.message, error.code, **error.params))
    return out


class TaxRuleService:
    def __init__(self, db: Database, session: DeskSession, audit: AuditLog) -> None:
        self._db = db
        self._session = session
        self._audit = audit

    # -- reading (everybody: the deal desk computes with it) ---------------------------------
    def table(self) -> RulesTable:
        user = self._session.require_user()
        with self._db.write() as s:  # write: the first use seeds the table
            return load_table(s, user.id)

    def rules(self, region: Region | None = None) -> list[TaxRuleRow]:
        user = self._session.require_user()
        with self._db.write() as s:
            ensure_rules(s, user.id)
            q = select(TaxRule, User.name).outerjoin(User, User.id == TaxRule.created_by)
            if region is not None:
                q = q.where(TaxRule.region == region.value)
            q = q.order_by(TaxRule.region, TaxRule.key, TaxRule.valid_from)
            return [
                TaxRuleRow(row.id, _row_rule(row), name or "", row.created_at)
                for row, name in s.execute(q)
            ]

    # -- editing (managers) --------------------------------------------------------------------
    def add(self, rule: Rule) -> int:
        user = self._session.require(Capability.EDIT_SETTINGS)
        with self._db.write() as s:
            table = load_table(s, user.id)
            self._validate([*table.rules, rule], len(table.rules))
            row = TaxRule(
                region=rule.region.value,
                key=rule.key,
                value=_value_text(rule),
                valid_from=rule.valid_from,
                valid_to=rule.valid_to,
                source=rule.source.strip(),
                note=rule.note.strip(),
                created_by=user.id,
                created_at=datetime.now(),
            )
            s.add(row)
            s.flush()
            self._audit.record(s, user, Action.CREATE, ENTITY, row.id, detail=self._detail(rule))
            return row.id

    def update(self, rule_id: int, rule: Rule) -> None:
        user = self._session.require(Capability.EDIT_SETTINGS)
        with self._db.write() as s:
            self._write(s, user, rule_id, rule)

    def retire(self, rule_id: int, last_day: date) -> None:
        """End the rule's validity on ``last_day`` (inclusive); a later rule can take over."""
        user = self._session.require(Capability.EDIT_SETTINGS)
        with self._db.write() as s:
            row = s.get(TaxRule, rule_id)
            if row is None:
                raise NotFound(f"Tax rule {rule_id} does not exist.")
            self._write(s, user, rule_id, replace(_row_rule(row), valid_to=last_day))

    # -- helpers ---------------------------------------------------------------------------------
    def _write(self, s: Session, user: UserInfo, rule_id: int, rule: Rule) -> None:
        rows = list(s.scalars(select(TaxRule).order_by(TaxRule.id)))
        index = next((i for i, r in enumerate(rows) if r.id == rule_id), None)
        if index is None:
            raise NotFound(f"Tax rule {rule_id} does not exist.")
        rules = [_row_rule(r) for r in rows]
        old = rules[index]
        rules[index] = rule
        self._validate(rules, index)
        row = rows[index]
        row.region = rule.region.value
        row.key = rule.key
        row.value = _value_text(rule)
        row.valid_from = rule.valid_from
        row.valid_to = rule.valid_to
        row.source = rule.source.strip()
        row.note = rule.note.strip()
        changes: dict[str, tuple[object, object]] = {
            "region": (old.region.value, rule.region.value),
            "key": (old.key, rule.key),
            "value": (_value_text(old), _value_text(rule)),
            "valid_from": (old.valid_from, rule.valid_from),
            "valid_to": (old.valid_to, rule.valid_to),
        }
        self._audit.record_changes(s, user, ENTITY, rule_id, changes)

    @staticmethod
    def _validate(rules: list[Rule], index: int) -> None:
        if index >= len(rules):
            raise ValueError("index out of range")
        rule = rules[index]
        if len(rule.source) > 300:
            raise ValidationError(
                "source",
                QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
                "too_long",
                max_len=300,
            )
        try:
            validate_rules(rules)
        except ValidationErrors as exc:
            raise ValidationErrors(_remap(exc.errors)) from None

    @staticmethod
    def _detail(rule: Rule) -> dict[str, object]:
        return {
            "region": rule.region.value,
            "key": rule.key,
            "valid_from": rule.valid_from.isoformat(),
            "valid_to": None if rule.valid_to is None else rule.valid_to.isoformat(),
        }


__all__ = ["TaxRuleRow", "TaxRuleService", "ensure_rules", "load_table"]
