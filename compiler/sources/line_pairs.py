"""Pairs written as two lines, a blank line between pairs (trial38 T38-12): a sentence over its translation, as
sentence-mining notes and phrase books write them (``私は毎朝コーヒーを飲みます。`` / ``I drink coffee every morning.``),
or a term over its meaning. No reader knew the shape: "cannot tell this document's layout", and no pattern can say
"the first line of a block".

This line-kept rewrite joins each pair onto its first line with a tab between (its second line left blank), so the
file reads as the tab-separated pairs of a flashcard export, each card at its pair's first line; a mark that opens
every first line (``❓ …``) or every second line (``💡 …``) is the pairs' layout, left off the cards (sitting 45). Only a file that is
nothing else: three pairs or more, every block of text two lines (a one-line title may open it), no line a heading
other than the title, a list entry, a numbered or labelled line, a table row or code, and no second line going on with
the sentence above it (a page of prose hard-wrapped into two-line paragraphs is no list of pairs).
"""

from __future__ import annotations

import re
import unicodedata

from compiler.sources.blocks import continues
from compiler.sources.lines import paragraph_blocks

PAIRS_MIN = 3  # blocks of two lines a file needs to be read as pairs
LINE_CHARS = 300  # a pair's line is at most this long
# a line of another shape: a heading, a list entry, a numbered or labelled line, a table row, a fence, a quote
_OTHER_SHAPE = re.compile(
    r"^\s*(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|\(?[A-Ha-h][.)]\s|\||```|~~~|>|<)"
    r"|^\s*(?i:q|a|question|answer|front|back|term|definition)\s*\d*\s*[:：]"
    r"|\t"
)
_TITLE = re.compile(r"^\s*(?:#{1,6}\s+)?\S")
# a mark scheme's label opening every answer line ('Mark scheme: the responsiveness of …'): no part of the answer (N60-8;
# never an answer label of the other readers, where '## Markscheme' heads an exam's key)
_SCHEME_LABEL = re.compile(r"^(?i:mark(?:ing)?[ \t]*scheme)[ \t]*[:：][ \t]*(?=\S)")


def line_pairs(lines: list[str]) -> list[str] | None:
    """``lines`` with each two-line pair joined onto its first line by a tab, or None when the file is not pairs."""
    blocks = paragraph_blocks(lines)
    if blocks and len(blocks[0]) == 1 and _TITLE.match(lines[blocks[0][0]]):
        blocks = blocks[1:]  # ('# Japanese sentences' over the pairs)
    if len(blocks) >= PAIRS_MIN and all(len(b) == 3 for b in blocks) and all(_read_aloud(lines, b) for b in blocks):
        # ('我喜欢喝茶。' / 'wǒ xǐhuan hē chá.' / 'I like drinking tea.': a sentence, its reading and its meaning, as
        # sentence notes write them; round-15 d/73: "cannot tell this document's layout") a word, its reading and its
        # meaning as three columns, the reading and the meaning each a line of the back
        out = list(lines)
        for first, second, third in blocks:
            out[first], out[second], out[third] = f"{lines[first].strip()}\t{lines[second].strip()}\t{lines[third].strip()}", "", ""
        return out
    if len(blocks) < PAIRS_MIN or any(len(b) != 2 for b in blocks):
        return None
    # (every first line a pair of its own, '**tener** → tuve, tuviste, tuvo', over its example quoted, '> Ayer tuve un
    # examen.': the quote is the pair's example, its '>' no text; sitting 58, newdocs d/18: one card of the title)
    quoted = all(_QUOTE.match(lines[s]) and _pair_line(lines[f]) for f, s in blocks)
    for first, second in blocks:
        a, b = lines[first].strip(), lines[second].strip()
        if quoted:
            b = _QUOTE.sub("", b, count=1)
        if len(a) > LINE_CHARS or len(b) > LINE_CHARS or _OTHER_SHAPE.match(a) or _OTHER_SHAPE.match(b) or continues(a, b):
            return None
    fronts = _marker([lines[first].strip() for first, _ in blocks])
    numbered = [_ASK_NUMBER.match(lines[first].strip()) for first, _ in blocks]
    numbered = numbered if all(numbered) else []  # (every question numbered so, or none read as numbered)
    backs = "" if quoted else _marker([lines[second].strip() for _, second in blocks])
    # ('Mark scheme: the responsiveness of …' under every question: the label no part of the answer, N60-8)
    labelled = not quoted and not backs and all(_SCHEME_LABEL.match(lines[second].strip()) for _, second in blocks)
    # (every first line a pair of its own, 'la boulangerie — bakery', over its example sentence: the example joined on
    # with that pair's separator, a word, its meaning and an example, never a tab inside the meaning; sitting 53)
    joint = next((sep for sep in _FIRST_LINE_SEPARATORS if all(sep in lines[f] and sep not in lines[s] for f, s in blocks)), "\t")
    out = list(lines)
    for k, (first, second) in enumerate(blocks):
        a, b = lines[first].strip(), lines[second].strip()
        b = _QUOTE.sub("", b, count=1) if quoted else _SCHEME_LABEL.sub("", b, count=1) if labelled else b
        a = a[numbered[k].end() :] if numbered and numbered[k] else a[len(fronts) :]
        out[first], out[second] = f"{a.lstrip()}{joint}{b[len(backs):].lstrip()}", ""
    return out


def numbered_pairs(lines: list[str]) -> bool:
    """Whether every pair's first line opens with its question's number written with no stop after it ('Q1 (1 mark)
    Who was …?' / 'Henry VII'): pairs whatever else reads the file, now that the numbered layout reads 'Q1 Name …'
    too (sitting 61 N61-1), so such a sheet keeps its cards and ids as these pairs (sitting 57, N60-8)."""
    blocks = paragraph_blocks(lines)
    if blocks and len(blocks[0]) == 1 and _TITLE.match(lines[blocks[0][0]]):
        blocks = blocks[1:]
    return len(blocks) >= PAIRS_MIN and all(len(b) == 2 and _BARE_NUMBER.match(lines[b[0]].strip()) and _ASK_NUMBER.match(lines[b[0]].strip()) for b in blocks)


# ('Q1 Who …', 'Q2 (2 marks) …'; never 'Q1. …' over 'A1. …', the qa layout's)
_BARE_NUMBER = re.compile(r"^(?i:q|qu|question)[ \t]*\d{1,3}(?![\d.:)])")


# a question's number written with no stop after it, and maybe the marks it earns ('Q1 (1 mark) Who was …?', 'Q2 [2
# marks] Give …', 'Question 3 Name …'): the exam's numbering and marking, never the question (sitting 57: on the front)
_ASK_NUMBER = re.compile(
    r"^(?i:q|qu|question)\.?[ \t]*\d{1,3}[.:)]?(?:[ \t]*[\[(]\d+(?:\.\d+)?[ \t]*(?i:marks?|pts?|points?)\.?[\])])?[ \t]+(?=[^\W\d_])"
)
_FIRST_LINE_SEPARATORS = (" — ", " – ", " = ", " → ", " -> ", " - ")  # a pair's own separator on each first line
_QUOTE = re.compile(r"^\s*>[ \t]?(?=\S)")  # a quoted line's mark ('> Ayer tuve un examen.'), one level, text after it


def _script_share(text: str) -> float:
    """The share of ``text``'s letters outside the Latin script (kanji, kana, hangul, Cyrillic, Arabic …)."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if not ("LATIN" in unicodedata.name(c, "") or c.isascii())) / len(letters) if letters else 0.0


def _read_aloud(lines: list[str], block: list[int]) -> bool:
    """Whether a block of three lines is a sentence or word in another script, its reading in Latin letters with the
    reading's marks (pinyin's tones, romaji's long vowels: 'wǒ xǐhuan hē chá.'), then its meaning in Latin letters."""
    first, second, third = (lines[k].strip() for k in block)
    if max(len(first), len(second), len(third)) > LINE_CHARS or any(_OTHER_SHAPE.match(x) for x in (first, second, third)):
        return False
    if "\t" in first or _script_share(first) < 0.8 or _script_share(second) > 0 or _script_share(third) > 0:
        return False
    return any(not c.isascii() and c.isalpha() for c in second) or second.casefold() != third.casefold()


def _pair_line(line: str) -> bool:
    """Whether ``line`` is a pair of its own, a term and its meaning on either side of a spaced separator."""
    return any(sep in line for sep in _FIRST_LINE_SEPARATORS) and not _QUOTE.match(line)


# a mark that opens a line, no word ('❓', '💡', '👉', '→', '>>'): the same one on every first (or second) line of the
# pairs marks the question (the answer), layout on the card ('❓ What is the atomic number of carbon' / '💡 6')
_MARK = re.compile(r"^[^\w\s(\[\"'¿¡$\\]{1,4}(?=\s)")


def _marker(texts: list[str]) -> str:
    """The mark every one of ``texts`` opens with (:data:`_MARK`), or ''."""
    marks = {m.group() if (m := _MARK.match(text)) else "" for text in texts}
    return marks.pop() if len(marks) == 1 else ""
