"""A page of one question whose answer goes on under headings of the question's own level (trial57 T57-10): a folder of
one question per file, ``# Question 4 - LINQ`` / ``## How can LINQ be used to perform grouping and aggregation …?`` /
an introduction / ``## Grouping Data`` / its text and code / ``## Aggregating Data`` / its text and code.

Read as written, the question's card held its introduction alone and each part was a card of its own fronted by a
topic (``Grouping Data``), said as "statement headings among questions". This line-kept rewrite sets such parts one
level below the question, so they read as its answer's sections (as ``### Use case`` under ``## 2. Explain …`` does).

Only when the page asks one question in its headings, in the first heading of its level (under the page's title), the
headings after it at that level state (none asks, nor any heading below them), SECTIONS_MAX of them at most, and the
question's own text right under it introduces them: a paragraph of INTRO_WORDS words at most that ends in ``:``, or in
``.`` under parts that each name something the question asks about (``Grouping Data`` under ``… perform grouping and
aggregation operations …?``: a word of theirs shares its first five letters with one of the question's).
A notes page whose first heading happens to ask (``## What is Docker?`` / its answer / ``## Images`` …) keeps its cards
when the question's own text is more than an introduction; a page that asks last (``## TCP vs UDP`` / ``## What is a
deadlock?``) is left alone, and so is one whose parts ask questions in their text (``## Kernel designs`` /
``1. What are the kinds of kernels?``). A heading that names a reading list (``## Links``, ``## References``) stays as it is.
"""

from __future__ import annotations

import re

from compiler.sources.lines import front_matter_end, in_fence

SECTIONS_MAX = 4  # statement headings after the one question, at most
INTRO_WORDS = 60  # words at most of the question's own text that introduces its parts

_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<text>.*?)[ \t#]*$")
_ASKS = re.compile(r"[?？؟][*_`\s]*$")
_READING = re.compile(r"(?i)^\W*(?:links?|references?|resources?|further\s+reading|see\s+also|sources?|additional\s+resources)\W*$")


# words too common to tie a part to its question
_COMMON = frozenset(["what", "which", "when", "where", "does", "with", "that", "this", "from", "have", "your", "about", "using", "used", "into", "there", "their", "they", "them"])


def _stems(text: str) -> set[str]:
    """The first five letters of each word of four letters or more ('aggregation' and 'Aggregating': 'aggre')."""
    return {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", text) if w.lower() not in _COMMON}


def answer_sections(lines: list[str]) -> list[str]:
    """``lines`` with the statement headings that go on one question's answer set a level below it (see the module);
    ``lines`` itself when the page is not of that shape."""
    fenced = list(in_fence(lines))
    top = front_matter_end(lines)
    heads = [
        (k, len(m.group("marks")), m.group("text"))
        for k, line in enumerate(lines)
        if not fenced[k] and (top is None or k > top) and (m := _HEADING.match(line))
    ]
    if len(heads) < 2:
        return lines
    if heads[0][1] == 1 and all(level > 1 for _, level, _ in heads[1:]):
        heads = heads[1:]  # the page's title
    if not heads:
        return lines
    first, level, question = heads[0]
    if level >= 6 or not _ASKS.search(question) or any(lvl < level for _, lvl, _ in heads):
        return lines
    if any(_ASKS.search(text) for _, _, text in heads[1:]):
        return lines  # (another question: each is read on its own)
    parts = [(k, text) for k, lvl, text in heads[1:] if lvl == level]
    parts = [(k, text) for k, text in parts if not _READING.match(text)]
    if not parts or len(parts) > SECTIONS_MAX:
        return lines
    if any(_ASKS.search(lines[k].strip(" *_")) for k in range(parts[0][0] + 1, len(lines)) if not fenced[k]):
        return lines  # (questions asked in the parts' text, '1. What are the kinds of kernels?': sections of their own)
    own = [line.strip() for line in lines[first + 1 : next((k for k, _, _ in heads[1:]), len(lines))] if line.strip()]
    if not own or len(" ".join(own).split()) > INTRO_WORDS:
        return lines
    if not own[-1].endswith((".", ":", "：", "。")) or own[0].startswith(("```", "~~~", "|", "-", "*", "<")):
        return lines  # (a paragraph that introduces, no code, table or list of its own: the answer is below)
    asked = _stems(question)
    if not own[-1].endswith((":", "：")) and not all(_stems(text) & asked for _, text in parts):
        return lines  # (parts that name what the question asks about, 'Grouping Data' under '… grouping and aggregation …?')
    out = list(lines)
    for k, _ in parts:
        out[k] = "#" + lines[k]
    return out
