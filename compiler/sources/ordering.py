"""An ordering question (trial27 T27-44): ``Arrange the following steps of digestion in the correct order:`` over lettered
steps (``a) Absorption …`` … ``d) Egestion``) and a key naming every one of them in order (``Answer: b, c, a, d``).
Every reader took the key for a "choose all" answer: a multiple-choice card "(choose 4)" with every option right, the
order, which is the answer, lost.

:func:`ordered_answers` (run on every source's items, whatever the layout) makes such an item a Basic card: the
instruction with its steps on the front, the steps in the key's order on the back.
"""

from __future__ import annotations

import re

from compiler.model import Block, BlockKind, Item, ItemKind
from compiler.sources.lines import has_answer_label, strip_answer_label

# a question that asks for an order, in the languages deckc reads
_ASKS_ORDER = re.compile(
    r"(?i)\b(?:arrange|rearrange|re-arrange|sequence|put\b.{0,40}\bin(?:to)?\s+(?:the\s+)?(?:correct\s+|right\s+|proper\s+)?order"
    r"|in\s+(?:the\s+)?(?:correct|right|proper|chronological|logical)\s+(?:order|sequence)|order\s+the\s+following|rank\s+the\s+following"
    r"|ordena|ordene|ordenar|ordnen|ordne|reihenfolge|remets?\s+dans\s+l.ordre|dans\s+l.ordre|classe[rz]\s+dans\s+l.ordre|ordina"
    r"|metti\s+in\s+ordine|rangschik|volgorde|uporządkuj|kolejności|упорядоч|расположите|в\s+правильном\s+порядке|sắp\s+xếp"
    r"|sırala|urutkan|susunlah)|排序|顺序|順序|並べ|並び替え|순서"
)
_STEP = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:\((?P<p>[a-hA-H1-8])\)|(?P<l>[a-hA-H1-8])[.)])(?:\*\*|__)?\s+(?P<text>\S.*)$"
)
_KEY_LABEL = re.compile(r"(?<![^\W_])\(?(?P<label>[a-hA-H1-8])\)?(?![^\W_])")
STEPS_MIN = 3  # steps a key must order before the question is an ordering one


def ordered_answers(items: list[Item]) -> list[Item]:
    """``items`` with each ordering question read as a "choose all" one made a Basic card answering with the order."""
    return [_ordered(item) or item for item in items]


def _ordered(item: Item) -> Item | None:
    if (
        item.kind is not ItemKind.multiple_choice
        or item.skip
        or not item.correct
        or not _ASKS_ORDER.search(item.question)
    ):
        return None
    if len(item.choices) < STEPS_MIN or len(item.correct.split(",")) != len(item.choices):
        return None
    lines = item.original.split("\n")
    steps = [
        (m.group("p") or m.group("l"), m.group("text").strip())
        for line in lines[1:]
        if (m := _STEP.match(line))
    ]
    if len(steps) != len(item.choices):
        return None
    written = {label.lower(): (label, text) for label, text in steps}
    order: list[str] | None = None
    for line in lines:
        plain = re.sub(r"\*\*|__", "", line).strip()  # ('**Answer:** B, C, A, D': an Aiken quiz's key, as Markdown)
        if not has_answer_label(plain):
            continue
        said = [m.group("label").lower() for m in _KEY_LABEL.finditer(strip_answer_label(plain))]
        if sorted(said) == sorted(written) and len(said) == len(written):
            order = said
            break
    if order is None:
        return None
    shown = [f"{written[k][0]}) {written[k][1]}" for k in order]
    return Item.model_validate(
        {
            **item.model_dump(),
            "kind": ItemKind.basic,
            "choices": [],
            "correct": None,
            "stimulus": [
                *item.stimulus,
                Block(kind=BlockKind.bullets, items=[f"{label}) {text}" for label, text in steps]),
            ],
            "stimulus_after": True,
            "answer": [Block(kind=BlockKind.text, text=" → ".join(shown))],
        }
    )
