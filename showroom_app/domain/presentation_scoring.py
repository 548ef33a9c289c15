"""Which trims suit this customer, and why (DOMAIN.md §4.3 "recommend a trim", §4.4).

Every trim gets a score from the needs profile and the catalogue, and the *reasons* behind
it: within budget or over it by how much, seats against passengers, the preferred
powertrain, home charging for a car that plugs in, the customer's ranked priorities met by
a spec or by one of the dealership's FAB cards, and whether a car is in stock, on its way
or must be ordered. The salesperson reads the reasons and decides; nothing is filtered out.

Weights are deliberately simple and visible here: a missing seat or a price far over the
budget weighs more than any priority, the first priority more than the last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from showroom_app.domain.cockpit import Timeline
from showroom_app.domain.needs import NeedsForm
from showroom_app.domain.presentation import spec_number

ELECTRIFIED = frozenset({"HEV", "PHEV", "EREV", "BEV"})
PLUG_IN = frozenset({"PHEV", "EREV", "BEV"})
URGENT = frozenset({Timeline.WITHIN_7_DAYS.value, Timeline.WITHIN_15_DAYS.value})

#: Points for the customer's priorities, most important first.
PRIORITY_WEIGHTS = (16, 12, 9, 7, 5, 4, 3, 2)
W_WITHIN_BUDGET = 30
W_UNDER_BUDGET = 15
W_OVER_BUDGET = -20  # plus up to MAX_OVER_PENALTY more, growing with the overshoot
MAX_OVER_PENALTY = 60
W_SEATS_FIT = 20
W_TOO_FEW_SEATS = -60
W_POWERTRAIN = 25
W_POWERTRAIN_OTHER = -15
W_HOME_CHARGING = 5
W_NO_HOME_CHARGING_BEV = -25
W_NO_HOME_CHARGING_PLUG_IN = -5
W_ASK_HOME_CHARGING = -3
W_MODEL_OF_INTEREST = 10
W_IN_STOCK = 8
W_IN_TRANSIT = 4
W_ORDER_SOON = -10
WELL_WITHIN_BUDGET = Decimal("0.9")  # "price" as a priority: at most 90 % of the budget


class Tone(StrEnum):
    GOOD = "good"
    BAD = "bad"
    INFO = "info"


class ReasonCode(StrEnum):
    WITHIN_BUDGET = "within_budget"
    UNDER_BUDGET = "under_budget"  # amount: below the minimum by
    OVER_BUDGET = "over_budget"  # amount: over the maximum by
    SEATS_FIT = "seats_fit"  # count: seats, needed: passengers
    TOO_FEW_SEATS = "too_few_seats"
    POWERTRAIN_MATCH = "powertrain_match"  # value: the powertrain
    POWERTRAIN_OTHER = "powertrain_other"  # value: preferred, detail: this trim's
    CHARGING_AT_HOME = "charging_at_home"
    NO_HOME_CHARGING_BEV = "no_home_charging_bev"
    NO_HOME_CHARGING_PLUG_IN = "no_home_charging_plug_in"
    ASK_HOME_CHARGING = "ask_home_charging"
    PRIORITY_MATCH = "priority_match"  # rank, value: priority, evidence, detail / feature
    MODEL_OF_INTEREST = "model_of_interest"
    IN_STOCK = "in_stock"  # count
    IN_TRANSIT = "in_transit"  # count
    ORDER_ONLY = "order_only"
    ORDER_ONLY_SOON = "order_only_soon"  # must be ordered, but the customer buys soon


@dataclass(frozen=True)
class Reason:
    """One reason, as codes and values (the UI words it). ``evidence`` names what met a
    priority: a spec code, ``seats`` / ``powertrain`` / ``power_kw`` / ``msrp``, or
    ``card`` (then ``feature`` holds the FAB card's feature, {language: text})."""

    code: ReasonCode
    tone: Tone
    amount: Decimal | None = None
    count: int | None = None
    needed: int | None = None
    rank: int | None = None
    value: str = ""
    evidence: str = ""
    detail: str = ""
    feature: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TrimFacts:
    """What the scoring needs to know of one trim. ``card_features`` maps each priority
    that one of the trim's active FAB cards serves to that card's feature texts."""

    trim_id: int
    model_id: int
    msrp: Decimal
    seats: int
    powertrain: str
    power_kw: int | None = None
    specs: Mapping[str, str] = field(default_factory=dict)
    in_stock: int = 0
    in_transit: int = 0
    card_features: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Recommendation:
    trim_id: int
    score: int
    reasons: tuple[Reason, ...]

    @property
    def fits(self) -> bool:
        """No hard mismatch: enough seats and not over the budget."""
        return not any(
            r.code in (ReasonCode.TOO_FEW_SEATS, ReasonCode.OVER_BUDGET) for r in self.reasons
        )


# -- priorities met by specs ----------------------------------------------------------------------

Check = tuple[str, Callable[[TrimFacts, NeedsForm], str | None]]


def _spec_at_least(code: str, threshold: int | str) -> Check:
    def check(t: TrimFacts, _n: NeedsForm) -> str | None:
        value = spec_number(t.specs, code)
        return t.specs[code] if value is not None and value >= Decimal(threshold) else None

    return code, check


def _spec_at_most(code: str, threshold: int | str) -> Check:
    def check(t: TrimFacts, _n: NeedsForm) -> str | None:
        value = spec_number(t.specs, code)
        return t.specs[code] if value is not None and value <= Decimal(threshold) else None

    return code, check


def _spec_in(code: str, *values: str) -> Check:
    def check(t: TrimFacts, _n: NeedsForm) -> str | None:
        return t.specs[code] if t.specs.get(code) in values else None

    return code, check


def _seats(t: TrimFacts, _n: NeedsForm) -> str | None:
    return str(t.seats) if t.seats >= 7 else None


def _electrified(t: TrimFacts, _n: NeedsForm) -> str | None:
    return t.powertrain if t.powertrain in ELECTRIFIED else None


def _power(t: TrimFacts, _n: NeedsForm) -> str | None:
    return str(t.power_kw) if t.power_kw is not None and t.power_kw >= 150 else None


def _affordable(t: TrimFacts, n: NeedsForm) -> str | None:
    top = n.budget_max
    return str(t.msrp) if top is not None and t.msrp <= top * WELL_WITHIN_BUDGET else None


#: The first check that holds is the evidence shown; ``brand`` and ``resale`` are met by
#: the dealership's FAB cards only.
PRIORITY_CHECKS: dict[str, tuple[Check, ...]] = {
    "safety": (
        _spec_at_least("ncap_stars", 5),
        _spec_in("adas", "l2", "l2_plus"),
        _spec_at_least("airbags", 8),
    ),
    "space": (
        ("seats", _seats),
        _spec_at_least("boot_l", 500),
        _spec_at_least("wheelbase_mm", 2750),
    ),
    "economy": (
        _spec_at_most("fuel_l_100km", "5.0"),
        _spec_at_most("energy_kwh_100km", "15"),
        ("powertrain", _electrified),
    ),
    "power": (_spec_at_most("accel_0_100_s", "7.5"), ("power_kw", _power)),
    "tech": (_spec_in("adas", "l2_plus"), _spec_at_least("screen_in", 12)),
    "price": (("msrp", _affordable),),
    "brand": (),
    "resale": (),
}


def priority_evidence(
    priority: str, trim: TrimFacts, needs: NeedsForm
) -> tuple[str, str, Mapping[str, str]] | None:
    """(evidence, detail, feature texts) when the trim meets the priority, else None.
    A spec is the evidence when one holds (facts first); otherwise a FAB card for it."""
    for evidence, check in PRIORITY_CHECKS.get(priority, ()):
        detail = check(trim, needs)
        if detail is not None:
            return evidence, detail, {}
    feature = trim.card_features.get(priority)
    if feature is not None:
        return "card", "", feature
    return None


# -- the score ---------------------------------------------------------------------------------


def _budget(t: TrimFacts, n: NeedsForm) -> tuple[int, Reason | None]:
    low, high = n.budget_min, n.budget_max
    if high is not None and t.msrp > high:
        over = t.msrp - high
        ratio = over / high if high > 0 else Decimal(1)
        penalty = min(MAX_OVER_PENALTY, int(ratio * 300))
        return W_OVER_BUDGET - penalty, Reason(ReasonCode.OVER_BUDGET, Tone.BAD, amount=over)
    if low is not None and t.msrp < low:
        return W_UNDER_BUDGET, Reason(ReasonCode.UNDER_BUDGET, Tone.INFO, amount=low - t.msrp)
    if low is None and high is None:
        return 0, None
    return W_WITHIN_BUDGET, Reason(ReasonCode.WITHIN_BUDGET, Tone.GOOD)


def _seating(t: TrimFacts, n: NeedsForm) -> tuple[int, Reason | None]:
    if n.passengers is None:
        return 0, None
    if t.seats >= n.passengers:
        return W_SEATS_FIT, Reason(
            ReasonCode.SEATS_FIT, Tone.GOOD, count=t.seats, needed=n.passengers
        )
    return W_TOO_FEW_SEATS, Reason(
        ReasonCode.TOO_FEW_SEATS, Tone.BAD, count=t.seats, needed=n.passengers
    )


def _powertrain(t: TrimFacts, n: NeedsForm) -> tuple[int, Reason | None]:
    pref = n.powertrain_pref
    if not pref or pref == "undecided":
        return 0, None
    if pref == t.powertrain:
        return W_POWERTRAIN, Reason(ReasonCode.POWERTRAIN_MATCH, Tone.GOOD, value=pref)
    return W_POWERTRAIN_OTHER, Reason(
        ReasonCode.POWERTRAIN_OTHER, Tone.BAD, value=pref, detail=t.powertrain
    )


def _charging(t: TrimFacts, n: NeedsForm) -> tuple[int, Reason | None]:
    if t.powertrain not in PLUG_IN:
        return 0, None
    if n.home_charging == "yes":
        return W_HOME_CHARGING, Reason(ReasonCode.CHARGING_AT_HOME, Tone.GOOD)
    if n.home_charging == "no":
        if t.powertrain == "BEV":
            return W_NO_HOME_CHARGING_BEV, Reason(ReasonCode.NO_HOME_CHARGING_BEV, Tone.BAD)
        return W_NO_HOME_CHARGING_PLUG_IN, Reason(ReasonCode.NO_HOME_CHARGING_PLUG_IN, Tone.INFO)
    return W_ASK_HOME_CHARGING, Reason(ReasonCode.ASK_HOME_CHARGING, Tone.INFO)


def _priorities(t: TrimFacts, n: NeedsForm) -> tuple[int, list[Reason]]:
    score, reasons = 0, []
    for i, priority in enumerate(n.priorities):
        found = priority_evidence(priority, t, n)
        if found is None:
            continue
        evidence, detail, feature = found
        score += PRIORITY_WEIGHTS[min(i, len(PRIORITY_WEIGHTS) - 1)]
        reasons.append(
            Reason(
                ReasonCode.PRIORITY_MATCH,
                Tone.GOOD,
                rank=i + 1,
                value=priority,
                evidence=evidence,
                detail=detail,
                feature=feature,
            )
        )
    return score, reasons


def _stock(t: TrimFacts, n: NeedsForm) -> tuple[int, Reason]:
    if t.in_stock > 0:
        return W_IN_STOCK, Reason(ReasonCode.IN_STOCK, Tone.GOOD, count=t.in_stock)
    if t.in_transit > 0:
        return W_IN_TRANSIT, Reason(ReasonCode.IN_TRANSIT, Tone.INFO, count=t.in_transit)
    if n.timeline in URGENT:
        return W_ORDER_SOON, Reason(ReasonCode.ORDER_ONLY_SOON, Tone.BAD)
    return 0, Reason(ReasonCode.ORDER_ONLY, Tone.INFO)


def score_trim(
    trim: TrimFacts, needs: NeedsForm, *, model_of_interest: int | None = None
) -> Recommendation:
    score = 0
    reasons: list[Reason] = []
    for part in (_budget, _seating, _powertrain, _charging):
        points, reason = part(trim, needs)
        score += points
        if reason is not None:
            reasons.append(reason)
    points, matched = _priorities(trim, needs)
    score += points
    reasons += matched
    if model_of_interest is not None and trim.model_id == model_of_interest:
        score += W_MODEL_OF_INTEREST
        reasons.append(Reason(ReasonCode.MODEL_OF_INTEREST, Tone.GOOD))
    points, stock = _stock(trim, needs)
    return Recommendation(trim.trim_id, score + points, (*reasons, stock))


def recommend(
    needs: NeedsForm,
    trims: Iterable[TrimFacts],
    *,
    model_of_interest: int | None = None,
    limit: int | None = None,
) -> list[Recommendation]:
    """Every trim scored, best first; ties go to the lower price, then the lower id."""
    facts = {t.trim_id: t for t in trims}
    scored = [score_trim(t, needs, model_of_interest=model_of_interest) for t in facts.values()]
    scored.sort(key=lambda r: (-r.score, facts[r.trim_id].msrp, r.trim_id))
    return scored if limit is None else scored[:limit]


__all__ = [
    "ELECTRIFIED",
    "PLUG_IN",
    "PRIORITY_CHECKS",
    "PRIORITY_WEIGHTS",
    "Reason",
    "ReasonCode",
    "Recommendation",
    "Tone",
    "TrimFacts",
    "priority_evidence",
    "recommend",
    "score_trim",
]
