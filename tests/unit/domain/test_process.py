"""The sales process as data: presets, JSON round trip and validation (issue 5, item 8)."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_app.domain.enums import DocLanguage, IntentLevel, Stage
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.process import (
    FORMAT_VERSION,
    PRESETS,
    ChecklistItem,
    ProcessDefinition,
    Text3,
    from_json,
    full_4s,
    small_dealer,
    to_json,
    validate_definition,
)

HAN = re.compile(r"[\u4e00-\u9fff]")
# characters that only appear in one script: a zh_TW text must not use the simplified form
# and a zh_CN text must not use the traditional form
SIMPLIFIED_ONLY = set("车试驾户档级预认价贷协议书后动单绍务备签约销货钥厅")
TRADITIONAL_ONLY = set("車試駕戶檔級預認價貸協議書後動單紹務備簽約銷貨鑰廳")


def _all_items(definition: ProcessDefinition) -> list[ChecklistItem]:
    return [i for s in definition.stages for i in s.checklist]


def _all_texts(definition: ProcessDefinition) -> list[Text3]:
    texts: list[Text3] = []
    for s in definition.stages:
        texts += [s.name, s.goal, *s.tips, *(i.text for i in s.checklist)]
    return texts


# -- presets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("factory", [small_dealer, full_4s])
def test_presets_are_valid_and_cover_every_stage_in_order(factory):
    # GIVEN a built-in preset
    definition = factory()
    # WHEN it is validated
    validate_definition(definition)
    # THEN it lists every stage of the source document once, enabled, in the usual order
    assert [s.stage for s in definition.ordered_stages()] == list(Stage)
    assert definition.version == 1


@pytest.mark.parametrize(
    ("factory", "cadence"),
    [
        (small_dealer, {IntentLevel.H: 7, IntentLevel.A: 15, IntentLevel.B: 30, IntentLevel.C: 90}),
        (
            full_4s,
            {
                IntentLevel.H: 2,
                IntentLevel.A: 4,
                IntentLevel.B: 7,
                IntentLevel.C: 14,
                IntentLevel.N: 30,
                IntentLevel.O: 7,
            },
        ),
    ],
)
def test_preset_cadence_matches_domain_9_2(factory, cadence):
    assert dict(factory().cadence) == cadence


def test_small_dealer_has_fewer_items_and_each_is_in_the_full_sop():
    # GIVEN both presets
    small, full = small_dealer(), full_4s()
    small_codes = {i.code for i in _all_items(small)}
    full_codes = {i.code for i in _all_items(full)}
    # THEN the small dealer has fewer items, and only "walkaround" (the six points in one) is
    # not in the full SOP
    assert len(small_codes) < len(full_codes)
    assert small_codes - full_codes == {"walkaround"}


def test_full_sop_has_the_six_walkaround_points_and_the_licence_check():
    full = full_4s()
    presentation = full.stage(Stage.PRESENTATION)
    test_drive = full.stage(Stage.TEST_DRIVE)
    assert presentation is not None and test_drive is not None
    walk = [i.code for i in presentation.checklist if i.code.startswith("walk_")]
    assert walk == [
        "walk_front_left",
        "walk_driver_seat",
        "walk_rear_seat",
        "walk_rear",
        "walk_side",
        "walk_engine_bay",
    ]
    licence = test_drive.item("licence_checked")
    agreement = test_drive.item("agreement_signed")
    assert licence is not None and licence.required
    assert agreement is not None and agreement.required


@pytest.mark.parametrize("factory", [small_dealer, full_4s])
def test_every_text_exists_in_three_languages_with_the_right_script(factory):
    for text in _all_texts(factory()):
        assert text.en.strip() and text.zh_tw.strip() and text.zh_cn.strip()
        assert not HAN.search(text.en), text.en
        assert HAN.search(text.zh_tw) and HAN.search(text.zh_cn)
        assert not set(text.zh_tw) & SIMPLIFIED_ONLY, text.zh_tw
        assert not set(text.zh_cn) & TRADITIONAL_ONLY, text.zh_cn


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (DocLanguage.EN, "Test ride & drive"),
        (DocLanguage.ZH_TW, "試乘試駕"),
        (DocLanguage.ZH_CN, "试乘试驾"),
    ],
)
def test_stage_names_follow_the_glossary(language, expected):
    stage = full_4s().stage(Stage.TEST_DRIVE)
    assert stage is not None
    assert stage.name.get(language) == expected


def test_definition_cannot_be_changed_in_place():
    # GIVEN a preset WHEN someone tries to change its cadence THEN it refuses
    definition = full_4s()
    with pytest.raises(TypeError):
        definition.cadence[IntentLevel.H] = 1  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        definition.version = 2  # type: ignore[misc]


# -- JSON ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_round_trip_through_json_exactly(name):
    # GIVEN a preset WHEN written and read back THEN it is equal, and writing again gives
    # the same text
    definition = PRESETS[name]()
    text = to_json(definition)
    again = from_json(text)
    assert again == definition
    assert to_json(again) == text
    assert json.loads(text)["format"] == FORMAT_VERSION
    assert "試乘試駕" in text  # stored readable, not \u-escaped


def _edited(**changes) -> ProcessDefinition:
    return dataclasses.replace(small_dealer(), **changes)


@given(
    version=st.integers(min_value=1, max_value=10**6),
    disabled=st.sets(st.sampled_from(list(Stage)), max_size=len(Stage) - 1),
    days=st.dictionaries(
        st.sampled_from(list(IntentLevel)), st.integers(min_value=1, max_value=365)
    ),
)
def test_edited_definitions_round_trip(version, disabled, days):
    # GIVEN a dealership's edit: a new version, some stages switched off, its own cadence
    base = small_dealer()
    stages = tuple(dataclasses.replace(s, enabled=s.stage not in disabled) for s in base.stages)
    definition = dataclasses.replace(base, version=version, stages=stages, cadence=days)
    # WHEN saved and loaded THEN nothing changed
    assert from_json(to_json(definition)) == definition


def _json_with(mutate) -> str:
    data = json.loads(to_json(small_dealer()))
    mutate(data)
    return json.dumps(data, ensure_ascii=False)


def _set_stage(data, value):
    data["stages"][0]["stage"] = value


def _dup_item(data):
    data["stages"][1]["checklist"][0]["code"] = data["stages"][0]["checklist"][0]["code"]


def _empty_name(data):
    data["stages"][2]["name"]["zh_CN"] = "  "


@pytest.mark.parametrize(
    ("text", "field", "code"),
    [
        ("{not json", "process", "json"),
        ("[]", "process", "format"),
        (_json_with(lambda d: _set_stage(d, "negotiation")), "stages[0].stage", "unknown_stage"),
        (_json_with(lambda d: _set_stage(d, "reception")), "stages[1].stage", "duplicate_stage"),
        (_json_with(_dup_item), "stages[1].checklist[0].code", "duplicate_item"),
        (_json_with(_empty_name), "stages[2].name", "required"),
        (_json_with(lambda d: d.update(format=FORMAT_VERSION + 1)), "format", "too_new"),
        (_json_with(lambda d: d.update(format=0)), "format", "format"),
        (_json_with(lambda d: d.update(version=0)), "version", "version"),
        (_json_with(lambda d: d.update(version="1")), "version", "format"),
        (_json_with(lambda d: d.update(preset="")), "preset", "required"),
        (_json_with(lambda d: d.pop("stages")), "stages", "format"),
        (_json_with(lambda d: d["cadence"].update(Z=3)), "cadence.Z", "unknown_level"),
        (_json_with(lambda d: d["cadence"].update(H=0)), "cadence.H", "range"),
        (_json_with(lambda d: d["cadence"].update(H=True)), "cadence.H", "format"),
        (
            _json_with(lambda d: d["stages"][0]["checklist"][0].update(code="Bad Code")),
            "stages[0].checklist[0].code",
            "item_code",
        ),
        (
            _json_with(lambda d: d["stages"][0]["checklist"][0].update(required="yes")),
            "stages[0].checklist[0].required",
            "format",
        ),
        (
            _json_with(lambda d: d["stages"][0]["checklist"][0]["text"].pop("zh_TW")),
            "stages[0].checklist[0].text.zh_TW",
            "format",
        ),
        (
            _json_with(lambda d: d["stages"][0]["tips"][0].update(en="")),
            "stages[0].tips[0]",
            "required",
        ),
        (
            _json_with(lambda d: d["stages"][0]["goal"].update(en="x" * 501)),
            "stages[0].goal",
            "too_long",
        ),
        (
            _json_with(lambda d: d["stages"][3].update(order=1)),
            "stages[3].order",
            "duplicate_order",
        ),
        (
            _json_with(lambda d: [s.update(enabled=False) for s in d["stages"]]),
            "stages",
            "no_stage",
        ),
    ],
)
def test_invalid_definitions_are_rejected_with_the_field_named(text, field, code):
    # GIVEN a damaged or mistaken definition WHEN it is read THEN a ValidationError names the
    # field and the reason
    with pytest.raises(ValidationError) as caught:
        from_json(text)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert caught.value.message  # English source text for the translator


def test_unknown_stage_message_names_the_code():
    with pytest.raises(ValidationError) as caught:
        from_json(_json_with(lambda d: _set_stage(d, "negotiation")))
    assert "negotiation" in str(caught.value)


def test_an_empty_goal_is_allowed_but_an_empty_name_is_not():
    # GIVEN a stage whose goal the dealership cleared
    base = small_dealer()
    first = dataclasses.replace(base.stages[0], goal=Text3("", "", ""))
    definition = dataclasses.replace(base, stages=(first, *base.stages[1:]))
    # THEN it is still valid
    validate_definition(definition)
    # BUT a missing English name is not
    unnamed = dataclasses.replace(first, name=Text3("", "集客準備", "集客准备"))
    with pytest.raises(ValidationError):
        validate_definition(dataclasses.replace(base, stages=(unnamed, *base.stages[1:])))
