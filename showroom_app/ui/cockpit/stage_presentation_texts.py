"""Words for stage 4 in the interface language: walkaround points, tags, priorities, specs
and the reasons behind a recommendation (which the domain gives as codes and values)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from showroom_app.domain.enums import Currency
from showroom_app.domain.presentation import (
    CHOICE_NAMES,
    POINT_NAMES,
    PRIORITY_NAMES,
    SPEC_BY_CODE,
    TAG_NAMES,
    local_text,
)
from showroom_app.domain.presentation_scoring import Reason, ReasonCode, Tone
from showroom_app.ui import labels

T = TypeVar("T")


def current_data(combo: QComboBox, default: T) -> T:
    """The chosen item's data, or ``default`` when nothing is chosen.

    Never lets Qt hand back an empty value: PySide6 6.12 on Python 3.11 returns ``None``
    for it without a reference, and enough of those crash the interpreter. So items always
    carry data (0 or "" for "any"), and an empty combo is not asked.
    """
    if combo.currentIndex() < 0:
        return default
    value = combo.currentData()
    return default if value is None else value


#: A mark per tone, so colour is never the only cue.
TONE_MARK = {Tone.GOOD: "✓", Tone.BAD: "✗", Tone.INFO: "•"}
TONE_COLOUR = {Tone.GOOD: "#1b5e20", Tone.BAD: "#b00020", Tone.INFO: "#555555"}


def point(code: str) -> str:
    return QCoreApplication.translate("Presentation", POINT_NAMES.get(code, code))


def tag(code: str) -> str:
    return QCoreApplication.translate("Presentation", TAG_NAMES.get(code, code))


def priority(code: str) -> str:
    return QCoreApplication.translate("Presentation", PRIORITY_NAMES.get(code, code))


def spec_label(code: str) -> str:
    d = SPEC_BY_CODE.get(code)
    return QCoreApplication.translate("Specs", d.label) if d else code


def choice(code: str, value: str) -> str:
    name = CHOICE_NAMES.get((code, value))
    return QCoreApplication.translate("Specs", name) if name else value


def _number(raw: str) -> str:
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return raw
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():f}"


def unit(code: str) -> str:
    if code == "in":
        return QCoreApplication.translate("PresentationTexts", "in")  # 吋 / 英寸
    return code


def spec_value(code: str, raw: str) -> str:
    """A stored spec as shown: ``4,630 mm``, ``5 ★``, ``Adaptive cruise …``."""
    d = SPEC_BY_CODE.get(code)
    if not raw or d is None:
        return raw
    if d.kind == "choice":
        return choice(code, raw)
    text = _number(raw)
    return f"{text} {unit(d.unit)}" if d.unit else text


def key_specs(specs: Mapping[str, str], codes: tuple[str, ...]) -> str:
    """A short line of the first few specs present, for a catalogue row."""
    parts = [f"{spec_label(c)} {spec_value(c, specs[c])}" for c in codes if specs.get(c)]
    return " · ".join(parts)


def _evidence(reason: Reason, language: str) -> str:
    if reason.evidence == "card":
        return local_text(reason.feature, language)
    if reason.evidence == "seats":
        return QCoreApplication.translate("PresentationTexts", "%1 seats").replace(
            "%1", reason.detail
        )
    if reason.evidence == "powertrain":
        return labels.powertrain(reason.detail)
    if reason.evidence == "power_kw":
        return QCoreApplication.translate("PresentationTexts", "Power %1 kW").replace(
            "%1", reason.detail
        )
    if reason.evidence == "msrp":
        return QCoreApplication.translate("PresentationTexts", "well within the budget")
    return f"{spec_label(reason.evidence)} {spec_value(reason.evidence, reason.detail)}"


def reason_text(reason: Reason, currency: Currency, language: str) -> str:
    """One reason as a sentence in the interface language."""
    amount = labels.money(reason.amount, currency) if reason.amount is not None else ""
    count, needed = str(reason.count or 0), str(reason.needed or 0)
    code = reason.code
    if code is ReasonCode.WITHIN_BUDGET:
        return QCoreApplication.translate("PresentationTexts", "Within the budget")
    if code is ReasonCode.UNDER_BUDGET:
        return QCoreApplication.translate("PresentationTexts", "Below the budget by %1").replace(
            "%1", amount
        )
    if code is ReasonCode.OVER_BUDGET:
        return QCoreApplication.translate("PresentationTexts", "Over the budget by %1").replace(
            "%1", amount
        )
    if code is ReasonCode.SEATS_FIT:
        return (
            QCoreApplication.translate("PresentationTexts", "%1 seats for %2 passengers")
            .replace("%1", count)
            .replace("%2", needed)
        )
    if code is ReasonCode.TOO_FEW_SEATS:
        return (
            QCoreApplication.translate("PresentationTexts", "Only %1 seats for %2 passengers")
            .replace("%1", count)
            .replace("%2", needed)
        )
    if code is ReasonCode.POWERTRAIN_MATCH:
        return QCoreApplication.translate("PresentationTexts", "%1, as preferred").replace(
            "%1", labels.powertrain(reason.value)
        )
    if code is ReasonCode.POWERTRAIN_OTHER:
        return (
            QCoreApplication.translate("PresentationTexts", "%1, not the preferred %2")
            .replace("%1", labels.powertrain(reason.detail))
            .replace("%2", labels.powertrain(reason.value))
        )
    if code is ReasonCode.CHARGING_AT_HOME:
        return QCoreApplication.translate("PresentationTexts", "Can charge at home")
    if code is ReasonCode.NO_HOME_CHARGING_BEV:
        return QCoreApplication.translate(
            "PresentationTexts", "No home charging: relies on public chargers"
        )
    if code is ReasonCode.NO_HOME_CHARGING_PLUG_IN:
        return QCoreApplication.translate(
            "PresentationTexts", "No home charging: will mostly run on fuel"
        )
    if code is ReasonCode.ASK_HOME_CHARGING:
        return QCoreApplication.translate(
            "PresentationTexts", "Ask whether a home charger can be installed"
        )
    if code is ReasonCode.PRIORITY_MATCH:
        return (
            QCoreApplication.translate("PresentationTexts", "Priority %1 · %2: %3")
            .replace("%1", str(reason.rank or ""))
            .replace("%2", priority(reason.value))
            .replace("%3", _evidence(reason, language))
        )
    if code is ReasonCode.MODEL_OF_INTEREST:
        return QCoreApplication.translate("PresentationTexts", "The model the customer asked about")
    if code is ReasonCode.IN_STOCK:
        return QCoreApplication.translate("PresentationTexts", "In stock now: %1").replace(
            "%1", count
        )
    if code is ReasonCode.IN_TRANSIT:
        return QCoreApplication.translate("PresentationTexts", "On the way: %1").replace(
            "%1", count
        )
    if code is ReasonCode.ORDER_ONLY_SOON:
        return QCoreApplication.translate(
            "PresentationTexts", "Factory order, but the customer wants to buy soon"
        )
    return QCoreApplication.translate("PresentationTexts", "Factory order")


def availability(in_stock: int, in_transit: int) -> str:
    parts = []
    if in_stock:
        parts.append(
            QCoreApplication.translate("PresentationTexts", "%1 in stock").replace(
                "%1", str(in_stock)
            )
        )
    if in_transit:
        parts.append(
            QCoreApplication.translate("PresentationTexts", "%1 on the way").replace(
                "%1", str(in_transit)
            )
        )
    if not parts:
        return QCoreApplication.translate("PresentationTexts", "Factory order")
    return " · ".join(parts)


__all__ = [
    "TONE_COLOUR",
    "TONE_MARK",
    "availability",
    "choice",
    "current_data",
    "key_specs",
    "point",
    "priority",
    "reason_text",
    "spec_label",
    "spec_value",
    "tag",
    "unit",
]
