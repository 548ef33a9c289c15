"""The dealership's sales process as data (DOMAIN.md §2, §4; STYLE.md "Rules are data").

A ``ProcessDefinition`` lists the stages (on/off, order, names, goal, tips, checklist) and the
follow-up cadence per intent level. Two presets are built in (``small_dealer`` and
``full_4s``); a dealership edits its own copy in Settings and saves it as JSON. Every saved
edit gets a higher ``version`` and each opportunity stores the (preset, version) it followed,
so changing the process never changes what an old opportunity shows.

Stage names, goals, tips and checklist texts are the dealership's data in three languages,
not interface strings; only the validation messages below go through Qt's translation files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from showroom_app.domain.enums import DocLanguage, IntentLevel, Stage
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.process_presets import (
    INTENSIVE_CADENCE,
    LIGHT_CADENCE,
    STAGES,
    ItemRow,
    StageRow,
)
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "FORMAT_VERSION",
    "PRESETS",
    "ChecklistItem",
    "ProcessDefinition",
    "StageDefinition",
    "Text3",
    "from_json",
    "full_4s",
    "small_dealer",
    "to_json",
    "validate_definition",
]

#: Version of the JSON layout (not of the dealership's process, which is ``version``).
FORMAT_VERSION = 1
MAX_NAME_LEN = 100
MAX_TEXT_LEN = 500
MAX_CADENCE_DAYS = 365
_CODE_RE = re.compile(r"[a-z][a-z0-9_]{0,49}")


@dataclass(frozen=True)
class Text3:
    """One text in the three interface languages."""

    en: str
    zh_tw: str
    zh_cn: str

    def get(self, language: DocLanguage) -> str:
        if language is DocLanguage.ZH_TW:
            return self.zh_tw
        if language is DocLanguage.ZH_CN:
            return self.zh_cn
        return self.en


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text_en: str
    text_zh_tw: str
    text_zh_cn: str
    required: bool

    @property
    def text(self) -> Text3:
        return Text3(self.text_en, self.text_zh_tw, self.text_zh_cn)


@dataclass(frozen=True)
class StageDefinition:
    stage: Stage
    enabled: bool
    order: int
    name: Text3
    goal: Text3
    tips: tuple[Text3, ...]
    checklist: tuple[ChecklistItem, ...]

    def item(self, code: str) -> ChecklistItem | None:
        return next((i for i in self.checklist if i.code == code), None)


@dataclass(frozen=True)
class ProcessDefinition:
    """A whole sales process. ``cadence`` maps an intent level to its follow-up interval in
    days; a level without an entry has no scheduled follow-up (e.g. N in the Light preset)."""

    preset: str
    version: int
    stages: tuple[StageDefinition, ...]
    cadence: Mapping[IntentLevel, int] = field(hash=False)

    def __post_init__(self) -> None:
        # a read-only copy: a frozen definition whose cadence could still be changed in place
        # would break "each opportunity remembers the version it followed"
        object.__setattr__(self, "cadence", MappingProxyType(dict(self.cadence)))

    def ordered_stages(self, *, enabled_only: bool = True) -> tuple[StageDefinition, ...]:
        chosen = [s for s in self.stages if s.enabled or not enabled_only]
        return tuple(sorted(chosen, key=lambda s: s.order))

    def stage(self, stage: Stage) -> StageDefinition | None:
        return next((s for s in self.stages if s.stage is stage), None)


# -- presets ------------------------------------------------------------------------------------


def _build(preset: str, column: int, cadence: Mapping[IntentLevel, int]) -> ProcessDefinition:
    def items(rows: tuple[ItemRow, ...]) -> tuple[ChecklistItem, ...]:
        return tuple(
            ChecklistItem(row[0], row[3], row[4], row[5], required=row[column] == "R")
            for row in rows
            if row[column] != "-"
        )

    def stage(order: int, row: StageRow) -> StageDefinition:
        code, name, goal, tips, item_rows = row
        return StageDefinition(
            stage=code,
            enabled=True,
            order=order,
            name=Text3(*name),
            goal=Text3(*goal),
            tips=tuple(Text3(*t) for t in tips),
            checklist=items(item_rows),
        )

    return ProcessDefinition(
        preset=preset,
        version=1,
        stages=tuple(stage(i, row) for i, row in enumerate(STAGES, start=1)),
        cadence=cadence,
    )


def small_dealer() -> ProcessDefinition:
    """ "Small independent dealer": fewer checklist items, the Light cadence of §9.2."""
    return _build("small_dealer", 2, LIGHT_CADENCE)


def full_4s() -> ProcessDefinition:
    """ "Full 4S brand SOP": the full checklists of §4.1–4.9, the Intensive cadence of §9.2."""
    return _build("full_4s", 1, INTENSIVE_CADENCE)


PRESETS = {"small_dealer": small_dealer, "full_4s": full_4s}


# -- JSON -----------------------------------------------------------------------------------------


def _text_json(text: Text3) -> dict[str, str]:
    return {"en": text.en, "zh_TW": text.zh_tw, "zh_CN": text.zh_cn}


def to_json(definition: ProcessDefinition) -> str:
    data = {
        "format": FORMAT_VERSION,
        "preset": definition.preset,
        "version": definition.version,
        "cadence": {level.value: days for level, days in definition.cadence.items()},
        "stages": [
            {
                "stage": s.stage.value,
                "enabled": s.enabled,
                "order": s.order,
                "name": _text_json(s.name),
                "goal": _text_json(s.goal),
                "tips": [_text_json(t) for t in s.tips],
                "checklist": [
                    {"code": i.code, "required": i.required, "text": _text_json(i.text)}
                    for i in s.checklist
                ],
            }
            for s in definition.stages
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _damaged(where: str) -> ValidationError:
    return ValidationError(
        where,
        QT_TRANSLATE_NOOP("Validation", "The process definition is not in the expected format."),
        "format",
    )


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _damaged(where)
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _damaged(where)
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _damaged(where)
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _damaged(where)
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _damaged(where)
    return value


def _text_from(value: Any, where: str) -> Text3:
    data = _obj(value, where)
    return Text3(
        _str(data.get("en"), f"{where}.en"),
        _str(data.get("zh_TW"), f"{where}.zh_TW"),
        _str(data.get("zh_CN"), f"{where}.zh_CN"),
    )


def _stage_code(value: Any, where: str) -> Stage:
    code = _str(value, where)
    try:
        return Stage(code)
    except ValueError:
        raise ValidationError(
            where,
            QT_TRANSLATE_NOOP("Validation", "Unknown stage code: {stage}."),
            "unknown_stage",
            stage=code,
        ) from None


def _level(value: str, where: str) -> IntentLevel:
    try:
        return IntentLevel(value)
    except ValueError:
        raise ValidationError(
            where,
            QT_TRANSLATE_NOOP("Validation", "Unknown intent level: {level}."),
            "unknown_level",
            level=value,
        ) from None


def from_json(text: str) -> ProcessDefinition:
    """Read and validate a definition written by ``to_json`` (or edited by hand)."""
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError):
        raise ValidationError(
            "process",
            QT_TRANSLATE_NOOP("Validation", "The process definition is not valid JSON."),
            "json",
        ) from None
    data = _obj(raw, "process")
    fmt = _int(data.get("format"), "format")
    if fmt > FORMAT_VERSION:
        raise ValidationError(
            "format",
            QT_TRANSLATE_NOOP(
                "Validation",
                "This process definition was saved by a newer version of the application.",
            ),
            "too_new",
        )
    if fmt < 1:
        raise _damaged("format")
    stages = []
    for n, raw_stage in enumerate(_list(data.get("stages"), "stages")):
        where = f"stages[{n}]"
        s = _obj(raw_stage, where)
        items = []
        for m, raw_item in enumerate(_list(s.get("checklist"), f"{where}.checklist")):
            iw = f"{where}.checklist[{m}]"
            item = _obj(raw_item, iw)
            item_text = _text_from(item.get("text"), f"{iw}.text")
            items.append(
                ChecklistItem(
                    _str(item.get("code"), f"{iw}.code"),
                    item_text.en,
                    item_text.zh_tw,
                    item_text.zh_cn,
                    _bool(item.get("required"), f"{iw}.required"),
                )
            )
        stages.append(
            StageDefinition(
                stage=_stage_code(s.get("stage"), f"{where}.stage"),
                enabled=_bool(s.get("enabled"), f"{where}.enabled"),
                order=_int(s.get("order"), f"{where}.order"),
                name=_text_from(s.get("name"), f"{where}.name"),
                goal=_text_from(s.get("goal"), f"{where}.goal"),
                tips=tuple(
                    _text_from(t, f"{where}.tips[{k}]")
                    for k, t in enumerate(_list(s.get("tips"), f"{where}.tips"))
                ),
                checklist=tuple(items),
            )
        )
    cadence = {
        _level(_str(k, "cadence"), f"cadence.{k}"): _int(v, f"cadence.{k}")
        for k, v in _obj(data.get("cadence"), "cadence").items()
    }
    definition = ProcessDefinition(
        preset=_str(data.get("preset"), "preset"),
        version=_int(data.get("version"), "version"),
        stages=tuple(stages),
        cadence=cadence,
    )
    validate_definition(definition)
    return definition


# -- validation -----------------------------------------------------------------------------------


def _check_text(text: Text3, where: str, max_len: int, *, required: bool) -> None:
    values = (text.en, text.zh_tw, text.zh_cn)
    if required and any(not v.strip() for v in values):
        raise ValidationError(
            where,
            QT_TRANSLATE_NOOP("Validation", "Enter the text in all three languages."),
            "required",
        )
    if any(len(v) > max_len for v in values):
        raise ValidationError(
            where,
            QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
            "too_long",
            max_len=max_len,
        )


def validate_definition(definition: ProcessDefinition) -> None:
    """Raise ``ValidationError`` (with the offending field path) for the first problem.

    Item codes must be unique across the whole process, because an opportunity stores its
    checklist states by item code. Stages left out of a definition count as switched off.
    """
    if not definition.preset.strip() or len(definition.preset) > MAX_NAME_LEN:
        raise ValidationError(
            "preset", QT_TRANSLATE_NOOP("Validation", "This field is required."), "required"
        )
    if definition.version < 1:
        raise ValidationError(
            "version",
            QT_TRANSLATE_NOOP("Validation", "The version must be a whole number of 1 or more."),
            "version",
        )
    seen_stages: set[Stage] = set()
    seen_orders: set[int] = set()
    seen_codes: set[str] = set()
    for n, s in enumerate(definition.stages):
        where = f"stages[{n}]"
        if s.stage in seen_stages:
            raise ValidationError(
                f"{where}.stage",
                QT_TRANSLATE_NOOP("Validation", "The stage {stage} appears more than once."),
                "duplicate_stage",
                stage=s.stage.value,
            )
        seen_stages.add(s.stage)
        if s.order in seen_orders:
            raise ValidationError(
                f"{where}.order",
                QT_TRANSLATE_NOOP("Validation", "Two stages have the same position."),
                "duplicate_order",
            )
        seen_orders.add(s.order)
        _check_text(s.name, f"{where}.name", MAX_NAME_LEN, required=True)
        _check_text(s.goal, f"{where}.goal", MAX_TEXT_LEN, required=False)
        for k, tip in enumerate(s.tips):
            _check_text(tip, f"{where}.tips[{k}]", MAX_TEXT_LEN, required=True)
        for m, item in enumerate(s.checklist):
            iw = f"{where}.checklist[{m}]"
            if not _CODE_RE.fullmatch(item.code):
                raise ValidationError(
                    f"{iw}.code",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "A checklist item code uses lower-case letters, digits and underscores.",
                    ),
                    "item_code",
                )
            if item.code in seen_codes:
                raise ValidationError(
                    f"{iw}.code",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The checklist item code {item} appears more than once."
                    ),
                    "duplicate_item",
                    item=item.code,
                )
            seen_codes.add(item.code)
            _check_text(item.text, f"{iw}.text", MAX_TEXT_LEN, required=True)
    if not any(s.enabled for s in definition.stages):
        raise ValidationError(
            "stages",
            QT_TRANSLATE_NOOP("Validation", "Turn on at least one stage."),
            "no_stage",
        )
    for level, days in definition.cadence.items():
        if not 1 <= days <= MAX_CADENCE_DAYS:
            raise ValidationError(
                f"cadence.{level.value}",
                QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}."),
                "range",
                low=1,
                high=MAX_CADENCE_DAYS,
            )
