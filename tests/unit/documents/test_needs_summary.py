"""The needs summary (需求確認單) as a pure document: text, money, codes, fonts, pages.

Read back with pypdf, whitespace ignored (ReportLab wraps long values onto several lines).
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from showroom_app.documents.common import COMMON_LABELS, DocumentOptions, Letterhead
from showroom_app.documents.labels_sales import SALES_VOCABULARY, sales_term
from showroom_app.documents.needs_summary import (
    NEEDS_LABELS,
    NeedsSummaryData,
    Recommendation,
    render_needs_summary,
)
from showroom_app.domain.enums import Currency

PRINTED_AT = datetime(2026, 11, 29, 14, 5)
LANGS = ["zh_TW", "zh_CN", "en"]
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
    "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
ALWAYS_PRINTED = (
    "title", "customer", "customer_name", "phone", "date", "salesperson", "budget_section",
    "budget", "payment_method", "down_payment", "monthly_target", "usage_section", "usage",
    "main_driver", "passengers", "family_notes", "current_vehicle", "trade_in",
    "powertrain_pref", "home_charging", "priorities", "competitors", "color_prefs",
    "timeline", "decision_maker", "recommend_section", "col_no", "col_trim", "col_reason",
    "confirm", "sign_customer", "sign_salesperson", "sign_date",
)  # fmt: skip
TW = Letterhead(
    name="宏達汽車 大安展示中心", address="臺北市大安區復興南路一段 100 號", region="TW"
)
CN = Letterhead(name="上海宏达汽车销售服务有限公司", tax_id="91350100M000100Y43", region="CN")


def summary(**changes: object) -> NeedsSummaryData:
    data = NeedsSummaryData(
        letterhead=TW,
        customer_name="林志明",
        salutation="mr",
        phone="0955 123 456",
        summary_date=date(2026, 11, 29),
        summary_no="N-2026-0101",
        salesperson="陳美玲",
        currency=Currency.TWD,
        budget_min=Decimal("900000"),
        budget_max=Decimal("1200000.40"),
        payment_method="loan",
        down_payment_pct=Decimal("30.0"),
        monthly_target=Decimal("18000"),
        usage=("commute", "family"),
        main_driver="本人（太太偶爾開）",
        passengers=5,
        family_notes="兩個小孩，需要 ISOFIX",
        current_vehicle="Honda CR-V 2014 · 142,000 km",
        trade_in=True,
        powertrain_pref="HEV",
        home_charging="unknown",
        priorities=("safety", "space", "economy"),
        competitors=("Honda CR-V e:HEV", "Nissan X-Trail e-Power"),
        color_prefs=("珍珠白", "深灰"),
        timeline="within_30_days",
        decision_maker="夫妻共同決定",
        recommendations=(
            Recommendation("RAV4 2.5 Hybrid 旗艦版", "預算內、省油、後座空間大"),
            Recommendation("Corolla Cross Hybrid", "月付較低，符合通勤"),
        ),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def render(
    data: NeedsSummaryData, lang: str = "zh_TW", *, roc: bool = False, paper: str = "A4"
) -> bytes:
    return render_needs_summary(data, DocumentOptions(lang, paper, PRINTED_AT, roc_dates=roc))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(pdf: bytes, lang: str) -> str:
    printed = squash(COMMON_LABELS[lang]["printed"].format(when="2026-11-29 14:05"))
    return squash("".join(pages_text(pdf))).replace(printed, "")


# -- content in each language ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_and_value_prints_in_the_document_language(lang: str):
    data = summary()
    text = body_text(render(data, lang), lang)
    labels = NEEDS_LABELS[lang]
    for key in ALWAYS_PRINTED:
        assert squash(labels[key]) in text, key
    assert squash(labels["reference"].format(no="N-2026-0101")) in text
    assert squash(labels["plate_eligibility"]) not in text  # a Taiwan dealer, nothing set
    salutation = {"zh_TW": "林志明先生", "zh_CN": "林志明先生", "en": "Mr林志明"}[lang]
    named = [
        sales_term(lang, group, code)
        for group, code in [
            ("payment_method", "loan"), ("usage", "commute"), ("usage", "family"),
            ("powertrain_pref", "HEV"), ("home_charging", "unknown"),
            ("timeline", "within_30_days"),
        ]
    ]  # fmt: skip
    values = [
        salutation, data.phone, "2026-11-29", data.salesperson, data.main_driver,
        data.family_notes, data.current_vehicle, labels["yes"], *data.competitors,
        *data.color_prefs, data.decision_maker, "NT$900,000–NT$1,200,000", "30%", "NT$18,000",
        labels["passengers_n"].format(n=5), *named,
    ]  # fmt: skip
    for value in values:
        assert squash(value) in text, value
    ranked = [f"{n}.{sales_term(lang, 'priority', c)}" for n, c in enumerate(data.priorities, 1)]
    assert all(squash(r) in text for r in ranked)
    assert (
        text.index(squash(ranked[0]))
        < text.index(squash(ranked[1]))
        < text.index(squash(ranked[2]))
    )
    for n, rec in enumerate(data.recommendations, start=1):
        assert f"{n}{squash(rec.trim)}{squash(rec.reason)}" in text
    assert "宏達汽車大安展示中心" in text


def test_every_code_has_a_name_in_every_language():
    for group, codes in SALES_VOCABULARY.items():
        for code, names in codes.items():
            assert len(names) == 3 and all(names), (group, code)
            assert sales_term("zh_CN", group, code) == names[1]


def test_free_text_and_unknown_codes_print_as_given():
    data = summary(payment_method="公司租賃", timeline="下個月底前", usage=("露營",))
    text = body_text(render(data), "zh_TW")
    for value in ("公司租賃", "下個月底前", "露營"):
        assert value in text


def test_plate_eligibility_prints_for_a_mainland_dealer():
    data = summary(letterhead=CN, currency=Currency.CNY, plate_eligibility="lottery")
    text = body_text(render(data, "zh_CN"), "zh_CN")
    assert squash(NEEDS_LABELS["zh_CN"]["plate_eligibility"]) in text
    assert "摇号中" in text
    # yuan keep their cents (TWD does not)
    assert "¥900,000.00–¥1,200,000.40" in text and "¥18,000.00" in text
    # and the blank field is there for a CN dealer even when not yet asked
    blank = body_text(render(replace(data, plate_eligibility=""), "zh_CN"), "zh_CN")
    assert squash(NEEDS_LABELS["zh_CN"]["plate_eligibility"]) in blank


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (Decimal("800000"), None, "NT$800,000以上"),
        (None, Decimal("1000000"), "NT$1,000,000以內"),
        (Decimal("1000000"), Decimal("1000000"), "NT$1,000,000"),
    ],
)
def test_an_open_or_single_budget(low, high, expected):
    text = body_text(render(summary(budget_min=low, budget_max=high)), "zh_TW")
    assert f"預算{expected}付款方式" in text


def test_an_empty_profile_prints_a_form_to_fill_in():
    data = NeedsSummaryData(letterhead=TW, customer_name="王", salutation="ms")
    text = body_text(render(data, "en"), "en")
    assert "Ms王" in text
    assert squash(NEEDS_LABELS["en"]["no_recommendation"]) in text
    assert squash(NEEDS_LABELS["en"]["sign_customer"]) in text


# -- dates ----------------------------------------------------------------------------------------


def test_roc_date_on_request_in_traditional_chinese():
    text = body_text(render(summary(), "zh_TW", roc=True), "zh_TW")
    assert "民國115年11月29日" in text and "2026-11-29" not in text


@pytest.mark.parametrize(("lang", "roc"), [("zh_TW", False), ("zh_CN", True), ("en", True)])
def test_gregorian_dates_otherwise(lang: str, roc: bool):
    text = body_text(render(summary(), lang, roc=roc), lang)
    assert "2026-11-29" in text and "民國" not in text


# -- fonts and pages ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded_and_none_is_a_standard_font(lang: str):
    pdf = render(summary(family_notes="家" * 3000), lang)
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
def test_3000_character_notes_print_whole_with_page_x_of_y(lang: str, page_label: str):
    alphabet = "甲乙丙丁戊己庚辛壬癸"
    notes = (alphabet * 300)[:3000]
    latin = "q" * 3000  # one unbroken "word" in a narrow cell
    data = summary(family_notes=notes, recommendations=(Recommendation("RAV4", latin),) * 2)
    texts = pages_text(render(data, lang))
    total = len(texts)
    assert total >= 2
    for n, text in enumerate(texts, start=1):
        assert page_label.format(n=n, total=total) in squash(text)
    extracted = "".join(texts)
    assert "".join(ch for ch in extracted if ch in alphabet) == notes
    assert "".join(ch for ch in extracted if ch == "q") == latin * 2


def test_a_normal_summary_fits_one_page_in_every_language():
    for lang in LANGS:
        assert len(pages_text(render(summary(), lang))) == 1, lang


def test_rendering_twice_gives_the_same_bytes_and_text():
    data = summary(family_notes="Lee <Ann> & Co " * 100)
    first, second = render(data, roc=True), render(data, roc=True)
    assert first == second
    assert pages_text(first) == pages_text(second)


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
    data = summary(
        customer_name=text,
        salutation="none",
        family_notes=text,
        competitors=(text,),
        decision_maker=text,
        recommendations=(Recommendation(text, text),),
    )
    pdf = render(data)
    extracted = "".join(pages_text(pdf))
    assert squash(extracted).count(squash(text)) >= 6
    assert b"/XObject" not in pdf and b"/Subtype /Image" not in pdf
