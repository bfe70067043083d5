"""Logseq's own cloze blocks (trial14 T14-28): ``- Las {{cloze máquinas virtuales}} son … #flashcard`` (also the
numbered ``{{c1 …}}``, ``{{c2 …}}``), Logseq's built-in flashcard cloze.  deckc read Anki's ``{{c1::…}}`` but not
these, and such an entry, a ``#card`` with nothing nested to answer it, made the whole outline no outline: the
page gave no card at all, its ordinary ``#card`` questions too.

This line-kept rewrite turns each list entry holding such a deletion into an entry of a list of Anki cloze
entries, which deckc reads a cloze note per entry: at the margin, with a bullet other than the one above (a
list of its own: never an answer line of the ``#card`` entry before it), ``{{cloze X}}`` as ``{{c1::X}}`` (Logseq hides a block's
deletions together: one card) and ``{{cN X}}`` as ``{{cN::X}}``, the trailing tags (``#card``, ``#flashcard``,
``#graphs/scc``) off the card.  The block properties under it (``hl-page:: 16``, ``id:: …``) are dropped
later as every Logseq property is.  Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_ENTRY = re.compile(r"^[ \t]*[-*+][ \t]+(?P<text>.*\{\{\s*(?:cloze|c\d{1,2})\s.*\}\}.*)$", re.I)
_DELETION = re.compile(r"\{\{\s*(?P<kind>cloze|c\d{1,2})\s+(?P<text>(?:(?!\}\}).)+?)\s*\}\}", re.I)
_TAGS = re.compile(r"(?:\s+#(?:\[\[[^\]]+\]\]|[^\s#]+))+\s*$")


def logseq_clozes(lines: list[str]) -> list[str]:
    """The lines with each Logseq cloze entry made an Anki cloze paragraph (module docstring); the same list
    when there is none."""
    out = list(lines)
    fenced = list(in_fence(lines))
    changed = False
    for k, line in enumerate(lines):
        m = None if fenced[k] else _ENTRY.match(line)
        if m is None:
            continue
        text = _TAGS.sub("", m.group("text")).strip()
        made = _DELETION.sub(_anki, text)
        if made == text:
            continue
        above = next((x for x in reversed(out[:k]) if x.strip()), "")
        mark = "*" if above.startswith("+") else "+"  # another bullet: a list of its own, never run into the one above
        out[k] = f"{mark} {made}"
        changed = True
    return out if changed else lines


def _anki(m: re.Match[str]) -> str:
    number = "1" if m.group("kind").lower() == "cloze" else m.group("kind")[1:]
    return "{{c" + number + "::" + m.group("text") + "}}"
