"""Bulk work without the cyclic garbage collector's full passes.

An import keeps a chunk of records (thousands of small objects) alive while
it allocates more; CPython's collector then walks every live object again
and again, which cost a quarter to a third of a large import's time and
frees almost nothing (records hold no reference cycles: reference counting
frees them). :func:`young_collections_only` switches the automatic
collector off for the duration of the work and lets the caller collect the
young generations at each chunk boundary (:func:`collect_young`), so cycles
made while a chunk is stored are still freed and memory stays flat.

Threading: the collector is process-wide. The pause is reference-counted
under a lock, so nested or concurrent bulk work (an import in the write
worker while the GUI thread runs) restores the collector only when the last
one ends, and only if it was on before the first began.
"""
from __future__ import annotations

import contextlib
import gc
import threading
from typing import Iterator

YOUNG_GENERATION = 1
"""The oldest generation :func:`collect_young` collects (0 and 1: objects
made since the last chunk boundary or two; never the whole heap)."""

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def young_collections_only() -> Iterator[None]:
    """Pause automatic garbage collection while the block runs (see the
    module docstring); the collector's state is restored afterwards, also
    when the block raises."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def collect_young() -> int:
    """Collect the young generations (cheap: a chunk's worth of objects);
    returns the number of unreachable objects found."""
    return gc.collect(YOUNG_GENERATION)
