"""The test-drive agreement (試乘試駕協議書) printed through the service: what goes on paper,
the agreement number, the masked ID, the audit entry, reprints and embedded fonts."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sample_archive import add_rich_customer
from sqlalchemy import select

from showroom_app.db.models import (
    AppSetting,
    AuditEntry,
    Opportunity,
    StockVehicle,
    TestDrive,
    User,
)
from showroom_app.documents.labels_sales import TEST_DRIVE_LABELS
from showroom_app.domain.enums import Role
from showroom_app.domain.errors import NotFound
from showroom_app.domain.records import UserInfo
from showroom_app.services.archive import ArchiveService
from showroom_app.services.container import Services
from showroom_app.services.documents import DocumentService
from showroom_app.services.documents_test_drive import (
    FULL_ID_SETTING,
    INSURANCE_SETTING,
    agreement_number,
    licence_class_text,
)
from showroom_app.services.session import ReauthenticationRequired
from showroom_app.services.settings import SettingsService

TODAY = date.today()
SLOT = datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(hour=15)
LICENCE_NO = "L20150301"


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def print_entries(services: Services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "print", AuditEntry.entity == "test_drive")
                .order_by(AuditEntry.id)
            )
        )


def _set(services: Services, key: str, value: object) -> None:
    with services.db.write() as s:
        s.merge(AppSetting(key=key, value=json.dumps(value)))


@pytest.fixture
def car(demo_services: Services) -> StockVehicle:
    with demo_services.db.read() as s:
        return s.scalars(
            select(StockVehicle).where(StockVehicle.is_test_car.is_(True)).limit(1)
        ).one()


@pytest.fixture
def drive(demo_services: Services, car: StockVehicle) -> int:
    """林志明 (ID A123456789) booked, licence checked, route and staff planned."""
    customer = add_rich_customer(demo_services)
    opp = demo_services.cockpit.create_opportunity(customer, "WALK_IN")
    td = demo_services.test_drives
    drive_id = td.book_test_drive(customer, opp, car.id, SLOT, SLOT + timedelta(minutes=30))
    td.check_licence(
        drive_id,
        licence_number=LICENCE_NO,
        licence_class="普通小型車",
        licence_expiry=date(2031, 3, 14),
        first_issue_date=date(2015, 3, 1),
        birth_date=date(1985, 3, 14),
    )
    td.set_plan(drive_id, route="市區環線 <含快速道路> & 停車", accompanied_by="陳志明")
    return drive_id


def test_the_agreement_carries_the_section_4_5_content(demo_services, drive, car):
    # WHEN the agreement is printed the ordinary way (dealership's language: zh_TW)
    pdf = demo_services.documents.test_drive_agreement(drive)
    text = text_of(pdf)
    dealer = demo_services.settings.dealership()
    with demo_services.db.read() as s:
        created = s.get(TestDrive, drive).created_at
    # THEN dealer, number, date, driver, licence, vehicle, route, time window, staff are there
    for value in (
        "試乘試駕協議書",
        dealer.name.replace(" ", ""),
        agreement_number(drive, created),
        SLOT.date().isoformat(),
        "林志明先生",
        "0955123456",
        LICENCE_NO,
        "普通小型車",
        "2031-03-14",
        "2015-03-01",
        car.vin[-6:],
        car.plate,
        "市區環線<含快速道路>&停車",  # user text printed as text, never as markup
        "陳志明",
        f"{SLOT:%H:%M}–{SLOT + timedelta(minutes=30):%H:%M}",
        "陪同人員要求停車時",  # the declarations
    ):
        assert value in text, value
    assert car.vin not in text  # only the last six digits
    assert agreement_number(drive, created) == f"TD-{created:%Y}-{drive:06d}"


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN", "en"])
def test_each_document_language(demo_services, drive, language):
    text = text_of(demo_services.documents.test_drive_agreement(drive, language=language))
    assert TEST_DRIVE_LABELS[language]["title"].replace(" ", "") in text
    assert licence_class_text("普通小型車", language).replace(" ", "") in text
    assert LICENCE_NO in text


def test_the_id_number_is_masked_unless_the_dealership_prints_it_in_full(demo_services, drive):
    # GIVEN the default: masked
    text = text_of(demo_services.documents.test_drive_agreement(drive))
    assert "A12****789" in text and "A123456789" not in text
    assert json.loads(print_entries(demo_services)[-1].detail)["id_number"] == "masked"
    # WHEN the dealership prints full IDs on agreements, with a PIN entered long ago
    _set(demo_services, FULL_ID_SETTING, True)
    demo_services.session.authenticated_at = datetime.now() - timedelta(hours=1)
    before = len(print_entries(demo_services))
    with pytest.raises(ReauthenticationRequired):
        demo_services.documents.test_drive_agreement(drive)
    assert len(print_entries(demo_services)) == before  # nothing printed or logged
    # WHEN the PIN was just entered THEN the full number prints and the print says so
    demo_services.session.confirm_pin()
    assert "A123456789" in text_of(demo_services.documents.test_drive_agreement(drive))
    assert json.loads(print_entries(demo_services)[-1].detail)["id_number"] == "full"
    # AND the caller may still ask for the masked one
    masked = demo_services.documents.test_drive_agreement(drive, full_id=False)
    assert "A123456789" not in text_of(masked)


def test_every_rendering_is_an_audited_print_without_personal_data(demo_services, drive):
    pdf = demo_services.documents.test_drive_agreement(drive, language="en", paper="Letter")
    entry = print_entries(demo_services)[-1]
    assert (entry.entity, entry.entity_id) == ("test_drive", drive)
    assert json.loads(entry.detail) == {
        "document": "test_drive_agreement",
        "id_number": "masked",
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "language": "en",
        "paper": "Letter",
    }
    logged = " ".join(str(v) for v in (entry.field, entry.old_value, entry.new_value, entry.detail))
    for personal in ("林志明", "0955", "A123456789", "A12****789", LICENCE_NO, "1985"):
        assert personal not in logged, personal
    # AND the stage-5 page learns that this booking's agreement was printed
    with demo_services.db.read() as s:
        opp = s.get(TestDrive, drive).opportunity_id
    rows = demo_services.test_drives.overview(opp).drives
    assert [r.agreement_printed for r in rows] == [True]


def test_a_reprint_is_the_same_document_apart_from_the_print_time(demo_services, drive):
    s = demo_services

    def service(at: datetime) -> DocumentService:
        return DocumentService(
            s.db,
            s.session,
            s.audit,
            s.app_settings,
            ArchiveService(s.db, s.session, s.audit, s.customers),
            SettingsService(s.db),
            s.customers,
            clock=lambda: at,
        )

    first = service(datetime(2026, 11, 29, 9, 30)).test_drive_agreement(drive)
    again = service(datetime(2026, 11, 29, 9, 30)).test_drive_agreement(drive)
    later = service(datetime(2026, 12, 2, 16, 5)).test_drive_agreement(drive)
    assert first == again  # same data, same print time: the same bytes

    def without_stamp(pdf: bytes) -> str:
        return re.sub(r"列印日期：\d{4}-\d\d-\d\d\d\d:\d\d", "", text_of(pdf))

    assert "列印日期：2026-11-2909:30" in text_of(first)
    assert "列印日期：2026-12-0216:05" in text_of(later)
    assert without_stamp(first) == without_stamp(later)


def test_fonts_are_embedded_and_the_insurance_cover_is_the_dealerships(demo_services, drive):
    _set(demo_services, INSURANCE_SETTING, {"zh_TW": "第三人責任險 每人 200 萬", "en": "TPL 2M"})
    pdf = demo_services.documents.test_drive_agreement(drive)
    assert "第三人責任險每人200萬" in text_of(pdf)
    assert "TPL2M" in text_of(demo_services.documents.test_drive_agreement(drive, language="en"))
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # a Type0 font: the descriptor is on its descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_a_test_drive_the_user_may_not_see_cannot_be_printed(demo_services, drive):
    with demo_services.db.write() as s:
        row = User(
            name="Alice", role=Role.SALESPERSON.value, active=True, created_at=datetime.now()
        )
        s.add(row)
        s.flush()
        alice = UserInfo(row.id, row.name, Role.SALESPERSON)
    with demo_services.db.read() as s:
        customer = s.get(TestDrive, drive).customer_id
    demo_services.customers.reassign(customer, demo_services.settings.users()[0].id)
    with demo_services.db.write() as s:
        opp = s.get(Opportunity, s.get(TestDrive, drive).opportunity_id)
        opp.assigned_user_id = demo_services.settings.users()[0].id
    demo_services.session.sign_in(alice)
    with pytest.raises(NotFound):
        demo_services.documents.test_drive_agreement(drive)
    with pytest.raises(NotFound):
        demo_services.documents.test_drive_agreement(999_999)
