"""Reader for freeCodeCamp challenge and quiz files: sections named by ``--name--`` headings.

freeCodeCamp's curriculum (thousands of files, in many languages) writes a
question as a run of Markdown headings whose text is a name between two
dashes; the heading level varies (``# --question--`` in a lesson,
``### --question--`` in a quiz) and only the names matter:

- ``--text--``: the question (its first paragraph; code or a passage after it
  goes on the front, above it);
- ``--answers--``: the options, separated by ``---`` lines; each may carry
  ``--feedback--`` (why it is wrong) and ``--audio-id--``, which are not
  options;
- ``--video-solution--``: the number (from 1) of the correct option;
- or ``--distractors--`` (the wrong options, separated by ``---``) and
  ``--answer--`` (the right one); the right option is placed among them at a
  position derived from the question, so it is not always last and a rebuild
  puts it in the same place;
- ``--explanation--``: the explanation of the question before it.

The other sections (``--description--``, ``--instructions--``, ``--scene--``,
``--hints--``, ``--seed--``, …) are the lesson around the questions and make
no card; front matter (``title:``) names the source.  Declarative layouts
cannot say this (options separated by rules, the answer given by its
position), hence a reader of its own.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Choice, Item, ItemKind
from compiler.sources.base import Document, make_item
from compiler.sources.choices import option_html
from compiler.sources.difficulty import Levels
from compiler.sources.lines import front_matter_end, in_fence, squash
from compiler.sources.markdown_blocks import make_parser, plain_inline, render_blocks, top_blocks

MARKER = re.compile(r"^\s{0,3}#{1,6}\s+--(?P<name>[a-z][a-z-]*[a-z])--\s*$")
_RULE = re.compile(r"^\s{0,3}---+\s*$")
_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})\s*$")
LETTERS = "ABCDEFGHIJKL"
OPTION_PARTS = ("feedback", "audio-id")  # inside an option: not an option of their own
CONTAINERS = ("question", "questions", "quiz", "quizzes")  # hold the questions; no text of their own


@dataclass
class _Section:
    name: str
    line: int  # 1-based line of the marker heading
    body: list[tuple[int, str]] = field(default_factory=list)  # (1-based line, text)


@dataclass
class _Question:
    line: int
    text: list[tuple[int, str]] = field(default_factory=list)
    options: list[list[tuple[int, str]]] = field(default_factory=list)
    distractors: bool = False  # the options are the wrong ones; the right one is in 'answer'
    answer: list[tuple[int, str]] = field(default_factory=list)
    solution: tuple[int, str] | None = None  # the --video-solution-- line and its text
    explanation: list[tuple[int, str]] = field(default_factory=list)


def sections(lines: list[str]) -> list[_Section]:
    """The document cut at its ``--name--`` headings (outside code fences), front matter and text before
    the first heading left out."""
    start = (front_matter_end(lines) or -1) + 1
    out: list[_Section] = []
    for index, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if index < start:
            continue
        m = None if fenced else MARKER.match(line)
        if m:
            out.append(_Section(m.group("name"), index + 1))
        elif out:
            out[-1].body.append((index + 1, line))
    return out


def _split_options(body: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Options separated by ``---`` lines (outside code fences)."""
    options: list[list[tuple[int, str]]] = [[]]
    fenced = dict(zip((n for n, _ in body), in_fence([t for _, t in body]), strict=True))
    for n, text in body:
        if _RULE.match(text) and not fenced[n]:
            options.append([])
        else:
            options[-1].append((n, text))
    return [o for o in options if any(t.strip() for _, t in o)]


class FccReader:
    """Reads freeCodeCamp's ``--text--`` / ``--answers--`` challenge and quiz files."""

    layout = "freecodecamp"

    def __init__(self) -> None:
        self._md = make_parser()

    def detect(self, doc: Document) -> float:
        names = {m.group("name") for line in doc.lines if (m := MARKER.match(line))}
        if "text" in names and names & {"answers", "distractors"}:
            return 0.95
        return 0.0

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        questions = self._questions(sections(doc.lines), doc, diag)
        levels = Levels(source, doc, diag)
        items: list[Item] = []
        for q in questions:
            item = self._item(q, doc, source, diag, levels)
            if item is not None:
                items.append(item)
        return items

    def _questions(self, found: list[_Section], doc: Document, diag: Diagnostics) -> list[_Question]:
        out: list[_Question] = []
        q: _Question | None = None
        for s in found:
            if s.name == "text":
                q = _Question(s.line, s.body)
                out.append(q)
            elif q is None or s.name in CONTAINERS:
                continue
            elif s.name in ("answers", "distractors"):
                q.options.append(s.body)  # the first option; '--feedback--' parts follow as their own sections
                q.distractors = s.name == "distractors"
            elif s.name in OPTION_PARTS and q.options:
                q.options.append(_after_rule(s.body))
            elif s.name == "answer":
                q.answer = s.body
            elif s.name == "video-solution":
                q.solution = next(((n, t.strip()) for n, t in s.body if t.strip()), (s.line, ""))
            elif s.name == "explanation":
                q.explanation = s.body
                q = None  # what follows an explanation is the lesson again
            else:
                q = None  # --scene--, --hints--, …: the questions are over
        return out

    def _item(self, q: _Question, doc: Document, source: SourceConfig, diag: Diagnostics, levels: Levels) -> Item | None:
        options = [o for part in q.options for o in _split_options(part)]
        texts = [t for t in (self._option(o) for o in options) if t is not None]
        question, stimulus = self._question(q, doc, diag)
        if not question:
            diag.warning(doc.rel, q.line, "--text-- holds no question; no card", "write the question under --text--", group="no-question")
            return None
        correct: str | None = None
        if q.distractors:
            right = self._option(q.answer)
            if right is not None:
                at = int(hashlib.sha256(question.encode()).hexdigest(), 16) % (len(texts) + 1)
                texts.insert(at, right)
                correct = LETTERS[at]
        elif q.solution is not None:
            m = _NUMBER.match(q.solution[1])
            if m and 1 <= int(m.group("n")) <= len(texts):
                correct = LETTERS[int(m.group("n")) - 1]
            else:
                diag.warning(
                    doc.rel,
                    q.solution[0],
                    f"--video-solution-- {q.solution[1]!r} is not the number of one of the {len(texts)} options",
                    "write the number (from 1) of the correct option under --video-solution--",
                    group="fcc-solution",
                )
        texts = texts[: len(LETTERS)]
        skip = "" if correct and len(texts) >= 2 else "no correct option"
        if skip and q.solution is None:
            diag.warning(
                doc.rel,
                q.line,
                f"{len(texts)} options and none marked correct; no card",
                "add --video-solution-- with the number of the correct option, or --answer-- with its text",
                group="no-correct-option",
            )
        explanation = self._blocks(q.explanation, doc, diag)
        return make_item(
            doc,
            source,
            diag,
            q.line,
            question=question,
            kind=ItemKind.multiple_choice,
            choices=[t.model_copy(update={"label": LETTERS[i]}) for i, t in enumerate(texts)],
            correct=correct,
            stimulus=stimulus,
            stimulus_after=bool(stimulus),  # ('Given the following code, …?' / its code: under the question, T23-1)
            answer=explanation,
            skip=skip,
            difficulty=None if skip else levels.level(None, None, q.line),
            original="\n".join(doc.lines[q.line - 1 : _last(q)]),
        )

    def _question(self, q: _Question, doc: Document, diag: Diagnostics) -> tuple[str, list[Block]]:
        """The question's first paragraph as text; what follows it (code, a passage) as blocks for the front."""
        lines = [t for _, t in q.text]
        first = next((i for i, t in enumerate(lines) if t.strip()), None)
        if first is None:
            return "", []
        end = next((i for i in range(first, len(lines)) if not lines[i].strip() or lines[i].lstrip().startswith(("```", "~~~"))), len(lines))
        tokens = self._md.parseInline(" ".join(t.strip() for t in lines[first:end]))
        question = squash(plain_inline(tokens[0].children or [], code=True) if tokens else "")  # ('`position`' as code: T23-1)
        return question, self._blocks(q.text[end:], doc, diag)

    def _option(self, lines: list[tuple[int, str]]) -> Choice | None:
        """An option (labelled later): inline Markdown made plain, or a code block kept line by line with
        its language (an option in code is shown as code: its indentation is part of what it says); None
        for an empty one."""
        fences = [t.strip() for _, t in lines if t.lstrip().startswith(("```", "~~~"))]
        kept = [t for _, t in lines if not t.lstrip().startswith(("```", "~~~"))]
        while kept and not kept[0].strip():
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        if fences:
            text = "\n".join(t.rstrip() for t in kept)
            lang = (fences[0].lstrip("`~").split() or [""])[0].lower()
            return Choice(label="?", text=text, lang=lang) if text.strip() else None
        written = " ".join(t.strip() for t in kept)
        tokens = self._md.parseInline(written)
        text = squash(plain_inline(tokens[0].children or []) if tokens else "")
        # (its inline code shown as code, as other layouts show it: trial23 T23-1, an HTML quiz's '`<p>`' in body font)
        return Choice(label="?", text=text, html=option_html(self._md, written)) if text else None

    def _blocks(self, body: list[tuple[int, str]], doc: Document, diag: Diagnostics) -> list[Block]:
        if not any(t.strip() for _, t in body):
            return []
        text = "\n".join(t for _, t in body)
        env: dict[str, Any] = {}
        blocks = render_blocks(self._md, top_blocks(self._md.parse(text, env)), env, doc.rel, diag, offset=body[0][0] - 1)
        return [b for b in blocks if b.kind is not BlockKind.html or b.text.strip()]


def _after_rule(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines of a ``--feedback--`` part after its closing ``---``: the next option."""
    for k, (_, text) in enumerate(body):
        if _RULE.match(text):
            return [(0, "---"), *body[k + 1 :]]
    return []


def _last(q: _Question) -> int:
    lines = [n for part in (q.text, *q.options, q.answer, q.explanation) for n, _ in part if n]
    if q.solution is not None:
        lines.append(q.solution[0])
    return max(lines, default=q.line)
