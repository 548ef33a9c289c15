"""The ``showroom`` command: start the desk application, create demo data, check a database.

Errors the user can act on (an unwritable folder, a damaged or newer database) print one
line and exit with a non-zero code; nothing is overwritten.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from showroom_app import APP_NAME, __version__
from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ShowroomError, StorageError

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
