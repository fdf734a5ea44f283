"""The self-test's Qt-free checks. See ``desktop/services/selftest.py`` for
how checks work and how to add one; Qt checks live in
``desktop/ui/selftest_checks.py``.

Every check registers itself on import, in the order written here.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from desktop.services.selftest import CheckContext, check

ANALYSIS_SAMPLES: tuple[tuple[str, str], ...] = (
    ("en", "The flat white was superb and the staff were lovely."),
    ("en", "Terrible service, we waited 40 minutes and the soup was cold."),
    ("en", "I got food poisoning after the chicken, I will contact a lawyer."),
    ("it", "Il cappuccino era ottimo, ma il servizio è stato lentissimo."),
    ("it", "Locale sporco e prezzi troppo alti, non torneremo."),
    ("pt", "A comida estava deliciosa e o atendimento foi simpático."),
    ("pt", "O café estava frio e a espera foi enorme."),
    ("sv", "Kaffet var gott men personalen var otrevlig."),
    ("sv", "Mysig miljö och jättegoda kanelbullar, men lite dyrt."),
    ("ru", "Еда была вкусной, но обслуживание ужасное."),
    ("ru", "Очень уютное кафе, кофе отличный и недорого."),
    ("es", "La comida estaba fría y el camarero fue muy maleducado."),
    ("es", "Un sitio precioso, el café buenísimo y el servicio rápido."),
    ("fr", "Le service était rapide et le café excellent."),
    ("fr", "Trop cher pour des croissants secs, et la salle était sale."),
    ("de", "Das Essen war lecker, aber viel zu teuer."),
    ("de", "Sehr freundliches Personal, aber wir mussten lange warten."),
    ("nl", "De koffie was heerlijk en de bediening erg vriendelijk."),
    ("nl", "Veel te duur en het eten was koud."),
)
"""(language the text is in, text): at least one per supported language."""
SENTIMENT_SIGNS: dict[int, int] = {0: 1, 1: -1, 5: 1, 9: -1, 11: -1, 13: 1, 15: -1, 17: 1, 18: -1}
"""Sample index -> sign its overall sentiment must have in any build."""
SUMMARY_DAY = date(2026, 3, 31)
"""The "today" of the stored-data check, so its 30-day figures never move."""


def resource_manifest(root: Path) -> dict[str, str]:
    """``{relative path: sha256 prefix}`` of the shipped resource files under ``root``."""
    from desktop.services.paths import shipped_resources

    return {rel: hashlib.sha256((root / rel).read_bytes()).hexdigest()[:16] for rel in shipped_resources(root)}


def _analysis_record(result: object) -> dict:
    """Everything the engine says about a text, as JSON-able values."""
    from dataclasses import asdict

    return asdict(result)  # type: ignore[call-overload]


@check("version and bundled data files")
def check_bundle(ctx: CheckContext) -> None:
    """The version and every resource file (lexicons, language profiles,
    translations, icons, demo phrase banks, and any folder added later) are
    those of the source tree, byte for byte."""
    from desktop.analysis.resources import resources_dir
    from desktop.core.version import app_version

    root = resources_dir()
    ctx.require(root.is_dir(), f"the resources folder is missing ({root})")
    ctx.expect("version", app_version())
    manifest = resource_manifest(root)
    ctx.require(bool(manifest), "no resource files found")
    ctx.expect("resources", manifest)


@check("analysis in every supported language")
def check_analysis(ctx: CheckContext) -> None:
    """Language, sentences, sentiment, aspects, terms and flags of the samples
    equal the source tree's; every supported language is detected."""
    from desktop.analysis.engine import ENGINE_VERSION, analyze
    from desktop.analysis.language import SUPPORTED

    ctx.expect("engine version", ENGINE_VERSION)
    covered = {lang for lang, _ in ANALYSIS_SAMPLES}
    ctx.require(covered >= set(SUPPORTED), "no sample for " + ", ".join(sorted(set(SUPPORTED) - covered)))
    results = [analyze(text) for _, text in ANALYSIS_SAMPLES]
    for (lang, text), result in zip(ANALYSIS_SAMPLES, results):
        ctx.require(result.language == lang, f"{text[:40]!r} read as {result.language}, not {lang}")
    for i, sign in SENTIMENT_SIGNS.items():
        score = results[i].sentiment
        ctx.require(score * sign > 0, f"{ANALYSIS_SAMPLES[i][1][:40]!r}: sentiment {score} has the wrong sign")
    ctx.require("food_poisoning" in results[2].flags, "the food poisoning sample raised no flag")
    ctx.expect("samples", {f"{i:02d} {lang}": _analysis_record(r)
                           for i, ((lang, _), r) in enumerate(zip(ANALYSIS_SAMPLES, results))})


@check("phone numbers to E.164")
def check_phones(ctx: CheckContext) -> None:
    """phonenumbers loads its per-country metadata lazily: a build that lost
    it would store phones as typed."""
    from desktop.importers.values import phone

    got = {region: phone(number, region=region) for region, number in (
        ("GB", "020 7946 0958"), ("IT", "06 6982 1234"), ("SE", "08-123 456 78"), ("US", "(415) 555-0132"))}
    ctx.require(got["GB"] == "+442079460958", f"020 7946 0958 in GB gave {got['GB']!r}")
    ctx.expect("numbers", got)


@check("numbers: NumPy's linear algebra, pandas' windows, joins and groups")
def check_numerics(ctx: CheckContext) -> None:
    """NumPy's BLAS and LAPACK (OpenBLAS and its Fortran runtime, loaded on
    first use) and the pandas extensions for rolling windows, joins and
    group-bys load and compute; the build strips symbol tables from these
    libraries, so a broken copy shows here. Values are rounded so that
    OpenBLAS's per-CPU kernels give the same figures on any machine."""
    import numpy as np
    import pandas as pd

    a = np.array([[4.0, 1.0, 2.0], [1.0, 5.0, 3.0], [2.0, 3.0, 6.0]])
    x = np.linalg.solve(a, np.array([12.0, 20.0, 26.0]))
    ctx.expect("matmul", (a @ a).astype(int).tolist())
    ctx.expect("solve", [round(float(v), 9) for v in x])
    ctx.expect("eigenvalues", sorted(round(float(v), 6) for v in np.linalg.eigvalsh(a)))
    frame = pd.DataFrame({"day": list(range(10)), "stars": [5, 4, 4, 3, 5, 2, 1, 4, 5, 3],
                          "place": list("abababcabc")})
    ctx.expect("rolling mean", [round(float(v), 9) for v in frame["stars"].rolling(3).mean().dropna()])
    ctx.expect("group mean", {k: round(float(v), 9) for k, v in frame.groupby("place")["stars"].mean().items()})
    names = pd.DataFrame({"place": ["a", "b", "c"], "name": ["Bar", "Café", "Deli"]})
    ctx.expect("join", frame.merge(names, on="place")["name"].value_counts().sort_index().to_dict())


@check("database: create, migrate from the first schema, keep a backup")
def check_migrations(ctx: CheckContext) -> None:
    """A database at the oldest schema is upgraded through every migration
    script to the newest, after a backup copy, as on the first start of a
    new version."""
    from desktop.storage import backups
    from desktop.storage.database import Database, head_revision, revision_history

    history = revision_history()
    ctx.expect("revisions", history)
    path = ctx.tmp / "old.sqlite"
    db = Database.open(path, migrate=False)
    try:
        db.migrate(history[0])
        ctx.require(db.current_revision() == history[0], f"could not create the {history[0]} schema")
    finally:
        db.close()
    db = Database.open(path)
    try:
        ctx.require(db.current_revision() == head_revision(),
                    f"opened at {db.current_revision()}, not the newest schema {head_revision()}")
    finally:
        db.close()
    made = [b for b in backups.list_backups(path) if b.reason == backups.BEFORE_MIGRATION]
    ctx.require(len(made) == 1, f"{len(made)} backups before migrating, expected 1")
    if made:
        ctx.require(made[0].revision == history[0] and made[0].ok is True,
                    f"the backup holds revision {made[0].revision} (ok: {made[0].ok}), expected {history[0]}")


SELFTEST_PASSPHRASE = "self-test passphrase, not a secret"


@check("database encryption (SQLCipher): encrypt, reopen, refuse a wrong passphrase")
def check_encryption(ctx: CheckContext) -> None:
    """The encryption library ships and works: a database with a review is
    encrypted, is unreadable as plain SQLite, opens with its passphrase with
    the review intact, and refuses a wrong one."""
    import sqlite3

    from desktop.core.records import ReviewRecord
    from desktop.storage import encryption
    from desktop.storage import repositories as repo
    from desktop.storage.database import Database

    path = ctx.tmp / "secret.sqlite"
    review = ReviewRecord(source="google", external_id="enc-1", author="Ana", rating=5, text="Lovely",
                          created_at=datetime(2026, 3, 1, 9, 30))
    db = Database.open(path)
    try:
        with db.session() as s:
            repo.insert_reviews(s, None, [review])
        db.set_passphrase(SELFTEST_PASSPHRASE)
    finally:
        db.close()
    ctx.require(encryption.is_encrypted(path), "the file is still plain SQLite after encrypting")
    # The Linux bundle compiles SQLCipher against the system's OpenSSL (resources/packaging/
    # sqlcipher_build.py): the SQLCipher release, and so the file format, must be the wheel's.
    conn = encryption.cipher_module().connect(str(path))
    try:
        ctx.expect("SQLCipher version", conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
    try:
        sqlite3.connect(path).execute("SELECT count(*) FROM reviews").fetchone()
        ctx.fail("plain SQLite read the encrypted file")
    except sqlite3.DatabaseError:
        pass
    db = Database.open(path, passphrase=SELFTEST_PASSPHRASE)
    try:
        with db.session() as s:
            ctx.expect("reviews after reopening", repo.counts(s)["reviews"])
    finally:
        db.close()
    try:
        Database.open(path, passphrase="not the passphrase at all").close()
        ctx.fail("a wrong passphrase opened the database")
    except encryption.WrongPassphrase:
        pass


@check("imports: every recognised format, stored and read back")
def check_imports(ctx: CheckContext) -> None:
    """One tiny file per format (desktop/services/selftest_fixtures.py) is
    recognised, imported, analysed and read back as the source tree does;
    importing them all again changes nothing."""
    from desktop.core.exports import csv_text
    from desktop.services import Services
    from desktop.services.reviews import ReviewFilter
    from desktop.services.selftest_fixtures import write_fixtures

    fixtures = write_fixtures(ctx.tmp / "files")
    services = Services.open(ctx.tmp / "imports.sqlite")
    try:
        imported: dict[str, dict] = {}
        for fmt, kind, path in fixtures:
            outcome = services.imports.import_files([str(path)])
            key = f"{kind} {fmt}"
            if outcome.errors:
                ctx.fail(f"{path.name}: {outcome.errors[0][1]}")
                continue
            result = outcome.results[0]
            ctx.require(result.format == fmt, f"{path.name} read as {result.format}, not {fmt}")
            ctx.require(result.inserted > 0 and not result.rejected,
                        f"{path.name}: {result.inserted} new, {len(result.rejected)} rejected")
            imported[key] = {k: v for k, v in result.as_json().items() if k not in ("file", "batch_id")}
        ctx.expect("imported", imported)
        again = services.imports.import_files([str(p) for _, _, p in fixtures])
        ctx.require(sum(r.inserted for r in again.results) == 0, "importing the same files again added rows")
        reviews = services.reviews.list_reviews()
        columns = ["source", "rating", "language", "sentiment", "title", "text", "reply_text", "recommended"]
        rows = sorted(reviews[columns].astype(object).where(reviews[columns].notna(), None)
                      .itertuples(index=False, name=None), key=repr)
        ctx.expect("reviews", [list(r) for r in rows])
        summary = services.reviews.summary(today=SUMMARY_DAY)
        ctx.expect("summary", [summary.total, summary.avg_rating, summary.last_30_avg,
                               summary.prev_30_avg, summary.unanswered])
        trend = services.reviews.trend("month", ReviewFilter(min_rating=1))
        ctx.expect("monthly trend", [[str(r.period_start.date()), int(r.reviews), float(r.avg_rating)]
                                     for r in trend.itertuples()])
        ctx.expect("formula-safe CSV", csv_text(["text"], [["=HYPERLINK(1)"], ["+1 555"], ["ok"]]))
    finally:
        services.close()


REPORT_LANGUAGES: tuple[str, ...] = ("en", "it", "ru")
"""Languages the report check words its sentences in (Russian for its plural forms)."""


@check("report: why the demo café's rating dropped")
def check_report(ctx: CheckContext) -> None:
    """The demo café's reviews (the generator and its phrase banks, seed 7)
    analysed and explained: drops, causes, suspicious bursts and their
    sentences equal the source tree's in each of REPORT_LANGUAGES."""
    from desktop.demo import generate
    from desktop.services.analysis import AnalysisService
    from desktop.services.insights import InsightsService
    from desktop.services.terms import TermsService
    from desktop.storage import repositories as repo
    from desktop.storage.database import Database

    data = generate(seed=7)
    db = Database.open(ctx.tmp / "demo_reviews.sqlite")
    try:
        with db.session() as s:
            repo.insert_reviews(s, None, data.reviews)
        terms = TermsService(db)
        terms.set("dish", list(data.dishes))
        terms.set("staff", list(data.staff))
        analysed = AnalysisService(db).analyze_pending(workers=1)
        ctx.require(analysed == len(data.reviews), f"{analysed} of {len(data.reviews)} reviews analysed")
        insights = InsightsService(db)
        for lang in REPORT_LANGUAGES:
            report = insights.report(lang=lang)
            ctx.require(report.status == "ok" and bool(report.drops), f"{lang}: no drop found ({report.status})")
            ctx.expect(f"report {lang}", report.as_json())
    finally:
        db.close()


@check("message templates: every campaign in every language, in the sandbox")
def check_templates(ctx: CheckContext) -> None:
    """Every shipped wording of every campaign (resources/templates/messages)
    renders with an invented customer's merge fields exactly as the source
    tree renders it, in every template language; the sandbox still refuses a
    template that reaches for Python's insides."""
    from desktop.messaging.campaigns import sample_fields
    from desktop.messaging.model import LANGUAGES
    from desktop.messaging.templates import CAMPAIGNS, PARTS, TemplateProblem, default_versions, render

    rendered: dict[str, list[list[str]]] = {}
    for lang in LANGUAGES:
        fields = sample_fields(lang)
        for campaign in CAMPAIGNS:
            versions = default_versions(campaign, lang)
            ctx.require(bool(versions), f"no {campaign} wording in {lang}")
            texts = [[render(getattr(v, part), fields) for part in PARTS] for v in versions]
            ctx.require(all(t.strip() and "{{" not in t for row in texts for t in row[1:]),
                        f"{campaign} in {lang} left a merge field unfilled")
            rendered[f"{lang} {campaign}"] = texts
    ctx.expect("rendered", rendered)
    try:
        render("{{ ''.__class__.__mro__ }}", sample_fields("en"))
    except TemplateProblem:
        pass
    else:
        ctx.fail("the template sandbox let a template reach Python's classes")


CUSTOMER_NOTES: tuple[str, ...] = (
    "Vegan, allergic to peanuts. Likes the window table.",
    "Celiaca, niente glutine per favore.",
    "Vegetariano, sem lactose.",
    "Ist Vegetarierin und hat eine Nussallergie.",
    "Вегетарианец, аллергия на орехи.",
)
"""Notes the customers check reads diets and allergies from (the customer lexicon)."""
MENU_ITEMS: tuple[str, ...] = (
    "Prosciutto & mozzarella panino", "Oat latte", "Flat white", "Vegan chorizo roll",
    "Kanelbulle", "Gambas al ajillo", "Croque monsieur", "Ovos mexidos",
)
"""Menu item names the customers check tags (the menu lexicon)."""


def _plain(value: object) -> object:
    """A numpy/pandas scalar as a JSON value (NaN and missing as None)."""
    if hasattr(value, "item"):
        value = value.item()  # type: ignore[union-attr]
    if isinstance(value, float) and value != value:
        return None
    return value


def customer_fixture(as_of: int) -> tuple[object, object]:
    """Seven invented customers whose segments and tiers are known: ``(visits, people)``.

    1 daily regular (VIP); 2 daily but unseen three weeks (at-risk); 3 weekly,
    seen two days ago, with a refund (regular); 4 weekly, unseen 100 days
    (lapsed); 5 first came ten days ago (new); 6 one visit long ago
    (one-off); 7 no orders, only the customer file's totals."""
    import numpy as np
    import pandas as pd

    from desktop.customers.visits import daily_visits

    rows: list[tuple[int, int, float, bool]] = []
    rows += [(1, as_of - d, 3.2, False) for d in range(1, 61)]
    rows += [(2, as_of - d, 2.8, False) for d in range(21, 91)]
    rows += [(3, as_of - 2 - 7 * w, 6.5, False) for w in range(20)] + [(3, as_of - 9, -6.5, True)]
    rows += [(4, as_of - 100 - 7 * w, 5.0, False) for w in range(12)]
    rows += [(5, as_of - 10, 12.0, False), (5, as_of - 3, 9.5, False)]
    rows += [(6, as_of - 200, 22.0, False)]
    cid, day, total, refund = (np.array(col) for col in zip(*rows))
    visits = daily_visits(cid, day, total, refund, as_of=as_of)
    people = pd.DataFrame({
        "customer_id": np.arange(1, 8, dtype=np.int64),
        "file_first": [-1] * 6 + [as_of - 300], "file_last": [-1] * 6 + [as_of - 5],
        "file_visits": [np.nan] * 6 + [40.0], "file_spend": [np.nan] * 6 + [310.0],
        "birthday_month": [0, 3, 0, 0, 0, 0, 7],
    })
    return visits, people


CUSTOMER_SEGMENTS: dict[int, str] = {1: "regular", 2: "at-risk", 3: "regular", 4: "lapsed", 5: "new", 6: "one-off",
                                     7: "regular"}
"""Fixture customer -> the segment any build must give them."""
CUSTOMER_TIERS: dict[int, str | None] = {1: "VIP", 2: "VIP", 3: "Regular", 4: None, 6: None}
"""Fixture customer -> the tier any build must give them (None: no tier); 2 is still VIP
on the 40 visits of the last 60 days, though unseen for three weeks."""


@check("customers: segments, tiers, diets and menu tags on invented customers")
def check_customers(ctx: CheckContext) -> None:
    """Seven invented customers (see :func:`customer_fixture`) get the
    segments, tiers, RFM scores and explanations the source tree gives them;
    diets and allergies are read from notes in several languages and menu
    items tagged, through the shipped customer and menu lexicons."""
    from desktop.customers.menu import suggest_tags
    from desktop.customers.preferences import find_mentions
    from desktop.customers.segments import SLOWDOWN_WINDOW_DAYS, customer_metrics, explain_segment
    from desktop.customers.tiers import DEFAULT_TIERS, explain_tier

    as_of = SUMMARY_DAY.toordinal()
    visits, people = customer_fixture(as_of)
    table = customer_metrics(visits, people, as_of)  # type: ignore[arg-type]
    rows = {int(cid): {col: _plain(v) for col, v in row.items()} for cid, row in table.iterrows()}
    for cid, segment in CUSTOMER_SEGMENTS.items():
        ctx.require(rows[cid]["segment"] == segment, f"customer {cid}: {rows[cid]['segment']} (should be {segment})")
    for cid, tier in CUSTOMER_TIERS.items():
        ctx.require(rows[cid]["tier"] == tier, f"customer {cid}: tier {rows[cid]['tier']} (should be {tier})")
    ctx.expect("metrics", rows)
    rules = {r.name: r for r in DEFAULT_TIERS}
    ctx.expect("explanations", {
        cid: [explain_segment(r["segment"], r["reason"], r["reason_a"], r["reason_b"],
                             int(r.get("reason_window") or 0) or SLOWDOWN_WINDOW_DAYS),
              explain_tier(rules[r["tier"]], r["tier_basis"], r["tier_value"], "€") if r["tier"] else ""]
        for cid, r in rows.items()})
    mentions = {note: sorted(f"{m.kind}:{m.code}" for m in find_mentions(note)) for note in CUSTOMER_NOTES}
    ctx.require(sum(bool(found) for found in mentions.values()) >= len(CUSTOMER_NOTES) - 1,
                f"diets/allergies found in too few notes: {mentions}")
    ctx.expect("mentions", mentions)
    tags = {item: sorted(suggest_tags(item)) for item in MENU_ITEMS}
    ctx.require("meat" in tags[MENU_ITEMS[0]] and "vegan" in tags[MENU_ITEMS[3]],
                f"menu tags missing: {tags}")
    ctx.expect("menu tags", tags)
