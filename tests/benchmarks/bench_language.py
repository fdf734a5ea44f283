"""Accuracy and speed of desktop.analysis.language.detect_language.

Usage (from the repository root):
    python tests/benchmarks/bench_language.py [--split dev|train] [--errors N]

Reads M-ABSA restaurant sentences from ../shared/benchmarks (never copied into
the project) for en, de, es, fr, nl, pt, ru, sv, plus the project's own Italian
check set tests/analysis/data/it_check.tsv.  Prints a per-language accuracy
table ("unknown" counts as a miss) and the time per call.  A benchmark: it
prints figures and never fails on a slow machine.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from scoring import DEFAULT_SHARED  # noqa: E402

from desktop.analysis.language import detect_language  # noqa: E402

BENCH = DEFAULT_SHARED / "m-absa-restaurant"
IT_CHECK = ROOT / "tests" / "analysis" / "data" / "it_check.tsv"
LANGS = ("en", "de", "es", "fr", "nl", "pt", "ru", "sv")


def load(split: str) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    if BENCH.is_dir():
        for lang in LANGS:
            f = BENCH / lang / f"{split}.txt"
            if f.exists():
                data[lang] = [line.split("####", 1)[0].strip()
                              for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if IT_CHECK.exists():
        data["it"] = [line.split("\t", 1)[0] for line in IT_CHECK.read_text(encoding="utf-8").splitlines()
                      if line.strip() and not line.startswith("#")]
    return data


def _best_per_call(fn, texts: list[str], rounds: int = 5) -> float:
    """Microseconds per call, best of ``rounds`` passes over ``texts``."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return best / len(texts) * 1e6


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--errors", type=int, default=0, help="show up to N mistakes per language")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"SKIP: benchmark data not found at {BENCH} (expected ../shared/benchmarks); "
              "only the Italian check set is measured.")
    data = load(args.split)
    if not data:
        print("SKIP: no data to measure.")
        return 0
    print(f"{'lang':<6}{'n':>6}{'accuracy':>10}{'unknown':>9}  most common wrong answers")
    for lang, texts in data.items():
        got = [detect_language(t) for t in texts]
        ok = sum(g == lang for g in got)
        unk = sum(g == "unknown" for g in got)
        wrong = Counter(g for g in got if g != lang).most_common(4)
        print(f"{lang:<6}{len(texts):>6}{ok / len(texts):>10.3f}{unk:>9}  {wrong}")
        if args.errors:
            shown = 0
            for t, g in zip(texts, got):
                if g != lang and shown < args.errors:
                    print(f"    [{g}] {t}")
                    shown += 1

    # Speed: 300-character texts built from real sentences, best of several
    # rounds (the machine may be busy). The engine passes its own tokens to
    # the detector, so what detection costs a review is analyze(text) minus
    # analyze(text, lang), measured side by side.
    try:
        from desktop.analysis.engine import analyze
    except Exception:  # engine not importable: report the detector alone
        analyze = None
    for lang in ("en", "de", "ru", "it"):
        if lang not in data:
            continue
        joined = " ".join(data[lang])
        samples = [joined[i:i + 300] for i in range(0, min(len(joined) - 300, 300 * 200), 300)]
        if not samples:
            continue
        detect_language(samples[0])  # load profiles
        per = _best_per_call(detect_language, samples)
        line = f"speed {lang}: detect_language {per:.1f} µs per 300-char text ({len(samples)} texts)"
        if analyze is not None:
            analyze(samples[0], lang=lang)
            given = detected = float("inf")
            for _ in range(3):  # alternate, so both see the same machine load
                given = min(given, _best_per_call(lambda t: analyze(t, lang=lang), samples, rounds=1))
                detected = min(detected, _best_per_call(analyze, samples, rounds=1))
            line += (f"; analyze {detected:.0f} µs, with the language given {given:.0f} µs "
                     f"-> detection adds {max(detected - given, 0.0):.1f} µs ({max(detected / given - 1, 0.0):.0%})")
        print(line)
    all_texts = [t for texts in data.values() for t in texts]
    t0 = time.perf_counter()
    for t in all_texts:
        detect_language(t)
    per = (time.perf_counter() - t0) / len(all_texts) * 1e6
    print(f"speed all sentences: {per:.1f} µs per sentence (mean length "
          f"{sum(map(len, all_texts)) / len(all_texts):.0f} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
