"""Importer throughput benchmark (not a test): prints rows/s and peak memory.

Run: ``python tests/importers/bench_importers.py [rows]``. Figures depend on
the machine; nothing here fails.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from desktop.importers import read_file

FIXTURES = Path(__file__).parent / "fixtures"


def _square_items(path: Path, rows: int) -> None:
    lines = (FIXTURES / "square_items.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(lines[0])
        for i in range(rows):
            fh.write(lines[1 + i % 3].replace("4S5oaeKrPyyWWst4wAvuQJ3qn6PZY", f"TX{i // 3}")
                     .replace(",TX2,", f",TX{i // 3},"))


def _reviews(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Review Date,Stars,Comment,Reviewer,Review ID\n")
        for i in range(rows):
            fh.write(f"0{1 + i % 9}/1{i % 9}/2026,{1 + i % 5},\"Lovely coffee, slow service {i}\",Person {i},id{i}\n")


def _yelp(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(rows):
            fh.write('{"review_id":"r%d","user_id":"u","business_id":"b","stars":4.0,"useful":0,"funny":0,'
                     '"cool":0,"text":"Nice place with good coffee","date":"2018-07-07 22:09:11"}\n' % i)


def main(rows: int = 100_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, make, suffix in (("square items CSV", _square_items, ".csv"),
                                   ("generic reviews CSV", _reviews, ".csv"),
                                   ("Yelp dataset JSONL", _yelp, ".jsonl")):
            path = Path(tmp) / f"bench{suffix}"
            make(path, rows)
            start = time.perf_counter()
            files = read_file(path)
            elapsed = time.perf_counter() - start
            records = sum(len(f.records) for f in files)
            del files
            print(f"{name:22} {rows:>9,} rows {path.stat().st_size / 1e6:6.1f} MB "
                  f"{elapsed:6.2f} s {rows / elapsed:>9,.0f} rows/s  {records:>9,} records  "
                  f"max RSS so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
