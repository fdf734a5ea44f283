"""Deterministic benchmark data in the real export formats: a generic review
CSV, a Google Takeout folder, a Square items-detail CSV and a customer list.
Same size and seed give the same bytes. Pure file writing; no database."""
from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

STAR_WORDS = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR", 5: "FIVE"}
SQUARE_ITEMS_HEADER = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,"
    "Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,"
    "Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,Itemization Type,Commission,Employee,"
    "Fulfillment Note,Channel,Token,Card Brand,PAN Suffix")
"""Square's Item Details export header (as in tests/importers/fixtures/square_items.csv)."""
MENU = (("Coffee", "Flat White", 3.60, "Oat Milk"), ("Coffee", "Latte", 3.90, "12oz, Whole Milk"),
        ("Coffee", "Cappuccino", 3.70, ""), ("Tea", "Matcha Latte", 4.50, "Cold Foam"),
        ("Bakery", "Croissant", 2.80, ""), ("Bakery", "Almond Croissant", 3.40, ""),
        ("Bakery", "Scone", 3.10, "Jam"), ("Food", "Avocado Toast", 8.50, "Add Egg"),
        ("Food", "Ham & Cheese Toastie", 6.90, ""), ("Food", "Veggie Bowl", 9.80, ""))
STAFF = ("Ana", "Tiago", "Marta", "Rui")
END = datetime(2026, 11, 15, 20, 0)


@dataclass(frozen=True)
class Size:
    name: str
    reviews: int
    customers: int
    order_lines: int


SIZES = {"tiny": Size("tiny", 300, 100, 2_000),  # the suite's check that every step runs
         "small": Size("small", 10_000, 5_000, 100_000),
         "large": Size("large", 100_000, 50_000, 1_000_000)}


def review_texts() -> list[tuple[str, int, str]]:
    """(text, stars, language) of the demo café's reviews: real-looking texts in
    eight languages (the demo generator's phrase banks)."""
    from desktop.demo import generate

    return [(r.text, r.rating or 3, r.language or "en") for r in generate().reviews if r.text]


def _review_rows(n: int, seed: int):  # noqa: ANN202 - a generator of tuples
    rnd = random.Random(seed)
    texts = review_texts()
    names = ("Ana", "Bo", "Chiara", "Dmitri", "Elin", "Femke", "Giulia", "Hugo", "Inês", "Jonas")
    for i in range(n):
        text, stars, _lang = texts[i % len(texts)]
        when = END - timedelta(minutes=37 * (n - i) + rnd.randrange(30))
        yield (f"r-{i}", when, stars, f"{rnd.choice(names)} {chr(65 + i % 26)}.", text)


def write_reviews_csv(path: Path, n: int, seed: int = 7) -> Path:
    """A generic review CSV (the owner's own log): id, date, rating, author, text, source."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["review id", "date", "rating", "author", "text", "source"])
        for rid, when, stars, author, text in _review_rows(n, seed):
            out.writerow([rid, when.strftime("%Y-%m-%d %H:%M"), stars, author, text, "google"])
    return path


def write_takeout(folder: Path, n: int, seed: int = 11) -> Path:
    """A Google Business Profile Takeout folder with one location's reviews.json."""
    loc = folder / "Takeout" / "Google Business Profile" / "account-1" / "location-1"
    loc.mkdir(parents=True, exist_ok=True)
    (loc / "data.json").write_text(json.dumps({"name": "accounts/1/locations/1",
                                               "title": "Bench Café"}), encoding="utf-8")
    reviews = [{"name": f"accounts/1/locations/1/reviews/{rid}", "reviewId": rid,
                "reviewer": {"displayName": author}, "starRating": STAR_WORDS[stars],
                "comment": text, "createTime": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "updateTime": when.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
               for rid, when, stars, author, text in _review_rows(n, seed)]
    (loc / "reviews.json").write_text(json.dumps({"reviews": reviews}, ensure_ascii=False),
                                      encoding="utf-8")
    return folder / "Takeout"


def write_square_items(path: Path, lines: int, customers: int, seed: int = 13) -> Path:
    """A Square items-detail CSV: 1-5 lines per receipt, 60% of receipts with a
    customer id out of ``customers``, staff names, newest first."""
    rnd = random.Random(seed)
    written = receipt = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(SQUARE_ITEMS_HEADER + "\r\n")
        block: list[str] = []
        while written < lines:
            receipt += 1
            tx = f"{receipt:09d}KrPyyWWst4wAvuQJ3qn6PZY"
            when = END - timedelta(minutes=3 * receipt)
            cid = rnd.randrange(customers)
            customer = f"CUST{cid:06d}" if rnd.random() < 0.6 else ""
            name = f"Guest {cid}" if customer else ""
            staff = STAFF[(when.toordinal() + when.hour // 6) % len(STAFF)]
            for _ in range(min(rnd.randint(1, 5), lines - written)):
                cat, item, price, mods = rnd.choice(MENU)
                qty = rnd.choice((1, 1, 1, 2))
                gross = price * qty
                block.append(
                    f'{when:%Y-%m-%d},{when:%H:%M:%S},Europe/Lisbon,{cat},"{item}",{qty}.0,Regular,,'
                    f'"{mods}",€{gross:.2f},€0.00,€{gross:.2f},€{gross * 0.23:.2f},{tx},p{tx[:12]},'
                    f'Square Terminal,,,Payment,Bench Café,For Here,{customer},{name},,ea,1,,'
                    f'Physical Good,€0.00,{staff},,Bench Café,T{receipt},Visa,7084')
                written += 1
            if len(block) >= 20_000:
                fh.write("\r\n".join(block) + "\r\n")
                block = []
        if block:
            fh.write("\r\n".join(block) + "\r\n")
    return path


def write_customers(path: Path, n: int, seed: int = 17) -> Path:
    """A Square customer directory for ``CUST000000``.. ``CUST{n-1}``."""
    rnd = random.Random(seed)
    header = ("Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
              "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,"
              "Creation Source,First Visit,Last Visit,Transaction Count,Lifetime Spend,"
              "Email Subscription Status,Instant Profile,Blocked from online booking")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(header + "\r\n")
        for i in range(n):
            sub = rnd.choice(("subscribed", "unsubscribed", ""))
            fh.write(f",Guest,{i},guest{i}@example.com,+35191{i:07d},,,,,,,,,,CUST{i:06d},"
                     f"Third Party Import,,,0,€0.00,{sub},No,No\r\n")
    return path
