"""Options laid out in a table (trial29 T29-32): ``| A. So | B. Na | C. Sd | D. S |`` under a question, one row of
lettered cells, or two rows of two (``| A. 54 | B. 56 |`` / ``| C. 63 | D. 64 |``), as teachers set short options to
save space, in Markdown or in Word (whose table converts to one). No reader took such a table for options: the question
was a basic card whose back was the table, and the test's key was glued under the last one. This line-kept rewrite
writes the table's options on its first line, ``A. So   B. Na   C. Sd   D. S``, a line of options every reader knows,
the table's other lines left blank.

Only a table whose every non-empty cell is one option, lettered in order from A (read row by row, or column by column:
``A | C`` over ``B | D``), two to eight of them, right under a line of text (the question). A table with a header
naming its columns, or any cell of other text, is left alone. Code is left alone. The letter may stand in a cell of its
own before the option's (``| A | nucleus | B | ribosome |``, or a ``| A | nucleus |`` column, as Word tests and exam
boards align short options: trial35 T35-17): every row then pairs a lone letter with its text.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_ROW = re.compile(r"^[ \t]{0,3}\|.*\|[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_CELL = re.compile(r"^(?:\*\*|__)?[(（]?(?P<l>[A-Ha-h])(?:\*\*|__)?[.)）](?:\*\*|__)?[ \t]+(?P<text>\S.*)$")
# a cell that is only an option's letter ('A', 'A.', '(A)', '**C**'): the option's text is the cell after it
_LABEL_CELL = re.compile(r"^(?P<b>\*\*|__)?[(（]?(?P<l>[A-Ha-h])[.)）]?(?P=b)?$")
_LETTERS = "abcdefgh"
MIN_OPTIONS, MAX_OPTIONS = 2, 8


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _paired(rows: list[list[str]]) -> list[list[str]] | None:
    """Rows whose cells go letter, text, letter, text (``| A | nucleus | B | ribosome |``) as rows of lettered cells
    (``A. nucleus``, ``B. ribosome``); a bold letter makes its option bold (the right one, marked); None unless every
    row is such pairs."""
    out: list[list[str]] = []
    for row in rows:
        cells = list(row)
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue  # (a Word table's empty head row)
        if len(cells) % 2:
            return None
        paired: list[str] = []
        for label, text in zip(cells[::2], cells[1::2], strict=True):
            m = _LABEL_CELL.match(label)
            if m is None or not text:
                return None
            bold = m.group("b") and not text.startswith(("**", "__"))
            paired.append(f"{m.group('l')}. {'**' + text + '**' if bold else text}")
        out.append(paired)
    return out or None


def _options(rows: list[list[str]]) -> list[str] | None:
    """The table's options in their letters' order ('A. So', 'B. Na' …), or None when it is no table of options."""
    found = [cell for row in rows for cell in row if cell]
    matches = [_CELL.match(cell) for cell in found]
    if not all(matches) and (paired := _paired(rows)) is not None:
        return _options(paired)  # ('| A | nucleus | B | ribosome |': each letter in a cell of its own)
    if not MIN_OPTIONS <= len(found) <= MAX_OPTIONS or not all(matches):
        return None
    letters = [m.group("l") for m in matches if m]
    if len({letter.isupper() for letter in letters}) != 1 or sorted(
        letter.lower() for letter in letters
    ) != list(_LETTERS[: len(letters)]):
        return None
    return [cell for _, cell in sorted(zip((letter.lower() for letter in letters), found, strict=True))]


def option_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table of options under a question written as one line of its options (the list itself when
    there is none); line numbers kept."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        if fenced[k] or not _ROW.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and (_ROW.match(lines[end]) or _RULE.match(lines[end])):
            end += 1
        above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
        rows = [_cells(line) for line in lines[k:end] if not _RULE.match(line)]
        options = (
            _options(rows)
            if above.strip() and not _ROW.match(above) and any(_RULE.match(line) for line in lines[k:end])
            else None
        )
        if options is not None:
            out = out if out is not None else list(lines)
            out[k] = "   ".join(options)
            for j in range(k + 1, end):
                out[j] = ""
        k = max(end, k + 1)
    return lines if out is None else out
