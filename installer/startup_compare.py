"""Start-up of the frozen build against running from source, on the same demo database.

    python installer/startup_compare.py --frozen dist/showroom-assistant/showroom-assistant

For each of the two it measures, in separate processes with Qt offscreen:

* start to main window shown (``SHOWROOM_BENCH_STARTUP=1``: the app prints ``BENCH_SHOWN``
  once the window is up, then quits), ``--lang zh_TW``, on a demo database;
* the wall time of ``--self-test``.

Prints the medians and the ratio frozen / source (target: at most 1.5).
Exit code 0 always, unless a run fails; ``--max-ratio`` makes a slower frozen start fail.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SHOWROOM_DATABASE_URL"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "SHOWROOM_HOME": home})
    return env


def time_to_window(cmd: list[str], db: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**_env(home), "SHOWROOM_BENCH_STARTUP": "1"}
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [*cmd, "--db", str(db), "--lang", "zh_TW"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        shown: float | None = None
        for line in proc.stdout:
            if line.startswith("BENCH_SHOWN") and shown is None:
                shown = time.perf_counter() - t0
        code = proc.wait(timeout=120)
        if shown is None or code != 0:
            raise SystemExit(f"startup_compare: {' '.join(cmd)} did not show its window ({code})")
        return shown


def time_self_test(cmd: list[str]) -> float:
    with tempfile.TemporaryDirectory() as home:
        t0 = time.perf_counter()
        result = subprocess.run(
            [*cmd, "--self-test"], env=_env(home), capture_output=True, text=True, timeout=300
        )
        elapsed = time.perf_counter() - t0
        if result.returncode != 0:
            raise SystemExit(
                f"startup_compare: {' '.join(cmd)} --self-test failed:\n{result.stdout}"
            )
        return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--frozen", type=Path, required=True, help="the one-folder executable")
    parser.add_argument("--python", default=sys.executable, help="Python for the source run")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--max-ratio", type=float, default=None)
    args = parser.parse_args()

    source = [args.python, "-m", "showroom_app"]
    frozen = [str(args.frozen.resolve())]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        subprocess.run(
            [*source, "demo", "--customers", str(args.customers), "--db", str(db)],
            env=_env(tmp),
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=600,
        )
        # one warm-up each (page cache), then alternate so both see the same machine load
        time_to_window(source, db)
        time_to_window(frozen, db)
        results: dict[str, dict[str, list[float]]] = {
            "source": {"window": [], "selftest": []},
            "frozen": {"window": [], "selftest": []},
        }
        for _ in range(args.runs):
            for label, cmd in (("source", source), ("frozen", frozen)):
                results[label]["window"].append(time_to_window(cmd, db))
                results[label]["selftest"].append(time_self_test(cmd))

    med = {
        label: {k: statistics.median(v) for k, v in values.items()}
        for label, values in results.items()
    }
    ratio_window = med["frozen"]["window"] / med["source"]["window"]
    ratio_selftest = med["frozen"]["selftest"] / med["source"]["selftest"]
    print(f"start-up, {args.customers:,}-customer demo database, median of {args.runs} runs:")
    for what, ratio in (("window", ratio_window), ("selftest", ratio_selftest)):
        label = "start to main window" if what == "window" else "--self-test wall time"
        print(
            f"  {label:<22} source {med['source'][what]:.2f} s   "
            f"frozen {med['frozen'][what]:.2f} s   ratio {ratio:.2f} (target <= 1.5)"
        )
    if args.max_ratio is not None and ratio_window > args.max_ratio:
        print(f"startup_compare: the frozen start is {ratio_window:.2f}x the source start")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
