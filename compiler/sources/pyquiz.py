"""jupyterquiz questions written inline in a page's code cell, ``display_quiz([{"question": …, "type":
"many_choice", "answers": [{"answer": …, "correct": True, "feedback": …}, …]}])`` (trial15 T15-44).

Jupyter Book (MyST Markdown) lessons put their self-checks in a hidden code cell (``:tags: remove-input``), the way
jupyterquiz's README shows it: the reader sees the quiz, never the Python. deckc reads the same question list
in a JSON file already (:mod:`compiler.sources.databank`); here the list is a Python literal (``True``/``False``),
read with :func:`ast.literal_eval` (nothing runs), and the cell becomes the bank's Markdown, each question a
multiple-choice item at its line of the page; an admonition around nothing but the quiz cell
(``:::{admonition} Mini-Quiz``) goes with it. On a page that has such a quiz, the other cells whose input the
book hides (``remove-input``, ``remove-cell``: plots, imports) are left out too: no card shows them.
A call whose questions are not written out (``display_quiz("quiz.json")``, a variable) is left as it is.
"""

from __future__ import annotations

import ast
import json
import re

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import Converted
from compiler.sources.lines import closed_fences, heading_level_above

_FENCE = re.compile(r"^\s{0,3}(?P<mark>`{3,}|~{3,})\s*(?P<info>.*)$")
_CODE_INFO = re.compile(r"^(?:\{code-cell\}|\{code\}|python3?\b|ipython3?\b|py\b)", re.I)
_HIDDEN_TAGS = re.compile(r"\b(?:remove-input|remove-cell)\b")
_OPTION = re.compile(r"^\s*:[\w-]+:")  # MyST's ':tags: remove-input'
_MAGIC = re.compile(r"^\s*[%!]")  # IPython's '%matplotlib inline', '!pip install …': no Python
_BLOCK_OPEN = re.compile(r"^\s{0,3}(?P<mark>:{3,}|`{3,})\s*\{(?:admonition|note|tip|hint|important|attention|seealso|dropdown|exercise|card)\}")
_ATX = re.compile(r"^(?P<marks>#{1,6})(?=\s)")
_QUESTION_KEY = re.compile(r"""^\s*[{,]?\s*["']question["']\s*:""")


def _cells(lines: list[str]) -> list[tuple[int, int, list[str], list[str]]]:
    """``(opening line, closing line, option lines, code lines)`` of each code fence of the page."""
    found = []
    for k, end, info in closed_fences(lines):
        body = lines[k + 1 : end]
        options: list[str] = []
        if body and body[0].strip() == "---":  # a YAML block of options ('---' / 'tags: [remove-input]' / '---')
            close = next((j for j in range(1, len(body)) if body[j].strip() == "---"), 0)
            options, body = body[: close + 1], body[close + 1 :]
        while body and _OPTION.match(body[0]):
            options, body = [*options, body[0]], body[1:]
        if _CODE_INFO.match(info):
            found.append((k, end, options, body))
    return found


def inline_questions(code: list[str]) -> list[object] | None:
    """The question list a cell passes to ``display_quiz``, or None (no such call, or not written out)."""
    source = "\n".join("" if _MAGIC.match(line) else line for line in code)
    if "display_quiz" not in source:
        return None
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return None
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else ""
        if name != "display_quiz" or not isinstance(node.args[0], (ast.List, ast.Dict)):
            continue
        try:
            data = ast.literal_eval(node.args[0])
        except (ValueError, TypeError, SyntaxError, RecursionError):
            return None
        return data if isinstance(data, list) else [data]
    return None


def _around(lines: list[str], start: int, end: int) -> tuple[int, int]:
    """The lines a quiz cell takes: an admonition around nothing but it (``:::{admonition} Mini-Quiz`` … ``:::``)
    goes with it."""
    before = next((j for j in range(start - 1, -1, -1) if lines[j].strip()), None)
    after = next((j for j in range(end + 1, len(lines)) if lines[j].strip()), None)
    opened = _BLOCK_OPEN.match(lines[before]) if before is not None else None
    if opened is not None and after is not None and lines[after].strip() == opened.group("mark"):
        return before, after  # type: ignore[return-value]
    return start, end


_COLON_OPEN = re.compile(r"^\s{0,3}(?P<mark>:{3,})\s*\{[\w-]+\}")


def _open_blocks(lines: list[str], start: int) -> list[str]:
    """The MyST ``:::{…}`` blocks still open at ``start`` (outermost first), by their opening lines: a quiz inside
    one that holds more (``:::{admonition} Einschub`` / its text / the quiz / …) is closed before the quiz and
    opened again after it, so the quiz's questions are cards of their own, never part of the box's text."""
    stack: list[tuple[str, str]] = []
    code = ""
    for line in lines[:start]:
        fence = _FENCE.match(line)
        if code:
            code = "" if line.strip() and line.strip() == code[0] * len(line.strip()) and len(line.strip()) >= len(code) else code
            continue
        if fence is not None:
            code = fence.group("mark")
            continue
        opened = _COLON_OPEN.match(line)
        if opened is not None:
            stack.append((opened.group("mark"), line))
        elif stack and line.strip() and set(line.strip()) == {":"} and len(line.strip()) >= len(stack[-1][0]):
            stack.pop()
    return [opening for _, opening in stack]


def _hidden(start: int, cells: list[tuple[int, int, list[str], list[str]]]) -> bool:
    """Whether the cell opening at ``start`` is one whose input the book hides (``:tags: remove-input``)."""
    return any(c[0] == start and any(_HIDDEN_TAGS.search(o) for o in c[2]) for c in cells)


def quiz_cells(lines: list[str], rel: str) -> Converted | None:
    """The page with each ``display_quiz([...])`` cell as its questions' Markdown (see the module docstring);
    None when it has no such cell (the page is read as written)."""
    cells = _cells(lines)
    ends: set[int] = set()
    quizzes: list[tuple[int, int, list[str], list[int], tuple[Diagnostic, ...]]] = []
    for start, end, _options, code in cells:
        data = inline_questions(code)
        if not data:
            continue
        try:
            made = convert_json(data, rel)
        except ContentError:
            continue
        if not made.text.strip():
            continue
        first, last = _around(lines, start, end)
        asked = [j for j in range(start + 1, end) if _QUESTION_KEY.match(lines[j])]  # (each question at its line)
        rows = made.text.rstrip("\n").split("\n")
        by = heading_level_above(lines, first) - 1
        where: list[int] = []
        count = -1
        for k, row in enumerate(rows):
            m = _ATX.match(row)
            if m is not None:
                count += 1
                rows[k] = "#" * min(6, len(m.group("marks")) + max(by, 0)) + row[m.end() :]
            where.append(asked[min(max(count, 0), len(asked) - 1)] + 1 if asked else start + 1)
        around = _open_blocks(lines, first)
        if around:  # (closed before the questions, opened again after them when more of the box follows)
            closing = [re.match(r"\s*(:+)", o).group(1) for o in reversed(around)]  # type: ignore[union-attr]
            closer = next((j for j in range(last + 1, len(lines)) if lines[j].strip() and set(lines[j].strip()) == {":"}), len(lines))
            rest = [j for j in range(last + 1, closer) if lines[j].strip() and not any(a <= j <= b for a, b, _, _ in cells if _hidden(a, cells))]
            reopen = around if rest else []
            if not rest and closer < len(lines):
                ends.add(closer)  # (the box ends with the quiz: its own closing line goes)
            rows = [*closing, "", *rows, "", *reopen]
            where = [first + 1] * (len(closing) + 1) + where + [last + 1] * (len(reopen) + 1)
        quizzes.append((first, last, rows, where, made.warnings))
    if not quizzes:
        return None
    dropped = {j for start, end, _, _ in cells if _hidden(start, cells) for j in range(start, end + 1)} | ends
    text: list[str] = []
    origin: list[int] = []
    warnings: list[Diagnostic] = []
    line = 0
    for first, last, rows, where, said in quizzes:
        for j in range(line, first):
            text.append("" if j in dropped else lines[j])  # (a cell whose input the book hides: no card shows it)
            origin.append(j + 1)
        text.extend(["", *rows, ""])
        origin.extend([first + 1, *where, last + 1])
        warnings.extend(said)
        line = last + 1
    for j in range(line, len(lines)):
        text.append("" if j in dropped else lines[j])
        origin.append(j + 1)
    return Converted(text="\n".join(text) + "\n", origin=tuple(origin), warnings=tuple(warnings))


def convert_json(data: list[object], rel: str) -> Converted:
    """The questions as a JSON bank's Markdown (jupyterquiz's keys: question, type, answers, correct, feedback)."""
    from compiler.sources.databank import convert_bank

    return convert_bank(json.dumps(data, ensure_ascii=False, default=str), rel, "json")
