"""Sentence splitting and tokenisation invariants."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.analysis import tokenize as tk
from desktop.analysis.engine import analyze
from desktop.analysis.lexicon import get_lexicon
from desktop.analysis.sentiment import parse
from desktop.analysis.tokenize import (
    normalise,
    split_sentences,
    tokenize,
    tokenize_text,
)

REVIEWISH = st.text(alphabet=st.sampled_from(list("abc xyz.!?…,;:-'()\n\t😍:)<3éß")), max_size=80)


def test_split_sentences() -> None:
    assert split_sentences("Hi there. Good!  Bad?\n\n ok \n fine...   x") == [
        "Hi there.", "Good!", "Bad?", "ok", "fine...", "x"]
    assert split_sentences("") == [] and split_sentences(None) == []  # type: ignore[arg-type]
    assert split_sentences("3.5 stars, e.g.the best") == ["3.5 stars, e.g.the best"]


def test_tokenize() -> None:
    assert tokenize("Didn't like the over-priced café :) <3") == [
        "didn't", "like", "the", "over-priced", "café", ":)", "<3"]
    assert tokenize("l'ambiance était top", split_apostrophes=True) == ["l'", "ambiance", "était", "top"]
    assert normalise("It’s") == "It's"


@settings(max_examples=300, deadline=None)
@given(REVIEWISH)
def test_one_pass_tokens_agree_with_sentences(text: str) -> None:
    text = normalise(text)
    sentences = split_sentences(text)
    tokens = tokenize_text(text) + ["\n"]
    assert parse(tokens, len(sentences), get_lexicon("en")).n_sentences == len(sentences)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_analyze_total(text: str) -> None:
    a = analyze(text, lang="en")
    assert -1 <= a.sentiment <= 1
    assert len(a.sentences) == len(split_sentences(normalise(text)))
    assert all(0 <= m.sentence < len(a.sentences) for m in a.mentions)


_BACKTRACKING = {  # the token patterns as first written, before possessive quantifiers
    "_TOKEN": r"\w+(?:['-]\w+)*|[:;=][\-o']?[)(\]\[dp/|*]|<3|[^\w\s]",
    "_TEXT_TOKEN": r"\w+(?:['-]\w+)*|[.!?…。！？]+\s+|\n|[:;=][\-o']?[)(\]\[dp/|*]|<3|[^\w\s]",
    "_TEXT_TOKEN_PLAIN": r"\w+(?:['-]\w+)*|[.!?…。！？]+\s+|\n|[^\w\s]",
}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1é_'-.!?…。:;=()[]dpo/|*<3 \n\t", max_size=30))
def test_possessive_token_patterns_match_the_backtracking_ones(text: str) -> None:
    for name, pattern in _BACKTRACKING.items():
        assert getattr(tk, name).findall(text) == re.findall(pattern, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
       | st.text(alphabet="ab1_'-.!?:;=()[]dpo/|*<3 \n\t\x1c\x1f\x0b", max_size=30))
def test_ascii_token_patterns_match_the_unicode_ones_on_ascii_text(text: str) -> None:
    assert tk._TEXT_TOKEN_ASCII.findall(text) == tk._TEXT_TOKEN.findall(text)
    assert tk._TEXT_TOKEN_PLAIN_ASCII.findall(text) == tk._TEXT_TOKEN_PLAIN.findall(text)
