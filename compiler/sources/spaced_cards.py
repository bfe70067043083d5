"""Cards split by a question mark on a line of its own, blank lines around it (lead, trial15 T15-3): the
*Markdown Flashcards* format, and Obsidian-style decks written with air::

    ________________________________________________________________________________
    How to create a card?

    ?

    Card consists of Markdown formatted text surrounded by two lines of underscores.
    ________________________________________________________________________________

The ``?`` (also ``??``, ``:question:``, ``:grey_question:``, ``❓``, ``❔``) was a paragraph of its own, so it split nothing:
the card was "text outside any question", the next card's front ran into this one's back, a front of two
paragraphs came out reversed.  Where a file has at least :data:`CARDS_MIN` such lines, each card whose front starts
after a rule or a heading (everything from there to the mark: paragraphs, code, a table, in order) and whose back
runs to the next rule or heading is labelled line for line as deckc reads a question heading over its answer (``## Q: <the
front's first paragraph>``, the rest of the front under it, ``**Answer:**`` for the mark); the rest of the file
(headings, an introduction) is kept as written.  A mark
with no rule or heading between it and the card before is left alone (no telling where its front starts).  The
``?`` inside one paragraph (``front`` / ``?`` / ``back``, no blank lines) is the Obsidian card deckc reads already.
"""

from __future__ import annotations

import re

from compiler.sources.converted import Converted
from compiler.sources.lines import heading_level_above, in_fence

_MARK = re.compile(r"^[ \t]*(?:\?\??|:question:|:grey_question:|❓|❔)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:_[ \t]*){3,}|(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$")
_ATX = re.compile(r"^ {0,3}(?P<marks>#{1,6})(?:[ \t]|$)")
_NOT_TEXT = re.compile(
    r"^\s*(?:[-*+](?:\s|$)|[>|<]|\d{1,9}[.)]\s)"
)  # a list, quote, table or HTML line: no question's words
CARDS_MIN = 2


def _cards(lines: list[str], fenced: list[bool]) -> list[tuple[int, int, int]]:
    """``(front's first line, mark, back's end)`` (0-based, end exclusive) of each card the marks split."""

    def blank(k: int) -> bool:
        return k < 0 or k >= len(lines) or not lines[k].strip()

    def boundary(k: int) -> bool:
        return not fenced[k] and bool(_RULE.match(lines[k]) or _ATX.match(lines[k]))

    marks = [
        k
        for k, line in enumerate(lines)
        if not fenced[k] and _MARK.match(line) and blank(k - 1) and blank(k + 1)
    ]
    if len(marks) < CARDS_MIN:
        return []
    taken = set(marks)
    cards: list[tuple[int, int, int]] = []
    for mark in marks:
        start: int | None = 0
        for j in range(mark - 1, -1, -1):
            if j in taken:
                start = None
                break
            if boundary(j):
                start = j + 1
                break
        end = next((j for j in range(mark + 1, len(lines)) if boundary(j) or j in taken), len(lines))
        if start is None or end in taken or not any(lines[k].strip() for k in range(start, mark)):
            continue
        cards.append((start, mark, end))
    return cards


def spaced_cards(lines: list[str], rel: str) -> Converted | None:
    """The file with each card split by a spaced mark line labelled as a question heading over its answer, line for
    line: the front's first paragraph the heading (``## Q: …``, a level under the heading the card stands under),
    the rest of the front under it, the mark ``**Answer:**``; None when the file holds fewer than :data:`CARDS_MIN`
    such cards whose front opens with text (it is read as written)."""
    fenced = list(in_fence(lines))
    out = list(lines)
    made = 0
    for start, mark, _end in _cards(lines, fenced):
        first = next(k for k in range(start, mark) if lines[k].strip())
        if fenced[first] or _NOT_TEXT.match(lines[first]):
            continue  # (a front that opens with code, a list or a table: no heading to ask with)
        last = first
        while (
            last + 1 < mark
            and lines[last + 1].strip()
            and not fenced[last + 1]
            and not _NOT_TEXT.match(lines[last + 1])
        ):
            last += 1
        level = min(6, max(2, heading_level_above(lines, start, fenced) + 1))
        asked = " ".join(line.strip().rstrip("\\").strip() for line in lines[first : last + 1])
        out[first] = "#" * level + " Q: " + asked
        out[first + 1 : last + 1] = [""] * (last - first)
        out[mark] = "**Answer:**"
        made += 1
    if made < CARDS_MIN:
        return None
    return Converted(text="\n".join(out) + "\n", origin=tuple(range(1, len(out) + 1)))
