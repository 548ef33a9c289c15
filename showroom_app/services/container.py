"""All services of one open database, built once by the composition root.

The services that pull in heavy libraries (ReportLab for documents and the personal-data
printout, openpyxl for spreadsheets) are built on first use, so they cost nothing at
start-up: the window shows ~0.3 s sooner with 100k customers. So are the services only the
sales cockpit's later stages use (presentation, deal desk, contracts, finance, delivery):
~0.1 s of imports the first window does not need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from showroom_app.services.app_settings import AppSettingsService
from showroom_app.services.appointments import AppointmentService
from showroom_app.services.approvals import ApprovalService
from showroom_app.services.archive import ArchiveService
from showroom_app.services.audit import AuditLog
from showroom_app.services.audit_view import AuditService
from showroom_app.services.auth import AuthService
from showroom_app.services.catalogue import CatalogueService
from showroom_app.services.cockpit import CockpitService
from showroom_app.services.customers import CustomerService
from showroom_app.services.database import Database
from showroom_app.services.drafts import DraftService
from showroom_app.services.followups import FollowUpService
from showroom_app.services.reports import ReportService
from showroom_app.services.sales import SalesService
from showroom_app.services.session import DeskSession
from showroom_app.services.settings import SettingsService
from showroom_app.services.test_drives import TestDriveService
from showroom_app.services.visits import VisitService

if TYPE_CHECKING:
    from showroom_app.services.contracts import ContractService
    from showroom_app.services.deals import DealService
    from showroom_app.services.delivery import DeliveryService
    from showroom_app.services.documents import DocumentService
    from showroom_app.services.finance import FinanceService
    from showroom_app.services.importexport import ImportExportService
    from showroom_app.services.presentation import PresentationService
    from showroom_app.services.privacy import PrivacyService
    from showroom_app.services.tax_rules import TaxRuleService


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
    archive: ArchiveService
    auth: AuthService
    audit_view: AuditService
    cockpit: CockpitService
    test_drives: TestDriveService
    appointments: AppointmentService
    drafts: DraftService
    visits: VisitService
    _factories: dict[str, Callable[[], Any]] = field(default_factory=dict, repr=False)
    _built: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def location(self) -> str:
        return self.db.location

    def _lazy(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = self._factories[name]()
        return self._built[name]

    @property
    def privacy(self) -> PrivacyService:
        return self._lazy("privacy")  # type: ignore[no-any-return]

    @property
    def importexport(self) -> ImportExportService:
        return self._lazy("importexport")  # type: ignore[no-any-return]

    @property
    def documents(self) -> DocumentService:
        return self._lazy("documents")  # type: ignore[no-any-return]

    @property
    def presentation(self) -> PresentationService:
        return self._lazy("presentation")  # type: ignore[no-any-return]

    @property
    def deals(self) -> DealService:
        return self._lazy("deals")  # type: ignore[no-any-return]

    @property
    def tax_rules(self) -> TaxRuleService:
        return self._lazy("tax_rules")  # type: ignore[no-any-return]

    @property
    def contracts(self) -> ContractService:
        return self._lazy("contracts")  # type: ignore[no-any-return]

    @property
    def finance(self) -> FinanceService:
        return self._lazy("finance")  # type: ignore[no-any-return]

    @property
    def delivery(self) -> DeliveryService:
        return self._lazy("delivery")  # type: ignore[no-any-return]


def build_services(db: Database, session: DeskSession | None = None) -> Services:
    session = session or DeskSession()
    audit = AuditLog()
    app_settings = AppSettingsService(db, session, audit)
    customers = CustomerService(db, session, audit, app_settings)
    archive = ArchiveService(db, session, audit, customers)
    settings = SettingsService(db, session)
    test_drives = TestDriveService(db, session, audit, app_settings)

    def privacy() -> PrivacyService:
        from showroom_app.services.privacy import PrivacyService

        return PrivacyService(db, session, audit, app_settings, customers)

    def importexport() -> ImportExportService:
        from showroom_app.services.importexport import ImportExportService

        return ImportExportService(db, session, audit, app_settings, customers)

    def documents() -> DocumentService:
        from showroom_app.services.documents import DocumentService

        return DocumentService(db, session, audit, app_settings, archive, settings, customers)

    def presentation() -> PresentationService:
        from showroom_app.services.presentation import PresentationService

        return PresentationService(db, session, audit)

    def deals() -> DealService:
        from showroom_app.services.deals import DealService

        return DealService(db, session, audit, app_settings)

    def tax_rules() -> TaxRuleService:
        from showroom_app.services.tax_rules import TaxRuleService

        return TaxRuleService(db, session, audit)

    def contracts() -> ContractService:
        from showroom_app.services.contracts import ContractService

        return ContractService(db, session, audit, app_settings, settings)

    def finance() -> FinanceService:
        from showroom_app.services.finance import FinanceService

        return FinanceService(db, session, audit, app_settings)

    def delivery() -> DeliveryService:
        from showroom_app.services.delivery import DeliveryService

        return DeliveryService(db, session, audit, app_settings, archive)

    return Services(
        db=db,
        session=session,
        audit=audit,
        app_settings=app_settings,
        settings=settings,
        catalogue=CatalogueService(db, session),
        customers=customers,
        sales=SalesService(db, session, app_settings),
        followups=FollowUpService(db, session, app_settings),
        reports=ReportService(db),
        approvals=ApprovalService(db, session, audit),
        archive=archive,
        auth=AuthService(db, session, audit, app_settings),
        audit_view=AuditService(db, session, audit, app_settings),
        cockpit=CockpitService(db, session, audit, app_settings, customers, archive, test_drives),
        test_drives=test_drives,
        appointments=AppointmentService(db, session, audit, app_settings),
        drafts=DraftService(db, session),
        visits=VisitService(db, session, audit),
        _factories={
            "privacy": privacy,
            "importexport": importexport,
            "documents": documents,
            "presentation": presentation,
            "deals": deals,
            "tax_rules": tax_rules,
            "contracts": contracts,
            "finance": finance,
            "delivery": delivery,
        },
    )
