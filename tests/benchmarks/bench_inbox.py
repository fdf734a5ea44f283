"""The Messages page's inbox over a real database: what the window loads
(ranked, the selected review drafted) against drafting every review (what
``replies --json`` prints and the window used to load), and the count the
Inbox tab shows before the page is opened. Prints figures; asserts nothing.

    python -m desktop bench --size large --work /tmp/bench   # builds app-large.sqlite (100,000 reviews)
    python tests/benchmarks/bench_inbox.py --db /tmp/bench/app-large.sqlite

Prints SKIPPED without a database. Opening migrates an older bench database
in place (after a backup copy): point it at a copy you may change.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    if args.db is None or not args.db.exists():
        print("SKIPPED: no bench database (see --help: python -m desktop bench --size large --work DIR)")
        return 0
    from desktop.services import Services

    services = Services.open(args.db)
    replies = services.replies
    try:
        replies.ranked()  # warm: the customer overview the linked reviewers' tiers come from, the page cache

        def best(fn):  # noqa: ANN001, ANN202
            times, out = [], None
            for _ in range(args.repeat):
                t = time.perf_counter()
                out = fn()
                times.append(time.perf_counter() - t)
            return min(times), out

        t_count, count = best(replies.waiting_count)
        t_full, items = best(replies.inbox)
        t_ranked, (ranked, ctx) = best(replies.ranked)
        first = next(k for k, i in enumerate(ranked) if i.urgency != "urgent")
        t_one, one = best(lambda: replies.draft(ranked, first, ctx))
        same = one.draft == items[first].draft
        print(f"{args.db.name}: {count:,} reviews waiting for a reply (best of {args.repeat})")
        print(f"  Inbox count (one COUNT)          {t_count * 1000:8.1f} ms")
        print(f"  inbox, every review drafted      {t_full:8.2f} s   ({sum(i.draft is not None for i in items):,} drafts)")
        print(f"  inbox ranked, nothing drafted    {t_ranked:8.2f} s   ({t_ranked / t_full:.2f} of it)")
        print(f"  the selected review's draft      {t_one * 1000:8.1f} ms  (same text as the full inbox's: {same})")
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
