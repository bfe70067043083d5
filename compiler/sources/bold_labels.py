"""Questions numbered by a bold label of their own (``**Question 1**: Remember - Basic``, ``**Frage 2:**``) over the
statement that asks and its options, all answered by number in the page's answer key (``## Answer Key`` / ``1. **True**
— …``), as an AI quiz generator writes them (trial33 T33-13). Read as Markdown the labels were text under the
``## Questions`` heading: one card "Questions" holding the first question, the others "no answer", the key a card.

This line-kept rewrite writes each such label as the heading a Markdown exam gives it (``### Question 1``, one level
below the heading over it), which the Markdown reading keys by the page's key (answerkey.join_keys). What follows the
label on its line names the question's level or kind (Bloom's "Remember - Basic"), never the question: it is left out.

Only where two labels at least stand alone (a blank line or the page's start above), number distinct questions, say
nothing that asks after them, and the page's key after the last one lists at least half of their numbers. Code fences
are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.answerkey import INSTRUCTIONS_HEADING
from compiler.sources.choices import KEY_SECTION
from compiler.sources.lines import QUESTION_LABEL_WORD, QUESTION_MARKS, in_fence

_LABEL = re.compile(
    rf"^[ ]{{0,3}}(\*\*|__)(?P<label>(?i:{QUESTION_LABEL_WORD})[ \t]*+[#№]?[ \t]*+(?P<n>\d{{1,4}}))[ \t]*+[.:)]?\1"
    r"(?:[ \t]*+[:：.)\-–—][ \t]*+(?P<tail>[^\n]{1,80}?)|[ \t]*+[(\[](?P<marks>[^()\[\]\n]{1,30})[)\]])?[ \t]*+$"
)
_HEADING = re.compile(r"^[ ]{0,3}(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t#]*$")
_ENTRY = re.compile(r"^[ ]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<n>\d{1,4})(?:\*\*|__)?[ \t]*+[.):-]")
TAIL_WORDS = 6  # words at most after a label that name its level or kind ('Understand - Intermediate'), not a question
MIN_LABELS = 2


def bold_labels(lines: list[str]) -> list[str]:
    """``lines`` with each bold question label keyed by the page's answer key written as a heading; ``lines`` itself
    when the page has fewer than two or no key lists them."""
    fenced = list(in_fence(lines))
    found: list[tuple[int, re.Match[str]]] = []
    for k, line in enumerate(lines):
        m = None if fenced[k] or (k and lines[k - 1].strip()) else _LABEL.match(line)
        if m is None:
            continue
        tail = m.group("tail") or ""
        if any(mark in tail for mark in QUESTION_MARKS) or len(tail.split()) > TAIL_WORDS:
            return lines  # ('**Question 1**: What is …?': the question on its label's line, read as it is)
        found.append((k, m))
    numbers = [m.group("n") for _, m in found]
    if len(found) < MIN_LABELS or len(set(numbers)) < len(numbers):
        return lines
    key = next(
        (k for k in range(found[-1][0] + 1, len(lines)) if not fenced[k] and (h := _HEADING.match(lines[k])) and KEY_SECTION.match(h.group("text").strip("*_ "))),
        None,
    )
    if key is None:
        return lines
    listed = {e.group("n") for line in lines[key + 1 :] if (e := _ENTRY.match(line)) is not None}
    if 2 * len(listed & set(numbers)) < len(numbers):
        return lines
    out = list(lines)
    level = 3
    at = 0
    for k, m in found:
        for j in range(at, k):  # the heading over the label sets its level: one below, or beside the exam's instructions
            h = None if fenced[j] else _HEADING.match(lines[j])
            if h is not None:
                level = len(h.group("hashes")) + (0 if INSTRUCTIONS_HEADING.match(h.group("text").strip("*_ ")) else 1)
        at = k
        out[k] = f"{'#' * min(level, 6)} {' '.join(m.group('label').split())}"
    return out
