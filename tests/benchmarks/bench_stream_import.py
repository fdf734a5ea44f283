"""Streaming import of a large Square items-detail CSV: throughput and peak
memory for two file sizes side by side, to show memory stays flat while the
file grows. Prints figures; asserts nothing.

    python tests/benchmarks/bench_stream_import.py [--mb 200] [--small-mb 50] [--chunk-rows 5000]

Each size runs in a fresh child process (``ru_maxrss`` is a per-process peak)
over a file generated in a temporary folder and deleted afterwards. The run is
timed without tracemalloc, then repeated under tracemalloc for the Python
heap peak (tracemalloc slows Python down; use ``--no-tracemalloc`` to skip).
``--store`` measures the whole import instead (``import_files`` into a fresh
database, one transaction, the garbage collector paused as imports do), so
the figures show that storing keeps memory flat too.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

HEADER = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,"
    "Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,"
    "Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,Itemization Type,Commission,Employee,"
    "Fulfillment Note,Channel,Token,Card Brand,PAN Suffix"
)
"""Square's Item Details export header (tests/importers/fixtures/square_items.csv)."""
MENU = (("Coffee", "Flat White", 3.60, "Oat Milk"), ("Coffee", "Latte", 3.90, "12oz, Whole Milk"),
        ("Coffee", "Cappuccino", 3.70, ""), ("Tea", "Matcha Latte", 4.50, "Cold Foam"),
        ("Bakery", "Croissant", 2.80, ""), ("Bakery", "Almond Croissant", 3.40, ""),
        ("Bakery", "Scone", 3.10, "Jam"), ("Food", "Avocado Toast", 8.50, "Add Egg"))


def generate(path: Path, megabytes: float, seed: int = 7) -> int:
    """Write a Square items CSV of about ``megabytes`` MB (1 to 5 lines per
    receipt, contiguous, newest first); returns the number of data rows."""
    rnd = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    rows = written = 0
    receipt = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER + "\r\n")
        written += len(HEADER) + 2
        block: list[str] = []
        while written < target:
            receipt += 1
            tx = f"{receipt:08d}aeKrPyyWWst4wAvuQJ3qn6PZY"
            day = 28 - (receipt // 4000) % 28
            hh, mm, ss = 7 + (receipt // 3600) % 12, (receipt // 60) % 60, receipt % 60
            customer = f"CUST{rnd.randrange(20000)}" if rnd.random() < 0.6 else ""
            email = f"guest{customer[4:]}@example.com" if customer else ""
            for _ in range(rnd.randint(1, 5)):
                cat, item, price, mods = rnd.choice(MENU)
                qty = rnd.choice((1, 1, 1, 2))
                gross = price * qty
                line = (f'2026-07-{day:02d},{hh:02d}:{mm:02d}:{ss:02d},Europe/London,{cat},{item},{qty}.0,'
                        f'Regular,,"{mods}",£{gross:.2f},£0.00,£{gross:.2f},£{gross * 0.2:.2f},{tx},'
                        f'p{tx[:12]},Square Terminal 2274,,https://app.squareup.com/dashboard/sales/'
                        f'transactions/{tx[:8]},Payment,Sunrise Café,For Here,{customer},{email},,ea,1,,'
                        f'Physical Good,£0.00,,,Sunrise Café,Y36H,Visa,7084')
                block.append(line)
                written += len(line.encode()) + 2
                rows += 1
            if len(block) > 10_000:
                fh.write("\r\n".join(block) + "\r\n")
                block = []
        if block:
            fh.write("\r\n".join(block) + "\r\n")
    return rows


def measure(path: str, chunk_rows: int, with_tracemalloc: bool, store: bool = False) -> dict:
    """Iterate the file with iter_file (records dropped after each chunk, as a
    storing consumer would), or with ``store`` import it into a fresh
    database, and report figures; runs in the child process."""
    from desktop.importers import iter_file

    def run_store() -> tuple[int, int, int, int, float]:
        import desktop.services.imports as imports
        from desktop.services import Services

        imports.IMPORT_CHUNK_ROWS = chunk_rows
        db = Path(path).with_suffix(".sqlite")
        for old in db.parent.glob(db.name + "*"):
            old.unlink()
        services = Services.open(db)
        services.imports.after_change.clear()  # the customer refresh is not the import's memory
        start = time.perf_counter()
        try:
            outcome = services.imports.import_files([path], analyze=False)
        finally:
            services.close()
        r = outcome.results[0]
        return r.rows_read, r.inserted, -1, -1, time.perf_counter() - start

    def run() -> tuple[int, int, int, int, float]:
        if store:
            return run_store()
        rows = records = chunks = biggest = 0
        start = time.perf_counter()
        for chunk in iter_file(path, chunk_rows=chunk_rows):
            chunks += 1
            records += len(chunk.records)
            biggest = max(biggest, len(chunk.records))
            rows = chunk.rows_read if chunk.final else rows
        return rows, records, chunks, biggest, time.perf_counter() - start

    rows, records, chunks, biggest, seconds = run()
    out = {"rows": rows, "orders": records, "chunks": chunks, "largest_chunk": biggest,
           "seconds": round(seconds, 2), "rows_per_s": round(rows / seconds),
           "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if with_tracemalloc:
        tracemalloc.start()
        run()
        out["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=200, help="size of the large file in MB (default 200)")
    ap.add_argument("--small-mb", type=float, default=None, help="size of the small file (default mb/4)")
    ap.add_argument("--chunk-rows", type=int, default=5000)
    ap.add_argument("--no-tracemalloc", action="store_true")
    ap.add_argument("--store", action="store_true", help="measure the whole import into a database")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.chunk_rows, not args.no_tracemalloc, args.store)))
        return 0
    sizes = [args.small_mb or args.mb / 4, args.mb]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-stream-") as tmp:
        for mb in sizes:
            path = Path(tmp) / f"square_items_{mb:g}mb.csv"
            t0 = time.perf_counter()
            n = generate(path, mb)
            print(f"generated {path.name}: {path.stat().st_size / 2**20:.0f} MB, {n} rows "
                  f"in {time.perf_counter() - t0:.1f} s", flush=True)
            cmd = [sys.executable, __file__, "--child", str(path), "--chunk-rows", str(args.chunk_rows)]
            if args.no_tracemalloc:
                cmd.append("--no-tracemalloc")
            if args.store:
                cmd.append("--store")
            res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            res["file_mb"] = round(path.stat().st_size / 2**20)
            results.append(res)
            path.unlink()
    keys = ["file_mb", "rows", "orders", "chunks", "largest_chunk", "seconds", "rows_per_s",
            "ru_maxrss_mb", "tracemalloc_peak_mb"]
    print(f"\nchunk_rows={args.chunk_rows}" + (", stored into a database" if args.store else ""))
    print(f"{'':22}{'small':>14}{'large':>14}{'large/small':>14}")
    for k in keys:
        if k not in results[0]:
            continue
        a, b = results[0][k], results[1][k]
        ratio = f"{b / a:.2f}" if a else "-"
        print(f"{k:22}{a:>14}{b:>14}{ratio:>14}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
