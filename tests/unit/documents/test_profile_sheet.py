"""The customer profile sheet (客戶檔案基本資料表) as a pure document: text, fonts, pages.

The PDF is read back with pypdf: what extracts is what a reader can copy and search, and
labels and values must be there in each document language. Whitespace is ignored when
comparing, because ReportLab wraps long values onto several lines.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from showroom_app.documents.common import (
    COMMON_LABELS,
    DocumentOptions,
    Letterhead,
    cover_glyphs,
    markup,
    person_name,
    term,
)
from showroom_app.documents.profile_sheet import (
    LABELS,
    Consent,
    ProfileSheetData,
    ServiceSheetRow,
    VehicleSheet,
    render_profile_sheet,
)

PRINTED_AT = datetime(2026, 11, 29, 14, 5)
STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}
#: The labels every sheet prints, whatever the data (keys of LABELS).
ALWAYS_PRINTED = (
    "title",
    "customer",
    "name",
    "customer_no",
    "phone",
    "address",
    "email",
    "messaging_id",
    "birthday",
    "visit_date",
    "id_type",
    "id_number",
    "channel",
    "best_time",
    "salesperson",
    "service_advisor",
    "insurance_company",
    "insurance_expiry",
    "desired_services",
    "consent_marketing",
    "consent_photo",
    "notes",
    "vehicles",
    "model",
    "plate",
    "vehicle_type",
    "vin",
    "delivery_date",
    "odometer_at_delivery",
    "maintenance_items",
    "maintenance_cycle",
    "next_maintenance",
    "history",
    "col_date",
    "col_odometer",
    "col_items",
    "col_amount",
    "col_advisor",
    "col_notes",
    "sign_customer",
    "sign_salesperson",
)


def _history(n: int) -> tuple[ServiceSheetRow, ...]:
    return tuple(
        ServiceSheetRow(
            date=f"20{10 + i // 12:02d}-{i % 12 + 1:02d}-15",
            odometer=f"{5000 * (i + 1):,}",
            items="定期保養：更換機油、機油濾芯，檢查煞車" if i % 2 else "10,000 km service",
            amount=f"NT${1200 + 350 * i:,}",
            advisor="王小華",
            notes="客戶要求下次提前通知" if i % 3 == 0 else "",
        )
        for i in range(n)
    )


def sheet(history: int = 3, **changes: object) -> ProfileSheetData:
    data = ProfileSheetData(
        letterhead=Letterhead(
            name="宏達汽車 大安展示中心",
            address="臺北市大安區復興南路一段 100 號",
            phone="02 2700 1234",
            tax_id="04595257",
            region="TW",
        ),
        customer_no="1024",
        name="林志明 先生",
        phones=("0955 123 456", "02 2345 6789", "+852 9123 4567"),
        address="臺北市信義區松仁路 123 號 8 樓",
        email="lin@example.com",
        messaging_id="lin.chiming",
        birthday="1985-03-14",
        visit_or_service_date="2026-11-27",
        id_type="身分證",
        id_number="A12****789",
        preferred_channel="LINE",
        best_time="平日晚上",
        salesperson="陳美玲",
        service_advisor="王小華",
        insurance_company="富邦產險",
        insurance_expiry="2027-06-01",
        desired_services=("代客取送車", "週末預約"),
        desired_services_note="希望保養時提供代步車",
        consent_marketing=Consent(True, "2026-01-02"),
        consent_photo=Consent(False),
        notes="喜歡週末來店",
        vehicles=(
            VehicleSheet(
                model="RAV4 2.5 Hybrid",
                plate="ABC-1234",
                vehicle_type="休旅車 · 油電混合",
                vin="1M8GDM9AXKP042788",
                delivery_date="2026-06-01",
                odometer_at_delivery="12",
                maintenance_items=("機油及機油濾芯", "輪胎對調"),
                interval_km="5,000",
                interval_months="6",
                next_maintenance="2026-12-01",
                next_maintenance_overridden=True,
            ),
        ),
        service_history=_history(history),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def render(data: ProfileSheetData, lang: str = "zh_TW", paper: str = "A4") -> bytes:
    return render_profile_sheet(data, DocumentOptions(lang, paper, PRINTED_AT))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- content in each language ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN", "en"])
def test_every_label_and_value_prints_in_the_document_language(lang: str):
    # GIVEN a complete archive
    data = sheet()
    # WHEN the sheet is printed in the language
    text = squash("".join(pages_text(render(data, lang))))
    # THEN every label of that language is there
    labels = LABELS[lang]
    for key in ALWAYS_PRINTED:
        assert squash(labels[key]) in text, key
    assert squash(labels["overridden"]) in text  # the manual next-maintenance date is marked
    assert squash(labels["consent_given"].format(when="2026-01-02")) in text
    assert squash(labels["consent_not_given"]) in text
    # AND every value, CJK included, exactly as given
    v = data.vehicles[0]
    values = [
        data.name, *data.phones, data.address, data.email, data.messaging_id, data.birthday,
        data.visit_or_service_date, data.id_type, data.id_number, data.preferred_channel,
        data.best_time, data.salesperson, data.service_advisor, data.insurance_company,
        data.insurance_expiry, *data.desired_services, data.desired_services_note, data.notes,
        v.model, v.plate, v.vehicle_type, v.vin, v.delivery_date, v.odometer_at_delivery,
        *v.maintenance_items, v.next_maintenance, "5,000", data.customer_no,
    ]  # fmt: skip
    for value in values:
        assert squash(value) in text, value
    for row in data.service_history:
        for value in (row.date, row.odometer, row.items, row.amount, row.advisor, row.notes):
            assert squash(value) in text, value
    # AND the letterhead, with the tax ID named as in Taiwan
    for value in (
        "宏達汽車大安展示中心",
        "臺北市大安區復興南路一段100號",
        "0227001234",
        "04595257",
    ):
        assert value in text
    tax_label = {"zh_TW": "統一編號", "zh_CN": "统一编号", "en": "TaxID(UBN)"}[lang]
    assert tax_label in text


def test_the_letterhead_and_footer_are_on_every_page():
    pdf = render(sheet(history=60))
    texts = pages_text(pdf)
    assert len(texts) >= 3
    for n, text in enumerate(texts, start=1):
        flat = squash(text)
        assert "宏達汽車大安展示中心" in flat and "04595257" in flat
        assert f"第{n}/{len(texts)}頁" in flat
        assert squash(COMMON_LABELS["zh_TW"]["printed"].format(when="2026-11-29 14:05")) in flat


@pytest.mark.parametrize(
    ("lang", "page_label"),
    [("zh_TW", "第{n}/{total}頁"), ("en", "Page{n}/{total}"), ("zh_CN", "第{n}/{total}页")],
)
def test_sixty_service_records_continue_over_pages_with_the_header_repeated(lang, page_label):
    # GIVEN a customer with 60 service records
    data = sheet(history=60)
    # WHEN printed
    texts = pages_text(render(data, lang))
    # THEN the history needs several pages
    total = len(texts)
    assert total >= 3
    labels = LABELS[lang]
    header = [squash(labels[k]) for k in ("col_date", "col_odometer", "col_items", "col_amount")]
    dates = [row.date for row in data.service_history]
    seen: list[str] = []
    for n, text in enumerate(texts, start=1):
        flat = squash(text)
        # every page says which page of how many it is
        assert page_label.format(n=n, total=total) in flat
        rows_here = [d for d in dates if d in flat]
        seen += rows_here
        if rows_here:  # a page of the table repeats its header row
            for column in header:
                assert column in flat, (n, column)
    # AND no record is lost or printed twice across the page breaks
    assert sorted(seen) == sorted(dates)


def test_the_same_data_always_prints_the_same_bytes():
    data = sheet(history=25)
    first, second = render(data), render(data)
    assert first == second
    assert pages_text(first) == pages_text(second)


def test_letter_paper_and_a4():
    a4 = PdfReader(io.BytesIO(render(sheet(), paper="A4"))).pages[0].mediabox
    letter = PdfReader(io.BytesIO(render(sheet(), "en", "Letter"))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_an_empty_archive_prints_a_form_to_fill_in():
    data = ProfileSheetData(letterhead=Letterhead(name="宏達汽車"), customer_no="7", name="王先生")
    text = squash("".join(pages_text(render(data, "zh_CN"))))
    assert "王先生" in text
    assert squash(LABELS["zh_CN"]["no_history"]) in text
    for key in ("model", "plate", "vin", "maintenance_cycle"):
        assert squash(LABELS["zh_CN"][key]) in text


def test_unknown_options_are_refused():
    with pytest.raises(ValueError):
        DocumentOptions("fr", "A4", PRINTED_AT)
    with pytest.raises(ValueError):
        DocumentOptions("en", "A5", PRINTED_AT)


# -- fonts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN", "en"])
def test_every_font_is_embedded_and_none_is_a_standard_font(lang: str):
    pdf = render(sheet(history=40), lang)
    assert b"Helvetica" not in pdf
    reader = PdfReader(io.BytesIO(pdf))
    seen = 0
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), base
            seen += 1
    assert seen


# -- user text is data ----------------------------------------------------------------------------

HOSTILE = [
    "Lee <Ann> & Co",
    '<img src="/etc/passwd"/>',
    "A<B",
    "say \"hello\" & 'bye'",
    "</para><para>",
    "&amp; &lt; &#60;",
    "車 🚗 car",
    "\u200f林\u200f RTL mark\u200f",
    "a\u202eb zero\u200bwidth",
    "林\ue000明 (a private-use 造字)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_print_exactly_as_typed(text: str):
    # GIVEN the string as a name, a note and in the service history
    data = sheet(
        name=text,
        notes=text,
        service_history=(ServiceSheetRow(date="2026-01-02", items=text, notes=text),),
    )
    # WHEN printed
    pdf = render(data)
    extracted = "".join(pages_text(pdf))
    # THEN it extracts as typed, three times, and nothing was read from disk
    assert extracted.count(text.split(" ")[0]) >= 3
    assert squash(extracted).count(squash(text)) >= 3
    assert b"/XObject" not in pdf and b"/Subtype /Image" not in pdf


def test_a_5000_character_note_prints_whole_across_pages():
    alphabet = "甲乙丙丁戊己庚辛壬癸"
    note = (alphabet * 500)[:5000]
    latin = "q" * 5000  # one unbroken "word" in a narrow table cell
    branches = "鼠牛虎兔龍蛇馬羊猴雞狗豬"
    name = (branches * 417)[:5000]  # in a half-width cell
    data = sheet(
        name=name,
        notes=note,
        service_history=(ServiceSheetRow(date="2026-01-02", notes=latin),),
    )
    pdf = render(data)
    texts = pages_text(pdf)
    assert len(texts) >= 2
    extracted = "".join(texts)
    # every character, in order, and nothing else drawn in those characters
    assert "".join(ch for ch in extracted if ch in alphabet) == note
    assert "".join(ch for ch in extracted if ch == "q") == latin
    assert "".join(ch for ch in extracted if ch in branches) == name


def test_characters_the_font_lacks_keep_their_text_and_get_a_visible_box():
    # the emoji is not in the bundled font: it prints as a box, but copies as itself
    cover_glyphs("🚗")
    assert "🚗" in "".join(pages_text(render(sheet(notes="🚗"))))
    assert markup('<img src="x"/>\n&') == '&lt;img src="x"/&gt;<br/>&amp;'


# -- formatting helpers -------------------------------------------------------------------------


def test_names_with_salutations_and_terms():
    assert person_name("林志明", "mr", "zh_TW") == "林志明 先生"
    assert person_name("王", "ms", "zh_TW") == "王小姐"
    assert person_name("王", "ms", "zh_CN") == "王女士"
    assert person_name("Lin", "mr", "en") == "Mr Lin"
    assert person_name("宏達汽車", "none", "zh_TW") == "宏達汽車"
    assert term("zh_CN", "vehicle_type", "hatchback") == "两厢车"
    assert term("en", "maintenance_item", "oil_filter") == "Oil and oil filter"
    assert term("zh_TW", "channel", "unknown-code") == "unknown-code"
