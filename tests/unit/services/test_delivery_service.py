"""Stage 7: the delivery service (issue 6, item 5). GIVEN / WHEN / THEN on the demo data
(Taiwan, 33 km/day by default)."""

from __future__ import annotations

import io
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import func, select
from testdata import DEMO_TODAY

from showroom_app.db.models import (
    Appointment,
    AuditEntry,
    Contract,
    ContractTemplate,
    Customer,
    Deal,
    Delivery,
    FollowUpTask,
    Opportunity,
    OwnedVehicle,
    StockVehicle,
    Trim,
    User,
    VehicleModel,
)
from showroom_app.domain.cockpit import ItemRecord, ItemState, not_applicable
from showroom_app.domain.delivery import (
    FUNCTIONS_TO_EXPLAIN,
    HANDOVER_DOCUMENTS,
    TOOLS_AND_LOOSE_ITEMS,
    DeliveryStatus,
    DeliveryWarnings,
    HandoverForm,
    PdiRecord,
    PdiResult,
    for_powertrain,
    pdi_template,
)
from showroom_app.domain.delivery_plan import DELIVERY_REMINDER
from showroom_app.domain.enums import (
    OpportunityStatus,
    Powertrain,
    Region,
    Role,
    Stage,
    StockStatus,
    TaskKind,
    TaskStatus,
)
from showroom_app.domain.errors import (
    ConfirmationRequired,
    NotFound,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from showroom_app.domain.records import UserInfo
from showroom_app.domain.validators import make_vin
from showroom_app.services.container import Services
from showroom_app.services.delivery import DeliveryService

DELIVERED_AT = datetime.combine(DEMO_TODAY - timedelta(days=9), time(10, 30))  # 2026-11-20
PDI_AT = DELIVERED_AT - timedelta(hours=18)
MAX_KM = 50


def _service(services: Services) -> DeliveryService:
    return DeliveryService(
        services.db, services.session, services.audit, services.app_settings, services.archive
    )


def _salesperson(services: Services, name: str) -> UserInfo:
    with services.db.write() as s:
        row = User(name=name, role=Role.SALESPERSON.value, active=True, created_at=datetime.now())
        s.add(row)
        s.flush()
        return UserInfo(row.id, row.name, Role.SALESPERSON)


def _contracted_deal(services: Services, *, owner: int | None = None) -> int:
    """A contracted deal on an in-stock unit (reserved) of a model serviced at 5,000 km /
    6 months, for an open opportunity; the contract carries the unit's VIN and a 50 km
    maximum. ``owner`` reassigns the customer and the opportunity."""
    now = datetime.now()
    with services.db.write() as s:
        unit, _trim = s.execute(
            select(StockVehicle, Trim)
            .join(Trim, Trim.id == StockVehicle.trim_id)
            .join(VehicleModel, VehicleModel.id == Trim.model_id)
            .where(
                StockVehicle.status == StockStatus.IN_STOCK.value,
                StockVehicle.is_test_car.is_(False),
                VehicleModel.first_service_km == 5000,
                VehicleModel.first_service_months == 6,
                Trim.powertrain == Powertrain.ICE.value,
                StockVehicle.id.not_in(
                    select(Deal.stock_vehicle_id).where(Deal.stock_vehicle_id.is_not(None))
                ),
            )
            .order_by(StockVehicle.id)
            .limit(1)
        ).one()
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
        customer.insurance_expiry = None
        customer.service_advisor = ""
        if owner is not None:
            customer.assigned_user_id = owner
            opp.assigned_user_id = owner
        unit.status = StockStatus.RESERVED.value
        version = (s.scalar(select(func.max(ContractTemplate.version))) or 0) + 1
        template = ContractTemplate(
            region="TW", version=version, name="test", clauses={}, roc_dates=True, created_at=now
        )
        deal = Deal(
            request_token=uuid.uuid4().hex,
            opportunity_id=opp.id,
            customer_id=opp.customer_id,
            trim_id=unit.trim_id,
            stock_vehicle_id=unit.id,
            region="TW",
            currency="TWD",
            status="contracted",
            msrp=Decimal(799000),
            price=Decimal(779000),
            total_on_the_road=Decimal(790000),
            inputs={},
            figures={},
            created_at=now,
            updated_at=now,
        )
        s.add_all([template, deal])
        s.flush()
        s.add(
            Contract(
                deal_id=deal.id,
                number=f"TEST-{deal.id}",
                template_id=template.id,
                earnest_kind="deposit",
                deposit_amount=Decimal(30000),
                signed_on=DELIVERED_AT.date() - timedelta(days=20),
                status="signed",
                snapshot={"vehicle": {"vin": unit.vin, "max_odometer_km": MAX_KM}},
                created_at=now,
            )
        )
        return deal.id


def _contract_vin(services: Services, deal_id: int) -> str:
    with services.db.read() as s:
        contract = s.scalars(select(Contract).where(Contract.deal_id == deal_id)).one()
        return str(contract.snapshot["vehicle"]["vin"])


def _complete_handover() -> HandoverForm:
    done = ItemRecord(ItemState.DONE)
    docs = {d.code: done for d in HANDOVER_DOCUMENTS[Region.TW]}
    docs["registration"] = not_applicable("Customer registers the car himself")
    return HandoverForm(
        documents=docs,
        functions={f.code: done for f in for_powertrain(FUNCTIONS_TO_EXPLAIN, Powertrain.ICE)},
        tools={t.code: done for t in for_powertrain(TOOLS_AND_LOOSE_ITEMS, Powertrain.ICE)},
        keys_count=2,
        photo_consent=True,
        payment_settled=True,
    )


def _ready(
    services: Services,
    deal_id: int,
    *,
    vin: str | None = None,
    odometer: int = 12,
    pdi_at: datetime = PDI_AT,
) -> DeliveryService:
    """Everything recorded for a delivery on DELIVERED_AT."""
    delivery = _service(services)
    delivery.schedule(deal_id, DELIVERED_AT, today=DELIVERED_AT.date() - timedelta(days=3))
    items = {i.code: PdiRecord(PdiResult.OK) for g in pdi_template(Powertrain.ICE) for i in g.items}
    delivery.save_pdi(deal_id, items)
    delivery.sign_off_pdi(deal_id, "陳師傅", pdi_at, quality_checker="林品管")
    delivery.save_handover(deal_id, _complete_handover())
    delivery.set_vehicle_details(
        deal_id,
        vin=vin or _contract_vin(services, deal_id),
        plate="ABC-1234",
        odometer=odometer,
        service_advisor="王服務",
    )
    return delivery


def _state(services: Services, deal_id: int) -> dict[str, object]:
    """Row counts and statuses that delivering changes."""
    with services.db.read() as s:
        deal = s.get(Deal, deal_id)
        delivery = s.scalars(select(Delivery).where(Delivery.deal_id == deal_id)).one_or_none()

        def count(model: type) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        return {
            "tasks": count(FollowUpTask),
            "vehicles": count(OwnedVehicle),
            "audit": count(AuditEntry),
            "appointments": count(Appointment),
            "deal": (deal.status, deal.version_id),
            "unit": s.get(StockVehicle, deal.stock_vehicle_id).status,
            "opportunity": s.get(Opportunity, deal.opportunity_id).status,
            "delivery": (delivery.status, delivery.version_id) if delivery else None,
        }


def _jpeg(size: tuple[int, int], **save_args: object) -> bytes:
    out = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(out, "JPEG", quality=80, **save_args)
    return out.getvalue()


# -- scheduling --------------------------------------------------------------------------------


def test_scheduling_books_a_delivery_appointment_and_a_reminder_the_day_before(demo_services):
    # GIVEN a contracted deal
    deal_id = _contracted_deal(demo_services)
    delivery = _service(demo_services)
    first = datetime.combine(DEMO_TODAY + timedelta(days=5), time(14, 0))
    # WHEN the delivery is scheduled, then moved two days later
    view = delivery.schedule(deal_id, first, today=DEMO_TODAY)
    moved = delivery.schedule(
        deal_id, first + timedelta(days=2), today=DEMO_TODAY, expected_version=view.version
    )
    # THEN one delivery appointment moved with it, and one reminder the day before
    assert moved.status is DeliveryStatus.SCHEDULED
    assert moved.appointment_id == view.appointment_id
    with demo_services.db.read() as s:
        appointment = s.get(Appointment, moved.appointment_id)
        assert (appointment.kind, appointment.status) == ("delivery", "scheduled")
        assert appointment.starts_at == first + timedelta(days=2)
        assert appointment.ends_at == first + timedelta(days=2, hours=1)
        reminders = list(
            s.scalars(select(FollowUpTask).where(FollowUpTask.purpose == DELIVERY_REMINDER))
        )
    assert [(r.due_date, r.status, r.kind) for r in reminders] == [
        (DEMO_TODAY + timedelta(days=6), "open", TaskKind.FOLLOW_UP.value)
    ]
    # and a stale version is refused
    with pytest.raises(StaleRecord):
        delivery.schedule(deal_id, first, today=DEMO_TODAY, expected_version=view.version)


def test_a_delivery_cannot_be_scheduled_in_the_past(demo_services):
    deal_id = _contracted_deal(demo_services)
    with pytest.raises(ValidationError) as exc:
        _service(demo_services).schedule(
            deal_id, datetime.combine(DEMO_TODAY - timedelta(days=1), time(9)), today=DEMO_TODAY
        )
    assert exc.value.code == "date_range"


# -- PDI and handover --------------------------------------------------------------------------


def test_pdi_is_saved_item_by_item_and_changing_it_withdraws_the_signature(demo_services):
    deal_id = _contracted_deal(demo_services)
    delivery = _service(demo_services)
    # GIVEN a PDI recorded in two goes
    codes = [i.code for g in pdi_template(Powertrain.ICE) for i in g.items]
    delivery.save_pdi(deal_id, {"paint": PdiRecord(PdiResult.DEFECT, "Small chip, touch-up")})
    with pytest.raises(ValidationErrors) as exc:  # not every item has a result yet
        delivery.sign_off_pdi(deal_id, "陳師傅", PDI_AT)
    assert exc.value.errors[0].code == "pdi_open"
    view = delivery.save_pdi(deal_id, {c: PdiRecord(PdiResult.OK) for c in codes if c != "paint"})
    assert view.pdi_pending == ()
    assert view.pdi["paint"] == PdiRecord(PdiResult.DEFECT, "Small chip, touch-up")
    # WHEN the technician signs, then an item is changed
    signed = delivery.sign_off_pdi(deal_id, "陳師傅", PDI_AT, quality_checker="林品管")
    assert (signed.pdi_technician, signed.pdi_signed_at) == ("陳師傅", PDI_AT)
    assert signed.pdi_quality_checker == "林品管"
    changed = delivery.save_pdi(deal_id, {"paint": PdiRecord(PdiResult.OK, "Touched up")})
    # THEN the signature is withdrawn; the audit holds results, never notes
    assert changed.pdi_signed_at is None
    with demo_services.db.read() as s:
        details = " ".join(
            e.old_value + e.new_value + e.detail
            for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "delivery"))
        )
    assert "defect" in details
    assert "chip" not in details
    assert "Touched" not in details
    # and an EV-only item is not on this car's PDI
    with pytest.raises(ValidationErrors):
        delivery.save_pdi(deal_id, {"hv_soc": PdiRecord(PdiResult.OK)})


def test_handover_records_the_checklists_and_the_photo_consent(demo_services):
    deal_id = _contracted_deal(demo_services)
    delivery = _service(demo_services)
    view = delivery.save_handover(deal_id, _complete_handover())
    assert view.handover.keys_count == 2
    assert view.handover.documents["registration"].state is ItemState.NOT_APPLICABLE
    assert view.handover.photo_consent is True
    with demo_services.db.read() as s:
        customer = s.get(Customer, view.customer_id)
        assert customer.consent_photo is True
        assert customer.consent_photo_at is not None


# -- marking the car delivered -----------------------------------------------------------------


def test_happy_path_closes_the_sale_in_one_go(demo_services):
    # GIVEN a contracted deal with everything recorded
    deal_id = _contracted_deal(demo_services)
    delivery = _ready(demo_services, deal_id)
    vin = _contract_vin(demo_services, deal_id)
    assert delivery.check(deal_id, delivered_at=DELIVERED_AT).errors == ()
    # WHEN the car is marked delivered
    result = delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    # THEN stock unit sold, deal delivered, opportunity delivered (closed, after-sales)
    view = result.view
    assert view.status is DeliveryStatus.DELIVERED
    assert view.delivered_at == DELIVERED_AT
    # DOMAIN §5.3, first service 5,000 km / 6 months at 33 km/day: 152 days after delivery
    assert result.first_service_on == view.first_service_on == date(2027, 4, 21)
    with demo_services.db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal.status == "delivered"
        assert s.get(StockVehicle, deal.stock_vehicle_id).status == StockStatus.SOLD.value
        opp = s.get(Opportunity, deal.opportunity_id)
        assert opp.status == OpportunityStatus.DELIVERED.value
        assert opp.stage == Stage.AFTER_SALES.value
        assert opp.closed_at == DELIVERED_AT
        assert not s.scalar(
            select(func.count())
            .select_from(FollowUpTask)
            .where(
                FollowUpTask.opportunity_id == opp.id,
                FollowUpTask.kind == TaskKind.FOLLOW_UP.value,
                FollowUpTask.status == TaskStatus.OPEN.value,
            )
        )
        # the customer's archive: the car, its cycle and first maintenance date
        car = s.get(OwnedVehicle, result.owned_vehicle_id)
        assert car.customer_id == deal.customer_id
        assert (car.vin, car.plate, car.delivery_date) == (vin, "ABC-1234", DELIVERED_AT.date())
        assert (car.odometer_at_delivery, car.interval_km, car.interval_months) == (12, 5000, 6)
        assert car.model_id is not None
        assert car.model_text
        assert car.next_maintenance_date == date(2027, 4, 21)
        customer = s.get(Customer, deal.customer_id)
        assert customer.service_advisor == "王服務"
        # the two-day archive task, the appointment shown, the reminder done
        assert s.scalar(
            select(func.count())
            .select_from(FollowUpTask)
            .where(
                FollowUpTask.customer_id == customer.id,
                FollowUpTask.kind == TaskKind.ARCHIVE.value,
                FollowUpTask.status == TaskStatus.OPEN.value,
            )
        )
        assert s.get(Appointment, view.appointment_id).status == "show"
        reminder = s.scalars(
            select(FollowUpTask).where(
                FollowUpTask.customer_id == customer.id,
                FollowUpTask.purpose == DELIVERY_REMINDER,
            )
        ).one()
        assert reminder.status == TaskStatus.DONE.value
        # the §5.2 follow-ups, with their exact due dates
        tasks = [
            (t.due_date, t.kind)
            for t in s.scalars(
                select(FollowUpTask)
                .where(FollowUpTask.id.in_(result.follow_up_task_ids))
                .order_by(FollowUpTask.due_date, FollowUpTask.id)
            )
        ]
    call, maintenance, greeting = ("after_sales_call", "maintenance", "greeting")
    assert tasks == [
        (date(2026, 11, 20), call),
        (date(2026, 11, 21), call),
        (date(2026, 11, 23), call),
        (date(2026, 11, 27), call),
        (date(2026, 12, 20), call),
        (date(2027, 2, 20), call),
        (date(2027, 4, 7), maintenance),
        (date(2027, 4, 18), maintenance),
        (date(2027, 5, 20), call),
        (date(2027, 8, 20), call),
        (date(2027, 11, 20), greeting),
        (date(2028, 5, 20), call),
        (date(2028, 11, 20), greeting),
    ]
    # the archive's own §5.3 computation agrees on the first maintenance date
    profile = demo_services.archive.profile(deal.customer_id, today=DELIVERED_AT.date())
    (car_info,) = [v for v in profile.vehicles if v.vehicle_id == result.owned_vehicle_id]
    assert car_info.next_maintenance_computed == date(2027, 4, 21)
    # and the customer is found by the plate
    assert deal.customer_id in [r.customer_id for r in demo_services.customers.search("ABC1234")]


def test_a_vin_other_than_the_contracts_blocks_and_changes_nothing(demo_services):
    # GIVEN a delivery recorded with another (valid) VIN: a warning while recording
    deal_id = _contracted_deal(demo_services)
    other = make_vin("JTDBR32E0PN", "999999")
    delivery = _ready(demo_services, deal_id)
    _view, warnings = delivery.set_vehicle_details(
        deal_id, vin=other, plate="ABC-1234", odometer=12, service_advisor="王服務"
    )
    assert [w.code for w in warnings] == ["vin_mismatch"]
    before = _state(demo_services, deal_id)
    # WHEN marking it delivered, even acknowledging warnings
    with pytest.raises(ValidationErrors) as exc:
        delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT, acknowledge_warnings=True)
    # THEN refused, and nothing in the database changed
    assert [e.code for e in exc.value.errors] == ["vin_mismatch"]
    assert exc.value.for_field("vin").params["contract"] == _contract_vin(demo_services, deal_id)
    assert _state(demo_services, deal_id) == before


def test_a_pdi_signed_after_the_delivery_date_blocks(demo_services):
    deal_id = _contracted_deal(demo_services)
    delivery = _ready(demo_services, deal_id, pdi_at=DELIVERED_AT + timedelta(days=1))
    before = _state(demo_services, deal_id)
    with pytest.raises(ValidationErrors) as exc:
        delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT, acknowledge_warnings=True)
    assert [e.code for e in exc.value.errors] == ["pdi_after_delivery"]
    assert _state(demo_services, deal_id) == before


def test_all_hard_errors_come_at_once(demo_services):
    # GIVEN only an appointment: no PDI, keys, advisor, VIN or odometer
    deal_id = _contracted_deal(demo_services)
    delivery = _service(demo_services)
    delivery.schedule(deal_id, DELIVERED_AT, today=DELIVERED_AT.date())
    with pytest.raises(ValidationErrors) as exc:
        delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    assert {e.field for e in exc.value.errors} == {
        "vin",
        "pdi_signed_at",
        "keys_count",
        "service_advisor",
        "odometer",
    }


def test_an_odometer_over_the_contract_maximum_needs_acknowledgement(demo_services):
    # GIVEN a car with 120 km on the clock (contract maximum 50 km)
    deal_id = _contracted_deal(demo_services)
    delivery = _ready(demo_services, deal_id, odometer=120)
    before = _state(demo_services, deal_id)
    # WHEN marked delivered without acknowledging
    with pytest.raises(ConfirmationRequired) as exc:
        delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    # THEN a structured confirmation request, and nothing changed
    assert isinstance(exc.value, DeliveryWarnings)
    assert [w.code for w in exc.value.warnings] == ["odometer_over"]
    assert exc.value.warnings[0].params == {"odometer": 120, "max_km": MAX_KM}
    assert _state(demo_services, deal_id) == before
    # WHEN acknowledged THEN delivered, and the acknowledgement is in the audit
    result = delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT, acknowledge_warnings=True)
    assert [w.code for w in result.acknowledged] == ["odometer_over"]
    with demo_services.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "delivery", AuditEntry.field == "status")
        ).all()[-1]
    assert "odometer_over" in entry.detail


def test_an_unsettled_payment_is_a_warning(demo_services):
    deal_id = _contracted_deal(demo_services)
    delivery = _ready(demo_services, deal_id)
    form = _complete_handover()
    delivery.save_handover(
        deal_id,
        HandoverForm(
            documents=form.documents,
            functions=form.functions,
            tools=form.tools,
            keys_count=2,
            payment_settled=False,
        ),
    )
    with pytest.raises(DeliveryWarnings) as exc:
        delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    assert [w.code for w in exc.value.warnings] == ["payment_open"]


def test_marking_delivered_twice_creates_nothing_twice(demo_services):
    # GIVEN a delivered car
    deal_id = _contracted_deal(demo_services)
    delivery = _ready(demo_services, deal_id)
    delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    after_first = _state(demo_services, deal_id)
    # WHEN marked delivered again (a double click, a retry)
    with pytest.raises(ValidationError) as exc:
        delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT, acknowledge_warnings=True)
    # THEN a clear error, and no second vehicle, task or audit entry
    assert exc.value.code == "already_delivered"
    assert _state(demo_services, deal_id) == after_first
    # and a delivered delivery is no longer edited
    with pytest.raises(ValidationError) as exc:
        delivery.save_handover(deal_id, _complete_handover())
    assert exc.value.code == "already_delivered"


def test_a_deal_without_a_signed_contract_is_not_delivered(demo_services):
    deal_id = _contracted_deal(demo_services)
    delivery = _ready(demo_services, deal_id)
    with demo_services.db.write() as s:
        s.get(Deal, deal_id).status = "draft"
    with pytest.raises(ValidationErrors) as exc:
        delivery.mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    assert exc.value.errors[0].code == "not_contracted"


# -- the photo ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "photo_empty"),
        (b"this is a text file, not a picture", "photo_not_image"),
        (_jpeg((800, 600))[:3000], "photo_broken"),  # a truncated download
        (b"\xff\xd8\xff" + b"\0" * (15 * 1024 * 1024), "photo_too_big"),
    ],
)
def test_a_broken_photo_gives_a_message_and_stores_nothing(demo_services, data, code):
    deal_id = _contracted_deal(demo_services)
    delivery = _service(demo_services)
    view = delivery.save_handover(deal_id, _complete_handover())
    with pytest.raises(ValidationError) as exc:
        delivery.set_photo(deal_id, data)
    assert exc.value.code == code
    assert exc.value.field == "photo"
    assert exc.value.message
    assert delivery.photo(deal_id) is None
    assert delivery.get(deal_id).version == view.version


def test_a_huge_photo_is_downscaled_and_turned_upright(demo_services):
    deal_id = _contracted_deal(demo_services)
    delivery = _service(demo_services)
    # a 4000 x 3000 camera picture
    view = delivery.set_photo(deal_id, _jpeg((4000, 3000)))
    assert view.has_photo
    with Image.open(io.BytesIO(delivery.photo(deal_id))) as stored:
        assert (stored.format, stored.size) == ("JPEG", (1600, 1200))
    # a phone picture taken upright: stored landscape pixels with orientation 6 (90° CW)
    exif = Image.Exif()
    exif[0x0112] = 6
    delivery.set_photo(deal_id, _jpeg((2400, 1800), exif=exif.tobytes()))
    with Image.open(io.BytesIO(delivery.photo(deal_id))) as stored:
        assert stored.size == (1200, 1600)
        assert not stored.getexif().get(0x0112)


def test_a_transparent_png_is_stored_as_jpeg(demo_services):
    deal_id = _contracted_deal(demo_services)
    out = io.BytesIO()
    Image.new("RGBA", (300, 200), (255, 0, 0, 0)).save(out, "PNG")
    delivery = _service(demo_services)
    delivery.set_photo(deal_id, out.getvalue())
    with Image.open(io.BytesIO(delivery.photo(deal_id))) as stored:
        assert (stored.format, stored.size) == ("JPEG", (300, 200))
        assert stored.getpixel((10, 10)) == pytest.approx((255, 255, 255), abs=3)


# -- who may act -------------------------------------------------------------------------------


def test_a_salesperson_cannot_act_on_another_salespersons_customer(demo_services):
    # GIVEN Alice's and Bob's customers, each with a contracted deal
    alice = _salesperson(demo_services, "Alice")
    bob = _salesperson(demo_services, "Bob")
    bobs_deal = _contracted_deal(demo_services, owner=bob.id)
    alices_deal = _contracted_deal(demo_services, owner=alice.id)
    demo_services.session.sign_in(alice)
    delivery = _service(demo_services)
    # WHEN Alice works on Bob's deal THEN it does not exist for her, and nothing changes
    before = _state(demo_services, bobs_deal)
    for action in (
        lambda: delivery.get(bobs_deal),
        lambda: delivery.schedule(bobs_deal, DELIVERED_AT, today=DELIVERED_AT.date()),
        lambda: delivery.save_handover(bobs_deal, _complete_handover()),
        lambda: delivery.set_photo(bobs_deal, _jpeg((100, 100))),
        lambda: delivery.mark_delivered(bobs_deal, acknowledge_warnings=True),
    ):
        with pytest.raises(NotFound):
            action()
    assert _state(demo_services, bobs_deal) == before
    # while her own customer's delivery works
    assert delivery.schedule(alices_deal, DELIVERED_AT, today=DELIVERED_AT.date()).appointment_id


def test_the_audit_never_holds_the_plate(demo_services):
    deal_id = _contracted_deal(demo_services)
    _ready(demo_services, deal_id).mark_delivered(deal_id, delivered_at=DELIVERED_AT)
    with demo_services.db.read() as s:
        text = " ".join(
            f"{e.old_value} {e.new_value} {e.detail}" for e in s.scalars(select(AuditEntry))
        )
    assert "ABC-1234" not in text
    assert "ABC1234" not in text
