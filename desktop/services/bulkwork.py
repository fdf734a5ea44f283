"""Bulk work without the cyclic garbage collector's full passes.

An import keeps a chunk of records (thousands of small objects) alive while
it allocates more; CPython's collector then walks every live object again
and again in its full (oldest-generation) passes, which cost a quarter to a
third of a large import's time and free almost nothing (records hold no
reference cycles: reference counting frees them).
:func:`young_collections_only` switches those full passes off for the
duration of the work; the young generations are still collected
automatically, a few hundred objects at a time, so cycles made while a chunk
is stored are freed and memory stays flat.

Why not switch the collector off altogether and collect the young
generations at each chunk boundary (as this module did first): the
collector is process-wide, so while it is off every object any thread
allocates (the window's pages loading 100,000 reviews meanwhile) piles up
in the youngest generation, and the collection at the next chunk boundary
walked all of them with the GIL held: the window froze for up to a second
at a time during a big import. Automatic young collections stay a fraction
of a millisecond each.

Threading: the collector is process-wide. The pause is reference-counted
under a lock, so nested or concurrent bulk work (an import in the write
worker while the GUI thread runs) restores the collector only when the last
one ends, with the thresholds it had before the first began.
"""
from __future__ import annotations

import contextlib
import gc
import threading
from typing import Iterator

YOUNG_GENERATION = 1
"""The oldest generation :func:`collect_young` collects (0 and 1: objects
made since the last young collections; never the whole heap)."""
YOUNG_THRESHOLD = 2_000
"""Allocations between automatic young collections during bulk work (Python's
default is 700): fewer collections for an import's many short-lived
objects, each still a few milliseconds at most (the window's heartbeat is
100 ms)."""
NO_FULL_PASSES = 1 << 30
"""The oldest generation's threshold during bulk work: never reached, so the
collector makes no full pass (the young generations keep theirs)."""

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()


@contextlib.contextmanager
def young_collections_only() -> Iterator[None]:
    """No full garbage-collector passes while the block runs (see the module
    docstring); the collector's thresholds are restored afterwards, also
    when the block raises. A collector that is off stays off."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            middle = _saved[1] if len(_saved) > 1 else 10
            gc.set_threshold(max(_saved[0], YOUNG_THRESHOLD), middle, NO_FULL_PASSES)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)


def collect_young() -> int:
    """Collect the young generations now (cheap: the automatic young
    collections keep them small); returns the number of unreachable objects
    found."""
    return gc.collect(YOUNG_GENERATION)
