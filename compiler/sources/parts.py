"""A document in parts of different shapes, each part read with its own layout (trial18 T18-24).

A review sheet mixes kinds of questions, a part each under a part heading: ``Phần 1 – Trắc nghiệm`` (``Câu 1`` /
question / ``A. …`` options / ``Đáp án: B``), ``Phần 2 – Đúng / Sai`` (``1. <statement> → Sai``), ``Phần 3 – Điền vào
chỗ trống`` (``1. … ____ .`` / ``Đáp án: 17``); ``Part II``, ``Teil 2``, ``Section B``, ``第二部分`` alike.  One
layout reads one shape: the whole file read so made the first part's cards and glued every later part to its last
answer.  :func:`part_spans` finds the part headings; the read pass (:func:`compiler.read._by_parts`) reads each part
alone, the other lines blanked so every line keeps its number, and keeps that reading when it answers more questions
than the whole file read with one layout did.  ``parts = "whole"`` in the source's table keeps the one reading.
"""

from __future__ import annotations

import re

from compiler.layouts import ANSWER_KEY, KEY_WORDS, PART_WORDS
from compiler.sources.lines import in_fence

_NUMBER = r"(?:\d{1,2}|[A-H]|[IVX]{1,4}|[ivx]{1,4})"
PART_HEADING = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?:"
    rf"(?i:{PART_WORDS})\s+{_NUMBER}(?![\w])"
    r"|第\s*[一二三四五六七八九十\d]{1,3}\s*(?:部分|部|编|編|篇)"
    r"|제\s*\d{1,2}\s*부"
    r")\s*(?:(?:\*\*|__)?\s*[:.：–—-]\s*(?P<title>[^\n]{0,100}?))?\s*(?:\*\*|__)?\s*$"
)
_KEY_LINE = re.compile(ANSWER_KEY)  # a heading or line that starts an answer key
_KEY_TITLE = re.compile(rf"(?<!\w)(?i:{KEY_WORDS})(?!\w)")
PART_LINES_MIN = 3  # non-blank lines under a part heading: fewer is a table of contents' entry, no part
PARTS_MAX = 20  # part headings in one document: more are sections of a book, read as the layout reads them


def part_spans(lines: list[str]) -> list[tuple[int, int, int]] | None:
    """``[(first, heading, end), …]``: each part's 0-based line range and its heading's line (the text before the
    first part heading goes with the first part), or None when it has fewer than two part headings, a part that names an answer key
    (``Part B – Answers``: the key of the questions above, read with them), or a heading with little under it."""
    fenced = list(in_fence(lines))
    heads = [
        k
        for k, line in enumerate(lines)
        if not fenced[k] and (m := PART_HEADING.match(line)) is not None and (k == 0 or not lines[k - 1].strip() or lines[k - 1].lstrip().startswith("#"))
        and not _KEY_TITLE.search(m.group("title") or "")
    ]
    if len(heads) < 2 or len(heads) > PARTS_MAX:
        return None
    if any(_KEY_LINE.match(line) for k, line in enumerate(lines) if k > heads[0] and not fenced[k]):
        return None  # ('## Answers' after the parts: a key for all of them, read with the whole file)
    bounds = [*heads, len(lines)]
    spans = [(0 if n == 0 else bounds[n], bounds[n], bounds[n + 1]) for n in range(len(heads))]
    if any(sum(1 for line in lines[a + 1 : b] if line.strip()) < PART_LINES_MIN for a, b in zip(heads, bounds[1:], strict=True)):
        return None
    return spans


def part_lines(lines: list[str], first: int, end: int) -> list[str]:
    """The document's lines with every line outside ``first``..``end`` blank: the part alone, at its own line numbers."""
    return [line if first <= k < end else "" for k, line in enumerate(lines)]
