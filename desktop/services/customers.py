"""Customers: the list with tiers and segments, the customer card, the
preferences, suggestions and review links the owner decides on, consent,
the menu catalogue, tiers, privacy requests, and the merge log.

Threading: call from a worker thread (or the CLI); each call opens its own
session and returns frozen dataclasses or DataFrames. Mutating calls return
a ``Changed``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd

from desktop.core.errors import UserError
from desktop.core.progress import CancelToken, ProgressFn, no_progress
from desktop.core.records import Changed
from desktop.customers.menu import format_tags
from desktop.customers.preferences import ALLERGENS, CHANNELS, DIETS, PROFILE_FIELDS
from desktop.customers.segments import SEGMENTS, SegmentRules, customer_metrics
from desktop.customers.suggestions import review_suggestions
from desktop.customers.tiers import TierRule, tiers_to_json, validate_tiers
from desktop.services import customer_privacy
from desktop.services.customer_metrics import (
    SEGMENT_RULES_KEY,
    TIERS_KEY,
    Overview,
    OverviewCache,
    default_as_of,
    load_segment_rules,
    load_tiers,
    load_visits,
    people_frame,
)
from desktop.services.settings import check_tiers
from desktop.services.customer_refresh import RefreshResult, record_tiers, refresh_customers
from desktop.services.customer_views import (
    CustomerCard,
    CustomerSummary,
    ErasureResult,
    LinkInfo,
    MenuItemInfo,
    ReviewAuthor,
    SuggestionInfo,
    plain,
    summary_from_row,
)
from desktop.storage import repositories as repo
from desktop.storage.database import Database

AUTHOR_MIN_CONFIDENCE = 0.5
"""The Reviews page shows a suggested author from this confidence (marked as a suggestion to confirm)."""
CUSTOMERS_CHANGED = Changed(customers=True)


@dataclass(frozen=True)
class MergeInfo:
    """One merge: the record from ``source`` (``external_id``) was folded into
    customer ``kept_customer_id`` because ``matched_on`` ("email" or "phone")
    matched. ``fields_changed`` maps field -> (old, new) as JSON values
    (dates as ISO text). ``note`` says what was deliberately not changed
    (e.g. a marketing "no" kept over a "yes")."""

    id: int
    batch_id: int | None
    kept_customer_id: int | None
    kept_name: str | None
    source: str
    external_id: str | None
    email: str | None
    phone: str | None
    matched_on: str
    fields_changed: dict
    note: str | None
    created_at: datetime
    undone_at: datetime | None = None

    def as_json(self) -> dict:
        return {
            "id": self.id, "batch_id": self.batch_id, "kept_customer_id": self.kept_customer_id,
            "kept_name": self.kept_name, "source": self.source, "external_id": self.external_id,
            "email": self.email, "phone": self.phone, "matched_on": self.matched_on,
            "fields_changed": {k: {"old": v[0], "new": v[1]} for k, v in self.fields_changed.items()},
            "note": self.note, "created_at": self.created_at.isoformat(timespec="seconds"),
            "undone": self.undone_at is not None,
        }


@dataclass(frozen=True)
class UnmergeResult:
    """What undoing a merge did: fields given back their old value, fields
    left alone because they changed again since, and the id of the customer
    the merged record became."""

    merge_id: int
    restored: tuple[str, ...]
    kept: tuple[str, ...]
    customer_id: int | None
    changed: Changed


def _info(row: dict) -> MergeInfo:
    row = dict(row)
    row["fields_changed"] = {k: tuple(v) for k, v in row["fields_changed"].items()}
    return MergeInfo(**row)


CARD_MESSAGES = 5
"""The customer card lists this many of the latest messages logged to them (and counts all)."""


class CustomerService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache = OverviewCache(db)

    # -- the list ---------------------------------------------------------------

    def overview(self, as_of: date | None = None) -> Overview:
        """Every customer with tier, segment and tags as of ``as_of`` (default:
        the latest order's day, never after today). Cached until data or rules change."""
        return self._cache.get(as_of)

    def default_as_of(self) -> date:
        with self._db.session() as s:
            return default_as_of(s)

    def consents(self, customer_ids: Iterable[int] | None = None) -> dict[int, dict[str, bool]]:
        """customer id -> {"email", "sms", "whatsapp": bool}: True only for a standing explicit yes."""
        with self._db.session() as s:
            return repo.consent_states(s, customer_ids)

    def consent(self, customer_id: int) -> dict[str, bool]:
        """{"email": bool, "sms": bool, "whatsapp": bool} for one customer (all False if unknown)."""
        return self.consents([customer_id]).get(customer_id, {c: False for c in CHANNELS})

    def list_customers(self, segment: str | None = None, as_of: date | None = None,
                       tier: str | None = None) -> list[CustomerSummary]:
        """The customers (optionally of one segment or tier), most visits first."""
        if segment is not None and segment not in SEGMENTS:
            raise UserError(f"Unknown segment '{segment}'; use one of: {', '.join(SEGMENTS)}.")
        ov = self.overview(as_of)
        f = ov.frame
        if segment is not None:
            f = f[f["segment"] == segment]
        if tier is not None:
            f = f[f["tier"].fillna("").str.casefold() == tier.casefold()]
        f = f.sort_values(["visits", "spend", "id"], ascending=[False, False, True])
        consents = self.consents()
        tiers = {t.name: t for t in ov.tiers}
        empty = {c: False for c in CHANNELS}
        return [summary_from_row(row, consents.get(int(row["id"]), empty), tiers, ov.currency,
                                 ov.rules.slowdown_window_days) for row in f.to_dict("records")]

    # -- one customer -------------------------------------------------------------

    def card(self, customer_id: int, as_of: date | None = None) -> CustomerCard:
        """Everything about one customer for the card; UserError if unknown."""
        ov = self.overview(as_of)
        if customer_id not in ov.frame.index:
            raise UserError(f"There is no customer {customer_id}.")
        row = ov.frame.loc[customer_id].to_dict()
        with self._db.session() as s:
            data = repo.customer_data(s, customer_id)
            consent = repo.consent_states(s, [customer_id]).get(customer_id, {c: False for c in CHANNELS})
            # the message log, the one the frequency cap reads (id, sent_at, cid, name, campaign, channel, ..., via, run)
            log = repo.message_log_rows(s, limit=CARD_MESSAGES, customer_id=customer_id)
            sent_count = repo.message_count(s, customer_id)
        tiers = {t.name: t for t in ov.tiers}
        summary = summary_from_row(row, consent, tiers, ov.currency, ov.rules.slowdown_window_days)
        c = data["customer"]
        merged = tuple(f"{m['source']} {m['external_id'] or m['email'] or m['phone'] or ''}".strip()
                       for m in data["merged_records"])
        return CustomerCard(
            summary=summary, metrics={k: plain(v) for k, v in row.items()}, source=c["source"],
            birthday=c["birthday"], profile=data["profile"], health=tuple(data["diets_and_allergies"]),
            staff_notes=tuple(data["staff_notes"]),
            suggestions=tuple(_suggestion(x) for x in data["suggestions"] if x["status"] == "suggested"),
            reviews=tuple(_link(x) for x in data["reviews"]), consent_history=tuple(data["consent"]),
            visits_by_month=_by_month(data["orders"], ov.as_of), recent_orders=tuple(data["orders"][:20]),
            tier_history=tuple(data["tier_history"]), as_of=ov.as_of, currency=ov.currency, note=c["note"],
            merged_from=merged,
            messages_sent=tuple({"sent_at": r[1], "campaign": r[4], "channel": r[5], "via": r[10]} for r in log),
            messages_count=sent_count)

    def review_author(self, review_id: int) -> ReviewAuthor | None:
        """Who wrote a review, if a customer: the confirmed link, else the best
        suggestion from ``AUTHOR_MIN_CONFIDENCE``; None when nobody fits."""
        with self._db.session() as s:
            links = repo.link_rows(s, review_ids=[review_id])
            if not links:
                return None
            best = max(links, key=lambda l: (l["status"] == repo.LINK_CONFIRMED, l["confidence"]))
            if best["status"] != repo.LINK_CONFIRMED and best["confidence"] < AUTHOR_MIN_CONFIDENCE:
                return None
            profile = repo.profiles(s, [best["customer_id"]]).get(best["customer_id"], {})
            notes = [n["note"] for n in repo.notes_of(s, best["customer_id"])]
        summary = next(iter(self._summaries([best["customer_id"]])), None)
        if summary is None:
            return None
        if profile.get("notes"):
            notes.insert(0, profile["notes"])
        return ReviewAuthor(_link(best), summary, profile.get("usual_order"), tuple(notes))

    def _summaries(self, ids: Sequence[int]) -> list[CustomerSummary]:
        ov = self.overview()
        tiers = {t.name: t for t in ov.tiers}
        consents = self.consents(ids)
        empty = {c: False for c in CHANNELS}
        return [summary_from_row(ov.frame.loc[i].to_dict(), consents.get(i, empty), tiers, ov.currency,
                                 ov.rules.slowdown_window_days) for i in ids if i in ov.frame.index]

    # -- what the owner edits ------------------------------------------------------

    def save_profile(self, customer_id: int, fields: Mapping[str, str | None]) -> Changed:
        """Set usual order, seating, language, preferred channel, best time or notes."""
        unknown = set(fields) - set(PROFILE_FIELDS)
        if unknown:
            raise UserError(f"Unknown profile field(s): {', '.join(sorted(unknown))}.")
        if fields.get("preferred_channel") not in (None, "", *CHANNELS):
            raise UserError(f"The preferred channel is one of: {', '.join(CHANNELS)}.")
        with self._db.session() as s:
            try:
                repo.save_profile(s, customer_id, dict(fields))
            except ValueError as exc:
                raise UserError(str(exc)) from None
        return CUSTOMERS_CHANGED

    def set_health(self, customer_id: int, diets: Iterable[str] | None = None,
                   allergies: Iterable[str] | None = None) -> Changed:
        """The owner's own list of diets and/or allergies (replacing that list)."""
        with self._db.session() as s:
            if not repo.customer_exists(s, customer_id):
                raise UserError(f"There is no customer {customer_id}.")
            for kind, codes, known in (("diet", diets, DIETS), ("allergy", allergies, ALLERGENS)):
                if codes is None:
                    continue
                codes = set(codes)
                if codes - set(known):
                    raise UserError(f"Unknown {kind}: {', '.join(sorted(codes - set(known)))}.")
                repo.set_health(s, customer_id, kind, codes)
        return CUSTOMERS_CHANGED

    def set_consent(self, customer_id: int, channel: str, granted: bool, evidence: str) -> Changed:
        """Record a choice the customer made in person; the evidence (what they were
        asked and how they answered) is required and kept."""
        with self._db.session() as s:
            try:
                repo.set_consent(s, customer_id, channel, granted, evidence)
            except ValueError as exc:
                raise UserError(str(exc)) from None
        return CUSTOMERS_CHANGED

    def suggestions(self, customer_id: int | None = None) -> list[SuggestionInfo]:
        """Pending suggestions (one customer's, or everyone's)."""
        with self._db.session() as s:
            return [_suggestion(x) for x in repo.suggestions(s, customer_id)]

    def decide_suggestion(self, suggestion_id: int, accept: bool) -> Changed:
        """Accept (the fact is recorded as confirmed by a person) or dismiss a suggestion."""
        with self._db.session() as s:
            try:
                repo.decide_suggestion(s, suggestion_id, accept)
            except ValueError as exc:
                raise UserError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None
        return CUSTOMERS_CHANGED

    def links(self, customer_id: int | None = None, pending_only: bool = False) -> list[LinkInfo]:
        with self._db.session() as s:
            statuses = (repo.LINK_SUGGESTED,) if pending_only else (repo.LINK_SUGGESTED, repo.LINK_CONFIRMED)
            return [_link(x) for x in repo.link_rows(s, customer_id=customer_id, statuses=statuses)]

    def decide_link(self, link_id: int, confirm: bool) -> Changed:
        """Confirm (this customer wrote the review) or dismiss a suggested link;
        a confirmed review may bring suggestions (their language, a diet they mention)."""
        with self._db.session() as s:
            try:
                link = repo.decide_link(s, link_id, confirm)
            except ValueError as exc:
                raise UserError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None
            if confirm:
                _review_suggestions_for(s, link["customer_id"])
        return Changed(customers=True, reviews=True)

    # -- menu, tiers, rules -------------------------------------------------------------

    def menu(self) -> list[MenuItemInfo]:
        """The catalogue: items seen in orders, most ordered first, with their tags."""
        with self._db.session() as s:
            return [MenuItemInfo(r["id"], r["name"], r["category"], r["suggested"] or frozenset(), r["owner"],
                                 r["times_ordered"]) for r in repo.menu_rows(s)]

    def menu_tags(self) -> dict[str, frozenset[str]]:
        """item name -> tags (the owner's choice where made): what offers use."""
        with self._db.session() as s:
            return repo.menu_tags(s)

    def set_menu_tags(self, item_id: int, tags: Iterable[str] | None) -> Changed:
        """The owner's tags for an item (None: back to the suggested ones)."""
        try:
            text = None if tags is None else format_tags(tags)
        except ValueError as exc:
            raise UserError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None
        with self._db.session() as s:
            try:
                repo.set_menu_tags(s, item_id, text)
            except ValueError as exc:
                raise UserError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None
        return CUSTOMERS_CHANGED

    def tiers(self) -> tuple[TierRule, ...]:
        with self._db.session() as s:
            return load_tiers(s)

    def set_tiers(self, rules: Sequence[TierRule]) -> Changed:
        """Store the tier rules (the same check for the window and the command
        line: ``settings.check_tiers``) and record who moved tier."""
        rules = check_tiers(rules)
        with self._db.session() as s:
            repo.set_setting(s, TIERS_KEY, tiers_to_json(rules))
        with self._db.session() as s:
            record_tiers(s)
        return CUSTOMERS_CHANGED

    def preview_tiers(self, rules: Sequence[TierRule], as_of: date | None = None) -> dict[str | None, int]:
        """How many customers each rule would put in each tier (None: in none), computing nothing stored."""
        rules = validate_tiers(rules)
        with self._db.session() as s:
            as_of = as_of or default_as_of(s)
            visits = load_visits(s, as_of.toordinal())
            people = people_frame(repo.people_rows(s))
            seg_rules = load_segment_rules(s)
        m = customer_metrics(visits, people[["customer_id", "file_first", "file_last", "file_visits", "file_spend",
                                             "birthday_month"]], as_of.toordinal(), seg_rules, rules)
        counts = m["tier"].value_counts(dropna=False)
        out: dict[str | None, int] = {r.name: int(counts.get(r.name, 0)) for r in rules}
        out[None] = int(m["tier"].isna().sum())
        return out

    def segment_rules(self) -> SegmentRules:
        with self._db.session() as s:
            return load_segment_rules(s)

    def set_segment_rules(self, rules: SegmentRules) -> Changed:
        try:
            rules = rules.validated()
        except ValueError as exc:
            raise UserError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None
        with self._db.session() as s:
            repo.set_setting(s, SEGMENT_RULES_KEY, json.dumps(rules.as_dict()))
        return CUSTOMERS_CHANGED

    def tier_changes(self, since: date | None = None) -> list[dict]:
        """Who moved into, up or down a tier since ``since`` (default: the start of the as-of month)."""
        with self._db.session() as s:
            since = since or default_as_of(s).replace(day=1)
            return repo.tier_changes(s, since)

    # -- refresh, privacy, merges -------------------------------------------------------

    def refresh(self, progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> RefreshResult:
        """Bring the menu, staff notes, review links, suggestions and tier changes up to date."""
        result = refresh_customers(self._db, progress, cancel)
        self._cache.clear()
        return result

    def export_customer(self, customer_id: int, out_dir: str | Path) -> list[Path]:
        """Everything stored about a customer, as JSON and CSV files in ``out_dir``."""
        return customer_privacy.export_customer(self._db, customer_id, Path(out_dir))

    def erase_customer(self, customer_id: int) -> ErasureResult:
        """Erase a customer entirely (orders stay as anonymous sales); logged without personal data."""
        with self._db.session() as s:
            try:
                counts = repo.erase_customer(s, customer_id)
            except ValueError as exc:
                raise UserError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None
        self._cache.clear()
        return ErasureResult(customer_id, counts)

    def list_merges(self, batch_id: int | None = None, include_undone: bool = True) -> list[MergeInfo]:
        """The merge log, newest first (optionally one batch's, or standing merges only)."""
        with self._db.session() as s:
            return [_info(r) for r in repo.list_merges(s, batch_id, include_undone)]

    def undo_merge(self, merge_id: int) -> UnmergeResult:
        """Split a merge: the kept customer gets back the values the merge
        changed (unless they changed again since), and the merged record
        becomes a customer of its own, taking its source's orders along.
        Raises UserError for an unknown or already undone merge."""
        with self._db.session() as s:
            info = repo.get_merge(s, merge_id)
            if info is None:
                raise UserError(f"There is no customer merge {merge_id}.")
            if info["undone_at"] is not None:
                raise UserError(f"Customer merge {merge_id} was already undone.")
            out = repo.undo_merge(s, merge_id, split=True)
        self.refresh()
        return UnmergeResult(merge_id=merge_id, restored=tuple(out["restored"]),
                             kept=tuple(out["kept"]), customer_id=out["customer_id"],
                             changed=Changed(customers=True, orders=True))


def _suggestion(x: Mapping) -> SuggestionInfo:
    return SuggestionInfo(x["id"], x["customer_id"], x.get("customer_name"), x["field"], x["value"], x["evidence"],
                          x["confidence"], x["status"], x.get("review_id"))


def _link(x: Mapping) -> LinkInfo:
    return LinkInfo(x["id"], x["review_id"], x["customer_id"], x.get("customer_name"), x["confidence"], x["method"],
                    x["status"], x.get("author"), x.get("source"), x.get("rating"), x.get("text"),
                    x.get("created_at"), x.get("language"))


def _by_month(orders: Sequence[Mapping], as_of: date) -> tuple[tuple[date, int, float], ...]:
    """Visits (days with an order) and spend per month, from the first order to ``as_of``."""
    rows = [(o["ordered_at"], o["total"] or 0.0, o["status"]) for o in orders if o["ordered_at"] is not None]
    if not rows:
        return ()
    frame = pd.DataFrame(rows, columns=["at", "total", "status"])
    frame["at"] = pd.to_datetime(frame["at"])
    frame = frame[frame["at"].dt.date <= as_of]
    if frame.empty:
        return ()
    frame["month"] = frame["at"].dt.to_period("M")
    frame["day"] = frame["at"].dt.date
    visits = frame[frame["status"] != "refund"].groupby("month")["day"].nunique()
    spend = frame.groupby("month")["total"].sum()
    months = pd.period_range(frame["month"].min(), pd.Period(as_of, "M"), freq="M")
    return tuple((m.start_time.date(), int(visits.get(m, 0)), float(spend.get(m, 0.0))) for m in months)


def _review_suggestions_for(session, customer_id: int) -> int:
    links = [(l["customer_id"], l["review_id"], l["text"], l["language"],
              l["created_at"].isoformat() if l["created_at"] else None,
              1.0 if l["status"] == repo.LINK_CONFIRMED else l["confidence"])
             for l in repo.link_rows(session, customer_id=customer_id)]
    have = repo.health(session, [customer_id]).get(customer_id, {"diet": set(), "allergy": set()})
    profile = repo.profiles(session, [customer_id]).get(customer_id, {})
    items = [dict(customer_id=x.customer_id, field=x.field, value=x.value, evidence=x.evidence,
                  confidence=x.confidence, review_id=x.review_id)
             for x in review_suggestions(links)
             if not (x.field in ("diet", "allergy") and x.value in have.get(x.field, set()))
             and not (x.field == "language" and profile.get("language"))
             and not (x.field == "diet" and x.value not in DIETS)]
    return repo.upsert_suggestions(session, items)
