"""``python -m desktop bench [--size small|large]``: generate data in the real
export formats (deterministically), measure every step that must stay fast,
each in a child process of its own, against a floor measured in the same
run, and print a table of seconds, ratios and peak memory.

The machine is shared and noisy: compare the ratios, which are measured side
by side in one run, not the seconds of different runs."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.bench.data import (SIZES, write_customers, write_reviews_csv, write_square_items,
                                write_takeout)


@dataclass(frozen=True)
class Comparison:
    """One line of the table: a step, its floor, and the target ratio
    (step seconds / floor seconds at most ``target``; for throughput steps,
    ``inverse`` means floor / step, i.e. "x times faster than the floor")."""

    step: str
    floor: str | None
    target: float | None
    inverse: bool = False
    note: str = ""
    max_seconds: float | None = None
    """An absolute target too, checked at the large size only (the product's promise there)."""


PLAN: tuple[Comparison, ...] = (
    Comparison("import reviews CSV", "floor: pandas read_csv + to_sql (reviews CSV)", 3.0),
    Comparison("import reviews Takeout JSON", "floor: json.load + DataFrame.to_sql (Takeout JSON)", 3.0),
    Comparison("import order lines (Square items CSV)", "floor: pandas read_csv + to_sql (Square items CSV)", 3.0),
    Comparison("re-import reviews CSV (nothing new)", "floor: read the reviews CSV once", 3.0),
    Comparison("re-import order lines (nothing new)", "floor: read the Square items CSV once", 3.0),
    Comparison("analyse every review, all cores", "floor: TextBlob sentiment alone, one core", 3.0,
               inverse=True, note="x faster than the floor"),
    Comparison("rating-drop report, first read", "floor: one GROUP BY over the reviews", None),
    Comparison("rating-drop report, recomputed", "floor: one GROUP BY over the reviews", None,
               max_seconds=0.5),
    Comparison("floor: one GROUP BY over the reviews", None, None),
    Comparison("tiers and segments for every customer", "floor: one pandas groupby over the orders", None,
               note="target: under 1 s"),
    Comparison("open the app on the reviews and orders database", "floor: open the app on an empty database",
               1.3),
    Comparison("scroll and filter the reviews table", None, None),
    Comparison("scroll and filter the customers table", None, None),
    Comparison("longest stall of the window while an import runs", None, None,
               note="target: no stall over 100 ms"),
)
DETAILS = (("customers", "{:.0f} customers"), ("rows", "{:.0f} rows"),
           ("worst_screenful_ms", "slowest screenful {:.1f} ms"), ("filter_s", "filter {:.2f} s"),
           ("sort_s", "sort {:.2f} s"), ("longest_stall_ms", "longest stall {:.0f} ms"),
           ("slowest_s", "slowest start {:.2f} s"), ("background_s", "other pages loaded at {:.1f} s"),
           ("timed_out_runs", "{:.0f} runs not usable within the probe's 60 s"))
"""Figures besides the seconds that a step may report, as the table shows them."""


def _child(step_name: str, work: Path, size_name: str) -> int:
    from desktop.bench.steps import STEPS

    out = STEPS[step_name](work, SIZES[size_name])
    out["peak_mb"] = peak_memory_mb()
    print(json.dumps(out))
    return 0


def peak_memory_mb() -> float | None:
    """This process's peak resident memory, or its worker processes' if larger (MB).

    On Linux the figure is ``VmHWM`` of ``/proc/self/status``: ``ru_maxrss``
    of a process started by fork and exec keeps the high-water mark of the
    process that forked it (the runner, which held the generated data), so
    every step would report at least the runner's peak."""
    own = _vm_hwm_mb()
    try:
        import resource
    except ImportError:  # Windows
        return own
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KB on Linux
    if own is None:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
    # worker processes forked by the step (analysis) start from the step's own peak
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20
    return max(own, workers)


def _vm_hwm_mb() -> float | None:
    """Peak resident memory of this process image (Linux), or None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError, IndexError):
        return None
    return None


def run_step(step_name: str, work: Path, size_name: str) -> dict:
    """Run one step in a fresh child process; its figures plus its peak
    resident memory (MB) as the OS measured it."""
    cmd = [sys.executable, "-m", "desktop", "bench", "--child", step_name, "--work", str(work),
           "--size", size_name]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        return {"error": lines[-1] if lines else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def generate(work: Path, size_name: str, say=print) -> None:  # noqa: ANN001
    size = SIZES[size_name]
    say(f"generating {size_name} data in {work} ...")
    write_reviews_csv(work / "reviews.csv", size.reviews)
    write_takeout(work / "takeout", size.reviews)
    write_square_items(work / "square_items.csv", size.order_lines, size.customers)
    write_customers(work / "customers.csv", size.customers)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m desktop bench", description=__doc__.splitlines()[0])
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--work", metavar="DIR", help="keep the data and databases in DIR")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child, Path(args.work), args.size)
    with tempfile.TemporaryDirectory(prefix="regulars-bench-") as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        generate(work, args.size, say=(lambda m: print(m, file=sys.stderr)) if args.json else print)
        from desktop.bench.steps import STEPS

        figures = {}
        for name in STEPS:
            figures[name] = run_step(name, work, args.size)
            if not args.json:
                f = figures[name]
                print(f"  {name}: " + (f"{f['seconds']:.2f} s, peak {f.get('peak_mb') or 0:.0f} MB"
                                       if "seconds" in f else f"FAILED {f.get('error')}"), flush=True)
        rows = table(figures, args.size)
    if args.json:
        print(json.dumps({"size": args.size, "cores": os.cpu_count(), "steps": figures,
                          "comparisons": rows}, indent=1))
    else:
        print(format_table(rows, args.size))
    return 0


def table(figures: dict[str, dict], size: str = "small") -> list[dict]:
    rows = []
    for c in PLAN:
        f = figures.get(c.step, {})
        floor = figures.get(c.floor, {}) if c.floor else {}
        ratio = None
        if "seconds" in f and "seconds" in floor and f["seconds"] and floor["seconds"]:
            ratio = floor["seconds"] / f["seconds"] if c.inverse else f["seconds"] / floor["seconds"]
        met = None if ratio is None or c.target is None else (
            ratio >= c.target if c.inverse else ratio <= c.target)
        absolute = c.max_seconds if size == "large" else None
        if absolute is not None and "seconds" in f:
            met = (met is not False) and f["seconds"] <= absolute
        rows.append({"step": c.step, "seconds": f.get("seconds"), "peak_mb": f.get("peak_mb"),
                     "floor": c.floor, "floor_seconds": floor.get("seconds"), "ratio": ratio,
                     "target": c.target, "inverse": c.inverse, "met": met,
                     "max_seconds": absolute, "error": f.get("error"), "note": c.note,
                     "detail": ", ".join(fmt.format(f[k]) for k, fmt in DETAILS
                                         if isinstance(f.get(k), (int, float)) and k in f)})
    return rows


def format_table(rows: list[dict], size: str) -> str:
    lines = [f"\nRegulars bench, size {size}, {os.cpu_count()} cores", "",
             f"{'step':48} {'s':>8} {'peak MB':>8} {'floor s':>8} {'ratio':>8} {'target':>10}"]
    for r in rows:
        if r["error"]:
            lines.append(f"{r['step']:48} FAILED: {r['error']}")
            continue
        sec = f"{r['seconds']:.2f}" if r["seconds"] is not None else "-"
        peak = f"{r['peak_mb']:.0f}" if r["peak_mb"] else "-"
        floor = f"{r['floor_seconds']:.2f}" if r["floor_seconds"] is not None else "-"
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] is not None else "-"
        target = "-" if r["target"] is None else (f">= {r['target']:g}x" if r["inverse"]
                                                   else f"<= {r['target']:g}x")
        if r.get("max_seconds") is not None:
            target = f"<= {r['max_seconds']:g} s"
        mark = "" if r["met"] is None else ("  ok" if r["met"] else "  MISSED")
        extra = "; ".join(x for x in (r.get("detail"), r.get("note")) if x)
        lines.append(f"{r['step']:48} {sec:>8} {peak:>8} {floor:>8} {ratio:>8} {target:>10}{mark}"
                     + (f"  ({extra})" if extra else ""))
    return "\n".join(lines)
