"""An exam paper and its mark scheme published as two files (trial26 T26-39): the paper numbers its questions in printed
boxes (AQA: ``0 1 . 1   Name the organelle …   [1 mark]``, copied out of its PDF digit by digit), the mark scheme is a
table (``Question | Answers | Mark | Extra information`` over ``01.1 | mitochondria / mitochondrion | 1 | allow …``).
Neither was read: the boxed numbers are no item numbers, the table no key entries, so 0 cards.

:func:`unboxed_numbers` writes a boxed number as one (``01.1``); :func:`scheme_key` writes each row of a mark-scheme
table as the key entry the readers know (``01.1 mitochondria / mitochondrion || Extra information: allow …``: the answer,
then the other columns a paragraph each, named by their heading; the marks column left out, the marks a question is
worth being no answer). Both keep the lines where they are (a message names the line as written).
:func:`scheme_numbers` and :func:`asked_numbers` let a build pair such a key file with the one file whose questions it
numbers (``read.py``), as it pairs a key of ``1. B`` entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from compiler.sources.lines import in_fence

# a number printed in boxes, a box a digit: '0 1 . 1', '0 1', '1 0 . 2' (the same read as '01.1' from another PDF)
_BOXED = re.compile(
    r"^(?P<lead>\s{0,3})(?P<a>\d) (?P<b>\d)(?: ?\. ?(?P<part>\d{1,2}))?(?P<gap>\t|\s{2,}|\s*$)"
)
_BOXED_PART = re.compile(r"^\s{0,3}\d ?\d ?\. ?\d{1,2}(?:\t|\s{2,}|\s*$)")
BOXED_MIN = 2  # boxed numbers with a part ('0 1 . 1') a page needs before any '0 2' line is read as a number


def unboxed_numbers(lines: list[str]) -> list[str]:
    """The lines with each question number printed in boxes written as one (``0 1 . 1`` -> ``01.1``, ``0 2`` -> ``02``),
    when the page has at least :data:`BOXED_MIN` of them with a part (a table of digits is no such page); the list itself
    when there is none."""
    fenced = list(in_fence(lines))
    if (
        sum(
            1
            for k, line in enumerate(lines)
            if not fenced[k] and _BOXED_PART.match(line) and " " in line.strip()[:6]
        )
        < BOXED_MIN
    ):
        return lines
    out = list(lines)
    for k, line in enumerate(lines):
        m = None if fenced[k] else _BOXED.match(line)
        if m is None:
            continue
        number = m.group("a") + m.group("b") + (f".{m.group('part')}" if m.group("part") else "")
        out[k] = f"{m.group('lead')}{number}{m.group('gap') or ''}{line[m.end() :]}"
    return out


# a mark scheme's question column: 'Question', 'Qu', 'Q.', 'Question number', 'No.', '#', 'Item', in a few languages
_NUMBER_HEAD = re.compile(
    r"(?i)^(?:q|qu|qn|ques|questions?|question\s+(?:no\.?|number|#)|q\.?\s*no\.?|no\.?|nr\.?|number|#|item|part|frage|aufgabe"
    r"|pregunta|questão|domanda|vraag|вопрос|задание|№|题号|題號|问题|問題|問|문항|번호|문제)\.?$"
)
# a column of marks (or of what a mark assesses): no answer, left out of the card
_MARKS_HEAD = re.compile(
    r"(?i)^(?:marks?|total(?:\s+marks?)?|points?|pts\.?|score|punkte|puntos|points|баллы|分|配点|배점|aos?|ao\s*(?:element|strand|ref)?s?"
    r"|spec(?:ification)?\.?\s*(?:ref(?:erence)?|point)?s?|level|mark\s+allocation)$"
)
# a row's question number: '01.1', '1', '3(a)', '2b', '4.2.1', 'Q5', '1 (a) (ii)'
_ROW_NUMBER = re.compile(
    r"(?i)^(?:q\s*)?(?P<n>\d{1,3}(?:\.\d{1,2})*(?:\s?\(?[a-h]\))?(?:\s?\([ivx]{1,4}\))?[a-h]?)\.?$"
)
_BARE_MARK = re.compile(r"^\d{1,2}(?:\s*marks?)?$", re.I)
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# a column of questions, which a key has not: '| # | Question | Answer |' is a table of cards
_QUESTION_HEAD = re.compile(
    r"(?i)^(?:questions?|prompts?|front|term|word|frage|pregunta|question\s+text|stem|вопрос|问题|問題|질문)$"
)
TITLE_LINES_MAX = 3  # lines of a scheme's title over its table (a paper's name, 'Mark scheme', a date)
ROWS_MIN = 2  # numbered rows a table needs to be read as a mark scheme


def _cells(line: str, outer: bool = True, columns: tuple[int, ...] = ()) -> list[str] | None:
    """A table row's cells: '| a | b |', 'a | b | c' (a PDF's or a Word file's table copied as text: ``outer`` False, a
    leading '|' an empty first cell), 'a<TAB>b'; or, given the ``columns`` a space-aligned table's header starts its
    words at (:func:`_columns`), the row's words cut there."""
    text = line.strip()
    if columns:
        cells = _aligned(line, columns)
        if cells is None:
            return None
    elif "|" in text:
        text = text.strip("|") if outer else text.removesuffix("|")
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", text)]
    elif "\t" in text:
        cells = [cell.strip() for cell in text.split("\t")]
    else:
        return None
    boxed = _BOXED.match(cells[0])  # ('0 1 . 1 | …': the paper's boxes copied into the scheme)
    if boxed is not None and boxed.end() == len(cells[0]):
        cells[0] = (
            boxed.group("a") + boxed.group("b") + (f".{boxed.group('part')}" if boxed.group("part") else "")
        )
    return cells


# a run of words one space apart: a space-aligned table's cell (its cells two spaces or more apart)
_RUN = re.compile(r"\S(?:\S| (?=\S))*")


def _aligned(line: str, columns: tuple[int, ...]) -> list[str] | None:
    """A space-aligned row's cells: each run of words in the column whose start (the header's word) is the last at or
    before it (a number set right of its column's start is in it); None for a line of one run at the margin (a title,
    text after the table)."""
    cells = [""] * len(columns)
    runs = list(_RUN.finditer(line.expandtabs()))
    if len(runs) < 2 and (not runs or runs[0].start() < columns[1] - 1):
        return None if runs else [""] * len(columns)
    for run in runs:
        c = max((k for k, at in enumerate(columns) if at <= run.start() + 1), default=0)
        cells[c] = f"{cells[c]} {run.group()}".strip()
    return cells


def _columns(lines: list[str]) -> tuple[int | None, tuple[int, ...]]:
    """``(the header's index, where its columns start)`` of a mark scheme laid out with spaces, no '|' or tab
    (``Question   Answer        Marks`` over ``1(a)       mitochondrion   1``, a PDF's table copied as text: trial34 T34-1):
    a header among the first lines whose words, two spaces or more apart, name the question column first and the
    answers or the marks after it; ``(None, ())`` for any other page."""
    seen = 0
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > TITLE_LINES_MAX + 1 or "|" in line or "\t" in line:
            return None, ()
        runs = list(_RUN.finditer(line))
        if (
            len(runs) >= 2  # (a number column and one more)
            and _NUMBER_HEAD.match(runs[0].group().strip("*_ "))
            and any(_ANSWER_HEAD.match(r.group()) or _MARKS_HEAD.match(r.group()) for r in runs[1:])
        ):
            return k, tuple(r.start() for r in runs)
    return None, ()


def _outer(lines: list[str]) -> bool:
    """Whether a table's rows are written between pipes ('| a | b |'), most of them opening with one."""
    piped = [line.strip() for line in lines if "|" in line and not _RULE.match(line)]
    return sum(line.startswith("|") for line in piped) * 2 > len(piped)


def _cutter(lines: list[str]) -> Callable[[int], list[str] | None]:
    """The cells of the line at an index of ``lines``, however the table is written (:func:`_cells`): a space-aligned
    table's lines above its header are its title, no row."""
    header, columns = _columns(lines)
    if header is not None:
        return lambda k: None if k < header else _cells(lines[k], columns=columns)
    outer = _outer(lines)
    return lambda k: _cells(lines[k], outer)


def _table(lines: list[str]) -> tuple[int | None, list[int]] | None:
    """``(the header's index or None, the indexes of the rows)`` of the one mark-scheme table in ``lines``: rows whose
    first cell is a question number, at least :data:`ROWS_MIN`, a header (if any) whose first cell names the question
    column; None when the lines hold no such table or hold anything but it and a title."""
    header: int | None = None
    rows: list[int] = []
    title = 0
    cut = _cutter(lines)
    for k, line in enumerate(lines):
        if not line.strip() or _RULE.match(line):
            continue
        cells = cut(k)
        if cells is None or len(cells) < 2:
            title += 1
            if rows or header is not None or title > TITLE_LINES_MAX or line.rstrip().endswith(("?", "？")):
                return None  # (text after the table, or questions above it: a document of its own, not a key table)
            continue  # (the scheme's title above it)
        if any(cell.rstrip("*_ ").endswith(("?", "？")) for cell in cells[1:]):
            return None  # ('| 1 | How do you …? | git switch -c |': a table of questions, no key)
        if _ROW_NUMBER.match(cells[0]):
            rows.append(k)
        elif header is None and not rows and _NUMBER_HEAD.match(cells[0].strip("*_ ")):
            if any(_QUESTION_HEAD.match(cell.strip("*_ ")) for cell in cells[1:]):
                return None  # ('| # | Question | Answer |': its questions are in it, a table of cards)
            header = k
        elif rows and not cells[0]:
            rows.append(k)  # (a cell's text wrapped onto a row of its own: more of the row above)
        else:
            return None
    numbered = [k for k in rows if _ROW_NUMBER.match((cut(k) or [""])[0])]
    return (header, rows) if len(numbered) >= ROWS_MIN else None


def scheme_key(lines: list[str]) -> list[str] | None:
    """The lines with a mark scheme's table written as key entries, a row a line (``01.1 mitochondria ||
    Extra information: allow mitochondrion``; the header and rule blank, a row wrapped onto the next joined to it), or
    None when ``lines`` hold no such table (module docstring). The marks column (by its heading, or, with no header, a
    column of bare numbers after the answer) is left out."""
    found = _table(lines)
    if found is None:
        return None
    header, rows = found
    cut = _cutter(lines)
    heads = [h.strip("*_ ") for h in (cut(header) or [])] if header is not None else []
    table = [cut(k) or [] for k in rows]
    width = max(len(cells) for cells in table)
    dropped = {c for c, head in enumerate(heads) if c > 0 and _MARKS_HEAD.match(head)}
    if not heads:  # no header: a column of bare numbers after the answer is the marks
        dropped = {
            c
            for c in range(2, width)
            if all(_BARE_MARK.match(cells[c]) for cells in table if c < len(cells) and cells[c])
        }
    out = [
        line if k not in rows and k != header and not _RULE.match(line) else ""
        for k, line in enumerate(lines)
    ]
    entry: list[list[str]] | None = None
    entry_at = -1
    for k, cells in zip(rows, table, strict=True):
        if not cells[0] and entry is not None:  # more of the row above
            for c, cell in enumerate(cells[1:], start=1):
                if cell and c < len(entry):
                    entry[c].append(cell)
            out[entry_at] = _entry_line(entry, heads, dropped)
            continue
        entry, entry_at = [[cell] if cell else [] for cell in cells], k
        entry += [[] for _ in range(width - len(entry))]
        out[k] = _entry_line(entry, heads, dropped)
    return out


# a marking point's mark after it ('movement of water (1)'): what the point earns, never the answer's text
_POINT_MARK = re.compile(r"[ \t]*+(?<!\S)\(\d\)(?=[\s;,.]|$)")


def _points(text: str) -> str:
    """A cell's text without its marking points' marks, each point that one ended kept apart from the next by ';'
    ('enzyme denatured (1) active site changes shape (1)' -> 'enzyme denatured; active site changes shape')."""
    return re.sub(r";(?:\s*;)+", ";", _POINT_MARK.sub(";", text)).strip("; ").replace(" ;", ";")


def _entry_line(entry: list[list[str]], heads: list[str], dropped: set[int]) -> str:
    number = _ROW_NUMBER.match(" ".join(entry[0]))
    parts = [_points(" ".join(entry[1]))] if len(entry) > 1 else []
    for c in range(2, len(entry)):
        text = _points(" ".join(entry[c]))
        if c in dropped or not text:
            continue
        head = heads[c] if c < len(heads) else ""
        parts.append(f"{head}: {text}" if head and not text.lower().startswith(head.lower()) else text)
    answer = " || ".join(part for part in parts if part)
    n = number.group("n") if number else " ".join(entry[0])
    n = (
        f"{n}." if n.isdigit() else n
    )  # ('1. B', the entry the readers know; '01.1 …' as the paper numbers it)
    return f"{n} {answer}".rstrip()


# a scheme row's number that names a question's part: '1(a)', '1 (b)', '4b', '2(a)(ii)'
_PART_ROW = re.compile(r"^(?P<n>\d{1,3})\s?\(?(?P<part>[a-h])\)?(?:\s?\((?P<sub>[ivx]{1,4})\))?\s+(?P<text>\S.*)$")


def part_entries(lines: list[str]) -> tuple[list[str], dict[str, tuple[int, list[str]]]]:
    """A mark scheme's rows for the parts of a question (``1(a) mitochondrion``, ``1(b) muscle cells need …``, as
    :func:`scheme_key` writes them) taken out of its key lines (blank, the lines below keep their numbers), by the number
    the paper's part is read as (``1a``; ``2aii``): the parts are items of their own only once read
    (:func:`~compiler.sources.sub_tasks.split_parts`), so a key read by question numbers takes ``1(a)`` for entry 1
    (trial34 T34-1). Each is ``(its line's index, its answer's paragraphs)``."""
    out, found = list(lines), {}
    for k, line in enumerate(lines):
        m = _PART_ROW.match(line)
        if m is None:
            continue
        found[m.group("n") + m.group("part") + (m.group("sub") or "")] = (k, m.group("text").split(" || "))
        out[k] = ""
    return out, found


# a header cell that names the answers: the mark in a file the build pairs by what it holds, a table of numbered rows
# being no key without it ('| 1 | Mercury |' / '| 2 | Venus |' is a note)
_ANSWER_HEAD = re.compile(
    r"(?i)^(?:(?:correct|expected|model|accepted|indicative)\s+)?(?:answers?|responses?|solutions?|key|mark\s+scheme|marking\s+guidance"
    r"|accept|réponses?|respuestas?|antworten|antwort|lösung(?:en)?|risposte?|respostas?|odpowied[źz]|ответы?|答案|解答|正解|정답|đáp\s+án)$"
)


def scheme_numbers(lines: list[str]) -> list[str]:
    """The question numbers a mark-scheme table's rows answer, in order (empty for any other file): only under a header
    that names the question column and the answers (``Question | Answers | Mark``)."""
    found = _table(lines)
    if found is None or found[0] is None:
        return []
    cut = _cutter(lines)
    heads = cut(found[0]) or []
    if not any(_ANSWER_HEAD.match(head.strip("*_ ")) for head in heads[1:]):
        return []
    cells = [(cut(k) or [""])[0] for k in found[1]]
    return [m.group("n") for cell in cells if (m := _ROW_NUMBER.match(cell))]


_ASKED = re.compile(
    r"^\s{0,3}(?:\*\*|__)?(?:(?i:question|q)\s*)?(?P<n>\d{1,3}(?:\.\d{1,2})*(?:\s?\(?[a-h]\))?)[.):]?(?:\*\*|__)?\s+\S"
)


def asked_numbers(lines: list[str]) -> set[str]:
    """The numbers of a page's items at the margin as written (``01.1``, ``3(a)``, ``2.``), boxed numbers read as one."""
    lines = unboxed_numbers(lines)
    return {
        m.group("n")
        for line, fenced in zip(lines, in_fence(lines), strict=True)
        if not fenced and (m := _ASKED.match(line))
    }


def answers_asked(scheme: list[str], asked: set[str]) -> bool:
    """Whether a mark scheme's rows answer a page's questions: each row's number is one the page asks, or, for a row
    naming a part (``1(a)``, ``4b``), the page asks its question (``1  (a)  Name …``: trial34 T34-1)."""
    return bool(scheme) and all(n in asked or ((m := _PART_ROW.match(f"{n} x")) and m.group("n") in asked) for n in scheme)
