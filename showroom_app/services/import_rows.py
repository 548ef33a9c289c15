"""Checking import rows with the domain validators, and planning what each row becomes.

Every row is checked with the same validators as the profile form (``RowChecker``); the
plan (``plan_import``) then decides for each checked row: a new customer, a merge into a
known one, or skipped. Both are pure: nothing here touches the database.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from showroom_app.db import search
from showroom_app.domain.archive import (
    DESIRED_SERVICES,
    ArchiveForm,
    VehicleForm,
    validate_archive,
    validate_vehicle,
)
from showroom_app.domain.customers import CustomerForm, validate_customer
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.services.import_files import parse_date, parse_datetime
from showroom_app.services.import_records import (
    BATCH,
    IMPORT_FIELDS,
    MSG_DATE,
    MSG_FUTURE,
    MSG_KIND,
    MSG_NEED_NAME,
    MSG_NEED_PHONE,
    MSG_NUMBER,
    MSG_TWICE,
    MSG_USER,
    MSG_YES_NO,
    Duplicate,
    DuplicateChoice,
    ImportFileError,
    ImportTable,
    RowProblem,
)

# -- what a checked row holds -----------------------------------------------------------------

#: Fields of ``customers`` an import fills, and their empty values (a merge fills only these).
FILLABLE: dict[str, Any] = {
    "address": "",
    "birthday": None,
    "messaging_id": "",
    "notes": "",
    "email": "",
    "preferred_channel": "",
    "best_time": "",
    "service_advisor": "",
    "insurance_company": "",
    "insurance_expiry": None,
    "desired_services": [],
    "desired_services_note": "",
}
CONSENTS = ("marketing", "photo")
#: Every value a checked row carries, with its default (rows keep only what differs).
DEFAULTS: dict[str, Any] = {
    "name": "",
    "salutation": "none",
    "kind": "person",
    **FILLABLE,
    "consent_marketing": False,
    "consent_marketing_at": None,
    "consent_photo": False,
    "consent_photo_at": None,
    "created_at": None,
}

# -- values in cells --------------------------------------------------------------------------

_LIST_SPLIT = re.compile(r"\s*[;,，；、\n/]\s*")
_PHONE_SPLIT = re.compile(r"\s*[;,，；、\n/]\s*")
_YES = {"yes", "y", "true", "1", "是", "有", "同意", "已同意", "✓", "✔", "v", "o", "○"}
_NO = {"no", "n", "false", "0", "否", "無", "无", "不同意", "未同意", "×", "✗", "-", ""}


def _words(table: Mapping[str, str]) -> dict[str, str]:
    """``{"mr": "mr|mr.|先生"}`` -> ``{"mr": "mr", "mr.": "mr", "先生": "mr"}``."""
    return {word: code for code, words in table.items() for word in words.split("|")}


_SALUTATIONS = _words(
    {
        "mr": "mr|mr.|先生|男|m",
        "ms": "ms|ms.|miss|小姐|f",
        "mrs": "mrs|mrs.|太太|夫人",
        "none": "none|",
    }
)
_KINDS = _words(
    {
        "person": "person|individual|個人|个人",
        "company": "company|business|公司|企業|企业|法人",
    }
)
_CHANNELS = _words(
    {
        "phone": "phone|電話|电话|call",
        "sms": "sms|簡訊|短信|短訊|text",
        "line": "line",
        "wechat": "wechat|微信",
        "whatsapp": "whatsapp",
        "email": "email|e-mail|電子郵件|电子邮件|電郵|邮件",
        "letter": "letter|信件|郵寄|邮寄",
    }
)
_SERVICES = {code: code for code in DESIRED_SERVICES} | _words(
    {
        "pickup_dropoff": "接送車|接送车|取送車|取送车",
        "weekend_slots": "週末|周末",
        "detailing": "美容",
        "tyre_hotel": "輪胎寄存|轮胎寄存",
        "insurance_quote": "保險報價|保险报价",
        "loan_car": "代步車|代步车",
        "reminder_by_message": "訊息提醒|消息提醒",
    }
)


def _parse_int(text: str) -> int:
    value = unicodedata.normalize("NFKC", text).strip().lower()
    value = re.sub(r"\s*(km|公里|千米)$", "", value).replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", value):  # thousands separators: 12,345
        value = value.replace(",", "")
    if re.fullmatch(r"\d+(\.0+)?", value) is None:  # Excel stores whole numbers as 12345.0
        raise ValueError(text)
    return int(value.split(".")[0])


# -- checking rows -------------------------------------------------------------------------------

#: Domain field names (ValidationError.field) -> the import field that holds the value.
_DOMAIN_FIELDS = {"phone": "phones", "model": "vehicle_model", "odometer_at_delivery": "odometer"}
_VEHICLE_FIELDS = ("vehicle_model", "plate", "vin", "delivery_date", "odometer")


@dataclass(slots=True)
class CheckedRow:
    """One checked row, ready to be written (or folded into another row)."""

    row: int
    values: dict[str, Any]
    phones: list[str]
    vehicles: list[dict[str, Any]]
    assigned: int | None = None
    assigned_given: bool = False


def known_vehicle(vehicles: Sequence[Mapping[str, Any]], v: Mapping[str, Any]) -> bool:
    """The same car: the same VIN or plate; without either, the same model."""
    for other in vehicles:
        if v["vin"] and other["vin"] == v["vin"]:
            return True
        if v["plate"] and other["plate"] == v["plate"]:
            return True
        if not (v["vin"] or v["plate"]) and (other["model_id"], other["model_text"]) == (
            v["model_id"],
            v["model_text"],
        ):
            return True
    return False


def _empty(value: object) -> bool:
    return value is None or value == "" or value == []


def fold_into(target: CheckedRow, row: CheckedRow) -> None:
    """A later row of the same person fills what the first one left empty."""
    mine, theirs = target.values, row.values
    for key in FILLABLE:
        if _empty(mine.get(key)) and not _empty(theirs.get(key)):
            mine[key] = theirs[key]
    if mine.get("salutation", "none") == "none" and "salutation" in theirs:
        mine["salutation"] = theirs["salutation"]
    for kind in CONSENTS:
        flag, at = f"consent_{kind}", f"consent_{kind}_at"
        if not mine.get(flag) and mine.get(at) is None and (flag in theirs or at in theirs):
            mine[flag], mine[at] = theirs.get(flag, False), theirs.get(at)
    target.phones.extend(p for p in row.phones if p not in target.phones)
    for v in row.vehicles:
        if not known_vehicle(target.vehicles, v):
            target.vehicles.append(v)


class RowChecker:
    """Turns the cells of one row into a ``CheckedRow`` using the domain validators."""

    def __init__(
        self,
        table: ImportTable,
        mapping: Mapping[int, str],
        *,
        region: Region,
        today: date,
        models: Mapping[str, int],
        users: Mapping[str, int],
        manager: bool,
    ) -> None:
        self.table = table
        self.region = region
        self.today = today
        self.models = models
        self.users = users
        self.manager = manager
        self.columns: dict[str, list[int]] = {}
        for index, key in sorted(mapping.items()):
            if key not in IMPORT_FIELDS or not 0 <= index < len(table.headers):
                continue
            self.columns.setdefault(key, []).append(index)
        if "phones" not in self.columns:
            raise ImportFileError(MSG_NEED_PHONE)
        if "name" not in self.columns:
            raise ImportFileError(MSG_NEED_NAME)
        for key, indexes in self.columns.items():
            if key != "phones" and len(indexes) > 1:
                names = ", ".join(f'"{table.column_name(i)}"' for i in indexes)
                raise ImportFileError(MSG_TWICE, columns=names)

    def column_of(self, key: str) -> str:
        indexes = self.columns.get(_DOMAIN_FIELDS.get(key, key))
        return self.table.column_name(indexes[0]) if indexes else ""

    def raw(self, cells: Sequence[str], key: str) -> str:
        indexes = self.columns.get(key)
        if not indexes:
            return ""
        if len(indexes) == 1:
            return cells[indexes[0]]
        return "\n".join(cells[i] for i in indexes if cells[i].strip())

    def problem(self, number: int, error: ValidationError) -> RowProblem:
        key = _DOMAIN_FIELDS.get(error.field, error.field)
        return RowProblem(
            number, self.column_of(key), key, error.message, error.code, dict(error.params)
        )

    def check(
        self, number: int, cells: Sequence[str]
    ) -> tuple[CheckedRow | None, list[RowProblem]]:
        errors: list[ValidationError] = []

        def parsed(key: str, parse: Callable[[str], Any], message: str, code: str) -> Any:
            text = self.raw(cells, key).strip()
            if not text:
                return None
            try:
                return parse(text)
            except ValueError:
                errors.append(ValidationError(key, message, code))
                return None

        def text(key: str) -> str:
            return self.raw(cells, key)

        def lowered(key: str) -> str:
            return unicodedata.normalize("NFKC", text(key)).strip().lower()

        birthday = parsed("birthday", parse_date, MSG_DATE, "date")
        expiry = parsed("insurance_expiry", parse_date, MSG_DATE, "date")
        delivery = parsed("delivery_date", parse_date, MSG_DATE, "date")
        odometer = parsed("odometer", _parse_int, MSG_NUMBER, "number")
        created = parsed("created_at", parse_datetime, MSG_DATE, "date")
        if created is not None and created.date() > self.today:
            errors.append(ValidationError("created_at", MSG_FUTURE, "date_range"))
            created = None
        consents: dict[str, Any] = {}
        for kind in CONSENTS:
            flag = lowered(f"consent_{kind}")
            if flag not in _YES and flag not in _NO:
                errors.append(ValidationError(f"consent_{kind}", MSG_YES_NO, "yes_no"))
            consents[f"consent_{kind}"] = flag in _YES
            consents[f"consent_{kind}_at"] = parsed(
                f"consent_{kind}_at", parse_datetime, MSG_DATE, "date"
            )
        salutation = lowered("salutation")
        if salutation == "女士":
            salutation = "ms" if self.region is Region.CN else "mrs"
        salutation = _SALUTATIONS.get(salutation, salutation)
        kind_text = lowered("kind")
        kind = _KINDS.get(kind_text or "person", "")
        if not kind:
            errors.append(ValidationError("kind", MSG_KIND, "invalid"))
            kind = "person"
        channel = lowered("preferred_channel")
        channel = _CHANNELS.get(channel, channel)
        services: list[str] = []
        note = text("desired_services_note").strip()
        unknown: list[str] = []
        for item in _LIST_SPLIT.split(text("desired_services").strip()):
            if not item:
                continue
            code = _SERVICES.get(item.lower().replace(" ", "_"), _SERVICES.get(item))
            if code is None:
                unknown.append(item)
            elif code not in services:
                services.append(code)
        if unknown:  # free text about the services wanted belongs in the note, not lost
            note = "；".join(filter(None, [note, "、".join(unknown)]))
        assigned: int | None = None
        assigned_given = False
        seller = " ".join(text("salesperson").split())
        if self.manager and seller:
            found = self.users.get(seller.casefold())
            if found is None:
                errors.append(ValidationError("salesperson", MSG_USER, "unknown_user", user=seller))
            assigned, assigned_given = found, True
        phones = tuple(p for p in _PHONE_SPLIT.split(text("phones").strip()) if p)
        customer = archive = None
        try:
            customer = validate_customer(
                CustomerForm(
                    name=text("name"),
                    phones=phones,
                    salutation=salutation or "none",
                    kind=kind,
                    address=text("address"),
                    birthday=birthday,
                    messaging_id=text("messaging_id"),
                    notes=text("notes"),
                ),
                self.region,
                self.today,
            )
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        try:
            archive = validate_archive(
                ArchiveForm(
                    email=text("email"),
                    preferred_channel=channel,
                    best_time=text("best_time"),
                    service_advisor=text("service_advisor"),
                    insurance_company=text("insurance_company"),
                    insurance_expiry=expiry,
                    desired_services=tuple(services),
                    desired_services_note=note,
                )
            )
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        vehicles: list[dict[str, Any]] = []
        if any(text(k).strip() for k in _VEHICLE_FIELDS):
            model_text = " ".join(text("vehicle_model").split())
            model_id = self.models.get(search.fold(model_text)) if model_text else None
            try:
                vehicle, _warnings = validate_vehicle(
                    VehicleForm(
                        model_id=model_id,
                        model_text="" if model_id else model_text,
                        plate=text("plate"),
                        vin=text("vin"),
                        delivery_date=delivery,
                        odometer_at_delivery=odometer,
                    ),
                    self.region,
                    self.today,
                )
                vehicles.append(
                    {
                        "model_id": vehicle.model_id,
                        "model_text": vehicle.model_text,
                        "plate": vehicle.plate,
                        "vin": vehicle.vin,
                        "delivery_date": vehicle.delivery_date,
                        "odometer_at_delivery": vehicle.odometer_at_delivery,
                    }
                )
            except ValidationErrors as exc:
                errors.extend(exc.errors)
        if errors or customer is None or archive is None:
            return None, [self.problem(number, e) for e in errors]
        values: dict[str, Any] = {
            "name": customer.name,
            "salutation": customer.salutation,
            "kind": customer.kind,
            "address": customer.address,
            "birthday": customer.birthday,
            "messaging_id": customer.messaging_id,
            "notes": customer.notes,
            "email": archive.email,
            "preferred_channel": archive.preferred_channel,
            "best_time": archive.best_time,
            "service_advisor": archive.service_advisor,
            "insurance_company": archive.insurance_company,
            "insurance_expiry": archive.insurance_expiry,
            "desired_services": list(archive.desired_services),
            "desired_services_note": archive.desired_services_note,
            "created_at": created,
            **consents,
        }
        # only what differs from the defaults: 100k rows wait in memory until they are written
        values = {k: v for k, v in values.items() if k == "name" or v != DEFAULTS[k]}
        return CheckedRow(
            number, values, list(customer.phones), vehicles, assigned, assigned_given
        ), []


@dataclass
class ImportPlan:
    new: list[CheckedRow] = dataclasses.field(default_factory=list)
    merges: dict[int, list[CheckedRow]] = dataclasses.field(default_factory=dict)
    skipped: int = 0
    duplicates: list[Duplicate] = dataclasses.field(default_factory=list)


def plan_import(
    rows: Sequence[CheckedRow],
    known: Mapping[str, tuple[int, int | None]],
    may_see: Callable[[int | None], bool],
    choice: DuplicateChoice,
) -> ImportPlan:
    """Decide for every checked row: a new customer, a merge, or skipped (pure).

    A row whose number is on file merges into that customer (or is skipped); so does a later
    row sharing a number with it. A row sharing a number with an earlier new row of the
    file is the same new customer.
    """
    plan = ImportPlan()
    # number -> the new row it belongs to, or (customer id, visible, first row of the file)
    seen: dict[str, CheckedRow | tuple[int, bool, int]] = {}
    for row in rows:
        target: CheckedRow | tuple[int, bool, int | None] | None = None
        phone = ""
        for phone in row.phones:
            if phone in known:
                customer_id, assigned = known[phone]
                target = (customer_id, may_see(assigned), None)
                break
            if phone in seen:
                target = seen[phone]
                break
        if target is None:
            plan.new.append(row)
            for p in row.phones:
                seen.setdefault(p, row)
        elif isinstance(target, CheckedRow):
            plan.duplicates.append(Duplicate(row.row, phone, None, target.row, True))
            if choice == "skip":
                plan.skipped += 1
                continue
            fold_into(target, row)
            for p in row.phones:
                seen.setdefault(p, target)
        else:
            customer_id, visible, first = target
            plan.duplicates.append(Duplicate(row.row, phone, customer_id, first, visible))
            for p in row.phones:
                seen.setdefault(p, (customer_id, visible, first or row.row))
            if choice == "skip" or not visible:
                plan.skipped += 1
            else:
                plan.merges.setdefault(customer_id, []).append(row)
    return plan


def chunks(items: Sequence[Any], size: int = BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
