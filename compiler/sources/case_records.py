"""Case briefs written as records of labelled lines (sitting 46 M13; sitting 45 N9): under each case's name, its
``Facts:`` / ``Issue: … ?`` / ``Held:`` / ``Ratio:`` lines, as a law student types them in plain text or Markdown, in
capitals or not, a blank line between them or none. Read as written, the same briefs gave four cards a case (one a
label whose back was a question: "the answer is only another question"), one heading card a case, or, as plain text,
"cannot tell this document's layout"; only the bold form with no blank lines read as the brief it is.

This line-kept rewrite writes such records in that form: the case's name a heading (``## Donoghue v Stevenson``), each
label bold (``**Issue:** …``), so the Markdown reader makes a card of each case: the facts and the issue it asks on the
front, what was held and the ratio on the back. Only when two records or more give the same labels in the same order,
three at least, and one label that is not the last asks in every record (its lines end in ``?``).
"""

from __future__ import annotations

import re
from collections import Counter

from compiler.sources.lines import ANSWER_WORDS, QUESTION_LABEL_WORD, QUESTION_MARKS, in_fence

_LABEL_LINE = re.compile(
    r"^[ ]{0,3}(?:\*\*|__)?(?P<label>[^\W\d_][^\W\d_]*(?:[ ][^\W\d_]+){0,2})[ \t]*(?:[:：](?:\*\*|__)?|(?:\*\*|__)[ \t]*[:：])[ \t]+(?P<text>\S.*)$"
)
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+\S")
_QA_LABEL = re.compile(rf"^(?:{QUESTION_LABEL_WORD}|a|ans|answers?|solutions?|{ANSWER_WORDS})$", re.I)
NAME_WORDS = 15  # words at most of a case's name line
RECORD_LABELS_MIN = 3  # labels a record needs
RECORDS_MIN = 2  # records with the same labels that make a page of briefs


def _records(lines: list[str], fenced: list[bool]) -> list[tuple[int, list[tuple[int, str]]]]:
    """``(name line, [(label line, label casefolded)])`` of each name line over label lines (blank lines between)."""
    found = []
    k = 0
    while k < len(lines):
        line = lines[k]
        name = line.strip() and not fenced[k] and not _LABEL_LINE.match(line) and len(line.split()) <= NAME_WORDS + 1
        if not name or line.rstrip().endswith(QUESTION_MARKS):
            k += 1
            continue
        labels: list[tuple[int, str]] = []
        j = k + 1
        while j < len(lines) and not fenced[j] and (not lines[j].strip() or (m := _LABEL_LINE.match(lines[j]))):
            if lines[j].strip():
                labels.append((j, m.group("label").casefold()))  # type: ignore[union-attr]
            j += 1
        if len(labels) >= RECORD_LABELS_MIN:
            found.append((k, labels))
            k = j
        else:
            k += 1
    return found


def case_records(lines: list[str]) -> list[str]:
    """``lines`` with each brief's name written as a heading and its labels bold, or ``lines`` itself when the page
    holds no such records."""
    fenced = list(in_fence(lines))
    records = _records(lines, fenced)
    shapes = Counter(tuple(label for _, label in labels) for _, labels in records)
    if not shapes:
        return lines
    shape, count = shapes.most_common(1)[0]
    if count < RECORDS_MIN or len(set(shape)) != len(shape) or any(_QA_LABEL.match(label) for label in shape):
        return lines  # (a bank's 'Question:' / 'Answer:' records: read by their own labels)
    kept = [(k, labels) for k, labels in records if tuple(label for _, label in labels) == shape]
    asks = [
        i for i in range(len(shape) - 1)
        if all(lines[labels[i][0]].rstrip(" *_").endswith(QUESTION_MARKS) for _, labels in kept)
    ]  # fmt: skip
    if not asks:
        return lines
    out = list(lines)
    for k, labels in kept:
        if not _HEADING.match(lines[k]):
            out[k] = f"## {lines[k].strip()}"
        for j, _ in labels:
            m = _LABEL_LINE.match(lines[j])
            out[j] = f"**{m.group('label')}:** {m.group('text')}"  # type: ignore[union-attr]
    return out
