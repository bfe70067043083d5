"""A safety net against a question glued onto the answer above it (sitting 46, meta).

A page writes its questions alike: ``**Q1. What is GDP?**`` … ``**Q3. …**``, ``## 4. …?``, ``Question 2: …``. When a
line inside an item's answer is written exactly like the page's questions (the same heading level, bold, numbering or
label) and carries the next number of the sequence, or asks as they do, the reader most likely missed a question there:
its words became the end of the answer above and the question had no card, with no message. The build says so, with
both lines, so the writer can see it (and a reader can be fixed); nothing is changed on the cards.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from compiler.sources.lines import CLOSERS, QUESTION_MARKS, in_fence

# '## ', '**', then a label and a number ('Q1.', 'Question 3:', '1)', '2.', 'Q:') before the words
_SHAPE = re.compile(
    r"^(?P<hashes>#{1,6}[ \t]+)?(?P<bold>\*\*|__)?[ \t]*"
    r"(?:(?P<label>(?i:q|question|frage|pregunta|pergunta|domanda|вопрос|câu|soal|ques|qn|problem|exercise))"
    r"[ \t]*(?P<n1>\d{1,3})?[ \t]*(?P<p1>[.:)：])|(?P<n2>\d{1,3})(?P<p2>[.)]))?"
    r"[ \t]*(?:\*\*|__)?[ \t]*(?P<words>\S.*)$"
)
GLUED_MIN_ITEMS = 2  # items at least, most of them written alike, before a line in an answer is said to look like them


@dataclass(frozen=True)
class Shape:
    """How a question line is written: heading level, bold, its label and numbering (digits aside), and whether it asks."""

    hashes: int
    bold: bool
    label: str
    punct: str
    numbered: bool

    def marked(self) -> bool:
        """A shape a line of prose seldom has by chance: a heading, a bold line, a number or a question label."""
        return bool(self.hashes or self.bold or self.numbered or self.label)


def shape(line: str) -> tuple[Shape, int | None, str] | None:
    """A line's shape, its number (None when unnumbered) and its words; None for an indented or empty line."""
    if not line.strip() or line[:1] in " \t":
        return None
    m = _SHAPE.match(line.rstrip())
    if m is None:
        return None
    bold = m.group("bold") is not None and line.rstrip().endswith(m.group("bold"))
    number = m.group("n1") or m.group("n2")
    found = Shape(
        len((m.group("hashes") or "").strip()),
        bold,
        (m.group("label") or "").casefold(),
        m.group("p1") or m.group("p2") or "",
        number is not None,
    )
    words = m.group("words").rstrip()
    return found, int(number) if number else None, words[: -len(m.group("bold"))].rstrip() if bold else words


def _asks(words: str) -> bool:
    return words.rstrip().rstrip("*_ ").rstrip(CLOSERS).endswith(QUESTION_MARKS)


def glued_questions(lines: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """For items whose question lines are ``lines[start - 1]`` and answers run to ``end`` (1-based ``(start, end)``
    spans, in page order): ``(line, item line, words)`` of each line inside an answer written like the page's questions
    (the shape more than half of them share) that either carries the number after its item's (and before the next item's) or,
    on a page of questions most of which ask, asks too. Code is never looked into."""
    if len(spans) < GLUED_MIN_ITEMS:
        return []
    heads = [shape(lines[start - 1]) if 0 < start <= len(lines) else None for start, _ in spans]
    shapes = Counter(h[0] for h in heads if h is not None and h[0].marked())
    if not shapes:
        return []
    page, count = shapes.most_common(1)[0]
    if 2 * count <= len(spans):
        return []
    asking = 2 * sum(1 for h in heads if h is not None and h[0] == page and _asks(h[2])) > count  # (most of them ask)
    fenced = list(in_fence(lines))
    found: list[tuple[int, int, str]] = []
    for k, ((start, end), head) in enumerate(zip(spans, heads, strict=True)):
        if head is None or head[0] != page:
            continue
        upto = min(end, spans[k + 1][0] - 1) if k + 1 < len(spans) else end
        after = next((h for h in heads[k + 1 :] if h is not None and h[0] == page), None)
        alike = [(at, got) for at in range(start + 1, min(upto, len(lines)) + 1) if not fenced[at - 1] and (got := shape(lines[at - 1])) and got[0] == page]
        if page.numbered and head[1] is not None:
            # the numbers after its item's, in turn, before the next item's; a list of the answer's own written as the
            # questions are ('3. What are the steps?' / '1. take the middle' … '4. repeat') starts elsewhere: none
            beyond = after[1] if after is not None and after[1] is not None else None
            expected = head[1] + 1
            for at, (_, number, words) in alike:
                if number != expected or (beyond is not None and number >= beyond):
                    break
                found.append((at, start, words))
                expected += 1
        elif not page.numbered and asking and len(alike) == 1 and _asks(alike[0][1][2]):
            found.append((alike[0][0], start, alike[0][1][2]))  # (the only such line in the answer, asking as they do)
    return found
