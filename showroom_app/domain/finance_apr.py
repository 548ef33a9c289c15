"""True APR: the rate hidden in a loan's actual cash flows (DOMAIN.md §7.4).

A flat rate or a "0 % + fee" offer says little about what credit costs. The honest figure is
the internal rate of return of what the customer really gets and pays: the net amount received
(principal less any fee paid up front) against every instalment, balloon included. We solve

    net = Σ_{k=1..n} payment_k / (1 + i)^k

for the monthly rate ``i`` and report ``APR = 12·i`` (the nominal annual rate lenders must show)
and ``EAR = (1 + i)^12 − 1``. The solver is a safeguarded Newton iteration: Newton steps while
they stay inside a bracket that always holds the root, a bisection step otherwise. The present
value falls monotonically as the rate rises (all payments are non-negative), so the bracket
exists and the loop always converges; Newton makes it fast (a handful of steps).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from showroom_app.domain.money import ROUNDING

__all__ = ["APR_QUANTUM", "AprResult", "as_percent", "true_apr"]

APR_QUANTUM = Decimal("1E-10")
"""APR and EAR are returned to 1e-10 (a fraction: 0.0406032720 is 4.06032720 %)."""

_MONTHLY_QUANTUM = Decimal("1E-20")
_PRECISION = 40
_TOLERANCE = Decimal("1E-18")  # on the monthly rate: far below the 1e-10 promised for the APR
_MAX_ITERATIONS = 400  # every other step at least halves the bracket: 2^-200 is plenty
_ZERO = Decimal(0)
_ONE = Decimal(1)
_TWO = Decimal(2)


@dataclass(frozen=True)
class AprResult:
    """The solved rates, as fractions (multiply by 100 for per cent)."""

    monthly_rate: Decimal
    apr: Decimal  # 12 × monthly rate: the nominal annual rate
    ear: Decimal  # (1 + monthly rate)^12 − 1: the effective annual rate

    @property
    def apr_percent(self) -> Decimal:
        return as_percent(self.apr)

    @property
    def ear_percent(self) -> Decimal:
        return as_percent(self.ear)


def as_percent(rate: Decimal, places: int = 2) -> Decimal:
    """A fraction as a rounded percentage: ``0.0473485`` → ``Decimal("4.73")``."""
    return (rate * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUNDING)


def _present_value(rate: Decimal, payments: Sequence[Decimal]) -> tuple[Decimal, Decimal]:
    """Present value of the payments at ``rate`` and its derivative with respect to ``rate``."""
    discount = _ONE / (_ONE + rate)
    factor = _ONE
    value = _ZERO
    slope = _ZERO
    for k, payment in enumerate(payments, start=1):
        factor *= discount
        term = payment * factor
        value += term
        slope -= k * term
    return value, slope * discount


def true_apr(net_amount: Decimal, payments: Sequence[Decimal]) -> AprResult:
    """Solve the monthly IRR of receiving ``net_amount`` now and paying ``payments`` monthly.

    ``payments[0]`` falls one month after the money is received. A loan whose payments add up
    to exactly the net amount (0 % and no fee) has an APR of exactly zero; no iteration runs.
    Raises ``ValueError`` for cash flows that have no meaningful rate (nothing received, no
    payments, or a negative payment).
    """
    if net_amount <= 0:
        raise ValueError(f"the net amount received must be positive, not {net_amount}")
    if not payments:
        raise ValueError("a loan needs at least one payment")
    if any(payment < 0 for payment in payments):
        raise ValueError("payments cannot be negative")
    zero = _ZERO.quantize(APR_QUANTUM)
    with localcontext() as ctx:  # a copy of the caller's context: its traps stay in force
        ctx.prec = _PRECISION
        total = sum(payments, _ZERO)
        if total == net_amount:
            return AprResult(monthly_rate=zero, apr=zero, ear=zero)
        monthly = _solve(net_amount, payments, total)
        apr = (12 * monthly).quantize(APR_QUANTUM, rounding=ROUNDING)
        ear = ((_ONE + monthly) ** 12 - _ONE).quantize(APR_QUANTUM, rounding=ROUNDING)
        monthly = monthly.quantize(_MONTHLY_QUANTUM, rounding=ROUNDING)
        return AprResult(monthly_rate=monthly, apr=apr, ear=ear)


def _solve(net: Decimal, payments: Sequence[Decimal], total: Decimal) -> Decimal:
    # f(i) = PV(i) − net is strictly decreasing: find lo < root < hi with f(lo) > 0 > f(hi).
    if total > net:
        lo, hi = _ZERO, Decimal("0.01")
        while _present_value(hi, payments)[0] > net:
            lo, hi = hi, hi * _TWO
            if hi > 10**6:  # pragma: no cover - needs a payment stream of astronomic cost
                raise ValueError("no rate below 10^8 % per month explains these payments")
    else:
        lo, hi = Decimal("-0.5"), _ZERO
        while _present_value(lo, payments)[0] < net:
            hi, lo = lo, (lo - _ONE) / _TWO  # halves the distance to -100 %
    rate = (lo + hi) / _TWO
    bisected_last = True
    for _ in range(_MAX_ITERATIONS):
        value, slope = _present_value(rate, payments)
        excess = value - net
        if excess == 0:
            return rate
        if excess > 0:
            lo = rate
        else:
            hi = rate
        newton = rate - excess / slope if slope else hi + _ONE
        # Newton unless it leaves the bracket; never twice in a row without a bisection when
        # the last Newton step failed to halve the bracket, so convergence is guaranteed.
        if lo < newton < hi and (bisected_last or abs(newton - rate) < (hi - lo) / _TWO):
            step, bisected_last = newton, False
        else:
            step, bisected_last = (lo + hi) / _TWO, True
        if abs(step - rate) < _TOLERANCE or hi - lo < _TOLERANCE:
            return step
        rate = step
    return rate  # pragma: no cover - the bracket is below the tolerance long before this
