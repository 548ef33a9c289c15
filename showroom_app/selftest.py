"""``showroom --self-test``: a headless smoke test of this installation, frozen or not.

It runs a list of named checks on a brand-new database in a temporary folder and prints
one line per check::

    ok  database  41 ms
    FAIL pdf: the PDF does not embed its font (no /FontFile2)

and exits 0 only when every check passed. ``SHOWROOM_HOME`` points at the temporary
folder while it runs, so the salesperson's real data and settings are never read or
written, and Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise.

CI runs it on the frozen one-folder build (``installer/ci_build_check.sh``): most of what
can go wrong in a frozen build — a migration script, translation, font or Qt plugin left
out — fails one of these checks.

To extend it, write ``def _check_x(state: SelfTestState) -> str | None`` (raise on failure;
return an optional note for the "ok" line) and add ``Check("x", _check_x, needs=(...))``
to :data:`CHECKS`. This sits at the composition-root level, like ``cli``: it may import
services and the UI, never ``showroom_app.db`` models.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from showroom_app.paths import ENV_DATABASE_URL, ENV_HOME, resources_dir

if TYPE_CHECKING:
    from showroom_app.services.container import Services
    from showroom_app.services.database import Database

EXIT_OK = 0
EXIT_FAILED = 1
DEMO_CUSTOMERS = 20
LOOKUP_INDEX = 12  # the demo customer (0-based) the "lookup" check looks for by phone
MAX_REASON = 300  # characters of a FAIL line's reason

#: Sample text for the PDF check: Traditional, Simplified and Latin in one document.
PDF_LINES = (
    "展廳助手 客戶資料 試乘試駕",
    "展厅助手 客户资料 试乘试驾",
    "Showroom Assistant VIN LSVAB4180E2123456",
)


class SelfTestFailure(Exception):
    """A check found something wrong (the message is printed after ``FAIL <name>:``)."""


@dataclass
class SelfTestState:
    """What the checks share: the temporary home folder and what earlier checks built."""

    home: Path
    db: Database | None = None
    services: Services | None = None
    qt_app: Any = None
    cleanups: list[Callable[[], object]] = field(default_factory=list)

    def require_services(self) -> Services:
        if self.services is None:
            raise SelfTestFailure("no database (an earlier check failed)")
        return self.services


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[SelfTestState], str | None]
    #: names of checks that must have passed first; otherwise this one fails unrun
    needs: tuple[str, ...] = ()


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


# --- the checks ----------------------------------------------------------------------


def _check_resources(state: SelfTestState) -> str | None:
    """Everything the application reads from files at run time is where it looks for it."""
    from showroom_app.db.migrate import MIGRATIONS_DIR

    root = resources_dir()
    wanted = [
        root / "fonts" / "wqy-microhei.ttc",
        root / "fonts" / "LICENSE-Apache-2.0.txt",
        root / "fonts" / "COPYRIGHT-wqy-microhei.txt",
        root / "sample" / "catalogue.json",
        root / "sample" / "names.json",
        root / "icons" / "showroom.svg",
        MIGRATIONS_DIR / "env.py",
    ]
    missing = [str(p) for p in wanted if not p.is_file()]
    _expect(not missing, f"missing: {', '.join(missing)}")
    scripts = list((MIGRATIONS_DIR / "versions").glob("*.py"))
    _expect(bool(scripts), f"no migration scripts in {MIGRATIONS_DIR / 'versions'}")
    _expect(
        bool(list((root / "i18n").glob("showroom_zh_TW.*"))), f"no translation in {root / 'i18n'}"
    )
    return f"{len(scripts)} migration scripts"


def _check_database(state: SelfTestState) -> str | None:
    """A new database is created, migrated to the head revision and passes integrity_check."""
    from showroom_app.db.engine import sqlite_url
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database
    from showroom_app.services.integrity import check_database

    db = open_database(sqlite_url(state.home / "selftest.sqlite3"))
    state.db = db
    state.cleanups.append(db.dispose)
    report = check_database(db)
    _expect(report.integrity == "ok", f"integrity_check: {report.integrity}")
    _expect(
        report.schema_revision == report.head_revision,
        f"schema {report.schema_revision}, expected {report.head_revision}",
    )
    _expect(report.ok, f"database check failed: {report}")
    state.services = build_services(db)
    return f"revision {report.schema_revision}"


def _check_customers(state: SelfTestState) -> str | None:
    """Customers are created (the demo generator for now) and read back page by page."""
    from showroom_app.services.demo import create_demo_data

    services = state.require_services()
    assert state.db is not None
    report = create_demo_data(state.db, DEMO_CUSTOMERS)
    services.session.sign_in(services.settings.users()[0])  # the demo's manager
    _expect(report.customers == DEMO_CUSTOMERS, f"created {report.customers} customers")
    _expect(
        services.customers.count() == DEMO_CUSTOMERS,
        f"{services.customers.count()} customers stored, expected {DEMO_CUSTOMERS}",
    )
    rows = services.customers.page(0, 10)
    _expect(len(rows) == 10, f"first page has {len(rows)} rows, expected 10")
    _expect(all(r.name and r.phone_e164 for r in rows), "a customer without name or phone")
    return f"{DEMO_CUSTOMERS} created, page of {len(rows)} read"


def _check_lookup(state: SelfTestState) -> str | None:
    """Find a demo customer by the phone number it was created with.

    Issue 4's search service replaces this scan of the customer list with a real search.
    """
    from showroom_app.domain.enums import Region
    from showroom_app.services.demo import demo_phone

    services = state.require_services()
    phone = demo_phone(Region.TW, LOOKUP_INDEX)
    found = [r for r in services.customers.page(0, 50) if r.phone_e164 == phone]
    _expect(len(found) == 1, f"{len(found)} customers with phone {phone}, expected 1")
    _expect(
        found[0].customer_id == LOOKUP_INDEX + 1,
        f"phone {phone} belongs to customer {found[0].customer_id}, expected {LOOKUP_INDEX + 1}",
    )
    return f"{phone} -> customer {found[0].customer_id}"


def _check_pdf(state: SelfTestState) -> str | None:
    """A one-page PDF with the bundled CJK font embedded, readable as text again.

    Later issues add one check per document kind (quotation, contract, ...) here.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from showroom_app.documents.fonts import register_fonts

    font = register_fonts()
    out = state.home / "selftest.pdf"
    style = ParagraphStyle("selftest", fontName=font, fontSize=12, leading=18, wordWrap="CJK")
    doc = SimpleDocTemplate(str(out), pagesize=A4, title="Showroom Assistant self-test")
    doc.build([Paragraph(line, style) for line in PDF_LINES])
    data = out.read_bytes()
    _expect(data.startswith(b"%PDF-"), "the file is not a PDF")
    _expect(b"/FontFile2" in data, "the PDF does not embed its font (no /FontFile2)")
    try:
        import pypdf
    except ImportError:
        return f"{len(data):,} bytes, font embedded; text not checked: pypdf not installed"
    reader = pypdf.PdfReader(out)
    _expect(len(reader.pages) == 1, f"{len(reader.pages)} pages, expected 1")
    text = "".join(reader.pages[0].extract_text().split())
    missing = [line for line in PDF_LINES if "".join(line.split()) not in text]
    _expect(not missing, f"text not found in the PDF: {missing}")
    return f"{len(data):,} bytes, font embedded, text checked"


def _check_qt(state: SelfTestState) -> str | None:
    """Qt starts (offscreen unless told otherwise) and the bundled screen font loads."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from showroom_app import APP_NAME, __version__
    from showroom_app.ui.fonts import register_app_font
    from showroom_app.ui.qt_guard import protect_none

    protect_none()
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "showroom"])
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
    _expect(isinstance(app, QApplication), f"a {type(app).__name__} is running, not a QApplication")
    state.qt_app = app
    family = register_app_font(app)  # type: ignore[arg-type]
    _expect(family is not None, "the bundled screen font could not be loaded")
    return f"platform {QGuiApplication.platformName()}, font {family}"


def _check_translations(state: SelfTestState) -> str | None:
    """Each interface language loads, with Qt's own strings (qtbase) for Chinese."""
    from PySide6.QtCore import QCoreApplication

    from showroom_app.ui.i18n import LANGUAGES, Translations

    tr = Translations(state.home / "cache")
    state.cleanups.append(lambda: tr.apply("en"))
    expected = {
        "en": ("Today", "Save"),
        "zh_TW": ("今日", "儲存"),
        "zh_CN": ("今日", "保存"),
    }
    for lang in LANGUAGES:
        _expect(tr.apply(lang) == lang, f"{lang} could not be applied")
        today, save = expected[lang]
        got = QCoreApplication.translate("MainWindow", "Today")
        _expect(got == today, f"{lang}: 'Today' is {got!r}, expected {today!r}")
        got = QCoreApplication.translate("QPlatformTheme", "Save")
        _expect(got == save, f"{lang}: Qt's own 'Save' is {got!r}, expected {save!r} (qtbase)")
    tr.apply("en")
    return ", ".join(LANGUAGES)


def _check_window(state: SelfTestState) -> str | None:
    """The main window opens on the self-test database and every page can be shown."""
    from showroom_app.paths import AppPaths
    from showroom_app.ui.app import settings_for
    from showroom_app.ui.context import AppContext
    from showroom_app.ui.i18n import Translations
    from showroom_app.ui.main_window import PAGES, MainWindow

    services = state.require_services()
    app = state.qt_app
    translations = Translations(state.home / "cache")
    translations.apply("zh_TW")
    state.cleanups.append(lambda: translations.apply("en"))
    ctx = AppContext(
        services=services,
        translations=translations,
        user=services.settings.default_user(),
        dealership=services.settings.dealership(),
    )
    settings = settings_for(AppPaths.default())

    def change_language(code: str) -> None:
        translations.apply(code or "en")

    window = MainWindow(ctx, settings, on_language=change_language)
    try:
        for page_cls in PAGES:
            page = window.open_page(page_cls.key)
            app.processEvents()
            _expect(page is not None, f"page {page_cls.key} did not open")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        settings.sync()
    return f"{len(PAGES)} pages"


CHECKS: Sequence[Check] = (
    Check("resources", _check_resources),
    Check("database", _check_database),
    Check("customers", _check_customers, needs=("database",)),
    Check("lookup", _check_lookup, needs=("customers",)),
    Check("pdf", _check_pdf),
    Check("qt", _check_qt),
    Check("translations", _check_translations, needs=("qt",)),
    Check("window", _check_window, needs=("qt", "customers")),
)


# --- running them ----------------------------------------------------------------------


def _reason(exc: Exception) -> str:
    """One line for the FAIL line (the full traceback goes to stderr)."""
    text = str(exc) if isinstance(exc, SelfTestFailure) else f"{type(exc).__name__}: {exc}"
    line = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return line if len(line) <= MAX_REASON else line[: MAX_REASON - 1] + "…"


@contextmanager
def _isolated_home() -> Iterator[Path]:
    """A temporary SHOWROOM_HOME (and no database URL from the environment) while it runs."""
    saved = {key: os.environ.get(key) for key in (ENV_HOME, ENV_DATABASE_URL)}
    with tempfile.TemporaryDirectory(
        prefix="showroom-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        home = Path(tmp)
        os.environ[ENV_HOME] = str(home)
        os.environ.pop(ENV_DATABASE_URL, None)
        try:
            yield home
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def run_self_test(checks: Sequence[Check] | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, 1 otherwise."""
    todo = CHECKS if checks is None else checks
    passed: set[str] = set()
    failed: list[str] = []
    started = time.perf_counter()
    with _isolated_home() as home:
        state = SelfTestState(home=home)
        try:
            for check in todo:
                missing = [n for n in check.needs if n not in passed]
                if missing:
                    failed.append(check.name)
                    print(f"FAIL {check.name}: not run, needs {', '.join(missing)}", flush=True)
                    continue
                t0 = time.perf_counter()
                try:
                    note = check.run(state)
                except Exception as exc:
                    failed.append(check.name)
                    print(f"FAIL {check.name}: {_reason(exc)}", flush=True)
                    if not isinstance(exc, SelfTestFailure):
                        traceback.print_exc(file=sys.stderr)
                    continue
                ms = (time.perf_counter() - t0) * 1000
                passed.add(check.name)
                suffix = f"  ({note})" if note else ""
                print(f"ok  {check.name}  {ms:.0f} ms{suffix}", flush=True)
        finally:
            for cleanup in reversed(state.cleanups):
                try:
                    cleanup()
                except Exception:  # noqa: S112 - clean-up must not hide the result
                    continue
    total = time.perf_counter() - started
    if failed:
        print(
            f"self-test FAILED: {len(failed)} of {len(todo)} checks ({', '.join(failed)}) "
            f"in {total:.1f} s",
            flush=True,
        )
        return EXIT_FAILED
    print(f"self-test passed: {len(todo)} checks in {total:.1f} s", flush=True)
    return EXIT_OK
