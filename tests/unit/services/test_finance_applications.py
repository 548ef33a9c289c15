"""Loan applications (DOMAIN.md §4.7): the terms quoted on the deal, the status machine
draft → submitted → approved / conditional / rejected → signed → disbursed, the history and
the document checklist."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from deal_helpers import (
    D,
    desk,
    free_units,
    open_opportunity,
    region_database,
    trapped_floats,
    with_inputs,
)
from pypdf import PdfReader
from sqlalchemy import select

from showroom_app.db.models import AuditEntry
from showroom_app.domain.enums import Currency, FeeTiming, Region, RepaymentMethod
from showroom_app.domain.errors import StaleRecord, ValidationError, ValidationErrors
from showroom_app.domain.finance import LoanTerms, build_schedule
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.services.container import Services
from showroom_app.services.finance import ApplicationView


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    yield from trapped_floats()


@pytest.fixture
def tw(tmp_path: Path) -> Iterator[Services]:
    db = region_database(tmp_path, Region.TW, customers=10)
    yield desk(db)
    db.dispose()


def _deal_with_loan(services: Services) -> int:
    opp = open_opportunity(services)
    view = services.deals.open_deal(opp, "fin-1", stock_vehicle_id=free_units(services)[0])
    price = view.inputs.msrp
    offer = LoanOffer("台灣銀行", price - D("100000"), RepaymentMethod.EQUAL_INSTALMENT, 36, D("4"))
    services.deals.save_inputs(view.deal_id, with_inputs(view, loans=(offer,), selected_plan=1))
    return view.deal_id


def test_an_application_takes_the_quoted_terms(tw: Services) -> None:
    deal = _deal_with_loan(tw)
    app = tw.finance.create_application(deal, 1, "台灣銀行", "新車貸款")
    assert (app.principal, app.months, app.annual_rate_pct) == (D("100000"), 36, D("4.000000"))
    assert app.monthly_payment == D("2952")  # TWD: whole dollars (§7.1: 2,952.40)
    assert app.status == "draft" and app.next_statuses == ("submitted",)
    assert [h.status_to for h in app.history] == ["draft"]
    with pytest.raises(ValidationError):
        tw.finance.create_application(deal, 2, "Nobody")


def test_the_status_machine_and_the_checklist(tw: Services) -> None:
    app = tw.finance.create_application(_deal_with_loan(tw), 1, "台灣銀行")
    # submitting needs the customer's consent to the credit check
    with pytest.raises(ValidationError) as exc:
        tw.finance.set_status(app.application_id, "submitted")
    assert exc.value.code == "consent_required"
    app = tw.finance.set_documents(
        app.application_id, {"credit_consent": True, "id_document": True}
    )
    assert app.checklist["credit_consent"] and not app.checklist["income_proof"]
    app = tw.finance.set_status(app.application_id, "submitted")
    # a step that skips the lender's answer is refused
    with pytest.raises(ValidationError) as exc:
        tw.finance.set_status(app.application_id, "disbursed")
    assert exc.value.code == "transition"
    # a rejection needs the lender's reason, and can be corrected and sent again
    with pytest.raises(ValidationError):
        tw.finance.set_status(app.application_id, "rejected")
    app = tw.finance.set_status(app.application_id, "rejected", "income too low")
    app = tw.finance.set_status(app.application_id, "draft")
    for status in ("submitted", "conditional", "signed", "disbursed"):
        app = tw.finance.set_status(app.application_id, status)
    assert app.status == "disbursed" and app.next_statuses == ()
    assert [h.status_to for h in app.history] == [
        "draft", "submitted", "rejected", "draft", "submitted", "conditional", "signed",
        "disbursed",
    ]  # fmt: skip
    assert app.history[2].note == "income too low"
    assert [a.status for a in tw.finance.applications(app.deal_id)] == ["disbursed"]
    with pytest.raises(ValidationError):
        tw.finance.set_documents(app.application_id, {"horoscope": True})


# --- the lender's terms (update_terms) -----------------------------------------------------


def _terms(app: ApplicationView, **changes: object) -> dict[str, object]:
    """The application's terms as ``update_terms`` keywords, with ``changes``."""
    terms: dict[str, object] = {
        "lender": app.lender,
        "product": app.product,
        "method": app.method,
        "principal": app.principal,
        "months": app.months,
        "annual_rate_pct": app.annual_rate_pct,
        "fee": app.fee,
        "fee_timing": app.fee_timing,
        "balloon": app.balloon,
        "expected_version": app.version,
    }
    return {**terms, **changes}


def _pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_the_lenders_terms_replace_the_quoted_ones(tw: Services) -> None:
    app = tw.finance.create_application(_deal_with_loan(tw), 1, "台灣銀行", "新車貸款")
    assert (app.fee_timing, app.last_payment, app.ear_pct) == (
        FeeTiming.UPFRONT, D("2966"), D("4.07"),
    )  # fmt: skip
    before = _pdf_text(tw.documents.application_schedule(app.application_id, language="en"))
    assert "2,952" in before and "36" in before
    # WHEN the lender answers with a higher rate and a shorter term
    new = tw.finance.update_terms(
        app.application_id, **_terms(app, annual_rate_pct=D("5.5"), months=24, fee=D("3000"))
    )
    # THEN the figures are the domain's for the new terms
    assert (new.annual_rate_pct, new.months, new.fee) == (D("5.500000"), 24, D("3000"))
    expected = build_schedule(
        LoanTerms(RepaymentMethod.EQUAL_INSTALMENT, D("100000"), 24, D("5.5"), fee=D("3000")),
        Currency.TWD,
    )
    assert new.monthly_payment == expected.regular_payment == D("4410")
    assert new.last_payment == expected.last_payment
    assert new.total_interest == expected.total_interest
    assert (new.apr_pct, new.ear_pct) == (expected.apr.apr_percent, expected.apr.ear_percent)
    assert new.version > app.version and new.status == "draft"
    assert tw.finance.applications(app.deal_id)[0] == new
    # the audit log names each changed field, old → new (terms are not personal)
    with tw.db.read() as s:
        entries = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "finance_application",
                AuditEntry.entity_id == app.application_id,
                AuditEntry.action == "update",
            )
        ).all()
        changed = {e.field: (e.old_value, e.new_value) for e in entries}
    assert changed == {
        "annual_rate": ("4.000000", "5.500000"),
        "months": ("36", "24"),
        "fee": ("0.00", "3000.00"),
    }
    # the repayment schedule prints the stored terms
    after = _pdf_text(tw.documents.application_schedule(app.application_id, language="en"))
    assert "4,410" in after and "2,952" not in after and after != before
    # unchanged terms change nothing
    same = tw.finance.update_terms(app.application_id, **_terms(new))
    assert same.version == new.version


def test_the_terms_can_change_until_the_loan_contract_is_signed(tw: Services) -> None:
    app = tw.finance.create_application(_deal_with_loan(tw), 1, "台灣銀行")
    app = tw.finance.set_documents(app.application_id, {"credit_consent": True})
    rate = D("4")
    for status in ("submitted", "conditional"):
        app = tw.finance.set_status(app.application_id, status)
        rate += 1
        app = tw.finance.update_terms(app.application_id, **_terms(app, annual_rate_pct=rate))
        assert app.annual_rate_pct == rate and app.terms_editable
    for status in ("signed", "disbursed"):
        app = tw.finance.set_status(app.application_id, status)
        assert not app.terms_editable
        with pytest.raises(ValidationError) as exc:
            tw.finance.update_terms(app.application_id, **_terms(app, months=12))
        assert exc.value.code == "terms_locked"
    assert tw.finance.applications(app.deal_id)[0].months == 36
    # a rejected application is corrected after going back to draft
    other = tw.finance.create_application(app.deal_id, 1, "台新銀行")
    other = tw.finance.set_documents(other.application_id, {"credit_consent": True})
    tw.finance.set_status(other.application_id, "submitted")
    other = tw.finance.set_status(other.application_id, "rejected", "rate too low")
    with pytest.raises(ValidationError):
        tw.finance.update_terms(other.application_id, **_terms(other, months=24))
    other = tw.finance.set_status(other.application_id, "draft")
    assert tw.finance.update_terms(other.application_id, **_terms(other, months=24)).months == 24


def test_wrong_terms_are_refused_field_by_field(tw: Services) -> None:
    app = tw.finance.create_application(_deal_with_loan(tw), 1, "台灣銀行")
    with pytest.raises(ValidationErrors) as exc:
        tw.finance.update_terms(
            app.application_id,
            **_terms(app, lender=" ", months=0, annual_rate_pct=D("-1"), principal=D("100.5")),
        )
    assert {e.field for e in exc.value.errors} == {"lender", "months", "rate", "principal"}
    with pytest.raises(ValidationErrors) as exc:  # a balloon only on a balloon loan
        tw.finance.update_terms(app.application_id, **_terms(app, balloon=D("20000")))
    assert [e.field for e in exc.value.errors] == ["balloon"]
    with pytest.raises(ValidationErrors) as exc:  # spreading the fee: 0 % + fee only
        tw.finance.update_terms(
            app.application_id, **_terms(app, fee=D("500"), fee_timing=FeeTiming.SPREAD)
        )
    assert [e.field for e in exc.value.errors] == ["fee_timing"]
    # a balloon loan with its balloon, and a 0 % + fee loan spreading its fee, are fine
    balloon = tw.finance.update_terms(
        app.application_id,
        **_terms(app, method=RepaymentMethod.BALLOON, balloon=D("30000"), annual_rate_pct=D("3")),
    )
    assert balloon.last_payment > balloon.monthly_payment + D("29000")
    zero = tw.finance.update_terms(
        app.application_id,
        **_terms(
            balloon,
            method=RepaymentMethod.ZERO_PLUS_FEE,
            annual_rate_pct=D("0"),
            balloon=D("0"),
            fee=D("6000"),
            fee_timing=FeeTiming.SPREAD,
        ),
    )
    assert zero.fee_timing is FeeTiming.SPREAD and zero.apr_pct > D("3")
    assert tw.finance.applications(app.deal_id)[0].fee_timing is FeeTiming.SPREAD
    # nothing invalid was saved
    assert tw.finance.applications(app.deal_id)[0].version == zero.version


def test_a_stale_application_is_not_overwritten(tw: Services) -> None:
    app = tw.finance.create_application(_deal_with_loan(tw), 1, "台灣銀行")
    tw.finance.set_documents(app.application_id, {"id_document": True})
    with pytest.raises(StaleRecord):
        tw.finance.update_terms(app.application_id, **_terms(app, months=24))
    assert tw.finance.applications(app.deal_id)[0].months == 36
