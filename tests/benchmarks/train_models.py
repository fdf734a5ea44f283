"""Train the engine's small learned models, ``resources/models/<lang>.json``.

    python tests/benchmarks/train_models.py [--shared ../shared/benchmarks]
        [--langs en,es,fr,ru,nl,de,pt,sv] [--folds 5] [--dry-run]

For each language, three logistic regressions over the engine's own reading
(``desktop/analysis/model.py`` has the features): sentence polarity, one
"is there an opinion on this family here" per aspect family, and the
polarity of a mention the lexicon found no opinion for. Trained only on
data whose licence allows shipping weights learned from it (``SOURCES``):
by default M-ABSA train (Apache-2.0; for English, the M-ABSA sentences that
are SemEval-2016 held-out ones stay out, so that row stays held out); MAMS
train (Apache-2.0) and CEBaB train (CC BY 4.0) with ``--sources``.
SemEval-2016 is never read for training: its README says "tuning and tests
only, never shipped"; it is only the held-out evaluation in bench_native.py.

MAMS train is not used by default: its sentences are built to hold
contrasting opinions, and a model trained on them takes plain mentions ("we
had lunch with the waiter") for opinions; on the tuning data it did worse.

The L2 strength, the acceptance threshold of the family models and the
threshold for adding a family without any term are chosen by k-fold
cross-validation on the training data (folds by review). Deterministic:
the same data gives the same file. Needs numpy and scipy (training only;
the app reads the JSON with the standard library).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from scoring import (DEFAULT_SHARED, Item, load_cebab, load_mabsa, load_mams,  # noqa: E402
                     semeval_parts, text_key)

from desktop.analysis.aspects import LINK_NONE  # noqa: E402
from desktop.analysis.engine import rule_reading  # noqa: E402
from desktop.analysis.model import (FAMILIES, FAMILY_FEATURES, FAMILY_OF, FIELDS, decided,  # noqa: E402
                                    POLARITY_FEATURES, POLARITY_WINDOW, SENTENCE_FEATURES, family_vector,
                                    models_dir, polarity_vector, sentence_ranges, sentence_vector)

MABSA_LANGS = ("en", "de", "es", "fr", "nl", "pt", "ru", "sv")
L2_GRID = (0.5, 1.0, 2.0, 4.0)
MIN_COUNT = 2
"""A word must occur this often in the training data to get weights."""
MIN_WEIGHT = 0.002
MIN_LOOSE_GAIN = 0.003
"""Loosely linked families are checked only where that gains this much
out-of-fold F1 (each check costs analysis time)."""
MIN_ACCEPT_LOGIT = 0.0
"""A mention without a lexicon opinion is taken for an opinion only when
the model finds that more likely than not (p >= 0.5), whatever F1 would
prefer: a neutral mention must not become a complaint on a hunch."""
"""Smaller word weights are left out of the file (they change nothing)."""


@dataclass
class Example:
    """One training sentence as the engine reads it."""

    words: list[str]
    rule: float
    sign: int | None                    # sentence polarity label (1/-1) or None
    families: dict[str, int]            # family -> gold (1/-1/0/2), absent = no opinion
    known: tuple[str, ...]              # families the data labels (MAMS has no drinks)
    hits: dict[str, list]               # family -> [(link, polarity, weak, implicit, window words)]
    term_words: dict[str, list[str]]    # family -> the words of its terms
    n_families: int
    group: str                          # review id, for folds


def read(item: Item, lang: str, source: str) -> Example:
    p, hits = rule_reading(item.text, lang)
    words = [t for t in p.tokens if not t[-1:].isspace()]
    scores = [s for s, o in zip(p.sentence_scores, p.sentence_has_opinion) if o]
    rule = sum(scores) / len(scores) if scores else 0.0
    ranges = sentence_ranges(p)
    by_family: dict[str, list] = {}
    term_pos: dict[str, set[int]] = {}
    for h in hits:
        fam = FAMILY_OF.get(h.aspect)
        if fam is None:
            continue
        a, b = ranges[p.clause_sent[h.clause]]
        lo, hi = max(a, h.start - POLARITY_WINDOW), min(b, h.end + POLARITY_WINDOW)
        window = [t for t in p.tokens[lo:hi] if not t[-1:].isspace()]
        by_family.setdefault(fam, []).append(
            (h.scored, h.polarity if h.scored != LINK_NONE else 0.0, h.weak, h.implicit, window))
        term_pos.setdefault(fam, set()).update(range(h.start, h.end))
    term_words = {f: [p.tokens[i] for i in sorted(pos)] for f, pos in term_pos.items()}
    gold = dict(item.aspects)
    known = FAMILIES
    if source == "mams":
        known = tuple(f for f in FAMILIES if f != "drinks")
        gold = {f: v for f, v in gold.items() if v != 0}  # MAMS neutral: no opinion
    elif source == "cebab":  # whole reviews labelled for food, service and ambience only
        known = ("food", "service", "ambience")
    group = f"{source}:{item.sid.split(':', 1)[0] if item.sid else hashlib.sha1(item.text.encode()).hexdigest()[:8]}"
    return Example(words, rule, item.sign, gold, known, by_family, term_words, len(by_family), group)


SOURCES = ("mabsa", "mams", "cebab")
"""Training sources a licence allows to ship weights from: M-ABSA train
(Apache-2.0), MAMS train (Apache-2.0), CEBaB train (CC BY 4.0). SemEval-2016
is never read for training ("tuning and tests only, never shipped")."""


def training_data(shared: Path, lang: str, sources: tuple[str, ...] = ("mabsa",)) -> list[Example]:
    items: list[tuple[Item, str]] = []
    if "mabsa" in sources and lang in MABSA_LANGS:
        train = load_mabsa(shared, lang, "train")
        if lang == "en":
            # M-ABSA's English sentences are SemEval-2016 English train ones:
            # those of the held-out part stay out, so that row stays held out.
            held = {text_key(it.text) for it in semeval_parts(shared, "en")[1]}
            train = [it for it in train if text_key(it.text) not in held]
        items += [(it, "mabsa") for it in train]
    if "mams" in sources and lang == "en":
        items += [(it, "mams") for it in load_mams(shared, "train")]
    if "cebab" in sources and lang == "en":
        items += [(it, "cebab") for it in load_cebab(shared, "train_exclusive")]
    return [read(it, lang, src) for it, src in items]


# -- design matrices -----------------------------------------------------------------------

class Design:
    """Sparse rows: word counts (one column per vocabulary word) then the
    named features."""

    def __init__(self, vocab: dict[str, int], features: tuple[str, ...]) -> None:
        self.vocab = vocab
        self.features = features
        self.rows: list[int] = []
        self.cols: list[int] = []
        self.vals: list[float] = []
        self.n = 0

    def add(self, words: list[str], vector: tuple[float, ...]) -> None:
        counts: dict[int, float] = {}
        for w in words:
            j = self.vocab.get(w)
            if j is not None:
                counts[j] = counts.get(j, 0.0) + 1.0
        nv = len(self.vocab)
        for j, v in enumerate(vector):
            if v:
                counts[nv + j] = float(v)
        for j, v in counts.items():
            self.rows.append(self.n)
            self.cols.append(j)
            self.vals.append(v)
        self.n += 1

    def matrix(self) -> sparse.csr_matrix:
        return sparse.csr_matrix((self.vals, (self.rows, self.cols)),
                                 shape=(self.n, len(self.vocab) + len(self.features)))


def fit(x: sparse.csr_matrix, y: np.ndarray, l2: float, weight: np.ndarray | None = None) -> np.ndarray:
    """L2-regularised logistic regression (bias not penalised): weights then bias."""
    n, d = x.shape
    sw = np.ones(n) if weight is None else weight
    xt = x.T.tocsr()

    def loss_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        eps = 1e-12
        loss = -np.sum(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))) + 0.5 * l2 * w[:-1] @ w[:-1]
        r = sw * (p - y)
        return loss, np.append(xt @ r + l2 * w[:-1], r.sum())

    return minimize(loss_grad, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                    options={"maxiter": 500}).x


def vocabulary(examples: list[Example]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ex in examples:
        for w in set(ex.words):
            counts[w] = counts.get(w, 0) + 1
    return {w: j for j, w in enumerate(sorted(w for w, c in counts.items() if c >= MIN_COUNT))}


def sentence_rows(examples: list[Example], vocab: dict[str, int]) -> tuple[Design, np.ndarray, list[int]]:
    d = Design(vocab, SENTENCE_FEATURES)
    y, idx = [], []
    for k, ex in enumerate(examples):
        if ex.sign is None:
            continue
        d.add(ex.words, sentence_vector(ex.rule))
        y.append(1.0 if ex.sign > 0 else 0.0)
        idx.append(k)
    return d, np.array(y), idx


def family_rows(examples: list[Example], vocab: dict[str, int], fam: str
                ) -> tuple[Design, np.ndarray, list[int]]:
    """Sentences where ``fam`` has terms the rules linked to no opinion, or
    only loosely (``model.decided``): the model decides those. (A family
    with no term at all is never added: in cross-validation that gained
    nothing, and training on such sentences made the rest worse.)"""
    d = Design(vocab, FAMILY_FEATURES)
    y, idx = [], []
    for k, ex in enumerate(examples):
        if fam not in ex.known:
            continue
        hs = ex.hits.get(fam, [])
        if not hs or not decided([h[0] for h in hs]):
            continue  # no term, or a firm rule link: nothing to decide
        words = ex.words
        if hs:  # the context only: the term's own words are no evidence of an opinion
            own = list(ex.term_words.get(fam, ()))
            words = []
            for w in ex.words:
                if own and w in own:
                    own.remove(w)
                else:
                    words.append(w)
        d.add(words, family_vector([h[0] for h in hs], [h[1] for h in hs], [h[2] for h in hs],
                                      [h[3] for h in hs], ex.n_families, ex.rule))
        y.append(1.0 if fam in ex.families else 0.0)
        idx.append(k)
    return d, np.array(y), idx


def polarity_rows(examples: list[Example], vocab: dict[str, int]) -> tuple[Design, np.ndarray, list[int]]:
    d = Design(vocab, POLARITY_FEATURES)
    y, idx = [], []
    for k, ex in enumerate(examples):
        for fam, hs in ex.hits.items():
            gold = ex.families.get(fam)
            if gold not in (1, -1):
                continue
            for link, pol, _weak, _impl, window in hs:
                d.add(window, polarity_vector(ex.rule, pol))
                y.append(1.0 if gold > 0 else 0.0)
                idx.append(k)
    return d, np.array(y), idx


def folds(examples: list[Example], k: int) -> list[int]:
    return [int(hashlib.sha1(ex.group.encode()).hexdigest()[:8], 16) % k for ex in examples]


def cv_logits(examples: list[Example], rows, k: int, l2: float, fold_of: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold logits of a model trained on the other folds (vocabulary
    from the training folds only)."""
    out = None
    ys = None
    for f in range(k):
        train = [ex for ex, g in zip(examples, fold_of) if g != f]
        vocab = vocabulary(train)
        d_all, y_all, idx_all = rows(examples, vocab)
        x_all = d_all.matrix()
        tr = np.array([fold_of[i] != f for i in idx_all])
        w = fit(x_all[tr], y_all[tr], l2)
        z = x_all @ w[:-1] + w[-1]
        if out is None:
            out = np.zeros(len(y_all))
            ys = y_all
        out[~tr] = z[~tr]
    return out, ys


def best_l2(examples, rows, k, fold_of) -> tuple[float, float]:
    """The L2 strength with the best out-of-fold log-loss."""
    best = (math.inf, L2_GRID[0])
    for l2 in L2_GRID:
        z, y = cv_logits(examples, rows, k, l2, fold_of)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        ll = -np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))
        best = min(best, (ll, l2))
    return best[1], best[0]


def choose_thresholds(examples: list[Example], fam_z: dict[str, np.ndarray]) -> tuple[float, float, float]:
    """Thresholds (logits) that maximise out-of-fold micro F1 over
    (sentence, family): a family whose terms have no linked opinion is
    accepted at ``>= open`` (at least ``MIN_ACCEPT_LOGIT``), one whose terms
    are only loosely linked is kept at ``>= loose``; firmly linked families
    count as predicted, the others as not predicted."""
    cells = []  # (open?, z, gold)
    tp0 = fp0 = fn0 = 0
    for fam in FAMILIES:
        z_all = fam_z[fam]
        j = 0
        for ex in examples:
            if fam not in ex.known:
                continue
            hs = ex.hits.get(fam, [])
            gold = fam in ex.families
            links = [h[0] for h in hs]
            if not hs:
                fn0 += gold  # no term: never predicted
            elif decided(links):
                cells.append((all(x == LINK_NONE for x in links), z_all[j], gold))
                j += 1
            else:
                tp0 += gold
                fp0 += not gold
    is_open = np.array([c[0] for c in cells])
    z = np.array([c[1] for c in cells])
    g = np.array([c[2] for c in cells])

    def f1(t_open: float, t_loose: float) -> float:
        pred = np.where(is_open, z >= t_open, z >= t_loose)
        tp = tp0 + np.sum(pred & g)
        fp = fp0 + np.sum(pred & ~g)
        fn = fn0 + np.sum(~pred & g)
        return 2 * tp / (2 * tp + fp + fn)

    open_grid = list(np.arange(MIN_ACCEPT_LOGIT, 3.01, 0.1)) + [math.inf]
    loose_grid = list(np.arange(-3.0, 2.01, 0.1))
    t_open = max(open_grid, key=lambda a: f1(a, -math.inf))
    plain = f1(t_open, -math.inf)
    best = max(((f1(t_open, b), b) for b in loose_grid), key=lambda x: x[0])
    if best[0] - plain < MIN_LOOSE_GAIN:  # checking loose links costs time: only where it pays
        return float(t_open), -math.inf, plain
    return float(t_open), float(best[1]), float(best[0])


def train_language(shared: Path, lang: str, k: int, sources: tuple[str, ...] = ("mabsa",)) -> dict:
    examples = training_data(shared, lang, sources)
    fold_of = folds(examples, k)
    report: dict = {"examples": len(examples)}
    l2_s, ll_s = best_l2(examples, sentence_rows, k, fold_of)
    z_s, y_s = cv_logits(examples, sentence_rows, k, l2_s, fold_of)
    report["sentence"] = {"l2": l2_s, "cv_accuracy": round(float(np.mean((z_s > 0) == (y_s > 0.5))), 4),
                          "n": int(len(y_s))}
    fam_l2, fam_z = {}, {}
    for fam in FAMILIES:
        rows = lambda exs, v, fam=fam: family_rows(exs, v, fam)  # noqa: E731
        fam_l2[fam], _ = best_l2(examples, rows, k, fold_of)
        fam_z[fam], _ = cv_logits(examples, rows, k, fam_l2[fam], fold_of)
    t, t_loose, cv_f1 = choose_thresholds(examples, fam_z)
    report["families"] = {"l2": fam_l2, "threshold": None if math.isinf(t) else round(t, 2),
                          "loose_threshold": None if math.isinf(t_loose) else round(t_loose, 2),
                          "cv_f1": round(cv_f1, 4)}
    l2_p, _ = best_l2(examples, polarity_rows, k, fold_of)
    z_p, y_p = cv_logits(examples, polarity_rows, k, l2_p, fold_of)
    report["polarity"] = {"l2": l2_p, "cv_accuracy": round(float(np.mean((z_p > 0) == (y_p > 0.5))), 4),
                          "n": int(len(y_p))}

    # Final models on all the training data.
    vocab = vocabulary(examples)
    words = sorted(vocab, key=vocab.get)
    table = np.zeros((len(words), len(FIELDS)))
    out: dict = {"language": lang, "version": 1}

    def final(rows, l2: float, field: int, names: tuple[str, ...]) -> dict:
        d, y, _ = rows(examples, vocab)
        w = fit(d.matrix(), y, l2)
        table[:, field] = w[:len(words)]
        coefs = {n: round(float(c), 5) for n, c in zip(names, w[len(words):-1]) if abs(c) > 1e-6}
        return {"bias": round(float(w[-1]), 5), "coefs": coefs}

    out["sentence"] = final(sentence_rows, l2_s, 0, SENTENCE_FEATURES)
    out["families"] = {}
    for f, fam in enumerate(FAMILIES):
        rows = lambda exs, v, fam=fam: family_rows(exs, v, fam)  # noqa: E731
        spec = final(rows, fam_l2[fam], 1 + f, FAMILY_FEATURES)
        spec["threshold"] = None if math.isinf(t) else round(t, 3)
        spec["loose_threshold"] = None if math.isinf(t_loose) else round(t_loose, 3)
        out["families"][fam] = spec
    out["polarity"] = final(polarity_rows, l2_p, len(FIELDS) - 1, POLARITY_FEATURES)
    kept = {}
    for word, row in zip(words, table):
        if np.max(np.abs(row)) >= MIN_WEIGHT:
            kept[word] = [round(float(x), 4) for x in row]
    out["words"] = kept
    report["sources"] = list(sources)
    out["training"] = report
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--langs", default="en,es,fr,ru,nl,de,pt,sv")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--sources", default="mabsa", help=f"comma-separated, of {', '.join(SOURCES)}")
    ap.add_argument("--out", type=Path, help="write the models here instead of resources/models")
    ap.add_argument("--dry-run", action="store_true", help="train and report, write nothing")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"SKIPPED: {args.shared} not found")
        return 0
    sources = tuple(x.strip() for x in args.sources.split(",") if x.strip())
    if not set(sources) <= set(SOURCES):
        ap.error(f"--sources: only {', '.join(SOURCES)} may be shipped")
    folder = args.out or models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for lang in [x.strip() for x in args.langs.split(",") if x.strip()]:
        model = train_language(args.shared, lang, args.folds, sources)
        print(lang, json.dumps(model["training"]))
        if not args.dry_run:
            path = folder / f"{lang}.json"
            path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                            encoding="utf-8")
            print(f"  wrote {path} ({len(model['words'])} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
