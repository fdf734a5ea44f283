"""The message and reply commands of the command line (``drafts``,
``replies``, ``campaigns``, ``suppress``, ``answered``, ``sending``), registered by
``desktop.cli``. Output contracts: see README.md."""
from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Callable

from desktop.core.errors import UserError

CAMPAIGN_NAMES = ("thank-you", "welcome", "winback", "birthday", "tier-upgrade", "new-dish", "apology")


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"'{text}' is not a date such as 2026-11-20 or 2026-11-20T10:30.") from None


def add_parsers(sub: argparse._SubParsersAction, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("drafts", help="draft a campaign's messages (and export them with --export)")
    add_db(p)
    p.add_argument("--campaign", required=True, choices=CAMPAIGN_NAMES)
    p.add_argument("--offer-tags", metavar="TAGS", default="",
                   help="menu tags of what is offered, e.g. meat,dairy (people it does not suit are left out)")
    p.add_argument("--dish", metavar="NAME", help="the dish a new-dish campaign is about")
    p.add_argument("--offer", metavar="TEXT", help="your offer, written into every message as is")
    p.add_argument("--tier", metavar="NAME", help="thank-you: only this tier (e.g. Gold)")
    p.add_argument("--location", metavar="NAME",
                   help="only customers who ordered at this location (the hold-out is drawn from them)")
    p.add_argument("--channel", choices=["best", "email", "sms", "whatsapp"], default="best",
                   help="email, sms, whatsapp, or the best each customer agreed to: their preferred "
                        "channel first (default)")
    p.add_argument("--as-of", metavar="WHEN", help="decide as if it were this date/time (ISO)")
    p.add_argument("--seed", type=int, help="seed of the random hold-out (default: from campaign and day)")
    p.add_argument("--export", metavar="DIR",
                   help="write .eml files and a CSV into DIR and log the messages as sent")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("replies", help="reviews waiting for a reply, most urgent first, with drafts")
    add_db(p)
    p.add_argument("--as-of", metavar="WHEN", help="rank as if it were this date/time (ISO)")
    p.add_argument("--limit", type=int, default=0, help="show at most N reviews (text output)")
    p.add_argument("--times", action="store_true", help="print how long reviews wait, by platform")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("answered", help="mark a review answered (you pasted the reply on the platform)")
    add_db(p)
    p.add_argument("review_id", type=int)
    p.add_argument("--text", help="the reply you posted")
    p.add_argument("--undo", action="store_true", help="put the review back in the inbox")

    p = sub.add_parser("campaigns", help="past campaigns and whether customers came back")
    add_db(p)
    p.add_argument("--as-of", metavar="WHEN")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("sending", help="show or change the sending rules: the frequency cap and quiet hours")
    add_db(p)
    p.add_argument("--cap-days", type=int, metavar="DAYS",
                   help="at most one marketing message per customer in this many days")
    p.add_argument("--quiet", metavar="FROM-UNTIL",
                   help="quiet hours, e.g. 21:00-09:00 (may cross midnight; from and until must differ)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("suppress", help="the do-not-contact list: list, add or remove")
    add_db(p)
    p.add_argument("action", nargs="?", choices=["list", "add", "remove"], default="list")
    p.add_argument("value", nargs="?", help="a customer number, an e-mail address or a phone")
    p.add_argument("--reason", default="")
    p.add_argument("--json", action="store_true")


def _offer(args: argparse.Namespace):
    from desktop.messaging.diet import parse_tags
    from desktop.messaging.model import Offer

    try:
        tags = parse_tags(args.offer_tags)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return Offer(args.campaign, tags, dish=args.dish, offer_text=args.offer, tier=args.tier)


def cmd_drafts(args: argparse.Namespace, services) -> int:
    from desktop.messaging.model import CHANNELS

    offer = services.messaging.complete_offer(_offer(args))
    channels = CHANNELS if args.channel == "best" else (args.channel,)
    here = services.locations.customer_ids(args.location) if args.location else None  # UserError if unknown
    plan = services.messaging.plan(args.campaign, offer, _when(args.as_of), args.seed, channels=channels,
                                   customer_ids=here)
    out = plan.as_json()
    out["offer_tags"] = sorted(offer.tags)  # the catalogue's tags of the dish included
    if args.export:
        result = services.messaging.export(plan, args.export, offer=offer, now=_when(args.as_of))
        out["exported"] = {"run_id": result.run_id, "logged": result.logged, "files": list(result.files),
                           "skipped": [e.as_json() for e in result.skipped]}
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"{args.campaign}: {len(plan.drafts)} drafts, {len(plan.excluded)} left out"
          + (f" ({len(plan.holdout)} held out to measure it, seed {plan.seed})" if plan.holdout else ""))
    for d in plan.drafts[:20]:
        print(f"  {d.customer_id:6}  {d.channel:5} {d.language}  {d.name or '?'} <{d.to}>"
              + (f"  (after {d.send_after:%H:%M})" if d.send_after else ""))
    for e in plan.excluded[:40]:
        print(f"  {e.customer_id:6}  left out: {e.name or '?'}: {e.reason}")
    if args.export:
        print(f"Wrote {len(out['exported']['files'])} files to {args.export} and logged "
              f"{out['exported']['logged']} messages.")
    return 0


def cmd_replies(args: argparse.Namespace, services) -> int:
    if args.times:
        times = services.replies.reply_times()
        if args.json:
            print(json.dumps([t.as_json() for t in times], ensure_ascii=False))
        else:
            for t in times:
                median = "-" if t.median_hours is None else f"{t.median_hours:.0f} h"
                print(f"{t.source:12} {t.answered:5} answered, median {median}, {t.waiting} waiting")
        return 0
    items = services.replies.inbox(_when(args.as_of))
    if args.json:
        print(json.dumps([i.as_json() for i in items], ensure_ascii=False))
        return 0
    if not items:
        print("No reviews are waiting for a reply.")
    for item in items[: args.limit or len(items)]:
        c = item.candidate
        print(f"[{item.urgency}] review {c.review_id} ({c.source}, {c.rating or '-'} stars, {c.author or 'anonymous'}): "
              + "; ".join(r.text for r in item.reasons))
        if item.draft is None:
            print("  no draft: answer this one yourself. First:")
            for step in item.checklist:
                print(f"   - {step}")
            print("  holding reply to complete:\n    " + (item.holding or "").replace("\n", "\n    "))
        else:
            print("    " + item.draft.replace("\n", "\n    "))
    return 0


def cmd_answered(args: argparse.Namespace, services) -> int:
    if args.undo:
        services.replies.unmark_answered(args.review_id)
        print(f"Review {args.review_id} is back in the inbox.")
    else:
        services.replies.mark_answered(args.review_id, args.text)
        print(f"Review {args.review_id} marked answered.")
    return 0


def cmd_campaigns(args: argparse.Namespace, services) -> int:
    runs = services.messaging.runs(_when(args.as_of))
    if args.json:
        print(json.dumps([r.as_json() for r in runs], ensure_ascii=False))
        return 0
    if not runs:
        print("No campaigns exported or sent yet.")
    for r in runs:
        o = r.outcome
        print(f"{r.id:4}  {r.created_at:%Y-%m-%d}  {r.campaign:12} {o.contacted} contacted "
              f"({o.contacted_returned} came back), {o.holdout} held out ({o.holdout_returned} came back): "
              f"{o.verdict_text}")
    return 0


def cmd_sending(args: argparse.Namespace, services) -> int:
    """Print the sending rules, after changing those given (nothing stored if one is refused)."""
    from dataclasses import replace

    from desktop.services.messaging import parse_quiet_hours

    m = services.messaging
    settings = m.settings()
    changes = {}
    if args.quiet is not None:
        changes["quiet_start"], changes["quiet_end"] = parse_quiet_hours(args.quiet)
    if args.cap_days is not None:
        changes["cap_days"] = args.cap_days
    if changes:
        settings = replace(settings, **changes)
        m.save_settings(settings)
    if args.json:
        print(json.dumps({"cap_days": settings.cap_days, "quiet_start": f"{settings.quiet_start:%H:%M}",
                          "quiet_end": f"{settings.quiet_end:%H:%M}"}))
    else:
        print(f"At most one marketing message per customer in {settings.cap_days} days; "
              f"quiet hours {settings.quiet_start:%H:%M}-{settings.quiet_end:%H:%M}.")
    return 0


def cmd_suppress(args: argparse.Namespace, services) -> int:
    m = services.messaging
    if args.action in ("add", "remove"):
        if not args.value:
            raise UserError(f"suppress {args.action} needs a customer number, e-mail or phone")
        changed = m.suppress(args.value, args.reason) if args.action == "add" else m.unsuppress(args.value)
        print(("Added." if args.action == "add" else "Removed.") if changed else "Nothing to change.")
    entries = m.suppressions()
    if args.json:
        print(json.dumps([{"kind": e.kind, "value": e.value, "reason": e.reason,
                           "added_at": e.added_at.isoformat(timespec="seconds") if e.added_at else None}
                          for e in entries], ensure_ascii=False))
    elif args.action == "list":
        for e in entries:
            print(f"{e.kind:8} {e.value:32} {e.reason}")
        if not entries:
            print("Nobody is on the do-not-contact list.")
    return 0


COMMANDS = {"drafts": cmd_drafts, "replies": cmd_replies, "answered": cmd_answered,
            "campaigns": cmd_campaigns, "suppress": cmd_suppress, "sending": cmd_sending}
