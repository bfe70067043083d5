"""Authored wrong answers under a question, read as the multiple choice they were written for (trial14 T14-38).

Generated review decks and some teachers' notes write a question, its answer, a "why" section and then a list of
distractors: plausible wrong answers for a multiple-choice review::

    ## How do you filter rows in a SELECT?
    With a `WHERE` clause.

    ### Why
    WHERE decides which rows take part …

    ### Distractors
    - With `HAVING` after the GROUP BY.
    - With `LIMIT` at the end of the query.

Read as written, the back taught the wrong answers beside the right one. :func:`distractor_quizzes` rewrites each
such question as task boxes (the answer ticked, the distractors not, in an order of their own so the right one is
not always first), then the "why" text as the explanation; line numbers never move (the rewritten lines stay
inside the question's own lines, blank lines fill the rest).
"""

from __future__ import annotations

import hashlib
import re

# the label of the wrong answers: a heading or a bold line of its own ('### Distractors', '**Distractores:**')
_LABEL = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?i:distract(?:or|ore|eur)s?|distraktoren|distrattori|wrong\s+answers|incorrect\s+(?:options|answers)"
    r"|respuestas\s+incorrectas|opciones\s+incorrectas|falsche\s+antworten|mauvaises\s+réponses)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$"
)
# a "why" label over the explanation: dropped, its text kept
_WHY = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?i:why|because|explanation|porque|por\s+qué|explicación|warum|begründung|pourquoi"
    r"|explication|perché|spiegazione|por\s+que|explicação)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$"
)
_HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+\S")
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
# a highlighted part of the answer ('Con la cláusula ==`WHERE`==:'), bold in an option ('a==b==c' is code, left alone)
_HIGHLIGHT = re.compile(r"(?<![\w=])==(?![=\s])(.+?)(?<![=\s])==(?![\w=])")
ANSWER_LINES = 3  # an answer longer than this is an explanation, not an option
ANSWER_CHARS = 300


def distractor_quizzes(lines: list[str]) -> list[str]:
    """``lines`` with each question answered, explained and given authored distractors rewritten as task boxes."""
    out = list(lines)
    for at, line in enumerate(lines):
        if not _LABEL.match(line):
            continue
        wrong, end = _items(lines, at + 1)
        ask = next((k for k in range(at - 1, -1, -1) if _HEADING.match(lines[k]) and not _WHY.match(lines[k])), None)
        if not wrong or ask is None or ask < (_last_label(lines, at) or -1):
            continue
        first = next((k for k in range(ask + 1, at) if lines[k].strip()), None)
        if first is None or _HEADING.match(lines[first]) or _ITEM.match(lines[first]) or _WHY.match(lines[first]):
            continue
        stop = next((k for k in range(first, at) if not lines[k].strip() or _HEADING.match(lines[k]) or _WHY.match(lines[k])), at)
        answer = _HIGHLIGHT.sub(r"**\1**", " ".join(part.strip() for part in lines[first:stop]))  # ('==`WHERE`==')
        if stop - first > ANSWER_LINES or len(answer) > ANSWER_CHARS:
            continue
        why = [ln for ln in lines[stop:at] if not _WHY.match(ln)]
        options = sorted([(True, answer), *((False, w) for w in wrong)], key=lambda o: _order(lines[ask], o[1]))
        rows = [f"- [{'x' if right else ' '}] {text}" for right, text in options] + [""] + why
        rows = [row for k, row in enumerate(rows) if row.strip() or (k and rows[k - 1].strip())]  # (one blank a gap)
        size = end - first
        if len(rows) > size:
            continue
        out[first:end] = rows + [""] * (size - len(rows))
    return out


def _items(lines: list[str], at: int) -> tuple[list[str], int]:
    """The list right under a label (past blank lines): its entries' texts and the index after it."""
    while at < len(lines) and not lines[at].strip():
        at += 1
    found: list[str] = []
    while at < len(lines) and (m := _ITEM.match(lines[at])) is not None:
        found.append(m.group("text").strip())
        at += 1
    return found, at


def _last_label(lines: list[str], before: int) -> int | None:
    """The distractors label before ``before`` (a question has one list of them)."""
    return next((k for k in range(before - 1, -1, -1) if _LABEL.match(lines[k])), None)


def _order(question: str, option: str) -> str:
    """A stable order of the options that is not the document's: the right one is not always first (lead's G2)."""
    return hashlib.sha1(f"{question.strip()}\0{option}".encode()).hexdigest()
