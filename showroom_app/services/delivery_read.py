"""What the delivery screen reads (``services.delivery``): the view of one deal's delivery
and the checks ``mark_delivered`` applies, both inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy.orm import Session

from showroom_app.db.models import Customer, Deal, Delivery
from showroom_app.domain import delivery_messages as msg
from showroom_app.domain.delivery import (
    DeliveryCheck,
    DeliveryFacts,
    DeliveryStatus,
    HandoverForm,
    PdiRecord,
    PdiResult,
    check_delivery,
    contract_vehicle,
    pdi_pending,
)
from showroom_app.domain.enums import Powertrain, Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.validators import ValidationWarning
from showroom_app.services import delivery_store as store


@dataclass(frozen=True)
class DeliveryView:
    """Everything the delivery screen shows for one deal (``delivery_id`` is None until
    something is recorded)."""

    deal_id: int
    customer_id: int
    opportunity_id: int
    delivery_id: int | None
    version: int | None
    status: DeliveryStatus
    region: Region
    powertrain: Powertrain | None
    contract_number: str
    contract_vin: str
    contract_max_odometer_km: int | None
    scheduled_at: datetime | None
    appointment_id: int | None
    pdi: Mapping[str, PdiRecord]
    pdi_pending: tuple[str, ...]
    pdi_technician: str
    pdi_quality_checker: str
    pdi_signed_at: datetime | None
    handover: HandoverForm  # photo_consent: the customer's current consent
    odometer: int | None
    vin: str
    plate: str
    service_advisor: str
    first_service_on: date | None
    has_photo: bool
    delivered_at: datetime | None


@dataclass(frozen=True)
class DeliveredResult:
    view: DeliveryView
    owned_vehicle_id: int
    first_service_on: date | None
    follow_up_task_ids: tuple[int, ...]
    acknowledged: tuple[ValidationWarning, ...]


def delivery_check(
    s: Session, deal: Deal, delivery: Delivery, when: datetime, now: datetime
) -> DeliveryCheck:
    contract = store.contract_of(s, deal.id)
    terms = contract_vehicle(contract.snapshot if contract else None)
    form = store.handover_form(delivery.handover)
    loan, disbursed, settled = store.payment_facts(s, deal, contract, form)
    check = check_delivery(
        DeliveryFacts(
            region=store.region(s),
            contract_vin=terms.vin,
            vin=delivery.vin or "",
            delivered_at=when,
            now=now,
            pdi_signed_at=delivery.pdi_signed_at,
            service_advisor=delivery.service_advisor or "",
            keys_count=form.keys_count,
            odometer=delivery.odometer,
            max_odometer_km=terms.max_odometer_km,
            pays_by_loan=loan,
            loan_disbursed=disbursed,
            payment_settled=settled,
            documents=form.documents,
            pdi_defects=sum(
                1 for r in store.pdi_records(delivery.pdi).values() if r.result is PdiResult.DEFECT
            ),
        )
    )
    errors = list(check.errors)
    if contract is None:  # rather than "the contract has no VIN"
        errors = [e for e in errors if e.code != "contract_vin_missing"]
        errors.insert(0, ValidationError("contract", msg.NO_CONTRACT, "no_contract"))
    if deal.status != store.DEAL_CONTRACTED:
        errors.insert(0, ValidationError("status", msg.NOT_CONTRACTED, "not_contracted"))
    return DeliveryCheck(tuple(errors), check.warnings)


def delivery_view(
    s: Session, deal: Deal, customer: Customer, delivery: Delivery | None
) -> DeliveryView:
    contract = store.contract_of(s, deal.id)
    terms = contract_vehicle(contract.snapshot if contract else None)
    trim, _model, _brand = store.vehicle_rows(s, deal)
    powertrain = store.powertrain(trim)
    records = store.pdi_records(delivery.pdi if delivery else None)
    form = replace(
        store.handover_form(delivery.handover if delivery else None),
        photo_consent=customer.consent_photo,
    )
    return DeliveryView(
        deal_id=deal.id,
        customer_id=customer.id,
        opportunity_id=deal.opportunity_id,
        delivery_id=delivery.id if delivery else None,
        version=delivery.version_id if delivery else None,
        status=DeliveryStatus(delivery.status) if delivery else DeliveryStatus.OPEN,
        region=store.region(s),
        powertrain=powertrain,
        contract_number=contract.number if contract else "",
        contract_vin=terms.vin,
        contract_max_odometer_km=terms.max_odometer_km,
        scheduled_at=delivery.scheduled_at if delivery else None,
        appointment_id=delivery.appointment_id if delivery else None,
        pdi=MappingProxyType(records),
        pdi_pending=tuple(pdi_pending(records, powertrain)),
        pdi_technician=delivery.pdi_technician if delivery else "",
        pdi_quality_checker=str((delivery.pdi or {}).get("quality_checker", ""))
        if delivery
        else "",
        pdi_signed_at=delivery.pdi_signed_at if delivery else None,
        handover=form,
        odometer=delivery.odometer if delivery else None,
        vin=delivery.vin if delivery else "",
        plate=delivery.plate if delivery else "",
        service_advisor=delivery.service_advisor if delivery else "",
        first_service_on=delivery.first_service_on if delivery else None,
        has_photo=bool(delivery and delivery.photo),
        delivered_at=delivery.delivered_at if delivery else None,
    )


__all__ = ["DeliveredResult", "DeliveryView", "delivery_check", "delivery_view"]
