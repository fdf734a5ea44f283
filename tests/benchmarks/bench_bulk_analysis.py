"""Bulk analysis of a large review database: one core versus all cores, and
the incremental run after a later import. Prints figures; asserts nothing.

    python tests/benchmarks/bench_bulk_analysis.py [--reviews 100000] [--sample 12000]

The reviews are the demo café's texts repeated under new ids (the engine does
the full work for each row; nothing is cached between rows).
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# The app's modules are imported inside the functions: worker processes are
# spawned and import this script as their main module, and they must not pay
# for the services (SQLAlchemy, pandas) that only this process uses.


def _fill(services, n: int, offset: int = 0) -> None:  # noqa: ANN001
    from desktop.demo import generate
    from desktop.storage import repositories as repo

    base = [r for r in generate().reviews if r.text]
    records = [dataclasses.replace(base[i % len(base)], external_id=f"bulk-{offset + i}")
               for i in range(n)]
    with services.db.session() as s:
        repo.insert_reviews(s, None, records)


def _timed_run(services, workers: int) -> tuple[int, float]:  # noqa: ANN001
    start = time.perf_counter()
    done = services.analysis.analyze_pending(workers=workers)
    return done, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reviews", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=12_000, help="size of the 1-vs-all-cores run")
    ap.add_argument("--later", type=int, default=1_000, help="reviews added by a later import")
    args = ap.parse_args()
    from desktop.services import Services

    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for workers in (1, cores):
            services = Services.open(Path(tmp) / f"sample-{workers}.sqlite")
            _fill(services, args.sample)
            done, secs = _timed_run(services, workers)
            rows.append((workers, done, secs))
            services.close()
        services = Services.open(Path(tmp) / "bulk.sqlite")
        _fill(services, args.reviews)
        bulk_done, bulk_secs = _timed_run(services, cores)
        _fill(services, args.later, offset=args.reviews)
        later, later_secs = _timed_run(services, cores)
        services.close()
    print(f"cores: {cores}")
    for workers, n, secs in rows:
        print(f"analyse {n:,} reviews with {workers} worker(s): {secs:6.1f} s  ({n / secs:,.0f} reviews/s)")
    print(f"speed-up all cores vs one: {rows[0][2] / rows[1][2]:.2f}x")
    print(f"analyse a {bulk_done:,}-review database on all cores: {bulk_secs:6.1f} s "
          f"({bulk_done / bulk_secs:,.0f} reviews/s)")
    print(f"later import of {args.later:,} reviews: {later:,} analysed again in {later_secs:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
