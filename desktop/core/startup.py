"""How long ago this process started, for the start-up probe.

``--startup-probe`` reports the time from the operating system creating the
process (before the PyInstaller bootloader or the interpreter ran a single
line) to the window being usable. The creation time comes from the OS:

- Linux: ``/proc/self/stat`` (clock ticks since boot, 10 ms resolution),
- Windows: ``GetProcessTimes`` (100 ns resolution),
- macOS: ``proc_pidinfo(PROC_PIDTBSDINFO)`` (1 us resolution).

Where none of these answers, the origin falls back to the moment this module
was first imported (the first import of ``desktop/__main__.py``), which
misses the interpreter's own start (tens of milliseconds) and is reported as
such by :func:`origin`.

Stdlib only; pure reads; safe from any thread.
"""
from __future__ import annotations

import os
import sys
import time

_IMPORTED_MONO = time.perf_counter()
"""``perf_counter`` at the first import of this module (the fallback origin)."""

FALLBACK_ORIGIN = "first import"
"""What :func:`origin` says when the operating system could not tell."""


def _linux_age() -> float | None:
    """Seconds since the kernel created this process, or None."""
    try:
        with open("/proc/self/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
        # The command name (field 2) may hold spaces and brackets: split after the last ')'.
        fields = stat[stat.rindex(")") + 2:].split()
        start_ticks = int(fields[19])  # field 22 overall: starttime
        hz = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    started = start_ticks / hz
    # Kernels before 5.3 count starttime on the monotonic clock, later ones on the
    # boot-time clock (which also runs during suspend). The true age is at least the
    # time since this module was imported: take the smallest reading that respects that.
    floor = time.perf_counter() - _IMPORTED_MONO
    ages = []
    for clock in ("CLOCK_BOOTTIME", "CLOCK_MONOTONIC"):
        if hasattr(time, clock):
            age = time.clock_gettime(getattr(time, clock)) - started
            if age >= floor - 0.011:  # one clock tick of slack
                ages.append(age)
    return min(ages) if ages else None


def _windows_age() -> float | None:
    try:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        creation, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
        if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(creation),
                                        ctypes.byref(exited), ctypes.byref(kernel), ctypes.byref(user)):
            return None
        kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

        def ticks(ft: wintypes.FILETIME) -> int:
            return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

        return (ticks(now) - ticks(creation)) / 1e7
    except (OSError, AttributeError, ImportError):
        return None


PROC_PIDTBSDINFO = 3
_BSDINFO_SIZE = 136
_BSDINFO_START_OFFSET = 120
"""``struct proc_bsdinfo``: ``pbi_start_tvsec`` and ``pbi_start_tvusec`` (uint64 each) at byte 120."""


def _macos_age() -> float | None:
    try:
        import ctypes
        import struct

        libproc = ctypes.CDLL("/usr/lib/libproc.dylib")
        buf = ctypes.create_string_buffer(_BSDINFO_SIZE)
        got = libproc.proc_pidinfo(os.getpid(), PROC_PIDTBSDINFO, ctypes.c_uint64(0), buf, _BSDINFO_SIZE)
        if got != _BSDINFO_SIZE:
            return None
        sec, usec = struct.unpack_from("<QQ", buf.raw, _BSDINFO_START_OFFSET)
        return time.time() - (sec + usec / 1e6)
    except (OSError, AttributeError, ImportError):
        return None


def process_age() -> tuple[float, str]:
    """(seconds since this process started, where that origin came from).

    The origin is ``"process creation"`` when the operating system told us, else
    :data:`FALLBACK_ORIGIN` (the first import of this module)."""
    if sys.platform.startswith("linux"):
        age = _linux_age()
    elif sys.platform == "win32":
        age = _windows_age()
    elif sys.platform == "darwin":
        age = _macos_age()
    else:
        age = None
    if age is None or age < 0:
        return time.perf_counter() - _IMPORTED_MONO, FALLBACK_ORIGIN
    return age, "process creation"


def origin() -> str:
    """Where :func:`process_age` measures from on this machine."""
    return process_age()[1]


PHASES_ENV = "REGULARS_STARTUP_PHASES"
"""Set to 1 with ``--startup-probe`` to have each start-up phase's time printed to stderr."""
_MARKS: list[tuple[str, float, float]] = []


def mark(label: str, age: float | None = None) -> None:
    """Note that the start-up reached ``label`` now, or ``age`` seconds after the
    process started, with the CPU seconds the process has used so far (all its
    threads: a figure a busy machine does not inflate the way it inflates the
    clock). Cheap; the start-up probe prints the marks when asked to."""
    _MARKS.append((label, process_age()[0] if age is None else age, time.process_time()))


def marks() -> list[tuple[str, float, float]]:
    """Every ``(label, seconds since process start, CPU seconds used)`` noted so far, in order."""
    return list(_MARKS)
