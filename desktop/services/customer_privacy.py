"""A customer's data on request: everything stored about them written as one
JSON file and a few CSV files (through ``core.exports``, so no cell can run
as a formula in a spreadsheet).

Threading: any worker thread; opens its own session.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.exports import write_csv
from desktop.services.customer_views import plain
from desktop.storage import repositories as repo
from desktop.storage.database import Database

EXPORT_FORMAT_VERSION = 1


def _slug(text: str | None) -> str:
    slug = re.sub(r"[^\w-]+", "-", (text or "").strip(), flags=re.UNICODE).strip("-")
    return slug[:40] or "customer"


def export_customer(db: Database, customer_id: int, out_dir: Path) -> list[Path]:
    """Write ``customer-<id>-<name>.json`` (everything) and CSVs of the
    customer, their orders (one row per line), consent history and linked
    reviews into ``out_dir``. Returns the files written; UserError when there
    is no such customer or the folder cannot be written."""
    with db.session() as s:
        data = repo.customer_data(s, customer_id)
    if data is None:
        raise UserError(f"There is no customer {customer_id}.")
    base = f"customer-{customer_id}-{_slug(data['customer']['name'])}"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        doc = {"format": "regulars-customer-export", "version": EXPORT_FORMAT_VERSION, **plain(data)}
        path = out_dir / f"{base}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        written.append(path)
        customer = data["customer"]
        written.append(write_csv(out_dir / f"{base}-customer.csv", ["field", "value"],
                                 [(k, plain(v)) for k, v in customer.items()]
                                 + [(f"profile.{k}", v) for k, v in data["profile"].items()]
                                 + [(f"{h['kind']}", h["code"]) for h in data["diets_and_allergies"]]))
        written.append(write_csv(
            out_dir / f"{base}-orders.csv",
            ["order", "source", "date", "total", "currency", "status", "item", "quantity", "line total",
             "modifiers"],
            [(o["external_id"], o["source"], plain(o["ordered_at"]), o["total"], o["currency"], o["status"],
              line["item"], line["quantity"], line["total"], line["modifiers"])
             for o in data["orders"] for line in (o["lines"] or [{"item": None, "quantity": None, "total": None,
                                                                   "modifiers": None}])]))
        written.append(write_csv(
            out_dir / f"{base}-consent.csv", ["channel", "granted", "applied", "source", "evidence", "given", "recorded"],
            [(c["channel"], c["granted"], c["applied"], c["source"], c["evidence"], plain(c["given_at"]),
              plain(c["recorded_at"])) for c in data["consent"]]))
        written.append(write_csv(
            out_dir / f"{base}-reviews.csv", ["source", "date", "rating", "author", "text", "link"],
            [(r["source"], plain(r["created_at"]), r["rating"], r["author"], r["text"], r["status"])
             for r in data["reviews"]]))
    except OSError as exc:
        raise UserError(f"{out_dir}: {exc.strerror or exc}") from None
    return written
