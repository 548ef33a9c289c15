"""The ``showroom`` command: start the desk application, create demo data, check a database.

Errors the user can act on (an unwritable folder, a damaged or newer database) print one
line and exit with a non-zero code; nothing is overwritten.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from showroom_app import APP_NAME, __version__
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ShowroomError, StorageError

if TYPE_CHECKING:
    from pathlib import Path

    from showroom_app.services.container import Services
    from showroom_app.services.importexport import ImportExportService

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_STORAGE = 2
LANGUAGES = ("en", "zh_TW", "zh_CN")


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file (or any SQLAlchemy URL); default: the user's data folder, "
        "or $SHOWROOM_DATABASE_URL",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="showroom",
        description=f"{APP_NAME} (展廳助手) — the showroom desk assistant. "
        "Without a command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a separate demo database, creating it if missing",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="interface language for this run (default: Settings, then the system locale)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless on a temporary database, then exit (0 = ok)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create a database filled with demo data (no window)")
    _db_option(demo, top=False)
    demo.add_argument(
        "--customers",
        type=int,
        default=2000,
        metavar="N",
        help="number of customers (default 2000)",
    )
    demo.add_argument(
        "--region",
        choices=[r.value for r in Region],
        default="TW",
        help="dealership region: TW, CN or HK (default TW)",
    )
    demo.add_argument("--seed", type=int, default=None, help="random seed (deterministic)")
    demo.add_argument(
        "--replace",
        action="store_true",
        help="delete an existing demo database at that place first",
    )

    check = sub.add_parser("check", help="check the database's integrity and schema version")
    _db_option(check, top=False)
    _add_customers_commands(sub)
    _add_print_commands(sub)
    return parser


def _setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from showroom_app.db.engine import sqlite_path
    from showroom_app.paths import AppPaths
    from showroom_app.services import bootstrap
    from showroom_app.services.container import build_services
    from showroom_app.services.customers import total_customers
    from showroom_app.services.database import open_database
    from showroom_app.services.demo import DEFAULT_SEED, create_demo_data
    from showroom_app.services.settings import SettingsService

    if args.customers < 0:
        print("showroom: --customers must be 0 or more", file=sys.stderr)
        return EXIT_PROBLEM
    paths = AppPaths.default()
    url = bootstrap.resolve_database_url(paths, getattr(args, "db", None), demo=True)
    path = sqlite_path(url)
    db = open_database(url)
    settings = SettingsService(db)
    if not settings.needs_first_run():
        info = settings.dealership()
        if not args.replace:
            db.dispose()
            print(
                f"showroom: {db.location} already holds a dealership; use --replace to "
                "recreate a demo database, or choose another --db",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if not info.is_demo or path is None:
            db.dispose()
            print(
                f"showroom: {db.location} is not a demo database; it will not be replaced",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
    elif total_customers(db) > 0:
        db.dispose()
        print(
            f"showroom: {db.location} already holds customers; choose another --db", file=sys.stderr
        )
        return EXIT_PROBLEM
    if path is not None:  # start from an empty file: an interrupted run leaves no trace
        db.dispose()
        bootstrap.remove_sqlite_files(path)
        db = open_database(url)

    last = [0.0]

    def progress(done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if now - last[0] > 1.0 or done == total:
            last[0] = now
            print(f"  {done:,} / {total:,} customers", file=sys.stderr)

    report = create_demo_data(
        db,
        args.customers,
        region=Region(args.region),
        seed=args.seed if args.seed is not None else DEFAULT_SEED,
        progress=progress,
    )
    build_services(db).auth.set_demo_pins()  # every demo user's PIN is 0000
    db.dispose()
    print(
        f"Demo database {db.location}: {report.customers:,} customers, "
        f"{report.opportunities:,} opportunities, {report.interactions:,} interactions, "
        f"{report.tasks:,} tasks, {report.trims} trims, {report.stock} stock units "
        f"in {report.seconds:.1f} s"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from showroom_app.db.engine import sqlite_path
    from showroom_app.paths import AppPaths
    from showroom_app.services import bootstrap
    from showroom_app.services.database import open_database
    from showroom_app.services.integrity import check_database

    paths = AppPaths.default()
    url = bootstrap.resolve_database_url(paths, getattr(args, "db", None))
    file = sqlite_path(url)
    if file is not None and not file.exists():
        print(f"showroom: no database at {file}", file=sys.stderr)
        return EXIT_STORAGE
    db = open_database(url)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    print(f"Database:        {report.database}")
    print(f"Schema version:  {report.schema_revision} (this application: {report.head_revision})")
    print(f"Integrity:       {report.integrity}")
    print(f"Broken links:    {report.foreign_key_problems}")
    for table, n in report.counts.items():
        print(f"  {table:<18} {n:>10,}")
    if db.migration is not None and db.migration.backup_path is not None:
        print(
            f"Upgraded from {db.migration.from_revision}; safety copy: {db.migration.backup_path}"
        )
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _add_customers_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    customers = sub.add_parser("customers", help="import or export customers (CSV, XLSX)")
    actions = customers.add_subparsers(dest="customers_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="save every customer (or those matching --query) to CSV or XLSX"
    )
    export.add_argument("path", metavar="PATH", help="the file to write (.csv or .xlsx)")
    export.add_argument(
        "--format",
        choices=("csv", "xlsx"),
        default=None,
        help="file format (default: from the file's ending, else csv)",
    )
    export.add_argument("--query", default="", metavar="TEXT", help="as typed in the search box")
    _db_option(export, top=False)
    imp = actions.add_parser(
        "import",
        help="add customers from a CSV (UTF-8, Big5, GB18030) or XLSX file: all rows or none",
    )
    imp.add_argument("path", metavar="PATH", help="the file to read (.csv, .txt or .xlsx)")
    imp.add_argument(
        "--dry-run", action="store_true", help="check every row and report; write nothing"
    )
    imp.add_argument(
        "--duplicates",
        choices=("merge", "skip"),
        default="merge",
        help="a row whose phone is already known: merge it into that customer (default) or skip it",
    )
    imp.add_argument(
        "--unassigned",
        action="store_true",
        help="leave the new customers unassigned (default: the administrator's)",
    )
    _db_option(imp, top=False)


def cmd_customers(args: argparse.Namespace) -> int:
    """Import or export as the first active administrator (whose PIN counts as fresh)."""
    from pathlib import Path

    from showroom_app.db.engine import sqlite_path
    from showroom_app.domain.enums import Role
    from showroom_app.paths import AppPaths
    from showroom_app.services import bootstrap
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database
    from showroom_app.services.session import system_session
    from showroom_app.services.settings import SettingsService

    url = bootstrap.resolve_database_url(AppPaths.default(), getattr(args, "db", None))
    file = sqlite_path(url)
    if file is not None and not file.exists():
        print(f"showroom: no database at {file}", file=sys.stderr)
        return EXIT_STORAGE
    db = open_database(url)
    try:
        admin = next((u for u in SettingsService(db).users() if u.role is Role.ADMINISTRATOR), None)
        if admin is None:
            print("showroom: the database has no active administrator", file=sys.stderr)
            return EXIT_PROBLEM
        service = build_services(db, system_session(admin)).importexport
        path = Path(args.path)
        if args.customers_command == "export":
            xlsx = (args.format or path.suffix.lower().lstrip(".")) == "xlsx"
            fmt: Literal["csv", "xlsx"] = "xlsx" if xlsx else "csv"
            try:
                rows = service.export_customers(path, fmt, args.query)
            except OSError as exc:
                print(f"showroom: {path} cannot be written: {exc.strerror or exc}", file=sys.stderr)
                return EXIT_PROBLEM
            print(f"{rows:,} customers exported to {path}")
            return EXIT_OK
        return _import_customers(service, path, args)
    finally:
        db.dispose()


def _import_customers(service: ImportExportService, path: Path, args: argparse.Namespace) -> int:
    table = service.read_table(path)
    mapping = service.mapping_for(table.headers)
    print(f"{path.name}: {len(table.rows):,} rows ({table.encoding or table.kind})")
    for index, field in sorted(mapping.items()):
        print(f"  {table.column_name(index)} -> {field}")
    last = [0.0]

    def progress(done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if now - last[0] > 1.0 or done == total:
            last[0] = now
            print(f"  {done * 100 // max(total, 1)} %", file=sys.stderr)

    result = service.import_rows(
        table,
        mapping,
        args.duplicates,
        progress=progress,
        dry_run=args.dry_run,
        leave_unassigned=args.unassigned,
    )
    report = result.report
    if not report.ok:
        for problem in report.rejected:
            print(f"row {problem.row}, column {problem.column or '-'}: {problem.text()}")
        print(
            f"{len(report.rejected_rows):,} of {report.rows:,} rows rejected; nothing was "
            "imported. Correct the file and run the command again."
        )
        return EXIT_PROBLEM
    for dup in report.duplicates:
        where = (
            f"customer {dup.customer_id}" if dup.customer_id is not None else f"row {dup.first_row}"
        )
        what = "skipped" if args.duplicates == "skip" or not dup.visible else "merged"
        print(f"row {dup.row}: phone already known ({where}); {what}")
    print(
        f"{report.rows:,} rows: {result.created:,} new customers, {result.merged:,} merged, "
        f"{result.skipped:,} skipped, {result.vehicles:,} vehicles"
        + (" (dry run: nothing was written)" if result.dry_run else " imported")
    )
    return EXIT_OK


def _add_print_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = sub.add_parser("print", help="print a document to a PDF file")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    profile = documents.add_parser(
        "profile", help="a customer's profile sheet (客戶檔案基本資料表), ID number masked"
    )
    profile.add_argument(
        "customer", metavar="PHONE_OR_ID", help="the customer's id, or a phone number in any format"
    )
    profile.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    profile.add_argument(
        "--lang",
        dest="doc_lang",
        choices=("zh_TW", "zh_CN", "en"),
        default=None,
        help="document language (default: the dealership's document language)",
    )
    profile.add_argument(
        "--paper",
        choices=("A4", "Letter"),
        default=None,
        help="paper size (default: the dealership's)",
    )
    _db_option(profile, top=False)


def _customer_for(services: Services, key: str) -> tuple[int | None, str]:
    """The customer meant by an id or a phone number, or ``None`` and why not."""
    from showroom_app.domain.errors import NotFound, ValidationError
    from showroom_app.domain.validators import normalise_phone, phone_digits_for_search

    text = key.strip()
    if text.isascii() and text.isdigit() and not text.startswith("0"):
        try:
            return services.customers.get(int(text)).customer_id, ""
        except NotFound:
            pass  # not an id: perhaps a phone number
    try:
        ids = services.customers.find_by_phone(
            normalise_phone(text, services.settings.dealership().region)
        )
    except ValidationError:
        # not a whole number; the last digits still find it, when there are enough of them
        digits = phone_digits_for_search(text)
        ids = services.customers.find_by_phone(digits) if len(digits) >= 8 else []
    if not ids:
        return None, f"no customer has the id or phone number {key!r}"
    if len(ids) > 1:
        listed = ", ".join(str(i) for i in ids[:10])
        return None, f"{len(ids)} customers have the phone number {key!r} (ids {listed})"
    return ids[0], ""


def cmd_print(args: argparse.Namespace) -> int:
    """Print as the first active administrator; the ID number is always masked here."""
    from pathlib import Path

    from showroom_app.db.engine import sqlite_path
    from showroom_app.domain.enums import Role
    from showroom_app.paths import AppPaths
    from showroom_app.services import bootstrap
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database
    from showroom_app.services.session import system_session
    from showroom_app.services.settings import SettingsService

    url = bootstrap.resolve_database_url(AppPaths.default(), getattr(args, "db", None))
    file = sqlite_path(url)
    if file is not None and not file.exists():
        print(f"showroom: no database at {file}", file=sys.stderr)
        return EXIT_STORAGE
    db = open_database(url)
    try:
        admin = next((u for u in SettingsService(db).users() if u.role is Role.ADMINISTRATOR), None)
        if admin is None:
            print("showroom: the database has no active administrator", file=sys.stderr)
            return EXIT_PROBLEM
        services = build_services(db, system_session(admin))
        customer_id, problem = _customer_for(services, args.customer)
        if customer_id is None:
            print(f"showroom: {problem}", file=sys.stderr)
            return EXIT_PROBLEM
        pdf = services.documents.profile_sheet(
            customer_id, language=args.doc_lang, paper=args.paper
        )
    finally:
        db.dispose()
    out = Path(args.out)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        print(f"showroom: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(out)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging()
    try:
        if args.self_test:
            from showroom_app.selftest import run_self_test

            return run_self_test()
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "customers":
            return cmd_customers(args)
        if args.command == "print":
            return cmd_print(args)
        from showroom_app.ui.app import GuiOptions, run_gui

        return run_gui(GuiOptions(db=args.db, demo=args.demo, lang=args.lang))
    except StorageError as exc:
        print(f"showroom: {exc}", file=sys.stderr)
        return EXIT_STORAGE
    except ShowroomError as exc:
        print(f"showroom: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("showroom: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
