"""Tiers and segments for 50,000 customers and 1,000,000 order lines, once the
orders are stored: how long the customer overview takes, next to a plain
pandas groupby over the same orders (the floor: any per-customer answer has to
read the orders and group them at least once). Prints figures; asserts nothing.

    python tests/benchmarks/bench_customers.py [--customers 50000] [--lines 1000000] [--repeat 3]

The data is generated straight into a fresh SQLite database in a temporary
folder (rhythms from daily to monthly, people who stopped coming, one-off
visitors), through the real schema. Timed, best of ``--repeat``:

* once, after the import: the visit cache built from the orders (what the
  refresh after every import does);
* load: the visits (from that cache) and customers read from the database;
* compute: ``desktop.customers.segments.customer_metrics`` (visits, rhythm,
  segments, tiers, RFM) over what was loaded;
* overview: the whole ``services.customer_metrics.build_overview`` (load,
  compute, diets, allergies, tags), what the Customers page and the CLI use;
* floor: ``pd.read_sql`` of the same orders and a groupby(customer) of
  count/sum/max; and the groupby alone over the loaded frame.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ITEMS = (("Flat white", 3.4), ("Latte", 3.6), ("Espresso", 1.6), ("Croissant", 2.4), ("Avocado toast", 8.5),
         ("Bacon roll", 6.5), ("Veggie bowl", 9.5), ("Beans 250 g", 14.0), ("Cappuccino", 3.2), ("Scone", 3.0))
END = datetime(2026, 11, 15, 18, 0)
DAYS = 730


def generate(path: Path, customers: int, lines: int, seed: int = 7) -> tuple[int, int]:
    """Fill a fresh database at ``path``; returns (orders, lines) written."""
    from desktop.storage.database import Database

    Database.open(path).close()  # the real schema, migrated
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.executemany(
        "INSERT INTO customers (id, source, external_id, dedupe_key, name, email, from_orders) "
        "VALUES (?, 'bench', ?, ?, ?, ?, 0)",
        ((i, f"C{i}", f"id:C{i}", f"Customer {i}", f"c{i}@example.com") for i in range(1, customers + 1)))
    kinds = ("daily", "weekly", "fortnightly", "monthly", "stopped", "one-off", "occasional")
    weights = (0.04, 0.2, 0.16, 0.2, 0.1, 0.15, 0.15)
    gap = {"daily": 1.4, "weekly": 7, "fortnightly": 14, "monthly": 30, "stopped": 7, "occasional": 45}
    per_order = 2.5
    target_orders = int(lines / per_order * 1.07)  # rhythms round down: aim a little high
    # visits per customer proportional to their rate, scaled to the target
    plan = []
    for cid in range(1, customers + 1):
        kind = rng.choices(kinds, weights)[0]
        plan.append((cid, kind))
    rates = [0 if k == "one-off" else 1 / gap[k] for _, k in plan]
    scale = (target_orders - sum(k == "one-off" for _, k in plan)) / (sum(rates) * DAYS)
    order_rows, line_rows = [], []
    oid = 0
    for (cid, kind), rate in zip(plan, rates):
        if kind == "one-off":
            days = [rng.randrange(DAYS)]
        else:  # a rhythm: n visits spread evenly over their time with us, with some jitter
            n = max(1, int(rng.gauss(rate * scale * DAYS, 2)))
            stop = rng.randrange(60, 300) if kind == "stopped" else 0
            start = rng.randrange(stop + 1, DAYS)
            step = (start - stop) / n
            days = sorted({min(DAYS - 1, max(stop, int(stop + i * step + rng.gauss(0, step / 3))))
                           for i in range(n)})
        for d in days:
            if len(line_rows) >= lines:
                break
            oid += 1
            at = END - timedelta(days=d, minutes=rng.randrange(600))
            total = 0.0
            for _ in range(1 + (rng.random() < 0.75) + (rng.random() < 0.75)):
                item, price = rng.choice(ITEMS)
                total += price
                line_rows.append((oid, item, 1.0, price, price))
            order_rows.append((oid, "bench", f"O{oid}", f"id:O{oid}", cid, at.isoformat(sep=" "),
                               round(total, 2), "EUR", "completed"))
    con.executemany("INSERT INTO orders (id, source, external_id, dedupe_key, customer_id, ordered_at, total, "
                    "currency, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", order_rows)
    con.executemany("INSERT INTO order_lines (order_id, item, quantity, unit_price, total) VALUES (?, ?, ?, ?, ?)",
                    line_rows)
    con.commit()
    con.close()
    return len(order_rows), len(line_rows)


def best(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import numpy as np
    import pandas as pd

    from desktop.customers.segments import customer_metrics
    from desktop.services.customer_metrics import build_overview, cache_visits, load_visits, people_frame
    from desktop.storage import repositories as repo
    from desktop.storage.database import Database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        t = time.perf_counter()
        orders, lines = generate(path, args.customers, args.lines)
        print(f"generated {args.customers:,} customers, {orders:,} orders, {lines:,} order lines "
              f"in {time.perf_counter() - t:.1f} s")
        db = Database.open(path)
        try:
            with db.session() as s:  # what the refresh after an import does once: the visit cache
                t_cache, _ = best(lambda: cache_visits(s), 1)
            with db.session() as s:
                as_of = build_overview(s).as_of.toordinal()  # warm up imports and caches

                def load():
                    return load_visits(s, as_of), people_frame(repo.people_rows(s))

                t_load, (visits, people) = best(load, args.repeat)
                cols = ["customer_id", "file_first", "file_last", "file_visits", "file_spend", "birthday_month"]
                t_compute, metrics = best(lambda: customer_metrics(visits, people[cols], as_of), args.repeat)
                t_overview, overview = best(lambda: build_overview(s), args.repeat)

            con = sqlite3.connect(path)

            def floor_sql():
                frame = pd.read_sql("SELECT customer_id, ordered_at, total FROM orders "
                                    "WHERE customer_id IS NOT NULL", con)
                return frame, frame.groupby("customer_id").agg(n=("total", "size"), spend=("total", "sum"),
                                                               last=("ordered_at", "max"))

            t_floor, (frame, _) = best(floor_sql, args.repeat)
            t_group, _ = best(lambda: frame.groupby("customer_id").agg(
                n=("total", "size"), spend=("total", "sum"), last=("ordered_at", "max")), args.repeat)
            con.close()
        finally:
            db.close()
    segs = metrics["segment"].value_counts(dropna=False).to_dict()
    tiers = metrics["tier"].value_counts(dropna=False).to_dict()
    print(f"visits (customer-days): {len(visits):,}; segments {segs}; tiers {tiers}")
    print(f"{'step':54} {'seconds':>8}")
    for label, secs in (("once, after an import: visit cache built from the orders", t_cache),
                        ("load visits (cache) + customers from SQLite", t_load),
                        ("compute: rhythm, segments, tiers, RFM (customer_metrics)", t_compute),
                        ("whole overview (load + compute + diets, allergies, tags)", t_overview),
                        ("floor: pd.read_sql of the orders + groupby count/sum/max", t_floor),
                        ("floor: the groupby alone, frame already loaded", t_group)):
        print(f"{label:54} {secs:8.3f}")
    print(f"ratio whole overview / read_sql+groupby floor: {t_overview / t_floor:.2f}")
    print(f"ratio compute / groupby alone: {t_compute / t_group:.2f}")
    del np, overview
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
