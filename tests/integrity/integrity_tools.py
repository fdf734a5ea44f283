"""Shared by the integrity tests and the by-hand runs (kill_run.py, nasty_run.py):
generated data, old-revision databases, full dumps and the consistency checks
that a database must pass after anything happened to it."""
from __future__ import annotations

import csv
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

PHRASES = (
    "The flat white was excellent and the staff were lovely",
    "Cold coffee and a dirty table, disappointing",
    "Great croissants but we waited twenty minutes",
    "Il cappuccino era ottimo, servizio un po' lento",
    "O pastel de nata estava delicioso",
    "Kaffet var gott men personalen var otrevlig",
    "Очень вкусный завтрак, но дорого",
    "El café estaba frío y el camarero fue amable",
    "Le croissant était rassis, dommage",
    "Der Kuchen war lecker und der Service freundlich",
    "De koffie was heerlijk, de bediening traag",
)


def make_reviews_csv(path: Path, rows: int, seed: int = 1, start_id: int = 1) -> Path:
    """A generic review log (``id,date,rating,text,author``), ``rows`` reviews
    in nine languages, reproducible from ``seed``."""
    rnd = random.Random(seed)
    start = datetime(2025, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "date", "rating", "text", "author"])
        for i in range(rows):
            text = ". ".join(rnd.sample(PHRASES, rnd.randint(1, 3)))
            when = start + timedelta(minutes=37 * i + rnd.randint(0, 30))
            writer.writerow([start_id + i, when.strftime("%Y-%m-%d %H:%M"), rnd.randint(1, 5), text,
                             f"Guest {seed}-{start_id + i}"])
    return path


def downgrade(path: Path, revision: str) -> None:
    """Take a database file back to an older schema revision (for migration
    tests), with foreign keys off so that table copies cascade nothing."""
    from alembic import command
    from sqlalchemy import create_engine

    from desktop.storage.database import _alembic_config

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def dump(path: Path) -> list[str]:
    """Every schema statement and row of a plain database file, in order."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def check_database(path: Path) -> list[str]:
    """What is wrong with a plain database file after a crash ([] when nothing):
    integrity_check, foreign keys, every import batch whole or absent, the
    derived analysis rows only for analysed reviews."""
    problems: list[str] = []
    try:
        con = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return [f"integrity_check: {rows[:3]}"]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "reviews" not in tables:
            return problems  # an empty database (killed before its first migration finished)
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {len(broken)} rows, first {broken[0]}")
        for batch_id, kind, inserted, undone in con.execute(
                "SELECT id, kind, inserted, undone_at FROM import_batches"):
            if kind != "reviews" or undone is not None:
                continue
            stored = con.execute("SELECT count(*) FROM reviews WHERE import_batch_id=?", (batch_id,)).fetchone()[0]
            if stored != inserted:
                problems.append(f"batch {batch_id}: {stored} reviews stored, the batch says {inserted}")
        orphans = con.execute("SELECT count(*) FROM reviews WHERE import_batch_id IS NOT NULL AND "
                              "import_batch_id NOT IN (SELECT id FROM import_batches)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} reviews belong to no recorded batch")
        for table in ("review_aspects", "review_sentences"):
            n = con.execute(f"SELECT count(*) FROM {table} WHERE review_id NOT IN "
                            "(SELECT review_id FROM review_analysis)").fetchone()[0]
            if n:
                problems.append(f"{n} rows of {table} without an analysis row")
        n = con.execute("SELECT count(*) FROM review_analysis WHERE review_id NOT IN (SELECT id FROM reviews)"
                        ).fetchone()[0]
        if n:
            problems.append(f"{n} analysis rows without a review")
    except sqlite3.Error as exc:
        problems.append(f"query failed: {exc}")
    finally:
        con.close()
    return problems


def revision(path: Path) -> str | None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()
