"""Who came along on a visit (companions, DOMAIN.md §4.2) is personal data: the customer's
export carries it, and erasing the customer blanks it with the visit's notes."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from showroom_app.db.models import Interaction
from showroom_app.domain.customers import CustomerForm
from showroom_app.domain.enums import LeadSource
from showroom_app.services.container import Services
from showroom_app.services.visits import VisitEdit

COMPANIONS = "獨特同行者太太與岳母"


def _visit_with_companions(services: Services) -> tuple[int, int]:
    """A customer with one logged visit naming who came along; (customer, visit)."""
    customer = services.customers.create(CustomerForm(name="林志豪", phones=("0912 765 432",)))
    opp = services.cockpit.create_opportunity(customer, LeadSource.WALK_IN)
    at = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    visit = services.visits.arrive(opp, at=at)
    services.visits.update_visit(
        visit, VisitEdit(at, None, 3, False, "看七人座", "寄報價", companions=COMPANIONS)
    )
    return customer, visit


def test_the_export_carries_the_companions(demo_services: Services) -> None:
    customer, _visit = _visit_with_companions(demo_services)
    blob = demo_services.privacy.export_customer(customer)
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        data = json.loads(zf.read(f"customer-{customer}.json"))
    assert [i["companions"] for i in data["interactions"]] == [COMPANIONS]


def test_erasing_the_customer_blanks_the_companions_in_the_database_and_its_wal(
    demo_services: Services,
) -> None:
    customer, visit = _visit_with_companions(demo_services)
    db_file = Path(demo_services.db.file)

    def leaked() -> bool:
        data = db_file.read_bytes()
        wal = Path(f"{db_file}-wal")
        data += wal.read_bytes() if wal.exists() else b""
        return COMPANIONS.encode() in data

    assert leaked(), "the test must see the companions before erasing them"
    # WHEN the manager erases the customer on request
    demo_services.privacy.erase(customer)
    # THEN the visit stays for the books (party size) but names nobody, on disk included
    with demo_services.db.read() as s:
        row = s.scalars(select(Interaction).where(Interaction.id == visit)).one()
        assert (row.party_size, row.companions, row.summary) == (3, "", "")
    assert not leaked()
