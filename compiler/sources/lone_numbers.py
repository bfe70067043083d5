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
_OPENS = re.compile(r"^[ \t]*(?:#|[-*+•][ \t]|\d{1,4}[.)](?:[ \t]|$)|```|~~~|\|)")


def lone_numbers(lines: list[str]) -> list[str]:
    """``lines`` with each item number that stands alone joined to the text below it (the list itself when none)."""
    fenced = list(in_fence(lines))
    joins: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        if fenced[k] or not _LONE.match(line):
            continue
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j > k + 1 and j < len(lines) and not fenced[j] and not _OPENS.match(lines[j]):
            joins.append((k, j))
    numbers = [int(_LONE.match(lines[k]).group(1)) for k, _ in joins]  # type: ignore[union-attr]
    if len(joins) < 2 or any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return lines
    out = list(lines)
    for k, j in joins:
        out[j] = f"{lines[k].strip()} {lines[j].strip()}"
        out[k] = ""
    return out
