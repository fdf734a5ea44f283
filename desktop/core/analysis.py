"""Results of the review-analysis engine, as plain frozen records so that
storage, services and the UI can carry them without importing the engine."""
from __future__ import annotations

from dataclasses import dataclass, field

ASPECTS: tuple[str, ...] = ("food", "drinks", "service", "price", "ambience", "cleanliness", "wait")
"""The coarse aspects, in the order the UI shows them."""


@dataclass(frozen=True)
class SentenceSentiment:
    text: str
    sentiment: float  # in [-1, 1]


@dataclass(frozen=True)
class AspectMention:
    aspect: str          # one of ASPECTS, or "dish" / "staff" for the owner's own names
    polarity: float      # in [-1, 1]; 0 for a neutral mention
    term: str            # the words that triggered it, as written
    sentence: int        # index into TextAnalysis.sentences


@dataclass(frozen=True)
class TextAnalysis:
    """Everything the engine says about one text."""

    language: str                      # ISO 639-1 code, or "unknown"
    sentiment: float                   # whole-text score in [-1, 1]
    aspects: dict[str, float] = field(default_factory=dict)  # aspect -> polarity
    sentences: tuple[SentenceSentiment, ...] = ()
    mentions: tuple[AspectMention, ...] = ()
    flags: tuple[str, ...] = ()        # e.g. "food_poisoning", "allergy", "legal_threat"
    engine_version: str = ""

    def as_json(self) -> dict:
        """The ``analyze-text`` CLI contract."""
        return {
            "language": self.language,
            "sentiment": round(self.sentiment, 4),
            "aspects": {k: round(v, 4) for k, v in self.aspects.items()},
        }
