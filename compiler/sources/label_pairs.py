"""Bold question and answer labels in any language (lead, trial15 T15-11): FAQ pages and handouts label each pair
in their own language::

    **Klausimas:** Ar galiu valdyti garsiakalbius su „Alexa“?

    **Atsakymas:**
    Ne tiesiogiai, bet yra apylankos kelias.

deckc knows the labels of some thirty languages; in the others the pair was lost ("text outside any question"),
fronted by the answer label ("Atsakymas", the question nowhere), or kept its label on the front ("Запитання: …").
The shape tells what the words do not: a bold label (one to three words and a colon) over a question that asks,
then, on the next line or after one blank line, another bold label alone or over the answer.  This line-kept
rewrite writes those two labels as ``**Question:**`` and ``**Answer:**``, which every reader of labelled pairs
knows; a pair whose labels deckc knows both is left as written, and so is one whose answer label it knows under a
question label of several words (``**Bonus reflection:** What …?``: a title leading the question), and code.
"""

from __future__ import annotations

import re

from compiler.sources.lines import any_answer_label, has_answer_label, has_question_label, in_fence

_WORDS = r"[^\W\d_][^\W\d_'’\- ]{0,24}(?: [^\W\d_][^\W\d_'’\-]{0,24}){0,2}"
# '**Klausimas:** …', '**Question :** …', '__Frage__: …': a bold label and its colon (inside or after the bold)
# ('**Swali 1:** …': the question label may number it, trial28 T28-8)
_LABEL = re.compile(
    rf"^(?P<lead>[ \t]*)(?P<b>\*\*|__)(?P<label>{_WORDS})(?:[ \t]*(?P<n>\d{{1,4}}))?[ \t]*(?:[:：](?P=b)|(?P=b)[ \t]*[:：])[ \t]*(?P<rest>.*)$"
)
PAIRED_MIN = 2  # numbered questions under one label pair before one that does not ask ('Taja …') is a question too
_ASKS = ("?", "？", "؟", "\u037e")
_GREEK = re.compile(r"[\u0370-\u03ff]")


def _asks(text: str) -> bool:
    """Whether a question's text ends as a question does (Greek asks with ';'; Armenian marks the asking word: '՞')."""
    end = text.rstrip(" *_\t")
    return end.endswith(_ASKS) or (end.endswith(";") and bool(_GREEK.search(end))) or "\u055e" in end


def _numbered_pairs(lines: list[str], fenced: list[bool]) -> set[str]:
    """The question labels (casefolded) that number questions which ask, over the same answer label, at least
    :data:`PAIRED_MIN` times ('**Swali 1:** …?' / '**Jibu:** …'): the page's pair, so its numbered question that
    asks by a task ('**Swali 4:** Taja nchi tatu …') is one of them too."""
    counts: dict[tuple[str, str], int] = {}
    for k, line in enumerate(lines):
        asked = None if fenced[k] else _LABEL.match(line)
        if asked is None or not asked.group("n") or not _asks(asked.group("rest")) or k + 1 >= len(lines):
            continue
        answered = _LABEL.match(lines[k + 1]) if lines[k + 1].strip() else None
        if answered is not None and not answered.group("n"):
            key = (asked.group("label").casefold(), answered.group("label").casefold())
            counts[key] = counts.get(key, 0) + 1
    return {q for (q, _), n in counts.items() if n >= PAIRED_MIN}


def foreign_labels(text: str) -> str:
    """``text`` with each question/answer label pair written in labels deckc does not know named in English, line
    for line."""
    if "**" not in text and "__" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    paired = _numbered_pairs(lines, fenced)
    changed = False
    for k, line in enumerate(lines):
        asked = None if fenced[k] else _LABEL.match(line)
        if asked is None or not (_asks(asked.group("rest")) or (asked.group("n") and asked.group("label").casefold() in paired)):
            continue
        nxt = k + 1 if k + 1 < len(lines) and lines[k + 1].strip() else k + 2
        if nxt >= len(lines) or fenced[nxt]:
            continue
        answered = _LABEL.match(lines[nxt])
        if answered is None or answered.group("n") or answered.group("label").casefold() == asked.group("label").casefold():
            continue
        if _asks(answered.group("rest")):
            continue  # two questions in a row: no answer label
        question, answer = asked.group("label"), answered.group("label")
        knows_answer = has_answer_label(f"{answer}: x") or any_answer_label(f"{answer}: x")
        if has_question_label(f"{question}: x") and knows_answer:
            continue  # labels deckc reads as they are
        if knows_answer and len(question.split()) > 1:
            continue  # '**Bonus reflection:** What …?' over '**Answer:** …': a title that leads the question (trial11 P29)
        number = f" {asked.group('n')}" if asked.group("n") else ""  # (its number the item's: '**练习 1**：…', T15-29)
        lines[k] = f"{asked.group('lead')}**Question{number}:** {asked.group('rest')}"
        rest = answered.group("rest")
        lines[nxt] = f"{answered.group('lead')}**Answer:**" + (f" {rest}" if rest else "")
        changed = True
    return "\n".join(lines) if changed else text
