"""The trim comparison sheet: as a pure document (text, languages, pages, fonts, escaping)
and through the document service (customer, audit, limits)."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from testdata import DEMO_TODAY

from showroom_app.db.models import AuditEntry, Customer, Opportunity, Trim
from showroom_app.documents.common import DocumentOptions, Letterhead
from showroom_app.documents.labels_sales import sales_term
from showroom_app.documents.trim_comparison import (
    ComparedTrim,
    ComparisonData,
    label,
    render_trim_comparison,
    spec_label,
)
from showroom_app.domain.enums import OpportunityStatus
from showroom_app.domain.errors import NotFound, ValidationError
from showroom_app.domain.needs import NeedsForm
from showroom_app.domain.presentation import SPECS
from showroom_app.services.container import Services

PRINTED_AT = datetime(2026, 11, 29, 14, 5)
LANGS = ["zh_TW", "zh_CN", "en"]
STANDARD_14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}
TW = Letterhead(
    name="宏達汽車 大安展示中心", address="臺北市大安區復興南路一段 100 號", region="TW"
)

RAV4 = ComparedTrim(
    brand="Toyota",
    model="RAV4",
    trim="2.5 Hybrid Flagship",
    msrp="NT$1,229,000",
    body_type="suv",
    powertrain="HEV",
    seats=5,
    model_year=2026,
    displacement_cc=2487,
    power_kw=160,
    specs={"length_mm": "4600", "boot_l": "580", "ncap_stars": "5", "adas": "l2"},
    colours=("Platinum White Pearl", "Attitude Black"),
    in_stock=2,
    priorities_met=("safety", "space"),
)
SEAL = ComparedTrim(
    brand="BYD",
    model="SEAL",
    trim="Premium RWD",
    msrp="NT$949,000",
    body_type="sedan",
    powertrain="BEV",
    seats=5,
    motor_kw=230,
    battery_kwh=Decimal("82.5"),
    range_km=650,
    specs={"length_mm": "4800", "energy_kwh_100km": "14.2", "ncap_stars": "5"},
    in_transit=1,
    priorities_met=("safety",),
)
CIVIC = ComparedTrim(brand="Honda", model="Civic", trim="e:HEV", msrp="NT$1,299,000")


def data(**changes: object) -> ComparisonData:
    base = ComparisonData(
        letterhead=TW,
        trims=(RAV4, SEAL, CIVIC),
        customer_name="林志明",
        salutation="mr",
        salesperson="陳美玲",
        prepared_on=date(2026, 11, 29),
        priorities=("safety", "space", "economy"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def render(d: ComparisonData, lang: str = "zh_TW", paper: str = "A4") -> bytes:
    return render_trim_comparison(d, DocumentOptions(lang, paper, PRINTED_AT))


def pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", LANGS)
def test_names_prices_specs_and_labels_print_in_the_document_language(lang: str):
    text = "".join(pages(render(data(), lang)))
    for trim in (RAV4, SEAL, CIVIC):
        assert squash(trim.name) in text
        assert squash(trim.msrp) in text
    for key in ("title", "sec_price", "sec_powertrain", "sec_dimensions", "msrp", "colours"):
        assert squash(label(lang, key)) in text, key
    for code in ("length_mm", "boot_l", "ncap_stars", "adas", "energy_kwh_100km"):
        assert squash(spec_label(lang, code)) in text, code
    assert "4,600mm" in text and "82.5kWh" in text and "650km" in text
    assert squash(label(lang, "in_stock").format(n=2)) in text
    assert squash(label(lang, "order")) in text  # the Civic must be ordered
    # the customer's priorities, ranked, and which each trim meets
    ranked = [f"{n}.{sales_term(lang, 'priority', c)}" for n, c in enumerate(data().priorities, 1)]
    assert all(squash(r) in text for r in ranked)
    assert squash(label(lang, "met")) in text
    assert squash("林志明") in text and squash("陳美玲") in text


def test_rows_empty_for_every_trim_are_left_out():
    text = "".join(pages(render(data(trims=(CIVIC,), priorities=()), "en")))
    assert "Length" not in text and "Powertrainandperformance" not in text
    assert "Matchesyourpriorities" not in text
    assert "Priceandavailability" in text and "NT$1,299,000" in text


def test_a_sheet_for_the_desk_is_not_made_out_to_a_customer():
    text = "".join(pages(render(data(customer_name="", priorities=()), "en")))
    assert "Customer" not in text and "Yourpriorities" not in text
    assert "Salesconsultant陳美玲" in text


def test_user_text_is_printed_as_text_never_markup():
    odd = replace(CIVIC, trim='Lee <Ann> & Co <img src="/etc/passwd"/>')
    text = "".join(pages(render(data(trims=(odd,)), "en")))
    assert squash('Lee <Ann> & Co <img src="/etc/passwd"/>') in text


def test_a_long_sheet_repeats_the_trim_names_on_every_page():
    many = tuple(f"Colour {n:03d} with a long marketing name" for n in range(160))
    long = replace(RAV4, colours=many)
    pdf = render(data(trims=(long, SEAL)), "zh_TW", paper="Letter")
    texts = pages(pdf)
    assert len(texts) >= 2
    for page in texts:
        assert squash(RAV4.name) in page and squash(SEAL.name) in page
    size = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(size.width)), round(float(size.height))) == (612, 792)


def test_fonts_are_embedded_and_output_is_deterministic():
    pdf = render(data(), "zh_CN")
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/BaseFont"].lstrip("/") not in STANDARD_14
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()
    assert render(data(), "zh_CN") == pdf


@pytest.mark.parametrize("count", [0, 4])
def test_one_to_three_trims(count: int):
    with pytest.raises(ValueError):
        data(trims=tuple([RAV4] * count))


def test_every_spec_has_a_printed_name_in_every_language():
    for d in SPECS:
        for lang in LANGS:
            assert spec_label(lang, d.code) != d.code


# -- through the document service -----------------------------------------------------------------


def _open_opportunity(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalars(
                select(Opportunity.id)
                .where(Opportunity.status == OpportunityStatus.OPEN.value)
                .order_by(Opportunity.id)
            ).first()
        )


def test_service_prints_the_trims_for_the_customer_and_logs_the_print(demo_services):
    opp = _open_opportunity(demo_services)
    demo_services.cockpit.save_needs(
        opp, NeedsForm(priorities=("safety", "space")), today=DEMO_TODAY
    )
    rows = demo_services.presentation.browse()[:3]
    pdf = demo_services.documents.trim_comparison(
        [r.trim_id for r in rows], opportunity_id=opp, language="en"
    )
    text = "".join(pages(pdf))
    with demo_services.db.read() as s:
        opportunity = s.get(Opportunity, opp)
        name = s.get(Customer, opportunity.customer_id).name
    assert squash(name) in text
    for row in rows:
        assert squash(row.full_name("en")) in text
        assert f"NT${row.msrp:,.0f}" in text
    assert "1.Safety" in text and "Prioritiesmet" in text
    with demo_services.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id.desc())
        ).first()
    detail = json.loads(entry.detail)
    assert (entry.entity, entry.entity_id) == ("opportunity", opp)
    assert detail["document"] == "trim_comparison" and detail["language"] == "en"
    assert detail["trims"] == [r.trim_id for r in rows] and len(detail["sha256"]) == 64
    assert squash(name) not in entry.detail


def test_service_defaults_to_the_dealers_language_and_refuses_bad_requests(demo_services):
    rows = demo_services.presentation.browse()
    pdf = demo_services.documents.trim_comparison([rows[0].trim_id])  # TW demo: zh_TW
    assert squash(rows[0].full_name("zh_TW")) in "".join(pages(pdf))
    assert "車款比較表" in "".join(pages(pdf))
    with pytest.raises(ValidationError):
        demo_services.documents.trim_comparison([r.trim_id for r in rows[:4]])
    with pytest.raises(ValidationError):
        demo_services.documents.trim_comparison([])
    with demo_services.db.read() as s:
        missing = (s.scalar(select(Trim.id).order_by(Trim.id.desc())) or 0) + 1
    with pytest.raises(ValidationError):
        demo_services.documents.trim_comparison([missing])
    with pytest.raises(NotFound):
        demo_services.documents.trim_comparison([rows[0].trim_id], opportunity_id=999_999)
