"""No line-anchored pattern of the compiler lets its leading run cross line ends.

In a pattern searched over a whole document with ``re.MULTILINE``, ``^\\s*`` (or ``^\\W*``) at a line start also
takes the line ends and every blank line after it; where the rest of the pattern then fails, the engine backtracks
through that whole run from every line start: quadratic work in a file of blank or whitespace lines (sitting 50's
fuzzing: 4,000 '- ' lines took 7 s, 16,000 blank-ish lines stopped a build at its time limit), and a match that does
succeed starts lines too early (a line number counted from its start is wrong). The leading run of a line pattern is
written ``[^\\S\\n]*`` / ``[^\\w\\n]*``. Work is counted by calls in tests/test_hostile_sources.py, where one regex
search is one call however long it backtracks, so this is checked here, on the patterns themselves."""

from __future__ import annotations

import ast
import functools
import importlib
import pkgutil
import re
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]  # (Python 3.11+, as the project requires)
from re import _parser as sre_parse  # type: ignore[attr-defined]

import compiler

COMPILER = Path(compiler.__file__).resolve().parent
_NEWLINE = ord("\n")
_TAKES_NEWLINE = {
    sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_NOT_WORD, sre_constants.CATEGORY_NOT_DIGIT,
    sre_constants.CATEGORY_UNI_NOT_LINEBREAK, sre_constants.CATEGORY_LINEBREAK,
}


def _takes_newline(item: tuple[object, object], flags: int) -> bool:
    """Whether one parsed item (a set, a class, a literal, '.') can match a line end."""
    op, arg = item
    if op is sre_constants.ANY:
        return bool(flags & re.DOTALL)
    if op is sre_constants.LITERAL:
        return arg == _NEWLINE
    if op is sre_constants.NOT_LITERAL:
        return arg != _NEWLINE
    if op is sre_constants.IN:
        members = list(arg)  # type: ignore[call-overload]
        negated = bool(members) and members[0][0] is sre_constants.NEGATE
        found = any(
            (kind is sre_constants.LITERAL and value == _NEWLINE)
            or (kind is sre_constants.RANGE and value[0] <= _NEWLINE <= value[1])
            or (kind is sre_constants.CATEGORY and value in _TAKES_NEWLINE)
            for kind, value in (members[1:] if negated else members)
        )
        return found != negated
    return False


def _opens_with_run(item: tuple[object, object], flags: int) -> bool:
    """Whether an item is (or, a group or branches, opens with) an unbounded repeat of one item taking line ends."""
    op, arg = item
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[1] is sre_constants.MAXREPEAT:  # type: ignore[index]
        body = list(arg[2])  # type: ignore[index]
        return len(body) == 1 and _takes_newline(body[0], flags)
    if op is sre_constants.SUBPATTERN:
        inner = list(arg[-1])  # type: ignore[index]
        return bool(inner) and _opens_with_run(inner[0], flags)
    if op is sre_constants.BRANCH:
        return any(_opens_with_run(first, flags) for b in arg[1] for first in list(b)[:1])  # type: ignore[index]
    return False


def _crossing(seq: object, flags: int) -> bool:
    """Whether a parsed sequence holds '^' followed by an unbounded repeat of one item that can take a line end,
    anywhere in it (groups and branches included)."""
    items = list(seq)  # type: ignore[call-overload]
    for k, (op, arg) in enumerate(items):
        if op is sre_constants.AT and arg is sre_constants.AT_BEGINNING and k + 1 < len(items) and _opens_with_run(items[k + 1], flags):
            return True
        if op is sre_constants.SUBPATTERN and _crossing(arg[-1], flags):
            return True
        if op is sre_constants.BRANCH and any(_crossing(b, flags) for b in arg[1]):
            return True
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and _crossing(arg[2], flags):
            return True
    return False


def _may_cross(pattern: str, flags: int) -> bool:
    """Whether a pattern can be a multiline one with a '^' at all, read from its text (most of the ~7,000 are not:
    parsing each took ~5 s of the suite's CPU)."""
    return "^" in pattern and bool(flags & re.MULTILINE or _INLINE_M.search(pattern))


_INLINE_M = re.compile(r"\(\?[a-zA-Z-]*m[a-zA-Z-]*[:)]")  # '(?m)', '(?im)', '(?m:…)' (an escaped '\(?m)' too: no harm)


def crosses_lines(pattern: str, flags: int) -> bool:
    """A multiline pattern whose leading run after '^' can take line ends."""
    if not _may_cross(pattern, flags):
        return False
    parsed = _parsed(pattern, flags)
    flags = parsed.state.flags
    return bool(flags & re.MULTILINE) and _crossing(parsed, flags)


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.walk_packages([str(COMPILER)], "compiler."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and getattr(module, "__name__", "") == info.name:
                found.append((f"{info.name}.{name}", value))
    return found


@functools.cache
def compiler_trees() -> dict[Path, ast.Module]:
    """Every module of the compiler parsed, once for the checks of this file (parsing 100,000 lines takes seconds)."""
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(COMPILER.rglob("*.py"))}


def _literal_patterns() -> list[tuple[str, str, int]]:
    """String literals passed to re.search/match/findall/finditer/sub/split/compile anywhere in the code (their own
    inline flags, or re.M/re.MULTILINE written after them)."""
    found = []
    for path, tree in compiler_trees().items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)):
                continue
            if node.func.value.id != "re" or not node.args or not isinstance(node.args[0], ast.Constant):
                continue
            if not isinstance(node.args[0].value, str):
                continue
            written = ast.unparse(node)
            flags = re.MULTILINE if ("re.M" in written or "re.MULTILINE" in written) else 0
            found.append((f"{path.relative_to(COMPILER.parent)}:{node.lineno}", node.args[0].value, flags))
    return found


def test_the_check_finds_a_crossing_pattern() -> None:
    assert crosses_lines(r"(?m)^\s*::", 0) and crosses_lines(r"^\W*x", re.M) and crosses_lines(r"(?m)a|(?:^[^x]+y)", 0)
    assert not crosses_lines(r"(?m)^[^\S\n]*::", 0) and not crosses_lines(r"^\s*::", 0) and not crosses_lines(r"(?m)^\s{0,3}x", 0)
    assert not crosses_lines(r"(?m)^.*x", 0) and crosses_lines(r"(?ms)^.*x", 0)
    assert crosses_lines(r"(?m)^(?:\W*Across|\d+)$", 0) and not crosses_lines(r"(?m)^(?:[^\w\n]*Across|\d+)$", 0)


def test_no_line_pattern_lets_its_leading_run_cross_line_ends() -> None:
    found = [name for name, p in _module_patterns() if crosses_lines(p.pattern, p.flags)]
    found += [where for where, text, flags in _literal_patterns() if _may_cross(text, flags) and _parses(text, flags) and crosses_lines(text, flags)]
    assert not found, "\n".join(found)


@functools.cache
def _parsed(pattern: str, flags: int) -> sre_parse.SubPattern:
    """A pattern parsed once however often it is written (a literal is checked whether it parses, then read)."""
    return sre_parse.parse(pattern, flags)


def _parses(text: str, flags: int) -> bool:
    try:
        _parsed(text, flags)
    except re.error:
        return False  # (a format string filled in later, not a pattern yet)
    return True


# --- No module of the compiler binds one top-level name twice -----------------------------------------------------
# A second ``_LINK_ONLY = re.compile(…)`` further down a module silently replaces the first for every function that
# reads it at run time, including the ones written for the first (sitting 49 found thirteen such pairs: an HTML-comment
# test reading '# heading' lines, a two-blank-line reach become eight). ruff does not report a rebound constant.
# (Here, beside the pattern checks, so the compiler is parsed once: tests/test_module_names.py until sitting 54.)
def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in compiler_trees()[path].body:
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
    found = [line for path in compiler_trees() for line in _bound_twice(path)]
    assert not found, "\n".join(found)
