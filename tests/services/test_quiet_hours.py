"""Quiet hours that start and end at the same minute (22:00-22:00) are refused
wherever the rule can be set: the messaging service (which the Messages
page's settings dialog calls) and the ``sending`` command; nothing is stored."""
from __future__ import annotations

import contextlib
import io
import json
from dataclasses import replace
from datetime import time

import pytest

from desktop.cli import main
from desktop.core.errors import UserError
from desktop.services.messaging import parse_quiet_hours


def test_the_service_refuses_equal_quiet_hours_and_keeps_the_old_ones(services):
    before = services.messaging.settings()
    with pytest.raises(UserError, match="different times.*22:00"):
        services.messaging.save_settings(replace(before, quiet_start=time(22, 0), quiet_end=time(22, 0)))
    assert services.messaging.settings() == before
    # one minute apart is a (long) quiet night, and may cross midnight
    services.messaging.save_settings(replace(before, quiet_start=time(22, 0), quiet_end=time(21, 59)))
    after = services.messaging.settings()
    assert (after.quiet_start, after.quiet_end) == (time(22, 0), time(21, 59))


def test_equal_means_the_same_minute():
    with pytest.raises(UserError):
        parse_quiet_hours("07:30-07:30:20")  # seconds are not a difference the owner can see
    assert parse_quiet_hours("21:00-09:00") == (time(21, 0), time(9, 0))
    assert parse_quiet_hours(" 09:00 - 17:00 ") == (time(9, 0), time(17, 0))
    for bad in ("", "21:00", "21:00-", "9pm-9am", "21:00-09:00-10:00", "25:00-09:00"):
        with pytest.raises(UserError, match="not quiet hours such as 21:00-09:00"):
            parse_quiet_hours(bad)


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_the_sending_command_refuses_equal_quiet_hours(tmp_path):
    db = str(tmp_path / "q.sqlite")
    code, out, _ = _run("sending", "--db", db, "--quiet", "22:00-07:00", "--cap-days", "10", "--json")
    assert code == 0 and json.loads(out) == {"cap_days": 10, "quiet_start": "22:00", "quiet_end": "07:00"}
    code, out, err = _run("sending", "--db", db, "--quiet", "22:00-22:00", "--cap-days", "20")
    assert code == 2 and not out
    assert "Quiet hours must start and end at different times (both are 22:00)" in err
    code, out, _ = _run("sending", "--db", db, "--json")  # nothing stored, the cap neither
    assert code == 0 and json.loads(out) == {"cap_days": 10, "quiet_start": "22:00", "quiet_end": "07:00"}
    code, _, err = _run("sending", "--db", db, "--quiet", "10pm-7am")
    assert code == 2 and "'10pm-7am' is not quiet hours" in err
