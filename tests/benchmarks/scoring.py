"""Loaders and scoring for the labelled review benchmarks in ``../shared/benchmarks``.

Implements the common scoring scheme of ``shared/benchmarks/README.md``:
categories mapped to the app's coarse aspects, micro P/R/F1 over
(sentence, aspect) pairs, polarity accuracy over correctly detected pairs
with a positive/negative gold label, and sign accuracy of the sentence score.

The data is read in place and never copied. Pure functions; thread-safe.
"""
from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

REPO_ROOT = Path(__file__).resolve().parents[2]


def _find_shared() -> Path:
    """``../shared/benchmarks`` next to the checkout; from a git worktree in
    ``<project>/wt/<name>`` that is two levels up, so both are tried (the
    first one is returned, existing or not, for the SKIPPED message)."""
    near = REPO_ROOT.parent / "shared" / "benchmarks"
    for candidate in (near, REPO_ROOT.parents[1] / "shared" / "benchmarks"):
        if candidate.is_dir():
            return candidate
    return near


DEFAULT_SHARED = _find_shared()

SCORED = ("food", "drinks", "service", "price", "ambience")

MAMS_MAP = {"food": "food", "menu": "food", "service": "service", "staff": "service",
            "price": "price", "ambience": "ambience"}
MABSA_MAP = {
    "food quality": "food", "food style_options": "food", "food general": "food",
    "drinks quality": "drinks", "drinks style_options": "drinks",
    "service general": "service",
    "food prices": "price", "drinks prices": "price", "restaurant prices": "price",
    "ambience general": "ambience",
}
HELDOUT_SHARE = 0.3
"""Share of SemEval-2016 reviews (by id hash) never used for tuning."""
POL = {"positive": 1, "negative": -1, "neutral": 0}
CONFLICT = 2  # gold aspect with both positive and negative labels


@dataclass
class Item:
    """One labelled text. ``aspects`` maps coarse aspect -> 1/-1/0/CONFLICT;
    ``sign`` is the whole-text label (1/-1) or None when mixed/neutral;
    ``opinions``: how many opinions the labels list (SemEval; -1: unknown,
    or a sentence SemEval left unannotated as out of scope)."""

    text: str
    aspects: dict[str, int] = field(default_factory=dict)
    sign: int | None = None
    has_drinks: bool = False
    sid: str = ""
    opinions: int = -1


def _merge(aspects: dict[str, int], asp: str, pol: int) -> None:
    old = aspects.get(asp)
    if old is None or old == pol:
        aspects[asp] = pol
    elif old == 0:
        aspects[asp] = pol
    elif pol != 0:
        aspects[asp] = CONFLICT


def _sign_of(pols: Iterable[int]) -> int | None:
    pols = list(pols)
    if pols and all(p == 1 for p in pols):
        return 1
    if pols and all(p == -1 for p in pols):
        return -1
    return None


def load_mams(shared: Path, split: str) -> list[Item]:
    """MAMS ACSA ``train``/``val``/``test``."""
    root = ET.parse(shared / "mams" / f"{split}.xml").getroot()
    items = []
    for s in root.iter("sentence"):
        text = s.findtext("text") or ""
        aspects: dict[str, int] = {}
        pols = []
        for c in s.iter("aspectCategory"):
            pol = POL[c.get("polarity", "neutral")]
            pols.append(pol)
            asp = MAMS_MAP.get(c.get("category", ""))
            if asp:
                _merge(aspects, asp, pol)
        items.append(Item(text, aspects, _sign_of(pols)))
    return items


_TRIPLE = re.compile(r"\[\s*['\"](.*?)['\"]\s*,\s*['\"]([a-z_]+ [a-z_]+)['\"]\s*,\s*['\"](positive|negative|neutral)['\"]\s*\]")


def load_mabsa(shared: Path, lang: str, split: str) -> list[Item]:
    """M-ABSA restaurant ``train``/``dev`` for one language."""
    path = shared / "m-absa-restaurant" / lang / f"{split}.txt"
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "####" not in line:
            continue
        text, labels = line.split("####", 1)
        aspects: dict[str, int] = {}
        pols = []
        for _term, cat, pol in _TRIPLE.findall(labels):
            pols.append(POL[pol])
            asp = MABSA_MAP.get(cat)
            if asp:
                _merge(aspects, asp, POL[pol])
        items.append(Item(text.strip(), aspects, _sign_of(pols), has_drinks=True))
    return items


def load_cebab(shared: Path, split: str, originals_only: bool = True) -> list[Item]:
    """CEBaB ``train_exclusive``/``dev``/``test``; original reviews with 1-2
    (negative) or 4-5 (positive) stars. Aspect labels: food, service,
    ambiance+noise -> ambience (used for tuning only)."""
    with zipfile.ZipFile(shared / "cebab" / "CEBaB-v1.1.zip") as z:
        data = json.loads(z.read(f"CEBaB-v1.1/{split}.json"))
    items = []
    amap = {"Positive": 1, "Negative": -1}
    for d in data:
        if originals_only and not d.get("is_original"):
            continue
        stars = str(d.get("review_majority"))
        sign = 1 if stars in ("4", "5") else -1 if stars in ("1", "2") else None
        if sign is None:
            continue
        aspects: dict[str, int] = {}
        for key, asp in (("food", "food"), ("service", "service"), ("ambiance", "ambience"), ("noise", "ambience")):
            v = amap.get(d.get(f"{key}_aspect_majority") or "")
            if v is not None:
                _merge(aspects, asp, v)
        items.append(Item(d["description"], aspects, sign))
    return items


SEMEVAL_FILES = {"en": "english", "es": "spanish", "fr": "french", "ru": "russian",
                 "nl": "dutch", "tr": "turkish"}
"""SemEval-2016 Task 5 restaurant train files, by ISO code."""


def load_semeval(shared: Path, lang: str) -> list[Item]:
    """SemEval-2016 Task 5 (SB1) restaurants train for one language, one
    item per sentence. Categories ``ENTITY#ATTRIBUTE`` map like M-ABSA's
    (lower-cased, ``#`` -> space); a sentence without ``<Opinions>``
    expresses none (gold: no aspect, no sign). Each item's ``sid`` is the
    sentence id, for splitting."""
    path = shared / "semeval2016-train" / f"restaurants_train_{SEMEVAL_FILES[lang]}.xml"
    root = ET.parse(path).getroot()
    items = []
    for s in root.iter("sentence"):
        text = (s.findtext("text") or "").strip()
        aspects: dict[str, int] = {}
        pols = []
        for o in s.iter("Opinion"):
            pol = POL.get(o.get("polarity", "neutral"), 0)
            pols.append(pol)
            asp = MABSA_MAP.get(o.get("category", "").lower().replace("#", " "))
            if asp:
                _merge(aspects, asp, pol)
        items.append(Item(text, aspects, _sign_of(pols), has_drinks=True, sid=s.get("id", ""),
                          opinions=-1 if s.get("OutOfScope") == "TRUE" else len(pols)))
    return items


def heldout(sid: str, share: float = HELDOUT_SHARE) -> bool:
    """True for the fixed share of reviews held out from tuning, chosen by a
    stable hash of the review id (the part of the sentence id before ":"),
    so a review's sentences all stay on one side."""
    review = sid.split(":", 1)[0]
    h = int(hashlib.sha1(f"regulars-heldout:{review}".encode()).hexdigest()[:8], 16)
    return h / 0xFFFFFFFF < share


def text_key(text: str) -> str:
    """A sentence reduced to its lower-case letters and digits, to find the
    same sentence tokenised differently in two datasets."""
    return re.sub(r"[\W_]+", "", text.lower())


def semeval_parts(shared: Path, lang: str) -> tuple[list[Item], list[Item]]:
    """SemEval-2016 train for ``lang`` split into (tune, held-out): the
    reviews that :func:`heldout` picks (30 % by id hash) are held out.

    M-ABSA's sentences are SemEval-2016 English train sentences (and their
    machine translations), so the English tuning part leaves out the
    sentences of M-ABSA's en dev, which stays a held-out figure; the English
    held-out part does hold sentences of M-ABSA's en train, which the
    lexicon was tuned on before this split existed."""
    items = load_semeval(shared, lang)
    tune = [i for i in items if not heldout(i.sid)]
    held = [i for i in items if heldout(i.sid)]
    if lang == "en":
        dev = {text_key(i.text) for i in load_mabsa(shared, "en", "dev")}
        tune = [i for i in tune if text_key(i.text) not in dev]
    return tune, held


def map_predicted(aspects: dict[str, float], has_drinks: bool) -> dict[str, float]:
    """Fold the app's aspects onto the scored ones: wait -> service,
    cleanliness -> ambience, drinks -> food when the data has no drinks
    label; the stronger score wins where two land on one aspect."""
    out: dict[str, float] = {}
    for asp, pol in aspects.items():
        if asp == "wait":
            asp = "service"
        elif asp == "cleanliness":
            asp = "ambience"
        elif asp == "drinks" and not has_drinks:
            asp = "food"
        if asp not in SCORED:
            continue
        if asp not in out or abs(pol) > abs(out[asp]):
            out[asp] = pol
    return out


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pol_ok: int = 0
    pol_n: int = 0
    sent_ok: int = 0
    sent_n: int = 0
    n: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def polarity(self) -> float:
        return self.pol_ok / self.pol_n if self.pol_n else 0.0

    @property
    def sentence(self) -> float:
        return self.sent_ok / self.sent_n if self.sent_n else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "polarity": round(self.polarity, 4),
                "polarity_n": self.pol_n, "sentence": round(self.sentence, 4),
                "sentence_n": self.sent_n, "n": self.n}


def _sign(x: float) -> int:
    return 1 if x > 0 else -1 if x < 0 else 0


def score(items: Sequence[Item], analyses: Sequence, aspects: bool = True,
          neutral: bool = False) -> Scores:
    """Score ``analyses`` (TextAnalysis-like: ``.aspects``, ``.sentiment``)
    against ``items``. With ``aspects=False`` only sentence sign is scored.
    ``neutral=True`` is for data whose labels include aspects mentioned
    without an opinion (MAMS labels them "neutral"): the engine's
    ``neutral_aspects`` then count as predicted, with polarity 0."""
    s = Scores(n=len(items))
    for item, a in zip(items, analyses):
        if item.sign is not None:
            s.sent_n += 1
            s.sent_ok += _sign(a.sentiment) == item.sign
        if not aspects:
            continue
        found = a.aspects
        if neutral and getattr(a, "neutral_aspects", ()):
            found = {**{k: 0.0 for k in a.neutral_aspects}, **found}
        pred = map_predicted(found, item.has_drinks)
        gold = item.aspects
        for asp in SCORED:
            g, p = asp in gold, asp in pred
            if g and p:
                s.tp += 1
                if gold[asp] in (1, -1):
                    s.pol_n += 1
                    s.pol_ok += _sign(pred[asp]) == gold[asp]
            elif g:
                s.fn += 1
            elif p:
                s.fp += 1
    return s


def run(items: Sequence[Item], analyze: Callable, **kw) -> list:
    """Analyse every item's text with ``analyze(text, **kw)``."""
    return [analyze(it.text, **kw) for it in items]
