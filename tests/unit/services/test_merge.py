"""Merging two customers who turn out to be the same person keeps all their history."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from showroom_app.db.models import (
    AuditEntry,
    CustomerPhone,
    FollowUpTask,
    Interaction,
    Opportunity,
    OwnedVehicle,
    ServiceRecord,
    User,
)
from showroom_app.domain.archive import ArchiveForm, ServiceRecordForm, VehicleForm
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import NotFound
from showroom_app.domain.records import UserInfo
from showroom_app.services.container import Services

HISTORY = (Opportunity, Interaction, FollowUpTask, OwnedVehicle, ServiceRecord)


def _counts(services: Services, customer_id: int) -> dict[str, int]:
    with services.db.read() as s:
        return {
            model.__name__: int(
                s.scalar(
                    select(func.count()).select_from(model).where(model.customer_id == customer_id)
                )
                or 0
            )
            for model in HISTORY
        }


def _busiest_demo_customer(services: Services, exclude: set[int]) -> int:
    """A demo customer with opportunities, interactions and tasks already recorded."""
    with services.db.read() as s:
        return int(
            s.scalar(
                select(Opportunity.customer_id)
                .join(Interaction, Interaction.customer_id == Opportunity.customer_id)
                .join(FollowUpTask, FollowUpTask.customer_id == Opportunity.customer_id)
                .where(Opportunity.customer_id.not_in(exclude or {0}))
                .group_by(Opportunity.customer_id)
                .order_by(func.count().desc(), Opportunity.customer_id)
                .limit(1)
            )
        )


@pytest.fixture
def pair(demo_services: Services) -> tuple[int, int]:
    """Two records of one person: ``keep`` (typed at the door) and ``other`` (the old one)."""
    svc = demo_services
    keep = svc.customers.create(
        CustomerForm(name="陳志明", phones=("0912 345 678",), address="臺北市大安區")
    )
    other = _busiest_demo_customer(svc, {keep})
    detail = svc.customers.get(other)
    svc.customers.update(
        other,
        CustomerForm(
            name=detail.name,
            salutation="mr",
            phones=("0912-345-678", "0987 654 321"),  # one shared, one only here
            address="新北市板橋區",
            birthday=date(1980, 5, 17),
            messaging_id="line-chen",
        ),
    )
    svc.archive.save_archive(other, ArchiveForm(email="chen@example.com", best_time="晚上"))
    vehicle, _ = svc.archive.add_vehicle(
        other, VehicleForm(model_text="RAV4", plate="ABC-5678", vin="1M8GDM9AXKP042788")
    )
    svc.archive.add_service(
        other,
        ServiceRecordForm(
            service_date=date(2026, 11, 20),
            odometer=5100,
            items="首次保養",
            amount=Decimal("0.00"),
            vehicle_id=vehicle,
        ),
    )
    svc.customers.set_consent(other, "marketing", True)
    return keep, other


def test_merge_moves_every_record_fills_empty_fields_and_deletes_the_other(
    demo_services: Services, pair: tuple[int, int]
):
    svc = demo_services
    keep, other = pair
    # GIVEN both records with their history
    before_keep, before_other = _counts(svc, keep), _counts(svc, other)
    assert all(before_other[m.__name__] > 0 for m in HISTORY)
    # WHEN merged
    detail = svc.customers.merge(keep, other)
    # THEN every piece of history now belongs to keep, nothing was lost
    after = _counts(svc, keep)
    assert after == {k: before_keep[k] + before_other[k] for k in after}
    assert _counts(svc, other) == dict.fromkeys(after, 0)
    # AND the phones are merged without duplicates, keep's primary first
    assert detail.phones == ("+886912345678", "+886987654321")
    # AND keep's own values stay; its empty fields come from other
    assert detail.address == "臺北市大安區"
    assert detail.birthday == date(1980, 5, 17) and detail.messaging_id == "line-chen"
    assert detail.salutation == "mr" and detail.consent_marketing
    profile = svc.archive.profile(keep)
    assert profile.email == "chen@example.com" and profile.best_time == "晚上"
    assert [v.plate for v in profile.vehicles] == ["ABC-5678"]
    assert len(profile.service_history) == 1
    # AND the other record is gone
    with pytest.raises(NotFound):
        svc.customers.get(other)
    with svc.db.read() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(CustomerPhone)
                .where(CustomerPhone.customer_id == other)
            )
            == 0
        )


def test_search_finds_the_merged_customer_by_every_phone_plate_and_vin(
    demo_services: Services, pair: tuple[int, int]
):
    svc = demo_services
    keep, other = pair
    svc.customers.merge(keep, other)
    for query in ("0987654321", "987654", "0912345678", "ABC-5678", "042788"):
        found = {r.customer_id for r in svc.customers.search(query)}
        assert keep in found, query
        assert other not in found, query
    assert svc.customers.find_by_phone("+886987654321") == [keep]


def _open_archive_dues(services: Services, *customer_ids: int) -> list[date]:
    with services.db.read() as s:
        return sorted(
            s.scalars(
                select(FollowUpTask.due_date).where(
                    FollowUpTask.customer_id.in_(customer_ids),
                    FollowUpTask.kind == "archive",
                    FollowUpTask.status == "open",
                )
            )
        )


def test_one_open_archive_task_remains_the_earliest(demo_services: Services, pair):
    # GIVEN both records with an open two-day archive task
    svc = demo_services
    keep, other = pair
    svc.archive.record_visit(keep, started_at=datetime(2026, 11, 27, 10, 0))
    dues = _open_archive_dues(svc, keep, other)
    assert len(dues) >= 2
    # WHEN merged THEN one archive duty remains open, the one due first
    svc.customers.merge(keep, other)
    assert _open_archive_dues(svc, keep) == [dues[0]]


def test_merge_is_logged_without_personal_values(demo_services: Services, pair):
    svc = demo_services
    keep, other = pair
    with svc.db.read() as s:
        last_id = s.scalar(select(func.max(AuditEntry.id)))
    svc.customers.merge(keep, other)
    with svc.db.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.id > last_id)))
    assert [(e.action, e.entity_id) for e in entries] == [("update", keep), ("delete", other)]
    assert json.loads(entries[0].detail) == {"merged_from": other}
    text = " ".join(f"{e.field} {e.old_value} {e.new_value} {e.detail}" for e in entries)
    for personal in ("陳", "0912", "912345678", "板橋", "chen@", "1980"):
        assert personal not in text


def _salesperson(services: Services, name: str) -> UserInfo:
    with services.db.write() as s:
        row = User(name=name, role=Role.SALESPERSON.value, active=True, created_at=datetime.now())
        s.add(row)
        s.flush()
        return UserInfo(row.id, row.name, Role.SALESPERSON)


def test_a_salesperson_cannot_merge_a_customer_they_cannot_see(demo_services: Services):
    svc = demo_services
    alice, bob = _salesperson(svc, "Alice"), _salesperson(svc, "Bob")
    svc.session.sign_in(alice)
    mine = svc.customers.create(CustomerForm(name="王", salutation="mr", phones=("0911000001",)))
    svc.session.sign_in(bob)
    theirs = svc.customers.create(CustomerForm(name="王", salutation="mr", phones=("0911000002",)))
    svc.session.sign_in(alice)
    with pytest.raises(NotFound):
        svc.customers.merge(mine, theirs)
    with pytest.raises(NotFound):
        svc.customers.merge(theirs, mine)
    # nothing happened to either
    assert svc.customers.get(mine).phones == ("+886911000001",)
    svc.session.sign_in(bob)
    assert svc.customers.get(theirs).phones == ("+886911000002",)
    # AND merging two of her own works
    svc.session.sign_in(alice)
    again = svc.customers.create(CustomerForm(name="王大明", phones=("0911000003",)))
    assert svc.customers.merge(again, mine).phones == ("+886911000003", "+886911000001")


def test_merging_a_customer_into_itself_is_refused(demo_services: Services):
    cid = demo_services.customers.create(CustomerForm(name="林", phones=("0911000009",)))
    with pytest.raises(ValueError):
        demo_services.customers.merge(cid, cid)
    assert demo_services.customers.get(cid).name == "林"
