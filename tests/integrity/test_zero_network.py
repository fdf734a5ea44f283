"""Zero network: the app makes no network connection. Socket use is blocked
and recorded while every CLI command runs (found by reading the parser, so
commands added later are covered without touching this file) in a real
subprocess with a sitecustomize guard (and under strace, which also sees C
libraries, where it is installed), and while every page of the window and
every dialog of its File menu opens."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import netguard
import pytest
from tests.integrity.conftest import ROOT
from integrity_tools import make_reviews_csv

from desktop.cli import build_parser
from desktop.services import Services

PASSPHRASE = "zero-network passphrase"
COVERED_IN_PROCESS = {"gui"}
"""Commands that open the window: covered by the in-process window test."""
SLOW_COMMANDS_TIMEOUT = 300


@pytest.fixture
def no_network() -> Iterator[None]:
    netguard.install()
    try:
        yield
        assert netguard.attempts() == [], "network use: " + "; ".join(
            f"{a['what']} {a['address']} from {a['caller']}" for a in netguard.attempts())
    finally:
        netguard.uninstall()


def test_the_guard_blocks_names_the_caller_and_allows_only_what_it_is_told() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    netguard.install()
    try:
        with pytest.raises(netguard.NetworkBlocked, match="test_zero_network.py"):
            socket.create_connection(("127.0.0.1", port), timeout=1)
        with pytest.raises(netguard.NetworkBlocked):
            socket.getaddrinfo("regulars.invalid", 443)  # refused before any DNS packet
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        with pytest.raises(netguard.NetworkBlocked):
            udp.sendto(b"x", ("127.0.0.1", port))
        udp.close()
        assert [a["what"] for a in netguard.attempts()][-1] == "socket.sendto"
        assert all("test_zero_network.py" in a["caller"] for a in netguard.attempts())
        netguard.install(allow=f"127.0.0.1:{port},10.1.2.3:25")  # only loopback can ever be allowed
        socket.create_connection(("127.0.0.1", port), timeout=1).close()  # the SMTP test server case
        assert "10.1.2.3:25" not in netguard._settings["allow"]
    finally:
        netguard.uninstall()
        server.close()


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def arguments(name: str, sub: argparse.ArgumentParser, ctx: dict[str, str]) -> list[str]:
    """Arguments that make ``name`` do its real work on the sample database.
    Known commands get chosen values; a command added later gets its
    positionals filled from their choices, type and name."""
    known = {
        "import": [ctx["csv"]], "preview": [ctx["csv"]], "undo": ["1"], "unmerge": ["1"], "region": ["GB"],
        "terms": ["add", "dish", "cornetto"], "restore": [ctx["backup"]], "trend": ["--json"],
        "analyze-text": ["--lang", "en"], "backups": ["--now"], "self-test": [],
        "drafts": ["--campaign", "thank-you", "--json"], "answered": ["1"], "suppress": ["list"],
        "report": ["--json"], "replies": ["--json"], "campaigns": ["--json"], "bench": ["--size", "small"],
    }
    if name in known:
        args = list(known[name])
    else:
        args = []
        for action in sub._actions:
            if action.option_strings or action.dest in ("help",):
                continue
            if action.choices:
                args.append(str(next(iter(action.choices))))
            elif action.nargs in ("+", "*"):
                args.append(ctx["csv"])
            elif action.type is int:
                args.append("1")
            elif action.nargs != "?":
                args.append(ctx["csv"] if "file" in action.dest else "1")
    if any("--db" in a.option_strings for a in sub._actions):
        args += ["--db", ctx["db"]]
    return args


def prepare(tmp: Path) -> dict[str, str]:
    """A sample database with an import and a backup, and the files to use."""
    data = tmp / "sample"
    data.mkdir()
    csv = make_reviews_csv(tmp / "reviews.csv", 12)
    services = Services.open(data / "cafe.sqlite")
    services.imports.import_files([str(csv)])
    backup = services.backups.backup_now()
    services.close()
    return {"csv": str(csv), "db": str(data / "cafe.sqlite"), "backup": backup.id, "sample": str(data)}


def run_guarded(name: str, args: list[str], tmp: Path, ctx: dict[str, str], guard: str,
                strace: str | None) -> dict:
    work = tmp / f"run-{name}"
    shutil.copytree(ctx["sample"], work)
    args = [str(work / "cafe.sqlite") if a == ctx["db"] else a for a in args]
    if name == "decrypt":  # decrypting needs an encrypted database
        s = Services.open(work / "cafe.sqlite")
        s.security.encrypt(PASSPHRASE)
        s.close()
    record = tmp / f"net-{name}.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": guard + os.pathsep + str(ROOT),
           netguard.RECORD_ENV: str(record), "REGULARS_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "desktop", name, *args]
    trace = tmp / f"strace-{name}.log"
    if strace:
        command = [strace, "-f", "--seccomp-bpf", "-qq", "-e", "trace=connect,sendto,sendmsg",
                   "-o", str(trace)] + command
    out = subprocess.run(command, cwd=work, env=env, input="Great coffee\nCold soup\n", text=True,
                         capture_output=True, timeout=SLOW_COMMANDS_TIMEOUT)
    attempts = [json.loads(line) for line in record.read_text().splitlines()] if record.exists() else []
    syscalls = []
    if strace and trace.exists():
        syscalls = [line for line in trace.read_text(errors="replace").splitlines()
                    if "AF_INET" in line]
    return {"name": name, "args": args, "rc": out.returncode, "stderr": out.stderr[-500:],
            "attempts": attempts, "syscalls": syscalls}


def _strace_works() -> str | None:
    path = shutil.which("strace")
    if not path:
        return None
    try:
        ok = subprocess.run([path, "-f", "--seccomp-bpf", "-qq", "-e", "trace=connect", "-o", os.devnull,
                             sys.executable, "-c", "pass"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if ok else None


def test_every_cli_command_makes_no_connection(tmp_path: Path) -> None:
    ctx = prepare(tmp_path)
    guard = netguard.write_sitecustomize(str(tmp_path / "guard"))
    strace = _strace_works()
    commands = {n: s for n, s in subcommands().items() if n not in COVERED_IN_PROCESS}
    assert {"import", "analyze", "backups", "restore", "encrypt", "decrypt", "self-test"} <= set(commands)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda item: run_guarded(item[0], arguments(item[0], item[1], ctx), tmp_path,
                                                         ctx, guard, strace), sorted(commands.items())))
    assert sorted(r["name"] for r in results) == sorted(commands)
    bad = [f"{r['name']}: {a['what']} {a['address']} from {a['caller']}" for r in results for a in r["attempts"]]
    bad += [f"{r['name']} (strace): {line}" for r in results for line in r["syscalls"]]
    assert not bad, "network use:\n" + "\n".join(bad)
    crashed = [r for r in results if r["rc"] not in (0, 1, 2) or "Traceback" in r["stderr"]]
    assert not crashed, crashed  # each command really ran (a user error is fine: undo 1 of nothing)
    worked = {r["name"] for r in results if r["rc"] == 0}
    assert {"import", "preview", "analyze", "backups", "restore", "encrypt", "decrypt", "self-test",
            "formats", "trend", "analyze-text"} <= worked, results


def test_every_page_and_file_dialog_makes_no_connection(no_network, seeded_window) -> None:
    from PySide6.QtWidgets import QApplication

    window = seeded_window
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        window.runner.wait(10_000)  # each page loads when shown: let its load run under the guard
        QApplication.processEvents()
        assert window.stack.currentIndex() == row
    window._on_settings_triggered()
    window._on_backups_triggered()
    window._on_encryption_triggered()
    for _ in range(20):
        QApplication.processEvents()
    window.runner.wait(10_000)
    QApplication.processEvents()
    for dialog in (window.settings_dialog, window.backups_dialog, window.encryption_dialog):
        assert dialog is not None and dialog.isVisible()
        dialog.reject()


def test_the_subprocess_guard_records_a_child_that_connects(tmp_path: Path) -> None:
    """The sitecustomize variant really is loaded by `python` children (and so by
    `python -m desktop` and its workers): a child that connects is recorded."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    guard = netguard.write_sitecustomize(str(tmp_path / "guard"))
    record = tmp_path / "net.jsonl"
    env = {**os.environ, "PYTHONPATH": guard, netguard.RECORD_ENV: str(record)}
    code = f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {server.getsockname()[1]}))\nexcept OSError as e:\n    print(type(e).__name__)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    server.close()
    assert out.stdout.strip() == "NetworkBlocked"
    [entry] = [json.loads(line) for line in record.read_text().splitlines()]
    assert entry["what"] == "socket.create_connection" and "<string>" in entry["caller"]
