"""Text files of keyed blocks: a line of its own names each block's part and its record's number (trial21 T21-21)::

    < q1                                   <- the question's block (numpy-100's ``.ktx`` files)
    Import the numpy package under the name `np` (★☆☆)

    < h1                                   <- a hint
    hint: import … as

    < a1                                   <- the answer: here code
    import numpy as np

Exercise banks and course tools write the same shape with other marks (``[Q1]`` / ``[A1]``, ``@q 1`` / ``@a 1``,
``Q1`` / ``A1`` alone on their lines). Read as plain text, no layout fitted (the file gave no card, and the pattern
guessed from it took the answers' ``# Author:`` comments for questions). :func:`convert_keyed_blocks` writes each
record as the Markdown deckc reads, line for line: ``### Exercise N`` over the question's text, the hint as a hint
callout (shown with the question, never its answer), ``#### Answer`` over the answer (a block of code when its lines
read as code), an explanation block after it. A file is read so when its marks agree (one shape for all), at least
:data:`KEYED_MIN` questions are numbered apart and most have an answer block of the same number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted
from compiler.sources.lines import looks_like_code

# a mark alone on its line: an optional symbol before ('<', '@', '[', '--'), the part's name, its record's number,
# an optional symbol after (']', ':', '--')
_MARK = re.compile(
    r"^[ \t]*(?P<open>[<>@%=\[(:~-]{0,3})[ \t]*(?P<role>[A-Za-z]{1,11})[ \t]*[-_.]?[ \t]*(?P<n>\d{1,4})[ \t]*"
    r"(?P<close>[\])>:=~-]{0,3})[ \t]*$"
)
_ROLES = {
    "q": "question", "question": "question", "ques": "question", "problem": "question", "exercise": "question",
    "ex": "question", "task": "question",
    "a": "answer", "ans": "answer", "answer": "answer", "s": "answer", "sol": "answer", "solution": "answer",
    "h": "hint", "hint": "hint",
    "exp": "explanation", "expl": "explanation", "explanation": "explanation",
}  # fmt: skip
KEYED_MIN = 3  # questions at least, each numbered apart, for a file to be read as keyed blocks
ANSWERED_SHARE = 0.8  # of its questions, at least, with an answer block of their number


@dataclass
class _Mark:
    line: int  # 0-based
    role: str
    number: str
    shape: tuple[str, str, bool]  # (symbol before, symbol after, the part named by one letter)


def _marks(lines: list[str]) -> list[_Mark]:
    found = []
    for k, line in enumerate(lines):
        m = _MARK.match(line)
        if m is not None and (role := _ROLES.get(m.group("role").lower())) is not None:
            found.append(_Mark(k, role, m.group("n"), (m.group("open"), m.group("close"), len(m.group("role")) == 1)))
    return found


def _agreed(lines: list[str]) -> list[_Mark] | None:
    """The file's marks when they read as keyed blocks (see the module docstring), else None."""
    marks = _marks(lines)
    if not marks:
        return None
    shape = max({m.shape for m in marks}, key=lambda s: sum(1 for m in marks if m.shape == s))
    marks = [m for m in marks if m.shape == shape]
    asked = [m.number for m in marks if m.role == "question"]
    answered = {m.number for m in marks if m.role == "answer"}
    if len(asked) < KEYED_MIN or len(set(asked)) < len(asked):
        return None
    if sum(1 for n in asked if n in answered) < ANSWERED_SHARE * len(asked):
        return None
    if marks[0].role != "question":  # (the first block is a question's: a record opens with it)
        return None
    return marks


def looks_like_keyed_blocks(lines: list[str]) -> bool:
    """Whether a text file is made of keyed blocks (see the module docstring)."""
    return _agreed(lines) is not None


def _trimmed(lines: list[str], start: int, end: int) -> tuple[int, int]:
    """``start, end`` without the blank lines at either end."""
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return start, end


def _is_code(body: list[str]) -> bool:
    """Whether a block's lines read as code (a third of them at least, in order, as :func:`looks_like_code` reads a
    line: a magic '%timeit' or a shell line is no Python statement)."""
    said = [line for line in body if line.strip()]
    coded = 0
    in_code = False
    for line in said:
        in_code = looks_like_code(line, in_code)
        coded += in_code
    return bool(said) and coded * 3 >= len(said)  # ('# Author: …' / 'x = np.random.rand(…)' / '%timeit …': code)


def _text(line: str) -> str:
    """A line of a block's text, its Markdown kept ('`np`'), a leading '#' as text: no heading ends the record."""
    return "\\" + line.lstrip() if line.lstrip().startswith("#") else line


def _plain(line: str) -> str:
    """A hint's line with no code span of its own: its '_' and '*' as text ('np.__version__' is no bold)."""
    return line if "`" in line else re.sub(r"([_*])", r"\\\1", line)


def convert_keyed_blocks(lines: list[str], rel: str = "") -> Converted:
    """The file as Markdown with a line map (see the module docstring)."""
    marks = _agreed(lines) or []
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    start, end = _trimmed(lines, 0, marks[0].line if marks else len(lines))
    for k in range(start, end):  # (a title or notes over the first record: as written)
        out.append((lines[k], k + 1))
    asked: set[str] = set()
    record = ""
    answered = False
    for j, mark in enumerate(marks):
        at = mark.line + 1
        first, last = _trimmed(lines, mark.line + 1, marks[j + 1].line if j + 1 < len(marks) else len(lines))
        body = lines[first:last]
        if mark.role == "question":
            if record and not answered:
                out += [("", at), ("#### Answer", at), ("", at)]  # (no answer block: a question with no answer)
            record, answered = mark.number, False
            asked.add(mark.number)
            out += [("", at), (f"### Exercise {mark.number}", at), ("", at)]
            out += [(line, first + n + 1) for n, line in enumerate(body)]
            continue
        if mark.number != record:
            warnings.append(Diagnostic(
                rel, at, f"block {lines[mark.line].strip()!r} follows question {record or 'none'}, not its own: not in any card",
                f"put it right after its question's block (numbered {mark.number})", "warning", group="keyed-blocks",
            ))  # fmt: skip
            continue
        if mark.role == "hint":
            out += [("", at), ("> [!hint]- Hint", at)]
            out += [(f"> {_plain(line)}" if line.strip() else ">", first + n + 1) for n, line in enumerate(body)]
            continue
        if mark.role == "answer":
            out += [("", at), ("#### Answer", at), ("", at)]
            answered = True
        else:  # an explanation, after the answer
            out += [("", at), ("*Explanation:*", at), ("", at)]
        if _is_code(body):
            fence = "~~~" if any(line.lstrip().startswith("```") for line in body) else "```"
            out += [(fence, at), *((line, first + n + 1) for n, line in enumerate(body)), (fence, last)]
        else:
            out += [(_text(line), first + n + 1) for n, line in enumerate(body)]
    if record and not answered:
        out += [("", len(lines)), ("#### Answer", len(lines)), ("", len(lines))]
    while out and not out[0][0].strip():
        out.pop(0)
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out) or (1,), warnings=tuple(warnings))
