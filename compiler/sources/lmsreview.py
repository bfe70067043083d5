"""An exam's review page copied from a learning-management system (Blackboard's "Review Submission", and the
many study pages pasted from it): told by its content, read as Markdown after a conversion (trial11 P79).

Each question of such a page reads::

    Question 6

    0 out of 1 points

    The APRN is treating a 56-year-old male … The best choice of medication to treat this patient is:

    Selected Answer: Cardiac glycoside such as Digoxin
    Correct Answer: Beta blocker            (when the system shows it)

The stem may end in ``:`` or ``.`` as well as ``?``. The answer a card teaches is the correct one: the
``Correct Answer:`` line when there is one, else the selected answer only when it scored every point. A question
the exam marked wrong (``0 out of 1 points``) with no correct answer shown teaches nothing: it is a warning and
no card, as is an ungraded one (``0 out of 0 points``: an honour-code statement). The page's header (score,
status, dates) is no question.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted, markdown_line

_QUESTION = re.compile(r"^\s*Question\s+(?P<n>\d{1,4})\s*$", re.I)
_POINTS = re.compile(r"^\s*(?P<got>\d+(?:\.\d+)?)\s+out\s+of\s+(?P<of>\d+(?:\.\d+)?)\s+points?\s*$", re.I)
_SELECTED = re.compile(r"^\s*Selected\s+Answers?\s*[:：]\s*(?P<text>.*)$", re.I)
_CORRECT = re.compile(r"^\s*Correct\s+Answers?\s*[:：]\s*(?P<text>.*)$", re.I)
_FEEDBACK = re.compile(r"^\s*(?:Response\s+)?Feedback\s*[:：]\s*(?P<text>.*)$", re.I)
REVIEW_MIN = 2  # questions of that shape that make a page an exam review


def _questions(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, end) of each 'Question N' block, as 0-based indexes into ``lines``."""
    starts = [k for k, line in enumerate(lines) if _QUESTION.match(line)]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def looks_like_review(lines: list[str]) -> bool:
    """Whether a page is an exam review: two or more 'Question N' blocks, nearly each with a 'Selected Answer:'
    line and a 'x out of y points' line."""
    blocks = _questions(lines)
    if len(blocks) < REVIEW_MIN:
        return False
    shaped = sum(
        1
        for start, end in blocks
        if any(_SELECTED.match(line) for line in lines[start:end]) and any(_POINTS.match(line) for line in lines[start:end])
    )
    return shaped >= max(REVIEW_MIN, 0.8 * len(blocks))


def convert_review(lines: list[str], rel: str = "") -> Converted:
    """The page's questions as label pairs (``**Question:** …`` / ``**Answer:** …``), each line knowing its line."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    for start, end in _questions(lines):
        stem: list[int] = []
        selected = correct = feedback = None
        got = of = None
        for k in range(start + 1, end):
            line = lines[k]
            if not line.strip():
                continue
            if (m := _POINTS.match(line)) and got is None and not stem:
                got, of = float(m.group("got")), float(m.group("of"))
            elif m := _SELECTED.match(line):
                selected = (k, m.group("text").strip())
            elif m := _CORRECT.match(line):
                correct = (k, m.group("text").strip())
            elif m := _FEEDBACK.match(line):
                feedback = (k, m.group("text").strip())
            elif selected is None and correct is None:
                stem.append(k)
        number = _QUESTION.match(lines[start]).group("n")  # type: ignore[union-attr]
        if not stem:
            continue
        if of == 0:
            warnings.append(_said(rel, start, "an ungraded question (0 out of 0 points): no card", "an honour-code or survey question teaches nothing", "review-ungraded"))
            continue
        answer = correct if correct is not None and correct[1] else None
        if answer is None and selected is not None and selected[1] and (got is None or of is None or got >= of):
            answer = selected
        if answer is None:
            scored = f"{got:g} out of {of:g} points" if got is not None and of is not None else "no full marks"
            warnings.append(
                _said(
                    rel,
                    start,
                    f"the exam marked the selected answer wrong ({scored}) and shows no correct answer: no card",
                    "add the right answer as a 'Correct Answer: …' line under it, or with an override in overrides.toml",
                    "review-wrong",
                )
            )
            continue
        out.append((f"### Question {number}", start))
        out.append(("", start))
        out.append((f"**Question:** {markdown_line(lines[stem[0]])}", stem[0]))
        out.extend((markdown_line(lines[k]), k) for k in stem[1:])
        out.append(("", stem[-1]))
        out.append((f"**Answer:** {markdown_line(answer[1])}", answer[0]))
        if feedback is not None and feedback[1]:
            out.append(("", feedback[0]))
            out.append((markdown_line(feedback[1]), feedback[0]))
        out.append(("", end - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings))


def _said(rel: str, line: int, message: str, hint: str, group: str) -> Diagnostic:
    return Diagnostic(rel, line + 1, message, hint, severity="warning", group=group)
