"""Deterministic demo data for a dealership in TW, CN or HK.

The same seed and the same ``today`` always give the same database, so screenshots,
benchmarks and bug reports are reproducible. Rows are written with Core bulk inserts in
batches (100k customers in a few seconds, 1M in bounded memory); the dealership row is
written last, so an interrupted run is recognisable (no dealership) and is simply redone.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import Connection, insert, select

from showroom_app.db import search
from showroom_app.db.models import (
    Appointment,
    Brand,
    Customer,
    CustomerPhone,
    Dealership,
    FabCard,
    FollowUpTask,
    Interaction,
    Opportunity,
    StockVehicle,
    Trim,
    User,
    VehicleModel,
)
from showroom_app.domain.enums import (
    REGION_CURRENCY,
    REGION_DOC_LANGUAGE,
    IntentLevel,
    InteractionType,
    LeadSource,
    OpportunityStatus,
    Region,
    Role,
    Stage,
    StockStatus,
    TaskKind,
    TaskStatus,
)
from showroom_app.domain.validators import make_vin
from showroom_app.paths import resources_dir
from showroom_app.services.database import Database
from showroom_app.services.demo_presentation import fab_card_rows, trim_specs

BATCH = 20_000
DEFAULT_SEED = 20261129

DEALERS: dict[Region, dict[str, str]] = {
    Region.TW: {
        "name": "宏達汽車 大安展示中心",
        "address": "臺北市大安區復興南路一段 100 號",
        "phone": "+886227001234",
        "tax_id": "04595257",
    },
    Region.CN: {
        "name": "杭州恒通汽车销售服务有限公司",
        "address": "浙江省杭州市西湖区文三路 88 号",
        "phone": "+8657188001234",
        "tax_id": "91350100M000100Y43",
    },
    Region.HK: {
        "name": "恒通汽車 旺角陳列室",
        "address": "九龍旺角彌敦道 700 號地下",
        "phone": "+85223001234",
        "tax_id": "12345678",
    },
}
STAFF: dict[Region, list[tuple[str, Role]]] = {
    Region.TW: [
        ("林經理", Role.ADMINISTRATOR),
        ("陳志明", Role.SALESPERSON),
        ("王美玲", Role.SALESPERSON),
        ("張家豪", Role.SALESPERSON),
    ],
    Region.CN: [
        ("林经理", Role.ADMINISTRATOR),
        ("陈志明", Role.SALESPERSON),
        ("王美玲", Role.SALESPERSON),
        ("张家豪", Role.SALESPERSON),
    ],
    Region.HK: [
        ("林經理", Role.ADMINISTRATOR),
        ("陳志明", Role.SALESPERSON),
        ("王美玲", Role.SALESPERSON),
        ("張家豪", Role.SALESPERSON),
    ],
}

STATUS_WEIGHTS = [
    (OpportunityStatus.OPEN, 55),
    (OpportunityStatus.WON, 5),
    (OpportunityStatus.DELIVERED, 15),
    (OpportunityStatus.LOST, 14),
    (OpportunityStatus.OUT_OF_CONTACT, 4),
    (OpportunityStatus.POSTPONED, 5),
    (OpportunityStatus.INVALID, 2),
]
OPEN_LEVELS = [
    (IntentLevel.H, 10),
    (IntentLevel.A, 20),
    (IntentLevel.B, 30),
    (IntentLevel.C, 30),
    (IntentLevel.N, 10),
]
SOURCE_WEIGHTS = [
    (LeadSource.WALK_IN, 30),
    (LeadSource.PHONE_IN, 12),
    (LeadSource.WEB_PLATFORM, 18),
    (LeadSource.BRAND_SITE_APP, 8),
    (LeadSource.SOCIAL, 8),
    (LeadSource.REFERRAL, 8),
    (LeadSource.EVENT, 5),
    (LeadSource.OWNER_REPURCHASE, 4),
    (LeadSource.SERVICE_LANE, 3),
    (LeadSource.FLEET, 1),
    (LeadSource.OUTBOUND, 2),
    (LeadSource.OTHER, 1),
]
OPEN_STAGES = [
    (Stage.PROSPECTING, 10),
    (Stage.RECEPTION, 25),
    (Stage.NEEDS_ANALYSIS, 30),
    (Stage.PRESENTATION, 20),
    (Stage.TEST_DRIVE, 15),
]
LOST_REASONS = [
    "PRICE",
    "COMPETITOR_BRAND",
    "SAME_BRAND_OTHER_DEALER",
    "PRODUCT_FIT",
    "DELIVERY_TIME",
    "FINANCE",
    "TRADE_IN_VALUE",
    "FAMILY_DECISION",
    "BOUGHT_USED",
    "OTHER",
]
NOTE_KEY = {Region.TW: "notes_zh_TW", Region.CN: "notes_zh_CN", Region.HK: "notes_zh_TW"}
NAME_SCRIPT = {Region.TW: "zh_TW", Region.CN: "zh_CN", Region.HK: "zh_TW"}


@dataclass(frozen=True)
class DemoReport:
    customers: int
    opportunities: int
    interactions: int
    tasks: int
    trims: int
    stock: int
    seconds: float


def load_json(name: str) -> Any:
    with open(resources_dir() / "sample" / name, encoding="utf-8") as fh:
        return json.load(fh)


def _weighted(rng: random.Random, table: list[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


#: Mobile prefixes whose every subscriber number is valid (checked against phonenumbers).
CN_MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
)
HK_MOBILE_PREFIXES = ("61", "63", "64", "65", "69", "94", "96", "97")


def _scramble(k: int, modulus: int) -> int:
    """A bijection on range(modulus) (the multiplier is coprime with 2 and 5)."""
    return (k * 7_368_787 + 12_345_679) % modulus


def demo_phone(region: Region, index: int) -> str:
    """A valid, unique mobile number for customer ``index`` (E.164)."""
    if region is Region.TW:
        return f"+8869{_scramble(index, 10**8):08d}"
    if region is Region.CN:
        prefix = CN_MOBILE_PREFIXES[index % len(CN_MOBILE_PREFIXES)]
        return f"+86{prefix}{_scramble(index // len(CN_MOBILE_PREFIXES), 10**8):08d}"
    prefix = HK_MOBILE_PREFIXES[index % len(HK_MOBILE_PREFIXES)]
    return f"+852{prefix}{_scramble(index // len(HK_MOBILE_PREFIXES), 10**6):06d}"


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


class DemoBuilder:
    def __init__(
        self,
        db: Database,
        *,
        region: Region = Region.TW,
        seed: int = DEFAULT_SEED,
        today: date | None = None,
    ) -> None:
        self.db = db
        self.region = region
        self.rng = random.Random(seed)
        self.today = today or date.today()
        self.names = load_json("names.json")
        self.script = NAME_SCRIPT[region]

    # -- catalogue ------------------------------------------------------------------------
    def _catalogue(self, conn: Connection) -> tuple[list[int], list[int], int]:
        """Brands, models, trims and stock; returns (model ids, salesperson ids, stock count)."""
        data = load_json("catalogue.json")
        presentation = load_json("presentation.json")  # key specs and FAB cards (stage 4)
        currency = REGION_CURRENCY[self.region]
        now = datetime.combine(self.today, time(9, 0))
        model_ids: list[int] = []
        stock_rows: list[dict[str, Any]] = []
        card_rows: list[dict[str, Any]] = []
        serial = 0
        for b in data["brands"]:
            brand_id = conn.execute(
                insert(Brand).values(
                    code=b["code"],
                    name_en=b["name_en"],
                    name_zh_tw=b["name_zh_TW"],
                    name_zh_cn=b["name_zh_CN"],
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            for m in b["models"]:
                mt = m.get("maintenance", {})
                model_id = conn.execute(
                    insert(VehicleModel).values(
                        brand_id=brand_id,
                        code=m["code"],
                        name_en=m["name_en"],
                        name_zh_tw=m["name_zh_TW"],
                        name_zh_cn=m["name_zh_CN"],
                        body_type=m["body_type"],
                        first_service_km=mt.get("first_km"),
                        first_service_months=mt.get("first_months"),
                        service_interval_km=mt.get("interval_km"),
                        service_interval_months=mt.get("interval_months"),
                        colours_ext=m.get("colours_ext", []),
                        colours_int=m.get("colours_int", []),
                        active=True,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
                model_ids.append(model_id)
                colour_key = {"zh_TW": "zh_TW", "zh_CN": "zh_CN"}[self.script]
                presented: list[tuple[int, dict[str, Any], dict[str, str]]] = []
                for t_index, t in enumerate(m["trims"]):
                    msrp = Decimal(t["msrp"][currency.value])
                    specs = trim_specs(m, t, b["code"], presentation)
                    trim_id = conn.execute(
                        insert(Trim).values(
                            model_id=model_id,
                            code=t["code"],
                            name_en=t["name_en"],
                            name_zh_tw=t["name_zh_TW"],
                            name_zh_cn=t["name_zh_CN"],
                            model_year=t.get("model_year"),
                            powertrain=t["powertrain"],
                            displacement_cc=t.get("displacement_cc"),
                            motor_kw=t.get("motor_kw"),
                            power_kw=t.get("power_kw"),
                            seats=t["seats"],
                            battery_kwh=(
                                Decimal(str(t["battery_kwh"]))
                                if t.get("battery_kwh") is not None
                                else None
                            ),
                            range_km=t.get("range_km"),
                            specs=specs,
                            msrp=msrp,
                            currency=currency.value,
                            active=True,
                        )
                    ).inserted_primary_key[0]  # type: ignore[index]
                    presented.append((trim_id, t, specs))
                    for _ in range(self.rng.randint(1, 4)):
                        serial += 1
                        status = _weighted(
                            self.rng,
                            [
                                (StockStatus.IN_STOCK, 55),
                                (StockStatus.IN_TRANSIT, 20),
                                (StockStatus.RESERVED, 15),
                                (StockStatus.SOLD, 10),
                            ],
                        )
                        colours_ext = m.get("colours_ext") or [{"en": "", colour_key: ""}]
                        colours_int = m.get("colours_int") or [{"en": "", colour_key: ""}]
                        wmi = m.get("wmi", "LSV")
                        vds = f"{t_index:01d}{self.rng.choice('ABCDEFGH')}{serial % 100:02d}"
                        prefix11 = f"{wmi}{vds}A0T1"[:8] + "0" + "T1"
                        vin = make_vin(prefix11, f"{serial:06d}")
                        is_test = (
                            status is StockStatus.IN_STOCK
                            and t_index == 0
                            and not any(
                                r["is_test_car"] and r["trim_id"] == trim_id for r in stock_rows
                            )
                        )
                        cost = (msrp * Decimal(self.rng.randint(86, 94)) / 100).quantize(
                            Decimal("1")
                        )
                        stock_rows.append(
                            {
                                "trim_id": trim_id,
                                "vin": vin,
                                "engine_no": f"E{serial:07d}" if t["powertrain"] != "BEV" else "",
                                "colour_ext": self.rng.choice(colours_ext).get(colour_key, ""),
                                "colour_int": self.rng.choice(colours_int).get(colour_key, ""),
                                "status": status.value,
                                "is_test_car": is_test,
                                "plate": f"TST-{serial:04d}" if is_test else "",
                                "dealer_cost": cost,
                                "arrived_on": None
                                if status is StockStatus.IN_TRANSIT
                                else self.today - timedelta(days=self.rng.randint(3, 120)),
                                "created_at": now,
                            }
                        )
                brand_names = {
                    "en": b["name_en"],
                    "zh_TW": b["name_zh_TW"],
                    "zh_CN": b["name_zh_CN"],
                }
                card_rows += fab_card_rows(model_id, m, brand_names, presented, presentation, now)
        _insert(conn, StockVehicle, stock_rows)
        _insert(conn, FabCard, card_rows)
        users = []
        for name, role in STAFF[self.region]:
            users.append(
                conn.execute(
                    insert(User).values(
                        name=name,
                        role=role.value,
                        phone="",
                        active=True,
                        created_at=now - timedelta(days=400),
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
            )
        return model_ids, users, len(stock_rows)

    audit_history = True

    def _audit_history(self, customers: int) -> None:
        from showroom_app.domain.enums import Role as _Role
        from showroom_app.domain.records import UserInfo
        from showroom_app.services.audit import AuditLog

        with self.db.read() as s:
            users = [(u.id, u.name, u.role) for u in s.scalars(select(User).order_by(User.id))]
        if not users:
            return
        for at, uid, name, action, entity, entity_id, detail in _demo_audit_entries(
            self.today, users, customers, self.rng
        ):
            role = next(r for i, _n, r in users if i == uid)
            log = AuditLog(clock=partial(_fixed, at))
            with self.db.write() as s:
                log.record(
                    s, UserInfo(uid, name, _Role(role)), action, entity, entity_id, detail=detail
                )

    def _appointments(self, conn: Connection, now: datetime) -> None:
        """A few booked visits, test drives and a delivery today and tomorrow, so the
        Today plan and the appointments day view have something to show."""
        opps = conn.execute(
            select(Opportunity.id, Opportunity.customer_id, Opportunity.assigned_user_id)
            .where(Opportunity.status == OpportunityStatus.OPEN.value)
            .order_by(Opportunity.id)
            .limit(len(DEMO_APPOINTMENTS))
        ).all()
        cars = conn.scalars(
            select(StockVehicle.id)
            .where(StockVehicle.is_test_car.is_(True))
            .order_by(StockVehicle.id)
        ).all()
        rows = []
        for (day, hour, minute, kind, length), opp in zip(DEMO_APPOINTMENTS, opps, strict=False):
            if kind == "test_drive" and not cars:
                kind = "visit"
            starts = datetime.combine(self.today + timedelta(days=day), time(hour, minute))
            rows.append(
                {
                    "customer_id": opp.customer_id,
                    "opportunity_id": opp.id,
                    "kind": kind,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(minutes=length),
                    "stock_vehicle_id": cars[-1] if kind == "test_drive" else None,
                    "status": "scheduled",
                    "assigned_user_id": opp.assigned_user_id,
                    "created_at": now,
                }
            )
        _insert(conn, Appointment, rows)

    def _arrival_today(self, fraction: float) -> datetime:
        earliest = datetime.combine(self.today, time(8, 30))
        latest = datetime.combine(self.today, time(18, 0))
        if self.today == date.today():
            latest = min(latest, datetime.now() - timedelta(minutes=3))
        if latest <= earliest:
            latest = earliest + timedelta(minutes=1)
        return earliest + (latest - earliest) * fraction

    # -- people -----------------------------------------------------------------------------
    def _person_name(self) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.04:
            company = rng.choice(self.names[f"companies_{self.script}"])
            return company, "none"
        surnames = self.names[f"surnames_{self.script}"]
        # frequent surnames more often: a triangular pick over the frequency-ordered list
        surname = surnames[int(rng.triangular(0, len(surnames), 0))]
        roll = rng.random()
        if roll < 0.12:  # only a surname and salutation, as recorded at the door
            return surname, rng.choice(["mr", "ms"])
        given = rng.choice(self.names[f"given_chars_{self.script}"])
        if roll < 0.85:
            given += rng.choice(self.names[f"given_chars_{self.script}"])
        return surname + given, rng.choice(["mr", "ms", "none"])

    def _customer_batches(
        self, total: int, model_ids: list[int], sales_ids: list[int]
    ) -> Iterator[tuple[list[dict[str, Any]], ...]]:
        rng = self.rng
        notes = self.names[NOTE_KEY[self.region]]
        streets = self.names[f"streets_{self.region.value}"]
        start_day = self.today - timedelta(days=365)
        for first in range(0, total, BATCH):
            customers: list[dict[str, Any]] = []
            phones: list[dict[str, Any]] = []
            opps: list[dict[str, Any]] = []
            visits: list[dict[str, Any]] = []
            tasks: list[dict[str, Any]] = []
            for i in range(first, min(first + BATCH, total)):
                cid = i + 1
                # the last ~0.02 % arrive today, so the visitor board is never empty
                if i >= total - max(3, total // 5000):
                    day = self.today
                else:
                    day = start_day + timedelta(days=int(rng.random() ** 0.8 * 365))
                arrive = datetime.combine(day, time(9, 30)) + timedelta(
                    minutes=rng.randint(0, 9 * 60)
                )
                if day == self.today:  # today's visitors arrived before "now"
                    arrive = self._arrival_today(rng.random())
                name, salutation = self._person_name()
                user = rng.choice(sales_ids) if rng.random() < 0.92 else None
                consent = rng.random() < 0.6
                customers.append(
                    {
                        "id": cid,
                        "kind": "company" if salutation == "none" and len(name) > 6 else "person",
                        "name": name,
                        "salutation": salutation,
                        "address": rng.choice(streets) + f" {rng.randint(1, 300)} 號"
                        if rng.random() < 0.5
                        else "",
                        "birthday": date(
                            rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28)
                        )
                        if rng.random() < 0.3
                        else None,
                        "messaging_id": "",
                        "notes": "",
                        "assigned_user_id": user,
                        "consent_marketing": consent,
                        "consent_marketing_at": arrive if consent else None,
                        "created_at": arrive,
                        "updated_at": arrive,
                        "version_id": 1,
                    }
                )
                e164 = demo_phone(self.region, i)
                phones.append(
                    {
                        "customer_id": cid,
                        "e164": e164,
                        "digits": e164.lstrip("+"),
                        "is_mobile": True,
                        "is_primary": True,
                    }
                )
                status = _weighted(rng, STATUS_WEIGHTS)
                if day == self.today:
                    status = OpportunityStatus.OPEN
                level = (
                    IntentLevel.O
                    if status in (OpportunityStatus.WON, OpportunityStatus.DELIVERED)
                    else _weighted(rng, OPEN_LEVELS)
                )
                stage = {
                    OpportunityStatus.WON: Stage.CLOSING,
                    OpportunityStatus.DELIVERED: Stage.AFTER_SALES,
                }.get(status, _weighted(rng, OPEN_STAGES))
                source = _weighted(rng, SOURCE_WEIGHTS)
                closed = None
                if status is not OpportunityStatus.OPEN:
                    closed = arrive + timedelta(days=rng.randint(1, 60))
                    if closed.date() > self.today:
                        closed = datetime.combine(self.today, time(10, 0))
                follow = None
                if status is OpportunityStatus.OPEN:
                    follow = max(
                        self.today + timedelta(days=rng.randint(-7, 14)), day + timedelta(days=1)
                    )
                elif status is OpportunityStatus.POSTPONED:
                    follow = self.today + timedelta(days=rng.randint(15, 90))
                opps.append(
                    {
                        "id": cid,
                        "customer_id": cid,
                        "source": source.value,
                        "source_detail": "",
                        "referrer_customer_id": rng.randint(1, cid - 1)
                        if source is LeadSource.REFERRAL and cid > 1
                        else None,
                        "intent_level": level.value,
                        "status": status.value,
                        "stage": stage.value,
                        "expected_purchase": "unknown",
                        "model_of_interest_id": rng.choice(model_ids),
                        "assigned_user_id": user,
                        "next_follow_up": follow,
                        "lost_reason": rng.choice(LOST_REASONS)
                        if status is OpportunityStatus.LOST
                        else "",
                        "lost_note": "",
                        "created_at": arrive,
                        "updated_at": closed or arrive,
                        "closed_at": closed,
                        "version_id": 1,
                    }
                )
                walk_in = (
                    source in (LeadSource.WALK_IN, LeadSource.EVENT, LeadSource.REFERRAL)
                    or rng.random() < 0.5
                )
                leave = (
                    None
                    if day == self.today and rng.random() < 0.5
                    else arrive + timedelta(minutes=rng.randint(15, 120))
                )
                if leave is not None and day == date.today() and leave > datetime.now():
                    leave = None  # still in the showroom
                visits.append(
                    {
                        "customer_id": cid,
                        "opportunity_id": cid,
                        "type": InteractionType.SHOWROOM_VISIT.value
                        if walk_in
                        else InteractionType.INBOUND_CALL.value,
                        "started_at": arrive,
                        "ended_at": leave
                        if walk_in
                        else arrive + timedelta(minutes=rng.randint(3, 15)),
                        "party_size": rng.randint(1, 4),
                        "first_visit": True,
                        "invited": source is not LeadSource.WALK_IN and walk_in,
                        "captured_contact": True,
                        "summary": rng.choice(notes),
                        "next_step": "",
                        "user_id": user,
                        "created_at": arrive,
                    }
                )
                if rng.random() < 0.35 and day < self.today - timedelta(days=3):
                    again = arrive + timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 3))
                    if again.date() < self.today:
                        visits.append(
                            {
                                "customer_id": cid,
                                "opportunity_id": cid,
                                "type": InteractionType.SHOWROOM_VISIT.value,
                                "started_at": again,
                                "ended_at": again + timedelta(minutes=rng.randint(20, 150)),
                                "party_size": rng.randint(1, 5),
                                "first_visit": False,
                                "invited": rng.random() < 0.6,
                                "captured_contact": True,
                                "summary": rng.choice(notes),
                                "next_step": "",
                                "user_id": user,
                                "created_at": again,
                            }
                        )
                if follow is not None and status is OpportunityStatus.OPEN:
                    tasks.append(
                        {
                            "customer_id": cid,
                            "opportunity_id": cid,
                            "kind": TaskKind.FOLLOW_UP.value,
                            "due_date": follow,
                            "purpose": "",
                            "status": TaskStatus.OPEN.value,
                            "outcome": "",
                            "notes": "",
                            "assigned_user_id": user,
                            "completed_at": None,
                            "created_at": arrive,
                        }
                    )
                if self.today - day <= timedelta(days=3):
                    tasks.append(
                        {
                            "customer_id": cid,
                            "opportunity_id": cid,
                            "kind": TaskKind.ARCHIVE.value,
                            "due_date": day + timedelta(days=2),
                            "purpose": "",
                            "status": TaskStatus.OPEN.value,
                            "outcome": "",
                            "notes": "",
                            "assigned_user_id": user,
                            "completed_at": None,
                            "created_at": arrive,
                        }
                    )
                if status is OpportunityStatus.DELIVERED and closed is not None:
                    for offset in (1, 3, 7, 30):
                        due = closed.date() + timedelta(days=offset)
                        done = due < self.today - timedelta(days=2)
                        tasks.append(
                            {
                                "customer_id": cid,
                                "opportunity_id": cid,
                                "kind": TaskKind.AFTER_SALES_CALL.value,
                                "due_date": due,
                                "purpose": f"D+{offset}",
                                "status": TaskStatus.DONE.value if done else TaskStatus.OPEN.value,
                                "outcome": "reached" if done else "",
                                "notes": "",
                                "assigned_user_id": user,
                                "completed_at": datetime.combine(due, time(15, 0))
                                if done
                                else None,
                                "created_at": closed,
                            }
                        )
            yield customers, phones, opps, visits, tasks

    def build(
        self, customers: int, progress: Callable[[int, int], None] | None = None
    ) -> DemoReport:
        import time as clock

        started = clock.perf_counter()
        counts = {"opps": 0, "visits": 0, "tasks": 0}
        with self.db.engine.connect() as conn:
            with conn.begin():
                if conn.execute(select(Dealership.id)).first() is not None:
                    raise ValueError(
                        "This database already holds a dealership; demo data is "
                        "only written into a new database."
                    )
                model_ids, users, stock = self._catalogue(conn)
            trims = len(conn.execute(select(Trim.id)).all())
            conn.rollback()
            sales_ids = users[1:]
            done = 0
            for batch in self._customer_batches(customers, model_ids, sales_ids):
                cust, phones, opps, visits, tasks = batch
                with conn.begin():
                    _insert(conn, Customer, cust)
                    _insert(conn, CustomerPhone, phones)
                    search.bulk_index(
                        conn,
                        (
                            (c["id"], c["name"], [p["e164"]])
                            for c, p in zip(cust, phones, strict=True)
                        ),
                    )
                    _insert(conn, Opportunity, opps)
                    _insert(conn, Interaction, visits)
                    _insert(conn, FollowUpTask, tasks)
                counts["opps"] += len(opps)
                counts["visits"] += len(visits)
                counts["tasks"] += len(tasks)
                done += len(cust)
                if progress is not None:
                    progress(done, customers)
            info = DEALERS[self.region]
            now = datetime.now()
            with conn.begin():
                self._appointments(conn, now)
                search.mark_current(conn)
                conn.execute(
                    insert(Dealership).values(
                        id=1,
                        name=info["name"],
                        address=info["address"],
                        phone=info["phone"],
                        tax_id=info["tax_id"],
                        region=self.region.value,
                        currency=REGION_CURRENCY[self.region].value,
                        doc_language=REGION_DOC_LANGUAGE[self.region].value,
                        paper_size="A4",
                        is_demo=True,
                        created_at=now,
                        updated_at=now,
                    )
                )
            conn.exec_driver_sql(
                "PRAGMA optimize"
            ) if self.db.engine.dialect.name == "sqlite" else None
        if self.audit_history:
            self._audit_history(min(customers, 50))
        return DemoReport(
            customers=customers,
            opportunities=counts["opps"],
            interactions=counts["visits"],
            tasks=counts["tasks"],
            trims=trims,
            stock=stock,
            seconds=clock.perf_counter() - started,
        )


#: (days from today, hour, minute, kind, minutes) of the demo's booked appointments
DEMO_APPOINTMENTS = (
    (0, 10, 0, "visit", 60),
    (0, 11, 30, "test_drive", 45),
    (0, 14, 0, "visit", 60),
    (0, 15, 30, "test_drive", 45),
    (0, 16, 30, "delivery", 90),
    (1, 10, 30, "visit", 60),
    (1, 14, 0, "test_drive", 45),
)


def _fixed(moment: datetime) -> datetime:
    return moment


def _demo_audit_entries(
    today: date, users: list[tuple[int, str, str]], customers: int, rng: random.Random
) -> list[tuple[datetime, int, str, str, str, int | None, dict[str, object]]]:
    """A week of desk life for the demo's audit log: sign-ins, a failed PIN, printed
    profile sheets and an export — so the manager's Audit log page has something to show."""
    entries: list[tuple[datetime, int, str, str, str, int | None, dict[str, object]]] = []
    for back in range(7, 0, -1):
        day = today - timedelta(days=back)
        for uid, name, _role in users:
            at = datetime.combine(day, time(9, 0)) + timedelta(minutes=rng.randint(0, 40))
            entries.append((at, uid, name, "sign_in", "user", uid, {}))
        if customers:
            uid, name, _role = rng.choice(users)
            at = datetime.combine(day, time(14, 0)) + timedelta(minutes=rng.randint(0, 120))
            entries.append(
                (
                    at,
                    uid,
                    name,
                    "print",
                    "customer",
                    rng.randint(1, customers),
                    {"document": "profile_sheet", "id_number": "masked"},
                )
            )
    uid, name, _role = users[-1]
    at = datetime.combine(today - timedelta(days=2), time(8, 55))
    entries.append((at, uid, name, "sign_in_failed", "user", uid, {}))
    entries.sort(key=lambda e: e[0])
    return entries


def create_demo_data(
    db: Database,
    customers: int,
    *,
    region: Region = Region.TW,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    audit_history: bool = True,
) -> DemoReport:
    """``audit_history=False`` leaves the audit log empty (tests that count entries)."""
    if customers < 0:
        raise ValueError("The number of customers cannot be negative.")
    builder = DemoBuilder(db, region=region, seed=seed, today=today)
    builder.audit_history = audit_history
    return builder.build(customers, progress)
