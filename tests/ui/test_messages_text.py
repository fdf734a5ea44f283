"""Every message the importers produce reaches the window in the owner's
language: each code has a rendering and a finished translation in every
shipped language, the importers emit only coded messages (never plain
English), and the window renders them with the locale's numbers."""
from __future__ import annotations

import ast
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop.core.messages import ENGLISH, RAW, Message, MessageError, as_message, rejected_message
from desktop.importers import jsonfile, read_file
from desktop.ui.application import install_translators
from desktop.ui.messages_text import CONTEXT, TEMPLATES, message_text, reason_text

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "it", "fr", "es", "pt", "sv", "nl", "ru")
FIELD_RE = re.compile(r"\{[A-Za-z_]\w*\}")


def _translations(lang: str) -> dict[str, str]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"regulars_{lang}.ts")
    found: dict[str, str] = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def test_the_window_renders_every_code_with_the_same_english_as_the_cli() -> None:
    assert set(TEMPLATES) == set(ENGLISH)
    for code, english in ENGLISH.items():
        assert TEMPLATES[code] == english, code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_is_translated_with_its_fields(lang: str) -> None:
    translated = _translations(lang)
    for code, source in TEMPLATES.items():
        if code == RAW:
            continue
        assert source in translated, f"{lang}: {code} has no translation"
        assert sorted(FIELD_RE.findall(translated[source])) == sorted(FIELD_RE.findall(source)), (lang, code)


def test_a_message_is_its_english_text_and_survives_pickling() -> None:
    reason = MessageError("value.not_rating", column="Stars", value="abc", scale=5)
    assert str(reason) == "Stars 'abc' is not a number 1-5"
    message = rejected_message("row", 7, reason)
    assert message == "row 7: Stars 'abc' is not a number 1-5"
    assert message.code == "row.rejected" and message.leaf_code == "value.not_rating"
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.codes() == {"row.rejected", "value.not_rating"}
    assert as_message("plain").code == RAW
    with pytest.raises(AttributeError):
        message.code = "other"  # type: ignore[misc]


def _importer_messages(tmp_path: Path) -> list[Message]:
    files = {
        "reviews.csv": "date,rating,text,author\n2026-01-05,4,Nice,Ann\nnotadate,3,Ok,Bob\n"
                       "2026-01-06,abc,Hmm,Cy\n2026-01-07,,,Dee\n03/04/2026,5,Good,Eve\n",
        "ten.csv": "date,rating,text\n2026-01-05,8,Nice\n2026-01-06,9,Great\n2026-01-07,10,Top\n",
        "customers.csv": "name,email,phone,birthday\nAnn,ann@x.it,+393331234567,\nBob,not-an-email,,\n"
                         "Cy,,abc,\nDee,,,99/99\n",
        "orders.csv": "order_id,date,total,status\n1,2026-01-05,10.5,completed\n,2026-01-05,3,completed\n"
                      "3,2026-01-06,,completed\n4,2026-01-06,4,cancelled\n5,bad,4,completed\n",
        "empty.csv": "date,rating,text\n",
    }
    found: list[object] = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        for parsed in read_file(tmp_path / name):
            found.extend(parsed.warnings)
            found.extend(r.reason for r in parsed.rejected)
    rejected: list = []
    for item in (jsonfile._BadLine(2), [1, 2]):  # the JSON item checks, one item at a time
        jsonfile._one(2, item, lambda it, loc: None, None, "item", [], rejected, 0)
    found.extend(r.reason for r in rejected)
    assert all(isinstance(m, Message) for m in found), [m for m in found if not isinstance(m, Message)]
    return found  # type: ignore[return-value]


def test_importers_emit_only_coded_messages(tmp_path: Path) -> None:
    messages = _importer_messages(tmp_path)
    codes = set().union(*(m.codes() for m in messages))
    assert RAW not in codes
    assert codes <= set(TEMPLATES)
    assert {"row.rejected", "item.rejected", "value.not_date", "value.not_rating", "review.empty",
            "value.not_email", "value.not_phone", "value.empty", "orders.cancelled", "file.no_rows",
            "ratings.ten_point", "dates.ambiguous", "json.invalid", "json.not_review"} <= codes


def test_no_importer_builds_an_english_sentence_by_hand() -> None:
    """A ValueError raised with text, or a warning appended as text, would reach the window in English."""
    offenders = []
    for path in sorted((ROOT / "desktop" / "importers").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                    and getattr(node.exc.func, "id", "") == "ValueError" \
                    and any(isinstance(a, ast.JoinedStr) or (isinstance(a, ast.Constant) and " " in str(a.value))
                            for a in node.exc.args):
                offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "append" \
                    and "warnings" in ast.unparse(node.func.value) \
                    and any(isinstance(a, (ast.JoinedStr, ast.Constant)) for a in node.args):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


@pytest.mark.parametrize("lang", ["it", "ru", "de"])
def test_importer_messages_reach_the_window_translated(qapp, tmp_path: Path, lang: str) -> None:
    messages = _importer_messages(tmp_path)
    locale = QLocale(lang)
    installed = install_translators(qapp, locale)
    try:
        for message in messages:
            text = message_text(message, locale)
            assert text and text != str(message), f"{lang}: {message.code} shown in English: {text}"
            assert "{" not in text, text
        count = message_text(Message("file.more_rejected", count=1234), locale)
        assert locale.toString(1234) in count
        ten = message_text(Message("ratings.ten_point", column="Voto", max=9.5), locale)
        assert locale.toString(9.5, "g", 6) in ten
        row = rejected_message("row", 4, MessageError("review.empty"))
        assert reason_text(row, locale) == message_text(Message("review.empty"), locale)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert message_text(Message("review.empty"), locale) == "has no rating and no review text"  # English again


def test_plain_text_and_unknown_codes_are_shown_as_they_are() -> None:
    assert message_text("Skipped notes.txt") == "Skipped notes.txt"
    assert message_text(Message("no.such.code", a="x")) == "x"
    assert reason_text("row 3: something") == "row 3: something"
