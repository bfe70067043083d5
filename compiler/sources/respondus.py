"""Quizzes in Respondus' plain-text import format (the tool US and Canadian universities build Canvas, Blackboard and
D2L quizzes with), read as deckc's Markdown (trial19 T19-23).

Respondus reads a numbered question, its lettered answers (``*`` before the letter marks a right one) and, above the
question, a ``Type:`` line naming any kind but multiple choice::

    Title: Unit 3 Quiz          <- the file's header ('Title:', 'Points:'): no card
    1) Who measured the speed of light?
    a. Albert Einstein
    *b. Albert Michelson

    Type: E                     an essay: nothing to learn, said
    Type: F                     fill in the blank: its lettered answers are the accepted ones
    Type: MT                    matching: 'a. France = Paris', a pair a line
    Type: ORD                   ordering: the answers in their right order
    Type: MA, TF, MC            several right, true/false, one right ('*' marks them)

Read as plain text, a ``Type:`` line was the answer of the question above it and the kinds it names were lost. Each
question becomes a heading over task boxes, or over ``**Answer:**`` with the accepted answer ("Also accepted" the
others), the pairs or the order; an ``@`` line is its feedback, on the back. A question with nothing to learn (an
essay, no right answer marked) is a warning at its line and no card. Every line names its line in the file.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted, markdown_line

_TYPE = re.compile(r"^\s*Type\s*:\s*(?P<kind>MC|MA|TF|E|F|FIB|FMB|MT|ORD|MR|SA|ESS)\s*$", re.I)
_HEADER = re.compile(r"^\s*(?:Title|Points|Instructions|Description)\s*:", re.I)
_QUESTION = re.compile(r"^\s*\d{1,4}[.)]\s+(?P<text>\S.*?)\s*$")
_OPTION = re.compile(r"^\s*(?P<star>\*)?\s*(?P<letter>[A-Za-z])[.)]\s+(?P<text>\S.*?)\s*$")
_FEEDBACK = re.compile(r"^\s*[@~]\s*(?P<text>\S.*?)\s*$")
_PAIR = re.compile(r"^(?P<left>.+?)\s+=\s+(?P<right>\S.*)$")
TYPED_MIN = 1  # 'Type:' lines over a numbered question that make a text file a Respondus quiz


def looks_like_respondus(lines: list[str]) -> bool:
    """Whether a text file is a Respondus quiz: a 'Type: X' line right over a numbered question, and two questions."""
    typed = sum(1 for k, line in enumerate(lines[:-1]) if _TYPE.match(line) and _QUESTION.match(lines[k + 1]))
    return typed >= TYPED_MIN and sum(1 for line in lines if _QUESTION.match(line)) >= 2


def _questions(lines: list[str]) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """(kind, question line index, the lines under it) of each question."""
    found: list[tuple[str, int, list[tuple[str, int]]]] = []
    kind = "MC"
    for k, line in enumerate(lines):
        if m := _TYPE.match(line):
            kind = m.group("kind").upper()
            continue
        if _QUESTION.match(line) and (not found or not _OPTION.match(line)):
            found.append((kind, k, []))
            kind = "MC"
            continue
        if found and line.strip() and not _HEADER.match(line):
            found[-1][2].append((line, k))
    return found


def _heading(text: str) -> str:
    return f"### {'' if text.rstrip(' *_').endswith(('?', '？', ':')) else 'Q: '}{markdown_line(text)}"


def convert_respondus(lines: list[str], rel: str = "") -> Converted:
    """The quiz as Markdown with a line map (see the module docstring)."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []

    def skip(at: int, why: str, hint: str) -> None:
        warnings.append(Diagnostic(rel, at + 1, f"Respondus question not read: {why}; no card", hint, "warning", group="respondus-skipped"))

    for kind, at, rest in _questions(lines):
        text = _QUESTION.match(lines[at]).group("text")  # type: ignore[union-attr]
        options = [(m, n) for t, n in rest if (m := _OPTION.match(t))]
        said = [(m.group("text"), n) for t, n in rest if (m := _FEEDBACK.match(t))]
        made: list[tuple[str, int]] = [(_heading(text), at), ("", at)]
        if kind in ("E", "ESS"):
            skip(at, "an essay question: no answer to learn", "nothing to fix: only a question with an answer makes a card")
            continue
        if kind == "FMB":
            skip(at, "a question of several blanks", "write each blank as a question of its own ('Type: F')")
            continue
        if kind in ("F", "FIB", "SA"):  # its lettered answers are the accepted ones
            if not options:
                skip(at, "no accepted answer ('a. …') under the question", "write its accepted answers as 'a. …' lines")
                continue
            first, *more = [markdown_line(m.group("text")) for m, _ in options]
            made += [(f"**Answer:** {first}", options[0][1])]
            made += [("", options[0][1]), (f"Also accepted: {', '.join(more)}", options[0][1])] if more else []
        elif kind == "MT":
            pairs = [(p.group("left"), p.group("right"), n) for m, n in options if (p := _PAIR.match(m.group("text")))]
            if not pairs:
                skip(at, "no pair ('a. France = Paris') under the question", "write each pair as 'a. left = right'")
                continue
            made += [("**Answer:**", pairs[0][2]), ("", pairs[0][2]), *((f"- {markdown_line(a)} → {markdown_line(b)}", n) for a, b, n in pairs)]
        elif kind == "ORD":
            if len(options) < 2:
                skip(at, "fewer than two items to order", "write the items in their right order as 'a. …' lines")
                continue
            made += [("**Answer:**", options[0][1]), ("", options[0][1]), *((f"{k}. {markdown_line(m.group('text'))}", n) for k, (m, n) in enumerate(options, start=1))]
        else:
            if len(options) < 2 or not any(m.group("star") for m, _ in options):
                skip(at, "no right answer marked with '*' before its letter", "mark the right answer ('*b. …')")
                continue
            made += [(f"- [{'x' if m.group('star') else ' '}] {markdown_line(m.group('text'))}", n) for m, n in options]
        for text_said, n in said:
            made += [("", n), (markdown_line(text_said), n)]
        out += [*made, ("", made[-1][1])]
    while out and not out[-1][0]:
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n + 1 for _, n in out), warnings=tuple(warnings))
