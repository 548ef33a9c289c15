"""The quotation (報價單, DOMAIN.md §6.1) as a pure document: every line, its currency, the
on-the-road total in figures and capital numerals, the finance box, paper, fonts, bilingual
labels, identical reprints."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

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
from deal_samples import quotation, quotation_heavy

from showroom_app.documents.deal_common import PriceLine
from showroom_app.documents.quotation import labels, render_quotation

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_line_prints_with_its_amount_and_currency(lang: str):
    data = quotation(REGION[lang])
    text = body_text(render_quotation(data, options(lang)), lang)
    t = labels(options(lang))
    for key in ("title", "quote_no", "valid_until", "customer_vehicle", "prices", "msrp"):
        assert squash(t[key]) in text, key
    assert squash(t["reference"].format(no=data.quote_no)) in text
    lines = (
        data.accessories + data.taxes_fees + data.insurance + data.service_fees
    )  # printed as they are
    for line in lines:
        assert squash(line.name) in text, line.name
    # the money, with its currency symbol; credits as deductions
    sym = {"TW": "NT$", "CN": "¥", "HK": "HK$"}[REGION[lang]]
    assert f"{sym}" in text
    if lang == "zh_TW":
        for amount in ("NT$1,350,000", "-NT$50,000", "NT$1,300,000", "NT$5,661", "NT$3,131",
                       "-NT$280,000", "NT$1,101,330"):  # fmt: skip
            assert amount in text, amount
        assert "新臺幣壹佰壹拾萬壹仟參佰參拾元整" in text
        assert squash("使用牌照稅（依日數）11,230×184/365") in text  # the detail beside it
    if lang == "zh_CN":
        assert "¥196,703.14" in text and "-¥15,000.00" in text
        assert "人民币壹拾玖万陆仟柒佰零叁元壹角肆分" in text
    if lang == "en":
        assert "HK$867,634.00" in text and "-HK$30,000.00" in text
        assert "HK$867,634.00" in text


def test_service_fees_are_flagged_optional_and_say_so_in_a_note():
    text = body_text(render_quotation(quotation("CN"), options("zh_CN")), "zh_CN")
    assert "上牌服务费（可选）¥800.00" in text
    assert squash(labels(options("zh_CN"))["note_optional"]) in text


def test_the_finance_box_shows_down_payment_term_monthly_rate_and_apr():
    text = body_text(render_quotation(quotation("HK"), options("en")), "en")
    for value in ("HK$267,634.00", "60months", "HK$11,250.00", "2.50%(Flatrate)", "4.74%",
                  "HK$942,634.00", "Harbour"):  # fmt: skip
        assert value in text, value


def test_a_cash_quote_has_no_finance_box():
    data = replace(quotation("TW"), finance=None)
    text = body_text(render_quotation(data, options("zh_TW")), "zh_TW")
    assert squash(labels(options("zh_TW"))["finance"]) not in text


def test_footnotes_name_the_rules_date_and_validity():
    text = body_text(render_quotation(quotation("TW"), options("zh_TW", roc=True)), "zh_TW")
    assert "本報價有效至民國115年12月6日。" in text
    assert "稅費依民國115年7月1日有效之規定計算。" in text


def test_a_quote_with_many_lines_continues_with_the_heading_repeated():
    many = tuple(PriceLine(f"精品 {n}", Decimal("1000")) for n in range(80))
    pdf = render_quotation(replace(quotation("TW"), accessories=many), options("zh_TW"))
    texts = [squash(t) for t in pages_text(pdf)]
    assert len(texts) >= 2
    assert all("報價明細" in page for page in texts[:2])
    assert "精品79" in "".join(texts)


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[int, int]):
    assert page_sizes(render_quotation(quotation("TW"), options("zh_TW", paper))) == {size}


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    assert_fonts_embedded(render_quotation(quotation(REGION[lang]), options(lang)))


def test_bilingual_labels_pair_chinese_and_english():
    text = body_text(render_quotation(quotation("TW"), options("zh_TW", bilingual=True)))
    for pair in ("報價單Quotation", "落地價總計On-the-roadtotal", "報價單編號Quotationno.",
                 "實際年利率（APR）APR(trueannualrate)", "第1/1頁Page1/1"):  # fmt: skip
        assert pair in text, pair
    # sentences get their English on a line of their own
    assert squash("保險費為預估金額，以保險公司核保報價為準。Insurance is an estimate") in text


def test_reprints_are_identical():
    data = quotation("TW")
    assert render_quotation(data, options("zh_TW")) == render_quotation(data, options("zh_TW"))


def test_user_text_is_printed_as_typed():
    hostile = "Lee <Ann> & Co <img src='/etc/passwd'/>"
    data = replace(
        quotation("TW"),
        customer_name=hostile,
        accessories=(PriceLine(hostile, Decimal("1"), detail=hostile),),
        notes=(hostile,),
    )
    pdf = render_quotation(data, options("en"))
    assert squash(body_text(pdf, "en")).count(squash(hostile)) >= 4
    assert b"/Subtype /Image" not in pdf


VARIANTS = [("zh_TW", False), ("zh_CN", False), ("en", False), ("zh_TW", True), ("zh_CN", True)]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize(("lang", "bilingual"), VARIANTS)
@pytest.mark.parametrize("region", ["TW", "CN", "HK"])
def test_a_typical_quote_is_one_sheet(region: str, lang: str, bilingual: bool, paper: str):
    """The salesperson hands over one sheet: prices, finance box, notes and signatures."""
    pdf = render_quotation(quotation(region), options(lang, paper, bilingual=bilingual))
    texts = pages_text(pdf)
    assert len(texts) == 1
    t = labels(options(lang, bilingual=bilingual))
    assert squash(t["sign_customer"]) in squash(texts[0])


def _last_page_holds_prices_notes_and_signatures(pdf: bytes, lang: str, bilingual: bool) -> int:
    data = quotation_heavy("CN")
    t = labels(options(lang, bilingual=bilingual))
    texts = [squash(text) for text in pages_text(pdf)]
    last = texts[-1]
    for key in ("sign_salesperson", "sign_customer", "total"):
        assert squash(t[key]) in last, key
    assert squash(t["note_validity"].split("{")[0]) in last
    lines = data.accessories + data.taxes_fees + data.insurance + data.service_fees
    lines += data.trade_in + data.subsidies
    assert any(squash(line.name) in last for line in lines)  # a priced line, not only a total
    return len(texts)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize(("lang", "bilingual"), VARIANTS)
def test_a_long_quote_ends_with_price_lines_above_notes_and_signatures(
    lang: str, bilingual: bool, paper: str
):
    data = quotation_heavy("CN")
    assert len(data.accessories) == 6 and len(data.insurance) == 3
    pdf = render_quotation(data, options(lang, paper, bilingual=bilingual))
    _last_page_holds_prices_notes_and_signatures(pdf, lang, bilingual)


def test_the_heavy_sample_runs_over_on_letter_and_still_ends_with_price_lines():
    pdf = render_quotation(quotation_heavy("CN"), options("zh_CN", "Letter"))
    assert _last_page_holds_prices_notes_and_signatures(pdf, "zh_CN", False) == 2
    first, last = (squash(text) for text in pages_text(pdf))
    assert "报价明细" in first and "报价明细" in last  # the heading bar repeated


@pytest.mark.parametrize("count", [18, 22, 26, 30, 34, 38])
def test_however_long_the_notes_and_signatures_never_stand_alone(count: int):
    """Wherever the page break falls, the last page carries price lines with the notes."""
    many = tuple(PriceLine(f"精品 {n}", Decimal("1000")) for n in range(count))
    data = replace(quotation_heavy("CN"), accessories=many)
    last = squash(pages_text(render_quotation(data, options("zh_CN", "Letter")))[-1])
    assert "客户签名" in last
    names = [squash(line.name) for line in many + data.trade_in + data.subsidies]
    assert any(name in last for name in names)


@pytest.mark.parametrize("region", ["TW", "CN", "HK"])
@pytest.mark.parametrize(("lang", "bilingual"), VARIANTS)
def test_a_page_break_never_stacks_bare_heading_bars(region: str, lang: str, bilingual: bool):
    """Splitting inside a row once left a column of empty "Price details" bars at a page
    foot; the heading bar prints once a page."""
    pdf = render_quotation(quotation_heavy(region), options(lang, "Letter", bilingual=bilingual))
    heading = squash(labels(options(lang, bilingual=bilingual))["prices"])
    assert all(squash(text).count(heading) <= 1 for text in pages_text(pdf))
