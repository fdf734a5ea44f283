"""Templates: the owner's text is data. Attempts to escape the sandbox, to hang or to flood
fail safely with a clear message; every shipped template renders in every language."""
from __future__ import annotations

import time

import pytest

from desktop.messaging.campaigns import sample_fields
from desktop.messaging.model import LANGUAGES
from desktop.messaging.templates import (
    CAMPAIGNS,
    MERGE_FIELDS,
    RENDER_SECONDS,
    TemplateProblem,
    check_versions,
    default_versions,
    language_pack,
    render,
)

FIELDS = sample_fields("en")


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ self.__init__.__globals__ }}",
    "{{ hello.format.__globals__ }}",
    "{{ hello.__class__ }}",
    "{{ ().__class__.__base__.__subclasses__() }}",
    "{% set x = [] %}{{ x.append(1) }}",
    "{{ lipsum() }}",
    "{{ namespace() }}",
    "{{ config }}",
    "{{ request }}",
])
def test_escape_attempts_fail_safely(source: str) -> None:
    with pytest.raises(TemplateProblem) as info:
        render(source, FIELDS)
    assert str(info.value)  # a message the owner can read, not a traceback


@pytest.mark.parametrize("source", [
    "{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}{% endfor %}{% endfor %}{% endfor %}",
    "{{ range(100000)|list }}",
    "{{ 'a' * 100000000 }}",
    "{{ 9 ** 99999 }}",
    "{{ 'x'|center(1000000000) }}",
    "{{ '%099999999d' % 1 }}",
    "{{ '{:>99999999}'.format('x') }}",
    "{% for x in range(1000) %}{{ hello * 100 }}{% endfor %}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
])
def test_huge_loops_and_outputs_are_stopped_quickly(source: str) -> None:
    start = time.perf_counter()
    with pytest.raises(TemplateProblem):
        render(source, FIELDS)
    assert time.perf_counter() - start < RENDER_SECONDS + 1.0


def test_unknown_merge_field_names_it_and_lists_the_real_ones() -> None:
    with pytest.raises(TemplateProblem, match="frist_name") as info:
        render("Hi {{ frist_name }}", FIELDS)
    assert "first_name" in str(info.value)


def test_syntax_error_says_where() -> None:
    with pytest.raises(TemplateProblem, match="line 2"):
        render("Hi\n{% if %}", FIELDS)


def test_merge_fields_render_and_are_all_listed() -> None:
    text = render("{{ hello }} {{ usual_order }} {{ business_name }}", FIELDS)
    assert text == "Hi Maria, oat flat white Café Aurora"
    assert set(FIELDS) == {name for name, _ in MERGE_FIELDS}


def test_template_text_is_not_markup() -> None:
    """Plain text out: a customer's name with markup stays as written (the .eml is text/plain)."""
    assert render("{{ name }}", {**FIELDS, "name": "<b>Bo</b>"}) == "<b>Bo</b>"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("campaign", CAMPAIGNS)
def test_every_shipped_template_renders_with_and_without_optional_fields(lang: str, campaign: str) -> None:
    fields = sample_fields(lang)
    versions = default_versions(campaign, lang)
    assert len(versions) >= 2, "a person who gets a campaign twice should not read the same words"
    check_versions(versions, fields)
    bare = {**fields, "usual_order": "", "offer": "", "last_visit": "", "review_date": "", "previous_tier": ""}
    check_versions(versions, bare)
    for version in versions:
        email = render(version.email, fields)
        assert "Maria" in email and "\n\n\n" not in email
        assert render(version.sms, fields).count("Maria") == 1
        # an offer appears only when the owner writes one
        assert "FREE-PASTRY" in render(version.email, {**fields, "offer": "FREE-PASTRY"})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_versions_of_a_campaign_differ(lang: str) -> None:
    for campaign in CAMPAIGNS:
        bodies = [render(v.email, sample_fields(lang)) for v in default_versions(campaign, lang)]
        assert len(set(bodies)) == len(bodies)
        subjects = [render(v.subject, sample_fields(lang)) for v in default_versions(campaign, lang)]
        assert len(set(subjects)) == len(subjects)


def test_language_packs_have_twelve_months() -> None:
    for lang in LANGUAGES:
        pack = language_pack(lang)
        assert len(pack.months) == 12 and "{first_name}" in pack.hello_named
