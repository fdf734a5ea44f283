"""Helpers shared by the repository modules."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

from sqlalchemy import Connection, Table, select
from sqlalchemy.sql.elements import False_, True_
from sqlalchemy.orm import Session

from desktop.storage.schema import (
    Location,
    Setting,
)

_CHUNK = 500  # keep IN (...) lists under SQLite's parameter limit


def driver_mark(conn: Connection) -> str:
    """The driver's positional parameter mark, for the few statements sent to
    the driver directly for speed: ``?`` for SQLite, ``%s`` for psycopg."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


LIKE_ESCAPE = "\\"
"""The escape character of the LIKE patterns built from what the owner types."""


def like_escaped(value: str) -> str:
    """``value`` with LIKE's wildcards (``%``, ``_``) and the escape character
    escaped, for ``column.like(f"%{like_escaped(v)}%", escape=LIKE_ESCAPE)``:
    a search for "100%" finds "100%", not every review with "100". Compare
    lower-cased on both sides (``sqlfuncs.folded``): LIKE ignores case on
    SQLite and respects it on PostgreSQL, and SQLite's own ``lower`` folds
    ASCII only."""
    return (value.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
            .replace("_", LIKE_ESCAPE + "_"))


def bulk_insert(session: Session, table: Table, rows: Sequence[dict]) -> None:
    """Insert plain rows (dicts, all with the same keys) with one driver-level
    executemany: values converted by each column's own SQLAlchemy type (a
    datetime is stored exactly as the ORM stores it), without the ORM's
    per-row bookkeeping, which cost more than the database's own work on
    large imports. Portable: the driver's parameter style is used."""
    if not rows:
        return
    conn = session.connection()
    columns = list(rows[0])
    processors = [table.c[c].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for c in columns]
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    mark = driver_mark(conn)
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})")
    for chunk in _chunks(rows, 5000):
        data = []
        for row in chunk:
            values = [row[c] for c in columns]
            for i, process in converted:
                if values[i] is not None:
                    values[i] = process(values[i])
            data.append(tuple(values))
        conn.exec_driver_sql(sql, data)


def orm_rows(table: Table, rows: Sequence[dict]) -> list[dict]:
    """``rows`` as the ORM's bulk ``insert(Model)`` would store them, ready
    for :func:`bulk_insert`: the ORM leaves out a None value of a column with
    a default, so the default is stored instead of NULL (an order line
    without a quantity stores 1.0). Everything else is unchanged."""
    defaults = {}
    for c in table.c:
        if c.default is not None and c.default.is_scalar:
            defaults[c.name] = c.default.arg
        elif c.server_default is not None and isinstance(getattr(c.server_default, "arg", None),
                                                         (False_, True_)):
            defaults[c.name] = isinstance(c.server_default.arg, True_)
    names = [n for n in (rows[0] if rows else ()) if defaults.get(n) is not None]
    if not names:
        return list(rows)
    out = []
    for row in rows:
        if any(row[n] is None for n in names):
            row = {**row, **{n: defaults[n] for n in names if row[n] is None}}
        out.append(row)
    return out


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]



# -- settings ---------------------------------------------------------------

def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row:
        row.value = value
    else:
        session.add(Setting(key=key, value=value))


# -- locations --------------------------------------------------------------

def location_ids(session: Session, names: Iterable[str | None]) -> dict[str, int]:
    wanted = sorted({n.strip() for n in names if n and n.strip()})
    found: dict[str, int] = {}
    for chunk in _chunks(wanted):
        for loc in session.scalars(select(Location).where(Location.name.in_(chunk))):
            found[loc.name] = loc.id
    for name in wanted:
        if name not in found:
            loc = Location(name=name)
            session.add(loc)
            session.flush()
            found[name] = loc.id
    return found


def _existing_keys(session: Session, model, source: str, candidate: list[str]) -> set[str]:
    existing: set[str] = set()
    for chunk in _chunks(candidate):
        existing.update(session.scalars(
            select(model.dedupe_key).where(model.source == source, model.dedupe_key.in_(chunk))))
    return existing


def _split_new(session: Session, model, keyed: list[tuple[str, str, object]]
               ) -> tuple[list[tuple[str, str, object]], int]:
    """Split (source, key, record) triples into the new ones and a duplicate count
    (already stored, or repeated within the same file)."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for source, key, _ in keyed:
        by_source[source].append(key)
    known: set[tuple[str, str]] = set()
    for source, ks in by_source.items():
        known.update((source, k) for k in _existing_keys(session, model, source, ks))
    new, dupes = [], 0
    for source, key, rec in keyed:
        if (source, key) in known:
            dupes += 1
            continue
        known.add((source, key))
        new.append((source, key, rec))
    return new, dupes


