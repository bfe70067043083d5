"""Reader for a task and its solution kept as two files side by side (learner5 L27).

Tutorials and exercise collections keep each task in a folder of its own: ``task.md`` beside
``solution.md`` (the Modern JavaScript Tutorial), ``README.md`` beside ``SOLUTION.md``, ``prompt.md``
beside ``answer.md``. Read one by one, the task became a card teaching the task as its own answer and
the solution a card asking "solution". Such a pair is one card:

- front: the task's title (its first heading, else its front matter's ``title:``, else the folder's
  name), with the rest of the task (its text and code) shown under it;
- back: the solution file's text;
- a ``key: value`` prologue before a ``---`` line (``importance: 4``) or YAML front matter is metadata:
  an ``importance``/``difficulty``/``level`` value is the item's difficulty label (mapped by the source's
  ``labels``, as any label is).

:func:`task_pairs` finds the pairs among the files to read; the build reads the task file with the
solution's text after a marker line (:func:`joined`), so a changed solution changes what is cached for
the task, and leaves the solution file out of the reading (it is accounted by the task's note).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePosixPath
from typing import Any

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.sources.base import Document, make_item
from compiler.sources.difficulty import Levels
from compiler.sources.markdown_blocks import (
    make_parser,
    plain_inline,
    render_blocks,
    strip_front_matter,
    top_blocks,
)

TASK_STEMS = ("task", "readme", "prompt", "exercise", "problem")  # (question.md + answer.md: an answer key, answerkey)
SOLUTION_STEMS = ("solution", "answer")
PAIR_SUFFIXES = (".md", ".markdown", ".txt")
# the line set between the task's text and its solution's in the document the reader gets
MARKER = "\ue000deckc-solution\ue000"
_META = re.compile(r"^\s*(?P<key>[A-Za-z][\w -]{0,30}?)\s*:\s*(?P<value>\S.*?)\s*$")
_LEVEL_KEYS = {"difficulty", "level"}  # (not importance: how much a task matters is no level)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>\S.*?)\s*#*\s*$")
_ORDINAL = re.compile(r"^\d{1,4}[-_ .]+")  # '3-uppercase-constant': the folder's place in the chapter


def task_pairs(files: list[str]) -> dict[str, str]:
    """``task file -> its solution file``: in a folder, exactly one file named as a task (``task.md``,
    ``README.md``, ``prompt.md``, ``exercise.md``, ``problem.md``; any case) and exactly one
    named as its solution (``solution.md``, ``answer.md``), both Markdown or text. (``question.md`` beside
    ``answer.md`` is a page of questions and its answer key: :mod:`compiler.sources.answerkey`.)"""
    folders: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for file in files:
        path = PurePosixPath(file)
        if path.suffix.lower() in PAIR_SUFFIXES:
            folders[str(path.parent)][path.stem.lower()].append(file)
    pairs: dict[str, str] = {}
    for stems in folders.values():
        tasks = [f for s in TASK_STEMS for f in stems.get(s, [])]
        solutions = [f for s in SOLUTION_STEMS for f in stems.get(s, [])]
        if len(tasks) == 1 and len(solutions) == 1:
            pairs[tasks[0]] = solutions[0]
    return pairs


def joined(task: Document, solution: Document) -> Document:
    """The task's document with the solution's text after :data:`MARKER` (line numbers of the task kept)."""
    return Document(rel=task.rel, text=f"{task.text.rstrip()}\n{MARKER}\n{solution.text}", path=task.path)


def _prologue(lines: list[str]) -> tuple[dict[str, str], int]:
    """``(key -> value, lines it takes)`` of a ``key: value`` prologue closed by a ``---`` line, or YAML front
    matter; ``({}, 0)`` when there is none."""
    body = [k for k, line in enumerate(lines) if line.strip()]
    if not body:
        return {}, 0
    if lines[body[0]].strip() == "---":  # YAML front matter
        end = next((k for k in body[1:] if lines[k].strip() == "---"), None)
        if end is None:
            return {}, 0
        fields = [_META.match(lines[k]) for k in range(body[0] + 1, end) if lines[k].strip()]
        return {m.group("key").lower(): m.group("value").strip("'\"") for m in fields if m}, end + 1
    rule = next((k for k in body if lines[k].strip() == "---"), None)
    if rule is None:
        return {}, 0
    fields = [_META.match(lines[k]) for k in body if k < rule]
    if not fields or not all(fields):
        return {}, 0
    return {m.group("key").lower(): m.group("value") for m in fields if m}, rule + 1


# a heading that only labels the solution ('## Solution', '### Answer'): a pointer to the file, or the back's label
_SOLUTION_HEADING = re.compile(
    r"^\s{0,3}#{1,6}\s+(?i:solutions?|answers?|lösung(?:en)?|soluci[oó]n|réponse|solução|resposta|soluzione|решение|ответ|解答|答案|解説)"
    r"\s*:?\s*#*\s*$"
)
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)|<a\s[^>]*href=", re.I)
POINTER_LINES = 3  # non-blank lines under a task's own 'Solution' heading that only point at the solution file


def _pointer_cut(task: list[str]) -> list[str]:
    """The task without a closing '## Solution' section that only points at the solution file ('Click
    [here](solution.md) to view the solution': trial14 T14-33, a link on the front to the back), its lines
    kept blank (messages name the task's lines)."""
    heads = [k for k, line in enumerate(task) if _SOLUTION_HEADING.match(line)]
    if not heads:
        return task
    rest = [line for line in task[heads[-1] + 1 :] if line.strip()]
    if not rest or len(rest) > POINTER_LINES or not any(_LINK.search(line) for line in rest):
        return task
    return task[: heads[-1]] + [""] * (len(task) - heads[-1])


def _restated_cut(task: list[str], solution: list[str]) -> list[str]:
    """The solution without the task it restates first (a solution file that repeats the task's title and
    objectives, then adds '### Solution' and the steps: trial14 T14-33, every back opened a screen down) and
    without that label heading; the whole solution when it does not open with the task."""
    said = [" ".join(line.split()) for line in task if line.strip()]
    body = [(k, " ".join(line.split())) for k, line in enumerate(solution) if line.strip()]
    if len(said) < 2 or len(body) <= len(said) or [text for _, text in body[: len(said)]] != said:
        return solution
    start = body[len(said)][0]
    if _SOLUTION_HEADING.match(solution[start]):
        start += 1
    return solution[start:]


def _commented(lines: list[str]) -> set[int]:
    """The lines of HTML comments that stand alone (``<!--`` / ``Copyright 2023 …`` / ``-->``): a licence header above
    the task's title is no part of it (trial56: Comprehensive Rust's exercises were titled by their folder's name, the
    title glued after it on the front)."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if lines[k].lstrip().startswith("<!--"):
            end = next((j for j in range(k, len(lines)) if "-->" in lines[j]), None)
            if end is None or lines[end].split("-->", 1)[1].strip():
                break
            out.update(range(k, end + 1))
            k = end + 1
            continue
        k += 1
    return out


def folder_title(rel: str) -> str:
    """A task's name from its folder (``3-uppercase-constant`` → ``uppercase constant``)."""
    name = _ORDINAL.sub("", PurePosixPath(rel).parent.name)
    return " ".join(re.sub(r"[-_]+", " ", name).split()) or PurePosixPath(rel).stem


class TaskReader:
    """One card per task file: the task's title the front, its text under it, the solution the back."""

    layout = "task"

    def __init__(self) -> None:
        self._md = make_parser()

    def detect(self, doc: Document) -> float:
        """Never chosen by score: the build names it for a task file with its solution beside it."""
        return 0.0

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        lines = doc.lines
        at = lines.index(MARKER) if MARKER in lines else len(lines)
        task, solution = _pointer_cut(lines[:at]), lines[at + 1 :]
        solution = _restated_cut(task, solution)
        meta, start = _prologue(task)
        body = [k for k in range(start, len(task)) if task[k].strip() and k not in _commented(task)]
        title, first = meta.get("title"), (body[0] if body else start)
        heading = _HEADING.match(task[body[0]]) if body else None
        if heading is not None:
            inline = self._md.parseInline(heading.group("text"))
            title = " ".join(plain_inline(inline[0].children or [] if inline else [], code=True).split())
            start = body[0] + 1
        title = title or folder_title(doc.rel)
        env: dict[str, Any] = {}
        shown = "\n".join([""] * start + task[start:])  # (blank lines kept: messages name the task's lines)
        stimulus = render_blocks(self._md, top_blocks(self._md.parse(shown, env)), env, doc.rel, diag)
        answer = render_blocks(self._md, top_blocks(self._md.parse(strip_front_matter("\n".join(solution)), env)), env, doc.rel, diag)
        label = next((f"{k} {v}" for k, v in meta.items() if k in _LEVEL_KEYS), None)
        if not answer:
            diag.warning(
                doc.rel,
                first + 1,
                "task has no solution: no solution file beside it, or an empty one",
                "write the solution in solution.md beside the task (docs/layouts.md, 'Tasks and their solutions')",
                group="no-answer",
            )
        item = make_item(
            doc,
            source,
            diag,
            first + 1,
            question=title,
            stimulus=stimulus,
            stimulus_after=True,
            answer=answer,
            original="\n".join(task).rstrip(),
            skip="" if answer else "no answer",
            label=label,
            difficulty=Levels(source, doc, diag).level(label, None, first + 1) if answer else None,
        )
        return [item] if item is not None else []
