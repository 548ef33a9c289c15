"""All services of one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.approvals import ApprovalService
from showroom_app.services.archive import ArchiveService
from showroom_app.services.audit import AuditLog
from showroom_app.services.audit_view import AuditService
from showroom_app.services.auth import AuthService
from showroom_app.services.catalogue import CatalogueService
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.documents import DocumentService
from showroom_app.services.followups import FollowUpService
from showroom_app.services.importexport import ImportExportService
from showroom_app.services.privacy import PrivacyService
from showroom_app.services.reports import ReportService
from showroom_app.services.sales import SalesService
from showroom_app.services.session import DeskSession
from showroom_app.services.settings import SettingsService


@dataclass(frozen=True)
class Services:
    db: Database
    session: DeskSession
    audit: AuditLog
    app_settings: AppSettingsService
    settings: SettingsService
    catalogue: CatalogueService
    customers: CustomerService
    sales: SalesService
    followups: FollowUpService
    reports: ReportService
    approvals: ApprovalService
    privacy: PrivacyService
    archive: ArchiveService
    auth: AuthService
    audit_view: AuditService
    importexport: ImportExportService
    documents: DocumentService

    @property
    def location(self) -> str:
        return self.db.location


def build_services(db: Database, session: DeskSession | None = None) -> Services:
    session = session or DeskSession()
    audit = AuditLog()
    app_settings = AppSettingsService(db, session, audit)
    customers = CustomerService(db, session, audit, app_settings)
    return Services(
        db=db,
        session=session,
        audit=audit,
        app_settings=app_settings,
        settings=SettingsService(db),
        catalogue=CatalogueService(db, session),
        customers=customers,
        sales=SalesService(db, session, app_settings),
        followups=FollowUpService(db, session, app_settings),
        reports=ReportService(db),
        approvals=ApprovalService(db, session, audit),
        privacy=PrivacyService(db, session, audit, app_settings, customers),
        archive=ArchiveService(db, session, audit, customers),
        auth=AuthService(db, session, audit, app_settings),
        audit_view=AuditService(db, session, audit, app_settings),
        importexport=ImportExportService(db, session, audit, app_settings, customers),
        documents=DocumentService(
            db,
            session,
            audit,
            app_settings,
            ArchiveService(db, session, audit, customers),
            SettingsService(db),
            customers,
        ),
    )
