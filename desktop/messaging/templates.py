"""Message templates: Jinja2 in a sandbox, with the owner's edits over the
defaults shipped in ``resources/templates/messages/<lang>.json``.

A template is data, never code: it renders in an
``ImmutableSandboxedEnvironment`` (no private attributes, no mutation of
what it is given), with only the merge fields and a small ``range`` in
scope, every filter argument and ``*``/``%`` operand bounded, and a time
and size limit on each render. Whatever a template tries, rendering either
returns text or raises ``TemplateProblem`` with a message the owner can act
on; it never runs anything else and never hangs the window.

Threading: the environment is built once and shared (Jinja environments
are thread-safe for rendering); the time limit uses ``sys.settrace`` on the
rendering thread only.
"""
from __future__ import annotations

import json
import operator
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Mapping, Sequence

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.analysis.resources import resources_dir
from desktop.messaging.model import DEFAULT_LANGUAGE, LANGUAGES

RENDER_SECONDS = 0.5
"""A render taking longer than this is stopped (a loop over a huge range)."""
RENDER_MAX_CHARS = 20_000
"""A rendered message longer than this is refused (an e-mail is far shorter)."""
MAX_RANGE = 1_000
"""``range()`` in a template gives at most this many numbers."""
MAX_NUMBER_ARG = 10_000
"""Largest number a filter argument or a ``*`` operand may be (``center(10**9)``)."""
TEMPLATE_MAX_CHARS = 20_000
"""A template longer than this is refused before it is compiled."""

CAMPAIGNS: tuple[str, ...] = ("thank-you", "welcome", "winback", "birthday", "tier-upgrade", "new-dish",
                              "apology")
"""Campaign names (the CLI contract)."""
PARTS: tuple[str, ...] = ("subject", "email", "sms")
"""The parts of one template version: an e-mail subject and body, and an SMS text."""

MERGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("hello", "the greeting, with the first name when known (\u201cHi Maria,\u201d)"),
    ("first_name", "the customer's first name"),
    ("name", "the customer's full name"),
    ("business_name", "your business name"),
    ("usual_order", "what they usually order (empty when not known)"),
    ("tier", "their tier (Regular, Gold, VIP...)"),
    ("previous_tier", "their tier before the upgrade"),
    ("visits", "how many visits they made"),
    ("last_visit", "the date of their last visit"),
    ("weeks_away", "weeks since their last visit"),
    ("dish", "the dish the campaign is about (new-dish)"),
    ("offer", "your offer, exactly as you wrote it (empty when none)"),
    ("review_date", "the date of their review (apology)"),
    ("signature", "how you sign (your business name unless you change it)"),
)
"""Every merge field a template may use, with what it holds."""


class TemplateProblem(ValueError):
    """A template that cannot be rendered; the message says why, for the owner."""


class _Timeout(Exception):
    pass


def _bounded(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and abs(value) > MAX_NUMBER_ARG:
        raise TemplateProblem(f"the number {value} is too large for a message template")
    if isinstance(value, float) and abs(value) > MAX_NUMBER_ARG:
        raise TemplateProblem(f"the number {value:g} is too large for a message template")
    return value


def _guard(fn: Callable) -> Callable:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        for a in (*args[1:], *kwargs.values()):
            _bounded(a)
        return fn(*args, **kwargs)
    guarded.__name__ = getattr(fn, "__name__", "filter")
    for attr in ("jinja_pass_arg",):
        if hasattr(fn, attr):
            setattr(guarded, attr, getattr(fn, attr))
    return guarded


def safe_range(*args: int) -> range:
    """``range`` with at most ``MAX_RANGE`` numbers."""
    for a in args:
        _bounded(a)
    r = range(*args)
    if len(r) > MAX_RANGE:
        raise TemplateProblem(f"range() in a template may give at most {MAX_RANGE} numbers")
    return r


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox with bounded arithmetic and format widths."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name in ("*", "**"):
            for side, other in ((left, right), (right, left)):
                if isinstance(side, (str, list, tuple)) and isinstance(other, int) and len(side) * other > RENDER_MAX_CHARS:
                    raise TemplateProblem("a repeated text in the template would be far too long")
            if operator_name == "**":
                _bounded(left), _bounded(right)
        if operator_name == "%" and isinstance(left, str):
            _check_format_widths(left)
        if operator_name == "+" and isinstance(left, (str, list)) and isinstance(right, (str, list)):
            if len(left) + len(right) > RENDER_MAX_CHARS:
                raise TemplateProblem("the message would be far too long")
        ops = {"*": operator.mul, "**": operator.pow, "%": operator.mod, "+": operator.add}
        return ops[operator_name](left, right)

    def format_string(self, s: str, args: Any, kwargs: Any, format_func: Any = None) -> str:
        _check_format_widths(s)
        return super().format_string(s, args, kwargs, format_func)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        for a in (*args, *kwargs.values()):
            _bounded(a)
        return super().call(__context, __obj, *args, **kwargs)


def _check_format_widths(fmt: str) -> None:
    digits = 0
    for ch in fmt:
        digits = digits + 1 if ch.isdigit() else 0
        if digits >= 5:
            raise TemplateProblem("a format width in the template is far too large")


@lru_cache(maxsize=1)
def environment() -> _Sandbox:
    """The one shared sandbox (autoescape off: messages are plain text; the
    .eml and any HTML view escape the rendered text themselves)."""
    env = _Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.globals.clear()
    env.globals["range"] = safe_range
    env.filters = {name: _guard(fn) for name, fn in env.filters.items()}
    return env


def _with_limits(render: Callable[[], Any]) -> str:
    """Run ``render`` (a generator of text pieces) under the time and size limits."""
    deadline = time.perf_counter() + RENDER_SECONDS
    previous = sys.gettrace()

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if time.perf_counter() > deadline:
            raise _Timeout()
        return tracer

    pieces: list[str] = []
    size = 0
    sys.settrace(tracer)
    try:
        for piece in render():
            size += len(piece)
            if size > RENDER_MAX_CHARS:
                raise TemplateProblem(f"the message would be longer than {RENDER_MAX_CHARS:,} characters")
            pieces.append(piece)
    except _Timeout:
        raise TemplateProblem(f"the template took longer than {RENDER_SECONDS:g} s to fill in "
                              "(a loop that runs too long?)") from None
    finally:
        sys.settrace(previous)
    return "".join(pieces)


@lru_cache(maxsize=512)
def _compile(source: str) -> Any:
    return environment().from_string(source)


def check_template(source: str) -> None:
    """Raise ``TemplateProblem`` when ``source`` is not a valid template."""
    if len(source) > TEMPLATE_MAX_CHARS:
        raise TemplateProblem(f"the template is longer than {TEMPLATE_MAX_CHARS:,} characters")
    try:
        _compile(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(f"line {exc.lineno}: {exc.message}") from None
    except RecursionError:
        raise TemplateProblem("the template is nested too deeply") from None


def render(source: str, fields: Mapping[str, Any]) -> str:
    """``source`` filled in with ``fields``: trimmed text, or TemplateProblem
    (unknown merge field, syntax error, unsafe access, too slow, too long)."""
    check_template(source)
    template = _compile(source)
    try:
        text = _with_limits(lambda: template.generate(**dict(fields)))
    except TemplateProblem:
        raise
    except UndefinedError as exc:
        raise TemplateProblem(f"{_undefined_message(exc)}; the merge fields are: "
                              + ", ".join(name for name, _ in MERGE_FIELDS)) from None
    except SecurityError as exc:
        raise TemplateProblem(f"the template tried something a message template may not do ({exc})") from None
    except RecursionError:
        raise TemplateProblem("the template calls itself without end") from None
    except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
        raise TemplateProblem(f"the template could not be filled in: {exc}") from None
    lines = [line.rstrip() for line in text.strip().splitlines()]
    # blocks that rendered nothing leave blank lines behind: one blank line between paragraphs
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def _undefined_message(exc: UndefinedError) -> str:
    text = str(exc)
    if "is undefined" in text:
        return f"unknown merge field {text.split(' is undefined')[0]}"
    return text


# -- the shipped defaults and the owner's edits -------------------------------------

@dataclass(frozen=True)
class TemplateVersion:
    """One wording of a campaign message: subject, e-mail body, SMS text."""

    subject: str
    email: str
    sms: str

    def as_json(self) -> dict:
        return {"subject": self.subject, "email": self.email, "sms": self.sms}


@dataclass(frozen=True)
class LanguagePack:
    """Everything a language brings besides the templates: the greeting
    with and without a name, month names and the date pattern."""

    lang: str
    hello_named: str
    hello_unnamed: str
    months: tuple[str, ...]
    date_pattern: str


def templates_dir() -> Any:
    return resources_dir() / "templates" / "messages"


@lru_cache(maxsize=None)
def _load(lang: str) -> dict:
    path = templates_dir() / f"{lang}.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def supported(lang: str | None) -> str:
    """``lang`` when templates exist for it, else the default language."""
    code = (lang or "").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def language_pack(lang: str) -> LanguagePack:
    data = _load(supported(lang))
    return LanguagePack(data["lang"], data["hello"]["named"], data["hello"]["unnamed"],
                        tuple(data["months"]), data["date"])


def default_versions(campaign: str, lang: str) -> tuple[TemplateVersion, ...]:
    """The shipped wordings of ``campaign`` in ``lang`` (several, so that
    someone who gets it again does not read the same words)."""
    if campaign not in CAMPAIGNS:
        raise KeyError(f"unknown campaign {campaign!r}")
    data = _load(supported(lang))
    return tuple(TemplateVersion(v["subject"], v["email"], v["sms"])
                 for v in data["campaigns"][campaign])


def versions_from_json(text: str) -> tuple[TemplateVersion, ...]:
    """An owner's stored edit (a JSON list of {subject, email, sms})."""
    data = json.loads(text)
    return tuple(TemplateVersion(str(v.get("subject", "")), str(v.get("email", "")), str(v.get("sms", "")))
                 for v in data)


def versions_to_json(versions: Sequence[TemplateVersion]) -> str:
    return json.dumps([v.as_json() for v in versions], ensure_ascii=False)


def check_versions(versions: Sequence[TemplateVersion], sample: Mapping[str, Any]) -> None:
    """Raise TemplateProblem (naming the version and part) unless every part
    of every version renders with ``sample`` fields."""
    if not versions:
        raise TemplateProblem("a campaign needs at least one wording")
    for n, version in enumerate(versions, 1):
        for part in PARTS:
            source = getattr(version, part)
            if not source.strip():
                raise TemplateProblem(f"version {n}: the {part} is empty")
            try:
                render(source, sample)
            except TemplateProblem as exc:
                raise TemplateProblem(f"version {n}, {part}: {exc}") from None


def format_day(when: Any, lang: str) -> str:
    """"15 November" / "15. November" / "15 ноября" from the language pack."""
    if when is None:
        return ""
    pack = language_pack(lang)
    return pack.date_pattern.format(day=when.day, month=pack.months[when.month - 1], year=when.year)
