"""DocumentService part: the test-drive agreement (試乘試駕協議書, DOMAIN.md §4.5, §6.2).

The agreement number is derived from the test drive (``TD-<year booked>-<id>``), and the
date printed is the day of the booked slot, so a reprint is the same document: only the
"printed" stamp in the page footer differs. The driver's ID number is masked unless the
dealership's setting ``test_drive_agreement_full_id`` asks for it in full (or the caller
does); the full number needs a recent PIN and its reveal is logged, as on the profile
sheet. Every rendering (preview included) is one audit entry on the test drive — that
entry is what lets the stage-5 page offer "Mark signed".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from showroom_app.db.models import StockVehicle, TestDrive, Trim, VehicleModel
from showroom_app.documents.common import DocumentOptions, Letterhead, person_name
from showroom_app.documents.test_drive_agreement import (
    TestDriveAgreementData,
    render_test_drive_agreement,
)
from showroom_app.domain.errors import NotFound
from showroom_app.domain.records import DealershipInfo, LocalisedName
from showroom_app.domain.validators import format_phone_display
from showroom_app.services import cockpit_store as store
from showroom_app.services.audit import Action

if TYPE_CHECKING:
    from showroom_app.services.app_settings import AppSettingsService
    from showroom_app.services.audit import AuditLog
    from showroom_app.services.customers import CustomerService
    from showroom_app.services.database import Database
    from showroom_app.services.session import DeskSession
    from showroom_app.services.settings import SettingsService

FULL_ID_SETTING = "test_drive_agreement_full_id"  # JSON true: print the whole ID number
INSURANCE_SETTING = "test_drive_insurance_cover"  # text, or {"zh_TW": …, "zh_CN": …, "en": …}

#: Licence classes as printed (the stored code is the key of ``LICENCE_CLASSES``).
_CLASS_NAMES: dict[str, tuple[str, str, str]] = {
    "小型車": ("小型車", "小型车", "Light vehicle"),
    "普通小型車": ("普通小型車", "普通小型车", "Ordinary light vehicle"),
    "職業小型車": ("職業小型車", "职业小型车", "Professional light vehicle"),
    "普通大貨車": ("普通大貨車", "普通大货车", "Ordinary heavy truck"),
    "職業大貨車": ("職業大貨車", "职业大货车", "Professional heavy truck"),
    "普通大客車": ("普通大客車", "普通大客车", "Ordinary bus"),
    "職業大客車": ("職業大客車", "职业大客车", "Professional bus"),
    "普通聯結車": ("普通聯結車", "普通联结车", "Ordinary tractor-trailer"),
    "職業聯結車": ("職業聯結車", "职业联结车", "Professional tractor-trailer"),
    "HK1": ("第1類（私家車）", "第1类（私家车）", "Class 1 (private car)"),
    "HK1A": (
        "第1A類（自動波私家車）",
        "第1A类（自动挡私家车）",
        "Class 1A (private car, automatic)",
    ),
    "HK2": ("第2類（輕型貨車）", "第2类（轻型货车）", "Class 2 (light goods vehicle)"),
    "HK2A": (
        "第2A類（自動波輕型貨車）",
        "第2A类（自动挡轻型货车）",
        "Class 2A (light goods vehicle, automatic)",
    ),
}
_LANG_INDEX = {"zh_TW": 0, "zh_CN": 1, "en": 2}


def agreement_number(test_drive_id: int, booked_at: datetime) -> str:
    """Stable for the life of the booking: the year it was booked and the test drive id."""
    return f"TD-{booked_at:%Y}-{test_drive_id:06d}"


def licence_class_text(code: str, language: str) -> str:
    names = _CLASS_NAMES.get(code)
    return names[_LANG_INDEX.get(language, 2)] if names else code


def _local_text(value: Any, language: str) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Mapping):
        text = value.get(language) or value.get("en") or ""
        return text.strip() if isinstance(text, str) else ""
    return ""


class TestDriveDocumentsMixin:
    """Mixed into ``DocumentService`` (services/documents.py), which provides ``_db``,
    ``_session``, ``_audit``, ``_settings``, ``_dealership``, ``_customers``, ``_clock``
    and ``_options(dealer, language, paper)``."""

    __test__ = False  # not a pytest test class despite the name

    if TYPE_CHECKING:
        _db: Database
        _session: DeskSession
        _audit: AuditLog
        _settings: AppSettingsService
        _dealership: SettingsService
        _customers: CustomerService
        _clock: Callable[[], datetime]

        def _options(
            self, dealer: DealershipInfo, language: str | None, paper: str | None
        ) -> DocumentOptions: ...

        def _letterhead(self, dealer: DealershipInfo) -> Letterhead: ...

    def test_drive_agreement(
        self,
        test_drive_id: int,
        *,
        language: str | None = None,
        paper: str | None = None,
        full_id: bool | None = None,
    ) -> bytes:
        """The agreement of one booked test drive as PDF bytes, in the dealership's
        document language and paper unless chosen. ``full_id`` None follows the
        dealership's setting; a full ID needs the PIN (``ReauthenticationRequired``)."""
        actor = self._session.require_user()
        dealer = self._dealership.dealership()
        options = self._options(dealer, language, paper)
        lang = options.language
        with self._db.read() as s:
            drive = s.get(TestDrive, test_drive_id)
            if drive is None:
                raise NotFound(f"Test drive {test_drive_id} does not exist.")
            store.visible_opportunity(s, self._session, self._settings, drive.opportunity_id)
            car, trim, model = s.execute(
                select(StockVehicle, Trim, VehicleModel)
                .join(Trim, Trim.id == StockVehicle.trim_id)
                .join(VehicleModel, VehicleModel.id == Trim.model_id)
                .where(StockVehicle.id == drive.stock_vehicle_id)
            ).one()
            if full_id is None:
                full_id = store.raw_setting(s, FULL_ID_SETTING) is True
            insurance = _local_text(store.raw_setting(s, INSURANCE_SETTING), lang)
            model_text = " ".join(
                part
                for part in (
                    LocalisedName(model.name_en, model.name_zh_tw, model.name_zh_cn).for_language(
                        lang
                    ),
                    LocalisedName(trim.name_en, trim.name_zh_tw, trim.name_zh_cn).for_language(
                        lang
                    ),
                )
                if part
            )
            data_fields: dict[str, Any] = {
                "agreement_no": agreement_number(drive.id, drive.created_at),
                "agreement_date": drive.starts_at.date(),
                "licence_no": drive.licence_number,
                "licence_class": licence_class_text(drive.licence_class, lang),
                "licence_expiry": drive.licence_expiry,
                "licence_first_issue": drive.licence_first_issue,
                "licence_copy_attached": None,  # not recorded: ticked on paper
                "vehicle_model": model_text,
                "plate": car.plate,
                "vin_last6": car.vin[-6:],
                "route": drive.route,
                "start": drive.starts_at,
                "end": drive.ends_at,
                "accompanying_staff": drive.accompanied_by,
                "insurance_coverage": insurance,
            }
            customer_id = drive.customer_id
        customer = self._customers.get(customer_id)
        id_number = (
            self._customers.reveal_id_number(customer_id) if full_id else customer.id_number_masked
        )
        data = TestDriveAgreementData(
            letterhead=self._letterhead(dealer),
            driver_name=person_name(
                customer.name, customer.salutation if customer.kind != "company" else "", lang
            ),
            driver_id_number=id_number,
            driver_phone=(
                format_phone_display(customer.phones[0], dealer.region) if customer.phones else ""
            ),
            **data_fields,
        )
        pdf = render_test_drive_agreement(data, options)
        with self._db.write() as s:
            self._audit.record(
                s,
                actor,
                Action.PRINT,
                "test_drive",
                test_drive_id,
                detail={
                    "document": "test_drive_agreement",
                    "id_number": "full" if full_id else "masked",
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "language": options.language,
                    "paper": options.paper,
                },
            )
        return pdf


__all__ = ["TestDriveDocumentsMixin", "agreement_number", "licence_class_text"]
