"""Loan applications (DOMAIN.md §4.7): the terms quoted on the deal, the status machine
draft → submitted → approved / conditional / rejected → signed → disbursed, the history and
the document checklist."""

from __future__ import annotations

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

from showroom_app.domain.enums import Region, RepaymentMethod
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.services.container import Services


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
