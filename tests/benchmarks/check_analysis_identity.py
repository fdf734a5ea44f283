"""Byte-identity check of the analysis engine: the ``repr`` of every
analysis of a fixed reference corpus, written once and compared after each
change, so a speed change can prove it altered no result.

    python tests/benchmarks/check_analysis_identity.py --write /tmp/ref.txt
    python tests/benchmarks/check_analysis_identity.py --compare /tmp/ref.txt

The corpus: the speed texts of ``bench_analysis.py``, M-ABSA train and dev
(8 languages), MAMS train/val/test, CEBaB originals (train, dev, test),
SemEval-2016 train (6 languages), the project's check sets in
tests/analysis/data and odd texts (empty, emoji, very long, mixed scripts).
Each text is analysed with its language given and detected; every fifth
also with a star rating and owner terms (language given) and with a rating
alone (detected). One line per analysis: a running
number, the case, and the SHA-256 of ``repr(analyze(...))`` (floats by
``repr``, so any change of a digit shows). ``--compare`` prints the first
differing cases, their texts and new reprs, and exits 1 when any differs. The
reference file holds hashes only, never benchmark text; keep it outside the
repository. Exits 0 with "SKIPPED" when the shared data is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from scoring import DEFAULT_SHARED, SEMEVAL_FILES, load_mabsa, load_mams, load_semeval  # noqa: E402

MABSA_LANGS = ("en", "de", "es", "fr", "nl", "pt", "ru", "sv")
EXTRA_TERMS = {"dish": ["tiramisu", "cacio e pepe", "Flat White"], "staff": ["Marco", "Giulia"],
               "drink": ["spritz"]}
ODD_TEXTS = ["", " ", "\n\n", "😀😀😀", "!!!", "...", "a", "OK", "5/5", "10/10 would eat again",
             "The food was " + "very " * 400 + "good.", "x" * 20000, "Pizza. " * 500,
             "Bella pizza! Отличная еда. Great food.", "l'eau n'était pas fraîche", "C'est  ''  bon",
             "NOT GOOD AT ALL!!!", "not bad, not great", "¡¡Muy rico!!", "tab\tseparated\ttext",
             "<b>bold</b> & \"quotes\"", "=cmd|' /C calc'!A0", "\u200bzero width\u200b", "Ünïcödé çàfé",
             "Ich war nicht zufrieden, aber der Kaffee war gut.", "Niet slecht! Prima koffie.",
             "Kaffet var inte gott.", "O empregado foi muito simpático.", "Не вкусно и дорого."]


def corpus(shared: Path) -> list[tuple[str, str | None]]:
    """(text, language or None) pairs, in a fixed order."""
    from bench_analysis import speed_texts

    out: list[tuple[str, str | None]] = [(t, "en") for t in speed_texts(shared, 2000)]
    for lang in MABSA_LANGS:
        for split in ("train", "dev"):
            out += [(i.text, lang) for i in load_mabsa(shared, lang, split)]
    for split in ("train", "val", "test"):
        out += [(i.text, "en") for i in load_mams(shared, split)]
    with zipfile.ZipFile(shared / "cebab" / "CEBaB-v1.1.zip") as z:
        for split in ("train_exclusive", "dev", "test"):
            out += [(d["description"], "en") for d in json.loads(z.read(f"CEBaB-v1.1/{split}.json"))
                    if d.get("is_original")]
    for lang in SEMEVAL_FILES:
        out += [(i.text, lang) for i in load_semeval(shared, lang)]
    data = HERE.parent / "analysis" / "data"
    for path in sorted(data.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if path.name.startswith("reviews_"):
                out.append((cols[-1], path.stem.split("_")[1]))
            elif path.name == "aspect_complaints.tsv":
                out.append((cols[-1], cols[0]))
            else:
                out.append((cols[0], "it"))
    out += [(t, None) for t in ODD_TEXTS]
    return out


def cases(k: int, text: str, lang: str | None) -> list[tuple[str, tuple, dict]]:
    """The analyses made of the ``k``-th corpus text: ``(case, args, kwargs)``
    for ``analyze``."""
    out = []
    if lang is not None:
        out.append(("given", (text, lang), {}))
    out.append(("detected", (text,), {}))
    if k % 5 == 0:
        out.append(("rating+terms", (text, lang), {"rating": 1 + k % 5, "extra_terms": EXTRA_TERMS}))
        out.append(("rating", (text,), {"rating": 5 - k % 5}))
    return out


def digests(shared: Path) -> list[str]:
    """One line per analysis: ``number<TAB>case<TAB>sha256 of repr``."""
    from desktop.analysis.engine import analyze

    lines = []
    for k, (text, lang) in enumerate(corpus(shared)):
        for case, args, kwargs in cases(k, text, lang):
            digest = hashlib.sha256(repr(analyze(*args, **kwargs)).encode()).hexdigest()
            lines.append(f"{len(lines)}\t{case}\t{digest}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the reference digests here")
    mode.add_argument("--compare", type=Path, help="compare with these reference digests")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"SKIPPED: {args.shared} not found")
        return 0
    t0 = time.perf_counter()
    lines = digests(args.shared)
    took = time.perf_counter() - t0
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} analysis digests to {args.write} ({took:.1f} s)")
        return 0
    ref = args.compare.read_text(encoding="utf-8").splitlines()
    diff = [k for k, (a, b) in enumerate(zip(ref, lines)) if a != b]
    if len(ref) != len(lines):
        print(f"DIFFERENT: {len(ref)} reference analyses, {len(lines)} now")
        return 1
    if diff:
        from desktop.analysis.engine import analyze

        print(f"DIFFERENT: {len(diff)} of {len(lines)} analyses differ; first ones:")
        for k in diff[:5]:
            print(" ", lines[k].split("\t")[:2])
        print("(the old repr: re-run the reference commit; the texts and new reprs of those cases:)")
        wanted = set(diff[:5])
        n = 0
        for k, (text, lang) in enumerate(corpus(args.shared)):
            for case, call_args, kwargs in cases(k, text, lang):
                if n in wanted:
                    print(f"  #{n} {case} lang={lang}: {text[:120]!r}")
                    print(f"     now: {analyze(*call_args, **kwargs)!r}"[:600])
                n += 1
        return 1
    print(f"IDENTICAL: {len(lines)} analyses ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
