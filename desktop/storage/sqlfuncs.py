"""SQL functions that must give the same answer on SQLite and PostgreSQL.

``folded(x)``: ``x`` lower-cased in every alphabet. PostgreSQL's ``lower``
does that; SQLite's folds ASCII only ("CAFÉ" becomes "cafÉ"), so on SQLite
it compiles to :data:`SQLITE_FOLD_FUNCTION`, Python's ``str.lower``, which
``database`` registers on every SQLite connection. It costs about three
times SQLite's own ``lower`` (60 ms against 27 ms over 100,000 reviews'
three text columns here), so it is used where the owner types (the review
search), not in the import's bulk e-mail matching (three times 2 s for
50,000 addresses): there no SQL lower-casing is needed at all, since every
customers row stores its e-mail already lower-cased by Python
(``repositories.customers.normal_email``), and "JÖRG@…" matches "jörg@…"
on both back ends."""
from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

SQLITE_FOLD_FUNCTION = "regulars_lower"
"""The name of Python's Unicode lower-casing on SQLite connections."""


class folded(FunctionElement):  # noqa: N801 - reads like the SQL function it is
    """``folded(column)``: the column's text lower-cased in every alphabet, on any back end."""

    type = String()
    inherit_cache = True


@compiles(folded)
def _folded_default(element: folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_FOLD_FUNCTION}({compiler.process(element.clauses, **kw)})"


def python_lower(value: Any) -> Any:
    """:data:`SQLITE_FOLD_FUNCTION`: Python's lower-casing of text; NULL stays
    NULL and a number becomes its text, as SQLite's own ``lower`` does."""
    if value is None or isinstance(value, bytes):
        return value
    return str(value).lower()
