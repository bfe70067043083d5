"""A numbered question whose answer is written under it indented less than the item's text (sitting 54)::

    21. What is a semaphore?
       - A semaphore is a synchronization mechanism …

The number ``21. `` puts the item's text at column 4; the bullet three spaces in is, to CommonMark, no child of the
item but a list of its own beside it, so the page read as questions without answers and answers outside any question
(an interview bank lost 21 questions). With four spaces it reads right. This line-kept rewrite indents such an answer
to the item's text column, as its author meant:

- a numbered entry at the margin (up to three spaces) whose text asks (a question mark, a question word, a study
  verb: ``Explain …``), followed (blank lines between or none) by a list or a paragraph indented deeper than the
  number but less than the entry's text: that block, to where a line goes back to its indent or less, is moved in;
- a bullet list at the entry's own indent (``1. What is …?`` / ``- answer`` / ``2. …``) is its answer only when the
  page's numbered questions alternate with such lists (ALTERNATING_MIN entries in a row, each so answered).

Tabs in the moved lines' indents are counted to the next multiple of four columns, as CommonMark counts them; code
fences (and what they hold) are moved with the block that opens them, never read as a block of their own.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence
from compiler.sources.pdf_fronts import asks

ALTERNATING_MIN = 2  # numbered questions in a row each over a bullet list at their own indent that make the page's shape

_ENTRY = re.compile(r"^(?P<indent> {0,3})(?P<number>\d{1,9})(?P<stop>[.)])(?P<gap>[ \t]+)(?P<text>\S.*)$")
_BULLET = re.compile(r"^[ \t]*[-*+](?:[ \t]|$)")
_ORDERED = re.compile(r"^[ \t]*\d{1,9}[.)](?:[ \t]|$)")
# a line that is no paragraph text: a heading, a rule, a quote, a table row, a tag, a fence
_NOT_TEXT = re.compile(r"^[ \t]*(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|>|\||<|```|~~~)")
# a list of options ('- [ ] doc', '- [x] PDF', '- A) …', '   a. …'): the option readings' own, at whatever indent
_OPTION = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\[[ xX✓✔]\]|\(?[A-Ha-h][.)])(?:[ \t]|$)")
_BREAK = re.compile(r"^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)")  # a heading or a rule


def _columns(space: str, start: int = 0) -> int:
    """The columns a run of spaces and tabs takes from column ``start`` (a tab goes on to the next multiple of 4)."""
    col = start
    for ch in space:
        col = col + 4 - col % 4 if ch == "\t" else col + 1
    return col - start


def _indent(line: str) -> int:
    return _columns(line[: len(line) - len(line.lstrip(" \t"))])


def _text_column(m: re.Match[str]) -> int:
    """The column where a numbered entry's text starts (a gap of five columns or more: one, the rest is code)."""
    at = len(m.group("indent")) + len(m.group("number")) + 1
    gap = _columns(m.group("gap"), at)
    return at + (1 if gap > 4 else gap)


def _moved(line: str, by: int) -> str:
    """``line`` with its indent written in spaces and ``by`` more."""
    if not line.strip():
        return line
    body = line.lstrip(" \t")
    return " " * (_indent(line) + by) + body


def _block(lines: list[str], fenced: list[bool], start: int, deep: int, margin: bool) -> int:
    """The end (exclusive, trailing blank lines left out) of the answer block that opens at line ``start``, indented
    ``deep`` columns: it runs while lines are blank, indented ``deep`` or more, inside a fence it opened, or a paragraph's
    lazy continuation; a block at the margin (``margin``) is one list and ends at a line that is no entry of it."""
    end, k = start + 1, start + 1
    while k < len(lines):
        line = lines[k]
        if not line.strip():
            k += 1
            continue
        prev = lines[k - 1]
        if fenced[k] and fenced[k - 1] and k - 1 >= start:  # (inside a fence the block opened: its code, whatever its indent)
            end = k = k + 1
            continue
        if _ENTRY.match(line) and _indent(line) < deep + (1 if margin else 0):
            break
        if _BREAK.match(line):
            break
        if margin:  # (an entry of the list, a line indented under one, or a lazy line going on an entry's text)
            if _indent(line) > 0 or _BULLET.match(line) or (prev.strip() and not _NOT_TEXT.match(line)):
                end = k = k + 1
                continue
            break
        if _indent(line) >= deep:
            end = k = k + 1
            continue
        if prev.strip() and not _NOT_TEXT.match(line) and not _BULLET.match(line) and not _ORDERED.match(line):
            end = k = k + 1  # (a paragraph's lazy continuation line)
            continue
        break
    return end


def _opens(lines: list[str], fenced: list[bool], k: int) -> bool:
    """Line ``k`` can open a list entry: at the top, after a blank line, a heading, a rule or a list's line."""
    if k == 0:
        return True
    prev = lines[k - 1]
    return not prev.strip() or bool(_BREAK.match(prev)) or bool(_BULLET.match(prev) or _ORDERED.match(prev)) or prev[:1] in " \t"


def shallow_answers(text: str) -> str:
    """``text`` with each numbered question's shallow answer indented under it (the text itself when none)."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    found: list[tuple[int, int, int, int, bool]] = []  # (entry line, answer start, answer end, columns to move, margin)
    for k, line in enumerate(lines):
        m = None if fenced[k] else _ENTRY.match(line)
        if m is None or not _opens(lines, fenced, k) or not asks(m.group("text")):
            continue
        j = next((i for i in range(k + 1, len(lines)) if lines[i].strip()), None)
        if j is None or (fenced[j] and not lines[j].lstrip().startswith(("```", "~~~"))):
            continue
        own, column = len(m.group("indent")), _text_column(m)
        if j == k + 1 and _indent(lines[j]) < column and not _BULLET.match(lines[j]) and not _ORDERED.match(lines[j]) and not _NOT_TEXT.match(lines[j]):
            # ('53. Can you explain …?' / 'Answer: A Real-Time …' / '  - Hard RTOS: …': the entry's text goes on to
            # its list, which is the entry's when set in up to its text's column)
            while j + 1 < len(lines) and lines[j + 1].strip() and not fenced[j + 1] and not _BULLET.match(lines[j + 1]) and not _NOT_TEXT.match(lines[j + 1]) and not _ORDERED.match(lines[j + 1]):
                j += 1
            if j + 1 >= len(lines) or not _BULLET.match(lines[j + 1]) or not own < _indent(lines[j + 1]) < column:
                continue
            j += 1
        below = _indent(lines[j])
        if _OPTION.match(lines[j]):
            continue
        if own < below < column:
            if _ENTRY.match(lines[j]) and _indent(lines[j]) <= 3 and j > k + 1:
                continue  # (a numbered entry after a blank line at up to three spaces: the list's next entry)
            if _NOT_TEXT.match(lines[j]) and not lines[j].lstrip().startswith(("```", "~~~")):
                continue
            found.append((k, j, _block(lines, fenced, j, below, False), column - below, False))
        elif below <= own and _BULLET.match(lines[j]) and not _ORDERED.match(lines[j]):
            found.append((k, j, _block(lines, fenced, j, below, True), column - below, True))
    # a bullet list at the entry's own indent answers it only where the page's questions alternate with such lists
    taken = []
    for n, (_k, j, end, by, margin) in enumerate(found):
        if not margin:
            taken.append((j, end, by))
            continue
        run = [n]
        for step in (-1, 1):
            at = n
            while 0 <= at + step < len(found) and found[at + step][4] and _next_to(lines, found[min(at, at + step)], found[max(at, at + step)]):
                at += step
                run.append(at)
        if len(run) >= ALTERNATING_MIN:
            taken.append((j, end, by))
    if not taken:
        return text
    for j, end, by in taken:
        for i in range(j, end):
            lines[i] = _moved(lines[i], by)
    return "\n".join(lines)


def _next_to(lines: list[str], first: tuple[int, int, int, int, bool], second: tuple[int, int, int, int, bool]) -> bool:
    """The second entry comes right after the first's answer (blank lines between or none)."""
    return all(not lines[i].strip() for i in range(first[2], second[0]))
