"""Quizzes in Auto Multiple Choice's plain-text format, AMC-TXT (the quiz tool French and other European universities
print and mark exams with), read as deckc's Markdown (trial18 T18-1).

AMC-TXT writes a question after ``*`` (one right answer) or ``**`` (several), its answers after ``+`` (right) and
``-`` (wrong); lines without a mark go on with the element above::

    # AMC-TXT source file                         <- a comment
    Title: My first AMC questionnaire             <- the file's header ('Key: value' lines): no card
    Presentation: Please answer the following questions
    the best you can.

    *( Geography                                  <- a group of questions: their section; '*)' ends it
    *[id=cap] What is the capital city of Cameroon?
    +{3} Yaounde                                  <- '{3}', '{m=-2}': scoring, left out
    - Douala

    ** Which numbers are positive?
    - -2
    + 2
    + 10

Read as plain text, the ``+`` lines were taken for the questions. Each question becomes a heading over task boxes
(``- [x]`` right, ``- [ ]`` wrong), as the Markdown reader keys them; ``[verbatim]`` … ``[/verbatim]`` is code,
``[* bold *]``, ``[_ italic _]`` and ``[| code |]`` their Markdown. A question with no right answer is a warning at
its line, and no card. Every line names its line in the file.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted, markdown_line

_QUESTION = re.compile(r"^(?P<stars>\*{1,2})(?:\[(?P<opts>[^\]]*)\])?[ \t]+(?P<text>\S.*?)\s*$")
_ANSWER = re.compile(r"^(?P<mark>[+-])(?:\{[^}]*\})?[ \t]*(?P<text>\S.*?)\s*$")
_GROUP_OPEN = re.compile(r"^\*\((?:\[[^\]]*\])?[ \t]*(?P<name>.*?)\s*$")
_GROUP_CLOSE = re.compile(r"^\*\)\s*$")
_HEADER = re.compile(r"^[A-Z][A-Za-z]+\s*:")  # 'Title:', 'Presentation:', 'Lang:', 'Columns:', 'ShuffleQuestions:'
_INLINE = ((re.compile(r"\[\*\s*(.+?)\s*\*\]"), r"**\1**"), (re.compile(r"\[_\s*(.+?)\s*_\]"), r"*\1*"), (re.compile(r"\[\|\s*(.+?)\s*\|\]"), r"`\1`"))
_TITLE = re.compile(r"\[==\s*(.+?)\s*==\]")  # '*( [==Coding questions==]': the group's title
AMC_MIN = 2  # questions, each with a right and a wrong answer, that make a text file an AMC-TXT quiz


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text


def _elements(lines: list[str]) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """(kind, line index, its lines with their indexes) of each element: 'q' a question (its first line's stars kept),
    '+'/'-' an answer, '(' a group, ')' its end; continuation lines go with the element above."""
    found: list[tuple[str, int, list[tuple[str, int]]]] = []
    verbatim = False  # inside '[verbatim]' … '[/verbatim]': code, whatever its lines start with
    for k, line in enumerate(lines):
        if verbatim:
            found[-1][2].append((line, k))
        elif line.startswith("#") or (not found and (not line.strip() or _HEADER.match(line))):
            continue
        elif not found and not _QUESTION.match(line) and not _GROUP_OPEN.match(line):
            continue  # the header's continuation lines ('Presentation:' over two lines)
        elif _GROUP_CLOSE.match(line):
            found.append((")", k, []))
        elif m := _GROUP_OPEN.match(line):
            found.append(("(", k, [(m.group("name"), k)]))
        elif _QUESTION.match(line):
            found.append(("q", k, [(line, k)]))
        elif _ANSWER.match(line):
            found.append((line[0], k, [(line, k)]))
        elif line.strip():
            found[-1][2].append((line, k))
        opened, closed = line.rfind("[verbatim]"), line.rfind("[/verbatim]")
        verbatim = opened > closed if (opened >= 0 or closed >= 0) else verbatim
    return found


def looks_like_amc(lines: list[str]) -> bool:
    """Whether a text file is an AMC-TXT quiz: two questions ('*' / '**' lines) each followed by '+' and '-' answers."""
    kinds = [kind for kind, _, _ in _elements(lines)]
    asked = 0
    for n, kind in enumerate(kinds):
        if kind == "q":
            after: list[str] = []
            for other in kinds[n + 1 :]:
                if other not in "+-":
                    break
                after.append(other)
            asked += "+" in after and "-" in after
    return asked >= AMC_MIN


def _text(parts: list[tuple[str, int]], mark: re.Pattern[str]) -> list[tuple[str, int]]:
    """An element's lines as Markdown: its mark off the first, '[verbatim]' blocks fenced, inline markup converted;
    the prose before the first code block comes first (the question's title)."""
    first, at = parts[0]
    m = mark.match(first)
    out: list[tuple[str, int]] = []
    prose: list[str] = []
    in_code = False

    def flush(n: int) -> None:
        if prose:
            out.append((_inline(" ".join(" ".join(prose).split())), n))
            prose.clear()

    for line, n in [(m.group("text") if m else first, at), *parts[1:]]:
        while line:
            if not in_code:
                before, opened, line = line.partition("[verbatim]")
                if before.strip():
                    prose.append(before)
                if opened:
                    flush(n)
                    out += [("", n), ("```", n)]
                    in_code = True
                continue
            code, closed, line = line.partition("[/verbatim]")
            if code.strip():
                out.append((code.rstrip(), n))
            if closed:
                out += [("```", n), ("", n)]
                in_code = False
            if not closed:
                break
    flush(parts[-1][1])
    if in_code:
        out.append(("```", parts[-1][1]))
    return out


def convert_amc(lines: list[str], rel: str = "") -> Converted:
    """The quiz as Markdown with a line map (see the module docstring)."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    elements = _elements(lines)
    n = 0
    while n < len(elements):
        kind, at, parts = elements[n]
        n += 1
        if kind == "(":
            name = re.sub(r"^(?:\[[^\]=]*\]\s*)+", "", _TITLE.sub(r"\1", parts[0][0])).strip()
            out += [(f"## {markdown_line(name)}", at), ("", at)] if name else []
            continue
        if kind != "q":
            continue  # ('*)', or an answer with no question above it)
        answers: list[tuple[str, int, list[tuple[str, int]]]] = []
        while n < len(elements) and elements[n][0] in "+-":
            answers.append(elements[n])
            n += 1
        question = _text(parts, _QUESTION)
        if not any(mark == "+" for mark, _, _ in answers) or len(answers) < 2:
            warnings.append(Diagnostic(rel, at + 1, "AMC-TXT question not read: no right answer ('+ …') among two or more answers; no card",
                                       "mark its right answer with '+' and the wrong ones with '-'", "warning", group="amc-skipped"))  # fmt: skip
            continue
        title, line0 = question[0]
        out += [(f"### {markdown_line(title)}", line0), ("", line0), *question[1:]]
        if question[1:]:
            out.append(("", question[-1][1]))
        for mark, a_at, a_parts in answers:
            said = " ".join(t for t, _ in _text(a_parts, _ANSWER) if t and t != "```")
            out.append((f"- [{'x' if mark == '+' else ' '}] {markdown_line(said)}", a_at))
        out.append(("", answers[-1][1]))
    while out and not out[-1][0]:
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n + 1 for _, n in out), warnings=tuple(warnings))
