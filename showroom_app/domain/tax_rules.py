"""Dated rules tables (DOMAIN.md §7.0): every rate, cap and fee table with its validity.

Tax law changes every year, so the numbers live in rows, not in code: ``Rule(region, key,
value, valid_from, valid_to, source, note)``. A value is either a number (a rate as a fraction,
``0.10``; an amount; a flag 1/0) or a band table (keys ending in ``.bands``): ``Band(upto,
value)`` rows in ascending order, ``upto`` inclusive, the last one open-ended (``None``).

A lookup names the date that legally matters (CN purchase tax: invoice date; TW: registration
date; HK FRT: the day the Transport Department receives the application) and fails loudly,
naming the key and the date, when no rule or more than one rule applies: silently using last
year's rate would print a wrong quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError, ValidationErrors
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "Band",
    "Rule",
    "RuleLookupError",
    "RuleValue",
    "RulesTable",
    "rule_errors",
    "rule_from_dict",
    "rule_to_dict",
    "validate_rules",
]

_KEY_RE = re.compile(r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+")
BANDS_SUFFIX = ".bands"


@dataclass(frozen=True)
class Band:
    upto: Decimal | None  # inclusive upper limit of the band; None: no limit (the last band)
    value: Decimal


RuleValue = Decimal | tuple[Band, ...]


@dataclass(frozen=True)
class Rule:
    region: Region
    key: str
    value: RuleValue
    valid_from: date
    valid_to: date | None = None  # inclusive; None: until further notice
    source: str = ""
    note: str = ""

    def applies_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def overlaps(self, other: Rule) -> bool:
        """Same region and key, and at least one day in common."""
        if (self.region, self.key) != (other.region, other.key):
            return False
        starts_before_other_ends = other.valid_to is None or self.valid_from <= other.valid_to
        ends_after_other_starts = self.valid_to is None or other.valid_from <= self.valid_to
        return starts_before_other_ends and ends_after_other_starts


class RuleLookupError(ValidationError):
    """No rule, or two rules, for a key on the legally relevant date; or a rule whose value
    cannot answer the question (wrong kind, no band for the quantity). A ``ValidationError``
    on ``field`` (the date field by default) so the form shows it next to the date."""

    def __init__(
        self,
        message: str,
        code: str,
        region: Region,
        key: str,
        on: date,
        field: str = "tax_date",
        **params: object,
    ) -> None:
        self.region = region
        self.key = key
        self.on = on
        super().__init__(
            field, message, code, key=key, region=region.value, date=on.isoformat(), **params
        )


class RulesTable:
    """An immutable set of rules with lookups by region, key and date."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules = tuple(rules)
        index: dict[tuple[Region, str], list[Rule]] = {}
        for rule in self._rules:
            index.setdefault((rule.region, rule.key), []).append(rule)
        self._index = index

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self._rules

    def find(self, region: Region, key: str, on: date) -> Rule | None:
        """The rule valid on ``on``, or None; two valid rules raise ``RuleLookupError``."""
        found = [rule for rule in self._index.get((region, key), ()) if rule.applies_on(on)]
        if len(found) > 1:
            raise RuleLookupError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Two rules “{key}” ({region}) are valid on {date}. "
                    "Correct their dates in Settings.",
                ),
                "rule_overlap",
                region,
                key,
                on,
            )
        return found[0] if found else None

    def rule(self, region: Region, key: str, on: date) -> Rule:
        rule = self.find(region, key, on)
        if rule is None:
            raise RuleLookupError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "No rule “{key}” ({region}) is valid on {date}. Add one in Settings.",
                ),
                "rule_missing",
                region,
                key,
                on,
            )
        return rule

    def number(self, region: Region, key: str, on: date) -> Decimal:
        value = self.rule(region, key, on).value
        if not isinstance(value, Decimal):
            raise _wrong_kind(region, key, on)
        return value

    def optional_number(self, region: Region, key: str, on: date) -> Decimal | None:
        rule = self.find(region, key, on)
        if rule is None:
            return None
        if not isinstance(rule.value, Decimal):
            raise _wrong_kind(region, key, on)
        return rule.value

    def bands(self, region: Region, key: str, on: date) -> tuple[Band, ...]:
        value = self.rule(region, key, on).value
        if isinstance(value, Decimal):
            raise _wrong_kind(region, key, on)
        return value

    def band_value(
        self, region: Region, key: str, on: date, quantity: Decimal | int, field: str
    ) -> Decimal:
        """The value of the band that ``quantity`` falls in (e.g. the fee for 1,998 cc)."""
        for band in self.bands(region, key, on):
            if band.upto is None or quantity <= band.upto:
                return band.value
        raise RuleLookupError(
            QT_TRANSLATE_NOOP(
                "Validation", "No band of rule “{key}” ({region}) on {date} covers {quantity}."
            ),
            "rule_no_band",
            region,
            key,
            on,
            field=field,
            quantity=quantity,
        )


def _wrong_kind(region: Region, key: str, on: date) -> RuleLookupError:
    return RuleLookupError(
        QT_TRANSLATE_NOOP("Validation", "Rule “{key}” ({region}) holds the wrong kind of value."),
        "rule_wrong_kind",
        region,
        key,
        on,
    )


# --- editing (Settings) --------------------------------------------------------------------


def rule_errors(rule: Rule, prefix: str = "") -> list[ValidationError]:
    """Problems with one rule on its own (the overlap check needs all rules: validate_rules)."""
    errors: list[ValidationError] = []

    def add(field: str, message: str, code: str, **params: object) -> None:
        errors.append(ValidationError(prefix + field, message, code, **params))

    if not _KEY_RE.fullmatch(rule.key):
        add("key", QT_TRANSLATE_NOOP("Validation", "Use a key like “cn.vat_rate”."), "format")
    if rule.valid_to is not None and rule.valid_to < rule.valid_from:
        add(
            "valid_to",
            QT_TRANSLATE_NOOP("Validation", "“Valid to” cannot be before “valid from”."),
            "before_start",
        )
    wants_bands = rule.key.endswith(BANDS_SUFFIX)
    if isinstance(rule.value, Decimal):
        if wants_bands:
            add(
                "value",
                QT_TRANSLATE_NOOP("Validation", "This rule needs a table of bands."),
                "kind",
            )
        elif not rule.value.is_finite() or rule.value < 0:
            add("value", QT_TRANSLATE_NOOP("Validation", "Enter a number of 0 or more."), "range")
    elif not wants_bands:
        add("value", QT_TRANSLATE_NOOP("Validation", "This rule needs a single number."), "kind")
    else:
        errors += [
            ValidationError(prefix + "value", e.message, e.code, **e.params)
            for e in _band_errors(rule.value)
        ]
    return errors


def _band_errors(bands: tuple[Band, ...]) -> list[ValidationError]:
    def error(message: str, code: str, **params: object) -> list[ValidationError]:
        return [ValidationError("value", message, code, **params)]

    if not bands:
        return error(QT_TRANSLATE_NOOP("Validation", "Enter at least one band."), "empty")
    previous = Decimal(0)
    for number, band in enumerate(bands, start=1):
        if not band.value.is_finite() or band.value < 0:
            return error(
                QT_TRANSLATE_NOOP("Validation", "Band {band}: enter a number of 0 or more."),
                "range",
                band=number,
            )
        if band.upto is None:
            if number != len(bands):
                return error(
                    QT_TRANSLATE_NOOP("Validation", "Only the last band can be open-ended."),
                    "open_band",
                )
        elif not band.upto.is_finite() or band.upto <= previous:
            return error(
                QT_TRANSLATE_NOOP("Validation", "Band {band}: the limits must go up."),
                "order",
                band=number,
            )
        else:
            previous = band.upto
    return []


def validate_rules(rules: Sequence[Rule]) -> None:
    """Raise ``ValidationErrors`` for bad rules and for two rules of one key that overlap.

    Fields are ``rules.{i}.{field}``, ``i`` being the position in ``rules``.
    """
    errors: list[ValidationError] = []
    for i, rule in enumerate(rules):
        errors += rule_errors(rule, f"rules.{i}.")
    for i, rule in enumerate(rules):
        for j in range(i):
            other = rules[j]
            if rule.overlaps(other):
                errors.append(
                    ValidationError(
                        f"rules.{i}.valid_from",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "These dates overlap the rule “{key}” valid from {other_from}.",
                        ),
                        "overlap",
                        key=rule.key,
                        other_from=other.valid_from.isoformat(),
                    )
                )
    if errors:
        raise ValidationErrors(errors)


# --- JSON-able form --------------------------------------------------------------------------


def rule_to_dict(rule: Rule) -> dict[str, object]:
    """Numbers as strings (never floats), dates as ISO strings, bands as [upto, value] pairs."""
    value: object
    if isinstance(rule.value, Decimal):
        value = str(rule.value)
    else:
        value = [[None if b.upto is None else str(b.upto), str(b.value)] for b in rule.value]
    return {
        "region": rule.region.value,
        "key": rule.key,
        "value": value,
        "valid_from": rule.valid_from.isoformat(),
        "valid_to": None if rule.valid_to is None else rule.valid_to.isoformat(),
        "source": rule.source,
        "note": rule.note,
    }


def _decimal(raw: object, field: str) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, str | int):  # floats are refused
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Write numbers as text."), "format"
        )
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Not a number: {value}"), "format", value=raw
        ) from None
    if not value.is_finite():
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Not a number: {value}"), "format", value=raw
        )
    return value


def _date(raw: object, field: str) -> date:
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Use a date like 2026-01-01."), "format"
        ) from None


def rule_from_dict(data: Mapping[str, object]) -> Rule:
    """Parse :func:`rule_to_dict` output (seed files, Settings); raises ``ValidationError``."""
    try:
        region = Region(str(data.get("region")))
    except ValueError:
        raise ValidationError(
            "region", QT_TRANSLATE_NOOP("Validation", "Choose TW, CN or HK."), "choice"
        ) from None
    raw_value = data.get("value")
    value: RuleValue
    if isinstance(raw_value, list | tuple):
        bands: list[Band] = []
        for pair in raw_value:
            if not isinstance(pair, list | tuple) or len(pair) != 2:
                raise ValidationError(
                    "value", QT_TRANSLATE_NOOP("Validation", "A band is [limit, value]."), "format"
                )
            upto = None if pair[0] is None else _decimal(pair[0], "value")
            bands.append(Band(upto, _decimal(pair[1], "value")))
        value = tuple(bands)
    else:
        value = _decimal(raw_value, "value")
    valid_to_raw = data.get("valid_to")
    return Rule(
        region=region,
        key=str(data.get("key", "")),
        value=value,
        valid_from=_date(data.get("valid_from"), "valid_from"),
        valid_to=None if valid_to_raw is None else _date(valid_to_raw, "valid_to"),
        source=str(data.get("source", "")),
        note=str(data.get("note", "")),
    )
