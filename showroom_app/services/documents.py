"""Printed documents: gather the data, format it for the document language, render, log.

Rendering is pure (``showroom_app.documents``); this service decides what goes on paper:
ID numbers masked unless the user re-entered the PIN and asked for the full number, the
dealership's document language and paper unless the caller chooses, and one audit entry
per rendering — document, language, whether the ID was full, and the SHA-256 of the bytes,
never a personal value.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import select

from showroom_app.db.models import VehicleModel
from showroom_app.documents.common import (
    LANGUAGES,
    PAPERS,
    DocumentOptions,
    Letterhead,
    format_count,
    format_date,
    person_name,
    term,
)
from showroom_app.documents.profile_sheet import (
    Consent,
    ProfileSheetData,
    ServiceSheetRow,
    VehicleSheet,
    render_profile_sheet,
)
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.money import format_money
from showroom_app.domain.records import (
    CustomerProfile,
    DealershipInfo,
    OwnedVehicleInfo,
)
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.domain.validators import format_phone_display
from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.archive import ArchiveService
from showroom_app.services.audit import Action, AuditLog
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.documents_comparison import ComparisonDocumentsMixin
from showroom_app.services.documents_deal import DealDocumentsMixin
from showroom_app.services.documents_delivery import DeliveryDocumentsMixin
from showroom_app.services.documents_finance import FinanceDocumentsMixin
from showroom_app.services.documents_needs import NeedsDocumentsMixin
from showroom_app.services.documents_test_drive import TestDriveDocumentsMixin
from showroom_app.services.session import DeskSession
from showroom_app.services.settings import SettingsService

#: Appended to a Chinese document language for Chinese + English labels ("zh_TW+en").
BILINGUAL_SUFFIX = "+en"


class DocumentService(
    NeedsDocumentsMixin,
    TestDriveDocumentsMixin,
    ComparisonDocumentsMixin,
    DealDocumentsMixin,
    DeliveryDocumentsMixin,
    FinanceDocumentsMixin,
):
    def __init__(
        self,
        db: Database,
        session: DeskSession,
        audit: AuditLog,
        settings: AppSettingsService,
        archive: ArchiveService,
        dealership: SettingsService,
        customers: CustomerService,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._archive = archive
        self._dealership = dealership
        self._customers = customers
        self._clock = clock

    def profile_sheet(
        self,
        customer_id: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        full_id: bool = False,
    ) -> bytes:
        """The 客戶檔案基本資料表 of one customer as PDF bytes.

        ``full_id`` prints the whole ID number; it needs the PIN entered within the
        policy's minutes (``ReauthenticationRequired`` otherwise) and the reveal is logged.
        """
        actor = self._session.require_user()
        dealer = self._dealership.dealership()
        options = self._options(dealer, language, paper)
        id_number: str | None = None
        if full_id:
            self._session.require_recent_pin(self._settings.policy().reauth_minutes)
            id_number = self._customers.reveal_id_number(customer_id)
        profile = self._archive.profile(
            customer_id, language=options.language, today=options.printed_at.date()
        )
        data = self._profile_data(profile, dealer, options.language, id_number)
        pdf = render_profile_sheet(data, options)
        with self._db.write() as s:
            self._audit.record(
                s,
                actor,
                Action.PRINT,
                "customer",
                customer_id,
                detail={
                    "document": "profile_sheet",
                    "id_number": "full" if full_id else "masked",
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "language": options.language,
                    "paper": options.paper,
                },
            )
        return pdf

    # -- helpers --------------------------------------------------------------------------
    def _letterhead(self, dealer: DealershipInfo) -> Letterhead:
        """The dealership as printed at the top of every document, with its logo."""
        return Letterhead(
            name=dealer.name,
            address=dealer.address,
            phone=format_phone_display(dealer.phone, dealer.region) if dealer.phone else "",
            tax_id=dealer.tax_id,
            region=dealer.region.value,
            logo=self._dealership.logo(),
        )

    def _options(
        self, dealer: DealershipInfo, language: str | None, paper: str | None
    ) -> DocumentOptions:
        """``language`` is a document language, or one with English beside it
        (``"zh_TW+en"``: bilingual labels; see ``BILINGUAL_SUFFIX``)."""
        lang = language or dealer.doc_language.value
        bilingual = lang.endswith(BILINGUAL_SUFFIX) and lang != "en" + BILINGUAL_SUFFIX
        if bilingual:
            lang = lang.removesuffix(BILINGUAL_SUFFIX)
        if lang not in LANGUAGES:
            raise ValidationError(
                "language",
                QT_TRANSLATE_NOOP("Validation", "Choose a document language."),
                "choice",
            )
        size = paper or dealer.paper_size or "A4"
        if size not in PAPERS:
            raise ValidationError(
                "paper_size", QT_TRANSLATE_NOOP("Validation", "Choose A4 or Letter."), "choice"
            )
        return DocumentOptions(
            language=lang, paper=size, printed_at=self._clock(), bilingual=bilingual
        )

    def _model_intervals(
        self, vehicles: tuple[OwnedVehicleInfo, ...]
    ) -> dict[int, tuple[int | None, int | None]]:
        """The catalogue's maintenance interval, for vehicles without their own."""
        ids = {v.model_id for v in vehicles if v.model_id is not None}
        if not ids:
            return {}
        with self._db.read() as s:
            return {
                row.id: (row.service_interval_km, row.service_interval_months)
                for row in s.execute(
                    select(
                        VehicleModel.id,
                        VehicleModel.service_interval_km,
                        VehicleModel.service_interval_months,
                    ).where(VehicleModel.id.in_(ids))
                )
            }

    def _profile_data(
        self,
        profile: CustomerProfile,
        dealer: DealershipInfo,
        lang: str,
        id_number: str | None,
    ) -> ProfileSheetData:
        d = profile.detail
        intervals = self._model_intervals(profile.vehicles)

        def when(value: date | datetime | None) -> str:
            if isinstance(value, datetime):
                value = value.date()
            return format_date(value)

        def vehicle(v: OwnedVehicleInfo) -> VehicleSheet:
            model_km, model_months = intervals.get(v.model_id or -1, (None, None))
            kind = [term(lang, "vehicle_type", v.vehicle_type)] if v.vehicle_type else []
            if v.powertrain:
                kind.append(term(lang, "powertrain", v.powertrain))
            return VehicleSheet(
                model=v.model_name,
                plate=v.plate,
                vehicle_type=" · ".join(kind),
                vin=v.vin,
                delivery_date=when(v.delivery_date),
                odometer_at_delivery=format_count(v.odometer_at_delivery),
                maintenance_items=tuple(
                    term(lang, "maintenance_item", i) for i in v.maintenance_items
                ),
                interval_km=format_count(v.interval_km or model_km),
                interval_months=format_count(v.interval_months or model_months),
                next_maintenance=when(v.next_maintenance),
                next_maintenance_overridden=v.next_maintenance_override is not None,
            )

        several = len(profile.vehicles) > 1
        names = {v.vehicle_id: v.plate or v.model_name for v in profile.vehicles}
        history = tuple(
            ServiceSheetRow(
                date=when(r.service_date),
                odometer=format_count(r.odometer),
                items=r.items,
                amount="" if r.amount is None else format_money(r.amount, dealer.currency),
                advisor=r.advisor,
                notes=r.notes,
                vehicle=names.get(r.vehicle_id, "") if several and r.vehicle_id else "",
            )
            for r in profile.service_history
        )
        return ProfileSheetData(
            letterhead=self._letterhead(dealer),
            customer_no=str(d.customer_id),
            name=person_name(d.name, d.salutation if d.kind != "company" else "", lang),
            phones=tuple(format_phone_display(p, dealer.region) for p in d.phones),
            address=d.address,
            email=profile.email,
            messaging_id=d.messaging_id,
            birthday=when(d.birthday),
            visit_or_service_date=when(profile.last_visit_or_service),
            id_type=term(lang, "id_type", d.id_type) if d.id_type else "",
            id_number=d.id_number_masked if id_number is None else id_number,
            preferred_channel=(
                term(lang, "channel", profile.preferred_channel)
                if profile.preferred_channel
                else ""
            ),
            best_time=profile.best_time,
            salesperson=d.salesperson,
            service_advisor=profile.service_advisor,
            insurance_company=profile.insurance_company,
            insurance_expiry=when(profile.insurance_expiry),
            desired_services=tuple(
                term(lang, "desired_service", code) for code in profile.desired_services
            ),
            desired_services_note=profile.desired_services_note,
            consent_marketing=Consent(d.consent_marketing, when(d.consent_marketing_at)),
            consent_photo=Consent(d.consent_photo, when(d.consent_photo_at)),
            notes=d.notes,
            vehicles=tuple(vehicle(v) for v in profile.vehicles),
            service_history=history,
        )


__all__ = ["DocumentService"]
