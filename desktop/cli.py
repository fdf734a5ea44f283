"""The command line: argparse over services. ``python -m desktop`` with no
command opens the window; ``python -m desktop --help`` lists the commands."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop.cli_customers import CUSTOMER_COMMANDS, add_customer_commands
from desktop.cli_locations import register as add_location_commands
from desktop.cli_security import SECURITY_COMMANDS, add_security_commands
from desktop.cli_security import open_services as _services
from desktop.core.errors import Cancelled, UserError
from desktop.core.version import app_version

DESCRIPTION = """Regulars: your reviews and your regulars, on your own laptop.

Run without a command to open the app. Every command works on one database
file; --db chooses it (default: the Regulars folder in your user data)."""

EPILOG = """examples:
  python -m desktop --demo                         open the app on the demo café
  python -m desktop demo --db cafe.sqlite          build the demo café into a file
  python -m desktop --db cafe.sqlite               open the app on it
  python -m desktop import reviews.csv --json      import a file, print the result
  python -m desktop preview customers.csv          what an import would do (writes nothing)
  python -m desktop customers --segment lapsed     regulars you have not seen for a while
  echo "Great coffee, slow service" | python -m desktop analyze-text
  python -m desktop report --db cafe.sqlite        why the rating dropped, in words
"""


def _add_db(p: argparse.ArgumentParser, top: bool = False) -> None:
    p.add_argument("--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
                   help="database file (created if missing)")
    p.add_argument("--db-url", metavar="URL", default=None if top else argparse.SUPPRESS,
                   help="a shared PostgreSQL server instead of a file, e.g. "
                        "postgresql+psycopg://user@host:5432/regulars (the password from "
                        "PGPASSWORD or ~/.pgpass, never on the command line)")
    p.add_argument("--wait", metavar="SECONDS", type=float, nargs="?", const=WAIT_DEFAULT,
                   default=0.0 if top else argparse.SUPPRESS,
                   help="when another Regulars window or command is writing to the database, "
                        f"wait for it (up to SECONDS, default {WAIT_DEFAULT:g}) instead of stopping")


WAIT_DEFAULT = 600.0
"""Seconds ``--wait`` waits for another writer when no number is given."""


def _add_read_options(p: argparse.ArgumentParser) -> None:
    order = p.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True,
                       default=None, help="read dates like 03/04/2026 as 3 April")
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False,
                       help="read dates like 03/04/2026 as March 4 (US style)")
    p.add_argument("--region", metavar="CC",
                   help="country for phone numbers without a country code (default: the "
                        "business's region, see the 'region' command)")


def _read_options(args: argparse.Namespace):
    from desktop.importers import ReadOptions
    from desktop.services.settings import normalise_region

    region = normalise_region(args.region) if args.region else None
    return ReadOptions(dayfirst=args.dayfirst, default_region=region)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop", description=DESCRIPTION,
                                     epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_db(parser, top=True)
    parser.add_argument("--version", action="version", version=f"Regulars {app_version()}")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on the demo café (built on first use)")
    parser.add_argument("--startup-probe", action="store_true",
                        help="open the window, print 'startup: N ms' (process start to a "
                             "usable window) and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the app (the default)")
    _add_db(p)

    p = sub.add_parser("import", help="import review, customer or order files")
    _add_db(p)
    p.add_argument("files", nargs="+", metavar="FILE", help="CSV, Excel, JSON or ZIP files, or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.add_argument("--kind", choices=["reviews", "customers", "orders"],
                   help="what the files hold, when recognition should not decide")
    p.add_argument("--format", dest="fmt", metavar="NAME",
                   help="force a format (see the 'formats' command)")
    p.add_argument("--strict", action="store_true",
                   help="write nothing from a file that has rejected rows")
    p.add_argument("--no-analyze", dest="analyze", action="store_false",
                   help="store new reviews without analysing them (the next 'analyze' or "
                        "the window's start does it)")
    _add_read_options(p)

    p = sub.add_parser("preview", help="show what importing a file would do, writing nothing")
    _add_db(p)
    p.add_argument("file", metavar="FILE", help="a CSV, Excel, JSON or ZIP file, or a folder")
    p.add_argument("--json", action="store_true", help="print the preview as one JSON object")
    p.add_argument("--kind", choices=["reviews", "customers", "orders"],
                   help="what the file holds, when recognition should not decide")
    p.add_argument("--format", dest="fmt", metavar="NAME", help="force a format")
    p.add_argument("--strict", action="store_true",
                   help="count as 'import --strict' would (nothing from a file with rejected rows)")
    p.add_argument("--rows", type=int, default=5, metavar="N",
                   help="records to show (text output; JSON always has up to 20)")
    _add_read_options(p)

    p = sub.add_parser("merges", help="list customers merged across sources")
    _add_db(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("unmerge", help="undo a customer merge (see 'merges')")
    _add_db(p)
    p.add_argument("merge_id", type=int)

    p = sub.add_parser("region", help="show or set the business's phone region (e.g. GB)")
    _add_db(p)
    p.add_argument("code", nargs="?", metavar="CC",
                   help="two-letter country code; '-' clears it")

    p = sub.add_parser("formats", help="list the file formats that are recognised")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("batches", help="list import batches")
    _add_db(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("undo", help="undo an import batch (see 'batches')")
    _add_db(p)
    p.add_argument("batch_id", type=int)

    p = sub.add_parser("demo", help="build the demo café (deterministic)")
    _add_db(p)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--force", action="store_true", help="replace an existing database file")

    p = sub.add_parser("analyze", help="analyse reviews not yet analysed")
    _add_db(p)

    p = sub.add_parser("terms", help="your dishes and staff names that reviews are searched for")
    _add_db(p)
    p.add_argument("action", nargs="?", choices=["list", "add", "remove", "propose"],
                   default="list", help="list (default), add, remove, or propose candidates")
    p.add_argument("kind", nargs="?", choices=["dish", "staff"])
    p.add_argument("name", nargs="?")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("analyze-text", help="analyse text from stdin, one JSON line per input line")
    p.add_argument("--lang", metavar="CODE", help="force the language (en, it, pt, ...)")

    p = sub.add_parser("trend", help="print the rating trend")
    _add_db(p)
    p.add_argument("--period", choices=["week", "month"], default="month")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("report", help="why your rating dropped: drops, causes, suspicious bursts")
    _add_db(p)
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--since", metavar="DATE", type=_iso_date, help="only reviews from this day (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", type=_iso_date, help="only reviews up to this day (YYYY-MM-DD)")
    p.add_argument("--location", metavar="NAME", help="only this location's reviews")
    p.add_argument("--platform", metavar="SOURCE", help="only this platform's reviews (google, tripadvisor, ...)")
    p.add_argument("--lang", metavar="CODE", default="en", help="language of the sentences (en, de, it, fr, es, pt, sv, nl, ru)")
    p.add_argument("--evidence", metavar="DIR",
                   help="also write the suspicious-burst evidence (CSV and PDF) into this folder")

    add_customer_commands(sub, _add_db)
    add_security_commands(sub, _add_db)
    add_location_commands(sub, _add_db, COMMANDS)

    sub.add_parser("bench", help="measure imports, analysis and the rest against floors "
                                 "(--size small|large; see 'bench --help')", add_help=False)

    from desktop.cli_messages import add_parsers as add_message_parsers

    add_message_parsers(sub, _add_db)

    p = sub.add_parser("self-test", help="check that this build works as the source tree it was "
                                         "built from (analysis, database, imports, Qt, translations)")
    p.add_argument("--write-expected", metavar="FILE", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--expected", metavar="FILE", type=Path, help=argparse.SUPPRESS)
    return parser


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-12") from None


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.progress import no_progress

    options = _read_options(args)
    services = _services(args)
    try:
        services.backups.before_import()
        outcome = services.imports.import_files(args.files, no_progress, None, kind=args.kind,
                                                fmt=args.fmt, skip_rejected=not args.strict,
                                                options=options, analyze=args.analyze)
    finally:
        services.close()
    for result in outcome.results:
        if args.json:
            print(json.dumps(result.as_json(), ensure_ascii=False))
        else:
            merged, updated = getattr(result, "merged", 0), getattr(result, "updated", 0)
            print(f"{result.file}: {result.format} {result.kind}, {result.rows_read} rows read, "
                  f"{result.inserted} new, " + (f"{merged} merged into existing customers, "
                                                  if merged else "")
                  + f"{result.duplicates} already there"
                  + (f" ({updated} with new marketing consent)" if updated else "")
                  + f", {len(result.rejected)} rejected")
            if getattr(result, "blocked", False):
                print("  nothing was imported from this file (--strict and rows were rejected)")
            for warning in getattr(result, "warnings", ()):
                print(f"  note: {warning}")
            for rej in result.rejected[:20]:
                print(f"  {rej.reason}")
            if len(result.rejected) > 20:
                print(f"  ... and {len(result.rejected) - 20} more rejected rows")
    for _path, problem in outcome.errors:
        print(f"error: {problem}", file=sys.stderr)
    if outcome.errors:
        return 2
    return 1 if any(getattr(r, "blocked", False) for r in outcome.results) else 0


def _cmd_preview(args: argparse.Namespace) -> int:
    options = _read_options(args)
    services = _services(args, reading=True)
    try:
        preview = services.imports.preview(args.file, kind=args.kind, fmt=args.fmt,
                                           options=options, skip_rejected=not args.strict)
    finally:
        services.close()
    if args.json:
        print(json.dumps(preview.as_json(), ensure_ascii=False))
        return 0
    print(f"{preview.file}: {preview.format} {preview.kind} "
          f"(confidence {preview.confidence:.0%}), {preview.rows_read} rows")
    print(f"  would import: {preview.new} new, {preview.merged} merged into existing customers, "
          f"{preview.duplicates} already there"
          + (f" ({preview.updated} with new marketing consent)" if preview.updated else "")
          + f", {len(preview.rejected)} rejected")
    if preview.columns:
        print("  columns:")
        for column, field in preview.columns.items():
            print(f"    {column} -> {field}")
    if preview.ambiguous_dates:
        print("  decide the date order (--dayfirst or --monthfirst) for: "
              + ", ".join(preview.ambiguous_dates))
    for warning in preview.warnings:
        print(f"  note: {warning}")
    for rej in preview.rejected[:20]:
        print(f"  {rej.reason}")
    if len(preview.rejected) > 20:
        print(f"  ... and {len(preview.rejected) - 20} more rejected rows")
    for record in preview.records[:max(args.rows, 0)]:
        shown = {k: v for k, v in record.items() if v not in (None, [], "")}
        print("  " + json.dumps(shown, ensure_ascii=False))
    return 0


def _cmd_merges(args: argparse.Namespace) -> int:
    services = _services(args, reading=True)
    try:
        merges = services.customers.list_merges()
    finally:
        services.close()
    if args.json:
        print(json.dumps([m.as_json() for m in merges], ensure_ascii=False))
        return 0
    if not merges:
        print("No customers were merged.")
    for m in merges:
        state = " (undone)" if m.undone_at else ""
        fields = ", ".join(m.fields_changed) or "nothing changed"
        print(f"{m.id:5}  {m.created_at:%Y-%m-%d %H:%M}  {m.source} {m.external_id or ''} -> "
              f"customer {m.kept_customer_id} ({m.kept_name or '?'}) on {m.matched_on}: "
              f"{fields}{state}")
        if m.note:
            print(f"       note: {m.note}")
    return 0


def _cmd_unmerge(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        result = services.customers.undo_merge(args.merge_id)
    finally:
        services.close()
    print(f"Undid customer merge {args.merge_id}: the record is now customer {result.customer_id}"
          + (f"; restored {', '.join(result.restored)}" if result.restored else "")
          + (f"; left {', '.join(result.kept)} as changed since" if result.kept else "") + ".")
    return 0


def _cmd_region(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.code is not None:
            region = services.settings.set_default_region(None if args.code == "-" else args.code)
        else:
            region = services.settings.default_region()
    finally:
        services.close()
    print(region or "not set")
    return 0


def _cmd_formats(args: argparse.Namespace) -> int:
    from desktop import importers

    formats = importers.list_formats()
    if args.json:
        print(json.dumps([{"name": f.name, "kind": str(getattr(f.kind, "value", f.kind)),
                           "description": f.description} for f in formats], ensure_ascii=False))
    else:
        for f in formats:
            print(f"{f.name:28} {getattr(f.kind, 'value', f.kind):10} {f.description}")
    return 0


def _cmd_batches(args: argparse.Namespace) -> int:
    services = _services(args, reading=True)
    try:
        batches = services.imports.list_batches()
    finally:
        services.close()
    if args.json:
        print(json.dumps([{"id": b.id, "file": b.file_name, "kind": b.kind, "format": b.format,
                           "rows_read": b.rows_read, "inserted": b.inserted,
                           "duplicates": b.duplicates, "rejected": b.rejected,
                           "created_at": b.created_at.isoformat(timespec="seconds"),
                           "undone": b.undone_at is not None} for b in batches]))
        return 0
    if not batches:
        print("No imports yet.")
    for b in batches:
        state = " (undone)" if b.undone_at else ""
        print(f"{b.id:5}  {b.created_at:%Y-%m-%d %H:%M}  {b.kind:9} {b.format:22} "
              f"{b.inserted:6} new  {b.file_name}{state}")
    return 0


def _cmd_undo(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        services.imports.undo_batch(args.batch_id)
    finally:
        services.close()
    print(f"Undid import batch {args.batch_id}.")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import build_demo
    from desktop.services.paths import default_db_path

    path = args.db if args.db and "://" in args.db else Path(args.db) if args.db else default_db_path()
    summary = build_demo(path, seed=args.seed, replace=args.force)
    where = _shown_target(path)
    print(f"Demo café '{summary['business']}' written to {where}: " + ", ".join(
        f"{v:,} {k}" for k, v in summary["counts"].items()))
    return 0


def _shown_target(target) -> str:
    """A file path as it is, a server URL without its password."""
    if "://" not in str(target):
        return str(target)
    from sqlalchemy.engine import make_url

    return make_url(str(target)).render_as_string(hide_password=True)


def _cmd_analyze(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        n = services.analysis.analyze_pending()
    finally:
        services.close()
    print(f"Analysed {n:,} reviews.")
    return 0


def _cmd_terms(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.action == "propose":
            proposals = services.terms.propose()
            if args.json:
                print(json.dumps([{"term": t, "reviews": n} for t, n in proposals], ensure_ascii=False))
            else:
                for term, n in proposals:
                    print(f"{n:5} reviews  {term}")
            return 0
        if args.action in ("add", "remove"):
            if not (args.kind and args.name):
                raise UserError(f"terms {args.action} needs a kind (dish or staff) and a name")
            change = services.terms.add if args.action == "add" else services.terms.remove
            change(args.kind, args.name)
            print("Saved. Run 'analyze' (or import) to re-read your reviews with the new list.")
        terms = services.terms.get()
    finally:
        services.close()
    if args.json:
        print(json.dumps(terms, ensure_ascii=False))
    else:
        for kind, names in terms.items():
            print(f"{kind}: " + (", ".join(names) if names else "(none)"))
    return 0


def _cmd_analyze_text(args: argparse.Namespace) -> int:
    from desktop.analysis.engine import analyze

    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    lines = (raw.decode("utf-8", errors="replace") for raw in stdin) if stdin else sys.stdin
    out = sys.stdout
    for line in lines:
        result = analyze(line.rstrip("\r\n"), lang=args.lang)
        out.write(json.dumps(result.as_json(), ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _cmd_trend(args: argparse.Namespace) -> int:
    services = _services(args, reading=True)
    try:
        df = services.reviews.trend(args.period)
    finally:
        services.close()
    if args.json:
        print(df.assign(period_start=df["period_start"].dt.strftime("%Y-%m-%d"))
              .to_json(orient="records"))
    else:
        for row in df.itertuples():
            rating = "   -" if row.avg_rating != row.avg_rating else f"{row.avg_rating:4.2f}"
            print(f"{row.period_start:%Y-%m-%d}  {row.reviews:5} reviews  avg {rating}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from desktop.services.insights import InsightFilter

    services = _services(args, reading=True)
    try:
        if args.location and args.location not in services.insights.facets()[2]:
            raise UserError(f"no location called {args.location!r} (see the Reviews page or 'report' without --location)")
        report = services.insights.report(
            InsightFilter(location=args.location, platform=args.platform, date_from=args.since,
                          date_to=args.until), lang=args.lang)
        written = []
        if args.evidence:
            from desktop.services.evidence import evidence_rows, write_evidence_csv
            from desktop.ui.report_pdf import write_evidence_pdf

            folder = Path(args.evidence)
            written.append(write_evidence_csv(services, report, folder / "suspicious_reviews.csv"))
            written.append(write_evidence_pdf(report, evidence_rows(services, report),
                                              folder / "suspicious_reviews.pdf"))
    finally:
        services.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        from desktop.services.evidence import report_text

        print(report_text(report))
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def _cmd_self_test(args: argparse.Namespace) -> int:
    import desktop.services.selftest_checks  # noqa: F401 - registers the checks
    import desktop.ui.selftest_checks as qt_checks
    from desktop.services.selftest import run_self_test, write_expected

    qt_checks.prepare_application()
    if args.write_expected:
        try:
            print(f"wrote {write_expected(args.write_expected, print)}")
        except RuntimeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    failures = run_self_test(print, args.expected)
    if not failures:
        print("self-test: all checks passed")
        return 0
    print(f"self-test: FAILED, {len(failures)} problem(s):")
    for failure in failures:
        print(f"  - {failure}")
    return 1


def _cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app import main as run_app

    if getattr(args, "demo", False) and not args.db:
        from desktop.services.demo import build_demo
        from desktop.services.paths import data_dir

        demo_db = data_dir() / "demo.sqlite"
        if not demo_db.exists():
            print(f"Building the demo café in {demo_db} (once) ...")
            build_demo(demo_db)
        args.db = str(demo_db)
    return run_app(args.db, startup_probe=getattr(args, "startup_probe", False))


COMMANDS = {
    "gui": _cmd_gui, None: _cmd_gui, "import": _cmd_import, "formats": _cmd_formats,
    "batches": _cmd_batches, "undo": _cmd_undo, "demo": _cmd_demo, "analyze": _cmd_analyze,
    "analyze-text": _cmd_analyze_text, "terms": _cmd_terms, "trend": _cmd_trend, "self-test": _cmd_self_test,
    "preview": _cmd_preview, "report": _cmd_report, "merges": _cmd_merges, "unmerge": _cmd_unmerge, "region": _cmd_region,
    **CUSTOMER_COMMANDS, **SECURITY_COMMANDS,
}


def _message_command(args: argparse.Namespace) -> int:
    from desktop.cli_messages import COMMANDS as MESSAGE_COMMANDS

    services = _services(args)
    try:
        return MESSAGE_COMMANDS[args.command](args, services)
    finally:
        services.close()


def main(argv: list[str]) -> int:
    if argv[:1] == ["bench"]:  # its own argument parser (and no database of the owner's)
        try:
            from desktop.bench import main as bench_main
        except ImportError:  # the installed app leaves the developers' benchmarks out
            print("error: 'bench' measures a source checkout; the installed app does not include it",
                  file=sys.stderr)
            return 2

        return bench_main(argv[1:])
    args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if getattr(args, "db_url", None):
        if args.db:
            print("error: give --db (a file) or --db-url (a server), not both", file=sys.stderr)
            return 2
        args.db = args.db_url  # Database.open takes a path or a URL
    try:
        if args.command in ("drafts", "replies", "answered", "campaigns", "suppress", "sending"):
            return _message_command(args)
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Cancelled:
        print("cancelled", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
