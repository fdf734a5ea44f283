"""The customer side in the owner's words and language: segment and tier
explanations, RFM in plain words, suggestion evidence, diet, allergen,
channel and tag names. The services give codes and numbers; this turns them
into translated sentences (GUI thread)."""
from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from desktop.ui.models.customers_model import money_text

translate = QCoreApplication.translate
CONTEXT = "CustomerText"

DIET_LABELS = {
    "vegetarian": QT_TRANSLATE_NOOP("CustomerText", "Vegetarian"),
    "vegan": QT_TRANSLATE_NOOP("CustomerText", "Vegan"),
    "gluten-free": QT_TRANSLATE_NOOP("CustomerText", "Gluten-free"),
    "halal": QT_TRANSLATE_NOOP("CustomerText", "Halal"),
    "kosher": QT_TRANSLATE_NOOP("CustomerText", "Kosher"),
    "dairy-free": QT_TRANSLATE_NOOP("CustomerText", "Dairy-free"),
}
ALLERGEN_LABELS = {
    "gluten": QT_TRANSLATE_NOOP("CustomerText", "Gluten (cereals)"),
    "crustaceans": QT_TRANSLATE_NOOP("CustomerText", "Crustaceans"),
    "eggs": QT_TRANSLATE_NOOP("CustomerText", "Eggs"),
    "fish": QT_TRANSLATE_NOOP("CustomerText", "Fish"),
    "peanuts": QT_TRANSLATE_NOOP("CustomerText", "Peanuts"),
    "soybeans": QT_TRANSLATE_NOOP("CustomerText", "Soya"),
    "milk": QT_TRANSLATE_NOOP("CustomerText", "Milk (lactose)"),
    "nuts": QT_TRANSLATE_NOOP("CustomerText", "Tree nuts"),
    "celery": QT_TRANSLATE_NOOP("CustomerText", "Celery"),
    "mustard": QT_TRANSLATE_NOOP("CustomerText", "Mustard"),
    "sesame": QT_TRANSLATE_NOOP("CustomerText", "Sesame"),
    "sulphites": QT_TRANSLATE_NOOP("CustomerText", "Sulphites"),
    "lupin": QT_TRANSLATE_NOOP("CustomerText", "Lupin"),
    "molluscs": QT_TRANSLATE_NOOP("CustomerText", "Molluscs"),
}
CHANNEL_LABELS = {
    "email": QT_TRANSLATE_NOOP("CustomerText", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("CustomerText", "SMS"),
    "whatsapp": QT_TRANSLATE_NOOP("CustomerText", "WhatsApp"),
}
FIELD_LABELS = {
    "usual_order": QT_TRANSLATE_NOOP("CustomerText", "Usual order"),
    "diet": QT_TRANSLATE_NOOP("CustomerText", "Diet"),
    "allergy": QT_TRANSLATE_NOOP("CustomerText", "Allergy"),
    "language": QT_TRANSLATE_NOOP("CustomerText", "Language"),
    "seating": QT_TRANSLATE_NOOP("CustomerText", "Seating"),
    "preferred_channel": QT_TRANSLATE_NOOP("CustomerText", "Preferred channel"),
    "best_time": QT_TRANSLATE_NOOP("CustomerText", "Best time to contact"),
    "notes": QT_TRANSLATE_NOOP("CustomerText", "Notes"),
}
MENU_TAG_LABELS = {
    "meat": QT_TRANSLATE_NOOP("CustomerText", "Meat"),
    "fish": QT_TRANSLATE_NOOP("CustomerText", "Fish"),
    "shellfish": QT_TRANSLATE_NOOP("CustomerText", "Shellfish"),
    "dairy": QT_TRANSLATE_NOOP("CustomerText", "Dairy"),
    "egg": QT_TRANSLATE_NOOP("CustomerText", "Egg"),
    "gluten": QT_TRANSLATE_NOOP("CustomerText", "Gluten"),
    "nuts": QT_TRANSLATE_NOOP("CustomerText", "Nuts"),
    "alcohol": QT_TRANSLATE_NOOP("CustomerText", "Alcohol"),
    "vegan": QT_TRANSLATE_NOOP("CustomerText", "Vegan"),
    "vegetarian": QT_TRANSLATE_NOOP("CustomerText", "Vegetarian"),
}
ENTERED_BY_LABELS = {
    "staff-note": QT_TRANSLATE_NOOP("CustomerText", "from a staff note"),
    "owner": QT_TRANSLATE_NOOP("CustomerText", "entered by you"),
    "accepted": QT_TRANSLATE_NOOP("CustomerText", "confirmed by you"),
}


def label(table: Mapping[str, str], code: str) -> str:
    return translate(CONTEXT, table[code]) if code in table else code


def language_label(code: str | None) -> str:
    if not code:
        return ""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


class CustomerText(QObject):
    """Counted phrases need a QObject's ``tr(text, "", n)`` to be plural messages."""

    def visits(self, n: int) -> str:
        return self.tr("%Ln visit(s)", "", n)

    def segment_reason(self, m: Mapping[str, Any], window_days: int = 56) -> str:
        code = m.get("reason")
        a, b = m.get("reason_a"), m.get("reason_b")
        n = int(round(a)) if a is not None and a == a else 0
        k = int(round(b)) if b is not None and b == b else 0
        if code == "new":
            return self.tr("First visit %Ln day(s) ago", "", n)
        if code == "one_visit":
            return self.tr("One visit, %Ln day(s) ago", "", n)
        if code == "few_visits":
            return self.tr("%Ln visit(s), no habit yet", "", n) + " · " + self.tr("last seen %Ln day(s) ago", "", k)
        if code == "absent":
            return self.tr("Not seen for %Ln day(s)", "", n) + " · " + self.tr("usually every %Ln day(s)", "", k)
        if code == "seasonal":  # away now as at this time last year, and they came back then
            return (self.tr("Not seen for %Ln day(s)", "", n) + " · "
                    + self.tr("last year they took a break of %Ln day(s) at this time and came back", "", k))
        if code == "slowing":
            weeks = max(int(m.get("reason_window") or 0 or window_days) // 7, 1)  # the stretch it was read over
            return (self.tr("%Ln visit(s) in the last %1 weeks", "", n).replace("%1", str(weeks)) + " · "
                    + self.tr("about %Ln expected from their rhythm", "", k))
        if code == "in_rhythm":
            return self.tr("Usually every %Ln day(s)", "", n) + " · " + self.tr("last seen %Ln day(s) ago", "", k)
        if code == "no_rhythm":
            return self.tr("%Ln visit(s)", "", n) + " · " + self.tr("last seen %Ln day(s) ago", "", k)
        if code == "no_dates":
            return self.tr("%Ln visit(s) in the customer file, no dates", "", n)
        return self.tr("No visit known yet")

    def tier_reason(self, m: Mapping[str, Any], currency: str | None) -> str:
        if not isinstance(m.get("tier"), str):
            return self.tr("Not in a tier yet")
        window = int(m.get("tier_window") or 0)
        if m.get("tier_basis") == "visits":
            return self.tr("%Ln visit(s) in the last %1 days", "", int(m.get("tier_value") or 0)).replace(
                "%1", str(window))
        return self.tr("%1 spent in the last %2 days").replace("%1", money_text(m.get("tier_value") or 0, currency)
                                                               ).replace("%2", str(window))

    def rfm(self, r: int, f: int, m: int) -> str:
        if not (r and f and m):
            return self.tr("Not enough visits to tell")
        recency = (self.tr("came recently") if r >= 4 else self.tr("not seen for a while") if r == 3
                   else self.tr("not seen for a long time"))
        frequency = (self.tr("comes often") if f >= 4 else self.tr("comes now and then") if f == 3
                     else self.tr("comes rarely"))
        money = (self.tr("spends a lot") if m >= 4 else self.tr("spends about average") if m == 3
                 else self.tr("spends little"))
        return f"{recency[:1].upper()}{recency[1:]}, {frequency}, {money}"

    def evidence(self, evidence: Mapping[str, Any]) -> str:
        code = evidence.get("code")
        if code == "usual_order":
            return self.tr("On %1 of %Ln visit(s)", "", int(evidence.get("visits", 0))).replace(
                "%1", str(evidence.get("count", 0)))
        if code == "never_meat":
            return self.tr("%Ln visit(s) with food, never meat or fish", "", int(evidence.get("meal_visits", 0)))
        if code == "review_language":
            return self.tr("Wrote %1 of %Ln review(s) in this language", "", int(evidence.get("reviews", 0))).replace(
                "%1", str(evidence.get("count", 0)))
        if code == "review_mention":
            return self.tr("Their review: “%1”").replace("%1", str(evidence.get("quote", "")))
        return ""

    def suggestion_value(self, field: str, value: str) -> str:
        if field == "diet":
            return label(DIET_LABELS, value)
        if field == "allergy":
            return label(ALLERGEN_LABELS, value)
        if field == "language":
            return language_label(value)
        return value


_TEXT: CustomerText | None = None


def text() -> CustomerText:
    """The one CustomerText (created on first use, on the GUI thread)."""
    global _TEXT
    if _TEXT is None:
        _TEXT = CustomerText()
    return _TEXT
