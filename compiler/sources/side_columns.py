"""Exercises printed side by side. A matching exercise (trial27 T27-52): numbered terms in one column and the lettered choices to
match them in another, on the same lines (``1. Paris          a. Germany`` / ``2. Berlin         b. Italy`` …), then a
key (``Answers: 1-c, 2-a, 3-b, 4-d``). Read as pairs of columns, every card taught a term with its neighbour.

:func:`side_by_side` writes such a run as the same exercise printed one column under the other, which the numbered
reader matches by its key (the terms, then the lettered list, each line where its row stood): ``1. Paris`` … ``4.
Madrid``, a blank line, ``a. Germany`` … ``d. Spain``. Without a key the terms are questions without answers, as the
stacked exercise's are.

Short questions printed side by side on a line (trial32 T32-48: ``1. What is 2 + 2?   2. What is 3 × 3?``, a drill
sheet's grid; ``1. der Hund ___   2. die Katze ___``): :func:`side_questions` writes each on a line of its own, at
the line it stood on, as the key line under them is read entry by entry.
"""

from __future__ import annotations

import re

from compiler.sources.lines import CLOSERS, QUESTION_MARKS, in_fence

# '1. Paris          a. Germany', '2) Berlin <TAB> (b) Italy': a numbered term, a wide gap, a lettered choice
_ROW = re.compile(
    r"^(?P<indent>\s{0,3})(?P<n>\d{1,3})[.)]\s+(?P<term>\S.*?)(?:[ ]{2,}|\t)\s*(?P<choice>(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])[.)])\s+\S.*?)\s*$"
)
ROWS_MIN = 3  # rows that make such an exercise


def side_by_side(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each side-by-side matching run stacked, or None without one."""
    fenced = list(in_fence(lines))
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if fenced[k] or not _ROW.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _ROW.match(lines[end]):
            end += 1
        rows = [_ROW.match(lines[j]) for j in range(k, end)]
        letters = [(m.group("p") or m.group("l")).lower() for m in rows if m]
        numbers = [int(m.group("n")) for m in rows if m]
        if end - k >= ROWS_MIN and letters == [chr(ord("a") + i) for i in range(len(letters))] and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            runs.append((k, end))
        k = end
    if not runs:
        return None
    out: list[str] = []
    origin: list[int] = []
    k = 0
    for start, end in runs:
        out += lines[k:start]
        origin += range(k + 1, start + 1)
        rows = [m for j in range(start, end) if (m := _ROW.match(lines[j]))]
        out += [f"{m.group('indent')}{m.group('n')}. {m.group('term').strip()}" for m in rows]
        origin += range(start + 1, end + 1)
        out.append("")
        origin.append(end)
        out += [m.group("choice") for m in rows]
        origin += range(start + 1, end + 1)
        k = end
    out += lines[k:]
    origin += range(k + 1, len(lines) + 1)
    return out, origin


# where a question's number starts after a wide gap on the line (the gap's start only: linear on any run of spaces)
_NEXT_NUMBER = re.compile(r"(?<![ \t])(?:[ \t]{2,}+|\t)(?=\(?\d{1,3}[.)][ \t]+\S)")
_FIRST = re.compile(r"^(?P<indent>[ ]{0,3})\(?(?P<n>\d{1,3})[.)][ \t]+\S")
_PIECE_NUMBER = re.compile(r"^\(?(?P<n>\d{1,3})[.)]")
# what a short question ends or holds when it asks: a question mark, a blank to fill, an '=' to work out
_ASKS = re.compile(r"_{3,}|\.{4,}|…|=\s*$")
SIDE_LINE_MAX = 400  # characters at most in a line of questions side by side


def _asks(piece: str) -> bool:
    text = piece.strip().rstrip(CLOSERS)
    return text.endswith(QUESTION_MARKS) or _ASKS.search(text) is not None


def side_questions(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each line of two or more short questions side by side (numbered
    one after another, a gap of two spaces or a tab between them, each asking) a question a line; None when none is."""
    out: list[str] = []
    origin: list[int] = []
    split = False
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        first = _FIRST.match(line) if not fenced and len(line) <= SIDE_LINE_MAX else None
        cuts = [m.start() for m in _NEXT_NUMBER.finditer(line)] if first is not None else []
        pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        numbers = [int(m.group("n")) if (m := _PIECE_NUMBER.match(p)) else -1 for p in pieces]
        if first is None or not cuts or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or not all(_asks(p) for p in pieces):
            out.append(line)
            origin.append(k + 1)
            continue
        split = True
        out += [first.group("indent") + p for p in pieces]
        origin += [k + 1] * len(pieces)
    return (out, origin) if split else None
