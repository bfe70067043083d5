"""Which study text of a page no item holds: a reader-agnostic check of what a reading left out (sitting 38).

A layout guessed for a page reads the shape it was guessed from; a page of two shapes (``**Mitochondria** — …``
definitions over a numbered quiz, a bold-term list over a table) lost the other shape's lines without a word. No
reader can say what it never looked at, so the check looks from the other side: a line is *covered* when most of its
words are in some item's text (question, answer, options, passage, the item as written), whatever reader made it; a
line in no item that looks like study text is said, once a file, with the count (:func:`uncovered`).

Page furniture is never study text: headings, front matter, code fences, HTML, tables of contents and navigation
(a line that is links), a title (a short line that is no sentence), a lead-in ending with ':', a table's header row,
a licence or footer line, a legend, and, above the first item, an intro paragraph that defines nothing. What is
left is a definition line (``Term: …``, ``**Term** — …``, ``- **Art. 415 KC** – …``) anywhere, and prose or list
lines of three words or more after the first item.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from html import unescape

from compiler.model import Item
from compiler.sources.lines import MODULE_STATEMENT, back_link, front_matter_end, in_fence

COVERED = 0.5  # share of a line's words found in the items' text that makes it covered
WORDS_MIN = 3  # words of a line of study text (fewer: a label, a title, a number)
NO_SPACE_MIN = 6  # characters of a line in a script written without spaces (Chinese, Japanese, Thai)
TITLE_CHARS = 60  # a single line this short that ends as no sentence is a title or label, not text lost

_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "؟", "।", ")")
_WORD = re.compile(r"\w+")
_NO_SPACE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_RUNS = re.compile(rf"{_NO_SPACE.pattern}+|(?:(?!{_NO_SPACE.pattern})\w)+")
# an HTML tag ('<b>', '</div>', '<!-- …'): '<' then a name, '/', '!' or '?', never past another '<'; a '<' in code or a
# formula ('class Post < ApplicationRecord', 'a < b') is no tag: read as one, it took every word up to the next '>'
# (an erb block's '-->' lines below) out of the items' text, and those lines were said to be in no card (sitting 59)
_TAG = re.compile(r"<(?=[A-Za-z/!?])[^<>]*>")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*\S+")
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
_RULE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]\s+|\(?\d{1,3}[.)]\s+|\(?[a-zA-Z][.)]\s+)?")
# a definition line: a short term, a separator, the definition ('**Mitochondria** — the organelles …', 'Latency: the
# time …', '- **Art. 415 KC** – Kto z winy …', 'Atomo = la più piccola …'); a term of six words at most, a definition of
# three or more
DEFINITION = re.compile(
    r"^\s*(?:[-*+•]\s+)?(?:(?:\*\*|__)(?P<bold>[^*_]{1,60}?)(?:\*\*|__)\s*(?:[:：—–-]|\s)\s*|(?P<term>[^\s:：—–=|#>][^:：—–=|]{0,58}?)\s*(?:[:：=]|\s[—–-])\s+)"
    r"(?P<text>\S.*)$"
)
# a licence, copyright or site footer, a 'back to top' link, a legend: the page's frame, never a card's text
_FURNITURE = re.compile(
    r"(?i)licen[cs]e|copyright|©|\(c\)\s*\d{4}|all rights reserved|creative commons|\bcc[- ]by\b|\bcc0\b|public domain|"
    r"back to (?:top|contents)|table of contents|\btoc\b|edit (?:this|on) |made with|generated (?:by|with)|powered by|"
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:legend|key to symbols|last (?:updated|modified)|updated|author|source|sources|"
    r"references?|see also|credits?|version)\b"
)
_INSTRUCTION = re.compile(  # 'Time: 30 minutes', 'Name: ____': a test's header fields, no definitions
    r"(?i)^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:time|duration|marks?|points?|score|name|date|class|total|level|"
    r"subject|teacher|instructions?)\b"
)
_ASIDE = re.compile(  # searched anywhere in a line: a form's fields, words about the questions rather than their subject
    r"_{3,}|\.{5,}|…{2,}"  # ('Nume: ________  Clasa: ____': a form's fields to fill in)
    # ('Use the following information to answer questions 2 and 3.': what the questions below are about)
    r"|(?i:\b(?:questions?|items?)\s+\d+\s*(?:and|to|-|–|&)\s*\d+\b|\banswer\s+(?:the\s+)?(?:following|all|each|questions?)\b)"
)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", unescape(text)).casefold()


# a key's entry written tight, a number and its letter ('1b 2a 3c' after 'Odpowiedzi:'): no word of study text (sitting
# 61 N61-15: a key the cards were answered by was said to be in no card)
_KEY_ENTRY = re.compile(r"^\d{1,3}[A-Ha-h]$")


def _words(text: str) -> list[str]:
    """The words of a line as written, its markup, links' targets and pictures left out; a run of a script written
    without spaces counts by its pairs of characters ('光合作用' -> '光合', '合作', '作用'), so a line is matched
    by the words it shares with an item, never by searching the items' text."""
    text = _URL.sub(" ", _LINK.sub(r"\1", _IMAGE.sub(" ", _TAG.sub(" ", text))))
    return [
        w for word in _WORD.findall(_norm(text)) if not word.isdecimal() and not _KEY_ENTRY.match(word)
        for w in _split(word) if len(w) > 1 or _NO_SPACE.match(w)
    ]  # fmt: skip


def _split(word: str) -> list[str]:
    """A word as :func:`_words` counts it: itself, or its runs without spaces as pairs of characters."""
    if _NO_SPACE.search(word) is None:
        return [word]
    out: list[str] = []
    for run in _RUNS.findall(word):
        if _NO_SPACE.match(run):
            out += [run[k : k + 2] for k in range(max(1, len(run) - 1))]
        else:
            out.append(run)
    return out


def item_text(item: Item) -> str:
    """Everything of an item a card or a message shows, as one text: what a line must be found in to be covered."""
    parts: list[str] = [item.question, item.original, item.cloze or "", *item.section]
    parts += [b.plain() for b in (*item.answer, *item.stimulus, *item.sheet)]
    parts += [c.text for c in item.choices]
    return _norm(_TAG.sub(" ", " ".join(parts)))


class Coverage:
    """The words of a page's items, to ask of each line of the page whether some item holds it."""

    def __init__(self, items: Iterable[Item]) -> None:
        self.vocab = {w for word in _WORD.findall(" ".join(item_text(i) for i in items)) for w in _split(word)}

    def holds(self, words: list[str]) -> bool:
        """Whether half of ``words`` or more are in the items' text."""
        return sum(1 for w in words if w in self.vocab) >= COVERED * len(words)


# an attribute list alone on its line (kramdown's '{: .no_toc}', Writerside's '{collapsed-title="Example solution" id="…"}'):
# layout, never study text (trial49 T49-7)
_ATTRIBUTES = re.compile(r"^\{(?::[^{}]*|[^{}]*[\w-]=\"[^\"{}]*\"[^{}]*)\}$")


def _study_words(line: str) -> list[str] | None:
    """The words of a line that may be study text, or None for a line of the page's frame."""
    s = line.strip()
    if not s or _HEADING.match(s) or _RULE.match(s) or _TABLE_RULE.match(s) or _REF_LINK.match(s) or s.startswith(("<", "{%", "{{", "[//]", ":::")) or _ATTRIBUTES.match(s):
        return None
    if MODULE_STATEMENT.match(s):
        return None  # ('import AlgorithmCourses from …': the reader drops an MDX statement, T28-14; no text left out)
    if _FURNITURE.search(s) or _INSTRUCTION.match(s) or _ASIDE.search(s) or back_link(s):
        return None  # (… and '✅ Return to [Domain 1 Overview](./README.md)': navigation, T44-2)
    bare = _MARKER.sub("", s)
    if not _words(_LINK.sub("", _URL.sub("", bare))) and _LINK.search(bare):
        return None  # ('- [Basics](#basics)', '[Next »](page2.md)': a table of contents, navigation)
    words = _words(bare)
    spaced = len(words) >= WORDS_MIN
    unspaced = len(_NO_SPACE.findall(bare)) >= NO_SPACE_MIN
    return words if spaced or unspaced else None


def definition(line: str) -> bool:
    """Whether the line defines a term: ``Term: …``, ``**Term** — …``, ``- **Term** – …`` (the shape of a glossary)."""
    m = DEFINITION.match(line)
    if m is None or _INSTRUCTION.match(line) or _FURNITURE.search(line):
        return False
    term = m.group("bold") or m.group("term") or ""
    asks = line.rstrip(" *_").endswith(("?", "？")) or term.rstrip().endswith(("?", "？"))  # (a question, no definition)
    return 0 < len(term.split()) <= 6 and len(_words(m.group("text"))) >= WORDS_MIN and not asks


_LAST: list[object] = [None, (), []]  # the last call's lines, items and answer (read._by_parts, then read._say_uncovered)


def uncovered(lines: list[str], items: list[Item]) -> list[int]:
    """The 1-based lines of study text in ``lines`` that no item of ``items`` holds (the page's frame left out, see
    the module's docstring). Items are located by their first line: above the first one only definitions count.
    The read pass asks twice of the same reading (its sections, then what to say): the second answer is the first's
    (a 104,000-line file spent 19 s a time here, T41-10)."""
    last_lines, last_items, last = _LAST
    if last_lines is lines and len(last_items) == len(items) and all(a is b for a, b in zip(last_items, items, strict=True)):  # type: ignore[arg-type]
        return list(last)  # type: ignore[call-overload]
    out = _uncovered(lines, items)
    _LAST[:] = [lines, tuple(items), out]
    return list(out)


def _uncovered(lines: list[str], items: list[Item]) -> list[int]:
    """:func:`uncovered`, computed."""
    located = [i.locator.line for i in items]
    if not located:
        return []
    first = min(located)
    cover = Coverage(items)
    fenced = list(in_fence(lines))
    start = (front_matter_end(lines) or -1) + 1
    out: list[int] = []
    para: list[int] = []  # the paragraph's lines in no item, 0-based
    title = next((k for k in range(start, len(lines)) if lines[k].strip()), len(lines))  # the page's first line

    def close() -> None:
        if not para:
            return
        text = " ".join(lines[k].strip() for k in para)
        defined = [k for k in para if definition(lines[k])]
        if para[0] == title and len(defined) < 2 and title + 1 < first:
            del para[0]  # ('Vocabulario – Unidad 4: La comida': the page's title, unless a glossary starts the page)
            defined = [k for k in defined if k != title]
            if not para:
                return
        if defined and all(k + 1 < first for k in para):
            out.extend(k + 1 for k in defined)  # (above the first item: its definitions, never an intro's sentences)
        elif para[0] + 1 >= first and (defined or _prose(text, len(para))):
            out.extend(k + 1 for k in para)
        para.clear()

    for k in range(start, len(lines)):
        line = lines[k]
        if fenced[k] or not line.strip() or _HEADING.match(line) or _header_row(lines, k):
            close()
            continue
        words = _study_words(line)
        if words is None or cover.holds(words):
            close()
            continue
        para.append(k)
    close()
    return out


def _header_row(lines: list[str], k: int) -> bool:
    """A table's header row (the rule under it) or the rule itself: the table's frame."""
    return lines[k].lstrip().startswith("|") and k + 1 < len(lines) and _TABLE_RULE.match(lines[k + 1]) is not None


def _prose(text: str, count: int) -> bool:
    """Whether a paragraph after the first item is text a card could hold: not a lead-in ending with ':' and not a
    title (one short line that ends as no sentence)."""
    t = text.rstrip(" *_")
    if t.endswith((":", "：")):
        return False
    return not (count == 1 and len(t) < TITLE_CHARS and not t.endswith(_SENTENCE_ENDS))
