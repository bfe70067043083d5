"""Logseq's own cloze blocks (trial14 T14-28): ``- Las {{cloze máquinas virtuales}} son … #flashcard`` (also the
numbered ``{{c1 …}}``, ``{{c2 …}}``), Logseq's built-in flashcard cloze, and a block tagged ``#card`` holding
Anki's own ``{{c1::…}}``.  deckc read Anki's ``{{c1::…}}`` but not
these, and such an entry, a ``#card`` with nothing nested to answer it, made the whole outline no outline: the
page gave no card at all, its ordinary ``#card`` questions too.

This line-kept rewrite turns each list entry holding such a deletion into an entry of a list of Anki cloze
entries, which deckc reads a cloze note per entry: at the margin, with a bullet other than the one above (a
list of its own: never an answer line of the ``#card`` entry before it), ``{{cloze X}}`` as ``{{c1::X}}`` (Logseq hides a block's
deletions together: one card) and ``{{cN X}}`` as ``{{cN::X}}``, the trailing tags (``#card``, ``#flashcard``,
``#graphs/scc``) off the card.  The block properties under it (``hl-page:: 16``, ``id:: …``) are dropped
later as every Logseq property is.  Code fences are left alone.

An entry nested in a ``#card`` block (``- Heap out of memory #card`` / ``	- Look at the heap dump`` /
``		- started with {{cloze `-XX:+HeapDumpOnOutOfMemoryError`}}``) is part of that card's answer, as Logseq
shows it: it stays in its place with each deletion's text (a code span kept as code), never a cloze note of its
own lifted out of the outline (trial16 T16-32: the card's back was its first child, and the entries after a
cloze child were glued onto its deletion's note).

A cloze lifted to the margin would hold the entries after it, now indented under it: its ``#card`` siblings were
its text (trial23 T23-20). Those entries are lifted as far; and when the cloze sits under a heading block
(``- ## Facts``), each such heading block of the page is a heading and its entries are at the margin under it, so
clozes and cards keep its section alike.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_ENTRY = re.compile(r"^[ \t]*[-*+][ \t]+(?P<text>.*\{\{\s*(?:cloze|c\d{1,2})\s.*\}\}.*)$", re.I)
# Anki's own syntax in a block tagged as a card: '- The {{c1::mitochondrion}} is … #card' (its '#card' made it a
# card with nothing nested to answer it, and the page no outline: trial14 T14-28 re-check)
_ANKI_ENTRY = re.compile(r"^[ \t]*[-*+][ \t]+(?P<text>.*\{\{c\d{1,2}::.*\}\}.*?(?:[ \t]+#(?:card|flashcard)\b).*)$", re.I)
_DELETION = re.compile(r"\{\{\s*(?P<kind>cloze|c\d{1,2})\s+(?P<text>(?:(?!\}\}).)+?)\s*\}\}", re.I)
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+](?:[ \t]+|$)")
_CARD_TAG = re.compile(r"(?:^|\s)#(?:card|flashcard|\[\[card\]\])(?=\s|$)", re.I)
_HEADING_ENTRY = re.compile(r"^[-*+][ \t]+(?P<heading>#{1,6}[ \t]+\S.*)$")  # ('- ## Facts' at the margin)
_TAGS = re.compile(r"(?:\s+#(?:\[\[[^\]]+\]\]|[^\s#]+))+\s*$")


def logseq_clozes(lines: list[str]) -> list[str]:
    """The lines with each Logseq cloze entry made an Anki cloze paragraph (module docstring); the same list
    when there is none."""
    out = list(lines)
    fenced = list(in_fence(lines))
    changed = False
    made_at: set[int] = set()
    lifted: list[tuple[int, int]] = []  # (line, the depth it was lifted from) of each cloze entry set at the margin
    parents: list[tuple[int, bool]] = []  # the entries above this one, as (indent, tagged as a card)
    for k, line in enumerate(lines):
        bullet = None if fenced[k] else _BULLET.match(line)
        in_card = False
        if bullet is not None:
            width = len(bullet.group("indent").expandtabs(4))
            while parents and parents[-1][0] >= width:
                parents.pop()
            in_card = any(card for _, card in parents)
        m = None if fenced[k] else _ENTRY.match(line) or _ANKI_ENTRY.match(line)
        if bullet is not None:  # (a cloze block tagged '#card' is a card of its own, no answer of one above)
            parents.append((width, m is None and bool(_CARD_TAG.search(line))))
        if m is None:
            continue
        if in_card:  # (an answer line of the card above: its deletions shown, in its place)
            shown = _DELETION.sub(lambda d: d.group("text"), line)
            if shown != line:
                out[k] = shown
                changed = True
            continue
        text = _TAGS.sub("", m.group("text")).strip()
        made = _DELETION.sub(_anki, text)
        if made == text and "::" not in text:
            continue
        above = next((j for j in range(k - 1, -1, -1) if out[j].strip()), None)
        ours = above is not None and above in made_at  # (the entry above is one of these: the same list)
        if ours and above is not None:
            mark = out[above][0]
        else:  # a bullet other than the entry's above: a list of its own
            mark = "*" if above is not None and out[above].lstrip().startswith("+") else "+"
        out[k] = f"{mark} {made}"
        made_at.add(k)
        changed = True
        if bullet is not None and width:
            lifted.append((k, width))
    headings = [j for j, line in enumerate(lines) if not fenced[j] and _HEADING_ENTRY.match(line)]
    # ('- Biología celular #[[Biología]]' at the margin over '#card' entries and a cloze: a section as a heading entry
    # is, the cloze lifted out of it keeps it; T36-10)
    named = {
        p: "## " + (_TAGS.sub("", line[1:]).strip() or line[1:].strip())
        for k, width in lifted
        if (p := _parent(lines, k, width)) is not None and p not in headings and _width(lines[p]) == 0
        and (line := lines[p].strip()).startswith(("-", "*", "+")) and not _CARD_TAG.search(line) and not fenced[p]
    }  # fmt: skip
    headings = sorted({*headings, *named})
    if any(_parent(lines, k, width) in headings for k, width in lifted):
        # ('- ## Facts' over its cards: each such heading entry a heading, its entries at the margin under it, so a
        # cloze lifted there keeps its section and the cards after it stay cards of their own: trial23 T23-20)
        for p in headings:
            out[p] = named[p] if p in named else _HEADING_ENTRY.match(lines[p]).group("heading")  # type: ignore[union-attr]
            under = next((j for j in range(p + 1, len(lines)) if lines[j].strip()), None)
            width = _width(lines[under]) if under is not None else 0
            j = p + 1
            while j < len(lines) and width and (not lines[j].strip() or _width(lines[j]) > 0):
                out[j] = _dedented(out[j], width) if j not in made_at else out[j]
                j += 1
        lifted = [(k, width) for k, width in lifted if _parent(lines, k, width) not in headings]
    for k, width in lifted:
        j = k + 1  # the entries after a lifted cloze, down to its depth, lifted as far: never nested in it (T23-20)
        while j < len(out) and j not in made_at and (not out[j].strip() or _width(out[j]) >= width):
            out[j] = _dedented(out[j], width)
            j += 1
    return out if changed else lines


def _parent(lines: list[str], k: int, width: int) -> int | None:
    """The line of the entry the entry at line ``k`` (indented ``width``) is nested in, if any."""
    return next((j for j in range(k - 1, -1, -1) if lines[j].strip() and _width(lines[j]) < width), None)


def _width(line: str) -> int:
    return len(line[: len(line) - len(line.lstrip())].expandtabs(4))


def _dedented(line: str, width: int) -> str:
    """The line with ``width`` columns of its indentation taken off (a tab is four)."""
    lead = line[: len(line) - len(line.lstrip())].expandtabs(4)
    return lead[width:] + line.lstrip() if line.strip() else line


def _anki(m: re.Match[str]) -> str:
    number = "1" if m.group("kind").lower() == "cloze" else m.group("kind")[1:]
    return "{{c" + number + "::" + m.group("text") + "}}"
