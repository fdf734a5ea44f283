"""Every at-risk and lapsed regular the demo café plants is listed by the
command an owner (or a check) runs, ``customers --segment at-risk|lapsed``,
and none of its steady regulars is."""
from __future__ import annotations

import json
import random
import re
import sqlite3

import pytest

from desktop.cli import main
from desktop.demo import generate
from desktop.demo.catalog import LOCATIONS
from desktop.demo.generator import DEFAULT_END
from desktop.demo.people import make_profiles
from desktop.demo.timeline import Timeline

DEMO_SEED = 7
"""The seed ``generate`` and ``build_demo`` use by default."""


@pytest.fixture(scope="module")
def listed(demo_sqlite):
    """{segment: external ids the CLI lists in it} for the demo café."""
    ext = dict(sqlite3.connect(demo_sqlite).execute("SELECT id, external_id FROM customers").fetchall())
    out = {}
    for segment in ("at-risk", "lapsed", "regular"):
        rows = _cli_json("customers", "--db", str(demo_sqlite), "--json", "--segment", segment)
        assert all(r["segment"] == segment for r in rows)
        out[segment] = {ext[r["id"]] for r in rows}
    return out


def _cli_json(*args: str):
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(list(args)) == 0
    return json.loads(buffer.getvalue())


def _planted(story: str) -> set[str]:
    return set(re.findall(r"CUST-\d{4}", generate(DEMO_SEED).story(story).description))


def _steady_regulars() -> set[str]:
    """The demo's "regular" profiles: the generator draws the profiles first from its seed, so the same
    draw gives them (checked against the generated customers' names)."""
    profiles = make_profiles(random.Random(DEMO_SEED), Timeline.for_end(DEFAULT_END), LOCATIONS)
    names = {c.external_id: c.name for c in generate(DEMO_SEED).customers}
    assert all(names[p.cid] == p.name for p in profiles)
    return {p.cid for p in profiles if p.kind == "regular"}


def test_every_planted_at_risk_regular_is_listed_at_risk(listed):
    planted = _planted("at_risk_regulars")
    assert len(planted) == 30
    assert planted <= listed["at-risk"], sorted(planted - listed["at-risk"])


def test_every_planted_lapsed_regular_is_listed_lapsed(listed):
    planted = _planted("lapsed_regulars")
    assert len(planted) == 40
    assert planted <= listed["lapsed"], sorted(planted - listed["lapsed"])


STEADY_LOOKING_SLIPPING = {"CUST-0282", "CUST-0629"}
"""Two of the 95 steady regulars whose random draw looks like slipping away, and which any rule that
finds the planted fading regulars calls at risk: CUST-0282 (Fridays and Saturdays) missed four habitual
days in a row, away 15 days, longer than any break they came back from; CUST-0629 (Tuesdays) came
twice in the last eight weeks where five were expected, after a six-week break. The generator gives a
"regular" 62% of their habitual days, so such runs happen; the demo is not re-drawn for them (every
other planted story would move)."""


def test_no_steady_regular_is_listed_at_risk_or_lapsed(listed):
    steady = _steady_regulars()
    assert len(steady) == 95
    flagged = steady & (listed["at-risk"] | listed["lapsed"])
    assert flagged <= STEADY_LOOKING_SLIPPING, sorted(flagged - STEADY_LOOKING_SLIPPING)
    assert not steady & listed["lapsed"]
    assert len(steady & listed["regular"]) >= 0.9 * len(steady)  # the few others are new: too recent to judge


def test_the_two_steady_regulars_flagged_are_flagged_for_what_their_visits_show(demo_sqlite):
    from desktop.services import Services

    services = Services.open(demo_sqlite)
    try:
        frame = services.customers.overview().frame
        with services.db.engine.connect() as conn:
            from sqlalchemy import text

            ids = dict(conn.execute(text("SELECT external_id, id FROM customers")).all())
        a, b = frame.loc[ids["CUST-0282"]], frame.loc[ids["CUST-0629"]]
    finally:
        services.close()
    assert (a.segment, a.reason, a.recency) == ("at-risk", "absent", 15)
    assert (b.segment, b.reason, b.reason_a) == ("at-risk", "slowing", 2) and b.reason_b >= 5
