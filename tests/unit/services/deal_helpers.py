"""Shared set-up of the deal-desk service tests (test_deals, test_contracts, test_tax_rules,
test_finance_applications): a small demo database per region, people at the desk, open
opportunities and free stock units."""

from __future__ import annotations

import dataclasses
import decimal
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from showroom_app.db.engine import sqlite_url
from showroom_app.db.models import Opportunity, StockVehicle
from showroom_app.domain.deal import DealInput
from showroom_app.domain.enums import OpportunityStatus, Region, Role, StockStatus
from showroom_app.domain.records import UserInfo
from showroom_app.services.container import Services, build_services
from showroom_app.services.database import Database, open_database
from showroom_app.services.deals import DealView
from showroom_app.services.demo import create_demo_data

D = Decimal
TODAY = date(2026, 11, 29)


def trapped_floats() -> Iterator[None]:
    """Body of the autouse fixture of each deal test module: a float meeting a Decimal
    anywhere in the code under test raises ``decimal.FloatOperation``."""
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.FloatOperation] = True
        yield


def region_database(folder: Path, region: Region, customers: int = 40) -> Database:
    db = open_database(sqlite_url(folder / f"deal-{region.value}.sqlite3"))
    create_demo_data(db, customers, region=region, today=TODAY, audit_history=False)
    return db


def desk(db: Database) -> Services:
    services = build_services(db)
    services.session.sign_in(user(services, Role.ADMINISTRATOR))
    return services


def user(services: Services, role: Role, index: int = 0) -> UserInfo:
    return [u for u in services.settings.users() if u.role is role][index]


def sign_in(services: Services, role: Role, index: int = 0) -> UserInfo:
    who = user(services, role, index)
    services.session.sign_in(who)
    return who


def open_opportunity(services: Services, assigned_to: int | None = None, skip: int = 0) -> int:
    """An open opportunity (assigned to ``assigned_to`` when given), and none with a deal."""
    q = select(Opportunity.id).where(Opportunity.status == OpportunityStatus.OPEN.value)
    if assigned_to is not None:
        q = q.where(Opportunity.assigned_user_id == assigned_to)
    with services.db.read() as s:
        return int(list(s.scalars(q.order_by(Opportunity.id)))[skip])


def free_units(services: Services, n: int = 2) -> list[int]:
    with services.db.read() as s:
        return [
            int(i)
            for i in s.scalars(
                select(StockVehicle.id)
                .where(StockVehicle.status == StockStatus.IN_STOCK.value)
                .order_by(StockVehicle.id)
                .limit(n)
            )
        ]


def unit_status(services: Services, unit_id: int) -> str:
    with services.db.read() as s:
        unit = s.get(StockVehicle, unit_id)
        assert unit is not None
        return unit.status


def with_inputs(view: DealView, **changes: object) -> DealInput:
    return dataclasses.replace(view.inputs, **changes)  # type: ignore[arg-type]


__all__ = [
    "TODAY",
    "D",
    "desk",
    "free_units",
    "open_opportunity",
    "region_database",
    "sign_in",
    "trapped_floats",
    "unit_status",
    "user",
    "with_inputs",
]
