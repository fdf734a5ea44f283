"""Shared helpers for the demo-data tests."""
from __future__ import annotations

import hashlib
import os

from desktop.demo import DemoData


# REGULARS_DEMO_SEED lets you check that the stories hold for other seeds too.
SEED = int(os.environ.get("REGULARS_DEMO_SEED", "7"))


def fingerprint(d: DemoData) -> str:
    """SHA-256 of a canonical serialisation of everything generated: the
    dataclass reprs (field order fixed, floats and datetimes repr exactly)."""
    h = hashlib.sha256()
    for part in (d.business_name, d.locations, d.staff, d.dishes, d.stories,
                 d.customers, d.preferences, d.reviews):
        h.update(repr(part).encode("utf-8"))
    for o in d.orders:
        h.update(repr(o).encode("utf-8"))
    return h.hexdigest()


WAIT_WORDS = {
    "en": ("wait", "forever", "ages", "slow", "ignored", "minutes", "queue"),
    "it": ("aspett", "attesa", "eternità", "lent", "minuti", "mezz'ora"),
    "pt": ("esper", "eternidade", "lent", "minutos", "meia hora", "demor"),
    "es": ("esper", "eternidad", "lent", "minutos", "media hora", "tardaron"),
    "fr": ("attend", "attente", "éternité", "lent", "minutes", "demi-heure"),
    "de": ("wart", "ewig", "langsam", "minuten", "halbe stunde"),
    "sv": ("vänta", "väntan", "evighet", "långsam", "minuter", "halvtimme"),
    "ru": ("ждал", "ждать", "ожидан", "вечност", "медлен", "минут", "полчаса", "час"),
}


def mentions_waiting(text: str | None, lang: str | None) -> bool:
    t = (text or "").lower()
    return any(w in t for w in WAIT_WORDS.get(lang or "en", WAIT_WORDS["en"]))
