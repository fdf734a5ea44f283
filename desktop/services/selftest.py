"""The self-test: does this build (source or frozen) analyse text exactly as
the source tree does, can it create, migrate and import into a database, and
does it carry the window's translations?

The frozen build carries ``selftest_expected.json``, written from the source
tree by ``build.spec`` at build time. A build that lost data files (TextBlob's
lexicon, our lexicons, the migrations) gives different numbers and fails.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Callable

EXPECTED_NAME = "selftest_expected.json"
TOLERANCE = 1e-6

SAMPLES: tuple[tuple[str, str | None], ...] = (
    ("The flat white was superb and the staff were lovely.", None),
    ("Terrible service, we waited 40 minutes and the soup was cold.", None),
    ("The food was great but the service was painfully slow.", None),
    ("Not bad at all, though a bit pricey for what you get.", None),
    ("Il cappuccino era ottimo, ma il servizio è stato lentissimo.", None),
    ("A comida estava deliciosa e o atendimento foi simpático.", None),
    ("Kaffet var gott men personalen var otrevlig.", None),
    ("Еда была вкусной, но обслуживание ужасное.", None),
    ("La comida estaba fría y el camarero fue muy maleducado.", None),
    ("Le service était rapide et le café excellent.", None),
    ("Das Essen war lecker, aber viel zu teuer.", None),
    ("I got food poisoning after the chicken, I will contact a lawyer.", None),
)
SANITY = (  # (sample index, sign the overall sentiment must have)
    (0, 1), (1, -1), (5, 1), (8, -1),
)

_CSV = ("Review ID,Date,Rating,Author,Review\n"
        "st-1,2026-03-01,5,Ana,Lovely coffee and a warm welcome\n"
        "st-2,2026-03-02,2,Ben,\"Cold eggs, slow service\"\n")


def expected_path() -> Path:
    """Where the expected values live: inside the frozen bundle, or where
    ``build.spec`` writes them (``build/``) before freezing."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2] / "build"))
    return base / EXPECTED_NAME


def compute() -> list[dict]:
    from desktop.analysis.engine import ENGINE_VERSION, analyze

    out = []
    for text, lang in SAMPLES:
        result = analyze(text, lang=lang)
        out.append({"text": text, "engine": ENGINE_VERSION, **result.as_json(),
                    "flags": sorted(result.flags)})
    return out


def write_expected(path: Path | None = None) -> Path:
    path = path or expected_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(compute(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _compare(actual: list[dict], expected: list[dict]) -> list[str]:
    problems = []
    for got, want in zip(actual, expected):
        label = want["text"][:40]
        if got["language"] != want["language"]:
            problems.append(f"{label!r}: language {got['language']} != {want['language']}")
        if abs(got["sentiment"] - want["sentiment"]) > TOLERANCE:
            problems.append(f"{label!r}: sentiment {got['sentiment']} != {want['sentiment']}")
        if set(got["aspects"]) != set(want["aspects"]) or any(
                abs(got["aspects"][k] - want["aspects"][k]) > TOLERANCE for k in want["aspects"]):
            problems.append(f"{label!r}: aspects {got['aspects']} != {want['aspects']}")
        if got["flags"] != want["flags"]:
            problems.append(f"{label!r}: flags {got['flags']} != {want['flags']}")
    if len(actual) != len(expected):
        problems.append(f"{len(actual)} samples but {len(expected)} expected values")
    return problems


def _check_textblob() -> list[str]:
    from textblob import TextBlob

    score = TextBlob("What a wonderful, excellent café.").sentiment.polarity
    return [] if score > 0.3 else [f"TextBlob lexicon missing: polarity {score} for a glowing text"]


def _check_phones() -> list[str]:
    """phonenumbers loads its per-country metadata lazily: a build that lost it
    would store phones as typed."""
    from desktop.importers.values import phone

    got = phone("020 7946 0958", region="GB")
    return [] if got == "+442079460958" else [f"phone normalisation gave {got!r}"]


def _check_storage() -> list[str]:
    from desktop.services import Services

    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "reviews.csv"
        csv.write_text(_CSV, encoding="utf-8")
        services = Services.open(Path(tmp) / "selftest.sqlite")
        try:
            first = services.imports.import_files([str(csv)])
            again = services.imports.import_files([str(csv)])
            rows = len(services.reviews.list_reviews())
        finally:
            services.close()
    problems = []
    if first.errors or not first.results or first.results[0].inserted != 2:
        problems.append(f"import of a 2-row CSV gave {first}")
    if again.results and again.results[0].inserted != 0:
        problems.append("re-importing the same file inserted rows")
    if rows != 2:
        problems.append(f"{rows} reviews stored, expected 2")
    return problems


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
"""The first bytes of every compiled Qt translation (.qm)."""
WINDOW_LANGUAGES = ("de", "es", "fr", "it", "nl", "pt", "ru", "sv", "en")


def _check_translations() -> list[str]:
    """Every window language ships as a compiled .qm (the window loads
    nothing else); read as bytes, so the check needs no Qt."""
    from desktop.analysis.resources import resources_dir

    folder = resources_dir() / "translations"
    problems = []
    for lang in WINDOW_LANGUAGES:
        qm = folder / f"regulars_{lang}.qm"
        if not qm.is_file():
            problems.append(f"{qm.name} is missing from {folder}")
        elif qm.read_bytes()[:16] != QM_MAGIC:
            problems.append(f"{qm.name} is not a compiled Qt translation")
    return problems


def run_self_test(say: Callable[[str], None] = print) -> list[str]:
    """Run every check, report each through ``say``, return the failures."""
    failures: list[str] = []
    actual = compute()
    path = expected_path()
    checks: list[tuple[str, Callable[[], list[str]]]] = [
        ("TextBlob sentiment data", _check_textblob),
        ("analysis sanity", lambda: [
            f"{SAMPLES[i][0][:40]!r}: sentiment {actual[i]['sentiment']} has the wrong sign"
            for i, sign in SANITY
            if (sign > 0 and actual[i]["sentiment"] <= 0) or (sign < 0 and actual[i]["sentiment"] >= 0)]),
    ]
    if getattr(sys, "frozen", False):
        if path.exists():
            expected = json.loads(path.read_text(encoding="utf-8"))
            checks.append(("analysis matches the source tree", lambda: _compare(actual, expected)))
        else:
            failures.append(f"{EXPECTED_NAME} is missing from the build")
            say(f"FAIL  expected values: {EXPECTED_NAME} is missing from the build")
    else:
        say("ok    running from the source tree: the analysis is the reference")
    checks.append(("phone numbers to E.164", _check_phones))
    checks.append(("database create, migrate, import", _check_storage))
    checks.append(("window translations (" + ", ".join(WINDOW_LANGUAGES) + ")", _check_translations))
    for name, check in checks:
        try:
            problems = check()
        except Exception as exc:  # a self-test reports, it does not crash
            problems = [f"{type(exc).__name__}: {exc}"]
        say(("ok    " if not problems else "FAIL  ") + name)
        for p in problems:
            say(f"      {p}")
        failures.extend(problems)
    return failures
