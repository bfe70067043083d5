"""Quizzes in MediaWiki's Quiz extension (Wikiversity, Wikibooks and school wikis), copied from a page's "Edit source"
into a text or Markdown file, read as deckc's Markdown (trial25 T25-4: fronts '{What …', backs '|type="()"}' in a
formula box, the '+' / '-' marks shown raw, a true/false question swallowed by the question above it)::

    <quiz display=simple>
    {What is the chemical symbol for gold?
    |type="()"}                          <- '()' one right answer, '[]' several; the header ends at its '}'
    - Ag
    + Au                                 <- '+' right, '-' wrong
    || Gold's Latin name is aurum.       <- feedback: on the back, after the options
    {The capital of France is { Paris }.
    |type="{}"}                          <- a text field: the answer between the inner braces ('{ Paris|paris }')
    </quiz>

Each question becomes a heading over task boxes (``- [x]`` right, ``- [ ]`` wrong), as the Markdown reader keys them;
a text-field question a heading over its answer, its field a blank. A question with no right answer is a warning at
its line and no card. Every line names its line in the file.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted, markdown_line
from compiler.sources.lines import in_fence

_TAG = re.compile(r"^\s*</?quiz\b[^>]*>\s*$", re.I)
_OPEN = re.compile(r"^\s*\{(?!\{)")  # a question's header opens with '{' (never a template's '{{')
_TYPE = re.compile(
    r"\|\s*type\s*=\s*\"(?P<type>[^\"]*)\"[^}]*\}\s*$"
)  # '|type="()"}' (points, coef … after it)
_OPTION = re.compile(r"^\s*(?P<mark>[+-])(?![+-])\s*(?P<text>.*?)\s*$")
_FEEDBACK = re.compile(r"^\s*\|\|\s*(?P<text>.*?)\s*$")
_GAP = re.compile(
    r"\{\s*(?P<answers>[^{}]*?)\s*(?:_\d+\s*)?\}"
)  # '{ Paris|paris _10 }': a text field and its answers
_TABLE = re.compile(r"^\s*(?:[+-]{2,}|\{\|)")  # a matrix question's '+-' columns, a table: not read here
WIKIQUIZ_MIN = 2  # questions with options that make a text a MediaWiki quiz


def _header_end(lines: list[str], start: int) -> int | None:
    """The line a question's header that opens at ``start`` ends on: its '|type="…"}' line, else the first line ending
    in a '}' that closes the header's '{' (a question with no type is a single choice)."""
    depth = 0
    for k in range(start, min(start + 30, len(lines))):
        if k > start and (_OPEN.match(lines[k]) or _OPTION.match(lines[k]) or _TAG.match(lines[k])):
            return None
        if _TYPE.search(lines[k]):
            return k
        depth += lines[k].count("{") - lines[k].count("}")
        if depth <= 0:
            return k
    return None


def looks_like_wikiquiz(lines: list[str]) -> bool:
    """Whether a text is MediaWiki Quiz source: two questions or more (a '{' header, then '+' / '-' options or a text
    field), with a '|type="…"' header or a '<quiz>' tag."""
    if not any(_TYPE.search(line) for line in lines) and not any(_TAG.match(line) for line in lines):
        return False
    asked = 0
    fenced = list(in_fence(lines))  # (a JSON object in a code block is no question's header)
    for k, line in enumerate(lines):
        if not fenced[k] and _OPEN.match(line) and (end := _header_end(lines, k)) is not None:
            after = next((lines[j] for j in range(end + 1, min(end + 3, len(lines))) if lines[j].strip()), "")
            m = _TYPE.search(lines[end])
            asked += bool(_OPTION.match(after) or (m and m.group("type") == "{}"))
    return asked >= WIKIQUIZ_MIN


def convert_wikiquiz(lines: list[str], rel: str = "") -> Converted:
    """The quiz's questions as Markdown headings over task boxes (or over a text field's answer), feedback after them."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    fenced = list(in_fence(lines))
    starts = [
        k
        for k, line in enumerate(lines)
        if not fenced[k] and _OPEN.match(line) and _header_end(lines, k) is not None
    ]
    for n, start in enumerate(starts):
        end = _header_end(lines, start)
        assert end is not None
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        header = " ".join(line.strip() for line in lines[start : end + 1])
        kind = m.group("type") if (m := _TYPE.search(header)) else "()"
        text = _TYPE.sub("", header) if m else header.rstrip().removesuffix("}")
        text = text.strip().removeprefix("{").strip()
        options: list[tuple[bool, str, int]] = []
        said: list[tuple[str, int]] = []
        stem_more: list[int] = []
        table = False
        for k in range(end + 1, stop):
            line = lines[k]
            if not line.strip() or _TAG.match(line):
                continue
            if _TABLE.match(line):
                table = True
            elif (f := _FEEDBACK.match(line)) is not None:
                if f.group("text"):
                    said.append((f.group("text"), k))
            elif (o := _OPTION.match(line)) is not None and o.group("text"):
                shown, _, note = o.group("text").partition("||")
                options.append((o.group("mark") == "+", shown.strip(), k))
                if note.strip():
                    said.append((note.strip(), k))
            elif not options:
                stem_more.append(k)  # (the question's text going on under its header: a picture, a formula)
            else:
                said.append((line.strip(), k))
        if not text:
            continue
        answers = [g.group("answers") for g in _GAP.finditer(text)] if kind == "{}" else []
        shown_text = _GAP.sub("_____", text) if answers else text
        asks = shown_text.rstrip().endswith(("?", "？", ":", "：")) or bool(answers)
        heading = f"## {'' if asks else 'Q: '}{markdown_line(shown_text)}"
        if table or (not answers and not any(right for right, _, _ in options)):
            why = (
                "its options are a table (a matrix question)" if table else "no option is marked right ('+')"
            )
            warnings.append(
                Diagnostic(rel, start + 1, f"MediaWiki quiz: {why}: no card", "mark the right options with '+', or write the card by hand",
                           severity="warning", group="wikiquiz-key")
            )  # fmt: skip
            continue
        out += [(heading, start), *((markdown_line(lines[k]), k) for k in stem_more), ("", end)]
        if answers:
            first, *more = [a.strip() for part in answers for a in part.split("|")[:1]]
            alts = [a.strip() for a in answers[0].split("|")[1:] if a.strip()] if len(answers) == 1 else []
            out.append((f"**Answer:** {markdown_line(', '.join([first, *more]))}", end))
            if alts:
                out += [("", end), (f"Also accepted: {markdown_line(', '.join(alts))}", end)]
        else:
            out += [(f"- [{'x' if right else ' '}] {markdown_line(shown)}", k) for right, shown, k in options]
        for note, k in said:
            out += [("", k), (markdown_line(note), k)]
        out.append(("", stop - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings))
