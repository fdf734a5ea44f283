"""Customer formats: Square, Shopify (3 generations), Mailchimp ZIP, Brevo,
Loyverse, TheFork, generic."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core.records import CustomerRecord, ImportKind
from desktop.importers import ReadOptions, read_file, sniff


def one(path: Path, **kw) -> object:
    [pf] = read_file(path, **kw)
    return pf


def test_square_customers(fx: Path) -> None:
    pf = one(fx / "square_customers.csv", options=ReadOptions(default_region="US"))
    assert pf.format == "square_customers" and pf.kind == ImportKind.CUSTOMERS
    maria, tom, anon = pf.records
    assert maria == CustomerRecord(
        source="square", external_id="MQ0ABC123XYZ", name="Maria Santos", email="maria@example.com",
        phone="+15625550123", first_visit=datetime(2024, 3, 2), last_visit=datetime(2025, 11, 20), visits=14,
        total_spent=766.57, birthday=date(1900, 3, 14), accepts_email=None, note="oat milk")
    assert (tom.phone, tom.total_spent, tom.accepts_email) == ("+13105550144", 1149.0, False)
    assert anon.phone == "+13105550188" and anon.name is None
    assert [(r.row, r.reason) for r in pf.rejected] == [
        (5, "row 5: Email Address 'not-an-email' is not an e-mail address")]


def test_phone_without_region_keeps_digits(fx: Path) -> None:
    pf = one(fx / "square_customers.csv")
    assert [r.phone for r in pf.records] == ["+15625550123", "3105550144", "13105550188"]


@pytest.mark.parametrize("name", ["shopify_customers.csv", "shopify_customers_old.csv", "shopify_customers_oldest.csv"])
def test_shopify_generations(fx: Path, name: str) -> None:
    pf = one(fx / name, options=ReadOptions(default_region="US"))
    assert pf.format == "shopify_customers"
    ana = pf.records[0]
    assert (ana.name, ana.email, ana.phone, ana.visits, ana.total_spent) == (
        "Ana Diaz", "ana@example.com", "+15555552000", 3, 150.0)


def test_shopify_quirks(fx: Path) -> None:
    pf = one(fx / "shopify_customers.csv")
    ana, jose = pf.records
    assert ana.external_id == "7210448301122" and ana.tags == ("vip", "regular")
    assert (ana.accepts_email, ana.accepts_sms) == (True, False)
    assert jose.email == "jose@example.com" and jose.name == "José Núñez" and jose.note == "likes decaf"
    [rej] = pf.rejected
    assert rej.row == 3 and "Customer ID '9.98031E+12'" in rej.reason and "scientific notation" in rej.reason


def test_mailchimp_zip_subscription_from_file_name(fx: Path, tmp_path: Path, make_zip) -> None:
    folder = fx / "mailchimp"
    z = make_zip(tmp_path / "audience.zip", {p.name: p.read_bytes() for p in folder.iterdir()})
    files = read_file(z)
    assert {f.format for f in files} == {"mailchimp"}
    by_email = {r.email: r for f in files for r in f.records}
    assert by_email["ana@example.com"].accepts_email is True
    assert by_email["ben@example.com"].accepts_email is False
    assert by_email["cy@example.com"].accepts_email is False
    assert by_email["ana@example.com"].tags == ("vip", "denver")
    assert by_email["ben@example.com"].tags == ("VIP", "Blog")
    assert by_email["ana@example.com"].birthday == date(1900, 5, 21)
    # an opt-in is no visit: the time is the consent's, kept with its evidence
    ana = by_email["ana@example.com"]
    assert ana.first_visit is None and ana.consent_at == datetime(2015, 3, 16, 14, 40, 47)
    assert ana.consent_source == ("Mailchimp: in the subscribed members export; "
                                  "opted in 2015-03-16 14:40:47; confirmed 2015-03-16 14:40:47")
    assert by_email["ben@example.com"].consent_source.startswith("Mailchimp: in the unsubscribed members export")
    # MEMBER_RATING is an engagement score, never a rating or anything else
    assert all("2" != str(v) for r in by_email.values() for v in (r.visits, r.total_spent))
    assert sniff(z).format == "mailchimp"


def test_mailchimp_single_csv_has_unknown_subscription(fx: Path) -> None:
    pf = one(fx / "mailchimp" / "cleaned_members_export_abc123.csv")
    assert pf.records[0].accepts_email is False  # file name says cleaned
    p = fx / "mailchimp" / "subscribed_members_export_abc123.csv"
    assert one(p).records[0].accepts_email is True


def test_brevo_semicolon_blacklists(fx: Path) -> None:
    pf = one(fx / "brevo_contacts.csv", options=ReadOptions(default_region="FR"))
    lea, mo = pf.records
    assert (lea.name, lea.phone, lea.accepts_email, lea.accepts_sms) == ("Léa Example", "+33612345678", True, False)
    assert (mo.phone, mo.accepts_email, mo.accepts_sms) == ("+33612345679", False, True)
    assert lea.first_visit == datetime(2022, 4, 12, 9, 30)


def test_loyverse_customers_dates_decided_by_other_column(fx: Path) -> None:
    pf = one(fx / "loyverse_customers.csv", options=ReadOptions(default_region="GB"))
    assert pf.format == "loyverse_customers" and pf.warnings == ()
    ana = pf.records[0]
    assert ana.first_visit == datetime(2026, 4, 3, 13, 45) and ana.last_visit == datetime(2026, 4, 28, 9, 10)
    assert (ana.phone, ana.total_spent, ana.visits) == ("+447700900123", 84.5, 12)


def test_thefork_customers(fx: Path) -> None:
    c = one(fx / "thefork_customers.csv").records[0]
    assert c.birthday == date(1985, 5, 12) and c.phone == "+33612345678" and c.accepts_email is True
    assert c.note == "window table\nallergies: nuts\nseating: terrace"


def test_generic_customers(fx: Path) -> None:
    pf = one(fx / "generic_customers.csv", options=ReadOptions(default_region="GB"))
    assert pf.format == "generic" and pf.kind == ImportKind.CUSTOMERS
    assert [(r.name, r.email, r.phone) for r in pf.records] == [
        ("Ana Example", "ana@example.com", "+447700900123"), ("Ben Example", None, None)]


def test_kind_mismatch_names_the_real_format(fx: Path) -> None:
    from desktop.core.errors import FileReadError
    with pytest.raises(FileReadError, match="Square Customer Directory"):
        read_file(fx / "square_customers.csv", kind=ImportKind.REVIEWS)


def test_consent_evidence_in_the_files_own_words(fx: Path) -> None:
    """The ledger keeps what the file said; an e-mail address alone is no consent."""
    (ana,) = one(fx / "shopify_customers.csv").records[:1]
    assert (ana.accepts_email, ana.accepts_sms) == (True, False)
    assert ana.consent_source == "Shopify: Accepts Email Marketing = yes; Accepts SMS Marketing = no"
    maria = one(fx / "square_customers.csv").records[0]
    assert maria.accepts_email is None and maria.consent_source is None  # "unknown" is no choice
    unsub = one(fx / "mailchimp" / "unsubscribed_members_export_abc123.csv").records[0]
    assert unsub.accepts_email is False and unsub.consent_at == datetime(2017, 1, 1, 10, 0)


def test_shopify_whatsapp_consent_and_thefork_preference_columns(tmp_path: Path, fx: Path) -> None:
    header = ("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders,"
              "Tax Exempt,Accepts WhatsApp Marketing\n")
    path = tmp_path / "customers_export.csv"
    path.write_text(header + "'1,Ana,Diaz,ana@example.com,no,10.00,1,no,yes\n", encoding="utf-8")
    (rec,) = one(path).records
    assert (rec.accepts_email, rec.accepts_whatsapp) == (False, True)
    assert "Accepts WhatsApp Marketing = yes" in rec.consent_source
    fork = one(fx / "thefork_customers.csv").records
    with_prefs = [r for r in fork if r.preferences]
    assert with_prefs and all(kind in ("allergy", "diet", "food", "drinks", "seating", "language")
                              for r in with_prefs for kind, _ in r.preferences)
