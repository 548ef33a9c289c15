"""Closing, finance and delivery documents: warm render times.

``python benchmarks/documents_deal.py [--renders 30] [--language zh_TW]``

Targets (issue 6): the contract renders in ≤ 150 ms warm, a 60-month repayment schedule in
≤ 200 ms. Every other deal document is timed too. "Warm" means the font is registered and
one rendering of the same document was done first; each figure is the renderer alone
(data in, PDF bytes out), A4, with the sample deals of ``tests/deal_samples.py``; the
certificate's 4000 × 3000 photo is decoded and scaled in every rendering. The first
rendering in a new process (font registration included) is printed as "cold". Nothing is
asserted: timed assertions are flaky on shared machines.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from common import percentile

ROOT = Path(__file__).resolve().parents[1]

TARGETS_MS = {"contract": 150.0, "repayment schedule (60 rows)": 200.0}


def renderers(language: str) -> dict[str, Callable[[], bytes]]:
    import deal_samples as s

    from showroom_app.documents.common import DocumentOptions
    from showroom_app.documents.contract import render_contract
    from showroom_app.documents.delivery_certificate import render_delivery_certificate
    from showroom_app.documents.delivery_confirmation import render_delivery_confirmation
    from showroom_app.documents.deposit_receipt import render_deposit_receipt
    from showroom_app.documents.order_confirmation import render_order_confirmation
    from showroom_app.documents.payment_comparison import render_payment_comparison
    from showroom_app.documents.quotation import render_quotation
    from showroom_app.documents.repayment_schedule import render_repayment_schedule

    region = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}[language]
    options = DocumentOptions(language, "A4", s.PRINTED_AT)
    quotation = s.quotation(region)
    contract = s.contract(region, language)
    receipt = s.deposit_receipt(region)
    order = s.order_confirmation(region)
    schedule = s.repayment_schedule(region, 60)
    comparison = s.payment_comparison(region)
    delivery = s.delivery_confirmation(region, language)
    certificate = s.delivery_certificate(region, s.photo_jpeg(4000, 3000))
    return {
        "quotation": lambda: render_quotation(quotation, options),
        "contract": lambda: render_contract(contract, options),
        "deposit receipt": lambda: render_deposit_receipt(receipt, options),
        "order confirmation": lambda: render_order_confirmation(order, options),
        "repayment schedule (60 rows)": lambda: render_repayment_schedule(schedule, options),
        "payment comparison": lambda: render_payment_comparison(comparison, options),
        "delivery confirmation": lambda: render_delivery_confirmation(delivery, options),
        "delivery certificate (12 MP photo)": lambda: render_delivery_certificate(
            certificate, options
        ),
    }


def cold(language: str) -> dict[str, float]:
    """A new process: the first contract, font registration included."""
    render = renderers(language)["contract"]
    t0 = time.perf_counter()
    render()
    return {"first_ms": (time.perf_counter() - t0) * 1000}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--language", default="zh_TW", choices=["zh_TW", "zh_CN", "en"])
    parser.add_argument("--cold-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_only:
        print(json.dumps(cold(args.language)))
        return 0

    from pypdf import PdfReader

    from showroom_app.documents.images import prepare_photo

    run = subprocess.run(
        [sys.executable, __file__, "--cold-only", "--language", args.language],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    print(f"deal documents, {args.language}, A4, warm: {args.renders} renderings after one")
    print(f"  cold contract (first in a process, font registration included): "
          f"{json.loads(run.stdout)['first_ms']:.0f} ms")  # fmt: skip
    import io

    for name, render in renderers(args.language).items():
        pages = len(PdfReader(io.BytesIO(render())).pages)  # also the warm-up
        times = []
        for _ in range(args.renders):
            prepare_photo.cache_clear()  # the certificate decodes and scales its photo each time
            t0 = time.perf_counter()
            render()
            times.append((time.perf_counter() - t0) * 1000)
        target = TARGETS_MS.get(name)
        verdict = ""
        if target is not None:
            state = "ok" if percentile(times, 95) <= target else "OVER"
            verdict = f"  (target ≤ {target:.0f} ms: {state})"
        print(
            f"  {name:<36} {pages} p  median {statistics.median(times):6.1f} ms  "
            f"p95 {percentile(times, 95):6.1f} ms  max {max(times):6.1f} ms{verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
