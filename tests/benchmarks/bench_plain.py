"""Plain statements against opinions: what the learned models and the
subjectivity gate trade, on SemEval-2016's native sentences.

    python tests/benchmarks/bench_plain.py [--shared ../shared/benchmarks] [--part tune|heldout]
        [--margins 0.1,0.3,0.5]

Per language (en, es, fr, ru, nl): aspect F1 / polarity / sentence sentiment
(``scoring.score``) and ``plain`` (``bench_native.plain_rate``: of the
sentences SemEval annotates with no opinion, the share read with score 0
and no aspect opinion) for the rules alone, the models without the gate,
the shipped engine, and the engine with other ``model.MODEL_SENTENCE_MARGIN``
values. The settings are changed in this process only. Prints; asserts
nothing. Exits 0 with "SKIPPED" when the data is absent.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from scoring import DEFAULT_SHARED  # noqa: E402

LANGS = ("en", "es", "fr", "ru", "nl")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--part", choices=("tune", "heldout"), default="tune")
    ap.add_argument("--margins", default="0.3,0.5")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"SKIPPED: {args.shared} not found")
        return 0
    from bench_native import plain_rate
    from scoring import score, semeval_parts

    import desktop.analysis.model as model_module
    from desktop.analysis.engine import analyze
    from desktop.analysis.lexicon import get_lexicon

    shipped = model_module.MODEL_SENTENCE_MARGIN
    variants = [("rules only", None, False, shipped), ("models, no gate", True, False, shipped),
                (f"shipped (margin {shipped})", True, True, shipped)]
    variants += [(f"margin {m}", True, True, float(m)) for m in args.margins.split(",") if m.strip()]
    print(f"SemEval-2016 {args.part} part: aspect F1 / polarity / sentence / plain (n plain)")
    for lang in LANGS:
        items = semeval_parts(args.shared, lang)[0 if args.part == "tune" else 1]
        lex = get_lexicon(lang)
        analyze("warm up", lang=lang)
        model, narrative = lex.model, lex.narrative
        cells = []
        try:
            for name, use_model, gate, margin in variants:
                lex.model = model if use_model else None
                lex.narrative = narrative if gate else frozenset()
                model_module.MODEL_SENTENCE_MARGIN = margin
                res = [analyze(it.text, lang=lang) for it in items]
                s = score(items, res)
                n, ok = plain_rate(items, res)
                cells.append(f"{name}: {s.f1:.3f}/{s.polarity:.3f}/{s.sentence:.3f}/{ok / n if n else 0:.3f} ({n})")
        finally:
            lex.model, lex.narrative = model, narrative
            model_module.MODEL_SENTENCE_MARGIN = shipped
        print(f"{lang}  " + "\n    ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
