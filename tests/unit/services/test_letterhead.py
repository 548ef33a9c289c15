"""The dealership's logo and the bilingual option reach every printed document."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from showroom_app.domain.errors import ValidationError
from showroom_app.services.container import Services


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _images_on_first_page(pdf: bytes) -> int:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return len(page.images)


def _first_customer(services: Services) -> int:
    return services.customers.search("", limit=1)[0].customer_id


def test_a_chosen_logo_is_printed_and_can_be_removed(demo_services: Services) -> None:
    customer_id = _first_customer(demo_services)
    before = demo_services.documents.profile_sheet(customer_id)
    assert _images_on_first_page(before) == 0

    demo_services.settings.set_logo(_png(2400, 800))
    stored = demo_services.settings.logo()
    assert stored is not None
    assert max(Image.open(io.BytesIO(stored)).size) <= 600  # scaled down once, on upload
    assert _images_on_first_page(demo_services.documents.profile_sheet(customer_id)) == 1

    demo_services.settings.set_logo(None)
    assert demo_services.settings.logo() is None
    assert _images_on_first_page(demo_services.documents.profile_sheet(customer_id)) == 0


@pytest.mark.parametrize("data", [b"", b"not a picture at all", _png(10, 10)[:40]])
def test_a_broken_logo_file_is_refused_and_the_old_logo_stays(
    demo_services: Services, data: bytes
) -> None:
    demo_services.settings.set_logo(_png(300, 100))
    kept = demo_services.settings.logo()
    with pytest.raises(ValidationError) as caught:
        demo_services.settings.set_logo(data)
    assert caught.value.field == "logo"
    assert demo_services.settings.logo() == kept


def test_an_oversized_logo_file_is_refused(demo_services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        demo_services.settings.set_logo(b"\x89PNG" + b"0" * (5 * 1024 * 1024 + 1))
    assert caught.value.code == "too_large"


def test_a_bilingual_language_prints_english_beside_chinese(demo_services: Services) -> None:
    customer_id = _first_customer(demo_services)
    plain = demo_services.documents.profile_sheet(customer_id, language="zh_TW")
    both = demo_services.documents.profile_sheet(customer_id, language="zh_TW+en")
    plain_text = PdfReader(io.BytesIO(plain)).pages[0].extract_text()
    both_text = PdfReader(io.BytesIO(both)).pages[0].extract_text()
    assert "Page" not in plain_text
    assert "Page" in both_text  # the bilingual page label: 第 1 / 1 頁  Page 1 / 1


def test_an_unknown_document_language_is_refused(demo_services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        demo_services.documents.profile_sheet(_first_customer(demo_services), language="fr+en")
    assert caught.value.field == "language"


def test_only_a_manager_may_change_the_logo(demo_services: Services) -> None:
    from dataclasses import replace

    from showroom_app.domain.enums import Role
    from showroom_app.domain.errors import PermissionDenied

    manager = demo_services.session.require_user()
    demo_services.session.sign_in(replace(manager, role=Role.SALESPERSON))
    with pytest.raises(PermissionDenied):
        demo_services.settings.set_logo(_png(300, 100))
    assert demo_services.settings.logo() is None


def test_the_cockpit_documents_print_the_logo_too(demo_services: Services) -> None:
    from sqlalchemy import select

    from showroom_app.db.models import Opportunity, Trim

    with demo_services.db.read() as s:
        opportunity = s.scalars(select(Opportunity.id).order_by(Opportunity.id)).first()
        trims = list(s.scalars(select(Trim.id).order_by(Trim.id).limit(2)))
    assert opportunity is not None and trims
    docs = demo_services.documents
    before = [docs.needs_summary(opportunity), docs.trim_comparison(trims)]
    assert [_images_on_first_page(pdf) for pdf in before] == [0, 0]
    demo_services.settings.set_logo(_png(300, 100))
    after = [docs.needs_summary(opportunity), docs.trim_comparison(trims)]
    assert [_images_on_first_page(pdf) for pdf in after] == [1, 1]
