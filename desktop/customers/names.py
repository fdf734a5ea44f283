"""Names shared with front ends that should not load pandas just to parse arguments."""
from __future__ import annotations

SEGMENTS = ("new", "regular", "at-risk", "lapsed", "one-off")
"""Segment names, as the CLI prints them. A customer with no known visit has none."""
