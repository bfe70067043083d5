"""The labelled parts of a one-card note's answer (trial15 T15-52): a personal card note in Obsidian writes one question
and its answer, then more labelled parts of the answer::

    **问：**                  (question)
    Activity 生命周期主路径是哪几段？
    **答：**                  (answer)
    主路径 6 段：…
    **例 / 类比：**           (example / analogy) and a list
    **易错：**                (pitfalls) and a list

Each bold label alone on its line ended the answer, and the example and pitfalls — what the learner reviews most — were
"text outside any question". On a page of one labelled question and one labelled answer, this line-kept rewrite writes
such a label with its colon after the bold (``**易错**：``), a line of the answer the reader keeps in it.
"""

from __future__ import annotations

import re

from compiler.sources.lines import has_answer_label, has_question_label, in_fence

_BOLD_LABEL = re.compile(
    r"^(?P<indent>\s{0,3})(?P<b>\*\*|__)(?P<label>[^*_\n]{1,30}?)\s*(?P<colon>[:：])\s*(?P=b)\s*$"
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def answer_parts(lines: list[str]) -> list[str]:
    """``lines`` with the labelled parts after a one-card page's answer label kept in its answer (the list itself when
    the page is no such card)."""
    fenced = list(in_fence(lines))
    labels = [
        (k, m) for k, line in enumerate(lines) if not fenced[k] and (m := _BOLD_LABEL.match(line)) is not None
    ]
    asked = [
        k
        for k, m in labels
        if has_question_label(f"{m.group('label')}: x") and not has_answer_label(f"{m.group('label')}: x")
    ]
    answered = [k for k, m in labels if has_answer_label(f"{m.group('label')}: x")]
    if len(asked) != 1 or len(answered) != 1 or answered[0] < asked[0]:
        return lines
    end = next(
        (k for k in range(answered[0] + 1, len(lines)) if not fenced[k] and _HEADING.match(lines[k])),
        len(lines),
    )
    parts = [(k, m) for k, m in labels if answered[0] < k < end]
    if not parts:
        return lines
    out = list(lines)
    for k, m in parts:
        out[k] = f"{m.group('indent')}{m.group('b')}{m.group('label')}{m.group('b')}{m.group('colon')}"
    return out
