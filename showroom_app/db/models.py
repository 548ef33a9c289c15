"""SQLAlchemy 2 typed models: the core of DOMAIN.md §3.

Enumerations are stored as their stable string codes (``String`` columns, checked by
the domain layer), money with the ``Money`` type, local date-times without zone (a desk
application on one PC; "today" is the showroom's today).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from showroom_app.db.types import Money

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {Decimal: Money}


class Dealership(Base):
    """The one dealership this installation serves (row id 1)."""

    __tablename__ = "dealership"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    region: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    doc_language: Mapped[str] = mapped_column(String(5))
    paper_size: Mapped[str] = mapped_column(String(10), default="A4")
    # the letterhead logo as the picture file the manager chose (PNG/JPEG, ≤ 2 MB)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # argon2id hash of the PIN or password; never the PIN itself
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    pin_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)


class AppSetting(Base):
    """Dealership-wide settings (idle lock, visibility, retention ...) as JSON values."""

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Approval(Base):
    """A request a manager approves or rejects (discounts over the threshold, lost deals)."""

    __tablename__ = "approvals"
    __table_args__ = (Index("ix_approvals_status", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Append-only: the database refuses UPDATE and DELETE (triggers), and each entry
    carries the hash of the previous one so removed or altered entries are detectable.
    Personal data is never written here (only which field changed), so erasing a customer
    leaves nothing behind in the log."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (Index("ix_customers_assigned_user_id", "assigned_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="person")
    name: Mapped[str] = mapped_column(String(200), index=True)
    salutation: Mapped[str] = mapped_column(String(10), default="none")
    address: Mapped[str] = mapped_column(String(500), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    messaging_id: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_marketing_at: Mapped[datetime | None] = mapped_column(DateTime)
    consent_marketing_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photo_at: Mapped[datetime | None] = mapped_column(DateTime)
    consent_photo_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    id_type: Mapped[str] = mapped_column(String(20), default="")
    id_number: Mapped[str] = mapped_column(String(40), default="")
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    # customer archive (客戶檔案基本資料表, DOMAIN.md §5.1)
    email: Mapped[str] = mapped_column(String(200), default="")
    preferred_channel: Mapped[str] = mapped_column(String(20), default="")
    best_time: Mapped[str] = mapped_column(String(100), default="")
    service_advisor: Mapped[str] = mapped_column(String(100), default="")
    insurance_company: Mapped[str] = mapped_column(String(100), default="")
    insurance_expiry: Mapped[date | None] = mapped_column(Date)
    desired_services: Mapped[list[str]] = mapped_column(JSON, default=list)
    desired_services_note: Mapped[str] = mapped_column(Text, default="")
    archive_completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )
    __mapper_args__ = {"version_id_col": version_id}


class CustomerPhone(Base):
    __tablename__ = "customer_phones"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    e164: Mapped[str] = mapped_column(String(20), index=True)
    digits: Mapped[str] = mapped_column(String(20))
    is_mobile: Mapped[bool] = mapped_column(Boolean, default=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=True)
    customer: Mapped[Customer] = relationship(back_populates="phones")


class OwnedVehicle(Base):
    """A car the customer owns (bought here or elsewhere): the after-sales archive's core."""

    __tablename__ = "owned_vehicles"
    __table_args__ = (
        CheckConstraint(
            "odometer_at_delivery IS NULL OR odometer_at_delivery >= 0",
            name="odometer_non_negative",
        ),
        CheckConstraint("interval_km IS NULL OR interval_km > 0", name="interval_km_positive"),
        CheckConstraint(
            "interval_months IS NULL OR interval_months > 0", name="interval_months_positive"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    model_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle_models.id"))
    model_text: Mapped[str] = mapped_column(String(120), default="")
    plate: Mapped[str] = mapped_column(String(20), default="", index=True)
    vehicle_type: Mapped[str] = mapped_column(String(20), default="")
    powertrain: Mapped[str] = mapped_column(String(10), default="")
    vin: Mapped[str] = mapped_column(String(17), default="", index=True)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    odometer_at_delivery: Mapped[int | None] = mapped_column(Integer)
    maintenance_items: Mapped[list[str]] = mapped_column(JSON, default=list)
    interval_km: Mapped[int | None] = mapped_column(Integer)
    interval_months: Mapped[int | None] = mapped_column(Integer)
    next_maintenance_override: Mapped[date | None] = mapped_column(Date)
    # the effective next maintenance date (override or computed), kept for list filters
    next_maintenance_date: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ServiceRecord(Base):
    __tablename__ = "service_records"
    __table_args__ = (
        CheckConstraint("odometer IS NULL OR odometer >= 0", name="odometer_non_negative"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_non_negative"),
        Index("ix_service_records_customer_date", "customer_id", "service_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("owned_vehicles.id", ondelete="SET NULL")
    )
    service_date: Mapped[date] = mapped_column(Date)
    odometer: Mapped[int | None] = mapped_column(Integer)
    items: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(Money)
    advisor: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Brand(Base):
    __tablename__ = "brands"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_zh_tw: Mapped[str] = mapped_column(String(100))
    name_zh_cn: Mapped[str] = mapped_column(String(100))


class VehicleModel(Base):
    __tablename__ = "vehicle_models"
    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id"), index=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_zh_tw: Mapped[str] = mapped_column(String(100))
    name_zh_cn: Mapped[str] = mapped_column(String(100))
    body_type: Mapped[str] = mapped_column(String(20))
    first_service_km: Mapped[int | None] = mapped_column(Integer)
    first_service_months: Mapped[int | None] = mapped_column(Integer)
    service_interval_km: Mapped[int | None] = mapped_column(Integer)
    service_interval_months: Mapped[int | None] = mapped_column(Integer)
    colours_ext: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    colours_int: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Trim(Base):
    __tablename__ = "trims"
    __table_args__ = (CheckConstraint("msrp >= 0", name="msrp_non_negative"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("vehicle_models.id"), index=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_zh_tw: Mapped[str] = mapped_column(String(120))
    name_zh_cn: Mapped[str] = mapped_column(String(120))
    model_year: Mapped[int | None] = mapped_column(Integer)
    powertrain: Mapped[str] = mapped_column(String(10))
    displacement_cc: Mapped[int | None] = mapped_column(Integer)
    motor_kw: Mapped[int | None] = mapped_column(Integer)
    power_kw: Mapped[int | None] = mapped_column(Integer)
    seats: Mapped[int] = mapped_column(Integer)
    battery_kwh: Mapped[Decimal | None] = mapped_column(Numeric(6, 1, asdecimal=True))
    range_km: Mapped[int | None] = mapped_column(Integer)
    # key specs the dealership edits (stage 4): {spec code: value text}, e.g. "length_mm"
    specs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    msrp: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StockVehicle(Base):
    __tablename__ = "stock_vehicles"
    __table_args__ = (
        CheckConstraint("dealer_cost IS NULL OR dealer_cost >= 0", name="cost_non_negative"),
        Index("ix_stock_vehicles_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    trim_id: Mapped[int] = mapped_column(ForeignKey("trims.id"), index=True)
    vin: Mapped[str] = mapped_column(String(17), unique=True)
    engine_no: Mapped[str] = mapped_column(String(40), default="")
    colour_ext: Mapped[str] = mapped_column(String(100), default="")
    colour_int: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20))
    is_test_car: Mapped[bool] = mapped_column(Boolean, default=False)
    plate: Mapped[str] = mapped_column(String(20), default="")
    dealer_cost: Mapped[Decimal | None] = mapped_column(Money)
    arrived_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class Opportunity(Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        Index("ix_opportunities_status_user", "status", "assigned_user_id"),
        Index("ix_opportunities_customer_status", "customer_id", "status"),
        Index("ix_opportunities_next_follow_up", "next_follow_up"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(30))
    source_detail: Mapped[str] = mapped_column(String(200), default="")
    referrer_customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL")
    )
    intent_level: Mapped[str] = mapped_column(String(1))
    status: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20), default="reception")
    expected_purchase: Mapped[str] = mapped_column(String(10), default="unknown")
    model_of_interest_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle_models.id"))
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    lost_reason: Mapped[str] = mapped_column(String(30), default="")
    lost_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # sales cockpit (issue 5): the process version followed, the needs profile, checklist
    # states ({code: {state, reason, at, by}}) and whole-stage N/A marks ({stage: {...}})
    process_version: Mapped[int | None] = mapped_column(Integer)
    timeline: Mapped[str] = mapped_column(String(10), default="unknown", server_default="unknown")
    needs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    checklist: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    stage_marks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    lost_competitor: Mapped[str] = mapped_column(String(120), default="", server_default="")
    revisit_on: Mapped[date | None] = mapped_column(Date)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class ProcessDefinitionRow(Base):
    """One saved version of the dealership's sales process (``domain.process`` JSON)."""

    __tablename__ = "process_definitions"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    preset: Mapped[str] = mapped_column(String(100))
    json_text: Mapped[str] = mapped_column("json", Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class TestDrive(Base):
    """A test drive from booking to return (DOMAIN.md §4.5). ``starts_at``/``ends_at`` are the
    booked slot; ``started_at``/``finished_at`` what really happened."""

    __test__ = False  # not a pytest class
    __tablename__ = "test_drives"
    __table_args__ = (
        Index("ix_test_drives_car_start", "stock_vehicle_id", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("odo_out IS NULL OR odo_out >= 0", name="odo_out_non_negative"),
        CheckConstraint("odo_in IS NULL OR odo_in >= odo_out", name="odo_in_not_below_out"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    stock_vehicle_id: Mapped[int] = mapped_column(ForeignKey("stock_vehicles.id"))
    status: Mapped[str] = mapped_column(String(12), default="booked")
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    odo_out: Mapped[int | None] = mapped_column(Integer)
    odo_in: Mapped[int | None] = mapped_column(Integer)
    route: Mapped[str] = mapped_column(Text, default="")
    accompanied_by: Mapped[str] = mapped_column(String(100), default="")
    licence_number: Mapped[str] = mapped_column(String(40), default="")
    licence_class: Mapped[str] = mapped_column(String(20), default="")
    licence_expiry: Mapped[date | None] = mapped_column(Date)
    licence_first_issue: Mapped[date | None] = mapped_column(Date)
    birth_date: Mapped[date | None] = mapped_column(Date)
    manual_transmission: Mapped[bool] = mapped_column(Boolean, default=False)
    licence_checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    agreement_signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # the feedback (試駕評價: ratings 1-5 + notes); not named "feedback", which the
    # money-column guard (tests/unit/db/test_money_type.py) reads as a "fee"
    review: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Appointment(Base):
    """A visit, test drive or delivery booked with a customer (stage 1)."""

    __tablename__ = "appointments"
    __table_args__ = (
        Index("ix_appointments_starts_at", "starts_at"),
        Index("ix_appointments_car_start", "stock_vehicle_id", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(12))  # visit | test_drive | delivery
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    stock_vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("stock_vehicles.id"))
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReadinessCheck(Base):
    """The daily readiness checklist (sales kit, showroom cars, test car), one row a day."""

    __tablename__ = "readiness_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    items: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_customer_started", "customer_id", "started_at"),
        Index("ix_interactions_started_at", "started_at"),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ends_after_start"),
        CheckConstraint("party_size >= 1", name="party_size_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL"), index=True
    )
    type: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    companions: Mapped[str] = mapped_column(String(200), default="", server_default="")
    first_visit: Mapped[bool] = mapped_column(Boolean, default=True)
    invited: Mapped[bool] = mapped_column(Boolean, default=False)
    captured_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FollowUpTask(Base):
    __tablename__ = "follow_up_tasks"
    __table_args__ = (
        Index("ix_follow_up_tasks_status_due", "status", "due_date"),
        Index("ix_follow_up_tasks_customer", "customer_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    outcome: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FabCard(Base):
    """A feature → advantage → benefit card for the walkaround (DOMAIN.md §4.4), for one
    model (``trim_id`` empty) or one trim; texts are {language: text}, the dealership's data."""

    __tablename__ = "fab_cards"
    __table_args__ = (Index("ix_fab_cards_model_trim", "model_id", "trim_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("vehicle_models.id", ondelete="CASCADE"))
    trim_id: Mapped[int | None] = mapped_column(ForeignKey("trims.id", ondelete="CASCADE"))
    point: Mapped[str] = mapped_column(String(20))  # walkaround position code
    priority: Mapped[str] = mapped_column(String(20), default="")  # NeedsProfile priority
    feature: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    advantage: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    benefit: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Objection(Base):
    """An objection the customer raised (stage 4), with tags (price / space / delivery …)."""

    __tablename__ = "objections"
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Presentation(Base):
    """What was shown in stage 4 for an opportunity: trims presented and compared,
    walkaround points and FAB cards covered, competitor compared."""

    __tablename__ = "presentations"
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), unique=True
    )
    trims: Mapped[list[int]] = mapped_column(JSON, default=list)
    compared: Mapped[list[int]] = mapped_column(JSON, default=list)
    points_done: Mapped[list[str]] = mapped_column(JSON, default=list)
    cards_shown: Mapped[list[int]] = mapped_column(JSON, default=list)
    competitor: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Draft(Base):
    """Typed input not yet valid enough to save (autosave keeps it so a crash loses at
    most two seconds); one row per (user, form key), removed once the form saves."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "form_key", name="user_form"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    form_key: Mapped[str] = mapped_column(String(100))
    # the customer whose data the draft holds (erasing the customer removes it)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class TaxRule(Base):
    """One dated rule of the government taxes and fees table (DOMAIN.md §7.0): the rule
    valid on the legally relevant date is used; ``value`` is JSON text (decimals as
    strings, bands as lists)."""

    __tablename__ = "tax_rules"
    __table_args__ = (
        Index("ix_tax_rules_key", "region", "key", "valid_from"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="valid_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(String(2))
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Deal(Base):
    """The deal desk of one opportunity (stage 6): the unit or trim, the price inputs as
    entered (``inputs``) and the figures computed from them (``figures``, a snapshot the
    documents are rendered from). ``request_token`` makes creation idempotent: a double
    click or a retry after an error finds the deal instead of creating a second one."""

    __tablename__ = "deals"
    __table_args__ = (
        CheckConstraint("price >= 0", name="price_non_negative"),
        Index("ix_deals_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    request_token: Mapped[str] = mapped_column(String(40), unique=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), unique=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    trim_id: Mapped[int] = mapped_column(ForeignKey("trims.id"))
    stock_vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("stock_vehicles.id"))
    region: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(12), default="draft")
    msrp: Mapped[Decimal] = mapped_column(Money)
    price: Mapped[Decimal] = mapped_column(Money)
    total_on_the_road: Mapped[Decimal] = mapped_column(Money)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))
    approved_discount: Mapped[Decimal | None] = mapped_column(Money)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class FinanceApplication(Base):
    """A loan application of a deal (stage finance): the product as quoted and its status
    draft → submitted → approved / conditional / rejected → signed → disbursed."""

    __tablename__ = "finance_applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    lender: Mapped[str] = mapped_column(String(120))
    product: Mapped[str] = mapped_column(String(120), default="")
    method: Mapped[str] = mapped_column(String(20))  # equal_instalment, balloon, flat …
    principal: Mapped[Decimal] = mapped_column(Money)
    annual_rate: Mapped[Decimal] = mapped_column(Numeric(9, 6, asdecimal=True))
    months: Mapped[int] = mapped_column(Integer)
    fee_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    balloon_amount: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    checklist: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    history: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class ContractTemplate(Base):
    """One version of a region's contract clauses (the dealership edits them; a contract
    keeps the version it was signed with)."""

    __tablename__ = "contract_templates"
    __table_args__ = (UniqueConstraint("region", "version", name="region_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(String(2))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    clauses: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    roc_dates: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class NumberSequence(Base):
    """Document number sequences (contracts, receipts) per dealership."""

    __tablename__ = "number_sequences"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)


class Contract(Base):
    """A signed purchase contract: its number, the template version used, and the data
    it was rendered from (``snapshot``) so a reprint is identical to the original."""

    __tablename__ = "contracts"
    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("contract_templates.id"))
    earnest_kind: Mapped[str] = mapped_column(String(12))  # 定金 (CN) / 訂金 (TW) / none
    deposit_amount: Mapped[Decimal] = mapped_column(Money)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date | None] = mapped_column(Date)  # TW: handed over for review
    signed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Receipt(Base):
    """A receipt for money received against a contract (deposit, balance)."""

    __tablename__ = "receipts"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default="deposit")
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Delivery(Base):
    """Stage 7: the delivery appointment, PDI, handover and the delivered car."""

    __tablename__ = "deliveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), unique=True)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL")
    )
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime)
    pdi: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    pdi_technician: Mapped[str] = mapped_column(String(100), default="")
    pdi_signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    handover: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    odometer: Mapped[int | None] = mapped_column(Integer)
    vin: Mapped[str] = mapped_column(String(17), default="")
    plate: Mapped[str] = mapped_column(String(20), default="")
    service_advisor: Mapped[str] = mapped_column(String(100), default="")
    first_service_on: Mapped[date | None] = mapped_column(Date)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


__all__ = [
    "AppSetting",
    "Appointment",
    "Approval",
    "AuditEntry",
    "Base",
    "Brand",
    "Contract",
    "ContractTemplate",
    "Customer",
    "CustomerPhone",
    "Deal",
    "Dealership",
    "Delivery",
    "Draft",
    "FabCard",
    "FinanceApplication",
    "FollowUpTask",
    "Interaction",
    "NumberSequence",
    "Objection",
    "Opportunity",
    "OwnedVehicle",
    "Presentation",
    "ProcessDefinitionRow",
    "ReadinessCheck",
    "Receipt",
    "ServiceRecord",
    "StockVehicle",
    "TaxRule",
    "TestDrive",
    "Trim",
    "User",
    "VehicleModel",
]
