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

hascard decks (Yvee1/hascard, whose format oxycards took up; trial31 T31-19) write no type line: each card between
the rules is a ``# `` heading over its body, its type told by the body (two bullets or more, one of them differing: a
multiple choice; ``[*]`` / ``[ ]`` boxes: multiple answer; a ``_gap_``: fill in the blanks; else a flashcard). A page
of them is read so when one card at least is of a quiz type; a ``.txt`` of them (how hascard ships its decks: 'cannot
tell this document's layout') is read as Markdown, every heading a ``Q:`` (:func:`hascard_text`).
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


def _typeless(lines: list[str]) -> list[tuple[int, str, int, int]]:
    """hascard's cards, ``(heading line, inferred type, heading line, end)`` each: every stretch between rules that
    holds text opens with a ``# `` heading and holds no other; none when one does not (a page of another shape)."""
    found = []
    start = 0
    fenced = False
    for k, line in enumerate([*lines, "---"]):
        fenced = fenced != line.lstrip().startswith(("```", "~~~"))
        if fenced or not _RULE.match(line):
            continue
        head = next((j for j in range(start, k) if lines[j].strip()), None)
        if head is not None:
            if not _HEADING.match(lines[head]) or any(_HEADING.match(lines[j]) for j in range(head + 1, k)):
                return []
            found.append((head, _body_type([lines[j].strip() for j in range(head + 1, k) if lines[j].strip()]), head, k))
        start = k + 1
    return found


def _body_type(body: list[str]) -> str:
    """A hascard card's type, told by its body (module docstring)."""
    marks = [m.group("bullet") for line in body if (m := _BULLET.match(line))]
    if len(body) >= 2 and len(marks) == len(body) and len(set(marks)) == 2 and any(marks.count(b) == 1 for b in set(marks)):
        return "multiple_choice"
    if len(body) >= 2 and all(_BOX.match(line) for line in body) and any("[ ]" not in line[:3] for line in body):
        return "multiple_answer"
    if any(_BLANK.search(line) for line in body):
        return "fill_in_the_blanks"
    return "flashcard"


def hascard_text(lines: list[str]) -> str | None:
    """A ``.txt`` hascard deck as the Markdown deckc reads, line for line (every heading a ``Q:``), else None."""
    cards = _typeless(lines)
    return _written(list(lines), cards) if len(cards) >= CARDS_MIN else None


def oxycards(text: str) -> str:
    """The page with each oxycards card written as deckc's Markdown reads it, line for line (see the module)."""
    if not any(t in text for t in TYPES) and not ("\n---" in text and "# " in text):
        return text
    lines = text.split("\n")
    cards = _cards(lines)
    if len(cards) < CARDS_MIN:
        cards = _typeless(lines)  # (hascard's: a quiz type among them, else headings over text as any page writes)
        if len(cards) < CARDS_MIN or all(kind == "flashcard" for _, kind, _, _ in cards):
            return text
    return _written(lines, cards)


def _written(lines: list[str], cards: list[tuple[int, str, int, int]]) -> str:
    """``lines`` with ``cards`` written as deckc's Markdown reads them."""
    for at, kind, head, end in cards:
        lines[at] = "" if at != head else lines[at]
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
