"""The app's colours, defined once; the stylesheet, charts and models read them."""
from __future__ import annotations

BACKGROUND = "#f5f6f8"
SURFACE = "#ffffff"
BORDER = "#e2e5ea"
TEXT = "#1f2933"
MUTED = "#66707c"
ACCENT = "#1f6f5c"
ACCENT_HOVER = "#185a4a"
ACCENT_SOFT = "#e3f1ec"
SELECTION = "#d7ebe4"
STAR = "#d99a00"
POSITIVE = "#2e8b57"
NEUTRAL = "#8a8f98"
NEGATIVE = "#c0392b"
BAR = "#c9d8e6"
WARNING_SOFT = "#fdf3e1"

SENTIMENT_POSITIVE_FROM = 0.2
"""Sentiment at or above this reads as positive (scores are in [-1, 1])."""
SENTIMENT_NEGATIVE_BELOW = -0.2
"""Sentiment below this reads as negative; between the two it is mixed."""
