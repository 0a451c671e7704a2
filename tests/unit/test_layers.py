"""The arrows point ui -> models -> zk: zk/ imports no widget and nothing above it,
models/ no widget, and no module under ui/ talks to ZooKeeper (kazoo calls, the
session's workers) — its work goes through a controller in models/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "zkinspector"
#: The session's ways of running work on its workers.
SUBMITS = {"submit", "submit_long", "submit_stream"}


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).glob("*.py"))


def imports(path: Path) -> list[str]:
    """Every module ``path`` imports, relative ones as written (".models.tree" → "..models")."""
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append("." * node.level + (node.module or ""))
    return names


@pytest.mark.parametrize("path", modules("zk"), ids=lambda p: p.name)
def test_zk_imports_no_widget_and_nothing_above_it(path: Path) -> None:
    wrong = [
        name
        for name in imports(path)
        if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "..ui", "..models"))
    ]
    assert not wrong, f"{path.name} imports {wrong}"


@pytest.mark.parametrize("path", modules("models"), ids=lambda p: p.name)
def test_models_import_no_widget(path: Path) -> None:
    wrong = [n for n in imports(path) if n.startswith(("PySide6.QtWidgets", "..ui", ".ui"))]
    assert not wrong, f"{path.name} imports {wrong}"


@pytest.mark.parametrize("path", modules("ui"), ids=lambda p: p.name)
def test_ui_does_not_talk_to_zookeeper(path: Path) -> None:
    tree = ast.parse(path.read_text())
    wrong = [
        name
        for name in imports(path)
        if name.startswith("kazoo") and not name.startswith("kazoo.security")
    ]  # (kazoo's ACL value classes are plain data)
    wrong += [
        f"line {node.lineno}: .{node.func.attr}()"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SUBMITS
    ]
    assert not wrong, f"{path.name}: {wrong}"
