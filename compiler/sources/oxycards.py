"""Decks in the oxycards app's Markdown format, written as the Markdown deckc reads (trial15 T15-9).

oxycards (BrookJeynes/oxycards, MIT; its book/src/*.md document the format) keeps cards between ``---`` rules,
each a card-type line, a ``# `` question heading and its body::

    multiple_choice
    # Which one is right?
    - Choice 1
    * Choice 2          <- the bullet that differs marks the right option
    ---
    multiple_answer
    # Which are right?
    [*] Option 1        <- ticked
    [ ] Option 2
    ---
    fill_in_the_blanks
    # Fill in the gaps
    The word chook, also known as _chicken_, is common in _AUS|Australia_.

Read as plain Markdown, the type word ended the card above, the right option was unmarked, two ``[*]`` marks
were one emphasis span and the blanks italics. :func:`oxycards` rewrites such a page line for line: the type
lines go, a heading that asks nothing gets a ``Q:`` label (a fill-in's instruction heading goes), options become task boxes (``- [x]`` the right one),
a fill-in's sentence with its gaps (``_____``) the question and with its words in bold the answer
(``**chicken**``, alternatives ``AUS|Australia`` as ``AUS / Australia``; a cloze paragraph under a heading would be
the heading card's back). A page
without two such cards is left alone. Owner: formats.
"""

from __future__ import annotations

import re

TYPES = ("flashcard", "multiple_choice", "multiple_answer", "fill_in_the_blanks", "order")
_TYPE = re.compile(r"^\s*(?P<type>" + "|".join(TYPES) + r")\s*$")
_HEADING = re.compile(r"^#\s+(?P<text>\S.*)$")
_BULLET = re.compile(r"^(?P<bullet>[-*+])\s+(?P<text>\S.*)$")
_BOX = re.compile(r"^\[(?P<mark>[ *xX])\]\s+(?P<text>\S.*)$")
_BLANK = re.compile(r"(?<![\w_])_(?P<word>[^_\s](?:[^_\n]*[^_\s])?)_(?![\w_])")
_RULE = re.compile(r"^\s{0,3}-{3,}\s*$")
CARDS_MIN = 2  # type lines over '# ' headings before a page is read as oxycards


def _cards(lines: list[str]) -> list[tuple[int, str, int, int]]:
    """``(type line, type, heading line, end)`` of each card: a type line, blank lines, a '# ' heading; the card
    runs to the next rule or type line."""
    found = []
    for k, line in enumerate(lines):
        m = _TYPE.match(line)
        if m is None:
            continue
        head = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()), None)
        if head is None or not _HEADING.match(lines[head]):
            continue
        end = next((j for j in range(head + 1, len(lines)) if _RULE.match(lines[j]) or _TYPE.match(lines[j])), len(lines))
        found.append((k, m.group("type"), head, end))
    return found


def oxycards(text: str) -> str:
    """The page with each oxycards card written as deckc's Markdown reads it, line for line (see the module)."""
    if not any(t in text for t in TYPES):
        return text
    lines = text.split("\n")
    cards = _cards(lines)
    if len(cards) < CARDS_MIN:
        return text
    for at, kind, head, end in cards:
        lines[at] = ""
        title = _HEADING.match(lines[head])
        assert title is not None
        question = title.group("text").strip()
        if kind == "fill_in_the_blanks":
            asked = [k for k in range(head + 1, end) if _BLANK.search(lines[k])]
            if asked:  # the sentence with its gaps on the front, with its words (bold) on the back
                shown = " ".join(_BLANK.sub("_____", lines[k].strip()) for k in asked)
                lines[head] = f"# Q: {shown}"
                for k in asked:
                    lines[k] = _BLANK.sub(lambda m: "**" + " / ".join(w.strip() for w in m.group("word").split("|")) + "**", lines[k])
        elif not question.endswith(("?", "？")) and not question.lower().startswith("q:"):
            lines[head] = f"# Q: {question}"
        body = range(head + 1, end)
        if kind == "multiple_choice":
            bullets = {k: m for k in body if (m := _BULLET.match(lines[k]))}
            marks = [m.group("bullet") for m in bullets.values()]
            odd = [b for b in set(marks) if marks.count(b) == 1]
            if len(bullets) >= 2 and len(odd) == 1 and len(set(marks)) == 2:
                for k, m in bullets.items():
                    lines[k] = f"- [{'x' if m.group('bullet') == odd[0] else ' '}] {m.group('text')}"
        elif kind == "multiple_answer":
            for k in body:
                if m := _BOX.match(lines[k]):
                    lines[k] = f"- [{' ' if m.group('mark') == ' ' else 'x'}] {m.group('text')}"
    return "\n".join(lines)
