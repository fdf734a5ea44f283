"""The measured steps of ``python -m desktop bench``. Each runs in a child
process of its own (so that its peak memory is its own) and returns plain
figures; the runner prints them side by side with the floors measured in the
same run. Add a step with ``@step("name")``; it receives the work folder and
the size and returns a dict with at least ``seconds``."""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Callable

from desktop.bench.data import Size, review_texts

Step = Callable[[Path, Size], dict]
STEPS: dict[str, Step] = {}


def step(name: str) -> Callable[[Step], Step]:
    def register(fn: Step) -> Step:
        STEPS[name] = fn
        return fn
    return register


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _import(db: Path, paths: list[Path], analyze: bool = False) -> dict:
    from desktop.services import Services

    services = Services.open(db)
    try:
        secs, outcome = _timed(lambda: services.imports.import_files([str(p) for p in paths],
                                                                       analyze=analyze))
    finally:
        services.close()
    results = outcome.results
    return {"seconds": secs, "rows": sum(r.rows_read for r in results),
            "inserted": sum(r.inserted for r in results),
            "duplicates": sum(r.duplicates for r in results), "errors": len(outcome.errors)}


def _pandas_to_sql(path: Path, db: Path, table: str) -> dict:
    import pandas as pd

    return _frame_to_sql(lambda: pd.read_csv(path), db, table)


def _frame_to_sql(load: Callable[[], object], db: Path, table: str) -> dict:
    """The floor: read a file into a DataFrame with ``load`` and write it with
    ``DataFrame.to_sql`` into a fresh SQLite file."""
    def run() -> int:
        frame = load()
        con = sqlite3.connect(db)
        try:
            frame.to_sql(table, con, index=False, if_exists="replace")
            con.commit()
        finally:
            con.close()
        return len(frame)

    secs, rows = _timed(run)
    return {"seconds": secs, "rows": rows}


def _read_once(path: Path) -> dict:
    import pandas as pd

    secs, frame = _timed(lambda: pd.read_csv(path))
    return {"seconds": secs, "rows": len(frame)}


# -- imports ------------------------------------------------------------------

@step("import reviews CSV")
def import_reviews_csv(work: Path, size: Size) -> dict:
    return _import(work / "reviews.sqlite", [work / "reviews.csv"])


@step("floor: pandas read_csv + to_sql (reviews CSV)")
def floor_reviews_csv(work: Path, size: Size) -> dict:
    return _pandas_to_sql(work / "reviews.csv", work / "floor-reviews.sqlite", "reviews")


@step("import reviews Takeout JSON")
def import_takeout(work: Path, size: Size) -> dict:
    return _import(work / "takeout.sqlite", [work / "takeout" / "Takeout"])


@step("floor: json.load + DataFrame.to_sql (Takeout JSON)")
def floor_takeout(work: Path, size: Size) -> dict:
    import json

    import pandas as pd

    path = next((work / "takeout").rglob("reviews.json"))

    def load() -> object:
        with open(path, encoding="utf-8") as fh:
            return pd.json_normalize(json.load(fh)["reviews"])

    return _frame_to_sql(load, work / "floor-takeout.sqlite", "reviews")


@step("import order lines (Square items CSV)")
def import_orders(work: Path, size: Size) -> dict:
    return _import(work / "orders.sqlite", [work / "square_items.csv"])


@step("floor: pandas read_csv + to_sql (Square items CSV)")
def floor_orders(work: Path, size: Size) -> dict:
    return _pandas_to_sql(work / "square_items.csv", work / "floor-orders.sqlite", "lines")


@step("re-import reviews CSV (nothing new)")
def reimport_reviews(work: Path, size: Size) -> dict:
    return _import(work / "reviews.sqlite", [work / "reviews.csv"])


@step("floor: read the reviews CSV once")
def read_reviews_once(work: Path, size: Size) -> dict:
    return _read_once(work / "reviews.csv")


@step("re-import order lines (nothing new)")
def reimport_orders(work: Path, size: Size) -> dict:
    return _import(work / "orders.sqlite", [work / "square_items.csv"])


@step("floor: read the Square items CSV once")
def read_orders_once(work: Path, size: Size) -> dict:
    return _read_once(work / "square_items.csv")


# -- analysis -----------------------------------------------------------------

@step("analyse every review, all cores")
def analyse(work: Path, size: Size) -> dict:
    from desktop.services import Services

    services = Services.open(work / "reviews.sqlite")
    try:
        secs, done = _timed(services.analysis.analyze_pending)
    finally:
        services.close()
    return {"seconds": secs, "reviews": done, "per_second": done / secs if secs else 0.0,
            "cores": os.cpu_count() or 1}


@step("floor: TextBlob sentiment alone, one core")
def textblob_floor(work: Path, size: Size) -> dict:
    """TextBlob's throughput on a sample of the same texts, scaled to the
    review count (TextBlob on 100,000 texts would take minutes)."""
    from textblob import TextBlob

    texts = [t for t, _s, _l in review_texts()]
    sample = [texts[i % len(texts)] for i in range(min(size.reviews, 5_000))]
    TextBlob("warm up the lexicon").sentiment  # noqa: B018 - loading is not throughput
    secs, _ = _timed(lambda: [TextBlob(t).sentiment.polarity for t in sample])
    rate = len(sample) / secs
    return {"seconds": size.reviews / rate, "per_second": rate, "sample": len(sample)}


@step("floor: one GROUP BY over the reviews")
def group_by_floor(work: Path, size: Size) -> dict:
    con = sqlite3.connect(work / "reviews.sqlite")
    try:
        secs, rows = _timed(lambda: con.execute(
            "SELECT source, strftime('%Y-%W', created_at) AS week, count(*), avg(rating) "
            "FROM reviews GROUP BY source, week").fetchall())
    finally:
        con.close()
    return {"seconds": secs, "groups": len(rows)}


# -- the rating-drop report ---------------------------------------------------

def _report_times(work: Path, repeat: int) -> dict:
    from desktop.services import Services
    from desktop.services.insights import InsightFilter

    services = Services.open(work / "reviews.sqlite")
    try:
        first, report = _timed(services.insights.report)
        again = []
        for k in range(repeat):
            # what the Insights page does when the owner changes a filter: the same reviews, computed again
            flt = InsightFilter() if k % 2 == 0 else InsightFilter(platform="google")
            services.insights.forget_reports()  # a recompute, not the report already computed
            again.append(_timed(lambda: services.insights.report(flt))[0])
    finally:
        services.close()
    return {"first": first, "again": min(again), "drops": len(report.drops),
            "bursts": len(report.bursts), "reviews": report.reviews}


@step("rating-drop report, first read")
def report_first(work: Path, size: Size) -> dict:
    """A fresh process: the report reads the stored reviews and analyses, then computes."""
    out = _report_times(work, 1)
    return {"seconds": out["first"], "drops": out["drops"], "bursts": out["bursts"], "reviews": out["reviews"]}


@step("rating-drop report, recomputed")
def report_again(work: Path, size: Size) -> dict:
    """The Insights page's recompute: the reviews are read once per change of the
    stored data (a fingerprint says when), so a filter change only computes. Best of 4."""
    out = _report_times(work, 4)
    return {"seconds": out["again"], "first_seconds": out["first"], "drops": out["drops"]}


# the customers and window steps read the databases the steps above left behind
from desktop.ui import bench_steps as _ui_steps  # noqa: E402,F401 - registers its (Qt) steps after these
