"""Deal desk arithmetic: `recalculate` (runs on every keystroke) and a 60-month schedule.

    python benchmarks/deal_desk.py [--runs 1000]

Target (deal desk issue): recalculation <= 10 ms per keystroke. Pure domain code: no database,
no Qt. Each figure is the median / p95 of single calls after a short warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import percentile


def _time(call: Callable[[], object], runs: int) -> list[float]:
    for _ in range(min(runs, 50)):  # warm-up
        call()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1000)
    args = parser.parse_args()

    from showroom_app.domain.deal import (
        DealInput,
        Deposit,
        GovernmentFee,
        InsuranceLine,
        PricedItem,
        ServiceFee,
        Subsidy,
        TradeIn,
        recalculate,
    )
    from showroom_app.domain.enums import (
        Currency,
        DepositKind,
        FeeTiming,
        Powertrain,
        Region,
        RepaymentMethod,
    )
    from showroom_app.domain.finance import equal_instalment_schedule
    from showroom_app.domain.finance_scenarios import LoanOffer
    from showroom_app.domain.taxes import TaxVehicle

    d = Decimal
    loans = (
        LoanOffer(
            "Bank", d("60000"), RepaymentMethod.EQUAL_INSTALMENT, 60, d("4.2"),
            commission_pct=d("2"),
        ),
        LoanOffer(
            "Captive", d("60000"), RepaymentMethod.ZERO_PLUS_FEE, 36, fee=d("6000"),
            fee_timing=FeeTiming.SPREAD,
        ),
    )  # fmt: skip
    full = DealInput(
        region=Region.CN,
        msrp=d("189800"),
        discount=d("12000"),
        dealer_vehicle_cost=d("170000"),
        rebate=d("4000"),
        accessories=tuple(PricedItem(f"Accessory {i}", d("1200"), d("500")) for i in range(6)),
        warranty_products=(PricedItem("Extended warranty", d("3800"), d("1900")),),
        service_fees=(
            ServiceFee("Plate service", d("800"), optional=True, pass_through=d("125")),
            ServiceFee("Delivery", d("500"), optional=True),
        ),
        government_fees=(GovernmentFee("Plates", d("125")),),
        insurance=(
            InsuranceLine("交强险", d("950"), compulsory=True),
            InsuranceLine("Commercial", d("5200"), d("15")),
        ),
        subsidies=(Subsidy("以旧换新", d("20000")),),
        trade_in=TradeIn(d("52000"), d("55000")),
        vehicle=TaxVehicle(Powertrain.PHEV, 1498, nev_relief_eligible=True),
        tax_date=date(2026, 7, 1),
        deposit=Deposit(d("20000"), DepositKind.EARNEST, date(2026, 6, 20)),
        loans=loans,
        selected_plan=1,
    )
    cash_only = DealInput(
        region=Region.TW,
        msrp=d("899000"),
        discount=d("20000"),
        accessories=(PricedItem("行車紀錄器", d("8000"), d("5000")),),
        vehicle=TaxVehicle(Powertrain.ICE, 1998),
        tax_date=date(2026, 7, 1),
    )

    cases: list[tuple[str, Callable[[], object]]] = [
        ("recalculate: CN deal, taxes, trade-in, deposit, 2 loans (60 + 36 months)",
         lambda: recalculate(full)),
        ("recalculate: TW cash deal with taxes", lambda: recalculate(cash_only)),
        ("60-month equal-instalment schedule with its APR",
         lambda: equal_instalment_schedule(d("1500000"), d("4.2"), 60, Currency.TWD)),
    ]  # fmt: skip
    print(f"{args.runs} runs each (ms)")
    for name, call in cases:
        times = _time(call, args.runs)
        print(
            f"{name}: median {statistics.median(times):.3f}, p95 {percentile(times, 95):.3f}, "
            f"max {max(times):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
