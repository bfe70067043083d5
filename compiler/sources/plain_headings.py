"""Plain-text notes whose headings lost their style: a short line over each paragraph.

A page copied out of a word processor, a web page or an e-mail into a ``.txt`` keeps its headings only as short lines
of their own (``Causes`` / ``The storming of the Bastille``), each over a paragraph of sentences, the first one often
the page's title over an introduction.  Read as written, such a file is prose: no question, no marker, no card (the
build said "it reads as prose … write it as Markdown with a heading over each part").  Its headings are already there:
this converter writes them as Markdown headings, line for line (``##``; the first line ``#`` when it stands alone
right over the first heading with its text: a title), and the Markdown reader makes a card of each heading with its
text, as it does for the same page written in Markdown (sitting 45).

Only a page that is prose besides its headings is read so: every other paragraph holds sentences, no line is indented,
and no line asks, is a list entry, a numbered line, a labelled line (``Solution: …``), a ``term: definition`` or ``word – meaning`` line, and
no heading is an item's label (``Problem 2``): those shapes have readers of their own (a word list with an example under
each word, trial27 T27-23; an exam's solutions, trial15 T15-39).
"""

from __future__ import annotations

import re

from compiler.sources.converted import Converted, literal_inline
from compiler.sources.lines import CLOSERS, QUESTION_MARKS, paragraph_blocks

HEADING_WORDS = 10  # words at most in a heading line
HEADING_CHARS = 80  # characters at most in a heading line
SENTENCE_WORDS = 8  # words at least in a paragraph under a heading (a sentence, not a label)
_SENTENCE_END = (".", "!", "。", "…")
_NOT_HEADING_END = (".", ",", ";", ":", "!", "?", "…", "-", "–", "—", "/", "\\", "=", "+", "&", "(", "[")
_LIST_ENTRY = re.compile(r"^\s*(?:[-*+•◦▪·]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s)")
_MARKUP = re.compile(r"^\s*(?:#|>|\||<|```|~~~|[-=_*]{3,}\s*$)|::|\t|^\s+\S")  # (an indented line: a word's example)
# a line opened by a label ('Solution: …', 'Answer - …', 'Note: …'): a page of labelled parts, read by the readers of those
_LABELLED = re.compile(r"^\s*\w+(?:\s\w+)?\s*[:：]\s")
# an item's label ('Problem 2', 'Question 3a', 'Exercise II', 'Chapter 4'): a series of items, no heading over notes
_NUMBERED_LABEL = re.compile(r"(?:^|\s)(?:\d+[a-z]?|[IVXLC]+)$")
_TERM_SEPARATOR = re.compile(r"\s[-–—=:|/]\s|[–—―]")  # 'das Haus, Häuser – house': a word list's entry, no heading


def _heading(line: str) -> bool:
    """A line that can be a heading: short, not a sentence, not a label, beginning with a letter or a digit."""
    text = line.strip()
    words = text.split()
    return (
        bool(text)
        and len(words) <= HEADING_WORDS
        and len(text) <= HEADING_CHARS
        and not text.rstrip(CLOSERS).endswith(_NOT_HEADING_END)
        and (text[0].isalpha() or text[0].isdigit())
        and not line[:1].isspace()
        and not _LIST_ENTRY.match(text)
        and ": " not in text
        and not _TERM_SEPARATOR.search(text)
    )


def _sentences(texts: list[str]) -> bool:
    """Paragraph text that is sentences: enough words, ending a sentence."""
    joined = " ".join(t.strip() for t in texts)
    return len(joined.split()) >= SENTENCE_WORDS and joined.rstrip(CLOSERS).endswith(_SENTENCE_END)


SHORT_SENTENCE_WORDS = 4  # words at least of one short sentence under a heading line


def _short_sentence(texts: list[str]) -> bool:
    """One line under a heading line that is a short sentence: a capital, a few words, a stop."""
    if len(texts) != 1:
        return False
    text = texts[0].strip()
    return text[:1].isupper() and len(text.split()) >= SHORT_SENTENCE_WORDS and text.rstrip(CLOSERS).endswith(_SENTENCE_END)


def heading_lines(lines: list[str]) -> list[int] | None:
    """The indices of the heading lines of a page of prose under plain headings, else None.

    A heading is a block's first line when it can be one (:func:`_heading`) and sentences follow it, in its block or in
    the next; every block is a heading, a heading with its paragraph, or sentences. Two headings at least, and a
    heading over every third paragraph at least (a title over an essay is no page of headings)."""
    if any(
        line.rstrip().rstrip(CLOSERS).endswith(QUESTION_MARKS) or _LIST_ENTRY.match(line) or _MARKUP.search(line) or _LABELLED.match(line)
        for line in lines
    ):
        return None
    blocks = paragraph_blocks(lines)
    found: list[int] = []
    bodies = 0
    for at, block in enumerate(blocks):
        first = lines[block[0]]
        rest = [lines[n] for n in block[1:]]
        if len(block) == 1 and _heading(first):
            after = blocks[at + 1] if at + 1 < len(blocks) else None
            titles = at == 0 and after is not None and len(after) > 1 and _heading(lines[after[0]])  # (a title over it all)
            if not titles and (after is None or not _sentences([lines[n] for n in after]) or (_heading(lines[after[0]]) and len(after) > 1)):
                return None
            found.append(block[0])
        elif _heading(first) and (_sentences(rest) or _short_sentence(rest)):
            found.append(block[0])  # ('Hyde v Wrench (1840)' / 'A counter-offer destroys the original offer.': a heading
            bodies += 1  # over one short sentence, never a paragraph of prose whose first line it is; sitting 58)
        elif _sentences([lines[n] for n in block]):
            bodies += 1
        else:
            return None
    if len(found) < 2 or bodies > 3 * len(found) + 1 or any(_NUMBERED_LABEL.search(lines[n].strip()) for n in found):
        return None
    return found


def convert_plain_headings(lines: list[str], rel: str) -> Converted | None:
    """The page as Markdown, line for line: its heading lines as headings (the first a title when the next heading
    follows it at once), the rest as literal text; None when it is no such page (:func:`heading_lines`)."""
    found = heading_lines(lines)
    if found is None:
        return None
    heads = set(found)
    blocks = paragraph_blocks(lines)  # a title: the first line alone, a heading with its text right under it
    titled = len(blocks) > 1 and blocks[0] == [found[0]] and blocks[1][0] in heads and len(blocks[1]) > 1
    out: list[str] = []
    for n, line in enumerate(lines):
        if n in heads:
            out.append(("# " if titled and n == found[0] else "## ") + literal_inline(line.strip()))
        else:
            out.append(literal_inline(line) if line.strip() else "")
    return Converted(text="\n".join(out), origin=tuple(range(1, len(out) + 1)))
