"""The sales cockpit's services (issue 5): storage, process versions, the licence gate."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from showroom_app.db.engine import sqlite_url
from showroom_app.db.migrate import alembic_config, upgrade_database
from showroom_app.db.models import AuditEntry, Customer, FollowUpTask, Opportunity, StockVehicle
from showroom_app.domain.cockpit import ItemState, StageStatus, Timeline
from showroom_app.domain.enums import IntentLevel, OpportunityStatus, Role, Stage, TaskKind
from showroom_app.domain.errors import (
    ConfirmationRequired,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.needs import NeedsForm
from showroom_app.domain.process import full_4s
from showroom_app.domain.test_drive import BookingConflict
from showroom_app.services.container import Services, build_services
from showroom_app.services.database import Database, open_database

TODAY = date.today()
SLOT = datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(hour=10)


# -- helpers -----------------------------------------------------------------------------------


def _customer(services: Services, assigned_user_id: int | None = None) -> int:
    with services.db.read() as s:
        q = select(Customer.id).where(Customer.erased_at.is_(None))
        q = q.where(
            Customer.assigned_user_id.is_(None)
            if assigned_user_id is None
            else Customer.assigned_user_id == assigned_user_id
        )
        return int(s.scalars(q.order_by(Customer.id).limit(1)).one())


def _test_car(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(StockVehicle.id).where(StockVehicle.is_test_car.is_(True)).limit(1)
            ).one()
        )


def _salespeople(services: Services) -> list[int]:
    return [u.id for u in services.settings.users() if u.role is Role.SALESPERSON]


def _sign_in(services: Services, user_id: int) -> None:
    services.session.sign_in(next(u for u in services.settings.users() if u.id == user_id))


def _opportunity(services: Services) -> int:
    return services.cockpit.create_opportunity(_customer(services, None), "WALK_IN")


def _ready_drive(services: Services, opp: int, start: datetime = SLOT, **licence: object) -> int:
    customer = services.cockpit.cockpit(opp).customer_id
    drive = services.cockpit.book_test_drive(
        customer, opp, _test_car(services), start, start + timedelta(minutes=30)
    )
    facts: dict[str, object] = {
        "licence_number": "A123456789",
        "licence_class": "普通小型車",
        "licence_expiry": TODAY + timedelta(days=365),
        "first_issue_date": TODAY - timedelta(days=5 * 365),
        "birth_date": date(1990, 5, 1),
    }
    facts.update(licence)
    services.cockpit.check_licence(drive, **facts)  # type: ignore[arg-type]
    return drive


def _audit(services: Services, entity: str, entity_id: int) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id)
            )
        )


# -- migration ---------------------------------------------------------------------------------


def _tables(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_upgrading_a_populated_0003_database_keeps_every_row(
    demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN the populated demo database taken back to revision 0003 (foreign keys off, as
    # the application migrates), with a timeline stored the old way
    path = demo_db.file
    assert path is not None
    with demo_db.write() as s:
        opp = s.scalars(select(Opportunity).limit(1)).one()
        opp.expected_purchase = "<=15d"
        opp_id = opp.id
    with demo_db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003_customer_archive")
        raw.execute("PRAGMA foreign_keys=ON")
    demo_db.dispose()
    before = _tables(path)
    assert "test_drives" not in before and before["opportunities"] > 0

    # WHEN the application opens it
    db = open_database(sqlite_url(path))
    try:
        # THEN it is upgraded, every earlier row is still there, the new tables are empty
        assert db.migration is not None and db.migration.from_revision == "0003_customer_archive"
        after = _tables(path)
        assert {t: after[t] for t in before} == before
        assert after["test_drives"] == after["appointments"] == 0
        with db.read() as s:
            upgraded = s.get(Opportunity, opp_id)
            assert upgraded is not None
            assert upgraded.timeline == "<=15d"
            assert upgraded.needs == {} and upgraded.checklist == {}
            assert upgraded.process_version is None
        assert upgrade_database(db.engine).upgraded is False
    finally:
        db.dispose()


# -- process versions --------------------------------------------------------------------------


def test_an_opportunity_keeps_its_process_version_after_the_process_is_edited(
    demo_services: Services,
) -> None:
    cockpit = demo_services.cockpit
    # GIVEN the default preset, stored as version 1 on first use, and an opportunity on it
    first = cockpit.current_process()
    assert (first.preset, first.version) == ("small_dealer", 1)
    opp = _opportunity(demo_services)

    # WHEN the manager switches to the full 4S SOP
    saved = cockpit.save_process(full_4s())

    # THEN it is a new version; the old opportunity still follows version 1, a new one 2
    assert saved.version == 2 and cockpit.current_process().version == 2
    assert cockpit.process_for(opp).version == 1
    assert cockpit.process_for(opp).cadence == first.cadence
    assert cockpit.cockpit(opp).definition.preset == "small_dealer"
    assert cockpit.process_for(_opportunity(demo_services)).version == 2


def test_only_a_manager_may_change_the_process(demo_services: Services) -> None:
    _sign_in(demo_services, _salespeople(demo_services)[0])
    with pytest.raises(PermissionDenied):
        demo_services.cockpit.save_process(full_4s())


def test_an_invalid_process_is_refused(demo_services: Services) -> None:
    broken = replace(full_4s(), stages=tuple(replace(s, enabled=False) for s in full_4s().stages))
    with pytest.raises(ValidationError):
        demo_services.cockpit.save_process(broken)


# -- checklist and stage status ----------------------------------------------------------------


def test_not_applicable_needs_a_reason(demo_services: Services) -> None:
    opp = _opportunity(demo_services)
    with pytest.raises(ValidationError) as err:
        demo_services.cockpit.set_checklist_item(opp, "sales_kit", ItemState.NOT_APPLICABLE)
    assert err.value.code == "reason_required"
    with pytest.raises(ValidationError):
        demo_services.cockpit.mark_stage_not_applicable(opp, Stage.TEST_DRIVE, "  ")
    assert demo_services.cockpit.cockpit(opp).checklist == {}

    demo_services.cockpit.set_checklist_item(
        opp, "sales_kit", "not_applicable", "customer called, no visit"
    )
    assert demo_services.cockpit.cockpit(opp).checklist["sales_kit"].reason == (
        "customer called, no visit"
    )


def test_an_unknown_checklist_item_is_refused(demo_services: Services) -> None:
    opp = _opportunity(demo_services)
    with pytest.raises(ValidationError):
        demo_services.cockpit.set_checklist_item(opp, "no_such_item", ItemState.DONE)


def _statuses_after(services: Services, steps: list[str]) -> dict[Stage, StageStatus]:
    cockpit = services.cockpit
    opp = _opportunity(services)
    customer = cockpit.cockpit(opp).customer_id
    for step in steps:
        if step == "needs":
            cockpit.save_needs(
                opp,
                NeedsForm(
                    budget_min=Decimal("600000"),
                    budget_max=Decimal("800000"),
                    timeline=Timeline.WITHIN_30_DAYS.value,
                ),
            )
        elif step == "visit":
            cockpit.record_visit(customer)
        elif step == "test_drive_na":
            cockpit.mark_stage_not_applicable(opp, Stage.TEST_DRIVE, "drove one last year")
    return dict(cockpit.cockpit(opp).stages)


def test_derived_stage_status_follows_the_facts_in_any_order(demo_services: Services) -> None:
    forward = _statuses_after(demo_services, ["visit", "needs", "test_drive_na"])
    backward = _statuses_after(demo_services, ["test_drive_na", "needs", "visit"])
    assert forward == backward
    assert forward[Stage.NEEDS_ANALYSIS] is StageStatus.DONE
    assert forward[Stage.TEST_DRIVE] is StageStatus.NOT_APPLICABLE
    assert list(forward.values()).count(StageStatus.SUGGESTED_NEXT) == 1

    nothing = _statuses_after(demo_services, [])
    assert nothing[Stage.NEEDS_ANALYSIS] is not StageStatus.DONE


# -- needs, intent, cadence --------------------------------------------------------------------


def test_saving_needs_suggests_an_intent_level_without_applying_it(
    demo_services: Services,
) -> None:
    opp = _opportunity(demo_services)
    suggested = demo_services.cockpit.save_needs(
        opp, NeedsForm(timeline=Timeline.WITHIN_15_DAYS.value, payment_method="full")
    )
    view = demo_services.cockpit.cockpit(opp)
    assert suggested is IntentLevel.A
    assert view.suggested_intent is IntentLevel.A
    assert view.intent_level is IntentLevel.N
    assert view.facts.pays_by_loan is False
    assert view.needs.timeline == "<=15d"


@pytest.mark.parametrize(
    ("form", "field"),
    [
        (NeedsForm(budget_min=Decimal(900), budget_max=Decimal(100)), "budget_min"),
        (NeedsForm(down_payment_pct=101), "down_payment_pct"),
        (NeedsForm(payment_method="barter"), "payment_method"),
        (NeedsForm(timeline="someday"), "timeline"),
    ],
)
def test_bad_needs_are_refused_and_nothing_is_saved(
    demo_services: Services, form: NeedsForm, field: str
) -> None:
    opp = _opportunity(demo_services)
    with pytest.raises(ValidationErrors) as err:
        demo_services.cockpit.save_needs(opp, form)
    assert err.value.for_field(field) is not None
    assert demo_services.cockpit.cockpit(opp).needs == NeedsForm()


def test_demotion_needs_confirmation_and_every_change_is_audited(
    demo_services: Services,
) -> None:
    cockpit = demo_services.cockpit
    opp = _opportunity(demo_services)
    day = date(2026, 12, 1)
    # small_dealer (Light cadence): H every 7 days, B every 30, N no scheduled follow-up
    assert cockpit.set_intent(opp, IntentLevel.H, today=day) == day + timedelta(days=7)

    with pytest.raises(ConfirmationRequired):
        cockpit.set_intent(opp, IntentLevel.B, today=day)
    assert cockpit.cockpit(opp).intent_level is IntentLevel.H

    assert cockpit.set_intent(opp, "B", confirm_demotion=True, today=day) == day + timedelta(
        days=30
    )
    changes = [
        (e.old_value, e.new_value)
        for e in _audit(demo_services, "opportunity", opp)
        if e.field == "intent_level"
    ]
    assert changes == [("N", "H"), ("H", "B")]

    with demo_services.db.read() as s:
        tasks = list(
            s.scalars(
                select(FollowUpTask).where(
                    FollowUpTask.opportunity_id == opp,
                    FollowUpTask.kind == TaskKind.FOLLOW_UP.value,
                    FollowUpTask.status == "open",
                )
            )
        )
    assert [t.due_date for t in tasks] == [day + timedelta(days=30)]

    assert cockpit.set_intent(opp, IntentLevel.N, confirm_demotion=True, today=day) is None
    assert cockpit.cockpit(opp).next_follow_up is None


def test_the_cadence_follows_the_opportunitys_own_process_version(
    demo_services: Services,
) -> None:
    cockpit = demo_services.cockpit
    old = _opportunity(demo_services)
    cockpit.save_process(full_4s())  # Intensive cadence: H every 2 days
    new = _opportunity(demo_services)
    day = date(2026, 12, 1)
    assert cockpit.set_intent(old, IntentLevel.H, today=day) == day + timedelta(days=7)
    assert cockpit.set_intent(new, IntentLevel.H, today=day) == day + timedelta(days=2)


# -- closing -------------------------------------------------------------------------------------


def test_close_and_reopen(demo_services: Services) -> None:
    cockpit = demo_services.cockpit
    opp = _opportunity(demo_services)
    with pytest.raises(ValidationErrors):
        cockpit.close(opp, OpportunityStatus.LOST, "")  # lost needs a reason
    with pytest.raises(ValidationErrors):
        cockpit.close(opp, OpportunityStatus.POSTPONED, "POSTPONED")  # and a revisit date
    with pytest.raises(ValidationErrors):
        cockpit.close(opp, OpportunityStatus.WON, "OTHER")  # not a closing state here

    cockpit.close(opp, OpportunityStatus.LOST, "COMPETITOR_BRAND", competitor="Model Y")
    assert cockpit.cockpit(opp).status is OpportunityStatus.LOST
    with pytest.raises(ValidationError):
        cockpit.set_intent(opp, IntentLevel.H)

    cockpit.reopen(opp)
    assert cockpit.cockpit(opp).status is OpportunityStatus.OPEN
    with pytest.raises(ValidationError):
        cockpit.reopen(opp)

    revisit = TODAY + timedelta(days=60)
    cockpit.close(opp, "POSTPONED", "POSTPONED", revisit=revisit)
    view = cockpit.cockpit(opp)
    assert view.intent_level is IntentLevel.C and view.next_follow_up == revisit


# -- test drives ---------------------------------------------------------------------------------


def test_a_double_booking_of_the_test_car_is_refused(demo_services: Services) -> None:
    cockpit = demo_services.cockpit
    opp = _opportunity(demo_services)
    customer = cockpit.cockpit(opp).customer_id
    car = _test_car(demo_services)
    first = cockpit.book_test_drive(customer, opp, car, SLOT, SLOT + timedelta(hours=1))

    with pytest.raises(BookingConflict) as err:
        cockpit.book_test_drive(
            customer, opp, car, SLOT + timedelta(minutes=30), SLOT + timedelta(hours=2)
        )
    assert [b.booking_id for b in err.value.clashes] == [first]
    assert SLOT.strftime("%H:%M") in str(err.value)

    # back to back is fine
    cockpit.book_test_drive(
        customer, opp, car, SLOT + timedelta(hours=1), SLOT + timedelta(hours=2)
    )
    with pytest.raises(ValidationError):  # end before start
        cockpit.book_test_drive(customer, opp, car, SLOT, SLOT - timedelta(hours=1))


@pytest.mark.parametrize(
    ("licence", "code"),
    [
        ({"licence_expiry": TODAY - timedelta(days=1)}, "licence_expired"),
        ({"birth_date": TODAY - timedelta(days=17 * 365)}, "under_age"),
        ({"licence_class": "motorcycle"}, "licence_class"),
        ({"first_issue_date": TODAY - timedelta(days=100)}, "licence_experience"),
    ],
)
def test_a_failed_licence_check_blocks_the_drive_without_override(
    demo_services: Services, licence: dict[str, object], code: str
) -> None:
    cockpit = demo_services.cockpit
    drive = _ready_drive(demo_services, _opportunity(demo_services), **licence)
    cockpit.mark_agreement_signed(drive)
    with pytest.raises(ValidationErrors) as err:
        cockpit.start_drive(drive, 1200)
    assert code in [e.code for e in err.value.errors]


def test_the_drive_needs_a_checked_licence_and_a_signed_agreement(
    demo_services: Services,
) -> None:
    cockpit = demo_services.cockpit
    opp = _opportunity(demo_services)
    customer = cockpit.cockpit(opp).customer_id
    unchecked = cockpit.book_test_drive(
        customer, opp, _test_car(demo_services), SLOT, SLOT + timedelta(minutes=30)
    )
    cockpit.mark_agreement_signed(unchecked)
    with pytest.raises(ValidationError) as err:
        cockpit.start_drive(unchecked, 1200)
    assert err.value.code == "licence_unchecked"

    drive = _ready_drive(demo_services, _opportunity(demo_services), SLOT + timedelta(hours=1))
    with pytest.raises(ValidationError) as err:
        cockpit.start_drive(drive, 1200)
    assert err.value.code == "agreement_unsigned"


def test_a_finished_drive_is_recorded_and_feeds_the_cockpit(demo_services: Services) -> None:
    cockpit = demo_services.cockpit
    opp = _opportunity(demo_services)
    drive = _ready_drive(demo_services, opp)
    cockpit.mark_agreement_signed(drive)
    cockpit.start_drive(drive, 1200, accompanied_by="陳志明", when=SLOT)

    with pytest.raises(ValidationError) as err:
        cockpit.finish_drive(drive, SLOT + timedelta(minutes=25), 1100)
    assert err.value.code == "odometer"
    with pytest.raises(ValidationError):
        cockpit.finish_drive(drive, SLOT - timedelta(minutes=5), 1210)

    warnings = cockpit.finish_drive(
        drive, SLOT + timedelta(minutes=25), 1260, {"comfort": 5}, route_length_km=12
    )
    assert [w.code for w in warnings] == ["implausible_distance"]
    view = cockpit.cockpit(opp)
    assert view.facts.test_drive_finished and view.facts.agreement_signed
    assert view.stages[Stage.TEST_DRIVE] is StageStatus.DONE
    assert all("A123456789" not in e.new_value for e in _audit(demo_services, "test_drive", drive))


def test_finishing_a_visit_before_it_started_is_refused(demo_services: Services) -> None:
    cockpit = demo_services.cockpit
    customer = _customer(demo_services)
    arrival = datetime(2026, 12, 1, 10, 0)
    visit = cockpit.record_visit(customer, started_at=arrival)
    with pytest.raises(ValidationError):
        cockpit.finish_visit(visit, arrival - timedelta(minutes=1))
    cockpit.finish_visit(visit, arrival + timedelta(minutes=40))


# -- roles and visibility -----------------------------------------------------------------------


def test_a_salesperson_cannot_reach_anothers_opportunity(demo_services: Services) -> None:
    first, second = _salespeople(demo_services)[:2]
    _sign_in(demo_services, first)
    cockpit = demo_services.cockpit
    mine = cockpit.create_opportunity(_customer(demo_services, first), "PHONE_IN")
    assert cockpit.cockpit(mine).assigned_user_id == first

    _sign_in(demo_services, second)
    with pytest.raises(NotFound):
        cockpit.cockpit(mine)
    with pytest.raises(NotFound):
        cockpit.set_intent(mine, IntentLevel.H)
    with pytest.raises(NotFound):
        cockpit.close(mine, OpportunityStatus.LOST, "PRICE")
    with pytest.raises(NotFound):
        cockpit.create_opportunity(_customer(demo_services, first), "WALK_IN")


def test_the_service_is_wired_into_the_container(db: Database) -> None:
    assert build_services(db).cockpit is not None
