"""Every CSV the app writes is safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io

from hypothesis import given, strategies as st

from desktop.core.exports import FORMULA_PREFIXES, csv_text, neutralise_cell, write_csv


def test_formula_cells_are_neutralised():
    for text in ("=1+1", "+44 20 7946 0000", "-2", "@SUM(A1)", "\tx", "\rx",
                 '=HYPERLINK("http://evil","click")'):
        out = neutralise_cell(text)
        assert out == "'" + text and not out.startswith(FORMULA_PREFIXES)


def test_plain_values_are_kept():
    assert neutralise_cell("Lovely coffee") == "Lovely coffee"
    assert neutralise_cell(None) == ""
    assert neutralise_cell(3) == "3" and neutralise_cell(-2) == "-2"  # a number is not a formula
    assert neutralise_cell(4.5) == "4.5"
    assert neutralise_cell(True) == "true"


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_no_cell_read_back_starts_a_formula(cells):
    header, row = list(csv.reader(io.StringIO(csv_text(["h"] * len(cells), [cells]), newline="")))
    assert len(row) == len(cells)
    for written, cell in zip(cells, row):
        assert not cell.startswith(FORMULA_PREFIXES)
        assert cell in (written, "'" + written)  # nothing but the marking quote is added


def test_write_csv_round_trip(tmp_path):
    path = write_csv(tmp_path / "out" / "x.csv", ["name", "note"], [["Ana", "=cmd|' /C calc'!A0"]])
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["name", "note"], ["Ana", "'=cmd|' /C calc'!A0"]]
