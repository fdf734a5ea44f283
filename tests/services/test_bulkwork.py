"""The garbage collector pause of bulk imports is restored, nested and on errors."""
from __future__ import annotations

import gc

import pytest

from desktop.services.bulkwork import YOUNG_GENERATION, collect_young, young_collections_only


def test_the_collector_is_paused_and_restored_even_when_nested_or_failing():
    assert gc.isenabled()
    with young_collections_only():
        assert not gc.isenabled()
        with young_collections_only():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
        with pytest.raises(RuntimeError), young_collections_only():
            raise RuntimeError("a failed import")
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with young_collections_only():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_young_collections_free_cycles_made_during_the_pause():
    assert YOUNG_GENERATION == 1
    with young_collections_only():
        for _ in range(100):
            a: list = []
            a.append(a)  # a reference cycle only the collector frees
        del a
        assert collect_young() >= 100
