"""A matching exercise printed side by side (trial27 T27-52): numbered terms in one column and the lettered choices to
match them in another, on the same lines (``1. Paris          a. Germany`` / ``2. Berlin         b. Italy`` …), then a
key (``Answers: 1-c, 2-a, 3-b, 4-d``). Read as pairs of columns, every card taught a term with its neighbour.

:func:`side_by_side` writes such a run as the same exercise printed one column under the other, which the numbered
reader matches by its key (the terms, then the lettered list, each line where its row stood): ``1. Paris`` … ``4.
Madrid``, a blank line, ``a. Germany`` … ``d. Spain``. Without a key the terms are questions without answers, as the
stacked exercise's are.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

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
