"""Quizzes written in the older mkdocs-quiz syntax, a processing instruction around ``key: value`` lines (lead,
trial15 T15-43; course sites in Danish, Portuguese, German, English use it)::

    <?quiz?>
    question: Hvad er en lineær ligning?
    answer: En ligning med kun variable
    answer-correct: En ligning af formen a1x1 + … = b
    answer: En ligning med kun konstanter
    content:
    <p><strong>Forklaring:</strong> …</p>
    <?/quiz?>

Read as written, each quiz was a Basic card whose back opened with the first (wrong) option.  This line-kept
rewrite writes each block as the task-box question deckc reads: the question its stem, ``answer:`` an open box
``- [ ] …``, ``answer-correct:`` a ticked one ``- [x] …`` (several: several right answers), ``content:`` the
explanation after the options; the instruction lines are blanked.  Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_OPEN = re.compile(r"^\s*<\?quiz\?>\s*$", re.I)
_CLOSE = re.compile(r"^\s*<\?/quiz\?>\s*$", re.I)
_FIELD = re.compile(r"^\s*(?P<key>question|answer-correct|answer|content)\s*:\s*(?P<value>.*)$", re.I)


def pi_quizzes(lines: list[str]) -> list[str]:
    """The lines with each ``<?quiz?>`` … ``<?/quiz?>`` block written as a task-box question (same line count); the
    same list when there is none."""
    fenced = list(in_fence(lines))
    out = list(lines)
    k = 0
    changed = False
    while k < len(lines):
        if fenced[k] or not _OPEN.match(lines[k]):
            k += 1
            continue
        end = next(
            (j for j in range(k + 1, len(lines)) if _CLOSE.match(lines[j]) or _OPEN.match(lines[j])), None
        )
        if end is None or not _CLOSE.match(lines[end]):
            k += 1
            continue
        fields = [(j, _FIELD.match(lines[j])) for j in range(k + 1, end)]
        keys = [m.group("key").lower() for _, m in fields if m]
        if "question" not in keys or "answer-correct" not in keys:
            k = end + 1  # (not this syntax's quiz, or none marked right: left as written, the reader says so)
            continue
        out[k] = out[end] = ""
        in_content = False
        for j, m in fields:
            if in_content:
                continue  # the explanation's own lines, as written
            if m is None:
                continue  # (a question or option running on: kept as written)
            key, value = m.group("key").lower(), m.group("value").strip()
            if key == "question":
                out[j] = value
            elif key == "answer":
                out[j] = f"- [ ] {value}"
            elif key == "answer-correct":
                out[j] = f"- [x] {value}"
            else:  # content: the explanation follows, after a blank line
                out[j] = value
                in_content = True
        changed = True
        k = end + 1
    return out if changed else lines
