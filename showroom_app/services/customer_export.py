"""Exporting customers: the rows the Customers list shows, as CSV or XLSX.

Exports are data, never formulas: every cell goes through ``neutralise`` (a leading
``= + - @`` TAB or CR gets a ``'``), and XLSX cells are always text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from showroom_app.db.models import Customer, CustomerPhone, OwnedVehicle, User, VehicleModel
from showroom_app.domain.validators import mask_id
from showroom_app.services.customers import CustomerFilter, CustomerService
from showroom_app.services.import_files import neutralise
from showroom_app.services.import_records import BATCH, EXPORT_FIELDS, Progress

_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def export_records(
    s: Session,
    customers: CustomerService,
    query: str,
    flt: CustomerFilter | None,
    language: str,
    progress: Progress | None,
) -> Iterator[list[str]]:
    """The rows of the export, newest first like the list, a batch at a time."""
    # The list's own conditions, so the export shows exactly what the list shows.
    condition = customers.list_condition(query, flt)
    searching = bool(query.strip() or (flt is not None and flt.query.strip()))
    total = 0
    if progress is not None:
        total = int(s.scalar(select(func.count()).select_from(Customer).where(condition)) or 0)
    table = Customer.__table__
    order = (table.c.id + 0).desc() if searching else table.c.id.desc()
    last: int | None = None
    done = 0
    while True:
        q = (
            select(table, User.name.label("salesperson_name"))
            .outerjoin(User, User.id == table.c.assigned_user_id)
            .where(condition, table.c.id < last if last is not None else true())
            .order_by(order)
            .limit(BATCH)
        )
        batch = s.execute(q).all()
        if not batch:
            return
        ids = [r.id for r in batch]
        last = ids[-1]
        phones: dict[int, list[str]] = {}
        for cid, e164 in s.execute(
            select(CustomerPhone.customer_id, CustomerPhone.e164)
            .where(CustomerPhone.customer_id.in_(ids))
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        ):
            phones.setdefault(cid, []).append(e164)
        first_car: dict[int, Any] = {}
        for vehicle in s.execute(
            select(
                OwnedVehicle.customer_id,
                OwnedVehicle.model_text,
                OwnedVehicle.plate,
                OwnedVehicle.vin,
                OwnedVehicle.delivery_date,
                OwnedVehicle.odometer_at_delivery,
                VehicleModel.name_en,
                VehicleModel.name_zh_tw,
                VehicleModel.name_zh_cn,
            )
            .outerjoin(VehicleModel, VehicleModel.id == OwnedVehicle.model_id)
            .where(OwnedVehicle.customer_id.in_(ids))
            .order_by(OwnedVehicle.id)
        ):
            first_car.setdefault(vehicle.customer_id, vehicle)
        for r in batch:
            car = first_car.get(r.id)
            yield [
                r.name,
                r.salutation,
                r.kind,
                ";".join(phones.get(r.id, [])),
                r.address,
                _iso(r.birthday),
                r.email,
                r.messaging_id,
                r.notes,
                r.preferred_channel,
                r.best_time,
                r.service_advisor,
                r.insurance_company,
                _iso(r.insurance_expiry),
                ";".join(r.desired_services or []),
                r.desired_services_note,
                "yes" if r.consent_marketing else "no",
                _iso(r.consent_marketing_at),
                "yes" if r.consent_photo else "no",
                _iso(r.consent_photo_at),
                r.salesperson_name or "",
                r.id_type,
                mask_id(r.id_number) if r.id_number else "",
                _model_name(
                    (car.name_en, car.name_zh_tw, car.name_zh_cn), car.model_text, language
                )
                if car
                else "",
                car.plate if car else "",
                car.vin if car else "",
                _iso(car.delivery_date) if car else "",
                "" if car is None or car.odometer_at_delivery is None
                else str(car.odometer_at_delivery),
                _iso(r.created_at),
            ]  # fmt: skip
        done += len(batch)
        if progress is not None:
            progress(done, max(total, done))


def write_csv(path: Path, headers: Sequence[str], records: Iterator[list[str]]) -> int:
    """UTF-8 with a BOM (Excel needs it to read UTF-8), RFC 4180 quoting, CRLF."""
    rows = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for record in records:
            writer.writerow([neutralise(v) for v in record])
            rows += 1
    return rows


def write_xlsx(path: Path, headers: Sequence[str], records: Iterator[list[str]]) -> int:
    """A write-only workbook (streams to disk); every cell a string, never a formula."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Customers")
    sheet.freeze_panes = "A2"  # the header stays in view while scrolling
    for index, key in enumerate(EXPORT_FIELDS, start=1):
        wide = key in ("name", "phones", "address", "notes", "email", "vin")
        sheet.column_dimensions[get_column_letter(index)].width = 24 if wide else 14
    sheet.append([neutralise(h) for h in headers])
    rows = 0
    for record in records:
        # text cells only: after neutralise() no value starts with "=", which openpyxl
        # would store as a formula; characters XML cannot hold are dropped
        sheet.append([_XLSX_ILLEGAL.sub("", neutralise(v)) for v in record])
        rows += 1
    workbook.save(path)
    return rows


def _iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value.isoformat()


def _model_name(names: Sequence[str | None], text: str, language: str) -> str:
    en, zh_tw, zh_cn = names
    if en is None:
        return text
    if language.startswith("zh_TW"):
        return zh_tw or en
    if language.startswith("zh"):
        return zh_cn or en
    return en
