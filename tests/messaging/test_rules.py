"""Consent, the do-not-contact list, the frequency cap, the non-responder rule and quiet hours, at their edges."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from desktop.messaging.model import EMAIL, SERVICE, SMS, SentMessage, Suppression
from desktop.messaging.rules import (
    CAP_DAYS,
    FATIGUE_MULTIPLIER,
    FATIGUE_STREAK,
    QUIET_END,
    QUIET_START,
    RESPONSE_WINDOW_DAYS,
    RuleConfig,
    cap_reason,
    choose_channel,
    effective_cap_days,
    in_quiet_hours,
    next_send_time,
    suppressed,
)
from msg_helpers import NOW, person


def test_the_named_defaults() -> None:
    assert (CAP_DAYS, RESPONSE_WINDOW_DAYS, FATIGUE_STREAK, FATIGUE_MULTIPLIER) == (14, 30, 3, 4)
    assert (QUIET_START, QUIET_END) == (time(21, 0), time(9, 0))


def test_only_an_explicit_yes_is_consent() -> None:
    assert choose_channel(person(consent={EMAIL: True}))[0] == EMAIL
    channel, why = choose_channel(person(consent={EMAIL: None, SMS: None}))
    assert channel is None and {r.code for r in why} == {"consent"}
    channel, why = choose_channel(person(consent={EMAIL: False, SMS: None}))
    assert channel is None and why[0].code == "consent_refused"


def test_consent_without_an_address_falls_back_to_the_next_channel() -> None:
    r = person(email=None, consent={EMAIL: True, SMS: True})
    assert choose_channel(r)[0] == SMS
    channel, why = choose_channel(person(email=None, consent={EMAIL: True, SMS: False}))
    # e-mail: yes but no address; SMS: a no; WhatsApp: never asked (the ledger's third channel)
    assert channel is None and [(x.code, dict(x.params).get("channel")) for x in why] == [
        ("consent_refused", SMS), ("consent", "whatsapp"), ("no_address", EMAIL)]


def test_channels_can_be_restricted() -> None:
    r = person(consent={EMAIL: True, SMS: True})
    assert choose_channel(r, (SMS,))[0] == SMS


def test_suppression_by_customer_email_or_phone() -> None:
    r = person(7, email="Maria.Rossi@Example.com", phone="+39 123 4567")
    assert suppressed(r, [Suppression("7", "customer")]) is not None
    assert suppressed(r, [Suppression("maria.rossi@example.com", "email")]) is not None
    assert suppressed(r, [Suppression("+391234567", "phone")]) is not None
    assert suppressed(r, [Suppression("8", "customer"), Suppression("x@example.com", "email")]) is None


def _sent(days_ago: float, kind: str = "marketing", campaign: str = "winback") -> SentMessage:
    return SentMessage(1, EMAIL, campaign, NOW - timedelta(days=days_ago), kind)


def test_cap_holds_until_exactly_cap_days_have_passed() -> None:
    held = cap_reason([_sent(13.99)], [], NOW)
    assert held is not None and held.code == "cap" and "14 days" in held.text
    assert cap_reason([_sent(14)], [], NOW) is None
    assert cap_reason([], [], NOW) is None


def test_cap_is_configurable_and_counts_every_channel_and_kind() -> None:
    assert cap_reason([_sent(20)], [], NOW, RuleConfig(cap_days=30)) is not None
    sms = SentMessage(1, SMS, "birthday", NOW - timedelta(days=1))
    assert cap_reason([sms], [], NOW) is not None
    assert cap_reason([_sent(2, kind=SERVICE, campaign="apology")], [], NOW) is not None


def test_non_responders_are_contacted_less_often() -> None:
    """After three marketing messages in a row without a visit, the cap is four times longer."""
    old = [_sent(40 + 20 * i) for i in range(FATIGUE_STREAK)]
    assert effective_cap_days(old, [], NOW) == (CAP_DAYS * FATIGUE_MULTIPLIER, FATIGUE_STREAK)
    assert cap_reason(old, [], NOW).code == "fatigue"
    assert cap_reason([_sent(40 + 20 * i) for i in range(FATIGUE_STREAK - 1)], [], NOW) is None
    # a visit within 30 days after the latest message breaks the streak
    visit = NOW - timedelta(days=35)
    assert effective_cap_days(old, [visit], NOW) == (CAP_DAYS, 0)
    # messages whose 30-day window is still open do not count yet
    recentish = [_sent(29)] + old
    assert effective_cap_days(recentish, [], NOW)[1] == FATIGUE_STREAK


def test_quiet_hours_edges_across_midnight() -> None:
    day = datetime(2026, 11, 20)
    quiet = lambda h, m=0: in_quiet_hours(day.replace(hour=h, minute=m), QUIET_START, QUIET_END)  # noqa: E731
    assert not quiet(20, 59) and quiet(21, 0) and quiet(2) and quiet(8, 59) and not quiet(9, 0)


def test_quiet_hours_within_a_day_and_none() -> None:
    t = datetime(2026, 11, 20, 13, 0)
    assert in_quiet_hours(t, time(12), time(14)) and not in_quiet_hours(t, time(14), time(16))
    assert not in_quiet_hours(t, time(9), time(9))


def test_next_send_time_waits_for_quiet_hours_and_contact_hours() -> None:
    assert next_send_time(datetime(2026, 11, 20, 10, 0)) is None
    assert next_send_time(datetime(2026, 11, 20, 22, 10)) == datetime(2026, 11, 21, 9, 0)
    # the customer prefers 17:00-20:00
    assert next_send_time(datetime(2026, 11, 20, 10, 0), contact_hours=(17, 20)) == datetime(2026, 11, 20, 17, 0)
