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
directions their sections.

The solutions come in the forms puzzle books and teachers print them (sitting 28): by direction on a line
(``Across: 1 ELECTRON, 4 SODIUM``, ``Across 1. ELECTRON 4. SODIUM``) or under a heading of it (``Across`` /
``1. ELECTRON``), each entry naming its direction (``1 Across ELECTRON``, ``1-across: electron``, ``1A ELECTRON, 2D
PROTON``), or by number alone when no number is both an across and a down clue (``1 ELECTRON, 2 PROTON``). The clues
may name their direction too (``1A Negatively charged particle (8)``, ``1 Across: …``) instead of sitting under a
heading.  A clue the solutions do not answer stays a question without its answer (said at its line); a solution that
answers no clue means the solutions were not read right, and the page is left to the other readers.
"""

from __future__ import annotations

import re

_ACROSS = r"(?i:across|horizontal(?:es|ement)?|waagerecht|horizontais|по\s+горизонтали|横)"
_DOWN = r"(?i:down|vertical(?:es|ement)?|senkrecht|verticais|по\s+вертикали|縦|竖)"
_WAY = rf"(?:{_ACROSS}|{_DOWN})"
_CLUES_WORD = r"(?i:clues?|pistas|hinweise|définitions|indizi|подсказки)"
# a direction's heading: 'ACROSS', 'Down:', '## Across clues', 'Clues across'
_DIRECTION = re.compile(rf"^\W*(?:{_CLUES_WORD}\s+)?(?P<d>{_WAY})(?:\s+{_CLUES_WORD})?\W*$")
# a clue, its direction named after its number or not: '1. Negatively … (8)', '1A Negatively …', '2 Down: Positively …'
_CLUE = re.compile(
    rf"^\s*(?P<n>\d{{1,3}})(?:(?P<a>[AaDd])(?![^\W\d_])|\s*[-‑]?\s*(?P<d>{_WAY})\b)?\s*[.):]?\s+(?P<clue>\S.*?)\s*$"
)
_PLAIN_CLUE = re.compile(r"^\s*(?P<n>\d{1,3})[.)]?\s+(?P<clue>\S.*?)\s*$")
_SOLUTIONS = re.compile(
    r"^\W*(?!\d)(?:[^\W\d_][\w'’-]*\s+){0,3}"
    r"(?i:solutions?|answers?|key|answer\s+key|lösungen|soluciones|réponses|respuestas|ответы|答案)"
    r"(?:\s+[\w'’-]+){0,4}\W*$"
)
# the key's label before its solutions on the same line: 'Answers: 1 ELECTRON, 2 PROTON'
_KEY_LABEL = re.compile(
    r"^\W*(?i:solutions?|answers?|answer\s+key|key|lösungen|soluciones|réponses|respuestas|ответы|答案)\s*[:：–—-]\s*(?=\d)"
)
# a direction opening a line of its solutions: 'Across: 1 ELECTRON, …', 'Down 2 PROTON'
_SOLVED = re.compile(rf"^\W*(?P<d>{_WAY})\s*(?:[:：.–—-]\s*|\s+(?=\d))(?P<words>\S.*)$")
# one solution: its number, maybe its direction, its word up to the next separator or number
_WORD = re.compile(
    rf"(?<![\w])(?P<n>\d{{1,3}})(?:(?P<a>[AaDd])(?![^\W\d_])|\s*[-‑]?\s*(?P<d>{_WAY})\b)?\s*[.:)=–—-]?\s*"
    r"(?P<w>[^\W\d_][^\d,;|/()]*?)\s*(?:\([^()]*\)\s*)?(?=[,;|/]|\s+\d|$)"
)
# what a page of clues shows before :func:`crossword` is tried: a direction's heading or a clue naming its direction
# (each line on its own: '\W' and '\s' crossing line ends made the search quadratic on a page of 4,000 '- ' lines)
_HINT = re.compile(
    rf"(?m)^(?:[^\w\n]*(?:{_CLUES_WORD}[^\S\n]+)?{_WAY}(?:[^\S\n]+{_CLUES_WORD})?[^\w\n]*"
    rf"|[^\w\n]*\d{{1,3}}(?:[AaDd]|[^\S\n]*[-‑]?[^\S\n]*{_WAY})\b.*)$"
)
# ('**Across:** 1 NEWTON', '**1.** Unit of force (6)': a Markdown page's bold)
_EMPHASIS = re.compile(r"\*\*|__")
_COUNT = re.compile(r"\(\d{1,2}(?:[-,\s]+\d{1,2})*\)\s*$")  # a clue's letter count: '(8)', '(8,5)', '(3-4)'
CLUES_MIN = 3
COUNTED_SHARE = 0.8
WORDS_MAX = 4  # a solution is a word or a few ('PERIODIC TABLE'); more is a sentence, not this key


def _direction(word: str) -> str:
    """'across' or 'down' for a direction's word or its letter."""
    word = word.strip()
    return "across" if word in "Aa" or re.fullmatch(_ACROSS, word) else "down"


def _way(m: re.Match[str]) -> str:
    """The direction a clue or a solution names after its number ('1A', '2 Down'), or ''."""
    named = m.group("a") or m.group("d")
    return _direction(named) if named else ""


def _solutions(line: str, direction: str) -> tuple[str, list[tuple[str, str, str]]]:
    """The direction a key line sets and its solutions (direction or '', number, word); no solutions when the line is
    not one of them."""
    line = _KEY_LABEL.sub("", line)
    m = _SOLVED.match(line)
    if m is not None:
        direction, line = _direction(m.group("d")), m.group("words")
    found = [(_way(w) or direction, w.group("n"), w.group("w").strip()) for w in _WORD.finditer(line)]
    rest = _WORD.sub("", line).strip(" \t,;|/.")
    if rest or any(len(word.split()) > WORDS_MAX for _, _, word in found):
        return direction, []
    return direction, found


def _key_starts(line: str) -> bool:
    """A line after the clues that opens their solutions: a heading ('SOLUTIONS', 'Crossword answers'), a line of them
    by direction ('Across: 1 ELECTRON, …') or labelled ('Answers: 1 ELECTRON, …'), or two or more solutions naming their
    directions ('1A ELECTRON, 2D PROTON'); never a clue ('1. Negatively charged particle (8)' reads as one solution)."""
    if _SOLUTIONS.match(line):
        return True
    found = _solutions(line, "")[1]
    if not found:
        return False
    return bool(_SOLVED.match(line) or _KEY_LABEL.match(line)) or (
        len(found) >= 2 and all(way for way, _, _ in found)
    )


def _clue(line: str, direction: str) -> tuple[str, str, str] | None:
    """(direction, number, clue) of a clue line under ``direction``'s heading (or naming its own); None for another
    line. Under a heading, a word of the other direction after the number is the clue's ('4 Down feathers (4)')."""
    c = _CLUE.match(line)
    if c is None:
        return None
    named = _way(c)
    if direction and named and named != direction:
        c = _PLAIN_CLUE.match(line)
        return (direction, c.group("n"), c.group("clue")) if c is not None else None
    return (named or direction, c.group("n"), c.group("clue")) if named or direction else None


def may_be_crossword(text: str) -> bool:
    """A page that shows a direction's heading ('ACROSS') or a clue naming its direction ('1A …', '2 Down: …'): worth
    trying :func:`crossword` on."""
    return _HINT.search(text) is not None


def crossword(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each clue a question over its word (see the module's docstring), and the line each came from
    (1-based); None when the page is no crossword with its solutions."""
    lines = [_EMPHASIS.sub("", line) for line in lines]
    clues: dict[tuple[str, str], tuple[int, str]] = {}  # (direction, number): (line, clue)
    heads: dict[int, str] = {}
    direction = ""
    key_from = None
    for k, line in enumerate(lines):
        if clues and _key_starts(line):
            key_from = k
            break
        m = _DIRECTION.match(line)
        if m is not None:
            direction = _direction(m.group("d"))
            heads[k] = direction
            continue
        c = _clue(line, direction)
        if c is not None:
            clues[(c[0], c[1])] = (k, c[2])
    if len(clues) < CLUES_MIN or len({way for way, _ in clues}) < 2:
        return None
    words: dict[tuple[str, str], tuple[int, str]] = {}
    key_lines: set[int] = set()
    direction = ""
    for k in range(len(lines) if key_from is None else key_from, len(lines)):
        line = lines[k]
        if not line.strip():
            continue
        m = _DIRECTION.match(line)
        if m is not None:
            direction = _direction(m.group("d"))
            key_lines.add(k)
            continue
        direction, found = _solutions(line, direction)
        if not found:
            if k == key_from and _SOLUTIONS.match(line):
                key_lines.add(k)
                continue
            break
        key_lines.add(k)
        for way, n, word in found:
            if not way:  # by number alone: the clue of that number, when only one direction has it
                ways = [w for w, number in clues if number == n]
                way = ways[0] if len(ways) == 1 else "?"
            words[(way, n)] = (k, word)
    if any(key not in clues and key[0] != "?" for key in words):
        return None
    if key_from is not None and 2 * sum(key in words for key in clues) < len(clues):
        return None
    counted = sum(bool(_COUNT.search(clue)) for _, clue in clues.values())
    if key_from is None and counted < COUNTED_SHARE * len(clues):
        return (
            None  # (no solutions, but clues counting their letters: each a question said to have no answer)
        )
    out: list[str] = []
    origin: list[int] = []
    at = {line: key for key, (line, _) in clues.items()}
    count = 0  # (numbered in turn: the grid's numbers skip and each direction starts again, no list of items)
    shown = ""
    for k, line in enumerate(lines):
        if k in key_lines:
            continue
        if k in heads:
            out += [f"## {line.strip().strip('#').strip()}", ""]
            origin += [k + 1, k + 1]
            shown = heads[k]
            continue
        if k in at:
            key = at[k]
            if (
                key[0] != shown
            ):  # (clues naming their direction under no heading: the direction their section)
                out += [f"## {key[0].capitalize()}", ""]
                origin += [k + 1, k + 1]
                shown = key[0]
            count += 1
            out.append(f"{count}. {clues[key][1]}")
            origin.append(k + 1)
            if key in words:
                out.append(f"Answer: {words[key][1]}")
                origin.append(words[key][0] + 1)
            out.append("")
            origin.append(k + 1)
            continue
        out.append(line)
        origin.append(k + 1)
    return out, origin
