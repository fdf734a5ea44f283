"""Draft replies to reviews from phrase banks (``resources/templates/replies/<lang>.json``).

A draft is built from moves: greeting, thanks, what they liked (their own
dishes and staff first, then the aspects they praised), what went wrong
(never naming staff), their history with you when the reviewer is a known
customer, an invitation to talk for low ratings, a closing and a sign-off.
Each move has several phrasings, chosen deterministically by review id;
a caller writing a list passes the previous draft's choices so that
consecutive drafts never share an opening or a closing.

A draft never invents facts: every dish or person it names is one the
review itself named (matched to the owner's own spelling from the term
list), and nothing in the banks promises compensation. Drafts stay under
Google's 4,096-character limit.

Threading: pure; the banks are read once and cached.
"""
from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Mapping, Sequence

from desktop.analysis.resources import resources_dir
from desktop.messaging.model import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from desktop.messaging.replies import ReplyCandidate

REPLY_MAX_CHARS = 4_096
"""Google's limit for an owner's reply."""
POSITIVE_FROM, NEGATIVE_BELOW = 0.2, -0.2
"""Aspect polarity that counts as praise / as a complaint."""
MAX_PRAISE, MAX_COMPLAINTS = 2, 2
"""At most this many liked and disliked points are answered in one draft."""
REGULAR_VISITS = 10
"""A linked customer with at least this many visits is thanked "for coming back so often"."""
KNOWN_VISITS = 3
"""A linked customer with at least this many visits gets a sentence about their history with you."""
MISSED_SEGMENTS = ("at-risk", "lapsed")
"""A linked customer in these segments is told they were missed (not thanked for coming so often)."""
ASPECT_MOVES = ("food", "drinks", "service", "price", "ambience", "cleanliness", "wait")


@dataclass(frozen=True)
class ReplyContext:
    """What drafts may use besides the review: the business name, its
    language, and the owner's own dish and staff names."""

    business_name: str = ""
    business_language: str = DEFAULT_LANGUAGE
    dishes: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()
    signature: str = ""

    def language_for(self, review_language: str | None) -> str:
        code = (review_language or "").lower()
        return code if code in LANGUAGES else (self.business_language if self.business_language in LANGUAGES
                                               else DEFAULT_LANGUAGE)


@lru_cache(maxsize=None)
def bank(lang: str) -> dict:
    """The phrase bank of ``lang`` (cached; do not mutate)."""
    path = resources_dir() / "templates" / "replies" / f"{lang}.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _pick(options: Sequence[str], review_id: int, move: str, avoid: int = -1) -> tuple[str, int]:
    n = len(options)
    i = zlib.crc32(f"{review_id}:{move}".encode()) % n
    if i == avoid and n > 1:
        i = (i + 1) % n
    return options[i], i


def first_name(author: str | None) -> str:
    """"Maria R." -> "Maria"; "" for anonymous authors."""
    words = re.sub(r"[_,]", " ", author or "").split()
    if not words or words[0].lower() in ("a", "an", "anonymous", "anonimo", "anonyme", "anónimo", "аноним"):
        return ""
    name = words[0].strip(".")
    return name if len(name) > 1 and not any(ch.isdigit() for ch in name) else ""


def own_spelling(term: str, names: Sequence[str]) -> str:
    """The owner's spelling of a dish or staff name the review used, or the
    review's own words when the list does not have it."""
    low = term.strip().lower()
    for name in names:
        if name.lower() == low:
            return name
    for name in names:  # "marco's" -> "Marco"
        if low.rstrip("'s") == name.lower():
            return name
    return term.strip()


def band(c: ReplyCandidate) -> str:
    """"pos", "mixed" or "neg" from the stars, else from the aspects."""
    if c.rating is not None:
        return "pos" if c.rating >= 4 else "mixed" if c.rating == 3 else "neg"
    if not c.aspects:
        return "mixed"
    avg = sum(p for _, p, _ in c.aspects) / len(c.aspects)
    return "pos" if avg >= POSITIVE_FROM else "neg" if avg < NEGATIVE_BELOW else "mixed"


def _sentence(text: str) -> str:
    """A phrase whose first word may be a lower-cased dish: capitalised."""
    return text[:1].upper() + text[1:]


def _dish(term: str, ctx: ReplyContext, b: dict) -> str:
    """The owner's spelling, lower-cased mid-sentence where the language does ("the cacio e pepe")."""
    name = own_spelling(term, ctx.dishes)
    if b.get("lower_dish") and len(name) > 1 and name[1:2].islower():
        name = name[:1].lower() + name[1:]
    return name


def _points(c: ReplyCandidate, ctx: ReplyContext, b: dict, rid: int) -> tuple[list[str], list[str]]:
    liked: list[str] = []
    disliked: list[str] = []
    seen: set[str] = set()
    last: dict[str, int] = {}

    def pick(move: str, key: str) -> str:
        """A phrasing of ``move``, not the one this draft used last for it."""
        text, last[move] = _pick(b[move], rid, key, last.get(move, -1))
        return text

    for aspect, polarity, term in c.aspects:
        if aspect == "dish" and term:
            key = "dish:" + term.lower()
            if key in seen:
                continue
            seen.add(key)
            dish = _dish(term, ctx, b)
            if polarity >= POSITIVE_FROM and len(liked) < MAX_PRAISE:
                liked.append(_sentence(pick("dish_pos", key).format(dish=dish)))
            elif polarity < NEGATIVE_BELOW and len(disliked) < MAX_COMPLAINTS:
                disliked.append(_sentence(pick("dish_neg", key).format(dish=dish)))
        elif aspect == "staff" and term:
            key = "staff:" + term.lower()
            if key in seen or polarity < POSITIVE_FROM or len(liked) >= MAX_PRAISE:
                continue  # staff are thanked by name, never blamed in public
            seen.add(key)
            liked.append(pick("staff_pos", key).format(staff=own_spelling(term, ctx.staff)))
    for aspect, polarity, _term in c.aspects:
        if aspect not in ASPECT_MOVES or aspect in seen:
            continue
        if polarity >= POSITIVE_FROM and len(liked) < MAX_PRAISE:
            seen.add(aspect)
            liked.append(_pick(b["aspect_pos"][aspect], rid, aspect)[0])
        elif polarity < NEGATIVE_BELOW and len(disliked) < MAX_COMPLAINTS:
            seen.add(aspect)
            disliked.append(_pick(b["aspect_neg"][aspect], rid, aspect)[0])
    return liked, disliked


def compose_reply(c: ReplyCandidate, ctx: ReplyContext, lang: str | None = None,
                  avoid: Mapping[str, str] | None = None, slot: int | None = None) -> tuple[str, dict[str, str]]:
    """(draft, choices) for one review: ``choices`` maps the moves that open
    and close a draft (greeting, thanks, closing, signoff) to the text they
    got. ``slot`` (0 or 1: the review's place in the inbox, even or odd)
    picks each move among the even or the odd phrasings, so neighbours in
    the inbox never share an opening or a closing and any one review can be
    drafted alone, as the window does. Without a slot, ``avoid`` (the
    previous draft's choices) makes each move's text differ from it."""
    lang = lang or ctx.language_for(c.language)
    avoid = avoid or {}
    b = bank(lang)
    rid = c.review_id
    tone = band(c)
    name = first_name(c.author)
    business = ctx.signature or ctx.business_name
    choices: dict[str, str] = {}

    def pick(options: Sequence[str], move: str, **fields: str) -> str:
        """The phrasing chosen by review id, or the next one whose text differs from the previous draft's."""
        start = zlib.crc32(f"{rid}:{move}".encode()) % len(options)
        if slot is not None and len(options) >= 2:
            mine = range(slot % 2, len(options), 2)
            text = options[mine[start % len(mine)]].format(**fields)
            choices[move] = text
            return text
        for step in range(len(options)):
            text = options[(start + step) % len(options)].format(**fields)
            if text != avoid.get(move):
                break
        choices[move] = text
        return text

    parts = [pick(b["greeting"]["named" if name else "unnamed"], "greeting", name=name),
             pick(b["thanks"][tone], "thanks")]
    liked, disliked = _points(c, ctx, b, rid)
    parts += liked
    if tone == "neg" and not disliked:
        disliked.append(_pick(b["sorry_general"], rid, "sorry")[0])
    parts += disliked
    if c.customer is not None and c.customer.visits >= KNOWN_VISITS:
        parts.append(_pick(b[history_move(c)], rid, history_move(c))[0])
    if tone == "neg":
        parts.append(_pick(b["invite_contact"], rid, "invite")[0])
    tail = [pick(b["closing"][tone], "closing")]
    if business:
        tail.append(pick(b["signoff"], "signoff", business=business))
    text = _join(parts, tail)
    while len(text) > REPLY_MAX_CHARS and len(parts) > 2:
        parts.pop(-1)
        text = _join(parts, tail)
    return text[:REPLY_MAX_CHARS], choices


def history_move(c: ReplyCandidate) -> str:
    """Which history sentence a linked reviewer gets: missed (at-risk or
    lapsed), a regular (many visits), or known. Public replies never name
    what someone orders or when they came: only that you know them."""
    customer = c.customer
    if customer is not None and customer.segment in MISSED_SEGMENTS:
        return "history_missed"
    if customer is not None and customer.visits >= REGULAR_VISITS:
        return "history_regular"
    return "history_known"


def _join(parts: list[str], tail: list[str]) -> str:
    return "\n\n".join([parts[0], " ".join(parts[1:])] + [" ".join(tail[:1])] + tail[1:]) if len(parts) > 1 else \
        "\n\n".join(parts + tail)


def holding_reply(c: ReplyCandidate, ctx: ReplyContext, lang: str | None = None) -> str:
    """A short, serious holding reply for a health, safety or legal claim,
    with a gap ``[...]`` for the owner's direct contact; never cheerful,
    never admitting or denying anything."""
    lang = lang or ctx.language_for(c.language)
    b = bank(lang)
    name = first_name(c.author)
    text, _ = _pick(b["holding"], c.review_id, "holding")
    greeting = b["holding_greeting"]["named" if name else "unnamed"].format(name=name)
    business = ctx.signature or ctx.business_name
    return "\n\n".join([greeting, text, b["signoff"][0].format(business=business)] if business else [greeting, text])


__all__ = ["ReplyContext", "compose_reply", "holding_reply", "bank", "first_name", "own_spelling", "band",
           "REPLY_MAX_CHARS"]
