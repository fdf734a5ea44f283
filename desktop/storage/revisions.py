"""The migration history read straight from ``migrations/versions/*.py``,
without importing Alembic.

Opening the app's database must not pay for importing Alembic (about a
tenth of a second at start-up) when the file is already at the newest
schema, which is nearly every start. The revision ids are plain string
assignments at the top of each migration script (``revision = "0003"``,
``down_revision = "0002"``), so reading them with ``ast`` is enough to know
the head. Anything this reader does not understand (branches, merges,
computed ids) makes it answer None, and the caller asks Alembic instead.

Thread-safety: pure reads of files; safe from any thread.
"""
from __future__ import annotations

import ast
from pathlib import Path

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"


def _assigned_strings(path: Path) -> dict[str, str | None] | None:
    """Module-level ``revision`` and ``down_revision`` of one script, or None
    when either is missing or not a plain string (or None for the first)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    found: dict[str, str | None] = {}
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        for target in targets:
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                if not isinstance(value, ast.Constant) or not isinstance(value.value, (str, type(None))):
                    return None  # a tuple (a merge) or something computed: not ours to guess
                found[target.id] = value.value
    if not isinstance(found.get("revision"), str) or "down_revision" not in found:
        return None
    return found


def linear_history(folder: Path = VERSIONS_DIR) -> list[str] | None:
    """Revision ids from the first to the head, when the history is one
    straight line; None when it is not (or a script cannot be read)."""
    parent_of: dict[str, str | None] = {}
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        ids = _assigned_strings(path)
        if ids is None:
            return None
        revision = ids["revision"]
        assert revision is not None
        if revision in parent_of:
            return None
        parent_of[revision] = ids["down_revision"]
    if not parent_of:
        return None
    children: dict[str | None, list[str]] = {}
    for revision, parent in parent_of.items():
        children.setdefault(parent, []).append(revision)
    if any(len(kids) > 1 for kids in children.values()):
        return None  # a branch
    history: list[str] = []
    current: str | None = None
    while current in children:
        current = children[current][0]
        history.append(current)
    return history if len(history) == len(parent_of) else None


def head_revision_fast(folder: Path = VERSIONS_DIR) -> str | None:
    """The newest revision id, or None when only Alembic can tell."""
    history = linear_history(folder)
    return history[-1] if history else None
