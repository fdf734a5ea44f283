"""Bad input, by hand: the whole nasty corpus (with a real 1 GB review log
written to a temporary folder and deleted after) and many more fuzzed files
than the suite runs, each through every importer entry point.

    python tests/integrity/nasty_run.py                 # corpus + 1 GB + 500 fuzzed files of each kind
    python tests/integrity/nasty_run.py --fuzz 100 --no-big

Prints one line per nasty file (read / refused, seconds) and the fuzzing
counts; exits 1 if any promise broke (see badinput.py).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from badinput import ENTRY_POINTS, exercise  # noqa: E402
from integrity_tools import make_reviews_csv  # noqa: E402
from nasty import make_corpus  # noqa: E402


def peak_mb() -> int:
    with open("/proc/self/status") as fh:
        return int(next(line for line in fh if line.startswith("VmHWM")).split()[1]) // 1024


def fuzz(kind: str, count: int, services, folder: Path) -> tuple[int, list[str]]:
    from hypothesis import HealthCheck, given, settings
    from test_bad_input import csv_files, json_files, zip_files

    strategy = {"csv": csv_files(), "json": json_files(), "zip": zip_files()}[kind]
    suffix = {"csv": ".csv", "json": ".json", "zip": ".zip"}[kind]
    failures: list[str] = []
    seen = [0]
    folder.mkdir(exist_ok=True)

    @settings(max_examples=count, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(data=strategy)
    def run(data: bytes) -> None:
        seen[0] += 1
        path = folder / f"{kind}{seen[0]}{suffix}"
        path.write_bytes(data)
        verdict = exercise(path, services, services.db_path, watch=(folder, services.db_path.parent), seconds=60)
        failures.extend(f"{kind} #{seen[0]}: {f}" for f in verdict.failures)
        path.unlink()

    run()
    return seen[0], failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fuzz", type=int, default=500, help="fuzzed files of each kind (csv, json, zip)")
    parser.add_argument("--no-big", action="store_true", help="leave out the real 1 GB file")
    args = parser.parse_args()
    from desktop.services import Services

    work = Path(tempfile.mkdtemp(prefix="regulars-nasty-"))
    tempfile.tempdir = str(work / "tmp")
    (work / "tmp").mkdir()
    failures: list[str] = []
    try:
        template = work / "template" / "cafe.sqlite"
        services = Services.open(template)
        services.imports.import_files([str(make_reviews_csv(work / "earlier.csv", 20))])
        services.close()
        corpus = make_corpus(work / "corpus", big=not args.no_big)
        counts = {"read": 0, "refused": 0, "other": 0}
        for i, nasty in enumerate(corpus):
            db = work / f"db{i}" / "cafe.sqlite"
            db.parent.mkdir()
            shutil.copy2(template, db)
            services = Services.open(db)
            # the real 1 GB file: the streaming readers (read_file and a full import would
            # hold or store 3 million reviews; bench_stream_import.py measures those)
            entries = ("sniff", "iter_file") if nasty.name == "real_1gb.csv" else ENTRY_POINTS
            before = peak_mb()
            verdict = exercise(nasty.path, services, db, watch=(work / "corpus", db.parent), seconds=900,
                               entries=entries)
            if nasty.name == "real_1gb.csv":
                print(f"real_1gb.csv: peak memory {before} MB before, {peak_mb()} MB after streaming it")
            services.close()
            counts[verdict.summary if verdict.summary in counts else "other"] += 1
            print(f"{nasty.name:26} {verdict.summary:11} {verdict.seconds:7.1f}s  {nasty.what}"
                  + (f"  FAILED: {verdict.failures}" if verdict.failures else ""), flush=True)
            failures += [f"{nasty.name}: {f}" for f in verdict.failures]
            shutil.rmtree(db.parent)
        big = work / "corpus" / "real_1gb.csv"
        if big.exists():
            big.unlink()
        print(f"nasty files: {len(corpus)} ({counts['read']} read, {counts['refused']} refused, "
              f"{counts['other']} partly), peak memory of this process {peak_mb()} MB")
        services = Services.open(template)
        start = time.monotonic()
        for kind in ("csv", "json", "zip"):
            n, broken = fuzz(kind, args.fuzz, services, work / "fuzz")
            failures += broken
            print(f"fuzzed {kind}: {n} files, {len(broken)} broken promises", flush=True)
        services.close()
        print(f"fuzzing took {time.monotonic() - start:.0f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAILED", f)
    print("all promises kept" if not failures else f"{len(failures)} broken promises")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
