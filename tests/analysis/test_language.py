"""Language detection: each supported language on realistic review text,
"unknown" for text that carries no language, and the resource loader."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.analysis import language
from desktop.analysis.engine import analyze
from desktop.analysis.language import (
    UNKNOWN,
    detect_language,
    language_scores,
    resources_dir,
)
from desktop.analysis.tokenize import normalise, tokenize_text

REVIEWS: dict[str, list[str]] = {
    "en": [
        "The food was great but the waiter was really rude to us.",
        "Best flat white in town, and the staff always remember my name.",
        "We waited forty minutes for a table even though we had a reservation.",
        "Overpriced for what you get, the portions are tiny.",
        "Lovely little café with a cozy atmosphere.",
    ],
    "de": [
        "Das Essen war lecker, aber die Bedienung war ziemlich unfreundlich.",
        "Wir mussten fast eine Stunde auf unsere Pizza warten.",
        "Der Kaffee ist hervorragend und der Kuchen hausgemacht.",
        "Viel zu teuer für so kleine Portionen.",
        "Gemütliches Café, sehr nette Kellnerin, wir kommen gerne wieder!",
    ],
    "nl": [
        "Het eten was heerlijk en de bediening erg vriendelijk.",
        "We hebben een uur moeten wachten op ons hoofdgerecht.",
        "De koffie was koud en de taart smaakte niet vers.",
        "Veel te duur voor wat je krijgt.",
        "Gezellig restaurant met een leuke sfeer, een echte aanrader!",
    ],
    "sv": [
        "Maten var god men servitören var otrevlig.",
        "Vi fick vänta länge på vår beställning.",
        "Mysigt kafé med jättegoda kanelbullar och bra kaffe.",
        "Alldeles för dyrt för så små portioner.",
        "Personalen är alltid trevlig och hjälpsam, vi kommer tillbaka!",
    ],
    "fr": [
        "La nourriture était délicieuse mais le serveur était très impoli.",
        "Nous avons attendu une heure avant d'être servis.",
        "Le café est excellent et les croissants sont frais.",
        "Beaucoup trop cher pour des portions aussi petites.",
        "Ambiance chaleureuse, personnel aux petits soins, je recommande !",
    ],
    "es": [
        "La comida estaba deliciosa pero el camarero fue muy grosero.",
        "Esperamos casi una hora para que nos trajeran los platos.",
        "El café es buenísimo y los churros están recién hechos.",
        "Demasiado caro para unas raciones tan pequeñas.",
        "Ambiente acogedor y personal muy amable, ¡volveremos!",
    ],
    "pt": [
        "A comida estava deliciosa mas o empregado foi muito mal-educado.",
        "Esperámos quase uma hora pelos pratos principais.",
        "O café é ótimo e os pastéis de nata estão sempre fresquinhos.",
        "Demasiado caro para porções tão pequenas.",
        "Ambiente acolhedor e atendimento simpático, não vejo a hora de voltar!",
    ],
    "it": [
        "Il cibo era ottimo ma il cameriere è stato scortese.",
        "Abbiamo aspettato quasi un'ora per i primi piatti.",
        "Il cornetto era fresco e il cappuccino perfetto.",
        "Troppo caro per porzioni così piccole, e il coperto è esagerato.",
        "Trattoria accogliente, personale gentilissimo, torneremo sicuramente!",
    ],
    "ru": [
        "Еда была очень вкусной, но официант вёл себя грубо.",
        "Мы ждали заказ почти час.",
        "Отличный кофе и свежие круассаны, всем рекомендую!",
        "Слишком дорого для таких маленьких порций.",
        "Уютное кафе и приветливый персонал.",
    ],
}


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, texts in REVIEWS.items() for t in texts])
def test_detects_each_supported_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", [
    "", "   ", "👍👍👍", "😍🍕☕", "!!!", "5/5", "10/10 ⭐⭐⭐⭐⭐", "ok", "OK!", "Super!", "Top", "Pizza",
    "Sushi 🍣", "Wow", ":)", "12:30", "Service", "Cappuccino",
])
def test_short_emoji_or_languageless_text_is_unknown(text: str) -> None:
    assert detect_language(text) == UNKNOWN


def test_none_like_input_never_raises() -> None:
    assert detect_language(None) == UNKNOWN  # type: ignore[arg-type]


def test_mixed_text_takes_the_dominant_language() -> None:
    text = ("Das Essen war wirklich sehr gut und die Bedienung war freundlich, "
            "nur die Wartezeit war etwas lang. Great coffee!")
    assert detect_language(text) == "de"
    text = ("The staff were lovely and the pasta was perfect, we will definitely come back. "
            "Grazie mille!")
    assert detect_language(text) == "en"


def test_mixed_half_and_half_is_one_of_the_two_or_unknown() -> None:
    text = "Il cibo era buono. The service was slow."
    assert detect_language(text) in {"it", "en", UNKNOWN}


def test_close_pairs_are_told_apart() -> None:
    assert detect_language("Não gostei nada da comida, estava fria.") == "pt"
    assert detect_language("No me gustó nada la comida, estaba fría.") == "es"
    assert detect_language("Het eten was niet lekker en de ober was onbeleefd.") == "nl"
    assert detect_language("Das Essen war nicht lecker und der Kellner war unhöflich.") == "de"
    assert detect_language("Maden var ikke god og tjeneren var uhøflig.") == "da"
    assert detect_language("Maten var inte god och servitören var oartig.") == "sv"


def test_other_cyrillic_languages() -> None:
    assert detect_language("Їжа була смачна, але офіціант був неввічливий.") == "uk"
    assert detect_language("Храна је била укусна, али конобар је био непристојан.") == "sr"


def test_other_scripts() -> None:
    assert detect_language("料理はとても美味しかったです。") == "ja"
    assert detect_language("음식이 정말 맛있었어요") == "ko"
    assert detect_language("Το φαγητό ήταν υπέροχο") == "el"


def test_long_text_is_decided_from_its_start() -> None:
    text = "Il cibo era ottimo e il servizio veloce. " * 200
    assert detect_language(text) == "it"


def test_language_scores_favour_the_right_language() -> None:
    scores = language_scores("Le service était lent mais la nourriture était bonne.")
    assert max(scores, key=scores.get) == "fr"


def test_resources_dir_from_source_and_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert (resources_dir() / "langid" / "profiles.txt").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_profiles_are_small() -> None:
    size = sum(f.stat().st_size for f in (resources_dir() / "langid").iterdir() if f.is_file())
    assert size < 300_000


def test_thresholds_are_sane() -> None:
    assert language.MIN_SCORE > 0 and language.MIN_MARGIN > 0 and language.MIN_RATIO > 1
    assert set(language.SUPPORTED) >= {"en", "it", "pt", "sv", "ru", "es", "fr", "de", "nl"}


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a dev dependency
    given = None

if given is not None:
    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=400))
    def test_never_raises_and_returns_a_code(text: str) -> None:
        code = detect_language(text)
        assert code == UNKNOWN or (code.isalpha() and code.islower() and len(code) == 2)


def test_packed_word_scores_equal_plain_sums() -> None:
    """The packed (one int per word) scoring gives the same per-language
    sums as adding each listed word's weights, and a profile with a
    fractional weight falls back to the plain sums."""
    p = language._profiles()
    assert p.packed is not None
    for texts in REVIEWS.values():
        for text in texts:
            tokens = language._split_apostrophes(p, tokenize_text(normalise(text)))
            plain = [0.0] * len(p.langs)
            for tok in tokens:
                pid = p.words.get(tok)
                if pid:
                    for i, w in p.patterns[pid]:
                        plain[i] += w
            assert list(language._word_scores(p, tokens)) == plain
    frac = language._Profiles("[en]\n2: the food\n1.5: good\n[de]\n2: das essen\n")
    assert frac.packed is None
    assert language._word_scores(frac, ["the", "food", "good", "good", "das"]) == [7.0, 2.0]


@pytest.mark.parametrize("text", [t for texts in REVIEWS.values() for t in texts] + [
    "Il cibo era buono. The service was slow.", "Ok", "C'était l'idéal, vraiment!",
    "l'" * 5000, "Ottimo! " * 400, "Don't go there, it's awful and they didn't care.",
])
def test_the_engine_reports_the_language_detect_language_gives(text: str) -> None:
    """analyze hands its own tokens to the detector; the answer must be the
    one detect_language finds on its own (also for very long texts and
    texts made of elisions)."""
    assert analyze(text).language == detect_language(text)
