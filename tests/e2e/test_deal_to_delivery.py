"""Issue 6 "done when", end to end through the services: a salesperson closes a CASH deal in
Taiwan and a LOAN deal in mainland China — quote, contract, deposit receipt, loan schedule,
PDI, delivery confirmation, ceremony certificate — and every page prints in zh_TW, zh_CN, en
and bilingually, with the numbers of DOMAIN.md §7 — GIVEN / WHEN / THEN.

The story runs on a fixed calendar around the demo's "today" (2026-11-29): contract signed on
2026-11-20 after a review from 2026-11-17, registration / invoice on 2026-11-26, PDI that
afternoon, delivery on 2026-11-27. Documents are printed with a fixed clock, so a reprint is
compared byte for byte. Set ``SHOWROOM_E2E_PDF_DIR`` to keep every rendered PDF there.
"""

from __future__ import annotations

import dataclasses
import decimal
import io
import os
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from testdata import DEMO_TODAY

from showroom_app.db.engine import sqlite_url
from showroom_app.db.models import (
    Customer,
    Deal,
    FollowUpTask,
    Opportunity,
    OwnedVehicle,
    StockVehicle,
    Trim,
    VehicleModel,
)
from showroom_app.domain.cockpit import ItemRecord, ItemState
from showroom_app.domain.deal import (
    Deposit,
    GovernmentFee,
    InsuranceLine,
    PricedItem,
    ServiceFee,
)
from showroom_app.domain.delivery import (
    FUNCTIONS_TO_EXPLAIN,
    TOOLS_AND_LOOSE_ITEMS,
    DeliveryWarnings,
    HandoverForm,
    PdiRecord,
    PdiResult,
    first_service_date,
    follow_up_plan,
    for_powertrain,
    handover_documents,
    pdi_template,
)
from showroom_app.domain.enums import (
    Currency,
    DepositKind,
    FeeTiming,
    OpportunityStatus,
    Powertrain,
    Region,
    RepaymentMethod,
    Role,
    StockStatus,
)
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.domain.money import capital_amount_line, round_display
from showroom_app.domain.records import UserInfo
from showroom_app.domain.taxes import cn_purchase_tax, tw_fuel_fee, tw_licence_tax
from showroom_app.services.container import Services, build_services
from showroom_app.services.contracts_rules import ContractForm
from showroom_app.services.database import open_database
from showroom_app.services.deals import DealView
from showroom_app.services.demo import create_demo_data
from showroom_app.services.documents import DocumentService

D = Decimal
PRINTED = datetime(2026, 11, 29, 15, 30)  # the documents' fixed clock
REVIEW_GIVEN = date(2026, 11, 17)
SIGNED = date(2026, 11, 20)
REGISTERED = date(2026, 11, 26)  # TW registration date / CN invoice (purchase) date
PDI_AT = datetime.combine(REGISTERED, time(16, 0))
DELIVERED_AT = datetime.combine(REGISTERED + timedelta(days=1), time(10, 30))
LANGUAGES = ("zh_TW", "zh_CN", "en", "zh_TW+en")
#: Each document's title (zh_TW, zh_CN, en): it must follow the document language.
TITLES = {
    "quotation": ("報價單", "报价单", "Quotation"),
    "comparison": ("付款方案比較表", "付款方案对比表", "Payment options compared"),
    "schedule": ("貸款還款明細表", "贷款还款计划表", "Loan repayment schedule"),
    "tw_contract": ("汽車買賣契約書", "汽车买卖契约书", "Vehicle purchase contract"),
    "cn_contract": ("汽車買賣合同", "汽车买卖合同", "Vehicle purchase contract"),
    "deposit_receipt": ("訂金收據", "订金收据", "Deposit receipt"),  # TW 訂金
    "earnest_receipt": ("定金收據", "定金收据", "Earnest money receipt"),  # CN 定金
    "order": ("配備確認單", "配置确认单", "Order and specification confirmation"),
    "delivery": ("交車確認單", "交车确认单", "Delivery confirmation"),
    "certificate": ("交車證書", "交车证书", "Delivery certificate"),
}
STANDARD_14 = {"Courier", "Helvetica", "Times", "Symbol", "ZapfDingbats"}  # by family
PDF_DIR = os.environ.get("SHOWROOM_E2E_PDF_DIR", "")


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    """A float meeting a Decimal anywhere in the code under test raises FloatOperation."""
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def test_the_float_trap_is_set() -> None:
    with pytest.raises(decimal.FloatOperation):
        D("1.5") < 2.5  # noqa: B015


@pytest.fixture
def cn_services(tmp_path: Path) -> Iterator[Services]:
    """A small mainland-China demo dealership, signed in as its administrator."""
    db = open_database(sqlite_url(tmp_path / "demo-cn.sqlite3"))
    create_demo_data(db, 30, region=Region.CN, today=DEMO_TODAY, audit_history=False)
    services = build_services(db)
    services.session.sign_in(_user(services, Role.ADMINISTRATOR))
    yield services
    db.dispose()


# -- helpers ------------------------------------------------------------------------------------


def _user(services: Services, role: Role) -> UserInfo:
    return next(u for u in services.settings.users() if u.role is role)


def _documents(services: Services) -> DocumentService:
    """The document service with a fixed clock: two renderings compare byte for byte."""
    return DocumentService(
        services.db,
        services.session,
        services.audit,
        services.app_settings,
        services.archive,
        services.settings,
        services.customers,
        clock=lambda: PRINTED,
    )


def _open_opportunity(services: Services) -> tuple[int, int, str]:
    """(opportunity id, customer id, customer name) of the first open opportunity."""
    with services.db.read() as s:
        opp = s.scalars(
            select(Opportunity)
            .where(
                Opportunity.status == OpportunityStatus.OPEN.value,
                Opportunity.id.not_in(select(Deal.opportunity_id)),
            )
            .order_by(Opportunity.id)
            .limit(1)
        ).one()
        customer = s.get(Customer, opp.customer_id)
        assert customer is not None
        return opp.id, customer.id, customer.name


def _free_unit(services: Services, powertrain: Powertrain, *conditions: object) -> int:
    with services.db.read() as s:
        unit = s.scalars(
            select(StockVehicle.id)
            .join(Trim, Trim.id == StockVehicle.trim_id)
            .where(
                StockVehicle.status == StockStatus.IN_STOCK.value,
                StockVehicle.is_test_car.is_(False),
                Trim.powertrain == powertrain.value,
                *conditions,
            )
            .order_by(StockVehicle.id)
            .limit(1)
        ).one()
        return int(unit)


def _unit_status(services: Services, unit_id: int) -> str:
    with services.db.read() as s:
        unit = s.get(StockVehicle, unit_id)
        assert unit is not None
        return unit.status


def _digits(amount: Decimal, currency: Currency) -> str:
    """An amount as the documents print it, without symbol and thousands separators."""
    return f"{round_display(amount, currency):f}"


def _squash(text: str) -> str:
    return re.sub(r"[\s,，]+", "", text)


def _pdf_text(pdf: bytes) -> str:
    return _squash("".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def _assert_fonts_embedded(pdf: bytes) -> None:
    """Every font on every page carries its glyphs (a TrueType subset, /FontFile2)."""
    assert b"Helvetica" not in pdf
    seen = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1].split("-")[0] not in STANDARD_14, base  # no built-in font
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), base
            seen += 1
    assert seen


def _keep(name: str, pdf: bytes) -> None:
    if PDF_DIR:
        folder = Path(PDF_DIR)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.pdf").write_bytes(pdf)


def _print_everywhere(
    name: str,
    title: str,
    render: Callable[[str], bytes],
    expected: Callable[[str], list[str]],
    languages: tuple[str, ...] = LANGUAGES,
) -> dict[str, str]:
    """Render in every language (and bilingually): a PDF with embedded fonts, titled in the
    document language (a bilingual one in Chinese and English), whose text holds every
    expected value. Returns the squashed text per language."""
    texts = {}
    for language in languages:
        pdf = render(language)
        _keep(f"{name}-{language.replace('+', '_')}", pdf)
        assert pdf.startswith(b"%PDF-"), (name, language)
        _assert_fonts_embedded(pdf)
        text = _pdf_text(pdf)
        titles = dict(zip(("zh_TW", "zh_CN", "en"), TITLES[title], strict=True))
        for part in language.split("+"):
            assert _squash(titles[part]) in text, (name, language, titles[part])
        if "+" not in language and language != "en":
            assert _squash(titles["en"]) not in text, (name, language)
        for value in expected(language):
            assert _squash(value) in text, (name, language, value)
        texts[language] = text
    return texts


def _print_everywhere_cn(
    name: str, title: str, render: Callable[[str], bytes], expected: Callable[[str], list[str]]
) -> dict[str, str]:
    """As ``_print_everywhere``, with Simplified Chinese + English too (a mainland deal)."""
    return _print_everywhere(name, title, render, expected, (*LANGUAGES, "zh_CN+en"))


def _all_ok_pdi(powertrain: Powertrain) -> dict[str, PdiRecord | None]:
    return {i.code: PdiRecord(PdiResult.OK) for g in pdi_template(powertrain) for i in g.items}


def _complete_handover(region: Region, powertrain: Powertrain, *, settled: bool) -> HandoverForm:
    done = ItemRecord(ItemState.DONE)
    return HandoverForm(
        documents={d.code: done for d in handover_documents(region)},
        functions={f.code: done for f in for_powertrain(FUNCTIONS_TO_EXPLAIN, powertrain)},
        tools={t.code: done for t in for_powertrain(TOOLS_AND_LOOSE_ITEMS, powertrain)},
        keys_count=2,
        photo_consent=True,
        payment_settled=settled,
    )


def _tax_lines(view: DealView) -> dict[str, dict]:
    return {line["code"]: line for line in view.saved_figures["taxes"]["lines"]}


def _money(view: DealView, key: str) -> Decimal:
    return D(view.saved_figures[key])


def _deliver_and_check_archive(
    services: Services, deal_id: int, customer_id: int, unit_id: int, region: Region
) -> None:
    """mark delivered: the unit sold, the opportunity delivered, the car in the customer's
    archive with its first maintenance date, the §5.2 follow-ups planned."""
    view = services.delivery.get(deal_id)
    with services.db.read() as s:
        tasks_before = s.scalar(
            select(func.count())
            .select_from(FollowUpTask)
            .where(FollowUpTask.customer_id == customer_id)
        )
        customer = s.get(Customer, customer_id)
        assert customer is not None
        insurance_expiry = customer.insurance_expiry
        model = s.scalars(
            select(VehicleModel)
            .join(Trim, Trim.model_id == VehicleModel.id)
            .join(StockVehicle, StockVehicle.trim_id == Trim.id)
            .where(StockVehicle.id == unit_id)
        ).one()
        first_km = model.first_service_km or model.service_interval_km
        first_months = model.first_service_months or model.service_interval_months
    result = services.delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    expected_first = first_service_date(
        DELIVERED_AT.date(), view.odometer, first_km=first_km, first_months=first_months,
        region=region,
    )  # fmt: skip
    assert expected_first is not None and expected_first > DELIVERED_AT.date()
    assert result.first_service_on == expected_first
    assert result.view.status.value == "delivered"
    assert _unit_status(services, unit_id) == StockStatus.SOLD.value
    assert services.deals.get(deal_id).status == "delivered"
    with services.db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        opp = s.get(Opportunity, deal.opportunity_id)
        assert opp is not None and opp.status == OpportunityStatus.DELIVERED.value
        owned = s.get(OwnedVehicle, result.owned_vehicle_id)
        assert owned is not None and owned.customer_id == customer_id
        tasks = list(
            s.scalars(select(FollowUpTask).where(FollowUpTask.id.in_(result.follow_up_task_ids)))
        )
        tasks_after = s.scalar(
            select(func.count())
            .select_from(FollowUpTask)
            .where(FollowUpTask.customer_id == customer_id)
        )
    # the customer archive: the car with VIN, plate, delivery date, odometer, maintenance
    profile = services.archive.profile(customer_id, today=DELIVERED_AT.date())
    car = next(v for v in profile.vehicles if v.vehicle_id == result.owned_vehicle_id)
    assert (car.vin, car.plate) == (view.contract_vin, view.plate)
    assert car.delivery_date == DELIVERED_AT.date() and car.odometer_at_delivery == view.odometer
    assert car.next_maintenance == expected_first
    assert profile.service_advisor == view.service_advisor
    # the follow-ups of DOMAIN.md §5.2, as the plan says
    plan = follow_up_plan(
        DELIVERED_AT.date(), first_service_on=expected_first, insurance_expiry=insurance_expiry
    )
    assert len(tasks) == len(plan) >= 5
    assert sorted(t.due_date for t in tasks) == sorted(p.due for p in plan)
    day = DELIVERED_AT.date()
    calls = {(t.due_date - day).days for t in tasks if t.kind == "after_sales_call"}
    assert {0, 1, 3, 7, 30} <= calls  # D+0 message, D+1, D+3, D+7 and D+30 calls
    assert expected_first - timedelta(days=14) in {t.due_date for t in tasks}
    assert tasks_after is not None and tasks_before is not None
    assert tasks_after >= tasks_before + len(plan)
    # AND a second "delivered" changes nothing
    with pytest.raises(ValidationError) as exc:
        services.delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    assert exc.value.code == "already_delivered"


# -- 1. a cash deal in Taiwan ---------------------------------------------------------------------


def test_a_cash_deal_in_taiwan_from_quote_to_delivery_certificate(demo_services: Services) -> None:
    services = demo_services
    docs = _documents(services)
    twd = Currency.TWD
    # GIVEN an open opportunity and a free 2.0 L petrol unit (1801–2400 cc: DOMAIN.md §7.6)
    opp_id, customer_id, customer_name = _open_opportunity(services)
    unit_id = _free_unit(services, Powertrain.ICE, Trim.displacement_cc.between(1801, 2000))

    # WHEN the salesperson starts the deal on the unit THEN it is reserved for it
    view = services.deals.open_deal(opp_id, "e2e-cash", stock_vehicle_id=unit_id)
    assert _unit_status(services, unit_id) == StockStatus.RESERVED.value
    assert view.vehicle.vin and view.inputs.vehicle is not None
    assert view.inputs.vehicle.displacement_cc is not None
    assert 1801 <= view.inputs.vehicle.displacement_cc <= 2000
    msrp = view.inputs.msrp
    assert msrp == view.vehicle.trim_msrp > 0

    # WHEN price, discount, accessories, an optional service fee, a government fee,
    # insurance and a deposit are entered, registration on 2026-07-01 (DOMAIN.md §7.6)
    inputs = dataclasses.replace(
        view.inputs,
        discount=D("30000"),
        accessories=(
            PricedItem("行車紀錄器", D("8000"), D("5000")),
            PricedItem("隔熱紙", D("12000"), D("6000")),
        ),
        service_fees=(ServiceFee("代辦領牌服務費", D("3000"), optional=True),),
        government_fees=(GovernmentFee("監理站規費", D("650")),),
        insurance=(
            InsuranceLine("強制汽車責任保險", D("1100"), compulsory=True),
            InsuranceLine("甲式車體險", D("28000"), D("15")),
        ),
        deposit=Deposit(D("50000"), DepositKind.EARNEST, SIGNED),  # within 10 %
        tax_date=date(2026, 7, 1),
    )
    july = services.deals.save_inputs(view.deal_id, inputs)
    # THEN the prorated licence tax and fuel fee are DOMAIN.md §7.6's, to the dollar
    lines = _tax_lines(july)
    assert D(lines["tw.licence_tax"]["amount"]) == D("5661")
    assert D(lines["tw.fuel_fee"]["amount"]) == D("3131")
    assert D(lines["tw.licence_tax"]["full_amount"]) + D(lines["tw.fuel_fee"]["full_amount"]) == (
        D("17440")
    )  # the annual total of a 2.0 L car
    assert lines["tw.licence_tax"]["proration"] == [184, 365]

    # WHEN the real registration date is entered (2026-11-26: 36 days left in the year)
    saved = services.deals.save_inputs(
        view.deal_id, dataclasses.replace(inputs, tax_date=REGISTERED)
    )
    # THEN the taxes are the rules table's, as the domain functions compute them
    rules = services.deals.rules_table()
    vehicle = saved.inputs.vehicle
    assert vehicle is not None
    licence = tw_licence_tax(vehicle, REGISTERED, rules)
    fuel = tw_fuel_fee(vehicle, REGISTERED, rules)
    lines = _tax_lines(saved)
    assert D(lines["tw.licence_tax"]["amount"]) == licence.amount == D("1108")  # 11,230×36/365
    assert D(lines["tw.fuel_fee"]["amount"]) == fuel.amount == D("612")  # 6,210×36/365
    assert lines["tw.licence_tax"]["proration"] == [36, 365]
    # AND the on-the-road total is exactly the sum of its parts
    price = msrp - D("30000")
    parts = {
        "transaction_price": price,
        "accessories_total": D("20000"),
        "service_fees_total": D("3000"),
        "taxes_total": licence.amount + fuel.amount,
        "government_fees_total": D("650"),
        "insurance_total": D("29100"),
    }
    for key, value in parts.items():
        assert _money(saved, key) == value, key
    total = sum(parts.values(), D(0))
    assert _money(saved, "on_the_road_total") == total == saved.figures.on_the_road_total
    assert _money(saved, "contract_total") == price + D("23000")
    assert _money(saved, "balance_due") == total - D("50000")
    assert saved.saved_figures["deposit_check"]["exceeded"] is False
    assert saved.approval.cleared  # 2.9 % is within the 5 % threshold

    # THEN the quotation lists every line and the total, in every language
    quote_no = f"QT-{saved.updated_at.year}-{saved.deal_id:06d}-{saved.version:02d}"
    amounts = [_digits(x, twd) for x in (msrp, price, licence.amount, fuel.amount, total)]
    quote = _print_everywhere(
        "tw-quotation",
        "quotation",
        lambda lang: docs.quotation(saved.deal_id, language=lang),
        lambda lang: [quote_no, "行車紀錄器", "代辦領牌服務費", *amounts],
    )
    assert capital_amount_line(total, twd, "zh_TW") in quote["zh_TW"]  # 大寫 of the total

    # WHEN the contract is signed two days after the buyer took it home THEN it is refused
    form = ContractForm(
        buyer_name=customer_name,
        id_number="A123456789",
        buyer_address="臺北市信義區松仁路 100 號",
        buyer_phone="0912-345-678",
        sign_date=SIGNED,
        review_given_date=SIGNED - timedelta(days=2),
        delivery_date=DELIVERED_AT.date(),
        delivery_place="本公司交車廣場",
    )
    with pytest.raises(ValidationErrors) as refused:
        services.contracts.create_contract(saved.deal_id, form)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("review_given_date", "review_period")
    ]
    # AND with three days it is made, numbered from the dealership's sequence
    contract = services.contracts.create_contract(
        saved.deal_id, dataclasses.replace(form, review_given_date=REVIEW_GIVEN)
    )
    assert contract.number == "SC-2026-000001" and contract.review_given_date == REVIEW_GIVEN
    assert contract.snapshot["vehicle"]["vin"] == view.vehicle.vin
    assert D(contract.snapshot["total_price"]) == price + D("23000")
    assert contract.snapshot["payment_method"] == "full"
    assert contract.snapshot["quote_no"] == quote_no
    assert services.deals.get(saved.deal_id).status == "contracted"  # and the opportunity won
    contract_total_amount = price + D("23000")
    contract_total = _digits(contract_total_amount, twd)
    texts = _print_everywhere(
        "tw-contract",
        "tw_contract",
        lambda lang: docs.contract_document(saved.deal_id, language=lang),
        lambda lang: [contract.number, view.vehicle.vin, contract_total, "NT$50000"],
    )
    assert capital_amount_line(price + D("23000"), twd, "zh_TW") in texts["zh_TW"]
    assert "新臺幣伍萬元整" in texts["zh_TW"]  # the deposit in capital numerals
    # AND a reprint is identical to the byte
    first = docs.contract_document(saved.deal_id, language="zh_TW")
    assert docs.contract_document(saved.deal_id, language="zh_TW") == first
    signed_quote = docs.quotation(saved.deal_id, language="zh_TW")
    signed_comparison = docs.payment_comparison(saved.deal_id, language="zh_TW")

    # WHEN the deposit is receipted THEN the amount in capital numerals matches the figure
    receipt = services.contracts.issue_deposit_receipt(
        contract.contract_id, method="transfer", reference="TX-20261120"
    )
    assert receipt.number == "RC-2026-000001" and receipt.amount == D("50000")
    texts = _print_everywhere(
        "tw-receipt",
        "deposit_receipt",
        lambda lang: docs.deposit_receipt(saved.deal_id, language=lang),
        lambda lang: [receipt.number, contract.number, "NT$50000", "6789", "TX-20261120"],
    )
    assert capital_amount_line(D("50000"), twd, "zh_TW") == "新臺幣伍萬元整"
    for lang in ("zh_TW", "zh_TW+en", "en"):  # an English receipt keeps the capital numerals
        assert "新臺幣伍萬元整" in texts[lang], lang
    assert capital_amount_line(D("50000"), twd, "zh_CN") in texts["zh_CN"]  # 新台币伍万元整

    # AND the order confirmation shows the car, the options and the balance
    _print_everywhere(
        "tw-order",
        "order",
        lambda lang: docs.order_confirmation(saved.deal_id, language=lang),
        lambda lang: [
            contract.number,
            view.vehicle.vin,
            "行車紀錄器",
            _digits(contract_total_amount, twd),
            _digits(contract_total_amount - D("50000"), twd),
        ],
    )

    # WHEN the delivery is scheduled, the PDI passes and is signed, the handover recorded
    services.delivery.schedule(saved.deal_id, DELIVERED_AT, today=SIGNED)
    services.delivery.save_pdi(saved.deal_id, _all_ok_pdi(Powertrain.ICE))
    pdi = services.delivery.sign_off_pdi(saved.deal_id, "陳師傅", PDI_AT, quality_checker="林品管")
    assert pdi.pdi_pending == () and pdi.pdi_signed_at == PDI_AT
    services.delivery.save_handover(
        saved.deal_id, _complete_handover(Region.TW, Powertrain.ICE, settled=True)
    )
    # THEN another car's VIN is refused at delivery (hard), the contract's VIN accepted
    with services.db.read() as s:
        other_vin = s.scalars(
            select(StockVehicle.vin).where(StockVehicle.id != unit_id).order_by(StockVehicle.id)
        ).first()
    _details, warnings = services.delivery.set_vehicle_details(
        saved.deal_id, vin=other_vin, plate="BKE-1234", odometer=12, service_advisor="李服務"
    )
    assert [w.code for w in warnings] == ["vin_mismatch"]
    with pytest.raises(ValidationErrors) as wrong:
        services.delivery.mark_delivered(saved.deal_id, delivered_at=DELIVERED_AT)
    assert "vin" in {e.field for e in wrong.value.errors}
    delivery, warnings = services.delivery.set_vehicle_details(
        saved.deal_id, vin=view.vehicle.vin, plate="BKE-1234", odometer=12,
        service_advisor="李服務",
    )  # fmt: skip
    assert warnings == () and delivery.vin == delivery.contract_vin == view.vehicle.vin
    assert delivery.contract_max_odometer_km == 50 and delivery.odometer == 12
    assert services.delivery.check(saved.deal_id, delivered_at=DELIVERED_AT).warnings == ()

    # WHEN the car is marked delivered THEN the sale closes everywhere at once
    _deliver_and_check_archive(services, saved.deal_id, customer_id, unit_id, Region.TW)

    # AND the delivery confirmation and the certificate print in every language
    plain_name = re.sub(r"\s+", "", customer_name)
    _print_everywhere(
        "tw-delivery-confirmation",
        "delivery",
        lambda lang: docs.delivery_confirmation(saved.deal_id, language=lang),
        lambda lang: [
            contract.number,
            view.vehicle.vin,
            "BKE-1234",
            "陳師傅",
            "李服務",
            plain_name,
        ],
    )
    _print_everywhere(
        "tw-certificate",
        "certificate",
        lambda lang: docs.delivery_certificate(saved.deal_id, language=lang),
        lambda lang: [plain_name, view.vehicle.vin, "BKE-1234", "李服務"],
    )
    # AND the signed contract, the quotation it was signed on and the payment comparison
    # still reprint identically after delivery changed the deal record
    assert docs.contract_document(saved.deal_id, language="zh_TW") == first
    assert docs.quotation(saved.deal_id, language="zh_TW") == signed_quote
    assert docs.payment_comparison(saved.deal_id, language="zh_TW") == signed_comparison


# -- 2. a loan deal in mainland China -------------------------------------------------------------


def test_a_loan_deal_in_mainland_china_from_quote_to_delivery_certificate(
    cn_services: Services,
) -> None:
    services = cn_services
    docs = _documents(services)
    cny = Currency.CNY
    # GIVEN an open opportunity and a free BEV in the NEV relief catalogue
    opp_id, customer_id, customer_name = _open_opportunity(services)
    unit_id = _free_unit(services, Powertrain.BEV, Trim.msrp > D("200000"), Trim.msrp < D("230000"))
    view = services.deals.open_deal(opp_id, "e2e-loan", stock_vehicle_id=unit_id)
    assert _unit_status(services, unit_id) == StockStatus.RESERVED.value
    msrp = view.inputs.msrp
    assert view.inputs.vehicle is not None
    vehicle = dataclasses.replace(
        view.inputs.vehicle, nev_relief_eligible=True, nev_vessel_tax_exempt=True
    )

    # WHEN the price comes to ¥200,000 with two loans: bank A (equal instalment 4 %, 36 months
    # on ¥100,000) and a "0 % + fee" plan B (fee ¥6,000 paid up front), 定金 20 %
    loan_a = LoanOffer("中国银行", D("100000"), RepaymentMethod.EQUAL_INSTALMENT, 36, D("4"))
    loan_b = LoanOffer(
        "厂家金融", D("100000"), RepaymentMethod.ZERO_PLUS_FEE, 36, D("0"), fee=D("6000"),
        fee_timing=FeeTiming.UPFRONT,
    )  # fmt: skip
    inputs = dataclasses.replace(
        view.inputs,
        discount=msrp - D("200000"),
        vehicle=vehicle,
        accessories=(PricedItem("脚垫及贴膜", D("3000"), D("1200")),),
        service_fees=(ServiceFee("上牌服务费", D("800"), optional=True, pass_through=D("125")),),
        insurance=(
            InsuranceLine("交强险", D("950"), compulsory=True),
            InsuranceLine("商业险", D("5000"), D("15")),
        ),
        loans=(loan_a, loan_b),
        selected_plan=1,
        tax_date=REGISTERED,
    )
    contract_price = D("200000") + D("3000") + D("800")
    earnest = (contract_price * D("0.20")).quantize(D("0.01"))
    saved = services.deals.save_inputs(
        view.deal_id,
        dataclasses.replace(inputs, deposit=Deposit(earnest, DepositKind.EARNEST, SIGNED)),
    )
    # THEN the purchase tax is halved in 2026 (DOMAIN.md §7.5: ¥200,000 → ¥8,849.56)
    lines = _tax_lines(saved)
    purchase = lines["cn.purchase_tax"]
    domain_tax = cn_purchase_tax(D("200000"), REGISTERED, services.deals.rules_table(),
                                 nev_relief_eligible=True)  # fmt: skip
    assert D(purchase["amount"]) == domain_tax.amount == D("8849.56")
    assert D(purchase["base"]) == D("176991.15") and D(purchase["full_amount"]) == D("17699.12")
    assert lines["cn.vehicle_vessel_tax"]["exempt"] is True
    assert D(lines["cn.vehicle_vessel_tax"]["amount"]) == 0
    # AND the on-the-road total is exactly the sum of its parts
    total = D("200000") + D("3000") + D("800") + D("8849.56") + D("950") + D("5000")
    assert _money(saved, "on_the_road_total") == total == D("218599.56")
    assert _money(saved, "contract_total") == contract_price
    assert saved.saved_figures["deposit_check"]["exceeded"] is False  # exactly 20 %
    # AND loan A is DOMAIN.md §7.1 (P 100,000, 4 %, 36 months), loan B has a true APR
    cash, plan_a, plan_b = saved.saved_figures["scenarios"]
    assert cash["is_cash"] and D(cash["total_cost"]) == total
    assert D(plan_a["financed_amount"]) == D("100000")
    assert D(plan_a["monthly_payment"]) == D("2952.40")
    assert D(plan_a["total_interest"]) == D("6286.35")
    assert D(plan_b["monthly_payment"]) == D("2777.78") and D(plan_b["total_interest"]) == 0
    assert D(plan_b["total_fees"]) == D("6000")
    apr_b = D(plan_b["apr"])
    assert apr_b > 0 and (apr_b * 100).quantize(D("0.01")) == D("4.06")  # §7.4
    # the total cost of each plan: the price to pay, plus the loan's interest and fees
    for plan in (plan_a, plan_b):
        assert D(plan["total_cost"]) == total + D(plan["total_interest"]) + D(plan["total_fees"])
    assert (D(plan_a["total_cost"]), D(plan_b["total_cost"])) == (D("224885.91"), D("224599.56"))
    assert saved.approval.cleared  # the administrator's own discount

    # WHEN 定金 of 25 % is entered THEN it is refused without a reason, accepted with one
    over = (contract_price * D("0.25")).quantize(D("0.01"))
    too_much = Deposit(over, DepositKind.EARNEST, SIGNED)
    with pytest.raises(ValidationErrors) as refused:
        services.deals.save_inputs(view.deal_id, dataclasses.replace(inputs, deposit=too_much))
    assert [e.field for e in refused.value.errors] == ["deposit.override_reason"]
    reason = "客户要求锁定现车，超出部分按订金处理"
    saved = services.deals.save_inputs(
        view.deal_id,
        dataclasses.replace(inputs, deposit=dataclasses.replace(too_much, override_reason=reason)),
    )
    assert saved.saved_figures["deposit_check"]["exceeded"] is True
    assert D(saved.saved_figures["deposit_check"]["cap_amount"]) == earnest

    # THEN the quotation, the comparison and the schedules print the same figures
    scenario_texts = ["2952.40", "6286.35", "2777.78", "4.06"]
    _print_everywhere_cn(
        "cn-quotation",
        "quotation",
        lambda lang: docs.quotation(saved.deal_id, language=lang),
        lambda lang: ["8849.56", "218599.56", "200000.00", "2952.40", "224885.91", "上牌服务费"],
    )
    _print_everywhere_cn(
        "cn-payment-comparison",
        "comparison",
        lambda lang: docs.payment_comparison(saved.deal_id, language=lang),
        lambda lang: ["中国银行", "厂家金融", "224885.91", "224599.56", *scenario_texts],
    )
    schedule_texts = ["2952.40", "6286.35", "106286.35", "333.33", "2619.07", "97380.93", "9.81"]
    _print_everywhere_cn(
        "cn-schedule-a",
        "schedule",
        lambda lang: docs.repayment_schedule(saved.deal_id, 1, language=lang),
        lambda lang: ["中国银行", *schedule_texts],
    )
    _print_everywhere_cn(
        "cn-schedule-b",
        "schedule",
        lambda lang: docs.repayment_schedule(saved.deal_id, 2, language=lang),
        lambda lang: ["厂家金融", "2777.78", "6000.00", "4.06"],
    )

    # WHEN the contract is signed (no review period in mainland China)
    form = ContractForm(
        buyer_name=customer_name,
        id_number="11010519491231002X",
        buyer_address="北京市朝阳区建国路 88 号",
        buyer_phone="138 0013 8000",
        sign_date=SIGNED,
        delivery_date=DELIVERED_AT.date(),
        delivery_place="本店交车区",
    )
    contract = services.contracts.create_contract(saved.deal_id, form)
    # THEN it carries the loan, the deposit over the cap and its reason
    assert contract.number == "SC-2026-000001"
    assert contract.deposit_amount == over and contract.override_reason == reason
    assert contract.snapshot["payment_method"] == "loan"
    assert D(contract.snapshot["loan_amount"]) == D("100000")
    assert contract.snapshot["deposit"]["kind"] == "earnest"
    assert contract.snapshot["deposit"]["override_reason"] == reason
    vin = view.vehicle.vin
    texts = _print_everywhere_cn(
        "cn-contract",
        "cn_contract",
        lambda lang: docs.contract_document(saved.deal_id, language=lang),
        lambda lang: [contract.number, vin, "203800.00", _digits(over, cny), "100000.00"],
    )
    assert capital_amount_line(contract_price, cny, "zh_CN") in texts["zh_CN"]
    first = docs.contract_document(saved.deal_id, language="zh_CN")
    assert docs.contract_document(saved.deal_id, language="zh_CN") == first

    receipt = services.contracts.issue_deposit_receipt(contract.contract_id, method="card")
    assert receipt.amount == over
    texts = _print_everywhere_cn(
        "cn-receipt",
        "earnest_receipt",
        lambda lang: docs.deposit_receipt(saved.deal_id, language=lang),
        lambda lang: [receipt.number, contract.number, _digits(over, cny), "002X"],
    )
    words = capital_amount_line(over, cny, "zh_CN")
    assert words == "人民币伍万零玖佰伍拾元整"
    assert words in texts["zh_CN"]
    assert capital_amount_line(over, cny, "zh_TW") in texts["zh_TW"]
    assert "定金" in texts["zh_CN"]
    _print_everywhere_cn(
        "cn-order",
        "order",
        lambda lang: docs.order_confirmation(saved.deal_id, language=lang),
        lambda lang: [contract.number, vin, "脚垫及贴膜", _digits(contract_price, cny)],
    )

    # WHEN the delivery is prepared before the loan is paid out
    services.delivery.schedule(saved.deal_id, DELIVERED_AT, today=SIGNED)
    services.delivery.save_pdi(saved.deal_id, _all_ok_pdi(Powertrain.BEV))
    services.delivery.sign_off_pdi(saved.deal_id, "张技师", PDI_AT, quality_checker="刘质检")
    services.delivery.save_handover(
        saved.deal_id, _complete_handover(Region.CN, Powertrain.BEV, settled=True)
    )
    _view, warnings = services.delivery.set_vehicle_details(
        saved.deal_id, vin=vin, plate="京AD12345", odometer=8, service_advisor="赵顾问"
    )
    assert warnings == ()
    # THEN the desk warns that the loan is not disbursed (the contract says loan)
    check = services.delivery.check(saved.deal_id, delivered_at=DELIVERED_AT)
    assert check.errors == () and [w.code for w in check.warnings] == ["loan_open"]

    # WHEN the loan application goes to the lender with the quoted terms
    application = services.finance.create_application(saved.deal_id, 1, "中国银行", "新车贷款")
    assert application.principal == D("100000")
    assert application.monthly_payment == D("2952.40")
    assert application.total_interest == D("6286.35")
    services.finance.set_documents(
        application.application_id,
        {"id_document": True, "income_proof": True, "bank_statements": True,
         "address_proof": True, "credit_consent": True},
    )  # fmt: skip
    for status in ("submitted", "approved", "signed"):
        application = services.finance.set_status(application.application_id, status)
        # THEN until it is disbursed, delivering needs the warning acknowledged
        with pytest.raises(DeliveryWarnings) as warned:
            services.delivery.mark_delivered(saved.deal_id, delivered_at=DELIVERED_AT)
        assert [w.code for w in warned.value.warnings] == ["loan_open"]
    application = services.finance.set_status(application.application_id, "disbursed")
    assert [h.status_to for h in application.history] == [
        "draft", "submitted", "approved", "signed", "disbursed",
    ]  # fmt: skip
    assert services.delivery.check(saved.deal_id, delivered_at=DELIVERED_AT).warnings == ()
    _print_everywhere_cn(
        "cn-application-schedule",
        "schedule",
        lambda lang: docs.application_schedule(application.application_id, language=lang),
        lambda lang: ["中国银行", *schedule_texts],
    )

    # WHEN the car is marked delivered THEN the sale closes everywhere at once
    _deliver_and_check_archive(services, saved.deal_id, customer_id, unit_id, Region.CN)
    plain_name = re.sub(r"\s+", "", customer_name)
    _print_everywhere_cn(
        "cn-delivery-confirmation",
        "delivery",
        lambda lang: docs.delivery_confirmation(saved.deal_id, language=lang),
        lambda lang: [contract.number, vin, "京AD12345", "张技师", "赵顾问", plain_name],
    )
    _print_everywhere_cn(
        "cn-certificate",
        "certificate",
        lambda lang: docs.delivery_certificate(saved.deal_id, language=lang),
        lambda lang: [plain_name, vin, "京AD12345", "赵顾问"],
    )
    assert docs.contract_document(saved.deal_id, language="zh_CN") == first


# -- 4. saving twice -----------------------------------------------------------------------------


def test_saving_the_same_deal_twice_with_one_request_token_makes_one_deal(
    demo_services: Services,
) -> None:
    services = demo_services
    opp_id, _customer, _name = _open_opportunity(services)
    unit_id = _free_unit(services, Powertrain.ICE)
    with services.db.read() as s:
        before = s.scalar(select(func.count()).select_from(Deal))
    # WHEN "save" arrives twice with the same request token (a double click, a retry)
    first = services.deals.open_deal(opp_id, "e2e-double", stock_vehicle_id=unit_id)
    second = services.deals.open_deal(opp_id, "e2e-double", stock_vehicle_id=unit_id)
    inputs = dataclasses.replace(first.inputs, discount=D("10000"), tax_date=REGISTERED)
    saved_once = services.deals.save_inputs(first.deal_id, inputs)
    saved_twice = services.deals.save_inputs(second.deal_id, inputs)
    # THEN there is one deal, one reserved unit, one version of its figures
    with services.db.read() as s:
        after = s.scalar(select(func.count()).select_from(Deal))
    assert first.deal_id == second.deal_id and after == (before or 0) + 1
    assert _unit_status(services, unit_id) == StockStatus.RESERVED.value
    assert saved_twice.version == saved_once.version
    assert saved_twice.saved_figures == saved_once.saved_figures
