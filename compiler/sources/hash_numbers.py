"""Items numbered ``#1``, ``#2`` … with no space after the ``#`` (trial17 T17-28): the numbering of quiz posts pasted
from social media, Discord, blogs and newsletters (``#1 What does TCP guarantee?`` / its answer below). Markdown
reads such a line as plain text (an ATX heading needs the space), so the whole quiz was one note under the page's
title. This line-kept rewrite writes each as a numbered heading one level below the page's deepest heading
(``### 1. What does TCP guarantee?``), which the Markdown reader reads as any numbered heading.

Only a run of at least two such lines outside code, numbered one after the other (``#1``, ``#2`` …; ``#3.`` and
``#3)`` too), each followed by text: a changelog's ``#12 fixed …`` issue numbers are not consecutive items.
"""

from __future__ import annotations

import itertools
import re

from compiler.sources.lines import in_fence, key_numbers

_HASH_NUMBER = re.compile(r"^#(?P<n>\d{1,3})[.)]?[ \t]+(?P<text>\S.*)$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+\S")
MIN_ITEMS = 2


def hash_numbers(lines: list[str]) -> list[str]:
    """``lines`` with ``#N text`` items written as numbered headings (the list itself when there are none)."""
    fenced = list(in_fence(lines))
    found = [(k, m) for k, line in enumerate(lines) if not fenced[k] and (m := _HASH_NUMBER.match(line))]
    if len(found) < MIN_ITEMS:
        return lines
    numbers = [int(m.group("n")) for _, m in found]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return lines
    deepest = max(
        (len(h.group(1)) for k, line in enumerate(lines) if not fenced[k] and (h := _HEADING.match(line))),
        default=1,
    )
    marks = "#" * min(6, deepest + 1)
    out = list(lines)
    for k, m in found:
        out[k] = f"{marks} {m.group('n')}. {m.group('text')}"
    key_numbers(out, "hash", fenced)  # ('Lösungen: #1 b, #2 c' names them '1. b, 2. c', as keys are read: T30-21)
    return out


# a heading whose text is only an item's number: '## #1', '## 12', '## 3.', '## No. 4', '## № 5' (a README's anchors)
_NUMBER_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?:#|(?i:no\.?)[ \t]*|№[ \t]*)?(?P<n>\d{1,4})[.)]?[ \t]*#*[ \t]*$")


def number_headings(lines: list[str]) -> list[str]:
    """``lines`` with headings that are only a number ('## #1' over '#### What is …?', the anchors a README's table of
    contents links to) blanked, when at least :data:`MIN_ITEMS` of them each stand right over a deeper heading: the
    number names no section (trial35 T35-7: every card's section was '#37' and inserting one question re-sectioned
    and re-tagged every note after it). The list itself when there are none."""
    fenced = list(in_fence(lines))
    found: list[int] = []
    for k, line in enumerate(lines):
        m = None if fenced[k] else _NUMBER_HEADING.match(line)
        if m is None:
            continue
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        deeper = _HEADING.match(lines[below]) if below is not None and not fenced[below] else None
        if deeper is None or len(deeper.group(1)) <= len(m.group("marks")):
            return lines  # (a number heading over its own text: a numbered section, left as written)
        found.append(k)
    if len(found) < MIN_ITEMS:
        return lines
    return ["" if k in found else line for k, line in enumerate(lines)]


# a slide's number before its title in a heading, as a presentation exported to Markdown writes it ('## Slide 3 –
# Factors affecting enzyme activity', 'Folie 2: …', 'Diapositive 4 - …')
_SLIDE_HEADING = re.compile(
    r"^(?P<marks>[ ]{0,3}#{1,6}[ \t]+)(?i:slide|folie|diapositiv[ea]|dia|slajd|слайд)[ \t]*\d{1,3}[ \t]*(?:[–—:.)-][ \t]*)(?P<title>\S.*)$"
)
SLIDE_HEADINGS_MIN = 2


def slide_headings(lines: list[str]) -> list[str]:
    """``lines`` with the slide numbers off the headings of a page of slides (``## Slide 1 – What are enzymes?`` is
    ``## What are enzymes?``: the front asks the title, never 'Slide 1 –'; sitting 58), when SLIDE_HEADINGS_MIN
    headings or more are so numbered; the same lines otherwise. Code left alone; line numbers kept."""
    fenced = list(in_fence(lines))
    found = {k: m for k, line in enumerate(lines) if not fenced[k] and (m := _SLIDE_HEADING.match(line))}
    if len(found) < SLIDE_HEADINGS_MIN:
        return lines
    out = list(lines)
    for k, m in found.items():
        out[k] = f"{m.group('marks')}{m.group('title')}"
    return out
