"""Render the application icon (``showroom_app/resources/icons/showroom.svg``) for installers.

    python installer/make_icons.py --png OUT.png [--size 256]   # Linux .desktop icon
    python installer/make_icons.py --ico OUT.ico                # Windows exe / shortcuts
    python installer/make_icons.py --icns OUT.icns              # macOS .app (needs iconutil)

Binaries are generated at build time, never committed. Rendering uses Qt's own SVG
renderer (offscreen), so it needs nothing beyond the application's dependencies.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "showroom_app" / "resources" / "icons" / "showroom.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 128, 256, 512)  # each also at @2x


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--png", type=Path, help="write one PNG of --size pixels")
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--ico", type=Path, help="write a Windows .ico (16-256 px)")
    parser.add_argument("--icns", type=Path, help="write a macOS .icns (macOS iconutil)")
    args = parser.parse_args(argv)
    if not args.png and not args.ico and not args.icns:
        parser.error("nothing to do: give --png, --ico and/or --icns")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"make_icons: {args.svg} is not a valid SVG", file=sys.stderr)
        return 1

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    if args.png:
        args.png.parent.mkdir(parents=True, exist_ok=True)
        if not render(args.size).save(str(args.png), "PNG"):
            print(f"make_icons: could not write {args.png}", file=sys.stderr)
            return 1
        print(f"wrote {args.png} ({args.size} px)")
    if args.ico:
        args.ico.parent.mkdir(parents=True, exist_ok=True)
        _write_ico(args.ico, [render(s) for s in ICO_SIZES])
        print(f"wrote {args.ico} ({', '.join(map(str, ICO_SIZES))} px)")
    if args.icns:
        _write_icns(args.icns, render)
        print(f"wrote {args.icns}")
    del app
    return 0


def _write_icns(path: Path, render: Callable[[int], Any]) -> None:
    """An .icns through an .iconset folder and macOS's ``iconutil``."""
    import shutil
    import subprocess
    import tempfile

    tool = shutil.which("iconutil")
    if tool is None:
        raise SystemExit("make_icons: iconutil not found (it comes with macOS)")
    with tempfile.TemporaryDirectory() as tmp:
        iconset = Path(tmp) / "showroom.iconset"
        iconset.mkdir()
        for size in ICNS_SIZES:
            render(size).save(str(iconset / f"icon_{size}x{size}.png"), "PNG")
            render(size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"), "PNG")
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-c", "icns", str(iconset), "-o", str(path)], check=True)


def _write_ico(path: Path, images: list[object]) -> None:
    """A multi-size .ico of PNG frames (Windows Vista+), without needing Qt's ico plugin."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    frames: list[tuple[int, bytes]] = []
    for image in images:
        assert isinstance(image, QImage)
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        frames.append((image.width(), bytes(data.data())))
    header = struct.pack("<HHH", 0, 1, len(frames))
    offset = len(header) + 16 * len(frames)
    entries = b""
    blobs = b""
    for size, png in frames:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    path.write_bytes(header + entries + blobs)


if __name__ == "__main__":
    sys.exit(main())
