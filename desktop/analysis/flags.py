"""Health & safety flags (food poisoning, allergy, foreign object, pest,
hygiene, legal threat) from each language's ``flags`` phrases.

Matching happens inside :func:`.sentiment.parse` (one pass over
the tokens); a phrase right after a negator ("didn't get sick") does not
raise its flag. This module names the flags.
"""
from __future__ import annotations

FLAGS: tuple[str, ...] = ("food_poisoning", "allergy", "foreign_object", "pest", "hygiene", "legal_threat")
"""Flag names the UI knows, in display order."""
