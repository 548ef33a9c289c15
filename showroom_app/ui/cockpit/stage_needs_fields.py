"""The needs form's words and typing rules: names of the stored codes, and what typed text
means (amounts like ``120萬`` or ``１，２００，０００``, whole numbers, lists).

Parsing here only turns text into values; whether the values are acceptable (a budget
minimum above the maximum, 120 %) is the domain's ``validate_needs``.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from showroom_app.domain.cockpit import Timeline
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.text import QT_TRANSLATE_NOOP
from showroom_app.ui import labels

AMOUNT_MESSAGE = QT_TRANSLATE_NOOP(
    "Validation", "Enter an amount of zero or more, with at most two decimals."
)
NUMBER_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")

#: 萬 / 万 after an amount: ten thousand (a budget is said "120萬" at the desk)
_TEN_THOUSAND = ("萬", "万")
_CURRENCY_MARKS = ("NT$", "HK$", "US$", "RMB", "CNY", "TWD", "HKD", "$", "¥", "￥", "元")
_LIST_SPLIT = re.compile(r"[,，、;；\n]+")


# -- names of the stored codes (DOMAIN.md §4.3, glossary §12) --------------------------------


def payment_method(code: str) -> str:
    names = {
        "": QCoreApplication.translate("NeedsLabels", "Not asked yet"),
        "full": QCoreApplication.translate("NeedsLabels", "Full payment"),
        "loan": QCoreApplication.translate("NeedsLabels", "Loan"),
        "instalment": QCoreApplication.translate("NeedsLabels", "Instalment plan"),
        "lease": QCoreApplication.translate("NeedsLabels", "Lease"),
    }
    return names.get(code, code)


def usage(code: str) -> str:
    names = {
        "commute": QCoreApplication.translate("NeedsLabels", "Commuting"),
        "family": QCoreApplication.translate("NeedsLabels", "Family"),
        "business": QCoreApplication.translate("NeedsLabels", "Business"),
        "long_distance": QCoreApplication.translate("NeedsLabels", "Long-distance"),
        "ride_hailing": QCoreApplication.translate("NeedsLabels", "Ride-hailing"),
    }
    return names.get(code, code)


def powertrain_pref(code: str) -> str:
    if code == "":
        return QCoreApplication.translate("NeedsLabels", "Not asked yet")
    if code == "undecided":
        return QCoreApplication.translate("NeedsLabels", "Undecided")
    return labels.powertrain(code)


def home_charging(code: str) -> str:
    names = {
        "yes": QCoreApplication.translate("NeedsLabels", "Possible"),
        "no": QCoreApplication.translate("NeedsLabels", "Not possible"),
        "unknown": QCoreApplication.translate("NeedsLabels", "Not known yet"),
    }
    return names.get(code, code)


def priority(code: str) -> str:
    names = {
        "safety": QCoreApplication.translate("NeedsLabels", "Safety"),
        "space": QCoreApplication.translate("NeedsLabels", "Space"),
        "economy": QCoreApplication.translate("NeedsLabels", "Running costs"),
        "power": QCoreApplication.translate("NeedsLabels", "Performance"),
        "tech": QCoreApplication.translate("NeedsLabels", "Tech / ADAS"),
        "brand": QCoreApplication.translate("NeedsLabels", "Brand"),
        "price": QCoreApplication.translate("NeedsLabels", "Price"),
        "resale": QCoreApplication.translate("NeedsLabels", "Resale value"),
    }
    return names.get(code, code)


def timeline(code: str) -> str:
    names = {
        Timeline.WITHIN_7_DAYS.value: QCoreApplication.translate("NeedsLabels", "Within 7 days"),
        Timeline.WITHIN_15_DAYS.value: QCoreApplication.translate("NeedsLabels", "Within 15 days"),
        Timeline.WITHIN_30_DAYS.value: QCoreApplication.translate("NeedsLabels", "Within 30 days"),
        Timeline.WITHIN_3_MONTHS.value: QCoreApplication.translate(
            "NeedsLabels", "Within 3 months"
        ),
        Timeline.OVER_3_MONTHS.value: QCoreApplication.translate(
            "NeedsLabels", "Later than 3 months"
        ),
        Timeline.UNKNOWN.value: QCoreApplication.translate("NeedsLabels", "Not known yet"),
    }
    return names.get(code, code)


def plate_eligibility(code: str) -> str:
    names = {
        "": QCoreApplication.translate("NeedsLabels", "Not asked yet"),
        "has": QCoreApplication.translate("NeedsLabels", "Has a plate quota"),
        "lottery": QCoreApplication.translate("NeedsLabels", "In the plate lottery"),
        "nev_plate": QCoreApplication.translate("NeedsLabels", "NEV plate"),
        "not_applicable": QCoreApplication.translate("NeedsLabels", "Not needed in this city"),
    }
    return names.get(code, code)


# -- typed text -> values ------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Full-width digits and commas (typed with a Chinese input method) as ASCII, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def parse_amount(text: str, field: str) -> Decimal | None:
    """``1,200,000``, ``NT$1200000``, ``120萬``, ``12.5万``; empty means not given."""
    cleaned = _normalise(text).replace(",", "")
    for mark in _CURRENCY_MARKS:
        cleaned = cleaned.replace(mark, "")
    if not cleaned:
        return None
    factor = Decimal(1)
    if cleaned.endswith(_TEN_THOUSAND):
        cleaned, factor = cleaned[:-1], Decimal(10_000)
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise ValidationError(field, AMOUNT_MESSAGE, "amount")
    try:
        return Decimal(cleaned) * factor
    except InvalidOperation:  # pragma: no cover - the pattern already refused it
        raise ValidationError(field, AMOUNT_MESSAGE, "amount") from None


def parse_whole(text: str, field: str, *, suffixes: tuple[str, ...] = ()) -> int | None:
    """A whole number (``150,000``, ``１５``, ``30 %``); empty means not given."""
    cleaned = _normalise(text).replace(",", "")
    for suffix in suffixes:
        cleaned = cleaned.removesuffix(suffix)
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d+", cleaned):
        raise ValidationError(field, NUMBER_MESSAGE, "number")
    return int(cleaned)


def parse_list(text: str) -> tuple[str, ...]:
    """Entries separated by commas (， 、 ; too): ``Honda CR-V、Mazda CX-5``."""
    return tuple(part.strip() for part in _LIST_SPLIT.split(text) if part.strip())


def list_text(values: tuple[str, ...], language: str) -> str:
    return ("、" if language.startswith("zh") else ", ").join(values)


def amount_text(value: Decimal | None) -> str:
    """An amount as it is typed back into the field: ``1,200,000`` or ``1,234.50``."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def whole_text(value: int | None, *, grouped: bool = False) -> str:
    if value is None:
        return ""
    return f"{value:,}" if grouped else str(value)
