"""Icons and translations shipped in ``resources/`` next to the package.

The line icons are drawn in the colour scheme in use: each SVG's colours
(``palette.SVG_INK``) are swapped for the current light or dark values when
the icon is painted, so a theme switch repaints them too. GUI thread only."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.ui import palette

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
FIXED_ICONS = frozenset({"app"})
"""Icons kept in their own colours whatever the theme (the app's own mark)."""
DISABLED_OPACITY = 0.4
"""A disabled action's icon is drawn this opaque."""
_INK = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def _long_hex(value: str) -> str:
    value = value.lower()
    return "#" + "".join(c * 2 for c in value[1:]) if len(value) == 4 else value


def themed_svg(svg: str, dark: bool) -> str:
    """``svg`` with each colour of ``palette.SVG_INK`` replaced by its value
    in the light (``dark`` False) or dark scheme; other colours stay."""
    def swap(match: re.Match[str]) -> str:
        name = palette.SVG_INK.get(_long_hex(match.group(0)))
        return palette.colour(name, dark) if name else match.group(0)
    return _INK.sub(swap, svg)


class ThemedIconEngine(QIconEngine):
    """Paints one SVG in the current scheme's colours, at any size (sharp on high-DPI screens)."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[bool, QSvgRenderer] = {}

    def _renderer(self) -> QSvgRenderer:
        dark = palette.is_dark()
        if dark not in self._renderers:
            self._renderers[dark] = QSvgRenderer(QByteArray(themed_svg(self._svg, dark).encode("utf-8")))
        return self._renderers[dark]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: N802
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(DISABLED_OPACITY)
        self._renderer().render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return image

    def clone(self) -> "ThemedIconEngine":
        return ThemedIconEngine(self._svg)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as a QIcon in the scheme's colours (an empty icon if missing)."""
    path = ICONS_DIR / f"{name}.svg"
    if not path.exists():
        return QIcon()
    if name in FIXED_ICONS:
        return QIcon(str(path))
    return QIcon(ThemedIconEngine(path.read_text("utf-8")))
