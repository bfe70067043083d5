"""Headings that name a formula and state it (trial43 T43-3): a concept note of one distribution writes each of its
functions as a heading, ``### PDF $\\lambda e^{-\\lambda x}$`` / ``### CDF $1-e^{-\\lambda x}$``, nothing under most of
them. A heading with nothing under it was no card and said nowhere (two of a note's three formulas gone), and one with
text under it asked its own formula on the front ("Inverse CDF $-\\ln(1-p)/\\lambda$" over what ``p`` is).

This rewrite (lines split, each new line mapped to its heading's line) writes such a heading as its name over its
formula: ``### PDF`` / ``$\\lambda e^{-\\lambda x}$``, so the heading is a card asking for the name's formula, whatever
is under it following the formula on its back.

Only on a page that asks nothing (no heading or bold line ending with ``?``) with such a heading (a link to another note, ``[[Probability Density Function|PDF]]``, read as
the words it shows), each a name of at most NAME_WORDS words (no ``$`` of its own, no ``?``, not ending in a word that joins it to the
formula: ``Derivative of $\\sin x$`` names nothing alone) then one ``$…$`` formula ending the heading. Code fences are
left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_FORMULA_HEADING = re.compile(
    r"^(?P<marks> {0,3}#{1,6})[ \t]+(?P<name>[^$?？\n]*?[^\W_][^$?？\n]*?)[ \t]+(?P<formula>\$[^$\n]+\$)[ \t]*#*[ \t]*$"
)
_ASKS = re.compile(r"^ {0,3}(?:#{1,6}[ \t].*|(?:[-*+][ \t]+)?(?:\*\*|__).*)[?？؟](?:\*\*|__)?[ \t#]*$")
# a name that runs on into its formula ('Derivative of $\\sin x$', 'Solving $x^2 = 4$'): no name of its own
_JOINING = re.compile(
    r"(?i)\b(?:of|for|to|in|on|with|and|or|the|a|an|by|from|at|as|is|are|when|if|where|that|solving|solve|find|"
    r"de|del|la|le|les|des|du|der|die|das|von|für|und|et|y)\s*[:=]?$"
)
# an Obsidian link, shown as its alias or its target: '[[Probability Density Function|PDF]]' reads 'PDF'
_WIKILINK = re.compile(r"\[\[(?:(?:(?!\]\]).)*?\|)?(?P<shown>[^|]*?)\]\]")
_MATH = re.compile(r"[\\^_=+\-*/(){}<>|0-9]")  # what a formula holds that a word does not
FORMULA_HEADINGS_MIN = 1
NAME_WORDS = 6


def formula_headings(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """(the page's lines with each heading that states a formula split into its name over its formula, the 1-based
    line of the page each came from), or None when the page has none or asks a question."""
    fenced = list(in_fence(lines))
    found: dict[int, re.Match[str]] = {}
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if _ASKS.match(line):
            return None
        m = _FORMULA_HEADING.match(_WIKILINK.sub(lambda w: w.group("shown"), line) if "[[" in line else line)
        if m is None:
            continue
        name, body = m.group("name").strip(), m.group("formula")[1:-1].strip()
        if len(name.split()) > NAME_WORDS or _JOINING.search(name) or name.endswith((":", "=")) or len(name) < 2:
            continue  # (an index's '## A $#a$': a letter and an anchor, no name nor formula)
        if body.startswith("#") or not _MATH.search(body):
            continue
        found[k] = m
    if len(found) < FORMULA_HEADINGS_MIN:
        return None
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        m = found.get(k)
        if m is None:
            out.append(line)
            origin.append(k + 1)
            continue
        out += [f"{m.group('marks')} {m.group('name').strip()}", m.group("formula")]
        origin += [k + 1, k + 1]
    return out, origin
