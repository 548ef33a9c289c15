"""Customer import and export at scale: ``python benchmarks/import_export.py --rows 100000``.

* import: a CSV of N demo-like customers (names, phones, addresses, notes, birthdays in
  three date formats, and a vehicle with plate and VIN for 40 % of them) into a new database
  holding only the catalogue and the staff; reported with the peak RSS;
* export: the N customers to CSV and to XLSX.

Target (issue 4): 100,000 rows import in ≤ 60 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT

HEADER = ["姓名", "稱謂", "手機", "地址", "生日", "電子郵件", "備註", "車型", "車牌", "車身號碼",
          "交車日期", "交車里程", "行銷同意"]  # fmt: skip


def write_csv(path: Path, rows: int, seed: int = 4) -> None:
    from showroom_app.domain.enums import Region
    from showroom_app.domain.validators import make_vin
    from showroom_app.services.demo import demo_phone, load_json

    rng = random.Random(seed)
    names = load_json("names.json")
    catalogue = load_json("catalogue.json")
    models = [m["name_zh_TW"] for b in catalogue["brands"] for m in b["models"]]
    surnames, given = names["surnames_zh_TW"], names["given_chars_zh_TW"]
    streets, notes = names["streets_TW"], names["notes_zh_TW"]
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(HEADER)
        for i in range(rows):
            born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 18_000))
            birthday = rng.choice(
                [born.isoformat(), born.strftime("%Y/%m/%d"),
                 f"{born.year - 1911}/{born.month:02d}/{born.day:02d}", ""]
            )  # fmt: skip
            car = ["", "", "", "", ""]
            if rng.random() < 0.4:
                delivered = date(2020, 1, 1) + timedelta(days=rng.randint(0, 2000))
                car = [
                    rng.choice(models),
                    "".join(rng.choice(letters) for _ in range(3)) + f"-{rng.randint(0, 9999):04d}",
                    make_vin("JTMW1RFV0KD", f"{i:06d}"),
                    delivered.isoformat(),
                    str(rng.randint(0, 30)),
                ]
            out.writerow(
                [
                    rng.choice(surnames) + "".join(rng.choices(given, k=rng.randint(1, 2))),
                    rng.choice(["先生", "小姐", ""]),
                    demo_phone(Region.TW, i),
                    f"{rng.choice(streets)} {rng.randint(1, 300)} 號" if rng.random() < 0.6 else "",
                    birthday,
                    f"user{i}@example.com" if rng.random() < 0.3 else "",
                    rng.choice(notes) if rng.random() < 0.5 else "",
                    *car,
                    rng.choice(["是", "否"]),
                ]
            )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _services(path: Path, user_index: int):  # type: ignore[no-untyped-def]
    from showroom_app.db.engine import sqlite_url
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database

    services = build_services(open_database(sqlite_url(path)))
    services.session.sign_in(services.settings.users()[user_index])
    return services


def step_import(db_path: Path, source: Path, rows: int) -> None:
    services = _services(db_path, 1)  # a sales consultant
    ie = services.importexport
    rss_before = rss_mb()
    t0 = time.perf_counter()
    table = ie.read_table(source)
    t_read = time.perf_counter() - t0
    t1 = time.perf_counter()
    result = ie.import_rows(table, ie.mapping_for(table.headers))
    t_import = time.perf_counter() - t1
    total = time.perf_counter() - t0
    assert result.written and result.created == rows, result
    print(
        f"import {rows:,} rows: {total:.1f} s in all (read {t_read:.1f} s, check + write "
        f"{t_import:.1f} s); {result.created:,} customers, {result.vehicles:,} vehicles; "
        f"peak RSS {rss_mb():.0f} MB (before {rss_before:.0f} MB)"
    )
    name = table.rows[-1][1][0]
    t0 = time.perf_counter()
    found = services.customers.search(name)
    print(f"  search for the last imported name: {len(found)} hit(s), "
          f"{(time.perf_counter() - t0) * 1000:.1f} ms")  # fmt: skip
    services.db.dispose()


def step_export(db_path: Path, fmt: str) -> None:
    services = _services(db_path, 0)  # the administrator: every customer
    rss_before = rss_mb()
    target = OUT / f"export.{fmt}"
    t0 = time.perf_counter()
    n = services.importexport.export_customers(target, fmt)  # type: ignore[arg-type]
    took = time.perf_counter() - t0
    print(
        f"export {n:,} rows to {fmt.upper()}: {took:.1f} s, {target.stat().st_size / 1e6:.1f} MB;"
        f" peak RSS {rss_mb():.0f} MB (before {rss_before:.0f} MB)"
    )
    target.unlink()
    services.db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--step", choices=("all", "import", "export"), default="all")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--source", type=Path)
    parser.add_argument("--format", default="csv")
    args = parser.parse_args()
    if args.step == "import":
        step_import(args.db, args.source, args.rows)
        return 0
    if args.step == "export":
        step_export(args.db, args.format)
        return 0
    from showroom_app.db.engine import sqlite_url
    from showroom_app.domain.enums import Region
    from showroom_app.services.bootstrap import remove_sqlite_files
    from showroom_app.services.database import open_database
    from showroom_app.services.demo import create_demo_data

    OUT.mkdir(exist_ok=True)
    source = OUT / f"import-{args.rows}.csv"
    t0 = time.perf_counter()
    write_csv(source, args.rows)
    print(f"generated {source.name} ({source.stat().st_size / 1e6:.1f} MB) in "
          f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
    path = OUT / f"import-target-{args.rows}.sqlite3"
    remove_sqlite_files(path)
    db = open_database(sqlite_url(path))
    create_demo_data(db, 0, region=Region.TW)  # catalogue and staff, no customers
    db.dispose()
    # each step in its own process, so each peak RSS is its own
    me = [sys.executable, __file__, "--rows", str(args.rows), "--db", str(path)]
    subprocess.run([*me, "--step", "import", "--source", str(source)], check=True)
    for fmt in ("csv", "xlsx"):
        subprocess.run([*me, "--step", "export", "--format", fmt], check=True)
    remove_sqlite_files(path)
    source.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
