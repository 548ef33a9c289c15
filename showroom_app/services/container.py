"""All services of one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from showroom_app.services.catalogue import CatalogueService
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.followups import FollowUpService
from showroom_app.services.reports import ReportService
from showroom_app.services.sales import SalesService
from showroom_app.services.settings import SettingsService


@dataclass(frozen=True)
class Services:
    db: Database
    settings: SettingsService
    catalogue: CatalogueService
    customers: CustomerService
    sales: SalesService
    followups: FollowUpService
    reports: ReportService

    @property
    def location(self) -> str:
        return self.db.location


def build_services(db: Database) -> Services:
    return Services(
        db=db,
        settings=SettingsService(db),
        catalogue=CatalogueService(db),
        customers=CustomerService(db),
        sales=SalesService(db),
        followups=FollowUpService(db),
        reports=ReportService(db),
    )
