"""What ``documents.common`` adds for every document: the dealership's logo in the letterhead,
the bilingual page label, landscape pages and the room a document may keep at the bottom.
All of it is optional: documents that ask for none of it print as before."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from deal_pdf import image_sizes, options, page_sizes, pages_text, squash
from deal_samples import logo_png, order_confirmation, photo_jpeg

from showroom_app.documents.common import (
    MARGIN_BOTTOM,
    DocumentOptions,
    Letterhead,
    PageFurniture,
    make_styles,
)
from showroom_app.documents.images import DocumentImageError, prepare_logo
from showroom_app.documents.order_confirmation import OrderOption, render_order_confirmation
from showroom_app.documents.test_drive_agreement import (
    TestDriveAgreementData,
    render_test_drive_agreement,
)


def test_new_options_are_off_by_default():
    from deal_samples import PRINTED_AT

    assert DocumentOptions("zh_TW", "A4", PRINTED_AT).bilingual is False
    assert Letterhead("宏達汽車").logo is None


def test_a_logo_prints_on_every_page_of_any_document():
    data = order_confirmation("TW")
    many = tuple(OrderOption(f"精品 {n}", data.vehicle_price) for n in range(60))
    data = replace(data, letterhead=replace(data.letterhead, logo=logo_png()), options=many)
    pdf = render_order_confirmation(data, options("zh_TW"))
    texts = pages_text(pdf)
    assert len(texts) >= 2
    assert image_sizes(pdf) == [(360, 120)] * len(texts)
    assert all("宏達汽車大安展示中心" in squash(text) for text in texts)


def test_a_logo_on_an_older_document_too():
    lh = Letterhead(
        "宏達汽車", "臺北市", "02 2700 1234", "04595257", "TW", logo=photo_jpeg(90, 300)
    )
    data = TestDriveAgreementData(lh, "TD-1", None, "林志明")
    pdf = render_test_drive_agreement(data, options("zh_TW"))
    assert len(image_sizes(pdf)) == len(pages_text(pdf))
    assert pdf == render_test_drive_agreement(data, options("zh_TW"))  # reprints identical


def test_a_broken_logo_is_a_message_not_a_crash():
    lh = Letterhead("宏達汽車", logo=b"GIF89a-not-really")
    with pytest.raises(DocumentImageError) as raised:
        render_test_drive_agreement(TestDriveAgreementData(lh, "TD-1", None, "林"), options())
    assert raised.value.code == "unreadable"


def test_logos_are_scaled_down_and_keep_their_proportions():
    prepared = prepare_logo(logo_png(3000, 1000))
    assert (prepared.width, prepared.height) == (600, 200)
    w, h = prepared.fit(40, 15)
    assert (w, h) == (40, pytest.approx(40 / 3))


def test_the_bilingual_page_label_pairs_both_languages():
    pdf = render_order_confirmation(order_confirmation("CN"), options("zh_CN", bilingual=True))
    assert "第1/1页Page1/1" in squash(pages_text(pdf)[0])
    english = render_order_confirmation(order_confirmation("HK"), options("en", bilingual=True))
    assert "第" not in pages_text(english)[0]


def test_landscape_furniture_and_the_default_bottom_margin():
    lh = Letterhead("宏達汽車")
    portrait = PageFurniture(lh, options(), make_styles(), "T", "")
    landscape = PageFurniture(lh, options(paper="Letter"), make_styles(), "T", "", landscape=True)
    assert (round(portrait.page_width), round(portrait.page_height)) == (595, 842)
    assert (round(landscape.page_width), round(landscape.page_height)) == (792, 612)
    assert portrait.bottom_margin == MARGIN_BOTTOM
    assert page_sizes(render_order_confirmation(order_confirmation("TW"), options())) == {
        (595, 842)
    }


def test_every_deal_label_has_all_three_languages():
    from showroom_app.documents import labels_contract, labels_deal, labels_delivery, labels_finance

    tables = [
        labels_deal.DEAL_COMMON, labels_deal.QUOTATION_LABELS, labels_deal.ORDER_LABELS,
        labels_deal.RECEIPT_LABELS, labels_contract.CONTRACT_LABELS,
        labels_finance.FINANCE_COMMON, labels_finance.SCHEDULE_LABELS,
        labels_finance.COMPARISON_LABELS, labels_delivery.DELIVERY_LABELS,
        labels_delivery.CERTIFICATE_LABELS,
        *labels_deal.DEAL_VOCABULARY.values(),
    ]  # fmt: skip
    for table in tables:
        for key, entry in table.items():
            assert len(entry) == 3 and all(entry), key
            # a placeholder is in every language or in none
            assert len({tuple(sorted(set(re.findall(r"\{\w+\}", e)))) for e in entry}) == 1, key
