"""Frozen records passed between layers (services return these, never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from showroom_app.domain.enums import (
    Currency,
    DocLanguage,
    IntentLevel,
    LeadSource,
    OpportunityStatus,
    Region,
    Role,
    StockStatus,
    TaskKind,
    TaskStatus,
)


@dataclass(frozen=True)
class DealershipInfo:
    name: str
    address: str
    phone: str
    tax_id: str
    region: Region
    currency: Currency
    doc_language: DocLanguage
    paper_size: str = "A4"
    is_demo: bool = False


@dataclass(frozen=True)
class DealershipForm:
    """What the user typed; validated by ``validate_dealership`` before anything is saved."""

    name: str
    address: str
    phone: str
    tax_id: str
    region: str
    doc_language: str
    paper_size: str = "A4"


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    active: bool = True


@dataclass(frozen=True)
class LocalisedName:
    en: str
    zh_tw: str
    zh_cn: str

    def for_language(self, lang: str) -> str:
        if lang.startswith("zh_TW") or lang.startswith("zh_HK"):
            return self.zh_tw or self.en
        if lang.startswith("zh"):
            return self.zh_cn or self.en
        return self.en


@dataclass(frozen=True)
class TrimRow:
    trim_id: int
    brand: LocalisedName
    model: LocalisedName
    trim: LocalisedName
    body_type: str
    powertrain: str
    displacement_cc: int | None
    motor_kw: int | None
    seats: int
    msrp: Decimal
    currency: Currency
    model_year: int | None
    in_stock: int
    in_transit: int
    reserved: int


@dataclass(frozen=True)
class StockRow:
    stock_id: int
    vin: str
    brand: LocalisedName
    model: LocalisedName
    trim: LocalisedName
    colour_ext: str
    colour_int: str
    status: StockStatus
    is_test_car: bool
    plate: str
    arrived_on: date | None
    dealer_cost: Decimal | None  # None when the caller may not see costs


@dataclass(frozen=True)
class CustomerRow:
    customer_id: int
    name: str
    salutation: str
    phone_e164: str
    salesperson: str
    intent_level: IntentLevel | None
    next_follow_up: date | None
    created_at: datetime


@dataclass(frozen=True)
class CustomerDetail:
    """One customer as a service returns it; the ID number is masked unless revealed."""

    customer_id: int
    name: str
    salutation: str
    kind: str
    phones: tuple[str, ...]
    address: str
    birthday: date | None
    messaging_id: str
    notes: str
    id_type: str
    id_number_masked: str
    assigned_user_id: int | None
    salesperson: str
    consent_marketing: bool
    consent_marketing_at: datetime | None
    consent_marketing_by: str
    consent_photo: bool
    consent_photo_at: datetime | None
    consent_photo_by: str
    created_at: datetime
    updated_at: datetime
    erased: bool
    version: int


@dataclass(frozen=True)
class OpportunityRow:
    opportunity_id: int
    customer_id: int
    customer_name: str
    phone_e164: str
    source: LeadSource
    intent_level: IntentLevel
    status: OpportunityStatus
    stage: str
    model: LocalisedName | None
    salesperson: str
    next_follow_up: date | None
    created_at: datetime
    salutation: str = "none"


@dataclass(frozen=True)
class TaskRow:
    task_id: int
    customer_id: int
    customer_name: str
    phone_e164: str
    kind: TaskKind
    status: TaskStatus
    due_date: date
    purpose: str
    intent_level: IntentLevel | None
    salesperson: str
    salutation: str = "none"


@dataclass(frozen=True)
class VisitRow:
    interaction_id: int
    customer_id: int
    customer_name: str
    started_at: datetime
    ended_at: datetime | None
    party_size: int
    first_visit: bool
    invited: bool
    summary: str
    salutation: str = "none"


@dataclass(frozen=True)
class TodaySummary:
    today: date
    overdue_count: int
    due_today_count: int
    visits_today: int
    open_by_level: dict[str, int]
    tasks: tuple[TaskRow, ...]
    visits: tuple[VisitRow, ...]


@dataclass(frozen=True)
class ActivityReport:
    """Plain counts from what is recorded; the KPI screens come in a later issue."""

    period_start: date
    period_end: date
    customers_total: int
    new_customers: int
    visitor_groups: int
    new_opportunities: int
    orders: int
    deliveries: int
    lost: int
    by_status: dict[str, int]
    by_level: dict[str, int]
    by_source: dict[str, int]


@dataclass(frozen=True)
class IntegrityReport:
    database: str
    schema_revision: str | None
    head_revision: str
    integrity: str
    foreign_key_problems: int
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.foreign_key_problems == 0
            and self.schema_revision == self.head_revision
        )


@dataclass(frozen=True)
class AuditFilter:
    """What the manager narrows the audit log to; ``None`` (or empty text) means "any".

    ``start`` and ``end`` are whole days, both included.
    """

    user_id: int | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    start: date | None = None
    end: date | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    entry_id: int
    at: datetime
    user_id: int | None
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    field: str
    old_value: str
    new_value: str
    detail: str


@dataclass(frozen=True)
class ChainReport:
    """The result of re-checking the audit log's hash chain.

    ``problem`` is a stable code: ``""`` (intact), ``"altered"`` (the entry's contents no
    longer match its hash), ``"missing"`` (``first_bad_id`` was removed) or ``"broken_link"``
    (the entry does not follow the one before it: entries removed, altered or reordered).
    ``entries`` counts the entries checked (all of them when the chain is intact).
    """

    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class OwnedVehicleInfo:
    vehicle_id: int
    model_id: int | None
    model_name: str  # catalogue name in the document/UI language, or the text typed
    plate: str
    vehicle_type: str
    powertrain: str
    vin: str
    delivery_date: date | None
    odometer_at_delivery: int | None
    maintenance_items: tuple[str, ...]
    interval_km: int | None
    interval_months: int | None
    next_maintenance_computed: date | None
    next_maintenance_override: date | None

    @property
    def next_maintenance(self) -> date | None:
        return self.next_maintenance_override or self.next_maintenance_computed


@dataclass(frozen=True)
class ServiceRecordInfo:
    record_id: int
    vehicle_id: int | None
    service_date: date
    odometer: int | None
    items: str
    amount: Decimal | None
    advisor: str
    notes: str


@dataclass(frozen=True)
class TimelineItem:
    when: datetime
    kind: str  # interaction type, "service", "task"
    summary: str
    user: str


@dataclass(frozen=True)
class CustomerProfile:
    """Everything of the 客戶檔案基本資料表 for one customer (DOMAIN.md §5.1, §6.8)."""

    detail: CustomerDetail
    email: str
    preferred_channel: str
    best_time: str
    service_advisor: str
    insurance_company: str
    insurance_expiry: date | None
    desired_services: tuple[str, ...]
    desired_services_note: str
    vehicles: tuple[OwnedVehicleInfo, ...]
    service_history: tuple[ServiceRecordInfo, ...]
    timeline: tuple[TimelineItem, ...]
    last_visit_or_service: date | None
    archive_due: date | None  # an open two-day archive task, if any
    archive_completed_at: datetime | None
    completeness: int
    missing: tuple[str, ...]  # archive field keys still empty
