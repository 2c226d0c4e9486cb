"""Render ``ui/resources/charter.svg`` to the PNG sizes desktops and window managers ask for.

Run after changing the SVG (the PNGs are committed so the editor and the release archive need no
SVG renderer at build time)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "ui" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write ``charter-<size>.png`` for every size in ``SIZES``."""
    _app = QGuiApplication(sys.argv[:1])
    svg = RESOURCES / "charter.svg"
    for size in SIZES:
        target = RESOURCES / f"charter-{size}.png"
        image = render(svg, size)
        if not image.save(str(target)):
            raise SystemExit(f"make_icons: could not write {target}")
        print(f"make_icons: {target.relative_to(RESOURCES.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
