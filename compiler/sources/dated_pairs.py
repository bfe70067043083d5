"""Notes typed in a hurry that mix a timeline with questions answered on their line (N60-17)::

    hist exam notes
    - 1789 french rev starts (storming of bastille 14 july)
    - 1804 napoleon crowns himself emperor
    - 1815 waterloo, napoleon defeated
    who was robespierre? leader of the jacobins, reign of terror

A dated line writes no separator between its date and its event, and a line that asks answers after its '?': neither
is a pair any reader splits, so the page was "no items found with the 'article' layout", no card. The same lines with
``1789 - french rev starts`` read as a timeline, a card per date (its event the back), and a page of ``question?
answer`` lines alone reads a card per line (:mod:`compiler.sources.inline_qa`).

:func:`dated_pairs` writes, line for line, each dated line with the list's separator after its date and each such
question with it after its '?', when the page is such a list and nothing else: DATED_MIN pairs at least (dated lines
or lines split on a separator), every other line with text one that asks and answers or the page's title (its first
line), and the lines that ask fewer than the pairs (a page of questions so answered is inline_qa's). The rewritten page must read as pairs (:func:`pair_separator`), else it is left
as it was. The date stays the front, as a timeline written with its separator reads.
"""

from __future__ import annotations

import re
from collections import Counter

from compiler.sources.lines import (
    PAIR_SEPARATORS,
    QUESTION_MARKS,
    in_fence,
    pair_separator,
    pair_text,
    split_pair,
)

DATED_MIN = 3  # pairs (dated lines among them) that make a page a list of them
EVENT_WORDS = 16  # words at most of a dated line's event: a timeline's entry, never a paragraph that opens with a year
# a bullet or number before the line, then a date: a year (four digits, maybe a decade's 's' or a range '1914-18'),
# or a year of one to four digits with its era ('44 BC', 'AD 79', '1200 BCE'), maybe 'c.' before it; then the event,
# which opens with a letter or a bracket (never a separator, a number or a unit's sign)
_DATED = re.compile(
    r"^(?P<lead>[ \t]{0,3}(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?)"
    r"(?P<date>(?:c\.[ \t]?|ca\.[ \t]?)?(?:(?:AD|CE)[ \t]?\d{1,4}|\d{1,4}[ \t]?(?:BCE|BC|CE|AD|B\.C\.|A\.D\.)(?![^\W_])|"
    r"[12]\d{3}s?(?:[-–][12]?\d{1,3})?))"
    r"[ \t]+(?P<event>[^\W\d_(\[][^\n]*?|[(\[][^\n]*?)[ \t]*$"
)
# a line that asks, then answers after its '?' with no separator ('who was robespierre? leader of the jacobins')
_ASKED = re.compile(r"^(?P<lead>[ \t]{0,3}(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?)(?P<q>[^?？\t]{6,}[?？])[ \t]+(?P<a>[^\s?？\t][^?？\t]*?)[ \t]*$")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")
_DEFAULT = " - "  # the separator written when the page's pairs have none of their own (a timeline's, as d/81 writes it)


def _dated(line: str) -> re.Match[str] | None:
    """The match of a dated line that splits on no pair separator (``- 1789 french rev starts``), else None."""
    m = _DATED.match(line)
    if m is None or len(m.group("event").split()) > EVENT_WORDS or any(q in line for q in QUESTION_MARKS):
        return None
    said = split_pair(pair_text(line), PAIR_SEPARATORS)
    return m if said is None or said[0] == " " else None


def dated_pairs(lines: list[str]) -> list[str]:
    """``lines`` with dated lines and lines that ask and answer written as the list's pairs (module docstring); the
    same list when the page is no such list."""
    fenced = list(in_fence(lines))
    filled = [k for k, line in enumerate(lines) if line.strip() and not fenced[k] and not _HEADING.match(line)]
    if any(fenced) or len(filled) < DATED_MIN:
        return lines
    dated = {k: m for k in filled if (m := _dated(lines[k])) is not None}
    seps: Counter[str] = Counter()
    asked: dict[int, re.Match[str]] = {}
    other = []
    for k in filled:
        if k in dated:
            continue
        said = split_pair(pair_text(lines[k]), PAIR_SEPARATORS)
        if said is not None and said[0].strip() and not any(q in said[1] for q in QUESTION_MARKS):
            seps[said[0]] += 1
        elif (m := _ASKED.match(lines[k])) is not None:
            asked[k] = m
        else:
            other.append(k)
    if other and other != [filled[0]]:
        return lines  # (prose, or a line of no pair: the page is no list of them)
    if not (dated or asked) or len(dated) + sum(seps.values()) < DATED_MIN:
        return lines  # (nothing to write, or too few pairs to be a list of them)
    if len(asked) >= len(dated) + sum(seps.values()):
        return lines  # (questions answered on their line with a few dated ones: the questions' page, inline_qa's)
    sep = seps.most_common(1)[0][0] if seps else _DEFAULT
    out = list(lines)
    for k, m in dated.items():
        out[k] = f"{m.group('lead')}{m.group('date')}{sep}{m.group('event')}"
    for k, m in asked.items():
        out[k] = f"{m.group('lead')}{m.group('q')}{sep}{m.group('a')}"
    return out if pair_separator(out) is not None else lines
