"""Accuracy of the review-analysis engine on natively written reviews.

    python tests/benchmarks/bench_native.py [--shared ../shared/benchmarks]
        [--langs en,es,fr,ru,nl,tr] [--part tune|heldout|both] [--json out.json]

Prints, per language of SemEval-2016 Task 5 restaurants train (sentences
written in that language, not translated), aspect P/R/F1, aspect polarity
and sentence sentiment with the common scoring scheme of
``../shared/benchmarks/README.md``; a sentence without opinions expresses
none. Column ``plain``: of the sentences that express no opinion at all
(SemEval lists none for them: "We went there for my birthday.", "The
restaurant is on the corner"), the share the engine reads as plain (score 0
and no aspect opinion), ``plain n`` how many. Each language is split once into a tuning part and a **held-out** part
that was never tuned on (``scoring.semeval_parts``: for English the
sentences outside M-ABSA's en train, elsewhere 30 % of the reviews by id
hash). Then whole reviews: the share of one- and two-star reviews scored
negative and of four- and five-star reviews scored positive, on CEBaB's
real OpenTable reviews (dev tuned on, test held out) and on the project's
check sets of long reviews in each language
(``tests/analysis/data/reviews_<lang>.tsv``, written for this project and
never tuned on). The star rating is not given to the engine. Exits 0 with
"SKIPPED" when the shared data is absent (the check sets still run).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from scoring import DEFAULT_SHARED, SEMEVAL_FILES, load_cebab, score, semeval_parts  # noqa: E402

from desktop.analysis.engine import analyze  # noqa: E402

CHECK_DIR = HERE.parent / "analysis" / "data"
CHECK_LANGS = ("it", "es", "fr", "de", "pt", "sv", "nl", "ru")


def load_reviews_tsv(path: Path) -> list[tuple[int, str]]:
    """A whole-review check set: ``stars<TAB>text`` per line, ``#`` comments."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        stars, text = line.split("\t", 1)
        out.append((int(stars), text.replace("\\n", "\n")))
    return out


def whole_review_rates(reviews: list[tuple[int, str]], lang: str | None) -> dict:
    """Share of 1-2 star reviews scored < 0 and of 4-5 star reviews > 0."""
    neg = [t for s, t in reviews if s <= 2]
    pos = [t for s, t in reviews if s >= 4]
    neg_ok = sum(analyze(t, lang=lang).sentiment < 0 for t in neg)
    pos_ok = sum(analyze(t, lang=lang).sentiment > 0 for t in pos)
    return {"negative_n": len(neg), "negative_ok": round(neg_ok / len(neg), 4) if neg else None,
            "positive_n": len(pos), "positive_ok": round(pos_ok / len(pos), 4) if pos else None}


def plain_rate(items: list, analyses: list) -> tuple[int, int]:
    """(how many items express no opinion at all, how many of those the
    engine reads as plain: score 0 and no aspect opinion)."""
    n = ok = 0
    for it, a in zip(items, analyses):
        if it.opinions != 0:
            continue
        n += 1
        ok += a.sentiment == 0 and not a.aspects
    return n, ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--langs", default=",".join(SEMEVAL_FILES))
    ap.add_argument("--part", choices=("tune", "heldout", "both"), default="both")
    ap.add_argument("--detect", action="store_true", help="detect the language instead of passing it")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    langs = [x.strip() for x in args.langs.split(",") if x.strip()]
    out: dict = {"semeval": [], "whole_reviews": []}
    if not args.shared.is_dir():
        print(f"SKIPPED: {args.shared} not found (SemEval-2016 and CEBaB rows)")
    else:
        print("SemEval-2016 restaurants train, native sentences")
        print(f"{'lang':5s} {'part':8s} {'P':>6s} {'R':>6s} {'F1':>6s} {'pol':>6s} {'sent':>6s} {'n':>5s} "
              f"{'plain':>6s} {'n':>5s}")
        for lang in langs:
            if lang not in SEMEVAL_FILES:
                continue
            tune, held = semeval_parts(args.shared, lang)
            parts = {"tune": tune, "heldout": held}
            for part in (("tune", "heldout") if args.part == "both" else (args.part,)):
                items = parts[part]
                res = [analyze(it.text, lang=None if args.detect else lang) for it in items]
                s = score(items, res)
                plain_n, plain_ok = plain_rate(items, res)
                out["semeval"].append({"lang": lang, "part": part, **s.as_dict(), "plain_n": plain_n,
                                       "plain": round(plain_ok / plain_n, 4) if plain_n else None})
                plain = f"{plain_ok / plain_n:6.3f}" if plain_n else f"{'-':>6s}"
                print(f"{lang:5s} {part:8s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                      f"{s.polarity:6.3f} {s.sentence:6.3f} {s.n:5d} {plain} {plain_n:5d}")
    print("\nWhole reviews, no star rating given: 1-2 stars scored negative / 4-5 stars scored positive")
    print(f"{'set':28s} {'neg ok':>7s} {'n':>4s} {'pos ok':>7s} {'n':>4s}")
    sets: list[tuple[str, list[tuple[int, str]], str | None]] = []
    if args.shared.is_dir():
        for split, label in (("dev", "CEBaB dev (tuned on)"), ("test", "CEBaB test (held out)")):
            items = load_cebab(args.shared, split)
            sets.append((label, [(1 if it.sign < 0 else 5, it.text) for it in items], "en"))
    for lang in CHECK_LANGS:
        path = CHECK_DIR / f"reviews_{lang}.tsv"
        if path.is_file():
            sets.append((f"check {lang} (never tuned on)", load_reviews_tsv(path), lang))
    for label, reviews, lang in sets:
        r = whole_review_rates(reviews, None if args.detect else lang)
        out["whole_reviews"].append({"set": label, "lang": lang, **r})
        neg = f"{r['negative_ok']:7.3f}" if r["negative_n"] else f"{'-':>7s}"
        pos = f"{r['positive_ok']:7.3f}" if r["positive_n"] else f"{'-':>7s}"
        print(f"{label:28s} {neg} {r['negative_n']:4d} {pos} {r['positive_n']:4d}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
