"""The rating-drop reports kept in the database (table ``stored_reports``):
JSON text per (filter, data state), written after a report is computed and
read by the next process that asks for the same one.

The keys are opaque digests chosen by the caller (services/insights.py);
this module only finds, writes and prunes rows. Portable SQL only.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.storage.schema import ReviewAnalysis, Setting, StoredReport


def settings_rows(session: Session) -> list[tuple[str, str]]:
    """Every (key, value) of the settings table, by key: what a report's data
    state digests (a changed value of the same length changes it too)."""
    return [(k, v) for k, v in session.execute(select(Setting.key, Setting.value).order_by(Setting.key))]


def analysis_stamp(session: Session) -> tuple:
    """(newest analysis time, lowest and highest engine version): moves on a
    re-analysis that replaced derived rows under the same ids and counts
    (SQLite hands a deleted top id out again), which counts alone miss."""
    return tuple(session.execute(select(func.max(ReviewAnalysis.analysed_at), func.min(ReviewAnalysis.engine_version),
                                        func.max(ReviewAnalysis.engine_version))).one())


def stored_report(session: Session, filter_key: str, state_key: str) -> str | None:
    """The JSON of the newest report stored for ``filter_key`` computed from
    ``state_key``, or None: a report of any other state is never returned."""
    return session.scalar(select(StoredReport.body)
                          .where(StoredReport.filter_key == filter_key, StoredReport.state_key == state_key)
                          .order_by(StoredReport.id.desc()).limit(1))


def store_report(session: Session, filter_key: str, state_key: str, body: str, *,
                 keep_per_filter: int, keep_total: int, now: datetime | None = None) -> None:
    """Add a report, replacing one of the same keys, then prune: the newest
    ``keep_per_filter`` rows of each filter and ``keep_total`` in all stay."""
    session.execute(delete(StoredReport).where(StoredReport.filter_key == filter_key,
                                               StoredReport.state_key == state_key))
    session.add(StoredReport(filter_key=filter_key, state_key=state_key, body=body,
                             created_at=now or datetime.now()))
    session.flush()
    old = list(session.scalars(select(StoredReport.id).where(StoredReport.filter_key == filter_key)
                               .order_by(StoredReport.id.desc()).offset(keep_per_filter)))
    old += session.scalars(select(StoredReport.id).order_by(StoredReport.id.desc()).offset(keep_total))
    if old:
        session.execute(delete(StoredReport).where(StoredReport.id.in_(sorted(set(old)))))


def forget_stored_reports(session: Session) -> None:
    """Remove every stored report (the next read computes again)."""
    session.execute(delete(StoredReport))


def stored_report_count(session: Session) -> int:
    """How many reports are stored (for tests and the benchmark)."""
    return len(list(session.scalars(select(StoredReport.id))))


__all__ = ["analysis_stamp", "settings_rows", "stored_report", "store_report", "forget_stored_reports",
           "stored_report_count"]
