"""Reader for the "grill" layout: lettered sections of one-line ``N. Question? Answer`` items.

Shape (``regularization-interview-grill.txt``)::

    Regularization — Interview Grill              <- title lines: skipped
    A. Foundations                                <- section heading "A. Name"
    1. What's the bias-variance trade-off? For squared error: . Bias = …
    5. State L2 regularization. . Quadratic penalty on weights. …   <- no '?'
    25. Train vs eval mode in PyTorch?
    model.train() enables dropout …               <- continues item 25's answer
    46. L2 is …prior? Gaussian. 47. L1 is …prior? Laplace. 48. …    <- several items, one line
    Self-grading                                  <- grading paragraph: not items
    If you can't answer 1-15, you don't know basic regularization. …

Why it is read this way:

- The question ends at the first ``?`` followed by a space (or the line end);
  without a ``?`` it ends at the first ``. `` — the export stripped the math,
  so an answer may start with (or be only) the holes it left, e.g. ``. Quadratic
  penalty``; that text is kept as the answer, not repaired.
- Several items share a line only when the next number in sequence appears as
  `` N+1. `` and the text after it contains a ``?``; each gets the line's number
  and its own slice of the line as ``original``.
- A line that is not an item, a heading or part of the grading block continues
  the previous item's answer if no heading came in between; otherwise it is
  reported as a warning.
- Difficulty ``from = "self-grading"``: each sentence of the paragraph after the
  "Self-grading" heading that names ranges (``1-15``) grades them with the
  level of the config label word it contains (``basic`` -> easy).  An item in no
  range gets the rule's default, or is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.passes.repair import complete_question
from compiler.sources.base import Document, make_item
from compiler.sources.blocks import answer_blocks
from compiler.sources.difficulty import SELF_GRADING, Levels
from compiler.sources.lines import squash

ITEM_START = re.compile(r"^\s*(?P<number>\d+)\.\s+(?P<rest>\S.*?)\s*$")
HEADING = re.compile(r"^\s*(?P<letter>[A-Z])\.\s+(?P<name>\S.*?)\s*$")
QUESTION_MARK = re.compile(r"\?(?=\s|$)")
FULL_STOP = re.compile(r"\.(?=\s|$)")


@dataclass
class _Pending:
    number: str
    line: int
    question: str
    answer: str
    original: list[str]
    extra: list[str] = field(default_factory=list)


def split_segments(line: str) -> list[tuple[int, str, str]]:
    """Split an item line into ``(number, text, original)`` for each item on it.

    ``text`` follows the ``N. `` marker; ``original`` is the item's slice of the line.
    """
    start = ITEM_START.match(line)
    if start is None:
        return []
    number, pos, head = int(start.group("number")), start.start("rest"), 0
    segments: list[tuple[int, str, str]] = []
    while True:
        cut = _next_item(line[pos:], number + 1)
        end = pos + cut.start() if cut else len(line.rstrip())
        segments.append((number, line[pos:end].strip(), line[head:end].rstrip()))
        if cut is None:
            return segments
        head, pos, number = pos + cut.start(), pos + cut.end(), number + 1


def _next_item(rest: str, number: int) -> re.Match[str] | None:
    """Where item ``number`` starts in ``rest``: `` N. `` followed by text holding a '?'."""
    for match in re.finditer(rf"(?<=\s){number}\.\s+(?=\S)", rest):
        following = rest[match.end() :]
        after = re.search(rf"(?<=\s){number + 1}\.\s+(?=\S)", following)
        if "?" in (following[: after.start()] if after else following):
            return match
    return None


def split_question(text: str) -> tuple[str, str]:
    """Question up to the first '?' (or, failing that, the first '. '); the rest is the answer."""
    match = QUESTION_MARK.search(text) or FULL_STOP.search(text)
    if match is None:
        return text.strip(), ""
    return text[: match.end()].strip(), text[match.end() :].strip()


def is_heading(line: str) -> bool:
    match = HEADING.match(line)
    return bool(match) and not match.group("name").endswith("?")


class GrillReader:
    """Reads lettered-section, one-line ``N. Question? Answer`` interview grills."""

    layout = "grill"

    def detect(self, doc: Document) -> float:
        """Mostly ``N. …?`` lines under ``A. Name`` headings."""
        lines = [line for line in doc.lines if line.strip()]
        items = sum(1 for line in lines if ITEM_START.match(line) and "?" in line)
        headings = sum(1 for line in lines if is_heading(line))
        if items < 3 or not lines:
            return 0.0
        return min(1.0, (items + headings) / len(lines)) * 0.7 + (0.3 if headings >= 2 else 0.0)

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        lines = doc.lines
        levels = Levels(source, doc, diag, stop=lambda line: bool(ITEM_START.match(line)) or is_heading(line))
        items: list[Item] = []
        pending: list[_Pending] = []
        section: list[str] = []
        state = "preamble"  # preamble | item | heading | grading
        seen_item = False
        previous: int | None = None

        def finish() -> None:
            for p in pending:
                item = self._build(doc, source, diag, p, section, levels)
                if item is not None:
                    items.append(item)
            pending.clear()

        for index, raw in enumerate(lines):
            lineno = index + 1
            if not raw.strip():
                continue
            start = ITEM_START.match(raw)
            if start:
                finish()
                state, seen_item = "item", True
                for number, text, original in split_segments(raw):
                    if previous is not None and number != previous + 1:
                        diag.warning(
                            doc.rel, lineno, f"item {number} follows item {previous}", "check the numbering", group="numbering"
                        )
                    previous = number
                    question, answer = split_question(text)
                    pending.append(_Pending(str(number), lineno, question, answer, [original]))
                continue
            if SELF_GRADING.match(raw):
                finish()
                state = "grading"
                continue
            if is_heading(raw):
                finish()
                state = "heading"
                section = [squash(HEADING.match(raw).group("name"))]  # type: ignore[union-attr]
                continue
            if state == "grading":
                continue  # the grading paragraph, read by _grading
            if state == "item" and pending:
                pending[-1].extra.append(raw)
                pending[-1].original.append(raw)
                continue
            if seen_item:
                diag.warning(
                    doc.rel,
                    lineno,
                    f"text outside any item: {squash(raw)[:60]!r}",
                    "start it with an item number ('N. Question? Answer') or move it under an item",
                    group="outside-item",
                )
            # before the first item: title and blurb, skipped
        finish()
        return items

    # --- internals --------------------------------------------------------

    def _build(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        p: _Pending,
        section: list[str],
        levels: Levels,
    ) -> Item | None:
        return make_item(
            doc,
            source,
            diag,
            p.line,
            number=p.number,
            question=complete_question(squash(p.question)),
            answer=answer_blocks(p.answer, p.extra),
            section=list(section),
            difficulty=levels.level(None, p.number, p.line),
            original="\n".join(p.original),
        )
