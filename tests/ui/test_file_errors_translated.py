"""Whole-file problems (a file Regulars cannot read at all) and the import
service's notes reach the window in the owner's language, while the CLI's
English stays exactly as it was: the importers raise ``FileReadError`` with a
coded problem, and the error dialog, the import summary, the preview and the
status line render it through tr(), naming the file."""
from __future__ import annotations

import ast
import pickle
import zipfile
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QLocale

from desktop.core.errors import FileReadError, UnrecognisedFileError, UserError, error_message
from desktop.core.messages import ENGLISH, RAW, Message
from desktop.importers import read_file
from desktop.services import Services
from desktop.ui.application import install_translators
from desktop.ui.errors import ErrorReporter
from desktop.ui.import_summary import summary_html
from desktop.ui.messages_text import TEMPLATES, message_text

ROOT = Path(__file__).resolve().parents[2]


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    """One file per whole-file problem an owner meets."""
    files: dict[str, Path] = {}

    def write(name: str, data: bytes) -> None:
        files[name] = tmp_path / name
        files[name].write_bytes(data)

    write("empty.csv", b"")
    write("binary.csv", b"\x01\x02\x00\x00\x03binary" * 10)
    write("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    write("page.csv", b"<html><body>not a table</body></html>\n")
    write("broken.zip", b"PK\x03\x04 this is not really a zip archive")
    write("broken.json", b'{"reviews": [1, 2,,]}')
    write("unknown.csv", b"alpha,beta\n1,2\n")
    with zipfile.ZipFile(tmp_path / "nothing.zip", "w") as zf:
        zf.writestr("readme.md", "no data here")
    files["nothing.zip"] = tmp_path / "nothing.zip"
    files["missing.csv"] = tmp_path / "missing.csv"
    return files


def _error(path: Path) -> FileReadError:
    with pytest.raises(FileReadError) as caught:
        read_file(path)
    return caught.value


def test_every_whole_file_error_is_coded_and_keeps_its_english(tmp_path: Path) -> None:
    files = _bad_files(tmp_path)
    codes = {}
    for name, path in files.items():
        error = _error(path)
        codes[name] = error.problem.code
        assert error.problem.code != RAW and error.problem.code in TEMPLATES, (name, str(error))
        assert str(error) == f"{error.path}: {str.__str__(error.problem)}"  # the CLI's text, as before
        assert error_message(error) == str(error) and error_message(error).code == "file.rejected"
        copy = pickle.loads(pickle.dumps(error))  # worker processes send errors back
        assert str(copy) == str(error) and copy.problem.code == error.problem.code
    assert codes["empty.csv"] == "read.empty"
    assert codes["old.xls"] == "read.old_xls"
    assert codes["missing.csv"] == "read.missing"
    assert codes["nothing.zip"] == "zip.no_data"
    assert codes["broken.json"] == "json.not_valid"
    assert str(_error(files["empty.csv"])) == f"{files['empty.csv']}: the file is empty"


def test_an_unrecognised_table_names_its_columns_in_any_language(tmp_path: Path) -> None:
    error = _error(_bad_files(tmp_path)["unknown.csv"])
    assert isinstance(error, UnrecognisedFileError)
    assert error.problem == "no recognisable columns; columns found: alpha, beta"


def _text_problem(call: ast.Call) -> bool:
    """The problem (a FileReadError's second argument, a UserError's first) is written as text."""
    args = call.args[1:] if getattr(call.func, "id", "") in ("FileReadError", "UnrecognisedFileError") else call.args
    return any(isinstance(a, ast.JoinedStr) or (isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                and " " in a.value) for a in args)


def test_no_whole_file_error_or_import_note_is_built_as_english_text() -> None:
    """A FileReadError or UserError raised with text would reach the window in English."""
    sources = sorted((ROOT / "desktop" / "importers").glob("*.py")) + [ROOT / "desktop" / "services" / "imports.py"]
    offenders = []
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "FileReadError", "UnrecognisedFileError", "UserError", "_PartFailed") and _text_problem(node):
                offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.GeneratorExp) and isinstance(node.elt, ast.JoinedStr):
                offenders.append(f"{path.name}:{node.lineno} (notes as f-strings)")
    assert offenders == []


def test_import_service_notes_are_coded(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "reviews.csv").write_text("date,rating,text\n2026-01-05,4,Nice\n", encoding="utf-8")
    (folder / "broken.json").write_text('{"reviews": [1,,]}', encoding="utf-8")
    outcome = services.imports.import_files([str(folder)])
    skipped = [w for r in outcome.results for w in r.warnings if getattr(w, "code", "") == "import.skipped"]
    assert skipped and str(skipped[0]).startswith("Skipped ") and "broken.json" in skipped[0]
    (tmp_path / "empty.csv").write_bytes(b"")
    bad = services.imports.import_files([str(tmp_path / "empty.csv")])
    path, problem = bad.errors[0]
    assert problem == f"{tmp_path / 'empty.csv'}: the file is empty" and problem.code == "file.rejected"
    with pytest.raises(UserError) as caught:
        services.imports.undo_batch(987654)
    assert str(caught.value) == "There is no import batch 987654." and error_message(caught.value).code == "import.no_batch"


@pytest.fixture(params=["it", "ru"])
def translated(qapp, request) -> Iterator[QLocale]:
    """The window's translators and default locale for ``request.param``, put back afterwards."""
    locale = QLocale(request.param)
    installed = install_translators(qapp, locale)
    previous = QLocale()
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(previous)
    for translator in installed:
        qapp.removeTranslator(translator)


EXPECTED = {"it": ("il file è vuoto", "il file non esiste"), "ru": ("файл пуст", "файл не существует")}


def test_the_error_dialog_names_the_file_in_the_windows_language(qtbot, tmp_path: Path,
                                                               translated: QLocale) -> None:
    empty, missing = EXPECTED[translated.name()[:2]]
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    error = _error(_bad_files(tmp_path)["empty.csv"])
    with qtbot.waitSignal(reporter.user_error_shown) as shown:
        reporter.report(error, "Import")
    assert "empty.csv" in shown.args[0] and empty in shown.args[0].lower(), shown.args[0]
    assert "the file is empty" not in shown.args[0]
    assert str(error).endswith("the file is empty")  # the CLI's English is untouched


def test_the_import_summary_and_status_line_say_why_in_the_windows_language(
        qtbot, window, tmp_path: Path, translated: QLocale) -> None:
    empty, missing = EXPECTED[translated.name()[:2]]
    (tmp_path / "vuoto.csv").write_bytes(b"")
    outcome = window.ctx.services.imports.import_files([str(tmp_path / "vuoto.csv")])
    html = summary_html(outcome)
    assert "vuoto.csv" in html and empty in html.lower() and "the file is empty" not in html
    window._on_import_succeeded(outcome)
    status = window.statusBar().currentMessage()
    assert "vuoto.csv" in status and empty in status.lower(), status
    window.last_summary.close()


def test_every_new_code_renders_translated(translated: QLocale) -> None:
    for code in ENGLISH:
        if not code.startswith(("read.", "zip.", "excel.", "format.", "import.", "kind.")) and code not in (
                "json.only_reviews", "json.not_valid", "json.own_maps_reviews", "json.other_format",
                "json.no_reviews", "json.unknown_format"):
            continue
        fields = {name: "x" for name in ("reason", "format", "description", "columns", "found", "first",
                                         "detail", "file")}
        numbers = {name: 1234 for name in ("count", "files", "limit", "times", "line", "megabytes",
                                           "gigabytes", "batch")}
        message = Message(code, **fields, **numbers, holds=Message("kind.orders"), kind=Message("kind.reviews"))
        text = message_text(message, translated)
        assert text and text != str(message) and "{" not in text, (code, text)
