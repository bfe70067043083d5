"""Records of fields each under a label line of its own (``|QUESTION|`` / its text / ``|QUERY|`` / its SQL / ``|ANSWER|``
/ its explanation / ``|HINT|`` / … / ``|PAGEID|`` / an id): an exercise bank's files (pgexercises' ``.ex``), written so
that a program finds each field by its label.

:func:`field_records` rewrites each such record as the ``Question:`` / ``Answer:`` pair it holds (line numbers kept): the
question field's label line ``Question:``, the first answer field's ``Answer:``, the label lines of the answer fields
after it blank (their text goes on with the answer), and every other field (a name, a hint, a sort flag, a page id)
blank, label and text: bookkeeping, no part of a card. Why: read as it was, an article's made-up question ('What is
control which rows are retrieved?') stood over the whole record with its labels, and ``{{c1::0}}: |PAGEID|`` was a
cloze card; or the file was "cannot tell" with a pattern that made a card of each label (trial54 T54-5).
"""

from __future__ import annotations

import html
import re

# a line that is only a field's label, in pipes or square brackets ('|QUESTION|', '[ANSWER]', '| Hint |')
_LABEL_LINE = re.compile(r"^[ \t]*(?:\|[ \t]*(?P<p>[A-Za-z][A-Za-z0-9 _-]{0,30}?)[ \t]*\||\[(?P<b>[A-Z][A-Z0-9 _-]{0,30})\])[ \t]*$")
_QUESTION_FIELDS = frozenset({"question", "prompt", "q", "front", "problem", "task", "exercise", "questiontext", "question text"})
_ANSWER_FIELDS = frozenset({"answer", "answers", "solution", "query", "code", "sql", "back", "a", "result", "correct", "correct answer", "explanation"})
RECORD_LABELS_MIN = 3  # label lines a file needs, a question's and an answer's among them, to be read as records


def _label(line: str) -> str | None:
    m = _LABEL_LINE.match(line)
    if m is None:
        return None
    return " ".join((m.group("p") or m.group("b") or "").replace("_", " ").split()).lower()


# a field written as HTML for the program that shows it ('<p>The <c>WHERE</c> clause …', '<div class="row">'): its tags
_HTML_FIELD = re.compile(r"</?(?:p|div)\b[^<>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|table|tr|td|th|h[1-6]|img)\b", re.I)  # (a space where it stood)


def _text_of(lines: list[str], first: int, end: int) -> None:
    """The lines ``first`` … ``end`` of a field written as HTML (a ``<p>`` or ``<div>`` in it) as their text: tags off,
    character references read, a line left with no text blank (trial54 T54-5: ``<p>The <c>BETWEEN</c> operator …`` on
    the card as written)."""
    if not any(_HTML_FIELD.search(lines[j]) for j in range(first, end)):
        return
    for j in range(first, end):
        lines[j] = " ".join(html.unescape(_TAG.sub(lambda m: " " if _BLOCK_TAG.match(m.group(0)) else "", lines[j])).split())


def field_records(lines: list[str]) -> list[str]:
    """``lines`` with each record of labelled fields written as its ``Question:`` / ``Answer:`` pair (the list itself
    when the file holds none)."""
    labels = [(k, name) for k, line in enumerate(lines) if (name := _label(line)) is not None]
    names = {name for _, name in labels}
    if len(labels) < RECORD_LABELS_MIN or not names & _QUESTION_FIELDS or not names & _ANSWER_FIELDS:
        return lines
    out = list(lines)
    seen: set[str] = set()
    answered = False
    for n, (k, name) in enumerate(labels):
        if name in seen:  # (a label the record already holds: the next record)
            seen, answered = set(), False
        seen.add(name)
        end = labels[n + 1][0] if n + 1 < len(labels) else len(lines)
        if name in _QUESTION_FIELDS:
            out[k] = "Question:"
            answered = False
        elif name in _ANSWER_FIELDS and not answered:
            out[k] = "Answer:"
            answered = True
            _text_of(out, k + 1, end)
        elif name in _ANSWER_FIELDS:
            out[k] = ""
            _text_of(out, k + 1, end)
        else:
            for j in range(k, end):
                out[j] = ""
    return out
