from __future__ import annotations


def test_source_labels_keep_platform_spelling() -> None:
    from desktop.core.sources import source_label

    assert source_label("thefork") == "TheFork"
    assert source_label("Tripadvisor") == "Tripadvisor"
    assert source_label("my pos") == "My pos"
    assert source_label(None) == ""
