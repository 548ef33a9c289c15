"""Exact money: one rounding policy, integer-cent storage, display and capital numerals.

Every amount in the domain is a ``Decimal``. Binary floats cannot represent 0.10 exactly and
their errors add up across a quotation or a loan schedule, so the public functions refuse them
outright instead of converting silently. The rounding policy is 四捨五入 (``ROUND_HALF_UP``),
because that is what customers, banks and tax offices in all three regions expect; it lives here
and nowhere else.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from showroom_app.domain.enums import Currency

__all__ = [
    "CENT",
    "ROUNDING",
    "WHOLE",
    "capital_amount_line",
    "capital_numerals",
    "format_money",
    "from_minor_units",
    "round_display",
    "round_money",
    "to_decimal",
    "to_minor_units",
]

ROUNDING = ROUND_HALF_UP
"""四捨五入. Python's default (banker's rounding) surprises people who check by hand."""

CENT = Decimal("0.01")
WHOLE = Decimal("1")

_SYMBOLS: dict[Currency, str] = {
    Currency.TWD: "NT$",
    Currency.CNY: "¥",
    Currency.HKD: "HK$",
}

# Largest integer part the capital numerals can spell: 9999億9999萬9999 (the 億 section has
# four digits, as on cheques and contracts; nobody sells a car for 1 兆).
_CAPITAL_LIMIT = Decimal(10) ** 12


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert an input to ``Decimal``, refusing floats.

    Floats are refused (``TypeError``) rather than converted, because by the time a float
    exists the exact amount the user typed is already lost. ``bool`` is refused too: it is an
    ``int`` to Python but never an amount. Strings are parsed strictly (no thousands separators;
    parsing what a user typed into a form is the UI's job). NaN and infinities are refused with
    ``ValueError`` because no amount of money is "not a number".
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        # float lands here too: it is deliberately not in the accepted types
        raise TypeError(f"money must be Decimal, int or str, not {type(value).__name__}")
    if isinstance(value, str):
        try:
            result = Decimal(value)  # Decimal itself ignores surrounding whitespace
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    else:
        result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return result


def round_money(amount: Decimal, currency: Currency) -> Decimal:
    """Round to the stored precision: cents, for every currency.

    TWD is also kept to the cent: intermediate figures (an instalment, 5 % business tax on a
    line) have cents, and rounding them to whole dollars before summing would make totals
    drift. Whole-dollar TWD is a printing rule only, see :func:`round_display`. ``currency``
    is taken anyway so that call sites say which money they are rounding.
    """
    del currency  # one precision for all today; kept so call sites stay explicit
    return to_decimal(amount).quantize(CENT, rounding=ROUNDING)


def round_display(amount: Decimal, currency: Currency) -> Decimal:
    """Round for printing and showing: TWD to whole dollars, CNY and HKD to cents."""
    quantum = WHOLE if currency is Currency.TWD else CENT
    return to_decimal(amount).quantize(quantum, rounding=ROUNDING)


def to_minor_units(amount: Decimal) -> int:
    """Return the amount as integer cents for the database.

    Refuses (``ValueError``) an amount with fractions of a cent instead of rounding it: an
    unrounded value reaching storage means a rounding point was missed upstream, and silently
    fixing it here would hide that bug.
    """
    value = to_decimal(amount)
    cents = value.scaleb(2)
    if cents != cents.to_integral_value():
        raise ValueError(f"amount has fractions of a cent: {value}")
    return int(cents)


def from_minor_units(units: int) -> Decimal:
    """Turn stored integer cents back into an exact amount with two decimal places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError(f"minor units must be int, not {type(units).__name__}")
    return Decimal(units).scaleb(-2)


def format_money(amount: Decimal, currency: Currency, *, symbol: bool = True) -> str:
    """Format for screens and documents: ``NT$1,234,567``, ``¥1,234.50``, ``HK$1,234.50``.

    TWD prints without decimals (prices in Taiwan are whole dollars). The minus sign goes
    before the symbol (``-NT$1,234``), and an amount that rounds to zero never prints as
    ``-NT$0``.
    """
    shown = round_display(amount, currency)
    sign = "-" if shown < 0 else ""  # -0.4 rounds to Decimal("-0"), which is not < 0
    digits = f"{abs(shown):,}"
    prefix = _SYMBOLS[currency] if symbol else ""
    return f"{sign}{prefix}{digits}"


# --- Capital numerals (大寫 / 大写) ------------------------------------------------------------

_DIGITS = {
    "zh_TW": "零壹貳參肆伍陸柒捌玖",
    "zh_CN": "零壹贰叁肆伍陆柒捌玖",
}
_SMALL_UNITS = ("仟", "佰", "拾", "")  # within a four-digit section, high to low
_SECTION_UNITS = {
    "zh_TW": ("億", "萬", ""),
    "zh_CN": ("亿", "万", ""),
}
_MINUS = {"zh_TW": "負", "zh_CN": "负"}

_CURRENCY_NAMES: dict[tuple[Currency, str], str] = {
    (Currency.TWD, "zh_TW"): "新臺幣",
    (Currency.TWD, "zh_CN"): "新台币",
    (Currency.CNY, "zh_TW"): "人民幣",
    (Currency.CNY, "zh_CN"): "人民币",
    (Currency.HKD, "zh_TW"): "港幣",
    (Currency.HKD, "zh_CN"): "港币",
}


def _script_key(script: str) -> str:
    key = str(script)
    if key not in _DIGITS:
        raise ValueError(f"capital numerals exist for zh_TW and zh_CN, not {script!r}")
    return key


def _spell_integer(value: int, script: str) -> str:
    """Spell a non-negative integer below 10**12 in capital numerals (without 元).

    Zero rules (the reading a bank clerk checks): inside a four-digit section, a run of zeros
    between two non-zero digits becomes one 零; zeros at the end of a section are silent because
    the section unit (萬/億) follows; a section that starts with zero, or a section that is
    all zeros, puts one 零 before the next non-zero digit. Ten is always 壹拾, never bare 拾, so
    that nothing can be written in front of it.
    """
    digits = _DIGITS[script]
    sections = (value // 10**8, value // 10**4 % 10**4, value % 10**4)
    out: list[str] = []
    pending_zero = False
    for section, section_unit in zip(sections, _SECTION_UNITS[script], strict=True):
        if section == 0:
            pending_zero = bool(out)
            continue
        for position, small_unit in enumerate(_SMALL_UNITS):
            digit = section // 10 ** (3 - position) % 10
            if digit == 0:
                pending_zero = pending_zero or bool(out)
                continue
            if pending_zero:
                out.append(digits[0])
                pending_zero = False
            out.append(digits[digit] + small_unit)
        out.append(section_unit)
        pending_zero = False
    return "".join(out)


def capital_numerals(amount: Decimal, script: str) -> str:
    """Spell an amount in financial capital numerals, e.g. 壹萬零伍元整 / 壹佰万零壹拾元伍角.

    Used on receipts and contracts, where the capital form makes the amount hard to alter.
    ``script`` is ``"zh_TW"`` (壹貳參…萬億) or ``"zh_CN"`` (壹贰叁…万亿).

    Conventions (People's Bank of China 《正确填写票据和结算凭证的基本规定》, which Taiwan and
    Hong Kong practice agrees with):

    * whole amounts end in 元整; amounts ending in 角 end in 角 with no 整 ("角后可不写整");
      amounts with 分 never take 整;
    * 角 zero but 分 not zero: 零 after 元 (1800.05 → 壹仟捌佰元零伍分);
    * less than one 元: no 零元 prefix (0.05 → 伍分); zero is 零元整;
    * 壹拾 for ten, as banks write it (100,000 → 壹拾萬元整);
    * negative amounts start with 負 / 负.

    The amount is first rounded half-up to cents, matching :func:`format_money`. Integer parts
    of 10**12 or more raise ``ValueError``.
    """
    key = _script_key(script)
    value = to_decimal(amount).quantize(CENT, rounding=ROUNDING)
    negative = value < 0
    value = abs(value)
    if value >= _CAPITAL_LIMIT:
        raise ValueError(f"amount too large for capital numerals: {value}")
    cents = int(value.scaleb(2))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    digits = _DIGITS[key]

    parts: list[str] = []
    if yuan:
        parts.append(_spell_integer(yuan, key) + "元")
    if jiao:
        parts.append(digits[jiao] + "角")
    elif fen and yuan:
        parts.append(digits[0])
    if fen:
        parts.append(digits[fen] + "分")
    if not parts:
        parts.append(digits[0] + "元")
    if not jiao and not fen:
        parts.append("整")

    text = "".join(parts)
    return (_MINUS[key] + text) if negative and cents else text


def capital_amount_line(amount: Decimal, currency: Currency, script: str) -> str:
    """The printed "amount in words" line, e.g. 新臺幣壹萬元整, 人民币壹万元整, 港幣壹萬元整.

    TWD is rounded to whole dollars first, as the figure next to it is printed
    (:func:`round_display`), so the words and the figure always say the same amount.
    """
    key = _script_key(script)
    return _CURRENCY_NAMES[(currency, key)] + capital_numerals(round_display(amount, currency), key)
