"""Building the demo café database from the deterministic generator."""
from __future__ import annotations

from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.progress import ProgressFn, no_progress
from desktop.services.analysis import AnalysisService
from desktop.services.terms import TermsService
from desktop.storage import repositories as repo
from desktop.storage.database import Database

DEMO_FILE_NAME = "Demo café (generated)"
DEMO_CONFIRM_MIN_CONFIDENCE = 0.95
"""The demo owner has confirmed the reviewer links this sure (a full name and a visit in
the days before the review, or an e-mail or phone), as an owner would on the Customers
page; weaker suggestions are left for the person trying the demo to decide."""


def confirm_sure_links(customers) -> int:
    """Confirm every suggested review link of at least ``DEMO_CONFIRM_MIN_CONFIDENCE``
    (through the customer service, so a confirmed review brings its suggestions);
    returns how many. Only the demo does this: real links wait for the owner."""
    best: dict[int, tuple[float, int]] = {}
    for x in customers.links(pending_only=True):
        if x.confidence >= DEMO_CONFIRM_MIN_CONFIDENCE and (x.confidence, -x.id) > best.get(x.review_id, (0.0, 0)):
            best[x.review_id] = (x.confidence, -x.id)
    for _confidence, negative_id in best.values():
        customers.decide_link(-negative_id, True)
    return len(best)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def build_demo(path: Path | str, seed: int = 7, replace: bool = False,
               progress: ProgressFn = no_progress) -> dict:
    """Write the demo café into a new database at ``path`` (a file, or a
    server URL such as ``postgresql+psycopg://...``); the same seed gives the
    same data. Refuses to touch a database that already holds data unless
    ``replace`` is set (a file only: a server database is never emptied by
    Regulars). Returns {"business": name, "counts": {...}}."""
    from desktop.demo import generate

    if "://" in str(path):
        db = Database.open(str(path))
        try:
            with db.session() as s:
                existing = repo.counts(s)
        finally:
            db.close()
        if existing["reviews"] or existing["customers"] or existing["orders"]:
            raise UserError("that server database already holds data; build the demo into an "
                            "empty database (Regulars never empties a server database)")
        path = str(path)
    elif (path := Path(path)).exists():
        if not replace:
            db = Database.open(path)
            try:
                with db.session() as s:
                    existing = repo.counts(s)
            finally:
                db.close()
            if existing["reviews"] or existing["customers"] or existing["orders"]:
                raise UserError(f"{path} already holds data; choose another file or use --force "
                                "to replace it")
        _remove_database(path)
    progress(0.05, "Generating the demo café")
    data = generate(seed=seed)
    db = Database.open(path)
    try:
        progress(0.3, "Writing customers, orders and reviews")
        with db.session() as s:
            repo.set_setting(s, "business_name", data.business_name)
            digest = f"demo-seed-{seed}"
            cid = repo.create_batch(s, DEMO_FILE_NAME, digest, "customers", "demo",
                                    len(data.customers), 0)
            inserted, dupes = repo.insert_customers(s, cid, data.customers)
            repo.finish_batch(s, cid, inserted, dupes)
            repo.insert_preferences(s, cid, data.preferences)
            oid = repo.create_batch(s, DEMO_FILE_NAME, digest, "orders", "demo",
                                    len(data.orders), 0)
            inserted, dupes = repo.insert_orders(s, oid, data.orders)
            repo.finish_batch(s, oid, inserted, dupes)
            rid = repo.create_batch(s, DEMO_FILE_NAME, digest, "reviews", "demo",
                                    len(data.reviews), 0)
            inserted, dupes = repo.insert_reviews(s, rid, data.reviews)
            repo.finish_batch(s, rid, inserted, dupes)
        terms = TermsService(db)
        terms.set("dish", list(data.dishes))
        terms.set("staff", list(data.staff))
        AnalysisService(db).analyze_pending(lambda f, m: progress(0.5 + 0.4 * f, m))
        from desktop.services.customers import CustomerService

        # links, structured notes, suggestions and tiers, as an import would leave them
        customers = CustomerService(db)
        customers.refresh(lambda f, m: progress(0.9 + 0.08 * f, m))
        progress(0.98, "Confirming the sure reviewer links")
        confirm_sure_links(customers)
        with db.session() as s:
            counts = repo.counts(s)
    finally:
        db.close()
    return {"business": data.business_name, "counts": counts}
