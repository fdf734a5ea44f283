"""Known tabular export formats ("profiles") and header-fingerprint recognition.

Recognition rules (FORMATS.md §3), in order:
1. A profile is a candidate only if **every** must-have group has a header
   present (case/space-insensitive, BOM stripped). Positions never matter.
2. Among candidates the one with the most must-have groups wins (the more
   specific fingerprint), then the one matching most tie-breakers, then the
   order of ``PROFILES`` (documented priority).
3. If ``kind`` was asked for, only profiles of that kind are candidates; a
   file that fully matches a profile of another kind is refused (a Square
   items export is never read as customers by synonyms).
4. No candidate -> the generic mapper; nothing ever falls back to a "closest"
   known format, so a file is never silently read with the wrong profile.
5. Forcing ``fmt`` still requires that profile's must-have columns (unless
   the user mapped columns by hand).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.records import ImportKind
from desktop.importers.textio import norm_key

R, C, O = ImportKind.REVIEWS, ImportKind.CUSTOMERS, ImportKind.ORDERS


@dataclass(frozen=True)
class Profile:
    """One known export. ``columns`` maps canonical fields to header aliases.

    ``dayfirst`` is the default day/month order when a date column is
    ambiguous (None = US month-first with a warning); ``mode`` selects the
    record builder's variant (e.g. "lines" for one order line per row).
    """

    name: str
    kind: ImportKind
    description: str
    must: tuple[tuple[str, ...], ...]
    columns: dict[str, tuple[str, ...]]
    tie: tuple[str, ...] = ()
    source: str = ""
    dayfirst: bool | None = None
    mode: str = ""
    rating_scale: int | None = None
    skip_rows: int = 0
    extra: dict[str, str] = field(default_factory=dict)


PROFILES: tuple[Profile, ...] = (
    # ---- reviews -------------------------------------------------------------
    Profile(
        "outscraper", R, "Outscraper Google Maps reviews (CSV/XLSX/JSON)",
        must=(("review_rating",), ("review_datetime_utc", "review_timestamp")),
        tie=("author_title", "owner_answer", "review_id", "google_id"),
        source="google", dayfirst=False,
        columns={
            "external_id": ("review_id", "reviews_id"), "author": ("author_title", "autor_name"),
            "rating": ("review_rating",), "text": ("review_text",),
            "created_at": ("review_timestamp", "review_datetime_utc"),
            "reply_text": ("owner_answer",),
            "reply_at": ("owner_answer_timestamp", "owner_answer_timestamp_datetime_utc"),
            "location": ("name",), "language": ("review_language",),
            "author_reviews": ("author_reviews_count",),
        },
    ),
    Profile(
        "apify_google_maps", R, "Apify Google Maps Reviews Scraper (CSV/XLSX/JSON)",
        must=(("stars",), ("publishedAtDate",), ("reviewId",)),
        tie=("responseFromOwnerText", "placeId", "totalScore"),
        source="google",
        columns={
            "external_id": ("reviewId",), "author": ("name",), "rating": ("stars",),
            "text": ("text",), "translated_text": ("textTranslated",), "created_at": ("publishedAtDate",),
            "reply_text": ("responseFromOwnerText",), "reply_at": ("responseFromOwnerDate",),
            "location": ("title",), "language": ("originalLanguage", "language"),
            "author_reviews": ("reviewerNumberOfReviews",), "author_local_guide": ("isLocalGuide",),
        },
    ),
    Profile(
        "trustpilot", R, "Trustpilot Business review export (CSV/XLSX)",
        must=(("Review Stars",), ("Review Created (UTC)",)),
        tie=("Review Content", "Review Title", "Business Unit Id", "Review Id"),
        source="trustpilot",
        columns={
            "external_id": ("Review Id", "Review ID"), "author": ("Review Username",),
            "rating": ("Review Stars",), "text": ("Review Content",), "title": ("Review Title",),
            "created_at": ("Review Created (UTC)",), "reply_text": ("Company Response", "Business Response"),
            "reply_at": ("Company Reply Date (UTC)", "Business Reply Date (UTC)"),
            "language": ("Review Language",), "location": ("Location Name", "Webshop Name"),
        },
    ),
    Profile(
        "trustpilot_products", R, "Trustpilot product reviews (snake_case export)",
        must=(("review_id",), ("stars",), ("product_name",), ("consumer_name",), ("created_at",)),
        tie=("product_sku", "content"),
        source="trustpilot",
        columns={
            "external_id": ("review_id",), "author": ("consumer_name",), "rating": ("stars",),
            "text": ("content",), "created_at": ("created_at",), "location": ("product_name",),
        },
    ),
    Profile(
        "tripadvisor_apify", R, "Tripadvisor reviews scraped with Apify (flattened CSV/XLSX)",
        must=(("publishedDate",), ("travelDate",), ("tripType",), ("rating",)),
        tie=("helpfulVotes", "placeInfo/name", "user/name"),
        source="tripadvisor",
        columns={
            "external_id": ("id",), "author": ("user/name", "user/username"), "rating": ("rating",),
            "text": ("text",), "title": ("title",), "created_at": ("publishedDate",),
            "reply_text": ("ownerResponse/text",), "reply_at": ("ownerResponse/publishedDate",),
            "location": ("placeInfo/name",), "language": ("lang",),
            "author_reviews": ("user/contributions/totalContributions",),
        },
    ),
    Profile(
        "yelp_dataset", R, "Yelp Open Dataset reviews (JSON Lines or CSV)",
        must=(("review_id",), ("business_id",), ("stars",), ("useful",), ("funny",), ("cool",)),
        source="yelp",
        columns={
            "external_id": ("review_id",), "author": ("user_id",), "rating": ("stars",), "text": ("text",),
            "created_at": ("date",), "location": ("business_id",),
        },
    ),
    Profile(
        "facebook", R, "Facebook Page recommendations (positive/negative, no stars)",
        must=(("recommendation_type",),),
        tie=("open_graph_story", "review_text", "created_time"),
        source="facebook",
        columns={
            "external_id": ("open_graph_story/id", "id"), "author": ("reviewer/name", "reviewer_name"),
            "rating": ("rating",), "text": ("review_text",), "created_at": ("created_time",),
            "recommended": ("recommendation_type",),
        },
    ),
    # ---- customers -----------------------------------------------------------
    Profile(
        "square_customers", C, "Square Customer Directory export",
        must=(("Square Customer ID",), ("Email Address",), ("Phone Number",)),
        tie=("Creation Source", "Lifetime Spend", "Transaction Count", "First Visit"),
        source="square",
        columns={
            "external_id": ("Square Customer ID",), "first_name": ("First Name",), "last_name": ("Last Name",),
            "name": ("Nickname",), "email": ("Email Address",), "phone": ("Phone Number",),
            "first_visit": ("First Visit",), "last_visit": ("Last Visit",), "visits": ("Transaction Count",),
            "total_spent": ("Lifetime Spend",), "birthday": ("Birthday",), "note": ("Memo",),
            "email_status": ("Email Subscription Status",), "email_blocked": ("Email Unsubscribed",),
        },
    ),
    Profile(
        "shopify_customers", C, "Shopify customers_export.csv (2019-2025 headers)",
        must=(("Accepts Email Marketing", "Accepts Marketing"), ("Total Spent",), ("Total Orders",),
              ("Tax Exempt",)),
        tie=("Default Address Country Code", "Country Code", "Customer ID"),
        source="shopify",
        columns={
            "external_id": ("Customer ID",), "first_name": ("First Name",), "last_name": ("Last Name",),
            "email": ("Email",), "phone": ("Phone", "Default Address Phone"),
            "accepts_email": ("Accepts Email Marketing", "Accepts Marketing"),
            "accepts_sms": ("Accepts SMS Marketing",), "accepts_whatsapp": ("Accepts WhatsApp Marketing",),
            "total_spent": ("Total Spent",), "visits": ("Total Orders",), "note": ("Note",), "tags": ("Tags",),
        },
    ),
    Profile(
        "mailchimp", C, "Mailchimp audience export (ZIP or single CSV)",
        must=(("MEMBER_RATING",), ("LEID",), ("EUID",)),
        tie=("OPTIN_TIME", "CONFIRM_TIME"),
        source="mailchimp",
        columns={
            "email": ("Email Address", "Email", "E-Mail"), "first_name": ("First Name", "FNAME"),
            "last_name": ("Last Name", "LNAME"), "phone": ("Phone Number", "Phone", "PHONE"),
            "birthday": ("Birthday", "BIRTHDAY"), "optin_at": ("OPTIN_TIME",), "confirm_at": ("CONFIRM_TIME",),
            "optin_ip": ("OPTIN_IP",), "note": ("NOTES",), "tags": ("TAGS",), "external_id": ("LEID",),
            "unsubscribed_at": ("UNSUB_TIME", "CLEAN_TIME"), "unsub_reason": ("UNSUB_REASON",),
        },
    ),
    Profile(
        "brevo", C, "Brevo (Sendinblue) contacts export",
        must=(("EMAIL",), ("EMAIL_BLACKLISTED",)),
        tie=("SMS_BLACKLISTED", "ADDED_TIME", "MODIFIED_TIME"),
        source="brevo", dayfirst=True,
        columns={
            "email": ("EMAIL",), "first_name": ("FIRSTNAME", "PRENOM"), "last_name": ("LASTNAME", "NOM"),
            "phone": ("SMS", "PHONE"), "email_blocked": ("EMAIL_BLACKLISTED",),
            "sms_blocked": ("SMS_BLACKLISTED",), "first_visit": ("ADDED_TIME",),
        },
    ),
    Profile(
        "loyverse_customers", C, "Loyverse customers export",
        must=(("Customer name", "Name"), ("Email",), ("Phone",), ("Total visits",), ("Total spent",)),
        tie=("Customer code", "Points balance", "First visit", "Last visit", "Customer ID"),
        source="loyverse", dayfirst=True,
        columns={
            "external_id": ("Customer ID", "Customer code"), "name": ("Customer name", "Name"),
            "email": ("Email",), "phone": ("Phone",), "first_visit": ("First visit",),
            "last_visit": ("Last visit",), "visits": ("Total visits",), "total_spent": ("Total spent",),
            "note": ("Note",),
        },
    ),
    Profile(
        "thefork_customers", C, "TheFork customer file (TheForkExporter data.csv)",
        must=(("firstName",), ("lastName",), ("birthDay",), ("birthMonth",), ("noShows",)),
        tie=("allergies", "specialDiet", "newsletter"),
        source="thefork",
        columns={
            "first_name": ("firstName",), "last_name": ("lastName",), "email": ("email",), "phone": ("phone",),
            "accepts_email": ("newsletter",), "visits": ("reservations",), "note": ("notes",),
            "birth_day": ("birthDay",), "birth_month": ("birthMonth",), "birth_year": ("birthYear",),
            "vip": ("vip",), "pref_allergies": ("allergies",), "pref_diet": ("specialDiet",),
            "pref_food": ("food",), "pref_drinks": ("drinks",), "pref_seating": ("seating",),
            "pref_language": ("language",),
        },
    ),
    # ---- orders --------------------------------------------------------------
    Profile(
        "square_items", O, "Square Items Detail export (one line per item)",
        must=(("Date",), ("Time Zone",), ("Item",), ("Qty",), ("Price Point Name",), ("Net Sales",),
              ("Transaction ID",)),
        tie=("Modifiers Applied", "Itemization Type"),
        source="square", mode="lines", dayfirst=False,
        columns={
            "order_id": ("Transaction ID",), "ordered_at": ("Date",), "time": ("Time",), "zone": ("Time Zone",),
            "item": ("Item",), "quantity": ("Qty",), "line_total": ("Gross Sales",), "category": ("Category",),
            "modifiers": ("Modifiers Applied",), "customer_id": ("Customer ID",),
            "customer_name": ("Customer Name",), "location": ("Location",), "staff": ("Employee",),
            "receipt_type": ("Event Type",), "variant": ("Price Point Name",),
        },
    ),
    Profile(
        "square_transactions", O, "Square Transactions export (one row per sale)",
        must=(("Date",), ("Time Zone",), ("Total Collected",), ("Net Total",), ("Transaction ID",)),
        tie=("Card Entry Methods", "Fee Percentage Rate"),
        source="square", mode="description", dayfirst=False,
        columns={
            "order_id": ("Transaction ID",), "ordered_at": ("Date",), "time": ("Time",), "zone": ("Time Zone",),
            "total": ("Total Collected",), "description": ("Description",), "customer_id": ("Customer ID",),
            "customer_name": ("Customer Name",), "location": ("Location",), "staff": ("Staff Name",),
            "status": ("Transaction Status",), "receipt_type": ("Event Type",),
        },
    ),
    Profile(
        "loyverse_receipts_by_item", O, "Loyverse receipts by item",
        must=(("Receipt number",), ("Receipt type",), ("Item", "Item name"), ("Variant",),
              ("Modifiers applied",)),
        source="loyverse", mode="lines",
        columns={
            "order_id": ("Receipt number",), "ordered_at": ("Date",), "receipt_type": ("Receipt type",),
            "item": ("Item", "Item name"), "variant": ("Variant",), "quantity": ("Quantity",),
            "line_total": ("Gross sales",), "category": ("Category",), "modifiers": ("Modifiers applied",),
            "location": ("Store",), "staff": ("Cashier name",), "customer_name": ("Customer name",),
            "customer_contact": ("Customer contacts",), "status": ("Status",),
        },
    ),
    Profile(
        "loyverse_receipts", O, "Loyverse receipts",
        must=(("Receipt number",), ("Receipt type",), ("Total collected",), ("Cashier name",)),
        tie=("Customer contacts", "Dining option"),
        source="loyverse", mode="description",
        columns={
            "order_id": ("Receipt number",), "ordered_at": ("Date",), "receipt_type": ("Receipt type",),
            "total": ("Total collected",), "description": ("Description",), "location": ("Store",),
            "staff": ("Cashier name",), "customer_name": ("Customer name",),
            "customer_contact": ("Customer contacts",), "status": ("Status",),
        },
    ),
    Profile(
        "toast_checks", O, "Toast CheckDetails.csv",
        must=(("Check Id",), ("Check #",), ("Opened Date",), ("Tender",)),
        tie=("Customer Email",),
        source="toast", mode="description", dayfirst=False,
        columns={
            "order_id": ("Check Id",), "ordered_at": ("Opened Date",), "time": ("Opened Time",),
            "total": ("Total",), "description": ("Item Description",), "staff": ("Server",),
            "location": ("Location Code",), "customer_id": ("Customer Id",), "customer_name": ("Customer",),
            "customer_phone": ("Customer Phone",), "customer_email": ("Customer Email",),
        },
    ),
    Profile(
        "sumup_sales_de", O, "SumUp sales report (German)",
        must=(("Transaktionsnummer",), ("Beschreibung",), ("Preis (brutto)",)),
        tie=("Zahlungsmethode", "Steuersatz"),
        source="sumup", mode="lines", dayfirst=True,
        columns={
            "order_id": ("Transaktionsnummer",), "ordered_at": ("Datum",), "item": ("Beschreibung",),
            "quantity": ("Menge",), "line_total": ("Preis (brutto)",), "currency": ("Währung",),
            "status": ("Typ",),
        },
    ),
    Profile(
        "sumup_transactions_de", O, "SumUp transactions report (German)",
        must=(("Transaktions-ID",), ("Betrag inkl. MwSt.",)),
        tie=("Zahlungsart", "Status"),
        source="sumup", mode="single", dayfirst=True,
        columns={
            "order_id": ("Transaktions-ID",), "ordered_at": ("Datum", "Erstellt am"),
            "total": ("Betrag inkl. MwSt.",), "status": ("Status",), "description": ("Beschreibung",),
            "currency": ("Währung",), "kind_col": ("Zahlungsart",),
        },
    ),
    Profile(
        "sumup_transactions_en", O, "SumUp transactions report (English)",
        must=(("Transaction ID",), ("Transaction type",), ("Payout ID",)),
        tie=("Email", "Total amount", "Status"),
        source="sumup", mode="single",
        columns={
            "order_id": ("Transaction ID",), "ordered_at": ("Date", "Creation date", "Transaction date"),
            "total": ("Total amount", "Amount", "Total"), "status": ("Status",),
            "description": ("Description",), "currency": ("Currency",), "kind_col": ("Transaction type",),
            "customer_email": ("Email",),
        },
    ),
    Profile(
        "zettle_da", O, "Zettle receipts workbook (Danish, 16-row preamble)",
        must=(("Kvitteringsnummer",), ("Betalingsmetode",)),
        tie=("Moms (*", "Personale"),
        source="zettle", mode="description", dayfirst=True, skip_rows=16,
        columns={
            "order_id": ("Kvitteringsnummer",), "ordered_at": ("Dato",), "time": ("Tid",), "total": ("Total",),
            "description": ("Beskrivelse",), "staff": ("Personale",), "status": ("Hændelsestype",),
        },
    ),
    Profile(
        "zettle_en", O, "Zettle receipts workbook (English)",
        must=(("Receipt number",), ("Payment method",), ("Sold via",)),
        tie=("VAT (*", "Staff"),
        source="zettle", mode="description", skip_rows=16,
        columns={
            "order_id": ("Receipt number",), "ordered_at": ("Date",), "time": ("Time",), "total": ("Total",),
            "description": ("Description",), "staff": ("Staff",), "status": ("Event type",),
        },
    ),
    Profile(
        "shopify_orders", O, "Shopify orders_export.csv (one line item per row; not in FORMATS.md)",
        must=(("Name",), ("Created at",), ("Lineitem name",), ("Lineitem quantity",), ("Financial Status",)),
        tie=("Lineitem price", "Paid at", "Billing Name"),
        source="shopify", mode="lines",
        columns={
            "order_id": ("Name",), "ordered_at": ("Created at",), "item": ("Lineitem name",),
            "quantity": ("Lineitem quantity",), "unit_price": ("Lineitem price",), "total": ("Total",),
            "customer_email": ("Email",), "customer_name": ("Billing Name",),
            "customer_phone": ("Phone", "Billing Phone"), "currency": ("Currency",),
            "status": ("Financial Status",), "location": ("Location",),
        },
    ),
    Profile(
        "lightspeed_k_payments", O, "Lightspeed K-Series payments export",
        must=(("Type",), ("Date",), ("ID",), ("Sold by",), ("Amount",), ("Payment method",)),
        tie=("Account", "Device", "Destination"),
        source="lightspeed", mode="single",
        columns={
            "order_id": ("ID",), "ordered_at": ("Date",), "total": ("Amount",), "staff": ("Sold by",),
            "kind_col": ("Type",), "location": ("Device",),
        },
    ),
)
"""Known profiles in priority order (earlier wins a full tie)."""

BY_NAME: dict[str, Profile] = {p.name: p for p in PROFILES}


def header_present(keys: set[str], alias: str) -> bool:
    """True if ``alias`` (normalised; a trailing '*' is a prefix) is among ``keys``."""
    a = norm_key(alias)
    if a.endswith("*"):
        return any(k.startswith(a[:-1]) for k in keys)
    return a in keys


def match_profiles(headers: list[str], kind: ImportKind | None = None) -> list[tuple[Profile, float]]:
    """Profiles whose every must-have group is present, best first, with a
    confidence in (0.5, 1]: all must-haves give 0.8, tie-breakers add up to 0.2."""
    keys = {norm_key(h) for h in headers if h}
    found: list[tuple[Profile, float, int, int]] = []
    for order, prof in enumerate(PROFILES):
        if kind is not None and prof.kind != kind:
            continue
        if not all(any(header_present(keys, a) for a in group) for group in prof.must):
            continue
        ties = sum(1 for t in prof.tie if header_present(keys, t))
        conf = 0.8 + (0.2 * ties / len(prof.tie) if prof.tie else 0.2)
        found.append((prof, conf, len(prof.must) * 100 + ties, -order))
    found.sort(key=lambda t: (t[2], t[3]), reverse=True)
    return [(p, round(c, 2)) for p, c, _s, _o in found]
