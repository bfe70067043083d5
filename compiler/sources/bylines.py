"""A byline after a question's label heading (trial16 T16-9): question books write each question's heading as its
label and number, then the same words on every one of them — ``### Questão 4 — Questão autoral no estilo Instituto
Consulplan`` ("an original question in the board's style"), ``### Question 2 — original question in the board's
style``. Those words are no question and no topic: with them the reader took the heading for the card's front (the stem
``Assinale a alternativa incorreta sobre …`` and its options went on the back, unkeyed) and made the words a section
of every question. This line-kept rewrite takes the byline off headings that share it, leaving the label heading
(``### Questão 4``) the readers know: the paragraph under it is the question whatever its last character.

A heading's words after the dash that differ from heading to heading (``### Question 1 — Memory hierarchy``) name the
question's topic and stay.
"""

from __future__ import annotations

import re
from collections import Counter

from compiler.sources.lines import in_fence

# '### Questão 4 — Questão autoral …': a heading of a label word (or two) and a number, a dash, more words
_BYLINED = re.compile(
    r"^(?P<head>\s{0,3}#{1,6}[ \t]+(?P<label>[^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]*[#№]?[ \t]*(?P<n>\d{1,4})[.:)]?)"
    r"[ \t]+[—–-][ \t]+(?P<byline>\S.*?)[ \t]*$"
)
SHARED_MIN = 2  # label headings with the same words after the dash for those words to be a byline


def drop_bylines(lines: list[str]) -> list[str]:
    """``lines`` with the byline shared by numbered label headings taken off them (the list itself when none is)."""
    fenced = list(in_fence(lines))
    found = {
        k: m for k, line in enumerate(lines) if not fenced[k] and (m := _BYLINED.match(line)) is not None
    }
    shared = Counter((m.group("label").casefold(), m.group("byline").casefold()) for m in found.values())
    out: list[str] | None = None
    for k, m in found.items():
        if shared[(m.group("label").casefold(), m.group("byline").casefold())] < SHARED_MIN:
            continue
        out = out if out is not None else list(lines)
        out[k] = m.group("head")
    return lines if out is None else out
