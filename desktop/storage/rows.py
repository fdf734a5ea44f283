"""The stored-analysis table rows as plain tuples, built where the analysis
ran (a worker process) and written by ``repositories.save_analysis_rows``.
Pure Python: a worker imports this without SQLAlchemy."""
from __future__ import annotations

from typing import NamedTuple, Sequence

from desktop.core.analysis import TextAnalysis

__all__ = ["AnalysisRows", "analysis_rows"]


class AnalysisRows(NamedTuple):
    """Stored-analysis table rows for a set of reviews, as plain tuples:
    built by :func:`analysis_rows` (in a worker process, where the analysis
    ran) and written by :func:`save_analysis_rows`."""

    review_ids: list[int]
    analysis: list[tuple]   # review_id, engine_version, text_hash, language, sentiment, flags
    aspects: list[tuple]    # review_id, aspect, polarity, term, sentence
    sentences: list[tuple]  # review_id, idx, text, sentiment


def analysis_rows(items: Sequence[tuple[int, str, TextAnalysis]],
                  engine_version: str | None = None) -> AnalysisRows:
    """The rows that store (review_id, text_hash, analysis) results; pure, no
    database. ``engine_version`` overrides each analysis's own stamp."""
    analysis, aspects, sentences = [], [], []
    for i, h, a in items:
        # a star-only review has no sentiment to speak of: NULL, not a neutral 0.0
        analysis.append((i, engine_version or a.engine_version, h, a.language,
                         a.sentiment if a.sentences else None, ",".join(a.flags)))
        if a.mentions:
            aspects += [(i, m.aspect, m.polarity, m.term[:200], m.sentence) for m in a.mentions]
        else:  # engines that give only the summary dict
            aspects += [(i, k, v, None, 0) for k, v in a.aspects.items()]
        sentences += [(i, n, x.text, x.sentiment) for n, x in enumerate(a.sentences)]
    return AnalysisRows([i for i, _, _ in items], analysis, aspects, sentences)
