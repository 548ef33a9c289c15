"""Cold start to main window shown, memory after start-up and time to open each page.

Each run is a separate process (offscreen Qt) on a demo database of N customers:

    python benchmarks/startup.py --customers 100000 --runs 5 [--drop-caches]

``--drop-caches`` (root only, Linux) empties the OS page cache before each run for a truly
cold start; without it the figures are "warm OS cache" cold starts.
Targets (issue 2): cold start <= 1.5 s, RSS <= 250 MB with 100k customers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import demo_database, percentile


def one_run(db: Path, drop_caches: bool) -> dict[str, object]:
    if drop_caches:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SHOWROOM_HOME": home,
            "SHOWROOM_BENCH_STARTUP": "1",
        }
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "showroom_app", "--db", str(db), "--lang", "zh_TW"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        shown = None
        data: dict[str, object] = {}
        for line in proc.stdout:
            if line.startswith("BENCH_SHOWN") and shown is None:
                shown = time.perf_counter() - t0
            elif line.startswith("BENCH "):
                data = json.loads(line[6:])
        proc.wait(timeout=120)
        data["cold_start_s"] = shown
        return data


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true")
    args = parser.parse_args()
    db = demo_database(args.customers)
    runs = [one_run(db, args.drop_caches) for _ in range(args.runs)]
    starts = [float(r["cold_start_s"]) for r in runs if r.get("cold_start_s") is not None]
    rss = [float(r["rss_mb"]) for r in runs if "rss_mb" in r]
    print(
        f"customers: {args.customers:,}  runs: {len(runs)}  "
        f"{'cold (page cache dropped)' if args.drop_caches else 'warm OS cache'}"
    )
    print(
        f"start to main window shown: median {percentile(starts, 50):.2f} s, "
        f"max {max(starts):.2f} s   (target <= 1.5 s)"
    )
    print(
        f"RSS after start-up: median {percentile(rss, 50):.0f} MB, max {max(rss):.0f} MB   "
        f"(target <= 250 MB)"
    )
    pages = sorted({k for r in runs for k in r.get("page_ms", {})})  # type: ignore[union-attr]
    for page in pages:
        values = [float(r["page_ms"][page]) for r in runs]  # type: ignore[index]
        print(
            f"open page {page:<10} median {percentile(values, 50):6.1f} ms   "
            f"max {max(values):6.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
