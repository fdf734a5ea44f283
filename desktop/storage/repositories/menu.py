"""The menu catalogue: every item seen in orders with its suggested tags and
the owner's own tags (which win). Tags are stored as comma-joined text."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop.storage.schema import MenuItem, OrderLine


def _tags(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    return frozenset(t for t in (p.strip() for p in text.split(",")) if t)


def sync_menu(session: Session, key_of: Callable[[str], str], suggest: Callable[[str], str]) -> int:
    """Add the items orders name that the catalogue lacks, refresh every
    item's count and suggested tags (``suggest(name)`` -> tag text), keep the
    owner's tags. ``key_of`` says which names are one item. Returns how many
    items are new."""
    seen: dict[str, list] = {}
    for item, category, count in session.execute(
            select(OrderLine.item, func.max(OrderLine.category), func.count())
            .group_by(OrderLine.item)):
        key = key_of(item)
        if not key:
            continue
        entry = seen.setdefault(key, [item, category, 0, 0])
        entry[2] += count
        if count > entry[3]:  # the most common spelling names the item
            entry[0], entry[3] = item, count
            entry[1] = category or entry[1]
    stored = {k: (i, n, s) for i, k, n, s in session.execute(
        select(MenuItem.id, MenuItem.key, MenuItem.times_ordered, MenuItem.suggested_tags))}
    now = datetime.now()
    new_rows, changes = [], []
    for key, (name, category, count, _) in seen.items():
        tags = suggest(name)
        if key not in stored:
            new_rows.append(dict(key=key, name=name, category=category, suggested_tags=tags,
                                 owner_tags=None, times_ordered=count, updated_at=now))
        else:
            item_id, times, old_tags = stored[key]
            if times != count or old_tags != tags:
                changes.append({"id": item_id, "times_ordered": count, "suggested_tags": tags, "updated_at": now})
    if new_rows:
        session.execute(insert(MenuItem), new_rows)
    if changes:
        session.execute(update(MenuItem), changes)
    return len(new_rows)


def menu_rows(session: Session) -> list[dict]:
    """Every catalogue item, most ordered first."""
    return [dict(id=m.id, key=m.key, name=m.name, category=m.category, suggested=_tags(m.suggested_tags),
                 owner=_tags(m.owner_tags), times_ordered=m.times_ordered)
            for m in session.scalars(select(MenuItem).order_by(MenuItem.times_ordered.desc(), MenuItem.name))]


def set_menu_tags(session: Session, item_id: int, tags_text: str | None) -> None:
    """The owner's tags for one item (None: back to the suggestions)."""
    if session.get(MenuItem, item_id) is None:
        raise ValueError(f"there is no menu item {item_id}")
    session.execute(update(MenuItem).where(MenuItem.id == item_id)
                    .values(owner_tags=tags_text, updated_at=datetime.now()))


def menu_tags(session: Session) -> dict[str, frozenset[str]]:
    """item name -> its tags (the owner's where they chose, else the
    suggested ones): what offers and suggestions use."""
    out: dict[str, frozenset[str]] = {}
    for name, suggested, owner in session.execute(select(MenuItem.name, MenuItem.suggested_tags,
                                                         MenuItem.owner_tags)):
        chosen = _tags(owner)
        out[name] = chosen if chosen is not None else (_tags(suggested) or frozenset())
    return out


def menu_tags_by_key(session: Session) -> dict[str, frozenset[str]]:
    """As :func:`menu_tags`, keyed by the catalogue key (folded name)."""
    out: dict[str, frozenset[str]] = {}
    for key, suggested, owner in session.execute(select(MenuItem.key, MenuItem.suggested_tags,
                                                        MenuItem.owner_tags)):
        chosen = _tags(owner)
        out[key] = chosen if chosen is not None else (_tags(suggested) or frozenset())
    return out


__all__ = ["sync_menu", "menu_rows", "set_menu_tags", "menu_tags", "menu_tags_by_key"]
