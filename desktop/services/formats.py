"""What the import dialog needs to know about formats, without the UI
importing the importers: read options, the fields a column may be mapped to,
plain-words names of formats, the header row of a file no format recognises,
and the phone regions a business may choose.

Threading: ``file_headers`` reads the file (call it from a worker thread);
everything else is cheap and safe on any thread.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop.core.records import ImportKind
from desktop.importers import ReadOptions
from desktop.importers import field_names as _field_names
from desktop.importers import list_formats as _list_formats
from desktop.importers import read_sample as _read_sample

__all__ = ["KINDS", "FormatDescription", "ReadOptions", "describe", "field_names", "file_headers", "file_sample",
           "is_generic", "list_formats", "phone_regions"]

KINDS: tuple[str, ...] = tuple(k.value for k in ImportKind)
"""The kinds of file Regulars imports: "reviews", "customers", "orders"."""
GENERIC = "generic"
"""The format name of a file read by its column names alone."""

# Owner-facing names where the importers' descriptions are written for engineers.
_PLAIN_NAMES = {
    "google_business_profile": "Google Business Profile Takeout",
    "google_places": "Google Places",
    "google_places_new": "Google Places",
    "outscraper": "Google reviews (Outscraper)",
    "apify_google_maps": "Google Maps reviews (Apify)",
    "tripadvisor": "Tripadvisor",
    "tripadvisor_apify": "Tripadvisor (Apify)",
    "trustpilot": "Trustpilot",
    "trustpilot_products": "Trustpilot products",
    "yelp_dataset": "Yelp",
    "yelp_fusion": "Yelp",
    "facebook": "Facebook recommendations",
    "square_customers": "Square customer directory",
    "shopify_customers": "Shopify customers",
    "mailchimp": "Mailchimp audience",
    "brevo": "Brevo contacts",
    "loyverse_customers": "Loyverse customers",
    "thefork_customers": "TheFork customers",
    "square_items": "Square items",
    "square_transactions": "Square transactions",
    "loyverse_receipts_by_item": "Loyverse receipts by item",
    "loyverse_receipts": "Loyverse receipts",
    "toast_checks": "Toast checks",
    "sumup_sales_de": "SumUp sales report",
    "sumup_transactions_de": "SumUp transactions",
    "sumup_transactions_en": "SumUp transactions",
    "zettle_da": "Zettle receipts",
    "zettle_en": "Zettle receipts",
    "shopify_orders": "Shopify orders",
    "lightspeed_k_payments": "Lightspeed payments",
    GENERIC: "A spreadsheet read by its column names",
}


@dataclass(frozen=True)
class FormatDescription:
    """A format for people: ``name`` ("Square customer directory"), ``kind``
    ("customers") and the importers' longer ``description``."""

    format: str
    kind: str
    name: str
    description: str


def list_formats() -> list[FormatDescription]:
    """Every format the importers recognise, with a plain name."""
    return [FormatDescription(f.name, f.kind.value, _PLAIN_NAMES.get(f.name, f.description), f.description)
            for f in _list_formats()]


def describe(fmt: str) -> str:
    """The plain name of ``fmt`` ("Google Business Profile Takeout"); the raw
    name, tidied, for a format this module does not know."""
    return _PLAIN_NAMES.get(fmt) or fmt.replace("_", " ").strip().capitalize()


def field_names(kind: str) -> list[str]:
    """Fields a column of a ``kind`` file may be mapped to, in display order."""
    return _field_names(ImportKind(kind))


def file_sample(path: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(header row, first data row as text) of the first table in ``path``,
    for mapping by hand a file no format recognises. Reads the file: call it
    from a worker thread."""
    return _read_sample(path)


def file_headers(path: str) -> tuple[str, ...]:
    """The header row of :func:`file_sample`."""
    return file_sample(path)[0]


def phone_regions() -> tuple[str, ...]:
    """Two-letter country codes that phone numbers know, sorted ("GB", "US", ...)."""
    try:
        import phonenumbers
    except ImportError:  # pragma: no cover - phonenumbers ships with the importers
        return ("GB", "IE", "US")
    return tuple(sorted(r for r in phonenumbers.SUPPORTED_REGIONS if len(r) == 2 and r.isalpha()))


def is_generic(fmt: str) -> bool:
    """True for a file read by its column names rather than a known format."""
    return fmt == GENERIC or not fmt
