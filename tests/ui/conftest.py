"""Fixtures for tests that drive real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from showroom_app.paths import AppPaths
from showroom_app.services import auth as auth_module
from showroom_app.services.container import Services
from showroom_app.ui.app import settings_for
from showroom_app.ui.context import AppContext
from showroom_app.ui.i18n import Translations
from showroom_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at 64 MiB costs ~0.2 s a hash; widget tests need PINs, not that cost."""
    monkeypatch.setattr(auth_module, "HASH_PARAMETERS", auth_module.HashParameters(1, 8, 1))


@pytest.fixture
def translations(qapp: QApplication, i18n_cache: Path) -> Iterator[Translations]:
    tr = Translations(i18n_cache)
    tr.apply("en")
    yield tr
    tr.apply("en")  # leave the application in English for the next test


@pytest.fixture
def qsettings(qapp: QApplication) -> QSettings:
    return settings_for(AppPaths.default())


@pytest.fixture
def make_window(qtbot, demo_services: Services, translations: Translations, qsettings: QSettings):
    def factory(services: Services | None = None) -> MainWindow:
        svc = services or demo_services
        user = svc.settings.default_user()
        svc.session.sign_in(user)  # the main window is only ever shown to a signed-in user
        ctx = AppContext(
            services=svc,
            translations=translations,
            user=user,
            dealership=svc.settings.dealership(),
        )
        window = MainWindow(
            ctx, qsettings, on_language=lambda code: translations.apply(code or "en")
        )
        qtbot.addWidget(window)
        return window

    return factory
