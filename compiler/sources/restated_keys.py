"""An answer's marks that say it is the answer (trial27 T27-47, T27-48).

An explanation that opens by restating the key (trial27 T27-48): the Arabic javascript-questions README writes
``الإجابة هي الخيار الرابع : D`` ("the answer is the fourth option: D") atop each answer toggle, as the English one
writes ``#### Answer: D``.  The card already marks the right option; the sentence is the key said again, never the
first words of the explanation.  :func:`restated_keys` (run on every source's items) drops it: a first paragraph of a
multiple-choice item's explanation, a few words led by an answer word, that ends with the item's right letter(s).
A worksheet's corrected line marked with a tick (``1. She go to school every day.`` / ``✔ She goes to school every
day.``): the tick says "this is right", it is no word of the answer; :func:`ticked_answers` drops it.
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


_TICK = re.compile(r"^\s*(?:[✔✓✅☑]\ufe0f?|->|→|⇒)\s+(?=\S)")


def ticked_answers(items: list[Item]) -> list[Item]:
    """``items`` with the tick (``✔``, ``✓``, ``✅``, ``☑``, ``→``) opening a basic item's answer dropped."""
    out: list[Item] = []
    for item in items:
        first = item.answer[0] if item.kind is ItemKind.basic and item.answer else None
        if first is not None and first.kind is BlockKind.text and _TICK.match(first.text):
            first = first.model_copy(update={"text": _TICK.sub("", first.text, count=1)})
            item = item.model_copy(update={"answer": [first, *item.answer[1:]]})
        elif (
            first is not None
            and first.kind is BlockKind.html
            and (m := re.match(r"^(\s*<p>)", first.text))
            and _TICK.match(first.text[m.end() :])
        ):
            first = first.model_copy(
                update={"text": m.group(1) + _TICK.sub("", first.text[m.end() :], count=1)}
            )
            item = item.model_copy(update={"answer": [first, *item.answer[1:]]})
        out.append(item)
    return out


# a worksheet title that tells what to do with each item: its items are wrong on purpose, never facts to learn as written
_CORRECTION_TITLE = re.compile(
    r"^\W*(?i:(?:find\s+and\s+)?(?:correct|fix)\s+(?:the\s+)?(?:mistakes?|errors?|sentences?)|corrigez?\s+les\s+(?:erreurs|fautes)"
    r"|corrige\s+(?:los\s+)?errores|korrigier(?:e|en\s+sie)\s+die\s+fehler|исправьте\s+ошибки|corrija\s+os\s+erros"
    r"|correggi\s+gli\s+errori|popraw\s+błędy)\W*$|^\W*(?:改错|改正错误|病句修改|間違いを直しなさい|틀린\s*곳을\s*고치시오)\W*$"
)


# a worksheet's title that says what to do with each numbered item, which asks nothing by itself ('Odd one out' over
# '1. apple, banana, carrot, grape', 'Write the plural' over '1. child → ____'; T27-53/55: the front lacked it)
_TASK_TITLE = re.compile(
    r"^(?:[^\W\d_][^–—:]{0,40}[–—:]\s*)?(?i:(?:find\s+the\s+)?odd\s+one\s+out|write\s+the\s+\w+(?:\s+\w+){0,3}"
    r"|(?:choose|circle|underline|pick|select)\s+the\s+(?:correct|right|best)\s+\w+(?:\s+\w+){0,2}"
    r"|give\s+the\s+\w+(?:\s+\w+){0,3}|complete\s+the\s+\w+(?:\s+\w+){0,2}|translate(?:\s+\w+){0,4}"
    r"|put\s+the\s+\w+\s+in(?:to)?\s+the\s+\w+(?:\s+\w+){0,2}|which\s+(?:\w+\s+)?is\s+the\s+odd\s+one(?:\s+out)?)\W*$"
)
TASK_LINES = 2  # the task may be said on the line under the page's title, never further down


def _instruction(title: str) -> tuple[str, bool] | None:
    """What a title tells the learner to do with each item under it (``Correct the mistakes``, ``Exercise 2 – Translate
    into Spanish`` -> ``Translate into Spanish``), and whether it is a task (else a correction); None when it tells
    nothing. A Markdown ``#`` title names no task."""
    correction = _CORRECTION_TITLE.match(title) is not None
    task = not correction and _TASK_TITLE.match(title) is not None and not title.startswith("#")
    if not (correction or task):
        return None
    said = title.strip(" .:：!#*_")
    if task:  # ('Grammar – choose the correct word': the task, not the subject before it)
        said = re.split(r"\s*[–—:]\s*", said, maxsplit=1)[-1]
        said = said[:1].upper() + said[1:]
    return said, task


def _bare(title: str) -> str:
    """A title as a section names it (marks and a closing stop aside), to tell the page's own title among the sections."""
    return title.strip(" .:：!#*_")


def instructed(items: list[Item], lines: list[str]) -> list[Item]:
    """``items`` of a worksheet titled by what to do with each (``Correct the mistakes`` over ``1. She go to school every
    day.`` / ``✔ She goes …``): each front says it, ``Correct the mistakes: She go to school every day.``, so the learner
    never rehearses the wrong sentence as a fact (trial27 T27-47). A later title over its own items (``Exercise 2 –
    Translate into Spanish``) says their task instead, and one that tells nothing (``Part B``) ends the page's: the
    second exercise's words were asked ``Translate into English: the cat`` (sitting-36 keys finding 2)."""
    title = next((line.strip() for line in lines if line.strip()), "")
    first = min((i.locator.line for i in items if i.locator.line), default=0)
    below = [line.strip() for line in lines[: max(first - 1, 0)] if line.strip()][1:TASK_LINES]
    page = _instruction(title)
    if page is None and not title.startswith("#"):
        # ('Unit 3 – Vocabulary' / 'Find the odd one out.' over the items: the task is said under the page's title)
        told = next((line for line in below if _TASK_TITLE.match(line)), None)
        page = _instruction(told) if told is not None else None
    else:
        told = None
    if page is None or not items:
        return items
    own = {_bare(title), _bare(told or "")}

    def instruction(item: Item) -> tuple[str, bool] | None:
        for section in reversed(item.section):  # (the innermost title that tells something, up to the page's own)
            if _bare(section) in own:
                return page
            if (said := _instruction(section.strip())) is not None:
                return said
        # a title that tells nothing ends the page's task when the page's title had items of its own (an exercise's
        # title: 'Part B' after 'Exercise 1 – Translate …' / '1. la casa'); over parts only, it is every part's
        # ('Correct the mistakes' / 'Part A' / … / 'Part B')
        return page if not item.section or not exercise else None

    exercise = any(not i.section or _bare(i.section[-1]) in own for i in items)

    out: list[Item] = []
    for i in items:
        told_here = instruction(i)
        if (
            told_here is not None
            and i.kind is ItemKind.basic
            and not i.skip
            and not i.question.rstrip().endswith(("?", "？", ":", "："))
            and (not told_here[1] or i.number is not None)
        ):
            said = told_here[0]
            i = i.model_copy(update={"question": f"{said}{' ' if said.endswith(('?', '？')) else ': '}{i.question}"})
        out.append(i)
    return out
