"""Contracts, deposit receipts and the deal documents (issue 6, items 4 and 6): numbers from
the sequence, the TW review period, the buyer's ID, deposit caps, template versions, and
reprints identical to the byte — GIVEN / WHEN / THEN."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from deal_helpers import (
    D,
    desk,
    free_units,
    open_opportunity,
    region_database,
    sign_in,
    trapped_floats,
    unit_status,
    user,
    with_inputs,
)
from pypdf import PdfReader
from sqlalchemy import select

from showroom_app.db.models import AuditEntry, Opportunity
from showroom_app.domain.deal import Deposit, PricedItem
from showroom_app.domain.delivery import contract_vehicle
from showroom_app.domain.enums import DepositKind, Region, RepaymentMethod, Role
from showroom_app.domain.errors import (
    PermissionDenied,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.services.container import Services
from showroom_app.services.contracts import TemplateRow
from showroom_app.services.contracts_rules import ContractForm, TemplateTexts
from showroom_app.services.deals import DealView
from showroom_app.services.documents import DocumentService

SIGNED = date(2026, 11, 29)
PRINTED = datetime(2026, 11, 29, 15, 30)


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    yield from trapped_floats()


@pytest.fixture
def tw(tmp_path: Path) -> Iterator[Services]:
    db = region_database(tmp_path, Region.TW)
    yield desk(db)
    db.dispose()


@pytest.fixture
def cn(tmp_path: Path) -> Iterator[Services]:
    db = region_database(tmp_path, Region.CN)
    yield desk(db)
    db.dispose()


def _documents(services: Services) -> DocumentService:
    """Documents printed at a fixed moment, so two renderings can be compared byte for byte."""
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


def _deal(services: Services, skip: int = 0, **changes: object) -> DealView:
    opp = open_opportunity(services, skip=skip)
    view = services.deals.open_deal(opp, f"tok-{skip}", stock_vehicle_id=free_units(services)[0])
    deposit = Deposit(D("30000"), DepositKind.EARNEST, SIGNED)
    inputs = with_inputs(
        view,
        discount=D("10000"),
        accessories=(PricedItem("行車紀錄器", D("8000"), D("5000")),),
        deposit=deposit,
        loans=(LoanOffer("台灣銀行", D("50000"), RepaymentMethod.EQUAL_INSTALMENT, 60, D("2.88")),),
        selected_plan=1,
    )
    return services.deals.save_inputs(view.deal_id, dataclasses.replace(inputs, **changes))  # type: ignore[arg-type]


def _form(**changes: object) -> ContractForm:
    form = ContractForm(
        buyer_name="王小明",
        id_number="A123456789",
        buyer_address="臺北市信義區松仁路 100 號",
        buyer_phone="0912-345-678",
        sign_date=SIGNED,
        review_given_date=date(2026, 11, 25),
        delivery_date=date(2026, 12, 20),
        delivery_place="本公司展示間",
    )
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


# -- creating the contract ------------------------------------------------------------------------


def test_contract_numbers_come_from_the_sequence(tw: Services) -> None:
    first = tw.contracts.create_contract(_deal(tw, 0).deal_id, _form())
    second = tw.contracts.create_contract(_deal(tw, 1).deal_id, _form())
    assert (first.number, second.number) == ("SC-2026-000001", "SC-2026-000002")
    # a second call for the same deal returns the contract already made (a double click)
    again = tw.contracts.create_contract(first.deal_id, _form())
    assert again.contract_id == first.contract_id and again.number == first.number


def test_a_refused_contract_uses_no_number(tw: Services) -> None:
    deal = _deal(tw)
    with pytest.raises(ValidationErrors):
        tw.contracts.create_contract(deal.deal_id, _form(id_number="A123456780"))
    assert tw.contracts.create_contract(deal.deal_id, _form()).number == "SC-2026-000001"


def test_the_tw_review_period_is_at_least_three_days(tw: Services) -> None:
    deal = _deal(tw)
    for given in (date(2026, 11, 27), None):
        with pytest.raises(ValidationErrors) as exc:
            tw.contracts.create_contract(deal.deal_id, _form(review_given_date=given))
        assert [e.field for e in exc.value.errors] == ["review_given_date"]
    # two days are refused (above), exactly three accepted
    made = tw.contracts.create_contract(deal.deal_id, _form(review_given_date=date(2026, 11, 26)))
    assert made.review_given_date == date(2026, 11, 26)


def test_the_review_period_is_not_required_outside_taiwan(cn: Services) -> None:
    deal = _deal(cn)
    made = cn.contracts.create_contract(
        deal.deal_id, _form(id_number="11010519491231002X", review_given_date=None)
    )
    assert made.number.startswith("SC-")


def test_the_buyers_id_is_validated(tw: Services) -> None:
    deal = _deal(tw)
    with pytest.raises(ValidationErrors) as exc:
        tw.contracts.create_contract(deal.deal_id, _form(id_number="A123456780", buyer_name=" "))
    assert {e.field for e in exc.value.errors} == {"id_number", "buyer_name"}
    company = _form(company=True, id_number="04595257", representative="王董事長")
    assert tw.contracts.create_contract(deal.deal_id, company).snapshot["buyer"]["company"]


def test_a_deposit_over_the_cap_needs_a_reason_which_the_contract_keeps(tw: Services) -> None:
    deal = _deal(tw)
    big = (deal.inputs.msrp * D("0.15")).quantize(D("1"))
    deposit = Deposit(big, DepositKind.EARNEST, SIGNED)
    with pytest.raises(ValidationErrors):
        tw.deals.save_inputs(deal.deal_id, with_inputs(deal, deposit=deposit))
    reason = dataclasses.replace(deposit, special_order=True, override_reason="客製化訂單")
    tw.deals.save_inputs(deal.deal_id, with_inputs(deal, deposit=reason))
    made = tw.contracts.create_contract(deal.deal_id, _form())
    assert made.override_reason == "客製化訂單" and made.deposit_amount == big
    assert made.snapshot["deposit"]["override_reason"] == "客製化訂單"


def test_a_contract_waits_for_the_discount_approval(tw: Services) -> None:
    seller = user(tw, Role.SALESPERSON)
    opp = open_opportunity(tw, assigned_to=seller.id)
    sign_in(tw, Role.SALESPERSON)
    view = tw.deals.open_deal(opp, "tok-a", stock_vehicle_id=free_units(tw)[0])
    big = (view.inputs.msrp * D("0.1")).quantize(D("1"))
    tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=big))
    with pytest.raises(ValidationErrors) as exc:
        tw.contracts.create_contract(view.deal_id, _form())
    assert "approval_required" in {e.code for e in exc.value.errors}
    sign_in(tw, Role.ADMINISTRATOR)
    tw.deals.decide_discount(view.deal_id, True)
    sign_in(tw, Role.SALESPERSON)
    assert tw.contracts.create_contract(view.deal_id, _form()).number


def test_the_contract_closes_the_deal_and_wins_the_opportunity(tw: Services) -> None:
    deal = _deal(tw)
    made = tw.contracts.create_contract(deal.deal_id, _form())
    after = tw.deals.get(deal.deal_id)
    assert after.status == "contracted" and after.contract_no == made.number
    with tw.db.read() as s:
        opp = s.get(Opportunity, deal.opportunity_id)
        assert opp is not None and (opp.status, opp.intent_level) == ("WON", "O")
    with pytest.raises(ValidationError):
        tw.deals.save_inputs(deal.deal_id, with_inputs(deal, discount=D("1")))
    # the unit stays reserved for delivery, which reads the contract's VIN and odometer limit
    assert unit_status(tw, deal.vehicle.stock_vehicle_id or 0) == "reserved"
    terms = contract_vehicle(made.snapshot)
    assert terms.vin == deal.vehicle.vin and terms.max_odometer_km == 50


# -- templates ----------------------------------------------------------------------------------


def test_editing_clauses_makes_a_new_version_and_old_contracts_keep_theirs(tw: Services) -> None:
    deal = _deal(tw)
    made = tw.contracts.create_contract(deal.deal_id, _form())
    docs = _documents(tw)
    original = docs.contract_document(deal.deal_id)
    v1 = tw.contracts.templates(Region.TW)[0]
    assert v1.version == 1 and made.template_version == 1
    clauses = [("特別條款", "本契約之新條款文字。"), *v1.clauses["zh_TW"]]
    sign_in(tw, Role.SALESPERSON)
    with pytest.raises(PermissionDenied):
        tw.contracts.save_clauses(Region.TW, "zh_TW", clauses)
    sign_in(tw, Role.ADMINISTRATOR)
    v2 = tw.contracts.save_clauses(Region.TW, "zh_TW", clauses)
    assert v2.version == 2 and v2.clauses["zh_TW"][0] == clauses[0]
    assert v2.clauses["en"] == v1.clauses["en"]
    # THEN the signed contract still prints with version 1, identical to the byte
    assert docs.contract_document(deal.deal_id) == original
    assert "本契約之新條款文字" not in _text(original)
    # AND a new contract uses version 2
    later = tw.contracts.create_contract(_deal(tw, 1).deal_id, _form())
    assert later.template_version == 2
    with pytest.raises(ValidationErrors):
        tw.contracts.save_clauses(Region.TW, "zh_TW", [])


# -- receipts and documents ---------------------------------------------------------------------


def test_the_deposit_receipt_has_its_own_number(tw: Services) -> None:
    deal = _deal(tw)
    made = tw.contracts.create_contract(deal.deal_id, _form())
    receipt = tw.contracts.issue_deposit_receipt(
        made.contract_id, method="transfer", reference="TX9"
    )
    assert receipt.number == "RC-2026-000001" and receipt.amount == D("30000")
    assert tw.contracts.issue_deposit_receipt(made.contract_id).receipt_id == receipt.receipt_id
    text = _text(_documents(tw).deposit_receipt(deal.deal_id))
    assert "RC-2026-000001" in text and "新臺幣參萬元整" in text and "6789" in text
    assert made.snapshot["quote_no"] in text  # the quotation the buyer signed on


def test_the_quotation_keeps_its_number_once_signed(tw: Services) -> None:
    deal = _deal(tw)
    before = _text(_documents(tw).quotation(deal.deal_id))
    number = re.search(r"QT-\d{4}-\d{6}-\d{2}", before)
    assert number is not None
    made = tw.contracts.create_contract(deal.deal_id, _form())
    assert made.snapshot["quote_no"] == number.group(0)
    assert number.group(0) in _text(_documents(tw).quotation(deal.deal_id))


def test_every_document_reprints_identically_and_is_audited(tw: Services) -> None:
    deal = _deal(tw)
    made = tw.contracts.create_contract(deal.deal_id, _form())
    tw.contracts.issue_deposit_receipt(made.contract_id)
    docs = _documents(tw)
    renders = {
        "quotation": lambda: docs.quotation(deal.deal_id),
        "payment_comparison": lambda: docs.payment_comparison(deal.deal_id, language="en"),
        "repayment_schedule": lambda: docs.repayment_schedule(deal.deal_id, 1),
        "contract": lambda: docs.contract_document(deal.deal_id, bilingual=True),
        "deposit_receipt": lambda: docs.deposit_receipt(deal.deal_id, language="zh_CN"),
        "order_confirmation": lambda: docs.order_confirmation(deal.deal_id, paper="Letter"),
    }
    for name, render in renders.items():
        first, second = render(), render()
        assert first == second, name
        assert first.startswith(b"%PDF"), name
    with tw.db.read() as s:
        prints = list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == "print", AuditEntry.entity == "deal")
            )
        )
    documents = [p.detail for p in prints]
    for name in renders:
        assert sum(f'"document": "{name}"' in d for d in documents) == 2, name
    assert all('"sha256": "' in d for d in documents)
    assert not any("王小明" in d or "A123456789" in d for d in documents)


def test_the_printed_figures_are_the_saved_ones(tw: Services) -> None:
    deal = _deal(tw)
    text = _text(_documents(tw).quotation(deal.deal_id))
    total = deal.saved_figures["on_the_road_total"]
    assert f"NT${int(D(total)):,}" in text
    assert "台灣銀行" in text and "2.88%" in text
    # the contract shows the masked ID unless the full one is asked for with the PIN
    tw.contracts.create_contract(deal.deal_id, _form())
    masked = _text(_documents(tw).contract_document(deal.deal_id))
    assert "A12****789" in masked and "A123456789" not in masked
    full = _text(_documents(tw).contract_document(deal.deal_id, full_id=True))
    assert "A123456789" in full


def test_printing_waits_for_complete_figures(tw: Services) -> None:
    opp = open_opportunity(tw)
    view = tw.deals.open_deal(opp, "tok-x", stock_vehicle_id=free_units(tw)[0])
    with pytest.raises(ValidationError) as exc:
        _documents(tw).contract_document(view.deal_id)
    assert exc.value.code == "no_contract"
    with pytest.raises(ValidationError):
        _documents(tw).repayment_schedule(view.deal_id, 1)


# -- saving a whole template version (name, title, clauses in every language) --------------------


def _texts(row: TemplateRow, lang: str, **changes: object) -> TemplateTexts:
    texts = TemplateTexts(row.names[lang], row.titles[lang], tuple(row.clauses[lang]))
    return dataclasses.replace(texts, **changes)  # type: ignore[arg-type]


def test_two_languages_edited_are_one_new_version_and_old_contracts_keep_theirs(
    tw: Services,
) -> None:
    # GIVEN a contract signed on version 1, printed once
    deal = _deal(tw)
    tw.contracts.create_contract(deal.deal_id, _form())
    docs = _documents(tw)
    original = docs.contract_document(deal.deal_id)
    v1 = tw.contracts.templates(Region.TW)[0]
    assert v1.names["zh_TW"] and v1.titles["en"] == "Vehicle purchase contract"
    # WHEN zh_TW's title and a clause, English's name, the ROC flag and the review days change
    zh_clauses = (("特別條款", "本契約之新條款文字。"), *v1.clauses["zh_TW"])
    texts = {
        "zh_TW": _texts(v1, "zh_TW", title=" 新車買賣契約書 ", clauses=zh_clauses),
        "en": _texts(v1, "en", name="Standard contract 2027"),
    }
    v2 = tw.contracts.save_template(
        Region.TW, texts, roc_dates=False, review_days=5, base_version=1
    )
    # THEN it is ONE new version holding all of it, saved by the administrator
    assert [r.version for r in tw.contracts.templates(Region.TW)] == [2, 1]
    stored = tw.contracts.templates(Region.TW)[0]
    assert stored == v2 and v2.created_by == tw.session.require_user().name != ""
    assert v2.titles["zh_TW"] == "新車買賣契約書" and v2.clauses["zh_TW"][0] == zh_clauses[0]
    assert v2.names["en"] == "Standard contract 2027" == v2.name
    assert v2.clauses["zh_CN"] == v1.clauses["zh_CN"] and v2.names["zh_CN"] == v1.names["zh_CN"]
    assert (v2.roc_dates, v2.review_days) == (False, 5)
    # AND it is audited once, naming the languages but no text
    with tw.db.read() as s:
        entries = list(
            s.scalars(select(AuditEntry).where(AuditEntry.entity == "contract_template"))
        )
    assert len(entries) == 1 and '"languages": ["en", "zh_TW"]' in (entries[0].detail or "")
    assert "新車買賣契約書" not in (entries[0].detail or "")
    # AND the contract signed before keeps version 1 and reprints identically to the byte
    assert tw.contracts.contract_for_deal(deal.deal_id).template_version == 1  # type: ignore[union-attr]
    assert docs.contract_document(deal.deal_id) == original
    # AND a contract signed now prints the new title, clause and western dates
    later = _deal(tw, 1)
    assert tw.contracts.create_contract(later.deal_id, _form()).template_version == 2
    text = _text(docs.contract_document(later.deal_id))
    assert "新車買賣契約書" in text and "本契約之新條款文字" in text
    assert "民國" not in text and "民國" in _text(original)


def test_a_template_is_refused_field_by_field(tw: Services) -> None:
    v1 = tw.contracts.templates(Region.TW)[0]
    texts = {
        "zh_TW": _texts(v1, "zh_TW", name=" ", clauses=(("條款", "x"), ("條款", ""), (" ", "y"))),
        "en": _texts(v1, "en", title="T" * 201),
    }
    with pytest.raises(ValidationErrors) as exc:
        tw.contracts.save_template(Region.TW, texts, roc_dates=True, review_days=2, base_version=1)
    fields = [e.field for e in exc.value.errors]
    assert fields == [
        "languages.zh_TW.name",
        "languages.zh_TW.clauses.1.text",
        "languages.zh_TW.clauses.2.heading",
        "languages.en.title",
        "review_days",
    ]
    assert exc.value.for_field("review_days").code == "review_period"  # type: ignore[union-attr]
    assert [r.version for r in tw.contracts.templates(Region.TW)] == [1]
    # the legal three days are accepted in Taiwan; elsewhere none, but not more than 30
    ok = tw.contracts.save_template(Region.TW, {}, roc_dates=True, review_days=3, base_version=1)
    assert ok.version == 2 and ok.review_days == 3
    hk = tw.contracts.save_template(Region.HK, {}, roc_dates=False, review_days=0, base_version=1)
    assert hk.review_days == 0
    with pytest.raises(ValidationErrors) as exc:
        tw.contracts.save_template(Region.HK, {}, roc_dates=False, review_days=31, base_version=2)
    assert exc.value.errors[0].code == "range"


def test_a_version_saved_meanwhile_is_stale_and_only_managers_save(tw: Services) -> None:
    v1 = tw.contracts.templates(Region.TW)[0]
    texts = {"en": _texts(v1, "en", name="Mine")}
    tw.contracts.save_clauses(Region.TW, "zh_CN", v1.clauses["zh_CN"][:1])  # another desk
    with pytest.raises(StaleRecord):
        tw.contracts.save_template(Region.TW, texts, roc_dates=True, review_days=3, base_version=1)
    assert [r.version for r in tw.contracts.templates(Region.TW)] == [2, 1]
    sign_in(tw, Role.SALESPERSON)
    with pytest.raises(PermissionDenied):
        tw.contracts.save_template(Region.TW, texts, roc_dates=True, review_days=3, base_version=2)
    manager = sign_in(tw, Role.ADMINISTRATOR)
    v3 = tw.contracts.save_template(Region.TW, texts, roc_dates=True, review_days=3, base_version=2)
    assert v3.version == 3 and v3.names["en"] == "Mine"
    assert v3.clauses["zh_CN"] == v1.clauses["zh_CN"][:1]  # version 2's edit is kept
    assert v3.created_by == manager.name
