"""The delivery documents (DOMAIN.md §6.6, §6.7) and a loan application's repayment schedule
(§6.9) rendered from stored data through ``DocumentService``: what they print, reprints
identical to the byte, the languages (bilingual too), the photo in any orientation, a broken
stored photo, and the audit of every print — GIVEN / WHEN / THEN on the demo data (Taiwan).
"""

from __future__ import annotations

import dataclasses
import decimal
import hashlib
import io
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from showroom_app.db.models import (
    AuditEntry,
    Customer,
    Delivery,
    Opportunity,
    StockVehicle,
    Trim,
)
from showroom_app.domain.cockpit import ItemRecord, ItemState, not_applicable
from showroom_app.domain.deal import Deposit, PricedItem
from showroom_app.domain.delivery import (
    FUNCTIONS_TO_EXPLAIN,
    HANDOVER_DOCUMENTS,
    PDI_TEMPLATE,
    TOOLS_AND_LOOSE_ITEMS,
    HandoverForm,
    PdiRecord,
    PdiResult,
    for_powertrain,
    pdi_template,
)
from showroom_app.domain.enums import (
    Currency,
    DepositKind,
    OpportunityStatus,
    Powertrain,
    RepaymentMethod,
    StockStatus,
)
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.finance import LoanTerms, build_schedule
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.domain.money import format_money
from showroom_app.services.container import Services
from showroom_app.services.contracts_rules import ContractForm
from showroom_app.services.documents_delivery_names import CHECKLIST_NAMES

D = Decimal
TECHNICIAN = "陳師傅"
CHECKER = "林品管"
ADVISOR = "李服務"
PLATE = "ABC-1234"
DEFECT = "Scratch on the rear bumper, polished before delivery"


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def contracted_deal(
    services: Services, *, loan: LoanOffer | None = None, skip: int = 0
) -> tuple[int, str]:
    """A contracted deal on a free petrol stock unit; returns (deal id, customer name)."""
    with services.db.read() as s:
        opp = list(
            s.scalars(
                select(Opportunity)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
            )
        )[skip]
        unit = s.scalars(
            select(StockVehicle.id)
            .join(Trim, Trim.id == StockVehicle.trim_id)
            .where(
                StockVehicle.status == StockStatus.IN_STOCK.value,
                StockVehicle.is_test_car.is_(False),
                Trim.powertrain == Powertrain.ICE.value,
            )
            .order_by(StockVehicle.id)
        ).first()
        customer = s.get(Customer, opp.customer_id)
        assert customer is not None and unit is not None
        opp_id, name = opp.id, customer.name
    today = date.today()
    view = services.deals.open_deal(opp_id, f"docs-{skip}", stock_vehicle_id=unit)
    inputs = dataclasses.replace(
        view.inputs,
        discount=D("10000"),
        accessories=(PricedItem("行車紀錄器", D("8000"), D("5000")),),
        deposit=Deposit(D("30000"), DepositKind.EARNEST, today),
        loans=(loan,) if loan else (),
        selected_plan=1 if loan else 0,
    )
    services.deals.save_inputs(view.deal_id, inputs)
    form = ContractForm(
        buyer_name=name,
        id_number="A123456789",
        buyer_address="臺北市信義區松仁路 100 號",
        buyer_phone="0912-345-678",
        sign_date=today,
        review_given_date=today - timedelta(days=4),
        delivery_date=today + timedelta(days=10),
    )
    services.contracts.create_contract(view.deal_id, form)
    return view.deal_id, name


def record_delivery(services: Services, deal_id: int) -> None:
    """PDI (one defect, one N/A) signed off, the whole handover, the car's details."""
    delivery = services.delivery
    view = delivery.get(deal_id)
    pt = view.powertrain
    delivery.schedule(deal_id, datetime.now() + timedelta(hours=2))
    items = {i.code: PdiRecord(PdiResult.OK) for g in pdi_template(pt) for i in g.items}
    items["paint"] = PdiRecord(PdiResult.DEFECT, DEFECT)
    items["sunroof"] = PdiRecord(PdiResult.NOT_APPLICABLE, "No sunroof on this trim")
    delivery.save_pdi(deal_id, items)
    delivery.sign_off_pdi(
        deal_id, TECHNICIAN, datetime.now() - timedelta(minutes=5), quality_checker=CHECKER
    )
    done = ItemRecord(ItemState.DONE)
    documents = {d.code: done for d in HANDOVER_DOCUMENTS[view.region]}
    documents["registration"] = not_applicable("Customer registers the car himself")
    delivery.save_handover(
        deal_id,
        HandoverForm(
            documents=documents,
            functions={f.code: done for f in for_powertrain(FUNCTIONS_TO_EXPLAIN, pt)},
            tools={t.code: done for t in for_powertrain(TOOLS_AND_LOOSE_ITEMS, pt)},
            keys_count=2,
            photo_consent=True,
            payment_settled=True,
        ),
    )
    delivery.set_vehicle_details(
        deal_id, vin=view.contract_vin, plate=PLATE, odometer=12, service_advisor=ADVISOR
    )


def _photo(width: int, height: int, *, rotate_exif: bool = False) -> bytes:
    image = Image.new("RGB", (width, height), (200, 40, 40))
    for x in range(0, width, 50):
        for y in range(height // 3):
            image.putpixel((x, y), (20, 20, 200))
    out = io.BytesIO()
    if rotate_exif:
        exif = Image.Exif()
        exif[0x0112] = 6  # "rotate 90°": a phone photo held upright
        image.save(out, "JPEG", exif=exif.tobytes())
    else:
        image.save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def delivered(demo_services: Services) -> tuple[Services, int, str]:
    deal_id, name = contracted_deal(demo_services)
    record_delivery(demo_services, deal_id)
    return demo_services, deal_id, name


# -- the delivery confirmation --------------------------------------------------------------------


def test_the_confirmation_prints_what_was_recorded(delivered) -> None:
    services, deal_id, name = delivered
    view = services.delivery.get(deal_id)
    # WHEN the delivery confirmation is printed in Traditional Chinese
    pdf = services.documents.delivery_confirmation(deal_id, language="zh_TW")
    text = _text(pdf)
    # THEN it carries the PDI technician and quality checker, the car and the defect
    for value in (TECHNICIAN, CHECKER, ADVISOR, PLATE, view.contract_vin, view.contract_number):
        assert value in text
    assert re.sub(r"\s+", "", name) in text
    assert "Scratchontherearbumper" in text  # the defect with its agreed fix
    assert "烤漆" in text  # the defect's item named in the document language
    assert "交車確認單" in text and "行車紀錄器" in text  # title, installed accessory
    # AND a reprint is identical to the byte (the stamp is the delivery's own time)
    assert services.documents.delivery_confirmation(deal_id, language="zh_TW") == pdf


def test_the_confirmation_follows_the_document_language(delivered) -> None:
    services, deal_id, _name = delivered
    english = _text(services.documents.delivery_confirmation(deal_id, language="en"))
    simplified = _text(services.documents.delivery_confirmation(deal_id, language="zh_CN"))
    both = _text(services.documents.delivery_confirmation(deal_id, language="zh_TW+en"))
    assert "Deliveryconfirmation" in english and "Paint" in english and "交車" not in english
    assert "交车确认单" in simplified and "漆面" in simplified
    assert "交車確認單" in both and "Deliveryconfirmation" in both


def test_every_print_is_audited_without_personal_values(delivered) -> None:
    services, deal_id, name = delivered
    pdf = services.documents.delivery_confirmation(deal_id, language="en")
    services.documents.delivery_certificate(deal_id, language="zh_TW+en")
    with services.db.read() as s:
        entries = list(
            s.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "print", AuditEntry.entity == "delivery"
                )
            )
        )
    details = [json.loads(e.detail) for e in entries]
    assert [d["document"] for d in details] == ["delivery_confirmation", "delivery_certificate"]
    assert details[1]["bilingual"] is True and details[1]["language"] == "zh_TW"
    assert details[0]["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert all(name not in repr(e.detail) and PLATE not in repr(e.detail) for e in entries)


def test_nothing_to_print_before_anything_is_recorded(demo_services: Services) -> None:
    deal_id, _name = contracted_deal(demo_services)
    with pytest.raises(ValidationError) as exc:
        demo_services.documents.delivery_confirmation(deal_id)
    assert exc.value.code == "nothing_recorded"


# -- the ceremony certificate ---------------------------------------------------------------------


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN", "en", "zh_TW+en", "zh_CN+en"])
def test_the_certificate_names_the_customer_and_the_car(delivered, language: str) -> None:
    services, deal_id, name = delivered
    vin = services.delivery.get(deal_id).contract_vin
    pdf = services.documents.delivery_certificate(deal_id, language=language)
    text = _text(pdf)
    assert re.sub(r"\s+", "", name) in text and vin in text and PLATE in text
    assert _pages(pdf) == 1
    if language.endswith("+en"):
        assert "Congratulations" in text and "恭喜" in text


@pytest.mark.parametrize(
    ("width", "height", "rotate"), [(3000, 4000, False), (4000, 2250, False), (2400, 1800, True)]
)
def test_a_photo_of_any_size_and_orientation_fits_on_one_page(
    delivered, width: int, height: int, rotate: bool
) -> None:
    services, deal_id, _name = delivered
    without = services.documents.delivery_certificate(deal_id, language="zh_TW")
    services.delivery.set_photo(deal_id, _photo(width, height, rotate_exif=rotate))
    pdf = services.documents.delivery_certificate(deal_id, language="zh_TW")
    assert _pages(pdf) == 1
    images = lambda data: len(PdfReader(io.BytesIO(data)).pages[0].images)  # noqa: E731
    assert images(pdf) == images(without) + 1
    assert services.documents.delivery_certificate(deal_id, language="zh_TW") == pdf


def test_a_broken_stored_photo_is_a_message_not_a_crash(delivered) -> None:
    services, deal_id, _name = delivered
    # GIVEN a photo damaged in storage (the service only ever stores good ones)
    with services.db.write() as s:
        row = s.scalars(select(Delivery).where(Delivery.deal_id == deal_id)).one()
        row.photo = b"\xff\xd8\xff\xe0 this is not a JPEG any more"
    # WHEN the certificate is printed THEN the user is told what to do
    with pytest.raises(ValidationError) as exc:
        services.documents.delivery_certificate(deal_id)
    assert exc.value.field == "photo" and exc.value.code == "photo_unreadable"
    # AND the delivery confirmation (no photo) still prints
    assert services.documents.delivery_confirmation(deal_id).startswith(b"%PDF")


def test_every_checklist_label_has_its_printed_names() -> None:
    labels = {g.label for g in PDI_TEMPLATE} | {i.label for g in PDI_TEMPLATE for i in g.items}
    labels |= {i.label for items in HANDOVER_DOCUMENTS.values() for i in items}
    labels |= {i.label for i in (*FUNCTIONS_TO_EXPLAIN, *TOOLS_AND_LOOSE_ITEMS)}
    assert labels <= set(CHECKLIST_NAMES)


# -- a loan application's repayment schedule ------------------------------------------------------


def test_the_repayment_schedule_of_an_application_prints_its_totals(
    demo_services: Services,
) -> None:
    services = demo_services
    offer = LoanOffer("台灣銀行", D("300000"), RepaymentMethod.EQUAL_INSTALMENT, 60, D("2.88"))
    deal_id, _name = contracted_deal(services, loan=offer)
    app = services.finance.create_application(deal_id, 1, "台灣銀行", "新車貸款")
    # WHEN its schedule is printed
    pdf = services.documents.application_schedule(app.application_id, language="en")
    text = _text(pdf)
    # THEN the totals row shows what the domain computes: Σ payment = principal + interest
    schedule = build_schedule(
        LoanTerms(app.method, app.principal, app.months, app.annual_rate_pct), Currency.TWD
    )
    assert schedule.total_payment == app.principal + schedule.total_interest
    money = [format_money(a, Currency.TWD).replace(" ", "") for a in
             (schedule.total_payment, app.principal, schedule.total_interest)]  # fmt: skip
    assert f"Total{money[0]}{money[1]}{money[2]}—" in text
    assert "台灣銀行·新車貸款" in text and _pages(pdf) >= 2
    assert services.documents.application_schedule(app.application_id, language="en") == pdf


def test_a_zero_rate_loan_with_a_fee_shows_a_true_apr(demo_services: Services) -> None:
    services = demo_services
    offer = LoanOffer("和潤", D("200000"), RepaymentMethod.ZERO_PLUS_FEE, 36, D("0"), fee=D("6000"))
    deal_id, _name = contracted_deal(services, loan=offer)
    app = services.finance.create_application(deal_id, 1, "和潤")
    assert app.apr_pct > 0
    text = _text(services.documents.application_schedule(app.application_id, language="zh_TW"))
    assert f"{app.apr_pct:.2f}%" in text
