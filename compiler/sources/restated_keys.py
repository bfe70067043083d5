"""An explanation that opens by restating the key (trial27 T27-48): the Arabic javascript-questions README writes
``الإجابة هي الخيار الرابع : D`` ("the answer is the fourth option: D") atop each answer toggle, as the English one
writes ``#### Answer: D``.  The card already marks the right option; the sentence is the key said again, never the
first words of the explanation.  :func:`restated_keys` (run on every source's items) drops it: a first paragraph of a
multiple-choice item's explanation, a few words led by an answer word, that ends with the item's right letter(s).
"""

from __future__ import annotations

import re

from compiler.model import Block, BlockKind, Item, ItemKind
from compiler.sources.lines import ANSWER_WORDS

_KEY_SAID = re.compile(
    rf"^\W*(?:(?i:(?:the\s+)?(?:correct\s+|right\s+)?answer|{ANSWER_WORDS}))(?![^\W\d_])[^:：\n]{{0,60}}[:：]\s*"
    r"\(?(?P<letters>[A-Ha-h](?:\s*(?:,|&|\band\b)\s*[A-Ha-h])*)\)?\s*\.?\s*$"
)
_FIRST_P = re.compile(r"^\s*<p>(?P<text>(?:(?!</p>).)*)</p>\s*", re.S)
_TAG = re.compile(r"<[^>]+>")
SAID_WORDS = 12  # words at most in a sentence that only restates the key


def _restates(text: str, correct: str) -> bool:
    """Whether ``text`` (plain) is the key said again: an answer word, a few words, a colon, the right letter(s)."""
    said = " ".join(text.split())
    m = _KEY_SAID.match(said)
    if m is None or len(said.split()) > SAID_WORDS:
        return False
    letters = sorted(re.findall(r"[A-Ha-h]", m.group("letters")))
    return [x.upper() for x in letters] == sorted(x.strip().upper() for x in correct.split(","))


def restated_keys(items: list[Item]) -> list[Item]:
    """``items`` with each multiple-choice explanation's opening restatement of its key dropped."""
    out: list[Item] = []
    for item in items:
        first = (
            item.answer[0] if item.kind is ItemKind.multiple_choice and item.correct and item.answer else None
        )
        rest: list[Block] | None = None
        if (
            first is not None
            and first.kind is BlockKind.html
            and (m := _FIRST_P.match(first.text))
            and _restates(_TAG.sub("", m.group("text")), item.correct or "")
        ):
            left = first.text[m.end() :]
            rest = ([first.model_copy(update={"text": left})] if left.strip() else []) + item.answer[1:]
        elif (
            first is not None
            and first.kind is BlockKind.text
            and _restates(first.text.split("\n\n")[0], item.correct or "")
        ):
            left = first.text.split("\n\n", 1)[1] if "\n\n" in first.text else ""
            rest = ([first.model_copy(update={"text": left})] if left.strip() else []) + item.answer[1:]
        out.append(item if rest is None else item.model_copy(update={"answer": rest}))
    return out
