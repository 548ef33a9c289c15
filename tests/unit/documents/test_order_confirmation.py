"""The order / specification confirmation (DOMAIN.md §4.6): trim, colours, every option with
who fits it and its price, the expected delivery and the price summary."""

from __future__ import annotations

from dataclasses import replace

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
from deal_samples import order_confirmation

from showroom_app.documents.order_confirmation import labels, render_order_confirmation

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}


@pytest.mark.parametrize("lang", LANGS)
def test_spec_options_delivery_and_prices_print_on_one_page(lang: str):
    data = order_confirmation(REGION[lang])
    pdf = render_order_confirmation(data, options(lang))
    text = body_text(pdf, lang)
    t = labels(options(lang))
    for key in ("title", "order_no", "vehicle", "options", "expected_delivery", "price",
                "total", "deposit_paid", "balance", "sign_customer"):  # fmt: skip
        assert squash(t[key]) in text, key
    v = data.vehicle
    for value in (data.order_no, data.contract_no, v.trim, v.colour, v.colour_2nd,
                  v.colour_int, "2026-12-20", *(o.name for o in data.options)):  # fmt: skip
        assert squash(value) in text, value
    assert len(pages_text(pdf)) == 1


def test_amounts_and_fitted_by():
    text = body_text(render_order_confirmation(order_confirmation("TW"), options("zh_TW")))
    assert "全景天窗原廠NT$35,000" in text
    assert "行車記錄器經銷商NT$6,500" in text
    assert "NT$1,359,500" in text and "新臺幣壹佰參拾伍萬玖仟伍佰元整" in text
    assert "-NT$20,000" in text and "NT$1,339,500" in text


def test_no_options_says_so_instead_of_an_empty_table():
    data = replace(order_confirmation("HK"), options=(), options_total=None)
    text = body_text(render_order_confirmation(data, options("en")), "en")
    assert "Nooptionsoraccessories" in text


def test_an_approximate_delivery_prints_as_given():
    data = replace(
        order_confirmation("TW"), expected_delivery=None, expected_delivery_note="12 月中旬"
    )
    assert "預計交車日期12月中旬" in body_text(render_order_confirmation(data, options("zh_TW")))


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[int, int]):
    pdf = render_order_confirmation(order_confirmation("CN"), options("zh_CN", paper))
    assert page_sizes(pdf) == {size}


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    assert_fonts_embedded(
        render_order_confirmation(order_confirmation(REGION[lang]), options(lang))
    )


def test_bilingual_labels():
    pdf = render_order_confirmation(order_confirmation("TW"), options("zh_TW", bilingual=True))
    text = body_text(pdf)
    for pair in ("配備確認單Orderandspecificationconfirmation", "選配及精品Optionsandaccessories",
                 "原廠Factory", "總價Totalprice"):  # fmt: skip
        assert pair in text, pair


def test_reprints_are_identical():
    data = order_confirmation("TW")
    first = render_order_confirmation(data, options("zh_TW"))
    assert first == render_order_confirmation(data, options("zh_TW"))
