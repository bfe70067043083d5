"""A marks line between a question and its options (trial32 T32-50's rest)::

    Q1. What is the capital of France?
    (2 marks)
    1) Rome
    2) Paris

The marks line ('(2 marks)', '[1 mark]', '(3 Punkte)', '(2 балла)') was the first line of the answer: no option, and
the options under it were no longer read as the question's options, so the end key keyed nothing and was the last
card's back. It tells what the question earns, nothing to learn: this line-kept rewrite blanks it when a line of the
question is right above it and an option right under it.
"""

from __future__ import annotations

import re

from compiler.sources.choices import option_line
from compiler.sources.lines import in_fence

_MARKS = re.compile(
    r"^[ \t]*+[(\[（]?[ \t]*+\d{1,3}(?:[.,]\d)?[ \t]*+"
    r"(?i:marks?|pts?\.?|points?|punkte?|pkt\.?|puntos?|pontos?|punti|баллов|балла|балл|분|점|分)"
    r"[ \t]*+[)\]）]?[ \t]*+$"
)


def marks_lines(lines: list[str]) -> list[str]:
    """``lines`` with each marks line between a question and its options blank, or ``lines`` itself when none is."""
    fenced = list(in_fence(lines))
    found = [
        k
        for k in range(1, len(lines) - 1)
        if not fenced[k] and _MARKS.match(lines[k]) and lines[k - 1].strip() and option_line(lines[k + 1].strip())
    ]
    if not found:
        return lines
    out = list(lines)
    for k in found:
        out[k] = ""
    return out
