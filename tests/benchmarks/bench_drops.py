"""Accuracy of "Why did my rating drop?" on year-long timelines built from
real, human-labelled review sentences in eight languages (see
``drop_timelines.py``), through the real pipeline: each timeline is stored in
its own SQLite database by the storage layer, analysed by the engine as
shipped, and reported by ``InsightsService.report`` (the code behind
``python -m desktop report``). Prints a table per scenario and language;
asserts nothing.

    python tests/benchmarks/bench_drops.py [--seeds 20] [--langs en,fr,...]
        [--scenarios food,weekend,...] [--jobs 2] [--json out.json]

Goals (issue 9): the top-ranked aspect cause right in >= 90 % of planted
cases and the drop start within 14 days (28 for the small café); the weekday
and the platform among the top three causes where planted; no drop on
>= 95 % of stable timelines; bursts flagged with recall and precision >= 0.9.
Prints SKIPPED when ``../shared/benchmarks`` is absent.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from drop_timelines import (ASPECTS, LANGS, SCENARIOS, STABLE_SCENARIOS, Timeline,  # noqa: E402
                            available, build, load_pool)
from scoring import DEFAULT_SHARED  # noqa: E402

START_DAYS = 14
SMALL_START_DAYS = 28
FOLD = {"wait": "service", "cleanliness": "ambience"}
"""The scoring scheme of shared/benchmarks/README.md files wait as service and cleanliness as ambience."""
FALL_BINS = ((0.0, 0.6), (0.6, 0.9), (0.9, 1.2), (1.2, 1.6), (1.6, 5.0))
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def default_shared() -> Path:
    """``../shared/benchmarks`` beside the checkout (or beside the folder of
    worktrees, for a checkout in ``wt/<name>``)."""
    for candidate in (DEFAULT_SHARED, HERE.parents[3] / "shared" / "benchmarks"):
        if candidate.is_dir():
            return candidate
    return DEFAULT_SHARED


def _template(folder: Path) -> Path:
    """An empty, migrated database, copied for each timeline (migrations run once)."""
    from desktop.services import Services

    path = folder / "template.sqlite"
    if not path.exists():
        Services.open(path).close()
    return path


def run_timeline(args: tuple[str, str, int, str]) -> dict:
    """Build, store, analyse and report one timeline; its scores as plain values."""
    from desktop.core.records import ReviewRecord
    from desktop.services import Services
    from desktop.storage import repositories as repo

    shared, lang, seed, scenario, work = args[0], args[1], args[2], args[3], Path(args[4])
    pool = load_pool(Path(shared), lang)
    tl = build(pool, scenario, seed)
    db = work / f"{lang}-{scenario}-{seed}.sqlite"
    shutil.copy(_template(work), db)
    services = Services.open(db)
    try:
        records = [ReviewRecord(source=r.source, external_id=r.external_id, author=r.author, rating=r.rating,
                                text=r.text, created_at=r.created_at, author_reviews=r.author_reviews)
                   for r in tl.reviews]
        with services.db.session() as s:
            repo.insert_reviews(s, None, records)
        t0 = time.perf_counter()
        services.analysis.analyze_pending(workers=1)
        t1 = time.perf_counter()
        report = services.insights.report(lang=lang.split("-")[0])
        t2 = time.perf_counter()
    finally:
        services.close()
        db.unlink(missing_ok=True)
        for extra in ("-wal", "-shm"):
            Path(str(db) + extra).unlink(missing_ok=True)
    out = score(tl, report)
    out.update(analyse_s=t1 - t0, report_s=t2 - t1)
    return out


def score(tl: Timeline, report) -> dict:  # noqa: ANN001 - an InsightReport
    """What the report got right about what was planted in ``tl``."""
    planted_fake = {r.external_id for r in tl.reviews if r.planted == "fake"}
    out: dict = {"lang": tl.lang, "scenario": tl.scenario, "seed": tl.seed, "reviews": len(tl.reviews),
                 "per_week": tl.per_week, "severity": tl.severity, "drops": len(report.drops),
                 "status": report.status}
    drops = [d.drop for d in report.drops]
    out["said"] = [f"{d.drop.start}..{d.drop.end} {d.drop.rating_before}->{d.drop.rating_after} "
                   f"{d.drop.scope[0]}:{d.drop.scope[1]} [" + ", ".join(
                       f"{c.kind}:{c.name} {c.contribution:.2f}" for c in d.causes[:4]) + "]"
                   for d in report.drops]
    if tl.start is not None:
        out["planted_what"] = (f"{tl.aspect} {tl.start}..{tl.end}"
                               + (f" weekdays={list(tl.weekdays)}" if tl.weekdays else "")
                               + (f" platform={tl.platform}" if tl.platform else "")
                               + f" severity={tl.severity}")
        def scoped(r) -> bool:  # noqa: ANN001
            return (tl.weekdays is None or r.created_at.weekday() in tl.weekdays) and \
                (tl.platform is None or r.source == tl.platform)
        inside = [r.rating for r in tl.reviews if tl.start <= r.created_at.date() <= tl.end and scoped(r)]
        outside = [r.rating for r in tl.reviews if not tl.start <= r.created_at.date() <= tl.end and scoped(r)]
        out["fall"] = round(statistics.mean(outside) - statistics.mean(inside), 2) if inside and outside else 0.0
        out["planted"] = sum(r.planted == "drop" for r in tl.reviews)
        def overlap(d) -> int:  # noqa: ANN001
            return (min(d.end, tl.end) - max(d.start, tl.start)).days + 1
        hits = [d for d in report.drops if overlap(d.drop) > 0]
        out["false_drops"] = len(drops) - len(hits)
        match = max(hits, key=lambda d: overlap(d.drop), default=None)
        out["found"] = match is not None
        if match is not None:
            error = (match.drop.start - tl.start).days
            aspects = [c.name for c in match.causes if c.kind == "aspect"]
            top = aspects[0] if aspects else None
            top3 = match.causes[:3]
            out.update(
                start_error=error,
                start_ok=abs(error) <= (SMALL_START_DAYS if tl.small else START_DAYS),
                top_aspect=top, aspect_ok=top == tl.aspect,
                aspect_scheme_ok=top is not None and FOLD.get(top, top) == FOLD.get(tl.aspect, tl.aspect),
                weekday_ok=any(c.kind == "weekday" and WEEKDAYS.index(c.name) in (tl.weekdays or ())
                               for c in top3),
                platform_ok=any(c.kind == "platform" and c.name == tl.platform for c in top3),
                scope=list(match.drop.scope), top_causes=[f"{c.kind}:{c.name}" for c in match.causes[:4]])
        else:
            out.update(start_ok=False, aspect_ok=False, aspect_scheme_ok=False, weekday_ok=False,
                       platform_ok=False)
    else:
        out["false_drops"] = len(drops)
    true_bursts = false_bursts = 0
    for b in report.bursts:
        ext = {report.refs.get(i) for i in b.burst.reviews}
        if tl.burst and len(ext & planted_fake) >= 0.5 * len(ext):
            true_bursts += 1
        else:
            false_bursts += 1
    out.update(planted_burst=tl.burst is not None, burst_found=true_bursts > 0, false_bursts=false_bursts,
               true_bursts=true_bursts)
    return out


def _pct(values: list[bool]) -> str:
    return f"{100 * sum(values) / len(values):5.1f}" if values else "    -"


def print_tables(rows: list[dict]) -> dict:
    """One table per scenario (a row per language and one for all), then the goals."""
    by: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        by[r["scenario"]][r["lang"]].append(r)
    summary: dict = {}
    for scenario in SCENARIOS:
        if scenario not in by:
            continue
        langs = by[scenario]
        print(f"\n## {scenario}")
        planted = scenario not in STABLE_SCENARIOS and scenario != "burst"
        if planted:
            print(f"{'lang':9} {'n':>4} {'found':>6} {'start':>6} {'aspect':>7} {'scheme':>7} "
                  f"{'wkday3':>7} {'platf3':>7} {'|err|d':>7} {'false':>6} {'fall':>5} {'compl':>6} {'/week':>6}")
        else:
            print(f"{'lang':9} {'n':>4} {'nodrop':>7} {'bursts':>7} {'falseB':>7} {'/week':>6}")
        for lang in [*LANGS, "all"]:
            rs = [r for v in langs.values() for r in v] if lang == "all" else langs.get(lang, [])
            if not rs:
                continue
            if planted:
                errs = [abs(r["start_error"]) for r in rs if "start_error" in r]
                print(f"{lang:9} {len(rs):4d} {_pct([r['found'] for r in rs]):>6} {_pct([r['start_ok'] for r in rs]):>6} "
                      f"{_pct([r['aspect_ok'] for r in rs]):>7} {_pct([r['aspect_scheme_ok'] for r in rs]):>7} "
                      f"{_pct([r['weekday_ok'] for r in rs]) if scenario == 'weekend' else '    -':>7} "
                      f"{_pct([r['platform_ok'] for r in rs]) if scenario == 'platform' else '    -':>7} "
                      f"{statistics.median(errs) if errs else float('nan'):7.1f} "
                      f"{sum(r['false_drops'] for r in rs):6d} {statistics.mean(r['fall'] for r in rs):5.2f} "
                      f"{statistics.mean(r['planted'] for r in rs):6.1f} "
                      f"{statistics.mean(r['per_week'] for r in rs):6.1f}")
            else:
                print(f"{lang:9} {len(rs):4d} {_pct([r['false_drops'] == 0 for r in rs]):>7} "
                      f"{_pct([r['burst_found'] for r in rs]) if scenario == 'burst' else '    -':>7} "
                      f"{sum(r['false_bursts'] for r in rs):7d} {statistics.mean(r['per_week'] for r in rs):6.1f}")
    aspect_rows = [r for r in rows if r["scenario"] in (*ASPECTS, "weekend", "platform", "small")]
    normal = [r for r in aspect_rows if r["scenario"] != "small"]
    small = [r for r in aspect_rows if r["scenario"] == "small"]
    stable = [r for r in rows if r["scenario"] in STABLE_SCENARIOS]
    planted_bursts = [r for r in rows if r["planted_burst"]]
    tp = sum(r["true_bursts"] for r in rows)
    fp = sum(r["false_bursts"] for r in rows)
    goals = [
        ("top aspect cause right (all planted)", aspect_rows, "aspect_ok", 0.9),
        ("top aspect cause right, scheme (wait=service)", aspect_rows, "aspect_scheme_ok", 0.9),
        ("drop start within 14 days (normal cafés)", normal, "start_ok", None),
        ("drop start within 28 days (small café)", small, "start_ok", None),
        ("weekday among the top three (weekend)", [r for r in rows if r["scenario"] == "weekend"], "weekday_ok", None),
        ("platform among the top three (platform)", [r for r in rows if r["scenario"] == "platform"], "platform_ok", None),
    ]
    print("\n## found, by how far the rating fell where planted (stars)")
    for lo, hi in FALL_BINS:
        rs = [r for r in aspect_rows if lo <= r["fall"] < hi]
        if rs:
            print(f"{lo:.1f}-{hi:.1f} stars: n={len(rs):4d}  found {_pct([r['found'] for r in rs])} %  "
                  f"top aspect right {_pct([r['aspect_ok'] for r in rs])} %")
    print("\n## goals")
    for name, rs, key, _goal in goals:
        if rs:
            share = sum(bool(r.get(key)) for r in rs) / len(rs)
            summary[name] = round(share, 3)
            print(f"{name:50} {100 * share:5.1f} %  (n={len(rs)})")
    if stable:
        share = sum(r["false_drops"] == 0 for r in stable) / len(stable)
        summary["no drop on stable timelines"] = round(share, 3)
        print(f"{'no drop on stable timelines (goal >= 95 %)':50} {100 * share:5.1f} %  (n={len(stable)})")
    if planted_bursts:
        recall = sum(r["burst_found"] for r in planted_bursts) / len(planted_bursts)
        precision = tp / (tp + fp) if tp + fp else 0.0
        summary["burst recall"], summary["burst precision"] = round(recall, 3), round(precision, 3)
        print(f"{'bursts: recall (goal >= 0.9)':50} {recall:6.3f}    (n={len(planted_bursts)})")
        print(f"{'bursts: precision (goal >= 0.9)':50} {precision:6.3f}    (flagged {tp + fp}, "
              f"over all {len(rows)} timelines)")
    return summary


def misses(rows: list[dict]) -> dict[str, int]:
    """Print every planted case the report got wrong (what was planted, what
    the report said) and return a count per kind of miss, so the systematic
    reasons show rather than the averages."""
    kinds: Counter[str] = Counter()
    print("\n## misses (seed, scenario, language: planted | said)")
    for r in sorted(rows, key=lambda r: (r["scenario"], r["lang"], r["seed"])):
        wrong = []
        if r["scenario"] in STABLE_SCENARIOS:
            if r["false_drops"]:
                wrong.append("false drop")
        elif r["scenario"] != "burst":
            if not r["found"]:
                wrong.append("not found" + (f" ({r['status']})" if r["status"] != "ok" else ""))
            else:
                if not r["aspect_ok"]:
                    wrong.append(f"aspect {r['top_aspect']}")
                if not r["start_ok"]:
                    wrong.append(f"start {r['start_error']:+d} d")
                if r["scenario"] == "weekend" and not r["weekday_ok"]:
                    wrong.append("no weekday")
                if r["scenario"] == "platform" and not r["platform_ok"]:
                    wrong.append("no platform")
        if r["planted_burst"] and not r["burst_found"]:
            wrong.append("burst missed")
        if r["false_bursts"]:
            wrong.append(f"{r['false_bursts']} false burst(s)")
        if not wrong:
            continue
        for w in wrong:
            kinds[w.split(" (")[0] if not w.startswith(("start", "aspect")) else w.split()[0]] += 1
        print(f"{r['seed']:3d} {r['scenario']:9} {r['lang']:8} {', '.join(wrong)}: "
              f"planted {r.get('planted_what', '-')} fall={r.get('fall', 0):.2f} /week={r['per_week']} | said "
              + ("; ".join(r["said"]) or r["status"]))
    print("miss counts: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    return dict(kinds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=default_shared())
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--first-seed", type=int, default=0)
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", type=Path, help="write every timeline's scores here")
    args = ap.parse_args(argv)
    if not available(args.shared):
        print(f"SKIPPED: labelled data not found in {args.shared}")
        return 0
    langs = [x for x in args.langs.split(",") if x]
    scenarios = [x for x in args.scenarios.split(",") if x]
    jobs = []
    skipped = []
    for lang in langs:
        pool = load_pool(args.shared, lang)
        for scenario in scenarios:
            if scenario in ASPECTS and scenario not in pool.aspects():
                skipped.append(f"{scenario}/{lang}")
                continue
            jobs += [(str(args.shared), lang, seed, scenario) for seed in
                     range(args.first_seed, args.first_seed + args.seeds)]
    if skipped:
        print("not planted (too few labelled complaint sentences): " + ", ".join(skipped))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="regulars-drops-") as tmp:
        work = [(*j, tmp) for j in jobs]
        _template(Path(tmp))
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as ex:
                rows = list(ex.map(run_timeline, work, chunksize=4))
        else:
            rows = [run_timeline(w) for w in work]
    print(f"{len(rows)} timelines, {sum(r['reviews'] for r in rows):,} reviews, "
          f"{time.perf_counter() - started:.0f} s; report median "
          f"{statistics.median(r['report_s'] for r in rows) * 1000:.0f} ms")
    summary = print_tables(rows)
    summary["misses"] = misses(rows)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "timelines": rows}, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
