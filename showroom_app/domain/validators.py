"""Field validators: pure functions that return the normalised value or raise ValidationError.

Hard checks (IDs, tax numbers, VIN on contracts, phones) raise ``ValidationError`` because a
wrong value there makes a contract or a receipt wrong. Soft checks (plates, a VIN check digit on
an import) return ``ValidationWarning`` objects instead, following the "lighthouse, not reins"
rule: the user sees the doubt and may still save. Messages are short English source texts with
``{placeholders}``; the UI translates them, then fills in the ``params``.

The checksums follow DOMAIN.md §11. python-stdnum is not used at run time: its Taiwan 統一編號
check still applies the old mod-10 rule (new numbers use mod 5), and its mainland ID check
needs the birthplace to be in its bundled county table, which rejects the residence permits
for Hong Kong, Macau and Taiwan residents and lags behind new county codes.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

import phonenumbers

from showroom_app.domain.enums import Region
from showroom_app.domain.errors import ValidationError
from showroom_app.domain.money import CENT, to_decimal
from showroom_app.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "ValidationWarning",
    "cn_resident_id_check_char",
    "cn_uscc_check_char",
    "format_phone_display",
    "hkid_check_char",
    "is_mobile",
    "make_vin",
    "mask_id",
    "mobile_pattern_ok",
    "normalise_phone",
    "normalise_plate",
    "phone_digits_for_search",
    "plate_warnings",
    "tw_national_id_check_digit",
    "validate_cn_residence_permit",
    "validate_cn_resident_id",
    "validate_cn_uscc",
    "validate_email",
    "validate_hk_id",
    "validate_non_negative_amount",
    "validate_person_id",
    "validate_required_text",
    "validate_tax_id",
    "validate_tw_national_id",
    "validate_tw_ubn",
    "validate_vin",
    "vin_check_digit",
    "vin_warnings",
]


@dataclasses.dataclass(frozen=True)
class ValidationWarning:
    """A soft doubt about a value: shown next to the field, never blocks saving."""

    field: str
    message: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)

    def text(self) -> str:
        """The untranslated message with its placeholders filled (for logs and tests)."""
        return self.message.format(**self.params) if self.params else self.message


def _clean(raw: str) -> str:
    """Fold full-width characters (common with Chinese input methods) and trim."""
    return unicodedata.normalize("NFKC", raw).strip()


def _compact(raw: str) -> str:
    """Clean, upper-case and drop the separators people type inside codes."""
    return re.sub(r"[\s\-]", "", _clean(raw)).upper()


# --- Phones ------------------------------------------------------------------------------------

_PHONE_EXAMPLES = {
    Region.TW: "0912 345 678 / 02 2345 6789",
    Region.CN: "138 1234 5678 / 010 1234 5678",
    Region.HK: "9123 4567 / 2123 4567",
}
_MOBILE_PATTERNS = {
    Region.CN: re.compile(r"1[3-9]\d{9}"),
    Region.TW: re.compile(r"09\d{8}"),
    Region.HK: re.compile(r"[4-9]\d{7}"),
}


def normalise_phone(raw: str, region: Region, field: str = "phone") -> str:
    """Return the number in E.164 (``+886912345678``), the only form we store.

    Accepts what people type: spaces, dashes, parentheses, full-width digits, ``+886``/``+86``
    /``+852``, the ``00`` international prefix, or the country code without ``+``. Numbers
    without a country code are read as numbers of ``region``. Landlines are accepted. An
    extension is refused rather than silently dropped, since E.164 cannot hold it.
    """
    text = _clean(raw)
    if not text:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Enter a phone number."), code="required"
        )
    candidates: list[tuple[str, str | None]] = []
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.startswith("00"):
        # The "00" prefix works from CN and HK; phonenumbers reads it per region (Taiwan's
        # prefixes are 002/005/...), so "00886..." typed in Taiwan would otherwise fail.
        candidates.append(("+" + digits[2:], None))
    candidates.append((text, region.value))
    for candidate, default_region in candidates:
        try:
            number = phonenumbers.parse(candidate, default_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            if number.extension:
                raise ValidationError(
                    field,
                    QT_TRANSLATE_NOOP("Validation", "Enter the phone number without an extension."),
                    code="phone_extension",
                )
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP(
            "Validation",
            "Enter a valid phone number, e.g. {example}. "
            "Numbers from other regions start with + and the country code.",
        ),
        code="invalid_phone",
        example=_PHONE_EXAMPLES[region],
    )


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None


def is_mobile(e164: str) -> bool:
    """Whether a stored number can receive text messages (mobile, or possibly mobile)."""
    number = _parse_e164(e164)
    if number is None or not phonenumbers.is_valid_number(number):
        return False
    return phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def format_phone_display(e164: str, region: Region) -> str:
    """Show a stored number the way local staff dial it.

    National format for numbers of the dealership's own region, international otherwise.
    Anything that does not parse (old imported data) is shown unchanged: a display must
    never fail.
    """
    number = _parse_e164(e164)
    if number is None:
        return e164
    same_region = phonenumbers.region_code_for_number(number) == region.value
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if same_region
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def phone_digits_for_search(raw: str) -> str:
    """Only the ASCII digits, so "0912-345-678" finds "+886 912 345 678" by substring."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", raw) if "0" <= ch <= "9")


def mobile_pattern_ok(national_digits: str, region: Region) -> bool:
    """The plain mobile-number shape from DOMAIN.md §11, for quick as-you-type hints.

    Separators are ignored; a country code is not (pass national digits).
    """
    return _MOBILE_PATTERNS[region].fullmatch(phone_digits_for_search(national_digits)) is not None


# --- Personal IDs --------------------------------------------------------------------------------

_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK = "10X98765432"
_CN_PERMIT_PREFIXES = ("810000", "820000", "830000")


def cn_resident_id_check_char(first17: str) -> str:
    """Check character of a mainland ID (also used by the residence permits)."""
    if not re.fullmatch(r"\d{17}", first17):
        raise ValueError("expected 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, _CN_ID_WEIGHTS, strict=True))
    return _CN_ID_CHECK[total % 11]


def _birth_date_ok(yyyymmdd: str) -> bool:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return born.year >= 1900


def validate_cn_resident_id(s: str, field: str = "id_number") -> str:
    """Mainland 居民身份證 number: 18 characters, a valid birth date and check character."""
    value = _compact(s)
    if not re.fullmatch(r"\d{17}[\dX]", value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "A mainland ID number has 17 digits followed by a digit or X."
            ),
            code="id_format",
        )
    if not _birth_date_ok(value[6:14]):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "Digits 7 to 14 of the ID number must be a birth date."
            ),
            code="id_birth_date",
        )
    if cn_resident_id_check_char(value[:17]) != value[17]:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "The ID number is not valid; please check every digit."
            ),
            code="id_checksum",
        )
    return value


def validate_cn_residence_permit(s: str, field: str = "id_number") -> str:
    """港澳台居民居住證 number: resident-ID rules with prefix 810000, 820000 or 830000."""
    value = validate_cn_resident_id(s, field)
    if not value.startswith(_CN_PERMIT_PREFIXES):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "A residence permit number starts with 810000, 820000 or 830000."
            ),
            code="id_format",
        )
    return value


_TW_LETTER_CODES = {
    pair[0]: int(pair[1:])
    for pair in (
        "A10 B11 C12 D13 E14 F15 G16 H17 I34 J18 K19 L20 M21 N22 O35 P23 Q24 R25 S26 T27 U28 "
        "V29 W32 X30 Y31 Z33"
    ).split()
}


def tw_national_id_check_digit(first9: str) -> str:
    """Check digit of a Taiwan ID: letter + 8 characters (digit, or old-ARC letter A–D)."""
    if not re.fullmatch(r"[A-Z][0-9A-D]\d{7}", first9):
        raise ValueError("expected a letter, a digit or A-D, then 7 digits")
    code = _TW_LETTER_CODES[first9[0]]
    second = first9[1]
    # Old-format resident certificates put a letter second; its code's last digit is used.
    d1 = _TW_LETTER_CODES[second] % 10 if second.isalpha() else int(second)
    body = [d1] + [int(d) for d in first9[2:]]
    total = (
        code // 10
        + (code % 10) * 9
        + sum(d * w for d, w in zip(body, range(8, 0, -1), strict=True))
    )
    return str(-total % 10)


def validate_tw_national_id(s: str, field: str = "id_number") -> str:
    """Taiwan 身分證字號 or 居留證 (統一證號) number.

    Accepts national IDs (second character 1/2), new-format resident certificates (8/9, issued
    since 2021) and old-format ones (A–D), which stay in use until they expire.
    """
    value = _compact(s)
    if not re.fullmatch(r"[A-Z][1289A-D]\d{8}", value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "A Taiwan ID number is one letter followed by 9 digits."
            ),
            code="id_format",
        )
    if tw_national_id_check_digit(value[:9]) != value[9]:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "The ID number is not valid; please check every digit."
            ),
            code="id_checksum",
        )
    return value


def hkid_check_char(prefix: str) -> str:
    """Check character of an HKID: one or two letters then six digits."""
    if not re.fullmatch(r"[A-Z]{1,2}\d{6}", prefix):
        raise ValueError("expected 1-2 letters and 6 digits")
    # A one-letter HKID counts as if a space (value 36) stood in front; A=10 ... Z=35.
    values = [36 if c == " " else ord(c) - 55 if c.isalpha() else int(c) for c in prefix.rjust(8)]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return {10: "A", 11: "0"}.get(check, str(check))


def validate_hk_id(s: str, field: str = "id_number") -> str:
    """Hong Kong identity card number, returned as ``A123456(3)``.

    The brackets are optional on input: people type ``A1234563`` or ``A123456 3``.
    """
    value = re.sub(r"[\s()\-]", "", _clean(s)).upper()
    match = re.fullmatch(r"([A-Z]{1,2}\d{6})([0-9A])", value)
    if match is None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "An HKID number looks like A123456(3)."),
            code="id_format",
        )
    prefix, check = match.groups()
    if hkid_check_char(prefix) != check:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "The ID number is not valid; please check every digit."
            ),
            code="id_checksum",
        )
    return f"{prefix}({check})"


def validate_person_id(s: str, region: Region, field: str = "id_number") -> str:
    """The region's usual personal ID (CN also accepts the HK/Macau/TW residence permits)."""
    if region is Region.CN:
        return validate_cn_resident_id(s, field)  # permits share the format and checksum
    if region is Region.TW:
        return validate_tw_national_id(s, field)
    return validate_hk_id(s, field)


def mask_id(s: str) -> str:
    """Hide most of an ID for screens and printouts that do not need it in full.

    10 characters or more: keep the first 3 and the last 3 (``A12****789``). Shorter values
    show only the last 2, because keeping 6 of 8 or 9 characters would hide almost nothing;
    2 characters or fewer are masked completely.
    """
    value = s.strip()
    n = len(value)
    if n >= 10:
        return value[:3] + "*" * (n - 6) + value[-3:]
    if n > 2:
        return "*" * (n - 2) + value[-2:]
    return "*" * n


# --- Company tax numbers -----------------------------------------------------------------------

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_TW_UBN_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)


def cn_uscc_check_char(first17: str) -> str:
    """Check character of a 統一社會信用代碼 (USCC)."""
    if len(first17) != 17 or any(c not in _USCC_ALPHABET for c in first17):
        raise ValueError("expected 17 USCC characters")
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_ALPHABET[-total % 31]


def validate_cn_uscc(s: str, field: str = "tax_id") -> str:
    """Mainland unified social credit code: 18 characters with a mod-31 check character."""
    value = _compact(s)
    if len(value) != 18 or any(c not in _USCC_ALPHABET for c in value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "A unified social credit code has 18 digits and capital letters "
                "(no I, O, S, V, Z).",
            ),
            code="tax_id_format",
        )
    if cn_uscc_check_char(value[:17]) != value[17]:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The code is not valid; please check every character."),
            code="tax_id_checksum",
        )
    return value


def validate_tw_ubn(s: str, field: str = "tax_id") -> str:
    """Taiwan 統一編號: 8 digits, checksum mod 5 (relaxed from mod 10 for new numbers).

    When the 7th digit is 7 its product 28 may count as 10 or as 1, so the sum plus one is
    also accepted.
    """
    value = _compact(s)
    if not re.fullmatch(r"\d{8}", value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "A Taiwan company number (統一編號) has 8 digits."),
            code="tax_id_format",
        )
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(value, _TW_UBN_WEIGHTS, strict=True))
    if total % 5 != 0 and not (value[6] == "7" and (total + 1) % 5 == 0):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "The company number is not valid; please check every digit."
            ),
            code="tax_id_checksum",
        )
    return value


def validate_tax_id(s: str, region: Region, field: str = "tax_id") -> str:
    """The dealership's (or a company customer's) tax number for ``region``.

    HK: the 8-digit Business Registration number, optionally followed by dash-separated
    suffixes as printed on the certificate (branch number and so on), e.g. ``12345678-000``.
    """
    if region is Region.TW:
        return validate_tw_ubn(s, field)
    if region is Region.CN:
        return validate_cn_uscc(s, field)
    value = re.sub(r"\s", "", _clean(s)).upper()
    if not re.fullmatch(r"\d{8}(?:-[0-9A-Z]{1,4}){0,4}", value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "A business registration number has 8 digits, e.g. 12345678-000."
            ),
            code="tax_id_format",
        )
    return value


# --- VIN ---------------------------------------------------------------------------------------

_VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUES = dict(
    zip(
        _VIN_CHARS,
        [*range(10), 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
        strict=True,
    )
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """The position-9 check digit (ISO 3779 / GB 16735); remainder 10 is written X.

    Takes 17 characters (whatever is at position 9 is ignored, so a placeholder is fine) or
    the 16 characters without it.
    """
    value = vin.strip().upper()
    if len(value) == 16:
        value = value[:8] + "0" + value[8:]
    if len(value) != 17:
        raise ValueError("expected 16 or 17 characters")
    body = value[:8] + value[9:]
    if any(c not in _VIN_VALUES for c in body):
        raise ValueError("VINs use digits and capital letters except I, O and Q")
    total = sum(_VIN_VALUES[c] * w for c, w in zip(value, _VIN_WEIGHTS, strict=True) if w)
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def _normalise_vin(s: str) -> str:
    return re.sub(r"[\s\-]", "", _clean(s)).upper()


def validate_vin(s: str, *, check_digit_required: bool, field: str = "vin") -> str:
    """A 17-character VIN, upper-cased.

    The check digit is mandatory for mainland vehicles (GB 16735) and North American ones;
    grey imports in Taiwan and Hong Kong may lack it, so the caller decides (see
    :func:`vin_warnings` for the soft check).
    """
    value = _normalise_vin(s)
    if not value:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Enter the VIN."), code="required"
        )
    if len(value) != 17:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "A VIN has 17 characters; this one has {length}."),
            code="vin_length",
            length=len(value),
        )
    if not _VIN_RE.fullmatch(value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "A VIN uses only digits and capital letters, never I, O or Q."
            ),
            code="vin_characters",
        )
    if check_digit_required and vin_check_digit(value) != value[8]:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "The VIN check digit (9th character) does not match; please check the VIN.",
            ),
            code="vin_check_digit",
        )
    return value


def vin_warnings(s: str, field: str = "vin") -> list[ValidationWarning]:
    """Soft VIN doubts: a malformed VIN, or a check digit that does not match."""
    value = _normalise_vin(s)
    if not value:
        return []
    if not _VIN_RE.fullmatch(value):
        return [
            ValidationWarning(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", "A VIN has 17 digits and capital letters, never I, O or Q."
                ),
                code="vin_format",
            )
        ]
    expected = vin_check_digit(value)
    if expected != value[8]:
        return [
            ValidationWarning(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The VIN check digit (9th character) is {actual}, expected {expected}. "
                    "Imported vehicles may not use it; please check the VIN.",
                ),
                code="vin_check_digit",
                params={"actual": value[8], "expected": expected},
            )
        ]
    return []


def make_vin(prefix11: str, serial6: str) -> str:
    """Build a VIN with a correct check digit (demo data, tests).

    ``prefix11`` is positions 1–11 (WMI, descriptor, any placeholder at 9, year, plant);
    ``serial6`` is positions 12–17.
    """
    if len(prefix11) != 11 or len(serial6) != 6:
        raise ValueError("expected an 11-character prefix and a 6-character serial")
    draft = (prefix11[:8] + "0" + prefix11[9:] + serial6).upper()
    if not _VIN_RE.fullmatch(draft):
        raise ValueError("VINs use digits and capital letters except I, O and Q")
    return draft[:8] + vin_check_digit(draft) + draft[9:]


# --- Plates ------------------------------------------------------------------------------------

_CN_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_TRADITIONAL_PROVINCES = str.maketrans("滬遼魯蘇贛陝閩貴寧瓊雲晉粵", "沪辽鲁苏赣陕闽贵宁琼云晋粤")
_PLATE_SEPARATORS = str.maketrans(
    {"·": None, "・": None, "•": None, "．": None, "–": "-", "—": "-", "‐": "-", "－": "-"}
)
_PLATE_PATTERNS: dict[Region, tuple[re.Pattern[str], ...]] = {
    Region.CN: (
        # regular 7 characters; the last may be 挂/学/警/港/澳 on special plates
        re.compile(rf"[{_CN_PROVINCES}][A-Z][A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳]"),
        # new-energy 8 characters: small cars letter+5 (D/F first, A–K since 2021), large
        # vehicles 5 digits + D/F
        re.compile(rf"[{_CN_PROVINCES}][A-Z](?:[A-HJK][A-HJ-NP-Z0-9]\d{{4}}|\d{{5}}[A-HJK])"),
    ),
    Region.TW: (
        re.compile(r"[A-Z]{3}-\d{4}"),  # private cars since 2012
        re.compile(r"[A-Z0-9]{2,4}-[A-Z0-9]{2,4}"),  # older formats (AB-1234, 1234-AB, ...)
    ),
    Region.HK: (re.compile(r"[A-Z0-9]{1,8}"),),
}
_PLATE_EXAMPLES = {Region.CN: "粤B12345 / 粤BD12345", Region.TW: "ABC-1234", Region.HK: "AB1234"}


def normalise_plate(s: str) -> str:
    """Stored form of a plate: half-width, upper-case, no spaces or dots.

    Traditional forms of province abbreviations (滬, 粵, ...) become the Simplified ones
    printed on mainland plates, so a Hong Kong or Taiwan user's entry still matches.
    """
    value = unicodedata.normalize("NFKC", s).translate(_PLATE_SEPARATORS)
    value = value.translate(_TRADITIONAL_PROVINCES)
    return re.sub(r"\s", "", value).upper()


def plate_warnings(s: str, region: Region, field: str = "plate") -> list[ValidationWarning]:
    """Warn (never block) when a plate does not look like one of ``region``'s formats.

    Special, diplomatic, military and personalised plates exist in every region, so an
    unusual plate is a doubt for the user, not an error.
    """
    value = normalise_plate(s)
    if not value or any(p.fullmatch(value) for p in _PLATE_PATTERNS[region]):
        return []
    return [
        ValidationWarning(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "This does not look like a usual plate, e.g. {example}. Please check it.",
            ),
            code="plate_format",
            params={"example": _PLATE_EXAMPLES[region]},
        )
    ]


# --- Generic fields ----------------------------------------------------------------------------

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_AMOUNT_LIMIT = Decimal(10) ** 14  # far above any car deal; keeps cents inside a BIGINT
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def validate_required_text(value: str, field: str, max_len: int) -> str:
    """Stripped text that must not be empty or longer than ``max_len`` characters.

    Control characters (other than tab and line breaks) are refused: they come from bad
    pastes, are invisible on screen and break printing and exports.
    """
    text = value.strip()
    if not text:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "This field is required."), code="required"
        )
    if len(text) > max_len:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Use at most {max_len} characters."),
            code="too_long",
            max_len=max_len,
        )
    if _CONTROL_RE.search(text):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The text contains invisible control characters."),
            code="control_characters",
        )
    return text


def validate_email(s: str, field: str = "email") -> str:
    """A plausible e-mail address, or ``""`` when left empty (e-mail is optional).

    Only the shape is checked; the domain part is lower-cased so duplicates are found.
    """
    value = _clean(s)
    if not value:
        return ""
    if len(value) > 254 or not _EMAIL_RE.fullmatch(value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Enter an e-mail address like name@example.com."),
            code="invalid_email",
        )
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def validate_non_negative_amount(amount: Decimal, field: str) -> Decimal:
    """An amount of at least zero with at most two decimals, returned with exactly two.

    More decimals are refused rather than rounded: the user typed them and should see why
    they cannot be stored. Floats raise ``TypeError`` (a programming error, not user input).
    """
    value = to_decimal(amount)
    if value < 0:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."),
            code="negative",
        )
    if value >= _AMOUNT_LIMIT:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "The amount is too large."), code="too_large"
        )
    quantized = value.quantize(CENT)
    if quantized != value:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Use at most two decimal places."),
            code="too_many_decimals",
        )
    return quantized
