"""A wiki page's source (MediaWiki's wikitext: Wikipedia, school and company wikis) copied from its editor into a text
file, read as deckc's Markdown (trial28 T28-46: its ``=== How do I …? ===`` questions were read as no heading, the
questions and their answers in no card, nothing said)::

    == Backup FAQ ==                      <- a heading: as many '#' as '=' ('==' a section, '===' under it)
    === How do I make a full backup? ===  <- a question heading over its answer
    Run <code>bkp --full /home</code>.
     bkp restore /mnt/backup              <- a line opening with a space: preformatted, a code block
    ; Full backup : a copy of every file. <- a definition: the term over its meaning
    * a point / # a numbered step         <- lists ('**' / '##' nested)
    '''bold''', ''italic'', [[Page|text]], [https://… text]

Templates (``{{…}}``) and references (``<ref>…</ref>``) are no card text. Every line names its line in the file.
"""

from __future__ import annotations

import re

from compiler.sources.converted import Converted

_HEADING = re.compile(r"^(?P<marks>={2,6})[ \t]*(?P<text>[^=].*?)[ \t]*(?P=marks)[ \t]*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
_DEFINITION = re.compile(r"^;[ \t]*(?P<term>[^:]+?)[ \t]*(?::[ \t]*(?P<meaning>.*))?$")
_MEANING = re.compile(r"^:[ \t]*(?P<meaning>\S.*)$")
_LIST = re.compile(r"^(?P<marks>[*#]+)[ \t]*(?P<text>.*)$")
_TEMPLATE = re.compile(r"\{\{(?:[^{}]|\{\{[^{}]*\}\})*\}\}")
_REF = re.compile(r"<ref\b[^>/]*(?:/>|>.*?</ref\s*>)", re.I | re.S)
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
_WIKI_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]+)\]\]")
_WEB_LINK = re.compile(r"\[(https?://\S+)[ \t]+([^\]]+)\]")
WIKITEXT_MIN = 2  # '== … ==' headings that make a text wikitext


def looks_like_wikitext(lines: list[str]) -> bool:
    """Whether a text is wikitext: two ``== … ==`` headings or more and no Markdown heading."""
    headings = sum(1 for line in lines if _HEADING.match(line))
    return headings >= WIKITEXT_MIN and not any(_MARKDOWN_HEADING.match(line) for line in lines)


def _inline(text: str) -> str:
    """A line's wiki markup as Markdown: bold, italics and links; templates and references left out."""
    text = _TEMPLATE.sub("", _REF.sub("", text))
    text = _BOLD.sub(r"**\1**", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = _WIKI_LINK.sub(r"\1", text)
    return _WEB_LINK.sub(r"[\2](\1)", text).strip()


def convert_wikitext(lines: list[str], rel: str) -> Converted:
    """The page as Markdown, each line from the line of the file it came from."""
    out: list[str] = []
    origin: list[int] = []

    def emit(text: str, line: int) -> None:
        out.append(text)
        origin.append(line)

    k = 0
    while k < len(lines):
        line, at = lines[k].rstrip(), k + 1
        if line.startswith(" ") and line.strip():  # preformatted lines: a code block
            emit("```", at)
            while k < len(lines) and lines[k].startswith(" ") and lines[k].strip():
                emit(lines[k][1:].rstrip(), k + 1)
                k += 1
            emit("```", k)
            continue
        if (m := _HEADING.match(line)) is not None:
            emit("", at)
            emit(f"{'#' * len(m.group('marks'))} {_inline(m.group('text'))}", at)
            emit("", at)
        elif (
            m := _DEFINITION.match(line)
        ) is not None:  # '; term : meaning' (or its meaning on a ':' line below)
            meaning = m.group("meaning") or ""
            if (
                not meaning
                and k + 1 < len(lines)
                and (below := _MEANING.match(lines[k + 1].rstrip())) is not None
            ):
                meaning, k = below.group("meaning"), k + 1
            emit("", at)
            emit(_inline(m.group("term")), at)
            emit(f": {_inline(meaning)}", at)
            emit("", at)
        elif (m := _LIST.match(line)) is not None:
            marks = m.group("marks")
            bullet = "1." if marks[-1] == "#" else "-"
            emit(f"{'   ' * (len(marks) - 1)}{bullet} {_inline(m.group('text'))}", at)
        else:
            emit(_inline(line), at)
        k += 1
    return Converted("\n".join(out) + "\n", tuple(origin))
