"""The app's colours, defined once, each with a light and a dark value; the
stylesheet, charts, table models and rich-text views read them by name.

``palette.MUTED`` (any name in ``COLOURS``) is the value for the scheme in use,
looked up when it is read: read it while painting or building text, never keep
it in a module-level constant, so a switch between light and dark shows
everywhere once the views are redrawn. ``desktop.ui.theme`` picks the scheme
(the system's, or the owner's choice) and calls ``set_dark``.

Every colour literal of the window lives in this file (tests/ui/test_theme.py
fails on one anywhere else in desktop/ui). Pure Python, no Qt; read it on the
GUI thread (the scheme is a plain module flag).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, NamedTuple


class Colour(NamedTuple):
    """One semantic colour: ``#rrggbb`` on a light and on a dark window."""

    light: str
    dark: str


COLOURS: dict[str, Colour] = {
    # surfaces
    "BACKGROUND": Colour("#f5f6f8", "#16181b"),        # the window behind the cards
    "SURFACE": Colour("#ffffff", "#212428"),           # cards, tables, inputs, bars
    "ALTERNATE_SURFACE": Colour("#fafbfc", "#25292e"),  # every other table row
    "BORDER": Colour("#e2e5ea", "#363c43"),            # card and table outlines, axis lines
    "CONTROL_BORDER": Colour("#c4ccd4", "#4a525b"),    # buttons, inputs, the drop zone's dashes
    "SCROLL_HANDLE": Colour("#cdd3da", "#4a525b"),
    # text
    "TEXT": Colour("#1f2933", "#e6e9ed"),
    "MUTED": Colour("#5a6470", "#a9b2bc"),             # captions, meta lines, axis labels
    "PLACEHOLDER": Colour("#69737e", "#959ea8"),       # hints inside empty inputs
    "DISABLED_TEXT": Colour("#a0a8b0", "#666e77"),     # disabled controls (WCAG exempts them)
    "ICON": Colour("#4a5562", "#aab3bd"),              # line icons (sidebar, toolbar, search, undo)
    # the accent (brand, selection, primary buttons)
    "ACCENT": Colour("#1f6f5c", "#5cc7a8"),
    "ACCENT_HOVER": Colour("#185a4a", "#7dd6bc"),
    "ACCENT_SOFT": Colour("#e3f1ec", "#1c3932"),       # selected sidebar item, hover, reply box
    "ON_ACCENT": Colour("#ffffff", "#0d1f1a"),         # text on a primary button
    "PRIMARY_DISABLED": Colour("#a7c8bd", "#2b4a42"),
    "ON_PRIMARY_DISABLED": Colour("#f4f8f6", "#7f9b93"),
    "SELECTION": Colour("#d7ebe4", "#24483f"),         # selected table rows
    # meaning
    "STAR": Colour("#b07b00", "#f0b429"),              # the star glyphs (a graphic: 3:1)
    "CAUTION": Colour("#9a6700", "#f0b429"),           # text: "high" urgency, at-risk customers
    "POSITIVE": Colour("#227a4a", "#62cc8f"),
    "NEUTRAL": Colour("#626a74", "#a3a9b2"),           # mixed sentiment
    "NEGATIVE": Colour("#b4321f", "#ff8a7a"),
    "WARNING_SOFT": Colour("#fdf3e1", "#4a3a17"),      # question and read-only banners, highlights
    "WARNING_BORDER": Colour("#efd9a7", "#6b5526"),
    "WARNING_TEXT": Colour("#805300", "#f2c46d"),
    # charts
    "BAR": Colour("#c9d8e6", "#3a4e63"),               # review-count bars behind the rating line
    "GRID": Colour("#e9ecef", "#2e3338"),              # chart grid lines
    "SECONDARY_LINE": Colour("#808b97", "#77828e"),    # the rating with the suspect reviews kept
    "DROP_FILL": Colour("#f6d5d0", "#4d2a26"),         # a drop's shaded weeks
    "DROP_KEY": Colour("#d2705f", "#a9574d"),          # the drop's swatch in the chart key
    "BURST": Colour("#8e44ad", "#c996e6"),             # suspicious-burst markers
}
"""Semantic name -> light and dark value. Add a colour here, never inline."""

SVG_INK: dict[str, str] = {"#4a5562": "ICON", "#1f6f5c": "ACCENT", "#ffffff": "ON_ACCENT"}
"""The colours resources/icons/*.svg are drawn in (their light values) -> the name each
stands for; desktop.ui.resources repaints the icons in the scheme in use (not the app icon)."""

PRINT_QUOTE = "#444444"
"""Quoted review text in the PDF report, which is printed on white paper whatever the window's theme."""
PRINT_NOTE = "#555555"
"""Till cross-checks in the PDF report (white paper)."""

TEXT_CONTRAST = 4.5
"""WCAG AA minimum contrast for body text against its background."""
GRAPHIC_CONTRAST = 3.0
"""WCAG AA minimum for graphics that carry meaning (chart lines, markers, stars, bars of causes)."""
SOFT_FILL_CONTRAST = 1.15
"""Soft fills (count bars, drop bands, grid lines) stay visibly distinct from the card, no more."""

CONTRAST_PAIRS: tuple[tuple[str, str, float], ...] = (
    *((fg, bg, TEXT_CONTRAST) for fg in ("TEXT", "MUTED")
      for bg in ("BACKGROUND", "SURFACE", "ALTERNATE_SURFACE", "ACCENT_SOFT", "WARNING_SOFT", "SELECTION")),
    ("PLACEHOLDER", "SURFACE", TEXT_CONTRAST),
    *((fg, bg, TEXT_CONTRAST) for fg in ("ACCENT", "POSITIVE", "NEGATIVE", "NEUTRAL", "CAUTION")
      for bg in ("SURFACE", "ALTERNATE_SURFACE", "BACKGROUND")),
    *((fg, bg, GRAPHIC_CONTRAST) for fg in ("STAR",) for bg in ("SURFACE", "ALTERNATE_SURFACE", "BACKGROUND")),
    ("ACCENT", "ACCENT_SOFT", TEXT_CONTRAST),
    ("NEGATIVE", "WARNING_SOFT", TEXT_CONTRAST),
    ("ON_ACCENT", "ACCENT", TEXT_CONTRAST),
    ("ON_ACCENT", "ACCENT_HOVER", TEXT_CONTRAST),
    ("WARNING_TEXT", "WARNING_SOFT", TEXT_CONTRAST),
    ("TEXT", "DROP_FILL", TEXT_CONTRAST),
    *((fg, "SURFACE", GRAPHIC_CONTRAST) for fg in ("SECONDARY_LINE", "BURST", "DROP_KEY", "ICON")),
    ("ICON", "BACKGROUND", GRAPHIC_CONTRAST),
    ("BURST", "DROP_FILL", GRAPHIC_CONTRAST),
    ("ACCENT", "DROP_FILL", GRAPHIC_CONTRAST),
    ("ACCENT", "BAR", GRAPHIC_CONTRAST),
    *((fg, "SURFACE", SOFT_FILL_CONTRAST) for fg in ("BAR", "GRID", "DROP_FILL", "BORDER", "CONTROL_BORDER")),
)
"""(foreground, background, minimum ratio) for every pairing the window draws;
tests/ui/test_theme.py checks each in both schemes."""

SENTIMENT_POSITIVE_FROM = 0.2
"""Sentiment at or above this reads as positive (scores are in [-1, 1])."""
SENTIMENT_NEGATIVE_BELOW = -0.2
"""Sentiment below this reads as negative; between the two it is mixed."""

_dark = False


def set_dark(dark: bool) -> None:
    """Use the dark (True) or light values from now on. GUI thread only."""
    global _dark
    _dark = bool(dark)


def is_dark() -> bool:
    return _dark


@contextmanager
def using(dark: bool) -> Iterator[None]:
    """Read the ``dark`` (or light) values inside the block, e.g. to draw a
    chart for white paper while the window is dark. GUI thread only."""
    global _dark
    saved, _dark = _dark, bool(dark)
    try:
        yield
    finally:
        _dark = saved


def colour(name: str, dark: bool | None = None) -> str:
    """``#rrggbb`` of ``name`` for the scheme in use (or the one asked for)."""
    pair = COLOURS[name]
    return pair.dark if (_dark if dark is None else dark) else pair.light


def __getattr__(name: str) -> str:
    """``palette.MUTED`` and friends: the current scheme's value."""
    if name in COLOURS:
        return colour(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``, 0 (black) to 1 (white)."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
