"""Delivery rules (DOMAIN.md §4.8 and §11 "Delivery") and the after-sales plan (§5.2).

"Lighthouse, not reins": the hard stops are the legal and safety ones only. The delivered VIN
must equal the contract's; the PDI must be signed by a technician and dated no later than the
delivery; at least one key is handed over; the service advisor is named; and the odometer is
read (the archive's maintenance dates start from it). Everything else is a warning the user
acknowledges: an odometer over the contract's maximum, money not settled or a loan not
disbursed, documents not yet ticked, defects noted in the PDI.

The contract snapshot keys read here (agreed with the contract module):
``snapshot["vehicle"]["vin"]`` — the VIN written on the contract, and
``snapshot["vehicle"]["max_odometer_km"]`` — the contract's maximum delivery odometer in km
(an int; absent or null when the contract sets none).

The checklists are data in ``domain.delivery_templates``, the first maintenance date and the
follow-up plan are in ``domain.delivery_plan``; both are re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from showroom_app.domain import delivery_messages as msg
from showroom_app.domain.cockpit import ItemRecord, ItemState
from showroom_app.domain.delivery_plan import PlannedFollowUp, first_service_date, follow_up_plan
from showroom_app.domain.delivery_templates import (
    FUNCTIONS_TO_EXPLAIN,
    HANDOVER_DOCUMENTS,
    PDI_TEMPLATE,
    TOOLS_AND_LOOSE_ITEMS,
    CheckGroup,
    CheckItem,
    for_powertrain,
    handover_documents,
    item_codes,
    pdi_template,
)
from showroom_app.domain.enums import Powertrain, Region
from showroom_app.domain.errors import ConfirmationRequired, ValidationError, ValidationErrors
from showroom_app.domain.validators import (
    ValidationWarning,
    normalise_plate,
    plate_warnings,
    validate_vin,
    vin_warnings,
)

__all__ = [
    "FUNCTIONS_TO_EXPLAIN",
    "HANDOVER_DOCUMENTS",
    "PDI_TEMPLATE",
    "TOOLS_AND_LOOSE_ITEMS",
    "CheckGroup",
    "CheckItem",
    "ContractVehicle",
    "DeliveryCheck",
    "DeliveryFacts",
    "DeliveryStatus",
    "DeliveryWarnings",
    "HandoverForm",
    "PdiRecord",
    "PdiResult",
    "PlannedFollowUp",
    "VehicleDetails",
    "check_delivery",
    "check_keys",
    "check_odometer",
    "check_pdi_date",
    "check_service_advisor",
    "check_vin_matches",
    "clean_details",
    "contract_vehicle",
    "document_warnings",
    "first_service_date",
    "follow_up_plan",
    "for_powertrain",
    "handover_documents",
    "odometer_warnings",
    "payment_warnings",
    "pdi_pending",
    "pdi_template",
    "validate_handover",
    "validate_pdi",
    "validate_sign_off",
]

MAX_KEYS = 20
MAX_ODOMETER = 2_000_000
MAX_NAME_LEN = 100
MAX_NOTE_LEN = 200


class DeliveryStatus(StrEnum):
    OPEN = "open"  # something recorded, no appointment yet
    SCHEDULED = "scheduled"
    DELIVERED = "delivered"


class PdiResult(StrEnum):
    OK = "ok"
    DEFECT = "defect"  # noted, with the agreed fix (DOMAIN.md §6.6 "remarks on any defect")
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class PdiRecord:
    """One PDI item's result; a defect needs a note, not applicable a one-line reason."""

    result: PdiResult
    note: str = ""

    def __post_init__(self) -> None:
        note = self.note.strip()
        if not note and self.result is PdiResult.DEFECT:
            raise ValidationError("note", msg.DEFECT_NOTE, "note_required")
        if not note and self.result is PdiResult.NOT_APPLICABLE:
            raise ValidationError("note", msg.NA_REASON, "reason_required")
        if len(note) > MAX_NOTE_LEN:
            raise ValidationError("note", msg.TOO_LONG, "too_long", max_len=MAX_NOTE_LEN)
        if "\n" in note or "\r" in note:
            raise ValidationError("note", msg.ONE_LINE, "one_line")
        object.__setattr__(self, "note", note)


@dataclass(frozen=True)
class HandoverForm:
    """The handover as recorded: each checklist maps item code -> done / not applicable
    (pending items are simply absent)."""

    documents: Mapping[str, ItemRecord] = field(default_factory=dict)
    functions: Mapping[str, ItemRecord] = field(default_factory=dict)
    tools: Mapping[str, ItemRecord] = field(default_factory=dict)
    keys_count: int | None = None
    #: photo-sharing consent asked at the ceremony; None leaves the customer's consent as is
    photo_consent: bool | None = None
    payment_settled: bool = False  # balance received (cash is not always receipted here)
    loan_disbursed: bool = False


class ContractVehicle(NamedTuple):
    vin: str
    max_odometer_km: int | None


def contract_vehicle(snapshot: Mapping[str, Any] | None) -> ContractVehicle:
    """The VIN and maximum odometer a contract snapshot records (see the module docstring)."""
    vehicle = (snapshot or {}).get("vehicle")
    if not isinstance(vehicle, Mapping):
        return ContractVehicle("", None)
    vin = vehicle.get("vin")
    raw_max = vehicle.get("max_odometer_km")
    max_km: int | None = None
    if isinstance(raw_max, int) and not isinstance(raw_max, bool):
        max_km = raw_max
    elif isinstance(raw_max, str) and raw_max.strip().isdigit():
        max_km = int(raw_max.strip())
    return ContractVehicle(vin.strip().upper() if isinstance(vin, str) else "", max_km)


# -- checklists --------------------------------------------------------------------------------


def _check_codes(
    name: str, given: Mapping[str, object], allowed: frozenset[str]
) -> list[ValidationError]:
    return [
        ValidationError(f"{name}.{code}", msg.NOT_ON_CHECKLIST, "unknown_item")
        for code in sorted(given)
        if code not in allowed
    ]


def _pdi_codes(powertrain: Powertrain | None) -> frozenset[str]:
    return frozenset(i.code for g in pdi_template(powertrain) for i in g.items)


def validate_pdi(
    results: Mapping[str, PdiRecord | None], powertrain: Powertrain | None
) -> dict[str, PdiRecord | None]:
    """Refuses codes not on this car's PDI; ``None`` means "back to not recorded"."""
    errors = _check_codes("pdi", results, _pdi_codes(powertrain))
    if errors:
        raise ValidationErrors(errors)
    return dict(results)


def pdi_pending(results: Mapping[str, object], powertrain: Powertrain | None) -> list[str]:
    """The PDI items of such a car with no result yet, in template order."""
    return [i.code for g in pdi_template(powertrain) for i in g.items if i.code not in results]


def validate_sign_off(
    technician: str, signed_at: datetime, now: datetime, pending: list[str]
) -> str:
    """The cleaned technician name; every item must have a result before signing."""
    errors: list[ValidationError] = []
    name = technician.strip()
    if not name:
        errors.append(ValidationError("pdi_technician", msg.TECHNICIAN_REQUIRED, "required"))
    elif len(name) > MAX_NAME_LEN:
        errors.append(
            ValidationError("pdi_technician", msg.TOO_LONG, "too_long", max_len=MAX_NAME_LEN)
        )
    if signed_at > now:
        errors.append(ValidationError("pdi_signed_at", msg.PDI_FUTURE, "date_range"))
    if pending:
        errors.append(ValidationError("pdi", msg.PDI_OPEN_ITEMS, "pdi_open", count=len(pending)))
    if errors:
        raise ValidationErrors(errors)
    return name


def validate_handover(
    form: HandoverForm, region: Region, powertrain: Powertrain | None
) -> HandoverForm:
    """Unknown or inapplicable items are refused; pending entries are dropped."""
    errors = _check_codes("documents", form.documents, item_codes(handover_documents(region)))
    errors += _check_codes(
        "functions", form.functions, item_codes(for_powertrain(FUNCTIONS_TO_EXPLAIN, powertrain))
    )
    errors += _check_codes(
        "tools", form.tools, item_codes(for_powertrain(TOOLS_AND_LOOSE_ITEMS, powertrain))
    )
    if form.keys_count is not None and not 0 <= form.keys_count <= MAX_KEYS:
        errors.append(ValidationError("keys_count", msg.RANGE, "range", low=0, high=MAX_KEYS))
    if errors:
        raise ValidationErrors(errors)

    def kept(records: Mapping[str, ItemRecord]) -> dict[str, ItemRecord]:
        return {k: r for k, r in records.items() if r.state is not ItemState.PENDING}

    return HandoverForm(
        documents=kept(form.documents),
        functions=kept(form.functions),
        tools=kept(form.tools),
        keys_count=form.keys_count,
        photo_consent=form.photo_consent,
        payment_settled=form.payment_settled,
        loan_disbursed=form.loan_disbursed,
    )


# -- the checks at delivery --------------------------------------------------------------------


def check_vin_matches(vin: str, contract_vin: str, region: Region) -> str:
    """The delivered VIN, normalised; it must be a VIN and equal the contract's (hard)."""
    if not contract_vin.strip():
        raise ValidationError("vin", msg.CONTRACT_VIN_MISSING, "contract_vin_missing")
    # the check digit is mandatory in mainland China (GB 16735); a grey import elsewhere
    # may lack it, and then the contract carries the same VIN anyway
    value = validate_vin(vin, check_digit_required=region is Region.CN)
    contract = contract_vin.strip().upper()
    if value != contract:
        raise ValidationError("vin", msg.VIN_MISMATCH, "vin_mismatch", vin=value, contract=contract)
    return value


def check_pdi_date(pdi_signed_at: datetime | None, delivered_on: date) -> None:
    if pdi_signed_at is None:
        raise ValidationError("pdi_signed_at", msg.PDI_UNSIGNED, "pdi_unsigned")
    if pdi_signed_at.date() > delivered_on:
        raise ValidationError(
            "pdi_signed_at",
            msg.PDI_AFTER_DELIVERY,
            "pdi_after_delivery",
            pdi=pdi_signed_at.date().isoformat(),
            delivery=delivered_on.isoformat(),
        )


def check_keys(keys_count: int | None) -> int:
    if keys_count is None or keys_count < 1:
        raise ValidationError("keys_count", msg.KEYS_REQUIRED, "keys_required")
    if keys_count > MAX_KEYS:
        raise ValidationError("keys_count", msg.RANGE, "range", low=1, high=MAX_KEYS)
    return keys_count


def check_service_advisor(name: str) -> str:
    value = name.strip()
    if not value:
        raise ValidationError("service_advisor", msg.ADVISOR_REQUIRED, "required")
    if len(value) > MAX_NAME_LEN:
        raise ValidationError("service_advisor", msg.TOO_LONG, "too_long", max_len=MAX_NAME_LEN)
    return value


def check_odometer(odometer: int | None) -> int:
    if odometer is None:
        raise ValidationError("odometer", msg.ODOMETER_REQUIRED, "required")
    if not 0 <= odometer <= MAX_ODOMETER:
        raise ValidationError("odometer", msg.RANGE, "range", low=0, high=MAX_ODOMETER)
    return odometer


def odometer_warnings(odometer: int | None, max_km: int | None) -> list[ValidationWarning]:
    if odometer is None or max_km is None or odometer <= max_km:
        return []
    return [
        ValidationWarning(
            "odometer", msg.ODOMETER_OVER, "odometer_over", {"odometer": odometer, "max_km": max_km}
        )
    ]


def payment_warnings(
    pays_by_loan: bool, loan_disbursed: bool, payment_settled: bool
) -> list[ValidationWarning]:
    """Soft gate: the balance received, and for a loan deal the loan disbursed too."""
    warnings = []
    if not payment_settled:
        warnings.append(ValidationWarning("payment_settled", msg.PAYMENT_OPEN, "payment_open"))
    if pays_by_loan and not loan_disbursed:
        warnings.append(ValidationWarning("loan_disbursed", msg.LOAN_OPEN, "loan_open"))
    return warnings


def document_warnings(
    region: Region, documents: Mapping[str, ItemRecord]
) -> list[ValidationWarning]:
    """Every document of the region's list ticked, or N/A with its reason."""
    open_items = [
        d.code
        for d in handover_documents(region)
        if documents.get(d.code, ItemRecord(ItemState.PENDING)).state is ItemState.PENDING
    ]
    if not open_items:
        return []
    return [
        ValidationWarning(
            "documents", msg.DOCUMENTS_OPEN, "documents_open", {"count": len(open_items)}
        )
    ]


@dataclass(frozen=True)
class DeliveryFacts:
    """Everything recorded for a delivery that the checks need (filled by the service)."""

    region: Region
    contract_vin: str
    vin: str
    delivered_at: datetime
    now: datetime
    pdi_signed_at: datetime | None
    service_advisor: str
    keys_count: int | None
    odometer: int | None
    max_odometer_km: int | None
    pays_by_loan: bool
    loan_disbursed: bool
    payment_settled: bool
    documents: Mapping[str, ItemRecord] = field(default_factory=dict)
    pdi_defects: int = 0


@dataclass(frozen=True)
class DeliveryCheck:
    errors: tuple[ValidationError, ...]
    warnings: tuple[ValidationWarning, ...]

    @property
    def blocked(self) -> bool:
        return bool(self.errors)


def check_delivery(f: DeliveryFacts) -> DeliveryCheck:
    """All hard errors and all warnings at once, so the user fixes everything in one go."""
    errors: list[ValidationError] = []
    checks = (
        lambda: check_vin_matches(f.vin, f.contract_vin, f.region),
        lambda: check_pdi_date(f.pdi_signed_at, f.delivered_at.date()),
        lambda: check_keys(f.keys_count),
        lambda: check_service_advisor(f.service_advisor),
        lambda: check_odometer(f.odometer),
    )
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            errors.append(exc)
    if f.delivered_at > f.now:
        errors.append(ValidationError("delivered_at", msg.DELIVERY_FUTURE, "date_range"))
    warnings = odometer_warnings(f.odometer, f.max_odometer_km)
    warnings += payment_warnings(f.pays_by_loan, f.loan_disbursed, f.payment_settled)
    warnings += document_warnings(f.region, f.documents)
    if f.pdi_defects:
        warnings.append(
            ValidationWarning("pdi", msg.PDI_DEFECTS, "pdi_defects", {"count": f.pdi_defects})
        )
    return DeliveryCheck(tuple(errors), tuple(warnings))


class DeliveryWarnings(ConfirmationRequired):
    """Delivery needs ``acknowledge_warnings=True``; ``warnings`` says why."""

    def __init__(self, warnings: tuple[ValidationWarning, ...]) -> None:
        super().__init__("delivery_warnings", msg.CONFIRM_WARNINGS)
        self.warnings = warnings


@dataclass(frozen=True)
class VehicleDetails:
    vin: str
    plate: str
    odometer: int | None
    service_advisor: str


def clean_details(
    vin: str,
    plate: str,
    odometer: int | None,
    service_advisor: str,
    region: Region,
    contract_vin: str,
) -> tuple[VehicleDetails, list[ValidationWarning]]:
    """The delivered car's details as stored, with the doubts to show next to the fields.

    While recording, a VIN other than the contract's is a warning (the hard stop is at
    delivery); the format and, in mainland China, the check digit are errors.
    """
    errors: list[ValidationError] = []
    warnings: list[ValidationWarning] = []
    value = ""
    if vin.strip():
        try:
            value = validate_vin(vin, check_digit_required=region is Region.CN)
            warnings += vin_warnings(value)
        except ValidationError as exc:
            errors.append(exc)
    contract = contract_vin.strip().upper()
    if value and contract and value != contract:
        warnings.append(
            ValidationWarning(
                "vin", msg.VIN_MISMATCH, "vin_mismatch", {"vin": value, "contract": contract}
            )
        )
    plate_value = normalise_plate(plate) if plate.strip() else ""
    if plate_value:
        warnings += plate_warnings(plate_value, region)
    if odometer is not None and not 0 <= odometer <= MAX_ODOMETER:
        errors.append(ValidationError("odometer", msg.RANGE, "range", low=0, high=MAX_ODOMETER))
    advisor = service_advisor.strip()
    if len(advisor) > MAX_NAME_LEN:
        errors.append(
            ValidationError("service_advisor", msg.TOO_LONG, "too_long", max_len=MAX_NAME_LEN)
        )
    if len(plate_value) > 20:
        errors.append(ValidationError("plate", msg.TOO_LONG, "too_long", max_len=20))
    if errors:
        raise ValidationErrors(errors)
    return VehicleDetails(value, plate_value, odometer, advisor), warnings
