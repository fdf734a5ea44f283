"""Shared fixtures for importer tests: the fixture folder and small writers
for quirk files generated on the fly (encodings, ZIPs, workbooks)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fx() -> Path:
    """The folder of synthetic fixture files."""
    return FIXTURES


def _make_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    """Write a ZIP with the given member names and contents."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _make_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """Write a one-sheet workbook with ``rows`` (first row usually the header)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def make_zip():  # noqa: ANN201 - returns the writer
    """``make_zip(path, {member: bytes})`` -> path."""
    return _make_zip


@pytest.fixture
def make_xlsx():  # noqa: ANN201
    """``make_xlsx(path, rows)`` -> path."""
    return _make_xlsx
