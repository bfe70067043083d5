"""A Kindle's ``My Clippings.txt`` (trial17 T17-17): the highlights and notes the reader made, every book in one file::

    The Pragmatic Programmer (Thomas, David)
    - Your Highlight on page 162 | Location 1880-1881 | Added on Monday, 1 May 2023 19:56:58

    Every time you find yourself doing something repetitive, get into the habit of thinking …
    ==========
    The Pragmatic Programmer (Thomas, David)
    - Your Note on page 162 | Location 1881 | Added on Monday, 1 May 2023 19:57:10

    What habit saves you from repetition?
    ==========

Entries are told by their shape (a line of ten ``=`` after each; a title line, then a line opening ``- `` whose
``|``-separated parts end with the date), never by the words of one language: the kind (highlight, note,
bookmark) is read from the metadata line in the Kindle's languages, page and location are its numbers.

Each highlight is one Basic card under a heading of its book (the card's section): the highlight is the front, the
back says where it is from (*title* (author), page, location) and the note made at it, if any.  A note that asks
(it ends with ``?``) is the front instead, the highlight its answer: the reader wrote the question.  A note is
attached to the highlight whose location range holds the note's location (the last such, in the same book).
A highlight edited on the Kindle is saved again, the old entry kept: of highlights of one book whose locations
overlap and whose texts hold one another (or start alike), the last is kept; an entry saved twice is kept once,
and so is a note saved again as it was edited.  Bookmarks hold no text: left out.  A note at no highlight is
no card, said with its line (there is nothing it is about).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted

SEPARATOR = re.compile(r"^\ufeff?={10}\s*$")
_META = re.compile(r"^\ufeff?-\s+\S")
_NOTE_WORDS = re.compile(r"(?i)\b(?:note|notiz|nota|notitie|заметка|poznámka|notatka)\b|笔记|筆記|メモ|메모")
_BOOKMARK_WORDS = re.compile(
    r"(?i)\b(?:bookmark|lesezeichen|signet|marcador|segnalibro|marcação|bladwijzer|закладка|záložka|zakładka)\b|书签|書籤|ブックマーク|북마크"
)
_PAGE = re.compile(r"(?i)(?:\bpage|\bp\.|\bseite|\bpágina|\bpagina|\bstrana|\bstrona|\bстраниц\w*|第)\s*(\d+(?:\s*[-–]\s*\d+)?)")
_PAGE_AFTER = re.compile(r"(\d+(?:\s*[-–]\s*\d+)?)\s*(?:ページ|페이지|页|頁)")
_NUMBERS = re.compile(r"#?(\d+)(?:\s*[-–]\s*(\d+))?")
ENTRIES_MIN = 1


@dataclass
class _Entry:
    book: str
    author: str
    kind: str  # "highlight", "note" or "bookmark"
    page: str
    location: tuple[int, int] | None
    text: list[str]
    line: int  # 1-based line of the text (of the metadata line when none)
    title_line: int
    notes: list[_Entry] = field(default_factory=list)


def looks_like_kindle(lines: list[str]) -> bool:
    """Whether the file is a Kindle's clippings: entries ended by ten ``=``, each a title line and a ``- … | …``
    metadata line (nearly all of them)."""
    blocks = _blocks(lines)
    shaped = sum(1 for b in blocks if _parsed(lines, b) is not None)
    return shaped >= ENTRIES_MIN and shaped * 10 >= len(blocks) * 9


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """``(first, end)`` (0-based, end exclusive) of each entry: the lines between separators, blank ones aside."""
    blocks: list[tuple[int, int]] = []
    start = 0
    for k, line in enumerate(lines):
        if SEPARATOR.match(line):
            if any(lines[j].strip() for j in range(start, k)):
                blocks.append((start, k))
            start = k + 1
    if any(lines[j].strip() for j in range(start, len(lines))):
        blocks.append((start, len(lines)))
    return blocks


def _parsed(lines: list[str], block: tuple[int, int]) -> _Entry | None:
    start, end = block
    k = next(j for j in range(start, end) if lines[j].strip())
    if k + 1 >= end or not _META.match(lines[k + 1]) or not any(SEPARATOR.match(x) for x in lines[end : end + 1]):
        return None
    meta = lines[k + 1].lstrip("\ufeff")[1:].strip()
    parts = [p.strip() for p in meta.split("|")]
    if len(parts) < 2:
        return None
    where = " | ".join(parts[:-1])  # (the last part is when it was added)
    kind = "bookmark" if _BOOKMARK_WORDS.search(where) else "note" if _NOTE_WORDS.search(where) else "highlight"
    page_m = _PAGE.search(where) or _PAGE_AFTER.search(where)
    page = re.sub(r"\s+", "", page_m.group(1)) if page_m else ""
    rest = where[: page_m.start()] + " " + where[page_m.end() :] if page_m else where
    numbers = list(_NUMBERS.finditer(rest))
    location = None
    if numbers:
        m = numbers[-1]
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if last < first and m.group(2):  # 'Loc. 170-72': the end written short
            digits = m.group(2)
            last = int(m.group(1)[: -len(digits)] + digits) if len(digits) < len(m.group(1)) else first
        location = (first, max(first, last))
    title = lines[k].strip().lstrip("\ufeff").strip()
    book, author = title, ""
    m = re.match(r"^(?P<book>.*\S)\s*[(（](?P<author>[^()（）]*)[)）]$", title)
    if m:
        book, author = m.group("book"), m.group("author").strip()
    text_lines = [(j, lines[j].strip()) for j in range(k + 2, end) if lines[j].strip()]
    line = text_lines[0][0] + 1 if text_lines else k + 2
    return _Entry(book, author, kind, page, location, [t for _, t in text_lines], line, k + 1)


def _squashed(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _same_passage(old: _Entry, new: _Entry) -> bool:
    """Whether ``new`` is ``old`` saved again (edited, extended or shortened on the Kindle; a highlight moved
    to start at the same place)."""
    if old.book != new.book:
        return False
    a, b = _squashed(" ".join(old.text)), _squashed(" ".join(new.text))
    if a == b:
        return True
    if old.location and new.location:
        if old.location[1] < new.location[0] or new.location[1] < old.location[0]:
            return False
    elif old.page != new.page:
        return False
    moved = new.kind == "highlight" and old.location is not None and new.location is not None and old.location[0] == new.location[0]
    return bool(a and b) and (a in b or b in a or a[:30] == b[:30] or moved)


def _holds(highlight: _Entry, note: _Entry) -> bool:
    if highlight.book != note.book:
        return False
    if highlight.location and note.location:
        return highlight.location[0] <= note.location[0] <= highlight.location[1]
    return bool(highlight.page) and highlight.page == note.page


def _where(entry: _Entry) -> str:
    parts = [f"*{entry.book}*" + (f" ({entry.author})" if entry.author else "")]
    if entry.page:
        parts.append(f"page {entry.page}")
    if entry.location:
        first, last = entry.location
        parts.append(f"location {first}" + (f"–{last}" if last != first else ""))
    return ", ".join(parts)


def _text(line: str) -> str:
    """A line of the reader's text as Markdown shows it: a leading mark and '<' before a letter kept as text."""
    line = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", " ".join(line.split()))
    return "\\" + line if re.match(r"^(?:#|>|[-+*]\s|\d+[.)]\s)", line) else line


def convert_kindle(lines: list[str], rel: str) -> Converted:
    """The clippings as Markdown: a heading per book (in the order the file first names them), under it each
    highlight a question heading over its answer, at the lines of the file they came from."""
    entries = [e for b in _blocks(lines) if (e := _parsed(lines, b)) is not None and e.kind != "bookmark" and e.text]
    highlights: list[_Entry] = []
    notes: list[_Entry] = []
    for entry in entries:
        kept = highlights if entry.kind == "highlight" else notes
        again = [old for old in kept if _same_passage(old, entry)]
        for old in again:
            kept.remove(old)  # (saved again as it was edited: the last one is the reader's)
        kept.append(entry)
    lone: list[_Entry] = []
    for note in notes:
        host = next((h for h in reversed(highlights) if _holds(h, note)), None)
        (host.notes if host is not None else lone).append(note)
    said = tuple(
        Diagnostic(
            rel,
            note.line,
            f"a Kindle note at no highlight ({_where(note).replace('*', '')}): no card",
            "highlight the passage it is about on the Kindle and export again, or write the note into a study document",
            "warning",
            group="kindle-note",
        )
        for note in lone
    )
    books: dict[str, list[_Entry]] = {}
    for entry in sorted(highlights, key=lambda e: e.line):
        books.setdefault(entry.book, []).append(entry)
    out: list[tuple[str, int]] = []
    for book, listed in books.items():
        out += [(f"# {_text(book).lstrip(chr(92))}", listed[0].title_line), ("", listed[0].title_line)]
        for entry in listed:
            asked = next((n for n in entry.notes if " ".join(n.text).rstrip().endswith(("?", "？"))), None)
            front, back, front_line = (asked.text, entry.text, asked.line) if asked is not None else (entry.text, [], entry.line)
            out += [("## Q: " + re.sub(r"<(?=[A-Za-z/!?])", r"\\<", " ".join(" ".join(front).split())), front_line), ("", front_line)]
            for text in back:
                out += [(_text(text), entry.line), ("", entry.line)]
            out += [(f"— {_where(entry)}", entry.title_line + 1), ("", entry.title_line + 1)]
            for note in entry.notes:
                if note is not asked:
                    out += [(f"**Note:** {_text(' '.join(note.text))}", note.line), ("", note.line)]
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out), warnings=said)
