"""The sales process while it is being edited: plain mutable lists the editor's widgets
change in place, turned back into a frozen ``ProcessDefinition`` only for saving.

Nothing here validates: ``domain.process.validate_definition`` does that when the service
saves, so the editor shows exactly the rules the domain enforces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

from showroom_app.domain.enums import IntentLevel, Stage
from showroom_app.domain.process import (
    ChecklistItem,
    ProcessDefinition,
    StageDefinition,
    Text3,
    full_4s,
)
from showroom_app.domain.process_presets import INTENSIVE_CADENCE, LIGHT_CADENCE

#: The interface languages in the order the editor shows them.
EDIT_LANGUAGES = ("zh_TW", "zh_CN", "en")

#: The cadence presets the domain offers (DOMAIN.md §9.2), in the order they are listed.
CADENCE_PRESETS: dict[str, dict[IntentLevel, int]] = {
    "light": dict(LIGHT_CADENCE),
    "intensive": dict(INTENSIVE_CADENCE),
}

_CUSTOM_CODE = re.compile(r"custom_(\d+)")
T = TypeVar("T")


@dataclass
class TextDraft:
    en: str = ""
    zh_tw: str = ""
    zh_cn: str = ""

    @classmethod
    def of(cls, text: Text3) -> TextDraft:
        return cls(text.en, text.zh_tw, text.zh_cn)

    def get(self, language: str) -> str:
        return {"zh_TW": self.zh_tw, "zh_CN": self.zh_cn}.get(language, self.en)

    def set(self, language: str, value: str) -> None:
        if language == "zh_TW":
            self.zh_tw = value
        elif language == "zh_CN":
            self.zh_cn = value
        else:
            self.en = value

    def freeze(self) -> Text3:
        return Text3(self.en, self.zh_tw, self.zh_cn)


@dataclass
class EntryDraft:
    """A talking tip, or a checklist item (which also has a code and required/optional)."""

    text: TextDraft = field(default_factory=TextDraft)
    code: str = ""
    required: bool = False


@dataclass
class StageDraft:
    stage: Stage
    enabled: bool
    name: TextDraft
    goal: TextDraft
    tips: list[EntryDraft]
    items: list[EntryDraft]

    @classmethod
    def of(cls, sd: StageDefinition) -> StageDraft:
        return cls(
            stage=sd.stage,
            enabled=sd.enabled,
            name=TextDraft.of(sd.name),
            goal=TextDraft.of(sd.goal),
            tips=[EntryDraft(TextDraft.of(t)) for t in sd.tips],
            items=[EntryDraft(TextDraft.of(i.text), i.code, i.required) for i in sd.checklist],
        )

    def freeze(self, order: int) -> StageDefinition:
        return StageDefinition(
            stage=self.stage,
            enabled=self.enabled,
            order=order,
            name=self.name.freeze(),
            goal=self.goal.freeze(),
            tips=tuple(t.text.freeze() for t in self.tips),
            checklist=tuple(
                ChecklistItem(i.code, i.text.en, i.text.zh_tw, i.text.zh_cn, i.required)
                for i in self.items
            ),
        )


@dataclass
class ProcessDraft:
    preset: str
    version: int
    stages: list[StageDraft]  # in the order the salesperson meets them
    cadence: dict[IntentLevel, int]

    @classmethod
    def of(cls, definition: ProcessDefinition) -> ProcessDraft:
        stages = [StageDraft.of(s) for s in definition.ordered_stages(enabled_only=False)]
        known = {s.stage for s in stages}
        template = full_4s()
        for stage in Stage:
            if stage not in known:
                # a stage left out of a definition counts as switched off: offer it, off,
                # named as in the preset, with no checklist of its own
                sd = template.stage(stage)
                assert sd is not None
                stages.append(StageDraft(stage, False, TextDraft.of(sd.name), TextDraft(), [], []))
        return cls(definition.preset, definition.version, stages, dict(definition.cadence))

    def freeze(self) -> ProcessDefinition:
        return ProcessDefinition(
            preset=self.preset,
            version=self.version,
            stages=tuple(s.freeze(n) for n, s in enumerate(self.stages, start=1)),
            cadence=dict(self.cadence),
        )

    def move_stage(self, index: int, delta: int) -> int:
        """Move the stage at ``index`` by ``delta`` places; returns where it ended up."""
        return move(self.stages, index, delta)

    def new_item_code(self) -> str:
        """A code no item of this process uses: opportunities store item states by code."""
        used = {i.code for s in self.stages for i in s.items}
        numbers = [int(m.group(1)) for c in used if (m := _CUSTOM_CODE.fullmatch(c))]
        n = max(numbers, default=0) + 1
        while f"custom_{n}" in used:  # pragma: no cover - only with hand-edited codes
            n += 1
        return f"custom_{n}"

    def cadence_preset(self) -> str:
        """The name of the cadence preset the days match, or "" when they are custom."""
        return next((k for k, v in CADENCE_PRESETS.items() if v == self.cadence), "")


def move(entries: list[T], index: int, delta: int) -> int:
    """Move ``entries[index]`` by ``delta`` places (clamped); returns its new index."""
    if not 0 <= index < len(entries):
        return index
    target = max(0, min(len(entries) - 1, index + delta))
    entries.insert(target, entries.pop(index))
    return target
