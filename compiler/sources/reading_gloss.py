"""A word list that writes each word, its reading in brackets and its meaning with nothing between the bracket and the
meaning (trial34 T34-5): ``食べる【たべる】to eat``, ``苹果（píngguǒ）apple``, ``학교 [hak-gyo] school``, as JLPT and HSK
lists and textbooks print them. Every pair list needs a separator character, so such a list was "cannot tell this
document's layout".

This line-kept rewrite puts the separator in (``食べる【たべる】：to eat``): the change of script after the closing
bracket, from a word in a non-Latin script to a meaning in Latin letters, is where the pair splits; the delimited
reading then makes a card per line, the word and its reading the front. Only when READING_LINES_MIN lines at least are
so written, and they are most of the page's lines with text; a line already holding a separator is left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# '食べる【たべる】to eat', '- 苹果（píngguǒ）apple', '3. 학교 [hak-gyo] school': the word, its reading, the meaning
_READING_LINE = re.compile(
    r"^(?P<lead>[ \t]{0,3}(?:[-*+•][ \t]++|\d{1,4}[.)][ \t]++)?)(?P<word>[^\s【（(\[:：=|]{1,30}+)(?P<gap>[ \t]?)"
    r"(?P<reading>[【（(\[][^】）)\]\n]{1,40}[】）)\]])[ \t]*+(?P<gloss>[^\W\d_][^\n]*)$"
)
_SEPARATORS = re.compile(r"[:：=|\t]|\s[-–—]\s")
READING_LINES_MIN = 2  # lines so written that make a word list
LATIN_MAX = 0x24F  # the last code point of the Latin letters (Extended-B)


def _latin(ch: str) -> bool:
    return ch.isalpha() and ord(ch) <= LATIN_MAX


def _foreign(word: str) -> bool:
    """A word written in letters none of which is Latin (kanji, kana, hanzi, hangul, Cyrillic, Arabic …)."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and not any(_latin(ch) for ch in letters)


def reading_glosses(lines: list[str]) -> list[str]:
    """``lines`` with a '：' between each bracketed reading and the Latin meaning after it; ``lines`` itself when the
    page is no such list."""
    fenced = list(in_fence(lines))
    found: list[tuple[int, re.Match[str]]] = []
    for k, line in enumerate(lines):
        m = None if fenced[k] else _READING_LINE.match(line)
        if m is not None and _foreign(m.group("word")) and _latin(m.group("gloss")[0]) and not _SEPARATORS.search(m.group("gloss")):
            found.append((k, m))
    text = sum(1 for line in lines if line.strip())
    if len(found) < READING_LINES_MIN or 2 * len(found) < text:
        return lines
    out = list(lines)
    for k, m in found:
        out[k] = f"{m.group('lead')}{m.group('word')}{m.group('gap')}{m.group('reading')}：{m.group('gloss')}"
    return out
