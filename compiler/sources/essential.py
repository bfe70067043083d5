"""Reader for the "essential" layout: numbered questions with a trailing level, then ``Answer:``.

Shape (``regularization-20-essential-qa.txt``)::

    Deep Learning Regularization: 20 Interview Questions     <- heading, in the preamble
    2 Explain L2 regularization (weight decay). How does it work? 📊 Medium
    Answer: L2 adds penalty term λ/2m * Σ||w||² to loss. …
    L_total = L_original + (λ/2) * Σ w² ; …                   <- formula block
    Smooth, differentiable, works well                        <- short lines: a bullet list
    Doesn't induce sparsity
    …
    Regularization – Interview Cheat Sheet                    <- topic data, not items
    Parameter-based
      • L1 Sparse weights, feature selection

An item starts at a line ``N Question …`` whose next non-blank line starts with
``Answer:`` (or, if ``Answer:`` is missing, at a line with the next expected
number and a trailing level word, so the missing answer is reported rather than
the question being swallowed).  The level is the last word; decoration emoji
before it are dropped.  Every following line up to the next item belongs to the
answer and is classified by :func:`answer_blocks`.  Lines before the first item
are boilerplate; the heading ``<Name>: N Interview Questions`` among them names
the single section.  From a line mentioning "Cheat Sheet" to the next item the
text is the cheat sheet, exposed by :meth:`EssentialReader.cheat_sheet`.

The block helpers here are shared with the "sectioned" layout, which has the
same ``Answer:`` structure.
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
from compiler.sources.difficulty import Levels, lookup
from compiler.sources.lines import (
    ANSWER_LINE,
    ITEM_LINE,
    count_item_headers,
    ends_complete,
    is_decoration,
    next_nonblank,
    squash,
)

SPACED_LEVEL = re.compile(r"^\d+\s+\S.*\s(?:Easy|Medium|Hard)\s*$")
CHEAT_SHEET = re.compile(r"\bcheat[\s-]*sheet\b", re.IGNORECASE)
SECTION_HEADING = re.compile(
    r"^(?P<name>.*?\S)\s*[:—–-]\s*\d+\s+(?:interview\s+)?(?:questions|q\s*/\s*a|q&a)\b",
    re.IGNORECASE,
)


def split_level(rest: str, source: SourceConfig | None) -> tuple[str, str | None]:
    """Split ``Question? ⚡ Easy`` into the question and the level word (last token).

    The last token is the level if the config knows it, or if it is a word that
    follows decoration or a finished question; otherwise there is no level.
    """
    parts = rest.split()
    if len(parts) < 2:
        return rest, None
    last, before = parts[-1], parts[:-1]
    decorated = False
    while before and is_decoration(before[-1]):
        before.pop()
        decorated = True
    question = " ".join(before)
    known = source is not None and lookup(source.difficulty, last) is not None
    if question and (known or (last.isalpha() and (decorated or ends_complete(question)))):
        return question, last
    return rest, None


# --- the reader ---------------------------------------------------------------


@dataclass
class _Pending:
    number: str
    line: int
    question: str
    label: str | None
    answer: str | None = None
    extra: list[str] = field(default_factory=list)
    last_line: int = 0


class EssentialReader:
    """Reads ``N Question LEVEL`` / ``Answer:`` documents (one section, a closing cheat sheet)."""

    layout = "essential"

    def detect(self, doc: Document) -> float:
        """Share of item headers (followed by ``Answer:``) whose level is a separate last word."""
        lines = doc.lines
        pairs, spaced = count_item_headers(lines, SPACED_LEVEL)
        if pairs < 3:
            return 0.0
        nonblank = sum(1 for line in lines if line.strip())
        coverage = min(1.0, 2 * pairs / max(nonblank, 1) * 1.5)
        return spaced / pairs * (0.6 + 0.4 * coverage)

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        lines = doc.lines
        levels = Levels(source, doc, diag)
        section = self._section(lines, source)
        items: list[Item] = []
        pending: _Pending | None = None
        previous_number: int | None = None
        in_cheat_sheet = False

        def finish() -> None:
            nonlocal pending
            if pending is not None:
                item = self._build(doc, source, diag, pending, section, lines, levels)
                if item is not None:
                    items.append(item)
            pending = None

        for index, raw in enumerate(lines):
            lineno = index + 1
            stripped = raw.strip()
            if not stripped:
                continue
            expected = None if previous_number is None else previous_number + 1
            header = self._header(lines, index, source, expected)
            if header is not None:
                finish()
                in_cheat_sheet = False
                number, question, label = header
                if previous_number is not None and int(number) != previous_number + 1:
                    diag.warning(
                        doc.rel,
                        lineno,
                        f"item {number} follows item {previous_number}",
                        "check the numbering",
                    )
                previous_number = int(number)
                pending = _Pending(number, lineno, question, label, last_line=lineno)
                continue
            if in_cheat_sheet:
                continue
            if pending is None:
                continue  # title and blurb before the first item
            if _is_cheat_sheet_heading(stripped):
                finish()
                in_cheat_sheet = True
                continue
            answer = ANSWER_LINE.match(raw)
            if answer and pending.answer is None and not pending.extra:
                pending.answer = answer.group("text")
            else:
                pending.extra.append(raw)
            pending.last_line = lineno
        finish()
        return items

    # --- internals --------------------------------------------------------

    def _header(
        self, lines: list[str], index: int, source: SourceConfig | None, expected: int | None
    ) -> tuple[str, str, str | None] | None:
        """``(number, question, label)`` if this line starts an item."""
        match = ITEM_LINE.match(lines[index])
        if not match:
            return None
        question, label = split_level(match.group("rest"), source)
        if ANSWER_LINE.match(next_nonblank(lines, index) or ""):
            return match.group("number"), question, label
        if label is not None and expected is not None and int(match.group("number")) == expected:
            return match.group("number"), question, label  # the Answer: line is missing
        return None

    def _section(self, lines: list[str], source: SourceConfig) -> list[str]:
        """The one section: the preamble's ``<Name>: N Interview Questions`` heading."""
        for index, line in enumerate(lines):
            if self._header(lines, index, None, None) is not None:
                break
            match = SECTION_HEADING.match(line.strip())
            if match:
                return [squash(match.group("name"))]
        return [source.title] if source.title else []

    def _build(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        pending: _Pending,
        section: list[str],
        lines: list[str],
        levels: Levels,
    ) -> Item | None:
        difficulty = levels.level(pending.label, pending.number, pending.line)
        blocks = answer_blocks(pending.answer or "", pending.extra) if pending.answer is not None else []
        if pending.answer is None and pending.extra:
            blocks = answer_blocks("", pending.extra)
            diag.warning(
                doc.rel, pending.line, f"item {pending.number} has no 'Answer:' line", "add 'Answer:'"
            )
        return make_item(
            doc,
            source,
            diag,
            pending.line,
            number=pending.number,
            question=complete_question(squash(pending.question)),
            answer=blocks,
            section=section,
            difficulty=difficulty,
            original="\n".join(lines[pending.line - 1 : pending.last_line]),
        )


def _is_cheat_sheet_heading(line: str) -> bool:
    """A short heading line (no final full stop) that names a cheat sheet."""
    return bool(CHEAT_SHEET.search(line)) and len(line) <= 80 and not ends_complete(line)
