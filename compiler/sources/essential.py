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
from compiler.model import Block, BlockKind, Difficulty, Item
from compiler.passes.repair import complete_question
from compiler.sources.base import Document, label_difficulty, make_item, squash

ITEM_LINE = re.compile(r"^(?P<number>\d+)\s+(?P<rest>\S.*?)\s*$")
ANSWER_LINE = re.compile(r"^\s*answer\s*:\s*(?P<text>.*?)\s*$", re.IGNORECASE)
SPACED_LEVEL = re.compile(r"^\d+\s+\S.*\s(?:Easy|Medium|Hard)\s*$")
CHEAT_SHEET = re.compile(r"\bcheat[\s-]*sheet\b", re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[•▪◦·*]|-(?=\s))\s*")
SECTION_HEADING = re.compile(
    r"^(?P<name>.*?\S)\s*[:—–-]\s*\d+\s+(?:interview\s+)?(?:questions|q\s*/\s*a|q&a)\b",
    re.IGNORECASE,
)

TERMINAL = ".!?:;…"
CLOSERS = "\u201d\u2019\"')]"
FORMULA_MARKS = "=Σ∑∂√⇨⇒↑↓≈∝≤≥±"
FORMULA_MAX = 120
LIST_LINE_MAX = 80
_ASSIGN = re.compile(r"^[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:[-+*/]?=)(?!=)\s*\S")
_STATEMENT = re.compile(r"^(?:import|from|def|class|for|while|if|elif|else|return|print|with)\b")
_CALL = re.compile(r"^[A-Za-z_][\w.]*\(.*\)\s*(?:#.*)?$")


# --- shared helpers -----------------------------------------------------------


def ends_complete(text: str) -> bool:
    """True if a line ends like a finished sentence (so the next line is not its continuation)."""
    core = text.rstrip().rstrip(CLOSERS)
    return bool(core) and core[-1] in TERMINAL


def join_continuation(text: str, more: str) -> str:
    """Join a wrapped line without leaving a space inside brackets: ``(`` + ``kaiming…``."""
    more = more.strip()
    if text.endswith(("(", "[", "/", "-")) or more[:1] in ",.;:)]":
        return text + more
    return f"{text} {more}"


def looks_like_code(line: str, in_code: bool = False) -> bool:
    """Python-ish: a ``#`` comment, an ASCII assignment from a call / ``np.`` / with a
    trailing comment, a statement keyword or a bare call.  Inside a code block any
    indented or assignment line continues it."""
    s = line.strip()
    if not s.isascii():
        return False
    if re.match(r"^#\s*[A-Za-z]", s) or _STATEMENT.match(s) or _CALL.match(s):
        return True
    if _ASSIGN.match(s):
        return in_code or "(" in s or "np." in s or " #" in s
    return in_code and line[:1] in " \t"


def looks_like_formula(line: str) -> bool:
    """A short line carrying math signs (=, Σ, ∂, √, ⇨, ↑/↓, ≈, …)."""
    s = line.strip()
    return len(s) <= FORMULA_MAX and any(mark in s for mark in FORMULA_MARKS)


def answer_blocks(first: str, extra: list[str]) -> list[Block]:
    """Build answer blocks from the ``Answer:`` text and the lines after it.

    Unfinished answer text swallows the next plain line; code lines make one
    python block; formula lines are formula blocks; runs of two or more short
    unpunctuated lines (pro/con, tags) or marked bullets become a bullet list;
    anything else is a text paragraph.  Nothing is dropped.
    """
    blocks: list[Block] = []
    para = squash(first)
    code: list[str] = []
    bullets: list[str] = []

    def flush_para() -> None:
        nonlocal para
        if para:
            blocks.append(Block(kind=BlockKind.text, text=para))
        para = ""

    def flush_code() -> None:
        if code:
            blocks.append(Block(kind=BlockKind.code, text="\n".join(code), lang="python"))
        code.clear()

    def flush_bullets() -> None:
        if len(bullets) == 1:
            blocks.append(Block(kind=BlockKind.text, text=bullets[0]))
        elif bullets:
            blocks.append(Block(kind=BlockKind.bullets, items=list(bullets)))
        bullets.clear()

    for raw in extra:
        line = raw.rstrip()
        s = squash(line)
        if not s:
            continue
        if looks_like_code(line, in_code=bool(code)):
            flush_para()
            flush_bullets()
            code.append(line.strip() if not code else line)
            continue
        flush_code()
        marked = BULLET.match(line)
        if para and not ends_complete(para) and not marked and not looks_like_formula(s):
            para = join_continuation(para, s)
        elif looks_like_formula(s) and not marked:
            flush_para()
            flush_bullets()
            blocks.append(Block(kind=BlockKind.formula, text=s))
        elif marked or (len(s) <= LIST_LINE_MAX and not ends_complete(s)):
            flush_para()
            bullets.append(squash(BULLET.sub("", line)) if marked else s)
        else:
            flush_para()
            flush_bullets()
            para = s
    flush_para()
    flush_code()
    flush_bullets()
    return blocks


def item_difficulty(
    label: str | None, number: str, source: SourceConfig, doc: Document, line: int, diag: Diagnostics
) -> Difficulty | None:
    """Level for an item of a layout that carries labels (self-grading is not available here)."""
    rule = source.difficulty
    if rule.from_ == "label":
        return label_difficulty(label, source, doc, line, diag)
    if rule.from_ == "ranges":
        level = rule.for_number(int(number)) if number.isdigit() else rule.default
        if level is None:
            diag.error(
                doc.rel,
                line,
                f"item {number} is in no difficulty range",
                f"add a range covering it, or a default, to [source.difficulty] for {source.id!r} in deck.toml",
            )
        return level
    return rule.default


def check_self_grading(source: SourceConfig, doc: Document, diag: Diagnostics, layout: str) -> None:
    """Layouts without a grading paragraph cannot honour ``from = "self-grading"``: say so once."""
    if source.difficulty.from_ == "self-grading":
        diag.error(
            doc.rel,
            None,
            f"the {layout!r} layout has no self-grading paragraph",
            f'use from = "label", "ranges" or "fixed" in [source.difficulty] for {source.id!r}',
        )


def is_decoration(token: str) -> bool:
    """Emoji and symbols that decorate a level (``⚡ Easy``) and carry no text."""
    return not any(ch.isalnum() for ch in token)


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
    known = source is not None and source.difficulty.for_label(last) is not None
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


def count_item_headers(lines: list[str], level: re.Pattern[str]) -> tuple[int, int]:
    """(item headers followed by ``Answer:``, how many of them match ``level``): the detect signal
    the essential and sectioned layouts share; they differ in where the level sits."""
    pairs = matching = 0
    for i, line in enumerate(lines):
        if ITEM_LINE.match(line) and ANSWER_LINE.match(_next_nonblank(lines, i) or ""):
            pairs += 1
            matching += bool(level.match(line))
    return pairs, matching


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
        check_self_grading(source, doc, diag, self.layout)
        lines = doc.lines
        section = self._section(lines, source)
        items: list[Item] = []
        pending: _Pending | None = None
        previous_number: int | None = None
        in_cheat_sheet = False

        def finish() -> None:
            nonlocal pending
            if pending is not None:
                item = self._build(doc, source, diag, pending, section, lines)
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

    def cheat_sheet(self, doc: Document) -> dict[str, list[str]]:
        """The closing cheat sheet as data: group heading -> its bullet lines.

        A ``Verdict: …`` line becomes the group ``Verdict``; loose text before the
        first group is kept under the cheat sheet's own title.
        """
        lines = doc.lines
        groups: dict[str, list[str]] = {}
        current: str | None = None
        title: str | None = None
        for index, raw in enumerate(lines):
            stripped = squash(raw)
            if not stripped:
                continue
            if self._header(lines, index, None, None) is not None:
                title = current = None
                continue
            if title is None:
                if _is_cheat_sheet_heading(stripped):
                    title = stripped
                continue
            verdict = re.match(r"^verdict\s*:\s*(.*)$", stripped, re.IGNORECASE)
            if verdict:
                groups.setdefault("Verdict", []).append(verdict.group(1).strip().strip('"\u201c\u201d'))
            elif BULLET.match(raw) or raw[:1] in " \t":
                groups.setdefault(current or title, []).append(squash(BULLET.sub("", raw)))
            else:
                current = stripped.rstrip(":")
                groups.setdefault(current, [])
        return groups

    # --- internals --------------------------------------------------------

    def _header(
        self, lines: list[str], index: int, source: SourceConfig | None, expected: int | None
    ) -> tuple[str, str, str | None] | None:
        """``(number, question, label)`` if this line starts an item."""
        match = ITEM_LINE.match(lines[index])
        if not match:
            return None
        question, label = split_level(match.group("rest"), source)
        if ANSWER_LINE.match(_next_nonblank(lines, index) or ""):
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
    ) -> Item | None:
        difficulty = item_difficulty(pending.label, pending.number, source, doc, pending.line, diag)
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


def _next_nonblank(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1 :]:
        if line.strip():
            return line
    return None
