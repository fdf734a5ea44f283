"""The rules that decide whether a customer may get a message now: consent
for the channel, the do-not-contact list, one frequency cap across every
channel and campaign (read from the message log), fewer messages for people
who never respond, and quiet hours.

Threading: pure functions over immutable values; safe anywhere.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Iterable, Sequence

from desktop.messaging.model import CHANNELS, EMAIL, MARKETING, SHORT_CHANNELS, Recipient, SentMessage, Suppression
from desktop.messaging.reasons import Reason, reason

CAP_DAYS = 14
"""Default frequency cap: at most one marketing message per customer in this many days, across
every channel and campaign."""
RESPONSE_WINDOW_DAYS = 30
"""A message was answered when the customer visited within this many days after it."""
FATIGUE_STREAK = 3
"""The "contact non-responders less often" rule: after this many marketing messages in a row with
no visit within ``RESPONSE_WINDOW_DAYS`` after any of them ..."""
FATIGUE_MULTIPLIER = 4
"""... the customer's cap becomes this many times longer (14 days -> 56 days)."""
QUIET_START = time(21, 0)
QUIET_END = time(9, 0)
"""Default quiet hours: nothing is sent from 21:00 until 09:00 (the business's local time)."""


@dataclass(frozen=True)
class RuleConfig:
    """The owner's settings for the rules (defaults above). ``quiet_start``
    and ``quiet_end`` may cross midnight; equal times mean no quiet hours."""

    cap_days: int = CAP_DAYS
    quiet_start: time = QUIET_START
    quiet_end: time = QUIET_END
    fatigue_streak: int = FATIGUE_STREAK
    fatigue_multiplier: int = FATIGUE_MULTIPLIER
    response_window_days: int = RESPONSE_WINDOW_DAYS


def normal_address(value: str | None) -> str:
    """E-mail lower-cased, phone without spaces: how suppressions are compared."""
    text = (value or "").strip().lower()
    return "".join(text.split()) if text and "@" not in text else text


def suppressed(recipient: Recipient, entries: Iterable[Suppression]) -> Suppression | None:
    """The do-not-contact entry that covers this customer (by id, e-mail or phone), if any."""
    email, phone = normal_address(recipient.email), normal_address(recipient.phone)
    for entry in entries:
        value = normal_address(entry.value)
        if ((entry.kind == "customer" and value == str(recipient.customer_id))
                or (entry.kind == "email" and email and value == email)
                or (entry.kind == "phone" and phone and value == phone)):
            return entry
    return None


def address(recipient: Recipient, channel: str) -> str | None:
    return (recipient.email if channel == EMAIL else recipient.phone if channel in SHORT_CHANNELS else None) or None


def choose_channel(recipient: Recipient, channels: Sequence[str] = CHANNELS
                   ) -> tuple[str | None, tuple[Reason, ...]]:
    """The customer's preferred channel when it is among ``channels`` and has
    consent and an address, else the first of ``channels`` that has; or
    (None, why not for each channel). Only an explicit yes is consent:
    unknown is no, and a no is never overridden by a preference."""
    why: list[Reason] = []
    preferred = recipient.preferred_channel
    if preferred in channels:
        channels = (preferred, *(c for c in channels if c != preferred))
    for channel in channels:
        agreed = recipient.consent.get(channel)
        if agreed is True and address(recipient, channel):
            return channel, ()
        if agreed is True:
            why.append(reason("no_address", channel=channel))
        elif agreed is False:
            why.append(reason("consent_refused", channel=channel))
        else:
            why.append(reason("consent", channel=channel))
    # the most telling reason first: a refusal, then no consent, then no address
    order = {"consent_refused": 0, "consent": 1, "no_address": 2}
    return None, tuple(sorted(why, key=lambda r: order[r.code]))


def responded(message: SentMessage, visits: Sequence[datetime], window_days: int = RESPONSE_WINDOW_DAYS) -> bool:
    """True when a visit falls in (sent_at, sent_at + window]."""
    end = message.sent_at + timedelta(days=window_days)
    return any(message.sent_at < v <= end for v in visits)


def effective_cap_days(history: Sequence[SentMessage], visits: Sequence[datetime], as_of: datetime,
                       config: RuleConfig = RuleConfig()) -> tuple[int, int]:
    """(cap in days, unanswered streak) for one customer: the streak counts
    their latest marketing messages whose response window has closed with
    no visit; at ``fatigue_streak`` the cap grows ``fatigue_multiplier``-fold."""
    streak = 0
    window = timedelta(days=config.response_window_days)
    for message in sorted((m for m in history if m.kind == MARKETING), key=lambda m: m.sent_at, reverse=True):
        if message.sent_at + window > as_of:
            continue  # too early to say whether they came back
        if responded(message, visits, config.response_window_days):
            break
        streak += 1
    cap = config.cap_days * (config.fatigue_multiplier if streak >= config.fatigue_streak else 1)
    return cap, streak


def cap_reason(history: Sequence[SentMessage], visits: Sequence[datetime], as_of: datetime,
               config: RuleConfig = RuleConfig()) -> Reason | None:
    """Why the frequency cap holds this customer back now, or None. Every
    logged message (any kind, any channel) counts; a message exactly
    ``cap_days`` ago no longer holds anyone back."""
    if not history:
        return None
    last = max(history, key=lambda m: m.sent_at)
    cap, streak = effective_cap_days(history, visits, as_of, config)
    if as_of - last.sent_at >= timedelta(days=cap):
        return None
    when = f"{last.sent_at:%Y-%m-%d}"
    if as_of - last.sent_at < timedelta(days=config.cap_days):
        return reason("cap", date=when, campaign=last.campaign, days=config.cap_days)
    return reason("fatigue", count=streak, days=cap, date=when)


def in_quiet_hours(when: datetime, start: time, end: time) -> bool:
    """True when ``when`` falls inside [start, end); the window may cross
    midnight (21:00-09:00). Equal start and end: never quiet."""
    t = when.time()
    if start == end:
        return False
    if start < end:
        return start <= t < end
    return t >= start or t < end


def next_send_time(when: datetime, config: RuleConfig = RuleConfig(),
                   contact_hours: tuple[int, int] | None = None) -> datetime | None:
    """None when a message may go at ``when``; else the first moment after it
    outside quiet hours and inside the customer's own contact hours."""
    def allowed(t: datetime) -> bool:
        if in_quiet_hours(t, config.quiet_start, config.quiet_end):
            return False
        if contact_hours is not None:
            start, end = contact_hours
            return not in_quiet_hours(t, time(end % 24), time(start % 24))
        return True

    if allowed(when):
        return None
    probe = when.replace(second=0, microsecond=0)
    for _ in range(2 * 24 * 4):  # quarter hours over two days
        probe += timedelta(minutes=15)
        probe = probe.replace(minute=probe.minute - probe.minute % 15)
        if allowed(probe):
            return probe
    return None  # contact hours that never open: no constraint to honour
