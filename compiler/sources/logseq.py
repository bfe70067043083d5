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
_TAGS = re.compile(r"(?:\s+#(?:\[\[[^\]]+\]\]|[^\s#]+))+\s*$")


def logseq_clozes(lines: list[str]) -> list[str]:
    """The lines with each Logseq cloze entry made an Anki cloze paragraph (module docstring); the same list
    when there is none."""
    out = list(lines)
    fenced = list(in_fence(lines))
    changed = False
    made_at: set[int] = set()
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
    return out if changed else lines


def _anki(m: re.Match[str]) -> str:
    number = "1" if m.group("kind").lower() == "cloze" else m.group("kind")[1:]
    return "{{c" + number + "::" + m.group("text") + "}}"
