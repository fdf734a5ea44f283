"""The rating-drop report kept in the database (services/report_store.py):
read by a new process only while its data state matches, invalidated by
every change, equal to the one computed, never stored by a read-only window."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop.services import InsightFilter, Services, report_codec, report_store
from desktop.services.insights import InsightReport
from desktop.storage import repositories as repo
from desktop.storage.database import ACCESS_READ

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

REVIEWS_CSV = (
    "Review ID,Date,Rating,Author,Source,Review\n"
    "g-1,2026-03-01,5,Ana Lopes,Google,Lovely flat white and a warm welcome\n"
    "g-2,2026-03-08,2,Ben Carter,Google,\"Cold eggs, and we waited 30 minutes\"\n"
    "t-1,2026-04-02,4,Chiara,Tripadvisor,\"Buon caffè, servizio gentile\"\n"
)
MORE_CSV = "Review ID,Date,Rating,Author,Source,Review\ng-9,2026-04-09,1,Dan,Google,Rude staff\n"


@pytest.fixture
def demo_copy(demo_sqlite, tmp_path):
    """A copy of the demo café with nothing stored yet."""
    path = tmp_path / "demo.sqlite"
    # SQLite's backup API, not a file copy: the session's demo may have pages in its WAL file
    src, dst = sqlite3.connect(demo_sqlite), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    s = Services.open(path)
    with s.db.session() as x:
        repo.forget_stored_reports(x)
    s.close()
    return path


def _stored(services: Services) -> int:
    with services.db.session() as s:
        return repo.stored_report_count(s)


def _state(services: Services) -> str:
    with services.db.session() as s:
        return report_store.state_key(s)


def test_a_new_process_reads_the_stored_report_equal_to_the_computed_one(demo_copy):
    first = Services.open(demo_copy)
    computed = first.insights.report()
    assert _stored(first) == 1
    first.close()
    second = Services.open(demo_copy)
    read = second.insights.report()
    assert json.dumps(read.as_json()) == json.dumps(computed.as_json())
    assert read == computed and read.refs == computed.refs and read.trend.equals(computed.trend)
    assert list(read.trend.dtypes) == list(computed.trend.dtypes)
    assert read.too_few_to_tell == computed.too_few_to_tell and read.latest == computed.latest
    second.close()


def test_the_stored_report_is_used_only_while_its_key_matches(demo_copy):
    s = Services.open(demo_copy)
    real = s.insights.report()
    fkey = report_store.filter_key(vars(InsightFilter()), "en")
    with s.db.session() as x:
        skey = report_store.state_key(x)
        body = json.loads(repo.stored_report(x, fkey, skey))
        body["summary"] = "planted by the test"
        repo.store_report(x, fkey, skey, json.dumps(body), keep_per_filter=3, keep_total=10)
    s.close()
    s = Services.open(demo_copy)
    assert s.insights.report().summary == "planted by the test"  # read, not computed
    assert s.insights.report(lang="it").summary != "planted by the test"  # another filter key
    s.terms.add("dish", "Zuppa del giorno di prova")  # a settings change: a new state
    assert s.insights.report().summary == real.summary
    s.close()


def test_a_stored_report_that_does_not_decode_is_computed_again(demo_copy):
    s = Services.open(demo_copy)
    real = s.insights.report()
    fkey = report_store.filter_key(vars(InsightFilter()), "en")
    with s.db.session() as x:
        repo.store_report(x, fkey, report_store.state_key(x), '{"drops": 3}', keep_per_filter=3, keep_total=10)
    s.close()
    s = Services.open(demo_copy)
    assert json.dumps(s.insights.report().as_json()) == json.dumps(real.as_json())
    s.close()


def test_a_read_only_window_computes_and_stores_nothing(demo_copy):
    s = Services.open(demo_copy, access=ACCESS_READ)
    assert s.insights.report().drops
    s.close()
    s = Services.open(demo_copy)
    assert _stored(s) == 0
    s.close()


def test_old_reports_are_pruned_per_filter(demo_copy):
    s = Services.open(demo_copy)
    with s.db.session() as x:
        for k in range(report_store.STORED_PER_FILTER + 4):
            repo.store_report(x, "f", f"state-{k}", "{}", keep_per_filter=report_store.STORED_PER_FILTER,
                              keep_total=report_store.STORED_TOTAL)
        repo.store_report(x, "g", "state-0", "{}", keep_per_filter=report_store.STORED_PER_FILTER,
                          keep_total=report_store.STORED_TOTAL)
        assert repo.stored_report(x, "f", "state-0") is None
        assert repo.stored_report(x, "f", f"state-{report_store.STORED_PER_FILTER + 3}") == "{}"
        assert repo.stored_report(x, "g", "state-0") == "{}"
        assert repo.stored_report_count(x) == report_store.STORED_PER_FILTER + 1
    s.close()
    assert 1 <= report_store.STORED_PER_FILTER <= report_store.STORED_TOTAL


def test_every_data_change_moves_the_state(db_target, tmp_path):
    from customer_exports import write_customer_files

    s = Services.open(db_target)
    try:
        (tmp_path / "r.csv").write_text(REVIEWS_CSV, encoding="utf-8")
        (tmp_path / "more.csv").write_text(MORE_CSV, encoding="utf-8")
        seen = [_state(s)]
        s.insights.report()
        first = s.imports.import_files([str(tmp_path / "r.csv")])  # import (and its analysis)
        seen.append(_state(s))
        more = s.imports.import_files([str(tmp_path / "more.csv")])
        seen.append(_state(s))
        s.imports.undo_batch(more.results[0].batch_id)  # undo
        seen.append(_state(s))
        s.terms.add("dish", "eggs")  # settings change ...
        seen.append(_state(s))
        s.analysis.analyze_pending()  # ... and the re-analysis it asks for
        seen.append(_state(s))
        files = write_customer_files(tmp_path)
        for name in ("square", "mailchimp"):  # mailchimp's file merges into square's customers
            assert not s.imports.import_files([str(files[name])]).errors
        seen.append(_state(s))
        merge = s.customers.list_merges()[0]
        s.customers.undo_merge(merge.id)  # a merge undone
        seen.append(_state(s))
        s.settings.set_default_region("IT")
        seen.append(_state(s))
        assert len(set(seen)) == len(seen), [seen.index(k) for k in seen]
        assert first.results[0].inserted == 3
        # the report follows the state: after the undo it is the three reviews' again
        assert s.insights.report().reviews == 3
    finally:
        s.close()


def test_the_codec_round_trips_an_empty_report_and_refuses_foreign_text():
    from desktop.services.insights import _trend
    import pandas as pd

    empty = InsightReport("empty", "en", 0, 0, None, (), (), (), "Nothing yet", _trend(pd.DataFrame(), set()), {},
                          float("inf"))
    back = report_codec.loads(InsightReport, report_codec.dumps(empty))
    assert back == empty and back.too_few_to_tell and list(back.trend.columns) == list(empty.trend.columns)
    with pytest.raises(report_codec.ReportCodecError):
        report_codec.loads(InsightReport, '{"status": "ok"}')
    with pytest.raises(report_codec.ReportCodecError):
        report_codec.loads(InsightReport, "not json")
