"""Time to create demo data: ``python benchmarks/demo_data.py --customers 100000``.

Target (issue 2): 100,000 customers in under 30 s on the 2-core machine; 1,000,000 must work.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--region", default="TW")
    args = parser.parse_args()
    from showroom_app.db.engine import sqlite_url
    from showroom_app.domain.enums import Region
    from showroom_app.services.bootstrap import remove_sqlite_files
    from showroom_app.services.database import open_database
    from showroom_app.services.demo import create_demo_data

    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-timing-{args.customers}.sqlite3"
    remove_sqlite_files(path)
    t0 = time.perf_counter()
    db = open_database(sqlite_url(path))
    report = create_demo_data(db, args.customers, region=Region(args.region))
    db.dispose()
    total = time.perf_counter() - t0
    size = path.stat().st_size / 1e6
    print(
        f"{report.customers:,} customers, {report.opportunities:,} opportunities, "
        f"{report.interactions:,} interactions, {report.tasks:,} tasks: "
        f"{total:.1f} s including migration ({report.seconds:.1f} s inserting), "
        f"{size:.0f} MB file"
    )
    remove_sqlite_files(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
