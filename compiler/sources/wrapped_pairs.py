"""A word list or glossary of one pair a line whose long meanings were hard-wrapped onto the next line (sitting 56)::

    Socialisation - the process by which people learn the norms and values
    of their society.
    Norms - unwritten rules about how to behave in a situation.

Each wrapped line went against the page's pairs (a line with no separator), so the page was "cannot tell this
document's layout", no card. This line-kept rewrite joins each line that goes on with the meaning above it (it opens in
lower case or with punctuation after a meaning that ends no sentence: :func:`compiler.sources.blocks.continues`) onto
that line, and blanks it, only when the page is then a list of pairs (:func:`compiler.sources.lines.pair_separator`) and
was none before. A line that starts a new sentence or a new term stays as written. Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.blocks import continues, join_continuation
from compiler.sources.lines import (
    PAIR_SEPARATORS,
    aligned_overflow,
    in_fence,
    pair_separator,
    pair_text,
    phone_pair,
    split_pair,
    typed_notes,
)

_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]")
_SENTENCE_END = re.compile(r"[.!?。！？][)\]\"'”’]*\s")  # (a term is no sentence: 'this trial (no fetched file). Binary …')


def wrapped_pairs(lines: list[str]) -> list[str]:
    """``lines`` with the wrapped parts of each pair's meaning joined onto its line, line for line; the same list when
    the page has none, or is no list of pairs either way."""
    if any("\t" in line for line in lines):
        return lines  # (a flashcard export's tab-separated cards keep their definitions' lines, T32-46)
    fenced = list(in_fence(lines))
    out = list(lines)
    at: int | None = None  # the pair line the lines below go on with
    joined = 0
    first = next((k for k, line in enumerate(lines) if line.strip()), -1)
    # (phone notes that mix their separators, 'GDP = …' / 'inflation -> …' / 'opportunity cost: …': a line parted by dots
    # or '??' after its term is a pair of its own, never the wrapped rest of the line above: sitting 62 N61-3)
    mixed = len({found[0] for line in lines if (found := split_pair(pair_text(line), PAIR_SEPARATORS)) is not None and found[0].strip()}) >= 2
    overflowing = aligned_overflow(lines) if any("  " in line for line in lines) else set()
    notes = typed_notes(lines)  # (lines that would have fit on the line above: notes of their own, never wrapped; N62-1)
    for k, line in enumerate(lines):
        if not line.strip() or fenced[k]:
            at = None
            continue
        if k in overflowing:  # ('el ornitorrinco platypus' in a list aligned with spaces: a pair, its term long; sitting 60)
            at = None
            continue
        found = split_pair(pair_text(line), PAIR_SEPARATORS)
        if found is None and mixed:  # ('elasticity... how much …' among 'GDP = …', 'inflation -> …': a pair, N61-3)
            found = phone_pair(pair_text(line))
        if found is not None and not _SENTENCE_END.search(found[1]):
            at = k
            continue
        if k in notes:
            at = None
            continue
        if at is not None and continues(out[at], line):
            out[at] = join_continuation(out[at], line)
            out[k] = ""
            joined += 1
            continue
        if k != first and not _HEADING.match(line):
            return lines  # (prose, a list or a note among them: no list of pairs only, e.g. a README's paragraphs)
        at = None
    # (a list that reads only with its phone pairs counted, a wrapped line among them, is no list yet: its wrapped line
    # joins as in any other list, sitting 62 N61-3)
    if not joined or pair_separator(lines, phone=False) is not None or pair_separator(out) is None:
        return lines
    return out
