"""Customers merged across Square, Mailchimp and Shopify exports by e-mail or
E.164 phone: one person, consent combined, every merge logged and undoable."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.core.errors import UserError
from desktop.importers import ReadOptions

US = ReadOptions(default_region="US")


def rows(services) -> list[dict]:
    with services.db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text("SELECT * FROM customers ORDER BY id")).mappings()]


def customers(services) -> dict[str, dict]:
    """Customers by name (each name once: checks that nobody was stored twice)."""
    found = rows(services)
    names = [r["name"] for r in found]
    assert len(names) == len(set(names)), names
    return {r["name"]: r for r in found}


def import_all(services, files, *names):
    out = []
    for name in names:
        outcome = services.imports.import_files([str(files[name])], options=US)
        assert not outcome.errors, outcome.errors
        out.extend(outcome.results)
    return out


def test_square_then_mailchimp_then_shopify_is_one_person_each(services, customer_files):
    square, mc_sub, mc_unsub, shopify = import_all(services, customer_files,
                                                   "square", "mailchimp", "shopify")
    assert (square.inserted, square.merged) == (4, 0)
    assert (mc_sub.inserted, mc_sub.merged) == (1, 2)      # Zoe is new; Maria and Una merge
    assert (mc_unsub.inserted, mc_unsub.merged) == (0, 1)  # Vic
    assert (shopify.inserted, shopify.merged) == (1, 2)    # Ana is new; Tom (phone), Una (email)
    people = customers(services)
    assert sorted(people) == ["Ana Diaz", "Maria Santos", "Tom Baker", "Una Ortiz", "Vic Ng",
                              "Zoe Park"]
    assert {p["source"] for p in people.values()} == {"square", "mailchimp", "shopify"}

    maria = people["Maria Santos"]
    assert maria["source"] == "square" and maria["visits"] == 14  # Square's values kept
    assert str(maria["first_visit"]).startswith("2024-03-02")     # not Mailchimp's opt-in time
    assert maria["tags"] == "vip, denver"

    tom = people["Tom Baker"]  # matched on the phone, e-mail filled in from Shopify
    assert (tom["email"], tom["note"], tom["tags"]) == ("tom@example.com", "Oat milk", "regular")
    assert (tom["accepts_email"], tom["accepts_sms"]) == (1, 1)

    merges = services.customers.list_merges()
    assert [(m.source, m.matched_on, m.kept_name) for m in reversed(merges)] == [
        ("mailchimp", "email", "Maria Santos"), ("mailchimp", "email", "Una Ortiz"),
        ("mailchimp", "email", "Vic Ng"), ("shopify", "phone", "Tom Baker"),
        ("shopify", "email", "Una Ortiz")]
    tom_merge = next(m for m in merges if m.kept_name == "Tom Baker")
    assert tom_merge.fields_changed["email"] == (None, "tom@example.com")
    assert tom_merge.batch_id == shopify.batch_id and tom_merge.external_id == "7210448301122"


def test_consent_is_combined_and_a_no_never_silently_becomes_yes(services, customer_files):
    _, mc_sub, _, shopify = import_all(services, customer_files, "square", "mailchimp", "shopify")
    people = customers(services)
    # unknown in Square, subscribed in Mailchimp -> yes
    assert people["Maria Santos"]["accepts_email"] == 1
    # subscribed in Square, then in Mailchimp's unsubscribed file -> no (the newer choice)
    assert people["Vic Ng"]["accepts_email"] == 0
    # unsubscribed in Square, "subscribed" in Mailchimp and "yes" in Shopify -> still no
    una = people["Una Ortiz"]
    assert una["accepts_email"] == 0
    assert una["accepts_sms"] == 0  # unknown before, Shopify says no
    assert any("Una Ortiz" in w and "kept 'no'" in w for w in mc_sub.warnings)
    assert any("Una Ortiz" in w for w in shopify.warnings)
    una_merges = [m for m in services.customers.list_merges() if m.kept_name == "Una Ortiz"]
    assert all("accepts_email" not in m.fields_changed for m in una_merges)
    assert all(m.note and "kept 'no'" in m.note for m in una_merges)


def test_reimporting_merged_files_changes_nothing(services, customer_files):
    import_all(services, customer_files, "square", "mailchimp", "shopify")
    before = customers(services), len(services.customers.list_merges())
    again = import_all(services, customer_files, "mailchimp", "shopify")
    assert all(r.inserted == 0 and r.merged == 0 and r.batch_id is None for r in again)
    assert sum(r.duplicates for r in again) == 4 + 3
    assert (customers(services), len(services.customers.list_merges())) == before


def test_undo_merge_restores_old_values_and_keeps_the_record_apart(services, customer_files):
    import_all(services, customer_files, "square", "shopify")
    tom_merge = next(m for m in services.customers.list_merges() if m.kept_name == "Tom Baker")
    result = services.customers.undo_merge(tom_merge.id)
    assert set(result.restored) == {"email", "accepts_email", "accepts_sms", "tags"}
    toms = sorted((p["source"], p["email"], p["tags"], p["accepts_sms"]) for p in rows(services)
                  if p["name"] == "Tom Baker")
    assert toms == [("shopify", "tom@example.com", "regular", 1), ("square", None, None, None)]
    assert services.customers.list_merges()[0].undone_at is None  # the Una merge stands
    assert next(m for m in services.customers.list_merges()
                if m.id == tom_merge.id).undone_at is not None
    with pytest.raises(UserError, match="already undone"):
        services.customers.undo_merge(tom_merge.id)
    with pytest.raises(UserError, match="no customer merge 999"):
        services.customers.undo_merge(999)
    # the split record is now stored: importing Shopify again adds and merges nothing
    (again,) = services.imports.import_files([str(customer_files["shopify"])], options=US).results
    assert (again.inserted, again.merged, again.duplicates) == (0, 0, 3)


def test_undo_merge_leaves_fields_that_changed_since(services, customer_files):
    import_all(services, customer_files, "square", "mailchimp")
    maria_merge = next(m for m in services.customers.list_merges() if m.kept_name == "Maria Santos")
    with services.db.engine.begin() as conn:  # the owner opts her out by hand afterwards
        conn.execute(text("UPDATE customers SET accepts_email = false WHERE name = 'Maria Santos'"))
    result = services.customers.undo_merge(maria_merge.id)
    assert result.kept == ("accepts_email",) and result.restored == ("tags",)
    maria = [p for p in rows(services) if p["source"] == "square"
             and p["email"] == "maria@example.com"][0]
    assert maria["accepts_email"] == 0 and maria["tags"] is None


def test_undo_batch_undoes_its_merges(services, customer_files):
    square, *_ = import_all(services, customer_files, "square")
    before = customers(services)
    results = import_all(services, customer_files, "mailchimp")
    for r in results:
        services.imports.undo_batch(r.batch_id)
    assert customers(services) == before
    assert all(m.undone_at is not None for m in services.customers.list_merges())
    # and the same file merges again afterwards
    again = import_all(services, customer_files, "mailchimp")
    assert [(r.inserted, r.merged) for r in again] == [(1, 2), (0, 1)]


def test_undoing_the_kept_customers_batch_keeps_the_merged_people(services, customer_files):
    square, mc_sub, mc_unsub, shopify = import_all(services, customer_files,
                                                   "square", "mailchimp", "shopify")
    services.imports.undo_batch(square.batch_id)
    people = customers(services)
    assert "Maria Santos" in people and people["Maria Santos"]["source"] == "mailchimp"
    assert people["Tom Baker"]["source"] == "shopify"
    assert people["Tom Baker"]["email"] == "tom@example.com"
    # Vic unsubscribed in Mailchimp: the split-off record keeps that
    assert people["Vic Ng"]["accepts_email"] == 0
    # Una came from both Mailchimp and Shopify: the older record becomes the
    # customer and the other stays merged into it. Square's "no" left with the
    # Square import; what is left says yes to e-mail and no to SMS.
    una = people["Una Ortiz"]
    assert (una["source"], una["accepts_email"], una["accepts_sms"]) == ("mailchimp", 1, 0)
    standing = [m for m in services.customers.list_merges() if m.undone_at is None]
    assert [(m.source, m.kept_name, m.kept_customer_id) for m in standing] == [
        ("shopify", "Una Ortiz", una["id"])]
    assert standing[0].fields_changed == {"accepts_sms": (None, False), "visits": (None, 1),
                                          "total_spent": (None, 20.0)}


def test_orders_link_to_the_merged_customer(services, customer_files, tmp_path):
    import_all(services, customer_files, "square", "shopify")
    orders = tmp_path / "orders.csv"
    orders.write_text("Order Number,Order Date,Product,Quantity,Price,Customer Email\n"
                      "5001,2026-05-01 10:00,Latte,1,3.50,tom@example.com\n", encoding="utf-8")
    services.imports.import_files([str(orders)])
    with services.db.engine.connect() as conn:
        linked = conn.execute(text(
            "SELECT c.source, c.name FROM orders o JOIN customers c ON c.id = o.customer_id"
        )).all()
    assert linked == [("square", "Tom Baker")]


def test_default_region_setting_is_used_when_the_caller_gives_none(services, customer_files):
    assert services.settings.default_region() is None
    preview = services.imports.preview(str(customer_files["square"]))
    tom = next(r for r in preview.records if r["name"] == "Tom Baker")
    assert tom["phone"] == "5625550199"  # no region: digits only, never matched across sources
    assert services.settings.set_default_region("us") == "US"
    assert services.settings.get("default_region") == "US"
    preview = services.imports.preview(str(customer_files["square"]))
    assert next(r for r in preview.records if r["name"] == "Tom Baker")["phone"] == "+15625550199"
    assert preview.options.default_region == "US"
    # the caller's own choice wins over the setting
    gb = services.imports.preview(str(customer_files["square"]), options=ReadOptions(default_region="GB"))
    assert gb.options.default_region == "GB"
    with pytest.raises(UserError):
        services.settings.set_default_region("XX")
    assert services.settings.set_default_region("") is None
    assert services.settings.default_region() is None


def test_a_newer_export_where_someone_unsubscribed_updates_consent(services, customer_files,
                                                                   tmp_path):
    from customer_exports import MAILCHIMP_HEADER, SQUARE_CSV

    import_all(services, customer_files, "square", "mailchimp")
    assert customers(services)["Maria Santos"]["accepts_email"] == 1
    assert customers(services)["Zoe Park"]["accepts_email"] == 1
    # next month's exports: Una "subscribed" again in Square (never silently
    # from no to yes), Maria (merged) and Zoe (Mailchimp only) unsubscribed
    newer_square = tmp_path / "export-20260201.csv"
    newer_square.write_text(SQUARE_CSV.replace("unsubscribed,No,No", "subscribed,No,No"),
                            encoding="utf-8")
    unsub = MAILCHIMP_HEADER + (
        ",UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_CAMPAIGN_ID,UNSUB_REASON,UNSUB_REASON_OTHER\n"
        'maria@example.com,Maria,Santos,,2,,,,,,,,,,,,,101,e101,,,"2026-02-01 10:00:00",,,,\n'
        'zoe@example.com,Zoe,Park,,2,,,,,,,,,,,,,103,e103,,,"2026-02-01 10:00:00",,,,\n')
    newer_mc = tmp_path / "unsubscribed_members_export_abc123.csv"
    newer_mc.write_text(unsub, encoding="utf-8")
    before = customers(services)

    preview = services.imports.preview(str(newer_mc), options=US)
    # a row that changed something is "updated", never also a "duplicate"
    assert (preview.new, preview.duplicates, preview.updated) == (0, 0, 2)
    assert [r["action"] for r in preview.records] == ["updated", "updated"]
    (result,) = services.imports.import_files([str(newer_mc)], options=US).results
    assert (result.inserted, result.duplicates, result.updated) == (0, 0, 2)
    assert result.batch_id is not None
    people = customers(services)
    assert people["Maria Santos"]["accepts_email"] == 0
    assert people["Zoe Park"]["accepts_email"] == 0
    assert services.customers.list_merges()[0].source == "mailchimp"  # updates are not merges
    assert len(services.customers.list_merges()) == 3

    (sq,) = services.imports.import_files([str(newer_square)], options=US).results
    assert sq.updated == 0 and any("Una Ortiz" in w and "kept 'no'" in w for w in sq.warnings)
    assert customers(services)["Una Ortiz"]["accepts_email"] == 0

    services.imports.undo_batch(result.batch_id)
    assert customers(services) == before


def test_loyverse_and_brevo_merge_by_national_phone_with_the_business_region(services, tmp_path):
    """A UK café: Loyverse writes national phones (07700 ...), Brevo writes
    E.164 or national ones; with the business's region both become +44 and match."""
    loyverse = tmp_path / "customers.csv"
    loyverse.write_text(
        "Customer ID,Customer name,Email,Phone,First visit,Last visit,Total visits,Total spent,"
        "Address\n"
        "C-001,Ben Example,,07700 900456,01/04/2026 08:00,02/04/2026 08:00,2,9.00,\n",
        encoding="utf-8")
    brevo = tmp_path / "contacts.csv"
    brevo.write_text(
        "EMAIL;LASTNAME;FIRSTNAME;SMS;EMAIL_BLACKLISTED;SMS_BLACKLISTED;ADDED_TIME;MODIFIED_TIME\n"
        "ben@example.com;Example;Ben;+447700900456;true;false;12-04-2022 09:30;01-05-2022 10:00\n",
        encoding="utf-8")
    services.settings.set_default_region("GB")
    (lv,) = services.imports.import_files([str(loyverse)]).results
    (bv,) = services.imports.import_files([str(brevo)]).results
    assert (lv.format, lv.inserted) == ("loyverse_customers", 1)
    assert (bv.format, bv.inserted, bv.merged) == ("brevo", 0, 1)
    (ben,) = rows(services)
    assert (ben["source"], ben["phone"], ben["email"]) == ("loyverse", "+447700900456",
                                                          "ben@example.com")
    assert (ben["accepts_email"], ben["accepts_sms"]) == (0, 1)  # blacklisted for e-mail only
    (merge,) = services.customers.list_merges()
    assert (merge.source, merge.matched_on) == ("brevo", "phone")
