"""A customer with a complete archive, for the document, service, UI and CLI tests.

Importable from any test (pytest puts ``tests/`` on ``sys.path``).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from showroom_app.domain.archive import ArchiveForm, ServiceRecordForm, VehicleForm
from showroom_app.domain.customers import CustomerForm
from showroom_app.services.container import Services

NOTES = "喜歡週末來店 Lee <Ann> & Co 🚗"


def add_rich_customer(services: Services, records: int = 3) -> int:
    """A customer with every archive field filled in, one vehicle and some service history."""
    today = date.today()
    cid = services.customers.create(
        CustomerForm(
            name="林志明",
            salutation="mr",
            phones=("0955 123 456", "02 2345 6789"),
            address="臺北市信義區松仁路 123 號 8 樓",
            birthday=date(1985, 3, 14),
            messaging_id="lin.chiming",
            notes=NOTES,
            id_type="national_id",
            id_number="A123456789",
        )
    )
    services.customers.set_consent(cid, "marketing", True)
    services.archive.save_archive(
        cid,
        ArchiveForm(
            email="lin@example.com",
            preferred_channel="line",
            best_time="平日晚上",
            service_advisor="王小華",
            insurance_company="富邦產險",
            insurance_expiry=date(2027, 6, 1),
            desired_services=("pickup_dropoff", "weekend_slots"),
            desired_services_note="希望提供代步車",
        ),
    )
    vehicle, _ = services.archive.add_vehicle(
        cid,
        VehicleForm(
            model_text="RAV4 2.5 Hybrid",
            plate="ABC-1234",
            vehicle_type="suv",
            powertrain="HEV",
            vin="1M8GDM9AXKP042788",
            delivery_date=today - timedelta(days=400),
            odometer_at_delivery=12,
            maintenance_items=("oil_filter", "tyre_rotation"),
            interval_km=5000,
            interval_months=6,
            next_maintenance_override=today + timedelta(days=30),
        ),
    )
    for i in range(records):
        services.archive.add_service(
            cid,
            ServiceRecordForm(
                service_date=today - timedelta(days=10 * (records - i)),
                odometer=5000 * (i + 1),
                items="定期保養",
                amount=Decimal("1200.50") + 100 * i,
                advisor="王小華",
                notes="下次提前通知",
                vehicle_id=vehicle,
            ),
        )
    return cid
