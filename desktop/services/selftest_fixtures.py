"""Tiny import files for the self-test, made in code (the test suite's
fixtures are not shipped): one per format the importers recognise.

Tabular profiles are written from their own definitions (the first header
alias of every column, two rows of plausible values), so a profile added to
``desktop/importers/profiles.py`` gets a fixture without anyone writing one;
workbook-only profiles (a preamble above the header, like Zettle's) become
.xlsx files. JSON-only formats and the generic readers have small
hand-written documents below. ``tests/services/test_selftest.py`` checks
that every format in ``importers.list_formats()`` has a fixture that is
recognised as that format and imports every row.

Pure functions; files are written only where the caller says.
"""
from __future__ import annotations

import json
from pathlib import Path

from desktop.core.exports import csv_text
from desktop.importers.profiles import PROFILES, Profile

ROWS = 2
"""Rows in each tabular fixture."""

VALUES: dict[str, tuple[str, str]] = {
    "external_id": ("st-{fmt}-1", "st-{fmt}-2"), "order_id": ("T-{fmt}-1", "T-{fmt}-2"),
    "author": ("Ana Example", "Ben Example"), "rating": ("5", "2"),
    "text": ("Lovely coffee and a warm welcome", "Cold eggs and slow service"),
    "title": ("Lovely", "Slow"), "created_at": ("2026-03-01 09:30:00", "2026-03-02 12:15:00"),
    "reply_text": ("Thank you!", ""), "reply_at": ("2026-03-03 10:00:00", ""),
    "location": ("Example Cafe", "Example Cafe"), "language": ("en", "en"),
    "recommended": ("positive", "negative"),
    "first_name": ("Ana", "Ben"), "last_name": ("Example", "Sample"), "name": ("Ana Example", "Ben Sample"),
    "email": ("ana.{fmt}@example.org", "ben.{fmt}@example.org"),
    "phone": ("+44 20 7946 0{n:02d}1", "+44 20 7946 0{n:02d}2"),
    "first_visit": ("2025-01-05", "2025-02-06"), "last_visit": ("2026-03-01", "2026-02-20"),
    "visits": ("12", "3"), "total_spent": ("84.50", "19.00"),
    "email_status": ("subscribed", "unsubscribed"), "email_blocked": ("false", "true"),
    "sms_blocked": ("false", "false"), "accepts_email": ("yes", "no"), "accepts_sms": ("no", "no"),
    "birth_day": ("14", ""), "birth_month": ("5", ""),
    "ordered_at": ("2026-03-01", "2026-03-02"), "time": ("09:30:00", "12:15:00"),
    "zone": ("Europe/London", "Europe/London"), "item": ("Flat white", "Croissant"),
    "quantity": ("1", "2"), "line_total": ("3.50", "5.00"), "unit_price": ("3.50", "2.50"),
    "total": ("3.50", "5.00"), "category": ("Coffee", "Bakery"), "variant": ("Regular", "Regular"),
    "customer_name": ("Ana Example", ""), "staff": ("Marco", "Marco"),
    "receipt_type": ("Sale", "Sale"), "status": ("Complete", "Complete"),
    "description": ("1 x Flat white", "2 x Croissant"), "currency": ("GBP", "GBP"),
    "kind_col": ("Sale", "Sale"),
}
"""Plausible values per canonical field; fields not listed are left empty.
``{fmt}`` becomes the format's name and ``{n}`` its position, so that no two
fixtures share an id, e-mail or phone (each imports as new customers)."""

JSON_FIXTURES: dict[str, object] = {
    "google_business_profile": {"reviews": [{
        "name": "accounts/1/locations/2/reviews/R1", "reviewId": "R1",
        "reviewer": {"displayName": "Ana Example"}, "starRating": "FOUR", "comment": "Good coffee",
        "createTime": "2026-01-01T10:00:00Z", "updateTime": "2026-01-01T10:00:00Z"}]},
    "google_places": {"result": {"name": "Example Cafe", "rating": 4.5, "reviews": [{
        "author_name": "Ana Example", "language": "en", "rating": 5,
        "relative_time_description": "a month ago", "text": "Lovely", "time": 1754153444}]},
        "status": "OK"},
    "google_places_new": {"displayName": {"text": "Example Cafe"}, "reviews": [{
        "name": "places/ChIJ1/reviews/Rn1", "rating": 4, "relativePublishTimeDescription": "a week ago",
        "text": {"text": "Good coffee", "languageCode": "en"},
        "originalText": {"text": "Buen café", "languageCode": "es"},
        "authorAttribution": {"displayName": "Pablo Ejemplo"},
        "publishTime": "2026-01-10T09:15:00.123456789Z"}]},
    "yelp_fusion": {"reviews": [{
        "id": "yf-1", "text": "Great pastries", "rating": 5, "time_created": "2026-01-10 08:00:00",
        "user": {"id": "u1", "name": "Ana E."}}], "total": 1},
    "tripadvisor": [{
        "id": "997053569", "title": "Nice", "lang": "fr", "locationId": "2311154",
        "publishedDate": "2025-03-07", "rating": 2, "text": "Pas terrible", "travelDate": "2025-03",
        "tripType": "COUPLES", "user": {"userId": "0D5C", "name": "Tania Example"},
        "ownerResponse": {"text": "Merci", "publishedDate": "2025-03-08"},
        "placeInfo": {"id": "2311154", "name": "Example Cafe"}}],
}
"""One small document per JSON-only format, shaped like the real exports."""

GENERIC_FIXTURES: dict[str, str] = {
    "reviews": "Date,Rating,Review,Name\n2026-03-01,5,Great coffee,Ana\n2026-03-02,3,Slow service,Ben\n",
    "orders": "Order ID,Date,Total,Item\nG-1,2026-03-01,3.50,Flat white\nG-2,2026-03-02,5.00,Croissant\n",
    "customers": "Name,Email,Phone\nAna Generic,ana.generic@example.org,+44 20 7946 0958\n"
                 "Ben Generic,ben.generic@example.org,+44 20 7946 0959\n",
}
"""Files with no known fingerprint, read by the generic mapper of each kind."""


def tabular_rows(profile: Profile, n: int = 0) -> list[list[str]]:
    """Header plus :data:`ROWS` rows for ``profile`` (first alias of each
    column); ``n`` keeps ids, e-mails and phones apart from other fixtures'."""
    headers: list[str] = []
    for group in profile.must:
        if not any(h in headers for h in group):
            headers.append(group[0])
    for aliases in profile.columns.values():
        if not any(a in headers for a in aliases):
            headers.append(aliases[0])
    field_of = {alias: name for name, aliases in profile.columns.items() for alias in aliases}
    rows = [headers]
    for i in range(ROWS):
        values = (VALUES.get(field_of.get(h, ""), ("", ""))[i] for h in headers)
        rows.append([v.format(fmt=profile.name, n=n % 100) for v in values])
    return rows


def _write_tabular(profile: Profile, folder: Path, n: int) -> Path:
    rows = tabular_rows(profile, n)
    if profile.skip_rows:  # a preamble above the header only exists in workbooks
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        for i in range(profile.skip_rows):
            ws.append([f"Report line {i + 1}"])
        for row in rows:
            ws.append(row)
        path = folder / f"{profile.name}.xlsx"
        wb.save(path)
        return path
    path = folder / f"{profile.name}.csv"
    # Through the app's one CSV writer, as every CSV it writes: a phone like +44 ...
    # gets the spreadsheet's text mark ('+44 ...), which the importers read back.
    path.write_text(csv_text(rows[0], rows[1:]), encoding="utf-8")
    return path


def write_fixtures(folder: Path) -> list[tuple[str, str, Path]]:
    """Write one fixture per recognised format into ``folder``; returns
    ``(format name, kind, path)`` in the order of ``importers.list_formats()``."""
    from desktop.importers import list_formats

    folder.mkdir(parents=True, exist_ok=True)
    profiles = {p.name: p for p in PROFILES}
    out: list[tuple[str, str, Path]] = []
    for n, info in enumerate(list_formats()):
        kind = str(getattr(info.kind, "value", info.kind))
        if info.name in profiles:
            path = _write_tabular(profiles[info.name], folder, n)
        elif info.name in JSON_FIXTURES:
            path = folder / f"{info.name}.json"
            path.write_text(json.dumps(JSON_FIXTURES[info.name], ensure_ascii=False), encoding="utf-8")
        elif info.name == "generic" and kind in GENERIC_FIXTURES:
            path = folder / f"generic_{kind}.csv"
            path.write_text(GENERIC_FIXTURES[kind], encoding="utf-8")
        else:
            raise KeyError(f"no self-test fixture for the {kind} format {info.name!r}")
        out.append((info.name, kind, path))
    return out
