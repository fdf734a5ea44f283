"""Migration 0010 folds the e-mails stored before it, so a re-import of the
same till file finds its customers instead of adding them again."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from desktop.core.records import CustomerRecord
from desktop.storage import repositories as repo
from desktop.storage.database import Database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integrity"))
from integrity_tools import downgrade  # noqa: E402


def test_emails_stored_with_capitals_are_folded_and_matched_again(tmp_path):
    path = tmp_path / "old.sqlite"
    db = Database.open(path)
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("square", "a1", "Élodie", email="elodie@x.fr"),
                                        CustomerRecord("square", "a2", "Ben", email="ben@x.fr")])
    db.close()
    downgrade(path, "0009")
    con = sqlite3.connect(path)  # as an older version stored them: the till's capitals kept
    con.execute("UPDATE customers SET email = 'ÉLODIE@X.FR' WHERE name = 'Élodie'")
    con.execute("UPDATE customers SET email = ' Ben@X.fr ' WHERE name = 'Ben'")
    con.commit()
    con.close()
    db = Database.open(path)
    try:
        con = sqlite3.connect(path)
        assert sorted(con.execute("SELECT email FROM customers")) == [("ben@x.fr",), ("élodie@x.fr",)]
        con.close()
        with db.session() as s:  # another till's export naming the same people
            repo.insert_customers(s, None, [CustomerRecord("loyverse", "z9", "Elodie L.", email="Élodie@X.fr")])
            assert repo.counts(s)["customers"] == 2
    finally:
        db.close()
