"""Where ``analyze``'s time goes, stage by stage, on the speed corpus of
``bench_analysis.py`` (2,000 distinct CEBaB reviews), without a profiler
(cProfile inflates the many small calls of the hot path).

    python tests/benchmarks/bench_analysis_stages.py [--shared ../shared/benchmarks] [--texts N]

Each stage is timed cumulatively (tokenising; + language detection; +
sentence split and parse; + aspect hits and attribution; + the learned
models), best of ``REPEATS`` runs of CPU time, and the difference to the
full ``analyze`` is the assembly of the result. Prints microseconds per
review; asserts nothing. Exits 0 with "SKIPPED" when the data is absent.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from scoring import DEFAULT_SHARED  # noqa: E402

from desktop.analysis.aspects import find_hits, score_hits  # noqa: E402
from desktop.analysis.engine import _detect, analyze  # noqa: E402
from desktop.analysis.lexicon import SENTENCE_TOKEN, get_lexicon  # noqa: E402
from desktop.analysis.model import apply as apply_model  # noqa: E402
from desktop.analysis.model import get_model  # noqa: E402
from desktop.analysis.sentiment import parse  # noqa: E402
from desktop.analysis.tokenize import normalise, split_elisions, split_sentences, tokenize_text  # noqa: E402

REPEATS = 5
STAGES = ("normalise + tokenise", "language detection", "sentence split + parse",
          "aspect hits + attribution", "learned models")


def pipeline(text: str, upto: int = len(STAGES) - 1, lang: str | None = None):
    """``analyze``'s steps for one text, up to stage ``upto`` (an index
    into ``STAGES``), without assembling a result: returns ``(parse,
    hits)`` from stage 2 on (``hits`` from stage 3 on), else None. Keep it
    in step with ``engine.analyze``: tests/analysis/test_stage_pipeline.py checks
    that the full pipeline reads what ``analyze`` reads."""
    text = normalise(text)
    tokens = tokenize_text(text)
    if upto == 0:
        return None
    lex = get_lexicon(lang or _detect(text, tokens))
    if upto == 1:
        return None
    if lex.split_apostrophes and "'" in text:
        tokens = split_elisions(tokens)
    sentences = split_sentences(text)
    tokens.append(SENTENCE_TOKEN)
    p = parse(tokens, len(sentences), lex)
    if upto == 2:
        return p, None
    hits = score_hits(p, find_hits(p, None, lex))
    model = get_model(lex.lang)
    if upto == 3 or model is None:
        return p, hits
    return p, apply_model(model, p, hits, lex.narrative, lex.stopwords, lex.narrative_not_after)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--texts", type=int, default=2000)
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"SKIPPED: {args.shared} not found")
        return 0
    from bench_analysis import speed_texts

    texts = speed_texts(args.shared, args.texts)
    for t in texts:  # warm: lexicons, models and their memos loaded
        analyze(t)

    def stages(upto: int) -> float:
        t0 = time.process_time()
        for text in texts:
            pipeline(text, upto)
        return time.process_time() - t0

    def full() -> float:
        t0 = time.process_time()
        for t in texts:
            analyze(t)
        return time.process_time() - t0

    cumulative = [min(stages(k) for _ in range(REPEATS)) for k in range(len(STAGES))]
    whole = min(full() for _ in range(REPEATS))
    n = len(texts)
    print(f"{n} CEBaB reviews, CPU time, best of {REPEATS}, microseconds per review:")
    prev = 0.0
    for name, t in zip(STAGES, cumulative):
        print(f"  {name:28s} {(t - prev) / n * 1e6:6.1f}")
        prev = t
    print(f"  {'assembly of the result':28s} {(whole - prev) / n * 1e6:6.1f}")
    print(f"  {'analyze (full)':28s} {whole / n * 1e6:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
