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
from compiler.sources.lines import MARKS_TAG, in_fence

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


# a structured paper's question number at the margin with a wide gap after it, no stop ('1  (a)  Name …  [1 mark]', '2  Define
# the term osmosis.  [2 marks]', as AQA, Edexcel and OCR print them)
_PAPER_NUMBER = re.compile(r"^(?P<lead>[ \t]{0,3})(?P<n>\d{1,2})(?P<gap>[ \t]{2,}|\t|[ \t](?=\([a-h]\)[ \t]))(?=\S)")
PAPER_MARKS_MIN = 2  # lines ending in the marks they are worth that make a page a structured paper
_SPACED_NUMBER = re.compile(r"^(?P<lead>[ \t]{0,3})(?P<n>\d{1,2})(?P<gap>[ \t])(?=[^\W\d_(])")  # '1 State …'


def paper_numbers(lines: list[str]) -> list[str]:
    """``lines`` with each question number of a structured paper written ``1.`` (``1  (a)  Name …  [1 mark]`` -> ``1.  (a)
    Name …``): numbers at the margin followed by a wide gap, counting up from 1, on a page where two or more lines end
    in their marks (trial34 T34-1: 'cannot tell this document's layout'); ``lines`` itself otherwise. Line numbers stay."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _PAPER_NUMBER.match(line))]
    if len(found) < 2 or not _counted([int(m.group("n")) for _, m in found]) or found[0][1].group("n") != "1":
        # ('1 State the equation …  [1 mark]': one space after each number, the paper's marks at the ends of its own
        # questions' lines, PAPER_MARKS_MIN of them at least; sitting 45 N2)
        found = [(k, m) for k, line in enumerate(lines) if (m := _SPACED_NUMBER.match(line))]
        marked = sum(1 for k, _ in found if MARKS_TAG.search(lines[k]))
        if len(found) < 2 or marked < PAPER_MARKS_MIN or not _counted([int(m.group("n")) for _, m in found]) or found[0][1].group("n") != "1":
            return lines
    if sum(1 for line in lines if MARKS_TAG.search(line)) < PAPER_MARKS_MIN:
        return lines
    out = list(lines)
    for k, m in found:
        rest = lines[k][m.end() :]
        if not _OPENS_PART.match(rest):  # (a question's own marks, never its text: '… ribosome?  [1 mark]' / 'Tick one box.')
            rest = MARKS_TAG.sub("", rest).rstrip()
        out[k] = f"{m.group('lead')}{m.group('n')}.{m.group('gap')}{rest}"
    restart = next((k for k, m in found[1:] if m.group("n") == "1"), len(lines))
    for k in range(restart, len(lines)):  # (a mark scheme's marks, '(b) P = 3000 W  [1]': what it earns, no answer)
        out[k] = MARKS_TAG.sub("", out[k]).rstrip() if MARKS_TAG.sub("", out[k]).strip() else out[k]
    return out


def _counted(numbers: list[int]) -> bool:
    """Whether ``numbers`` count up from 1, or do so twice, the second time no further than the first: the paper's
    questions, then its mark scheme in the same file ('MARK SCHEME' / '1 (a) power = energy / time  [1]', sitting 45 N2)."""
    restart = next((k for k in range(1, len(numbers)) if numbers[k] == 1), len(numbers))
    paper, scheme = numbers[:restart], numbers[restart:]
    return paper == list(range(1, len(paper) + 1)) and scheme == list(range(1, len(scheme) + 1)) and len(scheme) <= len(paper)


_OPENS_PART = re.compile(r"^\(?[a-h]\)\s")  # ('1  (a)  Name …  [1 mark]': part (a)'s marks, which make it a part)
