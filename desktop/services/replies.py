"""Review replies: the inbox of reviews waiting for an answer (most urgent
first, with reasons and drafts), marking a review answered once the owner
pasted the reply on the platform, and how long reviews wait, by platform.

Threading: call from a worker thread (or the CLI); each call opens its own
session and returns frozen dataclasses.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Sequence

from desktop.core.errors import UserError
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.core.records import Changed
from desktop.messaging.replies import (InboxItem, LinkedCustomer, ReplyCandidate, ReplyTimes, build_inbox, draft_item,
                                       rank_inbox, reply_times)
from desktop.messaging.reply_drafts import REPLY_MAX_CHARS, ReplyContext
from desktop.services.customer_metrics import OverviewCache
from desktop.services.messaging import BUSINESS_NAME_KEY, SIGNATURE_KEY, recipient_overview
from desktop.services.settings import BUSINESS_LANGUAGE_KEY, BUSINESS_LANGUAGES, DEFAULT_BUSINESS_LANGUAGE
from desktop.services.terms import TermsService
from desktop.storage import repositories as repo
from desktop.storage.database import Database

ANSWERED = Changed(reviews=True)
"""Broadcast after a review was marked answered (or not): it leaves (or rejoins) the inbox."""


class ReplyService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._overview = OverviewCache(db)

    def context(self) -> ReplyContext:
        terms = TermsService(self._db).get()
        with self._db.session() as s:
            name = repo.get_setting(s, BUSINESS_NAME_KEY) or ""
            lang = (repo.get_setting(s, BUSINESS_LANGUAGE_KEY) or "").strip().lower()
            signature = repo.get_setting(s, SIGNATURE_KEY) or ""
        return ReplyContext(business_name=name, signature=signature,
                            business_language=lang if lang in BUSINESS_LANGUAGES else DEFAULT_BUSINESS_LANGUAGE,
                            dishes=tuple(terms.get("dish", ())), staff=tuple(terms.get("staff", ())))

    def candidates(self, as_of: datetime | None = None, with_aspects: bool = True) -> list[ReplyCandidate]:
        """Reviews with text and no reply yet (imported or marked), with
        their stored aspects (only drafts need them: ``with_aspects`` False
        leaves them empty) and flags and, where the owner confirmed who
        wrote them, the customer's visits, tier and segment as the customer
        side computes them (the same as ``customers --json``)."""
        as_of = as_of or datetime.now()
        with self._db.session() as s:
            rows = repo.inbox_review_rows(s)
            ids = [r[0] for r in rows]
            aspects: dict[int, list[tuple[str, float, str | None]]] = {}
            for rid, aspect, polarity, term, _sentence in (repo.review_aspect_rows(s, ids) if with_aspects else ()):
                aspects.setdefault(rid, []).append((aspect, polarity, term))
            authors = repo.review_authors(s, ids)
            customers: dict[int, LinkedCustomer] = {}
            if authors:
                frame = recipient_overview(s, as_of, self._overview).frame
                wanted = sorted({cid for cid, _c, _s in authors.values()} & set(frame.index))
                for row in frame.loc[wanted, ["id", "name", "visits", "tier", "tier_rank", "segment"]].itertuples(
                        index=False):
                    tier = row.tier if isinstance(row.tier, str) else None
                    customers[int(row.id)] = LinkedCustomer(
                        int(row.id), row.name if isinstance(row.name, str) else None, int(row.visits), tier,
                        int(row.tier_rank) if tier else 0, row.segment if isinstance(row.segment, str) else None)
        out = []
        for (rid, external_id, source, author, rating, title, text, language, created_at, author_reviews,
             local_guide, flags) in rows:
            link = authors.get(rid)
            out.append(ReplyCandidate(
                review_id=rid, external_id=external_id, source=source, author=author, rating=rating,
                text=text or "", created_at=created_at, language=language, title=title,
                author_reviews=author_reviews, author_local_guide=local_guide,
                flags=tuple(f for f in (flags or "").split(",") if f), aspects=tuple(aspects.get(rid, ())),
                customer=customers.get(link[0]) if link else None))
        return out

    def inbox(self, as_of: datetime | None = None, progress: ProgressFn = no_progress,
              cancel: CancelToken | None = None) -> list[InboxItem]:
        """The inbox in order: health, safety and legal claims first (no
        draft, a checklist and a holding reply), then by score."""
        as_of = as_of or datetime.now()
        progress(0.1, "Reading the reviews waiting for a reply")
        candidates = self.candidates(as_of)
        check_cancel(cancel)
        progress(0.6, "Writing draft replies")
        items = build_inbox(candidates, self.context(), as_of)
        check_cancel(cancel)
        progress(1.0, "Inbox ready")
        return items

    def ranked(self, as_of: datetime | None = None, progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None) -> tuple[list[InboxItem], ReplyContext]:
        """The inbox in order with no draft written (``drafted`` False), and
        the context :meth:`draft` writes them with: what the window loads.
        Drafting every review took most of a 100,000-review inbox's load."""
        as_of = as_of or datetime.now()
        progress(0.1, "Reading the reviews waiting for a reply")
        candidates = self.candidates(as_of, with_aspects=False)
        check_cancel(cancel)
        progress(0.8, "Ranking them by urgency")
        ctx = self.context()
        items = rank_inbox(candidates, ctx, as_of)
        check_cancel(cancel)
        progress(1.0, "Inbox ready")
        return items, ctx

    def draft(self, items: Sequence[InboxItem], index: int, ctx: ReplyContext) -> InboxItem:
        """``items[index]`` (from :meth:`ranked`) with its draft written from
        its stored aspects: the same text :meth:`inbox` gives it. Reads one
        review's aspects: a millisecond or so (worker thread)."""
        item = items[index]
        with self._db.session() as s:
            aspects = tuple((aspect, polarity, term) for _rid, aspect, polarity, term, _sentence
                            in repo.review_aspect_rows(s, [item.candidate.review_id]))
        return draft_item(replace(item, candidate=replace(item.candidate, aspects=aspects)), ctx, index)

    def waiting_count(self) -> int:
        """How many reviews wait for a reply (the inbox's length), by one
        COUNT query: for the Inbox's count before the inbox is loaded."""
        with self._db.session() as s:
            return repo.inbox_review_count(s)

    def mark_answered(self, review_id: int, reply_text: str | None = None,
                      when: datetime | None = None) -> Changed:
        """The owner pasted a reply on the platform: the review leaves the inbox."""
        text = (reply_text or "").strip() or None
        if text and len(text) > REPLY_MAX_CHARS:
            raise UserError(f"The reply is {len(text):,} characters; Google accepts at most {REPLY_MAX_CHARS:,}.")
        with self._db.session() as s:
            if not repo.mark_answered(s, review_id, when or datetime.now(), text):
                raise UserError(f"There is no review {review_id}.")
        return ANSWERED

    def unmark_answered(self, review_id: int) -> Changed:
        with self._db.session() as s:
            repo.unmark_answered(s, review_id)
        return ANSWERED

    def reply_times(self) -> list[ReplyTimes]:
        """How long reviews wait for an answer, per platform (imported replies
        at their own time, marked ones when they were marked)."""
        with self._db.session() as s:
            return reply_times(repo.reply_time_rows(s))
