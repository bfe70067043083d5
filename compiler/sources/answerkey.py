"""A quiz whose answers come in a section of their own, each question asked again with its key.

Course quizzes often ask every question with its options under ``## Questions``, then repeat each one
under ``## Answers`` with ``**Answer: b) merge**`` and an explanation, then end with a score table
(``- **9-10 correct**: Expert!``).  Read question by question, that is a card whose back is the bare
option list, a second card for the same question whose back is the key, and a card per score range
(trial7 G14).  :func:`join_keys` reads them as the author meant: the repeat under the answers section
is the key of the first asking, which becomes one multiple-choice item (its option marked, the repeat's
explanation on the back); the repeat makes no card; a score-range entry under a score heading is no card
either (the manifest lists it as skipped).

Items only: it runs after any reader, on what the reader made (the options as written are read again
from the first item's own lines, with the key line after them, by :func:`~compiler.sources.choices.find_choices`).
"""

from __future__ import annotations

import re

from compiler.model import Choice, Item, ItemKind, normalize_text
from compiler.sources.choices import find_choices

# the heading over the repeats: '## Answers', '## Answer key', '## Solutions', '## Answer sheet'
KEY_SECTION = re.compile(r"^\s*(?:answers?(?:\s+(?:key|sheet)s?)?|solutions?|key)\s*[:.]?\s*$", re.I)
# the key itself: 'Answer: b) merge', '**Correct answer:** C', 'Answer - (b)'
# (the Markdown reading may have taken the 'Answer:' label off already: 'b) merge' is the key too)
KEY_LINE = re.compile(
    r"^\s*(?:(?:correct\s+)?answers?\s*[:：-]\s*\(?\s*(?P<letter>[A-Ha-h])\b(?:\s*[).:]|\s|$)|\(?(?P<bare>[A-Ha-h])\s*[).:](?:\s|$))",
    re.I,
)
SCORE_SECTION = re.compile(r"\b(?:score|scores|scoring|self[- ]assessment|grading|how\s+did\s+you\s+do)\b", re.I)
# '9-10 correct', '7–8', '10/10', '0-4 points', '< 5 correct'
SCORE_ROW = re.compile(
    r"^\s*(?:[<>≤≥]=?\s*)?\d{1,3}\s*(?:[-–—]\s*\d{1,3}|\+)?\s*(?:/\s*\d{1,3})?\s*(?:correct|right|points?|answers?|of\s+\d{1,3})?\s*[:.]?\s*$",
    re.I,
)
SCORE_REASON = "score table"


def join_keys(items: list[Item]) -> list[Item]:
    """The items with each keyed repeat joined into its first asking, and score-table entries skipped."""
    first: dict[str, int] = {}
    out: list[Item | None] = list(items)
    for n, item in enumerate(items):
        if item.skip:
            continue
        if item.section and SCORE_SECTION.search(item.section[-1]) and SCORE_ROW.match(item.question):
            out[n] = item.model_copy(update={"skip": SCORE_REASON})
            continue
        key = normalize_text(item.question)
        asked = first.get(key)
        if asked is not None and item.section and KEY_SECTION.match(item.section[-1]):
            joined = _keyed(items[asked], item)
            if joined is not None:
                out[asked], out[n] = joined, None
                continue
        if item.kind is ItemKind.basic:
            first.setdefault(key, n)
    return [i for i in out if i is not None]


def _keyed(asking: Item, repeat: Item) -> Item | None:
    """The first asking as a multiple-choice item keyed by the repeat, or None when it has no options
    or the repeat names no option."""
    if asking.section and KEY_SECTION.match(asking.section[-1]):
        return None  # (both under the answers heading: no question section to key)
    if not repeat.answer:
        return None
    head = _unbold(repeat.answer[0].plain().strip().split("\n")[0])
    m = KEY_LINE.match(head)
    if m is None:
        return None
    lines = asking.original.splitlines()[1:]  # the options as written, under the question's own line
    letter = (m.group("letter") or m.group("bare")).upper()
    choices = find_choices([*lines, f"Answer: {letter}"])
    if choices is None or choices.correct is None or not all(text.strip() for _, text in choices.options):
        return None
    rest = repeat.answer[0].plain().strip().split("\n")[1:]
    explanation = repeat.answer[1:] if not any(line.strip() for line in rest) else repeat.answer
    return Item.model_validate(
        {
            **asking.model_dump(),
            "kind": ItemKind.multiple_choice,
            "choices": [Choice(label=label, text=_unbold(text)) for label, text in choices.options],
            "correct": choices.correct,
            "answer": explanation,
            "original": f"{asking.original}\n…\n{repeat.original}",
        }
    )


def _unbold(text: str) -> str:
    return re.sub(r"(\*\*|__)", "", text).strip()
