"""Issue 3 at the service layer: roles, approvals, consents, export and erasure.

Every rule is checked by calling the service as the wrong user, not by hiding a button.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from showroom_app.db.models import AuditEntry, User
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import NotFound, PermissionDenied, ValidationError
from showroom_app.domain.records import UserInfo
from showroom_app.services.app_settings import DeskPolicy
from showroom_app.services.container import Services
from showroom_app.services.session import ReauthenticationRequired


def _user(services: Services, name: str, role: Role) -> UserInfo:
    with services.db.write() as s:
        row = User(name=name, role=role.value, active=True, created_at=datetime.now())
        s.add(row)
        s.flush()
        return UserInfo(row.id, row.name, Role(row.role))


@pytest.fixture
def desk(demo_services: Services):
    """The demo dealership with a manager (the demo administrator) and two salespeople."""
    manager = demo_services.settings.users()[0]
    alice = _user(demo_services, "Alice", Role.SALESPERSON)
    bob = _user(demo_services, "Bob", Role.SALESPERSON)
    return demo_services, manager, alice, bob


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _new_customer(services: Services, name="測試客戶", phone="0912 345 678", **kw) -> int:
    return services.customers.create(CustomerForm(name=name, phones=(phone,), **kw))


# -- visibility ----------------------------------------------------------------------------


def test_salesperson_sees_own_and_unassigned_customers_only(desk):
    services, manager, alice, bob = desk
    # GIVEN a customer of Alice's, one of Bob's and an unassigned one (created by a manager)
    services.session.sign_in(alice)
    mine = _new_customer(services, "愛麗絲的客戶", "0911 000 001")
    services.session.sign_in(bob)
    theirs = _new_customer(services, "鮑伯的客戶", "0911 000 002")
    services.session.sign_in(manager)
    unassigned = _new_customer(services, "未分配客戶", "0911 000 003")
    # WHEN Alice looks
    services.session.sign_in(alice)
    ids = {r.customer_id for r in services.customers.page(0, 100_000)}
    # THEN she sees hers and the unassigned one, not Bob's — nor can she open it by id
    assert mine in ids and unassigned in ids and theirs not in ids
    assert services.customers.get(mine).name == "愛麗絲的客戶"
    with pytest.raises(NotFound):
        services.customers.get(theirs)
    with pytest.raises(NotFound):
        services.customers.update(theirs, CustomerForm(name="x", phones=("0911000002",)))
    alice_count = services.customers.count()
    assert alice_count == len(ids)
    # AND the manager sees every one
    services.session.sign_in(manager)
    assert services.customers.count() > alice_count
    every = {r.customer_id for r in services.customers.page(0, 100_000)}
    assert {mine, theirs, unassigned} <= every


def test_all_customers_visible_setting_for_small_teams(desk):
    services, manager, alice, bob = desk
    services.session.sign_in(bob)
    theirs = _new_customer(services, "鮑伯的客戶", "0911 000 002")
    services.session.sign_in(alice)
    with pytest.raises(NotFound):
        services.customers.get(theirs)
    # WHEN the manager turns on "all customers visible"
    services.session.sign_in(manager)
    services.app_settings.save_policy(DeskPolicy(all_customers_visible=True))
    # THEN Alice can open Bob's customer
    services.session.sign_in(alice)
    assert services.customers.get(theirs).customer_id == theirs
    # AND the change of setting is in the audit log
    assert any(e.field == "all_customers_visible" for e in _audit(services, "update"))


def test_salesperson_may_not_change_desk_settings(desk):
    services, _manager, alice, _bob = desk
    services.session.sign_in(alice)
    with pytest.raises(PermissionDenied):
        services.app_settings.save_policy(DeskPolicy(all_customers_visible=True))


def test_salesperson_today_and_sales_lists_are_their_own(desk):
    services, manager, alice, _bob = desk
    services.session.sign_in(manager)
    everyone = services.sales.count()
    services.session.sign_in(alice)  # Alice has no opportunities in the demo
    rows = services.sales.page(0, 1000, None)
    assert all(r.salesperson in ("", "Alice") for r in rows)
    assert services.sales.count() < everyone
    today = services.followups.today(date(2026, 11, 29))
    assert all(t.salesperson in ("", "Alice") for t in today.tasks)


def test_only_managers_reassign_and_it_is_logged(desk):
    services, manager, alice, bob = desk
    services.session.sign_in(alice)
    cid = _new_customer(services)
    # WHEN Alice tries to hand her customer to Bob
    with pytest.raises(PermissionDenied):
        services.customers.reassign(cid, bob.id)
    # THEN only the manager can, and the log says from whom to whom
    services.session.sign_in(manager)
    services.customers.reassign(cid, bob.id)
    assert services.customers.get(cid).assigned_user_id == bob.id
    entry = _audit(services, "reassign")[-1]
    assert (entry.entity_id, entry.old_value, entry.new_value) == (cid, str(alice.id), str(bob.id))
    assert entry.user_id == manager.id


# -- approvals ---------------------------------------------------------------------------


def test_approvals_request_approve_reject(desk):
    services, manager, alice, _bob = desk
    services.session.sign_in(alice)
    request = services.approvals.request("discount", "opportunity", 1, "Discount 8 % on RAV4")
    # a salesperson cannot decide, not even on someone else's request
    with pytest.raises(PermissionDenied):
        services.approvals.approve(request)
    assert services.approvals.pending_count() == 0  # only managers see the queue count
    # the manager sees it pending and approves it, with a note, by whom and when
    services.session.sign_in(manager)
    assert [p.approval_id for p in services.approvals.pending()] == [request]
    decided = services.approvals.approve(request, "OK for a repeat customer")
    assert (decided.status, decided.decided_by, decided.note) == (
        "approved",
        manager.name,
        "OK for a repeat customer",
    )
    assert decided.decided_at is not None
    assert services.approvals.pending() == []
    # a second decision on the same request is refused
    with pytest.raises(ValidationError):
        services.approvals.reject(request, "too late")
    # a rejection needs a reason
    services.session.sign_in(alice)
    second = services.approvals.request("lost_deal", "opportunity", 2, "Bought elsewhere")
    services.session.sign_in(manager)
    with pytest.raises(ValidationError):
        services.approvals.reject(second, "  ")
    assert services.approvals.reject(second, "Call once more").status == "rejected"
    actions = {e.action for e in _audit(services, "approve") + _audit(services, "reject")}
    assert actions == {"approve", "reject"}


def test_nobody_approves_their_own_request(desk):
    services, manager, _alice, _bob = desk
    services.session.sign_in(manager)
    own = services.approvals.request("discount", "opportunity", 3, "My own deal")
    with pytest.raises(PermissionDenied):
        services.approvals.approve(own)


# -- audit of ordinary work ------------------------------------------------------------------


def test_create_update_delete_are_audited_without_personal_values(desk):
    services, manager, _alice, _bob = desk
    services.session.sign_in(manager)
    cid = _new_customer(
        services, "王大明", "0933 222 111", id_type="national_id", id_number="A123456789"
    )
    services.customers.update(
        cid, CustomerForm(name="王小明", phones=("0933 222 111",), address="臺北市信義路 1 號")
    )
    services.customers.delete(cid)
    entries = [
        e
        for e in _audit(services, "create")
        + _audit(services, "update")
        + _audit(services, "delete")
        if e.entity == "customer" and e.entity_id == cid
    ]
    assert {e.action for e in entries} == {"create", "update", "delete"}
    changed = {e.field for e in entries if e.action == "update"}
    assert {"name", "address", "id_number"} <= changed
    text = json.dumps([[e.old_value, e.new_value, e.detail] for e in entries], ensure_ascii=False)
    for secret in ("王大明", "王小明", "信義路", "A123456789", "933222111"):
        assert secret not in text


def test_delete_needs_a_manager_and_a_fresh_pin(desk):
    services, manager, alice, _bob = desk
    services.session.sign_in(alice)
    cid = _new_customer(services)
    with pytest.raises(PermissionDenied):
        services.customers.delete(cid)
    services.session.sign_in(manager)
    services.session.authenticated_at = datetime.now() - timedelta(minutes=30)
    with pytest.raises(ReauthenticationRequired):
        services.customers.delete(cid)
    services.session.confirm_pin()
    services.customers.delete(cid)
    with pytest.raises(NotFound):
        services.customers.get(cid)


def test_full_id_number_needs_a_fresh_pin_and_is_logged(desk):
    services, manager, _alice, _bob = desk
    services.session.sign_in(manager)
    cid = _new_customer(services, id_type="national_id", id_number="A123456789")
    assert services.customers.get(cid).id_number_masked == "A12****789"
    services.session.authenticated_at = datetime.now() - timedelta(minutes=30)
    with pytest.raises(ReauthenticationRequired):
        services.customers.reveal_id_number(cid)
    services.session.confirm_pin()
    assert services.customers.reveal_id_number(cid) == "A123456789"
    assert any(e.entity_id == cid for e in _audit(services, "reveal_id"))


# -- consents ------------------------------------------------------------------------------


def test_consent_records_who_and_when_and_drives_marketing_lists(desk):
    services, _manager, alice, _bob = desk
    services.session.sign_in(alice)
    yes = _new_customer(services, "同意行銷", "0911 000 101")
    no = _new_customer(services, "不同意行銷", "0911 000 102")
    before = datetime.now()
    detail = services.customers.set_consent(yes, "marketing", True)
    assert detail.consent_marketing and detail.consent_marketing_by == "Alice"
    assert detail.consent_marketing_at is not None and detail.consent_marketing_at >= before
    ids = {r.customer_id for r in services.customers.marketing_list()}
    assert yes in ids and no not in ids
    # withdrawing consent takes the customer off the list
    services.customers.set_consent(yes, "marketing", False)
    assert yes not in {r.customer_id for r in services.customers.marketing_list()}
    assert len(_audit(services, "consent")) == 2


# -- export and erasure --------------------------------------------------------------------


def test_export_gives_json_and_pdf_in_one_file_and_is_logged(desk):
    services, manager, _alice, _bob = desk
    services.session.sign_in(manager)
    cid = _new_customer(
        services,
        "陳美玲 <Lee & Co>",
        "0922 111 333",
        id_type="national_id",
        id_number="A123456789",
        notes="想要七人座 🚗",
    )
    blob = services.privacy.export_customer(cid, language="zh_TW")
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        assert sorted(zf.namelist()) == [f"customer-{cid}.json", f"customer-{cid}.pdf"]
        data = json.loads(zf.read(f"customer-{cid}.json"))
        pdf_text = PdfReader(io.BytesIO(zf.read(f"customer-{cid}.pdf"))).pages[0].extract_text()
    assert data["customer"]["name"] == "陳美玲 <Lee & Co>"
    assert data["customer"]["id_number"] == "A123456789"  # the customer's own data, in full
    assert "+886922111333" in data["customer"]["phones"]
    assert "陳美玲 <Lee & Co>" in pdf_text and "A123456789" in pdf_text
    entry = _audit(services, "export")[-1]
    detail = json.loads(entry.detail)
    assert detail["sha256"] == hashlib.sha256(blob).hexdigest()
    assert detail["id_number"] == "full"


def test_salesperson_export_needs_fresh_pin(desk):
    services, _manager, alice, _bob = desk
    services.session.sign_in(alice)
    cid = _new_customer(services)
    services.session.authenticated_at = datetime.now() - timedelta(hours=1)
    with pytest.raises(ReauthenticationRequired):
        services.privacy.export_customer(cid)


def test_erase_leaves_no_personal_data_in_the_database_or_its_wal(desk):
    services, manager, alice, _bob = desk
    db_file = Path(services.db.file)
    services.session.sign_in(alice)
    name, phone, id_number = "獨特姓名甲乙丙", "0987 654 321", "F131104093"
    cid = services.customers.create(
        CustomerForm(
            name=name,
            phones=(phone,),
            id_type="national_id",
            id_number=id_number,
            address="獨特地址路 99 號",
            notes="獨特備註內容",
        )
    )
    services.customers.update(
        cid,
        CustomerForm(
            name=name,
            phones=(phone, "0987 111 222"),
            id_type="national_id",
            id_number=id_number,
            address="獨特地址路 99 號",
            notes="獨特備註內容 again",
        ),
    )
    needles = [
        name.encode(),
        b"987654321",
        id_number.encode(),
        "獨特地址路".encode(),
        "獨特備註內容".encode(),
    ]

    def leaked() -> list[bytes]:
        data = db_file.read_bytes()
        wal = Path(f"{db_file}-wal")
        data += wal.read_bytes() if wal.exists() else b""
        return [n for n in needles if n in data]

    assert leaked(), "the test must see the data before erasing it"
    # WHEN a salesperson tries, and then the manager erases the customer on request
    with pytest.raises(PermissionDenied):
        services.privacy.erase(cid)
    services.session.sign_in(manager)
    services.privacy.erase(cid)
    # THEN none of it is left in the database file or its WAL
    assert leaked() == []
    # AND the erased customer has left the lists, the books keep the opportunity rows
    assert cid not in {r.customer_id for r in services.customers.page(0, 100_000)}
    assert any(e.entity_id == cid for e in _audit(services, "erase"))


def test_retention_flags_inactive_prospects(desk):
    services, manager, alice, _bob = desk
    services.session.sign_in(alice)
    with pytest.raises(PermissionDenied):
        services.privacy.retention_candidates()
    services.session.sign_in(manager)
    services.app_settings.save_policy(DeskPolicy(retention_months=6))
    flagged = services.privacy.retention_candidates(today=date(2026, 11, 29), limit=100_000)
    assert flagged
    cutoff = datetime(2026, 11, 29) - timedelta(days=int(6 * 30.44))
    assert all(c.last_activity < cutoff for c in flagged)
    # a customer who bought is never flagged
    with services.db.read() as s:
        from showroom_app.db.models import Opportunity

        buyers = set(
            s.scalars(
                select(Opportunity.customer_id).where(Opportunity.status.in_(["WON", "DELIVERED"]))
            )
        )
    assert not buyers & {c.customer_id for c in flagged}
