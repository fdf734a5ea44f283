"""What a complaint is about (issue 9): a complaint is filed under its
target, and a mention without an opinion is neutral (polarity 0.0, not in
``aspects``), in several languages."""
from __future__ import annotations

import pytest

from desktop.analysis.engine import analyze, rule_reading


def complaint_and_neutral(text: str, lang: str) -> tuple[dict[str, float], set[str]]:
    a = analyze(text, lang=lang)
    neutral = {m.aspect for m in a.mentions if m.polarity == 0.0}
    return a.aspects, neutral


# -- waits written as durations are wait complaints, not food ones --------------------

@pytest.mark.parametrize("text,lang", [
    ("Our pizzas came forty minutes after we ordered.", "en"),
    ("We waited 40 minutes for our food.", "en"),
    ("After a 45-minute wait we finally got our pizza.", "en"),
    ("Our food took an hour to arrive.", "en"),
    ("La pizza è arrivata dopo quaranta minuti.", "it"),
    ("Abbiamo aspettato un'ora per i primi.", "it"),
    ("La paella llegó después de cuarenta minutos.", "es"),
    ("Les pizzas sont arrivées au bout d'une heure.", "fr"),
    ("Die Pizza kam erst nach vierzig Minuten.", "de"),
    ("De pizza kwam pas na veertig minuten.", "nl"),
    ("A pizza chegou ao fim de quarenta minutos.", "pt"),
    ("Pizzan kom först efter fyrtio minuter.", "sv"),
    ("Пиццу принесли через сорок минут.", "ru"),
])
def test_a_long_wait_is_a_wait_complaint_not_a_food_one(text: str, lang: str) -> None:
    aspects, _neutral = complaint_and_neutral(text, lang)
    assert aspects.get("wait", 0) < 0, aspects
    assert aspects.get("food", 0) >= 0, aspects  # the food itself was not judged


@pytest.mark.parametrize("text,lang", [
    ("Food arrived in about 15 minutes.", "en"),
    ("It is a 30 minute drive from my house.", "en"),
    ("We spent three hours there and loved it.", "en"),
    ("Il ristorante è a dieci minuti da casa.", "it"),
])
def test_a_short_or_unrelated_duration_is_no_wait_complaint(text: str, lang: str) -> None:
    aspects, _ = complaint_and_neutral(text, lang)
    assert aspects.get("wait", 0) >= 0, aspects


# -- idioms and occasions are no aspect opinions ---------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Can't wait to come back!", "en"),
    ("Cannot wait to go back.", "en"),
    ("Non vedo l'ora di tornare!", "it"),
    ("Kan niet wachten om terug te komen!", "nl"),
    ("Не могу дождаться следующего визита!", "ru"),
    ("Mal posso esperar para voltar!", "pt"),
])
def test_cant_wait_is_praise_not_a_wait_complaint(text: str, lang: str) -> None:
    a = analyze(text, lang=lang)
    assert "wait" not in a.aspects, a.aspects
    assert a.sentiment > 0


@pytest.mark.parametrize("text,lang", [
    ("We came for a birthday dinner.", "en"),
    ("I went here for a family birthday dinner.", "en"),
    ("Siamo venuti per una cena di compleanno.", "it"),
    ("Fuimos a una cena de cumpleaños.", "es"),
])
def test_an_occasion_is_no_aspect_opinion(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).aspects == {}


# -- noun phrases are about their head --------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The matcha tiramisu was lovely.", "en"),
    ("Il tiramisù al matcha era ottimo.", "it"),
    ("Le gâteau au café était délicieux.", "fr"),
    ("La tarta de café estaba buenísima.", "es"),
])
def test_a_dish_flavoured_with_a_drink_is_food(text: str, lang: str) -> None:
    aspects, _ = complaint_and_neutral(text, lang)
    assert aspects.get("food", 0) > 0 and "drinks" not in aspects, aspects


def test_a_food_word_before_a_venue_word_names_a_place() -> None:
    a = analyze("I have eaten at many pizza places and this is the worst.", lang="en")
    assert "food" not in a.aspects, a.aspects


def test_a_price_cue_stays_with_the_price() -> None:
    aspects, neutral = complaint_and_neutral("The pizza was expensive.", "en")
    assert aspects.get("price", 0) < 0 and "food" not in aspects and "food" in neutral
    aspects, neutral = complaint_and_neutral("La pizza era carissima.", "it")
    assert aspects.get("price", 0) < 0 and "food" not in aspects, aspects


# -- a mention without an opinion is neutral --------------------------------------------

def test_rules_read_plain_mentions_as_neutral() -> None:
    """What the models must not be needed for: the rules' own reading."""
    from desktop.analysis.aspects import LINK_NONE
    from desktop.analysis.engine import rule_reading

    for text, lang in (("Hemos pedido la paella.", "es"), ("We ordered the soup.", "en")):
        _p, hits = rule_reading(text, lang)
        assert hits and all(h.polarity == 0.0 and h.scored == LINK_NONE for h in hits), text

@pytest.mark.parametrize("text,lang,aspect", [
    ("We ordered the lasagna and a bottle of wine.", "en", "food"),
    ("We had lunch with the waiter Tom.", "en", "service"),
    ("Abbiamo ordinato la lasagna.", "it", "food"),
    ("Siamo andati a pranzo con il cameriere Marco.", "it", "service"),
    ("Hemos pedido la paella.", "es", "food"),
    ("We ordered the soup.", "en", "food"),
    ("Nous avons commandé la soupe.", "fr", "food"),
    ("Wir haben die Suppe bestellt.", "de", "food"),
    ("Vi beställde soppan.", "sv", "food"),
    ("We bestelden de soep.", "nl", "food"),
    ("Мы заказали суп.", "ru", "food"),
    ("Pedimos a sopa.", "pt", "food"),
    ("Abbiamo ordinato la zuppa.", "it", "food"),
    ("Pedimos la sopa y el pescado del día.", "es", "food"),
    ("Wir bestellten Pizza und Salat.", "de", "food"),
    ("Мы заказали пиццу и салат.", "ru", "food"),
])
def test_a_plain_mention_is_neutral(text: str, lang: str, aspect: str) -> None:
    a = analyze(text, lang=lang)
    assert aspect not in a.aspects, a.aspects
    assert aspect in a.neutral_aspects
    assert all(m.polarity == 0.0 for m in a.mentions if m.aspect == aspect)


@pytest.mark.parametrize("text,lang,owner,other", [
    ("The pizza was expensive.", "en", "price", "food"),
    ("La pizza era carissima.", "it", "price", "food"),
    ("La paella llegó después de cuarenta minutos.", "es", "wait", "food"),
    ("Pizzan kom först efter fyrtio minuter.", "sv", "wait", "food"),
    ("A pizza chegou ao fim de quarenta minutos.", "pt", "wait", "food"),
    ("Die Pizza war viel zu teuer.", "de", "price", "food"),
])
def test_an_opinion_the_rules_read_is_not_refiled_by_the_model(text: str, lang: str, owner: str,
                                                                 other: str) -> None:
    aspects, neutral = complaint_and_neutral(text, lang)
    assert aspects.get(owner, 0) < 0, aspects
    assert other not in aspects and other in neutral, aspects


@pytest.mark.parametrize("text,lang", [
    ("We went on Saturday.", "en"), ("Siamo andati sabato.", "it"), ("Fomos lá no sábado.", "pt"),
    ("Vi var där på lördagen.", "sv"), ("Мы пришли в субботу.", "ru"),
    ("Fuimos el sábado con mis padres.", "es"), ("Nous y sommes allés samedi.", "fr"),
    ("We gingen er op zaterdag heen.", "nl"), ("Wir sind am Samstag gekommen.", "de"),
    ("Nous sommes venus pour un dîner d'anniversaire.", "fr"),
])
def test_a_plain_account_of_a_visit_has_no_sentiment(text: str, lang: str) -> None:
    """The subjectivity gate (``model.apply``): one clause telling what
    happened, with no opinion word, is no opinion, whatever the models'
    priors lean to."""
    a = analyze(text, lang=lang)
    assert a.sentiment == 0.0 and not a.aspects, (a.sentiment, a.aspects)


def test_the_gate_leaves_an_opinion_after_the_account() -> None:
    """A sentence that goes on, past a comma, to say how it was is read."""
    a = analyze("We ordered the soup. The soup was cold.", lang="en")
    assert a.sentences[0].sentiment == 0.0 and a.sentences[1].sentiment < 0
    assert analyze("Pedimos el especial, que tenía tanto hueso que era difícil comerlo.",
                   lang="es").sentiment != 0.0


def test_neutral_and_opinion_mentions_of_one_aspect() -> None:
    a = analyze("We ordered the soup. The soup was cold.", lang="en")
    assert a.aspects["food"] < 0 and "food" not in a.neutral_aspects
    assert sorted(m.polarity == 0.0 for m in a.mentions if m.aspect == "food") == [False, True]


# -- opinions that judge one aspect only ------------------------------------------------

@pytest.mark.parametrize("text,lang,aspect,sign", [
    ("The wait was long.", "en", "wait", -1),
    ("Prices are high for what you get.", "en", "price", -1),
    ("L'attesa è stata lunghissima.", "it", "wait", -1),
    ("I prezzi sono alti.", "it", "price", -1),
    ("De wachttijd was veel te lang.", "nl", "wait", -1),
    ("Les prix sont élevés.", "fr", "price", -1),
    ("Die Preise sind fair.", "de", "price", 1),
])
def test_aspect_bound_opinion_words(text: str, lang: str, aspect: str, sign: int) -> None:
    aspects, _ = complaint_and_neutral(text, lang)
    assert aspects.get(aspect, 0) * sign > 0, aspects


def test_aspect_bound_words_do_not_judge_other_things() -> None:
    assert analyze("High quality ingredients.", lang="en").sentiment > 0
    assert "price" not in analyze("High quality ingredients.", lang="en").aspects


# -- a negator with nothing to negate stays in its clause --------------------------------

def test_dangling_negation_does_not_reach_another_clause() -> None:
    # The negator is the sentence's only opinion and it is no food complaint:
    # the food mention stays neutral (what the app files causes from). The
    # aspects summary may lean with the sentence (engine._context_signs).
    a = analyze("As to my comment about the food, no apology was made.", lang="en")
    assert [m.polarity for m in a.mentions if m.aspect == "food"] == [0.0], a.mentions
    assert a.aspects.get("food", 0) > -0.2, a.aspects  # weaker than an opinion on the food
    a = analyze("The atmosphere was wonderful, however the food was not.", lang="en")
    assert a.aspects["food"] < 0 and a.aspects["ambience"] > 0


# -- whole reviews ----------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Ottimo, se vi piace mangiare in mezzo al rumore con la musica a tutto volume.", "it"),
    ("Great, if you like eating in a din with the music blaring.", "en"),
    ("Genial, si te gusta cenar con un ruido horrible.", "es"),
])
def test_irony_marker_turns_praise_sour(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).sentiment < 0


def test_a_polite_opening_does_not_outweigh_the_complaints() -> None:
    text = ("The place is lovely and the hostess was kind. The pasta was cold and bland. "
            "We waited forever for the bill.")
    assert analyze(text, lang="en").sentiment < 0


def test_a_sentence_opening_with_a_contrast_outweighs_what_came_before() -> None:
    text = "Bella terrazza e cocktail buoni. Purtroppo la cena è stata una delusione."
    assert analyze(text, lang="it").sentiment < 0


# -- the aspects summary may lean with a signed sentence (engine._context_signs) ---------

def test_context_sign_only_in_summary_and_weaker() -> None:
    from desktop.analysis.engine import CONTEXT_MIN_SCORE, CONTEXT_WEIGHT

    assert 0 < CONTEXT_WEIGHT < 1 and 0 < CONTEXT_MIN_SCORE < 1
    a = analyze("As to my comment about the food, no apology was made.", lang="en")
    (m,) = a.mentions
    assert m.aspect == "food" and m.polarity == 0.0  # no complaint is filed from it
    assert a.aspects["food"] == pytest.approx(CONTEXT_WEIGHT * a.sentences[0].sentiment)
    assert a.sentences[0].sentiment <= -CONTEXT_MIN_SCORE


def test_context_sign_needs_a_rule_read_sentence() -> None:
    """A sentence scored by the learned model alone lends no sign."""
    from desktop.analysis.engine import _context_signs
    from desktop.analysis.engine import rule_reading

    p, hits = rule_reading("We had dinner there.", "en")
    p.sentence_scores[0] = 0.5  # as if the sentence model had read it
    assert _context_signs(p, hits) == {}


@pytest.mark.parametrize("lang", ["en", "it", "pt", "sv", "ru", "es", "fr", "de", "nl"])
def test_every_language_names_its_event_verbs(lang: str) -> None:
    """The subjectivity gate's data: one-word event verbs, in the lexicon."""
    from desktop.analysis.lexicon import get_lexicon

    narrative = get_lexicon(lang).narrative
    assert len(narrative) >= 8 and all(" " not in w for w in narrative)


@pytest.mark.parametrize("text,lang,one", [
    ("We ordered the soup and the fish.", "en", True),
    ("Pedimos la sopa y el pescado del día.", "es", True),
    ("Мы заказали пиццу и салат.", "ru", True),
    ("We ordered the soup.", "en", True),
    # a coordinated clause that says more than a list of things may hold an opinion
    ("De frietjes kwamen uit de diepvries en hadden weinig smaak.", "nl", False),
    ("Pedí un menú y la misma camarera me miró como si estuviera loca.", "es", False),
    # a clause after a comma or a contrast is a clause of its own
    ("We ordered the soup, and the fish.", "en", False),
    ("We ordered the soup but the fish.", "en", False),
])
def test_one_statement(text: str, lang: str, one: bool) -> None:
    """What the subjectivity gate takes for one plain statement: one
    clause, or lists of things (``LIST_OTHER_WORDS`` other words at most)
    joined to it by a coordinator with no comma."""
    from desktop.analysis.lexicon import get_lexicon
    from desktop.analysis.model import LIST_OTHER_WORDS, _one_statement

    assert LIST_OTHER_WORDS == 1
    p, hits = rule_reading(text, lang)
    assert _one_statement(p, 0, len(p.tokens), hits, get_lexicon(lang).stopwords) is one


def test_the_gate_leaves_what_the_rules_read() -> None:
    """An opinion word in the statement: the rules' reading stands, the gate
    does not apply ("ordered" does not silence "cold")."""
    a = analyze("We ordered the soup and it was cold.", lang="en")
    assert a.sentiment < 0 and a.aspects.get("food", 0) < 0, (a.sentiment, a.aspects)
