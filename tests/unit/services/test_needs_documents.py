"""The needs summary (需求確認單) through DocumentService: content, languages, audit, access."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from showroom_app.db.models import AuditEntry, Opportunity, Trim, User, VehicleModel
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.needs import NeedsForm
from showroom_app.domain.records import DealershipForm, UserInfo
from showroom_app.services.archive import ArchiveService
from showroom_app.services.container import Services
from showroom_app.services.documents import DocumentService
from showroom_app.services.documents_needs import MAX_RECOMMENDED, current_vehicle_line
from showroom_app.services.settings import SettingsService

NOTES = "兩個小孩 <Ann> & Co，需要 ISOFIX"

NEEDS = NeedsForm(
    budget_min=Decimal("900000"),
    budget_max=Decimal("1200000"),
    payment_method="loan",
    down_payment_pct=30,
    monthly_target=Decimal("18000"),
    usage=("family", "commute"),
    main_driver="太太",
    passengers=5,
    family_notes=NOTES,
    current_vehicle_brand="Toyota",
    current_vehicle_model="Corolla Altis",
    current_vehicle_year=2014,
    current_vehicle_km=150000,
    trade_in=True,
    powertrain_pref="HEV",
    home_charging="no",
    priorities=("space", "safety", "economy"),
    competitors=("Honda CR-V", "Mazda CX-5"),
    color_prefs=("珍珠白",),
    timeline="<=15d",
    decision_maker="夫妻共同決定",
)


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def print_entries(services: Services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id)
            )
        )


def _model_with_trims(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(VehicleModel.id)
                .join(Trim, Trim.model_id == VehicleModel.id)
                .where(Trim.active.is_(True))
                .order_by(VehicleModel.id)
                .limit(1)
            ).one()
        )


@pytest.fixture
def opportunity(demo_services: Services) -> int:
    cid = demo_services.customers.create(
        CustomerForm(name="林志明", salutation="mr", phones=("0955 123 456",))
    )
    oid = demo_services.cockpit.create_opportunity(
        cid, "WALK_IN", model_of_interest_id=_model_with_trims(demo_services)
    )
    demo_services.cockpit.save_needs(oid, NEEDS)
    return oid


def test_the_summary_prints_the_saved_needs_in_the_dealerships_language(
    demo_services: Services, opportunity: int
):
    # WHEN the summary is printed without choosing (demo dealership: zh_TW, A4)
    pdf = demo_services.documents.needs_summary(opportunity)
    text = text_of(pdf)
    # THEN every answer is there, codes named in Traditional Chinese, money formatted
    for value in (
        "需求確認單", "林志明先生", "0955123456", "NT$900,000–NT$1,200,000", "貸款", "30%",
        "NT$18,000", "家庭用車、通勤", "太太", "5人", NOTES.replace(" ", ""),
        "ToyotaCorollaAltis·2014年·150,000公里", "油電混合", "不行",
        "1.空間2.安全3.油耗/經濟", "HondaCR-V、MazdaCX-5", "珍珠白", "15天內", "夫妻共同決定",
    ):  # fmt: skip
        assert value in text, value
    # AND the trims of the model of interest are listed with their list price
    with demo_services.db.read() as s:
        opp = s.get(Opportunity, opportunity)
        trims = s.scalars(
            select(Trim)
            .where(Trim.model_id == opp.model_of_interest_id, Trim.active.is_(True))
            .order_by(Trim.msrp)
        ).all()
    assert trims
    for trim in trims[:MAX_RECOMMENDED]:
        assert trim.name_zh_tw.replace(" ", "") in text
        assert f"NT${trim.msrp:,.0f}" in text
    assert "客戶關注車型" in text
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_language_and_paper_can_be_chosen(demo_services: Services, opportunity: int):
    en = text_of(demo_services.documents.needs_summary(opportunity, language="en", paper="Letter"))
    assert "Needssummary" in en and "Within15days" in en and "Loan" in en
    assert "ToyotaCorollaAltis·2014·150,000km" in en and "1.Space,2.Safety" in en
    cn = text_of(demo_services.documents.needs_summary(opportunity, language="zh_CN"))
    assert "需求确认单" in cn and "贷款" in cn and "15天内" in cn
    pdf = demo_services.documents.needs_summary(opportunity, paper="Letter")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    before = len(print_entries(demo_services))
    with pytest.raises(ValidationError):
        demo_services.documents.needs_summary(opportunity, language="fr")
    with pytest.raises(ValidationError):
        demo_services.documents.needs_summary(opportunity, paper="A5")
    assert len(print_entries(demo_services)) == before


def test_nothing_asked_yet_prints_an_empty_form_without_invented_trims(demo_services: Services):
    cid = demo_services.customers.create(
        CustomerForm(name="陳", salutation="ms", phones=("0912 345 678",))
    )
    oid = demo_services.cockpit.create_opportunity(cid, "PHONE_IN")
    text = text_of(demo_services.documents.needs_summary(oid, language="en"))
    assert "Ms陳" in text
    assert "Notrimrecommendedyet" in text
    assert "Undecided" not in text  # a timeline not asked is left blank, not "undecided"
    assert "Modelofinterest" not in text


def test_every_print_is_logged_with_its_hash_and_no_personal_data(
    demo_services: Services, opportunity: int
):
    pdf = demo_services.documents.needs_summary(opportunity, language="en")
    entry = print_entries(demo_services)[-1]
    assert (entry.entity, entry.entity_id) == ("opportunity", opportunity)
    assert json.loads(entry.detail) == {
        "document": "needs_summary",
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "language": "en",
        "paper": "A4",
    }
    logged = " ".join(str(v) for v in (entry.field, entry.old_value, entry.new_value, entry.detail))
    for personal in ("林志明", "0955", "900000", "900,000", "ISOFIX", "太太", "Corolla"):
        assert personal not in logged, personal


def test_same_data_and_print_time_give_the_same_bytes(demo_services: Services, opportunity: int):
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
    assert fixed.needs_summary(opportunity) == fixed.needs_summary(opportunity)


def test_an_opportunity_the_user_may_not_see_cannot_be_printed(
    demo_services: Services, opportunity: int
):
    admin = demo_services.settings.users()[0]
    with demo_services.db.write() as s:
        row = User(
            name="Alice", role=Role.SALESPERSON.value, active=True, created_at=datetime.now()
        )
        s.add(row)
        s.flush()
        alice = UserInfo(row.id, row.name, Role.SALESPERSON)
        s.get(Opportunity, opportunity).assigned_user_id = admin.id
    before = len(print_entries(demo_services))
    demo_services.session.sign_in(alice)
    with pytest.raises(NotFound):
        demo_services.documents.needs_summary(opportunity)
    with pytest.raises(NotFound):
        demo_services.documents.needs_summary(999_999)
    demo_services.session.sign_in(admin)
    assert len(print_entries(demo_services)) == before


def test_plate_eligibility_prints_for_a_mainland_dealership(
    demo_services: Services, opportunity: int
):
    demo_services.settings.save_dealership(
        DealershipForm(
            name="华达汽车",
            address="上海市徐汇区漕溪北路 1 号",
            phone="021 6464 1234",
            tax_id="91350100M000100Y43",
            region="CN",
            doc_language="zh_CN",
        )
    )
    demo_services.cockpit.save_needs(opportunity, NeedsForm(plate_eligibility="not_applicable"))
    text = text_of(demo_services.documents.needs_summary(opportunity))
    assert "购车指标/牌照" in text and "不适用" in text
    demo_services.cockpit.save_needs(opportunity, NeedsForm(plate_eligibility="lottery"))
    assert "摇号中" in text_of(demo_services.documents.needs_summary(opportunity))


@pytest.mark.parametrize(
    ("needs", "language", "line"),
    [
        (NeedsForm(), "en", ""),
        (NeedsForm(current_vehicle_brand="Ford"), "en", "Ford"),
        (NeedsForm(current_vehicle_year=2010, current_vehicle_km=1234), "en", "2010 · 1,234 km"),
        (NeedsForm(current_vehicle_model="Focus", current_vehicle_km=0), "zh_TW", "Focus · 0 公里"),
    ],
)
def test_current_vehicle_line(needs: NeedsForm, language: str, line: str):
    assert current_vehicle_line(needs, language) == line
