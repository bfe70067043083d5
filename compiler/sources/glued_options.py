"""Multiple-choice questions whose options run on the question's own line in a Markdown list (a test typed in Word,
then saved as Markdown): ``1. Who was the first President …? A. John Adams B. George Washington C. … D. …`` with the key
at the end (``**Answers:** 1. B 2. C``). Read as a list entry, the part after the ``?`` was the question's answer: a
Basic card whose back listed the four options, the key in no card (sitting 41). The same lines in a ``.txt`` page are
read right by the numbered layout.

This rewrite moves each such run onto a line of its own, indented under its entry (``   A. John Adams B. …``), the shape
the Markdown reading takes as the entry's options. Only when two entries at least carry such a run, each run of at least
:data:`compiler.sources.choices.INLINE_RUN` options in order after a question that ends with ``?`` (or ``:``), and the
page keys them (a line that opens with a key's words, ``**Answers:** 1. B``, ``## Answer key``, or a key after each
run): without a key, ``What are the phases of mitosis? a) prophase b) …`` is a question answered by a list.
Code fences are left alone; each new line remembers the line it came from.
"""

from __future__ import annotations

import re

from compiler.layouts import KEY_WORDS
from compiler.sources.choices import inline_options
from compiler.sources.lines import QUESTION_MARKS, in_fence

_ENTRY = re.compile(r"^(?P<lead>[ ]{0,3}\d{1,3}[.)][ \t]+)(?P<text>\S.*?)[ \t]*$")
RUNS_MIN = 2  # entries with their options on their line that make a page of such questions
_KEY_LINE = re.compile(rf"^[ \t>#*_]*(?i:{KEY_WORDS})\b")


def _split(text: str) -> tuple[str, str] | None:
    """``(question, options)`` of an entry's text whose options run after its question, else None."""
    found = inline_options(text)
    if found is None:
        return None
    before, options = found
    before = before.strip()
    if not options or not before or not before.endswith((*QUESTION_MARKS, ":", "：")):
        return None
    return before, text[text.find(before) + len(before) :].strip()  # (a key after the run stays with it: 'D. … Answer: b')


def glued_options(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, origin)`` with each list entry's run of options on a line of its own under it, ``origin`` the 1-based
    line each came from; None when fewer than :data:`RUNS_MIN` entries carry one."""
    fenced = list(in_fence(lines))
    found: dict[int, tuple[str, str, str]] = {}
    for k, line in enumerate(lines):
        m = None if fenced[k] else _ENTRY.match(line)
        split = _split(m.group("text")) if m is not None else None
        if m is not None and split is not None:
            found[k] = (m.group("lead"), *split)
    keyed = all((run := inline_options(options)) is not None and run[1][-1].startswith("Answer:") for _, _, options in found.values())
    if len(found) < RUNS_MIN or not (keyed or any(_KEY_LINE.match(line) for line in lines)):
        return None
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        if k in found:
            lead, question, options = found[k]
            out += [f"{lead}{question}", " " * len(lead) + options]
            origin += [k + 1, k + 1]
        else:
            out.append(line)
            origin.append(k + 1)
    return out, origin
