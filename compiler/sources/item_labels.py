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



# a sub-question's number before its text: '1a. What is …?', '2b) …', '(3c) …', '4(a) …' (a worksheet's parts numbered
# with their question's number, newdocs round 10 d/119: the guessed plain-notes pattern kept '1a.' on every front)
_SUB_NUMBER = re.compile(r"^\s*(?:\(\d{1,3}\s?[a-z]\)|\d{1,3}\s?[a-z][.)]|\d{1,3}\s?\([a-z]\))[ \t]+(?=\S)")


def sub_numbers(items: list[Item]) -> list[Item]:
    """``items`` without the sub-question numbers ('1a.', '2b)') their questions open with, when LABELLED_MIN of them
    or more do so: the page's numbering, as '1.' is, never the question's words; its id and GUID anchor are made
    without it as for a page's own label (:func:`_unlabelled_identity`); the item's number keeps it ('1a')."""
    numbered = [k for k, it in enumerate(items) if _SUB_NUMBER.match(it.question) and it.question[_SUB_NUMBER.match(it.question).end() :].strip()]  # type: ignore[union-attr]
    if len(numbered) < LABELLED_MIN:
        return items
    out = list(items)
    for k in numbered:
        item = items[k]
        m = _SUB_NUMBER.match(item.question)
        assert m is not None
        question = item.question[m.end() :].strip()
        number = item.number or "".join(c for c in m.group(0) if c.isalnum())
        out[k] = item.model_copy(update={"question": question, "number": number, **_unlabelled_identity(item, question)})
    return out


# a mark scheme's marks after a marking point: 'Watt (W) (1)', '… by 1 °C (1) — per kg per °C (1)', 'Osmosis is the
# movement of water (1) across a partially permeable membrane (1)': how an examiner scores the answer, not the answer
_MARK = re.compile(r"(?<=\S)[ \t]+\([1-6]\)(?=[ \t]*(?:$|</|[—–;,.]|[ \t]+\S))", re.M)
_ENDS_MARKED = re.compile(r"\S[ \t]+\([1-6]\)[ \t.]*(?:</\w+>\s*)*$")
# the page speaks of marks: '[2 marks]', '(3 marks)', '## Mark scheme', 'Marking guide', '/6 marks'
_SPEAKS_OF_MARKS = re.compile(r"(?i)\bmark(?:s|ing)?\b|\bmark\s*scheme\b")
MARKED_MIN = 2  # answers ending with a mark that make the page a mark scheme
# an answer counting its parts: '(1) a specific shape, (2) …', 'two features: (1) …' (its '(2)' is no mark)
_COUNTS = re.compile(r"(?:^|<\w+>|[:;][ \t]*)[ \t]*\(1\)[ \t]+\S")


def scheme_marks(items: list[Item], text: str) -> list[Item]:
    """``items`` with a mark scheme's '(1)' marks off their answers (newdocs round 10: 'Watt (W) (1)' on the back), when
    the page speaks of marks ('[2 marks]', 'Mark scheme') and MARKED_MIN answers or more end with such a mark; a mark
    is a digit 1-6 in brackets after a word, never before one: an answer counting its parts, '(1) the head, (2) …', and
    a mark on a page that says nothing of marks (an equation's number, 'F = ma (1)') stay as written."""
    def blocks(item: Item) -> list[Block]:
        return [
            b for b in item.answer
            if b.kind in (BlockKind.text, BlockKind.html) and "<code" not in b.text and "<pre" not in b.text and not _COUNTS.search(b.text)
        ]  # fmt: skip

    marked = [k for k, it in enumerate(items) if it.answer and any(_ENDS_MARKED.search(b.text) for b in blocks(it))]
    if len(marked) < MARKED_MIN or not _SPEAKS_OF_MARKS.search(text):
        return items
    out = list(items)
    for k, item in enumerate(items):
        answer = [
            b.model_copy(update={"text": _MARK.sub("", b.text)}) if b in blocks(item) and _MARK.sub("", b.text).strip() else b
            for b in item.answer
        ]
        if answer != item.answer:
            out[k] = item.model_copy(update={"answer": answer})
    return out
