"""The customer's best time to contact, as the owner wrote it ("mornings",
"after 17:00", "9-11", "pomeriggio", "вечером"), read as contact hours
(start hour, end hour) that the quiet-hours rule honours.

Nothing here guesses: text it cannot read gives no hours (the business's
quiet hours alone apply), and the owner's words stay shown as written.

Threading: pure; safe anywhere.
"""
from __future__ import annotations

import re
import unicodedata

PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "morning": (9, 12),
    "lunch": (12, 14),
    "afternoon": (14, 18),
    "evening": (18, 21),
}
"""Hours (start, end; end not included) each part of the day stands for."""
PART_WORDS: dict[str, tuple[str, ...]] = {
    "morning": ("morning", "mattin", "manha", "manana", "matin", "morgen", "vormittag", "forenoon", "formiddag",
                "ochtend", "утр"),
    "lunch": ("lunch", "pranzo", "almoco", "almuerzo", "midi", "mittag", "middag", "обед"),
    "afternoon": ("afternoon", "pomeriggio", "tarde", "apres-midi", "nachmittag", "eftermiddag", "namiddag",
                  "днем", "днём", "после обеда"),
    "evening": ("evening", "sera", "noite", "soir", "abend", "kvall", "kvaell", "avond", "вечер"),
}
"""Words for the parts of the day in the window's languages, matched at the
start of a word of the accent-free text ("mornings", "mattina", "утром")."""
RANGE_RE = re.compile(r"(?<!\d)([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?\s*(?:-|–|—|to|a|bis|till|tot|до)\s*"
                      r"([01]?\d|2[0-4])(?:[:.h]([0-5]\d))?(?!\d)")
AFTER_RE = re.compile(r"(?:after|dopo|depois|despues|apres|nach|efter|na|после)\s+(?:le |las |les |den )?"
                      r"([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?(?!\d)")
BEFORE_RE = re.compile(r"(?:before|prima delle|antes|avant|vor|fore|voor|до)\s+(?:le |las |den )?"
                       r"([01]?\d|2[0-4])(?:[:.h]([0-5]\d))?(?!\d)")
DAY_END = 21
"""The latest hour an open-ended "after 17:00" runs to."""
DAY_START = 9
"""The earliest hour an open-ended "before 11" starts from."""


def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if not unicodedata.combining(c))


def contact_hours(text: str | None) -> tuple[int, int] | None:
    """(start hour, end hour) from the owner's words, or None when they name
    no time. A range ("9-11", "17:30 to 19") wins; then "after 17" / "before
    11"; then parts of the day (several: from the first's start to the
    last's end). Minutes round outwards to whole hours."""
    folded = _fold(text or "")
    if not folded.strip():
        return None
    m = RANGE_RE.search(folded)
    if m:
        start, end = int(m.group(1)), int(m.group(3)) + (1 if m.group(4) and m.group(4) != "00" else 0)
        if start < end <= 24:
            return start, end
    m = AFTER_RE.search(folded)
    if m and int(m.group(1)) < DAY_END:
        return int(m.group(1)), DAY_END
    m = BEFORE_RE.search(folded)
    if m and int(m.group(1)) > DAY_START:
        return DAY_START, int(m.group(1))
    found = [hours for part, hours in PARTS_OF_DAY.items()
             if any(re.search(r"(?<![^\W\d_])" + re.escape(_fold(w)), folded) for w in PART_WORDS[part])]
    if found:
        return min(h[0] for h in found), max(h[1] for h in found)
    return None
