"""The self-test: does this build (source or frozen) work the way the source
tree it was built from does?

``python -m desktop self-test`` (``regulars-cli self-test`` in the frozen
app) runs every registered check, prints one ``ok``/``FAIL`` line per check
with the problems under it, and a summary; the command exits 1 when any
check failed.

How checks compare with the source tree
---------------------------------------
``build.spec`` runs ``self-test --write-expected FILE`` from the source tree
before freezing and ships FILE in the bundle as :data:`EXPECTED_NAME`. Each
check reports the values that must not change between the source tree and
a build through :meth:`CheckContext.expect`; the frozen app compares them
exactly (after a JSON round trip, so floats compare bit for bit). From the
source tree nothing is compared: the source tree is the reference (pass
``--expected FILE`` to compare with a file anyway).

Adding a check
--------------
Write one function that takes a :class:`CheckContext`, decorate it with
``@check("what it proves, in a few words")`` and put it with its kind:

- Qt-free checks (analysis, storage, imports, reports, tiers, templates)
  in ``desktop/services/selftest_checks.py``;
- checks that need Qt (the window, charts, PDF, translations) in
  ``desktop/ui/selftest_checks.py``.

Inside, call ``ctx.expect("key", value)`` for every JSON-able value the
frozen app must reproduce exactly, and ``ctx.require(condition, "problem")``
for what must hold in any build. Use ``ctx.tmp`` for files (a fresh folder
per check, deleted afterwards). Raise nothing on purpose: an exception is
reported as the check's problem. Keep a check under a second or two and its
fixtures tiny and inside the code (never read the test suite: it is not
shipped). The checks today: bundled data, analysis in every language,
phone numbers, database migrations and encryption, every import format, the
report, customers (segments, tiers, diets, menu tags), message templates, and
the Qt ones (platform plugin, window, charts, PDF, translations).

Threading: run from the command line (main thread); checks run one by one.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

EXPECTED_NAME = "selftest_expected.json"
"""The expectations file inside the frozen bundle (next to the executables' data)."""
MAX_DIFFERENCES = 8
"""Differences listed per expected value before "... and N more"."""

Say = Callable[[str], None]


@dataclass(frozen=True)
class Check:
    """One named check: ``run(ctx)`` reports through the context."""

    name: str
    run: Callable[[CheckContext], None]


CHECKS: list[Check] = []
"""Every registered check, in the order they run (the order of registration)."""


def check(name: str) -> Callable[[Callable[[CheckContext], None]], Callable[[CheckContext], None]]:
    """Register the decorated function as the check called ``name``."""
    def register(fn: Callable[[CheckContext], None]) -> Callable[[CheckContext], None]:
        if any(c.name == name for c in CHECKS):
            raise ValueError(f"a self-test check called {name!r} is already registered")
        CHECKS.append(Check(name, fn))
        return fn
    return register


def _normal(value: Any) -> Any:
    """``value`` as it reads back from JSON (tuples become lists, keys strings)."""
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _short(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def differences(want: Any, got: Any, where: str = "") -> list[str]:
    """Readable differences between two JSON values, deepest first:
    ``"aspects.food: 0.5 (source tree) != 0.0 (this build)"``."""
    if isinstance(want, dict) and isinstance(got, dict):
        out: list[str] = []
        for key in sorted(set(want) | set(got)):
            path = f"{where}.{key}" if where else str(key)
            if key not in got:
                out.append(f"{path}: missing in this build (source tree: {_short(want[key])})")
            elif key not in want:
                out.append(f"{path}: only in this build ({_short(got[key])})")
            else:
                out.extend(differences(want[key], got[key], path))
        return out
    if isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        out = []
        for i, (w, g) in enumerate(zip(want, got)):
            out.extend(differences(w, g, f"{where}[{i}]"))
        return out
    if want == got and type(want) is type(got):
        return []
    return [f"{where or 'value'}: {_short(want)} (source tree) != {_short(got)} (this build)"]


@dataclass
class CheckContext:
    """What a check reports to. ``mode`` is ``"record"`` (writing the
    expectations at build time), ``"compare"`` (a build checking itself
    against them) or ``"reference"`` (the source tree: nothing to compare)."""

    name: str
    mode: str
    tmp: Path
    expected: dict[str, Any] = field(default_factory=dict)
    recorded: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def expect(self, key: str, value: Any) -> None:
        """``value`` must equal what the source tree gave for ``key`` at build time."""
        value = _normal(value)
        self.recorded[key] = value
        if self.mode != "compare":
            return
        if key not in self.expected:
            self.problems.append(f"{key}: the build recorded no expected value")
            return
        found = differences(self.expected[key], value, key)
        self.problems.extend(found[:MAX_DIFFERENCES])
        if len(found) > MAX_DIFFERENCES:
            self.problems.append(f"... and {len(found) - MAX_DIFFERENCES} more differences in {key}")

    def require(self, ok: bool, problem: str) -> None:
        """``problem`` is reported unless ``ok``."""
        if not ok:
            self.problems.append(problem)

    def fail(self, problem: str) -> None:
        self.problems.append(problem)


@dataclass(frozen=True)
class CheckResult:
    name: str
    problems: tuple[str, ...]
    seconds: float
    recorded: dict[str, Any]

    @property
    def ok(self) -> bool:
        return not self.problems


def frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def expected_path() -> Path | None:
    """The bundled expectations file of a frozen build (None from source)."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) / EXPECTED_NAME if frozen() and root else None


def _exception_problem(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def run_checks(mode: str, expected: dict[str, dict[str, Any]] | None = None,
               say: Say | None = None, names: list[str] | None = None) -> list[CheckResult]:
    """Run the registered checks (all, or those in ``names``) in ``mode``."""
    results: list[CheckResult] = []
    for chk in CHECKS:
        if names is not None and chk.name not in names:
            continue
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="regulars-selftest-") as tmp:
            ctx = CheckContext(chk.name, mode, Path(tmp), dict((expected or {}).get(chk.name, {})))
            try:
                chk.run(ctx)
            except Exception as exc:  # noqa: BLE001 - a self-test reports, it does not crash
                ctx.problems.append(_exception_problem(exc))
        if mode == "compare":
            for key in sorted(set(ctx.expected) - set(ctx.recorded)):
                ctx.problems.append(f"{key}: expected by the build but never checked")
        result = CheckResult(chk.name, tuple(ctx.problems), time.perf_counter() - started, ctx.recorded)
        results.append(result)
        if say is not None:
            say(("ok    " if result.ok else "FAIL  ") + chk.name)
            for problem in result.problems:
                say(f"      {problem}")
    return results


def write_expected(path: Path, say: Say | None = None) -> Path:
    """Run every check from the source tree and write what they expect to
    ``path``. Raises RuntimeError (writing nothing) when a check fails: a
    build must not take a broken source tree as its reference."""
    from desktop.core.version import app_version

    results = run_checks("record", say=say)
    failed = [r for r in results if not r.ok]
    if failed:
        raise RuntimeError("the source tree fails its own self-test: " + "; ".join(
            f"{r.name}: {r.problems[0]}" for r in failed))
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": app_version(), "checks": {r.name: r.recorded for r in results}}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return path


def load_expected(path: Path) -> dict[str, dict[str, Any]]:
    """The ``checks`` part of an expectations file. Raises OSError/ValueError."""
    data = json.loads(path.read_text(encoding="utf-8"))
    checks = data.get("checks") if isinstance(data, dict) else None
    if not isinstance(checks, dict):
        raise ValueError(f"{path.name} holds no checks")
    return checks


def run_self_test(say: Say = print, expected_file: Path | None = None) -> list[str]:
    """Run every check, report each through ``say``, return the failures as
    ``"check: problem"`` lines (empty when everything passed).

    A frozen build compares with its bundled expectations; the source tree
    compares only when ``expected_file`` is given."""
    source = expected_file or expected_path()
    expected: dict[str, dict[str, Any]] | None = None
    failures: list[str] = []
    if source is not None:
        try:
            expected = load_expected(source)
        except (OSError, ValueError) as exc:
            failures.append(f"expected values: cannot read {source.name} ({exc})")
            say(f"FAIL  expected values: cannot read {source.name} ({exc})")
    elif not frozen():
        say("ok    running from the source tree: its results are the reference")
    mode = "compare" if expected is not None else "reference"
    if expected is not None:
        missing = sorted(set(expected) - {c.name for c in CHECKS})
        for name in missing:
            failures.append(f"{name}: the build expected this check but it is not in this app")
            say(f"FAIL  {name}: expected by the build but not in this app")
    for result in run_checks(mode, expected or {}, say):
        failures.extend(f"{result.name}: {p}" for p in result.problems)
    return failures
