"""Shared helpers of the benchmark scripts: build (or reuse) a demo database of N customers."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def demo_database(customers: int, *, region: str = "TW", rebuild: bool = False) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{region}-{customers}.sqlite3"
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not path.exists():
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "showroom_app",
                "demo",
                "--customers",
                str(customers),
                "--region",
                region,
                "--db",
                str(path),
            ],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        print(f"built {path.name} in {time.perf_counter() - t0:.1f} s")
    return path


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)
