"""One question asked of several programs (sitting 58): a heading that asks (``# What does this print?``), then code
blocks, each with its answer labelled under it (a fenced ``print(3 * "ab")`` / ``Answer: `ababab```, the next block
…). The heading was read as one card whose front was the first program and whose back held the rest, their answers
and their labels.

This line-moving rewrite puts the question, in bold, over each block (``**What does this print?**``), the shape the
Markdown reader reads as a card a block: the question and its program on the front, the answer on the back. Only when
the heading's whole section is such blocks (two or more, each answered under it, a blank line between at most) and
nothing else; the heading stays, the section's title.
"""

from __future__ import annotations

import re

from compiler.sources.lines import has_answer_label, in_fence

MIN_BLOCKS = 2
# a heading (or a line in bold alone) that asks: its text ends with a question mark
_ASKING = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+(?P<h>[^\n]*?\S[?？])[ \t]*#*|(?:\*\*|__)(?P<b>[^*_\n]*?\S[?？])(?:\*\*|__))[ \t]*$")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]")
_NUMBER = re.compile(r"^[ \t]{0,3}(?:\*\*|__)?(?:(?i:q|question|ex|exercise)[ \t]*\.?[ \t]*|#)?\d{1,3}[.):]?(?:\*\*|__)?[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")


def asked_fences(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with the asking heading's question over each answered block of its
    section, or None when no section is so written."""
    fenced = list(in_fence(lines))
    out: list[str] = []
    origin: list[int] = []
    changed = False
    k = 0
    while k < len(lines):
        ask = None if fenced[k] else _ASKING.match(lines[k])
        starts = _blocks(lines, fenced, k + 1) if ask is not None else None
        if ask is None or starts is None:
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        question = (ask.group("h") or ask.group("b")).strip()
        end = starts[-1][1]
        out.append(lines[k])
        origin.append(k + 1)
        begins = {s for s, _ in starts}
        for n in range(k + 1, end):
            if n in begins and _NUMBER.match(lines[n]) and not fenced[n]:
                out.append(f"**{question}**")  # (its number line the question's: '1.' alone is no text)
                origin.append(n + 1)
                continue
            if n in begins:
                out += [f"**{question}**", ""]
                origin += [n + 1, n + 1]
            out.append(lines[n])
            origin.append(n + 1)
        changed = True
        k = end
    return (out, origin) if changed else None


def _blocks(lines: list[str], fenced: list[bool], k: int) -> list[tuple[int, int]] | None:
    """The answered blocks of the section from line ``k``: ``[(the block's first line, the line after its answer)…]``
    (its first line its fence, or a number alone over it, '1.'),
    or None unless the whole section (to the next heading or the end) is MIN_BLOCKS or more of them."""
    found: list[tuple[int, int]] = []
    while True:
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or (_HEADING.match(lines[k]) and not fenced[k]) or _ASKING.match(lines[k]):
            break
        start = k
        if not fenced[k] and _NUMBER.match(lines[k]) and k + 1 < len(lines) and fenced[k + 1]:
            k += 1  # ('1.' over its block: the block's number, no text)
        if not (fenced[k] and _FENCE.match(lines[k])):
            return None  # (text of another kind in the section: left as written)
        k += 1
        while k < len(lines) and fenced[k] and not (_FENCE.match(lines[k]) and (k + 1 >= len(lines) or not fenced[k + 1])):
            k += 1
        if k >= len(lines):
            return None  # (a fence never closed)
        k += 1
        if k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or fenced[k] or not has_answer_label(lines[k].strip()):
            return None  # (a block with no answer under it)
        k += 1
        while k < len(lines) and lines[k].strip() and not fenced[k] and not _HEADING.match(lines[k]) and not has_answer_label(lines[k].strip()):
            k += 1  # (its answer going on over the lines under it)
        found.append((start, k))
    return found if len(found) >= MIN_BLOCKS else None
