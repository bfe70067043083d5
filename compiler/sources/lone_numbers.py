"""Item numbers on a line of their own (lead G16): a question bank copied from a web page, where the number is a
list marker drawn apart from its text, comes out as::

    1.

    Explain the concept of genetic variation and its relationship to adaptation.

    6 marks · higher

    Genetic variation refers to differences in the DNA …

The number alone numbers nothing and the question opens no item: a .txt file of 508 such questions was "cannot tell
this document's layout", a .md file one note holding them all. When two numbers at least stand alone this way,
counting up by one, each followed by a blank line and then a line of text (an answer ``404.`` in a box is none), this line-kept rewrite moves each number onto that line
(``1. Explain the concept …``), its own line left blank.
"""

from __future__ import annotations

import itertools
import re

from compiler.sources.lines import in_fence

_LONE = re.compile(r"^[ \t]{0,3}(\d{1,4})[.)][ \t]*$")
_BARE = re.compile(r"^[ \t]{0,3}(\d{1,4})[ \t]*$")
_OPTION_A = re.compile(r"^[ \t]*\(?[Aa][.)][ \t]+\S")
_OPENS = re.compile(r"^[ \t]*(?:#|[-*+•][ \t]|\d{1,4}[.)](?:[ \t]|$)|```|~~~|\|)")


def lone_numbers(lines: list[str]) -> list[str]:
    """``lines`` with each item number that stands alone joined to the text below it (the list itself when none)."""
    out = _joined(lines, blank=True)
    return out if out is not None else _joined(lines, blank=False) or lines


def _joined(lines: list[str], blank: bool) -> list[str] | None:
    """The lines with the lone numbers joined to their text: with a blank line between them (``blank``), or with none,
    the question right under its number (``1.`` / ``A Language for which …`` / ``a) …``: a Word question bank printed
    to PDF, trial18 T18-80), then only where options follow within a few lines; a number with no mark (``8``) counts
    between its neighbours ``7.`` and ``9.``, or from ``1`` on (``1`` / ``If 3x + 5 = 20, …`` / ``A) 3``, an SAT paper). None
    unless two at least, counting up by one."""
    fenced = list(in_fence(lines))
    joins: list[tuple[int, int, int]] = []  # (the number's line, its text's line, the number)
    for k, line in enumerate(lines):
        m = _LONE.match(line) or (_BARE.match(line) if not blank else None)
        if fenced[k] or m is None:
            continue
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or fenced[j] or _OPENS.match(lines[j]) or (j > k + 1) != blank:
            continue
        if not blank and not any(_OPTION_A.match(lines[i]) for i in range(j + 1, min(j + 12, len(lines)))):
            continue
        number = int(m.group(1))
        if m.re is _BARE and number != (joins[-1][2] + 1 if joins else 1):
            # (a bare number is an item's only between its neighbours, or the first of a run from 1 over questions and
            # their options, as SAT papers print them: '1' / 'If 3x + 5 = 20, …' / 'A) 3' (trial31 T31-45); else a
            # page's or an answer's)
            continue
        joins.append((k, j, number))
    if len(joins) < 2 or any(b[2] != a[2] + 1 for a, b in itertools.pairwise(joins)):
        return None
    out = list(lines)
    for k, j, number in joins:
        out[j] = f"{number}. {lines[j].strip()}" if _BARE.match(lines[k]) else f"{lines[k].strip()} {lines[j].strip()}"
        out[k] = ""
    return out
