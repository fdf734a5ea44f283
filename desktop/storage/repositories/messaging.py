"""Messages and replies: the message log the frequency cap reads, campaign
runs with their hold-outs, the do-not-contact list, the owner's template
wordings, reviews marked answered, and the reads that build recipients and
the reply inbox. Plain tuples out, never ORM objects."""
from __future__ import annotations

from datetime import datetime
from typing import Iterable, Sequence

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from desktop.storage.repositories._base import _chunks
from desktop.storage.repositories.profiles import ENTERED_BY_OWNER
from desktop.storage.schema import (
    CampaignMember,
    CampaignRun,
    Customer,
    CustomerHealth,
    MessageLog,
    MessageTemplate,
    Order,
    PreferenceNote,
    ReplyStatus,
    Review,
    ReviewAnalysis,
    ReviewAspect,
    Suppression,
)

__all__ = [
    "customer_order_times", "newest_order_time", "customer_birthdays", "unread_health_notes",
    "review_rows_by_id", "log_messages", "message_history", "message_count", "message_log_rows", "create_campaign_run",
    "campaign_run_rows", "campaign_members", "add_suppression", "remove_suppression", "suppression_rows",
    "template_rows", "save_template", "delete_template", "mark_answered", "unmark_answered",
    "inbox_review_count", "inbox_review_rows", "review_aspect_rows", "reply_time_rows",
]


# -- what recipients are built from ------------------------------------------------
# (tiers, segments, diets, allergies, profiles and consent come from the customer
# repositories; these are the few reads only messages need)

def customer_order_times(session: Session) -> list[tuple[int, datetime]]:
    """(customer id, ordered at) of every order that names its customer, oldest first."""
    q = (select(Order.customer_id, Order.ordered_at)
         .where(Order.customer_id.is_not(None), Order.ordered_at.is_not(None))
         .order_by(Order.customer_id, Order.ordered_at))
    return [tuple(r) for r in session.execute(q)]


def newest_order_time(session: Session) -> datetime | None:
    """When the newest order imported (any customer, or none) was placed."""
    return session.scalar(select(func.max(Order.ordered_at)))


def customer_birthdays(session: Session) -> dict[int, object]:
    """customer id -> birthday (a date) for customers whose birthday is known."""
    return dict(session.execute(select(Customer.id, Customer.birthday).where(Customer.birthday.is_not(None))).all())


HEALTH_NOTE_KINDS = ("diet", "allergy")


def unread_health_notes(session: Session) -> list[tuple[int, str]]:
    """(customer id, note) of the diet and allergy notes staff wrote that gave
    no structured diet or allergy: not read yet, or read and understood as
    nothing. A customer whose diets or allergies the owner set by hand is
    taken as looked at (their notes are not returned)."""
    owner_set = select(CustomerHealth.customer_id).where(CustomerHealth.entered_by == ENTERED_BY_OWNER)
    read_into = select(CustomerHealth.source_note_id).where(CustomerHealth.source_note_id.is_not(None))
    q = (select(PreferenceNote.customer_id, PreferenceNote.note)
         .where(PreferenceNote.kind.in_(list(HEALTH_NOTE_KINDS)),
                PreferenceNote.customer_id.not_in(owner_set),
                or_(PreferenceNote.structured_at.is_(None), PreferenceNote.id.not_in(read_into)))
         .order_by(PreferenceNote.id))
    return [tuple(r) for r in session.execute(q)]


def review_rows_by_id(session: Session, review_ids: Iterable[int]) -> list[tuple]:
    """(id, rating, created_at, language, flags, source) of the given reviews."""
    out: list[tuple] = []
    lang = func.coalesce(Review.language, ReviewAnalysis.language)
    for chunk in _chunks(sorted(set(review_ids))):
        q = (select(Review.id, Review.rating, Review.created_at, lang, ReviewAnalysis.flags, Review.source)
             .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id)
             .where(Review.id.in_(list(chunk))))
        out.extend(tuple(r) for r in session.execute(q))
    return out


# -- the message log and campaign runs -------------------------------------------------

def log_messages(session: Session, rows: Sequence[dict]) -> int:
    """Append messages to the log; each dict has the MessageLog columns."""
    if rows:
        session.execute(insert(MessageLog), list(rows))
    return len(rows)


def message_history(session: Session, since: datetime | None = None) -> list[tuple]:
    """(customer id, channel, campaign, sent at, kind, run id, review id) of
    logged messages (all, or those sent at or after ``since``), oldest first."""
    q = select(MessageLog.customer_id, MessageLog.channel, MessageLog.campaign, MessageLog.sent_at,
               MessageLog.kind, MessageLog.run_id, MessageLog.review_id).order_by(MessageLog.sent_at)
    if since is not None:
        q = q.where(MessageLog.sent_at >= since)
    return [tuple(r) for r in session.execute(q)]


def message_count(session: Session, customer_id: int) -> int:
    """How many messages were logged to one customer (every campaign and channel)."""
    return int(session.scalar(select(func.count()).select_from(MessageLog)
                              .where(MessageLog.customer_id == customer_id)) or 0)


def message_log_rows(session: Session, limit: int = 500, customer_id: int | None = None) -> list[tuple]:
    """(id, sent_at, customer id, customer name, campaign, channel, address,
    language, subject, body, via, run id), newest first."""
    q = (select(MessageLog.id, MessageLog.sent_at, MessageLog.customer_id, Customer.name, MessageLog.campaign,
                MessageLog.channel, MessageLog.address, MessageLog.language, MessageLog.subject,
                MessageLog.body, MessageLog.via, MessageLog.run_id)
         .outerjoin(Customer, Customer.id == MessageLog.customer_id)
         .order_by(MessageLog.sent_at.desc(), MessageLog.id.desc()).limit(limit))
    if customer_id is not None:
        q = q.where(MessageLog.customer_id == customer_id)
    return [tuple(r) for r in session.execute(q)]


def create_campaign_run(session: Session, *, campaign: str, kind: str, created_at: datetime, seed: int,
                        holdout_share: float, offer_tags: str, dish: str | None, offer_text: str | None,
                        mode: str, contacted: Sequence[int], holdout: Sequence[int]) -> int:
    """Record a run with who it contacted and who it held out; returns its id."""
    run = CampaignRun(campaign=campaign, kind=kind, created_at=created_at, seed=seed,
                      holdout_share=holdout_share, offer_tags=offer_tags, dish=dish, offer_text=offer_text,
                      mode=mode)
    session.add(run)
    session.flush()
    members = ([dict(run_id=run.id, customer_id=c, role="contacted") for c in sorted(set(contacted))]
               + [dict(run_id=run.id, customer_id=c, role="holdout") for c in sorted(set(holdout) - set(contacted))])
    for chunk in _chunks(members, 2000):
        session.execute(insert(CampaignMember), list(chunk))
    return run.id


def campaign_run_rows(session: Session) -> list[tuple]:
    """(id, campaign, kind, created_at, seed, holdout_share, offer_tags, dish, offer_text, mode), newest first."""
    q = select(CampaignRun.id, CampaignRun.campaign, CampaignRun.kind, CampaignRun.created_at, CampaignRun.seed,
               CampaignRun.holdout_share, CampaignRun.offer_tags, CampaignRun.dish, CampaignRun.offer_text,
               CampaignRun.mode).order_by(CampaignRun.created_at.desc(), CampaignRun.id.desc())
    return [tuple(r) for r in session.execute(q)]


def campaign_members(session: Session, run_id: int) -> list[tuple[int, str]]:
    """(customer id, role) of one run's members."""
    q = select(CampaignMember.customer_id, CampaignMember.role).where(CampaignMember.run_id == run_id)
    return [tuple(r) for r in session.execute(q)]


# -- do-not-contact list and templates ---------------------------------------------------

def add_suppression(session: Session, kind: str, value: str, reason: str, when: datetime) -> bool:
    """Add an entry; False when it was already there."""
    found = session.scalar(select(Suppression.id).where(Suppression.kind == kind, Suppression.value == value))
    if found is not None:
        return False
    session.add(Suppression(kind=kind, value=value, reason=reason, added_at=when))
    return True


def remove_suppression(session: Session, kind: str, value: str) -> bool:
    result = session.execute(delete(Suppression).where(Suppression.kind == kind, Suppression.value == value))
    return bool(result.rowcount)


def suppression_rows(session: Session) -> list[tuple[str, str, str, datetime]]:
    """(kind, value, reason, added_at), newest first."""
    q = select(Suppression.kind, Suppression.value, Suppression.reason, Suppression.added_at).order_by(
        Suppression.added_at.desc(), Suppression.id.desc())
    return [tuple(r) for r in session.execute(q)]


def template_rows(session: Session) -> list[tuple[str, str, str]]:
    """(campaign, language, versions JSON) of every template the owner edited."""
    return [tuple(r) for r in session.execute(
        select(MessageTemplate.campaign, MessageTemplate.language, MessageTemplate.versions))]


def save_template(session: Session, campaign: str, language: str, versions_json: str, when: datetime) -> None:
    row = session.get(MessageTemplate, (campaign, language))
    if row is None:
        session.add(MessageTemplate(campaign=campaign, language=language, versions=versions_json, updated_at=when))
    else:
        row.versions, row.updated_at = versions_json, when


def delete_template(session: Session, campaign: str, language: str) -> bool:
    result = session.execute(delete(MessageTemplate).where(MessageTemplate.campaign == campaign,
                                                           MessageTemplate.language == language))
    return bool(result.rowcount)


# -- replies ------------------------------------------------------------------------------

def mark_answered(session: Session, review_id: int, when: datetime, reply_text: str | None) -> bool:
    """Mark a review answered; False when the review does not exist."""
    if session.get(Review, review_id) is None:
        return False
    row = session.get(ReplyStatus, review_id)
    if row is None:
        session.add(ReplyStatus(review_id=review_id, answered_at=when, reply_text=reply_text))
    else:
        row.answered_at, row.reply_text = when, reply_text
    return True


def unmark_answered(session: Session, review_id: int) -> bool:
    return bool(session.execute(delete(ReplyStatus).where(ReplyStatus.review_id == review_id)).rowcount)


def _waiting_for_reply(q):  # noqa: ANN001, ANN202 - a select
    """Reviews with text and no reply: neither imported nor marked answered."""
    return (q.outerjoin(ReplyStatus, ReplyStatus.review_id == Review.id)
            .where(Review.reply_text.is_(None), Review.text.is_not(None), ReplyStatus.review_id.is_(None)))


def inbox_review_count(session: Session) -> int:
    """How many reviews ``inbox_review_rows`` would return, by one COUNT (no rows read)."""
    return int(session.execute(_waiting_for_reply(select(func.count(Review.id)).select_from(Review))).scalar_one())


def inbox_review_rows(session: Session) -> list[tuple]:
    """Reviews with text and no reply (neither imported nor marked answered):
    (id, external_id, source, author, rating, title, text, language,
    created_at, author_reviews, author_local_guide, flags), newest first."""
    lang = func.coalesce(Review.language, ReviewAnalysis.language)
    q = (select(Review.id, Review.external_id, Review.source, Review.author, Review.rating, Review.title,
                Review.text, lang, Review.created_at, Review.author_reviews, Review.author_local_guide,
                ReviewAnalysis.flags)
         .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id))
    q = _waiting_for_reply(q).order_by(Review.created_at.desc(), Review.id.desc())
    return [tuple(r) for r in session.execute(q)]


def review_aspect_rows(session: Session, review_ids: Iterable[int]) -> list[tuple[int, str, float, str | None, int]]:
    """(review id, aspect, polarity, term, sentence) in reading order."""
    out: list[tuple] = []
    for chunk in _chunks(sorted(set(review_ids))):
        q = (select(ReviewAspect.review_id, ReviewAspect.aspect, ReviewAspect.polarity, ReviewAspect.term,
                    ReviewAspect.sentence)
             .where(ReviewAspect.review_id.in_(list(chunk)))
             .order_by(ReviewAspect.review_id, ReviewAspect.sentence, ReviewAspect.id))
        out.extend(tuple(r) for r in session.execute(q))
    return out


def reply_time_rows(session: Session) -> list[tuple[str, datetime | None, datetime | None, datetime | None]]:
    """(source, created_at, imported reply_at, marked answered_at) of every review with text."""
    q = (select(Review.source, Review.created_at, Review.reply_at, ReplyStatus.answered_at)
         .outerjoin(ReplyStatus, ReplyStatus.review_id == Review.id)
         .where(Review.text.is_not(None)))
    return [tuple(r) for r in session.execute(q)]
