"""Column mapping: header names -> canonical fields, by name, never by position.

Two layers:
* a profile (a known export) lists exact header aliases per field, matched
  case-insensitively after stripping BOM and spaces;
* the generic mapper uses synonym lists per kind, matched on a looser key
  (punctuation and underscores ignored), earliest synonym wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.records import ImportKind
from desktop.importers.textio import norm_key


def loose_key(name: str) -> str:
    """Header key ignoring case, punctuation, underscores and camelCase."""
    s = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(name).replace("\ufeff", "").strip())
    s = re.sub(r"[_\-/.()\[\]:#]+", " ", s.lower())
    return " ".join(s.split())


GENERIC_SYNONYMS: dict[ImportKind, dict[str, tuple[str, ...]]] = {
    ImportKind.REVIEWS: {
        "created_at": ("date", "review date", "created", "created at", "date created", "creation date",
                       "published", "published at", "published date", "publish date", "posted", "posted at",
                       "posted date", "timestamp", "datetime", "date time", "review time", "review created",
                       "review created utc", "create time", "time created", "review datetime utc", "submitted",
                       "submitted at", "datum"),
        "time": ("time", "review time of day"),
        "rating": ("rating", "stars", "star rating", "review rating", "review stars", "score", "star",
                   "rate", "grade", "bubbles", "bewertung", "sterne", "note sur 5", "rating value"),
        "text": ("text", "review", "review text", "comment", "comments", "content", "review content",
                 "body", "review body", "message", "feedback", "description", "opinion"),
        "author": ("author", "author name", "reviewer", "reviewer name", "name", "user", "user name",
                   "username", "review username", "customer", "customer name", "display name",
                   "consumer name", "guest", "guest name"),
        "source": ("source", "platform", "site", "channel", "source of review", "review origin", "origin"),
        "external_id": ("review id", "id", "reviewid", "identifier", "uuid", "reference"),
        "title": ("title", "review title", "headline", "subject", "summary"),
        "language": ("language", "lang", "review language", "language code", "locale"),
        "reply_text": ("reply", "reply text", "response", "owner response", "owner reply", "company response",
                       "response from owner", "response from owner text", "owner answer", "business response"),
        "reply_at": ("reply date", "response date", "owner answer date", "company reply date",
                     "company reply date utc", "business reply date utc", "reply at", "replied at"),
        "location": ("location", "location name", "store", "branch", "business", "business name", "venue",
                     "restaurant", "shop"),
        "recommended": ("recommended", "recommendation", "is recommended", "recommendation type",
                        "would recommend"),
    },
    ImportKind.CUSTOMERS: {
        "external_id": ("customer id", "id", "customer code", "reference id", "client id", "member id",
                        "customer number", "guest id", "contact id"),
        "name": ("name", "full name", "customer name", "customer", "display name", "contact name", "guest name",
                 "client name"),
        "first_name": ("first name", "firstname", "given name", "forename", "vorname", "prénom", "prenom"),
        "last_name": ("last name", "lastname", "surname", "family name", "nachname"),
        "email": ("email", "e mail", "email address", "e mail address", "mail", "emailaddress", "email id"),
        "phone": ("phone", "phone number", "mobile", "mobile phone", "mobile number", "cell", "cell phone",
                  "telephone", "tel", "sms", "telefon", "contact number", "phone 1"),
        "first_visit": ("first visit", "first seen", "customer since", "created", "created at", "signup date",
                        "date added", "added", "first order", "first order date", "member since"),
        "last_visit": ("last visit", "last seen", "last order", "last order date", "last purchase"),
        "visits": ("visits", "total visits", "visit count", "transaction count", "total orders", "orders",
                   "number of orders", "order count", "orders count"),
        "total_spent": ("total spent", "lifetime spend", "spent", "total spend", "lifetime value", "ltv",
                        "total sales", "amount spent"),
        "birthday": ("birthday", "birth date", "date of birth", "dob", "birthdate", "geburtstag"),
        "accepts_email": ("accepts email marketing", "accepts marketing", "email opt in", "newsletter",
                          "subscribed", "marketing opt in", "email marketing", "email consent",
                          "marketing consent"),
        "accepts_sms": ("accepts sms marketing", "sms opt in", "sms marketing", "sms consent"),
        "accepts_whatsapp": ("accepts whatsapp marketing", "whatsapp opt in", "whatsapp marketing",
                             "whatsapp consent"),
        "note": ("note", "notes", "memo", "comment", "comments", "remarks"),
        "tags": ("tags", "tag", "labels", "groups", "segments"),
    },
    ImportKind.ORDERS: {
        "order_id": ("order id", "transaction id", "receipt number", "receipt id", "order number", "check id",
                     "invoice number", "receipt", "ticket", "order", "order no", "receipt no", "bill id"),
        "ordered_at": ("date", "order date", "created at", "created", "datetime", "date time", "timestamp",
                       "time of sale", "sale date", "paid at", "processed at", "datum"),
        "time": ("time", "order time", "uhrzeit"),
        "total": ("total", "order total", "total collected", "grand total", "total amount", "amount",
                  "total paid", "sum", "betrag"),
        "item": ("item", "item name", "product", "product name", "article", "lineitem name", "line item",
                 "menu item", "artikel"),
        "quantity": ("qty", "quantity", "units", "menge", "lineitem quantity"),
        "unit_price": ("unit price", "price", "item price", "lineitem price", "preis"),
        "line_total": ("line total", "item total", "line amount"),
        "category": ("category", "product category", "kategorie"),
        "modifiers": ("modifiers", "modifiers applied", "options", "add ons"),
        "customer_id": ("customer id", "customer reference", "client id"),
        "customer_name": ("customer name", "customer", "client", "guest", "billing name"),
        "customer_email": ("customer email", "email", "e mail"),
        "customer_phone": ("customer phone", "phone", "customer contacts"),
        "location": ("location", "store", "outlet", "branch", "shop"),
        "currency": ("currency", "währung", "waehrung"),
        "status": ("status", "order status", "financial status"),
        "staff": ("staff", "staff name", "cashier", "cashier name", "server", "employee", "waiter"),
        "description": ("description", "items", "beschreibung"),
    },
}
"""Generic synonyms per kind; within a field, earlier synonyms win."""

REQUIRED_GENERIC: dict[ImportKind, tuple[tuple[str, ...], ...]] = {
    ImportKind.REVIEWS: (("rating", "text", "recommended"),),
    ImportKind.CUSTOMERS: (("email", "phone", "name", "first_name", "last_name", "external_id"),),
    ImportKind.ORDERS: (("total", "item", "line_total", "description"), ("order_id", "ordered_at")),
}
"""A generic mapping is usable only if each group has at least one mapped field."""


@dataclass
class ColumnMap:
    """Field -> column index for one table; ``headers`` keeps the original names
    for messages."""

    headers: list[str]
    index: dict[str, int] = field(default_factory=dict)

    def get(self, cells: list[object], name: str) -> object:
        i = self.index.get(name)
        if i is None or i >= len(cells):
            return None
        return cells[i]

    def has(self, name: str) -> bool:
        return name in self.index

    def column(self, name: str) -> str:
        i = self.index.get(name)
        return self.headers[i] if i is not None else name

    def named(self) -> dict[str, str]:
        """Field -> original header name (for previews)."""
        return {f: self.headers[i] for f, i in self.index.items()}


def map_exact(headers: list[str], columns: dict[str, tuple[str, ...]]) -> ColumnMap:
    """Map fields by exact (case/space-insensitive) alias; first alias found wins.
    An alias ending in '*' matches any header with that prefix."""
    keys = [norm_key(h) for h in headers]
    cmap = ColumnMap(headers=list(headers))
    used: set[int] = set()
    for fname, aliases in columns.items():
        for alias in aliases:
            a = norm_key(alias)
            idx = None
            if a.endswith("*"):
                idx = next((i for i, k in enumerate(keys) if k.startswith(a[:-1]) and i not in used), None)
            elif a in keys:
                idx = keys.index(a)
            if idx is not None:
                cmap.index[fname] = idx
                used.add(idx)
                break
    return cmap


def map_generic(headers: list[str], kind: ImportKind) -> ColumnMap:
    """Best-effort synonym mapping for an unrecognised file of ``kind``."""
    keys = [loose_key(h) for h in headers]
    cmap = ColumnMap(headers=list(headers))
    used: set[int] = set()
    for fname, synonyms in GENERIC_SYNONYMS[kind].items():
        for syn in synonyms:
            idx = next((i for i, k in enumerate(keys) if k == syn and i not in used), None)
            if idx is not None:
                cmap.index[fname] = idx
                used.add(idx)
                break
    return cmap


def apply_override(cmap: ColumnMap, override: dict[str, str] | None) -> ColumnMap:
    """Apply a user's ``{field: header}`` choice on top of a mapping; an empty
    header removes the field. Unknown headers are ignored."""
    if not override:
        return cmap
    keys = [norm_key(h) for h in cmap.headers]
    for fname, header in override.items():
        if not header:
            cmap.index.pop(fname, None)
            continue
        k = norm_key(header)
        if k in keys:
            idx = keys.index(k)
            # a column the user gave to this field no longer feeds another one
            for other in [f for f, i in cmap.index.items() if i == idx and f not in override]:
                del cmap.index[other]
            cmap.index[fname] = idx
    return cmap


def generic_usable(cmap: ColumnMap, kind: ImportKind) -> bool:
    """True if the mapping has enough fields to build records of ``kind``."""
    return all(any(cmap.has(f) for f in group) for group in REQUIRED_GENERIC[kind])


KIND_SIGNALS: dict[ImportKind, dict[str, int]] = {
    ImportKind.REVIEWS: {"rating": 3, "recommended": 3, "reply_text": 2},
    ImportKind.CUSTOMERS: {"email": 2, "phone": 2, "accepts_email": 2, "birthday": 1},
    ImportKind.ORDERS: {"total": 2, "item": 2, "order_id": 2, "quantity": 1},
}
"""Extra weight of fields that say which kind a file is (a "Comment" column
alone does not make a customer list a review file)."""


def generic_score(cmap: ColumnMap, kind: ImportKind) -> int:
    """Mapped fields plus kind signals (0 when unusable); used to guess the kind."""
    if not generic_usable(cmap, kind):
        return 0
    return len(cmap.index) + sum(w for f, w in KIND_SIGNALS[kind].items() if cmap.has(f))
