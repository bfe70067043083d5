"""Review questions lettered instead of numbered (``a) How many chambers does the heart have?`` / ``b) …``), answered in
the same letters under an answers heading (``## Answers`` / ``a) Four: …`` / ``b) …``). Numbered, the page is a list of
questions and its key; lettered, the answers were read as the options of the last question ("4 options and none marked
correct") and the questions as text (sitting 47, meta: 6 cards -> 2). This line-kept rewrite numbers both runs
(``1. How many …?`` / ``1. Four: …``), the shape the readers pair by number.

Only a run of three lines at least lettered from ``a`` in turn, every line asking (``?``), and, after it under a heading
or line that names the answers (``Answers``, ``Answers to review questions``, ``Respuestas``, ``Lösungen``), a run of
the same letters in the same order, no line of it asking. Options under a question (``a) Paris`` …) are never such a
run: they do not ask. Shared (no reader's own module).
"""

from __future__ import annotations

import re

from compiler.layouts import KEY_WORDS
from compiler.sources.lines import in_fence

_LETTERED = re.compile(r"^(?P<indent>[ ]{0,3})(?P<mark>\(?(?P<l>[a-z])[.)])[ \t]+(?P<text>\S.*?)[ \t]*$")
_ASKS = re.compile(r"[?？؟][*_]*$")
# ('## Answers to review questions', '**Answers**', 'Respuestas:')
_KEY_LINE = re.compile(rf"^[ ]{{0,3}}(?:#{{1,6}}[ \t]+)?(?:\*\*|__)?(?i:{KEY_WORDS})(?:[ \t]+(?i:to|for|of|on)[ \t][^\n]{{1,60}}?)?(?:\*\*|__)?[ \t]*[:：]?(?:\*\*|__)?[ \t]*$")
LETTERED_MIN = 3  # lettered questions at least


def _runs(lines: list[str], fenced: list[bool]) -> list[list[int]]:
    """The runs of consecutive lines lettered from 'a' in turn (blank lines between entries allowed)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for k, line in enumerate(lines):
        found = None if fenced[k] else _LETTERED.match(line)
        if found is None:
            if line.strip() or fenced[k]:
                current = []
            continue
        letter = ord(found.group("l")) - ord("a")
        if letter == 0:
            current = [k]
            runs.append(current)
        elif current and letter == len(current):
            current.append(k)
        else:
            current = []
    return [run for run in runs if len(run) >= LETTERED_MIN]


def lettered_items(lines: list[str]) -> list[str]:
    """``lines`` with lettered review questions and their lettered answers under an answers heading numbered, line for
    line; the same list when the page has none."""
    fenced = list(in_fence(lines))
    runs = _runs(lines, fenced)
    out: list[str] | None = None
    for asked in runs:
        if not all(_ASKS.search(lines[k]) for k in asked):
            continue
        for answered in runs:
            if answered[0] <= asked[-1] or len(answered) != len(asked) or any(_ASKS.search(lines[k]) for k in answered):
                continue
            above = next((lines[k] for k in range(answered[0] - 1, asked[-1], -1) if lines[k].strip()), "")
            if not _KEY_LINE.match(above):
                continue
            out = out or list(lines)
            for n, k in enumerate([*asked, *answered]):
                found = _LETTERED.match(lines[k])
                assert found is not None
                out[k] = f"{found.group('indent')}{n % len(asked) + 1}. {found.group('text')}"
            break
    return out if out is not None else lines
