#!/usr/bin/env python3
"""Make the PNG sizes and the Windows .ico from ``resources/icons/narrativ.svg``.

    .venv/bin/python packaging/make_icons.py

Renders with Qt's SVG renderer (already in the project's environment, on every platform)
and packs the .ico with Pillow (a dependency of reportlab). The results are kept in git, so
neither a build nor an installation needs to render anything. Run it after changing the SVG.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "narrativ.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"narrativ-{size}.png"


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_ico(pngs: dict[int, bytes]) -> bytes:
    from PIL import Image

    # Each size is the renderer's own picture, not a scaled copy of the largest one, so the
    # small sizes Windows shows in Explorer and the taskbar stay crisp.
    images = [Image.open(io.BytesIO(pngs[size])) for size in SIZES]
    out = io.BytesIO()
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    return out.getvalue()


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pngs = {size: render_png(size) for size in SIZES}
    wanted = {png_path(size): data for size, data in pngs.items()}
    wanted[ICONS / "narrativ.ico"] = make_ico(pngs)
    stale = [
        path for path, data in wanted.items() if not path.exists() or path.read_bytes() != data
    ]
    for path in stale:
        path.write_bytes(wanted[path])
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
