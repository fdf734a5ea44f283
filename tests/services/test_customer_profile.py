"""Preferences, suggestions, review links, privacy: nothing is applied
without a person, and an erased customer is gone but their sales stay."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.core.errors import UserError
from desktop.core.records import CustomerRecord, OrderLineRecord, OrderRecord, PreferenceRecord, ReviewRecord
from desktop.storage import repositories as repo

T0 = datetime(2026, 3, 2, 9, 0)


def _seed(services):
    with services.db.session() as s:
        repo.insert_customers(s, None, [
            CustomerRecord("square", "c1", "Giulia Rossi", email="giulia@example.com", accepts_email=True),
            CustomerRecord("square", "c2", "Tom Baker")])
        repo.insert_preferences(s, None, [PreferenceRecord("c1", "allergy", "coeliac - gluten-free only")])
        orders = [OrderRecord("square", f"o{i}", T0 + timedelta(days=3 * i), 4.0, customer_external_id="c1",
                              lines=(OrderLineRecord("Oat latte", 1, 4.0, 4.0, modifiers="extra hot"),
                                     OrderLineRecord("Veggie bowl", 1, 9.0, 9.0)))
                  for i in range(12)]
        repo.insert_orders(s, None, orders)
        last = orders[-1].ordered_at
        repo.insert_reviews(s, None, [
            ReviewRecord("google", "g1", "Giulia Rossi", 5, "Da vegana qui mi trovo benissimo. Ottimo caffè.",
                         last + timedelta(hours=3), language="it"),
            ReviewRecord("google", "g2", "Someone Else", 2, "Slow service.", last)])
    services.customers.refresh()
    with services.db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT name, id FROM customers")).all())


def test_staff_notes_are_facts_and_suggestions_wait_for_the_owner(services):
    ids = _seed(services)
    giulia = ids["Giulia Rossi"]
    card = services.customers.card(giulia)
    assert card.summary.allergies == ("gluten",) and "gluten-free" in card.summary.diets  # staff wrote it
    fields = {(s.field, s.value) for s in card.suggestions}
    assert ("usual_order", "Oat latte (extra hot)") in fields
    assert ("diet", "vegetarian") in fields            # 12 meals, never meat
    # a surely linked review's words are evidence for a suggestion, never a fact by themselves
    assert ("diet", "vegan") in fields and ("language", "it") in fields
    (link,) = [l for l in services.customers.links() if l.customer_id == giulia]
    assert (link.status, link.method) == ("suggested", "name+visit")
    assert "vegan" not in services.customers.card(giulia).summary.diets
    vegan = next(s for s in card.suggestions if (s.field, s.value) == ("diet", "vegan"))
    assert "Da vegana" in vegan.evidence["quote"] and vegan.review_id is not None
    services.customers.decide_link(link.id, True)
    fields = {(s.field, s.value): s for s in services.customers.suggestions(giulia)}
    services.customers.decide_suggestion(fields[("diet", "vegan")].id, True)
    services.customers.decide_suggestion(fields[("language", "it")].id, False)
    card = services.customers.card(giulia)
    assert "vegan" in card.summary.diets and "vegan" in card.summary.tags
    assert card.profile.get("language") is None
    entered = {(h["code"], h["entered_by"]) for h in card.health}
    assert ("vegan", "accepted") in entered and ("gluten", "staff-note") in entered
    # a dismissed suggestion is never made again
    services.customers.refresh()
    assert ("language", "it") not in {(s.field, s.value) for s in services.customers.suggestions(giulia)}
    with pytest.raises(UserError):
        services.customers.decide_suggestion(fields[("diet", "vegan")].id, True)


def test_owner_edits_profile_health_and_consent(services):
    ids = _seed(services)
    tom = ids["Tom Baker"]
    services.customers.save_profile(tom, {"usual_order": "double espresso", "seating": "window",
                                          "preferred_channel": "sms", "best_time": "mornings"})
    services.customers.set_health(tom, diets=["halal"], allergies=["sesame"])
    with pytest.raises(UserError):
        services.customers.set_health(tom, allergies=["cats"])
    with pytest.raises(UserError):
        services.customers.save_profile(tom, {"preferred_channel": "pigeon"})
    card = services.customers.card(tom)
    assert card.profile["usual_order"] == "double espresso" and card.summary.allergies == ("sesame",)
    assert services.customers.consent(tom) == {"email": False, "sms": False, "whatsapp": False}
    services.customers.set_consent(tom, "sms", True, "Ticked the SMS box on the loyalty card, 2 May")
    assert services.customers.consent(tom)["sms"] is True


def test_erase_keeps_sales_removes_everything_personal_and_logs_counts_only(services, tmp_path):
    ids = _seed(services)
    giulia = ids["Giulia Rossi"]
    files = services.customers.export_customer(giulia, tmp_path / "out")
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    assert doc["customer"]["email"] == "giulia@example.com" and len(doc["orders"]) == 12
    assert doc["diets_and_allergies"] and doc["reviews"] and doc["consent"]
    result = services.customers.erase_customer(giulia)
    assert result.counts["orders_anonymised"] == 12 and result.counts["review_links_removed"] >= 1
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM orders WHERE customer_id IS NULL")).scalar() == 12
        for table in ("customer_health", "preference_notes", "consent_events", "review_links",
                      "customer_suggestions", "customer_profiles"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table} WHERE customer_id = :c"),
                                {"c": giulia}).scalar() == 0, table
        log = conn.execute(text("SELECT counts FROM erasures")).scalar_one()
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM erasures")) for v in row)
    assert "giulia" not in dump.lower() and "rossi" not in dump.lower()
    assert json.loads(log)["orders_anonymised"] == 12
    assert services.customers.review_author(1) is None
    with pytest.raises(UserError):
        services.customers.card(giulia)


def test_review_author_for_the_reviews_page(services):
    ids = _seed(services)
    with services.db.engine.connect() as conn:
        rid = conn.execute(text("SELECT id FROM reviews WHERE external_id = 'g1'")).scalar_one()
        other = conn.execute(text("SELECT id FROM reviews WHERE external_id = 'g2'")).scalar_one()
    author = services.customers.review_author(rid)
    assert author.summary.id == ids["Giulia Rossi"] and author.link.status == "suggested"
    assert author.summary.visits == 12 and "coeliac - gluten-free only" in author.notes
    assert services.customers.review_author(other) is None
    services.customers.decide_link(author.link.id, False)
    assert services.customers.review_author(rid) is None
    # the review's words no longer count as theirs: its suggestions are withdrawn
    services.customers.refresh()
    assert not [s for s in services.customers.suggestions(ids["Giulia Rossi"]) if s.review_id == rid]
    with services.db.session() as s:
        assert repo.review_authors(s, min_confidence=0.0) == {}
