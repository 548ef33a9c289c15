"""Printing the profile sheet through the service: defaults, the ID number, the audit log."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from sample_archive import NOTES, add_rich_customer
from sqlalchemy import select

from showroom_app.db.models import AuditEntry, User
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.records import UserInfo
from showroom_app.services.archive import ArchiveService
from showroom_app.services.container import Services
from showroom_app.services.documents import DocumentService
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.services.settings import SettingsService


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def print_entries(services: Services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id)
            )
        )


@pytest.fixture
def customer(demo_services: Services) -> int:
    return add_rich_customer(demo_services)


def test_defaults_are_the_dealerships_document_language_and_paper(
    demo_services: Services, customer: int
):
    # GIVEN the demo dealership in Taipei (documents in zh_TW, A4)
    dealer = demo_services.settings.dealership()
    assert (dealer.doc_language.value, dealer.paper_size) == ("zh_TW", "A4")
    # WHEN the sheet is printed without choosing
    pdf = demo_services.documents.profile_sheet(customer)
    # THEN it is in Traditional Chinese on A4, with the archive formatted for print
    text = text_of(pdf)
    assert "客戶檔案基本資料表" in text
    for value in (
        "林志明先生", "0955123456", "0223456789", "休旅車·油電混合", "機油及機油濾芯、輪胎對調",
        "代客取送車、週末預約", "LINE", "身分證", "NT$1,201", "NT$1,401", "5,000", "富邦產險",
        "（人工指定）", "已同意", dealer.name.replace(" ", ""), "RAV42.5Hybrid",
        NOTES.replace(" ", ""),
    ):  # fmt: skip
        assert value in text, value
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_language_and_paper_can_be_chosen(demo_services: Services, customer: int):
    pdf = demo_services.documents.profile_sheet(customer, language="en", paper="Letter")
    text = text_of(pdf)
    assert "Customerprofilesheet" in text and "MrLin" not in text and "Mr林志明" in text
    assert "SUV·Hybrid(HEV)" in text and "Pick-upanddrop-off" in text
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "客户档案基本资料表" in text_of(
        demo_services.documents.profile_sheet(customer, language="zh_CN")
    )
    with pytest.raises(ValidationError):
        demo_services.documents.profile_sheet(customer, language="fr")
    with pytest.raises(ValidationError):
        demo_services.documents.profile_sheet(customer, paper="A5")


def test_the_id_number_is_masked_unless_the_full_one_was_authorised(
    demo_services: Services, customer: int
):
    # GIVEN a sheet printed the ordinary way: the ID number is masked
    text = text_of(demo_services.documents.profile_sheet(customer))
    assert "A12****789" in text and "A123456789" not in text
    # WHEN the full number is asked for with a PIN entered long ago
    demo_services.session.authenticated_at = datetime.now() - timedelta(hours=1)
    before = len(print_entries(demo_services))
    with pytest.raises(ReauthenticationRequired):
        demo_services.documents.profile_sheet(customer, full_id=True)
    # THEN nothing is printed or logged
    assert len(print_entries(demo_services)) == before
    # WHEN the PIN was just entered again
    demo_services.session.confirm_pin()
    pdf = demo_services.documents.profile_sheet(customer, full_id=True)
    # THEN the full number prints, and both the reveal and the print are logged
    assert "A123456789" in text_of(pdf)
    entry = print_entries(demo_services)[-1]
    assert json.loads(entry.detail)["id_number"] == "full"
    with demo_services.db.read() as s:
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal_id")).all()
    assert any(e.entity_id == customer for e in reveals)


def test_every_rendering_is_logged_with_its_hash_and_no_personal_data(
    demo_services: Services, customer: int
):
    pdf = demo_services.documents.profile_sheet(customer, language="en")
    entry = print_entries(demo_services)[-1]
    assert (entry.entity, entry.entity_id) == ("customer", customer)
    detail = json.loads(entry.detail)
    assert detail == {
        "document": "profile_sheet",
        "id_number": "masked",
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "language": "en",
        "paper": "A4",
    }
    logged = " ".join(
        str(v)
        for v in (entry.field, entry.old_value, entry.new_value, entry.detail, entry.user_name)
    )
    for personal in (
        "林志明", "0955", "912345", "A123456789", "A12****789", "松仁路", "lin@example.com",
        "lin.chiming", "ABC-1234", "1M8GDM9AXKP042788", "喜歡", "1985",
    ):  # fmt: skip
        assert personal not in logged, personal


def test_the_same_data_and_print_time_give_the_same_bytes(demo_services: Services, customer: int):
    s = demo_services
    fixed = DocumentService(
        s.db,
        s.session,
        s.audit,
        s.app_settings,
        ArchiveService(s.db, s.session, s.audit, s.customers),
        SettingsService(s.db),
        s.customers,
        clock=lambda: datetime(2026, 11, 29, 9, 30),
    )
    first, second = fixed.profile_sheet(customer), fixed.profile_sheet(customer)
    assert first == second
    assert "列印日期：2026-11-2909:30" in text_of(first)
    hashes = [json.loads(e.detail)["sha256"] for e in print_entries(s)[-2:]]
    assert hashes == [hashlib.sha256(first).hexdigest()] * 2


def test_a_customer_the_user_may_not_see_cannot_be_printed(demo_services: Services, customer: int):
    with demo_services.db.write() as s:
        row = User(
            name="Alice", role=Role.SALESPERSON.value, active=True, created_at=datetime.now()
        )
        s.add(row)
        s.flush()
        alice = UserInfo(row.id, row.name, Role.SALESPERSON)
    demo_services.customers.reassign(customer, demo_services.settings.users()[0].id)
    demo_services.session.sign_in(alice)
    with pytest.raises(NotFound):
        demo_services.documents.profile_sheet(customer)
    with pytest.raises(NotFound):
        demo_services.documents.profile_sheet(999_999)
