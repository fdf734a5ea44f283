"""Accuracy and speed of the review-analysis engine on the shared labelled data.

    python tests/benchmarks/bench_analysis.py [--shared ../shared/benchmarks]
        [--langs en,de,...] [--quick] [--detect] [--json out.json]

Prints one row per dataset/split: aspect P/R/F1, aspect polarity accuracy,
sentence sign accuracy, n; then TextBlob sentiment-only vs the full
``analyze`` (language detection included) on the same ~2000 review texts in
one process, single core, and the speed ratio. Held-out figures: MAMS test,
CEBaB test, M-ABSA dev. MAMS labels every aspect a sentence mentions
("neutral" where it holds no opinion), so its rows count the engine's
neutral mentions as detected, with polarity 0. Native reviews and whole
reviews: ``bench_native.py``. Exits 0 with "SKIPPED" when the data is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from scoring import (DEFAULT_SHARED, POL, Item, _merge, load_cebab, load_mabsa,  # noqa: E402
                     load_mams, score)

from desktop.analysis.engine import analyze  # noqa: E402

MABSA_LANGS = ("en", "de", "es", "fr", "nl", "pt", "ru", "sv")
SPEED_TEXTS = 2000
REPEATS = 5
CHUNK = 100


def datasets(shared: Path, langs: list[str], quick: bool):
    """Yield (name, split, items, lang, score_aspects)."""
    if "en" in langs:
        splits = ["test"] if quick else ["val", "test"]
        for split in splits:
            yield "MAMS", split, load_mams(shared, split), "en", True
        for split in (["test"] if quick else ["dev", "test"]):
            yield "CEBaB-orig", split, load_cebab(shared, split), "en", False
    for lang in langs:
        if lang in MABSA_LANGS and (shared / "m-absa-restaurant" / lang).is_dir():
            yield f"M-ABSA-{lang}", "dev", load_mabsa(shared, lang, "dev"), lang, True
    it_check = HERE.parent / "analysis" / "data" / "it_check.tsv"
    if "it" in langs and it_check.is_file():
        yield "check-it", "check", load_check_tsv(it_check), "it", True


def load_check_tsv(path: Path) -> list[Item]:
    """A project check set: ``text<TAB>aspect:polarity;...<TAB>sentence``
    (see tests/analysis/data/it_check.tsv); wait -> service and
    cleanliness -> ambience, as the scoring scheme files them."""
    fold = {"wait": "service", "cleanliness": "ambience"}
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, aspects, sentence = line.split("\t")
        gold: dict[str, int] = {}
        for pair in filter(None, aspects.split(";")):
            aspect, pol = pair.split(":")
            _merge(gold, fold.get(aspect, aspect), POL[pol])
        sign = {"positive": 1, "negative": -1}.get(sentence.strip())
        items.append(Item(text, gold, sign, has_drinks=True))
    return items


def speed_texts(shared: Path, n: int) -> list[str]:
    """Up to ``n`` distinct real review texts (CEBaB train + dev, all
    ratings, originals and edits)."""
    import zipfile

    seen: dict[str, None] = {}
    with zipfile.ZipFile(shared / "cebab" / "CEBaB-v1.1.zip") as z:
        for split in ("train_exclusive", "dev"):
            for d in json.loads(z.read(f"CEBaB-v1.1/{split}.json")):
                seen.setdefault(d["description"], None)
                if len(seen) >= n:
                    return list(seen)
    return list(seen)


def speed(shared: Path, n: int) -> dict:
    """TextBlob sentiment-only vs full analyze on the same texts."""
    from textblob import TextBlob

    texts = speed_texts(shared, n)
    TextBlob("warm up").sentiment
    analyze("warm up")
    # Interleave small chunks and keep each chunk's best of REPEATS runs, so
    # all sides see the same machine load (other processes may be busy). The
    # order of the three runs rotates with each repeat, so no side always runs
    # first, on caches the previous side has just filled with its own data.
    def run_textblob(chunk: list[str]) -> None:
        for t in chunk:
            TextBlob(t).sentiment

    def run_full(chunk: list[str]) -> None:
        for t in chunk:
            analyze(t)

    def run_given(chunk: list[str]) -> None:
        for t in chunk:
            analyze(t, lang="en")

    sides = [run_textblob, run_full, run_given]
    totals = [0.0, 0.0, 0.0]
    chunks = [texts[k:k + CHUNK] for k in range(0, len(texts), CHUNK)]
    for chunk in chunks:
        best = [float("inf")] * 3
        for rep in range(REPEATS):
            for k in range(3):
                side = (rep + k) % 3
                t0 = time.process_time()
                sides[side](chunk)
                best[side] = min(best[side], time.process_time() - t0)
        totals = [a + b for a, b in zip(totals, best)]
    tb, ours, given = totals
    return {"texts": len(texts), "textblob_per_s": round(len(texts) / tb, 1),
            "analyze_per_s": round(len(texts) / ours, 1), "ratio": round(tb / ours, 2),
            "analyze_lang_given_per_s": round(len(texts) / given, 1),
            "ratio_lang_given": round(tb / given, 2),
            "chars_mean": round(sum(map(len, texts)) / len(texts), 1)}


class _TextBlobResult:
    """TextBlob's polarity in the shape ``score`` reads (no aspects)."""

    def __init__(self, text: str) -> None:
        from textblob import TextBlob

        self.sentiment = TextBlob(text).sentiment.polarity
        self.aspects: dict[str, float] = {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--langs", default="en,de,es,fr,nl,pt,ru,sv,it")
    ap.add_argument("--quick", action="store_true", help="test splits only, 500 texts for speed")
    ap.add_argument("--detect", action="store_true", help="detect language instead of passing it")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"SKIPPED: {args.shared} not found")
        return 0
    langs = [x.strip() for x in args.langs.split(",") if x.strip()]
    rows = []
    print(f"{'dataset':14s} {'split':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'pol':>6s} {'sent':>6s} {'n':>5s}")
    for name, split, items, lang, with_aspects in datasets(args.shared, langs, args.quick):
        res = [analyze(it.text, lang=None if args.detect else lang) for it in items]
        s = score(items, res, aspects=with_aspects, neutral=name == "MAMS")
        row = {"dataset": name, "split": split, "lang": lang, **s.as_dict()}
        rows.append(row)
        if with_aspects:
            # MAMS has no sentence whose aspects all agree, so no sentence figure
            sent = f"{s.sentence:6.3f}" if s.sent_n else f"{'-':>6s}"
            print(f"{name:14s} {split:6s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                  f"{s.polarity:6.3f} {sent} {s.n:5d}")
        else:
            print(f"{name:14s} {split:6s} {'-':>6s} {'-':>6s} {'-':>6s} {'-':>6s} {s.sentence:6.3f} {s.sent_n:5d}")
            # the same scoring for TextBlob's polarity, the baseline the engine replaces
            tb = score(items, [_TextBlobResult(it.text) for it in items], aspects=False)
            rows.append({"dataset": f"{name} (TextBlob)", "split": split, "lang": lang, **tb.as_dict()})
            print(f"{'  TextBlob':14s} {split:6s} {'-':>6s} {'-':>6s} {'-':>6s} {'-':>6s} "
                  f"{tb.sentence:6.3f} {tb.sent_n:5d}")
    out: dict = {"rows": rows}
    if not args.no_speed:
        sp = speed(args.shared, 500 if args.quick else SPEED_TEXTS)
        out["speed"] = sp
        print(f"\nspeed on {sp['texts']} distinct CEBaB reviews (mean {sp['chars_mean']} chars), one process, "
              f"CPU time, best of {REPEATS} per chunk of {CHUNK}:")
        print(f"  TextBlob sentiment only : {sp['textblob_per_s']:8.1f} texts/s")
        print(f"  analyze (full)          : {sp['analyze_per_s']:8.1f} texts/s")
        print(f"  ratio                   : {sp['ratio']:8.2f}x")
        print(f"  (analyze with lang='en' : {sp['analyze_lang_given_per_s']:8.1f} texts/s, "
              f"{sp['ratio_lang_given']:.2f}x: language detection excluded)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
