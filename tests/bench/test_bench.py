"""``python -m desktop bench`` runs every step and prints comparable figures
(the suite checks it runs, not how fast: the figures are for the README)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_runs_every_step_on_tiny_data(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "desktop", "bench", "--size", "tiny", "--json",
                          "--work", str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout)
    failed = {name: f["error"] for name, f in report["steps"].items() if "error" in f}
    assert not failed, failed
    for name, figures in report["steps"].items():
        assert figures["seconds"] >= 0, name
    imported = report["steps"]["import reviews CSV"]
    assert (imported["rows"], imported["inserted"]) == (300, 300)
    again = report["steps"]["re-import reviews CSV (nothing new)"]
    assert (again["inserted"], again["duplicates"]) == (0, 300)
    assert report["steps"]["analyse every review, all cores"]["reviews"] == 300
    assert all(row["ratio"] is not None for row in report["comparisons"] if row["floor"])
    steps = report["steps"]
    assert steps["tiers and segments for every customer"]["customers"] == 97  # named on tiny orders
    assert steps["scroll and filter the reviews table"]["rows"] == 300  # the CSV reviews
    assert steps["scroll and filter the customers table"]["rows"] == 100
    stall = steps["longest stall of the window while an import runs"]
    assert stall["longest_stall_ms"] > 0 and stall["target_ms"] == 100
    assert all(f.get("peak_mb") for f in steps.values())
