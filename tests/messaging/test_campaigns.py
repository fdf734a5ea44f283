"""Campaign audiences, who is left out and why, the hold-out, and the drafts themselves."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.messaging.campaigns import (
    ACTIVE_DAYS,
    APOLOGY_MAX_RATING,
    APOLOGY_WINDOW_DAYS,
    BIRTHDAY_LEAD_DAYS,
    HOLDOUT_MIN_ELIGIBLE,
    HOLDOUT_SHARE,
    WELCOME_SEGMENTS,
    WINBACK_SEGMENTS,
    CampaignContext,
    audience,
    choose_holdout,
    plan_campaign,
)
from desktop.messaging.model import EMAIL, SMS, LANGUAGES, Offer, ReviewRef, SentMessage, Suppression
from msg_helpers import NOW, person


def test_the_named_constants() -> None:
    assert (WELCOME_SEGMENTS, WINBACK_SEGMENTS) == (("new",), ("lapsed", "at-risk"))
    assert (BIRTHDAY_LEAD_DAYS, ACTIVE_DAYS, APOLOGY_MAX_RATING) == (7, 90, 2)
    assert (HOLDOUT_SHARE, HOLDOUT_MIN_ELIGIBLE) == (0.10, 20)


def _in(campaign: str, r, offer: Offer | None = None, history=()) -> bool:
    return audience(campaign, r, offer or Offer(campaign), NOW, list(history))[0]


def test_winback_is_for_lapsed_and_at_risk_regulars_only() -> None:
    assert _in("winback", person(segment="lapsed")) and _in("winback", person(segment="at-risk"))
    assert not _in("winback", person(segment="regular")) and not _in("winback", person(segment="one-off"))


def test_one_winback_per_absence() -> None:
    r = person(last_visit=NOW - timedelta(days=60))
    sent = SentMessage(1, EMAIL, "winback", NOW - timedelta(days=20))
    assert audience("winback", r, Offer("winback"), NOW, [sent])[2].code == "already"
    back_since = person(last_visit=NOW - timedelta(days=10))
    assert audience("winback", back_since, Offer("winback"), NOW, [sent])[2] is None


def test_welcome_is_for_the_customers_the_customer_side_calls_new() -> None:
    fresh = dict(first_visit=NOW - timedelta(days=5), visits=2)
    assert _in("welcome", person(segment="new", **fresh))
    for other in ("regular", "one-off", "lapsed", "at-risk", None):
        assert not _in("welcome", person(segment=other, **fresh))  # no second "new" rule in messaging


@pytest.mark.parametrize(("birthday", "inside"), [
    (date(1990, 11, 20), True), (date(1990, 11, 26), True), (date(1990, 11, 27), False), (date(1990, 11, 19), False),
])
def test_birthday_window(birthday: date, inside: bool) -> None:
    assert _in("birthday", person(birthday=birthday)) is inside


def test_leap_day_birthday_in_a_common_year() -> None:
    when = datetime(2027, 2, 25, 10)
    assert audience("birthday", person(birthday=date(2000, 2, 29)), Offer("birthday"), when, [])[0]


def test_thank_you_to_one_tier() -> None:
    gold, regular = person(tier="Gold", tier_rank=2), person(tier="Regular", tier_rank=1)
    assert _in("thank-you", gold) and _in("thank-you", regular)
    assert _in("thank-you", gold, Offer("thank-you", tier="gold")) and not _in("thank-you", regular, Offer("thank-you", tier="Gold"))
    assert not _in("thank-you", person(tier=None, tier_rank=0))


def test_tier_upgrade_only_when_moving_up() -> None:
    assert _in("tier-upgrade", person(tier="Gold", tier_rank=2, previous_tier="Regular", previous_tier_rank=1))
    assert not _in("tier-upgrade", person(tier="Gold", tier_rank=2, previous_tier="Gold", previous_tier_rank=2))
    assert not _in("tier-upgrade", person(tier="Regular", tier_rank=1, previous_tier="Gold", previous_tier_rank=2))


def test_a_second_winback_within_the_cap_says_the_cap_first_and_already_beside_it() -> None:
    r = person(segment="lapsed", last_visit=NOW - timedelta(days=60))
    sent = SentMessage(1, EMAIL, "winback", NOW - timedelta(days=3))
    plan = plan_campaign("winback", [r], Offer("winback"), NOW, ctx=CampaignContext(history={1: [sent]}))
    [left] = plan.excluded
    assert [x.code for x in left.reasons] == ["cap", "already"] and "frequency cap" in left.reason
    # after the cap, "already" alone holds them back (one win-back per absence)
    later = plan_campaign("winback", [r], Offer("winback"), NOW + timedelta(days=20),
                          ctx=CampaignContext(history={1: [sent]}))
    assert [x.code for x in later.excluded[0].reasons] == ["already"]


def test_new_dish_reaches_recent_customers_only() -> None:
    offer = Offer("new-dish", dish="Pumpkin soup")
    assert _in("new-dish", person(last_visit=NOW - timedelta(days=ACTIVE_DAYS)), offer)
    assert not _in("new-dish", person(last_visit=NOW - timedelta(days=ACTIVE_DAYS + 1)), offer)


def test_apology_needs_a_recent_bad_review_and_never_answers_a_health_claim() -> None:
    bad = ReviewRef(9, 2, NOW - timedelta(days=3))
    assert _in("apology", person(reviews=(bad,)))
    assert not _in("apology", person(reviews=(ReviewRef(9, 3, NOW - timedelta(days=3)),)))
    sick = person(reviews=(ReviewRef(9, 1, NOW - timedelta(days=3), flags=("food_poisoning",)),))
    plan = plan_campaign("apology", [sick], as_of=NOW)
    assert not plan.drafts and plan.excluded[0].code == "health_claim"
    done = SentMessage(1, EMAIL, "apology", NOW - timedelta(days=1), "service", review_id=9)
    plan = plan_campaign("apology", [person(reviews=(bad,))], as_of=NOW, ctx=CampaignContext(history={1: [done]}))
    assert plan.excluded[0].code == "already"


def test_a_meat_offer_reaches_no_vegetarian_and_says_why() -> None:
    people = [person(1), person(2, diet=frozenset({"vegetarian"})), person(3, allergies=frozenset({"nuts"}))]
    plan = plan_campaign("winback", people, Offer("winback", frozenset({"meat", "nuts"})), NOW)
    assert [d.customer_id for d in plan.drafts] == [1]
    reasons = {e.customer_id: e.reasons[0] for e in plan.excluded}
    assert reasons[2].code == "diet" and "vegetarian" in reasons[2].text and "meat" in reasons[2].text
    assert reasons[3].code == "allergy" and "nuts" in reasons[3].text


def test_an_unreadable_health_note_blocks_food_offers_but_not_a_plain_message() -> None:
    r = person(unread_health_notes=("see Ana about the kitchen",))
    assert plan_campaign("winback", [r], Offer("winback", frozenset({"dairy"})), NOW).excluded[0].code == "health_note"
    assert plan_campaign("winback", [r], Offer("winback"), NOW).drafts


def test_diet_never_selects_an_audience() -> None:
    """A vegetarian offer goes to meat eaters and vegetarians alike: the diet only protects."""
    people = [person(1), person(2, diet=frozenset({"vegetarian"}))]
    plan = plan_campaign("winback", people, Offer("winback", frozenset({"vegetarian"})), NOW)
    assert sorted(d.customer_id for d in plan.drafts) == [1, 2]


def test_exclusion_reasons_in_order_of_importance() -> None:
    r = person(7, diet=frozenset({"vegan"}), consent={EMAIL: False, SMS: None})
    history = {7: [SentMessage(7, EMAIL, "thank-you", NOW - timedelta(days=2))]}
    ctx = CampaignContext(history=history, suppressions=[Suppression("7", "customer", "asked us to stop")])
    plan = plan_campaign("winback", [r], Offer("winback", frozenset({"dairy"})), NOW, ctx)
    assert [x.code for x in plan.excluded[0].reasons] == ["suppressed", "consent_refused", "consent", "consent",
                                                        "diet", "cap"]  # e-mail refused, SMS and WhatsApp never asked
    assert "asked us to stop" in plan.excluded[0].reason


def test_holdout_is_seeded_sized_and_never_contacted() -> None:
    people = [person(i) for i in range(1, 101)]
    a = plan_campaign("winback", people, as_of=NOW, seed=42)
    b = plan_campaign("winback", people, as_of=NOW, seed=42)
    c = plan_campaign("winback", people, as_of=NOW, seed=43)
    assert a.holdout == b.holdout and a.holdout != c.holdout and len(a.holdout) == 10
    assert not set(a.holdout) & {d.customer_id for d in a.drafts}
    assert {e.customer_id for e in a.excluded if e.code == "holdout"} == set(a.holdout)
    assert len(a.drafts) == 90


def test_holdout_edges() -> None:
    assert choose_holdout(range(HOLDOUT_MIN_ELIGIBLE - 1), 1) == ()
    assert len(choose_holdout(range(HOLDOUT_MIN_ELIGIBLE), 1)) == 2
    assert choose_holdout(range(100), 1, share=0) == ()
    assert len(choose_holdout(range(25), 1, share=0.5)) == 12  # rounds half to even, never everybody


def test_service_messages_have_no_holdout() -> None:
    people = [person(i, reviews=(ReviewRef(i, 1, NOW - timedelta(days=2)),)) for i in range(1, 60)]
    plan = plan_campaign("apology", people, as_of=NOW)
    assert plan.holdout == () and len(plan.drafts) == 59


@pytest.mark.parametrize("lang", LANGUAGES)
def test_drafts_in_each_language_name_their_recipient(lang: str) -> None:
    r = person(5, name="Giulia Bianchi", first_name="Giulia", language=lang, usual_order="cortado")
    plan = plan_campaign("winback", [r], as_of=NOW)
    draft = plan.drafts[0]
    assert draft.language == lang and "Giulia" in draft.body and draft.subject


def test_an_sms_draft_has_no_subject_and_uses_the_phone() -> None:
    r = person(consent={EMAIL: False, SMS: True})
    d = plan_campaign("winback", [r], as_of=NOW).drafts[0]
    assert d.channel == SMS and d.subject == "" and d.to == r.phone and len(d.body) < 320


def test_someone_who_gets_a_campaign_again_reads_another_version() -> None:
    r = person(3)
    first = plan_campaign("winback", [r], as_of=NOW).drafts[0]
    later = NOW + timedelta(days=90)
    history = {3: [SentMessage(3, EMAIL, "winback", NOW)]}
    r2 = person(3, last_visit=NOW + timedelta(days=1))
    second = plan_campaign("winback", [r2], as_of=later, ctx=CampaignContext(history=history)).drafts[0]
    assert first.version != second.version and first.body != second.body


def test_drafts_wait_for_quiet_hours_to_end() -> None:
    d = plan_campaign("winback", [person()], as_of=datetime(2026, 11, 20, 22, 30)).drafts[0]
    assert d.send_after == datetime(2026, 11, 21, 9, 0)
    assert plan_campaign("winback", [person()], as_of=NOW).drafts[0].send_after is None


def test_the_owner_offer_is_written_as_is_and_nothing_is_promised_without_it() -> None:
    with_offer = plan_campaign("winback", [person()], Offer("winback", offer_text="Your next coffee is on us."), NOW)
    assert "Your next coffee is on us." in with_offer.drafts[0].body
    plain = plan_campaign("winback", [person()], as_of=NOW).drafts[0].body.lower()
    assert not any(word in plain for word in ("free", "discount", "voucher", "% off", "refund"))


def test_apology_window_runs_up_to_the_newest_data_imported() -> None:
    bad = ReviewRef(9, 2, NOW - timedelta(days=APOLOGY_WINDOW_DAYS + 10))
    r = person(reviews=(bad,))
    assert not plan_campaign("apology", [r], as_of=NOW).drafts  # too old to answer now ...
    ctx = CampaignContext(known_until=NOW - timedelta(days=20))  # ... unless the data stops 20 days ago
    [draft] = plan_campaign("apology", [r], as_of=NOW, ctx=ctx).drafts
    assert draft.review_id == 9
    older = person(reviews=(ReviewRef(9, 2, NOW - timedelta(days=APOLOGY_WINDOW_DAYS + 21)),))
    assert not plan_campaign("apology", [older], as_of=NOW, ctx=ctx).drafts
