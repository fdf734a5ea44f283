"""'Why did my rating drop?': drops, their ranked causes with the reviews
that show them, till cross-checks, and suspicious bursts, for the Insights
page and ``python -m desktop report``.

Threading: call from a worker thread; each call opens its own session and
returns frozen dataclasses (and one small DataFrame for the chart). The
report reads stored analyses only, never analyses text itself.
"""
from __future__ import annotations

import logging
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Mapping

import numpy as np
import pandas as pd

from desktop.analysis import bursts as B
from desktop.analysis import narrate
from desktop.analysis.causes import ASPECTS, Cause, Period, explain
from desktop.analysis.drops import (RECENT_WEEKS, Drop, VolumeShift, detectable_fall, find_drops,
                                    find_volume_shifts)
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.services import report_codec, report_store
from desktop.services.insights_frame import review_frame
from desktop.services.terms import TermsService
from desktop.storage import repositories as repo
from desktop.storage.database import Database

log = logging.getLogger(__name__)

KNOWN_CUSTOMER_CONFIDENCE = 0.8
"""A suggested review-to-customer link counts as "a known customer" from this confidence (confirmed ones always)."""
MIN_GROUP_SHARE = 0.1
"""A platform or location is scanned on its own when it holds at least this share of the rated reviews."""
EXPLAIN_MAX_REVIEWS = 1500
"""A drop and the period before it are explained from at most about this many reviews (an even sample beyond)."""
MIN_STAFF_DAYS = 4
"""A till cross-check for a staff member needs at least this many days worked in the drop period."""
TOO_FEW_FALL = 1.0
"""With no drop found, the report says "too few reviews to tell" when a fall of this many stars
over the latest weeks would not have stood out from chance (:func:`detectable_fall`)."""
REPORT_CACHE_SIZE = 8
"""Reports (filter x language) kept in memory for the current state of the data."""
TREND_COLUMNS = ["period_start", "reviews", "avg_rating", "avg_without_suspects"]


@dataclass(frozen=True)
class InsightFilter:
    """Which reviews the report looks at; empty fields mean all."""

    location: str | None = None
    platform: str | None = None
    language: str | None = None
    aspect: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class ReviewRef:
    id: int
    external_id: str | None


@dataclass(frozen=True)
class CrossCheck:
    """What the till says of a cause. ``kind`` is "dish_sales" (``before``
    and ``during`` are units sold per week, ``share_*`` the dish's share of
    every item sold) or "staff_days" (average stars of the reviews left on
    the days the person worked against the other days of the drop period)."""

    kind: str
    name: str
    before: float
    during: float
    n_before: int
    n_during: int
    share_before: float | None = None
    share_during: float | None = None


@dataclass(frozen=True)
class DropReport:
    drop: Drop
    causes: tuple[Cause, ...]
    summary: str
    cross_checks: tuple[CrossCheck, ...] = ()


@dataclass(frozen=True)
class BurstReport:
    burst: B.Burst
    summary: str


@dataclass(frozen=True)
class InsightReport:
    """The whole report. ``status`` is "ok", "not_enough_reviews" or "empty";
    ``summary`` says in one sentence what the owner should know when there is
    no drop; ``refs`` maps every review id the report names to its source id."""

    status: str
    lang: str
    reviews: int
    rated: int
    latest: date | None
    drops: tuple[DropReport, ...]
    bursts: tuple[BurstReport, ...]
    volume_shifts: tuple[VolumeShift, ...]
    summary: str
    trend: pd.DataFrame = field(compare=False, repr=False)
    refs: Mapping[int, str | None] = field(compare=False, repr=False, default_factory=dict)
    detectable_fall: float | None = None
    """With no drop: the smallest fall (stars) over the latest weeks the test would have seen
    (``inf``: too few reviews there to test); None when drops were found or nothing was rated."""

    @property
    def too_few_to_tell(self) -> bool:
        """No drop was found, but a fall of :data:`TOO_FEW_FALL` stars would not have shown."""
        return self.detectable_fall is not None and self.detectable_fall > TOO_FEW_FALL

    def as_json(self) -> dict[str, Any]:
        """The ``report --json`` contract (extra fields added, none renamed)."""
        def ref(i: int) -> dict:
            return {"id": int(i), "external_id": self.refs.get(int(i))}

        def cause(c: Cause) -> dict:
            return {"kind": c.kind, "name": c.name, "contribution": c.contribution,
                    "reviews": [ref(i) for i in c.reviews], "stars": c.stars, "effect": c.effect,
                    "before": c.before, "during": c.during, "interval_before": list(c.interval_before),
                    "interval_during": list(c.interval_during), "n_before": c.n_before,
                    "n_during": c.n_during, "z": c.z, "thin_evidence": c.thin,
                    "quotes": [{"id": q.review_id, "text": q.text, "term": q.term} for q in c.quotes],
                    "terms": list(c.terms)}

        drops = []
        for d in self.drops:
            x = d.drop
            drops.append({
                "start": x.start.isoformat(), "end": x.end.isoformat(),
                "rating_before": x.rating_before, "rating_after": x.rating_after,
                "confidence": x.confidence, "summary": d.summary,
                "causes": [cause(c) for c in d.causes],
                "kind": x.kind, "scope": {"kind": x.scope[0], "name": x.scope[1]},
                "interval": {"before": list(x.interval_before), "after": list(x.interval_after)},
                "n_before": x.n_before, "n_after": x.n_after, "p_value": x.p_value,
                "baseline": {"start": x.baseline_start.isoformat(), "end": x.baseline_end.isoformat()},
                "cross_checks": [vars(c) | {} for c in d.cross_checks]})
        bursts = []
        for b in self.bursts:
            x = b.burst
            bursts.append({
                "start": x.start.isoformat(), "end": x.end.isoformat(), "signals": list(x.signals),
                "reviews": [ref(i) for i in x.reviews], "rating_with": x.rating_with,
                "rating_without": x.rating_without, "location": x.location, "count": x.count,
                "expected": x.expected, "p_value": x.p_value, "summary": b.summary,
                "rating_from": x.rating_from.isoformat(), "evidence": dict(x.evidence)})
        return {"drops": drops, "suspicious_bursts": bursts, "status": self.status,
                "summary": self.summary, "reviews": self.reviews, "rated_reviews": self.rated,
                "too_few_to_tell": self.too_few_to_tell,
                "detectable_fall": (None if self.detectable_fall is None or math.isinf(self.detectable_fall)
                                    else round(self.detectable_fall, 2)),
                "volume_shifts": [{"start": v.start.isoformat(), "end": v.end.isoformat(),
                                   "per_week_before": v.per_week_before,
                                   "per_week_during": v.per_week_during, "p_value": v.p_value}
                                  for v in self.volume_shifts]}


class InsightsService:
    """Threading: any worker thread; the cached review frame is guarded by a lock."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._cached: tuple[tuple, pd.DataFrame] | None = None
        self._reports: OrderedDict[tuple, InsightReport] = OrderedDict()
        self.store_reports = True
        """Keep computed reports in the database (benchmarks turn it off to time a computation)."""

    def _reviews(self, session: Any) -> pd.DataFrame:
        """Every review's light columns with the reviewer features, read again
        only when :func:`repo.insight_stamp` says the stored reviews changed
        (a filter change, a new language or the next refresh recompute from
        memory: on 100,000 reviews the read is most of the cost)."""
        stamp = repo.insight_stamp(session)
        with self._lock:
            if self._cached is not None and self._cached[0] == stamp:
                return self._cached[1]
        df = self._prepare(review_frame(repo.insight_rows(session), repo.location_names(session)))
        df = _with_complaints(df, repo.complaint_aspects(session, ASPECTS))
        with self._lock:
            self._cached = (stamp, df)
        return df

    def forget_reports(self) -> None:
        """Drop the computed reports, in memory and stored (not the review
        frame): the next call computes again, for benchmarks that time a recompute."""
        with self._lock:
            self._reports.clear()
        if not self._db.read_only:
            with self._db.session() as s:
                repo.forget_stored_reports(s)

    def facets(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """(platforms, languages, locations) present, for the filters."""
        with self._db.session() as s:
            sources, languages, locations = repo.review_facets(s)
        return tuple(sources), tuple(languages), tuple(locations)

    def review_rows(self, ids: list[int]) -> list[tuple]:
        """(id, external_id, source, location, created_at, author, author_reviews,
        local_guide, rating, title, text) of ``ids``, in the order given."""
        with self._db.session() as s:
            rows = {r[0]: r for r in repo.evidence_rows(s, ids)}
        return [rows[i] for i in ids if i in rows]

    def report(self, flt: InsightFilter = InsightFilter(), lang: str = "en",
               progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> InsightReport:
        """The report for the reviews ``flt`` selects, worded in ``lang``.

        Computed once per state of the data (:func:`report_store.state_key`:
        the reviews and their analyses, the till, the customer links, the
        settings): the same filter and language again returns the report
        already computed, from memory (at most :data:`REPORT_CACHE_SIZE`) or,
        in a new process, from the database, where the first computation of
        a writable window keeps it (a read-only window computes and keeps it
        in memory only). The stored one equals the one computed, field for field."""
        fkey = report_store.filter_key(vars(flt), lang)
        with self._db.session() as s:
            skey = report_store.state_key(s)
            key = (skey, flt, lang)
            with self._lock:
                if key in self._reports:
                    self._reports.move_to_end(key)
                    progress(1.0, "Report ready")
                    return self._reports[key]
            body = report_store.load(s, fkey, skey)
        report = self._decoded(body) if body is not None else None
        if report is None:
            report = self._compute(flt, lang, progress, cancel)
            with self._db.session() as s:
                unchanged = report_store.state_key(s) == skey  # nothing written while it computed
            if unchanged and self.store_reports:
                report_store.save(self._db, fkey, skey, report_codec.dumps(report))
        progress(1.0, "Report ready")
        with self._lock:
            self._reports[key] = report
            while len(self._reports) > REPORT_CACHE_SIZE:
                self._reports.popitem(last=False)
        return report

    @staticmethod
    def _decoded(body: str) -> InsightReport | None:
        """A stored report, or None (logged) when it does not decode: computed again."""
        try:
            return report_codec.loads(InsightReport, body)
        except report_codec.ReportCodecError as exc:
            log.warning("stored report ignored: %s", exc)
            return None

    def _compute(self, flt: InsightFilter, lang: str, progress: ProgressFn,
                 cancel: CancelToken | None) -> InsightReport:
        with self._db.session() as s:
            df = self._reviews(s)
            links = repo.review_authors(s, None, KNOWN_CUSTOMER_CONFIDENCE) if len(df) else {}
            aspect_ids = repo.reviews_with_aspect(s, flt.aspect) if flt.aspect else None
        terms = TermsService(self._db).get()
        check_cancel(cancel)
        progress(0.2, "Reading reviews")
        df = _apply(_with_customers(df, links), flt, aspect_ids)
        latest = df["created_at"].max().date() if len(df) else None
        rated = int(df["rating"].notna().sum())
        if df.empty:
            return InsightReport("empty", lang, 0, 0, None, (), (), (), narrate.not_enough_sentence(0, lang),
                                 _trend(df, set()), {})
        bursts = self._bursts(df, lang, latest)
        suspects = {i for b in bursts for i in b.burst.reviews}
        check_cancel(cancel)
        progress(0.4, "Looking for drops")
        clean = df[~df["id"].isin(suspects) & df["rating"].notna()]
        scan = find_drops(clean["created_at"].to_numpy(), clean["rating"].to_numpy(), _groups(clean),
                          signals=_complaint_signals(clean))
        shifts = find_volume_shifts(df.loc[~df["id"].isin(suspects), "created_at"].to_numpy())
        drops = self._explain(scan.drops, clean, terms, lang, latest, cancel)
        detectable = None
        if scan.status != "ok":
            summary = narrate.not_enough_sentence(scan.rated, lang)
        elif not drops:
            summary = narrate.no_drop_sentence(lang)
            detectable = detectable_fall(clean["created_at"].to_numpy(), clean["rating"].to_numpy())
            if detectable > TOO_FEW_FALL:
                summary = narrate.too_few_sentence(_per_week(clean), detectable, _recent(clean), lang)
        else:
            summary = drops[-1].summary
        named = {i for d in drops for c in d.causes for i in c.reviews} | suspects
        with self._db.session() as s:
            refs = repo.external_ids(s, named)
        progress(1.0, "Report ready")
        return InsightReport("ok" if scan.status == "ok" else scan.status, lang, len(df), rated, latest,
                             tuple(drops), tuple(bursts), shifts, summary, _trend(df, suspects), refs, detectable)

    # -- steps -----------------------------------------------------------

    @staticmethod
    def _prepare(df: pd.DataFrame) -> pd.DataFrame:
        """Reviewer features over the whole history, before any filter."""
        if df.empty:
            return df.assign(first_time=pd.Series(dtype=object), known_customer=pd.Series(dtype=object),
                             no_history=pd.Series(dtype=object))
        # folding each distinct name once, not each review's; the frame is oldest first, so a
        # (platform, author) pair's first row is that author's first review on the platform
        codes = df["author_key"].to_numpy() if "author_key" in df else pd.factorize(df["author"])[0]
        present, first_row = np.unique(codes, return_index=True)
        first_row = first_row[present >= 0]
        folded = pd.Series(df["author"].to_numpy(object)[first_row], dtype=object).str.strip().str.casefold()
        folded_code, _ = pd.factorize(folded.to_numpy(object))
        safe = np.maximum(codes, 0)
        author = np.where(codes < 0, -1, folded_code[safe] if len(folded_code) else -1)
        named = (codes >= 0) & ((folded.to_numpy(object)[safe] != "") if len(folded) else False)
        source = (df["source"].cat.codes.to_numpy() if isinstance(df["source"].dtype, pd.CategoricalDtype)
                  else pd.factorize(df["source"])[0]).astype(np.int64)
        key = source * (int(author.max(initial=-1)) + 2) + (author + 1)
        first = np.zeros(len(df), dtype=bool)
        first[np.unique(key, return_index=True)[1]] = True
        history = df["author_reviews"].to_numpy(float)
        no_history = np.where(np.isnan(history), None, history <= B.NO_HISTORY_REVIEWS)
        return df.assign(first_time=np.where(named, first, None).astype(object),
                         no_history=no_history.astype(object))

    def _bursts(self, df: pd.DataFrame, lang: str, latest: date | None) -> list[BurstReport]:
        candidates = B.find_candidates(df)
        if not candidates:
            return []
        with self._db.session() as s:
            texts = repo.review_texts(s, [i for c in candidates for i in c.suspects])
        plain = {i: ". ".join(p for p in tv if p) for i, tv in texts.items()}
        cues = narrate.competitor_cues()
        out = []
        for c in candidates:
            local = df if c.location is None else df[df["location"] == c.location]
            burst = B.assess(c, local, plain, cues)
            if burst is not None:
                out.append(BurstReport(burst, narrate.burst_sentence(burst, lang, latest)))
        return out

    def _explain(self, drops: tuple[Drop, ...], clean: pd.DataFrame, terms: Mapping[str, list[str]],
                 lang: str, latest: date | None, cancel: CancelToken | None) -> list[DropReport]:
        """Each drop's causes, from its reviews and those of the period before
        it; a period of more than :data:`EXPLAIN_MAX_REVIEWS` reviews is read as
        an even sample (every k-th id: the shares and contributions of
        thousands say no more than those of all), its counts scaled back."""
        if not drops:
            return []
        times = clean["created_at"].to_numpy()
        ids = clean["id"].to_numpy()
        periods = []
        for d in drops:
            during = (times >= _day64(d.start)) & (times < _day64(d.end, 1))
            before = (times >= _day64(d.baseline_start)) & (times < _day64(d.baseline_end, 1)) & ~during
            stride = max(1, math.ceil(int((during | before).sum()) / EXPLAIN_MAX_REVIEWS))
            keep = (during | before) & (ids % stride == 0)
            periods.append((d, during, keep, stride))
        ranges = [(d.baseline_start, d.end) for d in drops]
        with self._db.session() as s:
            mentions, sentences = repo.insight_details(s, ranges, [p[3] for p in periods])
        mentions = pd.DataFrame.from_records(mentions, columns=["review_id", "aspect", "polarity", "term", "sentence"])
        sentences = pd.DataFrame.from_records(sentences, columns=["review_id", "idx", "text", "sentiment"])
        dishes, staff = tuple(terms.get("dish", ())), tuple(terms.get("staff", ()))
        out = []
        for d, during, keep, stride in periods:
            check_cancel(cancel)
            everyone = clean[keep].assign(during=during[keep])
            scoped = everyone[_scope_mask(everyone, d.scope).to_numpy()]
            rv = _period_frame(everyone)
            in_period = mentions["review_id"].isin(rv["id"])
            m, st = mentions[in_period], sentences[sentences["review_id"].isin(rv["id"])]
            scoped_rv = _period_frame(scoped)
            causes = explain(Period(scoped_rv, m[m["review_id"].isin(scoped_rv["id"])],
                                    st[st["review_id"].isin(scoped_rv["id"])], dishes, staff),
                             Period(rv, m, st, dishes, staff))
            if stride > 1:
                causes = [replace(c, n_before=c.n_before * stride, n_during=c.n_during * stride) for c in causes]
            checks = self._cross_checks(d, causes, clean)
            out.append(DropReport(d, tuple(causes), narrate.drop_sentence(d, causes, lang, latest), tuple(checks)))
        return out

    def _cross_checks(self, d: Drop, causes: list[Cause], clean: pd.DataFrame) -> list[CrossCheck]:
        checks: list[CrossCheck] = []
        dishes = [c.name for c in causes if c.kind == "dish"]
        before_days = max((d.baseline_end - d.baseline_start).days + 1, 1)
        during_days = max((d.end - d.start).days + 1, 1)
        with self._db.session() as s:
            sales = repo.item_sales(s, [(d.baseline_start, d.baseline_end), (d.start, d.end)], dishes) if dishes else []
            worked = repo.staff_days(s, d.start, d.end)
        by = {(k, item): (q, total) for k, item, q, total in sales}
        for name in dishes:
            (q0, t0), (q1, t1) = by.get((0, name.casefold()), (0.0, 0.0)), by.get((1, name.casefold()), (0.0, 0.0))
            if t0 <= 0 or t1 <= 0:
                continue
            checks.append(CrossCheck("dish_sales", name, round(q0 / before_days * 7, 1),
                                     round(q1 / during_days * 7, 1), int(q0), int(q1),
                                     round(q0 / t0, 4), round(q1 / t1, 4)))
        if worked:
            checks += _staff_checks(d, clean, worked)
        return checks


def _staff_checks(d: Drop, clean: pd.DataFrame, worked: list[tuple]) -> list[CrossCheck]:
    """Stars of the reviews left on the days each person worked (at their
    location) against the other days of the drop period."""
    day = clean["created_at"].dt.date
    inside = clean[(day >= d.start) & (day <= d.end)]
    if inside.empty:
        return []
    keys = list(zip(inside["created_at"].dt.date, inside["location"].astype(object).fillna("")))
    ratings = inside["rating"].to_numpy(float)
    shifts: dict[str, set[tuple[date, str]]] = {}
    for wday, loc, staff, _n in worked:
        shifts.setdefault(staff, set()).add((wday, loc or ""))
    out = []
    for staff, days in shifts.items():
        if len(days) < MIN_STAFF_DAYS:
            continue
        on = np.array([k in days for k in keys])
        if on.sum() < 3 or (~on).sum() < 3:
            continue
        out.append(CrossCheck("staff_days", staff, round(float(ratings[~on].mean()), 2),
                              round(float(ratings[on].mean()), 2), int((~on).sum()), int(on.sum())))
    out.sort(key=lambda c: c.during - c.before)
    return out


def _per_week(df: pd.DataFrame) -> float:
    """Rated reviews per week over the reviews' whole span."""
    if df.empty:
        return 0.0
    days = max((df["created_at"].max() - df["created_at"].min()).days + 1, 7)
    return float(len(df) / days * 7)


def _recent(df: pd.DataFrame) -> int:
    """Rated reviews in the latest :data:`RECENT_WEEKS` weeks."""
    if df.empty:
        return 0
    latest = df["created_at"].max().normalize()
    return int((df["created_at"] > latest - pd.Timedelta(days=RECENT_WEEKS * 7 - 1)).sum())


def _with_customers(df: pd.DataFrame, links: Mapping[int, Any]) -> pd.DataFrame:
    """``known_customer``: True where the review's author is a known customer
    (None for every review when no review is linked to a customer)."""
    if not links:
        return df.assign(known_customer=None)
    known = np.isin(df["id"].to_numpy(), np.fromiter(links, dtype=np.int64, count=len(links)))
    return df.assign(known_customer=known.astype(object))


def _day64(d: date, plus_days: int = 0) -> np.datetime64:
    return np.datetime64(d + timedelta(days=plus_days), "ns")


def _scope_mask(df: pd.DataFrame, scope: tuple[str, str]) -> pd.Series:
    kind, name = scope
    if kind == "weekday":
        weekend = df["created_at"].dt.day_of_week >= 5
        return weekend if name == "weekend" else ~weekend
    if kind == "platform":
        return df["source"] == name
    if kind == "location":
        return df["location"] == name
    return pd.Series(True, index=df.index)


def _period_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The columns :func:`explain` reads, from the service's review frame."""
    hours = df["created_at"].dt.hour + df["created_at"].dt.minute / 60.0
    timed = ((df["created_at"].dt.hour != 0) | (df["created_at"].dt.minute != 0)).mean() > 0.5 if len(df) else False
    return pd.DataFrame({
        "id": df["id"].astype(int).to_numpy(), "during": df["during"].astype(bool).to_numpy(),
        "rating": df["rating"].to_numpy(float), "weekday": df["created_at"].dt.day_of_week.to_numpy(),
        "hour": hours.to_numpy() if timed else np.full(len(df), np.nan),
        "source": df["source"].to_numpy(object), "language": df["language"].to_numpy(object),
        "first_time": df["first_time"].to_numpy(object), "known_customer": df["known_customer"].to_numpy(object),
        "no_history": df["no_history"].to_numpy(object)})


def _with_complaints(df: pd.DataFrame, pairs: list[tuple]) -> pd.DataFrame:
    """``df`` with ``complaints``: per review, a bit mask of the
    :data:`ASPECTS` it complains of (bit k for ``ASPECTS[k]``), from the
    (review id, aspect) ``pairs`` of :func:`repo.complaint_aspects`."""
    mask = np.zeros(len(df), dtype=np.int64)
    if pairs and len(df):
        table = np.array(pairs, dtype=object)
        bit = {a: 1 << k for k, a in enumerate(ASPECTS)}
        rows = pd.Index(df["id"].to_numpy()).get_indexer(table[:, 0].astype(np.int64))
        bits = np.array([bit.get(a, 0) for a in table[:, 1]], dtype=np.int64)
        ok = rows >= 0
        np.bitwise_or.at(mask, rows[ok], bits[ok])
    return df.assign(complaints=mask)


def _complaint_signals(df: pd.DataFrame) -> dict[str, np.ndarray]:
    """Per aspect, the reviews of ``df`` that complain of it (for :func:`find_drops`)."""
    if "complaints" not in df:
        return {}
    bits = df["complaints"].to_numpy(np.int64)
    return {a: (bits & (1 << k)) != 0 for k, a in enumerate(ASPECTS) if ((bits & (1 << k)) != 0).any()}


def _groups(df: pd.DataFrame) -> dict[tuple[str, str], np.ndarray]:
    """The groups scanned on their own: weekends and weekdays, and each
    platform and location with a fair share of the reviews."""
    wd = df["created_at"].dt.day_of_week.to_numpy()
    groups: dict[tuple[str, str], np.ndarray] = {("weekday", "weekend"): wd >= 5, ("weekday", "weekdays"): wd < 5}
    n = max(len(df), 1)
    for col, kind in (("source", "platform"), ("location", "location")):
        codes, names = pd.factorize(df[col])
        if len(names) < 2:
            continue
        counts = np.bincount(codes[codes >= 0], minlength=len(names))
        for k in np.argsort(-counts, kind="stable"):
            if counts[k] / n >= MIN_GROUP_SHARE:
                groups[(kind, str(names[k]))] = codes == k
    return groups


def _apply(df: pd.DataFrame, flt: InsightFilter, aspect_ids: set[int] | None) -> pd.DataFrame:
    keep = pd.Series(True, index=df.index)
    if flt.location:
        keep &= df["location"] == flt.location
    if flt.platform:
        keep &= df["source"] == flt.platform
    if flt.language:
        keep &= df["language"] == flt.language
    if aspect_ids is not None:
        keep &= df["id"].isin(aspect_ids)
    if flt.date_from:
        keep &= df["created_at"].dt.date >= flt.date_from
    if flt.date_to:
        keep &= df["created_at"].dt.date <= flt.date_to
    return df[keep].reset_index(drop=True)


def _trend(df: pd.DataFrame, suspects: set[int]) -> pd.DataFrame:
    """Weekly reviews and average stars, with and without the burst suspects."""
    if df.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    week = (df["created_at"].dt.normalize() - pd.to_timedelta(df["created_at"].dt.day_of_week, unit="D"))
    clean = df.assign(_clean=np.where(df["id"].isin(suspects), np.nan, df["rating"]))
    g = clean.groupby(week)
    out = pd.DataFrame({"reviews": g.size(), "avg_rating": g["rating"].mean(),
                        "avg_without_suspects": g["_clean"].mean()})
    return out.rename_axis("period_start").reset_index()[TREND_COLUMNS]
