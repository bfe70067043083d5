"""Right-to-left text put back in reading order: a line of a PDF laid out left to right as it is seen.

A PDF draws glyphs where they stand on the page, so a Hebrew or Arabic line comes out of the text layer in visual order
(its words, and often the letters of each word, left to right as printed): read as such, 'שאלה 1: מהו …?' becomes
'?… מהו :1 שאלה' and the number '٢٠٦' becomes '٦٠٢' when a line is turned round letter by letter (trial28 T28-34).
:func:`logical` undoes the Unicode bidirectional algorithm's reordering for one line: it resolves each character's
embedding level as the algorithm does (strong letters, numbers, the neutrals between them) and reverses the runs at
each level from the lowest up, the inverse of the algorithm's rule L2; a combining mark stays after its letter.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

T = TypeVar("T")

# a letter of a right-to-left script: Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms
RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

_MIRRORED = {
    "(": ")",
    ")": "(",
    "[": "]",
    "]": "[",
    "{": "}",
    "}": "{",
    "<": ">",
    ">": "<",
    "«": "»",
    "»": "«",
}
_OPENING = "([{<«"


def _kind(ch: str) -> str:
    """'R' a right-to-left letter, 'L' a left-to-right one, 'N' a digit (numbers are laid out left to right), 'S' a
    separator inside a number ('3.14', '1,000', '50%'), else '' (a neutral: space, punctuation)."""
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "N"
    if kind in ("CS", "ES"):
        return "S"
    return "T" if kind == "ET" else ""


def _clusters(cells: list[tuple[str, T]]) -> list[list[tuple[str, T]]]:
    """The characters grouped as a letter and the combining marks after it (a mark is drawn with its letter: it moves
    with it)."""
    out: list[list[tuple[str, T]]] = []
    for cell in cells:
        if out and unicodedata.category(cell[0]).startswith("M"):
            out[-1].append(cell)
        else:
            out.append([cell])
    return out


def _levels(kinds: list[str], rtl: bool) -> list[int]:
    """Each cluster's embedding level (0 left to right, 1 right to left, 2 left to right inside right to left), as the
    bidirectional algorithm resolves them: a number is laid out left to right; a separator between digits or a sign
    beside one belongs to the number; a neutral takes the direction of the strong text on both its sides when they
    agree (a number counts as right to left there), else the line's."""
    n = len(kinds)
    kinds = list(kinds)
    for i, kind in enumerate(kinds):  # ('3.14', '1,000': the number's own)
        if kind == "S" and 0 < i < n - 1 and kinds[i - 1] == kinds[i + 1] == "N":
            kinds[i] = "N"
    for i, kind in enumerate(kinds):  # ('50%', '$5': the number's own)
        if kind == "T" and ((i > 0 and kinds[i - 1] == "N") or (i + 1 < n and kinds[i + 1] == "N")):
            kinds[i] = "N"
    kinds = [kind if kind in ("R", "L", "N") else "" for kind in kinds]
    base = "R" if rtl else "L"

    def strong(i: int, step: int, numbers: bool = True) -> str:
        i += step
        while 0 <= i < n:
            if kinds[i] in ("R", "L") or (numbers and kinds[i] == "N"):
                return kinds[i]
            i += step
        return base

    resolved: list[str] = []
    for i, kind in enumerate(kinds):
        if kind == "N":
            sides = {strong(i, -1, numbers=False), strong(i, 1, numbers=False)}
            # (a number among left-to-right words is theirs: 'CPU 3'; else it stands in the right-to-left text)
            resolved.append("L" if sides == {"L"} or (not rtl and "R" not in sides) else "N")
        elif kind in ("R", "L"):
            resolved.append(kind)
        else:
            left, right = strong(i, -1), strong(i, 1)
            left = "R" if left == "N" else left
            right = "R" if right == "N" else right
            resolved.append(left if left == right else base)
    levels = []
    for kind in resolved:
        if kind == "R":
            levels.append(1)
        elif kind == "N":
            levels.append(2)
        else:
            levels.append(2 if rtl else 0)
    return levels


def logical(cells: list[tuple[str, T]]) -> list[tuple[str, T]]:
    """One line's characters (each with what it carries: where it came from, its style) in reading order, given in
    the order they stand on the page left to right. A line whose letters are mostly right to left reads from the
    right; a line with no right-to-left letter is given back as it is. Brackets come out paired the way round they
    open: '(23 זוגות)' whether the PDF maps a mirrored bracket's glyph to '(' or ')'."""
    text = "".join(ch for ch, _ in cells)
    if not RTL_LETTER.search(text):
        return list(cells)
    groups = _clusters(cells)
    kinds = [_kind(group[0][0]) for group in groups]
    rtl = kinds.count("R") >= kinds.count("L")
    levels = _levels(kinds, rtl)
    order = list(range(len(groups)))
    for level in range(1, max(levels, default=0) + 1):  # (the inverse of rule L2: lowest level first)
        k = 0
        while k < len(order):
            if levels[order[k]] < level:
                k += 1
                continue
            end = k
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[k:end] = order[k:end][::-1]
            k = end
    out = [(cell, levels[i] % 2 == 1) for i in order for cell in groups[i]]
    return _paired(out)


def _paired(cells: list[tuple[tuple[str, T], bool]]) -> list[tuple[str, T]]:
    """The line with the brackets of its right-to-left text swapped when, as read, one closes before it opens (a PDF
    whose text layer names the mirrored glyph a bracket is drawn with)."""
    depth = 0
    for (ch, _), _ in cells:
        if ch in _MIRRORED:
            depth += 1 if ch in _OPENING else -1
            if depth < 0:
                return [
                    (_MIRRORED[ch], tag) if ch in _MIRRORED and odd else (ch, tag) for (ch, tag), odd in cells
                ]
    return [cell for cell, _ in cells]
