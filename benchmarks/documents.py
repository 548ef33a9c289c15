"""Profile sheet PDF timing: ``python benchmarks/documents.py [--customers 100000]``.

Target (issue 4): the customer profile sheet renders in ≤ 150 ms warm.

* cold: the first rendering in a new process, including registering the 5 MB CJK font
  (median of 3 processes);
* warm: ``render_profile_sheet`` alone, 50 renderings after one warm-up, a customer with a
  complete archive and ~20 service records (2 A4 pages);
* service: ``DocumentService.profile_sheet`` end to end on a copy of the demo database of
  ``--customers`` customers — reading the archive, formatting, rendering and the audit-log
  write (a durable commit) — same customer, same counts. ``--customers 0`` skips it.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import demo_database, percentile

PRINTED_AT = datetime(2026, 11, 29, 14, 5)


def sample_sheet(records: int):  # -> ProfileSheetData
    from showroom_app.documents.common import Letterhead
    from showroom_app.documents.profile_sheet import (
        Consent,
        ProfileSheetData,
        ServiceSheetRow,
        VehicleSheet,
    )

    return ProfileSheetData(
        letterhead=Letterhead(
            "宏達汽車 大安展示中心", "臺北市大安區復興南路一段 100 號", "02 2700 1234", "04595257"
        ),
        customer_no="1024",
        name="林志明 先生",
        phones=("0955 123 456", "02 2345 6789"),
        address="臺北市信義區松仁路 123 號 8 樓",
        email="lin@example.com",
        messaging_id="lin.chiming",
        birthday="1985-03-14",
        visit_or_service_date="2026-11-27",
        id_type="身分證",
        id_number="A12****789",
        preferred_channel="LINE",
        best_time="平日晚上 7 點後",
        salesperson="陳美玲",
        service_advisor="王小華",
        insurance_company="富邦產險",
        insurance_expiry="2027-06-01",
        desired_services=("代客取送車", "週末預約"),
        desired_services_note="希望保養時提供代步車",
        consent_marketing=Consent(True, "2026-01-02"),
        notes="喜歡週末來店，太太也會一起參與決策。",
        vehicles=(
            VehicleSheet(
                "RAV4 2.5 Hybrid",
                "ABC-1234",
                "休旅車 · 油電混合",
                "1M8GDM9AXKP042788",
                "2024-06-01",
                "12",
                ("機油及機油濾芯", "輪胎對調"),
                "5,000",
                "6",
                "2026-12-01",
                True,
            ),
        ),
        service_history=tuple(
            ServiceSheetRow(
                f"2025-{i % 12 + 1:02d}-15",
                f"{5000 * (i + 1):,}",
                "定期保養：更換機油、機油濾芯，檢查煞車",
                f"NT${1200 + 350 * i:,}",
                "王小華",
                "客戶要求下次提前通知" if i % 2 else "",
            )
            for i in range(records)
        ),
    )


def cold(records: int) -> dict[str, float]:
    """One new process: the first rendering, font registration included."""
    from pypdf import PdfReader

    from showroom_app.documents.common import DocumentOptions
    from showroom_app.documents.profile_sheet import render_profile_sheet

    data = sample_sheet(records)
    t0 = time.perf_counter()
    pdf = render_profile_sheet(data, DocumentOptions("zh_TW", "A4", PRINTED_AT))
    first = time.perf_counter() - t0
    return {"first_ms": first * 1000, "pages": len(PdfReader(io.BytesIO(pdf)).pages)}


def warm(records: int, renders: int) -> list[float]:
    from showroom_app.documents.common import DocumentOptions
    from showroom_app.documents.profile_sheet import render_profile_sheet

    data = sample_sheet(records)
    options = DocumentOptions("zh_TW", "A4", PRINTED_AT)
    render_profile_sheet(data, options)  # warm-up
    times = []
    for _ in range(renders):
        t0 = time.perf_counter()
        render_profile_sheet(data, options)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def service(customers: int, records: int, renders: int) -> tuple[list[float], int]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from sample_archive import add_rich_customer

    from showroom_app.db.engine import sqlite_url
    from showroom_app.services.container import build_services
    from showroom_app.services.database import open_database

    source = demo_database(customers)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        shutil.copyfile(source, path)
        db = open_database(sqlite_url(path))
        try:
            services = build_services(db)
            services.session.sign_in(services.settings.users()[0])
            customer = add_rich_customer(services, records=records)
            services.documents.profile_sheet(customer)  # warm-up
            times = []
            for _ in range(renders):
                t0 = time.perf_counter()
                services.documents.profile_sheet(customer)
                times.append((time.perf_counter() - t0) * 1000)
        finally:
            db.dispose()
    return times, customer


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20, help="service records (default 20)")
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--customers", type=int, default=100_000, help="0: skip the service")
    parser.add_argument("--cold-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_only:
        print(json.dumps(cold(args.records)))
        return 0

    firsts = []
    for _ in range(3):
        run = subprocess.run(
            [sys.executable, __file__, "--cold-only", "--records", str(args.records)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(run.stdout)
        firsts.append(result["first_ms"])
    print(f"profile sheet, {args.records} service records, {result['pages']} A4 pages")
    each = ", ".join(f"{t:.0f}" for t in firsts)
    print(
        "  cold (first in a process, font registration included): "
        f"{statistics.median(firsts):.0f} ms (median of 3: {each})"
    )
    times = warm(args.records, args.renders)
    print(
        f"  warm render_profile_sheet x{args.renders}: median {statistics.median(times):.1f} ms, "
        f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms"
    )
    if args.customers:
        times, _ = service(args.customers, args.records, args.renders)
        print(
            f"  warm DocumentService.profile_sheet x{args.renders} "
            f"({args.customers:,} customers; read + render + audit): "
            f"median {statistics.median(times):.1f} ms, p95 {percentile(times, 95):.1f} ms, "
            f"max {max(times):.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
