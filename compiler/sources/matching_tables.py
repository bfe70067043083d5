"""Matching exercises written as a table (trial17 T17-26): terms in one column, the definitions to match them with
scrambled in another, lettered (``| 1. Mitosis | a. Movement of water … |``, ``| Mitosis | A. … |``) or lettered by
their row under a header that names the two sides (``| Column A | Column B |``, ``List I | List II``), and a key
that pairs them: a line of number-letter pairs anywhere after the table (``**Answers:** 1-b, 2-a, 3-c``,
``Key: 1 C, 2 A``, a line per pair), or a column of letters beside the terms (``| Answer |`` holding ``C``). Read
row by row, every card taught a term with the wrong definition.

This rewrite writes such a table as a table of cards (``| Term | Definition |``), each term beside the definition
its key names, at the term's line; the key (when it keys this table alone) and the rows holding only a spare
definition go. A matching table with no key is no card (its rows pair nothing): each term is a question with no
answer, listed as such, and one warning at the table's line says why. ``matching = "rows"`` in the source's table keeps every table as written (rows already paired).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compiler.sources.lines import QUESTION_MARKS, in_fence

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_DECOR = "*_ "
_NUMBERED = re.compile(r"^\(?(?P<n>\d{1,3})[.):]\s+(?P<text>\S.*)$")
_LETTERED = re.compile(r"^(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])[.)])\s*(?P<text>\S.*)$")
_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
_LETTER = re.compile(r"^\(?(?P<l>[A-Za-z])[.)]?$")
# a header naming the two sides to match, not what they hold: 'Column A', 'Column 2', 'List II', 'Set B'; 'Columna A',
# 'Colonne B', 'Spalte A', 'Liste II', 'Kolumna A', 'Столбец Б' as other languages' worksheets name them
_SIDE = re.compile(
    r"^(?:column|col\.?|list|set|group|side|columna|colonne|colonna|coluna|spalte|liste|lista|grupo|gruppe|groupe|kolumna"
    r"|столбец|колонка|список)\s*(?:[a-d]|[1-4]|i{1,3}|iv|[абвг])$",
    re.I,
)
# a key line: an optional label ('**Answers:**', 'Key –'), then number-letter pairs and nothing else
_KEY_LABEL = re.compile(r"^[^\d|]{0,40}?[:：–—-]\s*(?=\(?\d)")
_PAIR = re.compile(r"\(?(?P<n>\d{1,3})\)?\s*(?:[-–—:.)=→]|->)?\s*\(?(?P<l>[A-Za-z])\)?(?![\w])")
_PAIR_GAP = re.compile(r"[\s,;，；/|]*")
_ANSWERS = re.compile(r"(?i)answer|correct|solution|key")  # a column of answers ('B. 443'), not of definitions
MIN_ROWS = 2
_BLANK = re.compile(r"^\s*(?:\\?_){3,}\s*|\s*(?:\\?_){3,}\s*$")  # a blank at a cell's start or end, Word's escaped ('\_\_\_') too
HEAD = ("| Term | Definition |", "|---|---|")


@dataclass(frozen=True)
class Unkeyed:
    """A matching table with no key: its header's line and how many terms it asks."""

    line: int  # 1-based, in the lines given
    terms: int
    letters: str  # 'a–d'


def matching_tables(lines: list[str], listed: bool = False) -> tuple[list[str], list[int], list[Unkeyed]] | None:
    """``(lines, the 1-based line each came from, the tables with no key)`` with every matching table paired by its
    key; None when the page has no matching table. ``listed``: each term a numbered item (``1. Nucleus``) over its
    definition's answer line, as a page of numbered questions is read, in place of a table of cards."""
    fenced = list(in_fence(lines))
    tables = [t for t in _tables(lines, fenced) if t is not None]
    if not tables:
        return None
    drop: set[int] = set()  # 0-based lines that go (a key, a spare definition's row)
    rows: dict[int, str] = {}  # 0-based line -> its rewritten row
    unkeyed: list[Unkeyed] = []
    for start, end, terms, defs, column in tables:
        numbers = {n for _, n, _ in terms}
        key: dict[int, str] = {}
        if column is not None:
            key = column
        else:
            found = _key_after(lines, fenced, end, numbers, set(defs), {s for s, *_ in tables})
            if found is not None:
                key, used = found
                drop.update(used)
        if not key:  # each term asked with no answer (listed, never a card), and the table said once
            unkeyed.append(Unkeyed(start + 1, len(terms), f"{min(defs)}–{max(defs)}"))
        rows[start], rows[start + 1] = ("", "") if listed else HEAD
        paired = {k for k, _, _ in terms}
        for k, n, term in terms:
            said = defs.get(key.get(n, ""), "")
            rows[k] = (f"{n}. {term}\nAnswer: {said}\n" if said else f"{n}. {term}\n") if listed else f"| {term} | {said} |"
        drop.update(k for k in range(start + 2, end) if k not in paired)
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        if k in drop:
            if not any(s <= k < e for s, e, *_ in tables):
                out.append("")  # a key line: blank, so the text around it keeps its paragraphs
                origin.append(k + 1)
            continue  # (a spare definition's row goes: the table goes on)
        made = rows.get(k, line).split("\n")  # (a listed term: its line, its definition's, a blank one)
        out.extend(made)
        origin.extend([k + 1] * len(made))
    return out, origin, unkeyed


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _plain(cell: str) -> str:
    """A cell without the bold or italic marks around its label ('**1.** Mitosis', '**A.** …')."""
    cell = _BLANK.sub("", cell) if cell else ""  # ('____ 1. Nucleus': the blank to write the letter in, T32-2)
    return re.sub(r"^(\*\*|__)(\(?\w{1,3}[.):]?\)?)\1", r"\2", cell.strip()).strip(_DECOR) if cell else ""


def _tables(lines: list[str], fenced: list[bool]):
    """Each pipe table of the page read as a matching exercise, or None for one that is not:
    ``(first line, end, [(line, number, term)], {letter: definition}, {number: letter} of a key column or None)``."""
    k = 0
    while k < len(lines):
        if fenced[k] or not lines[k].lstrip().startswith("|") or k + 1 >= len(lines) or not _SEPARATOR.match(lines[k + 1]):
            k += 1
            continue
        end = k + 2
        while end < len(lines) and not fenced[end] and lines[end].lstrip().startswith("|"):
            end += 1
        yield _matching(k, end, _cells(lines[k]), [(j, _cells(lines[j])) for j in range(k + 2, end)])
        k = end


def _matching(start: int, end: int, head: list[str], body: list[tuple[int, list[str]]]):
    if body and not any(cell.strip(_DECOR) for cell in head) and sum(1 for c in body[0][1] if _SIDE.match(c.strip(_DECOR))) == 2:
        head, body = body[0][1], body[1:]  # (a Word table's empty header row over 'Column A | Column B': T32-2)
    width = max(len(head), *(len(c) for _, c in body)) if body else len(head)
    if len(body) < MIN_ROWS or width < 2:
        return None
    grid = [[_plain(c) for c in [*cells, *[""] * (width - len(cells))]] for _, cells in body]
    columns = [[row[c] for row in grid] for c in range(width)]
    letter_at = next((c for c in range(width - 1) if _letters_alone(columns[c], columns[c + 1])), None)
    if letter_at is not None:  # '| 1 | abundant | a | happening every year |': the letter a cell of its own (T32-19)
        for row in grid:
            row[letter_at + 1], row[letter_at] = (f"{row[letter_at]}. {row[letter_at + 1]}" if row[letter_at] else row[letter_at + 1]), ""
        columns = [[row[c] for row in grid] for c in range(width)]
    defs_at = next((c for c in range(width) if _lettered(columns[c])), None)
    sides = [c for c in range(len(head)) if _SIDE.match(head[c].strip(_DECOR))]
    if defs_at is None and len(sides) == 2:  # '| Column A | Column B |': the second side lettered by its rows
        defs_at = sides[1]
        texts = [cell for cell in columns[defs_at] if cell]
        if len(texts) < MIN_ROWS or any(_LETTER.match(cell) for cell in texts):
            return None
        letters = iter("abcdefghijklmnopqrstuvwxyz")
        defs = {next(letters): cell for cell in columns[defs_at] if cell}
    elif defs_at is not None:
        defs = {}
        for cell in columns[defs_at]:
            if cell:
                m = _LETTERED.match(cell)
                defs[(m.group("p") or m.group("l")).lower()] = m.group("text").strip()
    else:
        return None
    others = [c for c in range(width) if c != defs_at]
    number_at = next((c for c in others if all(_NUMBER.match(cell) for cell in columns[c] if cell) and any(columns[c])), None)
    key_at = next(
        (c for c in others if c > defs_at and all(_key_letter(cell, defs) for cell in columns[c] if cell) and any(columns[c])), None
    )
    term_at = sides[0] if sides and defs_at == sides[-1] else next((c for c in others if c not in (number_at, key_at) and any(columns[c])), None)
    if term_at is None or (term_at > defs_at and not sides) or _ANSWERS.search(head[defs_at] if defs_at < len(head) else ""):
        return None
    if any(cell.rstrip(_DECOR).endswith(QUESTION_MARKS) for cell in columns[term_at]):
        return None  # '| Which port …? | B. 443 |': questions beside their lettered answers, no terms to match
    terms: list[tuple[int, int, str]] = []
    key: dict[int, str] | None = {} if key_at is not None else None
    for (line, _), row in zip(body, grid, strict=True):
        cell = row[term_at]
        if not cell:
            continue
        m = _NUMBERED.match(cell)
        if number_at is not None and row[number_at]:
            n, text = int(row[number_at].rstrip(".)")), cell
        elif m is not None:
            n, text = int(m.group("n")), m.group("text").strip()
        else:
            n, text = len(terms) + 1, cell
        terms.append((line, n, text))
        if key is not None:
            key[n] = _key_letter(row[key_at], defs)
    if len(terms) < MIN_ROWS or len({n for _, n, _ in terms}) < len(terms):
        return None
    return start, end, terms, defs, key if key and all(key.values()) else None


def _lettered(cells: list[str]) -> bool:
    """Every filled cell opens with a letter label, the letters a, b, c … each once (two at least)."""
    letters = []
    for cell in cells:
        if not cell:
            continue
        m = _LETTERED.match(cell)
        if m is None:
            return False
        letters.append((m.group("p") or m.group("l")).lower())
    return len(letters) >= MIN_ROWS and sorted(letters) == [chr(ord("a") + k) for k in range(len(letters))]


def _letters_alone(cells: list[str], beside: list[str]) -> bool:
    """A column of letters alone, a, b, c … in order (two at least), each beside a filled cell: the labels of the
    definitions in the next column (trial32 T32-19: read row by row, every word took the definition printed beside it)."""
    letters = [cell for cell in cells if cell]
    if len(letters) < MIN_ROWS or not all((m := _LETTER.match(cell)) and m.group("l") for cell in letters):
        return False
    if any(cell and not other for cell, other in zip(cells, beside, strict=True)):
        return False
    found = [cell.strip("().").lower() for cell in letters]  # (in order, as definitions are printed: a key's are not)
    return found == [chr(ord("a") + k) for k in range(len(found))]


def _key_letter(cell: str, defs: dict[str, str]) -> str:
    m = _LETTER.match(cell.strip(_DECOR))
    return m.group("l").lower() if m and m.group("l").lower() in defs else ""


def _pairs(line: str) -> list[tuple[int, str]] | None:
    """The number-letter pairs a line is made of (after an optional label), else None."""
    text = re.sub(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)?", "", line).replace("**", "").replace("__", "").strip()
    if text.startswith("|"):  # a key as a table: '| 1 | C |'
        text = " ".join(_cells(text))
    label = _KEY_LABEL.match(text)
    text = text[label.end() :] if label else text
    pos, pairs = 0, []
    while pos < len(text):
        m = _PAIR.match(text, pos)
        if m is None:
            return None
        pairs.append((int(m.group("n")), m.group("l").lower()))
        pos = _PAIR_GAP.match(text, m.end()).end()
    return pairs or None


def _key_after(
    lines: list[str], fenced: list[bool], end: int, numbers: set[int], letters: set[str], tables: set[int]
) -> tuple[dict[int, str], list[int]] | None:
    """The first key after the table (up to the next table) naming every term with a letter of its definitions:
    ``({number: letter}, its 0-based lines that key this table alone)``."""
    k = end
    while k < len(lines) and k not in tables:
        if fenced[k] or not lines[k].strip():
            k += 1
            continue
        pairs = _pairs(lines[k])
        if pairs is None:
            k += 1
            continue
        run, used = list(pairs), [k]
        j = k + 1
        while len(pairs) == 1 and j < len(lines) and not fenced[j] and (more := _pairs(lines[j])) is not None and len(more) == 1:
            run += more
            used.append(j)
            j += 1
        key = dict(run)
        if len(run) >= MIN_ROWS and numbers <= set(key) and all(key[n] in letters for n in numbers):
            return key, used if set(key) <= numbers else []
        k = j
    return None
