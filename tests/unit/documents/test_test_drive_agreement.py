"""The test-drive agreement (試乘試駕協議書) as a pure document: text, clauses, fonts, pages.

Read back with pypdf, whitespace ignored (ReportLab wraps long values onto several lines).
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from showroom_app.documents.common import COMMON_LABELS, DocumentOptions, Letterhead
from showroom_app.documents.labels_sales import DEFAULT_CLAUSES
from showroom_app.documents.test_drive_agreement import (
    TEST_DRIVE_LABELS,
    AgreementClauses,
    TestDriveAgreementData,
    default_clauses,
    render_test_drive_agreement,
)

PRINTED_AT = datetime(2026, 11, 29, 14, 5)
LANGS = ["zh_TW", "zh_CN", "en"]
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
    "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
ALWAYS_PRINTED = (
    "title", "agreement_no", "date", "driver", "driver_name", "id_number", "phone",
    "licence_no", "licence_class", "licence_expiry", "licence_first_issue", "licence_copy",
    "vehicle", "model", "plate", "vin_last6", "insurance", "route", "time_window", "staff",
    "terms", "declarations", "liability", "termination", "data_consent", "confirm",
    "sign_driver", "sign_staff", "sign_date", "sign_time",
)  # fmt: skip


def agreement(**changes: object) -> TestDriveAgreementData:
    data = TestDriveAgreementData(
        letterhead=Letterhead(
            name="宏達汽車 大安展示中心",
            address="臺北市大安區復興南路一段 100 號",
            phone="02 2700 1234",
            tax_id="04595257",
            region="TW",
        ),
        agreement_no="TD-2026-0042",
        agreement_date=date(2026, 11, 29),
        driver_name="林志明",
        driver_id_number="A123456789",
        driver_phone="0955 123 456",
        licence_no="A123456789",
        licence_class="普通小型車",
        licence_expiry=date(2031, 3, 14),
        licence_first_issue=date(2005, 3, 14),
        licence_copy_attached=True,
        vehicle_model="RAV4 2.5 Hybrid 旗艦版",
        plate="RAV-4321",
        temporary_plate=True,
        vin_last6="042788",
        route="復興南路 → 市民大道高架 → 返回展示中心",
        start=datetime(2026, 11, 29, 14, 0),
        end=datetime(2026, 11, 29, 14, 45),
        accompanying_staff="陳美玲",
        insurance_coverage="強制險、第三人責任險每一事故 NT$3,000,000",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def render(
    data: TestDriveAgreementData, lang: str = "zh_TW", *, roc: bool = False, paper: str = "A4"
) -> bytes:
    return render_test_drive_agreement(
        data, DocumentOptions(lang, paper, PRINTED_AT, roc_dates=roc)
    )


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(pdf: bytes, lang: str) -> str:
    """All pages without the footer's print date (which is always ISO)."""
    printed = squash(COMMON_LABELS[lang]["printed"].format(when="2026-11-29 14:05"))
    return squash("".join(pages_text(pdf))).replace(printed, "")


# -- content in each language ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_value_and_default_clause_prints_in_the_document_language(lang: str):
    data = agreement()
    text = body_text(render(data, lang), lang)
    labels = TEST_DRIVE_LABELS[lang]
    for key in ALWAYS_PRINTED:
        assert squash(labels[key]) in text, key
    assert squash(labels["reference"].format(no="TD-2026-0042")) in text
    assert squash(labels["copy_attached"]) in text
    assert squash("RAV-4321" + labels["temporary_plate"]) in text
    values = [
        data.agreement_no, data.driver_name, data.driver_id_number, data.driver_phone,
        data.licence_no, data.licence_class, data.vehicle_model, data.vin_last6, data.route,
        data.accompanying_staff, data.insurance_coverage, "2026-11-29", "2031-03-14",
        "2005-03-14", "2026-11-2914:00–14:45",
    ]  # fmt: skip
    for value in values:
        assert squash(value) in text, value
    # every default clause, numbered 1…n in order, its group's caption on the first
    expected = [
        (labels[key] if i == 0 else "") + clause
        for key, texts in default_clauses(lang).groups()
        for i, clause in enumerate(texts)
    ]
    positions = []
    for n, clause in enumerate(expected, start=1):
        assert f"{n}.{squash(clause)}" in text, n
        positions.append(text.index(squash(clause)))
    assert positions == sorted(positions)
    # AND the letterhead
    assert "宏達汽車大安展示中心" in text and "04595257" in text


def test_a_licence_copy_not_yet_attached_says_so():
    text = body_text(render(agreement(licence_copy_attached=False), "en"), "en")
    assert "Notattached" in text


def test_the_dealerships_own_clauses_replace_the_defaults():
    own = AgreementClauses(
        declarations=("本人持有有效駕照。",),
        liability=("違規罰鍰由試駕人負擔。",),
        termination=("本公司得隨時終止試駕。",),
        data_consent=("同意保存駕照影本。",),
    )
    text = body_text(render(agreement(clauses=own)), "zh_TW")
    assert "1.試駕人聲明本人持有有效駕照。" in text
    assert "2.責任歸屬違規罰鍰由試駕人負擔。" in text
    assert "3.終止試駕本公司得隨時終止試駕。" in text
    assert "4.個人資料蒐集同意同意保存駕照影本。" in text
    assert squash(DEFAULT_CLAUSES["zh_TW"]["declarations"][1]) not in text


def test_an_agreement_without_clauses_still_prints_its_signature_blocks():
    text = body_text(render(agreement(clauses=AgreementClauses()), "en"), "en")
    assert "Driver'ssignature" in text and "Accompanyingstaffsignature" in text


# -- DOMAIN.md §4.5: what the default clauses must say, in each language ----------------------

#: topic -> language -> any of these words shows the topic is covered
REQUIRED_TOPICS: list[tuple[str, dict[str, tuple[str, ...]]]] = [
    ("licence valid", {"zh_TW": ("有效之駕駛執照",), "zh_CN": ("有效的机动车驾驶证",),
                       "en": ("valid driving licence",)}),
    ("no alcohol", {"zh_TW": ("飲酒",), "zh_CN": ("饮酒",), "en": ("alcohol",)}),
    ("no drugs", {"zh_TW": ("毒品",), "zh_CN": ("毒品",), "en": ("drugs",)}),
    ("no medication", {"zh_TW": ("藥物",), "zh_CN": ("药物",), "en": ("medication",)}),
    ("good health", {"zh_TW": ("身體",), "zh_CN": ("身体",), "en": ("good health",)}),
    ("obeys traffic law", {"zh_TW": ("交通法規",), "zh_CN": ("交通安全法规",),
                           "en": ("traffic law",)}),
    ("follows staff", {"zh_TW": ("陪同人員之指示",), "zh_CN": ("陪同人员的指示",),
                       "en": ("instructions of the accompanying staff",)}),
    ("agreed route", {"zh_TW": ("試駕路線",), "zh_CN": ("试驾路线",), "en": ("agreed route",)}),
    ("no racing", {"zh_TW": ("飆車",), "zh_CN": ("飙车",), "en": ("race",)}),
    ("no speeding", {"zh_TW": ("超速",), "zh_CN": ("超速",), "en": ("speed",)}),
    ("stops when asked", {"zh_TW": ("要求停車",), "zh_CN": ("要求停车",),
                          "en": ("stop at a safe place at once",)}),
    ("fines", {"zh_TW": ("罰鍰",), "zh_CN": ("罚款",), "en": ("Fines",)}),
    ("penalty points", {"zh_TW": ("記點",), "zh_CN": ("记分",), "en": ("penalty points",)}),
    ("intent or gross negligence", {"zh_TW": ("故意或重大過失",), "zh_CN": ("故意或重大过失",),
                                    "en": ("intent or gross negligence",)}),
    ("uninsured loss borne by driver", {"zh_TW": ("保險未理賠",), "zh_CN": ("保险未赔付",),
                                        "en": ("insurance does not cover",)}),
    ("dealer insurance stated", {"zh_TW": ("車輛保險範圍",), "zh_CN": ("车辆保险范围",),
                                 "en": ("Vehicle insurance cover",)}),
    ("dealer may end the drive", {"zh_TW": ("隨時終止試駕",), "zh_CN": ("随时终止试驾",),
                                  "en": ("end the test drive at any time",)}),
    ("licence copy stored with consent", {"zh_TW": ("同意", "駕照", "影本"),
                                          "zh_CN": ("同意", "驾驶证", "复印件"),
                                          "en": ("consent", "copy of my driving licence")}),
]  # fmt: skip
_TOPIC_GROUP = {
    "dealer may end the drive": "termination",
    "licence copy stored with consent": "data_consent",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("topic", "words"), REQUIRED_TOPICS, ids=[t for t, _ in REQUIRED_TOPICS])
def test_default_clauses_cover_the_required_content(
    lang: str, topic: str, words: dict[str, tuple[str, ...]]
):
    clauses = default_clauses(lang)
    if topic in _TOPIC_GROUP:  # must be said in its own group
        text = " ".join(getattr(clauses, _TOPIC_GROUP[topic]))
    else:
        text = " ".join(c for _, group in clauses.groups() for c in group)
    for word in words[lang]:
        assert word in text, (topic, word)


def test_unknown_language_clauses_fall_back_to_english():
    assert default_clauses("fr") == default_clauses("en")


# -- dates: ROC on request for zh_TW --------------------------------------------------------------


def test_roc_dates_on_request_in_traditional_chinese():
    text = body_text(render(agreement(), "zh_TW", roc=True), "zh_TW")
    for roc in ("民國115年11月29日", "民國120年3月14日", "民國94年3月14日"):
        assert roc in text
    assert "民國115年11月29日14:00–14:45" in text
    for iso in ("2026-11-29", "2031-03-14", "2005-03-14"):
        assert iso not in text


@pytest.mark.parametrize(("lang", "roc"), [("zh_TW", False), ("zh_CN", True), ("en", True)])
def test_gregorian_dates_otherwise(lang: str, roc: bool):
    text = body_text(render(agreement(), lang, roc=roc), lang)
    assert "民國" not in text
    for iso in ("2026-11-29", "2031-03-14", "2005-03-14"):
        assert iso in text


def test_roc_is_off_by_default():
    assert DocumentOptions("zh_TW", "A4", PRINTED_AT).roc_dates is False


def test_a_drive_over_midnight_repeats_the_date():
    data = agreement(start=datetime(2026, 11, 29, 23, 30), end=datetime(2026, 11, 30, 0, 15))
    assert "2026-11-2923:30–2026-11-3000:15" in body_text(render(data, "en"), "en")


# -- fonts and pages ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded_and_none_is_a_standard_font(lang: str):
    pdf = render(agreement(route="長" * 3000), lang)
    assert b"Helvetica" not in pdf
    seen = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), base
            seen += 1
    assert seen


@pytest.mark.parametrize(
    ("lang", "page_label"),
    [("zh_TW", "第{n}/{total}頁"), ("zh_CN", "第{n}/{total}页"), ("en", "Page{n}/{total}")],
)
def test_a_3000_character_route_prints_whole_with_page_x_of_y(lang: str, page_label: str):
    alphabet = "甲乙丙丁戊己庚辛壬癸"
    route = (alphabet * 300)[:3000]
    texts = pages_text(render(agreement(route=route), lang))
    total = len(texts)
    assert total >= 2
    for n, text in enumerate(texts, start=1):
        assert page_label.format(n=n, total=total) in squash(text)
        assert "宏達汽車大安展示中心" in squash(text)
    extracted = "".join(texts)
    assert "".join(ch for ch in extracted if ch in alphabet) == route
    # the signatures still come after the whole route
    flat = squash(extracted)
    assert flat.index(squash(TEST_DRIVE_LABELS[lang]["sign_driver"])) > flat.rindex("癸")


def test_a_normal_agreement_fits_one_a4_page_in_every_language():
    for lang in LANGS:
        texts = pages_text(render(agreement(), lang))
        assert len(texts) == 1, lang
        assert COMMON_LABELS[lang]["page"].format(page=1, total=1).replace(" ", "") in squash(
            texts[0]
        )


def test_rendering_twice_gives_the_same_bytes_and_text():
    data = agreement(route="Lee <Ann> & Co " * 100)
    first, second = render(data, roc=True), render(data, roc=True)
    assert first == second
    assert pages_text(first) == pages_text(second)


def test_letter_paper():
    box = PdfReader(io.BytesIO(render(agreement(), "en", paper="Letter"))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


# -- user text is data ----------------------------------------------------------------------------

HOSTILE = [
    "Lee <Ann> & Co",
    '<img src="/etc/passwd"/>',
    "A<B",
    "say \"hello\" & 'bye'",
    "</para><para>",
    "&amp; &lt; &#60;",
    "車 🚗 car",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_print_exactly_as_typed(text: str):
    data = agreement(
        driver_name=text,
        route=text,
        insurance_coverage=text,
        accompanying_staff=text,
        clauses=AgreementClauses(declarations=(text,), liability=(text,)),
        letterhead=Letterhead(name=text, address=text),
    )
    pdf = render(data)
    extracted = "".join(pages_text(pdf))
    assert squash(extracted).count(squash(text)) >= 6
    assert b"/XObject" not in pdf and b"/Subtype /Image" not in pdf
