"""Validators: table-driven cases per function, plus property tests against reference checksums.

The reference checksum functions below are written independently of the production code (in
the form DOMAIN.md §11 states them), so a wrong weight or letter table in the code shows up.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.validators import (
    ValidationWarning,
    cn_resident_id_check_char,
    cn_uscc_check_char,
    format_phone_display,
    hkid_check_char,
    is_mobile,
    make_vin,
    mask_id,
    mobile_pattern_ok,
    normalise_phone,
    normalise_plate,
    phone_digits_for_search,
    plate_warnings,
    tw_national_id_check_digit,
    validate_cn_residence_permit,
    validate_cn_resident_id,
    validate_cn_uscc,
    validate_email,
    validate_hk_id,
    validate_non_negative_amount,
    validate_person_id,
    validate_required_text,
    validate_tax_id,
    validate_tw_national_id,
    validate_tw_ubn,
    validate_vin,
    vin_check_digit,
    vin_warnings,
)

DIGITS = "0123456789"

# --- independent reference checksums (DOMAIN.md §11) -----------------------------------------


def ref_cn_id_check(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(first17[i]) * weights[i] for i in range(17))
    return ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"][total % 11]


def ref_tw_id_ok(value: str) -> bool:
    # The classic formulation: letter order ABCDEFGHJKLMNPQRSTUVXYWZIO maps to 10, 11, ... 35.
    order = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    code = order.index(value[0]) + 10
    second = value[1]
    d1 = (order.index(second) + 10) % 10 if second.isalpha() else int(second)
    digits = [d1] + [int(c) for c in value[2:]]
    total = code // 10 * 1 + code % 10 * 9
    for d, w in zip(digits, [8, 7, 6, 5, 4, 3, 2, 1, 1], strict=True):
        total += d * w
    return total % 10 == 0


def ref_hkid_check(prefix: str) -> str:
    chars = prefix if len(prefix) == 8 else " " + prefix
    total = 0
    for weight, ch in zip(range(9, 1, -1), chars, strict=True):
        if ch == " ":
            value = 36
        elif ch.isalpha():
            value = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(ch) + 10
        else:
            value = int(ch)
        total += value * weight
    check = 11 - total % 11
    return "A" if check == 10 else "0" if check == 11 else str(check)


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def ref_uscc_check(first17: str) -> str:
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, weights, strict=True))
    check = 31 - total % 31
    return USCC_ALPHABET[0 if check == 31 else check]


VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_TRANSLITERATION = dict(
    pair.split("=")
    for pair in "A=1 B=2 C=3 D=4 E=5 F=6 G=7 H=8 J=1 K=2 L=3 M=4 N=5 P=7 R=9 "
    "S=2 T=3 U=4 V=5 W=6 X=7 Y=8 Z=9".split()
)


def ref_vin_check(vin: str) -> str:
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for ch, w in zip(vin, weights, strict=True):
        total += int(_VIN_TRANSLITERATION.get(ch, ch if ch.isdigit() else "0")) * w
    return "X" if total % 11 == 10 else str(total % 11)


def _raises(code: str, func: object, *args: object, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)  # type: ignore[operator]
    assert info.value.code == code, info.value
    return info.value


# --- phones ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("0912-345-678", Region.TW, "+886912345678"),
        ("0912 345 678", Region.TW, "+886912345678"),
        ("+886 912 345 678", Region.TW, "+886912345678"),
        ("+886-912-345-678", Region.TW, "+886912345678"),
        ("00886912345678", Region.TW, "+886912345678"),
        ("886912345678", Region.TW, "+886912345678"),
        ("０９１２－３４５－６７８", Region.TW, "+886912345678"),
        ("(02) 2345-6789", Region.TW, "+886223456789"),
        ("138 1234 5678", Region.CN, "+8613812345678"),
        ("+86 138-1234-5678", Region.CN, "+8613812345678"),
        ("008613812345678", Region.CN, "+8613812345678"),
        ("010-12345678", Region.CN, "+861012345678"),
        ("9123 4567", Region.HK, "+85291234567"),
        ("+852 9123 4567", Region.HK, "+85291234567"),
        ("0085291234567", Region.HK, "+85291234567"),
        ("2123 4567", Region.HK, "+85221234567"),
        ("+86 138 1234 5678", Region.TW, "+8613812345678"),
        ("+852 9123 4567", Region.CN, "+85291234567"),
        ("00852 9123 4567", Region.TW, "+85291234567"),
    ],
)
def test_normalise_phone_valid(raw: str, region: Region, expected: str) -> None:
    assert normalise_phone(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "region", "code"),
    [
        ("", Region.TW, "required"),
        ("   ", Region.CN, "required"),
        ("12345", Region.TW, "invalid_phone"),
        ("13812345678", Region.TW, "invalid_phone"),  # mainland mobile without +86
        ("0912345678", Region.CN, "invalid_phone"),  # Taiwan mobile without +886
        ("9123 456", Region.HK, "invalid_phone"),
        ("abc", Region.HK, "invalid_phone"),
        ("+886 2 2345 6789 ext. 12", Region.TW, "phone_extension"),
        ("(02)2345-6789#123", Region.TW, "phone_extension"),
    ],
)
def test_normalise_phone_invalid(raw: str, region: Region, code: str) -> None:
    error = _raises(code, normalise_phone, raw, region)
    assert error.field == "phone"


def test_normalise_phone_message_names_the_expected_format_and_field() -> None:
    error = _raises("invalid_phone", normalise_phone, "123", Region.CN, field="mobile")
    assert error.field == "mobile"
    assert error.params["example"] == "138 1234 5678 / 010 1234 5678"
    assert "{example}" in error.message


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+886912345678", True),
        ("+886223456789", False),
        ("+8613812345678", True),
        ("+861012345678", False),
        ("+85291234567", True),
        ("+85221234567", False),
        ("not a number", False),
        ("", False),
        ("+8861234", False),
    ],
)
def test_is_mobile(e164: str, expected: bool) -> None:
    assert is_mobile(e164) is expected


@pytest.mark.parametrize(
    ("e164", "region", "expected"),
    [
        ("+886912345678", Region.TW, "0912 345 678"),
        ("+886912345678", Region.CN, "+886 912 345 678"),
        ("+8613812345678", Region.CN, "138 1234 5678"),
        ("+8613812345678", Region.HK, "+86 138 1234 5678"),
        ("+85291234567", Region.HK, "9123 4567"),
        ("+85291234567", Region.TW, "+852 9123 4567"),
        ("legacy: call the shop", Region.TW, "legacy: call the shop"),
    ],
)
def test_format_phone_display(e164: str, region: Region, expected: str) -> None:
    assert format_phone_display(e164, region) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+886 (912) 345-678", "886912345678"),
        ("０９１２-３４５", "0912345"),
        ("tel: 2123 4567 #2", "212345672"),
        ("", ""),
    ],
)
def test_phone_digits_for_search(raw: str, expected: str) -> None:
    assert phone_digits_for_search(raw) == expected


@pytest.mark.parametrize(
    ("digits", "region", "expected"),
    [
        ("13812345678", Region.CN, True),
        ("19912345678", Region.CN, True),
        ("12812345678", Region.CN, False),
        ("1381234567", Region.CN, False),
        ("0912345678", Region.TW, True),
        ("0912-345-678", Region.TW, True),
        ("0812345678", Region.TW, False),
        ("091234567", Region.TW, False),
        ("+886912345678", Region.TW, False),
        ("91234567", Region.HK, True),
        ("51234567", Region.HK, True),
        ("31234567", Region.HK, False),
        ("912345678", Region.HK, False),
    ],
)
def test_mobile_pattern_ok(digits: str, region: Region, expected: bool) -> None:
    assert mobile_pattern_ok(digits, region) is expected


# --- mainland resident ID and residence permit -------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),
        (" 110105 19491231 002X ", "11010519491231002X"),
        ("810000199001011230", "810000199001011230"),  # permits share the checksum
    ],
)
def test_validate_cn_resident_id_valid(raw: str, expected: str) -> None:
    assert validate_cn_resident_id(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("11010519491231003X", "id_checksum"),  # one digit changed
        ("110105194912310021", "id_checksum"),  # check character changed
        ("11010519491231002", "id_format"),
        ("11010519491231002XX", "id_format"),
        ("1101051949123100AX", "id_format"),
        ("110105194913310021", "id_birth_date"),  # month 13 (checksum itself is right)
        ("110105189912310023", "id_birth_date"),  # before 1900
        ("", "id_format"),
    ],
)
def test_validate_cn_resident_id_invalid(raw: str, code: str) -> None:
    error = _raises(code, validate_cn_resident_id, raw)
    assert error.field == "id_number"


def test_birth_date_cases_really_have_right_checksums() -> None:
    # Guards the table above: these must fail on the date, not on the check character.
    assert ref_cn_id_check("11010519491331002") == "1"
    assert ref_cn_id_check("11010518991231002") == "3"


@pytest.mark.parametrize(
    ("raw", "valid"),
    [
        ("810000199001011230", True),
        ("820000200012310011", None),
        ("830000198502281234", None),
        ("11010519491231002X", False),
        ("810000199001011231", False),
    ],
)
def test_validate_cn_residence_permit(raw: str, valid: bool | None) -> None:
    if valid is None:  # build the right check character for this body
        raw = raw[:17] + ref_cn_id_check(raw[:17])
        valid = True
    if valid:
        assert validate_cn_residence_permit(raw) == raw
    else:
        with pytest.raises(ValidationError):
            validate_cn_residence_permit(raw)


cn_id_bodies = st.builds(
    lambda area, born, seq: area + born.strftime("%Y%m%d") + seq,
    st.text(DIGITS, min_size=6, max_size=6),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.text(DIGITS, min_size=3, max_size=3),
)


@given(cn_id_bodies, st.integers(0, 16), st.integers(1, 9))
def test_cn_resident_id_property(body: str, position: int, delta: int) -> None:
    assert cn_resident_id_check_char(body) == ref_cn_id_check(body)
    valid = body + ref_cn_id_check(body)
    assert validate_cn_resident_id(valid) == valid
    changed = body[:position] + str((int(body[position]) + delta) % 10) + body[position + 1 :]
    with pytest.raises(ValidationError):
        validate_cn_resident_id(changed + valid[17])


@given(cn_id_bodies, st.sampled_from("0123456789X"))
def test_cn_resident_id_rejects_every_wrong_check_character(body: str, check: str) -> None:
    if check == ref_cn_id_check(body):
        assert validate_cn_resident_id(body + check) == body + check
    else:
        with pytest.raises(ValidationError):
            validate_cn_resident_id(body + check)


# --- Taiwan national ID / resident certificate ----------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A123456789", "A123456789"),
        ("a123456789", "A123456789"),
        (" A 123 456 789 ", "A123456789"),
        ("A800000014", "A800000014"),  # new-format resident certificate (8/9)
        ("AC01234567", "AC01234567"),  # old-format resident certificate
        ("AA00000009", "AA00000009"),
    ],
)
def test_validate_tw_national_id_valid(raw: str, expected: str) -> None:
    assert validate_tw_national_id(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("A123456788", "id_checksum"),
        ("A123456780", "id_checksum"),
        ("B123456789", "id_checksum"),
        ("A800000015", "id_checksum"),
        ("AC01234568", "id_checksum"),
        ("A323456789", "id_format"),  # second digit 3
        ("AE01234567", "id_format"),  # old resident certificates use A-D only
        ("A12345678", "id_format"),
        ("1123456789", "id_format"),
        ("", "id_format"),
    ],
)
def test_validate_tw_national_id_invalid(raw: str, code: str) -> None:
    _raises(code, validate_tw_national_id, raw)


tw_id_bodies = st.builds(
    lambda letter, second, rest: letter + second + rest,
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.sampled_from("1289ABCD"),
    st.text(DIGITS, min_size=7, max_size=7),
)


@given(tw_id_bodies)
def test_tw_id_check_digit_matches_reference(body: str) -> None:
    check = tw_national_id_check_digit(body)
    assert ref_tw_id_ok(body + check)
    assert validate_tw_national_id(body + check) == body + check


@given(tw_id_bodies, st.integers(2, 9), st.integers(1, 9))
def test_tw_id_digit_change_agrees_with_reference(body: str, position: int, delta: int) -> None:
    candidate = body + tw_national_id_check_digit(body)
    candidate = (
        candidate[:position]
        + str((int(candidate[position]) + delta) % 10)
        + candidate[position + 1 :]
    )
    if ref_tw_id_ok(candidate):
        assert validate_tw_national_id(candidate) == candidate
    else:
        with pytest.raises(ValidationError):
            validate_tw_national_id(candidate)
    # weights coprime to 10 (7, 3, 1 and the check digit) catch every single-digit change
    if position in (2, 6, 8, 9):
        assert not ref_tw_id_ok(candidate)


# --- Hong Kong ID ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A123456(3)", "A123456(3)"),
        ("A1234563", "A123456(3)"),
        ("a123456 3", "A123456(3)"),
        ("Ａ１２３４５６（３）", "A123456(3)"),
        ("AB123456(9)", "AB123456(9)"),
        ("C100001(0)", "C100001(0)"),
        ("C100007(A)", "C100007(A)"),
        ("c100007a", "C100007(A)"),
    ],
)
def test_validate_hk_id_valid(raw: str, expected: str) -> None:
    assert validate_hk_id(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("A123456(4)", "id_checksum"),
        ("A123457(3)", "id_checksum"),
        ("B123456(3)", "id_checksum"),
        ("AB123456(8)", "id_checksum"),
        ("C100007(0)", "id_checksum"),
        ("A12345(3)", "id_format"),
        ("ABC123456(3)", "id_format"),
        ("A123456(B)", "id_format"),
        ("1234567(3)", "id_format"),
        ("", "id_format"),
    ],
)
def test_validate_hk_id_invalid(raw: str, code: str) -> None:
    _raises(code, validate_hk_id, raw)


hk_prefixes = st.builds(
    lambda letters, digits: letters + digits,
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=2),
    st.text(DIGITS, min_size=6, max_size=6),
)


@given(hk_prefixes, st.data())
def test_hkid_property(prefix: str, data: st.DataObject) -> None:
    check = ref_hkid_check(prefix)
    assert hkid_check_char(prefix) == check
    assert validate_hk_id(prefix + check) == f"{prefix}({check})"
    wrong = data.draw(st.sampled_from("0123456789A").filter(lambda c: c != check))
    with pytest.raises(ValidationError):
        validate_hk_id(f"{prefix}({wrong})")
    position = data.draw(st.integers(len(prefix) - 6, len(prefix) - 1))
    digit = data.draw(st.sampled_from(DIGITS).filter(lambda d: d != prefix[position]))
    changed = prefix[:position] + digit + prefix[position + 1 :]
    with pytest.raises(ValidationError):
        validate_hk_id(f"{changed}({check})")


# --- person ID by region, masking --------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("11010519491231002x", Region.CN, "11010519491231002X"),
        ("810000199001011230", Region.CN, "810000199001011230"),
        ("a123456789", Region.TW, "A123456789"),
        ("A1234563", Region.HK, "A123456(3)"),
    ],
)
def test_validate_person_id_dispatches_by_region(raw: str, region: Region, expected: str) -> None:
    assert validate_person_id(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("A123456789", Region.CN),
        ("11010519491231002X", Region.TW),
        ("A123456789", Region.HK),
        ("A123456(3)", Region.TW),
    ],
)
def test_validate_person_id_rejects_other_regions_ids(raw: str, region: Region) -> None:
    with pytest.raises(ValidationError) as info:
        validate_person_id(raw, region, field="buyer_id")
    assert info.value.field == "buyer_id"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A123456789", "A12****789"),
        ("11010519491231002X", "110************02X"),
        ("A123456(3)", "A12****(3)"),
        ("  A123456789 ", "A12****789"),
        ("04595257", "******57"),
        ("E1234567", "******67"),
        ("123", "*23"),
        ("AB", "**"),
        ("A", "*"),
        ("", ""),
    ],
)
def test_mask_id(raw: str, expected: str) -> None:
    assert mask_id(raw) == expected


# --- company numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("91350100M000100Y43", "91350100M000100Y43"),
        ("91350100m000100y43", "91350100M000100Y43"),
        (" 9135 0100 M000 100Y43 ", "91350100M000100Y43"),
    ],
)
def test_validate_cn_uscc_valid(raw: str, expected: str) -> None:
    assert validate_cn_uscc(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("91350100M000100Y44", "tax_id_checksum"),
        ("91350100M000200Y43", "tax_id_checksum"),
        ("91350100M000100Y4", "tax_id_format"),
        ("91350100I000100Y43", "tax_id_format"),  # I is not in the alphabet
        ("91350100M000100Y4Z", "tax_id_format"),
        ("", "tax_id_format"),
    ],
)
def test_validate_cn_uscc_invalid(raw: str, code: str) -> None:
    error = _raises(code, validate_cn_uscc, raw)
    assert error.field == "tax_id"


@given(st.text(USCC_ALPHABET, min_size=17, max_size=17), st.data())
def test_uscc_property(body: str, data: st.DataObject) -> None:
    check = ref_uscc_check(body)
    assert cn_uscc_check_char(body) == check
    assert validate_cn_uscc(body + check) == body + check
    position = data.draw(st.integers(0, 17))
    valid = body + check
    replacement = data.draw(st.sampled_from(USCC_ALPHABET).filter(lambda c: c != valid[position]))
    with pytest.raises(ValidationError):
        validate_cn_uscc(valid[:position] + replacement + valid[position + 1 :])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("04595257", "04595257"),
        ("04595252", "04595252"),  # valid only under the mod-5 rule
        ("0459-5257", "04595257"),
        ("00000070", "00000070"),
        ("00000074", "00000074"),  # valid only through the 7th-digit-7 rule
        ("12345675", "12345675"),
    ],
)
def test_validate_tw_ubn_valid(raw: str, expected: str) -> None:
    assert validate_tw_ubn(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("04595258", "tax_id_checksum"),
        ("04595256", "tax_id_checksum"),
        ("00000071", "tax_id_checksum"),
        ("00000084", "tax_id_checksum"),  # same digits as 00000074 without the 7 rule
        ("0459525", "tax_id_format"),
        ("045952570", "tax_id_format"),
        ("0459525A", "tax_id_format"),
    ],
)
def test_validate_tw_ubn_invalid(raw: str, code: str) -> None:
    _raises(code, validate_tw_ubn, raw)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("04595257", Region.TW, "04595257"),
        ("91350100M000100Y43", Region.CN, "91350100M000100Y43"),
        ("12345678", Region.HK, "12345678"),
        ("12345678-000", Region.HK, "12345678-000"),
        (" 12345678-000-08-24-1 ", Region.HK, "12345678-000-08-24-1"),
    ],
)
def test_validate_tax_id_valid(raw: str, region: Region, expected: str) -> None:
    assert validate_tax_id(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("04595258", Region.TW),
        ("91350100M000100Y43", Region.TW),
        ("04595257", Region.CN),
        ("1234567", Region.HK),
        ("12345678-", Region.HK),
        ("ABCDEFGH", Region.HK),
        ("", Region.HK),
    ],
)
def test_validate_tax_id_invalid(raw: str, region: Region) -> None:
    with pytest.raises(ValidationError) as info:
        validate_tax_id(raw, region)
    assert info.value.field == "tax_id"
    assert info.value.code in {"tax_id_format", "tax_id_checksum"}


# --- VIN -------------------------------------------------------------------------------------

VALID_VINS = ["1M8GDM9AXKP042788", "1HGCM82633A004352", "JHMCM56557C404453", "LSVAU218XN2183294"]


@pytest.mark.parametrize("vin", VALID_VINS)
def test_known_vins_check_digit(vin: str) -> None:
    assert ref_vin_check(vin) == vin[8]
    assert vin_check_digit(vin) == vin[8]
    assert vin_check_digit(vin[:8] + vin[9:]) == vin[8]  # 16-character form
    assert vin_check_digit(vin[:8] + "_" + vin[9:]) == vin[8]  # placeholder


@pytest.mark.parametrize("bad", ["1M8GDM9AXKP0427", "1M8GDM9AXKP0427888", "IM8GDM9AXKP042788"])
def test_vin_check_digit_rejects_malformed_input(bad: str) -> None:
    with pytest.raises(ValueError):
        vin_check_digit(bad)


@pytest.mark.parametrize(
    ("raw", "required", "expected"),
    [
        ("1M8GDM9AXKP042788", True, "1M8GDM9AXKP042788"),
        ("1hgcm82633a004352", True, "1HGCM82633A004352"),
        (" 1HGCM 82633 A004352 ", True, "1HGCM82633A004352"),
        ("１ＨＧＣＭ８２６３３Ａ００４３５２", True, "1HGCM82633A004352"),
        ("WP0ZZZ99ZTS392124", False, "WP0ZZZ99ZTS392124"),  # European VIN: no check digit
        ("LSVAU2180N2183294", False, "LSVAU2180N2183294"),
    ],
)
def test_validate_vin_valid(raw: str, required: bool, expected: str) -> None:
    assert validate_vin(raw, check_digit_required=required) == expected


@pytest.mark.parametrize(
    ("raw", "required", "code"),
    [
        ("WP0ZZZ99ZTS392124", True, "vin_check_digit"),
        ("LSVAU2180N2183294", True, "vin_check_digit"),
        ("1M8GDM9A1KP042788", True, "vin_check_digit"),
        ("1M8GDM9AXKP04278", False, "vin_length"),
        ("1M8GDM9AXKP0427889", False, "vin_length"),
        ("1M8GDM9AXKP04278O", False, "vin_characters"),
        ("1M8GDM9AXKP04278Q", False, "vin_characters"),
        ("IM8GDM9AXKP042788", False, "vin_characters"),
        ("1M8GDM9AXKP04278*", False, "vin_characters"),
        ("", False, "required"),
    ],
)
def test_validate_vin_invalid(raw: str, required: bool, code: str) -> None:
    error = _raises(code, validate_vin, raw, check_digit_required=required)
    assert error.field == "vin"


def test_vin_length_message_carries_the_length() -> None:
    error = _raises("vin_length", validate_vin, "ABC", check_digit_required=False)
    assert error.params == {"length": 3}


@pytest.mark.parametrize(
    ("raw", "codes"),
    [
        ("1M8GDM9AXKP042788", []),
        ("", []),
        ("WP0ZZZ99ZTS392124", ["vin_check_digit"]),
        ("LSVAU2180N2183294", ["vin_check_digit"]),
        ("1M8GDM9AXKP04278", ["vin_format"]),
        ("1M8GDM9AXKP04278O", ["vin_format"]),
    ],
)
def test_vin_warnings(raw: str, codes: list[str]) -> None:
    warnings = vin_warnings(raw)
    assert [w.code for w in warnings] == codes
    assert all(w.field == "vin" for w in warnings)


def test_vin_warning_says_which_digit_was_expected() -> None:
    (warning,) = vin_warnings("LSVAU2180N2183294")
    assert warning.params == {"actual": "0", "expected": "X"}
    assert "expected X" in warning.text()


@pytest.mark.parametrize(
    ("prefix", "serial", "expected"),
    [
        ("1M8GDM9A_KP", "042788", "1M8GDM9AXKP042788"),
        ("1hgcm826_3a", "004352", "1HGCM82633A004352"),
        ("LSVAU2180N2", "183294", "LSVAU218XN2183294"),
    ],
)
def test_make_vin(prefix: str, serial: str, expected: str) -> None:
    assert make_vin(prefix, serial) == expected


@pytest.mark.parametrize(
    ("prefix", "serial"),
    [("1M8GDM9A_K", "042788"), ("1M8GDM9A_KP", "04278"), ("1M8GDM9A_KO", "042788")],
)
def test_make_vin_rejects_bad_parts(prefix: str, serial: str) -> None:
    with pytest.raises(ValueError):
        make_vin(prefix, serial)


@given(
    st.text(VIN_ALPHABET, min_size=11, max_size=11),
    st.text(VIN_ALPHABET, min_size=6, max_size=6),
    st.sampled_from("0123456789X"),
)
def test_make_vin_always_validates(prefix: str, serial: str, other_check: str) -> None:
    vin = make_vin(prefix, serial)
    assert len(vin) == 17
    assert vin[:8] == prefix[:8] and vin[9:11] == prefix[9:] and vin[11:] == serial
    assert vin[8] == ref_vin_check(vin)
    assert validate_vin(vin, check_digit_required=True) == vin
    assert vin_warnings(vin) == []
    if other_check != vin[8]:
        wrong = vin[:8] + other_check + vin[9:]
        with pytest.raises(ValidationError):
            validate_vin(wrong, check_digit_required=True)
        assert validate_vin(wrong, check_digit_required=False) == wrong
        assert [w.code for w in vin_warnings(wrong)] == ["vin_check_digit"]


# --- plates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" 粤b·12345 ", "粤B12345"),
        ("粵B 12345", "粤B12345"),  # Traditional province character
        ("滬A・D1234", "沪AD1234"),
        ("abc－１２３４", "ABC-1234"),
        ("ABC–1234", "ABC-1234"),
        ("ab 1234", "AB1234"),
        ("", ""),
    ],
)
def test_normalise_plate(raw: str, expected: str) -> None:
    assert normalise_plate(raw) == expected


@pytest.mark.parametrize(
    ("raw", "region", "warns"),
    [
        ("粤B12345", Region.CN, False),
        ("粤B·12345", Region.CN, False),
        ("京A1234学", Region.CN, False),
        ("粤BD12345", Region.CN, False),  # NEV small car
        ("粤BFA1234", Region.CN, False),
        ("粤BA12345", Region.CN, False),  # more NEV letters since 2021
        ("粤BL12345", Region.CN, True),
        ("粤B12345D", Region.CN, False),  # NEV large vehicle
        ("粵B12345", Region.CN, False),
        ("", Region.CN, False),
        ("粤B1234", Region.CN, True),
        ("XB12345", Region.CN, True),
        ("粤BI2345", Region.CN, True),
        ("粤B123456", Region.CN, True),
        ("粤BZ12345", Region.CN, True),
        ("ABC-1234", Region.TW, False),
        ("abc－1234", Region.TW, False),
        ("AB-1234", Region.TW, False),
        ("1234-AB", Region.TW, False),
        ("ABC1234", Region.TW, True),
        ("ABCD-12345", Region.TW, True),
        ("粤B12345", Region.TW, True),
        ("AB 1234", Region.HK, False),
        ("HK1", Region.HK, False),
        ("ABCDEFGHI", Region.HK, True),
        ("AB-1234", Region.HK, True),
        ("粤B12345", Region.HK, True),
    ],
)
def test_plate_warnings(raw: str, region: Region, warns: bool) -> None:
    warnings = plate_warnings(raw, region)
    assert bool(warnings) is warns
    for warning in warnings:
        assert warning == ValidationWarning(
            "plate", warning.message, "plate_format", warning.params
        )
        assert "{example}" not in warning.text()


# --- generic fields --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "max_len", "expected"),
    [
        ("  Lee  ", 10, "Lee"),
        ("王小明", 3, "王小明"),
        ("line 1\nline 2\tend", 40, "line 1\nline 2\tend"),
    ],
)
def test_validate_required_text_valid(value: str, max_len: int, expected: str) -> None:
    assert validate_required_text(value, "name", max_len) == expected


@pytest.mark.parametrize(
    ("value", "max_len", "code"),
    [
        ("", 10, "required"),
        (" \n\t ", 10, "required"),
        ("王小明先生", 4, "too_long"),
        ("a\x00b", 10, "control_characters"),
        ("a\x1bb", 10, "control_characters"),
    ],
)
def test_validate_required_text_invalid(value: str, max_len: int, code: str) -> None:
    error = _raises(code, validate_required_text, value, "name", max_len)
    assert error.field == "name"
    if code == "too_long":
        assert error.params == {"max_len": max_len}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", ""),
        ("   ", ""),
        ("lee@example.com", "lee@example.com"),
        ("  Lee.Ann@Example.COM ", "Lee.Ann@example.com"),
        ("sales+tw@dealer.com.tw", "sales+tw@dealer.com.tw"),
    ],
)
def test_validate_email_valid(raw: str, expected: str) -> None:
    assert validate_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "lee",
        "lee@example",
        "lee@@example.com",
        "@example.com",
        "lee ann@example.com",
        "lee@example.",
        "a@" + "b" * 250 + ".com",
    ],
)
def test_validate_email_invalid(raw: str) -> None:
    _raises("invalid_email", validate_email, raw)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("0"), "0.00"),
        (Decimal("12.5"), "12.50"),
        (Decimal("1.500"), "1.50"),
        (Decimal("1E+3"), "1000.00"),
        (3, "3.00"),
    ],
)
def test_validate_non_negative_amount_valid(amount: Decimal, expected: str) -> None:
    assert str(validate_non_negative_amount(amount, "price")) == expected


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (Decimal("-0.01"), "negative"),
        (Decimal("-100"), "negative"),
        (Decimal("1.005"), "too_many_decimals"),
        (Decimal("1E+20"), "too_large"),
    ],
)
def test_validate_non_negative_amount_invalid(amount: Decimal, code: str) -> None:
    error = _raises(code, validate_non_negative_amount, amount, "price")
    assert error.field == "price"


def test_validate_non_negative_amount_refuses_float() -> None:
    with pytest.raises(TypeError):
        validate_non_negative_amount(1.5, "price")  # type: ignore[arg-type]


def test_validation_warning_is_frozen_and_hashable() -> None:
    warning = ValidationWarning("plate", "Check {x}.", "plate_format", {"x": "it"})
    assert warning.text() == "Check it."
    assert ValidationWarning("vin", "No params.", "c").text() == "No params."
    assert hash(warning) == hash(ValidationWarning("plate", "Check {x}.", "plate_format", {"x": 1}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        warning.code = "other"  # type: ignore[misc]
