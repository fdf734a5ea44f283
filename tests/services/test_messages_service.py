"""Campaigns and replies end to end over a real database: the demo café, exports that feed the
frequency cap, the do-not-contact list, templates, SMTP against a real local server."""
from __future__ import annotations

import email
import shutil
import socket
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.errors import UserError
from desktop.core.records import CustomerRecord, OrderRecord, PreferenceRecord
from desktop.messaging.model import Offer
from desktop.messaging.smtp import SmtpSettings
from desktop.messaging.templates import TemplateVersion
from desktop.services import Services
from desktop.services.demo import build_demo
from desktop.services.messaging import MessagingSettings
from desktop.storage import repositories as repo
from desktop.storage.schema import ReviewLink

DEMO_AS_OF = datetime(2026, 11, 16, 10, 0)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path):
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    s = Services.open(copy)
    yield s
    s.close()


def _walk_ins(start: datetime, end: datetime) -> list[OrderRecord]:
    """Anonymous sales every day: the till's data runs up to ``end`` (absence is measured up to the newest order)."""
    days = (end - start).days
    return [OrderRecord("pos", f"walk-in-{n}", start + timedelta(days=n, hours=3), 2.0) for n in range(days + 1)]


def _vegetarian_ids(services: Services) -> set[int]:
    """Who the customer side calls vegetarian or vegan (the tags ``customers --json`` prints)."""
    rows = [c.as_json() for c in services.customers.list_customers(as_of=DEMO_AS_OF.date())]
    return {row["id"] for row in rows if {"vegetarian", "vegan"} & set(row["tags"])}


def test_demo_meat_winback_reaches_no_vegetarian_in_several_languages(demo: Services) -> None:
    plan = demo.messaging.plan("winback", Offer("winback", frozenset({"meat"})), DEMO_AS_OF)
    veg = _vegetarian_ids(demo)
    assert veg and plan.drafts
    assert not veg & {d.customer_id for d in plan.drafts}
    left_out = {e.customer_id: e for e in plan.excluded}
    assert any(e.code == "diet" and "vegetarian" in e.reason for e in left_out.values())
    assert len({d.language for d in plan.drafts}) >= 4
    for d in plan.drafts:
        first = (d.name or "").split()[0]
        assert first and first in d.body, (d.name, d.body[:80])


def test_export_logs_and_the_cap_then_leaves_those_customers_out(demo: Services, tmp_path: Path) -> None:
    plan = demo.messaging.plan("winback", Offer("winback"), DEMO_AS_OF)
    result = demo.messaging.export(plan, tmp_path / "out", now=DEMO_AS_OF)
    files = [Path(f) for f in result.files]
    assert result.logged == len(plan.drafts) and result.run_id
    assert sum(f.suffix == ".eml" for f in files) == sum(d.channel == "email" for d in plan.drafts)
    assert [f for f in files if f.suffix == ".csv"]
    # a different campaign whose audience (who visited lately) takes in the at-risk regulars just written to
    later = demo.messaging.plan("new-dish", Offer("new-dish", dish="Focaccia"), DEMO_AS_OF + timedelta(days=3))
    contacted = {d.customer_id for d in plan.drafts}
    assert not contacted & {d.customer_id for d in later.drafts}
    capped = [e for e in later.excluded if e.customer_id in contacted]
    assert capped and all(e.code == "cap" and "frequency cap" in e.reason for e in capped)
    # the run keeps its hold-out, and the outcome waits for the 30-day window
    [run] = demo.messaging.runs(DEMO_AS_OF + timedelta(days=1))
    assert run.outcome.holdout == len(plan.holdout) and run.outcome.verdict == "pending"
    # exporting the same plan again logs nobody twice
    again = demo.messaging.export(plan, tmp_path / "again", now=DEMO_AS_OF + timedelta(minutes=5))
    assert again.logged == 0 and len(again.skipped) == len(plan.drafts)


def test_outcome_counts_who_came_back_from_orders(services: Services, tmp_path: Path) -> None:
    start = datetime(2026, 1, 1, 9)
    with services.db.session() as s:
        customers = [CustomerRecord("pos", f"c{i}", f"Guest{i} Person", email=f"g{i}@example.com", accepts_email=True)
                     for i in range(30)]
        repo.insert_customers(s, None, customers)
        orders = [OrderRecord("pos", f"o{i}-{k}", start + timedelta(days=7 * k), 5.0, customer_external_id=f"c{i}")
                  for i in range(30) for k in range(8)]
        repo.insert_orders(s, None, orders + _walk_ins(start, start + timedelta(days=89)))
    as_of = start + timedelta(days=7 * 7 + 40)
    plan = services.messaging.plan("winback", Offer("winback"), as_of)
    assert len(plan.drafts) + len(plan.holdout) == 30 and len(plan.holdout) == 3
    services.messaging.export(plan, tmp_path / "x", now=as_of)
    returned = [d.customer_id for d in plan.drafts][:9]
    with services.db.session() as s:
        ids = {cid: ext for cid, ext in s.execute(text("select id, external_id from customers"))}
        repo.insert_orders(s, None, [OrderRecord("pos", f"back{cid}", as_of + timedelta(days=5), 4.0,
                                                 customer_external_id=ids[cid]) for cid in returned])
    [run] = services.messaging.runs(as_of + timedelta(days=31))
    o = run.outcome
    assert (o.contacted, o.contacted_returned, o.holdout, o.holdout_returned) == (27, 9, 3, 0)
    assert o.verdict == "too_few" and o.low < o.lift < o.high


def test_suppression_and_consent_from_storage(services: Services) -> None:
    with services.db.session() as s:
        repo.insert_customers(s, None, [
            CustomerRecord("pos", "a", "Ana Lopes", email="ana@example.com", accepts_email=True),
            CustomerRecord("pos", "b", "Bo Berg", email="bo@example.com", accepts_email=None),
            CustomerRecord("pos", "c", "Cy Dahl", email="cy@example.com", accepts_email=True)])
        repo.insert_preferences(s, None, [PreferenceRecord("c", "allergy", "severe nut allergy")])
        start = datetime(2026, 1, 5)
        repo.insert_orders(s, None, [OrderRecord("pos", f"{c}{k}", start + timedelta(days=7 * k), 3.0,
                                                 customer_external_id=c) for c in "abc" for k in range(6)]
                           + _walk_ins(start, datetime(2026, 4, 30)))
    services.customers.refresh()  # what an import does: staff notes read into the profile
    services.messaging.suppress("ANA@example.com", "asked us to stop")
    plan = services.messaging.plan("winback", Offer("winback", frozenset({"nuts"})), datetime(2026, 5, 1))
    why = {e.name: e.code for e in plan.excluded}
    assert why == {"Ana Lopes": "suppressed", "Bo Berg": "consent", "Cy Dahl": "allergy"} and not plan.drafts
    assert services.messaging.unsuppress("ana@example.com")


def test_language_comes_from_a_note_then_linked_reviews_then_the_phone(services: Services) -> None:
    from desktop.core.records import ReviewRecord

    with services.db.session() as s:
        repo.insert_customers(s, None, [
            CustomerRecord("pos", "a", "Ana Lopes", phone="+393331234567"),
            CustomerRecord("pos", "b", "Bo Berg", phone="+393331234568"),
            CustomerRecord("pos", "c", "Cy Dahl", phone="+4915112345678"),
            CustomerRecord("pos", "d", "Di Eve")])
        repo.insert_preferences(s, None, [PreferenceRecord("a", "language", "prefers French")])
        repo.insert_reviews(s, None, [ReviewRecord("google", "r1", "Bo B.", 5, "Tack!", datetime(2026, 1, 1), language="sv")])
        rid = s.scalar(text("select id from reviews"))
        bo = s.scalar(text("select id from customers where external_id='b'"))
        s.add(ReviewLink(review_id=rid, customer_id=bo, confidence=0.9, method="owner", status="confirmed",
                         created_at=datetime(2026, 1, 2)))
    services.customers.refresh()  # what an import does: the language note read into the profile
    services.settings.set("business_language", "pt")
    langs = {r.name: (r.language, r.language_source) for r in services.messaging.recipients().recipients}
    assert langs == {"Ana Lopes": ("fr", "profile"), "Bo Berg": ("sv", "reviews"), "Cy Dahl": ("de", "phone"),
                     "Di Eve": ("pt", "default")}


def test_owner_templates_are_checked_saved_and_used(demo: Services) -> None:
    with pytest.raises(UserError, match="version 1, email"):
        demo.messaging.save_template("winback", "en", [TemplateVersion("Hi", "{{ ''.__class__ }}", "x")])
    demo.messaging.save_template("winback", "en", [TemplateVersion("Come back, {{ first_name }}",
                                                                   "{{ hello }} we miss you. {{ signature }}", "{{ hello }} miss you")])
    versions, edited = demo.messaging.template("winback", "en")
    assert edited and versions[0].subject.startswith("Come back")
    plan = demo.messaging.plan("winback", Offer("winback"), DEMO_AS_OF)
    english = [d for d in plan.drafts if d.language == "en" and d.channel == "email"]
    assert english and all(d.subject == f"Come back, {d.name.split()[0]}" for d in english)
    assert demo.messaging.reset_template("winback", "en")
    assert not demo.messaging.template("winback", "en")[1]


def test_settings_round_trip_without_a_password(services: Services) -> None:
    settings = MessagingSettings(cap_days=21, holdout_share=0.2, signature="Ana, Café Aurora", business_language="it",
                                 smtp=SmtpSettings("smtp.example.com", 465, "ssl", "ana", "ana@cafe.example"))
    services.messaging.save_settings(settings)
    back = services.messaging.settings()
    assert (back.cap_days, back.holdout_share, back.signature, back.business_language) == (21, 0.2, "Ana, Café Aurora", "it")
    assert back.smtp == settings.smtp
    with services.db.session() as s:
        assert not any("password" in (k or "") for k, in s.execute(text("select key from settings")))
    with pytest.raises(UserError):
        services.messaging.save_settings(MessagingSettings(cap_days=0))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_smtp_round_trip_against_a_local_server(demo: Services) -> None:
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")
    from aiosmtpd.handlers import Message

    received: list = []

    class Keep(Message):
        def handle_message(self, message) -> None:  # noqa: ANN001
            received.append(message)

    port = _free_port()
    server = aiosmtpd.Controller(Keep(), hostname="127.0.0.1", port=port)
    server.start()
    try:
        demo.messaging.save_settings(MessagingSettings(
            smtp=SmtpSettings("127.0.0.1", port, "none", "", "hello@cafe.example")))
        plan = demo.messaging.plan("winback", Offer("winback"), DEMO_AS_OF)
        emails = [d for d in plan.drafts if d.channel == "email"][:5]
        result = demo.messaging.send(plan, "", drafts=emails, now=DEMO_AS_OF)
    finally:
        server.stop()
    assert result.logged == 5 and not result.failed
    assert sorted(m["To"] for m in received) == sorted(d.to for d in emails)
    first = email.message_from_bytes(received[0].as_bytes(), policy=policy.default)
    draft = next(d for d in emails if d.to == first["To"])
    assert first["Subject"] == draft.subject and first["From"] == "hello@cafe.example" and first["X-Unsent"] is None
    assert first.get_content().strip() == draft.body
    assert len(demo.messaging.log()) == 5


def test_sending_waits_for_quiet_hours_and_needs_a_server(demo: Services) -> None:
    plan = demo.messaging.plan("winback", Offer("winback"), DEMO_AS_OF)
    with pytest.raises(UserError, match="not set up"):
        demo.messaging.send(plan, "", now=DEMO_AS_OF)
    demo.messaging.save_settings(MessagingSettings(smtp=SmtpSettings("127.0.0.1", 1, "none", "", "a@b.example")))
    with pytest.raises(UserError, match="quiet hours"):
        demo.messaging.send(plan, "", now=DEMO_AS_OF.replace(hour=23))


def test_reply_inbox_and_marking_answered(demo: Services) -> None:
    items = demo.replies.inbox(DEMO_AS_OF)
    assert items and any(i.draft for i in items)
    first = items[0].candidate.review_id
    demo.replies.mark_answered(first, "Thank you!")
    assert first not in {i.candidate.review_id for i in demo.replies.inbox(DEMO_AS_OF)}
    times = {t.source: t for t in demo.replies.reply_times()}
    assert times["google"].answered > 0 and times["google"].median_hours is not None
    demo.replies.unmark_answered(first)
    assert first in {i.candidate.review_id for i in demo.replies.inbox(DEMO_AS_OF)}
    with pytest.raises(UserError):
        demo.replies.mark_answered(10**9)


def test_a_health_claim_in_storage_is_never_drafted(demo: Services) -> None:
    """The demo's two health claims (food poisoning, a nut reaction) are not
    answered yet: they head the inbox, with a checklist and a holding reply,
    and no draft."""
    with demo.db.session() as s:
        claims = set(s.scalars(text("select review_id from review_analysis where flags like "
                                    "'%food_poisoning%' or flags like '%allerg%'")))
    items = demo.replies.inbox(DEMO_AS_OF)
    assert len(claims) == 2 and {i.candidate.review_id for i in items[:2]} == claims
    for item in items[:2]:
        assert item.urgency == "urgent" and item.draft is None
        assert item.checklist and item.holding


def test_demo_confirms_its_sure_reviewer_links_and_apologises_to_a_bad_reviewer(demo: Services) -> None:
    links = demo.customers.links()
    confirmed = [x for x in links if x.status == "confirmed"]
    assert confirmed and all(x.confidence >= 0.95 for x in confirmed)
    assert any(x.status == "suggested" for x in links)  # the weaker ones are left for the owner
    plan = demo.messaging.plan("apology", Offer("apology"), DEMO_AS_OF)
    assert plan.drafts
    by_review = {x.review_id: x for x in confirmed}
    for d in plan.drafts:
        assert by_review[d.review_id].customer_id == d.customer_id and by_review[d.review_id].rating <= 2


def test_winback_reaches_exactly_whom_the_customers_list_calls_lapsed_or_at_risk(demo: Services) -> None:
    listed = {c.id for c in demo.customers.list_customers()  # what `customers --json` prints
              if c.as_json()["segment"] in ("lapsed", "at-risk")}
    plan = demo.messaging.plan("winback", Offer("winback", frozenset({"meat"})), DEMO_AS_OF)
    drafted = {d.customer_id for d in plan.drafts}
    left_out = {e.customer_id: e for e in plan.excluded}
    assert listed and drafted | set(left_out) == listed and not drafted & set(left_out)
    allowed = {"consent", "consent_refused", "no_address", "cap", "fatigue", "diet", "allergy", "health_note",
               "suppressed", "holdout", "already"}
    assert all(e.code in allowed and e.reason for e in left_out.values())
    assert {"consent_refused", "holdout", "diet"} <= {e.code for e in left_out.values()}


def test_demo_inbox_puts_the_two_health_claims_first_undrafted(demo: Services) -> None:
    items = demo.replies.inbox(DEMO_AS_OF)
    assert [i.urgency for i in items[:2]] == ["urgent", "urgent"] and items[2].urgency != "urgent"
    assert all(i.draft is None and any("health or safety" in r.text for r in i.reasons) for i in items[:2])


def test_the_customer_card_counts_the_messages_logged_to_them(demo: Services, tmp_path: Path) -> None:
    plan = demo.messaging.plan("winback", Offer("winback"), DEMO_AS_OF)
    first = plan.drafts[0]
    assert demo.customers.card(first.customer_id).messages_count == 0
    demo.messaging.export(plan, tmp_path / "out", now=DEMO_AS_OF)
    card = demo.customers.card(first.customer_id)
    assert card.messages_count == 1
    [sent] = card.messages_sent
    assert (sent["campaign"], sent["channel"], sent["via"]) == ("winback", first.channel, "export")
    # and the recipient list names the same tier and segment as the customers list
    listed = {c.id: c.as_json() for c in demo.customers.list_customers()}
    for d in plan.drafts:
        assert (d.tier, d.segment) == (listed[d.customer_id]["tier"], listed[d.customer_id]["segment"])


def test_the_window_inbox_ranks_counts_and_drafts_one(demo: Services) -> None:
    full = demo.replies.inbox(DEMO_AS_OF)
    ranked, ctx = demo.replies.ranked(DEMO_AS_OF)
    assert demo.replies.waiting_count() == len(ranked) == len(full)
    assert [i.candidate.review_id for i in ranked] == [i.candidate.review_id for i in full]
    assert not any(i.draft for i in ranked) and all(i.candidate.aspects == () for i in ranked)
    k = next(k for k, i in enumerate(full) if k and i.draft and full[k - 1].draft)
    one = demo.replies.draft(ranked, k, ctx)
    assert one.drafted and one.draft == full[k].draft  # its stored aspects were read for it
    demo.replies.mark_answered(full[0].candidate.review_id, "Thanks")
    assert demo.replies.waiting_count() == len(full) - 1
