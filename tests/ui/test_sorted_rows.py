"""Tables over many rows sort themselves (keys once per row, possibly on a
worker thread) in the order QSortFilterProxyModel gave, and keep the selection."""
from __future__ import annotations

import random
import threading

import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from desktop.ui.models.columns import RAW_ROLE, SORT_ROLE
from desktop.ui.models.message_models import INBOX_COLUMNS, RowsModel
from desktop.ui.models.reviews_model import ReviewsModel
from desktop.ui.models.sorted_rows import ForwardingSortProxy, prepare_rows, sort_rows


def _frame(n: int) -> pd.DataFrame:
    rnd = random.Random(5)
    return pd.DataFrame({
        "id": list(range(1, n + 1)),
        "created_at": pd.to_datetime([f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}" for _ in range(n)]),
        "source": [rnd.choice(["google", "tripadvisor", "yelp"]) for _ in range(n)],
        "author": [rnd.choice(["Ana", "ben", None, "Chiara"]) for _ in range(n)],
        "rating": [rnd.choice([1.0, 3.0, 5.0, float("nan")]) for _ in range(n)],
        "sentiment": [rnd.choice([-0.5, 0.0, 0.5, float("nan")]) for _ in range(n)],
        "title": [None] * n, "text": [rnd.choice(["Cold eggs", "lovely", "Slow"]) for _ in range(n)],
        "reply_text": [rnd.choice(["Thanks", None]) for _ in range(n)],
    })


def test_sorting_matches_the_proxy_order_with_ties_kept_in_both_directions(qapp) -> None:
    frame = _frame(400)
    for key in ("created_at", "source", "author", "rating", "sentiment", "text", "reply_text"):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            reference = ReviewsModel()
            reference.set_frame(frame)
            proxy = QSortFilterProxyModel()
            proxy.setSourceModel(reference)
            proxy.setSortRole(SORT_ROLE)
            column = reference.column_index(key)
            proxy.sort(column, order)
            expected = [proxy.index(r, 0).data(RAW_ROLE)["id"] for r in range(proxy.rowCount())]
            model = ReviewsModel()
            model.set_frame(frame)
            model.sort(column, order)
            assert [model.row_data(r)["id"] for r in range(model.rowCount())] == expected, (key, order)


def test_rows_prepared_on_a_worker_thread_arrive_sorted(qapp) -> None:
    model = ReviewsModel()
    model.sort(model.column_index("created_at"), Qt.SortOrder.DescendingOrder)
    spec, out = model.sort_spec(), []
    worker = threading.Thread(target=lambda: out.append(ReviewsModel.prepare(_frame(300), spec)))
    worker.start()
    worker.join()
    model.set_prepared(out[0])
    dates = [model.row_data(r)["created_at"] for r in range(model.rowCount())]
    assert model.rowCount() == 300 and dates == sorted(dates, reverse=True)
    # the sort changed while the rows were loading: they are sorted again as shown now
    model.sort(model.column_index("created_at"), Qt.SortOrder.AscendingOrder)
    model.set_prepared(prepare_rows(out[0].loaded, model.columns, None))
    assert [model.row_data(r)["created_at"] for r in range(3)] == sorted(dates)[:3]


def test_the_view_header_sorts_through_the_forwarding_proxy_and_keeps_the_selection(qtbot) -> None:
    model = ReviewsModel()
    model.set_frame(_frame(50))
    proxy = ForwardingSortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(model.column_index("rating"), Qt.SortOrder.DescendingOrder)
    assert model.row_data(0)["rating"] == 5.0
    view.selectRow(7)
    chosen = view.selectionModel().selectedRows()[0].data(RAW_ROLE)["id"]
    view.sortByColumn(model.column_index("author"), Qt.SortOrder.AscendingOrder)
    assert view.selectionModel().selectedRows()[0].data(RAW_ROLE)["id"] == chosen
    assert model.find_row("id", chosen) == view.selectionModel().selectedRows()[0].row()


def test_rows_model_behind_a_filter_proxy_sorts_itself(qtbot, qtmodeltester) -> None:
    rows = [dict(review_id=i, urgency=u, score=s, rating=r, author=a, source="google", created_at=None,
                 reasons=(), item=None)
            for i, (u, s, r, a) in enumerate([("low", 1.0, 5, "b"), ("urgent", 9.0, 1, "a"),
                                               ("normal", 3.0, 3, None), ("urgent", 7.0, 2, "c")])]
    model = RowsModel(INBOX_COLUMNS)
    model.set_rows(rows)
    qtmodeltester.check(model)
    middle = QSortFilterProxyModel()
    middle.setSourceModel(model)
    top = ForwardingSortProxy()
    top.setSourceModel(middle)
    top.sort(model.column_index("urgency"), Qt.SortOrder.DescendingOrder)
    assert [top.index(r, 0).data(RAW_ROLE)["review_id"] for r in range(4)] == [1, 3, 2, 0]  # most urgent first
    qtmodeltester.check(model)


def test_keys_of_mixed_kinds_still_sort() -> None:
    rows = [{"k": "b"}, {"k": None}, {"k": 2}, {"k": "a"}]
    assert [r["k"] for r in sort_rows(rows, lambda r: r["k"], False)] == [None, 2, "a", "b"]


def test_rows_no_longer_shown_are_released_off_the_gui_thread_unless_someone_holds_them() -> None:
    import time

    from desktop.ui.models.sorted_rows import release_in_background

    ours, theirs = [{"i": i} for i in range(20_000)], [{"i": i} for i in range(10)]
    probe = ours[-1]
    release_in_background(ours, theirs)  # the test still holds both: neither is emptied
    time.sleep(0.2)
    assert len(ours) == 20_000 and len(theirs) == 10 and probe["i"] == 19_999
    import weakref

    class Row(dict):
        pass

    rows = [Row(i=i) for i in range(6_000)]
    last = weakref.ref(rows[-1])
    release_in_background(rows)
    del rows
    deadline = time.monotonic() + 5
    while last() is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert last() is None  # let go of, not kept alive by the graveyard
