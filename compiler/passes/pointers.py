"""Answers that only point elsewhere: a card that teaches nothing on its own.

A FAQ answers a question by sending the reader to another page or question ('See previous question.', 'See :ref:`bans`.',
'Please refer to the GPU docs.'): on its own card, reviewed out of the page's order, it holds no answer to recall
(trial49 T49-5: 6 of Scrapy's 36 FAQ cards). Such an item still becomes a note (the question may be worth keeping and
its answer worth writing); the build says so once, with the count and every place, so the author writes the answer there
(an override) or leaves the question out.

A pointer to a question of the same file ('See previous question.', 'See the next question.', 'See Why won't my Task
run?.' as Sphinx writes a label of its own page) is followed: the card shows that question and its answer under it
(``See “…”:``), so it holds what the page sends the reader to; a pointer to a pointer leads on to the answer the chain
ends at (sitting 50's rest); only a pointer that leads nowhere in the file (another page, a loop of pointers) is said.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item

POINTER_WORDS_MAX = 12  # words of an answer that points elsewhere and says nothing itself
# an answer that opens by sending the reader elsewhere: 'See …', 'Please refer to …', 'Refer to …', 'Consult …' (never
# an instruction that is the answer, 'Read the bottom of the meniscus at eye level.', nor a verb's forms, 'see - saw')
_POINTS = re.compile(r"^(?:please\s+)?(?:see(?:\s+also)?|refer\s+to|consult)\s+(?=[\w\"'“(\[])", re.I)


# the question a pointer names by its place on the page: 'See previous question.', 'See the question above.', 'See next
# question.' (the words after the pointer's verb, its full stop off)
_PREVIOUS = re.compile(r"^(?:the\s+)?(?:(?:previous|preceding|last)\s+(?:question|answer|one|entry)|(?:question|answer)\s+above)$", re.I)
_NEXT = re.compile(r"^(?:the\s+)?(?:(?:next|following)\s+(?:question|answer|one|entry)|(?:question|answer)\s+below)$", re.I)


def run(items: list[Item], diag: Diagnostics) -> None:
    """Show a same-file question's answer on the cards whose whole answer points to it; warn once (grouped) for the
    items whose whole answer is a short pointer to somewhere else."""
    pointing = {id(item): said for item in items if (said := _pointer(item))}
    by_file: dict[str, list[Item]] = {}
    for item in items:
        by_file.setdefault(item.locator.file, []).append(item)
    followed: dict[int, Item] = {}
    for item in items:
        target = _target(item, pointing[id(item)], by_file[item.locator.file]) if id(item) in pointing else None
        seen = {id(item)}
        while target is not None and id(target) in pointing and id(target) not in seen:
            # ('See the next question.' whose next says 'See the next question.' too: the answer the chain ends at;
            # a loop leads nowhere)
            seen.add(id(target))
            target = _target(target, pointing[id(target)], by_file[target.locator.file])
        if target is not None and id(target) not in pointing and target.answer and not (target.choices or target.cloze):
            followed[id(item)] = target
    for item in items:
        target = followed.get(id(item))
        if target is not None:  # (all targets read before any answer is rewritten)
            item.answer = [Block(kind=BlockKind.text, text=f"See “{target.question}”:"), *(b for b in target.answer if not b.hint())]
            # (the printed sheet holds both questions: it says where the answer is rather than print it twice)
            item.sheet = item.sheet or [Block(kind=BlockKind.text, text=f"See “{target.question}”.")]
    for item in items:
        text = pointing.get(id(item))
        if text is None or id(item) in followed:
            continue
        diag.warning(
            item.locator.file,
            item.locator.line,
            f"the answer to {_short(item.question)!r} only points elsewhere ({_short(text, 50)!r}): on its own card it"
            " holds nothing to recall",
            "write the answer itself on the card (an [[override]] in overrides.toml), or leave the question out",
            group="pointer answer",
        )


def _pointer(item: Item) -> str:
    """The item's whole answer when it is a short pointer elsewhere ('See previous question.'), else ""."""
    if item.choices or item.cloze:
        return ""
    text = " ".join(item.answer_plain().split())
    if len(text.split()) > POINTER_WORDS_MAX or not text.endswith((".", "。")) or not _POINTS.match(text) or text.count(".") > 2:
        return ""
    return text


def _target(item: Item, said: str, page: list[Item]) -> Item | None:
    """The question of the same file ``said`` points to: the one before or after it on the page, or the one it names
    whole ('See Why won't my Task run?.'); None when it names none of them."""
    named = _POINTS.sub("", said, count=1).rstrip(".。 ").strip("\"'“”‘’ ")
    order = sorted(page, key=lambda i: i.locator.line)
    at = next(k for k, other in enumerate(order) if other is item)
    if _PREVIOUS.match(named):
        return order[at - 1] if at > 0 else None
    if _NEXT.match(named):
        return order[at + 1] if at + 1 < len(order) else None
    key = _words(named)
    found = [other for other in order if other is not item and key and _words(other.question) == key]
    return found[0] if len(found) == 1 else None


def _words(text: str) -> str:
    """A question's words, for a title that names it ('Why won't my Task run?' said as 'why won t my task run')."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
