"""hashcards decks (a plain-text spaced-repetition tool, eudoxia0/hashcards, and its users' deck repositories): basic
cards ``Q:`` / ``A:`` and cloze cards ``C:`` whose deletions are in square brackets (trial16 T16-41)::

    Q: What is the capital of France?
    A: Paris

    C: [Berlin] is the capital of [Germany].

    C:
    Better is the sight of the eyes than the wandering of the
    desire: this is also vanity and vexation of spirit.

    — [Ecclesiastes] [6]:[9]

Read as Markdown, each ``C:`` card was glued onto the answer above it or read as a line of some other layout, its
brackets shown as written. A ``C:`` card runs to the next ``Q:`` / ``C:`` line or ``---`` rule; it becomes one line
of Anki cloze text (``{{c1::Berlin}} is the capital of {{c2::Germany}}.``, its lines joined), at the
line of its ``C:``; the ``Q:`` / ``A:`` cards are read as they are written.
"""

from __future__ import annotations

import re

from compiler.sources.converted import Converted
from compiler.sources.lines import colon_option_lines

_CLOZE_CARD = re.compile(r"^C:(?=[ \t]|$)[ \t]*(?P<text>.*)$")  # (a space after the colon: a Windows path, C:\Users\…, is no card; sitting 48)
_BOUNDARY = re.compile(r"^(?:[QC]:(?:[ \t]|$)|-{3,}[ \t]*$)")
# a deletion: '[Berlin]', '[$\alpha$]'; never an image's or a link's text ('![](…)', '[text](url)') nor a task box
_DELETION = re.compile(r"(?<![!\\\]])\[(?P<text>[^\[\]\n]*[^\[\]\s][^\[\]\n]*)\](?![(\[])")
_FENCE = re.compile(r"^\s*(?:```|~~~)")


def looks_like_hashcards(lines: list[str]) -> bool:
    """Whether the file holds a ``C:`` card with a bracketed deletion (two cards at least, or one ``C:`` of a file
    whose every card is so marked)."""
    options = colon_option_lines(lines)  # ('A: …' / 'B: …' / 'C: ReferenceError': a quiz's options, no card: T21-13)
    cards = [k for k, line in enumerate(lines) if _CLOZE_CARD.match(line) and k not in options]
    if not cards:
        return False
    marked = sum(1 for k in cards if _DELETION.search(" ".join(_card(lines, k))))
    asked = sum(1 for line in lines if line.startswith(("Q:", "A:")))
    return marked >= 1 and marked * 2 >= len(cards) and (len(cards) + asked >= 2 or marked == len(cards))


def _card(lines: list[str], k: int) -> list[str]:
    """The text lines of the ``C:`` card at ``k``: its own line's rest, then the lines up to the next card or rule."""
    m = _CLOZE_CARD.match(lines[k])
    text = [m.group("text")] if m and m.group("text").strip() else []
    fenced = False
    for line in lines[k + 1 :]:
        if _FENCE.match(line):
            fenced = not fenced
        if not fenced and _BOUNDARY.match(line):
            break
        text.append(line)
    return text


def _clozed(text: str) -> str:
    """``text`` with its bracketed deletions numbered as Anki clozes, in order."""
    parts, last = [], 0
    for n, m in enumerate(_DELETION.finditer(text), 1):
        parts.append(f"{text[last : m.start()]}{{{{c{n}::{m.group('text')}}}}}")
        last = m.end()
    return "".join(parts) + text[last:]


def convert_hashcards(lines: list[str], rel: str) -> Converted:
    """The deck as Markdown: each ``C:`` card one line of cloze text at its ``C:`` line, the rest as written."""
    del rel
    out: list[tuple[str, int]] = []
    k = 0
    while k < len(lines):
        if not _CLOZE_CARD.match(lines[k]):
            out.append((lines[k], k + 1))
            k += 1
            continue
        text = _card(lines, k)
        joined = "<br>".join(line.strip() for line in text if line.strip())
        out.append((_clozed(joined), k + 1))
        out.append(("", k + 1))
        k += 1 + len(text) - (1 if _CLOZE_CARD.match(lines[k]).group("text").strip() else 0)  # type: ignore[union-attr]
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out))
