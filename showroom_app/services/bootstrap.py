"""Resolving which database to open, and creating the demo database on demand."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from showroom_app.db.engine import sqlite_path, sqlite_url
from showroom_app.domain.enums import Region
from showroom_app.paths import ENV_DATABASE_URL, AppPaths
from showroom_app.services.database import Database, open_database
from showroom_app.services.settings import SettingsService

if TYPE_CHECKING:
    from showroom_app.services.auth import AuthService
    from showroom_app.services.demo import DemoReport

DEFAULT_DEMO_CUSTOMERS = 2_000


def resolve_database_url(paths: AppPaths, db: str | None = None, *, demo: bool = False) -> str:
    """``--db`` (a path or any SQLAlchemy URL) > ``SHOWROOM_DATABASE_URL`` > the default."""
    if db:
        return db if "://" in db else sqlite_url(Path(db).expanduser().resolve())
    if demo:
        return sqlite_url(paths.demo_database_file)
    env = os.environ.get(ENV_DATABASE_URL)
    if env:
        return env
    return sqlite_url(paths.database_file)


def remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_demo_database(
    url: str,
    *,
    customers: int = DEFAULT_DEMO_CUSTOMERS,
    region: Region = Region.TW,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Database, DemoReport | None]:
    """Open the demo database, (re)creating it when missing or left incomplete."""
    db = open_database(url)
    settings = SettingsService(db)
    if not settings.needs_first_run():
        if settings.dealership().is_demo:  # a demo made before sign-in existed
            _demo_auth(db).set_demo_pins(missing_only=True)
        return db, None
    path = sqlite_path(url)
    if path is not None:  # an interrupted earlier run: start again from an empty file
        db.dispose()
        remove_sqlite_files(path)
        db = open_database(url)
    from showroom_app.services.demo import create_demo_data  # only for a new demo database

    report = create_demo_data(db, customers, region=region, progress=progress)
    _demo_auth(db).set_demo_pins()
    return db, report


def _demo_auth(db: Database) -> AuthService:
    from showroom_app.services.container import build_services

    return build_services(db).auth
