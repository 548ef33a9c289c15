"""Stages 1–2 (issue 5): the lead (source, detail, referrer), the traffic log (arrival,
departure, first or return visit derived) and the walk-in in one transaction."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select
from testdata import DEMO_TODAY

from showroom_app.db.models import (
    AuditEntry,
    Customer,
    CustomerPhone,
    FollowUpTask,
    Interaction,
    Opportunity,
)
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import InteractionType, LeadSource, Role
from showroom_app.domain.errors import NotFound, ValidationError, ValidationErrors
from showroom_app.services.container import Services
from showroom_app.services.visits import MAX_COMPANIONS, VisitEdit

#: A day without demo traffic, so the day's log holds only what a test records.
DAY = DEMO_TODAY + timedelta(days=300)


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _new_lead(services: Services, name: str = "陳志明", phone: str = "0912 000 111") -> int:
    """A customer with an opportunity and no visit yet; returns the opportunity id."""
    customer = services.customers.create(CustomerForm(name=name, phones=(phone,)))
    return services.cockpit.create_opportunity(customer, LeadSource.WEB_PLATFORM)


def _opportunity(services: Services, opportunity_id: int) -> Opportunity:
    with services.db.read() as s:
        opp = s.get(Opportunity, opportunity_id)
        assert opp is not None
        return opp


def _visit(services: Services, interaction_id: int) -> Interaction:
    with services.db.read() as s:
        visit = s.get(Interaction, interaction_id)
        assert visit is not None
        return visit


def _counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {
            table.__name__: int(s.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Customer, CustomerPhone, Opportunity, Interaction, FollowUpTask)
        }


# -- the lead ------------------------------------------------------------------------------


def test_lead_source_and_detail_are_saved_and_validated(demo_services: Services) -> None:
    visits = demo_services.visits
    opp = _new_lead(demo_services)
    # WHEN the source and a detail are set THEN they are stored (detail tidied)
    lead = visits.set_lead(opp, "EVENT", "  台北車展   2026 ")
    assert (lead.source, lead.source_detail) == (LeadSource.EVENT, "台北車展 2026")
    assert _opportunity(demo_services, opp).source == "EVENT"
    # a code outside DOMAIN.md §9.1 and an over-long detail are refused at their field
    with pytest.raises(ValidationError) as bad:
        visits.set_lead(opp, "BILLBOARD")
    assert bad.value.field == "source"
    with pytest.raises(ValidationError) as long:
        visits.set_lead(opp, "OTHER", "x" * 201)
    assert (long.value.field, long.value.params["max_len"]) == ("source_detail", 200)
    # and nothing of the refused input was saved
    stored = _opportunity(demo_services, opp)
    assert (stored.source, stored.source_detail) == ("EVENT", "台北車展 2026")


def test_a_referral_needs_another_visible_customer_as_referrer(demo_services: Services) -> None:
    visits = demo_services.visits
    opp = _new_lead(demo_services)
    customer = _opportunity(demo_services, opp).customer_id
    referrer = demo_services.customers.create(CustomerForm(name="林美華", phones=("0955 123 456",)))
    # a referral without its referrer, or referring themselves, is refused at "referrer"
    with pytest.raises(ValidationError) as missing:
        visits.set_lead(opp, LeadSource.REFERRAL)
    assert (missing.value.field, missing.value.code) == ("referrer", "required")
    with pytest.raises(ValidationError) as self_ref:
        visits.set_lead(opp, LeadSource.REFERRAL, "", customer)
    assert self_ref.value.field == "referrer"
    with pytest.raises(ValidationError) as unknown:
        visits.set_lead(opp, LeadSource.REFERRAL, "", 10_000_000)
    assert unknown.value.field == "referrer"
    assert _opportunity(demo_services, opp).source == "WEB_PLATFORM"  # nothing saved
    # WHEN a real referrer is named THEN it is kept, and shown by name
    lead = visits.set_lead(opp, LeadSource.REFERRAL, "車友會", referrer)
    assert lead.referrer_customer_id == referrer and lead.referrer_name == "林美華"
    assert lead.referrer_phone == "+886955123456"
    # WHEN the source changes away from referral THEN no referrer is kept
    lead = visits.set_lead(opp, LeadSource.WALK_IN, "", referrer)
    assert lead.referrer_customer_id is None
    assert _opportunity(demo_services, opp).referrer_customer_id is None


def test_a_salesperson_cannot_name_a_customer_they_cannot_see(demo_services: Services) -> None:
    # GIVEN two salespeople, each with their own customer
    first, second = [u for u in demo_services.settings.users() if u.role is Role.SALESPERSON][:2]
    demo_services.session.sign_in(second)
    theirs = demo_services.customers.create(CustomerForm(name="黃先生", phones=("0977 111 222",)))
    demo_services.session.sign_in(first)
    opp = _new_lead(demo_services)
    # WHEN the first names the second's customer as referrer THEN it is refused at the field
    with pytest.raises(ValidationError) as exc:
        demo_services.visits.set_lead(opp, LeadSource.REFERRAL, "", theirs)
    assert exc.value.field == "referrer"
    # and the first cannot read the second's traffic log either
    demo_services.session.sign_in(second)
    with pytest.raises(NotFound):
        demo_services.visits.visits(opp)


# -- arrival and departure -------------------------------------------------------------------


def test_arrival_then_departure_and_departure_before_arrival_is_refused(
    demo_services: Services,
) -> None:
    visits = demo_services.visits
    opp = _new_lead(demo_services)
    visit = visits.arrive(opp, at=_at(10, 30))
    # WHEN the departure is before the arrival THEN it is refused and nothing is saved
    with pytest.raises(ValidationError) as early:
        visits.depart(visit, at=_at(10, 29))
    assert (early.value.field, early.value.code) == ("departure", "date_range")
    assert _visit(demo_services, visit).ended_at is None
    # the same through a correction of the whole visit: nothing of it is saved
    edit = VisitEdit(
        _at(10, 30), _at(9, 0), party_size=3, invited=True, summary="看 RAV4", next_step=""
    )
    with pytest.raises(ValidationError) as corrected:
        visits.update_visit(visit, edit)
    assert corrected.value.field == "departure"
    stored = _visit(demo_services, visit)
    assert (stored.ended_at, stored.party_size, stored.summary) == (None, 1, "")
    # WHEN they leave at 11:15 THEN the log shows 45 minutes, and they are no longer here
    visits.depart(visit, at=_at(11, 15))
    [row] = visits.visits(opp)
    assert (row.ended_at, row.minutes(_at(23, 0)), row.in_showroom) == (_at(11, 15), 45, False)
    assert visits.in_showroom(DAY) == []


def test_a_visit_correction_saves_every_field_and_checks_the_party_size(
    demo_services: Services,
) -> None:
    visits = demo_services.visits
    opp = _new_lead(demo_services)
    visit = visits.arrive(opp, at=_at(14, 0))
    visits.update_visit(
        visit,
        VisitEdit(_at(13, 50), _at(15, 5), 4, True, "太太與兩個小孩同行；看 7 人座", "週六試駕"),
    )
    row = visits.visits(opp)[0]
    assert (row.started_at, row.ended_at, row.party_size, row.invited) == (
        _at(13, 50),
        _at(15, 5),
        4,
        True,
    )
    assert (row.summary, row.next_step) == ("太太與兩個小孩同行；看 7 人座", "週六試駕")
    with pytest.raises(ValidationError) as party:
        visits.update_visit(visit, VisitEdit(_at(13, 50), None, 0, False, "", ""))
    assert party.value.field == "party_size"
    assert visits.visits(opp)[0].party_size == 4


def test_the_companions_are_trimmed_checked_saved_with_the_visit_and_audited_without_text(
    demo_services: Services,
) -> None:
    visits = demo_services.visits
    opp = _new_lead(demo_services)
    visit = visits.arrive(opp, at=_at(14, 0))
    assert visits.visits(opp)[0].companions == ""  # a new arrival names nobody yet
    # WHEN the companions are typed with stray spaces, together with the party size
    edit = VisitEdit(_at(14, 0), None, 3, False, "", "", companions="  太太和兩個小孩\n ")
    visits.update_visit(visit, edit)
    # THEN they are saved trimmed, with the other fields, in the log and the day's list
    [row] = visits.visits(opp)
    assert (row.party_size, row.companions) == (3, "太太和兩個小孩")
    assert [r.companions for r in visits.day_log(DAY)] == ["太太和兩個小孩"]
    # AND the audit log says that they changed, never who came along
    with demo_services.db.read() as s:
        entries = list(
            s.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "interaction", AuditEntry.entity_id == visit
                )
            )
        )
    assert "companions" in {e.field for e in entries}
    assert not any("太太" in f"{e.old_value}{e.new_value}{e.detail}" for e in entries)
    # WHEN they are too long THEN the whole correction is refused and nothing is saved
    long_edit = VisitEdit(_at(14, 0), None, 5, True, "", "", companions="親" * (MAX_COMPANIONS + 1))
    with pytest.raises(ValidationError) as too_long:
        visits.update_visit(visit, long_edit)
    assert (too_long.value.field, too_long.value.code) == ("companions", "too_long")
    [row] = visits.visits(opp)
    assert (row.party_size, row.invited, row.companions) == (3, False, "太太和兩個小孩")
    # exactly the limit (after trimming) is fine
    visits.update_visit(
        visit, VisitEdit(_at(14, 0), None, 3, False, "", "", f" {'親' * MAX_COMPANIONS} ")
    )
    assert visits.visits(opp)[0].companions == "親" * MAX_COMPANIONS


def test_first_or_return_visit_is_derived_from_history(demo_services: Services) -> None:
    visits = demo_services.visits
    opp = _new_lead(demo_services)
    first = visits.arrive(opp, at=_at(10))
    # arriving again while still here is the same visit, not a second arrival
    assert visits.arrive(opp, at=_at(10, 20)) == first
    visits.depart(first, at=_at(11))
    later = visits.arrive(opp, at=_at(16, 0, DAY + timedelta(days=3)))
    rows = {r.interaction_id: r for r in visits.visits(opp)}
    assert rows[first].first_visit and not rows[later].first_visit
    assert [r.interaction_id for r in visits.visits(opp)] == [later, first]  # newest first
    # WHEN the first visit is corrected to after the later one THEN the derivation follows
    visits.update_visit(
        first, VisitEdit(_at(9, 0, DAY + timedelta(days=5)), None, 1, False, "", "")
    )
    rows = {r.interaction_id: r for r in visits.visits(opp)}
    assert rows[later].first_visit and not rows[first].first_visit


def test_the_day_log_and_todays_visitors_are_bounded_to_the_day(demo_services: Services) -> None:
    visits = demo_services.visits
    here, gone, yesterday = (
        _new_lead(demo_services, f"客{i}", f"0912 000 20{i}") for i in range(3)
    )
    visits.arrive(here, at=_at(9, 15))
    visits.depart(visits.arrive(gone, at=_at(9, 30)), at=_at(10, 0))
    visits.arrive(yesterday, at=_at(17, 0, DAY - timedelta(days=1)))  # never left
    assert [r.opportunity_id for r in visits.in_showroom(DAY)] == [here]
    assert [r.opportunity_id for r in visits.day_log(DAY)] == [here, gone]
    assert [r.kind for r in visits.day_log(DAY)] == [InteractionType.SHOWROOM_VISIT] * 2


# -- the walk-in -----------------------------------------------------------------------------


def test_a_walk_in_creates_customer_opportunity_and_arrival_together(
    demo_services: Services,
) -> None:
    before = _counts(demo_services)
    done = demo_services.visits.walk_in("0933 222 111", "王", "mr", None, at=_at(10, 5))
    assert done.new_customer and done.new_opportunity
    after = _counts(demo_services)
    assert after["Customer"] == before["Customer"] + 1
    assert after["Opportunity"] == before["Opportunity"] + 1
    assert after["Interaction"] == before["Interaction"] + 1
    opp = _opportunity(demo_services, done.opportunity_id)
    assert (opp.customer_id, opp.source, opp.status) == (done.customer_id, "WALK_IN", "OPEN")
    [row] = demo_services.visits.visits(done.opportunity_id)
    assert (row.interaction_id, row.first_visit, row.captured_contact) == (
        done.interaction_id,
        True,
        True,
    )
    assert demo_services.customers.find_by_phone("0933222111") == [done.customer_id]
    with demo_services.db.read() as s:  # the two-day archive task is open
        due = s.scalars(
            select(FollowUpTask.due_date).where(
                FollowUpTask.customer_id == done.customer_id, FollowUpTask.kind == "archive"
            )
        ).all()
    assert due == [DAY + timedelta(days=2)]


def test_an_existing_customers_walk_in_is_a_return_visit_on_their_open_opportunity(
    demo_services: Services,
) -> None:
    visits = demo_services.visits
    first = visits.walk_in("0933 222 111", "王", "mr", None, at=_at(10))
    visits.depart(first.interaction_id, at=_at(10, 40))
    again = visits.walk_in(customer_id=first.customer_id, at=_at(15, 0, DAY + timedelta(days=1)))
    assert (again.customer_id, again.opportunity_id) == (first.customer_id, first.opportunity_id)
    assert not again.new_customer and not again.new_opportunity
    assert not visits.visits(again.opportunity_id)[0].first_visit
    # WHEN their opportunity is closed THEN the next walk-in opens a new one
    demo_services.cockpit.close(again.opportunity_id, "INVALID", "OTHER", note="wrong number")
    third = visits.walk_in(customer_id=first.customer_id, at=_at(11, 0, DAY + timedelta(days=9)))
    assert third.new_opportunity and third.opportunity_id != first.opportunity_id


def test_a_walk_in_failing_mid_way_leaves_nothing(
    demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _counts(demo_services)

    # WHEN the last step (the arrival, after customer and opportunity) fails
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_services.visits._archive, "_open_archive_task", broken)
    with pytest.raises(RuntimeError):
        demo_services.visits.walk_in("0933 444 555", "林小姐", "ms", None)
    # THEN no customer, phone, opportunity, visit or task of it is left
    assert _counts(demo_services) == before
    assert demo_services.customers.find_by_phone("0933444555") == []
    # and bad input is refused before anything is written
    monkeypatch.undo()
    with pytest.raises(ValidationErrors) as bad:
        demo_services.visits.walk_in("12345", "", "none", None)
    assert {e.field for e in bad.value.errors} == {"phone", "name"}
    assert _counts(demo_services) == before


def test_a_walk_in_remembers_the_model_of_interest(demo_services: Services) -> None:
    model_id = demo_services.catalogue.models()[0][0]
    done = demo_services.visits.walk_in("0933 666 777", "張", "mr", model_id)
    assert _opportunity(demo_services, done.opportunity_id).model_of_interest_id == model_id


def test_a_customers_appointments_for_the_stage_page(demo_services: Services) -> None:
    opp = _new_lead(demo_services)
    customer = _opportunity(demo_services, opp).customer_id
    other = demo_services.cockpit.create_opportunity(customer, LeadSource.PHONE_IN)
    appointments = demo_services.appointments
    mine = appointments.schedule(customer, "visit", _at(10), _at(11), opportunity_id=opp)
    loose = appointments.schedule(customer, "delivery", _at(12), _at(13))
    appointments.schedule(customer, "visit", _at(14), _at(15), opportunity_id=other)
    rows = appointments.for_customer(customer, opp)
    assert [r.appointment_id for r in rows] == [loose, mine]  # latest first
    assert len(appointments.for_customer(customer)) == 3
