"""The rating-drop report on a 100,000-review database, once analyses are
stored, against the floor of one GROUP BY over the reviews table. Prints
figures; asserts nothing.

    python tests/benchmarks/bench_report.py [--reviews 100000] [--repeat 5]

"new process, stored report" is a new Python process reading the report an
earlier one kept in the database (services/report_store.py); "nothing
stored" the same process computing it.

The data is a busy group: as many demo cafés as 100,000 reviews need, each
generated with a seed of its own (the same stories on the same dates, but
each café's own reviewers, posting times, texts and chance ups and downs)
and under location names of its own; the fake one-star campaign hits the
first café only. Copies of one café under new ids would post 66 reviews in
the same minute (false bursts) and turn its chance dips into certainties.
"""
from __future__ import annotations

import argparse
import dataclasses
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text  # noqa: E402

from desktop.demo import generate  # noqa: E402
from desktop.demo.generator import DEFAULT_END  # noqa: E402
from desktop.demo.timeline import Timeline  # noqa: E402
from desktop.services import InsightFilter, Services  # noqa: E402
from desktop.services.insights import InsightsService  # noqa: E402
from desktop.storage import repositories as repo  # noqa: E402


SEED = 7
NEW_PROCESS = """
import sys, time
sys.path.insert(0, {root!r})
from desktop.services import Services
services = Services.open({path!r}, access="read")  # the benchmark holds the writer lock
t = time.perf_counter()
services.insights.report()
print(time.perf_counter() - t)
services.close()
"""


def new_process(path: Path) -> float:
    """Seconds of the first report() in a new Python process (opening the
    database and importing excluded: the Overview's first week at start), as a
    second, read-only window: it reads a stored report, never stores one."""
    code = NEW_PROCESS.format(root=str(Path(__file__).resolve().parents[2]), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def busy_group(n: int) -> list:
    """``n`` reviews: demo cafés generated with seeds 7, 8, 9, ... (the same
    stories on the same dates, each café's own reviewers, times, texts and
    chance ups and downs), each under location names of its own; the fake
    campaign is kept in the first café only."""
    tl = Timeline.for_end(DEFAULT_END)

    def fake(r) -> bool:  # noqa: ANN001 - the demo's campaign: one star, Google, burst days, "JamesMiller42"
        return (r.rating == 1 and r.source == "google" and " " not in (r.author or " ")
                and r.created_at is not None and tl.burst_start <= r.created_at.date() <= tl.burst_end)

    out: list = []
    copy = 0
    while len(out) < n:
        for r in generate(seed=SEED + copy).reviews:
            if len(out) >= n:
                break
            if copy and fake(r):
                continue
            out.append(dataclasses.replace(
                r, external_id=f"bulk-{len(out)}",
                location=r.location if not copy else f"{r.location or 'Café'} {copy + 1}"))
        copy += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reviews", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--db", type=Path, help="build the database here once and reuse it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bulk.sqlite"
        services = Services.open(path)
        with services.db.session() as s:
            have = s.execute(text("SELECT count(*) FROM reviews")).scalar_one()
        if have != args.reviews:
            if have:
                raise SystemExit(f"{path} holds {have:,} reviews, not {args.reviews:,}")
            with services.db.session() as s:
                repo.insert_reviews(s, None, busy_group(args.reviews))
        services.analysis.analyze_pending()
        floor, first, again, cached, stored, cold = [], [], [], [], [], []
        for k in range(args.repeat):
            t = time.perf_counter()
            with services.db.session() as s:
                s.execute(text("SELECT source, count(*), avg(rating) FROM reviews GROUP BY source")).all()
            floor.append(time.perf_counter() - t)
            fresh = InsightsService(services.db)  # nothing in memory: reads every review
            fresh.forget_reports()  # nor in the database: computes, then stores
            t = time.perf_counter()
            result = fresh.report()
            first.append(time.perf_counter() - t)
            # a new window on the same data: the report the first one stored
            stored.append(new_process(path))
            # the same without a stored report (what a new process paid before)
            fresh.forget_reports()
            cold.append(new_process(path))
            # a filter change on the Insights page: the same stored reviews, computed again
            flt = InsightFilter() if k % 2 == 0 else InsightFilter(platform="google")
            fresh.forget_reports()  # a recompute, not the report already computed (memory or stored)
            t = time.perf_counter()
            fresh.report(flt)
            again.append(time.perf_counter() - t)
            # the same report asked again with nothing changed (the Overview, then the Insights page)
            t = time.perf_counter()
            fresh.report(flt)
            cached.append(time.perf_counter() - t)
        services.close()
    best_floor = min(floor)

    def line(name: str, times: list[float]) -> str:
        return (f"{name:34} {min(times) * 1000:7.1f} ms (best of {args.repeat}; median "
                f"{sorted(times)[len(times) // 2] * 1000:.1f} ms)  {min(times) / best_floor:5.1f}x the floor")

    print(f"reviews: {args.reviews:,}; drops {len(result.drops)}, suspicious bursts {len(result.bursts)}")
    print(f"{'GROUP BY floor':34} {best_floor * 1000:7.1f} ms (best of {args.repeat})")
    print(line("report, first (reads the reviews)", first))
    print(line("new process, nothing stored", cold))
    print(line("new process, stored report", stored))
    print(line("report, recomputed", again))
    print(line("report, asked again (nothing changed)", cached))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
