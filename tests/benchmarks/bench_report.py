"""The rating-drop report on a 100,000-review database, once analyses are
stored, against the floor of one GROUP BY over the reviews table. Prints
figures; asserts nothing.

    python tests/benchmarks/bench_report.py [--reviews 100000] [--repeat 5]

The reviews are the demo café's (texts, dates, ratings, platforms, the fake
burst) repeated under new ids, so the report finds the demo's stories in a
database 66 times its size.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text  # noqa: E402

from desktop.demo import generate  # noqa: E402
from desktop.services import Services  # noqa: E402
from desktop.storage import repositories as repo  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reviews", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    base = list(generate().reviews)
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "bulk.sqlite")
        records = [dataclasses.replace(base[i % len(base)], external_id=f"bulk-{i}") for i in range(args.reviews)]
        with services.db.session() as s:
            repo.insert_reviews(s, None, records)
        services.analysis.analyze_pending()
        floor, report = [], []
        for _ in range(args.repeat):
            t = time.perf_counter()
            with services.db.session() as s:
                s.execute(text("SELECT source, count(*), avg(rating) FROM reviews GROUP BY source")).all()
            floor.append(time.perf_counter() - t)
            t = time.perf_counter()
            result = services.insights.report()
            report.append(time.perf_counter() - t)
        services.close()
    best_floor, best_report = min(floor), min(report)
    print(f"reviews: {args.reviews:,}; drops {len(result.drops)}, suspicious bursts {len(result.bursts)}")
    print(f"GROUP BY floor: {best_floor * 1000:.1f} ms (best of {args.repeat})")
    print(f"report:         {best_report * 1000:.1f} ms (best of {args.repeat}; median {sorted(report)[len(report) // 2] * 1000:.1f} ms)")
    print(f"ratio report / floor: {best_report / best_floor:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
