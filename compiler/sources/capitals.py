"""A question typed in lower case (sitting 58, newdocs d/24): a revision checklist's ``- [ ] explain what an enzyme is? →
…`` under ``can I…`` made the front ``explain what an enzyme is?``. A front that asks and opens with a question word or a
task's verb in lower case (``what``, ``how``, ``explain``, ``describe`` …) opens with its capital, as a sentence does;
any other first word (a term, code, ``pH``, ``iPhone``, a name) stays as written, and so does a question that goes on
from a lead above it on the front (``Given the following code`` / its code / ``which expression gives …?``)."""

from __future__ import annotations

import re

from compiler.model import Item
from compiler.passes.repair import ASKING_WORDS
from compiler.sources.lines import QUESTION_MARKS

# the English words a question or a task opens with
_OPENERS = frozenset(
    [*ASKING_WORDS, "was", "were", "explain", "describe", "define", "name", "list", "state", "give", "outline", "compare", "contrast", "identify", "say", "suggest", "discuss"]
)
_FIRST = re.compile(r"^([a-z]+)\b")


def capitalized(items: list[Item]) -> list[Item]:
    """``items`` with each front that asks and opens with a lower-case opener of :data:`_OPENERS` capitalized."""
    return [_capitalized(i) for i in items]


def _capitalized(item: Item) -> Item:
    question = item.question
    m = _FIRST.match(question)
    if m is None or m.group(1) not in _OPENERS or not question.rstrip().endswith(QUESTION_MARKS) or item.skip or item.stimulus:
        return item  # (after a lead on the front, 'Given the following code' / its code / 'which expression …?', it goes on a sentence)
    return item.model_copy(update={"question": question[:1].upper() + question[1:]})
