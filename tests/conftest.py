"""Test set-up shared by every test.

* Qt runs offscreen; this must be set before anything imports Qt.
* ``SHOWROOM_HOME`` points at a fresh temporary folder for every test, so no test ever
  reads or writes a salesperson's real data or settings.
* Every test gets its own database.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("SHOWROOM_DATABASE_URL", None)
os.environ.pop("SHOWROOM_PSEUDO", None)

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from testdata import DEMO_TODAY

from showroom_app.db.engine import sqlite_url
from showroom_app.domain.enums import Region
from showroom_app.services.container import Services, build_services
from showroom_app.services.database import Database, open_database
from showroom_app.services.demo import create_demo_data
from showroom_app.ui.qt_guard import protect_none

protect_none()  # as the application does at start-up (PySide6 6.12 leaks None references)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SHOWROOM_HOME", str(home))
    monkeypatch.delenv("SHOWROOM_DATABASE_URL", raising=False)
    monkeypatch.delenv("SHOWROOM_PSEUDO", raising=False)
    return home


@pytest.fixture(scope="session")
def i18n_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder of compiled translations shared by the whole run (compiling takes time)."""
    return tmp_path_factory.mktemp("i18n-cache")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(db_path))
    yield database
    database.dispose()


def _signed_in(services: Services) -> Services:
    """Services with the first user (an administrator) signed in, when there is one."""
    users = services.settings.users()
    if users:
        services.session.sign_in(users[0])
    return services


@pytest.fixture
def services(db: Database) -> Services:
    return _signed_in(build_services(db))


def _copy_sqlite(src: Path, dest: Path) -> None:
    s = sqlite3.connect(src)
    d = sqlite3.connect(dest)
    try:
        s.backup(d)
    finally:
        s.close()
        d.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database built once; each test gets its own copy."""
    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.sqlite3"
    database = open_database(sqlite_url(path))
    # no demo audit history: tests count the audit entries they cause
    create_demo_data(database, 300, region=Region.TW, today=DEMO_TODAY, audit_history=False)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    _copy_sqlite(demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


@pytest.fixture
def demo_services(demo_db: Database) -> Services:
    return _signed_in(build_services(demo_db))


def copy_file(src: Path, dest: Path) -> None:
    shutil.copyfile(src, dest)
