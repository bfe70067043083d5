"""Answers set in a block quote (lead G8): write-ups and course notes style each answer as a quote under its
question::

    **Question:** Which evaluation metrics did you choose?

    > **ANS:** (1) gross conversion and (2) net conversion

The quote hid the answer label from the reader, so the page "asked no question" and was read by its headings: five
questions with their answers became the back of one card named after the section.  The quote is only styling: this
line-kept rewrite takes one level of ``>`` off each quote whose first line opens with an answer label (``Ans:``,
``**Answer:**``, ``A:``, ``Ответ:`` …; a bold label with no colon, ``**ANS** 685,325``, gets its colon), so the
label reads as it does at the margin.  So is a quote that is a box holding a question and its answer toggle (a
textbook's ``> **Check Your Understanding 4.1**`` / ``> … Why does she slow down?`` / ``> <details><summary>Show
Solution</summary>`` …: lead G21, a page of them gave no card).  Other quotes (``> **Note:** …``), callouts
(``> [!question]``), nested quotes and code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.directives import ANSWER_TITLE
from compiler.sources.lines import (
    QUESTION_MARKS,
    any_answer_label,
    has_answer_label,
    has_question_label,
    in_fence,
    opens_asking,
    unbold_label,
)

_QUOTE = re.compile(r"^(?P<lead> {0,3}>[ \t]?)(?P<rest>.*)$")
# a bold answer word with no colon, then the answer: '**ANS** 685,325', '**Answer** 42'
_BARE_BOLD = re.compile(r"^(?P<mark>\*\*|__)(?P<word>(?i:ans|answer))(?P=mark)(?=[ \t]+\S)")
# an answer label alone on the quote's first line, bold, italic or plain, with or without its colon: '**Answer**',
# '*Answer:*', 'Antwort', a toggle's title '**💡 Show answer**' (the answer on the quote's lines under it)
_LONE_LABEL = re.compile(r"^(?P<mark>\*\*|__|\*|_)?(?P<word>[^\s*_:：\d][^*_:：]{1,30}?)[ \t]*[:：]?[ \t]*(?P=mark)?[ \t]*[:：]?[ \t]*$")


def _labelled(text: str) -> bool:
    """Whether a quote's first line opens with an answer label."""
    if text.startswith(">"):
        return False  # a nested quote: someone else's words
    plain = unbold_label(_BARE_BOLD.sub(r"\g<mark>\g<word>:\g<mark>", text)).lstrip()
    return has_answer_label(plain) or any_answer_label(plain)


def _lone_label(lines: list[str], k: int, fenced: list[bool]) -> str | None:
    """The answer label standing alone on the first line of the quote opening at ``k`` (``> **Answer**`` / ``>`` /
    ``> The mitochondrion.``: a README's answer under its question, round 4 of the metamorphic checks), when the quote
    holds text under it; else None. A single letter (``> A``) is no label here: it may be the answer itself."""
    m = _QUOTE.match(lines[k])
    lone = _LONE_LABEL.match(m.group("rest").strip()) if m is not None else None
    if lone is None or len(lone.group("word")) < 2:
        return None
    word = lone.group("word") if has_answer_label(lone.group("word") + ": …") else "Answer" if ANSWER_TITLE.match(lone.group("word")) else None
    end = _quote_end(lines, k, fenced)
    return word if word and any(q.group("rest").strip() for j in range(k + 1, end) if (q := _QUOTE.match(lines[j]))) else None


def _boxed(lines: list[str], k: int, fenced: list[bool]) -> bool:
    """Whether the quote opening at ``k`` is a box holding a question and its answer toggle (lead G21: a textbook's
    '> **Check Your Understanding 4.1**' / '> A skater glides … Why does she slow down?' / '> <details>…'): text that
    asks, then a ``<details>`` toggle, all inside the quote; never a callout (``> [!question]``, read as one)."""
    body: list[str] = []
    for j in range(k, len(lines)):
        q = _QUOTE.match(lines[j]) if not fenced[j] else None
        if q is None:
            break
        body.append(q.group("rest").strip())
    if not body or body[0].startswith(("[!", ">")):
        return False
    toggle = next((n for n, line in enumerate(body) if line.lower().startswith("<details")), None)
    return toggle is not None and any(line.rstrip(" *_").endswith(QUESTION_MARKS) or opens_asking(line) for line in body[:toggle])


_CALLOUT = re.compile(r"^\[!\w+\][+-]?\s*$")  # '[!NOTE]', '[!TIP]-': a GitHub alert or Obsidian callout, no title


def _quote_end(lines: list[str], k: int, fenced: list[bool]) -> int:
    """The line after the quote opening at ``k``."""
    while k < len(lines) and not fenced[k] and _QUOTE.match(lines[k]):
        k += 1
    return k


def _callout_pair(lines: list[str], k: int, fenced: list[bool]) -> int | None:
    """Where the answer box ends, when the untitled callout opening at ``k`` holds a labelled question and the
    callout after it (past blank lines) opens with an answer label (trial16 T16-24: '> [!NOTE]' / '> **Câu 1:**
    Output? …' then '> [!TIP]' / '> **Đáp án:** …'); else None."""
    end = _quote_end(lines, k, fenced)
    body = [_QUOTE.match(lines[j]).group("rest").strip() for j in range(k + 1, end)]  # type: ignore[union-attr]
    if not body or not has_question_label(unbold_label(body[0])):
        return None
    nxt = end
    while nxt < len(lines) and not lines[nxt].strip():
        nxt += 1
    if nxt >= len(lines) or fenced[nxt] or not (m := _QUOTE.match(lines[nxt])) or not _CALLOUT.match(m.group("rest").strip()):
        return None
    answer = _QUOTE.match(lines[nxt + 1]) if nxt + 1 < len(lines) and not fenced[nxt + 1] else None
    return _quote_end(lines, nxt, fenced) if answer is not None and _labelled(answer.group("rest")) else None


def unquoted_answers(text: str) -> str:
    """``text`` with each quote that opens with an answer label set at the margin, line for line."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    changed = False
    k = 0
    while k < len(lines):
        m = _QUOTE.match(lines[k]) if not fenced[k] else None
        opens = m is not None and (k == 0 or not _QUOTE.match(lines[k - 1]))
        if opens and m is not None and _CALLOUT.match(m.group("rest").strip()) and (last := _callout_pair(lines, k, fenced)):
            for j in range(k, last):  # the question box and the answer box at the margin, their '[!…]' lines blank
                q = _QUOTE.match(lines[j])
                rest = q.group("rest") if q is not None else lines[j]
                lines[j] = "" if _CALLOUT.match(rest.strip()) else rest
            k, changed = last, True
            continue
        lone = _lone_label(lines, k, fenced) if opens else None
        if not opens or m is None or not (lone or _labelled(m.group("rest")) or _boxed(lines, k, fenced)):
            k += 1
            continue
        # (a lone label's quote keeps its indent: under '1. …?' it is the item's answer, not a line of its own)
        indent = m.group("lead")[: len(m.group("lead")) - len(m.group("lead").lstrip())] if lone else ""
        lines[k] = f"{indent}{lone}:" if lone else _BARE_BOLD.sub(r"\g<mark>\g<word>:\g<mark>", m.group("rest"))
        k += 1
        while k < len(lines) and not fenced[k] and (q := _QUOTE.match(lines[k])) is not None:
            lines[k] = indent + q.group("rest") if q.group("rest").strip() else ""
            k += 1
        changed = True
    return "\n".join(lines) if changed else text
