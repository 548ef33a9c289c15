"""Customer search at the service layer and the first rows of the Customers page.

    python benchmarks/search.py --customers 100000

Targets (issue 4): search p95 <= 20 ms for name fragments, phone fragments and plates;
first rows of the Customers page shown <= 150 ms after opening.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import demo_database, percentile


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from showroom_app.db.engine import sqlite_url
    from showroom_app.domain.archive import VehicleForm
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database

    path = demo_database(args.customers)
    db = open_database(sqlite_url(path))
    services = build_services(db)
    services.session.sign_in(services.settings.users()[0])
    rng = random.Random(7)
    sample = services.customers.page(0, 2000)
    # plates: give a few customers a vehicle so there is something to find
    plates = []
    for i, row in enumerate(sample[:50]):
        plate = f"{'ABCDEFGHJK'[i % 10]}{'KLMNPRSTUV'[i // 10]}X-{1000 + i}"
        if not services.archive.profile(row.customer_id).vehicles:
            services.archive.add_vehicle(
                row.customer_id, VehicleForm(model_text="RAV4", plate=plate)
            )
        plates.append(plate)
    kinds: dict[str, list[str]] = {
        "name fragment": [],
        "phone fragment": [],
        "plate": [],
    }
    for _ in range(args.queries):
        row = rng.choice(sample)
        name = row.name
        start = rng.randrange(max(len(name) - 1, 1))
        kinds["name fragment"].append(name[start : start + rng.choice((1, 2))])
        digits = row.phone_e164.lstrip("+")
        start = rng.randrange(3, len(digits) - 4)
        kinds["phone fragment"].append(digits[start : start + rng.choice((4, 5, 6))])
        plate = rng.choice(plates)
        kinds["plate"].append(plate.split("-")[rng.choice((0, 1))])
    print(f"customers: {services.customers.count():,}")
    for kind, queries in kinds.items():
        times = []
        for q in queries:
            t0 = time.perf_counter()
            services.customers.search(q, 50)
            times.append((time.perf_counter() - t0) * 1000)
        print(
            f"search {kind:<15} p50 {percentile(times, 50):5.1f} ms   "
            f"p95 {percentile(times, 95):5.1f} ms   (target p95 <= 20 ms, n={len(times)})"
        )

    from PySide6.QtWidgets import QApplication

    from showroom_app.paths import AppPaths
    from showroom_app.ui.app import settings_for
    from showroom_app.ui.context import AppContext
    from showroom_app.ui.i18n import Translations
    from showroom_app.ui.pages.customers import CustomersPage

    app = QApplication.instance() or QApplication([])
    os.environ.setdefault("SHOWROOM_HOME", str(Path(path).parent / "bench-home"))
    translations = Translations(AppPaths.default().cache_dir)
    translations.apply("zh_TW")
    del settings_for
    ctx = AppContext(
        services=services,
        translations=translations,
        user=services.session.user,
        dealership=services.settings.dealership(),
    )
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        page = CustomersPage(ctx)
        page.resize(1200, 800)
        page.show()
        page.refresh()
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
        page.close()
        page.deleteLater()
    print(
        f"Customers page, first rows shown: median {percentile(times, 50):.0f} ms, "
        f"max {max(times):.0f} ms   (target <= 150 ms)"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
