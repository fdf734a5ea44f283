"""The shipped translations: every message translated with its placeholders
intact, every committed .qm compiled from its .ts, and the app really loading them."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.ui.application import install_translators
from desktop.ui.resources import TRANSLATIONS_DIR

LANGUAGES = ("de", "it", "fr", "es", "pt", "sv", "nl", "ru")
PLURAL_FORMS = {"de": 2, "it": 2, "fr": 2, "es": 2, "pt": 2, "sv": 2, "nl": 2, "ru": 3}
"""How many <numerusform>s a numerus message needs in each language (Qt's rules)."""

ARG_RE = re.compile(r"%(?:[1-9]|n)")
NAMED_RE = re.compile(r"\{[A-Za-z_]\w*\}")
TAG_RE = re.compile(r"<(/?[A-Za-z][A-Za-z0-9]*)[^>]*>")
ACCEL_RE = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)(?=\S)")
"""A keyboard accelerator: an "&" that is not "&&" and not an entity such as "&nbsp;"."""


def ts_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"regulars_{lang}.ts"


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) for every message in ``regulars_<lang>.ts``."""
    root = ET.parse(ts_path(lang)).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def translations(message: ET.Element) -> list[str]:
    """The translated text(s) of ``message``: one, or one per plural form."""
    element = message.find("translation")
    assert element is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def placeholders(text: str) -> dict[str, Counter]:
    return {"args": Counter(ARG_RE.findall(text)), "named": Counter(NAMED_RE.findall(text)),
            "tags": Counter(tag.lower() for tag in TAG_RE.findall(text)),
            "accelerators": Counter({"&": len(ACCEL_RE.findall(text))})}


def find_lrelease() -> list[str] | None:
    """The lrelease shipped inside the PySide6 wheel, else one on PATH."""
    import PySide6

    for folder in getattr(PySide6, "__path__", []):
        for name in ("lrelease", "lrelease.exe"):
            exe = Path(folder) / name
            if exe.is_file():
                return [str(exe)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def test_every_language_is_shipped() -> None:
    shipped = {p.stem.split("_", 1)[1] for p in TRANSLATIONS_DIR.glob("regulars_*.ts")}
    assert shipped == set(LANGUAGES) | {"en"}  # English: only its counted phrases
    for lang in (*LANGUAGES, "en"):
        assert (TRANSLATIONS_DIR / f"regulars_{lang}.qm").is_file(), f"regulars_{lang}.qm is not compiled"


def test_languages_have_the_same_messages() -> None:
    """Refreshed together: every .ts holds the same context/source pairs."""
    reference = {(context, source) for context, source, _ in messages(LANGUAGES[0])}
    assert reference
    for lang in LANGUAGES[1:]:
        keys = {(context, source) for context, source, _ in messages(lang)}
        assert keys == reference, f"{lang}: missing {reference - keys}, extra {keys - reference}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    problems = []
    for context, source, message in messages(lang):
        element = message.find("translation")
        kind = element.get("type") if element is not None else "missing"
        if kind:  # "unfinished", "obsolete" or "vanished"
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        texts = translations(message)
        if message.get("numerus") == "yes" and len(texts) != PLURAL_FORMS[lang]:
            problems.append(f"{context}: {source!r} has {len(texts)} plural forms, needs {PLURAL_FORMS[lang]}")
        if any(not text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders(lang: str) -> None:
    """%1..%9, %n, {name}, HTML tags and "&" accelerators survive translation,
    and so do the spaces around glue text such as " and "."""
    problems = []
    for context, source, message in messages(lang):
        expected = placeholders(source)
        for text in translations(message):
            if not text:
                continue  # reported by test_every_message_is_translated
            found = placeholders(text)
            if message.get("numerus") == "yes":  # a singular form may spell the number out
                expected, found = {**expected, "args": Counter()}, {**found, "args": Counter()}
            for kind in expected:
                if +expected[kind] != +found[kind]:
                    problems.append(f"{context}: {source!r} -> {text!r}: {kind} "
                                    f"{dict(expected[kind])} != {dict(found[kind])}")
            if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
                problems.append(f"{context}: {source!r} -> {text!r}: leading/trailing space differs")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", (*LANGUAGES, "en"))
def test_committed_qm_is_up_to_date(lang: str, tmp_path: Path) -> None:
    """The app loads only .qm files (a frozen build has no lrelease), so the
    committed one must be exactly what lrelease makes of the .ts."""
    lrelease = find_lrelease()
    if lrelease is None:
        pytest.skip("lrelease not found (it ships with PySide6 as pyside6-lrelease)")
    fresh = tmp_path / f"regulars_{lang}.qm"
    try:
        run = subprocess.run([*lrelease, "-silent", str(ts_path(lang)), "-qm", str(fresh)],
                             capture_output=True, text=True, timeout=60)
    except OSError as exc:
        pytest.skip(f"lrelease cannot run here: {exc}")
    if not fresh.exists():
        pytest.skip(f"lrelease made no file (exit {run.returncode}): {run.stderr.strip()[-300:]}")
    committed = TRANSLATIONS_DIR / f"regulars_{lang}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is stale: run pyside6-lrelease {ts_path(lang).relative_to(TRANSLATIONS_DIR.parents[1])}")


def translated(lang: str, context: str, source: str) -> str:
    for ctx, src, message in messages(lang):
        if (ctx, src) == (context, source):
            return translations(message)[0]
    raise AssertionError(f"{context}/{source!r} is not in regulars_{lang}.ts")


@pytest.mark.parametrize(("locale", "lang"), [
    (QLocale(QLocale.Language.German), "de"),
    (QLocale(QLocale.Language.Italian), "it"),
    (QLocale(QLocale.Language.Russian), "ru"),
    (QLocale("pt_PT"), "pt"),
])
def test_install_translators_translates_the_window(qapp, locale: QLocale, lang: str) -> None:
    installed = install_translators(qapp, locale)
    try:
        assert installed, f"no translator loaded for {locale.name()}"
        for context, source in (("MainWindow", "Overview"), ("ReviewsPage", "Needing a reply"),
                                ("ReviewsPage", "Select a review to read it in full.")):
            expected = translated(lang, context, source)
            assert expected != source
            assert QCoreApplication.translate(context, source) == expected
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"


def test_english_file_holds_every_counted_phrase_and_nothing_else() -> None:
    """The source texts say "%Ln new review(s)"; English needs its two forms."""
    english = messages("en")
    assert {(c, s) for c, s, m in messages("de") if m.get("numerus") == "yes"} == {(c, s) for c, s, _ in english}
    for context, source, message in english:
        forms = translations(message)
        assert message.get("numerus") == "yes" and len(forms) == 2 and all(f.strip() for f in forms), source


@pytest.mark.parametrize("locale", ["en_GB", "C", "da_DK"])
def test_english_and_untranslated_languages_count_in_english(qapp, locale: str) -> None:
    from desktop.ui.import_summary import ImportWords

    installed = install_translators(qapp, QLocale(locale))
    try:
        assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"
        words = ImportWords()
        assert [words.added("reviews", n) for n in (1, 2)] == ["1 new review", "2 new reviews"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize(("locale", "expected"), [
    ("ru_RU", ["1 новый отзыв", "2 новых отзыва", "5 новых отзывов", "21 новый отзыв"]),
    ("de_DE", ["1 neue Bewertung", "2 neue Bewertungen", "5 neue Bewertungen", "21 neue Bewertungen"]),
    ("fr_FR", ["1 nouvel avis", "2 nouveaux avis", "5 nouveaux avis", "21 nouveaux avis"]),
])
def test_counted_phrases_follow_each_languages_plural_rules(qapp, locale: str, expected: list[str]) -> None:
    from desktop.ui.import_summary import ImportWords

    installed = install_translators(qapp, QLocale(locale))
    try:
        words = ImportWords()
        assert [words.added("reviews", n) for n in (1, 2, 5, 21)] == expected
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)



@pytest.mark.parametrize("locale,expected", [
    ("en_GB", ("4.05", "+0.57", "-0.1")), ("de_DE", ("4,05", "+0,57", "-0,1")),
    ("ru_RU", ("4,05", "+0,57", "-0,1")), ("sv_SE", ("4,05", "+0,57", "\u22120,1")),
])
def test_decimals_use_the_window_language(qapp, locale: str, expected: tuple) -> None:
    from PySide6.QtCore import QLocale

    from desktop.ui.models.columns import format_decimal

    QLocale.setDefault(QLocale(locale))
    try:
        assert (format_decimal(4.05), format_decimal(0.57, signed=True), format_decimal(-0.1, 1, signed=True)) == expected
    finally:
        QLocale.setDefault(QLocale.system())
