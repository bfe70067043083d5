"""Question and answer labels a page writes in its own language, taken off read items (trial38 T38-8, T39-3).

A page may label every question and every answer with words no reader knows (Basque ``1. **Galdera:** Zer da …?`` /
``**Erantzuna:** …``): the cards showed ``Galdera: Zer da …?`` on the front and ``Erantzuna: …`` on the back. When
every answered item of a document opens its question with one label and its answer with another, the same on every
item, those are the page's labels, whatever its language: off both sides. The plain-text twin of this rule is
:func:`compiler.sources.lines.paragraph_pairs`' own-label step.
"""

from __future__ import annotations

import re

from compiler.model import Block, BlockKind, Item, ItemKind, item_slug, normalize_text
from compiler.sources.lines import OWN_LABEL

LABELLED_MIN = 2  # items labelled alike that make the labels a page's own, not one item's words


def _label(text: str) -> str | None:
    m = OWN_LABEL.match(text.strip())
    return m.group("label").casefold() if m else None


def _unlabelled(block: Block, label: str) -> Block:
    """``block`` without ``label`` (and its colon, its bold) at its start."""
    name = re.escape(label)
    if block.kind is BlockKind.html:
        lead = re.compile(
            rf"^(?P<open>\s*(?:<p>)?\s*)(?:<(?:strong|b)>\s*(?i:{name})(?:\s*\d{{1,3}})?\s*[:：]?\s*</(?:strong|b)>\s*[:：]?|(?i:{name})(?:\s*\d{{1,3}})?\s*[:：])\s*"
        )
        text = lead.sub(r"\g<open>", block.text, count=1)
    else:
        m = OWN_LABEL.match(block.text.strip())
        text = block.text.strip()[m.end() :] if m else block.text
    return block.model_copy(update={"text": text}) if text.strip() and text != block.text else block


def own_labels(items: list[Item]) -> list[Item]:
    """``items`` with their page's own question and answer labels off (see the module's docstring)."""
    answered = [k for k, it in enumerate(items) if it.kind is ItemKind.basic and not it.skip and it.answer and it.answer[0].kind in (BlockKind.text, BlockKind.html)]
    if len(answered) < LABELLED_MIN or len(answered) < len([it for it in items if not it.skip]):
        return items
    asked = {_label(items[k].question) for k in answered}
    said = {_label(items[k].answer[0].plain()) for k in answered}
    if len(asked) != 1 or len(said) != 1 or None in asked or None in said or asked == said:
        return items
    ask_label, answer_label = asked.pop(), said.pop()
    assert ask_label is not None and answer_label is not None
    out = list(items)
    for k in answered:
        item = items[k]
        m = OWN_LABEL.match(item.question.strip())
        question = item.question.strip()[m.end() :].strip() if m else item.question
        first = _unlabelled(item.answer[0], answer_label)
        if not question or first is item.answer[0]:
            return items  # (a label this rule cannot take off cleanly: all stay as read)
        out[k] = item.model_copy(update={"question": question, "answer": [first, *item.answer[1:]], **_unlabelled_identity(item, question)})
    return out


def _unlabelled_identity(item: Item, question: str) -> dict[str, str]:
    """The id and GUID anchor of ``item`` made from ``question``, its label off, when they were made from the question
    as read: a label on no card is in no id either (T40-9: 'chatgpt-spanish/front-when-do-you-use-estar'). An id of
    the item's own (an export's, an explicit one) stays; one already published comes back in
    :func:`compiler.passes.lock.labelled_ids`, so no note changes its id or GUID."""
    if item.explicit_id or item.key != f"{item.source}/{item_slug(item.question)}" or item.anchor != f"{item.source}:{normalize_text(item.question)}":
        return {}
    return {"key": f"{item.source}/{item_slug(question)}", "anchor": f"{item.source}:{normalize_text(question)}", "labelled": item.question}

