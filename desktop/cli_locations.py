"""``python -m desktop locations [--json] [--as-of DAY]``: the locations of
the group side by side (reviews, average stars, the last 90 days against the
90 before, customers, open rating drops). Registered by ``desktop.cli``."""
from __future__ import annotations

import argparse
import json
from typing import Callable

from desktop.core.errors import UserError

UNASSIGNED_LABEL = "(no location)"
"""How the text table names the reviews and orders that have no location."""


def register(sub: argparse._SubParsersAction, add_db: Callable[[argparse.ArgumentParser], None],
             commands: dict) -> None:
    """Add the ``locations`` parser to ``sub`` and its handler to ``commands``."""
    p = sub.add_parser("locations", help="the group's locations side by side: reviews, stars, "
                                         "the last 90 days against the 90 before, customers, open drops")
    add_db(p)
    p.add_argument("--json", action="store_true", help='print {"locations": [...]}')
    p.add_argument("--as-of", metavar="DAY",
                   help="end the 90-day spans on this day (default: the newest review's day)")
    commands["locations"] = _cmd_locations


def _as_of(text: str | None):
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--as-of wants a date like 2026-11-15, not '{text}'") from None


def _stars(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "-"
    return f"{x:+.2f}" if signed else f"{x:.2f}"


def _cmd_locations(args: argparse.Namespace) -> int:
    from desktop.cli_security import open_services

    as_of = _as_of(args.as_of)
    services = open_services(args, reading=True)  # reads only: never waits for the writer's lock
    try:
        comparison = services.locations.compare(as_of)
    finally:
        services.close()
    if args.json:
        print(json.dumps(comparison.as_json(), ensure_ascii=False))
        return 0
    if not comparison.locations:
        print("No locations yet: import reviews or orders that name their location.")
        return 0
    if comparison.recent and comparison.before:
        (a, b), (c, d) = comparison.recent, comparison.before
        print(f"The last {comparison.window_days} days ({a} to {b}) against the "
              f"{comparison.window_days} before ({c} to {d}).")
    header = ("location", "reviews", "average", "last 90d", "before", "change", "customers", "open drops")
    rows = [(x.name or UNASSIGNED_LABEL, str(x.reviews), _stars(x.average), _stars(x.rating),
             _stars(x.rating_before), _stars(x.change, signed=True), str(x.customers),
             "-" if x.drops is None else str(x.drops)) for x in comparison.locations]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    for r in (header, *rows):
        print("  ".join([r[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(r[1:], widths[1:])]))
    return 0
