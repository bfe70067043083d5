"""No module of the compiler binds one top-level name twice.

A second ``_LINK_ONLY = re.compile(…)`` further down a module silently replaces the first for every function that reads
it at run time, including the ones written for the first (sitting 49 found thirteen such pairs: an HTML-comment test
reading '# heading' lines, a two-blank-line reach become eight). ruff does not report a rebound constant."""

from __future__ import annotations

import ast
from pathlib import Path

COMPILER = Path(__file__).resolve().parent.parent / "compiler"


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen and name != "__all__":
                twice.append(f"{path.relative_to(COMPILER.parent)}:{node.lineno}: {name} (first bound at line {seen[name]})")
            seen.setdefault(name, node.lineno)
    return twice


def test_no_top_level_name_is_bound_twice() -> None:
    found = [line for path in sorted(COMPILER.rglob("*.py")) for line in _bound_twice(path)]
    assert not found, "\n".join(found)
