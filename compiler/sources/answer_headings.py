"""An answer written as a heading under its question's heading (trial26 T26-33): ``#### Q: What is a Docker image?`` /
``#### A: A read-only template …``, as GitHub interview lists bold both lines by making them headings. Each heading was
a question of its own and every question "had no answer" (0 cards). This line-kept rewrite writes such an answer
heading as the plain ``A: …`` line every reader pairs with the question above it.

Only a heading that opens with an answer label and has its answer after it (``A:``, ``Ans:``, ``Answer:``, in the
languages deckc reads), right under a heading that asks (a ``Q:`` label or a ``?`` at its end), blank lines between at
most; code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import (
    CLOSERS,
    QUESTION_MARKS,
    has_answer_label,
    has_question_label,
    in_fence,
    strip_answer_label,
    unbold_label,
)

_HEADING = re.compile(r"^(?P<indent> {0,3})#{1,6}[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*$")


def answer_headings(lines: list[str]) -> list[str]:
    """``lines`` with each answer heading under a question heading written as its label line (``A: …``); ``lines``
    itself when there is none."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    asked = False  # the last non-blank line outside code was a heading that asks
    for k, line in enumerate(lines):
        if fenced[k]:
            asked = False
            continue
        if not line.strip():
            continue
        m = _HEADING.match(line)
        text = unbold_label(m.group("text")) if m else ""
        if m and asked and has_answer_label(text) and strip_answer_label(text).strip(" *_"):
            out = out if out is not None else list(lines)
            out[k] = f"{m.group('indent')}{m.group('text')}"
            asked = False
            continue
        asked = bool(m) and (has_question_label(text) or text.rstrip(CLOSERS).endswith(QUESTION_MARKS))
    return lines if out is None else out
