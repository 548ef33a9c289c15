"""The vehicle purchase contract (DOMAIN.md §6.3, §6.5) as a pure document: the deal's
fields, amounts in figures and capital numerals, the deposit's legal meaning, the clauses
exactly as the template gives them, ROC dates when the template asks, the TW review period,
page x / y and initials on every page, reprints identical; and the default templates."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from deal_pdf import (  # noqa: F401  (floats_trapped is a fixture)
    A4,
    LANGS,
    LETTER,
    assert_fonts_embedded,
    body_text,
    floats_trapped,
    options,
    page_sizes,
    pages_text,
    squash,
)
from deal_samples import contract

from showroom_app.documents.contract import (
    ContractClause,
    ContractTemplate,
    contract_title,
    fill_clause,
    labels,
    render_contract,
)
from showroom_app.documents.contract_templates import (
    default_contract_template,
    default_contract_templates,
)
from showroom_app.documents.labels_contract import chinese_number
from showroom_app.documents.labels_deal import DEPOSIT_MEANING, resolve

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}


def render(region: str, lang: str, **kw: object) -> bytes:
    return render_contract(contract(region, lang), options(lang, **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_number_parties_vehicle_and_labels_print(lang: str):
    data = contract(REGION[lang], lang)
    text = body_text(render_contract(data, options(lang)), lang)
    t = labels(options(lang))
    for key in (
        "contract_no",
        "seller",
        "buyer",
        "vehicle",
        "price",
        "payment",
        "delivery",
        "clauses",
        "sign_seller",
        "sign_buyer",
        "total",
    ):
        assert squash(t[key]) in text, key
    assert data.contract_no in text
    for value in (
        data.buyer.name,
        data.buyer.id_number,
        data.letterhead.name,
        data.seller_representative,
        data.vehicle.model,
        data.vehicle.engine_no,
    ):
        assert squash(value) in text, value
    assert squash(contract_title(data.template, options(lang))) in text


def test_the_buyer_id_prints_as_given_masked_or_full():
    data = contract("CN")
    masked = replace(data, buyer=replace(data.buyer, id_number="110105********002X"))
    assert "110105********002X" in body_text(render_contract(masked, options("zh_CN")), "zh_CN")
    assert "11010519491231002X" in body_text(render_contract(data, options("zh_CN")), "zh_CN")


def test_amounts_in_figures_and_capital_numerals_tw():
    text = body_text(render("TW", "zh_TW"), "zh_TW")
    assert "NT$1,047,500" in text and "新臺幣壹佰零肆萬柒仟伍佰元整" in text  # total
    assert "NT$50,000" in text and "新臺幣伍萬元整" in text  # deposit
    assert "NT$297,500" in text and "新臺幣貳拾玖萬柒仟伍佰元整" in text  # down payment
    assert "NT$700,000" in text and "新臺幣柒拾萬元整" in text  # loan


def test_amounts_in_capital_numerals_cn_and_the_earnest_money_meaning():
    text = body_text(render("CN", "zh_CN"), "zh_CN")
    assert "¥192,400.00" in text and "人民币壹拾玖万贰仟肆佰元整" in text
    assert "¥20,000.00" in text and "人民币贰万元整" in text
    assert squash(DEPOSIT_MEANING[("CN", "earnest")][1]) in text
    assert "双倍返还" in text


def test_an_english_contract_for_a_tw_buyer_keeps_the_capital_numerals():
    text = body_text(render_contract(contract("TW", "en"), options("en")), "en")
    assert "NT$1,047,500" in text and "新臺幣壹佰零肆萬柒仟伍佰元整" in text


def test_an_hk_english_agreement_has_no_capital_numerals():
    text = body_text(render("HK", "en"), "en")
    assert "HK$843,300.00" in text
    assert "元整" not in text


def test_clauses_print_in_order_with_numbers_headings_and_values_filled_in():
    data = contract("TW")
    text = body_text(render_contract(data, options("zh_TW")), "zh_TW")
    positions = []
    for n, clause in enumerate(data.template.clauses, start=1):
        heading = f"第{chinese_number(n)}條{squash(clause.heading)}"
        assert heading in text, heading
        positions.append(text.index(heading))
    assert positions == sorted(positions)
    # {delivery_date}, {delivery_place}, {max_odometer_km} filled from the deal (ROC dates)
    assert "賣方應於民國115年12月20日前於宏達汽車大安展示中心交車，交車時里程數不超過50公里" in text


def test_the_template_name_and_version_print_in_small_type():
    data = contract("CN")
    text = body_text(render_contract(data, options("zh_CN")), "zh_CN")
    assert squash(data.template.name) in text and data.template.version in text


def test_the_callers_own_clauses_replace_the_defaults():
    own = ContractTemplate(
        "自訂範本",
        "v7",
        "TW",
        "zh_TW",
        (
            ContractClause("標的", "本車為 {buyer} 所購。"),
            ContractClause("其他", "A<B & {unknown}"),
        ),
    )
    text = body_text(render_contract(replace(contract("TW"), template=own), options("zh_TW")))
    assert "第一條標的本車為林志明所購。" in text
    assert "第二條其他A<B&{unknown}" in text
    assert "契約審閱期" not in text  # this template asks for no review statement
    assert "契約範本：自訂範本版本v7" in text


def test_roc_dates_when_the_template_asks():
    text = body_text(render("TW", "zh_TW"), "zh_TW")
    assert "民國115年11月29日" in text and "民國115年12月15日" in text
    assert "2026-11-29" not in text


def test_gregorian_dates_when_the_template_does_not_ask_or_the_language_is_not_zh_tw():
    text = body_text(render("CN", "zh_CN"), "zh_CN")
    assert "2026-11-29" in text and "民國" not in text
    tw_en = body_text(render_contract(contract("TW", "en"), options("en")), "en")
    assert "2026-11-29" in tw_en and "民國" not in tw_en


def test_the_tw_review_period_statement_gives_both_dates_and_the_days():
    text = body_text(render("TW", "zh_TW"), "zh_TW")
    t = labels(options("zh_TW"))
    assert squash(t["review"]) in text
    assert "交付買方審閱日民國115年11月25日" in text
    assert "審閱日數4日" in text
    assert squash(t["note_review"].format(days=3)) in text


def test_without_a_review_date_the_statement_leaves_room_to_write_it():
    data = replace(contract("TW"), review_given_date=None)
    text = body_text(render_contract(data, options("zh_TW")), "zh_TW")
    assert "交付買方審閱日簽約日民國115年11月29日" in text  # the date cell is left blank


@pytest.mark.parametrize(
    ("lang", "page_label"),
    [("zh_TW", "第{n}/{total}頁"), ("zh_CN", "第{n}/{total}页"), ("en", "Page{n}/{total}")],
)
def test_page_x_of_y_and_initials_on_every_page_of_a_long_contract(lang: str, page_label: str):
    texts = [squash(t) for t in pages_text(render(REGION[lang], lang))]
    total = len(texts)
    assert total >= 2
    t = labels(options(lang))
    for n, text in enumerate(texts, start=1):
        assert page_label.format(n=n, total=total) in text
        colon = ":" if lang == "en" else "："
        assert f"{t['initials_buyer']}{colon}" in text and squash(t["initials"]) in text


def test_a_one_page_contract_has_no_initials_line():
    # a contract is never that short in practice: ask the page furniture directly
    from reportlab.pdfgen.canvas import Canvas

    from showroom_app.documents.common import make_styles
    from showroom_app.documents.contract import _ContractFurniture

    class Recording(Canvas):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(io.BytesIO())
            self.right: list[str] = []

        def drawRightString(
            self, x: float, y: float, text: str, *args: object, **kw: object
        ) -> None:
            self.right.append(text)
            super().drawRightString(x, y, text, *args, **kw)

    data = contract("HK")
    furniture = _ContractFurniture(data.letterhead, options("en"), make_styles(), "T", "R")
    furniture.initials = "Initials   Buyer: ___"
    single, several = Recording(), Recording()
    furniture.draw(single, 1, 1)
    furniture.draw(several, 1, 2)
    assert "Page 1 / 1" in single.right and furniture.initials not in single.right
    assert "Page 1 / 2" in several.right and furniture.initials in several.right


def test_an_unallocated_car_says_the_vin_comes_later():
    text = body_text(render("CN", "zh_CN"), "zh_CN")
    assert "车架号（VIN）配车后填写" in text


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[int, int]):
    assert page_sizes(render("TW", "zh_TW", paper=paper)) == {size}


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    assert_fonts_embedded(render(REGION[lang], lang))


def test_bilingual_labels_and_title():
    text = body_text(render("TW", "zh_TW", bilingual=True))
    for pair in (
        "汽車買賣契約書Vehiclepurchasecontract",
        "出賣人（甲方）Seller",
        "契約總價Totalcontractprice",
        "本頁簽章Initials",
        "契約條款Termsandconditions",
    ):
        assert pair in text, pair


def test_reprints_are_identical():
    data = contract("TW")
    assert render_contract(data, options("zh_TW")) == render_contract(data, options("zh_TW"))


def test_fill_clause_fills_known_names_blanks_missing_ones_and_keeps_the_rest():
    values = {"delivery_place": "展示中心", "max_odometer_km": ""}
    text = "於{delivery_place}交車，里程{max_odometer_km}公里，{other}"
    assert fill_clause(text, values) == "於展示中心交車，里程＿＿＿＿＿公里，{other}"


@pytest.mark.parametrize(
    ("n", "word"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九")]
)
def test_clause_numbers_in_chinese(n: int, word: str):
    assert chinese_number(n) == word


# -- the default templates (DOMAIN.md §6.3) --------------------------------------------------


def test_there_is_a_default_for_every_region_and_language():
    templates = default_contract_templates()
    assert set(templates) == {(r, lang) for r in ("CN", "TW", "HK") for lang in LANGS}
    for (region, lang), tpl in templates.items():
        assert tpl.region == region and tpl.language == lang
        assert tpl.name and tpl.title and tpl.version.startswith(region)
        assert all(c.heading and c.text for c in tpl.clauses)
    # the same clauses in each language
    for region in ("CN", "TW", "HK"):
        counts = {len(templates[(region, lang)].clauses) for lang in LANGS}
        assert len(counts) == 1, region


def test_the_cn_template_follows_the_model_contract_structure():
    headings = [c.heading for c in default_contract_template("CN", "zh_CN").clauses]
    expected = [
        "汽车名称、数量及价款",
        "质量",
        "定金",
        "付款方式",
        "交付",
        "验收",
        "售后服务及三包",
        "违约责任",
        "不可抗力",
        "争议解决",
    ]
    assert headings[: len(expected)] == expected
    text = " ".join(c.text for c in default_contract_template("CN", "zh_CN").clauses)
    for word in (
        "百分之二十",
        "双倍返还",
        "公司账户",
        "{max_odometer_km}",
        "三包凭证",
        "不得同时适用",
        "十日内",
    ):
        assert word in text, word


def test_the_tw_template_has_the_review_period_and_the_lemon_clause():
    tpl = default_contract_template("TW", "zh_TW")
    assert tpl.review_days == 3 and tpl.roc_dates
    text = " ".join(c.text for c in tpl.clauses)
    for word in (
        "至少三日",
        "百分之十",
        "一百八十日",
        "一萬二千公里",
        "修理二次",
        "四次",
        "三十日",
        "加倍返還",
        "個人資料保護法",
        "廣告",
    ):
        assert word in text, word


def test_the_hk_agreement_mentions_frt_deposit_and_privacy():
    text = " ".join(c.text for c in default_contract_template("HK", "en").clauses)
    for word in ("First Registration Tax", "deposit", "Personal Data (Privacy) Ordinance"):
        assert word in text


def test_an_unknown_language_falls_back_to_english():
    assert default_contract_template("TW", "fr") == default_contract_template("TW", "en")


def test_clause_placeholders_are_all_known_names():
    known = {"max_odometer_km", "delivery_date", "delivery_place", "seller", "buyer"}
    import re

    for tpl in default_contract_templates().values():
        for clause in tpl.clauses:
            assert set(re.findall(r"\{([a-z_]+)\}", clause.text)) <= known


def test_the_templates_say_they_need_legal_review():
    import showroom_app.documents.contract_templates as module

    assert "not legal advice" in (module.__doc__ or "")
    assert "reviewed" in (module.__doc__ or "")


def test_deposit_meaning_lines_exist_for_every_region_in_every_language():
    for region in ("CN", "TW", "HK"):
        for kind in ("earnest", "deposit"):
            for lang in LANGS:
                assert resolve({"x": DEPOSIT_MEANING[(region, kind)]}, lang)["x"]


def test_a_review_given_after_signing_prints_its_negative_days_rather_than_hiding_it():
    data = replace(contract("TW"), review_given_date=date(2026, 11, 30))
    assert "審閱日數-1日" in body_text(render_contract(data, options("zh_TW")), "zh_TW")
