"""Review platforms as the owner knows them: stored codes to display names."""
from __future__ import annotations

SOURCE_LABELS: dict[str, str] = {
    "google": "Google",
    "tripadvisor": "Tripadvisor",
    "thefork": "TheFork",
    "trustpilot": "Trustpilot",
    "facebook": "Facebook",
    "yelp": "Yelp",
    "opentable": "OpenTable",
    "demo": "Demo",
}


def source_label(code: str | None) -> str:
    """The platform's own spelling for a stored source code; unknown codes are
    shown as written, with a capital first letter."""
    if not code:
        return ""
    return SOURCE_LABELS.get(code.strip().lower(), code[:1].upper() + code[1:])
