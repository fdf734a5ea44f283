"""Reading the migration history without Alembic, and opening an up-to-date
database without importing Alembic at all (it costs start-up time)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.storage.database import Database, head_revision, revision_history
from desktop.storage.revisions import head_revision_fast, linear_history

ROOT = Path(__file__).resolve().parents[2]


def test_the_fast_reader_agrees_with_alembic():
    assert linear_history() == revision_history()
    assert head_revision_fast() == head_revision()


def _script(folder: Path, name: str, revision: str, down: str | None) -> None:
    (folder / f"{name}.py").write_text(
        f'"""{name}"""\nrevision = {revision!r}\ndown_revision = {down!r}\n'
        "def upgrade():\n    pass\n", encoding="utf-8")


def test_a_straight_history_is_read_in_order(tmp_path):
    _script(tmp_path, "b", "0002", "0001")
    _script(tmp_path, "a", "0001", None)
    _script(tmp_path, "c", "0003", "0002")
    assert linear_history(tmp_path) == ["0001", "0002", "0003"]
    assert head_revision_fast(tmp_path) == "0003"


def test_branches_merges_and_odd_scripts_are_left_to_alembic(tmp_path):
    _script(tmp_path, "a", "0001", None)
    _script(tmp_path, "b", "0002", "0001")
    _script(tmp_path, "c", "0002b", "0001")  # a branch
    assert head_revision_fast(tmp_path) is None
    (tmp_path / "c.py").unlink()
    (tmp_path / "m.py").write_text("revision = '0003'\ndown_revision = ('0001', '0002')\n", encoding="utf-8")
    assert head_revision_fast(tmp_path) is None  # a merge
    (tmp_path / "m.py").write_text("revision = make_id()\ndown_revision = '0002'\n", encoding="utf-8")
    assert head_revision_fast(tmp_path) is None  # computed
    (tmp_path / "m.py").write_text("def broken(:\n", encoding="utf-8")
    assert head_revision_fast(tmp_path) is None
    assert head_revision_fast(tmp_path / "missing") is None


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    path = tmp_path / "db.sqlite"
    Database.open(path).close()
    code = ("import sys\nfrom desktop.storage.database import Database\n"
            f"db = Database.open({str(path)!r})\nprint(db.current_revision(), 'alembic' in sys.modules)\n"
            "db.close()\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == [head_revision(), "False"]


def test_migrating_to_a_named_revision_stops_there(tmp_path):
    first = revision_history()[0]
    db = Database.open(tmp_path / "old.sqlite", migrate=False)
    db.migrate(first)
    assert db.current_revision() == first
    db.close()
    db = Database.open(tmp_path / "old.sqlite")
    assert db.current_revision() == head_revision()
    db.close()
    from desktop.storage import backups

    made = [b for b in backups.list_backups(tmp_path / "old.sqlite") if b.reason == backups.BEFORE_MIGRATION]
    assert [b.revision for b in made] == [first]
