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
    """One place where the text names an aspect.

    Convention: ``polarity`` 0.0 means *mentioned, no opinion* (a neutral
    mention: "we came for a birthday dinner", "the food arrived in fifteen
    minutes"); it is neither a complaint nor a praise and is left out of
    ``TextAnalysis.aspects``. A complaint has polarity < 0, a praise > 0.
    """

    aspect: str          # one of ASPECTS, or "dish" / "staff" for the owner's own names
    polarity: float      # in [-1, 1]; 0.0 for a neutral mention (no opinion on it)
    term: str            # the words that triggered it, as written
    sentence: int        # index into TextAnalysis.sentences


@dataclass(frozen=True)
class TextAnalysis:
    """Everything the engine says about one text.

    ``aspects`` holds the aspects the text has an opinion on (complaints < 0,
    praise > 0): per aspect, the mean polarity of its non-neutral mentions.
    An aspect only mentioned without an opinion is not in ``aspects``; it is
    listed in ``neutral_aspects`` and its mentions (polarity 0.0) stay in
    ``mentions``.
    """

    language: str                      # ISO 639-1 code, or "unknown"
    sentiment: float                   # whole-text score in [-1, 1]
    aspects: dict[str, float] = field(default_factory=dict)  # aspect -> mean polarity of its opinions
    sentences: tuple[SentenceSentiment, ...] = ()
    mentions: tuple[AspectMention, ...] = ()
    flags: tuple[str, ...] = ()        # e.g. "food_poisoning", "allergy", "legal_threat"
    engine_version: str = ""
    neutral_aspects: tuple[str, ...] = ()  # mentioned, no opinion (ASPECTS order)

    def as_json(self) -> dict:
        """The ``analyze-text`` CLI contract."""
        return {
            "language": self.language,
            "sentiment": round(self.sentiment, 4),
            "aspects": {k: round(v, 4) for k, v in self.aspects.items()},
        }
