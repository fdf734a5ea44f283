"""What the before-import backup costs a small import. Prints figures;
asserts nothing.

    python tests/benchmarks/bench_backups.py [--rounds 5] [--grow 4]

A 20-review file is imported into copies of the demo café (about 10 MB) and
of the demo café grown ``--grow`` times (its reviews repeated), with and
without the backup first (online backup API plus its integrity check),
rounds interleaved; the median of each is printed, and their ratio.
"""
from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "integrity")]

from integrity_tools import make_reviews_csv  # noqa: E402

from desktop.demo import generate  # noqa: E402
from desktop.services import Services  # noqa: E402
from desktop.services.demo import build_demo  # noqa: E402
from desktop.storage import repositories as repo  # noqa: E402


def grow(path: Path, times: int) -> None:
    base = [r for r in generate().reviews if r.text]
    services = Services.open(path)
    with services.db.session() as s:
        repo.insert_reviews(s, None, [dataclasses.replace(base[i % len(base)], external_id=f"grow-{i}")
                                      for i in range(len(base) * (times - 1))])
    services.analysis.analyze_pending(workers=1)
    services.close()


def one(template: Path, small: Path, work: Path, backup: bool, n: int) -> float:
    db = work / f"run{n}" / "cafe.sqlite"
    db.parent.mkdir()
    shutil.copy2(template, db)
    services = Services.open(db)
    start = time.perf_counter()
    if backup:
        services.backups.before_import()
    services.imports.import_files([str(small)])
    seconds = time.perf_counter() - start
    services.close()
    shutil.rmtree(db.parent)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--grow", type=int, default=4)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="regulars-bench-backups-"))
    try:
        demo = work / "demo.sqlite"
        build_demo(demo)
        big = work / "big.sqlite"
        shutil.copy2(demo, big)
        grow(big, args.grow)
        small = make_reviews_csv(work / "small.csv", 20)
        print(f"{'database':28} {'size':>8} {'import':>9} {'backup+import':>14} {'ratio':>6}")
        for label, template in (("demo café", demo), (f"demo café x{args.grow} reviews", big)):
            plain, backed = [], []
            for n in range(args.rounds):
                plain.append(one(template, small, work, False, 2 * n))
                backed.append(one(template, small, work, True, 2 * n + 1))
            a, b = statistics.median(plain), statistics.median(backed)
            print(f"{label:28} {template.stat().st_size / 1e6:6.1f} MB {a * 1000:7.0f} ms {b * 1000:12.0f} ms "
                  f"{b / a:6.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
