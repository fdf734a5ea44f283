"""The database schema as SQLAlchemy 2.x typed ORM classes.

Changing a table means a new Alembic revision in ``migrations/versions``;
``tests/storage/test_migrations.py`` checks that the migrations and these
classes agree.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    false,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Business settings (name, default phone region, languages, tiers)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportBatch(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(60))
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    updated: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class RowChange(Base):
    """The change log of rows an import changed in place (an edited review's
    new text or rating, the owner's reply): the values before and after, so
    that undoing the batch puts the old ones back."""

    __tablename__ = "row_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    old_values: Mapped[str] = mapped_column(Text)  # JSON {column: value}, datetimes as ISO text
    new_values: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Location(Base):
    __tablename__ = "locations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("source", "dedupe_key", name="uq_reviews_source_key"),
        Index("ix_reviews_created_at", "created_at"),
        Index("ix_reviews_source_external_id", "source", "external_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(300))
    dedupe_key: Mapped[str] = mapped_column(String(300))
    author: Mapped[str | None] = mapped_column(String(300))
    rating: Mapped[int | None] = mapped_column(Integer)
    rating_raw: Mapped[float | None] = mapped_column(Float)
    rating_scale: Mapped[int] = mapped_column(Integer, default=5)
    recommended: Mapped[bool | None] = mapped_column(Boolean)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    original_text: Mapped[str | None] = mapped_column(Text)
    translated_text: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(12))
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    reply_text: Mapped[str | None] = mapped_column(Text)
    reply_at: Mapped[datetime | None] = mapped_column(DateTime)
    author_reviews: Mapped[int | None] = mapped_column(Integer)
    author_local_guide: Mapped[bool | None] = mapped_column(Boolean)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    analysis: Mapped[ReviewAnalysis | None] = relationship(
        back_populates="review", cascade="all, delete-orphan", passive_deletes=True
    )


class ReviewAnalysis(Base):
    """Derived: what the engine said of a review, stamped with its version so
    that only new, changed or outdated reviews are analysed again."""

    __tablename__ = "review_analysis"
    review_id: Mapped[int] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True
    )
    engine_version: Mapped[str] = mapped_column(String(20))
    text_hash: Mapped[str] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(12))
    sentiment: Mapped[float | None] = mapped_column(Float)
    flags: Mapped[str] = mapped_column(Text, default="")
    analysed_at: Mapped[datetime] = mapped_column(DateTime)
    review: Mapped[Review] = relationship(back_populates="analysis")


class ReviewAspect(Base):
    """Derived: one aspect mention in one sentence of a review."""

    __tablename__ = "review_aspects"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    aspect: Mapped[str] = mapped_column(String(40), index=True)
    polarity: Mapped[float] = mapped_column(Float)
    term: Mapped[str | None] = mapped_column(String(200))
    sentence: Mapped[int] = mapped_column(Integer, default=0)


class ReviewSentence(Base):
    """Derived: the review's sentences with their sentiment."""

    __tablename__ = "review_sentences"
    review_id: Mapped[int] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    sentiment: Mapped[float] = mapped_column(Float)


class RatingTrend(Base):
    """Derived: average rating and sentiment per week or month, recomputed after
    each import so that opening the app computes nothing."""

    __tablename__ = "rating_trends"
    period: Mapped[str] = mapped_column(String(8), primary_key=True)  # "week" | "month"
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    reviews: Mapped[int] = mapped_column(Integer)
    rated: Mapped[int] = mapped_column(Integer)
    avg_rating: Mapped[float | None] = mapped_column(Float)
    avg_sentiment: Mapped[float | None] = mapped_column(Float)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("source", "dedupe_key", name="uq_customers_source_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    dedupe_key: Mapped[str] = mapped_column(String(300))
    name: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    birthday: Mapped[date | None] = mapped_column(Date)
    first_visit: Mapped[datetime | None] = mapped_column(DateTime)
    last_visit: Mapped[datetime | None] = mapped_column(DateTime)
    visits: Mapped[int | None] = mapped_column(Integer)
    total_spent: Mapped[float | None] = mapped_column(Float)
    accepts_email: Mapped[bool | None] = mapped_column(Boolean)
    accepts_sms: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    from_orders: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Created from the customer details on orders (no customer file seen yet):
    the first customer file that names the same person takes this row over."""


class CustomerMerge(Base):
    """The merge log: a customer record from one source that matched an
    existing customer (by e-mail or E.164 phone) and was folded into it
    instead of becoming a second person.

    ``fields_changed`` is JSON ``{field: [old, new]}`` (dates as ISO text) so
    that the merge can be undone; ``record`` is the incoming record as JSON so
    that undoing it can keep that person as a customer of their own.
    ``dedupe_key`` makes re-importing the same file a no-op: a merged record
    counts as already stored while its merge stands.
    """

    __tablename__ = "customer_merges"
    __table_args__ = (Index("ix_customer_merges_source_key", "source", "dedupe_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    kept_customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    dedupe_key: Mapped[str] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    matched_on: Mapped[str] = mapped_column(String(10))  # "email" | "phone"
    fields_changed: Mapped[str] = mapped_column(Text, default="{}")
    record: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class PreferenceNote(Base):
    __tablename__ = "preference_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(40), default="manual")
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    structured_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    """When the note was read into the structured profile (once: the owner's
    later edits of the profile are never overwritten by the note again)."""


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("source", "dedupe_key", name="uq_orders_source_key"),
        Index("ix_orders_ordered_at", "ordered_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(200))
    dedupe_key: Mapped[str] = mapped_column(String(300))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id", ondelete="SET NULL"))
    ordered_at: Mapped[datetime | None] = mapped_column(DateTime)
    total: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str | None] = mapped_column(String(40))
    staff: Mapped[str | None] = mapped_column(String(200))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[float] = mapped_column(Float, default=1.0)
    unit_price: Mapped[float | None] = mapped_column(Float)
    total: Mapped[float | None] = mapped_column(Float)
    category: Mapped[str | None] = mapped_column(String(200))
    modifiers: Mapped[str | None] = mapped_column(Text)


class ReviewLink(Base):
    """A review's author matched to a customer: suggested by the matcher
    (name forms, e-mail or phone, a visit in the days before the review) with
    a confidence, then confirmed or dismissed by the owner. Only a confirmed
    link (or one the owner has not dismissed, above the caller's confidence)
    may be used as "this review was written by this customer"."""

    __tablename__ = "review_links"
    __table_args__ = (UniqueConstraint("review_id", "customer_id", name="uq_review_links_pair"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    confidence: Mapped[float] = mapped_column(Float)  # 0..1
    method: Mapped[str] = mapped_column(String(40))   # e.g. "email", "phone", "name+visit", "owner"
    status: Mapped[str] = mapped_column(String(12), default="suggested")  # suggested|confirmed|dismissed
    created_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


# -- the customer side (issue 10) ---------------------------------------------

class CustomerProfile(Base):
    """What the owner knows about a customer that is not health data: usual
    order, seating, language, preferred channel, best time, free notes."""

    __tablename__ = "customer_profiles"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    usual_order: Mapped[str | None] = mapped_column(Text)
    seating: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(12))
    preferred_channel: Mapped[str | None] = mapped_column(String(12))
    best_time: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CustomerHealth(Base):
    """Diets and allergies, kept apart from the profile (GDPR art. 9 health
    data): only ever entered or confirmed by a person, used to protect people
    (leave them out of an offer), never to pick an audience. ``entered_by``
    is "staff-note" (read from a note staff wrote), "owner" or "accepted"
    (the owner accepted a suggestion)."""

    __tablename__ = "customer_health"
    __table_args__ = (UniqueConstraint("customer_id", "kind", "code", name="uq_customer_health"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))     # "diet" | "allergy"
    code: Mapped[str] = mapped_column(String(20))     # preferences.DIETS / ALLERGENS
    note: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(20))
    source_note_id: Mapped[int | None] = mapped_column(ForeignKey("preference_notes.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CustomerSuggestion(Base):
    """A suggested profile fact with its evidence (JSON), never applied until
    the owner accepts it; a dismissed one is never suggested again."""

    __tablename__ = "customer_suggestions"
    __table_args__ = (UniqueConstraint("customer_id", "field", "value", name="uq_customer_suggestion"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="{}")
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default="suggested", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ConsentEvent(Base):
    """The consent ledger: one row per choice a source or the owner recorded,
    per channel (email, sms, whatsapp): the state, where it came from, when
    it was given, and the wording or evidence. ``applied`` is False for a
    "yes" that was not applied because the person had said "no" before."""

    __tablename__ = "consent_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(12))
    granted: Mapped[bool] = mapped_column(Boolean)
    applied: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str | None] = mapped_column(Text)
    given_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )


class MenuItem(Base):
    """An item seen in orders, with tags suggested from its name and the
    owner's own tags (None: not chosen; the owner's choice wins)."""

    __tablename__ = "menu_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str | None] = mapped_column(String(200))
    suggested_tags: Mapped[str] = mapped_column(Text, default="")
    owner_tags: Mapped[str | None] = mapped_column(Text, nullable=True)
    times_ordered: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class TierChange(Base):
    """A customer moving into, up or down a tier, as of a day (the latest
    order then); ``old_tier`` None is their first tier, ``new_tier`` None
    means they dropped out of every tier."""

    __tablename__ = "tier_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    old_tier: Mapped[str | None] = mapped_column(String(60))
    new_tier: Mapped[str | None] = mapped_column(String(60))
    as_of: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class VisitCache(Base):
    """Derived: every known customer's visit days and spend, as three packed
    arrays (customer ids int64, day ordinals int32, spend float64), built from
    the orders whose ``fingerprint`` it records. Rebuilt after each import;
    read in one go, so the Customers page does not read every order again."""

    __tablename__ = "customer_visit_cache"
    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(200))
    customer_ids: Mapped[bytes] = mapped_column(LargeBinary)
    days: Mapped[bytes] = mapped_column(LargeBinary)
    spend: Mapped[bytes] = mapped_column(LargeBinary)
    built_at: Mapped[datetime] = mapped_column(DateTime)


class Erasure(Base):
    """A customer erased on request, logged without any personal data: when,
    and how many rows of each kind were removed or anonymised."""

    __tablename__ = "erasures"
    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime)
    counts: Mapped[str] = mapped_column(Text)  # JSON {"orders_anonymised": n, ...}


# -- messages and replies (issue 11) ---------------------------------------------


class CampaignRun(Base):
    """One campaign exported or sent: what was offered, and the seed that drew
    its hold-out (eligible customers deliberately not contacted)."""

    __tablename__ = "campaign_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))       # marketing | service
    created_at: Mapped[datetime] = mapped_column(DateTime)
    seed: Mapped[int] = mapped_column(BigInteger)  # crc32: up to 2**32, past a 32-bit INTEGER
    holdout_share: Mapped[float] = mapped_column(Float)
    offer_tags: Mapped[str] = mapped_column(Text, default="")
    dish: Mapped[str | None] = mapped_column(String(300))
    offer_text: Mapped[str | None] = mapped_column(Text)
    mode: Mapped[str] = mapped_column(String(20))       # export | smtp | copy | mail-client


class CampaignMember(Base):
    """Who a run contacted and who it held out."""

    __tablename__ = "campaign_members"
    run_id: Mapped[int] = mapped_column(ForeignKey("campaign_runs.id", ondelete="CASCADE"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)
    role: Mapped[str] = mapped_column(String(12))       # contacted | holdout


class MessageLog(Base):
    """Every message exported or sent, per customer: what the frequency cap reads."""

    __tablename__ = "message_log"
    __table_args__ = (Index("ix_message_log_customer_sent", "customer_id", "sent_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_runs.id", ondelete="SET NULL"), index=True)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id", ondelete="SET NULL"))
    campaign: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(12))
    address: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(12))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    via: Mapped[str] = mapped_column(String(20))        # export | smtp | copy | mail-client


class Suppression(Base):
    """The do-not-contact list: a customer id, an e-mail address or a phone."""

    __tablename__ = "suppressions"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_suppressions_kind_value"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))       # customer | email | phone
    value: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)


class MessageTemplate(Base):
    """The owner's wording of a campaign in one language (JSON list of
    {subject, email, sms}); without a row the shipped wording applies."""

    __tablename__ = "message_templates"
    campaign: Mapped[str] = mapped_column(String(40), primary_key=True)
    language: Mapped[str] = mapped_column(String(12), primary_key=True)
    versions: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReplyStatus(Base):
    """A review the owner answered on the platform (they pasted the reply
    there and said so here): it leaves the reply inbox."""

    __tablename__ = "reply_status"
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True)
    answered_at: Mapped[datetime] = mapped_column(DateTime)
    reply_text: Mapped[str | None] = mapped_column(Text)


class StoredReport(Base):
    """A computed rating-drop report ("Why did my rating drop?"), JSON, kept
    so that a new process reads it instead of computing it again.
    ``filter_key`` names the filter and language it answers, ``state_key``
    the state of the data it was computed from (a digest: a report whose
    state no longer matches is never read)."""

    __tablename__ = "stored_reports"
    __table_args__ = (Index("ix_stored_reports_filter_state", "filter_key", "state_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    filter_key: Mapped[str] = mapped_column(String(64))
    state_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    body: Mapped[str] = mapped_column(Text)
