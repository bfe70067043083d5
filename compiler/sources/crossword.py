"""A crossword's clue sheet with its solutions (trial27 T27-19)::

    ACROSS
    1. Negatively charged particle (8)
    4. Element with symbol Na (6)
    DOWN
    2. Positively charged particle in the nucleus (6)

    SOLUTIONS
    Across: 1 ELECTRON, 4 SODIUM
    Down: 2 PROTON

Clue numbers follow the grid, so they skip (1, 4, 6), and each direction numbers its own: read as a numbered list the
clues glued into one another's answers.  :func:`crossword` writes each clue as a question with its word under it
(``1. Negatively charged particle (8)`` / ``Answer: ELECTRON``), each line remembering the line it came from, the
directions their sections; only when every clue has its word in the solutions and every word its clue.
"""

from __future__ import annotations

import re

_ACROSS = r"(?i:across|horizontal(?:es|ement)?|waagerecht|horizontais|по\s+горизонтали|横)"
_DOWN = r"(?i:down|vertical(?:es|ement)?|senkrecht|verticais|по\s+вертикали|縦|竖)"
_DIRECTION = re.compile(rf"^\W*(?P<d>{_ACROSS}|{_DOWN})\W*$")
_CLUE = re.compile(r"^\s*(?P<n>\d{1,3})[.)]?\s+(?P<clue>\S.*?)\s*$")
_SOLUTIONS = re.compile(
    r"^\W*(?i:solutions?|answers?|key|answer\s+key|lösungen|soluciones|solutions|ответы|答案)\W*$"
)
_SOLVED = re.compile(rf"^\s*(?P<d>{_ACROSS}|{_DOWN})\s*[:：]\s*(?P<words>\S.*)$")
_WORD = re.compile(r"(?P<n>\d{1,3})\s*[.:)=-]?\s*(?P<w>[^\d,;]+?)\s*(?=[,;]|$)")
CLUES_MIN = 3


def _direction(word: str) -> str:
    return "across" if re.fullmatch(_ACROSS, word.strip()) else "down"


def crossword(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each clue a question over its word (see the module's docstring), and the line each came from
    (1-based); None when the page is no crossword with its solutions."""
    clues: dict[tuple[str, str], tuple[int, str]] = {}  # (direction, number): (line, clue)
    heads: dict[int, str] = {}
    direction = ""
    solved_from = None
    for k, line in enumerate(lines):
        if _SOLUTIONS.match(line):
            solved_from = k
            break
        m = _DIRECTION.match(line)
        if m is not None:
            direction = _direction(m.group("d"))
            heads[k] = direction
            continue
        c = _CLUE.match(line) if direction else None
        if c is not None:
            clues[(direction, c.group("n"))] = (k, c.group("clue"))
    if solved_from is None or len(clues) < CLUES_MIN or len(set(heads.values())) < 2:
        return None
    words: dict[tuple[str, str], tuple[int, str]] = {}
    solved_lines: set[int] = {solved_from}
    for k in range(solved_from + 1, len(lines)):
        m = _SOLVED.match(lines[k])
        if m is None:
            if lines[k].strip():
                break
            continue
        solved_lines.add(k)
        for w in _WORD.finditer(m.group("words")):
            words[(_direction(m.group("d")), w.group("n"))] = (k, w.group("w").strip())
    if set(words) != set(clues):
        return None
    out: list[str] = []
    origin: list[int] = []
    at = {line: key for key, (line, _) in clues.items()}
    count = 0  # (numbered in turn: the grid's numbers skip and each direction starts again, no list of items)
    for k, line in enumerate(lines):
        if k in solved_lines:
            continue
        if k in heads:
            out += [f"## {line.strip()}", ""]
            origin += [k + 1, k + 1]
            continue
        if k in at:
            key = at[k]
            count += 1
            out += [f"{count}. {clues[key][1]}", f"Answer: {words[key][1]}", ""]
            origin += [k + 1, words[key][0] + 1, k + 1]
            continue
        out.append(line)
        origin.append(k + 1)
    return out, origin
