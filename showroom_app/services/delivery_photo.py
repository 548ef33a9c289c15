"""The delivery photo (合影留念) the user picks for the ceremony certificate.

Any size or orientation is accepted: the picture is turned upright (EXIF orientation),
flattened onto white, scaled so its longer side is at most 1600 px and stored as JPEG. The
re-encoding also drops the camera's metadata (GPS position, device), which has no place in a
customer's record. A file that is not a picture, or is damaged, raises ``ValidationError``
before anything is stored.

Pillow is imported on first use: it comes with ReportLab (one of our dependencies), and
importing it at start-up would cost time for a screen most sessions never open.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from showroom_app.domain.delivery_messages import (
    PHOTO_BROKEN,
    PHOTO_EMPTY,
    PHOTO_NOT_IMAGE,
    PHOTO_TOO_BIG,
    PHOTO_TOO_MANY_PIXELS,
)
from showroom_app.domain.errors import ValidationError

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_MB = 15
MAX_BYTES = MAX_MB * 1024 * 1024
MAX_SIDE = 1600
#: far above any camera's JPEG that fits in 15 MB, and below Pillow's decompression-bomb
#: warning (89 MP), so a crafted file cannot make us decode gigabytes
MAX_PIXELS = 80_000_000
JPEG_QUALITY = 85
FIELD = "photo"


def _flatten(img: Image) -> Image:
    """RGB; transparent parts become white (as they print on paper)."""
    from PIL import Image as PILImage

    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = PILImage.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img.convert("RGB")


def prepare_photo(data: bytes) -> bytes:
    """The picture as stored: upright JPEG, longer side ≤ 1600 px; ValidationError if the
    file is empty, over 15 MB, not a picture, or damaged."""
    if not data:
        raise ValidationError(FIELD, PHOTO_EMPTY, "photo_empty")
    if len(data) > MAX_BYTES:
        raise ValidationError(FIELD, PHOTO_TOO_BIG, "photo_too_big", max_mb=MAX_MB)
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(data)) as img:
            width, height = img.size
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    FIELD,
                    PHOTO_TOO_MANY_PIXELS,
                    "photo_too_many_pixels",
                    megapixels=round(width * height / 1_000_000),
                )
            img.draft(None, (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced scale, faster
            img.load()
            picture = _flatten(ImageOps.exif_transpose(img))
    except UnidentifiedImageError:
        raise ValidationError(FIELD, PHOTO_NOT_IMAGE, "photo_not_image") from None
    except (OSError, SyntaxError, ValueError, EOFError, PILImage.DecompressionBombError):
        raise ValidationError(FIELD, PHOTO_BROKEN, "photo_broken") from None
    picture.thumbnail((MAX_SIDE, MAX_SIDE), PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


__all__ = ["MAX_BYTES", "MAX_SIDE", "prepare_photo"]
