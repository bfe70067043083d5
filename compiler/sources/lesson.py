"""Reader for the "lesson" layout: a course page with headed prose and a quiz.

How it is read: the document is split into paragraphs at blank lines.  A
paragraph of a single short Title Case line without terminal punctuation
("Training vs Validation Loss", "L2 Regularization (Weight Decay)") is a
heading; everything up to the next heading is its body.  Lines before the
first heading (the "Lesson 6 of 8" breadcrumb) are page chrome.  The quiz
starts at the first ``Question N`` line and its section is the heading right
above it (``Knowledge Check``).  Each question is ``Question N``, the question
text, options ``• A) …`` to ``D)``, a ``Show Answer`` line, then the correct
option repeated (``B) …``) and the explanation on the lines right after it.
Every question becomes a multiple-choice card (number N, the explanation as
the answer).  A repeated option whose text differs from the option with that
letter is an error; text after the explanation is warned about.  The prose
sections are not turned into cards: the quiz covers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Choice, Item, ItemKind
from compiler.sources.base import Document, make_item
from compiler.sources.blocks import text_block
from compiler.sources.difficulty import Levels
from compiler.sources.lines import MARKDOWN_SUFFIXES, squash

_QUESTION = re.compile(r"^\s*+Question\s++(\d+)\s*+:?\s*$", re.IGNORECASE)
_SHOW = re.compile(r"^\s*+(?:Show|Reveal|Hide)\s++Answer\s*$", re.IGNORECASE)
_OPTION = re.compile(r"^\s*+(?:[•\-*▪◦·]\s*+)?([A-Z])\)\s*+(\S.*)$")
_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with vs vs. via from into as per".split()  # noqa: SIM905
)
_NOT_IN_HEADINGS = re.compile(r"[=+*<>{}\[\]|#•✓→]")


def is_title_heading(line: str) -> bool:
    """A short Title Case line without terminal punctuation: a lesson heading.

    Deliberately strict so prose ("✓ Simple, effective"), formulas
    ("Loss = DataLoss + λ·Σw²") and options ("B) To prevent …") never qualify.
    """
    s = line.strip()
    if not s or len(s) > 60 or len(s.split()) > 8:
        return False
    if not (s[0].isupper() or s[0].isdigit()) or s[-1] in ".,;:!?…":
        return False
    if _NOT_IN_HEADINGS.search(s) or _OPTION.match(s):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant)


@dataclass
class _Quiz:
    """One ``Question N`` block while it is being parsed."""

    number: str
    line: int
    question: list[str] = field(default_factory=list)
    options: list[tuple[str, str, int]] = field(default_factory=list)  # label, text, line
    shown: bool = False  # "Show Answer" seen
    correct: tuple[str, str, int] | None = None
    explanation: list[str] = field(default_factory=list)
    explanation_done: bool = False
    last_line: int = 0
    extra: list[tuple[int, str]] = field(default_factory=list)  # unused text lines


class LessonReader:
    """Reads course lessons: headed prose plus a ``Question N`` multiple-choice quiz."""

    layout = "lesson"

    def detect(self, doc: Document) -> float:
        """Score the quiz furniture (``Question N``, lettered options, ``Show Answer``)."""
        lines = doc.lines
        questions = sum(1 for s in lines if _QUESTION.match(s))
        shows = sum(1 for s in lines if _SHOW.match(s))
        options = sum(1 for s in lines if re.match(r"^\s*+[•\-*▪◦·]?\s*+[A-H]\)\s++\S", s))
        score = 0.0
        if questions >= 2:
            score += 0.35
        if shows >= 2:
            score += 0.3
        if options >= 4:
            score += 0.2
        head = "\n".join(lines[:5])
        if re.search(r"\bLesson\s+\d+", head) or any(
            s.strip().casefold() == "knowledge check" for s in lines
        ):
            score += 0.15
        if doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
            score *= 0.5
        return min(score, 1.0)

    def _quiz_start(self, lines: list[str]) -> int | None:
        """0-based index of the first ``Question N`` line."""
        return next((i for i, s in enumerate(lines) if _QUESTION.match(s)), None)

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        """Turn every ``Question N`` block into a multiple-choice item."""
        lines = doc.lines
        start = self._quiz_start(lines)
        if start is None:
            diag.warning(
                doc.rel,
                None,
                "no 'Question N' quiz found; a lesson's prose is not carded",
                "add a Knowledge Check or set another layout in deck.toml",
            )
            return []
        section = "Knowledge Check"
        for i in range(start - 1, -1, -1):
            if lines[i].strip():
                if is_title_heading(lines[i]):
                    section = lines[i].strip()
                break

        quizzes: list[_Quiz] = []
        for i in range(start, len(lines)):
            text, ln = lines[i], i + 1
            m = _QUESTION.match(text)
            if m:
                quizzes.append(_Quiz(number=m.group(1), line=ln, last_line=ln))
                continue
            q = quizzes[-1]
            if not text.strip():
                if q.correct is not None and q.explanation:
                    q.explanation_done = True
                continue
            self._feed(q, text, ln)

        items: list[Item] = []
        levels = Levels(source, doc, diag)
        for q in quizzes:
            item = self._item(q, doc, source, diag, section, lines, levels)
            if item is not None:
                items.append(item)
        return items

    def _feed(self, q: _Quiz, text: str, ln: int) -> None:
        """Route one non-blank line of a question block to its part."""
        opt = _OPTION.match(text)
        if _SHOW.match(text):
            q.shown = True
        elif q.correct is None and opt and (q.shown or opt.group(1) in {o[0] for o in q.options}):
            q.correct = (opt.group(1), squash(opt.group(2)), ln)
        elif q.correct is None and opt and not q.shown:
            q.options.append((opt.group(1), squash(opt.group(2)), ln))
        elif q.correct is None and not q.options and not q.shown:
            q.question.append(text)
        elif q.correct is not None and not q.explanation_done:
            q.explanation.append(text)
        else:
            q.extra.append((ln, text))
            return
        q.last_line = ln

    def _item(
        self,
        q: _Quiz,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        section: str,
        lines: list[str],
        levels: Levels,
    ) -> Item | None:
        for ln, _ in q.extra:
            diag.warning(
                doc.rel,
                ln,
                "text in a quiz question that is not its question, option, answer or explanation",
                "it is not in any card; move it into the explanation or remove it",
            )
        if not q.question:
            diag.error(
                doc.rel,
                q.line,
                f"Question {q.number} has no question text",
                "add the question below 'Question N'",
            )
            return None
        if q.correct is None:
            diag.error(
                doc.rel,
                q.line,
                f"Question {q.number} has no correct option after 'Show Answer'",
                "repeat the correct option, e.g. 'B) …', after 'Show Answer'",
            )
            return None
        label, said, line = q.correct
        options = {o[0]: o[1] for o in q.options}
        if label in options and squash(options[label]).casefold() != said.casefold():
            diag.error(
                doc.rel,
                line,
                f"answer line '{label}) {said}' does not match option {label}) '{options[label]}'",
                "fix the letter or the text so both agree",
            )
        return make_item(
            doc,
            source,
            diag,
            q.line,
            number=q.number,
            kind=ItemKind.multiple_choice,
            question=squash(" ".join(q.question)),
            choices=[Choice(label=lab, text=txt) for lab, txt, _ in q.options],
            correct=label,
            answer=[text_block(t) for t in q.explanation if t.strip()],
            section=[section],
            difficulty=levels.level(None, q.number, q.line),
            original="\n".join(lines[q.line - 1 : q.last_line]),
        )
