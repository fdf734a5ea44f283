"""The consent ledger: per channel, with source, time and evidence; a "no"
never silently becomes "yes"; a receipt e-mail is no consent."""
from __future__ import annotations

from order_exports import GENERIC_ORDERS, write
from sqlalchemy import text

from desktop.storage import repositories as repo


def _customer(services, name: str) -> int:
    with services.db.engine.connect() as conn:
        return conn.execute(text("SELECT id FROM customers WHERE name = :n"), {"n": name}).scalar_one()


def test_imported_choices_are_kept_with_their_evidence(services, customer_files):
    for key in ("square", "mailchimp", "shopify"):
        assert not services.imports.import_files([str(customer_files[key])]).errors
    una = _customer(services, "Una Ortiz")
    with services.db.session() as s:
        history = repo.consent_history(s, una)
        state = repo.consent_states(s, [una])[una]
    email = [(e["source"], e["granted"], e["applied"]) for e in history if e["channel"] == "email"]
    # Square says unsubscribed; Mailchimp and Shopify later say yes: recorded, not applied
    assert email == [("square", False, True), ("mailchimp", True, False), ("shopify", True, False)]
    assert state == {"email": False, "sms": False, "whatsapp": False}
    square = next(e for e in history if e["source"] == "square")
    assert square["evidence"] == "Square: Email Subscription Status = unsubscribed"
    mailchimp = next(e for e in history if e["source"] == "mailchimp")
    assert mailchimp["given_at"] is not None and "opted in 2016-01-01 10:00:00" in mailchimp["evidence"]


def test_reimporting_adds_no_events_and_undo_removes_a_batchs_events(services, customer_files):
    (first,) = services.imports.import_files([str(customer_files["shopify"])]).results
    with services.db.engine.connect() as conn:
        count = conn.execute(text("SELECT COUNT(*) FROM consent_events")).scalar()
    assert count == 6  # three customers, e-mail and SMS each
    services.imports.import_files([str(customer_files["shopify"])])
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM consent_events")).scalar() == count
    services.imports.undo_batch(first.batch_id)
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM consent_events")).scalar() == 0


def test_a_receipt_email_is_no_consent(services, tmp_path):
    services.imports.import_files([str(write(tmp_path, "orders.csv", GENERIC_ORDERS))])
    maria = _customer(services, "Maria S")
    with services.db.session() as s:
        assert repo.consent_states(s, [maria])[maria]["email"] is False
        assert repo.consent_history(s, maria) == []


def test_only_the_owner_turns_a_no_into_a_yes_and_says_how(services, customer_files):
    services.imports.import_files([str(customer_files["square"])])
    una = _customer(services, "Una Ortiz")
    with services.db.session() as s:
        try:
            repo.set_consent(s, una, "email", True, "  ")
        except ValueError:
            pass
        else:
            raise AssertionError("consent without evidence was accepted")
        repo.set_consent(s, una, "email", True, "Signed the newsletter card at the counter, 3 May 2026")
        repo.set_consent(s, una, "whatsapp", True, "Asked for the WhatsApp group")
    with services.db.session() as s:
        assert repo.consent_states(s, [una])[una] == {"email": True, "sms": False, "whatsapp": True}
        assert repo.consent_history(s, una)[-1]["source"] == "owner"
