"""Order rows -> OrderRecord with OrderLineRecord lines grouped by receipt or
transaction id.

Three row shapes, chosen by the profile's ``mode`` (generic: by which columns
are mapped):
* ``lines``: one item per row (Square items, Loyverse receipts by item,
  SumUp sales); rows with the same id are grouped into one order.
* ``description``: one order per row with "2 x Latte, 1 x Scone" text
  (Square transactions, Loyverse receipts, Toast checks, Zettle).
* ``single``: one payment per row without items (SumUp transactions,
  Lightspeed K-Series payments); payments sharing an id are summed.
Cancelled/void rows are excluded (counted in a warning, not rejected).
Order times are kept as the local wall-clock time the POS wrote.

Streaming (see ``iter_file``): an order is handed over (``drain``) once no row
of it was seen for ``window`` rows (the chunk size). Exports write the lines
of one receipt next to each other, so a receipt is never split across chunks;
rows of one receipt id that lie further apart than the window (split payments
far apart, a generic file sorted by item) become separate records with the
same id, and the service's dedupe treats the later part as already imported.
Memory holds the orders of about two windows of rows, never the whole file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from desktop.core.messages import Message, MessageError
from desktop.core.records import OrderLineRecord, OrderRecord
from desktop.importers import values as V
from desktop.importers.tabular import Context

EXCLUDED_STATUS = {"cancelled", "canceled", "void", "voided", "storniert", "annulliert", "annulleret",
                   "failed", "fehlgeschlagen", "declined", "abgelehnt", "mislykket"}
SALE_KINDS = {"sale", "payment", "umsatz", "verkauf", "salg", "betaling", "refund", "rückerstattung", "refusion"}
REFUND_WORDS = {"refund", "refunded", "rückerstattung", "erstattung", "refusion", "return", "retur", "returnering"}
LINE_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s+(.+?)\s*$", re.IGNORECASE)
PLAIN_VARIANTS = {"regular", "standard", "default", ""}
COMPLETED = {"payment", "authorized", "closed", "complete", "completed", "verkauf", "erfolgreich",
             "successful", "sale", "paid", "salg", "gennemført", "betalt", "umsatz"}
"""Status words meaning an ordinary finished sale; normalised to "completed"."""


def normalise_status(status: str | None, refund: bool) -> str | None:
    """"refund", "completed", or the source's own word in lower case."""
    if refund:
        return "refund"
    if not status:
        return None
    low = status.lower()
    return "completed" if low in COMPLETED else low


def parse_description(text: str | None) -> tuple[OrderLineRecord, ...]:
    """"1 x Chocoholic, 2 x Flat White" -> order lines (quantity, item)."""
    if not text:
        return ()
    lines = []
    for part in re.split(r",\s*(?=\d+(?:[.,]\d+)?\s*[x×]\s)|\n", text):
        part = part.strip()
        if not part:
            continue
        m = LINE_RE.match(part)
        if m:
            lines.append(OrderLineRecord(item=m.group(2), quantity=float(m.group(1).replace(",", "."))))
        else:
            lines.append(OrderLineRecord(item=part))
    return tuple(lines)


@dataclass
class _Order:
    first_row: int
    record: OrderRecord
    lines: list[OrderLineRecord] = field(default_factory=list)
    total: float | None = None
    last_row: int = 0


class OrderBuilder:
    """Accumulates orders across rows; memory grows with orders, not rows."""

    def __init__(self, mode: str, window: int = 0) -> None:
        self.mode = mode
        self.window = window
        """Rows without a line after which an order is complete (0: never, whole file)."""
        self.orders: dict[str, _Order] = {}
        self.excluded = 0
        self.not_sales = 0
        self.bad_contacts = 0
        self._anon = 0

    def _mode(self, ctx: Context) -> str:
        if self.mode:
            return self.mode
        if ctx.cmap.has("item"):
            return "lines"
        if ctx.cmap.has("description"):
            return "description"
        return "single"

    def add(self, row: int, cells: list[object], ctx: Context) -> None:
        g, col = ctx.cmap.get, ctx.col  # ctx.get without a call's worth of indirection per cell
        status = V.text(g(cells, "status"))
        if status and status.lower() in EXCLUDED_STATUS:
            self.excluded += 1
            return
        kind_val = (V.text(g(cells, "kind_col")) or "").lower()
        if ctx.cmap.has("kind_col") and kind_val and kind_val not in SALE_KINDS:
            self.not_sales += 1
            return
        receipt_type = (V.text(g(cells, "receipt_type")) or "").lower()
        status = status or receipt_type or None
        refund = receipt_type in REFUND_WORDS or kind_val in REFUND_WORDS or (
            (status or "").lower() in REFUND_WORDS)
        order_id = V.identifier(g(cells, "order_id"), col("order_id"))
        if order_id is None and ctx.cmap.has("order_id"):
            raise MessageError("value.empty", column=col('order_id'))
        ordered_at = ctx.date(cells, "ordered_at", "time") if ctx.cmap.has("ordered_at") else None
        mode = self._mode(ctx)
        total = ctx.money(cells, "total")
        line: OrderLineRecord | None = None
        lines: tuple[OrderLineRecord, ...] = ()
        if mode == "lines":
            item = V.text(g(cells, "item"))
            if not item:
                raise MessageError("value.empty", column=col('item'))
            variant = V.text(g(cells, "variant"))
            if variant and variant.lower() not in PLAIN_VARIANTS and variant.lower() != item.lower():
                item = f"{item} ({variant})"
            qty = ctx.money(cells, "quantity")
            qty = 1.0 if qty is None else qty
            line_total = ctx.money(cells, "line_total")
            unit = ctx.money(cells, "unit_price")
            if unit is None and line_total is not None and qty:
                unit = round(line_total / qty, 4)
            if line_total is None and unit is not None:
                line_total = round(unit * qty, 2)
            category = V.text(g(cells, "category"))
            line = OrderLineRecord(item=item, quantity=qty, unit_price=unit, total=line_total,
                                   category=category, modifiers=V.text(g(cells, "modifiers")))
        elif mode == "description":
            lines = parse_description(V.long_text(g(cells, "description")))
        if mode != "lines" and total is None:
            raise MessageError("value.empty", column=col('total'))
        if order_id is None:
            self._anon += 1
            order_id_key = f"row-{row}"
        else:
            order_id_key = order_id
        existing = self.orders.get(order_id_key)
        if existing is None:
            contact = V.text(g(cells, "customer_contact"))
            email = g(cells, "customer_email") or (contact if contact and "@" in contact else None)
            phone = g(cells, "customer_phone") or (contact if contact and "@" not in contact else None)
            name = V.text(g(cells, "customer_name"))
            if name and "@" in name and " " not in name:  # Square puts e-mails in Customer Name
                email, name = email or name, None
            rec = OrderRecord(
                source=ctx.source, external_id=order_id, ordered_at=ordered_at, total=None,
                customer_external_id=self._lenient(V.identifier, g(cells, "customer_id"), col("customer_id")),
                customer_email=self._lenient(V.email, email, col("customer_email")),
                customer_phone=self._lenient(lambda v, c: V.phone(v, ctx.options.default_region, c), phone,
                                             col("customer_phone")),
                customer_name=name, location=V.text(g(cells, "location")),
                currency=V.text(g(cells, "currency")), status=normalise_status(status, refund),
                staff=V.text(g(cells, "staff")),
                id_is_local=ctx.profile is None and order_id is not None,
                customer_id_is_local=ctx.profile is None and ctx.cmap.has("customer_id"),
            )
            existing = self.orders[order_id_key] = _Order(first_row=row, record=rec)
        existing.last_row = row
        if line is not None:
            existing.lines.append(line)
        else:
            existing.lines.extend(lines if not existing.lines else ())
        if total is not None:
            if mode == "lines":  # an order total repeated on each item row counts once
                existing.total = total if existing.total is None else existing.total
            else:  # split payments / repeated receipts add up
                existing.total = (existing.total or 0.0) + total

    def _lenient(self, parse: Callable[[object, str], str | None], value: object, column: str) -> str | None:
        """Customer details on a sale are optional: a bad one is dropped (and
        counted in a warning) rather than losing the sale."""
        try:
            return parse(value, column)
        except ValueError:
            self.bad_contacts += 1
            return None

    @staticmethod
    def _complete(o: _Order) -> OrderRecord:
        total = o.total
        if total is None and o.lines and all(ln.total is not None for ln in o.lines):
            total = round(sum(ln.total for ln in o.lines if ln.total is not None), 2)
        return replace(o.record, total=total, lines=tuple(o.lines))

    def drain(self, ctx: Context, row: int) -> list[object]:  # noqa: ARG002
        """Hand over, in order of first appearance, the orders with no row in
        the last ``window`` rows before ``row``; the receipt being read (and any
        seen recently) stays open."""
        if not self.window:
            return []
        cutoff = row - self.window
        done = [k for k, o in self.orders.items() if o.last_row <= cutoff]
        return [self._complete(self.orders.pop(k)) for k in done]

    def finish(self, ctx: Context) -> tuple[list[object], list[str]]:  # noqa: ARG002
        """The orders not yet drained, and the file's warnings."""
        out: list[object] = [self._complete(o) for o in self.orders.values()]
        self.orders.clear()
        warnings = []
        if self.excluded:
            warnings.append(Message("orders.cancelled", count=self.excluded))
        if self.not_sales:
            warnings.append(Message("orders.not_sales", count=self.not_sales))
        if self.bad_contacts:
            warnings.append(Message("orders.bad_contacts", count=self.bad_contacts))
        return out, warnings
