"""The customer commands of the command line (``customers``, ``customer``,
``suggestions``, ``links``, ``menu``, ``tiers``, ``consent``), registered by
``desktop.cli``. Each opens the database, calls one service, prints text or JSON."""
from __future__ import annotations

import argparse
import json

from desktop.core.errors import UserError


def _services(args: argparse.Namespace):
    """The services over ``--db`` as every command opens them: the passphrase
    of an encrypted file, the single-writer lock and ``--wait``."""
    from desktop.cli_security import open_services

    return open_services(args)


def _as_of(text: str | None):
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--as-of wants a date like 2026-11-15, not '{text}'") from None


def add_customer_commands(sub, add_db) -> None:
    """Register the customer commands on the ``sub`` parsers (``add_db`` adds --db)."""
    from desktop.customers.names import SEGMENTS

    p = sub.add_parser("customers", help="list customers with tier, segment, visits, spend, tags and consent")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print one JSON list")
    p.add_argument("--segment", choices=SEGMENTS, help="only this segment")
    p.add_argument("--tier", metavar="NAME", help="only this tier")
    p.add_argument("--as-of", metavar="DATE", help="judge as of this day (default: the latest order's day)")
    p.add_argument("--location", metavar="NAME", help="only customers who ordered at this location")

    p = sub.add_parser("customer", help="one customer: show, export their data, or erase them")
    add_db(p)
    p.add_argument("action", choices=["show", "export", "erase"])
    p.add_argument("customer_id", type=int, metavar="ID")
    p.add_argument("--out", metavar="DIR", help="folder for 'export' (created if missing)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", metavar="DATE")

    p = sub.add_parser("suggestions", help="suggested usual orders, diets, allergies, languages: list, accept, dismiss")
    add_db(p)
    p.add_argument("action", nargs="?", choices=["list", "accept", "dismiss"], default="list")
    p.add_argument("suggestion_id", type=int, nargs="?", metavar="ID")
    p.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("links", help="reviews matched to customers: list, confirm, dismiss")
    add_db(p)
    p.add_argument("action", nargs="?", choices=["list", "confirm", "dismiss"], default="list")
    p.add_argument("link_id", type=int, nargs="?", metavar="ID")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("menu", help="the items seen in orders with their tags (meat, gluten, vegan, ...)")
    add_db(p)
    p.add_argument("action", nargs="?", choices=["list", "set", "reset"], default="list")
    p.add_argument("item_id", type=int, nargs="?", metavar="ID")
    p.add_argument("tags", nargs="?", metavar="TAGS", help="for 'set': comma-separated tags, '' for none")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("tiers", help="loyalty tier rules, how many customers each holds, who moved this month")
    add_db(p)
    p.add_argument("action", nargs="?", choices=["show", "set"], default="show")
    p.add_argument("--rules", metavar="JSON",
                   help='for set: [{"name": "Regular", "window_days": 60, "min_visits": 3, "min_spend": 30}, ...]')
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("consent", help="record a customer's marketing choice made in person")
    add_db(p)
    p.add_argument("customer_id", type=int, metavar="ID")
    p.add_argument("channel", choices=["email", "sms", "whatsapp"])
    p.add_argument("choice", choices=["yes", "no"])
    p.add_argument("--evidence", required=True, metavar="TEXT",
                   help="what they were asked and how they answered (kept in the consent ledger)")


def _cmd_customers(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        rows = services.customers.list_customers(args.segment, _as_of(args.as_of), args.tier)
        if getattr(args, "location", None):
            here = services.locations.customer_ids(args.location)  # UserError for an unknown one
            rows = [r for r in rows if r.id in here]
    finally:
        services.close()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("No customers" + (f" in the {args.segment} segment." if args.segment else " yet."))
    for r in rows:
        print(f"{r.id:6}  {(r.name or r.email or r.phone or '?')[:28]:28} {(r.tier or '-'):8} "
              f"{(r.segment or '-'):8} {r.visits:5} visits {r.spend:9.2f}  "
              f"{r.last_visit.isoformat() if r.last_visit else '-':10}  {', '.join(r.tags)}")
    return 0


def _cmd_customer(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.action == "show":
            card = services.customers.card(args.customer_id, _as_of(args.as_of))
            if args.json:
                print(json.dumps(card.as_json(), ensure_ascii=False))
                return 0
            _print_card(card)
        elif args.action == "export":
            if not args.out:
                raise UserError("customer export needs --out DIR")
            for path in services.customers.export_customer(args.customer_id, args.out):
                print(path)
        else:
            result = services.customers.erase_customer(args.customer_id)
            kept = result.counts.get("orders_anonymised", 0)
            print(f"Erased customer {args.customer_id}: {kept} orders kept as anonymous sales; "
                  + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in result.counts.items()
                              if k != "orders_anonymised" and v) + ".")
    finally:
        services.close()
    return 0


def _print_card(card) -> None:
    s = card.summary
    print(f"{s.name or '?'} (customer {s.id}, from {card.source})")
    for label, value in (("e-mail", s.email), ("phone", s.phone), ("birthday", card.birthday)):
        if value:
            print(f"  {label}: {value}")
    print(f"  tier: {s.tier or 'none'}" + (f" ({s.tier_reason})" if s.tier_reason else ""))
    print(f"  segment: {s.segment or 'none'} ({s.segment_reason})")
    print(f"  {s.visits} visits, {s.spend:.2f} spent; last visit {s.last_visit or '-'}; {s.rfm}")
    print("  consent: " + ", ".join(f"{k} {'yes' if v else 'no'}" for k, v in s.consent.items()))
    for key, value in card.profile.items():
        if value:
            print(f"  {key.replace('_', ' ')}: {value}")
    for h in card.health:
        print(f"  {h['kind']}: {h['code']} (entered by {h['entered_by']})")
    for n in card.staff_notes:
        print(f"  staff note ({n['kind']}): {n['note']}")
    for x in card.suggestions:
        print(f"  suggestion {x.id}: {x.field} = {x.value} ({x.explanation})")
    for r in card.reviews:
        print(f"  review {r.review_id} ({r.status}, {r.confidence:.0%}): {r.source} {r.rating or ''}* "
              f"{(r.text or '')[:70]}")


def _cmd_suggestions(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.action in ("accept", "dismiss"):
            if args.suggestion_id is None:
                raise UserError(f"suggestions {args.action} needs a suggestion ID (see 'suggestions')")
            services.customers.decide_suggestion(args.suggestion_id, args.action == "accept")
            print(f"Suggestion {args.suggestion_id} {'accepted' if args.action == 'accept' else 'dismissed'}.")
            return 0
        items = services.customers.suggestions(args.customer)
    finally:
        services.close()
    if args.json:
        print(json.dumps([x.as_json() for x in items], ensure_ascii=False))
        return 0
    if not items:
        print("No suggestions waiting.")
    for x in items:
        print(f"{x.id:6}  {(x.customer_name or '?')[:24]:24} {x.field:12} {x.value[:30]:30} {x.explanation}")
    return 0


def _cmd_links(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.action in ("confirm", "dismiss"):
            if args.link_id is None:
                raise UserError(f"links {args.action} needs a link ID (see 'links')")
            services.customers.decide_link(args.link_id, args.action == "confirm")
            print(f"Link {args.link_id} {'confirmed' if args.action == 'confirm' else 'dismissed'}.")
            return 0
        items = services.customers.links()
    finally:
        services.close()
    if args.json:
        print(json.dumps([x.as_json() for x in items], ensure_ascii=False))
        return 0
    for x in items:
        print(f"{x.id:6}  review {x.review_id:6} by {(x.author or '?')[:22]:22} -> {(x.customer_name or '?')[:22]:22} "
              f"{x.confidence:4.0%} {x.method:16} {x.status}")
    return 0


def _cmd_menu(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.action in ("set", "reset"):
            if args.item_id is None:
                raise UserError(f"menu {args.action} needs an item ID (see 'menu')")
            tags = None if args.action == "reset" else [t.strip() for t in (args.tags or "").split(",") if t.strip()]
            services.customers.set_menu_tags(args.item_id, tags)
            print(f"Tags of menu item {args.item_id} saved.")
            return 0
        items = services.customers.menu()
    finally:
        services.close()
    if args.json:
        print(json.dumps([x.as_json() for x in items], ensure_ascii=False))
        return 0
    if not items:
        print("No items yet: import an orders file whose lines name the items.")
    for x in items:
        mark = " (yours)" if x.owner is not None else ""
        print(f"{x.id:5}  {x.name[:36]:36} {x.times_ordered:6}x  {', '.join(x.as_json()['tags'])}{mark}")
    return 0


def _cmd_tiers(args: argparse.Namespace) -> int:
    from desktop.customers.tiers import tiers_from_json

    services = _services(args)
    try:
        if args.action == "set":
            if not args.rules:
                raise UserError("tiers set needs --rules JSON")
            try:
                json.loads(args.rules)
            except ValueError:
                raise UserError("--rules is not valid JSON") from None
            rules = tiers_from_json(args.rules)
            services.customers.set_tiers(rules)
        rules = services.customers.tiers()
        counts = services.customers.preview_tiers(rules)
        moves = services.customers.tier_changes()
    finally:
        services.close()
    if args.json:
        print(json.dumps({"tiers": [{"name": r.name, "window_days": r.window_days, "min_visits": r.min_visits,
                                     "min_spend": r.min_spend, "customers": counts.get(r.name, 0)} for r in rules],
                          "without_tier": counts.get(None, 0),
                          "changes_this_month": [{**m, "as_of": m["as_of"].isoformat()} for m in moves]},
                         ensure_ascii=False))
        return 0
    for r in rules:
        print(f"{r.name:10} {counts.get(r.name, 0):6} customers   {r.describe()}")
    print(f"{'(none)':10} {counts.get(None, 0):6} customers")
    for m in moves:
        print(f"  {m['as_of']}  {m['name']}: {m['old_tier'] or 'no tier'} -> {m['new_tier'] or 'no tier'}")
    return 0


def _cmd_consent(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        services.customers.set_consent(args.customer_id, args.channel, args.choice == "yes", args.evidence)
    finally:
        services.close()
    print(f"Recorded: customer {args.customer_id} says {args.choice} to {args.channel} marketing.")
    return 0


CUSTOMER_COMMANDS = {
    "customers": _cmd_customers, "customer": _cmd_customer, "suggestions": _cmd_suggestions, "links": _cmd_links,
    "menu": _cmd_menu, "tiers": _cmd_tiers, "consent": _cmd_consent,
}
