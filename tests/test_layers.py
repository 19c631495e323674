"""The import graph runs one way: each layer imports only the layers under it.

cli → run → crawl (spiders, crawl) → discovery, pipelines → extract, archive →
sites, participants, dates, dom, urls, text, items and the other leaves. Read from the
source with ``ast``; a module that is imported only inside a function counts too.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "newsarchive"
LAYERS: list[set[str]] = [
    {"cli"},
    {"run", "reparse", "mirror", "evaluation", "dataset", "arguments", "pagecommands"},
    {"export"},
    {"spiders", "crawl", "settings"},
    {"discovery", "pipelines"},
    {"extract", "archive"},
    {"sites", "participants", "dates", "dom", "urls", "text", "items", "crawlfacts",
     "runreport", "coverage", "config", "errors", "schema", "__init__"},
]
RANK = {unit: rank for rank, layer in enumerate(LAYERS) for unit in layer}


def _unit(module: str) -> str:
    """The top-level package or module of ``newsarchive.x.y`` (``__init__`` for the package)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module[:-9]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}".rstrip(".")
            names = [f"{base}.{alias.name}" for alias in node.names]
            found |= {base, *names} if base == "newsarchive" else {base}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name == "newsarchive" or name.startswith("newsarchive.")}


def _units() -> set[str]:
    return {_unit(".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts))
            for p in PACKAGE.rglob("*.py")}


def _graph() -> dict[str, set[str]]:
    """Unit → the units it imports (itself left out); a name the package defines itself
    (``from newsarchive import __version__``) is the package's ``__init__``."""
    units = _units()
    graph: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        source = _unit(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
        for target in _imports(path):
            unit = _unit(target)
            unit = unit if unit in units else "__init__"
            if unit != source:
                graph[source].add(unit)
    return graph


def test_every_unit_has_a_layer() -> None:
    assert not _units() - set(RANK), f"place these in LAYERS: {_units() - set(RANK)}"


def test_no_import_runs_back_up() -> None:
    upward = [(source, target) for source, targets in _graph().items() for target in targets
              if RANK[target] < RANK[source]]
    assert not upward, f"imports against the layering: {sorted(upward)}"


def test_the_spider_reaches_no_storage_and_discovery_no_extractor() -> None:
    graph = _graph()
    assert not graph["spiders"] & {"archive", "pipelines"}
    assert "extract" not in graph["discovery"]


def test_no_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}

    def visit(unit: str, path: list[str]) -> None:
        state[unit] = 1
        for target in sorted(graph.get(unit, ())):
            assert state.get(target) != 1, f"import cycle: {' → '.join([*path, target])}"
            if target not in state:
                visit(target, [*path, target])
        state[unit] = 2

    for unit in sorted(graph):
        if unit not in state:
            visit(unit, [unit])
