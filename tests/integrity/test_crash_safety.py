"""Crash safety, the suite's short run of kill_run.py: the real CLI killed
(SIGKILL) at random moments of an import, an analysis and a migration leaves
a database that opens, passes its integrity check, holds each batch whole
or not at all, and no process behind. ``python tests/integrity/kill_run.py
--kills 200`` is the long run (README)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SUITE_KILLS = 9
SUITE_REVIEWS = 4000
"""Above the analysis's parallel threshold, so worker processes are killed too."""


@pytest.fixture(scope="module")
def kill_summary() -> dict:
    if sys.platform != "linux":
        pytest.skip("the kill harness reads /proc")
    out = subprocess.run([sys.executable, str(HERE / "kill_run.py"), "--kills", str(SUITE_KILLS),
                          "--reviews", str(SUITE_REVIEWS), "--seed", "11", "--json"],
                         capture_output=True, text=True, timeout=900, cwd=HERE.parents[1])
    assert out.stdout.strip(), out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_killed_imports_analyses_and_migrations_leave_a_sound_database(kill_summary: dict) -> None:
    assert kill_summary["runs"] == SUITE_KILLS
    assert kill_summary["problems"] == []
    for scenario in ("import", "analyze", "migrate"):
        assert kill_summary["scenarios"][scenario]["killed"] >= 1, kill_summary["scenarios"]


def test_no_process_of_the_app_outlives_a_kill(kill_summary: dict) -> None:
    assert kill_summary["leftovers"] == []
