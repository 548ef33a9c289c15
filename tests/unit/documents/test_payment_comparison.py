"""Up to three payment scenarios side by side (DOMAIN.md §4.7): every figure per scenario,
a dash where a figure does not apply, rows no scenario has left out, APR and total cost."""

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
    squash,
)
from deal_samples import payment_comparison

from showroom_app.documents.payment_comparison import (
    MAX_SCENARIOS,
    labels,
    render_payment_comparison,
)

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}


@pytest.mark.parametrize("lang", LANGS)
def test_three_scenarios_with_every_figure(lang: str):
    data = payment_comparison(REGION[lang])
    text = body_text(render_payment_comparison(data, options(lang)), lang)
    t = labels(options(lang))
    for key in ("title", "comparison", "down_payment", "financed", "term", "rate", "monthly",
                "total_interest", "fees", "apr", "total_cost", "sign_customer"):  # fmt: skip
        assert squash(t[key]) in text, key
    for scenario in data.scenarios:
        assert squash(scenario.name) in text
    assert squash(t["balloon"]) not in text  # no scenario has one


def test_figures_and_dashes_in_each_column():
    text = body_text(render_payment_comparison(payment_comparison("TW"), options("zh_TW")))
    assert "月付金—NT$20,667NT$19,444" in text
    assert "實際年利率（APR）—4.48%4.06%" in text
    assert "總支出NT$1,101,330NT$1,150,334NT$1,143,330" in text
    assert "名目利率—4.00%（年利率）0.00%（0%+手續費）" in text


def test_one_scenario_is_enough_and_more_than_three_is_refused():
    data = payment_comparison("CN")
    one = replace(data, scenarios=data.scenarios[:1])
    assert body_text(render_payment_comparison(one, options("zh_CN")), "zh_CN")
    for scenarios in ((), data.scenarios + data.scenarios[:1]):
        with pytest.raises(ValueError, match=str(MAX_SCENARIOS)):
            render_payment_comparison(replace(data, scenarios=scenarios), options("zh_CN"))


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[int, int]):
    pdf = render_payment_comparison(payment_comparison("HK"), options("en", paper))
    assert page_sizes(pdf) == {size}


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    assert_fonts_embedded(
        render_payment_comparison(payment_comparison(REGION[lang]), options(lang))
    )


def test_bilingual_labels():
    pdf = render_payment_comparison(payment_comparison("TW"), options("zh_TW", bilingual=True))
    text = body_text(pdf)
    for pair in ("付款方案比較表Paymentoptionscompared", "月付金Monthlypayment", "總支出Totalcost"):
        assert pair in text, pair


def test_reprints_are_identical():
    data = payment_comparison("TW")
    first = render_payment_comparison(data, options("zh_TW"))
    assert first == render_payment_comparison(data, options("zh_TW"))
