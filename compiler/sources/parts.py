"""A document in parts of different shapes, each part read with its own layout (trial18 T18-24).

A review sheet mixes kinds of questions, a part each under a part heading: ``Phần 1 – Trắc nghiệm`` (``Câu 1`` /
question / ``A. …`` options / ``Đáp án: B``), ``Phần 2 – Đúng / Sai`` (``1. <statement> → Sai``), ``Phần 3 – Điền vào
chỗ trống`` (``1. … ____ .`` / ``Đáp án: 17``); ``Part II``, ``Teil 2``, ``Section B``, ``第二部分`` alike.  One
layout reads one shape: the whole file read so made the first part's cards and glued every later part to its last
answer.  :func:`part_spans` finds the part headings; the read pass (:func:`compiler.read._by_parts`) reads each part
alone, the other lines blanked so every line keeps its number, and keeps that reading when it answers more questions
than the whole file read with one layout did.  ``parts = "whole"`` in the source's table keeps the one reading.

The readers share the part and chapter labels from here too: :func:`part_labels` says which parts and chapters each
line is in, :func:`part_named` which part a key's group names, so a key in parts keys each part's questions by part
and number when every part numbers from 1 again (trial30 T30-2, T30-10).
"""

from __future__ import annotations

import re

from compiler.layouts import ANSWER_KEY, CHAPTER_WORDS, KEY_WORDS, PART_NUMBER, PART_WORDS
from compiler.model import normalize_text
from compiler.sources.lines import commented_sections, has_answer_label, has_question_label, in_fence

_NUMBER = r"(?:\d{1,2}|[A-H]|[IVX]{1,4}|[ivx]{1,4})"
PART_HEADING = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?:"
    rf"(?i:{PART_WORDS})\s+{_NUMBER}(?![\w])"
    r"|第\s*[一二三四五六七八九十\d]{1,3}\s*(?:部分|部|编|編|篇)"
    r"|제\s*\d{1,2}\s*부"
    r")\s*(?:(?:\*\*|__)?\s*[:.：–—-]\s*(?P<title>[^\n]{0,100}?))?\s*(?:\*\*|__)?\s*$"
)
_KEY_LINE = re.compile(ANSWER_KEY)  # a heading or line that starts an answer key
_KEY_TITLE = re.compile(rf"(?<!\w)(?i:{KEY_WORDS})(?!\w)")
PART_LINES_MIN = 3  # non-blank lines under a part heading: fewer is a table of contents' entry, no part
PARTS_MAX = 20  # part headings in one document: more are sections of a book, read as the layout reads them


def part_spans(lines: list[str]) -> list[tuple[int, int, int]] | None:
    """``[(first, heading, end), …]``: each part's 0-based line range and its heading's line (the text before the
    first part heading goes with the first part), or None when it has fewer than two part headings, a part that names an answer key
    (``Part B – Answers``: the key of the questions above, read with them), or a heading with little under it."""
    fenced = list(in_fence(lines))
    heads = [
        k
        for k, line in enumerate(lines)
        if not fenced[k] and (m := PART_HEADING.match(line)) is not None and (k == 0 or not lines[k - 1].strip() or lines[k - 1].lstrip().startswith("#"))
        and not _KEY_TITLE.search(m.group("title") or "")
    ]
    if len(heads) < 2 or len(heads) > PARTS_MAX:
        return None
    if any(_KEY_LINE.match(line) for k, line in enumerate(lines) if k > heads[0] and not fenced[k]):
        return None  # ('## Answers' after the parts: a key for all of them, read with the whole file)
    bounds = [*heads, len(lines)]
    spans = [(0 if n == 0 else bounds[n], bounds[n], bounds[n + 1]) for n in range(len(heads))]
    if any(sum(1 for line in lines[a + 1 : b] if line.strip()) < PART_LINES_MIN for a, b in zip(heads, bounds[1:], strict=True)):
        return None
    return spans


SECTIONS_MAX = 12  # heading sections a page is read in one by one: more are a Q&A page's questions, read whole
LABEL_WORDS = 6  # words of a plain-text label line that heads a section ('Definizioni', 'Domande', 'Key terms')
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+\S")
# a plain-text label alone on its line, a blank line above it: short, no list or number marker, no sentence's end
_LABEL = re.compile(r"^(?![-*+•>|]\s|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]\s)[^\s=|][^=|]{0,58}$")


def _label(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a plain-text page's section label ('Definizioni' over 'Atomo = …'): a short line alone
    after a blank line (or the page's first), asking and ending nothing, with text under it."""
    s = lines[k].strip()
    if not s or (k and lines[k - 1].strip()) or len(s.split()) > LABEL_WORDS or not _LABEL.match(s):
        return False
    if s.rstrip(" *_").endswith((".", "?", "!", "…", "。", "？", "！", ";")):
        return False
    return k + 1 < len(lines) and bool(lines[k + 1].strip() or (k + 2 < len(lines) and lines[k + 2].strip()))


def label_lines(lines: list[str]) -> list[int]:
    """The 0-based lines that head a plain-text page's sections (``Definizioni`` / ``Domande``), none when the page has
    a Markdown heading: the page's frame, left out of a section when it is read alone (a label over ``Atomo = …`` lines
    is no pair of them)."""
    fenced = list(in_fence(lines))
    if any(not fenced[k] and _ATX.match(line) for k, line in enumerate(lines)):
        return []
    return [k for k in range(len(lines)) if not fenced[k] and _label(lines, k)]


def section_spans(lines: list[str], lost: list[int] | None = None) -> list[tuple[int, int, int]] | None:
    """``[(first, heading, end), …]`` as :func:`part_spans` gives, for a page under plain headings (``## Key terms`` /
    ``## Quick quiz``; in a page with no Markdown heading, label lines alone after a blank line, ``Definizioni`` /
    ``Domande``): a span from each heading of the page's top levels (the shallowest level that, with the levels above
    it, heads two sections or more) to the next, the text above the first heading with the first section, and a
    heading with no text under it (the page's title) joined to the section after it. ``lost``: the 1-based lines one
    reading of the page left in no item; sections holding none of them are joined with their neighbours that hold
    none (a questions section and its answers' section stay one, read as one). None for fewer than two sections or
    more than SECTIONS_MAX: the read pass tries this only when one reading leaves a section unread (sitting 38:
    definitions over a numbered quiz, a bold-term list over a table)."""
    fenced = list(in_fence(lines))
    shown = commented_sections("\n".join(lines)).split("\n") if any("<!--" in line for line in lines) else lines  # (T44-1)
    heads = [(k, len(m.group(1))) for k, line in enumerate(shown) if not fenced[k] and (m := _ATX.match(line)) is not None]
    heads = heads or [(k, 1) for k in label_lines(lines)]
    levels = sorted({level for _, level in heads})
    top = next((level for level in levels if sum(1 for _, v in heads if v <= level) >= 2), None)
    if top is None:
        return None
    starts: list[int] = []
    for k, _ in ((k, v) for k, v in heads if v <= top):
        if starts and not any(line.strip() and not _ATX.match(line) for line in lines[starts[-1] + 1 : k]):
            continue  # (a heading with nothing under it before this one: one section with it)
        starts.append(k)
    if len(starts) < 2 or len(starts) > SECTIONS_MAX:
        return None
    bounds = [*starts, len(lines)]
    spans = [(0 if n == 0 else bounds[n], bounds[n], bounds[n + 1]) for n in range(len(starts))]
    records = record_heads(lines)
    if records:  # (sections of one record's fields, '## Furosemide' / '**Class:** …' then '## Metoprolol' / …: one span)
        joined: list[tuple[int, int, int]] = []
        for first, head, end in spans:
            if joined and _records_only(lines, joined[-1], records) and _records_only(lines, (first, head, end), records):
                joined[-1] = (joined[-1][0], joined[-1][1], end)
            else:
                joined.append((first, head, end))
        spans = joined
    if lost is not None:
        runs: list[tuple[int, int, int, bool]] = []
        for first, head, end in spans:
            holds = any(first < n <= end for n in lost)
            if runs and not holds and not runs[-1][3]:
                runs[-1] = (runs[-1][0], runs[-1][1], end, False)
            else:
                runs.append((first, head, end, holds))
        spans = [(first, head, end) for first, head, end, _ in runs]
    return spans if len(spans) >= 2 else None


# a record's field on a line of its own: '**Class:** loop diuretic', '**Capital**: Lima', 'Symptoms: fever, …', '- **Dose:** …'
_FIELD = re.compile(
    r"^\s{0,3}(?:[-*+•][ \t]+)?(?:(?P<b>\*\*|__)(?P<bold>[^\W\d_][^:：*_\n?？]{0,38}?)[ \t]*(?:(?P=b)[ \t]*[:：]|[:：][ \t]*(?P=b))"
    r"|(?P<plain>[^\W\d_][^:：*_\n?？|]{0,38}?)[ \t]*[:：])[ \t]+\S"
)
FIELD_LABEL_WORDS = 4  # words at most of a field's label ('Watch for', 'Dose max', 'Mechanism of action')
FIELDS_SHARED = 2  # labels a record section shares with another, at least ('Class' and 'Action' under both drugs)


def field_label(line: str) -> str | None:
    """The label of a record's field line (``**Class:** loop diuretic`` → ``class``), None for any other line (a question or
    answer label is no field: ``**Q:** …`` / ``**A:** …`` pairs are cards of their own)."""
    m = _FIELD.match(line)
    if m is None or line.rstrip().endswith(("?", "？")):
        return None
    label = (m.group("bold") or m.group("plain") or "").strip()
    if len(label.split()) > FIELD_LABEL_WORDS or has_question_label(line.strip(" -*+•_")) or has_answer_label(line.strip(" -*+•_")):
        return None
    return normalize_text(label).casefold()


def section_heads(lines: list[str]) -> list[int]:
    """The 0-based lines that head the page's sections: its Markdown headings, or a plain-text page's label lines."""
    fenced = list(in_fence(lines))
    return [k for k, line in enumerate(lines) if not fenced[k] and _ATX.match(line)] or label_lines(lines)


def record_heads(lines: list[str]) -> set[int]:
    """The 0-based heading lines (Markdown headings, or a plain-text page's label lines) that head a record: two field
    lines or more under the heading and nothing else, sharing FIELDS_SHARED labels (or all of its own) with another such
    heading's fields (a drug card's ``**Class:**`` / ``**Action:**`` / ``**Watch for:**`` per drug, ``Capital:`` /
    ``Currency:`` per country). The same labels under several headings are properties of each heading's card, one
    card a heading as the Markdown reading gives them (T38-16), never cards of their own read a section at a time
    (sitting 42: a drug whose class was two words lost its card, the next drug's fields were three cards)."""
    heads = section_heads(lines)
    fields: dict[int, set[str]] = {}
    for n, k in enumerate(heads):
        body = [line for line in lines[k + 1 : heads[n + 1] if n + 1 < len(heads) else len(lines)] if line.strip()]
        labels = [field_label(line) for line in body]
        if len(body) >= 2 and all(labels) and len(set(labels)) == len(labels):
            fields[k] = set(labels)  # type: ignore[arg-type]
    return {
        k for k, own in fields.items()
        if any(len(own & other) >= min(FIELDS_SHARED, len(own)) for j, other in fields.items() if j != k)
    }  # fmt: skip


def _records_only(lines: list[str], span: tuple[int, int, int], records: set[int]) -> bool:
    """Whether a section holds only records: a record's heading, or a heading with nothing under it (the page's title)."""
    first, _, end = span
    heads = [k for k in range(first, end) if _ATX.match(lines[k]) or k in records]
    own = [k for k in heads if k in records]
    return bool(own) and all(k in records or not any(x.strip() for x in lines[k + 1 : next((h for h in heads if h > k), end)]) for k in heads)


def part_lines(lines: list[str], first: int, end: int) -> list[str]:
    """The document's lines with every line outside ``first``..``end`` blank: the part alone, at its own line numbers."""
    return [line if first <= k < end else "" for k, line in enumerate(lines)]


# --- the part of a test or the chapter of a book a question is in, and the part a key's group answers -----------------

# a part's or chapter's label: 'Part A', 'Teil B', 'PARTE II', 'Capítulo 1', 'Ch. 3'
_PART_NAME = rf"(?P<word>(?i:{PART_WORDS}|{CHAPTER_WORDS}|ch\.|chap\.))[ \t]*(?P<n>{PART_NUMBER})(?!\w)"
_PART_IN = re.compile(rf"(?<![^\W\d_]){_PART_NAME}")
# a line that is such a label, its title or instruction after it: '## Part A: Cells', 'Teil B – Welt', 'CHAPTER 2 Supply'
_PART_LINE = re.compile(rf"^\s{{0,3}}(?:#{{1,6}}\s+)?(?:\*\*|__)?{_PART_NAME}(?:[^\n]{{0,100}})?$")
# a key's group named by its number alone ('I. 1. B   2. C', 'II: 1. A'): it pairs by that number with whatever word
_BARE_PART = re.compile(rf"^\s*(?:\*\*|__)?(?P<n>{PART_NUMBER})(?:\*\*|__)?\s*$")
_ROMAN = {"I": 1, "V": 5, "X": 10}
PartLabels = dict[str, str]  # a question's parts and chapters: the label's word -> its number ('chapter' -> '2')


def _part_number(n: str) -> str:
    """'02' -> '2', 'ii' -> '2', 'b' -> 'B': the number as two spellings of one part compare."""
    if n.isdecimal():
        return str(int(n))
    if set(n.upper()) <= set(_ROMAN):
        values = [_ROMAN[c] for c in n.upper()]
        return str(sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values)))
    return n.upper()


def part_named(name: str) -> tuple[str, str] | None:
    """``(word, number)`` of the part or chapter a key's group or heading names ('Lösungen Teil A' -> ('teil', 'A'),
    'Capítulo 1' -> ('capitulo', '1'), 'II' -> ('', '2')), or None: what pairs the key's groups with the questions'
    parts when each part numbers its questions from 1 again (trial30 T30-2, T30-10)."""
    m = _PART_IN.search(name)
    if m is not None:
        return normalize_text(m.group("word")).rstrip("."), _part_number(m.group("n"))
    bare = _BARE_PART.match(name)
    return ("", _part_number(bare.group("n"))) if bare else None


def part_label(line: str) -> str | None:
    """The part's label a key heading names ('Answer Key (Part B)' -> 'Part B'), as written, or None."""
    m = _PART_IN.search(line)
    return m.group(0) if m else None


_PART_ALONE = re.compile(rf"^\s{{0,3}}(?:#{{1,6}}\s+)?(?:\*\*|__)?(?P<label>{_PART_NAME})(?:\*\*|__)?\s*[:：.]?\s*(?:\*\*|__)?\s*$")


def part_alone(line: str) -> str | None:
    """The label of a line that is only a part's or chapter's label ('**Chapter 3**', '### Parte II', 'Teil B:'), a key's
    group over its entries or table, or None."""
    m = _PART_ALONE.match(line)
    return m.group("label") if m else None


def part_labels(lines: list[str]) -> list[PartLabels]:
    """For each line, the parts and chapters it is in: the labels of the lines above that name one ('## Part A: Cells',
    'Kapitel 2: Bindungen', 'CHAPTER 3'), each label dropping those met since its word was last set (a chapter's new
    number ends its sections' labels)."""
    out: list[PartLabels] = []
    now: PartLabels = {}
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        m = _PART_LINE.match(line) if not fenced else None
        if m is not None:
            word = normalize_text(m.group("word")).rstrip(".")
            if word in now:
                kept = list(now)[: list(now).index(word)]
                now = {w: now[w] for w in kept}
            now = {**now, word: _part_number(m.group("n"))}
        out.append(now)
    return out


def in_part(labels: PartLabels, part: tuple[str, str]) -> bool:
    """Whether a question with these labels is in the part a key's group names (a bare number: any label of it)."""
    word, number = part
    return labels.get(word) == number if word else number in labels.values()
