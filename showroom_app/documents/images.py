"""Pictures on documents: the dealership's logo and the delivery-ceremony photo.

Both come from the user (a file picked in Settings or at the delivery), so they can be
anything: a 48-megapixel phone photo lying on its side (EXIF orientation), a PNG with
transparency, an empty file, a truncated download, or a header claiming 100,000 × 100,000
pixels. Each is decoded here with Pillow — the size is checked from the header *before* the
pixels are decoded — turned upright, flattened onto white and scaled down to what print
needs, then handed to ReportLab as fresh JPEG (photo) or PNG (logo) bytes. The same input
gives the same bytes, so reprints stay identical.

Anything that cannot be used raises :class:`DocumentImageError`, never a Pillow exception:
the UI shows its message and lets the user pick another picture.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageOps

from showroom_app.domain.errors import ShowroomError

#: Refused before decoding: more pixels than any camera makes (a decompression bomb would
#: otherwise need gigabytes of memory).
MAX_PIXELS = 120_000_000
MAX_SIDE = 30_000
PHOTO_MAX_SIDE = 1600  # px: ~270 dpi across a 150 mm photo box, plenty for print
LOGO_MAX_SIDE = 600
_JPEG_QUALITY = 88


class DocumentImageError(ShowroomError):
    """A picture for a document cannot be used; ``message`` is English source text the UI
    translates (context ``"Documents"``), ``code`` says why: ``empty``, ``unreadable`` or
    ``too_large``."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class PreparedImage:
    """Encoded image bytes ready for ReportLab, with their pixel size."""

    data: bytes
    width: int
    height: int

    @property
    def aspect(self) -> float:
        return self.width / self.height

    def fit(self, box_width: float, box_height: float) -> tuple[float, float]:
        """The largest size inside the box with the picture's own proportions."""
        scale = min(box_width / self.width, box_height / self.height)
        return self.width * scale, self.height * scale


def _open(data: bytes, what: str) -> Image.Image:
    if not data:
        raise DocumentImageError("empty", f"The {what} file is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DocumentImageError("too_large", f"The {what} is too large to print.") from exc
    except Exception as exc:  # Pillow raises many kinds (OSError, SyntaxError, ValueError…)
        raise DocumentImageError(
            "unreadable", f"The {what} file is not a picture that can be read."
        ) from exc
    width, height = image.size
    if width <= 0 or height <= 0 or width > MAX_SIDE or height > MAX_SIDE:
        raise DocumentImageError("too_large", f"The {what} is too large to print.")
    if width * height > MAX_PIXELS:
        raise DocumentImageError("too_large", f"The {what} is too large to print.")
    return image


def _upright_rgb(image: Image.Image, max_side: int, what: str) -> Image.Image:
    """Decoded, turned by its EXIF orientation, on white, no larger than ``max_side``."""
    try:
        if image.format == "JPEG":
            image.draft("RGB", (max_side, max_side))  # decode at 1/2, 1/4 or 1/8 scale
        image.load()
        upright = ImageOps.exif_transpose(image)
        if upright.mode in ("RGBA", "LA", "PA") or (
            upright.mode == "P" and "transparency" in upright.info
        ):
            rgba = upright.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
        else:
            flat = upright.convert("RGB")
        flat.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    except DocumentImageError:
        raise
    except Exception as exc:  # truncated or corrupt pixel data shows only when decoding
        raise DocumentImageError(
            "unreadable", f"The {what} file is damaged and cannot be printed."
        ) from exc
    finally:
        image.close()
    return flat


def _encode(image: Image.Image, fmt: str) -> PreparedImage:
    out = io.BytesIO()
    if fmt == "JPEG":
        image.save(out, "JPEG", quality=_JPEG_QUALITY, optimize=False, progressive=False)
    else:
        image.save(out, "PNG", optimize=False)
    return PreparedImage(out.getvalue(), image.width, image.height)


@lru_cache(maxsize=4)
def prepare_photo(data: bytes, max_side: int = PHOTO_MAX_SIDE) -> PreparedImage:
    """A photo as upright JPEG bytes no larger than ``max_side`` pixels on its long side."""
    return _encode(_upright_rgb(_open(data, "photo"), max_side, "photo"), "JPEG")


@lru_cache(maxsize=8)
def prepare_logo(data: bytes, max_side: int = LOGO_MAX_SIDE) -> PreparedImage:
    """A logo as lossless PNG bytes (sharp edges stay sharp), transparency on white."""
    return _encode(_upright_rgb(_open(data, "logo"), max_side, "logo"), "PNG")


__all__ = [
    "MAX_PIXELS",
    "MAX_SIDE",
    "DocumentImageError",
    "PreparedImage",
    "prepare_logo",
    "prepare_photo",
]
