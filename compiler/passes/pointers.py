"""Answers that only point elsewhere: a card that teaches nothing on its own.

A FAQ answers a question by sending the reader to another page or question ('See previous question.', 'See :ref:`bans`.',
'Please refer to the GPU docs.'): on its own card, reviewed out of the page's order, it holds no answer to recall
(trial49 T49-5: 6 of Scrapy's 36 FAQ cards). Such an item still becomes a note (the question may be worth keeping and
its answer worth writing); the build says so once, with the count and every place, so the author writes the answer there
(an override) or leaves the question out.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostics
from compiler.model import Item

POINTER_WORDS_MAX = 12  # words of an answer that points elsewhere and says nothing itself
# an answer that opens by sending the reader elsewhere: 'See …', 'Please refer to …', 'Refer to …', 'Consult …' (never
# an instruction that is the answer, 'Read the bottom of the meniscus at eye level.', nor a verb's forms, 'see - saw')
_POINTS = re.compile(r"^(?:please\s+)?(?:see(?:\s+also)?|refer\s+to|consult)\s+(?=[\w\"'“(\[])", re.I)


def run(items: list[Item], diag: Diagnostics) -> None:
    """Warn once (grouped) for the items whose whole answer is a short pointer to somewhere else."""
    for item in items:
        if item.choices or item.cloze:
            continue
        text = " ".join(item.answer_plain().split())
        if len(text.split()) > POINTER_WORDS_MAX or not text.endswith((".", "。")) or not _POINTS.match(text) or text.count(".") > 2:
            continue
        diag.warning(
            item.locator.file,
            item.locator.line,
            f"the answer to {_short(item.question)!r} only points elsewhere ({_short(text, 50)!r}): on its own card it"
            " holds nothing to recall",
            "write the answer itself on the card (an [[override]] in overrides.toml), or leave the question out",
            group="pointer answer",
        )


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
