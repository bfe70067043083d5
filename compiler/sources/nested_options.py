"""Numbered questions that ask without a question mark over their options nested under them (trial43 T43-10): a
nursing test bank's ``1. To coordinate … the nurse must be which of the following`` / ``2. … at which of Benner's
stages:`` / ``3. Which social force most affects the future demand for nurses``, each over a tab-indented ``1. Nurse
practitioner`` … ``4. …``. Only a question that ends with ``?`` was read as one: the page gave a card "Questions" whose
back was every question and its options, or "none marked correct" for some and cards of options for others.

This line-kept rewrite ends each such question with ``?`` (a closing ``:`` becomes it), so every reader takes it
for the question over the options under it (keyed by a key if the page has one, else said as unkeyed). Only a run
of two numbered entries or more, at most three spaces in, each followed right away by MIN_OPTIONS to MAX_OPTIONS
nested entries (numbered or lettered, tab- or space-indented, each a short option of at most OPTION_WORDS words, none
asking), and each entry of at least QUESTION_WORDS words. Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import CLOSERS, QUESTION_MARKS, in_fence

_ENTRY = re.compile(r"^(?P<lead> {0,3}\d{1,3}[.)][ \t]+)(?P<text>\S.*?)[ \t]*$")
_OPTION = re.compile(r"^(?:\t+| {2,})(?:\d{1,2}[.)]|[A-Ea-e][.)]|\([A-Ea-e]\))[ \t]+(?P<text>\S.*?)[ \t]*$")
MIN_OPTIONS = 3
MAX_OPTIONS = 6
OPTION_WORDS = 10
QUESTION_WORDS = 5
ENTRIES_MIN = 2


def nested_options(lines: list[str]) -> list[str]:
    """``lines`` with each numbered question over nested options ended with ``?`` (see the module); ``lines`` itself
    when there is no such run."""
    fenced = list(in_fence(lines))
    asked: list[int] = []
    run: list[int] = []
    k = 0

    def close() -> None:
        if len(run) >= ENTRIES_MIN:
            asked.extend(run)
        run.clear()

    while k < len(lines):
        m = _ENTRY.match(lines[k]) if not fenced[k] else None
        if m is None:
            if lines[k].strip():
                close()
            k += 1
            continue
        end = k + 1
        while end < len(lines) and not fenced[end] and (o := _OPTION.match(lines[end])) and len(o.group("text").split()) <= OPTION_WORDS \
                and not o.group("text").rstrip(CLOSERS).endswith(QUESTION_MARKS):  # fmt: skip
            end += 1
        if MIN_OPTIONS <= end - k - 1 <= MAX_OPTIONS and len(m.group("text").split()) >= QUESTION_WORDS:
            run.append(k)
        else:
            close()
        k = end
    close()
    todo = [k for k in asked if not lines[k].rstrip().rstrip(CLOSERS).endswith(QUESTION_MARKS)]
    if not todo:
        return lines
    out = list(lines)
    for k in todo:
        text = lines[k].rstrip()
        out[k] = (text[:-1].rstrip() if text.endswith((":", "：")) else text) + "?"
    return out
