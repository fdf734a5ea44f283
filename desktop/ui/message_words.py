"""The words of the Messages page that come from the engine as codes:
campaign names, the reasons someone is in or out of a campaign or ranks
high in the inbox, urgencies, channels, diet and allergy codes, and the
checklists for health and legal claims. Translated here, through tr(), so
the engine stays Qt-free and the window speaks the owner's language.

Threading: GUI thread (QCoreApplication.translate).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

CONTEXT = "MessageWords"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


CAMPAIGN_LABELS = {
    "winback": QT_TRANSLATE_NOOP("MessageWords", "Win back lapsed regulars"),
    "thank-you": QT_TRANSLATE_NOOP("MessageWords", "Thank your regulars"),
    "welcome": QT_TRANSLATE_NOOP("MessageWords", "Welcome new customers"),
    "birthday": QT_TRANSLATE_NOOP("MessageWords", "Birthdays this week"),
    "tier-upgrade": QT_TRANSLATE_NOOP("MessageWords", "Congratulate a tier upgrade"),
    "new-dish": QT_TRANSLATE_NOOP("MessageWords", "Announce a new dish"),
    "apology": QT_TRANSLATE_NOOP("MessageWords", "Apologise after a bad review"),
}
"""In the order the campaign picker shows them."""

REASONS = {
    "suppressed": QT_TRANSLATE_NOOP("MessageWords", "on the do-not-contact list ({detail})"),
    "consent": QT_TRANSLATE_NOOP("MessageWords", "no recorded consent for {channel}"),
    "consent_refused": QT_TRANSLATE_NOOP("MessageWords", "said no to {channel} messages"),
    "no_address": QT_TRANSLATE_NOOP("MessageWords", "no {channel} address on file"),
    "diet": QT_TRANSLATE_NOOP("MessageWords", "diet ({diet}) conflicts with the offer ({tags})"),
    "allergy": QT_TRANSLATE_NOOP("MessageWords", "allergy ({allergy}) conflicts with the offer ({tags})"),
    "health_note": QT_TRANSLATE_NOOP("MessageWords", "has a diet or allergy note Regulars cannot read (\u201c{note}\u201d): check it by hand before offering food"),
    "health_claim": QT_TRANSLATE_NOOP("MessageWords", "their review makes a health or safety claim: answer it personally from the Inbox"),
    "already": QT_TRANSLATE_NOOP("MessageWords", "already received this message on {date}"),
    "cap": QT_TRANSLATE_NOOP("MessageWords", "frequency cap: last message on {date}; at most one every {days} days"),
    "fatigue": QT_TRANSLATE_NOOP("MessageWords", "no visit after the last {count} messages: contacted at most every {days} days (last on {date})"),
    "holdout": QT_TRANSLATE_NOOP("MessageWords", "held out at random to measure whether the campaign works"),
    "segment": QT_TRANSLATE_NOOP("MessageWords", "{segment} customer"),
    "tier": QT_TRANSLATE_NOOP("MessageWords", "{tier} tier"),
    "tier_up": QT_TRANSLATE_NOOP("MessageWords", "moved up from {previous} to {tier}"),
    "birthday": QT_TRANSLATE_NOOP("MessageWords", "birthday on {date}"),
    "new_customer": QT_TRANSLATE_NOOP("MessageWords", "first visit on {date}"),
    "bad_review": QT_TRANSLATE_NOOP("MessageWords", "left a {rating}-star review on {date}"),
    "active": QT_TRANSLATE_NOOP("MessageWords", "visited in the last {days} days"),
    "flag": QT_TRANSLATE_NOOP("MessageWords", "health or safety claim: {flag}"),
    "low_rating": QT_TRANSLATE_NOOP("MessageWords", "{rating}-star review"),
    "known_customer": QT_TRANSLATE_NOOP("MessageWords", "written by a known customer ({visits} visits)"),
    "high_tier": QT_TRANSLATE_NOOP("MessageWords", "written by a {tier} customer"),
    "slipping": QT_TRANSLATE_NOOP("MessageWords", "a regular who is {segment}: a good reply may bring them back"),
    "influential": QT_TRANSLATE_NOOP("MessageWords", "influential reviewer ({detail})"),
    "recent": QT_TRANSLATE_NOOP("MessageWords", "posted {days} days ago"),
    "today": QT_TRANSLATE_NOOP("MessageWords", "posted today"),
    "waiting": QT_TRANSLATE_NOOP("MessageWords", "waiting {days} days for a reply"),
}

WORDS = {  # parameter values that are codes
    "email": QT_TRANSLATE_NOOP("MessageWords", "e-mail"),
    "sms": QT_TRANSLATE_NOOP("MessageWords", "SMS"),
    "whatsapp": QT_TRANSLATE_NOOP("MessageWords", "WhatsApp"),
    "lapsed": QT_TRANSLATE_NOOP("MessageWords", "lapsed"),
    "at-risk": QT_TRANSLATE_NOOP("MessageWords", "at-risk"),
    "regular": QT_TRANSLATE_NOOP("MessageWords", "regular"),
    "new": QT_TRANSLATE_NOOP("MessageWords", "new"),
    "one-off": QT_TRANSLATE_NOOP("MessageWords", "one-off"),
    "food poisoning": QT_TRANSLATE_NOOP("MessageWords", "food poisoning"),
    "allergic reaction": QT_TRANSLATE_NOOP("MessageWords", "allergic reaction"),
    "something in the food": QT_TRANSLATE_NOOP("MessageWords", "something in the food"),
    "pests": QT_TRANSLATE_NOOP("MessageWords", "pests"),
    "hygiene": QT_TRANSLATE_NOOP("MessageWords", "hygiene"),
    "legal threat": QT_TRANSLATE_NOOP("MessageWords", "legal threat"),
    "discrimination": QT_TRANSLATE_NOOP("MessageWords", "discrimination"),
    "meat": QT_TRANSLATE_NOOP("MessageWords", "meat"),
    "pork": QT_TRANSLATE_NOOP("MessageWords", "pork"),
    "fish": QT_TRANSLATE_NOOP("MessageWords", "fish"),
    "shellfish": QT_TRANSLATE_NOOP("MessageWords", "shellfish"),
    "dairy": QT_TRANSLATE_NOOP("MessageWords", "dairy"),
    "milk": QT_TRANSLATE_NOOP("MessageWords", "milk"),
    "egg": QT_TRANSLATE_NOOP("MessageWords", "egg"),
    "gluten": QT_TRANSLATE_NOOP("MessageWords", "gluten"),
    "nuts": QT_TRANSLATE_NOOP("MessageWords", "nuts"),
    "peanuts": QT_TRANSLATE_NOOP("MessageWords", "peanuts"),
    "soy": QT_TRANSLATE_NOOP("MessageWords", "soy"),
    "sesame": QT_TRANSLATE_NOOP("MessageWords", "sesame"),
    "celery": QT_TRANSLATE_NOOP("MessageWords", "celery"),
    "mustard": QT_TRANSLATE_NOOP("MessageWords", "mustard"),
    "sulphites": QT_TRANSLATE_NOOP("MessageWords", "sulphites"),
    "lupin": QT_TRANSLATE_NOOP("MessageWords", "lupin"),
    "alcohol": QT_TRANSLATE_NOOP("MessageWords", "alcohol"),
    "vegan": QT_TRANSLATE_NOOP("MessageWords", "vegan"),
    "vegetarian": QT_TRANSLATE_NOOP("MessageWords", "vegetarian"),
    "pescatarian": QT_TRANSLATE_NOOP("MessageWords", "pescatarian"),
    "halal": QT_TRANSLATE_NOOP("MessageWords", "halal"),
    "kosher": QT_TRANSLATE_NOOP("MessageWords", "kosher"),
    "gluten-free": QT_TRANSLATE_NOOP("MessageWords", "gluten-free"),
    "dairy-free": QT_TRANSLATE_NOOP("MessageWords", "dairy-free"),
    "no-alcohol": QT_TRANSLATE_NOOP("MessageWords", "no alcohol"),
    "no-pork": QT_TRANSLATE_NOOP("MessageWords", "no pork"),
}

URGENCY_LABELS = {
    "urgent": QT_TRANSLATE_NOOP("MessageWords", "Urgent"),
    "high": QT_TRANSLATE_NOOP("MessageWords", "High"),
    "normal": QT_TRANSLATE_NOOP("MessageWords", "Normal"),
    "low": QT_TRANSLATE_NOOP("MessageWords", "Low"),
}

CHECKLIST_LABELS = {
    "Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private.":
        QT_TRANSLATE_NOOP("MessageWords", "Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private."),
    "Find the visit: the date, what they ate, who cooked; keep the kitchen's temperature and cleaning records for that day.":
        QT_TRANSLATE_NOOP("MessageWords", "Find the visit: the date, what they ate, who cooked; keep the kitchen's temperature and cleaning records for that day."),
    "Ask them to contact you directly so you can hear the details (symptoms, when, what they ate).":
        QT_TRANSLATE_NOOP("MessageWords", "Ask them to contact you directly so you can hear the details (symptoms, when, what they ate)."),
    "If more than one guest reports illness, tell your food safety lead or local authority.":
        QT_TRANSLATE_NOOP("MessageWords", "If more than one guest reports illness, tell your food safety lead or local authority."),
    "Check the dish's allergen sheet: was the ingredient listed, and was the guest told?":
        QT_TRANSLATE_NOOP("MessageWords", "Check the dish's allergen sheet: was the ingredient listed, and was the guest told?"),
    "Ask them to contact you directly; note what they ordered and what they told the staff.":
        QT_TRANSLATE_NOOP("MessageWords", "Ask them to contact you directly; note what they ordered and what they told the staff."),
    "Correct the menu or the allergen sheet now if it was wrong, and tell the team.":
        QT_TRANSLATE_NOOP("MessageWords", "Correct the menu or the allergen sheet now if it was wrong, and tell the team."),
    "Ask them to keep the object or a photo and to contact you directly.":
        QT_TRANSLATE_NOOP("MessageWords", "Ask them to keep the object or a photo and to contact you directly."),
    "Check with the kitchen which dish and batch it was, and what the object could be.":
        QT_TRANSLATE_NOOP("MessageWords", "Check with the kitchen which dish and batch it was, and what the object could be."),
    "Inspect the premises today and call your pest control contractor; keep the report.":
        QT_TRANSLATE_NOOP("MessageWords", "Inspect the premises today and call your pest control contractor; keep the report."),
    "Thank them for telling you and say what you checked; do not deny before you have looked.":
        QT_TRANSLATE_NOOP("MessageWords", "Thank them for telling you and say what you checked; do not deny before you have looked."),
    "Check the area they mention and your cleaning log for that day.":
        QT_TRANSLATE_NOOP("MessageWords", "Check the area they mention and your cleaning log for that day."),
    "Thank them, say what you checked or changed, and invite them to contact you.":
        QT_TRANSLATE_NOOP("MessageWords", "Thank them, say what you checked or changed, and invite them to contact you."),
    "Do not discuss the details in public; talk to your insurer or lawyer before you answer.":
        QT_TRANSLATE_NOOP("MessageWords", "Do not discuss the details in public; talk to your insurer or lawyer before you answer."),
    "Keep every message, receipt and record of the visit.":
        QT_TRANSLATE_NOOP("MessageWords", "Keep every message, receipt and record of the visit."),
    "Take it seriously: hear the staff involved and the guest before you answer in public.":
        QT_TRANSLATE_NOOP("MessageWords", "Take it seriously: hear the staff involved and the guest before you answer in public."),
    "Reply briefly, invite them to contact you directly, and do not argue the facts in public.":
        QT_TRANSLATE_NOOP("MessageWords", "Reply briefly, invite them to contact you directly, and do not argue the facts in public."),
}

VERDICTS = {
    "pending": QT_TRANSLATE_NOOP("MessageWords", "Too early to tell: the 30-day window closes on {date}"),
    "worked": QT_TRANSLATE_NOOP("MessageWords", "More customers came back than in the hold-out"),
    "worse": QT_TRANSLATE_NOOP("MessageWords", "Fewer customers came back than in the hold-out"),
    "too_few": QT_TRANSLATE_NOOP("MessageWords", "Too few customers to tell"),
    "no_difference": QT_TRANSLATE_NOOP("MessageWords", "No clear difference from the hold-out"),
    "no_holdout": QT_TRANSLATE_NOOP("MessageWords", "Nobody was held out, so there is nothing to compare with"),
}


def word(value: str) -> str:
    """A code or comma-separated codes in the window's language."""
    parts = [p.strip() for p in value.split(",")]
    return ", ".join(tr(WORDS[p]) if p in WORDS else p for p in parts)


class MessageWords(QObject):
    """The reasons that count stars, as plural messages: "recensione da 1 stella" but
    "da 2 stelle", "отзыв на 1 звезду / 2 звезды / 5 звёзд" (pyside6-lupdate marks a
    message plural only when it is ``self.tr(text, "", n)`` in a QObject subclass; the
    class's name is the context the other reasons use)."""

    def counted(self, code: str, n: int) -> str | None:
        """The sentence for ``code`` with ``n`` stars, or None when ``code`` counts nothing."""
        if code == "low_rating":
            return self.tr("%n-star review", "", n)
        if code == "bad_review":
            return self.tr("left a %n-star review on {date}", "", n)
        return None


_COUNTED: list[MessageWords] = []  # one, made on first use (after the QApplication)


def _counted(code: str, n: int) -> str | None:
    if not _COUNTED:
        _COUNTED.append(MessageWords())
    return _COUNTED[0].counted(code, n)


def _whole(value: str) -> int | None:
    """``value`` as a whole number of stars ("1", "1.0"), else None ("4.5", "")."""
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def reason_text(reason: object) -> str:
    """A ``messaging.reasons.Reason`` as a sentence in the window's language."""
    code = getattr(reason, "code", "")
    params = {k: word(v) for k, v in getattr(reason, "params", ())}
    template = REASONS.get(code)
    if template is None:
        return str(getattr(reason, "text", code))
    stars_given = _whole(params.get("rating", ""))
    counted = _counted(code, stars_given) if stars_given is not None else None
    text = counted if counted is not None else tr(template)
    for key, value in params.items():
        text = text.replace("{" + key + "}", value)
    return text


def campaign_label(name: str) -> str:
    return tr(CAMPAIGN_LABELS.get(name, name))


def checklist_text(step: str) -> str:
    return tr(CHECKLIST_LABELS[step]) if step in CHECKLIST_LABELS else step


def urgency_label(code: str) -> str:
    return tr(URGENCY_LABELS.get(code, code))


def verdict_text(code: str, date_text: str = "") -> str:
    return tr(VERDICTS.get(code, code)).replace("{date}", date_text)


MERGE_FIELD_LABELS = {
    "hello": QT_TRANSLATE_NOOP("MessageWords", "the greeting, with the first name when known"),
    "first_name": QT_TRANSLATE_NOOP("MessageWords", "the customer's first name"),
    "name": QT_TRANSLATE_NOOP("MessageWords", "the customer's full name"),
    "business_name": QT_TRANSLATE_NOOP("MessageWords", "your business name"),
    "usual_order": QT_TRANSLATE_NOOP("MessageWords", "what they usually order (empty when not known)"),
    "tier": QT_TRANSLATE_NOOP("MessageWords", "their tier (Regular, Gold, VIP...)"),
    "previous_tier": QT_TRANSLATE_NOOP("MessageWords", "their tier before the upgrade"),
    "visits": QT_TRANSLATE_NOOP("MessageWords", "how many visits they made"),
    "last_visit": QT_TRANSLATE_NOOP("MessageWords", "the date of their last visit"),
    "weeks_away": QT_TRANSLATE_NOOP("MessageWords", "weeks since their last visit"),
    "dish": QT_TRANSLATE_NOOP("MessageWords", "the dish the campaign is about (new dish)"),
    "offer": QT_TRANSLATE_NOOP("MessageWords", "your offer, exactly as you wrote it (empty when none)"),
    "review_date": QT_TRANSLATE_NOOP("MessageWords", "the date of their review (apology)"),
    "signature": QT_TRANSLATE_NOOP("MessageWords", "how you sign (your business name unless you change it)"),
}


def merge_field_label(name: str) -> str:
    return tr(MERGE_FIELD_LABELS.get(name, name))
