"""Start-up time: the frozen app and the source tree, five runs each of
``--startup-probe`` on the demo café, alternated, and the median of each.
Prints figures; asserts nothing.

    python tests/benchmarks/bench_startup.py [--runs 5] [--bundle dist/Regulars]
                                             [--db /tmp/packaging/demo.sqlite]

The probe prints ``startup: N ms`` (process creation to the window shown,
painted and showing its data, see desktop/ui/startup_probe.py). The demo
database is made first when it does not exist. Runs alternate frozen and
source so that a change in the machine's load hits both alike; the load
average (``os.getloadavg``) before and after is printed with the figures,
since on a shared machine the clock, not the work, moves with it. A missing
bundle prints SKIPPED for the frozen side.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STARTUP_LINE = re.compile(r"^startup: (\d+) ms$", re.M)


def probe(command: list[str], db: Path, home: Path) -> int | None:
    """One start-up in ms, or None when the probe printed no figure."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    out = subprocess.run([*command, "--db", str(db), "--startup-probe"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    match = STARTUP_LINE.search(out.stdout)
    if out.returncode != 0 or match is None:
        print(f"  probe failed ({out.returncode}): {(out.stdout + out.stderr)[-400:]}")
        return None
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Regulars")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "packaging" / "demo.sqlite")
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(args.db)], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    frozen_exe = args.bundle / ("Regulars.exe" if os.name == "nt" else "Regulars")
    sides = {"source tree": [sys.executable, "-m", "desktop"]}
    if frozen_exe.exists():
        sides = {"frozen": [str(frozen_exe)], **sides}
    else:
        print(f"frozen: SKIPPED ({frozen_exe} not built: pyinstaller --noconfirm build.spec)")
    times: dict[str, list[int]] = {name: [] for name in sides}
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryDirectory() as home:
        for name, command in sides.items():  # one unmeasured start each: disk cache warm for both
            probe(command, args.db, Path(home))
        for _ in range(args.runs):
            for name, command in sides.items():
                ms = probe(command, args.db, Path(home))
                if ms is not None:
                    times[name].append(ms)
    load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"start-up, demo café ({args.db}), {args.runs} runs each, alternated; "
          f"load average before {load_before and '%.2f' % load_before[0]}, "
          f"after {load_after and '%.2f' % load_after[0]} ({os.cpu_count()} cores)")
    medians = {}
    for name, values in times.items():
        if values:
            medians[name] = statistics.median(values)
            print(f"  {name:12s} {', '.join(map(str, values))} ms   median {medians[name]:.0f} ms")
    if len(medians) == 2:
        print(f"  frozen/source: {medians['frozen'] / medians['source tree']:.2f}")


if __name__ == "__main__":
    main()
