"""Plain records that cross layer boundaries: importers produce them, storage
persists them, services return them. Frozen dataclasses, stdlib only."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum


class ImportKind(str, Enum):
    REVIEWS = "reviews"
    CUSTOMERS = "customers"
    ORDERS = "orders"


@dataclass(frozen=True)
class ReviewRecord:
    """One review as read from a file, before storage.

    ``rating`` is normalised to 1..5 (None where the source has no stars, e.g.
    a Facebook recommendation); ``rating_raw`` and ``rating_scale`` keep what
    the source said. ``created_at`` is timezone-naive UTC.
    """

    source: str
    external_id: str | None
    author: str | None
    rating: int | None
    text: str | None
    created_at: datetime | None
    title: str | None = None
    language: str | None = None
    reply_text: str | None = None
    reply_at: datetime | None = None
    location: str | None = None
    original_text: str | None = None
    translated_text: str | None = None
    rating_raw: float | None = None
    rating_scale: int = 5
    recommended: bool | None = None
    author_reviews: int | None = None
    """How many reviews the author has written on the platform, where the source says."""
    author_local_guide: bool | None = None
    """Google's Local Guide badge, where the source says."""
    id_is_local: bool = False
    """True when ``external_id`` is the file's own row number or reference (a
    spreadsheet without a platform of its own), not a platform's review id:
    such an id identifies a review only together with its author and date."""


@dataclass(frozen=True)
class CustomerRecord:
    source: str
    external_id: str | None
    name: str | None
    email: str | None = None
    phone: str | None = None
    first_visit: datetime | None = None
    last_visit: datetime | None = None
    visits: int | None = None
    total_spent: float | None = None
    birthday: date | None = None
    accepts_email: bool | None = None
    accepts_sms: bool | None = None
    note: str | None = None
    tags: tuple[str, ...] = ()
    id_is_local: bool = False
    """True when ``external_id`` is a spreadsheet's own numbering (a file with
    no system of its own): it then identifies the customer only with the name."""
    accepts_whatsapp: bool | None = None
    consent_at: datetime | None = None
    """When the source says the marketing choice was made (Mailchimp's opt-in,
    confirm or unsubscribe time), where it says so."""
    consent_source: str | None = None
    """The evidence of the choice in the source's own words, e.g. "Shopify:
    Accepts Email Marketing = yes"; kept in the consent ledger."""
    preferences: tuple[tuple[str, str], ...] = ()
    """(kind, text) preference notes the file holds in columns of their own
    (TheFork's allergies, specialDiet, food, drinks, seating), as staff wrote them."""


@dataclass(frozen=True)
class OrderLineRecord:
    item: str
    quantity: float = 1.0
    unit_price: float | None = None
    total: float | None = None
    category: str | None = None
    modifiers: str | None = None


@dataclass(frozen=True)
class OrderRecord:
    source: str
    external_id: str | None
    ordered_at: datetime | None
    total: float | None
    customer_external_id: str | None = None
    customer_email: str | None = None
    customer_phone: str | None = None
    customer_name: str | None = None
    location: str | None = None
    currency: str | None = None
    status: str | None = None
    staff: str | None = None
    lines: tuple[OrderLineRecord, ...] = ()
    id_is_local: bool = False
    """True when ``external_id`` is a spreadsheet's own numbering: it then
    identifies the order only with its day."""
    customer_id_is_local: bool = False
    """True when ``customer_external_id`` is a spreadsheet's own numbering: it
    then identifies the customer only together with their name, never across files."""


@dataclass(frozen=True)
class Rejection:
    """A row the importer could not use. ``row`` is 1-based as a spreadsheet
    shows it (header is row 1 in a CSV), or the item index in a JSON list."""

    row: int
    reason: str


@dataclass(frozen=True)
class ParsedFile:
    """What an importer read from one file: records of one kind plus rejections."""

    path: str
    kind: ImportKind
    format: str
    records: tuple = ()
    rejected: tuple[Rejection, ...] = ()
    rows_read: int = 0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """The outcome of importing one file; ``as_json()`` is the CLI contract."""

    file: str
    kind: str
    format: str
    rows_read: int
    inserted: int
    duplicates: int
    rejected: tuple[Rejection, ...] = ()
    batch_id: int | None = None

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "kind": self.kind,
            "format": self.format,
            "rows_read": self.rows_read,
            "inserted": self.inserted,
            "duplicates": self.duplicates,
            "rejected": [{"row": r.row, "reason": str(r.reason), "code": getattr(r.reason, "leaf_code", None)}
                         for r in self.rejected],
            "batch_id": self.batch_id,
        }


@dataclass(frozen=True)
class ImportBatchInfo:
    id: int
    file_name: str
    file_hash: str
    kind: str
    format: str
    rows_read: int
    inserted: int
    duplicates: int
    rejected: int
    created_at: datetime
    undone_at: datetime | None = None
    updated: int = 0


@dataclass(frozen=True)
class Changed:
    """What a mutating service changed; the UI broadcasts it and pages decide
    whether to refresh."""

    reviews: bool = False
    customers: bool = False
    orders: bool = False
    analysis: bool = False
    batches: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PreferenceRecord:
    """A preference note about a customer: ``kind`` is a short code
    (diet, allergy, coffee, seating, other); ``note`` is what a person would write."""

    customer_external_id: str
    kind: str
    note: str
    source: str = "manual"
