"""The garbage collector's full passes pause during bulk imports, and the
collector is restored, nested and on errors."""
from __future__ import annotations

import gc
import threading

import pytest

from desktop.services.bulkwork import NO_FULL_PASSES, YOUNG_GENERATION, YOUNG_THRESHOLD, collect_young, young_collections_only


def test_full_passes_pause_and_the_thresholds_come_back_even_when_nested_or_failing():
    before = gc.get_threshold()
    assert gc.isenabled()
    with young_collections_only():
        assert gc.isenabled()  # the young generations are still collected automatically
        assert gc.get_threshold() == (max(before[0], YOUNG_THRESHOLD), before[1], NO_FULL_PASSES)
        with young_collections_only():
            assert gc.get_threshold()[2] == NO_FULL_PASSES
        assert gc.get_threshold()[2] == NO_FULL_PASSES  # the outer pause still holds
        with pytest.raises(RuntimeError), young_collections_only():
            raise RuntimeError("a failed import")
        assert gc.get_threshold()[2] == NO_FULL_PASSES
    assert gc.get_threshold() == before and gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with young_collections_only():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_young_collections_free_cycles_made_during_the_pause():
    assert YOUNG_GENERATION == 1
    with young_collections_only():
        gc.collect(YOUNG_GENERATION)
        gc.disable()  # keep the automatic young collections from finding them first
        try:
            for _ in range(100):
                a: list = []
                a.append(a)  # a reference cycle only the collector frees
            del a
            assert collect_young() >= 100
        finally:
            gc.enable()


def test_what_other_threads_allocate_meanwhile_does_not_pile_up():
    """The window's pages allocate while an import runs: the young generation
    stays small, so no collection walks all of it at once (the GIL is held then)."""
    kept: list = []

    def page_load() -> None:
        kept.extend({"id": i, "text": f"review {i}"} for i in range(300_000))

    with young_collections_only():
        thread = threading.Thread(target=page_load)
        thread.start()
        thread.join()
        assert gc.get_count()[0] <= gc.get_threshold()[0] + 1
