"""How fast campaigns and the reply inbox are decided, and how varied the drafts read.
Prints figures; asserts nothing.

    python tests/benchmarks/bench_messaging.py [--customers 50000] [--reviews 20000]

Recipients and reviews are synthetic (generated here from a seed), so the
figures need no labelled data: the rules' cost grows with the number of
customers, not with what they wrote.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.messaging.campaigns import CampaignContext, plan_campaign  # noqa: E402
from desktop.messaging.model import EMAIL, LANGUAGES, SMS, Offer, Recipient, SentMessage  # noqa: E402
from desktop.messaging.replies import ReplyCandidate, build_inbox  # noqa: E402
from desktop.messaging.reply_drafts import ReplyContext  # noqa: E402

NOW = datetime(2026, 11, 20, 10)
ASPECTS = ("food", "drinks", "service", "price", "ambience", "cleanliness", "wait")


def recipients(n: int, rng: random.Random) -> list[Recipient]:
    out = []
    for i in range(n):
        out.append(Recipient(
            customer_id=i, name=f"Guest{i} Person", first_name=f"Guest{i}", email=f"g{i}@example.com",
            phone=f"+35191{i:07d}", language=rng.choice(LANGUAGES), segment=rng.choice(("lapsed", "at-risk", "regular")),
            visits=rng.randint(3, 80), last_visit=NOW - timedelta(days=rng.randint(1, 200)),
            usual_order=rng.choice(("flat white", "", "cortado")),
            diet=frozenset({"vegetarian"}) if rng.random() < 0.08 else frozenset(),
            allergies=frozenset({"nuts"}) if rng.random() < 0.05 else frozenset(),
            consent={EMAIL: rng.random() < 0.6, SMS: rng.random() < 0.3}))
    return out


def reviews(n: int, rng: random.Random) -> list[ReplyCandidate]:
    return [ReplyCandidate(review_id=i, external_id=str(i), source="google", author=rng.choice(("Ana L.", "Bo", None)),
                           rating=rng.randint(1, 5), text="x", created_at=NOW - timedelta(days=rng.randint(0, 300)),
                           language=rng.choice(LANGUAGES),
                           aspects=tuple((a, rng.uniform(-1, 1), a) for a in rng.sample(ASPECTS, 2)),
                           flags=("food_poisoning",) if rng.random() < 0.005 else ())
            for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--reviews", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(11)
    people = recipients(args.customers, rng)
    history = {i: [SentMessage(i, EMAIL, "thank-you", NOW - timedelta(days=rng.randint(1, 90)))]
               for i in range(0, args.customers, 3)}
    ctx = CampaignContext(business_name="Café Aurora", history=history)
    start = time.perf_counter()
    plan = plan_campaign("winback", people, Offer("winback", frozenset({"meat"})), NOW, ctx)
    seconds = time.perf_counter() - start
    print(f"winback over {args.customers:,} customers: {len(plan.drafts):,} drafts, {len(plan.excluded):,} left out, "
          f"{seconds:.2f} s ({args.customers / seconds:,.0f} customers/s, {len(plan.drafts) / seconds:,.0f} drafts/s)")
    candidates = reviews(args.reviews, rng)
    start = time.perf_counter()
    items = build_inbox(candidates, ReplyContext("Café Aurora", "en"), NOW)
    seconds = time.perf_counter() - start
    drafts = [i.draft for i in items if i.draft]
    print(f"inbox of {args.reviews:,} reviews: {len(drafts):,} drafts, {len(items) - len(drafts)} claims without a draft, "
          f"{seconds:.2f} s ({args.reviews / seconds:,.0f} reviews/s)")
    openings = [d.split("\n\n")[0] for d in drafts]
    same_in_a_row = sum(a == b for a, b in zip(openings, openings[1:]))
    print(f"consecutive drafts sharing their first line: {same_in_a_row} of {len(drafts) - 1:,}; "
          f"distinct whole drafts: {len(set(drafts)):,} of {len(drafts):,}")


if __name__ == "__main__":
    main()
