"""DocumentService part: the delivery documents of a deal (DOMAIN.md §4.8, §6.6, §6.7) — the
delivery confirmation (交車確認單) and the delivery-ceremony certificate (交車證書).

Both are rendered from stored data only: the delivery as recorded (PDI, handover, the car's
VIN, plate and odometer, the service advisor, the photo), the contract's snapshot (the car's
names in every language, its accessories, the contract number), the customer and the
dealership. The "printed" stamp is the delivery's own time — the moment it was delivered,
or the last change before that — so a reprint of an unchanged delivery is byte for byte the
original, in any language. Each rendering is audited as a print with the SHA-256 of the
bytes, never a personal value.

Checklist names print in the document language (``documents_delivery_names``); a PDI group
is one line (✓ when every item has a result), each defect an open point with its agreed fix.
A stored photo that cannot be read gives a ``ValidationError`` for the user, not a crash.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_app.db.models import CustomerPhone, Opportunity, User
from showroom_app.documents.common import DocumentOptions, Letterhead
from showroom_app.documents.deal_common import VehicleInfo
from showroom_app.documents.delivery_certificate import (
    DeliveryCertificateData,
    render_delivery_certificate,
)
from showroom_app.documents.delivery_confirmation import (
    CheckItem,
    DeliveryConfirmationData,
    OpenPoint,
    PdiResult,
    render_delivery_confirmation,
)
from showroom_app.documents.images import DocumentImageError
from showroom_app.documents.labels_deal import Entry, resolve
from showroom_app.domain.cockpit import ItemRecord, ItemState
from showroom_app.domain.delivery import (
    FUNCTIONS_TO_EXPLAIN,
    TOOLS_AND_LOOSE_ITEMS,
    HandoverForm,
    PdiRecord,
    first_service_date,
    for_powertrain,
    handover_documents,
    pdi_template,
)
from showroom_app.domain.delivery import CheckItem as TemplateItem
from showroom_app.domain.delivery import PdiResult as PdiOutcome
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.records import DealershipInfo
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import format_phone_display
from showroom_app.services import delivery_store as store
from showroom_app.services.audit import Action
from showroom_app.services.documents_deal_data import snapshot_vehicle
from showroom_app.services.documents_delivery_names import checklist_name

if TYPE_CHECKING:
    from showroom_app.domain.records import UserInfo
    from showroom_app.services.app_settings import AppSettingsService
    from showroom_app.services.audit import AuditLog
    from showroom_app.services.database import Database
    from showroom_app.services.session import DeskSession
    from showroom_app.services.settings import SettingsService

NOTHING_RECORDED = QT_TRANSLATE_NOOP(
    "Validation", "Nothing is recorded for this delivery yet: schedule it or record the PDI."
)
NO_CONTRACT = QT_TRANSLATE_NOOP("Validation", "Create the contract first.")
PHOTO_UNREADABLE = QT_TRANSLATE_NOOP(
    "Validation",
    "The stored ceremony photo cannot be read. Choose the photo again, or remove it.",
)
ENTITY = "delivery"
CANCELLED = "cancelled"  # a contract withdrawn with its deal (deals_store)

#: Words of the PDI summary lines (``key: (zh_TW, zh_CN, en)``).
_WORDS: dict[str, Entry] = {
    "defect_1": ("1 項缺失", "1 项缺陷", "1 defect"),
    "defects_n": ("{n} 項缺失", "{n} 项缺陷", "{n} defects"),
    "open_n": ("{n} 項未檢查", "{n} 项未检查", "{n} not checked"),
}


@dataclass(frozen=True)
class _Delivery:
    """Everything the two documents print, read in one transaction."""

    actor: UserInfo
    options: DocumentOptions
    deal_id: int
    delivery_id: int
    number_year: int
    region: Region
    contract_no: str
    snapshot: Mapping[str, Any]
    customer_name: str
    salutation: str
    customer_phone: str
    salesperson: str
    salesperson_phone: str
    powertrain: Any
    pdi: Mapping[str, PdiRecord]
    pdi_technician: str
    pdi_quality_checker: str
    pdi_signed_at: datetime | None
    handover: HandoverForm
    vin: str
    plate: str
    odometer: int | None
    service_advisor: str
    delivered_at: datetime | None
    first_service_on: date | None
    first_service_km: int | None
    photo: bytes | None

    @property
    def lang(self) -> str:
        return self.options.language

    @property
    def bilingual(self) -> bool:
        return self.options.bilingual and self.lang != "en"

    def name(self, item: TemplateItem) -> str:
        return checklist_name(item.label, self.lang, self.bilingual)

    def word(self, key: str, **params: object) -> str:
        text = resolve({key: _WORDS[key]}, self.lang, self.bilingual)[key]
        return text.format(**params) if params else text

    def vehicle(self) -> VehicleInfo:
        raw = self.snapshot.get("vehicle")
        info = snapshot_vehicle(raw if isinstance(raw, Mapping) else {}, self.lang)
        return dataclasses.replace(info, vin=self.vin or info.vin, plate=self.plate)

    def reference(self, prefix: str) -> str:
        return f"{prefix}-{self.number_year}-{self.deal_id:06d}"


class DeliveryDocumentsMixin:
    """Mixed into ``DocumentService`` (services/documents.py), which provides ``_db``,
    ``_session``, ``_audit``, ``_settings``, ``_dealership``, ``_clock``, ``_options`` and
    ``_letterhead``."""

    if TYPE_CHECKING:
        _db: Database
        _session: DeskSession
        _audit: AuditLog
        _settings: AppSettingsService
        _dealership: SettingsService
        _clock: Callable[[], datetime]

        def _options(
            self, dealer: DealershipInfo, language: str | None, paper: str | None
        ) -> DocumentOptions: ...

        def _letterhead(self, dealer: DealershipInfo) -> Letterhead: ...

    # -- the documents --------------------------------------------------------------------------
    def delivery_confirmation(
        self, deal_id: int, *, language: str | None = None, paper: str | None = None
    ) -> bytes:
        """交車確認單: the car handed over, the PDI, the handover checklists, the open points,
        the service advisor and the first maintenance; ``language`` may be ``"zh_TW+en"``."""
        dealer = self._dealership.dealership()
        d = self._delivery_facts(deal_id, dealer, language, paper)
        defects = [
            OpenPoint(d.name(item), record.note)
            for group in pdi_template(d.powertrain)
            for item in group.items
            if (record := d.pdi.get(item.code)) is not None and record.result is PdiOutcome.DEFECT
        ]
        accessories = d.snapshot.get("accessories")
        data = DeliveryConfirmationData(
            letterhead=self._letterhead(dealer),
            delivery_no=d.reference("DL"),
            contract_no=d.contract_no,
            delivered_at=d.delivered_at,
            customer_name=d.customer_name,
            salutation=d.salutation,
            customer_phone=d.customer_phone,
            vehicle=d.vehicle(),
            odometer_km=d.odometer,
            keys_count=d.handover.keys_count,
            pdi=PdiResult(
                reference=d.reference("PDI"),
                inspected_on=d.pdi_signed_at.date() if d.pdi_signed_at else None,
                technician=d.pdi_technician,
                quality_check_by=d.pdi_quality_checker,
                signed_off=d.pdi_signed_at is not None,
                groups=_pdi_groups(d),
            ),
            documents=_handover_items(d, handover_documents(d.region), d.handover.documents),
            functions=_handover_items(
                d, for_powertrain(FUNCTIONS_TO_EXPLAIN, d.powertrain), d.handover.functions
            ),
            tools=_handover_items(
                d, for_powertrain(TOOLS_AND_LOOSE_ITEMS, d.powertrain), d.handover.tools
            ),
            accessories=tuple(
                str(a.get("name", ""))
                for a in (accessories if isinstance(accessories, list) else [])
                if isinstance(a, Mapping) and str(a.get("name", "")).strip()
            ),
            open_points=tuple(defects),
            salesperson=d.salesperson,
            service_advisor=d.service_advisor,
            first_service_date=d.first_service_on,
            first_service_km=d.first_service_km,
        )
        pdf = render_delivery_confirmation(data, d.options)
        return self._delivery_printed(d, "delivery_confirmation", pdf)

    def delivery_certificate(
        self, deal_id: int, *, language: str | None = None, paper: str | None = None
    ) -> bytes:
        """交車證書 with the ceremony photo when one was chosen (any size or orientation).
        A stored photo that cannot be read raises ``ValidationError`` (field ``photo``)."""
        dealer = self._dealership.dealership()
        d = self._delivery_facts(deal_id, dealer, language, paper)
        day = d.delivered_at.date() if d.delivered_at else None
        data = DeliveryCertificateData(
            letterhead=self._letterhead(dealer),
            customer_name=d.customer_name,
            delivery_date=day,
            salutation=d.salutation,
            vehicle=d.vehicle(),
            certificate_no=d.reference("DC"),
            salesperson=d.salesperson,
            salesperson_phone=d.salesperson_phone,
            service_advisor=d.service_advisor,
            service_hotline=format_phone_display(dealer.phone, dealer.region)
            if dealer.phone
            else "",
            first_service_date=d.first_service_on,
            first_service_km=d.first_service_km,
            photo=d.photo,
        )
        try:
            pdf = render_delivery_certificate(data, d.options)
        except DocumentImageError:
            raise ValidationError("photo", PHOTO_UNREADABLE, "photo_unreadable") from None
        return self._delivery_printed(d, "delivery_certificate", pdf)

    # -- reading --------------------------------------------------------------------------------
    def _delivery_facts(
        self, deal_id: int, dealer: DealershipInfo, language: str | None, paper: str | None
    ) -> _Delivery:
        actor = self._session.require_user()
        options = self._options(dealer, language, paper)
        with self._db.read() as s:
            deal, customer = store.visible_deal(s, self._session, self._settings, deal_id)
            delivery = store.delivery_of(s, deal.id)
            if delivery is None:
                raise ValidationError("delivery", NOTHING_RECORDED, "nothing_recorded")
            contract = store.contract_of(s, deal.id)
            if contract is None or contract.status == CANCELLED:
                raise ValidationError("contract", NO_CONTRACT, "no_contract")
            trim, model, _brand = store.vehicle_rows(s, deal)
            region = store.region(s)
            opp = s.get(Opportunity, deal.opportunity_id)
            seller = s.get(User, opp.assigned_user_id) if opp and opp.assigned_user_id else None
            first_km = (model.first_service_km or model.service_interval_km) if model else None
            first_months = (
                (model.first_service_months or model.service_interval_months) if model else None
            )
            delivered_at = delivery.delivered_at or delivery.scheduled_at
            first = delivery.first_service_on
            if first is None and delivered_at is not None and model is not None:
                # before delivery: what delivery will compute (delivery_close), as a preview
                first = first_service_date(
                    delivered_at.date(),
                    delivery.odometer or 0,
                    first_km=first_km,
                    first_months=first_months,
                    region=region,
                )
            phone = _first_phone(s, customer.id)
            # the delivery's own time: a reprint of an unchanged delivery is identical
            stamp = delivery.delivered_at or delivery.updated_at
            return _Delivery(
                actor=actor,
                options=dataclasses.replace(options, printed_at=stamp),
                deal_id=deal.id,
                delivery_id=delivery.id,
                number_year=delivery.created_at.year,
                region=region,
                contract_no=contract.number,
                snapshot=dict(contract.snapshot or {}),
                customer_name=customer.name,
                salutation=customer.salutation if customer.kind != "company" else "",
                customer_phone=format_phone_display(phone, dealer.region) if phone else "",
                salesperson=seller.name if seller else "",
                salesperson_phone=(
                    format_phone_display(seller.phone, dealer.region)
                    if seller and seller.phone
                    else ""
                ),
                powertrain=store.powertrain(trim),
                pdi=store.pdi_records(delivery.pdi),
                pdi_technician=delivery.pdi_technician or "",
                pdi_quality_checker=str((delivery.pdi or {}).get("quality_checker", "")),
                pdi_signed_at=delivery.pdi_signed_at,
                handover=store.handover_form(delivery.handover),
                vin=delivery.vin or "",
                plate=delivery.plate or "",
                odometer=delivery.odometer,
                service_advisor=delivery.service_advisor or "",
                delivered_at=delivered_at,
                first_service_on=first,
                first_service_km=first_km,
                photo=delivery.photo,
            )

    def _delivery_printed(self, d: _Delivery, document: str, pdf: bytes) -> bytes:
        with self._db.write() as s:
            self._audit.record(
                s,
                d.actor,
                Action.PRINT,
                ENTITY,
                d.delivery_id,
                detail={
                    "document": document,
                    "deal": d.deal_id,
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "language": d.options.language,
                    "paper": d.options.paper,
                    "bilingual": d.options.bilingual,
                },
            )
        return pdf


def _pdi_groups(d: _Delivery) -> tuple[CheckItem, ...]:
    """One line per PDI group: ✓ when every item has a result (with the defects counted),
    — when none applies, □ with the items still to check."""
    out = []
    for group in pdi_template(d.powertrain):
        if not group.items:
            continue
        records = [d.pdi.get(i.code) for i in group.items]
        open_items = sum(1 for r in records if r is None)
        defects = sum(1 for r in records if r is not None and r.result is PdiOutcome.DEFECT)
        name = checklist_name(group.label, d.lang, d.bilingual)
        if open_items:
            out.append(CheckItem(name, "pending", d.word("open_n", n=open_items)))
        elif all(r is not None and r.result is PdiOutcome.NOT_APPLICABLE for r in records):
            first = records[0]
            out.append(CheckItem(name, "not_applicable", first.note if first else ""))
        elif defects:
            note = d.word("defect_1") if defects == 1 else d.word("defects_n", n=defects)
            out.append(CheckItem(name, "done", note))
        else:
            out.append(CheckItem(name, "done"))
    return tuple(out)


def _handover_items(
    d: _Delivery, items: tuple[TemplateItem, ...], records: Mapping[str, ItemRecord]
) -> tuple[CheckItem, ...]:
    out = []
    for item in items:
        record = records.get(item.code)
        state = record.state if record is not None else ItemState.PENDING
        note = record.reason if record is not None else ""
        out.append(CheckItem(d.name(item), state.value, note))
    return tuple(out)


def _first_phone(s: Session, customer_id: int) -> str:
    return (
        s.scalars(
            select(CustomerPhone.e164)
            .where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
            .limit(1)
        ).first()
        or ""
    )


__all__ = ["DeliveryDocumentsMixin"]
