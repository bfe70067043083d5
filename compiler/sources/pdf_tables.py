"""A ruled table on a PDF's page, rebuilt from where its text and its rules stand: a study sheet laid out as
``№ | Question | Answer`` or ``Task | Command`` rows whose cells wrap over lines (trial22 T22-44, trial23 T23-19).

A PDF's text layer has no table in it: the text extractor gives the cells' lines in drawing order, a question's
second line after its answer's first, so no reader could pair them. The rules drawn between the rows tell the rows
(three or more lines drawn across the same width, one above the other); in each row, the left edges its text starts
at, the same in most rows, tell the columns. :mod:`compiler.sources.pdf` writes the rows as a Markdown table, which
the Markdown reader reads as it reads any Q/A table.

A table with no rules between its rows is not rebuilt (its rows could only be guessed from gaps, which prose and lists
have too); nor is one with fewer than two columns of words (a number or a bullet beside each item is a list).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """A piece of a page's text as the PDF draws it: its text, where it starts (points from the page's left and foot),
    its font size and whether its font is bold and monospaced."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    mono: bool = False


@dataclass(frozen=True)
class Rule:
    """A horizontal line drawn on a page: its height (points from the foot) and its left and right ends."""

    y: float
    left: float
    right: float


@dataclass(frozen=True)
class Table:
    """A table found on a page: the band of the page it covers (its top and bottom rules' heights), its rows of cells
    (text, each cell's lines joined), whether the first row is its header (set all in bold) and which columns are code
    (all their text monospaced)."""

    top: float
    bottom: float
    rows: tuple[tuple[str, ...], ...]
    header: bool
    code: tuple[bool, ...]
    span: tuple[float, float] = (0.0, 0.0)  # its rules' left and right ends


_SAME = 3.0  # points: rule ends or heights this close are the same; a rule's pieces this far apart are one rule
_EDGE = 2.0  # points: left edges of text this close are one column's
_RULE_MIN = 20.0  # points: a shorter horizontal line is an underline or a tick, no rule of a table
_ROWS_MIN = 3  # rows with text between rules, at least, that make a table
_EDGE_SHARE = 0.5  # of the rows whose text starts at a left edge, at least, for a column's
_FILLED_SHARE = 0.8  # of the rows with two cells or more, at least
_WORDS_SHARE = 0.6  # of a column's cells holding a word, at least, for a column of words
_LINE = 1.0  # points: runs whose baselines are this close stand on one line
_LETTER = re.compile(r"[^\W\d_]")
# a list's marker standing in a column of its own: a bullet, a number or a letter label ('1.', 'a)', '(iv)', '•')
_MARKER = re.compile(r"^\(?(?:\d{1,4}|[A-Za-z]|[ivxlcIVXLC]{1,5})[.):]?$|^[•▪◦‣·●○■□➢►✓✔*–-]$")


def rules_of(segments: list[tuple[float, float, float, float]]) -> list[Rule]:
    """The horizontal rules among line segments (x0, y0, x1, y1) drawn on a page, the pieces of one rule (a header's,
    drawn a column at a time) joined."""
    flat = sorted(
        (round((y0 + y1) / 2, 1), min(x0, x1), max(x0, x1)) for x0, y0, x1, y1 in segments if abs(y0 - y1) < 1.0 and abs(x1 - x0) > 1.0
    )
    out: list[list[float]] = []
    for y, left, right in flat:
        if out and abs(out[-1][0] - y) <= 1.0 and left <= out[-1][2] + _SAME:
            out[-1][2] = max(out[-1][2], right)
        else:
            out.append([y, left, right])
    return [Rule(y, left, right) for y, left, right in out if right - left >= _RULE_MIN]


def find_tables(runs: list[Run], rules: list[Rule], going_on: list[tuple[float, float]] | None = None) -> list[Table]:
    """The ruled tables on a page of these runs and rules, top to bottom (see the module's note); at the page's top, a
    table as wide as one of the last page's (``going_on``, their rules' ends) is that table going on, a row or two
    enough."""
    runs = [r for r in runs if r.text.strip() and r.size > 0]
    stacks: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: -r.y):
        stack = next((s for s in stacks if abs(s[0].left - rule.left) <= _SAME and abs(s[0].right - rule.right) <= _SAME), None)
        if stack is None:
            stacks.append([rule])
        elif stack[-1].y - rule.y > _SAME:  # (a double rule: one)
            stack.append(rule)
    top = max((s[0].y for s in stacks), default=0.0)
    tables = []
    for stack in stacks:
        more = stack[0].y == top and any(abs(stack[0].left - a) <= _SAME and abs(stack[0].right - b) <= _SAME for a, b in going_on or [])
        if len(stack) > (1 if more else _ROWS_MIN) and (table := _table(stack, runs, 1 if more else _ROWS_MIN)) is not None:
            tables.append(table)
    return sorted(tables, key=lambda t: -t.top)


def _table(stack: list[Rule], runs: list[Run], least: int) -> Table | None:
    """The table between a stack of rules drawn across one width, when its rows' text makes one."""
    left, right = stack[0].left - _SAME, stack[0].right + _SAME
    bands: list[list[Run]] = []
    for upper, lower in itertools.pairwise(stack):
        own = [r for r in runs if lower.y < r.y < upper.y and left <= r.x <= right]
        if own:
            bands.append(own)
    if len(bands) < least:
        return None
    edges = _edges(bands)
    if len(edges) < 2:
        return None
    rows: list[list[str]] = []
    spaced = any(run.text[-1:].isspace() for band in bands for run in band)  # (the producer keeps the space a line breaks at)
    code = [True] * len(edges)
    bold: list[bool] = []
    for band in bands:
        cells: list[list[Run]] = [[] for _ in edges]
        for run in band:
            cells[max((k for k, edge in enumerate(edges) if edge <= run.x + _EDGE), default=0)].append(run)
        rows.append([_cell_text(cell, spaced) for cell in cells])
        bold.append(all(r.bold for r in band))
        for k, cell in enumerate(cells):
            code[k] = code[k] and (all(r.mono for r in cell) or (len(rows) == 1 and bold[0]))  # (a header's name is no code)
    if sum(sum(bool(c) for c in row) >= 2 for row in rows) < _FILLED_SHARE * len(rows):
        return None
    body = rows[1:] if bold[0] else rows
    worded = [sum(bool(_LETTER.search(row[k])) and not _MARKER.match(row[k]) for row in body) for k in range(len(edges))]
    if sum(n >= _WORDS_SHARE * len(body) for n in worded) < 2:
        return None  # (a number or a bullet beside each item: a list, drawn in a box)
    header = bold[0] and not all(bold)
    return Table(stack[0].y, stack[-1].y, tuple(tuple(row) for row in rows), header, tuple(code), (stack[0].left, stack[0].right))


def _edges(bands: list[list[Run]]) -> list[float]:
    """The left edges of a table's columns: where text starts in many of its rows (a line's first run, or a run
    after a gap no wider than the space a column leaves), left to right."""
    seen: dict[float, set[int]] = {}
    for k, band in enumerate(bands):
        for run in band:
            edge = next((e for e in seen if abs(e - run.x) <= _EDGE), run.x)
            seen.setdefault(edge, set()).add(k)
    return sorted(edge for edge, on in seen.items() if len(on) >= _EDGE_SHARE * len(bands) and len(on) >= min(2, len(bands)))


def _cell_text(cell: list[Run], spaced: bool = False) -> str:
    """A cell's text: its lines top to bottom joined, each line's runs left to right; with no space after a line that
    ends in a hyphen (a word or a command wrapped there) or, when the producer keeps the space a line breaks at
    (``spaced``), after one that does not end in a space ('path/to/' + 'file')."""
    lines: list[tuple[float, list[Run]]] = []
    for run in sorted(cell, key=lambda r: (-r.y, r.x)):
        if lines and abs(lines[-1][0] - run.y) <= _LINE:
            lines[-1][1].append(run)
        else:
            lines.append((run.y, [run]))
    text, glued = "", False
    for _, own in lines:
        raw = "".join(r.text for r in sorted(own, key=lambda r: r.x))
        line = " ".join(raw.split())
        text = line if not text else text + line if glued or text.endswith("-") else f"{text} {line}"
        glued = spaced and not raw[-1:].isspace()
    return text
