"""The delivery confirmation (交車確認單, DOMAIN.md §4.8, §6.6): car, odometer and keys, the
PDI result and sign-off, the handover checklists (region list), open points, after-sales,
the customer's statements and signatures."""

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
from deal_samples import delivery_confirmation

from showroom_app.documents.delivery_confirmation import (
    CheckItem,
    PdiResult,
    labels,
    render_delivery_confirmation,
)
from showroom_app.documents.labels_delivery import default_handover_lists

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}


def render(region: str, lang: str, **kw: object) -> bytes:
    data = delivery_confirmation(region, lang)
    return render_delivery_confirmation(data, options(lang, **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_car_pdi_checklists_and_signatures_print(lang: str):
    data = delivery_confirmation(REGION[lang], lang)
    text = body_text(render_delivery_confirmation(data, options(lang)), lang)
    t = labels(options(lang))
    for key in ("title", "contract_no", "vin", "odometer", "keys", "pdi", "technician",
                "documents", "functions", "tools", "accessories", "defects", "service_advisor",
                "first_service", "note_received", "note_explained", "sign_customer",
                "sign_salesperson", "sign_technician"):  # fmt: skip
        assert squash(t[key]) in text, key
    assert data.vehicle.vin in text and data.contract_no in text
    assert squash(t["km_n"].format(n=18)) in text and squash(t["keys_n"].format(n=2)) in text
    assert squash(t["result_passed"]) in text
    for item in data.documents[:-1] + data.functions:
        assert squash(f"✓ {item.name}") in text, item.name


def test_the_region_lists_of_handed_over_documents():
    cn = default_handover_lists("CN", "zh_CN")["documents"]
    assert {"整车出厂合格证", "车辆一致性证书", "三包凭证", "中文使用说明书"} <= set(cn)
    tw = default_handover_lists("TW", "zh_TW")["documents"]
    assert "保固手冊" in tw and any("出廠證明" in d for d in tw)
    assert default_handover_lists("XX", "en") == default_handover_lists("TW", "en")


def test_not_applicable_items_give_their_reason_and_pending_ones_a_box_to_tick():
    data = delivery_confirmation("TW", "zh_TW")
    data = replace(data, functions=(CheckItem("車聯網 App 帳號", "pending"),))
    text = body_text(render_delivery_confirmation(data, options("zh_TW")))
    assert "—行照及車牌（不適用：客戶自行領牌）" in text
    assert "—充電線（電動車）（不適用）" in text
    assert "□車聯網App帳號" in text
    assert "✓備胎或補胎工具×1" in text


def test_an_open_pdi_item_shows_in_the_result():
    data = delivery_confirmation("CN", "zh_CN")
    groups = (CheckItem("外观"), CheckItem("路试", "pending", "异响待查"))
    data = replace(data, pdi=replace(data.pdi, groups=groups))
    text = body_text(render_delivery_confirmation(data, options("zh_CN")), "zh_CN")
    assert "1项待处理" in text and "□路试（异响待查）" in text


def test_a_pdi_not_yet_signed_off_says_so():
    data = replace(delivery_confirmation("TW"), pdi=PdiResult("PDI-1", signed_off=False))
    assert "尚未簽核" in body_text(render_delivery_confirmation(data, options("zh_TW")))


def test_first_maintenance_and_open_points():
    text = body_text(render("TW", "zh_TW"))
    assert "2027-06-20或5,000公里（先到者為準）" in text
    assert "右後門飾板輕微刮痕更換飾板2026-12-27" in text


def test_delivery_time_with_roc_date():
    assert "民國115年12月20日10:30" in body_text(render("TW", "zh_TW", roc=True))


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("Letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[int, int]):
    assert page_sizes(render("CN", "zh_CN", paper=paper)) == {size}


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    assert_fonts_embedded(render(REGION[lang], lang))


def test_bilingual_labels():
    text = body_text(render("TW", "zh_TW", bilingual=True))
    for pair in ("交車確認單Deliveryconfirmation", "隨車文件Documentshandedover",
                 "鑰匙數量Keys", "客戶簽名Customer'ssignature"):  # fmt: skip
        assert pair in text, pair


def test_reprints_are_identical():
    assert render("TW", "zh_TW") == render("TW", "zh_TW")
