"""The repayment schedule (DOMAIN.md §6.9, §7.1): the loan's terms with the APR, every row,
the column header repeated on each page, a totals row that adds up exactly."""

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
from deal_samples import repayment_schedule, schedule_rows

from showroom_app.documents.repayment_schedule import labels, render_repayment_schedule
from showroom_app.domain.enums import Currency
from showroom_app.domain.money import format_money

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}


def test_the_domain_example_prints_to_the_cent():
    # DOMAIN.md §7.1: 100,000 at 4 % over 36 months -> 2,952.40; month 1 interest 333.33,
    # principal 2,619.07, balance 97,380.93; month 36 interest 9.81. The totals row adds up
    # the rows as given (the domain puts the rounding residue in the last one).
    rows = schedule_rows(Decimal("100000"), Decimal("4.00"), 36, None)
    data = replace(repayment_schedule("CN"), rows=rows)
    text = body_text(render_repayment_schedule(data, options("zh_CN")), "zh_CN")
    assert "1¥2,952.40¥2,619.07¥333.33¥97,380.93" in text
    assert "¥9.81¥0.00" in text
    interest = sum((r.interest for r in rows), Decimal(0))  # as the rows say (test data)
    assert f"¥{sum((r.payment for r in rows), Decimal(0)):,}¥100,000.00¥{interest:,}—" in text


@pytest.mark.parametrize("lang", LANGS)
def test_sixty_rows_continue_over_pages_with_the_header_repeated(lang: str):
    data = repayment_schedule(REGION[lang], 60)
    pdf = render_repayment_schedule(data, options(lang))
    texts = [squash(t) for t in pages_text(pdf)]
    t = labels(options(lang))
    assert len(texts) >= 2
    for text in texts:
        assert squash(t["col_principal"] + t["col_interest"] + t["col_balance"]) in text
    flat = "".join(texts)
    for row in data.rows:
        money = [format_money(v, data.currency) for v in (row.payment, row.interest, row.balance)]
        assert f"{row.k}" in flat and all(m in flat for m in money), row.k
    assert squash(t["totals"]) in flat


def test_totals_equal_the_sum_of_the_rows_exactly():
    data = repayment_schedule("HK", 60)
    text = body_text(render_repayment_schedule(data, options("en")), "en")
    paid = sum((r.payment for r in data.rows), Decimal(0))
    principal = sum((r.principal for r in data.rows), Decimal(0))
    interest = sum((r.interest for r in data.rows), Decimal(0))
    assert paid == principal + interest and principal == data.principal
    totals = "".join(format_money(v, Currency.HKD) for v in (paid, principal, interest))
    assert f"Total{totals}—" in text


def test_the_terms_show_the_nominal_rate_its_type_and_the_apr():
    data = replace(repayment_schedule("TW"), rate_type="flat", apr=Decimal("4.7412"))
    text = body_text(render_repayment_schedule(data, options("zh_TW")))
    assert "4.00%（平息（月息））" in text
    assert "實際年利率（APR）4.74%" in text
    assert "NT$100,000" in text and "36期" in text and "本息平均攤還" in text


def test_roc_due_dates_on_request():
    text = body_text(
        render_repayment_schedule(repayment_schedule("TW"), options("zh_TW", roc=True))
    )
    assert "民國116年1月15日" in text and "2027-01-15" not in text


def test_a_balloon_is_explained():
    data = replace(repayment_schedule("CN"), balloon=Decimal("60000"), method="balloon")
    text = body_text(render_repayment_schedule(data, options("zh_CN")), "zh_CN")
    assert "¥60,000.00" in text and squash(labels(options("zh_CN"))["note_balloon"]) in text


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[int, int]):
    pdf = render_repayment_schedule(repayment_schedule("TW", 60), options("zh_TW", paper))
    assert page_sizes(pdf) == {size}


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    pdf = render_repayment_schedule(repayment_schedule(REGION[lang], 60), options(lang))
    assert_fonts_embedded(pdf)


def test_bilingual_labels():
    pdf = render_repayment_schedule(repayment_schedule("TW"), options("zh_TW", bilingual=True))
    text = body_text(pdf)
    for pair in ("貸款還款明細表Loanrepaymentschedule", "剩餘本金Balance", "合計Total",
                 "貸款條件Loanterms"):  # fmt: skip
        assert pair in text, pair


def test_reprints_are_identical():
    data = repayment_schedule("TW", 60)
    first = render_repayment_schedule(data, options("zh_TW"))
    assert first == render_repayment_schedule(data, options("zh_TW"))
