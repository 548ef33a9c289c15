"""The deal desk service (issue 6, item 1): idempotent creation, the stock unit, saving with
the dealership's rules, discount approval, costs for managers only, and DOMAIN.md §7's worked
examples reached through a saved deal — GIVEN / WHEN / THEN."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
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
from sqlalchemy import func, select

from showroom_app.db.models import Approval, AuditEntry, Deal, StockVehicle
from showroom_app.domain.deal import Deposit, InsuranceLine, PricedItem, ServiceFee
from showroom_app.domain.enums import (
    DepositKind,
    OpportunityStatus,
    Powertrain,
    Region,
    RepaymentMethod,
    Role,
    StockStatus,
)
from showroom_app.domain.errors import (
    PermissionDenied,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.finance_scenarios import LoanOffer
from showroom_app.domain.taxes import TaxVehicle
from showroom_app.services.container import Services


@pytest.fixture(autouse=True)
def trap_floats() -> Iterator[None]:
    yield from trapped_floats()


def test_float_trap_is_active() -> None:
    with pytest.raises(Exception, match="FloatOperation"):
        D("1.5") < 2.5  # noqa: B015


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


@pytest.fixture
def hk(tmp_path: Path) -> Iterator[Services]:
    db = region_database(tmp_path, Region.HK)
    yield desk(db)
    db.dispose()


def _deals(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Deal)) or 0)


def _approvals(services: Services) -> list[Approval]:
    with services.db.read() as s:
        return list(s.scalars(select(Approval).where(Approval.kind == "discount")))


def _new_deal(services: Services, *, token: str = "t-1", skip: int = 0, unit: int | None = None):
    opp = open_opportunity(services, skip=skip)
    unit_id = unit if unit is not None else free_units(services, 1)[0]
    return services.deals.open_deal(opp, token, stock_vehicle_id=unit_id)


# -- idempotent creation ------------------------------------------------------------------------


def test_a_double_click_creates_one_deal(tw: Services) -> None:
    # GIVEN an open opportunity and a free unit
    opp = open_opportunity(tw)
    unit = free_units(tw, 1)[0]
    # WHEN "start the deal" arrives twice with the same request token
    first = tw.deals.open_deal(opp, "req-42", stock_vehicle_id=unit)
    second = tw.deals.open_deal(opp, "req-42", stock_vehicle_id=unit)
    # THEN there is one deal, with the unit reserved for it
    assert first.deal_id == second.deal_id
    assert _deals(tw) == 1
    assert unit_status(tw, unit) == StockStatus.RESERVED.value
    # AND another token for the same opportunity finds the same deal (one per opportunity)
    assert tw.deals.open_deal(opp, "req-43", trim_id=first.vehicle.trim_id).deal_id == first.deal_id
    assert _deals(tw) == 1


def test_a_retry_after_an_error_creates_one_deal(tw: Services, monkeypatch) -> None:
    opp = open_opportunity(tw)
    unit = free_units(tw, 1)[0]
    audit = tw.deals._audit
    real = audit.record
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:  # after the deal row was inserted, before the commit
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    # GIVEN the first attempt fails inside its transaction
    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(RuntimeError):
        tw.deals.open_deal(opp, "req-7", stock_vehicle_id=unit)
    # THEN nothing of it was kept: no deal, the unit still for sale
    assert _deals(tw) == 0
    assert unit_status(tw, unit) == StockStatus.IN_STOCK.value
    # WHEN the screen retries with the same token
    monkeypatch.setattr(audit, "record", real)
    view = tw.deals.open_deal(opp, "req-7", stock_vehicle_id=unit)
    again = tw.deals.open_deal(opp, "req-7", stock_vehicle_id=unit)
    # THEN exactly one deal exists
    assert view.deal_id == again.deal_id and _deals(tw) == 1


def test_a_refused_first_attempt_leaves_nothing_behind(tw: Services) -> None:
    opp = open_opportunity(tw)
    with tw.db.read() as s:
        taken = s.scalars(
            select(StockVehicle.id).where(StockVehicle.status == StockStatus.SOLD.value)
        ).first()
    with pytest.raises(ValidationError) as exc:
        tw.deals.open_deal(opp, "req-1", stock_vehicle_id=taken)
    assert exc.value.code == "unit_taken"
    assert _deals(tw) == 0
    assert tw.deals.open_deal(opp, "req-1", stock_vehicle_id=free_units(tw, 1)[0]).deal_id
    assert _deals(tw) == 1


# -- the stock unit -----------------------------------------------------------------------------


def test_the_unit_is_reserved_swapped_and_released_when_lost(tw: Services) -> None:
    first, second = free_units(tw, 2)
    view = _new_deal(tw, unit=first)
    assert unit_status(tw, first) == "reserved"
    # WHEN another unit is picked THEN the first goes back on sale
    view = tw.deals.choose_vehicle(view.deal_id, stock_vehicle_id=second)
    assert view.vehicle.stock_vehicle_id == second
    assert (unit_status(tw, first), unit_status(tw, second)) == ("in_stock", "reserved")
    # WHEN the trim is ordered instead THEN no unit is held
    view = tw.deals.choose_vehicle(view.deal_id, trim_id=view.vehicle.trim_id)
    assert view.vehicle.stock_vehicle_id is None and unit_status(tw, second) == "in_stock"
    # WHEN a unit is held and the opportunity is closed as lost THEN it is released
    view = tw.deals.choose_vehicle(view.deal_id, stock_vehicle_id=first)
    tw.cockpit.close(view.opportunity_id, OpportunityStatus.LOST, "PRICE", note="too dear")
    assert unit_status(tw, first) == "in_stock"
    assert tw.deals.get(view.deal_id).status == "cancelled"
    # AND a reopened opportunity's deal can be worked again
    tw.cockpit.reopen(view.opportunity_id)
    view = tw.deals.choose_vehicle(view.deal_id, stock_vehicle_id=first)
    assert view.status == "draft" and unit_status(tw, first) == "reserved"


def test_an_in_transit_unit_goes_back_in_transit(tw: Services) -> None:
    with tw.db.read() as s:
        unit = s.scalars(
            select(StockVehicle.id).where(StockVehicle.status == StockStatus.IN_TRANSIT.value)
        ).first()
    view = _new_deal(tw, unit=unit)
    tw.deals.choose_vehicle(view.deal_id, trim_id=view.vehicle.trim_id)
    assert unit_status(tw, unit) == "in_transit"


def test_a_unit_reserved_for_one_deal_cannot_be_picked_for_another(tw: Services) -> None:
    unit = free_units(tw, 1)[0]
    _new_deal(tw, unit=unit)
    other = _new_deal(tw, token="t-2", skip=1, unit=free_units(tw, 1)[0])
    with pytest.raises(ValidationError) as exc:
        tw.deals.choose_vehicle(other.deal_id, stock_vehicle_id=unit)
    assert exc.value.code == "unit_taken"


# -- saving ------------------------------------------------------------------------------------


def test_save_keeps_inputs_and_figures_as_text_in_one_record(tw: Services) -> None:
    view = _new_deal(tw)
    inputs = with_inputs(
        view,
        discount=D("20000"),
        accessories=(PricedItem("行車紀錄器", D("8000"), D("5000")),),
        insurance=(InsuranceLine("強制險", D("1100"), compulsory=True),),
        tax_date=date(2026, 7, 1),
    )
    saved = tw.deals.save_inputs(view.deal_id, inputs)
    with tw.db.read() as s:
        row = s.get(Deal, view.deal_id)
        assert row is not None
        assert row.inputs["discount"] == "20000"
        assert row.inputs["accessories"][0] == {
            "name": "行車紀錄器",
            "price": "8000",
            "cost": "5000",
        }
        assert isinstance(row.figures["on_the_road_total"], str)
        assert Decimal(row.figures["on_the_road_total"]) == row.total_on_the_road
        assert row.price == view.inputs.msrp - D("20000")
    assert saved.figures is not None
    assert saved.figures.on_the_road_total == saved.saved_figures["on_the_road_total"] or (
        Decimal(saved.saved_figures["on_the_road_total"]) == saved.figures.on_the_road_total
    )


def test_saving_the_same_input_twice_changes_nothing(tw: Services) -> None:
    view = _new_deal(tw)
    inputs = with_inputs(view, discount=D("15000"))
    first = tw.deals.save_inputs(view.deal_id, inputs)
    with tw.db.read() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
    second = tw.deals.save_inputs(view.deal_id, inputs)
    with tw.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == entries
    assert second.version == first.version
    assert second.saved_figures == first.saved_figures


def test_bad_input_is_refused_whole_and_nothing_is_stored(tw: Services) -> None:
    view = _new_deal(tw)
    before = tw.deals.get(view.deal_id)
    bad = with_inputs(
        view,
        discount=view.inputs.msrp + 1,
        accessories=(PricedItem("", D("-5"), D("0")),),
    )
    with pytest.raises(ValidationErrors) as exc:
        tw.deals.save_inputs(view.deal_id, bad)
    fields = {e.field for e in exc.value.errors}
    assert {"discount", "accessories.0.name", "accessories.0.price"} <= fields
    after = tw.deals.get(view.deal_id)
    assert after.version == before.version and after.inputs == before.inputs


def test_a_stale_version_is_refused(tw: Services) -> None:
    view = _new_deal(tw)
    tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=D("1000")))
    with pytest.raises(StaleRecord):
        tw.deals.save_inputs(
            view.deal_id, with_inputs(view, discount=D("2000")), expected_version=view.version
        )


def test_a_deposit_over_the_cap_needs_a_reason(tw: Services) -> None:
    view = _new_deal(tw)
    too_much = (view.inputs.msrp * D("0.2")).quantize(D("1"))
    deposit = Deposit(too_much, DepositKind.EARNEST, date(2026, 11, 29))
    with pytest.raises(ValidationErrors) as exc:
        tw.deals.save_inputs(view.deal_id, with_inputs(view, deposit=deposit))
    assert exc.value.errors[0].field == "deposit.override_reason"
    reason = dataclasses.replace(deposit, special_order=True, override_reason="限量版")
    saved = tw.deals.save_inputs(view.deal_id, with_inputs(view, deposit=reason))
    assert saved.inputs.deposit is not None
    assert saved.inputs.deposit.override_reason == "限量版"
    assert saved.saved_figures["deposit_check"]["exceeded"] is True


# -- discount approval ----------------------------------------------------------------------------


def test_a_discount_above_the_threshold_waits_for_a_manager(tw: Services) -> None:
    # GIVEN a salesperson's deal (threshold 5 %)
    seller = user(tw, Role.SALESPERSON)
    opp = open_opportunity(tw, assigned_to=seller.id)
    sign_in(tw, Role.SALESPERSON)
    view = tw.deals.open_deal(opp, "t-s", stock_vehicle_id=free_units(tw, 1)[0])
    big = (view.inputs.msrp * D("0.08")).quantize(D("1"))
    # WHEN an 8 % discount is saved
    saved = tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=big))
    # THEN one request waits, and contract and printing are blocked
    assert saved.approval.needed and saved.approval.status == "pending"
    assert saved.approval.requested_by == seller.name
    assert len(_approvals(tw)) == 1
    with pytest.raises(ValidationError) as exc:
        tw.documents.quotation(view.deal_id)
    assert exc.value.code == "approval_required"
    # WHEN the discount is retyped THEN the same request follows it (no pile of requests)
    bigger = big + 1000
    saved = tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=bigger))
    assert saved.approval.requested_discount == bigger and len(_approvals(tw)) == 1
    # AND the salesperson cannot decide it
    with pytest.raises(PermissionDenied):
        tw.deals.decide_discount(view.deal_id, True)
    # WHEN the manager approves
    manager = sign_in(tw, Role.ADMINISTRATOR)
    decided = tw.deals.decide_discount(view.deal_id, True, "ok this month")
    # THEN who and when are recorded, and printing works
    assert decided.approval.status == "approved"
    assert decided.approval.decided_by == manager.name and decided.approval.decided_at
    assert tw.documents.quotation(view.deal_id).startswith(b"%PDF")
    # AND a lower discount stays covered, a higher one needs approval again
    sign_in(tw, Role.SALESPERSON)
    lower = tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=big))
    assert lower.approval.status == "approved" and lower.approval.cleared
    higher = tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=bigger + 1))
    assert higher.approval.status == "pending" and not higher.approval.cleared


def test_a_rejection_needs_a_note_and_a_small_discount_withdraws_the_request(tw: Services) -> None:
    seller = user(tw, Role.SALESPERSON)
    opp = open_opportunity(tw, assigned_to=seller.id)
    sign_in(tw, Role.SALESPERSON)
    view = tw.deals.open_deal(opp, "t-r", stock_vehicle_id=free_units(tw, 1)[0])
    big = (view.inputs.msrp * D("0.1")).quantize(D("1"))
    tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=big))
    sign_in(tw, Role.ADMINISTRATOR)
    with pytest.raises(ValidationError):
        tw.deals.decide_discount(view.deal_id, False, "")
    rejected = tw.deals.decide_discount(view.deal_id, False, "too much")
    assert rejected.approval.status == "rejected" and rejected.approval.note == "too much"
    sign_in(tw, Role.SALESPERSON)
    small = tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=D("1000")))
    assert small.approval.status == "not_needed" and small.approval.cleared


def test_a_managers_own_discount_is_approved_by_them(tw: Services) -> None:
    view = _new_deal(tw)
    big = (view.inputs.msrp * D("0.1")).quantize(D("1"))
    saved = tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=big))
    manager = user(tw, Role.ADMINISTRATOR)
    assert saved.approval.status == "approved"
    assert saved.approval.decided_by == manager.name


def test_the_threshold_is_the_dealerships_setting(tw: Services) -> None:
    policy = tw.app_settings.policy()
    tw.app_settings.save_policy(dataclasses.replace(policy, discount_approval_threshold_pct=10))
    seller = user(tw, Role.SALESPERSON)
    opp = open_opportunity(tw, assigned_to=seller.id)
    sign_in(tw, Role.SALESPERSON)
    view = tw.deals.open_deal(opp, "t-p", stock_vehicle_id=free_units(tw, 1)[0])
    eight = (view.inputs.msrp * D("0.08")).quantize(D("1"))
    assert tw.deals.save_inputs(view.deal_id, with_inputs(view, discount=eight)).approval.cleared


# -- costs and gross profit ------------------------------------------------------------------


def test_a_salesperson_receives_no_gross_profit_and_keeps_the_managers_costs(tw: Services) -> None:
    seller = user(tw, Role.SALESPERSON)
    opp = open_opportunity(tw, assigned_to=seller.id)
    view = tw.deals.open_deal(opp, "t-g", stock_vehicle_id=free_units(tw, 1)[0])
    manager_inputs = with_inputs(
        view, rebate=D("4000"), accessories=(PricedItem("腳踏墊", D("3000"), D("1200")),)
    )
    managed = tw.deals.save_inputs(view.deal_id, manager_inputs)
    assert managed.figures is not None and managed.figures.gross_profit is not None
    cost = managed.inputs.dealer_vehicle_cost
    assert cost is not None
    # WHEN the salesperson opens and saves the deal
    sign_in(tw, Role.SALESPERSON)
    seen = tw.deals.get(view.deal_id)
    # THEN no cost, rebate or gross profit reaches them
    assert seen.inputs.dealer_vehicle_cost is None and seen.inputs.rebate == 0
    assert seen.inputs.accessories[0].cost == 0
    assert seen.figures is not None and seen.figures.gross_profit is None
    assert "gross_profit" not in seen.saved_figures
    assert "gross_profit_net" not in seen.saved_figures
    saved = tw.deals.save_inputs(view.deal_id, with_inputs(seen, discount=D("5000")))
    assert saved.figures is not None and saved.figures.gross_profit is None
    # AND the manager still finds their costs
    sign_in(tw, Role.ADMINISTRATOR)
    back = tw.deals.get(view.deal_id)
    assert back.inputs.dealer_vehicle_cost == cost and back.inputs.rebate == D("4000")
    assert back.inputs.accessories[0].cost == D("1200")
    assert back.saved_figures["gross_profit"] is not None


# -- DOMAIN.md §7 through a saved deal -------------------------------------------------------


@pytest.mark.parametrize(
    ("price", "year", "nev", "payable"),
    [
        ("150000", 2026, False, "13274.34"),
        ("200000", 2025, True, "0.00"),
        ("200000", 2026, True, "8849.56"),
        ("339000", 2026, True, "15000.00"),
        ("400000", 2025, True, "5398.23"),
        ("400000", 2026, True, "20398.23"),
    ],
)
def test_cn_purchase_tax_examples_via_a_saved_deal(cn: Services, price, year, nev, payable) -> None:
    view = _new_deal(cn)
    vehicle = TaxVehicle(Powertrain.BEV if nev else Powertrain.ICE, None if nev else 1498,
                         nev_relief_eligible=nev, nev_vessel_tax_exempt=nev)  # fmt: skip
    saved = cn.deals.save_inputs(
        view.deal_id,
        with_inputs(view, msrp=D(price), discount=D(0), vehicle=vehicle, tax_date=date(year, 3, 1)),
    )
    line = next(x for x in saved.saved_figures["taxes"]["lines"] if x["code"] == "cn.purchase_tax")
    assert Decimal(line["amount"]) == D(payable)


def test_the_gross_profit_example_via_a_saved_deal(cn: Services) -> None:
    # DOMAIN.md §7.8: price 158,000, cost 150,000, rebate 4,000 → deal GP 17,225, 10.65 %
    view = _new_deal(cn)
    inputs = with_inputs(
        view,
        msrp=D("158000"),
        discount=D(0),
        dealer_vehicle_cost=D("150000"),
        rebate=D("4000"),
        accessories=(PricedItem("Floor mats and film", D("3000"), D("1200")),),
        insurance=(InsuranceLine("Commercial insurance", D("5000"), D("15")),),
        service_fees=(ServiceFee("Plate service", D("800"), optional=True, pass_through=D("125")),),
        loans=(
            LoanOffer(
                "Bank",
                D("58000"),
                RepaymentMethod.EQUAL_INSTALMENT,
                36,
                D("4"),
                commission_pct=D("2"),
            ),
        ),
        selected_plan=1,
        tax_date=date(2026, 7, 1),
    )
    saved = cn.deals.save_inputs(view.deal_id, inputs)
    gp = saved.saved_figures["gross_profit"]
    assert Decimal(gp["front"]) == D("8000")
    assert Decimal(gp["backend"]) == D("5225")
    assert Decimal(gp["deal"]) == D("17225")
    assert Decimal(gp["revenue"]) == D("161800")
    assert Decimal(gp["margin_pct"]) == D("10.65")
    # the loan of the same deal: P = 100,000 at 4 % over 36 months (§7.1)
    loan = saved.saved_figures["scenarios"][1]
    assert Decimal(loan["monthly_payment"]) == D("2952.40")
    assert Decimal(loan["total_interest"]) == D("6286.35")


def test_tw_licence_tax_and_fuel_fee_prorated_via_a_saved_deal(tw: Services) -> None:
    view = _new_deal(tw)
    saved = tw.deals.save_inputs(
        view.deal_id,
        with_inputs(view, vehicle=TaxVehicle(Powertrain.ICE, 1998), tax_date=date(2026, 7, 1)),
    )
    lines = {x["code"]: Decimal(x["amount"]) for x in saved.saved_figures["taxes"]["lines"]}
    assert lines["tw.licence_tax"] == D("5661") and lines["tw.fuel_fee"] == D("3131")
    assert Decimal(saved.saved_figures["taxes_total"]) == D("8792")


def test_hk_first_registration_tax_via_a_saved_deal(hk: Services) -> None:
    view = _new_deal(hk)
    saved = hk.deals.save_inputs(
        view.deal_id,
        with_inputs(
            view,
            msrp=D("400000"),
            discount=D(0),
            vehicle=TaxVehicle(Powertrain.ICE, 1998),
            tax_date=date(2026, 7, 1),
        ),
    )
    assert Decimal(saved.saved_figures["taxes_total"]) == D("313000")


def test_a_flat_rate_loan_shows_its_true_apr_via_a_saved_deal(tw: Services) -> None:
    # DOMAIN.md §7.4: 300,000 flat 2.5 % over 60 months → M 5,625, APR ≈ 4.74 %
    view = _new_deal(tw)
    price = view.inputs.msrp
    offer = LoanOffer("Flat", price - D("300000"), RepaymentMethod.FLAT, 60, D("2.5"))
    saved = tw.deals.save_inputs(view.deal_id, with_inputs(view, loans=(offer,)))
    loan = saved.saved_figures["scenarios"][1]
    assert Decimal(loan["monthly_payment"]) == D("5625")
    # "≈ 4.74 %": the IRR is 4.7349 % (the domain tests explain the double rounding)
    assert abs(Decimal(loan["apr"]) * 100 - D("4.74")) <= D("0.01")
    assert Decimal(loan["apr"]) == D("0.0473485468")


def test_an_edited_rule_changes_the_next_recalculation(tw: Services) -> None:
    # GIVEN a deal computed with the shipped fuel-fee table
    view = _new_deal(tw)
    inputs = with_inputs(view, vehicle=TaxVehicle(Powertrain.ICE, 1998), tax_date=date(2026, 7, 1))
    before = tw.deals.save_inputs(view.deal_id, inputs)
    # WHEN a manager retires the licence-tax table on 2026-06-30 and adds a doubled one
    rows = [
        r for r in tw.tax_rules.rules(Region.TW) if r.rule.key == "tw.licence_tax.private_car.bands"
    ]
    row = next(r for r in rows if r.rule.applies_on(date(2026, 7, 1)))
    tw.tax_rules.retire(row.rule_id, date(2026, 6, 30))
    bands = tuple(dataclasses.replace(b, value=b.value * 2) for b in row.rule.value)  # type: ignore[union-attr]
    tw.tax_rules.add(dataclasses.replace(row.rule, value=bands, valid_from=date(2026, 7, 1),
                                         valid_to=None))  # fmt: skip
    # THEN the deal recomputed for 2026-07-01 uses the new table
    after = tw.deals.save_inputs(view.deal_id, dataclasses.replace(inputs, discount=D("1")))
    old = {x["code"]: Decimal(x["amount"]) for x in before.saved_figures["taxes"]["lines"]}
    new = {x["code"]: Decimal(x["amount"]) for x in after.saved_figures["taxes"]["lines"]}
    assert new["tw.licence_tax"] == D("11322") and old["tw.licence_tax"] == D("5661")
