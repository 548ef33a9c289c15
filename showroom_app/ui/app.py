"""Start-up of the desktop application (called by the composition root in ``cli``).

Order: Qt application -> font -> settings -> language -> database (open + upgrade, with a
clear dialog when it cannot be used) -> first run -> sign-in -> main window.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from showroom_app import APP_NAME, __version__
from showroom_app.domain.errors import NotFound, StorageError
from showroom_app.domain.records import UserInfo
from showroom_app.paths import AppPaths
from showroom_app.services import bootstrap
from showroom_app.services.container import Services, build_services
from showroom_app.services.database import Database, open_database
from showroom_app.ui import messages
from showroom_app.ui.context import AppContext
from showroom_app.ui.first_run import FirstRunDialog
from showroom_app.ui.fonts import register_app_font
from showroom_app.ui.i18n import Translations, system_language
from showroom_app.ui.main_window import PAGES, MainWindow
from showroom_app.ui.qt_guard import protect_none
from showroom_app.ui.sign_in import SignInDialog

log = logging.getLogger(__name__)
#: Benchmark and test hook: print start-up figures once the window is shown, then quit.
#: On a *demo* database it also signs in as the first user without the sign-in dialog
#: (every demo PIN is the public "0000" anyway), because the benchmark measures start-up,
#: not typing. On a real dealership's database it never skips the PIN.
ENV_BENCH = "SHOWROOM_BENCH_STARTUP"


@dataclass(frozen=True)
class GuiOptions:
    db: str | None = None
    demo: bool = False
    lang: str | None = None


def settings_for(paths: AppPaths) -> QSettings:
    """Our own INI file, never the platform registry, so tests and demo runs are isolated."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_for_gui(opts: GuiOptions, paths: AppPaths) -> Database:
    url = bootstrap.resolve_database_url(paths, opts.db, demo=opts.demo)
    if opts.demo and not opts.db:
        db, _report = bootstrap.open_demo_database(url)
        return db
    if opts.demo:
        db, _report = bootstrap.open_demo_database(url)
        return db
    return open_database(url)


def build_window(
    services: Services, translations: Translations, settings: QSettings
) -> MainWindow | None:
    """First run (when needed), sign-in, then the main window; None when the user cancelled."""
    if services.settings.needs_first_run():
        dialog = FirstRunDialog(services.settings, services.auth)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.user is None:
            return None
    try:
        dealership = services.settings.dealership()
    except NotFound:
        return None
    user = services.session.user or sign_in(services, settings, is_demo=dealership.is_demo)
    if user is None:
        return None
    ctx = AppContext(services=services, translations=translations, user=user, dealership=dealership)

    def change_language(code: str) -> None:
        translations.apply(code or system_language())

    window = MainWindow(ctx, settings, on_language=change_language)
    last = str(settings.value("ui/last_page", "today"))
    try:
        window.open_page(last)
    except StopIteration:
        window.open_page("today")
    return window


def sign_in(services: Services, settings: QSettings, *, is_demo: bool) -> UserInfo | None:
    """Who is at the desk: the sign-in dialog (None when the user quits)."""
    if is_demo and os.environ.get(ENV_BENCH):  # see ENV_BENCH: demo databases only
        users = services.auth.users_for_sign_in()
        if users:
            services.session.sign_in(users[0])
            return users[0]
    dialog = SignInDialog(services.auth, settings, is_demo=is_demo)
    try:
        if dialog.exec() != SignInDialog.DialogCode.Accepted:
            return None
        return dialog.user
    finally:
        dialog.deleteLater()


def run_gui(opts: GuiOptions, argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    protect_none()  # PySide6 6.12 leaks a reference to None per signal (ui/qt_guard.py)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    register_app_font(app)
    paths = AppPaths.default()
    try:
        settings = settings_for(paths)
    except OSError as exc:
        messages.critical(None, APP_NAME, str(exc))
        return 2
    translations = Translations(paths.cache_dir)
    translations.apply(opts.lang or str(settings.value("ui/language", "")) or system_language())
    try:
        db = open_for_gui(opts, paths)
    except StorageError as exc:
        messages.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), str(exc)
        )
        print(f"showroom: {exc}", file=sys.stderr)
        return 2
    services = build_services(db)
    window = build_window(services, translations, settings)
    if window is None:
        db.dispose()
        return 0
    window.show()
    if os.environ.get(ENV_BENCH):
        QTimer.singleShot(0, lambda: _report_startup(app, window, started))
    try:
        code = app.exec()
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.dispose()
    return int(code)


def _report_startup(app: QApplication, window: MainWindow, started: float) -> None:
    """Benchmark hook: print start-up figures and page-open times as one JSON line, then quit."""
    app.processEvents()
    shown = time.perf_counter() - started
    print("BENCH_SHOWN", flush=True)
    rss = _rss_mb()
    timings: dict[str, float] = {}
    for key in (p.key for p in PAGES if window.may_open(p.key)):
        t0 = time.perf_counter()
        window.open_page(key)
        app.processEvents()
        timings[key] = round((time.perf_counter() - t0) * 1000, 1)
    print(
        "BENCH "
        + json.dumps(
            {
                "in_process_shown_s": round(shown, 3),
                "rss_mb": round(rss, 1),
                "rss_after_pages_mb": round(_rss_mb(), 1),
                "page_ms": timings,
            }
        ),
        flush=True,
    )
    window.close()
    app.quit()
