"""A revision list whose bullets alternate a question and its answer (trial38 T38-13)::

    - What is an enzyme?
    - *A biological catalyst made of protein.*
    - What is the active site?
    - *The region of the enzyme where the substrate binds.*

as a learner types it, or as Word's "List Bullet" / "List Bullet 2" paragraphs convert when the document carries no
list levels. Read flat, the page asked nothing a heading did not: one card, its title over every line. This line-kept
rewrite indents each answer under its question (``  - *A biological …*``), the nested list the Markdown reader reads
as a card per question.

Only a list of PAIRS_MIN pairs or more, each entry one line, every odd entry asking (ends with ``?``) and no even one.
"""

from __future__ import annotations

import re

from compiler.sources.lines import QUESTION_MARKS, in_fence

_ENTRY = re.compile(r"^(?P<mark>[-*+])[ \t]+(?P<text>\S.*?)[ \t]*$")
PAIRS_MIN = 2


def _asks(text: str) -> bool:
    """An entry that asks: its text, bold or italics off, ends with a question mark."""
    return text.strip("*_ \t").endswith(QUESTION_MARKS)


def paired_bullets(text: str) -> str:
    """``text`` with each such list's answers indented under their questions (the text itself when none)."""
    if "?" not in text and "？" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _ENTRY.match(lines[k])
        if m is None or (k and lines[k - 1].strip() and not lines[k - 1].lstrip().startswith("#")):
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(lines) and not fenced[run[-1] + 1] and (nxt := _ENTRY.match(lines[run[-1] + 1])) is not None and nxt.group("mark") == m.group("mark"):
            run.append(run[-1] + 1)
        end = run[-1] + 1
        texts = [_ENTRY.match(lines[at]).group("text") for at in run]  # type: ignore[union-attr]
        asking, answers = texts[::2], texts[1::2]
        if len(run) % 2 == 0 and len(run) >= 2 * PAIRS_MIN and all(_asks(t) for t in asking) and not any(_asks(t) for t in answers) and (end >= len(lines) or not lines[end].strip() or lines[end][:1] not in " \t"):
            out = out if out is not None else list(lines)
            for at in run[1::2]:
                out[at] = "  " + lines[at]
        k = end
    return text if out is None else "\n".join(out)
