"""The layer rules of ARCHITECTURE.md, checked by scanning imports with ast."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"

# layer -> top-level modules it must never import
FORBIDDEN = {
    "core": {"PySide6", "sqlalchemy", "alembic", "pandas", "numpy", "textblob"},
    "importers": {"PySide6", "sqlalchemy", "alembic"},
    "analysis": {"PySide6", "sqlalchemy", "alembic"},
    "customers": {"PySide6", "sqlalchemy", "alembic"},
    "messaging": {"PySide6", "sqlalchemy", "alembic"},
    "demo": {"PySide6", "sqlalchemy", "alembic"},
    "storage": {"PySide6"},
    "services": {"PySide6", "sqlalchemy", "alembic"},
    "ui": {"sqlalchemy", "alembic"},
}
FORBIDDEN_DESKTOP = {  # layer -> desktop subpackages it must not import
    "core": {"importers", "analysis", "storage", "services", "ui", "customers", "messaging"},
    "importers": {"storage", "services", "ui", "analysis"},
    "analysis": {"storage", "services", "ui", "importers"},
    "storage": {"services", "ui", "importers", "analysis"},
    "services": {"ui"},
    "ui": {"storage"},
    "demo": {"storage", "services", "ui"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    bad = []
    for path in _modules(layer):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in FORBIDDEN[layer]:
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
            parts = name.split(".")
            if parts[0] == "desktop" and len(parts) > 1 and parts[1] in FORBIDDEN_DESKTOP.get(layer, ()):
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, "layer rule broken:\n" + "\n".join(bad)


def test_every_layer_exists() -> None:
    for layer in ("core", "importers", "analysis", "storage", "services", "ui"):
        assert (PACKAGE / layer / "__init__.py").exists(), layer
