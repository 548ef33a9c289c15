"""The deposit receipt (DOMAIN.md §6.4, §6.5): 定金 or 訂金 by region and kind, with its
legal meaning; the amount in figures and capital numerals; refund conditions; signatures."""

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
from deal_samples import deposit_receipt

from showroom_app.documents.deposit_receipt import labels, render_deposit_receipt
from showroom_app.documents.labels_deal import DEFAULT_REFUND, DEPOSIT_MEANING

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}


@pytest.mark.parametrize("lang", LANGS)
def test_labels_values_and_signatures_print(lang: str):
    data = deposit_receipt(REGION[lang])
    text = body_text(render_deposit_receipt(data, options(lang)), lang)
    t = labels(options(lang))
    for key in ("receipt_no", "date", "payer", "amount", "kind", "method", "contract_no",
                "meaning", "refund", "sign_company", "sign_cashier", "sign_payer"):  # fmt: skip
        assert squash(t[key]) in text, key
    for value in (data.receipt_no, data.payer_name, data.payer_id_last4, data.contract_no,
                  data.quote_no, data.vehicle, data.method_reference):  # fmt: skip
        assert squash(value) in text, value
    assert squash(t["note_received"]) in text
    assert len(pages_text(render_deposit_receipt(data, options(lang)))) == 1


def test_tw_receipt_is_a_deposit_receipt_with_the_amount_in_words():
    text = body_text(render_deposit_receipt(deposit_receipt("TW"), options("zh_TW")))
    assert text.count("訂金收據") >= 2  # letterhead and title
    assert "NT$50,000" in text and "新臺幣伍萬元整" in text
    assert squash(DEPOSIT_MEANING[("TW", "deposit")][0]) in text
    assert squash(DEFAULT_REFUND[("TW", "deposit")][0]) in text
    assert "信用卡" in text


def test_cn_earnest_money_receipt_says_forfeit_or_double():
    text = body_text(render_deposit_receipt(deposit_receipt("CN"), options("zh_CN")), "zh_CN")
    assert "定金收据" in text
    assert "¥20,000.00" in text and "人民币贰万元整" in text
    assert squash(DEPOSIT_MEANING[("CN", "earnest")][1]) in text
    assert "银行转账" in text


def test_cn_prepayment_is_an_ordinary_deposit():
    data = replace(deposit_receipt("CN"), deposit_kind="deposit")
    text = body_text(render_deposit_receipt(data, options("zh_CN")), "zh_CN")
    assert "订金收据" in text and "定金收据" not in text
    assert squash(DEPOSIT_MEANING[("CN", "deposit")][1]) in text


def test_cents_in_words():
    data = replace(deposit_receipt("CN"), amount=Decimal("1800.05"))
    assert "人民币壹仟捌佰元零伍分" in body_text(
        render_deposit_receipt(data, options("zh_CN")), "zh_CN"
    )


def test_the_callers_refund_conditions_replace_the_default():
    data = replace(deposit_receipt("TW"), refund_conditions="七日內無條件全額退還。")
    text = body_text(render_deposit_receipt(data, options("zh_TW")))
    assert "七日內無條件全額退還。" in text
    assert squash(DEFAULT_REFUND[("TW", "deposit")][0]) not in text


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[int, int]):
    pdf = render_deposit_receipt(deposit_receipt("TW"), options("zh_TW", paper))
    assert page_sizes(pdf) == {size}


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    assert_fonts_embedded(render_deposit_receipt(deposit_receipt(REGION[lang]), options(lang)))


def test_bilingual_labels():
    pdf = render_deposit_receipt(deposit_receipt("TW"), options("zh_TW", bilingual=True))
    text = body_text(pdf)
    for pair in ("訂金收據Depositreceipt", "金額Amount", "收款人簽名Cashier'ssignature",
                 "訂金Deposit", "CivilCode§249"):  # fmt: skip
        assert pair in text, pair


def test_reprints_are_identical():
    data = deposit_receipt("CN")
    assert render_deposit_receipt(data, options("zh_CN")) == render_deposit_receipt(
        data, options("zh_CN")
    )


def test_the_amount_in_words_takes_the_colon_of_the_document_language():
    data = deposit_receipt("TW")
    english = "".join(pages_text(render_deposit_receipt(data, options("en"))))
    chinese = "".join(pages_text(render_deposit_receipt(data, options("zh_TW"))))
    assert "In words: " in english and "In words：" not in english
    assert "大寫：" in chinese
