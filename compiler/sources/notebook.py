"""A Jupyter notebook (``.ipynb``) as Markdown, each line remembering its cell and its line in the file.

Course material and exercise sets often come as notebooks.  The notebook's cells, in order, make one
Markdown document read like any Markdown file (:mod:`compiler.sources.converted`):

- a **Markdown cell** is its text;
- a **code cell** is a fenced code block in the notebook's language (``metadata.kernelspec.language``
  or ``language_info.name``; ``%%bash``-style cell magics name their own), so code under a question is
  its answer's (or its front's, as in Markdown);
- a code cell that is the learner's blank (``# your code here``, ``pass``, ``...``,
  ``raise NotImplementedError()``: :func:`placeholder_cell`) is left out: it is no card text;
- **outputs are left out** (printed tables, plots, tracebacks of a run are not study text, and a
  notebook saved after a run would change its cards), except the short text result of the code cell right under
  a Markdown cell that asks for a value ('Which was the most-ordered item?' over its ``groupby``: the value is the
  answer; learner4 N63); **raw cells** too.

Lines: a message names the line of the ``.ipynb`` file that holds the cell's line (notebooks are
JSON with one source line per file line, as Jupyter saves them) and, in brackets, the cell and its
line (``[cell 12, line 3]``, cells counted from 1 as they appear, Markdown and code alike), which is
how Jupyter, VS Code and a text editor each find the place.

A file that is not a notebook (not JSON, no ``cells`` list, a cell without ``source``) is an error
naming the file and, for bad JSON, the line: the build writes nothing.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import Converted
from compiler.sources.lines import answer_line, has_question_label, strip_question_label, unbold_label
from compiler.sources.problem_parts import problem_parts, stub_code

_SOURCE_KEY = re.compile(r'(?<!\\)"source"\s*:\s*')
_CELL_MAGIC = re.compile(r"^%%(\w+)")
_MAGIC_LANG = {"bash": "bash", "sh": "bash", "sql": "sql", "html": "html", "javascript": "javascript", "js": "javascript",
               "latex": "latex", "markdown": "markdown", "python": "python", "python3": "python", "ruby": "ruby", "perl": "perl",
               "writefile": ""}  # fmt: skip
HINT = (
    "download or copy it again whole, or open it in Jupyter and save it again "
    "(or export it as Markdown: File > Save and Export Notebook As > Markdown)"
)


def notebook_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The notebook's cells as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    try:
        data = json.loads(doc.text)
    except RecursionError:
        raise ContentError([Diagnostic(rel, None, "not a Jupyter notebook: JSON nested hundreds of levels deep", HINT)]) from None
    except json.JSONDecodeError as exc:
        raise ContentError([Diagnostic(rel, exc.lineno, f"not a Jupyter notebook: the JSON is broken here ({exc.msg})", HINT)]) from None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        old = isinstance(data, dict) and isinstance(data.get("worksheets"), list)
        why = "a notebook of format 3 (before 2015), which deckc does not read" if old else "no 'cells' list"
        raise ContentError([Diagnostic(rel, 1, f"not a Jupyter notebook: {why}", HINT)])
    lang = _language(data.get("metadata"))
    found = _source_lines(doc.text)
    lines: list[str] = []
    origin: list[int] = []
    places: list[str] = []
    at = 0  # the next 'source' found in the text: each cell's is the next one that holds its value
    asked = False  # the Markdown cell before asks a question: the code cell under it shows its short result too
    predict = False  # the Markdown cell before asks what the code under it prints: its saved output is the answer
    graded = _graded(cells)  # an nbgrader assignment: its solution cells say what answers (trial23 T23-32)
    tasks = set() if graded else exercise_cells(cells)  # (an exercise notebook: each task cell over its code; T19-5)
    posed = numbered_examples(cells, tasks)  # (its numbered tasks that show an example: a box each over its solution, T53-2)
    unsolved = learner_copy(cells) if not graded and not tasks else {}  # (its tasks over blank cells: boxes, T53-2)
    blanked: set[int] = set()  # the code cells of a task left to the learner: its given code, shown in its box
    left: set[int] = set()  # the task cells of those tasks
    if not graded:  # ('### Exercise 1' / its task over '# Solution goes here', or an exercise notebook's task over
        # starter code with gaps, 'pretty = "TODO"': the task asked, no answer; trial55 T55-3)
        for number, (start, given, taken) in blank_tasks(cells, tasks).items():
            if number not in unsolved and number not in posed:
                unsolved[number] = (start, given)
                blanked |= taken
                left.add(number)
    posed_more = _more_solutions(cells, posed)  # (a lead-in over another solution of such a task: that solution's too)
    checks = _checks(cells) if graded else set()
    given_cells = _given(cells) if graded and any(_refers(cell) for cell in cells) else set()
    given: list[tuple[str, int, str]] = []  # the rows of the code the parts ask about, shown with each that refers to it
    held: list[tuple[str, int, str]] = []  # a code cell's output kept for after the answer cell that follows it (T37-7)
    solving = 0  # 1: an exercise box was the last Markdown cell, its code cells come next; 2: they are open (T23-25)
    section = 1  # the level of the last heading of the notebook's own, the section a task cell's question is under
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or not isinstance(cell.get("source", ""), (str, list)):
            raise ContentError([Diagnostic(rel, None, f"not a Jupyter notebook: cell {number} is not a cell with text ('source')", HINT)])
        source = cell.get("source", "")
        text = source if isinstance(source, str) else "".join(str(s) for s in source)
        text = text.replace("\r\n", "\n").replace("\r", "")  # (a notebook written on Windows)
        own = [1]
        for k in range(at, len(found)):
            if found[k][0] == source:
                own, at = _cell_lines(found[k][1], source, text), k + 1
                break
        # a solutions notebook saved with its code cleared but its outputs kept ('### Step 5. What is the number of
        # observations?' over an empty cell that printed 4622): the output is all that answers (trial22 T22-35)
        cleared = cell.get("cell_type") == "code" and (asked or predict) and _comments_only(text)
        result = _short_result(cell, RESULT_LINES * (2 if predict else 1), every=predict) if cleared else None
        if cell.get("cell_type") not in ("markdown", "code") or (not text.strip() and not result):
            continue
        if cell.get("cell_type") == "code" and placeholder_cell(text) and not result:
            continue  # the learner's blank ('# your code here'): never card text
        if cell.get("cell_type") == "code" and (number - 1 in unsolved or number in blanked):
            continue  # (the given code over the learner's gap: shown in its task's box above)
        if _autograder(cell, text):
            continue  # nbgrader's tests ('assert …', '### BEGIN HIDDEN TESTS'): grading, not the answer (trial12 U75)
        if number in checks:
            continue  # 'Your function should print … Check that it does:' / 'squares(10)': the learner's check (T23-32)
        body = [line for line in _without_grading(text.split("\n"))]
        if solving == 2 and number in posed_more:  # ('And another approach using a groupby operation:' / its code)
            rows = [("", 0), *((line, k) for k, line in enumerate(body))]
            for line, k in rows:
                lines.append(line)
                origin.append(own[min(k, len(own) - 1)])
                places.append(f"cell {number}, line {k + 1}")
            continue
        if solving and cell.get("cell_type") != "code":
            if solving == 2:  # (the exercise's solution cells end at the next Markdown cell)
                lines.extend(["", ":::"])
                origin.extend([origin[-1]] * 2)
                places.extend([places[-1]] * 2)
            solving = 0
        box = exercise_box(text) if cell.get("cell_type") == "markdown" else None
        quiz = _quiz_rows(body, lines, rel) if cell.get("cell_type") == "code" and "display_quiz" in text else None
        if quiz is not None:  # jupyterquiz's questions written out in the cell: its questions (trial15 T15-44)
            rows = quiz
            asked = False
        elif result:
            rows = _result_rows(result, 0)
            asked = predict = False
        elif box is not None:  # '<div class="alert alert-success"><b>EXERCISE</b>: …</div>': the question (T23-25)
            rows = [(":::{exercise}", 0), *((line, 0) for line in box), (":::", len(body) - 1)]
            solving = 1
        elif number in unsolved:  # the learner's copy: '**22.** You have … For example:' / … over a blank cell (T53-2)
            start = unsolved[number][0]  # (a heading or a note above the number in its cell: above the box, as written)
            # ('### Exercise 1' over the box: a label, no text; a heading with a title, '# 2. Prettify ugly string', stays)
            rows = [("" if number in left and _BARE_LABEL.match(line) else line, k) for k, line in enumerate(body[:start])]
            rows += [("", start), (":::{exercise}", start)]
            rows += [(_TASK_MARK.sub("", line) if k == start else line, k) for k, line in enumerate(body) if k >= start]
            if number in left and (titled := _TASK_TITLE.match(body[start])):
                rows = [*rows[: -len(body) + start], (titled.group("title"), start)]  # (the task its heading's title)
            given = unsolved[number][1]
            if given:  # (the data the task gives, in the cell the learner writes under: the task's)
                opening, closing = _fences(given, lang)
                rows += [("", len(body) - 1), (opening, len(body) - 1), *((line, len(body) - 1) for line in given), (closing, len(body) - 1)]
            # (an empty solution box under it: the exercise asked and not answered, said so at its line)
            rows += [(":::", len(body) - 1), ("", len(body) - 1), (":::{solution}", len(body) - 1), (":::", len(body) - 1)]
        elif number in posed:  # '**22.** You have … For example:' / its fence / 'How do you …?' over its solution (T53-2)
            start = posed[number]  # (its number goes, as a task line's does: the card is numbered by its place)
            rows = [(":::{exercise}", 0), *((_TASK_MARK.sub("", line) if k == start else line, k) for k, line in enumerate(body)), (":::", len(body) - 1)]
            solving = 1
        elif cell.get("cell_type") == "code":
            while body and not body[-1].strip():
                body.pop()
            body = _loaded(body)
            opening, closing = _fences(body, lang)
            rows = [(opening, 0), *((line, k) for k, line in enumerate(body)), (closing, len(body) - 1)]
            if solving == 1:  # the code cells under an exercise box: its solution
                rows.insert(0, (":::{solution}", 0))
                solving = 2
            result = _short_result(cell, RESULT_LINES * (2 if predict else 1), every=predict) if asked or predict else None
            if result:  # ('Which was the most-ordered item?' over its groupby: the value it printed; learner4 N63)
                shown = [("", len(body) - 1), ("*Output:*", len(body) - 1), ("", len(body) - 1), *_result_rows(result, len(body) - 1)]
                if _answer_next(cells, number):  # (an answer cell follows: the output after it, T37-7)
                    held = [(line, own[min(k, len(own) - 1)], f"cell {number}, line {k + 1}") for line, k in shown]
                else:
                    rows += shown
            asked = predict = False
        else:
            at = -1
            if _solution_next(cells, number) or _task_cell(cell):  # (nbgrader: the task above its solution cell asks; formats2
                # F2-19; a task cell with no solution cell asks unanswered, never a card teaching its task: T23-32)
                body, at = _task_asked(body)
            elif number in tasks:
                body = _exercise_asked(body, section)
            section = next((len(m.group("marks")) for line in reversed(body) if (m := _HEADING.match(line)) and number not in tasks), section)
            rows = [(line, k) for k, line in enumerate(body)]
            if number in given_cells:  # (shown on the fronts of the parts that ask about it, below)
                given += [("", own[0], f"cell {number}, line 1"), *((line, own[min(k, len(own) - 1)], f"cell {number}, line {k + 1}") for line, k in rows)]
                continue
            if given and at >= 0 and _REFERS_BACK.search(body[at]):
                # 'Consider the following piece of code: …' before '## Part A' / 'Describe what this code does.': the
                # part's lead, shown on its front (the Markdown reading's section lead, learner L39)
                lines.append("")
                origin.append(own[0])
                places.append(f"cell {number}, line 1")
                for line, k in rows[:at]:
                    lines.append(line)
                    origin.append(own[min(k, len(own) - 1)])
                    places.append(f"cell {number}, line {k + 1}")
                for line, line_at, place in [*given, ("", own[0], "")]:
                    lines.append(line)
                    origin.append(line_at)
                    places.append(place or f"cell {number}, line 1")
                rows = rows[at:]
            last = next((line.strip() for line in reversed(body) if line.strip()), "")
            asked = last.rstrip("*_ ").endswith(("?", "？")) and bool(_ASKS_VALUE.search(last)) and not _ASKS_HOW.search(last)
            # (a task that asks for a value in the imperative, 'Compute the z-score of 75 …': the value its solution cell
            # printed is its answer as a question's is; trial41 T41-6, the back was the expression without it)
            asked = asked or (number in tasks and bool(_COMPUTES.match(last)))
            predict = bool(_ASKS_OUTPUT.search(last))
        if lines:
            rows.insert(0, ("", 0))  # cells are blocks of their own
        for line, k in rows:
            lines.append(line)
            origin.append(own[min(k, len(own) - 1)])
            places.append(f"cell {number}, line {k + 1}")
        if held and cell.get("cell_type") == "markdown":  # the answer cell: the held output under it
            for line, line_at, place in held:
                lines.append(line)
                origin.append(line_at)
                places.append(place)
            held = []
    if solving == 2:
        lines.extend(["", ":::"])
        origin.extend([origin[-1]] * 2)
        places.extend([places[-1]] * 2)
    if not any(line.strip() for line in lines):
        # (the message read.py turns into 'empty file: no card' for a file deck.toml does not name)
        hint = "the notebook has no Markdown or code cell with text: add the questions and answers as Markdown cells"
        raise ContentError([Diagnostic(rel, None, "file is empty", hint)])
    lines = problem_parts(lines)  # '## Problem: …' over '## Constraints', '## Algorithm', '## Code': its answer (T19-43)
    return Converted("\n".join(lines) + "\n", tuple(origin), tuple(places))


# a tutorial's exercise box: a Markdown cell that is an HTML box ('<div class="alert alert-success">') or a quote whose
# first words label it an exercise ('<b>EXERCISE</b>:', '**Exercise 2**:', 'Übung:', 'Ejercicio 3.')
_BOX_OPEN = re.compile(r"^\s*(?:<div\b[^>]*>|>)", re.I)
_MARKS = r"(?:\s*(?:</?(?:b|strong|em|i|p|h\d)\b[^>]*>|\*\*|__))*"
_EXERCISE_LABEL = re.compile(
    rf"^{_MARKS}\s*(?:exercises?|task|übung|aufgabe|ejercicio|exercice|esercizio|exerc[ií]cio|упражнение|задание|zadanie"
    rf"|ćwiczenie|opgave|oefening|練習|练习|演習|연습)(?:\s*\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?)?{_MARKS}\s*[:.)—–-]*{_MARKS}(?=\s|$)",
    re.I,
)


def exercise_box(text: str) -> list[str] | None:
    """A Markdown cell's exercise box as the Markdown of its task (the label, the box's tags and indent gone, its list
    entries '- …'), or None when the cell is no such box (trial23 T23-25: the SciPy tutorials' 'alert-success' boxes
    over a '%load solutions/…' cell were text inside topic cards)."""
    if not _BOX_OPEN.match(text):
        return None
    body = re.sub(r"(?m)^[ \t]*>[ \t]?", "", text) if text.lstrip().startswith(">") else text
    body = re.sub(r"(?is)^\s*<div\b[^>]*>|</div>\s*$", "", body.strip())
    label = _EXERCISE_LABEL.match(body)
    if label is None:
        return None
    rest = body[label.end() :]
    # (each entry a paragraph: the task, then a hint, as the box shows them)
    rest = re.sub(r"(?is)<li\b[^>]*>\s*(.*?)\s*</li>", lambda m: "\n\n" + " ".join(m.group(1).split()) + "\n\n", rest)
    rest = re.sub(r"(?i)<br\s*/?>|</?(?:ul|ol|p|div|span)\b[^>]*>", "\n", rest)
    rest = re.sub(r"(?is)<(b|strong)>(.*?)</\1>", r"**\2**", rest)
    rest = re.sub(r"(?is)<(i|em)>(.*?)</\1>", r"*\2*", rest)
    rest = re.sub(r"(?is)<code>(.*?)</code>", r"`\1`", rest)
    out: list[str] = []
    for line in (line.strip() for line in rest.split("\n")):
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out or None


_LOAD = re.compile(r"^\s*#?\s*%load\s+(?P<path>[^\s#]+)\s*$")


def _loaded(body: list[str]) -> list[str]:
    """A code cell that only loads a file (``# %load solutions/05A_knn.py``, the tutorials' solution cells) as that
    file's code: an include read.py expands (compiler/sources/shortcodes.py) from the deck folder, where the notebook's
    path points (and says when the file is not there); any other cell as it is."""
    code = [line for line in body if line.strip()]
    m = _LOAD.match(code[0]) if len(code) == 1 else None
    return [f"{{{{#load {m.group('path')}}}}}"] if m else body


def _result_rows(result: list[str], at: int) -> list[tuple[str, int]]:
    """A code cell's short result as a text block (fenced longer than any backtick run in it), every row at cell line
    ``at``."""
    ticks = "`" * max(3, *(len(r) + 1 for line in result for r in re.findall(r"`{3,}", line))) if any("```" in line for line in result) else "```"
    return [(ticks + "text", at), *((line, at) for line in result), (ticks, at)]


def _comments_only(text: str) -> bool:
    """A code cell with no code: empty, or only comments ('# Solution 1')."""
    return all(line.lstrip().startswith(("#", "//", "--")) for line in text.split("\n") if line.strip())


def _quiz_rows(body: list[str], lines: list[str], rel: str) -> list[tuple[str, int]] | None:
    """A code cell that shows a jupyterquiz quiz written out, ``display_quiz([{"question": …}])``, as its questions'
    Markdown (each at the cell line of its question), headed under the notebook's heading above it; else None."""
    from compiler.sources.pyquiz import convert_json, inline_questions

    data = inline_questions(body)
    if not data:
        return None
    try:
        made = convert_json(data, rel)
    except ContentError:
        return None
    if not made.text.strip():
        return None
    above = next((len(m.group(1)) for line in reversed(lines) if (m := re.match(r"^(#{1,6})\s", line))), 1)
    asked = [k for k, line in enumerate(body) if re.match(r"""^\s*[{,]?\s*["']question["']\s*:""", line)]
    rows: list[tuple[str, int]] = []
    count = -1
    for row in made.text.rstrip("\n").split("\n"):
        m = re.match(r"^(#{1,6})(?=\s)", row)
        if m is not None:
            count += 1
            row = "#" * min(6, len(m.group(1)) + above - 1) + row[m.end() :]
        rows.append((row, asked[min(max(count, 0), len(asked) - 1)] if asked else 0))
    return rows


def _answer_next(cells: list[Any], number: int) -> bool:
    """Whether the next cell with text after cell ``number`` (counted from 1) is a Markdown cell that opens with an
    answer label (``**Answer:** …``): the code between a question and its answer shows what is asked about, and its
    output belongs after that answer, never on the front (trial37 T37-7)."""
    for cell in cells[number:]:
        if not isinstance(cell, dict):
            return False
        source = cell.get("source", "")
        text = "".join(map(str, source)) if isinstance(source, list) else str(source)
        if not text.strip():
            continue
        first = next(line for line in text.split("\n") if line.strip())
        return cell.get("cell_type") == "markdown" and answer_line(unbold_label(first))
    return False


def _solution_next(cells: list[Any], number: int) -> bool:
    """Whether the next cell with text after cell ``number`` (counted from 1) is one nbgrader marks as the learner's
    solution (``metadata.nbgrader.solution``): the Markdown cell above it states the task it answers."""
    for cell in cells[number:]:
        if not isinstance(cell, dict):
            return False
        source = cell.get("source", "")
        if not ("".join(map(str, source)) if isinstance(source, list) else str(source)).strip():
            continue
        meta = cell.get("metadata")
        graded = meta.get("nbgrader") if isinstance(meta, dict) else None
        return isinstance(graded, dict) and bool(graded.get("solution"))
    return False


_HEADING = re.compile(r"^(?P<marks>#{1,6})\s")
EXERCISES_MIN = 2  # task cells right over their code that make a notebook an exercise notebook …
EXERCISE_SHARE = 2 / 3  # … when they are this share of its Markdown cells right over code, at least
TASK_CHARS = 400  # a task cell's text (past its heading) is this short, at most
TASK_PARAGRAPHS = 2
_RULE = re.compile(r"^\s*([-_*])(?:\s*\1){2,}\s*$")  # '_____', '---', '***': a thematic break between exercises
_BREAK = re.compile(r"\s*<br\s*/?>\s*$", re.I)
# narration, not a task: a tutorial's 'Let's load the data:', 'Now we plot it.', 'Here is our model:'
_NARRATES = re.compile(r"(?i:\b(?:we|we'(?:ll|re|ve|d)|let's|let\s+us|our|us|my|here's|here\s+is|here\s+are)\b)|\bI(?:'(?:ll|m|ve|d))?(?![\w.])")
_NOT_PROSE = re.compile(r"^\s*(?:[-*+]\s|\||>|```|~~~|<(?!br|code|b>|i>|em>|strong>)|!\[|\$\$)")
_INDENTED = re.compile(r"^(?: {4}|\t)")  # a paragraph's first line indented so: code, not a task's text


def _cell_text(cell: Any) -> tuple[str, str]:
    """``(cell type, its text)`` of a cell that counts as one (a Markdown cell or a code cell that is no blank and no
    autograder's); ``("", "")`` for another."""
    if not isinstance(cell, dict):
        return "", ""
    source = cell.get("source", "")
    text = source if isinstance(source, str) else "".join(str(s) for s in source) if isinstance(source, list) else ""
    kind = cell.get("cell_type")
    if kind not in ("markdown", "code") or not text.strip():
        return "", ""
    if kind == "code" and (placeholder_cell(text) or _autograder(cell, text)):
        return "", ""
    return str(kind), text.replace("\r\n", "\n").replace("\r", "")


def _task_lines(text: str) -> list[str] | None:
    """A Markdown cell's task: its text past its own heading lines and thematic breaks, when that is one or two short
    paragraphs of prose that does not narrate (no list, table, quote, code or picture); else None."""
    lines = [line for line in text.split("\n") if not _RULE.match(line)]
    while lines and (not lines[0].strip() or _HEADING.match(lines[0])):
        lines.pop(0)
    own = [_BREAK.sub("", line).strip() for line in lines]
    words = " ".join(line for line in own if line)
    paragraphs = 1 + sum(1 for k in range(1, len(own)) if not own[k] and own[k - 1])
    if not words or len(words) > TASK_CHARS or paragraphs - (not own[-1]) > TASK_PARAGRAPHS:
        return None
    opens = [line for k, line in enumerate(lines) if line.strip() and (k == 0 or not lines[k - 1].strip())]
    if any(_HEADING.match(line) or _NOT_PROSE.match(line) for line in lines if line.strip()) or any(_INDENTED.match(line) for line in opens):
        return None
    if _NARRATES.search(words):
        return None
    return [line for line in own if line]


def exercise_cells(cells: list[Any]) -> set[int]:
    """The cells (numbered from 1) of an exercise notebook's tasks: a Markdown cell whose text is a short task (one or
    two paragraphs of prose that does not narrate: 'Create a new array of 2*2 integers, without initializing
    entries.', 'Q1. Concatenate x1 and x2.') right over a code cell, its solution. A notebook is one when
    EXERCISES_MIN of its cells are such tasks and they are EXERCISE_SHARE of its Markdown cells right over code (a
    tutorial's cells over code narrate: 'Let's load the data:'); else none (trial19 T19-5)."""
    kept = [(number, *_cell_text(cell)) for number, cell in enumerate(cells, start=1)]
    kept = [(number, kind, text) for number, kind, text in kept if kind]
    over = [
        (number, text)
        for (number, kind, text), (_, after, code) in itertools.pairwise(kept)
        if kind == "markdown" and after == "code" and not _imports_only(code)
    ]  # (a cell over the notebook's imports sets nothing to do: 'Work through the exercises; …' was a card, trial41 T41-6)
    # (a cell opened by an answer label, '**Answer:** `a.mean(axis=0)`' over the code that shows it, answers the cell
    # above: never a task, nor a question 'Q: Answer: …'; trial26 T26-16)
    # (a lettered step whose code comes after a one-line lead-in cell, 'a. Generate a moons dataset …' / 'Adding
    # random_state=42 to make this notebook's output constant:' / its code: the step is the task, the lead-in part of
    # its solution; trial48 T48-7: the step was in no card, the lead-in and code the next step's front)
    leads = {
        second[0]
        for first, second, third in zip(kept, kept[1:], kept[2:], strict=False)
        if first[1] == second[1] == "markdown" and third[1] == "code" and _STEP.match(_task_text(first[2])) and _lead_in(second[2])
    }
    over = [(number, text) for number, text in over if number not in leads]
    over += [(first[0], first[2]) for first, second in itertools.pairwise(kept) if second[0] in leads]
    tasks = {number for number, text in over if (task := _task_lines(text)) is not None and not answer_line(task[0])}
    if len(tasks) < EXERCISES_MIN or len(tasks) < EXERCISE_SHARE * len(over):
        return set()
    # its other short cells that ask ('What is the *type* of 3 + 1.5 + 4?' over '**Answer: Floating Point Number**')
    asking = {number for number, kind, text in kept if kind == "markdown" and _asks((_task_lines(text) or [""])[-1])}
    return tasks | asking


# a task's number opening its line: '**22.** You have …', '**42**. In the …', '7. Select …'
_TASK_MARK = re.compile(r"^[ ]{0,3}(?:(?:\*\*|__)\d{1,3}(?:\\?[.)](?:\*\*|__)|(?:\*\*|__)[.)])|\d{1,3}\\?[.)])[ \t]+(?=\S)")
_TASK_NUMBER = re.compile(r"^[ ]{0,3}(?:(?:\*\*|__)\d{1,3}(?:\\?[.)](?:\*\*|__)|(?:\*\*|__)[.)])|\d{1,3}\\?[.)])[ \t]+\S")


def numbered_examples(cells: list[Any], tasks: set[int]) -> dict[int, int]:
    """An exercise notebook's numbered tasks too long for a task line (their example's code, the question after it,
    the output expected: '**22.** You have a DataFrame `df` … For example:' / fence / 'How do you filter out rows …?'),
    each right over its solution's code cell: ``{cell number: the index of its body's line the task's number opens}``.
    Only where most of the notebook's tasks are numbered so (trial53 T53-2: 100 pandas puzzles; the front held the
    first paragraph, the question and the example were on the back). A note of its own above the number ('The next
    three puzzles are slightly harder.') goes with the task, never onto the back of the one before."""
    if len(tasks) < EXERCISES_MIN:
        return {}
    kept = [(number, *_cell_text(cell)) for number, cell in enumerate(cells, start=1)]
    kept = [(number, kind, text) for number, kind, text in kept if kind]
    texts = {number: text for number, kind, text in kept if kind == "markdown"}
    numbered = sum(1 for number in tasks if number in texts and _TASK_NUMBER.match(_task_text(texts[number])))
    if numbered < EXERCISES_MIN or 2 * numbered < len(tasks):
        return {}
    posed: dict[int, int] = {}
    for (number, kind, text), (_, after, code) in itertools.pairwise(kept):
        if kind != "markdown" or after != "code" or number in tasks or _imports_only(code):
            continue
        body = text.split("\n")
        start = next((k for k, line in enumerate(body) if _TASK_NUMBER.match(line)), None)
        if start is None or any(_HEADING.match(line) for line in body[start:]):
            continue
        if any(line.strip() and not (_NOT_PROSE.match(line) or _BREAK.sub("", line).strip()) for line in body[:start]):
            continue
        if any(_HEADING.match(line) or _NOT_PROSE.match(line) for line in body[:start] if line.strip()):
            continue  # (a heading or a list above the number: a section's text, not a note over one task)
        posed[number] = start
    return posed


# a comment that marks the learner's gap in a cell of given code ('# write a solution to the question here', 'df = #
# (complete this line of code)', '# your code here')
_GAP_COMMENT = re.compile(r"(?:^|\s)(?:#|//)\s*\(?(?i:.*\b(?:your|here|complete\s+this|fill\s+in|todo)\b.*)$")


def _gap_code(text: str) -> list[str] | None:
    """The code a learner's cell gives, its gap taken off: ``[]`` for a blank cell (nothing, or only a placeholder),
    the lines above the gap for given code whose last line is the gap (a comment that says so, alone or after an
    unfinished line: ``df = # (complete this line of code)``); None for code that is no blank (a solution)."""
    if not text.strip() or stub_code(text):
        return []
    lines = text.rstrip().split("\n")
    if not _GAP_COMMENT.search(lines[-1]):
        return None
    lines.pop()
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def learner_copy(cells: list[Any]) -> dict[int, tuple[int, list[str]]]:
    """The learner's copy of a numbered exercise notebook (its tasks, ``**22.** You have a DataFrame …``, each over a
    blank code cell or one that gives data and leaves the gap: ``# write a solution to the question here``):
    ``{task cell: (the index of its body's line the number opens, the given code)}``. Each such task is a box with no
    solution, said unanswered, its given data with it (trial53 T53-2: a long task's example, question and expected
    output read as a card whose answer was the output, or the data; 23 such cards). Only where EXERCISES_MIN tasks or
    more, most of the notebook's numbered cells, stand so."""
    found: dict[int, tuple[int, list[str]]] = {}
    numbered = 0
    for number, (cell, after) in enumerate(itertools.pairwise(cells), start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = (source if isinstance(source, str) else "".join(str(s) for s in source) if isinstance(source, list) else "").replace("\r\n", "\n")
        body = text.split("\n")
        start = next((k for k, line in enumerate(body) if _TASK_NUMBER.match(line)), None)
        if start is None or any(_HEADING.match(line) for line in body[start:]):
            continue
        numbered += 1
        if not isinstance(after, dict) or after.get("cell_type") != "code":
            continue
        code = after.get("source", "")
        code = code if isinstance(code, str) else "".join(str(s) for s in code) if isinstance(code, list) else ""
        given = _gap_code(code.replace("\r\n", "\n"))
        if given is not None:
            found[number] = (start, given)
    if len(found) < EXERCISES_MIN or 2 * len(found) < numbered:
        return {}
    # (a task of one paragraph over a blank cell reads as the question it is, said unanswered: only the longer ones)
    return {n: v for n, v in found.items() if v[1] or _blocks_after(_cell_body(cells[n - 1]), v[0])}


# a task's heading: 'Exercise 1', 'Problem 2:', 'Task 3.', 'Übung 4' (ModSimPy's chapters: '### Exercise 1' over the task
# and '# Solution goes here' cells), or a numbered one in an exercise notebook ('# 2. Prettify ugly string')
_TASK_HEADING = re.compile(
    r"^[ ]{0,3}#{1,6}[ \t]+(?:(?i:exercises?|exercise|problem|task|challenge|practice|übung|aufgabe|exercice|ejercicio|esercizio)"
    r"\b[ \t]*(?:\d{1,3}(?:\.\d{1,2})?)?[ \t]*[.:)]?|\d{1,3}[.)])(?:[ \t]+\S.*)?$"
)
# a cell that opens a task's solution after the learner's blank: '#### Solution', '**Answer:**', '<details>'
_SOLUTION_CELL = re.compile(
    r"^\s*(?:#{1,6}\s*|<details\b|(?:\*\*|__))?\s*(?i:(?:sample\s+|model\s+|possible\s+)?(?:solutions?|answers?|l[öo]sung(?:en)?"
    r"|soluci[oó]n(?:es)?|solu[cç][aã]o|r[ée]ponses?|corrig[ée]|respuestas?|risposta|soluzione|antwort(?:en)?|oplossing)\b|<details\b)"
)
_TASK_TITLE = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+\d{1,3}[.)][ \t]+(?P<title>\S.*?)[ \t#]*$")  # ('# 2. Create a new list …')
_BARE_LABEL = re.compile(
    r"^[ ]{0,3}#{1,6}[ \t]+(?i:exercise|problem|task|challenge|practice|übung|aufgabe|exercice|ejercicio|esercizio)"
    r"[ \t]*(?:\d{1,3}(?:\.\d{1,2})?)?[ \t]*[.:)]?[ \t]*$"
)
# a gap the learner fills in given code: '____' ('stripped = ____.strip()'), a "TODO" value ('pretty = "TODO"'), a line
# left open after '=' ('modified ='), or a comment that says so anywhere ('# Your implementation:', '# Your code here')
_GAP_IN_CODE = re.compile(r"_{3,}|([\"'])TODO\1|^\s*[A-Za-z_][\w.\[\]'\"]*\s*=\s*(?:#.*)?$")


def _gapped(code: str) -> bool:
    """Starter code the learner completes: gaps in it, or a comment that says where their code goes."""
    lines = [line for line in code.split("\n") if line.strip()]
    return any(_GAP_IN_CODE.search(line) or (line.lstrip().startswith("#") and _GAP_COMMENT.search(line)) for line in lines)


def blank_tasks(cells: list[Any], tasks: set[int]) -> dict[int, tuple[int, list[str], set[int]]]:
    """The tasks a notebook leaves to the learner (trial55 T55-3): a Markdown cell that sets a task (an exercise
    notebook's task cell, ``tasks``; or one under a task's heading, ``### Exercise 1``) whose code cells, up to the next
    Markdown cell, hold no solution but the learner's blank (``# Solution goes here``, ``# Your implementation here``)
    or starter code with gaps (``____``, ``pretty = "TODO"``): ``{task cell: (the index of its body's line the task
    opens, the given code, the numbers of those code cells)}``. Such a task is said unanswered, its given code on its
    front; before, the given data, the starter code or the task's second paragraph was the card's answer."""
    found: dict[int, tuple[int, list[str], set[int]]] = {}
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        body = _cell_body(cell)
        heading = next((k for k, line in enumerate(body) if line.strip()), None)
        if heading is None:
            continue
        headed = _TASK_HEADING.match(body[heading]) is not None
        if number not in tasks and not headed:
            continue
        start = heading + 1 if _HEADING.match(body[heading]) else heading
        while start < len(body) and not body[start].strip():
            start += 1
        if start >= len(body) and headed and _TASK_TITLE.match(body[heading]):
            start = heading  # ('# 2. Create a new list without modifiying the original one' alone: the task is its title)
        elif start >= len(body) or _HEADING.match(body[start]) or any(_HEADING.match(line) for line in body[start:]):
            continue  # (a heading alone, or a section of text: no task of one cell)
        given: list[str] = []
        taken: set[int] = set()
        blank = False
        k = number
        while k < len(cells) and isinstance(cells[k], dict) and cells[k].get("cell_type") == "code":
            code = "\n".join(_cell_body(cells[k])).strip("\n")
            k += 1
            taken.add(k)
            if not code.strip():
                continue
            if stub_code(code):
                blank = True
                continue
            if _autograder(cells[k - 1], code):
                continue  # (its checks: no answer, never shown)
            gap = _gap_code(code)
            if gap is not None or _gapped(code):
                blank = True
            given += [*([""] if given else []), *(gap if gap is not None and not _gapped("\n".join(gap)) else code.split("\n"))]
        after = _cell_body(cells[k]) if k < len(cells) and isinstance(cells[k], dict) and cells[k].get("cell_type") == "markdown" else []
        if blank and taken and not _SOLUTION_CELL.match(next((line for line in after if line.strip()), "")):
            found[number] = (start, given, taken)  # (never when a solution follows the blank: '#### Solution' / its code)
    # (numbered headings over blanks make an exercise notebook only when there are EXERCISES_MIN of them: a tutorial's
    # '## 1. Setup' over a cell of '# TODO: your key here' is no task)
    labelled = {n for n in found if _BARE_LABEL.match(_cell_body(cells[n - 1])[0] if _cell_body(cells[n - 1]) else "") or n in tasks}
    return found if len(found) >= EXERCISES_MIN else {n: v for n, v in found.items() if n in labelled}


def _cell_body(cell: Any) -> list[str]:
    source = cell.get("source", "") if isinstance(cell, dict) else ""
    text = source if isinstance(source, str) else "".join(str(s) for s in source) if isinstance(source, list) else ""
    return text.replace("\r\n", "\n").split("\n")


def _blocks_after(body: list[str], start: int) -> bool:
    """Text after the task's first paragraph (its example's code, the question, the output expected)."""
    k = start
    while k < len(body) and body[k].strip():
        k += 1
    return any(line.strip() for line in body[k:])


def _more_solutions(cells: list[Any], posed: dict[int, int]) -> set[int]:
    """The one-line lead-in cells (``Here's an alternative approach based on a cookbook recipe:``, ``And another
    approach using a groupby operation:``) between the code cells that follow a numbered task of
    :func:`numbered_examples`: more of its solution (trial53 T53-10: each was a card of its own)."""
    if not posed:
        return set()
    kept = [(number, *_cell_text(cell)) for number, cell in enumerate(cells, start=1)]
    kept = [(number, kind, text) for number, kind, text in kept if kind]
    more: set[int] = set()
    solving = False
    for k, (number, kind, text) in enumerate(kept):
        if kind == "markdown":
            after = kept[k + 1][1] if k + 1 < len(kept) else ""
            if solving and after == "code" and _lead_in(text) and not _TASK_NUMBER.match(text.strip()):
                more.add(number)
                continue
            solving = number in posed
        elif not solving:
            continue
    return more


_STEP = re.compile(r"^(?:[a-z]|\d{1,2})[.)]\s+\S")  # an exercise's step: 'a. Generate …', 'b) Split …', '2. Train …'
LEAD_CHARS = 160  # a lead-in cell's one line is this short, at most


def _task_text(text: str) -> str:
    """A cell's first line of text past its headings, stripped."""
    return next((line.strip() for line in text.split("\n") if line.strip() and not _HEADING.match(line)), "")


def _lead_in(text: str) -> bool:
    """Whether a Markdown cell is one short line leading in to the code under it (``Adding random_state=42 …:``)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) == 1 and len(lines[0]) <= LEAD_CHARS and lines[0].rstrip().endswith(":") and not _STEP.match(lines[0].strip())


def _asks(line: str) -> bool:
    return line.rstrip("*_ ").endswith(("?", "？"))


def _unbold_labelled(task: str) -> str:
    """A task wholly in bold that opens with a question's label, unbolded and unlabelled (``**Q3. Make a new list …**``
    → ``Make a new list …``: the label is layout, as on the notebook's tasks that ask; newdocs d/14 kept ``Q3.``)."""
    whole = re.fullmatch(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", task.strip())
    if whole is None or not has_question_label(whole.group(2)):
        return task
    return strip_question_label(whole.group(2)).strip() or task


def _exercise_asked(body: list[str], section: int) -> list[str]:
    """A task cell's lines with its task a question heading one level under the heading over it (the cell's own, else
    the notebook's last one above the cell, at level ``section``), so the code under it is its answer (trial19 T19-5)."""
    task = _task_lines("\n".join(body)) or []
    start = 0
    level = 0
    for k, line in enumerate(body):
        m = _HEADING.match(line)
        if m is not None:
            start, level = k + 1, len(m.group("marks"))
        elif line.strip() and not _RULE.match(line):
            break
    level = level or section
    text = _unbold_labelled(" ".join(task))
    return [*body[:start], "#" * min(level + 1, 6) + (" " if _asks(text) else " Q: ") + text]


def _task_asked(body: list[str]) -> tuple[list[str], int]:
    """A task cell's lines with its last paragraph ('Write a function that returns …') a question heading one level under
    the cell's own heading ('## Part A (2 points)'), so the solution under it is its answer, never the task itself; and
    the index of that heading (-1: the cell is left as it is)."""
    end = len(body)
    while end and not body[end - 1].strip():
        end -= 1
    start = end
    while start and body[start - 1].strip():
        start -= 1
    task = " ".join(line.strip() for line in body[start:end])
    if not task or task.startswith(("#", "```", "~~~", "|", "<", "!", "$$", "- ", "* ", ">")):
        return body, -1
    level = max((len(m.group("marks")) for line in body[:start] if (m := _HEADING.match(line))), default=2)
    task = _unbold_labelled(task)
    bare = strip_question_label(unbold_label(task))  # ('**Question 1.** Write a function …': the label is layout, T27-7)
    task = bare if bare.strip() and bare != unbold_label(task) else task
    asks = task.rstrip("*_ ").endswith(("?", "？"))
    return [*body[:start], "#" * min(level + 1, 6) + (" " if asks else " Q: ") + task, *body[end:]], start


# a part's task that asks about what the notebook set before its parts ('Describe, in words, what this code does.')
_REFERS_BACK = re.compile(
    r"(?i)\b(?:this|that|these|the|above)\s+(?:\w+\s+)?(?:code|function|program|snippet|script|class|method|loop|query|listing)\b"
    r"|\babove\b"
)


def _refers(cell: Any) -> bool:
    """A Markdown cell of an nbgrader part whose task asks about what was set before the parts ('… this code …')."""
    kind, text = _cell_text(cell)
    if kind != "markdown":
        return False
    body, at = _task_asked(text.split("\n"))
    return at >= 0 and _REFERS_BACK.search(body[at]) is not None


def _nbgrader(cell: Any) -> dict[str, Any]:
    meta = cell.get("metadata") if isinstance(cell, dict) else None
    graded = meta.get("nbgrader") if isinstance(meta, dict) else None
    return graded if isinstance(graded, dict) else {}


def _graded(cells: list[Any]) -> bool:
    """An nbgrader assignment: some cell is marked as the learner's solution (``metadata.nbgrader.solution``)."""
    return any(_nbgrader(cell).get("solution") for cell in cells)


def _task_cell(cell: Any) -> bool:
    """An nbgrader task cell (``metadata.nbgrader.task``): a task graded by hand, with no solution cell."""
    return bool(_nbgrader(cell).get("task")) and cell.get("cell_type") == "markdown"


def _checks(cells: list[Any]) -> set[int]:
    """The cells (from 1) of an nbgrader part after its last solution cell, up to the next Markdown cell with a heading
    or a task: the learner's checks ('Your function should print … Check that it does:' over 'squares(10)'), never a
    question or an answer (trial23 T23-32: two junk cards)."""
    out: set[int] = set()
    solved = False
    for number, cell in enumerate(cells, start=1):
        kind, text = _cell_text(cell)
        if not kind:
            continue
        meta = _nbgrader(cell)
        if meta.get("solution"):
            solved = True
            continue
        if kind == "markdown" and (any(_HEADING.match(line) for line in text.split("\n")) or meta.get("task") or _solution_next(cells, number)):
            solved = False
            continue
        if solved and not meta.get("grade"):
            out.add(number)
    return out


def _given(cells: list[Any]) -> set[int]:
    """The Markdown cells (from 1) before an nbgrader assignment's first heading or task, when they show code (a fence):
    what its parts ask about ('Consider the following piece of code:' + the code)."""
    out: set[int] = set()
    for number, cell in enumerate(cells, start=1):
        kind, text = _cell_text(cell)
        if not kind:
            continue
        lines = text.split("\n")
        if kind != "markdown" or any(_HEADING.match(line) for line in lines) or _nbgrader(cell).get("solution") or _solution_next(cells, number):
            break
        out.add(number)
    return out if any(_FENCE_OPEN.match(line) for n in out for line in _cell_text(cells[n - 1])[1].split("\n")) else set()


_FENCE_OPEN = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})")


# a question asking for a value, whose code's result is its answer ('Which was the most-ordered item?', 'How many …?'),
# not for a way ('How do you square the numbers?': the code is the answer)
_ASKS_VALUE = re.compile(r"(?i)\b(?:which|what|how\s+(?:many|much|long|big|old|often)|who|when|where)\b")
_ASKS_HOW = re.compile(r"(?i)\b(?:how\s+(?:do|does|did|can|could|would|should|to)|why)\b|\bwhat\s+(?:is|are)\s+the\s+(?:code|command|syntax|function|way)\b")
# a task asking what the code under it prints ('Predict the results of the following code.', 'What does this print?',
# 'What is the output of the code below?'): the code's saved output is its answer (trial19 T19-6)
_ASKS_OUTPUT = re.compile(
    r"(?i)\b(?:predict|guess)\b.{0,40}\b(?:results?|outputs?|prints?|returns?|values?|shows?)\b"
    r"|\bwhat\s+(?:does|do|will|would)\b.{0,60}\b(?:print|output|return|display|show|evaluate)s?\b"
    r"|\b(?:output|result)s?\s+of\s+(?:the\s+|this\s+)?(?:following|code|cell|program|snippet|below)\b"
)
# a task asking for a value ('Compute the mean …', 'Calculate …', 'Find the value of …', 'Calcula …', 'Berechne …')
_COMPUTES = re.compile(
    r"(?i)^\W*(?:(?:q(?:uestion)?\s*)?\d{0,3}\s*[.):]\s*)?(?:compute|calculate|evaluate|determine|find\s+(?:the\s+)?(?:value|mean|median|sum|"
    r"number|result|answer)|calcula|calcule[rz]?|calcola|berechne|bestimme|вычислите|посчитайте)\b"
)
# a code cell that only loads what the notebook uses ('import numpy as np', 'from scipy import stats', '%matplotlib inline')
_IMPORT_LINE = re.compile(r"^\s*(?:import\s+\w|from\s+[\w.]+\s+import\s|%\w+|#|$)")


def _imports_only(code: str) -> bool:
    """A code cell of imports (and magics, comments) only: the notebook's setup, no task's solution."""
    return bool(code.strip()) and all(_IMPORT_LINE.match(line) for line in code.split("\n"))


RESULT_LINES = 8  # a result this short (lines, characters) answers the question above its code; a longer one is output
RESULT_CHARS = 400


def _short_result(cell: dict[str, Any], most: int = RESULT_LINES, every: bool = False) -> list[str] | None:
    """The text a code cell's run printed or returned last (``text/plain`` of an ``execute_result`` / ``display_data``, or
    a ``stream``), when it is short (at most ``most`` lines); None for none, an error, a picture only, or a long output (a
    table, a log). ``every``: all it printed and returned, in order (what a 'predict the output' task asks)."""
    outputs = cell.get("outputs")
    if not isinstance(outputs, list) or any(isinstance(o, dict) and o.get("output_type") == "error" for o in outputs):
        return None
    texts: list[str] = []
    for output in reversed(outputs):
        if not isinstance(output, dict):
            continue
        data = output.get("data")
        value = data.get("text/plain") if isinstance(data, dict) else output.get("text") if output.get("output_type") == "stream" else None
        text = "".join(str(v) for v in value) if isinstance(value, list) else value if isinstance(value, str) else None
        if text is None or not text.strip():
            continue
        texts.insert(0, text if text.endswith("\n") else text + "\n")
        if not every:
            break
    text = "".join(texts)
    if not text.strip():
        return None
    lines = text.rstrip("\n").split("\n")
    return lines if len(lines) <= most and len(text) <= RESULT_CHARS * most // RESULT_LINES else None


# nbgrader's markers around a solution or a mark scheme, and its hidden tests (trial12 U75)
_GRADING_MARK = re.compile(r"^\s*(?:#+|//|--)?\s*(?:BEGIN|END)\s+(?:SOLUTION|PROMPT)\s*$|^\s*=+\s*(?:BEGIN|END)\s+MARK\s+SCHEME\s*=+\s*$", re.I)
_DOCSTRING = ('"' * 3, "'" * 3)  # (a docstring's quotes)
# nbgrader's place for the learner's own answer ('YOUR ANSWER HERE', '# YOUR CODE HERE', 'raise NotImplementedError()'):
# what the student replaces, never the answer (T27-7)
_PLACEHOLDER = re.compile(r"^\s*(?:#+\s*)?YOUR (?:ANSWER|CODE) HERE\s*$", re.I)
_NOT_IMPLEMENTED = re.compile(r"^\s*raise NotImplementedError(?:\(\))?\s*$")  # (nbgrader's, right under its placeholder)
_HIDDEN_TESTS = re.compile(r"^\s*(?:#+|//|--)?\s*(BEGIN|END)\s+HIDDEN\s+TESTS\s*$", re.I)


def _without_grading(lines: list[str]) -> list[str]:
    """A cell's lines without nbgrader's markers (``### BEGIN SOLUTION``, ``=== BEGIN MARK SCHEME ===``), its hidden tests
    and its placeholders for the learner's own answer (``YOUR ANSWER HERE``; ``# YOUR CODE HERE`` over ``raise
    NotImplementedError()``): the solution and the mark scheme are the answer."""
    out: list[str] = []
    hidden = placeholder = False
    for line in lines:
        m = _HIDDEN_TESTS.match(line)
        if m is not None:
            hidden = m.group(1).upper() == "BEGIN"
            continue
        after, placeholder = placeholder, bool(_PLACEHOLDER.match(line))
        if hidden or _GRADING_MARK.match(line) or placeholder or (after and _NOT_IMPLEMENTED.match(line)):
            placeholder = placeholder or after
            continue
        out.append(line)
    return out


def _autograder(cell: dict[str, Any], text: str) -> bool:
    """An nbgrader test cell: tagged so (``metadata.nbgrader``: ``grade`` without ``solution``), or code of only
    asserts, comments and docstrings around hidden tests."""
    meta = cell.get("metadata")
    graded = meta.get("nbgrader") if isinstance(meta, dict) else None
    if isinstance(graded, dict) and graded.get("grade") and not graded.get("solution") and cell.get("cell_type") == "code":
        return True
    if cell.get("cell_type") != "code" or (not _HIDDEN_TESTS.search(text) and "assert" not in text):
        return False
    lines = [line.strip() for line in _without_grading(text.split("\n")) if line.strip()]
    return bool(lines) and all(line.startswith(("assert", "#", *_DOCSTRING)) or line.endswith(_DOCSTRING) for line in lines)


def placeholder_cell(text: str) -> bool:
    """A code cell that is the learner's blank, not code to study (:func:`compiler.sources.problem_parts.stub_code`)."""
    return stub_code(text)


def _language(metadata: Any) -> str:
    if not isinstance(metadata, dict):
        return ""
    for key, field in (("kernelspec", "language"), ("language_info", "name")):
        value = metadata.get(key)
        if isinstance(value, dict) and isinstance(value.get(field), str) and re.fullmatch(r"[\w+#.-]+", value[field]):
            return value[field].lower()
    return ""


def _fences(body: list[str], lang: str) -> tuple[str, str]:
    """The opening and closing fence of a code cell's block (longer than any backtick run inside)."""
    m = _CELL_MAGIC.match(body[0]) if body else None
    if m and m.group(1).lower() in _MAGIC_LANG:
        lang = _MAGIC_LANG[m.group(1).lower()] or lang
    runs = [len(r) for line in body for r in re.findall(r"`{3,}", line)]
    fence = "`" * max(3, *(n + 1 for n in runs)) if runs else "```"
    return f"{fence}{lang}", fence


def _source_lines(text: str) -> list[tuple[Any, list[int]]]:
    """Every ``"source":`` value in the JSON text, in order, with the file lines where its strings start
    (the key's line for one string): how Jupyter wrote the cells, line by line."""
    decoder = json.JSONDecoder()
    found: list[tuple[Any, list[int]]] = []
    pos = 0
    while (m := _SOURCE_KEY.search(text, pos)) is not None:
        at, pos = m.end(), m.end()
        try:
            value, end = decoder.raw_decode(text, at)
        except json.JSONDecodeError:
            continue
        starts: list[int] = []
        if isinstance(value, list):
            at += 1  # past '['
            for _ in value:
                while text[at] in " \t\r\n,":
                    at += 1
                starts.append(text.count("\n", 0, at) + 1)
                _, at = decoder.raw_decode(text, at)
        found.append((value, starts or [text.count("\n", 0, m.start()) + 1]))
        pos = end
    return found


def _cell_lines(where: list[int], source: str | list[Any], text: str) -> list[int]:
    """The file line of each line of a cell's text."""
    if isinstance(source, str) or len(where) != len(source):
        return [where[0]] * (text.count("\n") + 1)  # one string: the cell's first line
    out: list[int] = []
    for line, piece in zip(where, source, strict=True):
        out.extend([line] * str(piece).count("\n"))
    out.append(where[-1])  # the last piece's text without a newline after it
    return out
