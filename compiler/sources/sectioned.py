"""Reader for the "sectioned" layout: ``<Section> — N Interview Questions`` blocks of glued-label items.

Shape (``network-design-regularization-75-qa.txt``)::

    Network Design & Depth — 15 Interview Questions      <- section heading
    2 Depth vs width—trade-offs.Medium                   <- item; level glued to the end
    Answer: Depth composes features hierarchically; …
    Var(W) ≈ 2 / (fan_in + fan_out) (common form)        <- formula block
    Mention train/val gap and compute budget—…           <- the section's closing tip

With ``repair = ["mojibake"]`` the whole text goes through
:func:`compiler.passes.repair.repair_mojibake` first (line numbers do not move);
a U+FFFD or mojibake left afterwards is reported as a warning with its line.
Items' ``original`` is the repaired text, so the manifest never shows mojibake.

How lines are told apart:

- A heading is a line ``<Name> — <number> Interview Questions``; the section is
  ``<Name>``.  Lines before the first heading/item are boilerplate.
- An item starts at ``N Question<Level>`` whose next non-blank line starts with
  ``Answer:``; a line with the next expected number and a glued level also
  starts one even without ``Answer:``, so the missing answer is reported.  The
  level is a configured label glued to the end (or a capitalised word glued
  after punctuation, reported if unknown).  A question starting with an
  interrogative word gets the '?' the export lost.
- Lines after ``Answer:`` belong to the answer: a line following answer text
  that does not end with terminal punctuation continues it (``defaults (`` +
  ``kaiming_uniform, …``); formula-looking lines become formula blocks; other
  lines become paragraphs (see :func:`compiler.sources.blocks.answer_blocks`).
- The **tip** of a section is its last line before the next heading or the end
  of the file when that line follows the last item's finished answer (the line
  before ends with terminal punctuation or is a formula) and is itself plain
  prose (not a formula, code or bullet).  A tip becomes no card and is not
  part of the answer (it sums up the section).  A genuine one-line closing
  paragraph of the last answer in a section is therefore read as a tip: add a
  second line or end the section with a tip to disambiguate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.passes.repair import complete_question, has_mojibake, repair_mojibake
from compiler.sources.base import Document, make_item
from compiler.sources.blocks import answer_blocks
from compiler.sources.difficulty import Levels
from compiler.sources.lines import (
    ANSWER_LINE,
    BULLET,
    ITEM_LINE,
    count_item_headers,
    ends_complete,
    looks_like_code,
    looks_like_formula,
    next_nonblank,
    squash,
)

SECTION_HEADING = re.compile(
    r"^\s*+(?P<name>\S(?:.*\S)?)\s+[—–-]\s++\d++\s++(?:interview\s++)?(?:questions?|q\s*+&\s*+a)\s*$",
    re.IGNORECASE,
)
GLUED_LEVEL = re.compile(r"^\d+\s+\S.*[^\s](?:Easy|Medium|Hard)\s*$")
_GLUED_WORD = re.compile(r"(?<=[^\w\s])(?P<label>[A-Z][a-z]+)\s*$")
_SPACED_WORD = re.compile(r"(?<=[?.!)\u201d])\s+(?P<label>[A-Z][a-z]+)\s*$")


@dataclass
class _Pending:
    number: str
    line: int
    question: str
    label: str | None
    section: list[str]
    answer: str | None = None
    answer_line: int = 0
    extra: list[tuple[int, str]] = field(default_factory=list)
    last_line: int = 0


@dataclass
class _Parsed:
    items: list[_Pending] = field(default_factory=list)
    tips: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)


def split_glued_level(rest: str, source: SourceConfig | None) -> tuple[str, str | None]:
    """Split ``Question?Easy`` into question and level.

    A configured label counts when glued to the text or when it follows
    finished text after a space; otherwise a capitalised word glued after
    punctuation (``?Extreme``) is taken as a level so an unknown one is reported.
    """
    text = rest.rstrip()
    labels = sorted(source.difficulty.labels, key=len, reverse=True) if source else ["Easy", "Medium", "Hard"]
    for key in labels:
        if len(text) > len(key) and text.casefold().endswith(key.casefold()):
            head = text[: -len(key)]
            if not head[-1].isspace() or ends_complete(head):
                return head.rstrip(), text[-len(key) :]
    match = _GLUED_WORD.search(text) or _SPACED_WORD.search(text)
    if match:
        return text[: match.start()].rstrip(), match.group("label")
    return text, None


class SectionedReader:
    """Reads sectioned Q&A with glued difficulty labels, closing tips and optional mojibake repair."""

    layout = "sectioned"

    def detect(self, doc: Document) -> float:
        """Items followed by ``Answer:`` whose level is glued on, under ``— N Interview Questions``."""
        lines = doc.lines
        pairs, glued = count_item_headers(lines, GLUED_LEVEL)
        if pairs < 3:
            return 0.0
        headings = sum(1 for line in lines if SECTION_HEADING.match(line))
        return 0.7 * glued / pairs + (0.3 if headings else 0.0)

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        levels = Levels(source, doc, diag)
        repair = "mojibake" in source.repair
        parsed = self._parse(doc, source, diag, repair)
        self._report_leftovers(doc, parsed.lines, diag, repair)
        items = []
        for p in parsed.items:
            item = make_item(
                doc,
                source,
                diag,
                p.line,
                number=p.number,
                question=complete_question(squash(p.question)),
                answer=answer_blocks(p.answer or "", [text for _, text in p.extra]),
                section=p.section,
                difficulty=levels.level(p.label, p.number, p.line),
                original="\n".join(parsed.lines[p.line - 1 : p.last_line]),
            )
            if item is not None:
                items.append(item)
        return items

    # --- internals --------------------------------------------------------

    def _parse(self, doc: Document, source: SourceConfig | None, diag: Diagnostics, repair: bool) -> _Parsed:
        text = repair_mojibake(doc.text) if repair else doc.text
        lines = text.splitlines()
        parsed = _Parsed(lines=lines)
        section: list[str] = []
        previous: int | None = None
        pending: _Pending | None = None
        seen_item = False

        def close_section() -> None:
            nonlocal pending
            if pending is not None:
                tip = self._take_tip(pending)
                if tip is not None:
                    parsed.tips[section[0] if section else ""] = tip
                parsed.items.append(pending)
            pending = None

        for index, raw in enumerate(lines):
            lineno = index + 1
            if not raw.strip():
                continue
            heading = SECTION_HEADING.match(raw)
            if heading:
                close_section()
                section = [squash(heading.group("name"))]
                continue
            expected = None if previous is None else previous + 1
            header = self._header(lines, index, source, expected)
            if header is not None:
                if pending is not None:
                    parsed.items.append(pending)
                number, question, label = header
                if previous is not None and int(number) != previous + 1:
                    diag.warning(
                        doc.rel, lineno, f"item {number} follows item {previous}", "check the numbering", group="numbering"
                    )
                previous = int(number)
                pending = _Pending(number, lineno, question, label, list(section), last_line=lineno)
                seen_item = True
                continue
            if pending is None:
                if seen_item or section:
                    diag.warning(
                        doc.rel,
                        lineno,
                        f"text outside any item: {squash(raw)[:60]!r}",
                        "start it with 'N Question' and an 'Answer:' line, or move it under an item",
                        group="outside-item",
                    )
                continue  # before the first heading or item: title and blurb
            answer = ANSWER_LINE.match(raw)
            if answer and pending.answer is None and not pending.extra:
                pending.answer = answer.group("text")
                pending.answer_line = lineno
            else:
                pending.extra.append((lineno, raw))
            pending.last_line = lineno
        close_section()
        return parsed

    def _take_tip(self, pending: _Pending) -> str | None:
        """Detach the section's closing tip from its last item, if there is one (see module doc)."""
        if not pending.extra or pending.answer is None:
            return None
        _, tip = pending.extra[-1]
        before = pending.extra[-2][1] if len(pending.extra) > 1 else pending.answer
        plain = not (looks_like_formula(tip) or looks_like_code(tip) or BULLET.match(tip))
        finished = ends_complete(before) or looks_like_formula(before)
        if not (plain and finished):
            return None
        pending.extra.pop()
        pending.last_line = pending.extra[-1][0] if pending.extra else pending.answer_line
        return squash(tip)

    def _header(
        self, lines: list[str], index: int, source: SourceConfig | None, expected: int | None
    ) -> tuple[str, str, str | None] | None:
        """``(number, question, label)`` if this line starts an item."""
        match = ITEM_LINE.match(lines[index])
        if not match:
            return None
        question, label = split_glued_level(match.group("rest"), source)
        if ANSWER_LINE.match(next_nonblank(lines, index) or ""):
            return match.group("number"), question, label
        if label is not None and expected is not None and int(match.group("number")) == expected:
            return match.group("number"), question, label  # the Answer: line is missing
        return None

    def _report_leftovers(self, doc: Document, lines: list[str], diag: Diagnostics, repaired: bool) -> None:
        """Warn, with the line, about text the repair could not fix (or that needs it)."""
        for lineno, line in enumerate(lines, 1):
            if "\ufffd" in line:
                diag.warning(
                    doc.rel,
                    lineno,
                    "undecodable character (U+FFFD) in the text",
                    "retype the lost character in the source, or correct the item with an override",
                )
            elif has_mojibake(line):
                hint = (
                    "fix the text in the source"
                    if repaired
                    else 'add repair = ["mojibake"] to this source in deck.toml'
                )
                diag.warning(doc.rel, lineno, "text looks mis-decoded (mojibake)", hint, fix=None if repaired else {"repair": ["mojibake"]})
