"""The inbox the window loads: ranked without drafts, then the selected
review drafted alone, reading as the fully drafted inbox does."""
from __future__ import annotations

from test_replies import CTX, NOW, _closing, _opening, review

from desktop.messaging.reasons import REASON_CACHE_SIZE, reason
from desktop.messaging.replies import build_inbox, draft_items, rank_inbox


def _candidates():
    return [review(100 + i, 1 + i % 5, author="Guest Smith" if i % 2 else None,
                   flags=("food_poisoning",) if i == 7 else (), aspects=(("food", 0.6 if i % 3 else -0.6, "x"),))
            for i in range(40)]


def test_ranking_writes_no_draft_and_keeps_the_full_inbox_order():
    ranked = rank_inbox(_candidates(), CTX, NOW)
    full = build_inbox(_candidates(), CTX, NOW)
    assert [i.candidate.review_id for i in ranked] == [i.candidate.review_id for i in full]
    assert [(i.urgency, i.score, i.reasons) for i in ranked] == [(i.urgency, i.score, i.reasons) for i in full]
    assert all(i.draft is None for i in ranked)
    assert [i.drafted for i in ranked] == [i.urgency == "urgent" for i in ranked]  # a claim is never drafted
    claim = next(i for i in ranked if i.urgency == "urgent")
    assert claim.checklist and claim.holding  # its checklist and holding reply come with the ranking


def test_drafting_everything_from_the_ranking_is_the_full_inbox():
    ranked = rank_inbox(_candidates(), CTX, NOW)
    assert [i.draft for i in draft_items(ranked, CTX)] == [i.draft for i in build_inbox(_candidates(), CTX, NOW)]


def test_one_review_drafted_alone_reads_as_in_the_full_inbox_and_differs_from_its_neighbours():
    ranked = rank_inbox(_candidates(), CTX, NOW)
    full = build_inbox(_candidates(), CTX, NOW)
    for k in range(len(ranked)):
        [one] = draft_items(ranked, CTX, k, k + 1)
        assert one.draft == full[k].draft and one.drafted
    drafts = [i.draft for i in full if i.draft]
    for a, b in zip(full, full[1:]):
        if a.draft and b.draft:
            assert _opening(a.draft) != _opening(b.draft) and _closing(a.draft) != _closing(b.draft)
    assert len(set(drafts)) > 0.6 * len(drafts)


def test_equal_reasons_are_one_shared_value():
    a, b = reason("recent", days=3), reason("recent", days=3)
    assert a is b and a.text == "posted 3 days ago"
    assert reason("recent", days=4) is not a
    assert reason("influential", detail=["x"]).params == (("detail", "['x']"),)  # unhashable: built anew
    assert REASON_CACHE_SIZE == 4096
