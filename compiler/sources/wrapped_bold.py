"""A bold question hard-wrapped over two or three lines of a Markdown page (``**How can you test whether a string is a
palindrome,`` / ``case-insensitively?**``, as an editor that wraps at 72 or 80 columns writes it): Markdown reads one
paragraph, its bold over the line break, but the readers take a bold question as a line of its own, so the question
and its answer were glued silently onto the card above (sitting 48, round 3 of the metamorphic checks). This rewrite
joins such a question's lines into one, keeping where each line stands in the file. So does it a glossary's
``**Term**: definition`` paragraphs wrapped the same way (round-7 metamorphic R7-6: read a line each, the page was a
card a term; wrapped, one card of its title holding them all).
"""

from __future__ import annotations

import re

from compiler.sources.blocks import continues
from compiler.sources.lines import QUESTION_MARKS, in_fence, join_continuation

_OPENS = re.compile(r"^[ ]{0,3}(?:\d{1,3}[.)][ \t]+)?(?P<b>\*\*|__)(?=\S)")  # a line whose bold opens at its start
_BLOCK = re.compile(r"^\s*(?:#|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\||```|~~~|<)")  # a line that starts a block of its own
WRAPPED_LINES = 3  # lines a bold question goes on over, at most


def wrapped_bold_questions(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, origin)`` with each bold question wrapped over the lines under it joined into its first line, and the
    1-based line of ``lines`` each new line comes from; None when there is none. The bold opens a line and closes, after
    a question mark, at the end of one of the :data:`WRAPPED_LINES` lines under it, no blank line or block between."""
    fenced = list(in_fence(lines))
    out: list[str] = []
    origin: list[int] = []
    k = 0
    joined = False
    while k < len(lines):
        m = _OPENS.match(lines[k]) if not fenced[k] else None
        end = None
        if m is not None and lines[k].count(m.group("b")) == 1:
            for j in range(k + 1, min(k + WRAPPED_LINES, len(lines))):
                text = lines[j].strip()
                if not text or fenced[j] or _BLOCK.match(lines[j]) or m.group("b") in text[:-2]:
                    break
                if text.endswith(m.group("b")):
                    if text[:-2].rstrip().endswith(QUESTION_MARKS):
                        end = j
                    break
        if end is None:
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        out.append(" ".join([lines[k].rstrip(), *(x.strip() for x in lines[k + 1 : end + 1])]))
        origin.append(k + 1)
        joined = True
        k = end + 1
    return (out, origin) if joined else None


# a paragraph's first line that defines a bold term: '**Term**: …', '**Term:** …' (the term a few words, no sentence)
_TERM_OPENS = re.compile(r"^[ ]{0,3}(?P<b>\*\*|__)(?=\S)[^*_\n]{1,60}?(?:[:：](?P=b)|(?P=b)[ \t]*[:：])[ \t]+\S")
TERMS_MIN = 2  # such paragraphs on a page, at least, that make it a glossary


def wrapped_bold_terms(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, origin)`` with each glossary paragraph ``**Term**: definition`` hard-wrapped over the lines under it
    joined into its first line, and the 1-based line of ``lines`` each new line comes from; None when there is none.
    Only on a page of :data:`TERMS_MIN` such paragraphs at least, each line under the first going on with its sentence
    (:func:`compiler.sources.blocks.continues`), no blank line or block between."""
    fenced = list(in_fence(lines))
    starts = {k for k, line in enumerate(lines) if not fenced[k] and _TERM_OPENS.match(line) and (not k or not lines[k - 1].strip())}
    if len(starts) < TERMS_MIN:
        return None
    out: list[str] = []
    origin: list[int] = []
    k = 0
    joined = False
    while k < len(lines):
        text, j = lines[k].rstrip(), k + 1
        while k in starts and j < len(lines) and not fenced[j] and lines[j].strip() and not _BLOCK.match(lines[j]) and continues(text, lines[j]):
            text = join_continuation(text, lines[j])
            j += 1
        out.append(text if j > k + 1 else lines[k])
        origin.append(k + 1)
        joined = joined or j > k + 1
        k = j
    return (out, origin) if joined else None
