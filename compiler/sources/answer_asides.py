"""Bold questions inside labelled answers (lead G13): explanations written by quiz generators and interview notes
put bold sub-headings in an answer, some of them asking::

    **Question 6**: Apply - Intermediate

    **Statement**: When creating an ordered list in Markdown, the numbers must be in sequential order.

    **Answer**: **False**

    **Explanation**: … any numbers give a list numbered 1, 2, 3 …

    **Why This Design?**:
    This flexibility makes list maintenance easier. …

A bold line that asks is read as a question, so the explanation was cut in two and its second half a card of its
own ('Why This Design?' → ': This flexibility …'). On a page that labels its questions and its answers (two of each
at least: ``**Question 6**``, ``Q:``, ``**Answer**:``), a question is a labelled one, so a bold asking line under an
answer label, before the next question label, heading or rule, is a sub-heading of that answer: this line-kept
rewrite sets it in italics (``*Why This Design?*:``), which is emphasis in the answer and no question.
"""

from __future__ import annotations

import re

from compiler.sources.lines import has_answer_label, has_question_label, in_fence, unbold_label

_ASKING = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?P<b>\*\*|__)(?P<text>[^*_\n]{2,120}?[?？])(?P=b)[ \t]*(?P<colon>[:：]?)[ \t]*$"
)
_BREAK = re.compile(r"^ {0,3}(?:#{1,6}[ \t]|(?:[-*_][ \t]*){3,}$)")


def _labelled(line: str, test: object) -> bool:
    text = unbold_label(line).lstrip()
    return bool(test(text))  # type: ignore[operator]


def answer_asides(lines: list[str]) -> list[str]:
    """``lines`` with each bold asking line inside a labelled answer set in italics (the list itself when none is)."""
    fenced = list(in_fence(lines))
    asked = sum(1 for k, line in enumerate(lines) if not fenced[k] and _labelled(line, has_question_label))
    answered = sum(1 for k, line in enumerate(lines) if not fenced[k] and _labelled(line, has_answer_label))
    if asked < 2 or answered < 2:
        return lines
    out: list[str] | None = None
    inside = False  # under an answer label, before the next question label, heading or rule
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if _BREAK.match(line) or _labelled(line, has_question_label):
            inside = False
        elif _labelled(line, has_answer_label):
            inside = True
        elif inside and (m := _ASKING.match(line)):
            out = out if out is not None else list(lines)
            out[k] = f"{m.group('indent')}*{m.group('text').strip()}*{m.group('colon')}"
    return lines if out is None else out
