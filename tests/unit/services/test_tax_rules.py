"""The dated rules table in the database (DOMAIN.md §7.0): seeded once, edited by managers
with valid-from / valid-to checked by the domain, every change audited."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from deal_helpers import D, desk, region_database, sign_in, trapped_floats
from sqlalchemy import func, select

from showroom_app.db.models import AuditEntry, TaxRule
from showroom_app.domain.enums import Region, Role
from showroom_app.domain.errors import PermissionDenied, ValidationErrors
from showroom_app.domain.tax_defaults import DEFAULT_RULES
from showroom_app.domain.tax_rules import Rule
from showroom_app.services.container import Services


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    yield from trapped_floats()


@pytest.fixture
def tw(tmp_path: Path) -> Iterator[Services]:
    db = region_database(tmp_path, Region.TW, customers=5)
    yield desk(db)
    db.dispose()


def _count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(TaxRule)) or 0)


def _rule(**changes: object) -> Rule:
    rule = Rule(Region.TW, "tw.registration_fee", D("450"), date(2027, 1, 1), source="監理站")
    return dataclasses.replace(rule, **changes)  # type: ignore[arg-type]


def test_the_shipped_rules_are_seeded_once(tw: Services) -> None:
    assert _count(tw) == 0
    table = tw.tax_rules.table()
    assert _count(tw) == len(DEFAULT_RULES) == len(table.rules)
    tw.tax_rules.rules()
    tw.deals.rules_table()
    assert _count(tw) == len(DEFAULT_RULES)
    assert table.number(Region.CN, "cn.purchase_tax_rate", date(2026, 1, 1)) == D("0.10")


def test_only_managers_edit_rules(tw: Services) -> None:
    sign_in(tw, Role.SALESPERSON)
    assert tw.tax_rules.rules()  # everybody reads (the desk computes with them)
    with pytest.raises(PermissionDenied):
        tw.tax_rules.add(_rule())
    row = tw.tax_rules.rules()[0]
    with pytest.raises(PermissionDenied):
        tw.tax_rules.retire(row.rule_id, date(2030, 1, 1))


def test_a_rule_is_added_and_audited(tw: Services) -> None:
    rule_id = tw.tax_rules.add(_rule())
    rows = {r.rule_id: r for r in tw.tax_rules.rules(Region.TW)}
    assert rows[rule_id].rule == _rule()
    assert rows[rule_id].created_by
    with tw.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "tax_rule", AuditEntry.entity_id == rule_id
            )
        ).one()
    assert entry.action == "create" and "tw.registration_fee" in entry.detail


def test_dates_are_validated_by_the_domain(tw: Services) -> None:
    tw.tax_rules.add(_rule())
    # "valid to" before "valid from"
    with pytest.raises(ValidationErrors) as exc:
        tw.tax_rules.add(
            _rule(key="tw.other_fee", valid_from=date(2028, 1, 1), valid_to=date(2027, 12, 1))
        )
    assert {e.field for e in exc.value.errors} == {"valid_to"}
    # two rules of one key valid on the same day
    with pytest.raises(ValidationErrors) as exc:
        tw.tax_rules.add(_rule(valid_from=date(2027, 6, 1)))
    assert [e.code for e in exc.value.errors] == ["overlap"]
    assert exc.value.errors[0].field == "valid_from"
    # a band table where one number is due
    with pytest.raises(ValidationErrors) as exc:
        tw.tax_rules.add(_rule(key="tw.other.bands", valid_from=date(2030, 1, 1)))
    assert exc.value.errors[0].field == "value"


def test_retiring_a_rule_lets_a_new_one_take_over(tw: Services) -> None:
    first = tw.tax_rules.add(_rule())
    with pytest.raises(ValidationErrors):
        tw.tax_rules.add(_rule(value=D("500"), valid_from=date(2028, 1, 1)))
    tw.tax_rules.retire(first, date(2027, 12, 31))
    tw.tax_rules.add(_rule(value=D("500"), valid_from=date(2028, 1, 1)))
    table = tw.tax_rules.table()
    assert table.number(Region.TW, "tw.registration_fee", date(2027, 12, 31)) == D("450")
    assert table.number(Region.TW, "tw.registration_fee", date(2028, 1, 1)) == D("500")


def test_editing_a_rule_keeps_the_table_consistent(tw: Services) -> None:
    end = date(2028, 12, 31)
    rule_id = tw.tax_rules.add(_rule(valid_to=end))
    tw.tax_rules.update(rule_id, _rule(value=D("480"), valid_to=end))
    assert tw.tax_rules.table().number(Region.TW, "tw.registration_fee", date(2027, 5, 1)) == D(
        "480"
    )
    other = tw.tax_rules.add(_rule(valid_from=date(2029, 1, 1)))
    with pytest.raises(ValidationErrors) as exc:  # moved onto the first one's dates
        tw.tax_rules.update(other, _rule(valid_from=date(2027, 3, 1)))
    assert exc.value.errors[0].code == "overlap"
