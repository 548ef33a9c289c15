"""The delivery-ceremony certificate (交車證書, DOMAIN.md §6.7): one landscape page with the
customer, the car and the people to call, and an optional photo of any size or orientation;
a picture that cannot be used raises ``DocumentImageError`` (a message, not a crash)."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from deal_pdf import (  # noqa: F401  (floats_trapped is a fixture)
    A4,
    LANGS,
    LETTER,
    assert_fonts_embedded,
    body_text,
    floats_trapped,
    image_sizes,
    options,
    page_sizes,
    pages_text,
    squash,
)
from deal_samples import delivery_certificate, photo_jpeg
from PIL import Image

from showroom_app.documents.delivery_certificate import (
    DeliveryCertificateData,
    labels,
    render_delivery_certificate,
)
from showroom_app.documents.images import (
    PHOTO_MAX_SIDE,
    DocumentImageError,
    prepare_photo,
)
from showroom_app.domain.errors import ShowroomError

pytestmark = pytest.mark.usefixtures("floats_trapped")
REGION = {"zh_TW": "TW", "zh_CN": "CN", "en": "HK"}
LANDSCAPE = {"A4": (842, 595), "Letter": (792, 612)}


def render(data: DeliveryCertificateData, lang: str = "zh_TW", **kw: object) -> bytes:
    return render_delivery_certificate(data, options(lang, **kw))  # type: ignore[arg-type]


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a size its (tiny) data does not have."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("lang", LANGS)
def test_customer_car_people_and_dealer_print_on_one_landscape_page(lang: str):
    data = delivery_certificate(REGION[lang], photo_jpeg(1600, 1067))
    pdf = render(data, lang)
    texts = pages_text(pdf)
    assert len(texts) == 1
    text = body_text(pdf, lang)
    t = labels(options(lang))
    for key in (
        "title",
        "congratulations",
        "subtitle",
        "model",
        "vin",
        "plate",
        "delivery_date",
        "salesperson",
        "service_advisor",
        "hotline",
        "roadside",
    ):
        assert squash(t[key]) in text, key
    for value in (
        data.customer_name,
        data.vehicle.vin,
        data.vehicle.plate,
        "2026-12-20",
        data.salesperson,
        data.salesperson_phone,
        data.service_advisor,
        data.service_hotline,
        data.roadside_assistance,
        data.letterhead.name,
    ):
        assert squash(value) in text, value
    assert page_sizes(pdf) == {LANDSCAPE["A4"]}


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_landscape_on_both_papers(paper: str):
    pdf = render(delivery_certificate("HK"), "en", paper=paper)
    assert page_sizes(pdf) == {LANDSCAPE[paper]}


@pytest.mark.parametrize(
    ("width", "height"), [(1600, 1067), (900, 1350), (6000, 4000), (120, 90)], ids=str
)
def test_photos_of_any_size_keep_their_proportions_and_one_page(width: int, height: int):
    pdf = render(delivery_certificate("TW", photo_jpeg(width, height)), bilingual=True)
    assert len(pages_text(pdf)) == 1
    photos = [size for size in image_sizes(pdf) if size != (360, 120)]  # not the logo
    assert len(photos) == 1
    w, h = photos[0]
    assert max(w, h) <= PHOTO_MAX_SIDE
    assert abs(w / h - width / height) < 0.01


def test_exif_orientation_is_respected():
    # a landscape sensor image marked "rotate 90° clockwise" is a portrait photo
    pdf = render(delivery_certificate("TW", photo_jpeg(1600, 1067, orientation=6)))
    photo = next(size for size in image_sizes(pdf) if size != (360, 120))
    assert photo[0] < photo[1]
    prepared = prepare_photo(photo_jpeg(1600, 1067, orientation=6))
    image = Image.open(io.BytesIO(prepared.data))
    # the sky, which was at the top, is now on the right: rotated, not merely resized
    sky, road = image.getpixel((image.width - 5, 5)), image.getpixel((5, 5))
    assert sky[2] > 180 and road[2] < 120


def test_without_a_photo_there_is_no_image_and_no_empty_frame():
    data = delivery_certificate("TW", None)
    pdf = render(data)
    assert [size for size in image_sizes(pdf) if size != (360, 120)] == []
    assert len(pages_text(pdf)) == 1


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"this is not a picture", "unreadable"),
        (photo_jpeg(800, 600)[:1500], "unreadable"),  # truncated download
        (png_claiming(100_000, 100_000), "too_large"),  # decompression bomb
        (png_claiming(40_000, 10), "too_large"),
    ],
    ids=["empty", "text", "truncated", "bomb", "too-wide"],
)
def test_a_picture_that_cannot_be_used_raises_a_domain_error(data: bytes, code: str):
    with pytest.raises(DocumentImageError) as raised:
        render(delivery_certificate("TW", data))
    assert raised.value.code == code
    assert isinstance(raised.value, ShowroomError) and raised.value.message


def test_png_with_transparency_prints_on_white():
    image = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    prepared = prepare_photo(out.getvalue())
    assert Image.open(io.BytesIO(prepared.data)).getpixel((10, 10))[0] > 240


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str):
    assert_fonts_embedded(render(delivery_certificate(REGION[lang], photo_jpeg(800, 600)), lang))


def test_bilingual_labels():
    text = body_text(render(delivery_certificate("TW"), bilingual=True))
    for pair in ("恭喜Congratulations", "交車證書Deliverycertificate", "服務專線Servicehotline"):
        assert pair in text, pair


def test_reprints_with_a_photo_are_identical():
    data = delivery_certificate("TW", photo_jpeg(2000, 1500))
    assert render(data) == render(data)
