"""Terms in bold on lines of their own, each over a list of its attributes, written as the nested list they mean.

A drug list written ``**Metformin**`` / ``- Class: Biguanide`` / ``- Mechanism: …``, then ``**Gliclazide**`` over the
same labels, is one term per bold line: the same sheet of facts as ``- **Metformin**`` over nested ``  - Class: …``
entries or ``## Metformin`` over its list, each a card (trial36 T36-12: the page was one card under its title). The
bold line becomes the list's entry (``- **Metformin**``) and its attributes are nested under it, lines kept, so the
Markdown reader's attribute lists read it (compiler/sources/lines.py, ``_attribute_cards``).

Never a chat assistant's cards (``**Card 1**`` over ``- **Front:** …`` / ``- **Back:** …``: the labels name a card's
sides, question or answer), nor a bold line over an ordinary list (no ``Label: value`` entries shared by the terms).
"""

from __future__ import annotations

import re

from compiler.sources.chatcards import BACK_WORDS, CARD_WORDS, FRONT_WORDS
from compiler.sources.lines import (
    ATTRIBUTE_ENTRY,
    ATTRIBUTE_TERMS_MIN,
    TERM_WORDS,
    has_answer_label,
    has_question_label,
    in_fence,
)

_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<term>[^*_\n]+?)(?:\*\*|__)[ \t]*$")  # '**Metformin**' alone on its line
_MARGIN_ENTRY = re.compile(r"^[-*+][ \t]+(?P<text>\S.*)$")
_SIDES = re.compile(rf"^(?i:{FRONT_WORDS}|{BACK_WORDS})$")
_CARD_NUMBER = re.compile(rf"^(?i:{CARD_WORDS})\s*\d+\s*[:：.]?$")


def _labels(entries: list[str]) -> set[str] | None:
    """The labels of a group's entries, when each states one attribute (``Class: Biguanide``), else None."""
    found: set[str] = set()
    for entry in entries:
        m = ATTRIBUTE_ENTRY.match(entry)
        if m is None:
            return None
        label = m.group("label").strip()
        if _SIDES.match(label) or has_question_label(f"{label}: x") or has_answer_label(f"{label}: x"):
            return None  # ('- **Front:** …' / '- **Back:** …', 'Q:' / 'A:': a card's sides, never a term's facts)
        found.add(label.casefold())
    return found


def bold_term_lists(text: str) -> str:
    """The text with each run of bold term lines over their attribute lists (at least ATTRIBUTE_TERMS_MIN terms, one
    label at least shared by all) written as one nested list; any other text as it was. Line numbers kept."""
    if "**" not in text and "__" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    groups: list[tuple[int, int, set[str]]] = []  # (the bold line, the end of its list, its labels)
    runs: list[list[tuple[int, int, set[str]]]] = []
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _BOLD_LINE.match(lines[k])
        term = m.group("term").strip() if m else ""
        if not term or len(term.split()) > TERM_WORDS or term[-1] in ".?？!:：;؟" or _CARD_NUMBER.match(term):
            k += 1
            continue
        end = k + 1
        entries: list[str] = []
        while end < len(lines) and not fenced[end] and (e := _MARGIN_ENTRY.match(lines[end])) is not None:
            entries.append(e.group("text"))
            end += 1
        labels = _labels(entries) if len(entries) >= 2 else None
        if labels is None:
            k += 1
            continue
        after = groups[-1][1] if groups else -1
        if groups and all(not line.strip() for line in lines[after:k]):
            groups.append((k, end, labels))  # (the next term, blank lines between)
        else:
            if len(groups) >= ATTRIBUTE_TERMS_MIN:
                runs.append(groups)
            groups = [(k, end, labels)]
        k = end
    if len(groups) >= ATTRIBUTE_TERMS_MIN:
        runs.append(groups)
    for run in runs:
        if not set.intersection(*(labels for _, _, labels in run)):
            continue
        for first, end, _ in run:
            lines[first] = f"- {lines[first].rstrip()}"
            for j in range(first + 1, end):
                lines[j] = f"  {lines[j]}"
    return "\n".join(lines)
