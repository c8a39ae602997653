"""Render the application icon set from its SVG source.

    python packaging/make_icons.py          # (re)write resources/icons/*
    python packaging/make_icons.py --check  # exit 1 if the committed files are out of date

Reads ``resources/icons/slm-workbench.svg`` and writes, next to it:

- ``slm-workbench-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (Linux hicolor sizes,
  the window icon, the AppStream icon);
- ``slm-workbench.ico`` (Windows: 16..256 in one file);
- ``slm-workbench.icns`` (macOS: 16..1024 in one file).

The SVG is drawn with PySide6's QSvgRenderer at each size (no scaling of a big bitmap), so
small sizes stay crisp; Pillow packs the ICO and ICNS. Needs the ``packaging`` extra
(``pip install -e ".[packaging]"``) for Pillow.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "slm-workbench.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build_icon_set() -> dict[str, bytes]:
    """File name → content of every generated icon file."""
    from PIL import Image

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    rendered = {size: render_png(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    images = {size: Image.open(io.BytesIO(png)).convert("RGBA") for size, png in rendered.items()}
    files = {f"slm-workbench-{size}.png": rendered[size] for size in PNG_SIZES}

    ico = io.BytesIO()
    biggest = images[max(ICO_SIZES)]
    biggest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES])
    files["slm-workbench.ico"] = ico.getvalue()

    icns = io.BytesIO()
    images[max(ICNS_SIZES)].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES[:-1]])
    files["slm-workbench.icns"] = icns.getvalue()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the committed files are up to date")
    args = parser.parse_args(argv)
    files = build_icon_set()
    stale = [
        name for name, data in files.items() if not (ICONS / name).is_file() or (ICONS / name).read_bytes() != data
    ]
    if args.check:
        for name in stale:
            print(f"out of date: resources/icons/{name} (run python packaging/make_icons.py)")
        return 1 if stale else 0
    for name in stale:
        (ICONS / name).write_bytes(files[name])
    for name, data in sorted(files.items()):
        print(f"{'wrote ' if name in stale else 'same  '} resources/icons/{name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
