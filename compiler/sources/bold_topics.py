"""Bold lines that name the topics of a notes page (``**Enzyme inducers**`` over its list of drugs, as notes apps, Word
and chat answers set a topic in bold instead of a heading). On a page that asks nothing, Markdown's headings are its
cards (one per heading, its text the back); such a page written with bold topic lines was one card of its title
holding every list (sitting 46 meta finding #10, fixed in sitting 48). This line-kept rewrite writes each bold topic
line over a list or a table as the heading it stands for, one level under the heading above it.

Only a bold line alone in its paragraph (a blank line or a heading above it), short, asking nothing and ending with no
``:`` or sentence stop (``**Answer:**`` and ``**Note.**`` lead in to their text), right over a list or a table; two
such lines at least, on a page where nothing asks. A bold term over a paragraph is left as it is (read already as a
card of its term).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compiler.sources.lines import front_matter_end, has_answer_label, in_fence

_BOLD_LINE = re.compile(r"^[ ]{0,3}(?P<b>\*\*|__)(?!\d{1,3}[.)])(?P<text>[^*_\n]+?)(?P=b)[ \t]*$")  # ('**1. Basics**': a group's number)
_ASKS = re.compile(r"[?？؟][*_)\]]*(?:\s|$)")  # a question mark ending a line or a sentence
_ATX = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})(?:[ \t]|$)")
_UNDER = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S|^[ ]{0,3}\|")  # a list entry, a table row
TOPIC_WORDS = 8  # words at most of a bold topic line
TOPIC_CHARS = 60  # characters at most (a sentence in a script written without spaces: '**操作系统管理所有资源。**')
_STOPS = (":", "：", ".", "?", "？", "!", "！", ",", ";", "。", "，", "；", "、", "…")  # a lead-in's or a sentence's end
TOPICS_MIN = 2  # bold topic lines on a page for them to be its headings


def bold_topics(lines: list[str], asks: bool) -> list[str]:
    """``lines`` with each bold topic line over a list or a table written as a heading (``## Enzyme inducers``), line
    for line; the same list when the page asks something (``asks``, or a line of it that asks or is labelled an
    answer: a quiz's numbered questions under bold group titles) or has fewer than :data:`TOPICS_MIN` of them."""
    fenced = list(in_fence(lines))
    if asks or any(not fenced[k] and (_ASKS.search(line) or has_answer_label(line.strip(" \t*_>-"))) for k, line in enumerate(lines)):
        return lines
    found = [(k, text, depth) for k, text, depth, under in _title_lines(lines, fenced, front_matter_end(lines)) if _UNDER.match(lines[under])]
    if len(found) < TOPICS_MIN:
        return lines
    out = list(lines)
    for k, text, depth in found:
        out[k] = "#" * depth + " " + text
    return out


def _title_lines(lines: list[str], fenced: list[bool], top: int | None = None) -> Iterator[tuple[int, str, int, int]]:
    """``(line, text, heading level, next line with text)`` of each bold line that may stand for a heading: alone in
    its paragraph (a blank line or a heading above it), short (:data:`TOPIC_WORDS`, :data:`TOPIC_CHARS`), no sentence
    stop at its end, outside code and front matter (``top``: its last line), with a line of text under it; its level
    one under the heading above it."""
    level = 1
    for k, line in enumerate(lines):
        if fenced[k] or (top is not None and k <= top):
            continue
        heading = _ATX.match(line)
        if heading is not None:
            level = len(heading.group("marks"))
            continue
        bold = _BOLD_LINE.match(line)
        if bold is None or (k and lines[k - 1].strip() and not _ATX.match(lines[k - 1])):
            continue
        text = bold.group("text").strip()
        if not text or len(text.split()) > TOPIC_WORDS or len(text) > TOPIC_CHARS or text.endswith(_STOPS):
            continue
        under = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if under is not None and not fenced[under]:
            yield k, text, min(6, level + 1), under


# a card's labelled sides, each on a line of its own (a list entry or not, the label bold or not): 'Front: …' / 'Back: …',
# 'Q: …' / 'A: …', 'Question: …' / 'Answer: …'
_FRONT_LABEL = re.compile(r"^[ ]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?(?i:front|q|question|frage|pregunta|вопрос)[ \t]*(?:\*\*|__)?[ \t]*[:：]")
_BACK_LABEL = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?i:back|a|answer|antwort|respuesta|réponse|ответ)[ \t]*(?:\*\*|__)?[ \t]*[:：]")
BACK_REACH = 4  # lines at most from a front's label to its back's


def card_titles(lines: list[str]) -> list[str]:
    """``lines`` with each bold line that titles a card written out by its sides (``**B. Interval Recognition**`` over
    ``- Front: "What interval is C to Ab?"`` / ``- Back: "Minor 6th"``) written as the heading it stands for, line for
    line, as a ``##`` heading over the same pair is read: the card's section, never its front with 'Q: … A: …' on its
    back (sitting 49). Only a bold line alone in its paragraph, short, with no sentence stop, right over a front's label
    whose back's label follows within :data:`BACK_REACH` lines; the same list when there is none."""
    out: list[str] | None = None
    for k, text, depth, under in _title_lines(lines, list(in_fence(lines))):
        if _FRONT_LABEL.match(lines[under]) and any(_BACK_LABEL.match(x) for x in lines[under + 1 : under + 1 + BACK_REACH]):
            out = out if out is not None else list(lines)
            out[k] = "#" * depth + " " + text
    return lines if out is None else out


_QUOTED_SIDE = re.compile(r"^(?P<label>.*?[:：][ \t]*)(?P<q>[\"“])(?P<text>[^\"“”\n]+)(?P<end>[\"”])[ \t]*$")
QUOTED_SIDES_MIN = 2  # labelled sides on a page, every one in quotes, for the quotes to be the author's delimiters


def quoted_sides(lines: list[str]) -> list[str]:
    """``lines`` with the double quotes around each card side written as ``Front: "Build a Cmaj7 chord"`` /
    ``Back: "C - E - G - B"`` left off, when every front and back label line of the page holds its text in quotes
    (a plan of cards written as a chat answer writes them so): they delimit the side, the card never shows them
    (sitting 49). A page with one side unquoted keeps its quotes (then they may be the text's own)."""
    fenced = list(in_fence(lines))
    sides = [k for k, line in enumerate(lines) if not fenced[k] and (_FRONT_LABEL.match(line) or _BACK_LABEL.match(line))]
    found = {k: m for k in sides if (m := _QUOTED_SIDE.match(lines[k])) is not None and (m.group("q") == '"') == (m.group("end") == '"')}
    if len(sides) < QUOTED_SIDES_MIN or len(found) < len(sides):
        return lines
    out = list(lines)
    for k, m in found.items():
        out[k] = m.group("label") + m.group("text").strip()
    return out
