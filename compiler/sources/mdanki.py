"""mdanki's cards (ashlinchak/mdanki: Markdown to Anki): a heading is the front, a line holding only ``%`` splits the
front (the heading and any text under it) from the back (trial20 T20-24)::

    ## Photosynthesis

    %

    Plants turn light, water and CO2 into glucose and oxygen.

Read as plain Markdown the ``%`` was printed on every back (and a statement heading was not even sure to be a card).
This line-kept rewrite makes each such ``%`` line an ``Answer`` label one level under its heading, the way a page
labels its answer (the heading then asks, whatever its words); the rest is left as written.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})[ \t]+\S")
_SPLIT = re.compile(r"^[ \t]*%[ \t]*$")


def mdanki_cards(lines: list[str]) -> list[str]:
    """``lines`` with each mdanki ``%`` separator an answer label under its heading (the list itself when none)."""
    out: list[str] | None = None
    level = 0
    split = False  # the current heading's section has had its '%'
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if fenced:
            continue
        m = _HEADING.match(line)
        if m is not None:
            level, split = len(m.group("marks")), False
            continue
        if not _SPLIT.match(line) or not level or split:
            continue
        after = next((later for later in lines[k + 1 :] if later.strip()), "")
        if not after or _HEADING.match(after):
            continue  # (nothing after it: no back)
        out = out if out is not None else list(lines)
        out[k] = "#" * min(level + 1, 6) + " Answer"
        split = True
    return lines if out is None else out
