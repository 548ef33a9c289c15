"""Money: exact decimals, one rounding policy, cent storage, display and capital numerals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_app.domain.enums import Currency, DocLanguage
from showroom_app.domain.money import (
    CENT,
    capital_amount_line,
    capital_numerals,
    format_money,
    from_minor_units,
    round_display,
    round_money,
    to_decimal,
    to_minor_units,
)

D = Decimal

# --- to_decimal ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("12.30"), D("12.30")),
        (12, D("12")),
        ("12.345", D("12.345")),
        ("  -7.5 ", D("-7.5")),
        ("0", D("0")),
    ],
)
def test_to_decimal_accepts_exact_inputs(value: Decimal | int | str, expected: Decimal) -> None:
    result = to_decimal(value)
    assert isinstance(result, Decimal)
    assert result == expected


@pytest.mark.parametrize("value", [0.1, 1.0, float("nan"), True, None, [1]])
def test_to_decimal_rejects_floats_and_non_numbers(value: object) -> None:
    with pytest.raises(TypeError):
        to_decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["abc", "", "1,234", "NaN", "Infinity", D("NaN"), D("-Inf")])
def test_to_decimal_rejects_unparseable_and_non_finite(value: str | Decimal) -> None:
    with pytest.raises(ValueError):
        to_decimal(value)


@pytest.mark.parametrize(
    "call",
    [
        lambda: round_money(0.1, Currency.CNY),  # type: ignore[arg-type]
        lambda: round_display(0.1, Currency.TWD),  # type: ignore[arg-type]
        lambda: to_minor_units(0.1),  # type: ignore[arg-type]
        lambda: format_money(0.1, Currency.HKD),  # type: ignore[arg-type]
        lambda: capital_numerals(0.1, "zh_TW"),  # type: ignore[arg-type]
        lambda: from_minor_units(1.0),  # type: ignore[arg-type]
    ],
)
def test_every_public_function_refuses_float(call: object) -> None:
    with pytest.raises(TypeError):
        call()  # type: ignore[operator]


# --- rounding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("0.005", Currency.CNY, "0.01"),  # half-up, not banker's (which gives 0.00)
        ("0.015", Currency.CNY, "0.02"),
        ("0.025", Currency.HKD, "0.03"),  # banker's rounding would give 0.02
        ("-0.005", Currency.CNY, "-0.01"),  # half away from zero
        ("1234.5649", Currency.HKD, "1234.56"),
        ("2952.395", Currency.TWD, "2952.40"),  # TWD keeps cents in storage
        ("7", Currency.TWD, "7.00"),
    ],
)
def test_round_money_is_half_up_to_cents_for_all_currencies(
    amount: str, currency: Currency, expected: str
) -> None:
    result = round_money(D(amount), currency)
    assert str(result) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("2.5", Currency.TWD, "3"),
        ("3.5", Currency.TWD, "4"),
        ("-2.5", Currency.TWD, "-3"),
        ("1234.49", Currency.TWD, "1234"),
        ("1234.495", Currency.CNY, "1234.50"),
        ("1234.494", Currency.HKD, "1234.49"),
    ],
)
def test_round_display_rounds_twd_to_whole_dollars_only(
    amount: str, currency: Currency, expected: str
) -> None:
    assert str(round_display(D(amount), currency)) == expected


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12),
    st.sampled_from(list(Currency)),
)
def test_rounding_is_idempotent(amount: Decimal, currency: Currency) -> None:
    once = round_money(amount, currency)
    assert round_money(once, currency) == once
    assert abs(once - amount) <= D("0.005")
    shown = round_display(amount, currency)
    assert round_display(shown, currency) == shown


# --- minor units -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "units"),
    [("0", 0), ("0.01", 1), ("12.30", 1230), ("12.3", 1230), ("-5.05", -505), ("1E+3", 100000)],
)
def test_to_minor_units(amount: str, units: int) -> None:
    result = to_minor_units(D(amount))
    assert type(result) is int
    assert result == units


@pytest.mark.parametrize("amount", ["0.001", "12.345", "-0.005"])
def test_to_minor_units_refuses_fractions_of_a_cent(amount: str) -> None:
    with pytest.raises(ValueError):
        to_minor_units(D(amount))


@pytest.mark.parametrize(
    ("units", "text"), [(0, "0.00"), (1, "0.01"), (12345, "123.45"), (-7, "-0.07")]
)
def test_from_minor_units_has_exactly_two_places(units: int, text: str) -> None:
    assert str(from_minor_units(units)) == text


@given(st.integers(min_value=-(10**17), max_value=10**17))
def test_minor_units_round_trip(units: int) -> None:
    amount = from_minor_units(units)
    assert amount == amount.quantize(CENT)
    assert to_minor_units(amount) == units


@given(
    st.decimals(
        places=2, allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12
    )
)
def test_amounts_with_cents_round_trip_through_minor_units(amount: Decimal) -> None:
    assert from_minor_units(to_minor_units(amount)) == amount


# --- formatting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "symbol", "expected"),
    [
        ("1234567", Currency.TWD, True, "NT$1,234,567"),
        ("1234567.50", Currency.TWD, True, "NT$1,234,568"),
        ("1234.5", Currency.CNY, True, "¥1,234.50"),
        ("1234.5", Currency.HKD, True, "HK$1,234.50"),
        ("-1234", Currency.TWD, True, "-NT$1,234"),
        ("-0.5", Currency.HKD, True, "-HK$0.50"),
        ("-0.4", Currency.TWD, True, "NT$0"),
        ("0", Currency.CNY, True, "¥0.00"),
        ("999", Currency.CNY, True, "¥999.00"),
        ("1234567.891", Currency.CNY, False, "1,234,567.89"),
        ("1000000", Currency.TWD, False, "1,000,000"),
    ],
)
def test_format_money(amount: str, currency: Currency, symbol: bool, expected: str) -> None:
    assert format_money(D(amount), currency, symbol=symbol) == expected


# --- capital numerals ------------------------------------------------------------------------

CAPITAL_CASES = [
    # amount, zh_TW, zh_CN
    ("0", "零元整", "零元整"),
    ("0.01", "壹分", "壹分"),
    ("0.05", "伍分", "伍分"),
    ("0.1", "壹角", "壹角"),
    ("0.15", "壹角伍分", "壹角伍分"),
    ("1", "壹元整", "壹元整"),
    ("10", "壹拾元整", "壹拾元整"),
    ("11", "壹拾壹元整", "壹拾壹元整"),
    ("20", "貳拾元整", "贰拾元整"),
    ("100", "壹佰元整", "壹佰元整"),
    ("101", "壹佰零壹元整", "壹佰零壹元整"),
    ("110", "壹佰壹拾元整", "壹佰壹拾元整"),
    ("1000", "壹仟元整", "壹仟元整"),
    ("1001", "壹仟零壹元整", "壹仟零壹元整"),
    ("1010", "壹仟零壹拾元整", "壹仟零壹拾元整"),
    ("1100", "壹仟壹佰元整", "壹仟壹佰元整"),
    ("10000", "壹萬元整", "壹万元整"),
    ("10005", "壹萬零伍元整", "壹万零伍元整"),
    ("10100", "壹萬零壹佰元整", "壹万零壹佰元整"),
    ("100000", "壹拾萬元整", "壹拾万元整"),
    ("100010", "壹拾萬零壹拾元整", "壹拾万零壹拾元整"),
    ("107000.53", "壹拾萬柒仟元伍角參分", "壹拾万柒仟元伍角叁分"),
    ("1000000", "壹佰萬元整", "壹佰万元整"),
    ("1010000", "壹佰零壹萬元整", "壹佰零壹万元整"),
    ("1000010.50", "壹佰萬零壹拾元伍角", "壹佰万零壹拾元伍角"),
    ("10000000", "壹仟萬元整", "壹仟万元整"),
    ("100000000", "壹億元整", "壹亿元整"),
    ("100000001", "壹億零壹元整", "壹亿零壹元整"),
    ("100001000", "壹億零壹仟元整", "壹亿零壹仟元整"),
    ("100100000", "壹億零壹拾萬元整", "壹亿零壹拾万元整"),
    ("1000000005", "壹拾億零伍元整", "壹拾亿零伍元整"),
    (
        "123456789.12",
        "壹億貳仟參佰肆拾伍萬陸仟柒佰捌拾玖元壹角貳分",
        "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
    ),
    ("1800.05", "壹仟捌佰元零伍分", "壹仟捌佰元零伍分"),
    ("1680.32", "壹仟陸佰捌拾元參角貳分", "壹仟陆佰捌拾元叁角贰分"),
    ("968000", "玖拾陸萬捌仟元整", "玖拾陆万捌仟元整"),
    (
        "999999999999.99",
        "玖仟玖佰玖拾玖億玖仟玖佰玖拾玖萬玖仟玖佰玖拾玖元玖角玖分",
        "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    ),
    ("-10000", "負壹萬元整", "负壹万元整"),
    ("12.345", "壹拾貳元參角伍分", "壹拾贰元叁角伍分"),  # rounded half-up to cents first
    ("-0.001", "零元整", "零元整"),  # rounds to zero: no 負
]


@pytest.mark.parametrize(("amount", "traditional", "simplified"), CAPITAL_CASES)
def test_capital_numerals_golden(amount: str, traditional: str, simplified: str) -> None:
    assert capital_numerals(D(amount), "zh_TW") == traditional
    assert capital_numerals(D(amount), "zh_CN") == simplified


def test_capital_numerals_accepts_doc_language_and_int() -> None:
    assert capital_numerals(D(10000), DocLanguage.ZH_TW) == "壹萬元整"
    assert capital_numerals(5, DocLanguage.ZH_CN) == "伍元整"  # type: ignore[arg-type]


@pytest.mark.parametrize("script", ["en", "zh_HK", ""])
def test_capital_numerals_rejects_unknown_script(script: str) -> None:
    with pytest.raises(ValueError):
        capital_numerals(D(1), script)


@pytest.mark.parametrize("amount", ["1000000000000", "-1000000000000", "999999999999.995"])
def test_capital_numerals_rejects_amounts_beyond_9999_yi(amount: str) -> None:
    with pytest.raises(ValueError):
        capital_numerals(D(amount), "zh_CN")


@pytest.mark.parametrize(
    ("amount", "currency", "script", "expected"),
    [
        ("10000", Currency.TWD, "zh_TW", "新臺幣壹萬元整"),
        ("10000.40", Currency.TWD, "zh_TW", "新臺幣壹萬元整"),  # TWD printed in whole dollars
        ("10000.50", Currency.TWD, "zh_TW", "新臺幣壹萬零壹元整"),
        ("10000", Currency.CNY, "zh_CN", "人民币壹万元整"),
        ("10000.50", Currency.CNY, "zh_CN", "人民币壹万元伍角"),
        ("10000", Currency.HKD, "zh_TW", "港幣壹萬元整"),
        ("3500.05", Currency.HKD, "zh_TW", "港幣參仟伍佰元零伍分"),
        ("10000", Currency.CNY, "zh_TW", "人民幣壹萬元整"),
        ("10000", Currency.TWD, "zh_CN", "新台币壹万元整"),
        ("10000", Currency.HKD, "zh_CN", "港币壹万元整"),
    ],
)
def test_capital_amount_line(amount: str, currency: Currency, script: str, expected: str) -> None:
    assert capital_amount_line(D(amount), currency, script) == expected


_TRADITIONAL_ALLOWED = set("零壹貳參肆伍陸柒捌玖拾佰仟萬億元角分整負")
_SIMPLIFIED_ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整负")
_DIGIT_VALUES = {c: i for i, c in enumerate("零壹貳參肆伍陸柒捌玖")} | {
    c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")
}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}
_BIG = {"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8, "元": 1}

amounts = st.decimals(
    places=2, allow_nan=False, allow_infinity=False, min_value=-(10**12) + 1, max_value=10**12 - 1
)


def _parse_capital(text: str) -> Decimal:
    """Independent reader of capital numerals, to check that what we write means the amount."""
    negative = text[0] in "負负"
    body = text[1:] if negative else text
    body = body.removesuffix("整")
    total = D(0)
    section = 0
    digit = 0
    for ch in body:
        if ch in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[ch]
        elif ch in _SMALL:
            section += digit * _SMALL[ch]
            digit = 0
        elif ch in _BIG:
            total += (section + digit) * _BIG[ch]
            section = digit = 0
        elif ch == "角":
            total += digit * D("0.1")
            digit = 0
        elif ch == "分":
            total += digit * D("0.01")
            digit = 0
        else:
            raise AssertionError(f"unexpected character {ch!r} in {text}")
    assert section == 0 and digit == 0, text
    return -total if negative else total


@given(amounts)
def test_capital_numerals_use_only_allowed_characters(amount: Decimal) -> None:
    assert set(capital_numerals(amount, "zh_TW")) <= _TRADITIONAL_ALLOWED
    assert set(capital_numerals(amount, "zh_CN")) <= _SIMPLIFIED_ALLOWED


@given(amounts)
def test_capital_numerals_read_back_as_the_amount(amount: Decimal) -> None:
    for script in ("zh_TW", "zh_CN"):
        assert _parse_capital(capital_numerals(amount, script)) == amount


@given(amounts)
def test_capital_numerals_zero_and_ending_rules(amount: Decimal) -> None:
    text = capital_numerals(amount, "zh_TW")
    assert "零零" not in text
    for unit in "萬億元角分整":
        assert "零" + unit not in text or text == "零元整"
    assert not text.lstrip("負").startswith("零") or text == "零元整"
    assert not text.lstrip("負").startswith("拾")  # always 壹拾
    cents = abs(amount) * 100 % 100
    if cents == 0:
        assert text.endswith("元整")
    elif cents % 10 == 0:
        assert text.endswith("角")
    else:
        assert text.endswith("分")
    assert text.startswith("負") == (amount < 0)
