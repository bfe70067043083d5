"""Flashcard files as chat assistants write them, tidied in place before reading (trial9 T14).

Asked for flashcards, an assistant writes shapes no other tool does:

- side labels as headings, ``### Front`` over the question and ``### Back`` over the answer: the question
  moves into its heading (``### What pigment absorbs light?``) and the ``Back`` heading goes, so the card
  reads as every heading question does;
- numbered separators between cards, ``Card 2`` / ``**Card 3**`` / ``Flashcard 4:`` on a line of their own:
  layout, never the end of the previous answer;
- a line of chat before the first card and after the last (``Sure! Here are your flashcards:``, ``Let me
  know if you want more cards!``): no answer's text.

Line numbers never move: what goes becomes a blank line.
"""

from __future__ import annotations

import re

# the sides of a card named as such ('Question'/'Answer' headings are other rules': a heading over '#### Answer')
_FRONT = re.compile(r"^\s{0,3}#{1,6}\s+(?:\*\*)?(?i:front(?: side)?|vorderseite|recto|anverso)(?:\*\*)?\s*:?\s*$")
_BACK = re.compile(r"^\s{0,3}#{1,6}\s+(?:\*\*)?(?i:back(?: side)?|rückseite|verso|reverso)(?:\*\*)?\s*:?\s*$")
_CARD_NUMBER = re.compile(r"^\s*(?:\*\*|__)?(?i:card|flashcard|flash card|karte|tarjeta|carte)\s*#?\s*\d{1,4}\s*[:.]?(?:\*\*|__)?\s*$")
_CHAT_OPENING = re.compile(r"^\s*(?i:sure|certainly|of course|absolutely|here (?:are|is)|below (?:are|is))\b.{0,120}[:!.]\s*$")
_CHAT_CLOSING = re.compile(
    r"^\s*(?i:let me know|i hope|hope this|feel free|would you like|do you want|want me to|good luck|happy (?:studying|learning)|"
    r"if you(?:'d| would) like)\b.{0,160}$"
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def tidy(text: str) -> str:
    """The text with side-label headings, card separators and chat lines as described in the module docstring."""
    lines = text.split("\n")
    numbered = [n for n, line in enumerate(lines) if _CARD_NUMBER.match(line)]
    sides = [n for n, line in enumerate(lines) if _FRONT.match(line)]
    if len(numbered) < 2 and not sides:
        return text
    if len(numbered) >= 2:
        for n in numbered:
            lines[n] = ""
    for n in sides:
        marks = lines[n].lstrip()[: len(lines[n].lstrip()) - len(lines[n].lstrip().lstrip("#"))]
        body = [k for k in range(n + 1, len(lines)) if lines[k].strip()]
        if not body or _HEADING.match(lines[body[0]]):
            continue
        start = body[0]
        end = start
        while end + 1 < len(lines) and lines[end + 1].strip() and not _HEADING.match(lines[end + 1]):
            end += 1
        question = " ".join(lines[k].strip() for k in range(start, end + 1))
        lines[n] = f"{marks} {question}"
        for k in range(start, end + 1):
            lines[k] = ""
        back = next((k for k in range(end + 1, len(lines)) if lines[k].strip()), None)
        if back is not None and _BACK.match(lines[back]):
            lines[back] = ""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if filled and (numbered or sides) and _CHAT_OPENING.match(lines[filled[0]]) and not _HEADING.match(lines[filled[0]]):
        lines[filled[0]] = ""
    if filled and (numbered or sides) and _CHAT_CLOSING.match(lines[filled[-1]]):
        lines[filled[-1]] = ""
    return "\n".join(lines)
