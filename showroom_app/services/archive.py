"""The customer archive: archive fields, owned vehicles, service history, the two-day rule.

Every visit or service opens an "archive" task due two days later (the source document's
rule); completing the archive closes it. The next maintenance date is computed as in
DOMAIN.md §5.3 and may be overridden (the profile shows the override as such).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_app.db import search
from showroom_app.db.models import (
    Customer,
    CustomerPhone,
    Dealership,
    FollowUpTask,
    Interaction,
    OwnedVehicle,
    ServiceRecord,
    User,
    VehicleModel,
)
from showroom_app.domain.archive import (
    ArchiveForm,
    ServiceRecordForm,
    VehicleForm,
    archive_due,
    completeness,
    missing_archive_fields,
    next_maintenance,
    validate_archive,
    validate_service_record,
    validate_vehicle,
)
from showroom_app.domain.enums import InteractionType, Region, TaskKind, TaskStatus
from showroom_app.domain.errors import NotFound
from showroom_app.domain.records import (
    CustomerProfile,
    OwnedVehicleInfo,
    ServiceRecordInfo,
    TimelineItem,
)
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.session import DeskSession

ARCHIVE_ATTRS = (
    "email",
    "preferred_channel",
    "best_time",
    "service_advisor",
    "insurance_company",
    "insurance_expiry",
    "desired_services",
    "desired_services_note",
)


def _model_name(model: VehicleModel | None, text: str, language: str) -> str:
    if model is None:
        return text
    if language.startswith("zh_TW"):
        return model.name_zh_tw or model.name_en
    if language.startswith("zh"):
        return model.name_zh_cn or model.name_en
    return model.name_en


class ArchiveService:
    def __init__(
        self, db: Database, session: DeskSession, audit: AuditLog, customers: CustomerService
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._customers = customers

    # -- reading ------------------------------------------------------------------------
    def profile(
        self, customer_id: int, *, language: str = "en", today: date | None = None
    ) -> CustomerProfile:
        detail = self._customers.get(customer_id)  # visibility enforced there
        day = today or date.today()
        with self._db.read() as s:
            c = s.get(Customer, customer_id)
            assert c is not None
            region = self._region(s)
            history = self._history(s, customer_id)
            vehicles = [
                self._vehicle_info(
                    v,
                    s.get(VehicleModel, v.model_id) if v.model_id else None,
                    history,
                    region,
                    day,
                    language,
                )
                for v in s.scalars(
                    select(OwnedVehicle)
                    .where(OwnedVehicle.customer_id == customer_id)
                    .order_by(OwnedVehicle.id)
                )
            ]
            timeline: list[TimelineItem] = []
            for i, user in s.execute(
                select(Interaction, User.name)
                .outerjoin(User, User.id == Interaction.user_id)
                .where(Interaction.customer_id == customer_id)
            ):
                timeline.append(TimelineItem(i.started_at, i.type, i.summary, user or ""))
            for r in history:
                timeline.append(
                    TimelineItem(
                        datetime.combine(r.service_date, time(12)), "service", r.items, r.advisor
                    )
                )
            timeline.sort(key=lambda t: t.when, reverse=True)
            visit_days = [
                t.when.date()
                for t in timeline
                if t.kind in (InteractionType.SHOWROOM_VISIT.value, "service")
            ]
            last_visit = max(visit_days) if visit_days else None
            due = s.scalar(
                select(func.min(FollowUpTask.due_date)).where(
                    FollowUpTask.customer_id == customer_id,
                    FollowUpTask.kind == TaskKind.ARCHIVE.value,
                    FollowUpTask.status == TaskStatus.OPEN.value,
                )
            )
            present = {
                "name": bool(c.name.strip()),
                "address": bool(c.address.strip()),
                "phone": bool(detail.phones),
                "visit_or_service_date": last_visit is not None,
                "vehicle_model": any(v.model_name for v in vehicles),
                "plate": any(v.plate for v in vehicles),
                "vehicle_type": any(v.vehicle_type for v in vehicles),
                "maintenance_items": any(v.maintenance_items for v in vehicles),
                "maintenance_cycle": any(v.interval_km or v.interval_months for v in vehicles),
                "next_maintenance_date": any(v.next_maintenance for v in vehicles),
                "desired_services": bool(c.desired_services or c.desired_services_note.strip()),
            }
            return CustomerProfile(
                detail=detail,
                email=c.email,
                preferred_channel=c.preferred_channel,
                best_time=c.best_time,
                service_advisor=c.service_advisor,
                insurance_company=c.insurance_company,
                insurance_expiry=c.insurance_expiry,
                desired_services=tuple(c.desired_services or ()),
                desired_services_note=c.desired_services_note,
                vehicles=tuple(vehicles),
                service_history=tuple(history),
                timeline=tuple(timeline),
                last_visit_or_service=last_visit,
                archive_due=due,
                archive_completed_at=c.archive_completed_at,
                completeness=completeness(present),
                missing=tuple(missing_archive_fields(present)),
            )

    def _vehicle_info(
        self,
        v: OwnedVehicle,
        model: VehicleModel | None,
        history: list[ServiceRecordInfo],
        region: Region,
        today: date,
        language: str,
    ) -> OwnedVehicleInfo:
        own = [r for r in history if r.vehicle_id == v.id]
        last = own[-1] if own else None
        readings = [r for r in own if r.odometer is not None]
        latest = readings[-1] if readings else None
        plan = next_maintenance(
            today=today,
            interval_km=v.interval_km or (model.service_interval_km if model else None),
            interval_months=v.interval_months or (model.service_interval_months if model else None),
            last_service_date=last.service_date if last else None,
            last_service_km=last.odometer if last else None,
            delivery_date=v.delivery_date,
            odometer_at_delivery=v.odometer_at_delivery,
            odometer_now=latest.odometer if latest else None,
            odometer_date=latest.service_date if latest else None,
            region=region,
            override=v.next_maintenance_override,
        )
        return OwnedVehicleInfo(
            vehicle_id=v.id,
            model_id=v.model_id,
            model_name=_model_name(model, v.model_text, language),
            plate=v.plate,
            vehicle_type=v.vehicle_type or (model.body_type if model else ""),
            powertrain=v.powertrain,
            vin=v.vin,
            delivery_date=v.delivery_date,
            odometer_at_delivery=v.odometer_at_delivery,
            maintenance_items=tuple(v.maintenance_items or ()),
            interval_km=v.interval_km,
            interval_months=v.interval_months,
            next_maintenance_computed=plan.computed,
            next_maintenance_override=v.next_maintenance_override,
        )

    # -- writing ------------------------------------------------------------------------
    def save_archive(self, customer_id: int, form: ArchiveForm) -> None:
        actor = self._session.require_user()
        clean = validate_archive(form)
        self._customers.get(customer_id)
        with self._db.write() as s:
            c = s.get(Customer, customer_id)
            assert c is not None
            before = {a: getattr(c, a) for a in ARCHIVE_ATTRS}
            for attr in ARCHIVE_ATTRS:
                value = getattr(clean, attr)
                setattr(c, attr, list(value) if attr == "desired_services" else value)
            c.updated_at = datetime.now()
            self._audit.record_changes(
                s,
                actor,
                "customer",
                customer_id,
                {a: (before[a], getattr(c, a)) for a in ARCHIVE_ATTRS},
            )

    def add_vehicle(self, customer_id: int, form: VehicleForm) -> tuple[int, list[str]]:
        actor = self._session.require_user()
        self._customers.get(customer_id)
        with self._db.write() as s:
            clean, warnings = validate_vehicle(form, self._region(s), date.today())
            now = datetime.now()
            v = OwnedVehicle(customer_id=customer_id, created_at=now, updated_at=now)
            self._apply_vehicle(v, clean)
            s.add(v)
            s.flush()
            search.reindex_customer(s, customer_id)
            self._refresh_maintenance(s, customer_id)
            self._audit.record(
                s, actor, Action.CREATE, "vehicle", v.id, detail={"customer": customer_id}
            )
            return v.id, warnings

    def update_vehicle(self, vehicle_id: int, form: VehicleForm) -> list[str]:
        actor = self._session.require_user()
        with self._db.write() as s:
            v = self._vehicle(s, vehicle_id)
            clean, warnings = validate_vehicle(form, self._region(s), date.today())
            before = {
                k: getattr(v, k)
                for k in (
                    "plate",
                    "vin",
                    "model_id",
                    "interval_km",
                    "interval_months",
                    "next_maintenance_override",
                )
            }
            self._apply_vehicle(v, clean)
            v.updated_at = datetime.now()
            search.reindex_customer(s, v.customer_id)
            self._refresh_maintenance(s, v.customer_id)
            self._audit.record_changes(
                s, actor, "vehicle", vehicle_id, {k: (b, getattr(v, k)) for k, b in before.items()}
            )
            return warnings

    def remove_vehicle(self, vehicle_id: int) -> None:
        actor = self._session.require_user()
        with self._db.write() as s:
            v = self._vehicle(s, vehicle_id)
            customer_id = v.customer_id
            s.delete(v)
            s.flush()
            search.reindex_customer(s, customer_id)
            self._audit.record(
                s, actor, Action.DELETE, "vehicle", vehicle_id, detail={"customer": customer_id}
            )

    def add_service(self, customer_id: int, form: ServiceRecordForm) -> int:
        """A maintenance or repair visit: recorded, and the archive is due in two days."""
        actor = self._session.require_user()
        clean = validate_service_record(form, date.today())
        self._customers.get(customer_id)
        with self._db.write() as s:
            if clean.vehicle_id is not None:
                vehicle = s.get(OwnedVehicle, clean.vehicle_id)
                if vehicle is None or vehicle.customer_id != customer_id:
                    raise NotFound(f"Vehicle {clean.vehicle_id} does not belong to this customer.")
            record = ServiceRecord(
                customer_id=customer_id,
                vehicle_id=clean.vehicle_id,
                service_date=clean.service_date,
                odometer=clean.odometer,
                items=clean.items,
                amount=clean.amount,
                advisor=clean.advisor.strip(),
                notes=clean.notes,
                created_at=datetime.now(),
            )
            s.add(record)
            s.flush()
            self._refresh_maintenance(s, customer_id)
            self._open_archive_task(s, customer_id, clean.service_date, actor.id)
            self._audit.record(
                s,
                actor,
                Action.CREATE,
                "service_record",
                record.id,
                detail={"customer": customer_id},
            )
            return record.id

    def remove_service(self, record_id: int) -> None:
        actor = self._session.require_user()
        with self._db.write() as s:
            record = s.get(ServiceRecord, record_id)
            if record is None:
                raise NotFound(f"Service record {record_id} does not exist.")
            self._customers.get(record.customer_id)
            s.delete(record)
            self._refresh_maintenance(s, record.customer_id)
            self._audit.record(s, actor, Action.DELETE, "service_record", record_id)

    def record_visit(
        self,
        customer_id: int,
        *,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
        party_size: int = 1,
        invited: bool = False,
        summary: str = "",
        kind: InteractionType = InteractionType.SHOWROOM_VISIT,
    ) -> int:
        """A visit or call; a showroom visit opens the two-day archive task."""
        actor = self._session.require_user()
        self._customers.get(customer_id)
        start = started_at or datetime.now()
        with self._db.write() as s:
            earlier = s.scalar(
                select(func.count())
                .select_from(Interaction)
                .where(
                    Interaction.customer_id == customer_id,
                    Interaction.type == InteractionType.SHOWROOM_VISIT.value,
                )
            )
            phones = s.scalar(
                select(func.count())
                .select_from(CustomerPhone)
                .where(CustomerPhone.customer_id == customer_id)
            )
            visit = Interaction(
                customer_id=customer_id,
                type=kind.value,
                started_at=start,
                ended_at=ended_at,
                party_size=max(party_size, 1),
                first_visit=not earlier,
                invited=invited,
                captured_contact=bool(phones),
                summary=summary,
                next_step="",
                user_id=actor.id,
                created_at=datetime.now(),
            )
            s.add(visit)
            s.flush()
            if kind is InteractionType.SHOWROOM_VISIT:
                self._open_archive_task(s, customer_id, start.date(), actor.id)
            self._audit.record(
                s,
                actor,
                Action.CREATE,
                "interaction",
                visit.id,
                detail={"customer": customer_id, "type": kind.value},
            )
            return visit.id

    def complete_archive(self, customer_id: int) -> int:
        """The archive is done: close the open archive tasks; returns how many were closed."""
        actor = self._session.require_user()
        self._customers.get(customer_id)
        now = datetime.now()
        with self._db.write() as s:
            tasks = list(
                s.scalars(
                    select(FollowUpTask).where(
                        FollowUpTask.customer_id == customer_id,
                        FollowUpTask.kind == TaskKind.ARCHIVE.value,
                        FollowUpTask.status == TaskStatus.OPEN.value,
                    )
                )
            )
            for task in tasks:
                task.status = TaskStatus.DONE.value
                task.completed_at = now
                task.outcome = "archived"
            c = s.get(Customer, customer_id)
            assert c is not None
            c.archive_completed_at = now
            self._audit.record(
                s,
                actor,
                Action.UPDATE,
                "customer",
                customer_id,
                field="archive_completed",
                new=now.isoformat(timespec="seconds"),
            )
            return len(tasks)

    # -- helpers ------------------------------------------------------------------------
    def _open_archive_task(self, s: Session, customer_id: int, day: date, user_id: int) -> None:
        """One open archive task at a time: a later visit keeps the earlier due date."""
        existing = s.scalar(
            select(FollowUpTask)
            .where(
                FollowUpTask.customer_id == customer_id,
                FollowUpTask.kind == TaskKind.ARCHIVE.value,
                FollowUpTask.status == TaskStatus.OPEN.value,
            )
            .limit(1)
        )
        if existing is not None:
            return
        c = s.get(Customer, customer_id)
        s.add(
            FollowUpTask(
                customer_id=customer_id,
                opportunity_id=None,
                kind=TaskKind.ARCHIVE.value,
                due_date=archive_due(day),
                purpose="",
                status=TaskStatus.OPEN.value,
                outcome="",
                notes="",
                assigned_user_id=c.assigned_user_id if c and c.assigned_user_id else user_id,
                completed_at=None,
                created_at=datetime.now(),
            )
        )

    def _vehicle(self, s: Session, vehicle_id: int) -> OwnedVehicle:
        v = s.get(OwnedVehicle, vehicle_id)
        if v is None:
            raise NotFound(f"Vehicle {vehicle_id} does not exist.")
        self._customers.get(v.customer_id)  # visibility
        return v

    @staticmethod
    def _apply_vehicle(v: OwnedVehicle, clean: VehicleForm) -> None:
        v.model_id = clean.model_id
        v.model_text = clean.model_text
        v.plate = clean.plate
        v.vehicle_type = clean.vehicle_type
        v.powertrain = clean.powertrain
        v.vin = clean.vin
        v.delivery_date = clean.delivery_date
        v.odometer_at_delivery = clean.odometer_at_delivery
        v.maintenance_items = list(clean.maintenance_items)
        v.interval_km = clean.interval_km
        v.interval_months = clean.interval_months
        v.next_maintenance_override = clean.next_maintenance_override

    @staticmethod
    def _history(s: Session, customer_id: int) -> list[ServiceRecordInfo]:
        """The customer's service records, oldest first."""
        return [
            ServiceRecordInfo(
                r.id,
                r.vehicle_id,
                r.service_date,
                r.odometer,
                r.items,
                r.amount,
                r.advisor,
                r.notes,
            )
            for r in s.scalars(
                select(ServiceRecord)
                .where(ServiceRecord.customer_id == customer_id)
                .order_by(ServiceRecord.service_date, ServiceRecord.id)
            )
        ]

    def _refresh_maintenance(self, s: Session, customer_id: int) -> None:
        """Store each vehicle's effective next maintenance date (used by list filters)."""
        s.flush()
        history = self._history(s, customer_id)
        region = self._region(s)
        for v in s.scalars(select(OwnedVehicle).where(OwnedVehicle.customer_id == customer_id)):
            model = s.get(VehicleModel, v.model_id) if v.model_id else None
            info = self._vehicle_info(v, model, history, region, date.today(), "en")
            v.next_maintenance_date = info.next_maintenance

    @staticmethod
    def _region(s: Session) -> Region:
        dealer = s.get(Dealership, 1)
        return Region(dealer.region) if dealer else Region.TW


__all__ = ["ArchiveService"]
