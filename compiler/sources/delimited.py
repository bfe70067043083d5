"""Reader for exports of other flashcard tools: one note per row of delimited text.

``layout = "delimited"`` reads, with Python's :mod:`csv` module:

- Anki's *Notes in Plain Text* export: header lines ``#separator:tab``,
  ``#html:true``, ``#tags column:3`` (also ``#notetype column``, ``#deck
  column``, ``#guid column``), then one row per note; a field in double quotes
  may hold the separator and line breaks.  The first two remaining columns are
  the front and the back; a front with ``{{c1::…}}`` deletions is a cloze item
  (its second column is the extra text); fields after the back (an example
  sentence, a note) are added to the back, each its own paragraph, and
  ``[sound:…]`` references are dropped with a warning (audio is not carried); an
  ``<img>`` in the front goes on the card's front (the item's stimulus); a reversed
  note type (``Basic (and reversed card)``, or ``optional reversed`` with its Add
  Reverse flag field set) makes a note with a card each way, the flag no text;
- Quizlet / spreadsheet exports: ``term<TAB>definition`` (or ``,`` / ``;``),
  the separator guessed from the file (``.tsv``: tab, ``.csv``: comma) or set
  with ``separator`` in ``[source.delimited]``; rows that end with a string of
  their own instead of a line break (Quizlet's custom row separator,
  ``term<TAB>def;term<TAB>def;…`` on one line) with ``rows``, or found by
  :func:`row_separator`.

With ``html = true`` (Anki's ``#html:true``) fields are HTML, sanitized like
Markdown's; otherwise they are plain text.  A tags column (Anki's header,
``tags`` in config, or a spreadsheet's header row ``Question,Answer,Tags``)
gives each note its own tags; such a header row is no card.  A quote that is
never closed does not swallow the rows after it (they are read line by line,
with a warning).  A row with one field is an item with
no answer (a warning and no card, listed as skipped in the manifest).
"""

from __future__ import annotations

import csv
import itertools
import re
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics, counted
from compiler.layouts import DelimitedConfig
from compiler.model import Block, BlockKind, Choice, Item, ItemKind, item_slug, normalize_text
from compiler.sourcefiles import SHEET_SUFFIXES, WORKBOOK_SUFFIXES
from compiler.sources import columns
from compiler.sources.ankifields import (
    LATEX_TEXT,
    LEVEL_CHARS,
    AlsoAnswer,
    ChoiceFields,
    Responses,
    also_items,
    anki_latex,
    answer_side,
    bank_column_name,
    bank_columns,
    bank_right,
    choice_fields,
    front_code,
    front_question,
    html_blocks,
    keyed_answers,
    keys_textual,
    lettered_choices,
    option_cells,
    own_also,
    own_choice,
    own_options,
    own_origin,
    paragraph,
    rendered_own_card,
    response_columns,
    unclozed,
)
from compiler.sources.ankifields import SOUND as _SOUND
from compiler.sources.ankifields import front_images as _images
from compiler.sources.ankifields import plain as _plain
from compiler.sources.base import Document, basic_item, make_item
from compiler.sources.blocks import cell_lines, text_block
from compiler.sources.cloze import (
    CLOZE,
    OCCLUSION_HINT,
    OCCLUSION_SKIP,
    anki_split,
    cloze_fields,
    image_occlusion,
)
from compiler.sources.difficulty import Levels
from compiler.sources.dollars import dollar_math
from compiler.sources.hints import hint_block
from compiler.sources.lines import (
    BACK_MATTER,
    BULLET,
    CLOSERS,
    MARKDOWN_SUFFIXES,
    NUMBER_COLUMNS,
    PAIR_SEPARATORS,
    PAIR_TERM_MAX,
    QUESTION_MARKS,
    TERM_BELOW,
    asked_pairs,
    bare_verdict,
    bracketed_answer,
    continued_lines,
    ending_columns,
    example_lines,
    exercise_instruction,
    fields_on,
    form_line,
    front_matter_end,
    instruction_context,
    leading_number,
    letter_heading,
    none_cell,
    note_line,
    numbered_section,
    pair_separator,
    pair_text,
    phone_pair,
    principal_parts,
    reading_apart,
    reading_columns,
    shaped_header,
    split_on,
    split_pair,
    squash,
    strip_number,
    terms_below,
    tight_joint,
    with_reading,
)
from compiler.sources.markdown_blocks import report_active
from compiler.sources.paradigms import grid_cards, paradigm_grid
from compiler.sources.prompts import picture_prompt
from compiler.sources.suggest import toml_string

SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "colon": ":", "space": " "}
SEPARATOR_NAMES = {v: "tab" if k == "tab" else f"{k} ({v!r})" for k, v in SEPARATORS.items()}
_HEADER = re.compile(r"^#(?P<key>[a-z ]+):(?P<value>.*)$")
# the separator hint Excel and LibreOffice honour on a CSV's first line ('sep=;', 'sep=,', 'sep=\t' as a tab)
_SEP_HINT = re.compile(r"^\ufeff?\s*sep=(?P<sep>[^\s\w\"']|\t)\s*$", re.I)
# Anki's 'Basic (and reversed card)' / 'Basic (optional reversed card)' (and renamed copies: 'Vocab (reversed)')
_REVERSED = re.compile(r"\brevers", re.I)
_TYPED = re.compile(r"\btype in\b", re.I)  # 'Basic (type in the answer)'
_OPTIONAL = re.compile(r"\boptional\b", re.I)


# columns of a word's base form: a cell equal to the front there says nothing again (T31-32, T39-12)
_BASE_FORMS = frozenset({"stem", "lemma", "root", "base", "base form", "headword", "dictionary form", "word stem"})


@dataclass
class Header:
    """What an Anki export's ``#key:value`` lines say (and what config adds)."""

    separator: str | None = None
    html: bool = False
    columns: dict[str, int] | None = None  # tags / notetype / deck / guid -> 0-based column
    lines: int = 0  # header lines at the top
    notetype: str = ""  # '#notetype:AllInOne (kprim, mc, sc)': the one note type of every row
    names: list[str] | None = None  # '#columns:Text,Q_1,…': the fields' names
    hinted: bool = False  # a first line 'sep=;' (Excel's) named the separator: no header line of Anki's, no row


# the fields of the 'AllInOne (kprim, mc, sc)' add-on's note type, in its order, for an export without '#columns:'
_ALLINONE_FIELDS = ["Question", "Title", "QType", "Q_1", "Q_2", "Q_3", "Q_4", "Q_5", "Answers", "Sources", "Extra 1"]


def _note_type_fields(header: Header) -> tuple[list[str], ChoiceFields] | None:
    """``(field names, their multiple-choice layout)`` of an Anki export whose rows are notes of a multiple-choice
    note type: named by its ``#columns:`` line, else the AllInOne add-on's order when ``#notetype:`` names it
    (trial13 T13-19: 'Glykolyse 0 Findet … 1 0 1 1' on a Basic back); None for any other file."""
    if header.names:
        names = list(header.names)
    elif re.sub(r"\W", "", header.notetype.lower()).startswith("allinone"):
        names = list(_ALLINONE_FIELDS)
    else:
        return None
    columns = header.columns or {}
    if any(k in columns for k in ("guid", "notetype", "deck")):
        return None  # (a mixed export: each row names its own note type)
    if "tags" in columns:
        at = columns["tags"]
        names += [""] * (at + 1 - len(names))
        names[at] = "Tags"
    fields = choice_fields(names, header.notetype)
    return (names, fields) if fields is not None else None


def read_header(lines: list[str]) -> Header:
    header = Header(columns={})
    for k, line in enumerate(lines):
        hint = _SEP_HINT.match(line) if k == 0 else None
        if hint is not None:  # Excel's 'sep=;' first line: the separator, no row (trial17 T17-18)
            header.separator, header.hinted = hint.group("sep"), True
            continue
        m = _HEADER.match(line)
        if m is None:
            break
        header.lines += 1
        key, value = m.group("key").strip(), m.group("value").strip()
        if key == "separator":
            header.separator = SEPARATORS.get(value.lower(), value[:1] or None)
        elif key == "html":
            header.html = value.lower() == "true"
        elif key.endswith(" column") and value.isdecimal() and int(value) >= 1:  # (Anki counts columns from 1)
            header.columns[key.removesuffix(" column")] = int(value) - 1  # type: ignore[index]
        elif key == "notetype":
            header.notetype = value
        elif key == "columns":  # '#columns:Expression<TAB>Meaning<TAB>Tags': a column named Tags is the tags (P102)
            header.names = [n.strip() for n in m.group("value").strip("\r\n").split(header.separator or "\t")]
            named = [n.strip().lower() for n in m.group("value").strip("\r\n").split(header.separator or "\t")]
            if "tags" in named and "tags" not in header.columns:  # type: ignore[operator]
                header.columns["tags"] = named.index("tags")  # type: ignore[index]
    return header


_CANDIDATES = ("\t", ",", ";", "|")
# the one-character separators of pairs, never of a sheet's columns: a space after a CJK term, the full-width colon and
# equals sign ('- 運転（うんてん）する：to drive': a list's bullets and headings read as its layout, trial31 T31-17)
_PAIR_SIGNS = (" ", "：", "＝")
CATEGORY = "//"  # (DelimitedConfig.category's default: Pleco's flashcard export)


def category_lines(lines: list[str], prefix: str = CATEGORY) -> dict[int, list[str]]:
    """The lines (0-based) that name the category of the rows under them, each its path outermost first: Pleco's
    flashcard export writes '//HSK 1 Vocabulary' and '//HSK 1 Vocabulary/Numbers' over its tab rows (trial31 T31-3).
    Such a line lacks the separator the other lines hold ('//Lesson 1, greetings' over tab rows is one); one that holds
    it is a row ('// a comment<TAB>…'), and so are all when most lines start so."""
    starts = {k for k, line in enumerate(lines) if prefix and line.startswith(prefix)}
    others = [line for k, line in enumerate(lines) if line.strip() and k not in starts]
    if not starts or len(others) <= len(starts):
        return {}
    held = next((sep for sep in _CANDIDATES if sum(sep in line for line in others) >= 0.8 * len(others)), None)
    found = {k: [p.strip() for p in lines[k].strip()[len(prefix) :].split("/") if p.strip()] for k in sorted(starts)}
    return {k: path for k, path in found.items() if path and held is not None and held not in lines[k]}


def guess_separator(rel: str, lines: list[str]) -> str | None:
    """The separator most data lines hold the same number of times (tab first), or None.

    Lines first (cheap, and the rule every export so far was read by); then the records as csv reads
    them, quotes respected, so a quoted field holding line breaks ('"What is\na list?";"…"') does not
    make its lines look like rows without the separator; then a header row naming the columns
    ('front;back').
    """
    if rel.lower().endswith((".tsv", *WORKBOOK_SUFFIXES)):  # (a workbook is read as its sheet saved as TSV)
        return "\t"
    heads = category_lines(lines[:200])  # ('//HSK 1' over Pleco's rows: no row, its separators none)
    lines = [line for k, line in enumerate(lines[:200]) if k not in heads]
    sample = [line for line in lines if line.strip() and not line.startswith("#")]
    if not sample:
        return None
    held = []
    for sep in _CANDIDATES:
        counts = Counter(line.count(sep) for line in sample)
        common, n = counts.most_common(1)[0]
        if common >= 1 and n >= 0.8 * len(sample):
            held.append((sep, n == len(sample)))
    if held:
        # (one held the same number of times by every line before one most lines hold: 'Drug: Metoprolol | Class: beta
        # blocker | Use: hypertension, angina', the commas inside its fields; sitting 60)
        return next((sep for sep, every in held if every), held[0][0]) if not held[0][1] else held[0][0]
    records = [line for line in lines[:200] if not line.startswith("#")]
    for sep in _CANDIDATES:
        widths = _record_widths(records, sep)
        if widths and widths.most_common(1)[0][0] >= 2 and widths.most_common(1)[0][1] >= 0.8 * widths.total():
            return sep
    for sep in _CANDIDATES:
        if _column_names(sample[0].split(sep)) is not None:
            return sep
    return "," if rel.lower().endswith(".csv") else None


# a whole field in typographic quotes, right after the separator or the line's start and right before the next or the
# line's end, holding no quote of its own: '”holds the DNA, in chromosomes”' of a list typed in a word processor
_SMART_FIELD = "(?:(?<={sep})|^)[\u201c\u201d\u201e]([^\u201c\u201d\u201e\"\n]*)[\u201c\u201d](?={sep}|$)"
_smart_fields: dict[str, re.Pattern[str]] = {}


def csv_lines(lines: list[str], separator: str) -> list[str]:
    """The lines as csv reads them, each ending its line: a field in typographic quotes (“…”, ”…”, „…“) quoted as
    with '"' (round-6 R6-4: a comma list typed in a word processor, 'nucleus,”holds the DNA, in chromosomes”', was a
    row of three fields, said, the quotes on the card)."""
    if separator not in _smart_fields:
        _smart_fields[separator] = re.compile(_SMART_FIELD.format(sep=re.escape(separator)), re.M)
    smart = _smart_fields[separator]
    return [(smart.sub(r'"\1"', line) if "\u201c" in line or "\u201d" in line or "\u201e" in line else line) + "\n" for line in lines]


def _record_widths(lines: list[str], separator: str) -> Counter[int]:
    """How many fields each non-blank record has, read as csv with ``separator`` (quotes respected)."""
    reader = csv.reader(csv_lines(lines, separator), delimiter=separator, quotechar='"', strict=False)
    return Counter(len(row) for row in reader if any(f.strip() for f in row))


def looks_separated(lines: list[str], separator: str) -> str | None:
    """The separator the records look like when most have no ``separator`` field break, else None."""
    records = [line for line in lines[:200] if not line.startswith("#")]
    widths = _record_widths(records, separator)
    if not widths or sum(n for width, n in widths.items() if width >= 2) > 0.2 * widths.total():
        return None  # most records split on it: it is the separator
    for sep in _CANDIDATES:
        other = _record_widths(records, sep) if sep != separator else Counter()
        if other and other.most_common(1)[0][0] >= 2 and other.most_common(1)[0][1] >= 0.8 * other.total():
            return sep
    return None


_ROW_TOKEN = re.compile(r"[^\w\s\"'()\[\]]+")
_ROW_PREFERRED = (";", "|", "~", "$$", "||", "|||", "//", "##", "***", "---")


def row_separator(text: str, separator: str = "\t") -> str | None:
    """What ends each row of an export whose rows are not lines (Quizlet's custom row separator:
    ``term<TAB>definition;term<TAB>definition;…`` on one line), or None.

    Split on the field separator, each piece between the first and the last is one row's definition,
    the row separator and the next row's term; the row separator is the run of punctuation that every
    such piece holds exactly once, with text on both sides (``;``, ``|||``, ``$$``). An export with a
    row per line is not this shape (most such pieces hold a line break), nor is one pair in the file.
    """
    parts = text.strip().split(separator)
    middle = parts[1:-1]
    if len(middle) < 2 or 2 * sum("\n" in p for p in middle) >= len(middle):
        return None
    counts = [Counter(_ROW_TOKEN.findall(p)) for p in middle]
    found = [
        token
        for token in counts[0]
        if all(c.get(token) == 1 for c in counts) and all(all(side.strip() for side in p.split(token, 1)) for p in middle)
    ]
    if not found:
        return None
    return min(found, key=lambda t: (_ROW_PREFERRED.index(t) if t in _ROW_PREFERRED else len(_ROW_PREFERRED), -len(t), t))


def split_rows(text: str, rows: str, separator: str) -> list[tuple[int, str, list[str]]]:
    """(1-based line, raw text, fields) of each row of ``text`` whose rows end with ``rows``.

    A piece without the field separator after a row is that row's definition going on: it held the row
    separator itself ('cell parts; see also …'), so it is joined back, never a row without an answer.
    """
    out: list[tuple[int, str, list[str]]] = []
    line = 1
    once = 1 if len(separator) > 1 or separator == " " else -1  # (a pair separator splits a row once: ' - ')
    for piece in text.split(rows):
        lead = len(piece) - len(piece.lstrip())
        start = line + piece.count("\n", 0, lead)
        line += piece.count("\n") + rows.count("\n")
        if not piece.strip():
            continue
        if separator not in piece and out:
            first, raw, _ = out[-1]
            raw = f"{raw}{rows}{piece}"
            out[-1] = (first, raw, [dollar_math(f.strip()) for f in raw.strip().split(separator, once)])
            continue
        out.append((start, piece.strip(), [dollar_math(f.strip()) for f in piece.strip().split(separator, once)]))
    return out


MIXED_SEPARATORS = 3  # separators of several kinds in one list of pairs: each line split on its own (N60-2)


# a label line over a list's pairs: 'Praca:', 'Pytania o pracę:' (a few words and a colon, nothing after it)
_LABEL_LINE = re.compile(r"^[^\W\d_][^:：]{0,40}[:：]$")


def _mixed_pair(text: str) -> tuple[str, str, str] | None:
    """A line of phone notes that mix their separators split on its own: a pair separator, else dots or '??' after its
    term (:func:`phone_pair`, sitting 62 N61-3)."""
    return split_pair(text, PAIR_SEPARATORS) or phone_pair(text)


def _run_of(lines: list[str], n: int, other: str, separator: str) -> bool:
    """Whether the line next above or below line ``n`` (no blank line between) is a pair written with ``other`` too:
    a section of the list that writes its pairs so (learner2 M41), not a lone 'Temat: Praca i zawody' (T15-91)."""
    for k in (n - 1, n + 1):
        if 0 <= k < len(lines) and lines[k].strip() and separator not in lines[k]:
            found = split_pair(pair_text(lines[k]), PAIR_SEPARATORS)
            if found is not None and found[0] == other:
                return True
    return False


_YEAR = re.compile(r"(?<!\d)(?:1[0-9]{3}|20[0-9]{2})(?!\d)")  # a year in a date, '1789', '18/01/1871', '1919-06-28'
_BOLD_FRONT = re.compile(r"(\*\*|__)[^*_\n]{1,60}\1")  # a front in bold, whole
SHAPED_WORDS = 6  # words at most of a dated front ('30 January 1933', 'c. 1922')


def _undated_title(lines: list[str], n: int, left: str, separator: str) -> bool:
    """Line ``n``, the list's first, whose front is no date over a timeline whose every other front is one ('20th
    century – key dates' over '1914–1918 – First World War' …, TITLED_ENTRIES lines or more): the timeline's title
    (round-15 d/53: a card '20th century' → 'key dates')."""
    fronts = [split_on(pair_text(line), separator)[0] for line in lines[n + 1 :] if line.strip() and split_on(pair_text(line), separator)[1]]
    if len(fronts) < TITLED_ENTRIES or _front_shape([left]) == "dated" or _LIST_ENTRY.match(lines[n]):
        return False
    return all(_front_shape([f]) == "dated" for f in fronts)


def _front_shape(fronts: list[str]) -> str:
    """How a list's fronts are written, when half of them or more are so: 'bold' ('**Marginal cost**'), 'dated' (a
    timeline's '14 July 1789', '1919-06-28'); else ''. A line of the list that splits on another separator typed by
    hand ('**Consumer surplus** - …' / '1804: Napoleon …' among ' — ' pairs) is a pair when its front has that shape
    too (sitting 45 N3: such lines were questions without answers, or split on a later '=')."""
    fronts = [f.strip() for f in fronts if f.strip()]
    if not fronts:
        return ""
    bold = sum(1 for f in fronts if _BOLD_FRONT.fullmatch(f))
    dated = sum(1 for f in fronts if _YEAR.search(f) and len(f.split()) <= SHAPED_WORDS)
    return "bold" if 2 * bold >= len(fronts) else "dated" if 2 * dated >= len(fronts) else ""


def _paragraph_lines(lines: list[str], separator: str, heading: re.Pattern[str]) -> set[int]:
    """0-based lines that go on with the paragraph of the bold term above them, no blank line between, in Markdown
    ('**Price elasticity of demand** — the responsiveness …' / 'Formula: PED = %ΔQd / %ΔP'): the same paragraph, so
    that term's back, never a pair of its own (sitting 45 N3: 'Formula: PED' was a card). A bullet, a heading, a line
    opening with a bold term or holding the list's separator stays a line of its own."""
    found: set[int] = set()
    for n in range(1, len(lines)):
        line, above = lines[n], lines[n - 1]
        if not line.strip() or not above.strip() or heading.match(line) or heading.match(above) or pair_text(line) != line.strip():
            continue
        if _BOLD_FRONT.match(line.strip()) or split_on(line.strip(), separator)[1]:
            continue
        if n - 1 in found or _BOLD_FRONT.match(pair_text(above)):
            found.add(n)
    return found


def _pairs_follow(lines: list[str], n: int, separator: str) -> bool:
    """Whether the next line with text after line ``n`` is a pair written with ``separator`` (or with a spaced dash,
    equals sign or arrow: 'Glossary:' over '*parsec* = about 3.26 light-years.' in a list of '— ' pairs, T40-1)."""
    after = next((line for line in lines[n + 1 :] if line.strip()), "")
    return separator in after or split_pair(pair_text(after), OTHER_PAIR_SEPARATORS) is not None


def _list_under(lines: list[str], n: int, separator: str) -> bool:
    """Whether the TITLED_ENTRIES lines with text after line ``n`` are each a pair written with ``separator``: the list
    a first line written with another separator heads ('Phrases utiles – au restaurant' over 'Je suis végétarien. = I am
    vegetarian.'), as its title."""
    after = [line for line in lines[n + 1 :] if line.strip()][:TITLED_ENTRIES]
    return len(after) == TITLED_ENTRIES and all(split_on(pair_text(line), separator)[1] for line in after)


# spaced separators a line of a list may write its pair with although the list writes its own otherwise ('*light-year* =
# the distance light travels in one year.' after '1. Which planet has the most moons? — Saturn': a pair, never a
# question without answer; trial40 T40-1, the pages helper's repro39 g1.md)
OTHER_PAIR_SEPARATORS = (" — ", " – ", " = ", " -> ", " → ")
_LONG_DASHES = (" — ", " – ", " ― ")


def _other_separators(separator: str) -> tuple[str, ...]:
    """The separators one pair of a list may be written with instead of the list's own: OTHER_PAIR_SEPARATORS, and in
    a list of dashed pairs ('хлеб — bread') a spaced hyphen too, the dash a keyboard types ('яблоко - apple' among
    them was a question without answer, its card lost: sitting 62 N62-2)."""
    return (*OTHER_PAIR_SEPARATORS, " - ") if separator in _LONG_DASHES else OTHER_PAIR_SEPARATORS


def delimited_score(doc: Document) -> float:
    """How sure the file is a flashcard export: Anki's header, or rows with one separator each."""
    lines = doc.lines
    header = read_header(lines)
    if header.separator is not None or header.lines >= 2:
        return 0.95
    if blackboard_rows(lines):
        return 0.95  # Blackboard's question upload file (trial10 P31)
    heads = category_lines(lines[:200])  # (Pleco's '//Category' lines: no rows)
    sample = [line for k, line in enumerate(lines[:200]) if line.strip() and k not in heads]
    if sample and doc.rel.lower().endswith(SHEET_SUFFIXES) and (separator := guess_separator(doc.rel, lines)) is not None:
        return 0.97 if _names_a_bank(lines, separator) else 0.9  # (a sheet of two rows too: T32-24)
    if len(sample) < 3:
        return 0.0
    tabbed = sum(1 for line in sample if line.count("\t") == 1 and not line.startswith("\t"))
    return 0.9 if tabbed >= 0.9 * len(sample) else 0.0


BANK_SNIFF_RECORDS = 60  # records read to tell a sheet's header names a multiple-choice bank


def _names_a_bank(lines: list[str], separator: str) -> bool:
    """Whether a sheet's header row, read as csv reads it (a quoted cell may hold line breaks), names a multiple-choice
    bank: option columns and a key, or one column listing each row's options on its lines (trial19 T19-30: its cells'
    lines, 'A. …' / 'B. …', read as lines of prose, made up 22 junk cards)."""
    reader = csv.reader(csv_lines(lines[: BANK_SNIFF_RECORDS * 8], separator), delimiter=separator, quotechar='"', strict=False)
    records = [row for _, row in zip(range(BANK_SNIFF_RECORDS), reader, strict=False) if any(f.strip() for f in row)]
    if len(records) < 2:
        return False
    cut = len(records) == BANK_SNIFF_RECORDS or len(lines) > BANK_SNIFF_RECORDS * 8  # (its last record may be cut short)
    return bank_columns(records[0], text_key=True) is not None or option_cells(records[:-1] if cut else records) is not None


_BLOCK_START = re.compile(r"\s*<(?:p|div|ol|ul|dl|table|pre|blockquote|h[1-6]|figure|details|hr)\b", re.I)  # a block of its own


def _blocks(field: str, is_html: bool) -> list[Block]:
    return html_blocks(field) if is_html else field_blocks(unclozed(field))


_NUMBERED = re.compile(r"^\s*\(?\d{1,3}[.)]\s+\S")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*(?P<lang>[\w+-]*)\s*$")


# a line of a program: it ends a statement or a block (';', '{', '}', '):'), or opens with a keyword of one, a closing
# bracket, a preprocessor line or a comment
_CODE_LINE = re.compile(
    r"(?:[;{}]|\)\s*:|\belse\s*:)\s*(?://.*|/\*.*|#.*)?$"
    r"|^\s*(?:def|class|return|if|elif|else|for|while|try|except|finally|with|import|from|#include|#define|public|private|protected"
    r"|static|void|int|char|bool|long|unsigned|struct|function|const|let|var|switch|case|break|continue|do|template|typedef)\b"
    r"|^\s*(?:[}\])]|//|/\*|\*/|\*\s)"
    r"|^\s*[A-Za-z_][\w.\[\]]*\s*(?:[-+*/%&|^]|<<|>>)?=(?!=)\s*\S"  # an assignment: 'a ^= b', 'count = 0'
    r"|^[ \t]+\S.*[=();{}\[\]]"  # an indented line of a block, with a program's signs
    r"|^\s*[A-Za-z_][\w.]+\(.*\)\s*;?\s*$"  # a call: 'print(currentDate.strftime(…))'
    r"|^\s*#\s"  # a comment of Python or the shell
)
CODE_CELL_LINES = 3  # a cell of this many lines or more …
CODE_CELL_SHARE = 0.6  # … this share of them lines of a program, is a program


def _code_cell(field: str) -> bool:
    """A cell that holds a program (a function in C or Python, as code cards keep their backs): three lines or more, all
    of them lines of a program, or most of them with the program's shape (a line indented, or ending in ';', '{', '}',
    ':'). A fenced cell is left to the fence."""
    if "```" in field or "~~~" in field:
        return False
    lines = [line.rstrip("\r") for line in field.split("\n") if line.strip()]
    if len(lines) < CODE_CELL_LINES:
        return False
    coded = sum(1 for line in lines if _CODE_LINE.search(line))
    shaped = any(line.rstrip().endswith((";", "{", "}", ":")) for line in lines) or any(line[:1] in " \t" for line in lines)
    return coded == len(lines) or (shaped and coded >= CODE_CELL_SHARE * len(lines))


def _dedented(field: str) -> str:
    lines = [line.rstrip() for line in field.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return "\n".join(line[indent:] for line in lines)


def field_blocks(field: str) -> list[Block]:
    """A plain-text field as blocks: a line break in a cell is typed on purpose, unless it wraps a sentence.

    A cell may wrap a sentence ('A mapping⏎from keys to values.'): a line that goes on with the sentence
    before it joins it; other lines stay apart (:func:`~compiler.sources.blocks.cell_lines`: 'Solid⏎Liquid⏎Gas'
    is a list). The plain-text line heuristics (an 'import'-like line is code) are not run. Marks a writer
    types make structure: a blank line starts a new paragraph, '- '/'• ' lines are a bullet list, '1. ' lines
    start a paragraph each, and a ``` fence holds code kept line by line.
    """
    if _code_cell(field):  # a program typed into the cell: its lines and indentation as written (trial20 T20-23)
        return [Block(kind=BlockKind.code, text=_dedented(field), lang="")]
    blocks: list[Block] = []
    para: list[str] = []
    bullets: list[str] = []
    code: list[str] | None = None
    lang = ""

    def flush() -> None:
        if para:
            blocks.extend(cell_lines(para))
            para.clear()
        if bullets:
            blocks.append(Block(kind=BlockKind.bullets, items=list(bullets)) if len(bullets) > 1 else text_block(bullets[0]))
            bullets.clear()

    for raw in field.split("\n"):
        line = raw.rstrip()
        fence = _FENCE.match(line)
        if code is not None:
            if fence and not fence.group("lang"):
                if any(c.strip() for c in code[1:]):
                    blocks.append(Block(kind=BlockKind.code, text="\n".join(code[1:]).strip("\n"), lang=lang))
                code = None
            else:
                code.append(line)
            continue
        if fence:
            flush()
            code, lang = [line], fence.group("lang").lower()
            continue
        s = squash(line)
        if not s:
            flush()
        elif BULLET.match(line) and squash(BULLET.sub("", line)):
            if para:
                flush()
            bullets.append(squash(BULLET.sub("", line)))
        elif _NUMBERED.match(line):
            flush()
            para.append(s)
        elif bullets:
            bullets[-1] = f"{bullets[-1]} {s}"  # a wrapped entry goes on
        else:
            para.append(s)
    if code is not None:  # a fence never closed: its lines are text
        para.extend(squash(c) for c in code if c.strip())
    flush()
    return blocks


_OPTION_REMARK = re.compile(r"^(?:explanation|feedback|rationale|comment|reason)[ _.-]?(\d{1,2})$", re.I)  # ('Explanation 3': option 3's)
# a bank row's question type (Quizizz's 'Question Type' column): an answer to type, whose option columns are the answers
# it accepts, or an open question with none (trial19 T19-24)
_TYPED_TYPE = re.compile(r"(?i)^(?:fill[- ]?in(?:[- ]the[- ]blanks?)?|fill[- ]in[- ]blanks?|blank|short[- ]answer|text(?:[- ]entry)?|typed?(?:[- ]answer)?|cloze|fib|numeric(?:al)?)$")
_OPEN_TYPE = re.compile(r"(?i)^(?:open[- ]?ended|open|essay|poll|survey|opinion|draw(?:ing)?|video(?:[- ]response)?|audio(?:[- ]response)?|word[- ]cloud|slide)$")
_LANGUAGES = columns.pipe_words(
    "english|spanish|french|german|italian|portuguese|russian|japanese|chinese|mandarin|cantonese|korean|arabic|dutch",
    "polish|czech|swedish|norwegian|danish|finnish|turkish|greek|hebrew|hindi|latin|ukrainian|vietnamese|thai",
    "indonesian|esperanto|español|français|deutsch|italiano|português|русский|日本語|中文|한국어|native|target|foreign",
    # (a language named in its own script over its column: 'ภาษาไทย\tคำอ่าน\tEnglish', 'ქართული', 'বাংলা': T35-10)
    "বাংলা|हिन्दी|हिंदी|ქართული|ภาษาไทย|ไทย|اردو|فارسی|한국말|普通话|汉语|漢語|ελληνικά|українська|беларуская|български|српски|қазақша",
)
_NAMED_LANGUAGES = columns.pipe_words(
    # the languages named in the learner's own language, as a sheet's header says them (trial15 T15-47: 'Französisch;
    # Deutsch', 'Español,Inglés', 'Русский,Английский' were a card)
    "englisch|französisch|franzoesisch|spanisch|italienisch|russisch|polnisch|türkisch|niederländisch|portugiesisch",
    "japanisch|chinesisch|koreanisch|lateinisch|latein|griechisch|arabisch|schwedisch|ukrainisch|tschechisch",
    "francais|anglais|allemand|espagnol|italien|russe|polonais|turc|néerlandais|portugais|japonais|chinois|coréen|grec|arabe",
    "espanol|castellano|inglés|ingles|francés|frances|alemán|aleman|ruso|polaco|portugués|japonés|chino|catalán|catalan",
    "inglese|francese|tedesco|spagnolo|russo|portoghese|giapponese|cinese|portugues|inglês|francês|alemão|espanhol|japonês",
    "nederlands|engels|duits|frans|spaans|italiaans|polski|angielski|niemiecki|francuski|hiszpański|hiszpanski|włoski",
    "rosyjski|английский|немецкий|французский|испанский|итальянский|китайский|японский|українська|англійська|німецька",
    "türkçe|turkce|ingilizce|almanca|fransızca|ispanyolca|svenska|engelska|tyska|franska|spanska|norsk|dansk|engelsk|tysk",
    "fransk|spansk|suomi|englanti|ruotsi|saksa|čeština|angličtina|němčina|tiếng việt|tiếng anh|英语|英文|汉语|德语|法语",
    "日语|韩语|西班牙语|俄语|英語|中国語|韓国語|ドイツ語|フランス語|영어|일본어|중국어|bahasa indonesia|bahasa inggris",
    "inggris|עברית|אנגלית|العربية|الإنجليزية|ελληνικά|αγγλικά|हिंदी|अंग्रेज़ी|अंग्रेजी",
)
_DATE_LIKE = re.compile(r"^\s*(?:\d{4}-\d\d-\d\d(?:[ T][\d:.]+Z?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|[A-Z][a-z]+ \d{1,2}, \d{4}(?: \d{1,2}:\d\d(?: ?[AP]M)?)?|\d+(?:\.\d+)?)\s*$")


_GLOSS = re.compile(r"[(（][^()（）]*[)）]")  # a name's gloss in brackets: '例文(れいぶん)', 'Word (German)'


def named_like(first: list[str], body: list[list[str]]) -> bool:
    """Whether a first row could name its columns though its shape cannot tell ('Country<TAB>Capital' over
    'France<TAB>Paris', 'Japan<TAB>Tokyo'): two or more cells, each one capitalised word, none found again in its column,
    over one row or more (said at the row, with the key that decides it: lead's T37-11 example)."""
    cells = [c.strip() for c in first]
    rows = [r for r in body if any(c.strip() for c in r)]
    if len(cells) < 2 or not rows or not all(len(c.split()) == 1 and c[:1].isupper() and c.isalpha() for c in cells):
        return False
    if len({c.casefold() for c in cells}) < len(cells):
        return False
    return not any(k < len(r) and r[k].strip().casefold() == c.casefold() for r in rows for k, c in enumerate(cells))


def _cell_name(cell: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", cell.strip().strip('"').strip()).lower().split())


def _column_names(row: list[str]) -> list[str] | None:
    """What each column of a header row is ('front', 'back', 'tags', 'guid', 'notetype', 'extra', 'meta',
    'lang' for a language's name, '' for a name deckc does not know), or None for a row of data.

    A header row's cells are short distinct names, none a number or a sentence, and at least one is a
    name deckc knows (``Question``, ``Term``, ``Name``, ``Definition``, ``Tags``, ``Example`` …) or two
    are languages (``Spanish,English``): 'Name,Answer,Tags,Created time' (Notion), 'Term,Definition,
    Example', 'expression,reading,meaning,tags,guid'. Empty cells after the names are the padding a
    spreadsheet writes ('Front,Back,,,': Google Sheets, Excel; trial10 P33): columns without a name."""
    cells = [_cell_name(c) for c in row]
    while cells and not cells[-1]:
        cells.pop()  # ('Front,Back,,,': a spreadsheet's empty columns after the data; trial10 P33)
    # (a name's gloss in brackets is no length of it: '例文(れいぶん) example sentence ※ふりがなつき', a reading given)
    bare = [" ".join(_GLOSS.sub(" ", c).split()) or c for c in cells]
    # (an empty cell among the names: a column the sheet left unnamed, 'Question,Answer,,Explanation', its cells shown
    # unlabelled; the first column is named)
    if len(cells) < 2 or not cells[0] or sum(1 for c in cells if c) < 2 or any(c and (len(b) > 30 or len(b.split()) > 4) for c, b in zip(cells, bare, strict=True)):
        return None
    # (a language named twice is a header's, never data's: '日本語 | … | English | 例文 | English', the word's meaning and
    # the example's translation; trial35 T35-11)
    repeated = {c for c in cells if c and cells.count(c) > 1}
    doubled = any(c not in _LANGUAGES and c not in _NAMED_LANGUAGES for c in repeated)
    if any(_DATE_LIKE.match(c) or c.endswith(("?", ".", "!", ":")) for c in cells):
        return None
    roles = [columns.export_role(c) or _foreign(c) for c in cells]
    # a language named in the learner's own language heads a column written with a capital ('Inglés'); in small letters
    # it is a word to learn ('English — inglés': a list of the languages' names)
    roles = ["" if r == "lang" and c not in _LANGUAGES and not _capitalised(raw) else r for r, c, raw in zip(roles, cells, row, strict=False)]
    known = [r for r in roles if r not in ("", "lang")]
    if not (set(known) & {"front", "back", "tags", "guid", "extra"}) and roles.count("lang") < 2:
        return None
    if "front" not in roles and "back" not in roles and roles.count("lang") < 2 and len(known) < 2:
        return None  # one known name among unknown ones ('Tag,perro,dog'): a row of data
    if doubled and not (roles.count("front") == 1 and roles.count("back") == 1 and all(r in ("", "extra") for c, r in zip(cells, roles, strict=False) if c in repeated)):
        # (a name twice is no header's, unless the row names its question and its answer once each and the name twice is
        # one of more text: 'Question,Answer,Note,Note', two columns of notes; it was a card 'Question')
        return None
    return roles


# a data cell: a number, an amount ('$127972.27', '12,5 %', '-3.2e4'), a date or a time ('07/01/1996', '2024-03-01 10:00')
_DATA_CELL = re.compile(
    r"^\s*(?:[-+]?[$€£¥]?\s?[-+]?\d[\d,.\s]*(?:[eE][-+]?\d+)?\s?[%$€£¥]?|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?|\d{1,2}:\d\d(?::\d\d)?|NA|N/A|NaN|null|-)\s*$",
    re.I,
)
DATA_COLUMNS = 4  # columns at least of a data set (a flashcard list has two or three, its known names aside)
DATA_NUMERIC = 2  # of its columns, at least, numbers, amounts or dates in nearly every row
DATA_SHARE = 0.9  # of a column's filled cells that are data for it to be a column of data
DATA_ROWS = 5  # rows at least


def data_table(lines: list[str], separator: str) -> tuple[list[str], int] | None:
    """A table of data, not of flashcards (trial29 T29-20: a salary data set beside a notebook became 894 cards 'Gray-Vickrey'
    -> 'Margaret / $127972.27 / 07/01/1996 / …'): a header row of four names or more, none of them a question's,
    answer's, term's or tag's (:func:`_column_names`), over rows in which two columns or more hold numbers, amounts
    or dates. Its column names and its number of rows, else None."""
    rows = [r for r in csv.reader(lines[:400], delimiter=separator) if any(c.strip() for c in r)]
    if len(rows) < DATA_ROWS + 1:
        return None
    head = _data_header(rows[0], rows[1:])
    if head is None or len(head) < DATA_COLUMNS or _column_names(head) is not None:
        return None
    return head, sum(1 for line in lines[1:] if line.strip())


def _data_header(row: list[str], body: list[list[str]]) -> list[str] | None:
    """A first row naming the columns of data below it ('Last Name,…,Annual Salary,Hire Date'), its names; else None:
    short names, none itself data, over rows in which two columns or more hold numbers, amounts or dates."""
    head = [c.strip() for c in row]
    while head and not head[-1]:
        head.pop()
    body = [r for r in body if any(c.strip() for c in r)]
    if len(head) < 2 or not body or any(not c or len(c) > 40 or _DATA_CELL.match(c) for c in head):
        return None
    numeric = 0
    for k in range(len(head)):
        cells = [r[k].strip() for r in body if k < len(r) and r[k].strip()]
        if len(cells) >= DATA_SHARE * len(body) and sum(bool(_DATA_CELL.match(c)) for c in cells) >= DATA_SHARE * len(cells):
            numeric += 1
    return head if numeric >= DATA_NUMERIC else None


def _capitalised(cell: str) -> bool:
    """Whether a cell starts with a capital letter, or a letter of a script without case ('Inglés', '英语'; not 'inglés')."""
    first = cell.strip().strip('"').strip()[:1]
    return bool(first) and first == first.upper()


def _foreign(name: str) -> str:
    """A column named in another language ('Begriff', 'Bedeutung', 'Erklärung': columns.py), or a language's name."""
    kind = columns.role(name)
    return "extra" if kind == "explain" else kind or ("lang" if name in _LANGUAGES or name in _NAMED_LANGUAGES else "")


# a list's fields named on its first line, between slashes or bars ('Country / Capital / Currency')
_NAMED_FIELDS = re.compile(r"\s+[/|]\s+")


def _field_names(lines: list[str], start: int, separator: str) -> list[str] | None:
    """The names a word list of three fields a line gives its fields on its first line ('Country / Capital / Currency'
    over 'Japan - Tokyo - yen'), as many as its lines' fields, each a capitalised word or three, no digit; joined by
    slashes or bars, or by the list's separator when they are column names deckc knows ('Word - Meaning - Example');
    else None (a title, 'Italian - week 4', is no names: round-15 d/24, 'yen' was unlabelled under 'Tokyo')."""
    first = next((line.strip() for line in lines[start:] if line.strip()), "")
    rows = [pair_text(line) for line in lines[start:] if separator in line and line.strip() != first]
    widths = Counter(row.count(separator) + 1 for row in rows)
    if not widths:
        return None
    width = widths.most_common(1)[0][0]
    heading = first.lstrip("#").strip().strip("*_ ")
    names = [n.strip().strip("*_ ") for n in _NAMED_FIELDS.split(heading)]
    if len(names) != width and separator in heading:
        names = [n.strip().strip("*_ ") for n in heading.split(separator)]
        if _column_names(names) is None:
            return None
    if width < 3 or len(names) != width or len(set(n.casefold() for n in names)) != width:
        return None
    if not all(n and n[0].isupper() and len(n.split()) <= 3 and not re.search(r"[\d.?!:;]", n) for n in names):
        return None
    return names


def _pair_header(left: str, right: str) -> bool:
    """A vocabulary list's first pair that names its sides, not a pair to learn: two languages
    ('Italian — English'), or a front and a back name ('Word — Translation', 'Term — Meaning')."""
    roles = _column_names([left, right])
    return roles is not None and all(r in ("front", "back", "lang", "extra") for r in roles) and roles != ["extra", "extra"]



_BLANK = re.compile(r"_{3,}")  # a blank to fill in a sentence ('I ______ Tom Ellis for chairman')
BLANK_FRONTS_SHARE = 0.5  # of a file's basic pairs, at least, for its blanks to turn its cards round


NUMBERED_MIN = 3  # rows at least whose fronts all open with the list's numbers for those numbers to be layout


def numbered_fronts(items: list[Item]) -> list[Item]:
    """Rows whose fronts are numbered in order (``1. Capital of France?<TAB>Paris``, a two-column Word list pasted as
    text): the number is the list's, the item's number, never the question's words (T36-14: every front opened "1.").
    Numbers out of order, or on some rows only, are words of the fronts and stay."""
    numbers = [leading_number(i.question) if i.number is None and i.kind is not ItemKind.cloze else None for i in items]
    if len(items) < NUMBERED_MIN or any(n is None for n in numbers):
        return items
    values = [int(n) for n in numbers if n is not None]
    if any(b <= a for a, b in itertools.pairwise(values)):
        return items
    out = []
    for item, number in zip(items, numbers, strict=True):
        question = strip_number(item.question)
        if item.key != f"{item.source}/{item_slug(item.question)}":  # (an id of its own: kept as it is)
            out.append(item.model_copy(update={"question": question, "number": number}))
            continue
        data = item.model_dump()
        data.update(question=question, number=number, key="", anchor="")
        out.append(Item.model_validate(data))
    return out


def blank_fronts(items: list[Item]) -> list[Item]:
    """Pairs whose definition is a sentence with a blank the term fills (``propose|I _____ Tom Ellis for chairman``,
    a Quizlet fill-in set) asked from the sentence, the term its answer: the term alone over a sentence it fills asks
    nothing one can answer (trial18 T18-52). Only a set of such pairs (most of the file's), never one odd row."""
    basic = [i for i in items if i.kind is ItemKind.basic and not i.skip]

    def fills(item: Item) -> bool:
        return (
            len(item.answer) == 1 and item.answer[0].kind is BlockKind.text and _BLANK.search(item.answer[0].text) is not None
            and _BLANK.search(item.question) is None and "?" not in item.question and len(item.question) <= PAIR_TERM_MAX
            and "\n" not in item.answer[0].text
        )  # fmt: skip

    turned = [i for i in basic if fills(i)]
    if not turned or len(turned) < BLANK_FRONTS_SHARE * len(basic):
        return items
    ids = {id(i) for i in turned}
    return [
        i.model_copy(update={"question": i.answer[0].text, "answer": [Block(kind=BlockKind.text, text=i.question)]}) if id(i) in ids else i
        for i in items
    ]


@dataclass
class Columns:
    """Which column is the front, which the back, which go on the back below it (labelled), which are left out."""

    front: int = 0
    back: int = 1
    extras: list[tuple[int, str]] | None = None  # (column, label); None: every other column, unlabelled (no header)
    dropped: list[int] | None = None
    level: int | None = None  # a 'Difficulty' column: the row's level label
    sections: tuple[int, ...] = ()  # 'Chapter', 'Topic' columns: the row's section path, outermost first
    hint: int | None = None  # a 'Hint' column: shown with the question (T31-58)
    highlight: bool = False  # the front is a highlight, a statement: its card is the question its note asks (T31-31)
    note: int | None = None  # a highlight's 'Note' column
    context: int | None = None  # no answer column, a sentence using the word: the word blanked in it (T31-32)
    names: tuple[str, ...] = ()  # the header's names of the columns, as written
    readings: dict[int, int] | None = None  # a column -> the column of its reading ('日本語 ※ふりがなつき'), shown with it
    label_back: bool = False  # the back's column named by the header, no role deckc knows, beside other named columns


# a template's note on what a column holds: '(required)', '(optional)', '(default is Multiple Choice)'
_COLUMN_NOTE = re.compile(r"\((?:required|optional|default\b[^()]*)[^()]*\)", re.I)


def describes_columns(header: list[str], row: list[str]) -> bool:
    """Whether the row right under a header describes its columns, as an import template ships it (Quizizz's 'Text of
    the question (required)' / 'Question Type (default is Multiple Choice)' / 'Text for option 1 (required …)'): two of
    its cells or more say '(required)', '(optional)' or '(default …)', or repeat their column's name, and none is
    empty where the header names a column. Such a row is the template's, no question (trial26 T26-55:
    a warning asked to fix its 'Correct Answer')."""
    named = [(h.strip(), c.strip()) for h, c in zip(header, row, strict=False) if h.strip()]
    if len(named) < 2 or any(not c for _, c in named):
        return False
    said = sum(1 for h, c in named if _COLUMN_NOTE.search(c) or (len(c) > len(h) and h.casefold() in c.casefold()))
    return said >= 2 and 2 * said >= len(named)


def plan_columns(names: list[str] | None, cells: list[str] | None, columns: dict[str, int], own: DelimitedConfig | None) -> Columns:
    """The columns' use, from a header row's names (``cells``, classified as ``names``) and
    ``[source.delimited]`` (``front``, ``back``, ``extra``, ``level``, ``section``: 1-based), the config first."""
    special = set(columns.values())
    width = len(names) if names is not None else 0
    chosen = own is not None and any(v is not None for v in (own.front, own.back, own.extra, own.level, own.section))
    if names is None and not chosen:
        return Columns()
    roles = list(names or [])
    if own is not None and (own.level is not None or own.section is not None):  # (the config names them: their roles)
        width = max(width, own.level or 0, *(own.section or []))
        roles += [""] * (width - len(roles))
        if own.level is not None:
            roles = ["" if r == "level" else r for r in roles]
            roles[own.level - 1] = "level"
        if own.section is not None:
            roles = ["" if r == "section" else r for r in roles]
            for k in own.section:
                roles[k - 1] = "section"
    level = next((k for k in range(width) if k not in special and roles[k] == "level"), None)
    sections = tuple(k for k in range(width) if k not in special and roles[k] == "section")
    if own is not None and own.section is not None:
        sections = tuple(k - 1 for k in own.section if k - 1 not in special)
    content = [k for k in range(width) if k not in special and roles[k] not in ("meta", "level", "section", "variant", "hint")]
    hint = next((k for k in range(width) if k not in special and roles[k] == "hint"), None)

    def first(*wanted: str) -> int | None:
        return next((k for k in content if roles[k] in wanted), None)

    front = own.front - 1 if own and own.front else first("front")
    if front is None and first("highlight") is not None:  # (Readwise's 'Highlight': what its note asks, T31-31)
        return _highlight_columns(roles, cells, content, first("highlight"), hint, level, sections)
    if front is None:  # a language's column before an unnamed one ('type,german,english': 'noun' is no question; L33)
        front = (first("lang") if first("lang") is not None else first("")) if names else None
    front = front if front is not None else next((k for k in range(max(width, 2)) if k not in special), 0)
    back = own.back - 1 if own and own.back else _strongest_back(content, roles, cells)
    if back is None and names and roles[front] == "lang":
        # (the word's language, then the language it means in: 'English' after '日本語 ※ふりがなつき', the same word with its
        # reading, is the translation; trial35 T35-11: the reading was the answer)
        back = next((k for k in content if k != front and roles[k] == "lang"), None)
    if back is None:
        back = next((k for k in content if k != front and roles[k] in ("lang", "")), None) if names else None
    if back is None:
        back = next((k for k in [*content, *range(max(width, 2) + 1)] if k != front and k not in special), front + 1)
    if own and own.extra is not None:
        extra = [k - 1 for k in own.extra]
    elif names is None:
        return Columns(front, back, None, None, level, sections)
    else:
        extra = [k for k in content if k not in (front, back)]
    label = [c.strip() for c in cells] if cells else []
    context = None
    if names and not (own and (own.back or own.extra is not None)) and back < len(roles) and roles[back] not in ("back", "lang", ""):
        # (no column answers: Kindle's 'Word,Stem,Context,Book': the word blanked in the sentence it was met in, T31-32)
        context = next((k for k in content if k != front and _cell_name(label[k]) in _CONTEXT_NAMES), None)
    extras = [(k, label[k] if k < len(label) else "") for k in extra if k not in (front, back, context)]
    if context is not None:
        extras = [(back, label[back]), *extras] if back != context and back < len(label) else extras
    dropped = [k for k in range(width) if k not in special and k not in (front, back, level, hint, *sections) and k not in extra]
    # ('Farmaco | Classe | Meccanismo d'azione': 'Classe: Biguanide' over 'Meccanismo d'azione: …', every value on the back
    # named as the header names it, not the first one bare; a known answer column ('Answer', 'Meaning') stays bare: T37-11)
    named_back = bool(extras) and context is None and back < len(roles) and roles[back] == "" and back < len(label) and bool(label[back])
    named_back = named_back and _foreign(_cell_name(label[back])) != "lang"  # ('English' beside 'Yorùbá': a language, bare)
    return Columns(front, back, extras, dropped, level, sections, hint, context=context, names=tuple(label), label_back=named_back and not (own and own.back))


# a highlight's note that writes a card: 'Q: What beats massed practice? A: interleaving', Readwise's '.qa What …? …'
_NOTE_QA = re.compile(r"^Q[:：]\s*(?P<q>\S.*?)\s+A[:：]\s*(?P<a>\S.*)$", re.S)
_NOTE_DOT_QA = re.compile(r"^\.qa\s+(?P<q>[^?？]+[?？])\s*(?P<a>\S.*)$", re.S | re.I)
_NOTE_CLOZE = re.compile(r"^\.c(?:loze|1)\s+(?P<word>\S.*?)\s*$", re.I)  # ('.c1 interleaving': that word blanked)


def _blanked(sentence: str, word: str) -> str | None:
    """``sentence`` with the first whole-word ``word`` in it (any case) a cloze deletion, or None when it has none."""
    found = re.search(rf"(?<!\w){re.escape(word.strip())}(?!\w)", sentence, re.I) if word.strip() else None
    if found is None:
        return None
    return f"{sentence[: found.start()]}{{{{c1::{found.group(0)}}}}}{sentence[found.end() :]}"


_CONTEXT_NAMES = frozenset(("context", "sentence", "example sentence", "usage", "context sentence"))
_NOTE_NAMES = frozenset(("note", "notes", "comment", "comments", "annotation", "my note"))


# names of a back column that give way to a column named as the answer: 'Category,Value,Question,Answer' (Jeopardy data
# sets: 'Value' is the clue's prize, $200) or 'Term,Description,Answer' (trial38 T38-4: every back opened with '$200')
_WEAK_BACKS = frozenset({"value", "description", "text 2", "side 2", "side b"})


def _strongest_back(content: list[int], roles: list[str], cells: list[str] | None) -> int | None:
    """The column the back is: the first one named as an answer ('Answer', 'Back', 'Definition', 'Translation'), else
    the first of the weaker back names ('Value', 'Description'), else None."""
    backs = [k for k in content if roles[k] == "back"]
    strong = [k for k in backs if not (cells and k < len(cells) and _cell_name(cells[k]) in _WEAK_BACKS)]
    return (strong or backs or [None])[0]


_DECK_NAMES = frozenset({"deck", "deck name", "subdeck", "anki deck"})  # a header's name for the column of each row's deck


def _highlight_columns(
    roles: list[str], cells: list[str] | None, content: list[int], front: int, hint: int | None, level: int | None, sections: tuple[int, ...]
) -> Columns:
    """A highlights export's columns (Readwise's 'Highlight,Book Title,Book Author,…,Note,…'): the highlight the
    front, the note column the card's question and answer when it writes them; the other text columns on the back."""
    label = [c.strip() for c in cells] if cells else [""] * len(roles)
    note = next((k for k in content if _cell_name(label[k]) in _NOTE_NAMES), None)
    extras = [(k, label[k]) for k in content if k not in (front, note)]
    dropped = [k for k, r in enumerate(roles) if r == "meta"]
    return Columns(front, -1, extras, dropped, level, sections, hint, highlight=True, note=note, names=tuple(label))


def _without_empty_columns(rows: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """The rows without the columns that are empty in every row, header included, with a filled column to their right: a
    spreadsheet's unused columns between its data ('Question,Answer,,,…,Explanation', a 200-column export), no column.
    Left in, the header read as no header and every answer as its cells joined by their commas (',,,,Largest city')."""
    width = max((len(row) for _, _, row in rows), default=0)
    filled = [k for k in range(width) if any(k < len(row) and row[k].strip() for _, _, row in rows)]
    if not filled:
        return rows
    empty = set(range(filled[-1])) - set(filled)
    if not empty:
        return rows
    return [(a, b, [c for k, c in enumerate(row) if k not in empty]) for a, b, row in rows]


def _table_shaped(rows: list[tuple[int, int, list[str]]]) -> bool:
    """Whether the rows are a table's: three fields or more, as many in every row, an empty cell after the first in some
    ('mitosis,cell division,' / 'osmosis,water diffusion,see chapter 4'). A definition an unquoted export split at its
    commas has as many fields as its commas, none of them empty."""
    said = [row for _, _, row in rows if any(c.strip() for c in row)]
    widths = {len(row) for row in said}
    return len(widths) == 1 and min(widths) >= 3 and any(not c.strip() for row in said for c in row[1:])


# a field that names itself: 'Drug: Metoprolol', 'Class: beta blocker' (its name a few words, then its value)
_NAMED_FIELD = re.compile(r"^\s*(?P<name>[^\W\d][^:：?？/]{0,29}?)\s*[:：]\s*(?P<value>\S.*?)\s*$")
NAMED_ROWS_MIN = 2  # rows naming the same fields in the same order, at least, for their names to be the header


def named_fields(rows: list[tuple[int, int, list[str]]]) -> tuple[list[str], list[tuple[int, int, list[str]]]] | None:
    """``(the field names, the rows with a header row of them first and each value without its name)`` when every row
    names its fields, the same names in the same order (``Drug: Metoprolol | Class: beta blocker | Use: hypertension``,
    a record a line; sitting 60: the front was 'Metoprolol | Class', the back 'beta blocker | Use: …'); a first row
    that names them alone (``Drug | Class | Use``, the user's own header) stays the header. None otherwise."""
    data = [r for r in rows if any(c.strip() for c in r[2])]
    if not data:
        return None
    header = [c.strip() for c in data[0][2]]
    if all(_NAMED_FIELD.match(c) is None for c in header):
        data = data[1:]  # (a header line of its own, checked against the names below)
    else:
        header = []
    if len(data) < NAMED_ROWS_MIN:
        return None
    names: list[str] | None = None
    out = []
    for first, last, cells in data:
        found = [_NAMED_FIELD.match(c) for c in cells]
        if len(cells) < 2 or any(m is None for m in found):
            return None
        own = [m.group("name").strip() for m in found if m is not None]
        if any(len(n.split()) > 4 for n in own) or len(set(map(str.lower, own))) < len(own):
            return None
        if names is None:
            names = own
        elif [n.lower() for n in own] != [n.lower() for n in names]:
            return None
        out.append((first, last, [m.group("value") for m in found if m is not None]))
    if names is None or (header and [h.lower() for h in header] != [n.lower() for n in names]):
        return None
    return names, [(out[0][0], out[0][0], list(names)), *out]


def _untitled(rows: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """The records without the list's title: a first one of one short field that names no card (``Capitals`` over
    ``1. Capital of France?<TAB>Paris`` …, a blank line between or none), when every other record is a pair or more
    (round 5 meta: the title was a card 'no answer', and the rows' numbers stayed on their fronts)."""
    filled = [k for k, (_, _, row) in enumerate(rows) if any(f.strip() for f in row)]
    if len(filled) < 3 or len(rows[filled[0]][2]) != 1 or not _title_line(rows[filled[0]][2][0]):
        return rows
    if not all(len(rows[k][2]) >= 2 for k in filled[1:]):
        return rows
    return rows[: filled[0]] + rows[filled[0] + 1 :]


def _rows(body: list[str], separator: str) -> list[tuple[int, int, list[str]]]:
    """(first line, last line, fields) of each record, lines counted from 1 in ``body``; each field's ``$…$``
    maths as deckc's (:func:`dollar_math`)."""
    reader = csv.reader(csv_lines(body, separator), delimiter=separator, quotechar='"', strict=False)
    rows = []
    end = 0
    for row in reader:
        start, end = end + 1, reader.line_num
        rows.append((start, end, [dollar_math(f) if "$" in f else f for f in row]))
    return rows


_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")


# a line that stops where no phrase ends: after a comma, a hyphen or a word that leads into the next ('across a' /
# 'semi-permeable membrane'); a line ending in a noun ('the powerhouse of the cell') may be a fact of its own
_WRAPPED_AT = re.compile(
    r"(?:[,\-]|\b(?i:a|an|the|of|to|in|on|at|by|for|from|with|into|and|or|but|nor|that|which|who|whose|is|are|was|were|be|as|than|its|their|his|her|our|your|this|these|those))\s*$"
)


def _continued(rows: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """Pairs whose definition goes on over lines without the separator, unquoted (Quizlet writes a
    multi-line definition so: 'nucleus⇥holds the DNA' / '- chromosomes' / '- nucleolus'): each such line
    continues the definition above it, when such lines are no more than the pairs and the file opens with one."""
    lone = sum(1 for _, _, r in rows if len(r) == 1 and r[0].strip())
    pairs = sum(1 for _, _, r in rows if len(r) == 2)
    if not lone or lone > pairs or not rows or len(rows[0][2]) != 2:
        return rows
    out: list[tuple[int, int, list[str]]] = []
    for start, end, row in rows:
        if len(row) == 1 and row[0].strip() and out and len(out[-1][2]) == 2:
            first, _, (front, back) = out[-1]
            hard = "\n" if _LIST_LINE.match(row[0]) else "\n\n"  # (a line of its own, or a list's next item)
            if hard == "\n\n" and _WRAPPED_AT.search(back) and row[0][:1].islower():
                hard = " "  # ('across a' / 'semi-permeable membrane': one sentence wrapped, trial23 T23-26)
            out[-1] = (first, end, [front, f"{back}{hard}{row[0]}"])
        elif len(row) == 1 and not row[0].strip() and out and len(out[-1][2]) == 2:
            continue  # (a blank line inside: csv gives it as an empty row)
        else:
            out.append((start, end, row))
    return out


def _unclosed(lines: list[str], separator: str) -> bool:
    """Whether a record's quote is not closed the way csv reads quotes: it runs to the end of the file,
    or its closing quote is followed by text instead of the separator ('"Alpha … "Gamma" x').

    A quoted cell wrapped over lines that hold the separator ('"… you can⏎index, slice …"') is closed, also with spaces
    after its closing quote at the line's end (round-7 metamorphic R7-5: such a file was read line by line).
    """
    blank = " " if separator == "\t" else " \t"  # (spaces an editor left at a line's end: after a closing quote too, R7-5)
    try:
        for _ in csv.reader([line.rstrip(blank) + "\n" for line in lines], delimiter=separator, quotechar='"', strict=True):
            pass
    except csv.Error:
        return True
    return False


def _reopened(
    rows: list[tuple[int, int, list[str]]], body: list[str], separator: str, before: int, rel: str, diag: Diagnostics
) -> list[tuple[int, int, list[str]]]:
    """The records, each one that an opening quote never closed ran over lines that look like rows of their own
    read again line by line, with a warning naming where the quote opens and the lines it swallowed (a stray
    '"' in a hand-edited bank took the rest of the file into one cell: trial15 T15-51, 4 of 6 questions lost
    without a word; a multiple-choice bank as well as pairs). ``before``: the lines above ``body``."""
    typical = Counter(line.count(separator) for line in body if line.strip()).most_common(1)
    expected = typical[0][0] if typical else 0
    out: list[tuple[int, int, list[str]]] = []
    for start, end, row in rows:
        if end == start and expected and len(row) <= expected and _unclosed(body[start - 1 : end], separator):
            out.append(_stray_quote(start, row, body[start - 1], separator, expected, before, rel, diag))
            continue
        swallowed = [part for f in row for part in f.split("\n")[1:] if part.count(separator) >= expected]
        if not (end > start and expected and swallowed and _unclosed(body[start - 1 : end], separator)):
            out.append((start, end, row))
            continue
        first = next((k for k in range(start, end + 1) if body[k - 1].strip()), start)
        opened = _open_quote(body[first - 1], separator)
        where = f" at column {opened + 1}" if opened is not None else ""
        taken = [k for k in range(first + 1, end + 1) if body[k - 1].strip()]
        diag.warning(
            rel,
            before + first,
            'a field opens a quote (")' + where + f" that runs over lines {first + 1 + before}-{(taken or [end])[-1] + before}, "
            f"which look like rows of their own ({len(taken)} row{'s' if len(taken) != 1 else ''}); read each line as a row",
            "close the quote, or remove it (a quote opening a field starts a field that may hold line breaks)",
            group="unclosed-quote",
        )
        for k in range(start, end + 1):
            cells = _line_cells(body[k - 1], separator)
            out.append((k, k, [dollar_math(f) if "$" in f else f for f in cells]))
    return out


def _stray_quote(
    at: int, row: list[str], line: str, separator: str, expected: int, before: int, rel: str, diag: Diagnostics
) -> tuple[int, int, list[str]]:
    """A one-line row with fewer fields than the file's rows because a quote closes inside a field and text follows
    it ('"photosynthesis,"making food from light': csv reads the comma inside the quotes as text, one field): a
    warning naming the quote, and the line split at each separator, a quote wrapping a cell dropped, when that gives
    the file's number of fields (round-14 d/92: "question has no answer", the stray quote unnamed)."""
    bad = next((m.start() for m in re.finditer(r'"(?=[^"\s' + re.escape(separator) + r"])", line) if line[: m.start()].count('"') % 2), None)
    cells = [c.strip().strip('"').strip() for c in line.split(separator)]
    split = len(cells) == expected + 1 and all(cells)
    shown = line.strip()
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    where = f" at column {bad + 1}" if bad is not None else ""
    diag.warning(
        rel,
        before + at,
        f'a quote (") closes inside a field{where} and text follows it ({shown!r}), so the '
        + f"{SEPARATOR_NAMES.get(separator, repr(separator))} inside the quotes is text and the row has {len(row)} field{'s' if len(row) != 1 else ''}"
        + ("; read the line split at each one instead" if split else ""),
        "remove the stray quote, or quote the whole field: a quoted field ends at its closing quote",
        group="stray-quote",
    )
    return (at, at, [dollar_math(f) if "$" in f else f for f in cells]) if split else (at, at, row)


def _open_quote(line: str, separator: str) -> int | None:
    """Where the quote that opens a field and never closes on its line stands (the last field-opening quote with an
    odd number of quotes from it to the line's end), or None."""
    found = [m.start(1) for m in re.finditer(r"(?:^|" + re.escape(separator) + r')\s*(")', line)]
    return next((at for at in reversed(found) if line[at:].count('"') % 2), None)


def _line_cells(line: str, separator: str) -> list[str]:
    """A line's cells as csv reads them, up to a quote that never closes; from there split at each separator,
    the stray quote dropped."""
    at = _open_quote(line, separator)
    if at is None:
        return next(csv.reader([line], delimiter=separator, quotechar='"', strict=False), [""])
    head = next(csv.reader([line[:at].rstrip(" ").removesuffix(separator)], delimiter=separator, quotechar='"', strict=False), []) if at else []
    return [*head, *line[at + 1 :].split(separator)]


def _tags(cell: str, commas: bool = False) -> list[str]:
    """A tags cell: Anki's space-separated tags, or a spreadsheet's / Notion's comma-separated list
    ('networking, transport', 'machine learning, maths': a tag of two words joined by '_'); ``commas``: the column
    holds a comma in some row, so each of its cells is such a list ('Data Structures' one tag: T31-30)."""
    if commas or "," in cell:
        return [t for t in ("_".join(part.split()) for part in cell.split(",")) if t]
    return cell.split()


# a column's name that is a code, no word: an app's 's1' / 't1' / 'ex2' (sentence 1, its translation …: T33-6)
_CODE_NAME = re.compile(r"^[^\W\d_]{1,3}[_ -]?\d{1,2}$")


def _labelled(label: str, value: str, is_html: bool) -> str:
    """A further column's text on the back, after the name its header gives it ('Reading: あう'), in words ('word_type'
    'Word type'); a name that is a code ('s1', 't1': T33-6) is no label for a learner: the text alone."""
    label = " ".join(label.replace("_", " ").split())
    if not label or _CODE_NAME.match(label):
        return value
    if "\u10d0" <= label[0] <= "\u10ff":
        pass  # (Georgian's letters are written in one case: 'გამოთქმა', never its capitals 'Გამოთქმა')
    else:
        label = label[:1].upper() + label[1:]
    if is_html:
        import html

        return f"<i>{html.escape(label, quote=False)}:</i> {value}"
    return f"{label}: {value}"


_CSV_META = re.compile(r'<div class="meta">.*$', re.S)
_CSV_OPTIONS = re.compile(r'<div class="options">(?P<inner>.*)</div>\s*$', re.S)
_CSV_CORRECT = re.compile(r'^\s*<div class="correct">(?P<inner>.*?)</div>', re.S)
_CSV_ALSO = re.compile(r'<div class="also">(?P<inner>.*)</div>\s*$', re.S)


def _own_csv_row(front: str, back: str, notetype: str) -> tuple[str, list[str]]:
    """A row of the CSV deckc writes for Anki's importer (``compiler.emit.csv``: the stock note types, each card's
    options, key, merged answers and its level, section and sources rendered into Front and Back) as the note type
    deckc's own would be and its fields in that type's order, for :meth:`_own_note`."""
    from compiler import notetypes

    meta = _CSV_META.search(back)
    said = meta.group(0) if meta else ""
    back = back[: meta.start()] if meta else back
    level = re.search(r'<span class="difficulty[^"]*">(.*?)</span>', said, re.S)
    section = re.search(r'<span class="section">(.*?)</span>', said, re.S)
    sources = re.search(r'<div class="sources">(.*?)</div>', said, re.S)
    common = {"Sources": sources.group(1) if sources else "", "Difficulty": level.group(1) if level else "",
              "Section": section.group(1) if section else "", "DeckcId": ""}  # fmt: skip
    options = _CSV_OPTIONS.search(front)
    correct = _CSV_CORRECT.match(back)
    if options is not None and correct is not None:
        entries = re.sub(r"<div>(.*?)</div>", r"<li>\1</li>", options.group("inner"), flags=re.S)
        values = {"Question": front[: options.start()], "Options": f"<ol>{entries}</ol>", "Correct": correct.group("inner"),
                  "Explanation": back[correct.end() :], **common}  # fmt: skip
        return notetypes.MULTIPLE_CHOICE.name, [values[f] for f in notetypes.MULTIPLE_CHOICE.fields]
    if "cloze" in notetype.lower():
        values = {"Text": front, "Extra": back, **common}
        return notetypes.CLOZE.name, [values[f] for f in notetypes.CLOZE.fields]
    also = _CSV_ALSO.search(back)
    values = {"Question": front, "Answer": back[: also.start()] if also else back, "Also": also.group("inner") if also else "", **common}
    return notetypes.BASIC.name, [values[f] for f in notetypes.BASIC.fields]


def _level_and_section(row: list[str], plan: Columns | None, is_html: bool) -> tuple[str | None, list[str]]:
    """A row's difficulty label (its 'Difficulty' column) and section path ('Chapter', 'Topic' columns)."""
    if plan is None:
        return None, []

    def cell(k: int) -> str:
        return _plain(row[k], is_html) if 0 <= k < len(row) else ""

    label = cell(plan.level) if plan.level is not None else ""
    return label or None, [t for t in (numbered_section(plan.names[k] if k < len(plan.names) else "", cell(k)) for k in plan.sections) if t]


LETTERS = "ABCDEFGHIJ"
# a bank kept a row per option ('question_id,question,option,is_correct': database dumps, item-analysis exports)
_LONG_OPTION = frozenset(("option", "choice", "answer option", "option text", "choice text", "answer text", "alternative", "distractor"))
_LONG_RIGHT = frozenset(("is correct", "correct", "is right", "right", "is answer", "correctness", "is true", "answer correct", "is key", "key"))
_LONG_EXPLAIN = frozenset(("explanation", "feedback", "rationale", "solution explanation", "question explanation"))
_TRUTHS = {"true": True, "1": True, "yes": True, "y": True, "x": True, "✓": True, "correct": True, "t": True,
           "false": False, "0": False, "no": False, "n": False, "": False, "incorrect": False, "f": False}  # fmt: skip


def _long_bank(cells: list[str], rows: list[tuple[int, int, list[str]]]) -> tuple[list[str], ChoiceFields, list[tuple[int, int, list[str]]]] | None:
    """A bank kept a row per option — a question column, an option column and a column saying whether it is right
    (TRUE/FALSE, 1/0, yes/no) — as a row per question: its options in row order, its key the letters of the right ones,
    an explanation column's first text on the back (trial25 T25-37: a card per row, merged, taught the first row's
    option even when it said FALSE). None for any other table."""
    names = [_cell_name(c) for c in cells]
    question = next((k for k, n in enumerate(names) if n in ("question", "question text", "stem", "prompt", "question stem")), None)
    option = next((k for k, n in enumerate(names) if n in _LONG_OPTION), None)
    right = next((k for k, n in enumerate(names) if n in _LONG_RIGHT), None)
    if None in (question, option, right) or len(rows) < 2:
        return None
    assert question is not None and option is not None and right is not None
    ident = next((k for k, n in enumerate(names) if n in ("question id", "qid", "question number", "question no", "item id")), None)
    explain = next((k for k, n in enumerate(names) if n in _LONG_EXPLAIN), None)

    def cell(row: list[str], k: int | None) -> str:
        return row[k].strip() if k is not None and k < len(row) else ""

    if any(cell(row, right).lower() not in _TRUTHS for _, _, row in rows if any(f.strip() for f in row)):
        return None
    groups: list[dict[str, Any]] = []  # each question: its first and last row, key, text, options, rights, explanation
    for start, end, row in rows:
        if not any(f.strip() for f in row):
            continue
        asked = cell(row, question)
        key = cell(row, ident) or asked if ident is not None else asked
        if not groups or (key and key != groups[-1]["key"]):
            groups.append({"start": start, "key": key, "text": asked, "options": [], "rights": [], "explain": ""})
        g = groups[-1]
        g["end"] = end
        g["options"].append(cell(row, option))
        g["rights"].append(_TRUTHS[cell(row, right).lower()])
        g["explain"] = g["explain"] or cell(row, explain)
    if not groups or len(groups) == len(rows) or max(len(g["options"]) for g in groups) > len(LETTERS):
        return None  # (a row a question: the wide bank readers' table)
    width = max(len(g["options"]) for g in groups)
    named = ["Question", *(f"Option {LETTERS[k]}" for k in range(width)), "Answer", "Explanation"]
    fields = ChoiceFields(question=0, title=None, options=list(range(1, width + 1)), key=width + 1, qtype=None, extras=[(width + 2, False)], kind=None)
    grouped = [
        (g["start"], g["end"], [g["text"], *g["options"], *[""] * (width - len(g["options"])),
                                ",".join(LETTERS[k] for k, r in enumerate(g["rights"]) if r), g["explain"]])
        for g in groups
    ]  # fmt: skip
    return named, fields, grouped


_BB_ROW_ID = re.compile(r"^\d{1,4}[.)]\s+(?P<id>[0-9a-f]{4,8})\s+(?=\S)")  # a question bank generator's row id ('001. 6df2'), never text
_BB_LETTER = re.compile(r"^([A-Za-z])[.)]\s+(?=\S)")
_BLACKBOARD = re.compile(r"^(?:MC|MA|TF|FIB|FIB_PLUS|ESS|SR|NUM|MAT|ORD|OP|JUMBLED_SENTENCE|QUIZ_BOWL|FIL)\t\S")


def blackboard_rows(lines: list[str]) -> bool:
    """Whether the text is Blackboard's question upload file: nearly every row a type code (``MC``, ``TF``,
    ``FIB``, ``ESS`` …), a tab and the question."""
    rows = [line for line in lines[:300] if line.strip()]
    if len(rows) == 1:  # a file of one question (trial15 T15-78: its type read as the front): the type and two fields
        return bool(_BLACKBOARD.match(rows[0])) and rows[0].count("\t") >= 2
    return len(rows) >= 2 and sum(1 for line in rows if _BLACKBOARD.match(line)) >= 0.8 * len(rows)


_MD = None


def _markdown_fields(fields: list[str]) -> list[str]:
    """A pair line's fields from a Markdown file as HTML: the front its inline text (emphasis marks gone, code
    kept in backticks, as a Markdown question's), the back rendered inline (bold, italics, code, links)."""
    global _MD
    import html as html_lib

    from compiler.sources.markdown_blocks import make_parser, plain_inline

    if _MD is None:
        _MD = make_parser()
    front, *rest = fields
    children = _MD.parseInline(front)[0].children or []
    return [html_lib.escape(plain_inline(children, code=True), quote=False), *(_MD.renderInline(f) for f in rest)]


def _name(separator: str) -> str:
    """A separator as a message names it."""
    return {"\t": "tab", ",": "comma (,)", ";": "semicolon (;)", "|": "bar (|)"}.get(separator, repr(separator))


# an answer that is only numbers: '13', '11 / End: 12', 'p. 13-18', '2.1' (a label before a number counts)
_NUMBER_ANSWER = re.compile(r"^(?:(?:[^\W\d_]{1,10}\.?:?\s*)?\d++(?:[.,–-]\d++)*+\s*)+$")
NUMBERS_ONLY_MIN = 3  # rows whose answers are all numbers that make a table of contents or an index suspect


def _numbers_only(doc: Document, items: list[Item], diag: Diagnostics) -> None:
    """A warning when every row answers with two fields or more of numbers and nothing else ('13 / End: 18'): a table of
    contents or an index dropped into sources/ (trial11 P22: 264 cards 'Characteristics of life' -> '13 / End: 13'),
    not questions and answers. One field of numbers is a deck of its own (dates, lab ranges) and is not warned."""
    answered = [i for i in items if i.answer and not i.skip]
    if len(answered) < NUMBERS_ONLY_MIN:
        return
    plain = [" / ".join(" ".join(b.plain().split()) for b in i.answer) for i in answered]
    if not all(len(i.answer) >= 2 and all(_NUMBER_ANSWER.match(" ".join(b.plain().split())) for b in i.answer) for i in answered):
        return  # (one field of numbers, '135-145', '1066', is an answer a deck may well ask for)
    name = doc.rel.rsplit("/", 1)[-1]
    diag.warning(
        doc.rel,
        None,
        f"every answer of its {len(answered)} rows is only numbers ({answered[0].question!r} -> {plain[0]!r}): "
        "a table of contents or an index, not questions and answers?",
        f"if it is no study document, rename it #{name} or move it out of sources/; if it is, name its question and "
        "answer columns in its header (Question, Answer) or in [source.delimited]",
        group=f"numbers-only:{doc.rel}",
    )


_ID = re.compile(r"^\d{1,12}$")
_NUMBER_CELL = re.compile(r"^[-+]?\d{1,12}(?:[.,]\d+)?$")
ASKED_ROWS = 3  # rows at least, for a column of questions that is not the first to be the front
ASKED_SHARE = 0.6  # of a column's filled cells ending with a question mark, for it to be the column of questions
ID_SHARE = 0.9  # of the rows whose first column is a bare number and the next one text: that column is an id
FLAG_CHARS = 3  # an 'Add Reverse' flag field: empty, 'y', '1', 'yes'
CHOICE_CHARS = 300  # a multiple-choice note's answer field is an option: longer is an answer of its own
# a note type of multiple-choice notes, by its name ('Multiple Choice (optional reversed card)', 'MCQ', 'Quiz')
_CHOICE_TYPE = re.compile(r"(?i)\b(?:multiple[\s_-]*choice|choices?|mcqs?|quiz)\b")
_OPPOSITE = {"true": "false", "false": "true", "yes": "no", "no": "yes"}
_LISTED = re.compile(r"\s+\|\s+")


def _listed(field: str, is_html: bool) -> list[str]:
    """The entries of a field that lists options ('PaaS | IaaS | SaaS'), or [] when it lists none."""
    text = " ".join(_plain(field, is_html).replace("\u00a0", " ").split())
    parts = [p.strip() for p in _LISTED.split(text)] if " | " in text else []
    return parts if len(parts) >= 2 and all(0 < len(p) <= CHOICE_CHARS for p in parts) else []


_HTML_CELL = re.compile(
    r"<(?P<t>b|i|u|em|strong|span|div|p|a|font|sub|sup|li|ul|ol|code|table|td|tr|ruby)\b[^>]*>.*?</(?P=t)\s*>"
    r"|<br\s*/?>|<img\s[^>]*\bsrc\s*=|&(?:nbsp|amp|lt|gt|quot);"
    r"|<hr\s+id\s*=\s*[\"']?answer\b",  # (the rule Anki's cards export puts between question and answer, T32-18)
    re.I | re.S,
)
HTML_ROWS = 0.2  # of the rows with markup in a cell: the file's cells are HTML, as Anki's import reads them


def _html_cells(rows: list[tuple[int, int, list[str]]]) -> bool:
    """Whether the file's cells are HTML (an Anki import file: '<b>…</b>', '<br>', '<img src=…>', '&nbsp;'), a closed
    tag or a picture in at least two rows and a fifth of them (a lone '<div>' a question asks about is text)."""
    found = sum(1 for _, _, row in rows if any(_HTML_CELL.search(cell) for cell in row))
    if found == 1 and not any(_ABOUT_MARKUP.search(cell) for _, _, row in rows for cell in row):
        # (one row's emphasis inside a sentence, 'The <b>mitochondria</b> makes ATP.', on a page that says nothing of
        # markup: formatting, as Anki's import reads it; it was shown as '&lt;b&gt;', sitting 56)
        return any(_EMPHASIS_IN_TEXT.search(cell) for _, _, row in rows for cell in row)
    return found >= 2 and found >= HTML_ROWS * len(rows)


# emphasis tags around words with words of the sentence beside them ('The <b>mitochondria</b>', '<i>E. coli</i> is …')
_EMPHASIS_IN_TEXT = re.compile(r"(?i)(?:\w[^<>]*<(b|i|u|em|strong)>[^<>]+</\1>|<(b|i|u|em|strong)>[^<>]+</\2>[^<>]*\w)")
# a page about markup itself ('What does the <b> tag do?', 'HTML element'): its tags are text
_ABOUT_MARKUP = re.compile(r"(?i)\b(?:html|xml|tags?|elements?|markup|attributes?)\b")


# (a cell ending a sentence, 'El perro ladra.', is an example, never tags: Spanish examples sharing 'El' were tags,
# round-15 d/49)
_TAG_WORDS = re.compile(r"^(?!.*\w\s+\S*\.$)[\w:./-]+(?:\s+[\w:./-]+){0,11}$")
TAG_SHARE = 0.6  # of the rows sharing one word of the last column: it is their tags


def _tags_column(rows: list[tuple[int, int, list[str]]]) -> int | None:
    """The last column when it holds tags (Anki import files: '…|week1 day1 greeting high-frequency'): a third column
    or later of space-separated words without punctuation, one of which most rows share; else None."""
    data = [row for _, _, row in rows if any(c.strip() for c in row)]
    width = Counter(len(row) for row in data).most_common(1)[0][0] if data else 0
    if width < 3 or len(data) < 3:
        return None
    cells = [row[width - 1].strip() for row in data if len(row) >= width]
    if sum(1 for c in cells if _TAG_WORDS.match(c)) < 0.9 * len(data):
        return None
    common = Counter(w for c in cells for w in set(c.split())).most_common(1)
    if common and common[0][1] >= TAG_SHARE * len(data):
        return width - 1
    # (Anki's export before 2.1.55, no header lines: 'geography europe', 'chemistry', 'astronomy solar_system': tags in
    # lower case, a word or two, a tag's own '_' or '::' in one, or a word two rows share; trial32 T32-18)
    filled = [c for c in cells if c]
    tagged = bool(filled) and all(c == c.lower() and _TAG_WORDS.match(c) and len(c.split()) <= TAG_WORDS_MAX for c in filled)
    short = bool(filled) and sum(len(c.split()) for c in filled) <= TAG_WORDS_MEAN * len(filled)
    marked = any("_" in c or "::" in c for c in filled) or (common and common[0][1] >= 2)
    return width - 1 if tagged and short and marked else None


TAG_WORDS_MAX = 4  # words of a tags cell at most, for a lower-case last column to be tags without a word most rows share
TAG_WORDS_MEAN = 2  # words a cell on average at most


_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_:.-]{0,29}$")
# the same with spaces inside ('country info', 'country info:de': Ultimate Geography's sheets; trial48 T48-8)
_SPACED_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_:.-]*(?: [a-z0-9_:.-]+){0,3}$")
_VARIANT = re.compile(r"^(?P<base>.+?)[:_-](?P<lang>[a-z]{2}(?:[-_][a-z]{2,4})?)$")


def _language_header(cells: list[str], data: list[list[str]]) -> list[str] | None:
    """A header row naming each column's language in small letters ('français;anglais', 'deutsch,englisch') over rows
    that name no language: the roles ['lang', 'lang', …] (sitting 54: the row was a card 'français' → 'anglais'); None
    for a list of the languages' names, its rows language names too ('english;inglés' / 'french;francés')."""
    names = [_cell_name(c) for c in cells]
    while names and not names[-1]:
        names.pop()
    if len(names) < 2 or len(set(names)) < len(names) or not all(n in _LANGUAGES or n in _NAMED_LANGUAGES for n in names):
        return None
    if not data or any(_cell_name(c) in _LANGUAGES or _cell_name(c) in _NAMED_LANGUAGES for row in data for c in row):
        return None
    return ["lang"] * len(names)


def _identifier_header(cells: list[str], data: list[list[str]]) -> list[str] | None:
    """A header row written as program names ('country,capital,capital:de,capital:es': Brain Brew / CrowdAnki sheets,
    trial11 P32): distinct lower-case names without spaces over rows that are not, one of them another's with a
    language code after it ('capital:de': 'variant'); the rest as :func:`_column_names` names them, else ''."""
    names = [c.strip() for c in cells]
    while names and not names[-1]:
        names.pop()
    spaced = not all(_IDENTIFIER.match(n) for n in names)
    name = _SPACED_IDENTIFIER if spaced else _IDENTIFIER
    if len(names) < 2 or len(set(names)) < len(names) or not all(len(n) <= 40 and name.match(n) for n in names):
        return None
    if not data or all(all(name.match(c.strip()) for c in row if c.strip()) for row in data):
        return None  # (rows as lower-case as the first: a list of words, no header)
    roles = []
    for name in names:
        v = _VARIANT.match(name)
        role = columns.export_role(_cell_name(name))
        roles.append("variant" if v and v.group("base") in names else role)
    return roles if "variant" in roles else None  # (lower-case words over rows: a word list, unless names vary so)


def _repeats(data: list[list[str]], front: int, k: int) -> bool:
    """Whether column ``k`` holds the front's text again in every row of two or more that fill it (Kindle's 'Stem')."""
    pairs = [(r[front].strip().casefold(), r[k].strip().casefold()) for r in data if max(front, k) < len(r) and r[k].strip()]
    return len(pairs) >= 2 and all(a == b for a, b in pairs)


FULLER_LEAD = 4  # letters at most of the one word before the front's in its fuller form (an article: 'die', 'el', 'un')


def _fuller(front: str, cell: str) -> bool:
    """Whether ``cell`` is the front's word as a learner must know it, its article before it or its forms after a
    comma or a bracket ('Abbildung' -> 'die Abbildung, -en', 'abbiegen' -> 'abbiegen, biegt ab, bog ab'), never a
    sentence that uses it ('Die Abbildung zeigt …')."""
    front, cell = front.strip().casefold(), cell.strip().casefold()
    if not front or len(cell) <= len(front):
        return False
    at = cell.find(front)
    if at < 0 or (at and (cell[at - 1] != " " or len(cell[: at - 1].strip()) > FULLER_LEAD or " " in cell[: at - 1].strip())):
        return False
    after = cell[at + len(front) :]
    return not after or after[0] in ",;(/" or after.startswith(" (")


def _fuller_front(data: list[list[str]], front: int, extras: list[tuple[int, str]]) -> int | None:
    """A further column that holds the front's word in full in every row that fills it, two rows or more (an app's
    'german' beside 'german_full': 'Abbildung' / 'die Abbildung, -en'): the front a learner must learn, with its
    gender and forms (T33-6); else None."""
    for k, _ in extras:
        pairs = [(r[front], r[k]) for r in data if max(front, k) < len(r) and r[k].strip() and r[front].strip()]
        if len(pairs) >= 2 and all(_fuller(a, b) for a, b in pairs):
            return k
    return None


GLOSSARY_TITLE_WORDS = 6  # words at most of a title line over a glossary's terms ('Begriffe', 'Worked entries')


_ROW_HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})[ \t]+(?P<text>\S.*?)[ \t#]*$")


def _heading_rows(
    rows: list[tuple[int, int, list[str]]], lines: list[str], skipped: int
) -> tuple[list[tuple[int, int, list[str]]], list[tuple[int, int, str]]]:
    """The rows that are Markdown headings of one cell ('## Flashcards' over 'Mitochondria | Powerhouse of the cell'
    rows), apart: ``(the other rows, [(line, level, text)])``. A heading names the section of the rows below it, as in a
    list of pairs; read as a row it was a question "with no answer" (sitting 46). A first-line H1, the page's only one,
    titles the page: no section."""
    kept: list[tuple[int, int, list[str]]] = []
    headed: list[tuple[int, int, str]] = []
    for start, end, row in rows:
        heading = _ROW_HEADING.match(lines[skipped + start - 1]) if start == end and skipped + start - 1 < len(lines) else None
        if heading is not None and sum(1 for c in row if c.strip()) == 1:
            headed.append((skipped + start, len(heading.group("marks")), squash(heading.group("text"))))
        else:
            kept.append((start, end, row))
    first = next((k + 1 for k, line in enumerate(lines) if line.strip()), 0)
    if headed and headed[0][0] == first and headed[0][1] == 1 and sum(1 for _, level, _ in headed if level == 1) == 1:
        headed = headed[1:]  # ('# Biology flashcards' atop the page: its title)
    return kept, headed


def _under_headings(items: list[Item], headed: list[tuple[int, int, str]]) -> list[Item]:
    """Each item under the headings above its line: their texts, outermost first, before its own section."""
    out: list[Item] = []
    for item in items:
        stack: list[tuple[int, str]] = []
        for line, level, text in headed:
            if line > item.locator.line:
                break
            stack = [*(s for s in stack if s[0] < level), (level, text)]
        out.append(item.model_copy(update={"section": [t for _, t in stack] + list(item.section)}) if stack else item)
    return out


_TITLE_NOTE = re.compile(r"^(?P<title>[^()]*[^\W\d_][^()]*?)\s+\([^()]{1,40}\)$")  # 'Title (a note)'


def _title_line(line: str) -> bool:
    """A short line that names what follows, no sentence and no numbered item ('Wirtschaft – Wiederholung'), a note in
    brackets after it or not ('Biology – short questions (answers in brackets)': N60-11, a question with no answer)."""
    text = line.strip()
    if text.endswith(")") and (noted := _TITLE_NOTE.match(text)) is not None:
        text = noted.group("title").strip()
    return len(text.split()) <= GLOSSARY_TITLE_WORDS and text[-1:] not in ".?!？。！:;,)" and not text[:1].isdigit()


def _shortened(text: str, width: int = 50) -> str:
    """A line as a message quotes it, cut at ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _content_column(data: list[list[str]], k: int) -> bool:
    """Whether most cells of column ``k`` are pictures or text to learn, not a tool's record (a date, a number)."""
    cells = [row[k].strip() for row in data if k < len(row) and row[k].strip()]
    said = [c for c in cells if "<img" in c.lower() or len(c) > 40]
    return bool(cells) and len(said) >= 0.5 * len(cells)


# Anki's furigana in a field: a kanji base, its kana reading in brackets (a space before it ends the base before)
_FURIGANA = re.compile(r"[\u3400-\u9fff々〆ヶ]\[[\u3040-\u30ffー・]+\]")
_FURIGANA_SPACED = re.compile(r" ?([\u3400-\u9fff々〆ヶ\u3040-\u30ffー]*[\u3400-\u9fff々〆ヶ])\[([\u3040-\u30ffー・]+)\]")
FURIGANA_ROWS = 2

KEYED_SHARE = 0.9  # of the rows whose last cell is one option's letter: a header-less multiple-choice bank
OPTION_CHARS = 200


def _letter_keyed(rows: list[tuple[int, int, list[str]]]) -> int | None:
    """The width of a header-less multiple-choice bank's rows ('question,A,B,C,D,B': MMLU's files and the banks copied
    from them, trial12 U82): rows of one width, 4 to 12 cells, whose last cell is the letter (or number) of one
    of the option cells between and whose options are short; None for any other file."""
    data = [row for _, _, row in rows if any(c.strip() for c in row)]
    if len(data) < 2:
        return None
    width = Counter(len(row) for row in data).most_common(1)[0][0]
    if not 4 <= width <= 12:
        return None
    count = width - 2
    keyed = [
        row for row in data
        if len(row) == width and len(row[-1].strip()) == 1 and (row[-1].strip().upper() in LETTERS[:count] or row[-1].strip() in "123456789"[:count])
        and row[0].strip() and all(len(c) <= OPTION_CHARS for c in row[1:-1]) and len(row[0].strip()) > max(len(c.strip()) for c in row[1:-1]) // 2
    ]  # fmt: skip
    return width if len(keyed) >= KEYED_SHARE * len(data) else None


# a cell that holds no text of the row: empty, 'none', a picture's file name (the BAMF test's last column, U32)
def _row_numbers(cells: list[str], data: list[list[str]], k: int) -> bool:
    """Whether column ``k`` numbers the rows: named so ('#', 'No.', 'Nr.'; never 'ID', a tool's record) over whole
    numbers in every row that holds one."""
    name = _cell_name(cells[k]) if k < len(cells) else ""
    written = [row[k].strip() for row in data if k < len(row) and any(c.strip() for c in row)]
    return name in NUMBER_COLUMNS and name != "id" and bool(written) and all(c.isdecimal() for c in written if c)


_NO_TEXT_CELL = re.compile(r"(?i)^(?:|none|null|n/?a|-|[\w./-]+\.(?:png|jpe?g|gif|svg|webp))$")


# a label that says a definition follows, in the languages deckc reads ('Definición:', 'Definition:', 'Définition :')
_DEFINITION_LABEL = re.compile(
    r"(?i)^(?:\*\*|__)?(?:definition|definición|definicion|définition|definizione|definição|definicao|definitie"
    r"|definicja|definice|определение|визначення|tanım|definisi|định nghĩa|定义|定義|정의)(?:\*\*|__)?$"
)
# the subject of a definition's sentence, before its verb ('La célula es …', 'A cell is …', 'Die Zelle ist …')
_DEFINED = re.compile(
    r"^(?P<subject>[^,;:.]{2,60}?)\s+(?:is|are|es|son|est|sont|ist|sind|è|sono|é|são|zijn|jest|są|je|—|–)\s+\S"
)
_LIST_ENTRY = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")  # a list's entry: '1. la cocina – the kitchen', '- cane = dog'
TITLED_ENTRIES = 3  # list entries under an unlisted first line that make it the list's title


_UNIT_NUMBER = re.compile(r"(?<![\w.,-])\d{1,4}(?![\w.,])")


def _unit_number(line: str) -> bool:
    """Whether a first line numbers a unit ('Unit 4: Food', 'HSK 1 词汇', 'Vocabulario – Unidad 4: La comida'): a number
    standing alone, never a formula's digit ('… from light, water and CO2', sitting 42: the list's first pair was
    taken for its title and dropped, unsaid) nor a name's ('beta-1 blocker', 'COVID-19': sitting 47, the same)."""
    return bool(_UNIT_NUMBER.search(line))


_BRACKETED_NOTE = re.compile(r"^\s*\([^()\n]{3,80}\)\s*$")  # '(learn the date AND the event)': a note under a title
# an example quoted under its pair ('- **tener** → tuve …' / '  > Ayer tuve un examen.'): its '>' is no text on the back
# (sitting 58: '&gt; Ayer …' on the card)
_QUOTED = re.compile(r"^>[ \t]?(?=\S)")


def _titles_list(lines: list[str], n: int, examples: frozenset[int] | set[int] = frozenset(), sep: str = "") -> bool:
    """Line ``n``, no list entry, a blank line under it, over entries of a list (numbered or bulleted), or over
    entries with an example under each (``examples``: 'Wortschatz Kapitel 3 – Wohnen' over 'das Haus – house' /
    '  Unser Haus hat …', T27-23): the sheet's title, though it holds the pairs' separator ('Vocabulario – Unidad 3:
    La casa'; trial26 T26-29: it was a card), or over pairs written line after line with no blank line among them,
    the title alone set apart ('Glosor vecka 12 – Engelska': trial28 T28-10), notes of the list after them not counted
    ('Attention : « la cave » n'est pas une grotte !' set apart at the end, sitting 41: the title was a card); or right over a list (no blank line
    between) whose every entry up to the next blank line is numbered or bulleted, where it is not ('Vocabulario – Unidad
    4: La comida' / '1. la manzana – the apple', trial34 T34-7: it was a card), or over unnumbered pairs none of which
    holds a number while it does ('Unit 4: Food' / 'apple: la manzana', 'HSK 1 词汇' / '学校 xuéxiào school': the
    unit it numbers; T34-7 rest)."""
    if _LIST_ENTRY.match(lines[n]) or n + 1 >= len(lines):
        return False
    if _BRACKETED_NOTE.match(lines[n + 1]) and (n + 2 >= len(lines) or not lines[n + 2].strip()):
        # ('ANCIENT ROME — KEY DATES' / '(learn the date AND the event)' / a blank line / the pairs: the title and its note,
        # sitting 52 N44: a card 'ANCIENT ROME' → 'KEY DATES' and the note 'a question with no answer')
        return _titles_list([*lines[: n + 1], "", *lines[n + 2 :]], n, examples, sep)
    if lines[n + 1].strip():
        run = list(itertools.takewhile(lambda line: bool(line.strip()), lines[n + 1 :]))
        if len(run) >= TITLED_ENTRIES and not any(c.isdigit() for line in run for c in line) and _unit_number(lines[n]):
            return True  # ('Unit 4: Food' / 'HSK 1 词汇' over pairs that hold no number: the unit it numbers, T34-7 rest)
        return len(run) >= TITLED_ENTRIES and all(_LIST_ENTRY.match(line) for line in run)
    rest = [k for k in range(n + 1, len(lines)) if lines[k].strip()]
    below = rest[:TITLED_ENTRIES]
    rest = [k for k in rest if k < rest[0] + TITLED_ENTRIES or not note_line(pair_text(lines[k]), sep)] if rest else rest
    if below and below[0] + 1 in examples:
        return True
    if len(rest) >= TITLED_ENTRIES and rest[-1] - rest[0] == len(rest) - 1:
        return True  # ('Glosor vecka 12 – Engelska', a blank line, then the pairs line after line: T28-10)
    return len(below) == TITLED_ENTRIES and all(_LIST_ENTRY.match(lines[k]) for k in below)


def _numbered_key(row: list[str], key: int) -> list[str]:
    """The row with its key cell, which repeats one option's text, as that option's number (a text key is compared
    without its final stop, which would miss 'hier Meinungsfreiheit gilt.')."""
    if len(row) <= key:
        return row
    said = squash(row[key]).casefold()
    same = [k for k in range(1, key) if squash(row[k]).casefold() == said]
    return [*row[:key], str(same[0]), *row[key + 1 :]] if len(same) == 1 else row


def _text_keyed(rows: list[tuple[int, int, list[str]]]) -> tuple[int, int] | None:
    """``(width, key cell)`` of a header-less multiple-choice bank whose key repeats the right option's text
    ('question,opt1,opt2,opt3,opt4,<opt2 again>,none': the German naturalisation test as apps keep it, trial12 U32):
    rows of one width whose cell ``key`` is exactly one of the cells between the question and it, the cells after
    it no text (empty, 'none', a picture's name); None for any other file."""
    data = [row for _, _, row in rows if any(c.strip() for c in row)]
    if len(data) < 2:
        return None
    width = Counter(len(row) for row in data).most_common(1)[0][0]
    if not 4 <= width <= 12:
        return None

    def keyed(row: list[str], key: int) -> bool:
        said = squash(row[key]).casefold()
        same = [c for c in row[1:key] if squash(c).casefold() == said]
        return bool(said) and len(same) == 1 and all(_NO_TEXT_CELL.match(c.strip()) for c in row[key + 1 :]) and bool(row[0].strip())

    for key in range(width - 1, 2, -1):
        if sum(1 for row in data if len(row) == width and keyed(row, key)) >= KEYED_SHARE * len(data):
            return width, key
    return None


PREAMBLE_ROWS = 12  # rows of a template's instructions before its header row


def _after_preamble(rows: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """The rows from a header row on (a multiple-choice bank's, or one naming a table's columns), when rows of
    instructions or a title (one cell of text each, or none) stand above it, as in Kahoot's spreadsheet template
    (trial11 P75) or a teacher's bank under its title ('Banco de preguntas - Biología;;;', trial24 T24-34); else the
    rows as they are."""
    for k, (_, _, row) in enumerate(rows[: PREAMBLE_ROWS + 1]):
        if sum(1 for cell in row if cell.strip()) > 1:
            return rows[k:] if k and (bank_columns(row, text_key=True) is not None or _column_names(row) is not None) else rows
    return rows


def _choices_column(rows: list[tuple[int, int, list[str]]], columns: dict[str, int], special: set[int], is_html: bool) -> int | None:
    """The field (counted without the note type, deck, tags … columns) where a multiple-choice note type's rows
    list their other options ('PaaS | IaaS | SaaS'), where most rows list them; a row listing one there has one."""
    if "notetype" not in columns:
        return None
    found: Counter[int] = Counter()
    for _, _, row in rows:
        k = columns["notetype"]
        if k < len(row) and _CHOICE_TYPE.search(row[k]):
            fields = [f for n, f in enumerate(row) if n not in special]
            found.update(n for n in range(2, len(fields)) if len(_listed(fields[n], is_html)) >= 2)
    best = found.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


_LIST_NUMBER = re.compile(r"^\s{0,3}(?P<n>\d{1,3})[.)]\s")


def _next_numbered(line: str, below: str) -> bool:
    """Whether ``below`` is the entry numbered after ``line``'s ('1. What is …?' / '2. Name a tributary …'): the next
    question of a numbered list, never the answer of the one above (sitting 61 N61-6: a handout's unanswered questions
    were one card, question 2 the back of question 1)."""
    m, n = _LIST_NUMBER.match(line), _LIST_NUMBER.match(below)
    return m is not None and n is not None and int(n.group("n")) == int(m.group("n")) + 1


class DelimitedReader:
    """Reads one note per row of a delimited export (Anki plain text, Quizlet, a spreadsheet)."""

    _own_cards: dict[tuple[str, str], int]

    layout = "delimited"
    _choices_at: int | None = None  # (this file's: see _choices_column)
    _furigana = False  # (this file writes Anki's furigana, '日本語[にほんご]': read as '日本語(にほんご)')
    _endings: frozenset[int] = frozenset()  # (the columns of words' endings: a lone '-' in them is kept)
    _comma_tags = False  # (this file's tags column holds a comma in some row: every cell a comma list; _tags)
    _categories: list[tuple[int, list[str]]]  # (this file's category lines: line, path; category_lines)

    def detect(self, doc: Document) -> float:
        return delimited_score(doc)

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        return numbered_fronts(blank_fronts(self._read(doc, source, diag)))

    def _read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        lines = doc.text.split("\n")
        header = read_header(lines)
        self._file_notetype = header.notetype or ""  # ('#notetype:Basic (and reversed card)': every row's, sitting 54)
        if header.hinted:
            lines = ["", *lines[1:]]  # (the hint line is no row; its line stays, so rows keep their lines)
        levels = Levels(source, doc, diag)  # once per document: a self-grading rule reads the whole text
        own = source.delimited
        heads = category_lines(lines, own.category if own else CATEGORY)
        lines = ["" if k in heads else line for k, line in enumerate(lines)]  # (no row; each keeps its line)
        self._categories = sorted((k + 1, path) for k, path in heads.items())
        separator = (own.separator if own and own.separator else None) or header.separator or ("\t" if blackboard_rows(lines) else None) or guess_separator(doc.rel, lines)
        if separator is None and header.lines == 0:
            pairs = pair_separator(doc.lines)  # 'le chat — the cat' / 'perro: dog': a vocabulary list
            separator = pairs[0] if pairs else None
        # ' — ', ': ': one pair per line, split once; so is a lone space ('犬 いぬ dog': a CJK term, then its reading and
        # meaning, as detection reads kanji lists: readers2 P34): split as columns, 'to' and 'eat' were fields apart
        custom_rows = bool(own and own.rows and own.rows != "\n")  # (' - ' pairs in ';'-ended rows: trial11 P113)
        if separator == TERM_BELOW:
            return self._terms_below(doc, source, diag, levels)
        if separator is not None and (len(separator) > 1 or separator in _PAIR_SIGNS) and not custom_rows:
            return self._pairs(doc, source, diag, separator, levels)
        if separator is None:
            diag.error(
                doc.rel,
                None,
                "cannot tell which character separates the fields",
                'set it in deck.toml: [source.delimited] separator = "\\t" (or ",", ";")',
            )
            return []
        is_html = own.html if own and own.html is not None else header.html
        columns = dict(header.columns or {})
        if own and own.tags is not None:
            columns["tags"] = own.tags - 1
        body = lines[header.lines :]
        rows_end = own.rows if own and own.rows else None
        if rows_end is None and header.lines == 0 and len(separator) == 1:
            rows_end = row_separator("\n".join(body), separator)
            if rows_end is not None:  # found, not set: said, with the key that makes it explicit
                diag.warning(
                    doc.rel,
                    None,
                    f"its rows end with {rows_end!r}, not a line break (a Quizlet export's custom row separator): read so",
                    f"to make it explicit, add rows = {toml_string(rows_end)} under [source.delimited] in its [[source]]",
                    fix={"layout": "delimited", "delimited": {"rows": rows_end}},
                )
        if rows_end is not None and rows_end != "\n":
            return self._custom_rows(doc, source, diag, "\n".join(body), rows_end, separator, header, columns, is_html, levels)
        if separator == "\t" and header.lines == 0 and blackboard_rows(body):
            return self._blackboard(doc, source, diag, lines, levels)
        other = looks_separated(body, separator)
        if other is not None:  # split on this separator, every row would be a question without answer
            shown = {"\t": "\\t"}.get(other, other)
            diag.error(
                doc.rel,
                None,
                f"its rows hold no {_name(separator)}; they look {_name(other)}-separated",
                f'in its [[source]] of deck.toml, set [source.delimited] separator = "{shown}"',
                fix={"layout": "delimited", "delimited": {"separator": other}},
            )
            return []
        rows = _reopened(_rows(body, separator), body, separator, header.lines, doc.rel, diag)
        rows, headed = _heading_rows(rows, lines, header.lines) if doc.rel.lower().endswith((*MARKDOWN_SUFFIXES, ".txt")) else (rows, [])
        if header.hinted and rows and not any(f.strip() for f in rows[0][2]):
            rows = rows[1:]  # (the 'sep=' line's: the header row under it is the first)
        rows = _untitled(rows) if separator == "\t" else rows  # ('Capitals' over '1. Capital of France?<tab>Paris' …)
        if not is_html and (own is None or own.html is None) and _html_cells(rows):
            is_html = True  # (cells written for Anki's import: '<b>안녕하세요</b>', '<img src=…>'; learner4 N80, trial11 P33)
        if header.lines == 0 and not (own and (own.front or own.back)):
            rows = _after_preamble(rows)  # (Kahoot's template: its header on row 8, under its instructions; trial11 P75)
        by_number = own is not None and any(v is not None for v in (own.tags, own.front, own.back, own.extra, own.guid, own.level, own.section))
        if not header.columns and not by_number:
            rows = _without_empty_columns(rows)  # (no setting counts the columns: a spreadsheet's unused ones are none)
        typed = _note_type_fields(header) if not (own and (own.front or own.back)) else None
        if typed is not None:  # an Anki export of a multiple-choice note type ('AllInOne (kprim, mc, sc)', trial13 T13-19)
            return self._choice_rows(doc, source, diag, rows, typed[0], typed[1], is_html, levels, header.lines, lines)
        fielded = named_fields(rows) if header.lines == 0 and not (own and (own.front or own.back or own.header is False)) else None
        if fielded is not None:  # 'Drug: Metoprolol | Class: beta blocker | …' a line: the names are the columns'
            rows = fielded[1]  # (said once, in the layout's summary when detected)
        cells = rows[0][2] if rows and header.lines == 0 else None
        named_at = rows[0][0] if rows and header.lines == 0 else 1  # (the header row's line: under a title, no first line; T35-11)
        responses = response_columns(cells) if cells and not (own and (own.front or own.back)) else None
        if responses is not None:  # a form's responses, a row per respondent: its questions, never its people (T17-11)
            return self._responses(doc, source, diag, rows, responses, levels, header.lines, lines)
        spread = option_cells([r for _, _, r in rows]) if cells and not (own and (own.front or own.back)) else None
        if spread is not None:  # 'Phương án trả lời': every row's options in one cell, a line each (trial19 T19-30)
            rows = [(a, b, row) for (a, b, _), row in zip(rows, spread, strict=True)]
            cells = rows[0][2]
        long = _long_bank(cells, rows[1:]) if cells and not (own and (own.front or own.back)) else None
        if long is not None:  # 'question_id,question,option,is_correct': a row per option (trial25 T25-37)
            named, fields, grouped = long
            return self._choice_rows(doc, source, diag, grouped, named, fields, is_html, levels, header.lines, lines)
        if cells and header.lines == 0 and not (own and (own.front or own.back)) and paradigm_grid([c.strip() for c in cells], [[c.strip() for c in r] for _, _, r in rows[1:] if any(c.strip() for c in r)]):
            return self._grid(doc, source, diag, rows, levels)  # 'Pronombre,hablar,comer' / 'yo,hablo,como': a card per form (T34-6)
        bank = bank_columns(cells, text_key=True) if cells and not (own and (own.front or own.back)) else None
        if cells and bank is not None:  # 'Question,Option A,…,Option D,Correct Answer': a multiple-choice bank (trial9 T24)
            body = rows[2:] if len(rows) > 1 and describes_columns(cells, rows[1][2]) else rows[1:]
            return self._choice_rows(doc, source, diag, body, cells, bank, is_html, levels, header.lines, lines)
        plain_rows = header.lines == 0 and not (own and (own.front or own.back)) and not header.columns
        width = _letter_keyed(rows) if plain_rows else None
        by_text = _text_keyed(rows) if plain_rows and width is None else None
        keyed = (width, width - 1) if width is not None else by_text
        if keyed is not None:  # 'question,0,1,2,3,B' with no header: MMLU's layout (trial12 U82); the key as text (U32)
            width, key = keyed
            if by_text is not None:
                rows = [(a, b, _numbered_key(row, key)) for a, b, row in rows]
            named = ["Question", *(f"Option {LETTERS[k]}" for k in range(key - 1)), "Answer", *(f"Column {k + 1}" for k in range(key + 1, width))]
            fields = ChoiceFields(question=0, title=None, options=list(range(1, key)), key=key, qtype=None, extras=[], kind=None)
            return self._choice_rows(doc, source, diag, rows, named, fields, is_html, levels, header.lines, lines)
        names = (_column_names(cells) or _identifier_header(cells, [r for _, _, r in rows[1:6]]) or _language_header(cells, [r for _, _, r in rows[1:6]])) if cells else None
        if names is None and fielded is not None and cells:
            names = [role if (role := _foreign(_cell_name(c))) != "lang" else "" for c in cells]  # (columns in turn)
        chosen_head = own.header if own is not None else None
        if chosen_head is False:
            names = None  # ('Country<TAB>Capital' is a card, as its deck.toml says)
        elif chosen_head and names is None and cells:  # (a header no list or shape tells, as its deck.toml says)
            names = [role if (role := _foreign(_cell_name(c))) != "lang" else "" for c in cells]
        if names is None and cells and own and (own.front or own.back) and _data_header(cells, [r for _, _, r in rows[1:60]]):
            names = [""] * len(cells)  # (a data set's column names read as its columns chosen: never a card, T29-20)
        if names is None and chosen_head is None and cells and shaped_header(cells, [r for _, _, r in rows[1:60]]):
            # ('Yorùbá\tEnglish\tÀpẹẹrẹ' over 'ọmọ\tchild\tỌmọ mi ni.': names by their shape, in any language; T36-7)
            names = [role if (role := _foreign(_cell_name(c))) != "lang" else "" for c in cells]  # (columns in turn)
            shown = " | ".join(c.strip() for c in cells if c.strip())
            diag.warning(
                doc.rel,
                header.lines + named_at,
                f"read its first row as the header naming the columns ({shown}): short names over rows of other words",
                "if that row is a card, put a row naming the columns above it (Front" + {"\t": "<TAB>"}.get(separator, separator) + "Back)",
                group="shaped-header",
            )
        if names is None and chosen_head is None and cells and header.lines == 0 and named_like(cells, [r for _, _, r in rows[1:60]]):
            shown = " | ".join(c.strip() for c in cells if c.strip())
            diag.warning(
                doc.rel,
                named_at,
                f"its first row ({shown}) may name the columns, but its words are shaped as the rows under it: read as a card like them",
                "if it names the columns, add header = true under [source.delimited] in its [[source]] (header = false keeps it a card and stops this message)",
                group="maybe-header",
                fix={"layout": "delimited", "delimited": {"header": True}},
            )
        if names is not None:  # 'Question,Answer,Tags', 'Name,Answer,Tags,Created time': a header row names the columns
            rows = rows[2:] if len(rows) > 1 and cells is not None and describes_columns(cells, rows[1][2]) else rows[1:]
            named_deck = [k for k, c in enumerate(cells or []) if _cell_name(c) in _DECK_NAMES]
            if "deck" not in columns and len(named_deck) == 1 and not (own and own.section is not None):
                columns["deck"] = named_deck[0]  # ('Deck' over 'Pharmacology', 'Spanish::Greetings': each row's section, as
                # Anki's '#deck column' names it; sitting 54: left out as a tool's record)
        elif cells is None and header.names and not (own and (own.front or own.back)):
            # an Anki export's '#columns:word;prefix;postfix;meaning;note;exampleSentence': the fields' names, as a header
            # row gives them ('meaning' the answer, the others labelled on the back), never the second field the answer
            # whatever it holds (trial26 T26-23: the article 'der' the answer, a verb with none dropped)
            names = _column_names(list(header.names))
            cells = list(header.names) if names is not None else None
        elif "tags" not in columns and not (own and own.tags is not None):
            tags_at = _tags_column(rows)
            if tags_at is not None:  # '…|week1 day1 greeting': a last column of words most rows share (learner4 N80)
                columns["tags"] = tags_at
                if not is_html and (own is None or own.html is None) and any(_HTML_CELL.search(c) for _, _, r in rows for c in r):
                    is_html = True  # (an Anki export, its tags last: a '<b>…</b>' in one row is its HTML, T32-18)
        plan = self._plan(doc, diag, names, cells, columns, own, header.lines + named_at, [r for _, _, r in rows])
        if names is None:
            self._id_column(doc, diag, rows, columns, own, header.lines + 1)
            if plan == Columns() and not (own and (own.front or own.back or own.extra)):
                plan = self._asked_columns(doc, diag, rows, columns, header.lines + 1) or plan
        special = set(columns.values())
        at = columns.get("tags")
        self._comma_tags = at is not None and any(at < len(r) and "," in r[at] for _, _, r in rows)
        self._choices_at = _choices_column(rows, columns, special, is_html) if plan == Columns() else None
        self._furigana = sum(1 for _, _, row in rows if any(_FURIGANA.search(c) for c in row)) >= FURIGANA_ROWS
        self._endings = ending_columns([r for _, _, r in rows[:400]])  # (a plural column's '-' is an ending, kept)
        self._own_cards: dict[tuple[str, str], int] = {}  # (note type, first field) -> line of a rendered card's note
        self._also_pending: list[Item] = []  # the questions a deckc note of the row merged (_own_note)
        # no header says what the columns are: a comma/semicolon export's extra fields are its definition's
        # (Quizlet quotes nothing; a file that quotes its fields says where each ends)
        quoted = any(line.startswith('"') or f'{separator}"' in line for line in body[:200])
        join = separator if header.lines == 0 and names is None and separator in ",;|" and not quoted and plan == Columns() and not _table_shaped(rows) else ""
        typical = Counter(line.count(separator) for line in body if line.strip()).most_common(1)
        expected = typical[0][0] if typical else 0
        if expected == 1 and header.lines == 0 and not quoted:
            rows = _continued(rows)
        items: list[Item] = []
        for start, end, row in rows:
            line = header.lines + start
            # a record may begin with blank lines, which csv skips: its first line is the first non-blank one
            while line - header.lines <= end and not lines[line - 1].strip():
                line += 1
            if not any(f.strip() for f in row):
                continue
            self._also_pending = []
            item = self._row(doc, source, diag, line, row, columns, special, is_html, lines[line - 1 : header.lines + end], len(items), join, levels=levels, plan=plan)
            if item is not None:
                items.append(item)
            items.extend(self._also_pending)  # (a deckc note's merged questions, read back: own_also)
        _numbers_only(doc, items, diag)
        return _under_headings(items, headed) if headed else items

    def _responses(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        rows: list[tuple[int, int, list[str]]],
        plan: Responses,
        levels: Levels,
        offset: int,
        lines: list[str],
    ) -> list[Item]:
        """A form's responses (:func:`~compiler.sources.ankifields.response_columns`): a card per question of its header, answered by
        a respondent who scored it fully; no card, and a message saying why, when none did."""
        header, data = rows[0][2], [row for _, _, row in rows[1:] if any(c.strip() for c in row)]
        line = offset + rows[0][0]
        answers = keyed_answers(plan, data)
        said = f"a form's responses ({len(data)} respondents, {len(plan.questions)} questions)"
        if not answers:
            why = "no respondent scored full marks, so no answer is known" if plan.score is not None else "a survey: no score says which answers are right"
            diag.warning(
                doc.rel,
                line,
                f"{said}: {why}; no card (a respondent's e-mail, time and answers are never card text)",
                "export the form's questions with their answer key instead (Google Forms: the quiz's questions; or a "
                "Question,Answer table), or add a row of the right answers scored in full",
                group="form-responses",
            )
            return []
        left = [header[k].strip() for k in plan.questions if k not in answers]
        if left:
            shown = ", ".join(f"'{q[:40]}'" for q in left[:3]) + (f" and {len(left) - 3} more" if len(left) > 3 else "")
            diag.warning(doc.rel, line, f"{said}: no respondent scored {shown} fully: no card for it", "add its answer by hand", group="form-responses-left")
        items: list[Item] = []
        for k in plan.questions:
            if k not in answers:
                continue
            asked, answer = header[k].strip(), answers[k]
            if answer.lower() in ("true", "false") and not asked.rstrip().endswith(("?", "？")):
                asked += " True or false?"  # ('UDP guarantees in-order delivery.' keyed FALSE)
            item = self._row(doc, source, diag, line, [asked, answer], {}, set(), False, [lines[line - 1]], len(items), levels=levels, plan=Columns())
            if item is not None:
                items.append(item)
        return items

    def _choice_rows(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        rows: list[tuple[int, int, list[str]]],
        cells: list[str],
        bank: ChoiceFields,
        is_html: bool,
        levels: Levels,
        offset: int,
        lines: list[str],
    ) -> list[Item]:
        """A multiple-choice bank's rows: a note each, its options the option columns that hold text, the
        right ones those its key column names (a letter, a number, the option's text, several joined
        by commas); an explanation column on the back, a difficulty column its level, a chapter/topic
        column its section, a tags column its tags; a time limit, points or ids left out (said once)."""
        header = [_cell_name(bank_column_name(c)) for c in cells]
        roles = [columns.export_role(c) or _foreign(c) for c in header]  # ('Nível', T24-14)
        extras = [k for k, _ in bank.extras]
        level = next((k for k in extras if roles[k] == "level"), None)
        sections = [k for k in extras if roles[k] == "section"]
        tags = next((k for k in extras if roles[k] == "tags"), None)
        dropped = [k for k in extras if roles[k] in ("meta", "guid", "notetype")]
        back = [(k, labelled) for k, labelled in bank.extras if k not in (level, tags, *sections, *dropped)]
        # an option's own explanation column ('Explanation 1' beside 'Answer Option 1': Udemy's template, trial25 T25-5):
        # on the back after the option's text, before the question's own explanation
        remarks = {k: int(m.group(1)) - 1 for k, _ in back if (m := _OPTION_REMARK.match(header[k])) and 0 < int(m.group(1)) <= len(bank.options)}
        back = [(k, labelled) for k, labelled in back if k not in remarks] + [(k, False) for k in remarks]
        back.sort(key=lambda entry: (entry[0] not in remarks, remarks.get(entry[0], 0)))
        if dropped:
            shown = ", ".join(f"{cells[k].strip()!r} ({k + 1})" for k in dropped)
            diag.warning(
                doc.rel,
                offset + 1,
                f"column{'s' if len(dropped) > 1 else ''} {shown} of the multiple-choice bank "
                f"record{'' if len(dropped) > 1 else 's'} how a quiz is played or kept (time, points, ids), not what it teaches: left out",
                "nothing to do; to show it on the back, rename the column (e.g. 'Notes')",
                group="dropped-columns",
            )
        key_name = cells[bank.key].strip()
        items: list[Item] = []
        textual = keys_textual(
            [row[bank.key] if bank.key < len(row) else "" for _, _, row in rows],
            [[_plain(row[k] if k < len(row) else "", is_html) for k in bank.options] for _, _, row in rows],
        )  # (a Google Forms sheet writes its answers' text: '6' sides is option '6', never the sixth: lead G19)
        for start, end, row in rows:
            if not any(f.strip() for f in row):
                continue
            line = offset + start
            while line - offset <= end and not lines[line - 1].strip():
                line += 1

            def cell(k: int | None, row: list[str] = row) -> str:
                return row[k] if k is not None and 0 <= k < len(row) else ""

            question = _plain(cell(bank.question), is_html)
            texts = [_plain(cell(k), is_html) for k in bank.options]
            shown = [i for i, t in enumerate(texts) if t]
            right = bank_right(bank, cell(bank.key), texts, textual) or []  # (Gimkit: the right answer's own column, T15-42)
            label = _plain(cell(level), is_html) or None if level is not None else None
            common = {
                "number": None,
                "difficulty": levels.level(label, str(len(items) + 1), line),
                "label": label,
                "section": [t for t in (numbered_section(_plain(cells[k], is_html), _plain(cell(k), is_html)) for k in sections) if t],
                "original": "\n".join(lines[line - 1 : offset + end]),
                "tags": _tags(cell(tags)) if tags is not None else [],
            }
            if not question:
                diag.warning(
                    doc.rel,
                    line,
                    "row with an empty question; no card",
                    f"write the question in the column {cells[bank.question].strip()!r}",
                    group="empty-front",
                )
                continue
            typed = _plain(cell(bank.qtype), is_html).strip() if bank.qtype is not None else ""
            if _TYPED_TYPE.match(typed) and shown:  # (Quizizz's 'Fill-in-the-Blank': its options the accepted answers; T19-24)
                first, *more = [texts[i] for i in shown]
                answer = [text_block(first), *([text_block("Also accepted: " + ", ".join(more))] if more else [])]
                answer += [paragraph(b) for k, labelled in back if cell(k).strip()
                           for b in _blocks(_labelled(cells[k].strip(), cell(k), is_html) if labelled else cell(k), is_html)]  # fmt: skip
                items.extend(i for i in [make_item(doc, source, diag, line, question=question, answer=answer, **common)] if i)
                continue
            if (_OPEN_TYPE.match(typed) or _TYPED_TYPE.match(typed)) and not right:  # (an essay or a poll: nothing to key)
                diag.warning(
                    doc.rel,
                    line,
                    f"a question of type {typed!r} with no answer in the bank (an open answer, a poll): no card",
                    "write the answer you expect in its first option column to learn it, or leave the row out",
                    group="open-type",
                )
                items.extend(i for i in [make_item(doc, source, diag, line, question=question, answer=[], skip=f"type {typed}, no answer", **common)] if i)
                continue
            if len(shown) < 2 or not right or any(r not in shown for r in right):
                why = (
                    "fewer than two of its options hold text"
                    if len(shown) < 2
                    else (
                        f"its {key_name!r} {cell(bank.key).strip()!r} names none of its options"
                        if cell(bank.key).strip()
                        else f"its {key_name!r} is empty"
                    )
                )
                diag.warning(
                    doc.rel,
                    line,
                    f"multiple-choice row: {why}; no card",
                    f"write the right option's letter (A), number (1) or text in its {key_name!r} column",
                    group="choice-key",
                )
                items.extend(
                    i
                    for i in [
                        make_item(
                            doc,
                            source,
                            diag,
                            line,
                            question=question,
                            answer=[],
                            skip="no correct option",
                            **common,
                        )
                    ]
                    if i
                )
                continue
            answer: list[Block] = []
            for k, labelled in back:
                value = cell(k)
                if k in remarks:
                    value = f"{texts[remarks[k]]}: {value.strip()}" if value.strip() and texts[remarks[k]] else ""
                if value.strip() and not (not cells[k].strip() and _ID.match(value.strip())):  # (an unnamed column of row numbers)
                    answer.extend(
                        paragraph(b)
                        for b in _blocks(
                            _labelled(cells[k].strip(), value, is_html) if labelled else value, is_html
                        )
                    )
            choices, correct = lettered_choices(texts, shown, right, LETTERS, bank.letters)
            item = make_item(
                doc,
                source,
                diag,
                line,
                question=question,
                kind=ItemKind.multiple_choice,
                choices=choices,
                correct=correct,
                answer=answer,
                **common,
            )
            if item is not None:
                items.append(item)
        return items

    def _blackboard(self, doc: Document, source: SourceConfig, diag: Diagnostics, lines: list[str], levels: Levels) -> list[Item]:
        """Blackboard's question upload file: a question a row, its type first (trial10 P31). ``MC`` / ``MA``
        (options, each followed by ``correct`` / ``incorrect``) and ``TF`` (``true`` / ``false``) are multiple
        choice; ``FIB`` / ``SR`` / ``NUM`` (the accepted answers) and ``ESS`` (a sample answer) basic cards, the
        first answer the back and the others "Also accepted"; ``FIB_PLUS`` each named blank's answers; ``MAT`` its pairs, ``ORD`` its items in order; any
        other type a warning at its row, no card."""
        items: list[Item] = []
        for n, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            kind, _, rest = raw.rstrip("\r").partition("\t")
            kind = kind.strip().upper()
            fields = [f.strip() for f in rest.split("\t")]
            while fields and not fields[-1]:
                fields.pop()
            common: dict[str, object] = {"number": None, "difficulty": levels.level(None, str(len(items) + 1), n), "original": raw}
            if kind != "FIB_PLUS" and _HTML_CELL.search(rest):  # an HTML row (<p>, <span style>, &nbsp;): its text (T15-77)
                fields = [_plain(f, True).replace("\u00a0", " ").strip() for f in fields]
            question = fields[0] if fields else ""
            rid = _BB_ROW_ID.match(question)
            if rid is not None:  # ('001. 6df2 Which …?': a bank generator's row id, no text; it keeps the variant's own id)
                question = question[rid.end() :]
                own_id = rid.group("id")
                common |= {"key": f"{source.id}/{item_slug(question)}-{own_id}", "anchor": f"{source.id}:{normalize_text(question)}#{own_id}"}
            made: Item | None = None
            if not question:
                diag.warning(doc.rel, n, f"{kind} row without a question; no card", "write the question after the type and a tab", group="blackboard-row")
                continue
            if kind in ("MC", "MA") and len(fields) >= 5:
                pairs = list(zip(fields[1::2], fields[2::2], strict=False))
                right = [k for k, (_, flag) in enumerate(pairs) if flag.lower() == "correct"]
                if right and all(flag.lower() in ("correct", "incorrect") for _, flag in pairs):
                    texts = [text for text, _ in pairs[: len(LETTERS)]]
                    own = [_BB_LETTER.match(t) for t in texts]  # ('A. Cells …', 'B. …': the file's own letters, in order)
                    if all(m is not None and m.group(1).upper() == LETTERS[k] for k, m in enumerate(own)):
                        texts = [t[m.end() :] for t, m in zip(texts, own, strict=True) if m is not None]
                    choices = [Choice(label=LETTERS[k], text=text) for k, text in enumerate(texts)]
                    made = make_item(doc, source, diag, n, question=question, kind=ItemKind.multiple_choice, choices=choices,
                                     correct=",".join(LETTERS[k] for k in right if k < len(LETTERS)), **common)  # fmt: skip
            elif kind == "TF" and len(fields) >= 2 and fields[1].lower() in ("true", "false"):
                asks = question.rstrip().endswith(("?", "？"))
                made = make_item(doc, source, diag, n, question=question if asks else f"{question} True or false?",
                                 kind=ItemKind.multiple_choice, choices=[Choice(label="A", text="True"), Choice(label="B", text="False")],
                                 correct="A" if fields[1].lower() == "true" else "B", **common)  # fmt: skip
            elif kind == "FIB_PLUS" and len(fields) >= 3:
                # blanks named in the question ('[AB]'), each a group of fields: its name, its accepted answers, an
                # empty field between groups ('AB⇥15⇥⇥AC⇥43'): the back says each blank's answers (trial15 T15-78)
                groups: list[list[str]] = [[]]
                for f in fields[1:]:
                    if f:
                        groups[-1].append(f)
                    elif groups[-1]:
                        groups.append([])
                blanks = [g for g in groups if len(g) >= 2]
                if blanks and all(len(g) >= 2 for g in groups if g):
                    asked = question
                    for name, *_ in blanks:
                        asked = asked.replace(f"[{name}]", "_____")
                    rows = [f"{name}: {' / '.join(said)}" for name, *said in blanks]
                    made = make_item(doc, source, diag, n, question=asked, answer=[Block(kind=BlockKind.bullets, items=rows)], **common)
            elif kind in ("FIB", "SR", "NUM", "ESS") and len(fields) >= 2:
                first, *more = fields[1:]
                answer = [text_block(first), *([text_block("Also accepted: " + ", ".join(more))] if more and kind != "NUM" else [])]
                if kind == "NUM" and more:
                    answer = [text_block(f"{first} (± {more[0]})")]
                made = make_item(doc, source, diag, n, question=question, answer=answer, **common)
            elif kind == "MAT" and len(fields) >= 3:
                rows = [f"{a} \u2192 {b}" for a, b in zip(fields[1::2], fields[2::2], strict=False)]
                made = make_item(doc, source, diag, n, question=question, answer=[Block(kind=BlockKind.bullets, items=rows)], **common)
            elif kind == "ORD" and len(fields) >= 3:
                made = make_item(doc, source, diag, n, question=question, answer=[Block(kind=BlockKind.bullets, items=[f"{k}. {t}" for k, t in enumerate(fields[1:], start=1)])], **common)
            if made is None:
                diag.warning(
                    doc.rel,
                    n,
                    f"Blackboard {kind} question not read (its answers are not in the form deckc reads); no card",
                    "MC/MA: option, correct|incorrect, …; TF: true|false; FIB/SR/NUM/ESS: the answer; MAT: pairs; ORD: items in order",
                    group="blackboard-row",
                )
                made = make_item(doc, source, diag, n, question=question, answer=[], skip="no answer", **common)
            if made is not None:
                items.append(made)
        return items

    def _asked_columns(self, doc: Document, diag: Diagnostics, rows: list[tuple[int, int, list[str]]], columns: dict[str, int], line: int) -> Columns | None:
        """Rows with no header whose question is not their first text ('Title;Question?;Follow-up?;1;0': an app's table
        of questions, trial22 T22-21, 590 cards fronted by a title, the question on the back): the column whose cells
        ask is the front, the next text column that does not ask the back (none: each row a question without answer),
        the other columns left out, said once; None when the first text column asks or none does."""
        special = set(columns.values())
        data = [row for _, _, row in rows if any(f.strip() for f in row)]
        if len(data) < ASKED_ROWS:
            return None
        width = max(len(r) for r in data)

        def cells(k: int) -> list[str]:
            return [r[k].strip() for r in data if k < len(r) and r[k].strip()]

        def asks(k: int) -> bool:  # (a follow-up question's column asks too, though most of its cells are empty)
            said = cells(k)
            return sum(1 for t in said if t.rstrip(CLOSERS).endswith(QUESTION_MARKS)) >= ASKED_SHARE * len(said)

        numbers = [k for k in range(width) if k not in special and cells(k) and all(_NUMBER_CELL.match(t) for t in cells(k))]
        text = [k for k in range(width) if k not in special and k not in numbers and cells(k)]
        front = next((k for k in text if asks(k) and len(cells(k)) * 2 >= len(data)), None)
        if front is None or front == text[0]:
            return None
        back = next((k for k in text if k > front and not asks(k) and len(cells(k)) * 2 >= len(data)), None)  # (a column of answers is mostly filled)
        left = sorted(k for k in range(width) if k not in special and k not in (front, back))
        listed = ", ".join(str(k + 1) for k in left)
        diag.warning(
            doc.rel,
            line,
            f"no header row: its column {front + 1} asks (its cells end with '?'), the front; "
            + (f"column {back + 1} the back" if back is not None else "no column answers it: each row is a question without answer")
            + (f"; column{'s' if len(left) > 1 else ''} {listed} left out" if left else ""),
            f"if another column holds the answer, set it in [source.delimited]: front = {front + 1}, back = N (extra = [N] adds a column to the back)",
            group="asked-column",
        )
        return Columns(front, back if back is not None else -1, [], left, None, ())

    def _id_column(
        self, doc: Document, diag: Diagnostics, rows: list[tuple[int, int, list[str]]], columns: dict[str, int], own: DelimitedConfig | None, line: int
    ) -> None:
        """A first column of bare numbers before a column of text (an export's note ids: '53', '60'): no front
        (every card asked '53', trial12 U1). It joins ``columns`` as 'id', left out, and is said once; so does each
        later column of ids before a column of text (a sentence pair's two ids: trial17 T17-33)."""
        special = set(columns.values())
        data = [row for _, _, row in rows if any(f.strip() for f in row)]
        first = next((k for k in range(max((len(r) for r in data), default=0)) if k not in special), None)
        chosen = {own.front, own.back} if own is not None else set()
        if first is None or len(data) < 2 or first + 1 in chosen:
            return
        width = max(len(r) for r in data)

        def share(test: Callable[[str], bool], k: int | None) -> float:
            return sum(1 for r in data if k is not None and k < len(r) and test(r[k].strip())) / len(data)

        leading = [first]  # ('8;0;Title;Question?': a row id and a position, both numbers before the text: T22-21)
        while (nxt := next((k for k in range(leading[-1] + 1, width) if k not in special), None)) is not None and share(
            lambda c: bool(_ID.match(c)), nxt
        ) >= ID_SHARE and len(leading) < width - 2:
            leading.append(nxt)
        after = next((k for k in range(leading[-1] + 1, width) if k not in special), None)
        back = next((k for k in range(after + 1, width) if k not in special), None) if after is not None else None
        if (
            share(lambda c: bool(_ID.match(c)), first) >= ID_SHARE
            and share(lambda c: bool(c) and not _ID.match(c), after) >= ID_SHARE
            and share(bool, back) >= ID_SHARE  # (a question and its answer after it: '1<TAB>uno' is a word's front)
        ):
            columns["id"] = first
            for k in leading[1:]:
                columns[f"id {k + 1}"] = k
            for k in range(after + 1, width):  # (Tatoeba's pairs: 'id, sentence, id, translation': trial17 T17-33)
                if k not in special and share(lambda c: bool(_ID.match(c)), k) >= ID_SHARE and share(lambda c: bool(c) and not _ID.match(c), k + 1) >= ID_SHARE:
                    columns[f"id {k + 1}"] = k  # another column of ids before a column of text: left out too
            shown = first + 1
            more = [k + 1 for name, k in columns.items() if name.startswith("id ")]
            also = f" (and its column{'s' if len(more) > 1 else ''} {', '.join(map(str, more))}, ids before text too)" if more else ""
            diag.warning(
                doc.rel,
                line,
                f"its column {shown} holds only numbers (an export's note ids), no question: left out{also}; the next column is the front",
                f"if it is the front, set [source.delimited] front = {shown} in its [[source]]",
                group="id-column",
            )

    def _own_note(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, line: int, name: str, fields: list[str], tags: list[str],
        original: list[str], levels: Levels,
    ) -> Item | None:  # fmt: skip
        """A row of one of deckc's own note types, its fields all there (an export pads a row to its widest note type's
        fields: the padding is empty), read by name: its Section the section, its Difficulty the level, Sources and DeckcId
        never on the card, a folded answer whole, a multiple-choice note's options its options (trial22 T22-33); None
        for any other row."""
        from compiler import notetypes
        from compiler.fold import unfolded

        own = next((nt for nt in notetypes.ALL if nt.name == name.strip()), None)
        if own is None or len(fields) < len(own.fields) or any(f.strip() for f in fields[len(own.fields) :]):
            return None
        also: list[AlsoAnswer] = []
        values: dict[str, str] = {}
        for name, value in zip(own.fields, fields, strict=False):
            value, more = own_also(value) if name in ("Also", "Explanation", "Extra") else (value, [])
            also.extend(more)  # (the questions the note merged: questions of their own again)
            values[name] = unfolded(value)
        level = _plain(values["Difficulty"], True).strip()
        label = level if 0 < len(level) <= LEVEL_CHARS else None
        section = [p.strip() for p in _plain(values["Section"], True).split("\u203a") if p.strip()]  # deckc's 'A › B'
        tags = [t for t in tags if not t.startswith("deckc::")]
        common: dict[str, object] = {
            "number": None, "difficulty": levels.level(label, None, line), "label": label, "section": section, "tags": tags,
            "original": "\n".join(original), **own_origin(values["Sources"]),  # (the document its Sources field names)
        }  # fmt: skip
        if own is not notetypes.MULTIPLE_CHOICE:
            kept = [values[f] for f in own.fields if f not in ("Also", "Sources", "Difficulty", "Section", "DeckcId")]
            item = self._item(doc, source, diag, line, kept, True, tags, own.name, original, 0, levels, label, section)
            origin = own_origin(values["Sources"])
            item = item.model_copy(update=origin) if item is not None and origin else item
        else:
            question = front_question(values["Question"], True)
            options = own_options(values["Options"], values["Correct"])
            if not question or len(options.bodies) < 2 or not options.right:
                return None
            choices = [own_choice(LETTERS[n], b, options.marks[n]) for n, b in enumerate(options.bodies)]
            item = make_item(
                doc, source, diag, line, question=question, kind=ItemKind.multiple_choice, choices=choices,
                correct=",".join(options.right), answer=_blocks(values["Explanation"], True) if _plain(values["Explanation"], True).strip() else [],
                **common,
            )  # fmt: skip
        self._also_pending = also_items(doc, source, diag, line, also, item, "write the answer in the second column", **common) if also else []
        return item

    def _choice_note(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, line: int, fields: list[str], is_html: bool, common: dict[str, object]
    ) -> tuple[Item | None] | None:
        """A row of a multiple-choice note type ('Multiple Choice (optional reversed card)': Question | Answer |
        Explanation | Extra | Choices, the choices the WRONG ones, 'a | b | c') as a multiple-choice note: the
        answer among its choices (at a place fixed by the question, so it is not always A), the other fields on
        the back; None when no field after the answer is such a list (trial12 U1)."""
        question = _plain(_SOUND.sub("", fields[0]), is_html)
        answer = " ".join(_plain(fields[1], is_html).replace("\u00a0", " ").split())
        answers = _listed(fields[1], is_html) or [answer]  # 'virtual machines | Azure SQL databases': both right
        if not question or not answer or any(len(a) > CHOICE_CHARS for a in answers):
            return None
        at = next((k for k in range(2, len(fields)) if len(_listed(fields[k], is_html)) >= 2), None)
        one = self._choices_at
        if at is None and one is not None and one < len(fields) and 0 < len(_plain(fields[one], is_html).strip()) <= CHOICE_CHARS:
            at = one  # the one other option, where the file's other rows list theirs
        other = _OPPOSITE.get(answer.casefold())
        if at is None and other is not None:  # 'False' with a choices field 'True': a true-or-false question
            at = next((k for k in range(2, len(fields)) if _plain(fields[k], is_html).strip().casefold() == other), None)
            if at is None:
                return None
            options = sorted([answer, _plain(fields[at], is_html).strip()], key=lambda t: t.casefold() not in ("true", "yes"))
        elif at is None:
            return None
        else:  # in an order fixed by the question and the options, so the right one is not always A
            taken = {a.casefold() for a in answers}
            listed = _listed(fields[at], is_html) or [" ".join(_plain(fields[at], is_html).split())]
            options = [*answers, *(w for w in listed if w.casefold() not in taken)]
            options.sort(key=lambda t: zlib.crc32(f"{question}\n{t}".encode()))
        options = options[: len(LETTERS)]
        right = [n for n, t in enumerate(options) if t in answers]
        if not right:
            return None
        back: list[Block] = []
        for k, value in enumerate(fields[2:], start=2):
            said = _plain(value, is_html).strip(" .").casefold()
            if k != at and said and said != answer.strip(" .").casefold() and not _listed(value, is_html):
                back.extend(paragraph(b) for b in _blocks(_SOUND.sub("", value), is_html))
        choices = [Choice(label=LETTERS[n], text=t) for n, t in enumerate(options)]
        item = make_item(
            doc, source, diag, line, question=question, kind=ItemKind.multiple_choice, choices=choices,
            correct=",".join(LETTERS[n] for n in right), answer=back, stimulus=_images(fields[0]) if is_html else [], **common,
        )  # fmt: skip
        return (item,)

    def _plan(
        self,
        doc: Document,
        diag: Diagnostics,
        names: list[str] | None,
        cells: list[str] | None,
        columns: dict[str, int],
        own: DelimitedConfig | None,
        line: int,
        data: list[list[str]] | None = None,
    ) -> Columns:
        """The columns' use (:func:`plan_columns`); a header's tags/guid/notetype columns join ``columns``,
        and the columns left out are said once, with the key that keeps them. A column named like a tool's
        record ('flag') whose cells are pictures or text is content (trial11 P33); the answer's column in other
        languages ('capital:de' beside 'capital') is left out, said apart (trial11 P32)."""
        if own is not None and own.guid is not None:
            columns["guid"] = own.guid - 1
        for role in ("tags", "guid", "notetype"):
            if names is not None and role not in columns and role in names:
                columns[role] = names.index(role)
        plan = plan_columns(names, cells if names is not None else None, columns, own)
        if plan.dropped and cells is not None and data and plan.extras is not None and not (own and own.extra is not None):
            shown_too = [k for k in plan.dropped if names and names[k] == "meta" and _content_column(data, k)]
            if shown_too:
                plan.extras = sorted([*plan.extras, *((k, cells[k].strip()) for k in shown_too)])
                plan.dropped = [k for k in plan.dropped if k not in shown_too]
        repeats = [k for k, _ in plan.extras or [] if data and _repeats(data, plan.front, k)]
        if repeats and cells is not None:  # (Kindle's 'Stem' beside 'Word': the front again, no answer; T31-32)
            plan.extras = [(k, label) for k, label in plan.extras or [] if k not in repeats]
            diag.warning(
                doc.rel,
                line,
                f"column{'s' if len(repeats) > 1 else ''} {', '.join(f'{cells[k].strip()!r} ({k + 1})' for k in repeats)} "
                f"repeat{'' if len(repeats) > 1 else 's'} column {cells[plan.front].strip()!r} ({plan.front + 1}) in every row: left out",
                f"to show it on the back, list it in [source.delimited]: extra = [{repeats[0] + 1}]",
                group="repeated-columns",
            )
        if cells is not None and plan.extras and not (own and own.extra is not None):
            # ('日本語' beside '日本語 ※ふりがなつき', 'Chinese' beside 'Chinese (pinyin)': the word's reading, shown with the
            # word, never an extra under its raw name; sitting 37)
            shown = {k for k, _ in plan.extras}
            readings = {b: r for b, r in reading_columns(cells).items() if r in shown and (b == plan.front or b in shown)}
            if readings:
                plan.extras = [(k, label) for k, label in plan.extras if k not in readings.values()]
                plan.readings = readings
        fuller = _fuller_front(data, plan.front, plan.extras) if data and plan.extras and not (own and own.front) else None
        if fuller is not None:  # ('german' beside 'german_full': 'die Abbildung, -en' the front, gender and plural; T33-6)
            plan.extras = [(k, label) for k, label in plan.extras or [] if k != fuller]
            plan.front = fuller
        variants = [k for k in plan.dropped or [] if names and k < len(names) and names[k] == "variant"]
        if variants and cells is not None:
            plan.dropped = [k for k in plan.dropped or [] if k not in variants]
            diag.warning(
                doc.rel,
                line,
                f"{len(variants)} column{'s' if len(variants) > 1 else ''} ({', '.join(repr(cells[k].strip()) for k in variants[:4])}"
                f"{' …' if len(variants) > 4 else ''}) hold the answer again in other languages: left out, one idea a card",
                f"to show one on the back, list it in [source.delimited]: extra = [{variants[0] + 1}]",
                group="dropped-columns",
            )
        if plan.dropped and cells is not None and data:
            # (a column of row numbers, '#' or 'No.' over 1, 2, 3 as a printed list numbers its words, is the list's
            # order, nothing a tool keeps: left out without a word; trial35 T35-11)
            plan.dropped = [k for k in plan.dropped if not _row_numbers(cells, data, k)]
        if plan.dropped and cells is not None:
            shown = ", ".join(f"{cells[k].strip()!r} ({k + 1})" for k in plan.dropped if k < len(cells))
            keep = ", ".join(str(k + 1) for k, _ in plan.extras or []) or ""
            diag.warning(
                doc.rel,
                line,
                f"column{'s' if len(plan.dropped) > 1 else ''} {shown} of its header row record{'' if len(plan.dropped) > 1 else 's'} "
                "what a tool or a teacher keeps about a card (dates, marks or points, review data, ids), not what it teaches: left out",
                f"to show a column on the back, list the columns to add there in [source.delimited]: extra = [{keep + ', ' if keep else ''}{plan.dropped[0] + 1}]",
                group="dropped-columns",
            )
        return plan

    def _custom_rows(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        body: str,
        rows_end: str,
        separator: str,
        header: Header,
        columns: dict[str, int],
        is_html: bool,
        levels: Levels,
    ) -> list[Item]:
        """Rows that end with ``rows_end`` (``[source.delimited] rows``, or found): split as written, no
        quoting (Quizlet writes none); a first row naming the columns is a header, as in a line export."""
        records = split_rows(body, rows_end, separator)
        cells = records[0][2] if records and header.lines == 0 else None
        names = _column_names(cells) if cells else None
        if names is not None:
            records = records[1:]
        plan = self._plan(doc, diag, names, cells, columns, source.delimited, header.lines + 1)
        join = separator if header.lines == 0 and names is None and separator in ",;|" and plan == Columns() else ""
        if join:  # term, then the rest its definition as written: 'der Stuhl,the chair, the stool' (trial15 T15-93)
            records = [(line, raw, [dollar_math(f.strip()) for f in raw.split(separator, 1)]) for line, raw, _ in records]
        items: list[Item] = []
        for line, raw, fields in records:
            item = self._row(
                doc, source, diag, header.lines + line, fields, columns, set(columns.values()), is_html, [raw], len(items), join, levels=levels, plan=plan
            )
            if item is not None:
                items.append(item)
        return items

    _HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")

    def _grid(self, doc: Document, source: SourceConfig, diag: Diagnostics, rows: list[tuple[int, int, list[str]]], levels: Levels) -> list[Item]:
        """An inflection grid's forms, a card each at its row's line ('hablar — yo (Presente)' -> 'hablo'; trial34 T34-6:
        the header row was a card 'Pronombre' and each row a card asking a pronoun), asked under the source's title
        (a sheet of one tense: its name), so two tenses' sheets never ask alike."""
        head = [c.strip() for c in rows[0][2]]
        body = [(line, [c.strip() for c in r]) for line, _, r in rows[1:] if any(c.strip() for c in r)]
        items: list[Item] = []
        for line, question, answer in grid_cards(head, body, source.title or Path(doc.rel).stem):
            original = doc.lines[line - 1] if line <= len(doc.lines) else ""
            level = levels.level("", str(len(items) + 1), line)
            item = make_item(doc, source, diag, line, question=question, answer=[text_block(answer[0])], difficulty=level, original=original)
            if item is not None:
                items.append(item)
        return items

    def _pairs(self, doc: Document, source: SourceConfig, diag: Diagnostics, separator: str, levels: Levels) -> list[Item]:
        """One pair per line ('le chat — the cat', '- cane = dog'), split once on a separator of several
        characters: the left side the front, the right the back. A bullet or number before the pair is
        layout; Markdown headings name the section of the pairs below them (a first-line H1 titles the page);
        a line without the separator is a question without answer (a warning, listed as skipped)."""
        items: list[Item] = []
        stack: list[tuple[int, str]] = []
        start = (front_matter_end(doc.lines) or -1) + 1
        first = next((n for n, line in enumerate(doc.lines) if n >= start and line.strip()), -1)
        # a first-line H1 titles the page, unless other H1s follow: then it heads the first unit as they head theirs
        # ('# Unité 4 : La maison' … '# Unité 5 : Les verbes': T33-5, the first unit's words had no section)
        titled = sum(1 for line in doc.lines[start:] if (h := self._HEADING.match(line)) and len(h.group("marks")) == 1) == 1
        skipped_header = False
        subtitle = -1  # (the line under a title skipped as the list's: its bracketed note, if any)
        seen: dict[tuple[str, str], int] = {}  # a pair as written -> its line
        examples = example_lines(doc.lines)  # ('  Unser Haus hat einen Garten.' under its word: its back, T27-23)
        examples |= continued_lines(doc.lines, separator)  # (a definition's next lines in a block of its own: T32-46)
        fielded = fields_on(doc.lines, separator)  # ('el perro - the dog - El perro ladra mucho.': its example apart, T32-45)
        named = _field_names(doc.lines, start, separator) if fielded else None  # ('Country / Capital / Currency' over them)
        shape = _front_shape([split_on(pair_text(line), separator)[0] for line in doc.lines if split_on(pair_text(line), separator)[1] and not self._HEADING.match(line)])
        if shape == "bold" and doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
            examples |= _paragraph_lines(doc.lines, separator, self._HEADING)
        kinds = Counter(
            found[0] for line in doc.lines[start:]
            if line.strip() and not self._HEADING.match(line) and (found := _mixed_pair(pair_text(line))) is not None and found[0] != " "
        )  # fmt: skip
        # ('x - y', 'x -> y', 'x = y', 'x: y' in one list: phone notes, N60-2; also when one of them holds most of its
        # pairs, 'x = y' lines among 'x: y', 'x -> y', 'x... y', 'x?? y': sitting 62 N61-3, where a line that is a note
        # on the list, 'Tip: remember the accents.', stays one)
        mixed = len(kinds) >= MIXED_SEPARATORS
        most = mixed and 2 * max(kinds.values()) >= sum(kinds.values())
        asked = self._asked_lines(doc.lines, start, separator, examples)
        for n, line in enumerate(doc.lines):
            if n < start or not line.strip() or line.strip().startswith("<!--") or n in examples or n - 1 in asked:
                continue
            heading = self._HEADING.match(line)
            if heading:
                level = len(heading.group("marks"))
                if not (n == first and level == 1 and titled):
                    stack = [*(s for s in stack if s[0] < level), (level, squash(heading.group("text")))]
                continue
            text = pair_text(line)
            if n in asked:  # 'what does the nucleus do?' / 'holds DNA, controls cell' among the pairs (N60-2)
                below = doc.lines[n + 1]
                item = self._item(doc, source, diag, n + 1, [text, pair_text(below)], False, [], "", [line, below], len(items), levels)
                if item is not None:
                    items.append(item.model_copy(update={"section": [t for _, t in stack]}) if stack else item)
                continue
            left, found, right = split_on(text, separator)
            if not found and mixed and (other := _mixed_pair(text)) is not None and other[0] != " " and not (most and note_line(text, separator)):
                found, left, right = other
            if found and bare_verdict(text) and (judged := bracketed_answer(text)) is not None:
                left, right = judged  # ('**Veins carry … blood.** False — the pulmonary veins …': the verdict answers, N27)
            own = False  # the line splits only on a separator of its own, not the list's
            if not found and (other := split_pair(text, PAIR_SEPARATORS)) is not None and _run_of(doc.lines, n, other[0], separator):
                found, left, right = other  # a section of the list writes its pairs with another separator (M41)
            elif not found and (other := split_pair(text, PAIR_SEPARATORS)) is not None and shape and _front_shape([other[1]]) == shape:
                found, left, right = other  # a front of the list's own shape, another separator typed ('**Consumer
                # surplus** - …' among '**PED** — …', '1804: Napoleon …' among '14 July 1789 — …': sitting 45 N3)
            elif not found and (other := split_pair(text, _other_separators(separator))) is not None and not note_line(other[1], separator):
                found, left, right = other  # one pair written with a spaced '=' or dash of its own (T40-1)
                own = True
            if own and n == first and not items and _list_under(doc.lines, n, separator):
                continue  # 'Phrases utiles – au restaurant' over '… = …' pairs: its title, no card (trial41 T41-5)
            if found and _DEFINITION_LABEL.match(left.strip()) and (subject := _DEFINED.match(right.strip())):
                left = subject.group("subject")  # 'Definición: La célula es …': the thing defined, never the label (T26-22)
            if n == first and named is not None:
                continue  # 'Country / Capital / Currency': the fields' names, no card (round-15 d/24)
            if not found and n == first and not items:
                continue  # 'Unit 5 vocabulary' over the list: its title, no card (trial9 T18)
            if not found and form_line(text):
                continue  # 'Name: ______  Date: ____': a worksheet's fields to fill in, no card (sitting 61 N61-6)
            if found and n == first and not items and (_titles_list(doc.lines, n, examples, separator) or _undated_title(doc.lines, n, left, separator)):
                subtitle = n + 1  # (a bracketed note right under it, '(learn the date AND the event)', is the title's)
                continue  # 'Vocabulario – Unidad 3: La casa' over '1. la cocina – the kitchen' …: its title (T26-29)
            if n == subtitle and not found and _BRACKETED_NOTE.match(text):
                continue  # ('ANCIENT ROME — KEY DATES' / '(learn the date AND the event)': no question, N44)
            if not found and (_LABEL_LINE.match(text) or exercise_instruction(text)) and _pairs_follow(doc.lines, n, separator):
                named = squash(text.strip("*_ ").rstrip(" .!:：")) if _LABEL_LINE.match(text) else instruction_context(text)
                stack = [*(s for s in stack if s[0] <= 6), *([(7, named)] if named else [])]
                continue  # 'Praca:' over its pairs: the name of their section, as a heading is (trial15 T15-91); so is an
                # exercise's instruction, 'Translate into French.' (sitting 44: a pair without answer)
            if found and not items and not skipped_header and _pair_header(left, right):
                skipped_header = True  # 'Italian — English', 'Word — Translation': what the sides are, no card
                continue
            if not found and note_line(text, separator) and not (n and _next_numbered(doc.lines[n - 1], line)):
                # (a numbered list's next entry, '2. Name a tributary …' under '1. What is …?', is its next question: said
                # as one with no answer, never "a note": sitting 61 N61-17)
                diag.warning(
                    doc.rel,
                    n + 1,
                    f"a note, not a word with its meaning, is in no card: {squash(text)[:60]!r}",
                    "to learn it, write it as a pair (front"
                    + ("<TAB>" if separator == "\t" else separator)
                    + "back), or indent it under the word it is about to put it on that word's back",
                    group="pair-note",
                )
                continue  # ('Tip: … (los padres = mother and father).': its '=' in brackets, no pair: trial40 T40-1)
            below = list(itertools.takewhile(lambda k: k in examples, range(n + 1, len(doc.lines))))
            meaning = list(right.partition(separator)[::2]) if fielded and found == separator and separator in right else [right]
            if found == " " and (apart := reading_apart(left, right)) is not None:
                meaning = list(apart)  # '爱 ài to love': the reading and the meaning, a line each, as three columns give them
            elif found == " " and "\t" in right.strip():  # ('我喜欢喝茶。⇥wǒ xǐhuan hē chá.⇥I like drinking tea.': a
                meaning = [m.strip() for m in right.strip().split("\t") if m.strip()]  # sentence's reading, its meaning)
            fields = [left, *(m.strip() for m in meaning), *(_QUOTED.sub("", doc.lines[k].strip(), count=1) for k in below)] if found else [text]
            if found and named is not None and len(meaning) == len(named) - 1:  # each field under its name ('Capital: Tokyo')
                # (but the meaning under a second language's name, 'Spanish - English - Example': the word's translation,
                # shown first and bare, as a vocabulary table's is)
                bare = (_column_names(named) or [""])[:2] == ["lang", "lang"]
                labelled = [m.strip() if bare and k == 0 else f"{name}: {m.strip()}" if m.strip() else "" for k, (name, m) in enumerate(zip(named[1:], meaning, strict=True))]
                fields = [left, *labelled, *fields[1 + len(meaning) :]]
            if found == separator and principal_parts(text, separator):
                fields = [left, text.strip(), *fields[1 + len(meaning) :]]  # ('gehen – ging – gegangen – to go': the series)
            # '**abundant** (adj.) – existing in *large* quantities': Markdown, shown as it renders (trial9 T29)
            # (its own marks, not a '* ' bullet's: '* 飞机（fēijī）：airplane' shows as '- 苹果…' does, T31-17)
            rendered = doc.rel.lower().endswith(MARKDOWN_SUFFIXES) and not doc.converted and any(mark in text for mark in "*_`[<\\")
            if rendered:
                fields = _markdown_fields(fields)
            pair = (normalize_text(left), normalize_text(right)) if found else None
            original = [line, *(doc.lines[k] for k in below)] if found else [line]
            # (a line of the list that does not split: its answer goes after the list's separator, on its line; "in the
            # second column" named no column of a list, round-15 d/31)
            sign = repr(separator) if separator.strip() or len(separator) > 1 else "a tab" if separator == "\t" else "a space"
            if mixed:  # (phone notes' pairs, each split on a separator of its own: the list's one named none of them, N62-1)
                sign = "a separator (" + ", ".join(repr(k) for k, _ in kinds.most_common(MIXED_SEPARATORS)) + ", …)"
            where = f"write its answer after {sign} on its line, as the list's other lines do"
            item = self._item(doc, source, diag, n + 1, fields, rendered, [], "", original, len(items), levels, where=where)
            if item is not None and pair is not None and pair in seen:  # the lesson's pairs again ('Tłumaczenia:', T15-91)
                item = item.model_copy(update={"skip": f"the same pair as line {seen[pair]}, word for word"})
            if item is not None:
                items.append(item.model_copy(update={"section": [t for _, t in stack]}) if stack else item)
                if pair is not None:
                    seen.setdefault(pair, n + 1)
        return items

    @staticmethod
    def _asked_lines(lines: list[str], start: int, separator: str, examples: set[int]) -> set[int]:
        """The lines of a pair list that ask, over the answer on the next line (:func:`asked_pairs`), when the list's
        pairs are more than they: a question typed among the pairs of one's notes (N60-2)."""
        at = [n for n in range(start, len(lines)) if lines[n].strip() and n not in examples and not lines[n].lstrip().startswith("#")]
        body = [pair_text(lines[n]) for n in at]
        split = [None if not split_on(text, separator)[1] and split_pair(text, PAIR_SEPARATORS) is None else (separator, "", "") for text in body]
        found = asked_pairs(body, split)
        if 2 * len(found) >= len(body) - 2 * len(found):
            return set()
        return {at[k] for k in found if at[k + 1] == at[k] + 1 and not _next_numbered(lines[at[k]], lines[at[k + 1]])}

    def _terms_below(self, doc: Document, source: SourceConfig, diag: Diagnostics, levels: Levels) -> list[Item]:
        """A glossary of terms on lines of their own, each meaning indented under its term (separator '\\n', T27-3): a
        card per term, the meaning's lines its back. Index letters ('A') are no section; the end matter ('See also',
        'References') and everything after it is no card, said once."""
        items: list[Item] = []
        end = next((n for n, line in enumerate(doc.lines) if BACK_MATTER.match(line)), len(doc.lines))
        found = terms_below(doc.lines[:end])
        for n, below in found:
            fields = [doc.lines[n].strip(), "\n".join(doc.lines[k].strip() for k in below)]
            original = [doc.lines[n], *(doc.lines[k] for k in below)]
            item = self._item(doc, source, diag, n + 1, fields, False, [], "", original, len(items), levels)
            if item is not None:
                items.append(item)
        held = {k for n, below in found for k in (n, *below)}
        loose = [k for k in range(end) if doc.lines[k].strip() and k not in held and not letter_heading(doc.lines[k]) and not _title_line(doc.lines[k])]
        if loose:  # ('1. Record the purchase of equipment …' over a key read as terms: the exercises vanished, T32-51)
            diag.warning(
                doc.rel,
                loose[0] + 1,
                f"{counted(len(loose), 'line')} of text from here on {'are' if len(loose) > 1 else 'is'} no term with its meaning "
                f"indented under it, the way this file is read (first: {_shortened(doc.lines[loose[0]])!r}): in no card",
                "if they are questions, write each one's answer indented under it, or give this file a [source.pattern] that "
                "reads them (docs/layouts.md)",
                group="outside-item",
            )
        if end < len(doc.lines) and terms_below(doc.lines[end + 1 :]):
            diag.warning(
                doc.rel,
                end + 1,
                f"{doc.lines[end].strip()!r} and what follows it are the page's end matter, no terms: left out",
                "to read them too, remove or rename that line",
            )
        return items

    def _row(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        line: int,
        row: list[str],
        columns: dict[str, int],
        special: set[int],
        is_html: bool,
        original: list[str],
        count: int,
        join: str = "",
        *,
        levels: Levels,
        plan: Columns | None = None,
    ) -> Item | None:
        fields = [f for k, f in enumerate(row) if k not in special]
        notetype = row[columns["notetype"]] if "notetype" in columns and columns["notetype"] < len(row) else getattr(self, "_file_notetype", "")
        if is_html and (notetype.startswith("deckc ") or (len(fields) >= 2 and "deckc card-front" in fields[0])):
            # a deck deckc built, studied in Anki and exported as notes (T22-33) or as its cards' sides (T22-34)
            guid = row[columns["guid"]].strip() if "guid" in columns and columns["guid"] < len(row) else ""
            tags = _tags(row[columns["tags"]]) if "tags" in columns and columns["tags"] < len(row) else []
            rendered = rendered_own_card(fields[0], fields[1]) if not notetype else None
            named, values = rendered if rendered is not None else (notetype, fields)
            own = self._own_note(doc, source, diag, line, named, values, tags, original, levels)
            if own is not None and rendered is not None:  # (a note's other cards: its note once, T22-34)
                key = (named.replace(" (and reversed)", ""), normalize_text(values[0]))
                first = self._own_cards.setdefault(key, line)
                own = own if first == line else own.model_copy(update={"skip": f"another card of the note at line {first}"})
            if own is not None:
                return own.model_copy(update={"guid": guid}) if guid else own
        tagged = row[columns["tags"]] if "tags" in columns and columns["tags"] < len(row) else ""
        if is_html and "deckc::source::" in tagged and len(fields) >= 2 and '<div class="meta">' in fields[1]:
            # deckc's own CSV (build/<deck>.csv) read back: its rendered fields as its note type's (formats list 1)
            named, values = _own_csv_row(fields[0], fields[1], notetype)
            own = self._own_note(doc, source, diag, line, named, values, _tags(tagged), original, levels)
            if own is not None:
                guid = row[columns["guid"]].strip() if "guid" in columns and columns["guid"] < len(row) else ""
                return own.model_copy(update={"guid": guid}) if guid else own
        if plan is not None and plan != Columns():

            def cell(k: int) -> str:
                return row[k] if 0 <= k < len(row) else ""

            if plan.extras is None:  # no header: the front and back set in config, then the other columns
                taken = (plan.front, plan.back, plan.level, plan.hint, *plan.sections)
                others = [row[k] for k in range(len(row)) if k not in special and k not in taken and not (none_cell(row[k]) and k not in self._endings)]
            else:  # each named by its header: 'Example: an ephemeral fashion'
                # (a base form that says the front again says nothing, 'Stem: obstinate' for 'obstinate'; a form to learn
                # does, 'Plural: Fenster' for 'Fenster': T39-12)
                asked = cell(plan.front).strip().casefold()
                readings = plan.readings or {}
                others = [
                    _labelled(label, with_reading(cell(k), cell(readings[k])) if k in readings else cell(k), is_html)
                    for k, label in plan.extras
                    if cell(k).strip() and not (none_cell(cell(k)) and k not in self._endings)
                    and not (cell(k).strip().casefold() == asked and label.strip().casefold() in _BASE_FORMS)
                ]
                beyond = [c for c in row[len(plan.names) :] if c.strip()] if plan.names else []
                if beyond:  # ('"golgi apparatus","packages proteins",,"extra field"' under 3 names: T31-14)
                    others += beyond
                    diag.warning(
                        doc.rel,
                        line,
                        f"row has {len(row)} cells, its header row names {len(plan.names)}: the cells after the last named one are added to the back",
                        "name the column in the header row, or remove the cell",
                        group="cells-beyond-header",
                    )
            if plan.highlight:
                return self._highlight(doc, source, diag, line, row, plan, columns, is_html, others, original, count, levels)
            if plan.context is not None:  # the word blanked in its sentence (Kindle's Vocabulary Builder: T31-32)
                sentence = _blanked(_plain(cell(plan.context), is_html), _plain(cell(plan.front), is_html))
                if sentence is None:
                    diag.warning(
                        doc.rel,
                        line,
                        f"{_plain(cell(plan.front), is_html)!r} is not in its {plan.names[plan.context]!r} sentence, and no column gives its meaning: no card",
                        "write the word as the sentence has it, or add a column of meanings ('Meaning')",
                        group="word-not-in-sentence",
                    )
                    return None
                fields = [sentence, *(others or [""])]
            else:
                back = cell(plan.back)
                if plan.label_back and back.strip() and others:
                    back = _labelled(plan.names[plan.back], back, is_html)
                if plan.readings and plan.front in plan.readings and back.strip():
                    # (the word with its reading opens the back, as Anki's furigana does: 'チケットを取(と)る' / 'take a ticket')
                    read = with_reading(cell(plan.front), cell(plan.readings[plan.front]))
                    back = back if read == cell(plan.front).strip() else f"{read}{'<br>' if is_html else chr(10) * 2}{back}"
                fields = [cell(plan.front), back, *others]
        if join and len(fields) > 2 and any(f.strip() for f in fields[2:]):
            # 'nucleus,holds DNA, controls the cell': an unquoted export splits the definition at its commas
            diag.warning(
                doc.rel,
                line,
                f"row has {len(fields)} fields: read "
                + ("up to its comma with no space after it" if join == "," and tight_joint(fields) not in (None, 1) else "its first field")
                + " as the question, then the rest as its answer",
                'if a column is something else, name it in [source.delimited] (tags = 3) or quote the fields',
                group="joined-fields",
            )
            cut = tight_joint(fields) if join == "," else None  # ('the red, big house,la casa': the comma with no space)
            fields = [join.join(fields[:cut]), join.join(fields[cut:])] if cut else [fields[0], join.join(fields[1:])]
        tags = _tags(row[columns["tags"]], self._comma_tags) if "tags" in columns and columns["tags"] < len(row) else []
        guid = row[columns["guid"]].strip() if "guid" in columns and columns["guid"] < len(row) else ""
        label, section = _level_and_section(row, plan, is_html)
        hint = _plain(row[plan.hint], is_html).strip() if plan is not None and plan.hint is not None and plan.hint < len(row) else ""
        titled = plan.names[plan.hint].strip() if hint and plan is not None and plan.hint is not None and plan.hint < len(plan.names) else ""
        where = "write the answer in the second column"
        if plan is not None and 0 <= plan.back < len(plan.names) and plan.names[plan.back]:  # (Notion's third, 'Answer': T31-30)
            where = f"write the answer in column {plan.back + 1}, {plan.names[plan.back]!r}"
        if not section and self._categories:  # (the '//Category/Sub' line over it: Pleco's)
            section = next((path for at, path in reversed(self._categories) if at < line), [])
        if not section and "deck" in columns and columns["deck"] < len(row):  # ('AnKing::Step1::Cardio': Anki's '#deck column',
            deck = [p.strip() for p in _plain(row[columns["deck"]], is_html).split("::") if p.strip()]  # as a package's deck, T27-50)
            section = deck if deck != ["Default"] else []
        item = self._item(doc, source, diag, line, fields, is_html, tags, notetype, original, count, levels, label, section, hint=(titled or "Hint", hint) if hint else None, where=where)
        return item.model_copy(update={"guid": guid}) if item is not None and guid else item

    def _highlight(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        line: int,
        row: list[str],
        plan: Columns,
        columns: dict[str, int],
        is_html: bool,
        others: list[str],
        original: list[str],
        count: int,
        levels: Levels,
    ) -> Item | None:
        """A highlight's row: the question and answer its note writes ('Q: … A: …', Readwise's '.qa …? …'), the
        highlight and the other columns on the back; a word its note names ('.c1 interleaving') blanked in it; else
        no card, said once for the file: a statement asks nothing (trial31 T31-31: every card asked a highlight and
        answered with the book's title and its Amazon id)."""
        text = _plain(row[plan.front], is_html).strip() if plan.front < len(row) else ""
        note = _plain(row[plan.note], is_html).strip() if plan.note is not None and plan.note < len(row) else ""
        tags = _tags(row[columns["tags"]], self._comma_tags) if "tags" in columns and columns["tags"] < len(row) else []
        label, section = _level_and_section(row, plan, is_html)
        asked = _NOTE_QA.match(note) or _NOTE_DOT_QA.match(note)
        named = plan.names[plan.front] if plan.front < len(plan.names) else ""
        rest = [o for o in others if o.strip() and (plan.note is None or plan.note >= len(row) or o != _labelled(plan.names[plan.note], row[plan.note], is_html))]
        if asked:
            fields = [asked.group("q").strip(), asked.group("a").strip(), _labelled(named, text, is_html), *rest]
        elif (blank := _NOTE_CLOZE.match(note)) is not None and (sentence := _blanked(text, blank.group("word"))) is not None:
            fields = [sentence, "", *rest]
        elif CLOZE.search(text):
            fields = [text, note, *rest]
        else:
            diag.warning(
                doc.rel,
                line,
                f"a highlight is a statement, it asks nothing: no card ({named!r} column)",
                f"to make a card of one, write in its {plan.names[plan.note] if plan.note is not None else 'Note'!r} column 'Q: the question A: the answer', "
                "or '.c1 word' to blank that word in the highlight",
                group="highlight-asks-nothing",
            )
            return make_item(
                doc, source, diag, line, question=text or f"row {line}", answer=[], skip="a highlight asks nothing",
                number=None, section=section, original="\n".join(original), tags=tags, difficulty=levels.level(label, str(count + 1), line),
            )
        return self._item(doc, source, diag, line, fields, is_html, tags, "", original, count, levels, label, section)

    def _item(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        line: int,
        fields: list[str],
        is_html: bool,
        tags: list[str],
        notetype: str,
        original: list[str],
        count: int,
        levels: Levels,
        label: str | None = None,
        section: list[str] | None = None,
        *,
        hint: tuple[str, str] | None = None,
        where: str = "write the answer in the second column",
    ) -> Item | None:
        if self._furigana and fields:  # ('雨[あめ]が 降[ふ]る': Anki's furigana, which its templates show as ruby)
            # the front asks with the kanji alone (the reading is what a kanji card tests: trial12 U91), the back
            # opens with the word and its reading; the other fields show their readings, 'base(reading)' (P102)
            read = _FURIGANA_SPACED.sub(r"\1(\2)", fields[0])
            front = _FURIGANA_SPACED.sub(r"\1", fields[0])
            rest = [_FURIGANA_SPACED.sub(r"\1(\2)", f) for f in fields[1:]]
            if read != front and rest:
                rest[0] = f"{read}{'<br>' if is_html else chr(10) * 2}{rest[0]}"
            fields = [front, *rest]
        converted = [anki_latex(f, is_html) for f in fields]  # Anki's [$]…[/$] LaTeX: MathJax maths
        if any(n for _, n in converted):
            diag.warning(doc.rel, line, *LATEX_TEXT, group="latex-text")
        fields = [f for f, _ in converted]
        front = fields[0] if fields else ""
        back = answer_side(front, fields[1], is_html) if len(fields) > 1 else ""  # not the question again above a rule
        if is_html:  # what the sanitizer takes out of any field ('<img onerror=…>', '<script>'): said, once per file
            report_active("\t".join(fields), doc.rel, line, diag)
        common = {
            "number": None,  # rows have no number of their own (an ordinal would shift when a row is added)
            "difficulty": levels.level(label, str(count + 1), line),
            "label": label,
            "section": section or [],
            "original": "\n".join(original),
            "tags": [t for t in tags if t],
        }
        if CLOZE.search(front) or "cloze" in notetype.lower():
            text = _plain(anki_split(front) if is_html else front, is_html)  # (an Anki export's hints where Anki starts them: T24-33)
            if image_occlusion(text):  # (Anki's Image Occlusion note: masks on a picture, nothing to recall as text; T25-22)
                diag.warning(doc.rel, line, f"{OCCLUSION_SKIP}; no card", OCCLUSION_HINT, group="image-occlusion")
                return make_item(doc, source, diag, line, question=f"row {line} (Image Occlusion)", answer=[], skip="image occlusion", **common)
            if not CLOZE.search(text):
                diag.warning(doc.rel, line, "cloze row without a {{c1::…}} deletion; no card", "add the deletion", group="cloze-row")
                return None
            extra = _blocks(back, is_html)  # (the note type's further fields, 'Pathoma Ch. 8', 'FA 2024 p. 312': each a paragraph
            for more in fields[2:]:  # on the back, as a Basic row's are, never dropped: T27-50)
                extra.extend(paragraph(b) for b in _blocks(more, is_html))
            return make_item(
                doc,
                source,
                diag,
                line,
                **cloze_fields(text, extra),
                stimulus=[*(_images(front) if is_html else []), *([hint_block(hint[1], hint[0])] if hint else [])],  # on the front:
                # a picture the sentence is about, a hint
                **common,
            )
        if _TYPED.search(notetype):
            diag.warning(
                doc.rel,
                line,
                f"note type {notetype.strip()!r}: the card shows the answer, without a box to type it in",
                "nothing to do; in Anki, change these notes' type back after import if you want to type answers",
                group="typed-answer",
            )
        reverse = bool(_REVERSED.search(notetype))
        if reverse and _CHOICE_TYPE.search(notetype):
            reverse = False  # (a question and its options asked backwards: no card; its third field no flag)
        elif reverse and _OPTIONAL.search(notetype) and len(fields) > 2:
            # 'Basic (optional reversed card)': its third field is the 'Add Reverse' flag ('y', '1', empty); a
            # field of text there is no flag (a note type of its own, 'Multiple Choice (optional reversed card)':
            # its Answer): kept, and no reversed card (trial12 U1)
            flag = _plain(fields[2], is_html).strip()
            if len(flag) <= FLAG_CHARS:
                reverse, fields = bool(flag), [*fields[:2], *fields[3:]]
            else:
                reverse = False
        if _CHOICE_TYPE.search(notetype) and len(fields) > 2:
            made = self._choice_note(doc, source, diag, line, fields, is_html, common)
            if made is not None:
                return made[0]
        extra = [f for f in fields[2:] if f.strip()]
        if any(_SOUND.search(f) for f in fields):
            diag.warning(
                doc.rel,
                line,
                "audio ([sound:…]) is not carried into the deck; the rest of the field is",
                "add the audio files to the notes in Anki, or leave them out",
                group="sound",
            )
        extra = [s for s in (_SOUND.sub("", f).strip() for f in extra) if s]
        # a picture in the front ('What does this organ do?<br><img …>') is what the card asks about: on the front
        stimulus = _images(front) if is_html else []
        code, after = front_code(front) if is_html and "<pre" in front.lower() else ([], False)
        question = front_question(_SOUND.sub("", front), is_html)
        if code and question:  # a program under the question, its lines kept ('…<pre><code>x = 1<br>…': trial21 T21-23)
            stimulus = [*code, *stimulus]
        elif code:  # (a front that is code alone: its text the question, as before)
            after, question = False, _plain(_SOUND.sub("", front), is_html)
        question = question or (picture_prompt(source, doc.text) if stimulus else "")
        if hint:  # (a 'Hint' column: with the question, never after its answer; T31-58)
            after = after or not stimulus
            stimulus = [*stimulus, hint_block(hint[1], hint[0])]
        if not question:
            diag.warning(doc.rel, line, "row with an empty first field; no card", "write the question in the first column", group="empty-front")
            return None
        answer = _blocks(_SOUND.sub("", back), is_html) if back.strip() else []
        more = [paragraph(b) for field_text in extra for b in _blocks(field_text, is_html)] if answer else []
        if more:  # the export's other fields (an example sentence, a note) go on the back, each its own paragraph, and
            # the answer above them one too: 'kitchen<p><em>Je prépare…</em></p>' read 'kitchenJe prépare…' as text (T33-5)
            answer = [b if _BLOCK_START.match(b.text) else paragraph(b) for b in answer] + more
        return basic_item(
            doc, source, diag, line, where, answer,
            question=question, stimulus=stimulus, stimulus_after=after, reverse=reverse, **common,
        )
