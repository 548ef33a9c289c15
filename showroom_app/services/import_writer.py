"""Writing a planned import: Core bulk inserts in batches, in the caller's transaction.

New customers are inserted a batch at a time with their phones and vehicles and indexed
for search; rows of known customers fill only what those customers left empty (a merge).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from showroom_app.db import search
from showroom_app.db.models import Customer, CustomerPhone, OwnedVehicle, VehicleModel
from showroom_app.domain.archive import next_maintenance
from showroom_app.domain.enums import Region
from showroom_app.domain.records import UserInfo
from showroom_app.domain.validators import is_mobile
from showroom_app.services.import_records import CancelImport, Cancelled, Progress
from showroom_app.services.import_rows import (
    CONSENTS,
    DEFAULTS,
    FILLABLE,
    CheckedRow,
    ImportPlan,
    chunks,
    fold_into,
    known_vehicle,
)


def count_new_vehicles(s: Session, plan: ImportPlan) -> int:
    """How many cars an import would add (a dry run writes nothing to count them)."""
    count = sum(len(r.vehicles) for r in plan.new)
    for chunk in chunks(list(plan.merges)):
        have: dict[int, list[dict[str, Any]]] = {cid: [] for cid in chunk}
        for car in s.execute(
            select(
                OwnedVehicle.customer_id,
                OwnedVehicle.model_id,
                OwnedVehicle.model_text,
                OwnedVehicle.plate,
                OwnedVehicle.vin,
            ).where(OwnedVehicle.customer_id.in_(chunk))
        ):
            have[car.customer_id].append(dict(car._mapping))
        for cid in chunk:
            for v in (v for row in plan.merges[cid] for v in row.vehicles):
                if not known_vehicle(have[cid], v):
                    have[cid].append(v)
                    count += 1
    return count


def write_plan(
    s: Session,
    plan: ImportPlan,
    actor: UserInfo,
    default_owner: int | None,
    region: Region,
    done: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """Everything in the caller's transaction; returns the number of vehicles added."""
    conn = s.connection()
    today = date.today()
    now = datetime.now()
    intervals = {
        mid: (km, months)
        for mid, km, months in conn.execute(
            select(
                VehicleModel.id,
                VehicleModel.service_interval_km,
                VehicleModel.service_interval_months,
            )
        )
    }

    def vehicle_row(customer_id: int, v: Mapping[str, Any]) -> dict[str, Any]:
        km, months = intervals.get(v["model_id"], (None, None))
        plan_ = next_maintenance(
            today=today,
            interval_km=km,
            interval_months=months,
            last_service_date=None,
            last_service_km=None,
            delivery_date=v["delivery_date"],
            odometer_at_delivery=v["odometer_at_delivery"],
            odometer_now=None,
            odometer_date=None,
            region=region,
        )
        return {
            "customer_id": customer_id,
            **v,
            "vehicle_type": "",
            "powertrain": "",
            "maintenance_items": [],
            "interval_km": None,
            "interval_months": None,
            "next_maintenance_override": None,
            "next_maintenance_date": plan_.next_date,
            "created_at": now,
            "updated_at": now,
        }

    def phone_row(customer_id: int, e164: str, primary: bool) -> dict[str, Any]:
        return {
            "customer_id": customer_id,
            "e164": e164,
            "digits": e164.lstrip("+"),
            "is_mobile": is_mobile(e164),
            "is_primary": primary,
        }

    def step(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise CancelImport
        if progress is not None:
            progress(min(done, total), total)

    vehicles = 0
    new_ids = insert(Customer).returning(Customer.id, sort_by_parameter_order=True)
    for batch in chunks(plan.new):
        customers = []
        for r in batch:
            values = {**DEFAULTS, **r.values}
            values["created_at"] = values["created_at"] or now
            owner = r.assigned if r.assigned_given else default_owner
            for kind in CONSENTS:
                if values[f"consent_{kind}"] and values[f"consent_{kind}_at"] is None:
                    values[f"consent_{kind}_at"] = now
                given = values[f"consent_{kind}_at"] is not None
                values[f"consent_{kind}_by"] = actor.id if given else None
            customers.append(
                {
                    **values,
                    "assigned_user_id": owner,
                    "id_type": "",
                    "id_number": "",
                    "updated_at": now,
                    "version_id": 1,
                }
            )
        ids = list(conn.execute(new_ids, customers).scalars())
        phones = [
            phone_row(cid, p, i == 0)
            for cid, r in zip(ids, batch, strict=True)
            for i, p in enumerate(r.phones)
        ]
        conn.execute(insert(CustomerPhone), phones)
        cars = [vehicle_row(cid, v) for cid, r in zip(ids, batch, strict=True) for v in r.vehicles]
        if cars:
            conn.execute(insert(OwnedVehicle), cars)
            vehicles += len(cars)
        plain = [
            (cid, r.values["name"], r.phones)
            for cid, r in zip(ids, batch, strict=True)
            if not r.vehicles
        ]
        if plain:  # customers with a car are indexed below, with its plate and VIN
            search.bulk_index(conn, plain)
        for cid, r in zip(ids, batch, strict=True):
            if r.vehicles:  # plates and VINs are searchable too
                search.index_customer(
                    s,
                    cid,
                    r.values["name"],
                    r.phones,
                    [v["plate"] for v in r.vehicles if v["plate"]],
                    [v["vin"] for v in r.vehicles if v["vin"]],
                )
        step(len(batch))
    for chunk in chunks(list(plan.merges.items())):
        vehicles += _merge(s, conn, dict(chunk), vehicle_row, phone_row, actor, now)
        step(sum(len(rows) for _cid, rows in chunk))
    return vehicles


def _merge(
    s: Session,
    conn: Connection,
    merges: Mapping[int, list[CheckedRow]],
    vehicle_row: Callable[[int, Mapping[str, Any]], dict[str, Any]],
    phone_row: Callable[[int, str, bool], dict[str, Any]],
    actor: UserInfo,
    now: datetime,
) -> int:
    """Fill the existing customers' empty fields; add new numbers and vehicles."""
    ids = list(merges)
    table = Customer.__table__
    current = {r.id: r for r in conn.execute(select(table).where(table.c.id.in_(ids)))}
    phones: dict[int, list[str]] = {cid: [] for cid in ids}
    for cid, e164 in conn.execute(
        select(CustomerPhone.customer_id, CustomerPhone.e164)
        .where(CustomerPhone.customer_id.in_(ids))
        .order_by(CustomerPhone.customer_id, CustomerPhone.is_primary.desc(), CustomerPhone.id)
    ):
        phones[cid].append(e164)
    cars: dict[int, list[dict[str, Any]]] = {cid: [] for cid in ids}
    for cid, model_id, model_text, plate, vin in conn.execute(
        select(
            OwnedVehicle.customer_id,
            OwnedVehicle.model_id,
            OwnedVehicle.model_text,
            OwnedVehicle.plate,
            OwnedVehicle.vin,
        ).where(OwnedVehicle.customer_id.in_(ids))
    ):
        cars[cid].append({"model_id": model_id, "model_text": model_text, "plate": plate,
                          "vin": vin})  # fmt: skip
    new_phones: list[dict[str, Any]] = []
    new_cars: list[dict[str, Any]] = []
    for cid, rows in merges.items():
        existing = current[cid]
        merged = CheckedRow(0, {k: getattr(existing, k) for k in (
            *FILLABLE, "salutation", *(f"consent_{k}" for k in CONSENTS),
            *(f"consent_{k}_at" for k in CONSENTS),
        )}, list(phones[cid]), list(cars[cid]))  # fmt: skip
        before = dict(merged.values)
        for row in rows:
            fold_into(merged, row)
        changes = {k: v for k, v in merged.values.items() if v != before[k]}
        for kind in CONSENTS:
            if f"consent_{kind}_at" in changes or f"consent_{kind}" in changes:
                at = merged.values[f"consent_{kind}_at"]
                if merged.values[f"consent_{kind}"] and at is None:
                    changes[f"consent_{kind}_at"] = now
                changes[f"consent_{kind}_by"] = actor.id
        if "desired_services" in changes:
            changes["desired_services"] = list(changes["desired_services"])
        conn.execute(
            update(Customer)
            .where(Customer.id == cid)
            .values(**changes, updated_at=now, version_id=Customer.version_id + 1)
        )
        added = merged.phones[len(phones[cid]) :]
        new_phones += [phone_row(cid, p, not phones[cid] and i == 0) for i, p in enumerate(added)]
        added_cars = merged.vehicles[len(cars[cid]) :]
        new_cars += [vehicle_row(cid, v) for v in added_cars]
        if added or added_cars:
            search.index_customer(
                s,
                cid,
                existing.name,
                merged.phones,
                [v["plate"] for v in merged.vehicles if v["plate"]],
                [v["vin"] for v in merged.vehicles if v["vin"]],
            )
    if new_phones:
        conn.execute(insert(CustomerPhone), new_phones)
    if new_cars:
        conn.execute(insert(OwnedVehicle), new_cars)
    return len(new_cars)
