"""Flashcard files as chat assistants write them, tidied in place before reading (trial9 T14).

Asked for flashcards, an assistant writes shapes no other tool does:

- side labels as headings, ``### Front`` over the question and ``### Back`` over the answer: the question
  moves into its heading (``### What pigment absorbs light?``) and the ``Back`` heading goes, so the card
  reads as every heading question does;
- numbered separators between cards, ``Card 2`` / ``**Card 3**`` / ``Flashcard 4:`` on a line of their own:
  layout, never the end of the previous answer;
- a line of chat before the first card and after the last (``Sure! Here are your flashcards:``, ``Let me
  know if you want more cards!``), around cards of those shapes or list lines that ask in bold and answer after
  it (``1. **Which gas is released?** – Oxygen.``: trial33 T33-17): no answer's text; and in any document, a last paragraph that signs off to
  the reader (``That's Lecture 2 … Let me know if you want more focus on anything!``, ``Would you like me to
  turn these into a quiz?``): notes a chat assistant wrote, kept as they came (trial18 T18-61).
- the whole answer inside a ```` ```markdown ```` (or ``md``, or bare) fence, as a chat's "copy" button
  and users copy it (trial10 P42): the fence lines go and its Markdown is read as the page, when it holds
  most of the file and asks at least two questions; the chat lines around it go as above.
- the cards as rows of a ```` ```csv ```` / ```` ```tsv ```` fence (or a bare one whose rows all split into as many
  cells on a tab, ``;`` or ``,``) between a line of chat and import tips (``Here is a CSV you can import … (File →
  Import):``, ``Copiez ce texte … importez-le dans Anki``; trial33 T33-26): the rows are the file, read as the
  delimited file they are; the few lines around them go (when they speak of cards or importing them: a lesson
  showing a CSV example is no deck), never a card of their arrows.

- side labels on the lines of a card, bulleted or bold or not: ``- **Front:** ser / ir (yo)`` over ``- **Back:** fui``
  (also ``Term:`` / ``Definition:``; ``Question:`` / ``Answer:`` and ``Q:`` / ``A:`` are read as they are): written
  ``Q: …`` / ``A: …``, the plain pair every reader takes for a card (trial31 T31-22: no card, or one note holding
  every front and back).

Line numbers never move: what goes becomes a blank line.
"""

from __future__ import annotations

import csv
import re

from compiler.sources.lines import in_fence

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
# a card on a list line, its question in bold and its answer after it ('1. **Which gas is released?** – Oxygen.')
_BOLD_ASKED = re.compile(r"^[ \t]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+\*\*[^*\n]{1,300}[?？]\*\*[ \t]*\S")
# a side's label on the card's line, after a bullet or none, bold or not: '- **Front:** …', '* Back: …', '**Q:** …'
_SIDE = r"^\s{{0,3}}(?:[-*+•]\s+)?(?:\*\*|__)?(?i:{words})\s*[:：](?:\*\*|__)?\s*(?:\*\*|__)?[:：]?\s*(?P<text>\S.*)$"
_SIDES = (
    (re.compile(_SIDE.format(words="front(?: side)?|vorderseite|recto|anverso")), re.compile(_SIDE.format(words="back(?: side)?|rückseite|verso|reverso"))),
    (re.compile(_SIDE.format(words="term")), re.compile(_SIDE.format(words="definition"))),
)
SIDE_PAIRS_MIN = 2  # labelled pairs a text needs to be read as such cards


_MD_FENCE = re.compile(r"^(?P<marks>`{3,}|~{3,})[ \t]*(?i:markdown|md)?[ \t]*$")
_COMMENT = re.compile(r"^\s{0,3}#\s")
_ASKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+.*[?？]|\*\*.*[?？]\*\*|(?i:q|question)\s*\d*\s*[:.])")


def _unwrapped(lines: list[str]) -> bool:
    """Blank the fence lines of a Markdown answer wrapped in one fence (see the module docstring); whether it was."""
    opened = [n for n, line in enumerate(lines) if _MD_FENCE.match(line)]
    if len(opened) != 2:
        return False
    start, end = opened
    marks = _MD_FENCE.match(lines[start]).group("marks")  # type: ignore[union-attr]
    if lines[end].strip() != marks:
        return False
    inside = [line for line in lines[start + 1 : end] if line.strip()]
    outside = [line for line in [*lines[:start], *lines[end + 1 :]] if line.strip()]
    chat = all(_CHAT_OPENING.match(line) or _CHAT_CLOSING.match(line) for line in outside)
    named = lines[start].strip().lower().endswith(("markdown", "md"))
    if not (named or (outside and chat)):  # a bare fence around '# comments?' of code is code
        return False
    asks = sum(1 for line in inside if _ASKS.match(line) and (named or not _COMMENT.match(line)))  # ('# why?': a comment)
    if asks < 2 or len(outside) > max(3, len(inside) // 4):
        return False
    lines[start] = lines[end] = ""
    for n in range(len(lines)):
        if lines[n].strip() and not start < n < end and (_CHAT_OPENING.match(lines[n]) or _CHAT_CLOSING.match(lines[n])):
            lines[n] = ""
    return True


# a fence holding data rows: '```csv', '```tsv', or bare (its rows then tell their separator)
_DATA_FENCE = re.compile(r"^(?P<marks>`{3,}|~{3,})[ \t]*(?P<tag>(?i:csv|tsv|tab|text|txt|plaintext))?[ \t]*$")
_TAG_SEPARATORS = {"csv": (",", ";"), "tsv": ("\t",), "tab": ("\t",)}
DATA_ROWS_MIN = 2  # rows a fence needs to be read as the cards
# the chat around such rows speaks of cards or of importing them (a lesson showing a CSV example does not): a flashcard
# tool's name, or 'card' / 'import' in the learner's language
_CARDS_TALK = re.compile(
    r"(?i)anki|quizlet|mochi|remnote|flash ?cards?|\bcards?\b|\bimport|karte|fiches?\b|tarjetas?|schede|cartões|cartas|карточ|импорт|"
    r"importe|importa|カード|インポート|読み込|卡片|导入|導入|카드|가져오기|thẻ|kartu|kart\b|بطاق|कार्ड"
)
DATA_AROUND_MAX = 4  # lines of chat around it, at most (more is a page that shows a CSV example)


def _cells(line: str, sep: str) -> int:
    """How many cells ``line`` holds between ``sep`` (quoted cells kept whole, as a CSV reader does)."""
    return len(next(csv.reader([line], delimiter=sep)))


def _data_unwrapped(lines: list[str]) -> bool:
    """Blank the fence lines of cards written as data rows in one fence and the chat around them (see the module
    docstring); whether it did."""
    opened = [n for n, line in enumerate(lines) if line.lstrip().startswith(("```", "~~~"))]
    if len(opened) != 2:
        return False
    start, end = opened
    m = _DATA_FENCE.match(lines[start])
    if m is None or lines[end].strip() != m.group("marks"):
        return False
    inside = [line for line in lines[start + 1 : end] if line.strip()]
    outside = [line for line in [*lines[:start], *lines[end + 1 :]] if line.strip()]
    if len(inside) < DATA_ROWS_MIN or not outside or len(outside) > DATA_AROUND_MAX or any(_HEADING.match(line) for line in outside):
        return False
    if not any(_CARDS_TALK.search(line) for line in outside):
        return False
    tag = (m.group("tag") or "").lower()
    for sep in _TAG_SEPARATORS.get(tag, ("\t", ";", ",")):
        widths = {_cells(line, sep) for line in inside}
        if len(widths) == 1 and widths.pop() >= 2:
            break
    else:
        return False
    for n in range(len(lines)):
        if not start < n < end:
            lines[n] = ""
    return True


# what a chat assistant says to the reader at the end of an answer, anywhere in its last paragraph ('That's Lecture 2 …
# Let me know if you want more focus on anything!', 'Would you like me to turn these into a quiz?': trial18 T18-61)
_SIGN_OFF = re.compile(
    r"(?i)\b(?:let me know (?:if|whether|what|when)|would you like me to|do you want me to|shall i |should i (?:make|create|turn|add)|"
    r"feel free to (?:ask|reach)|hope (?:this|that|these) helps?|i hope (?:this|that|these) helps?|happy (?:studying|learning)|"
    r"good luck (?:with|on) your)"
)
SIGN_OFF_CHARS = 400  # a longer last paragraph is content that happens to end politely


def _signed_off(lines: list[str]) -> None:
    """Blank the document's last paragraph when it is an assistant's sign-off to the reader (in place)."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(filled) < 3:
        return
    end = filled[-1]
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = lines[start : end + 1]
    words = " ".join(line.strip() for line in block)
    if len(words) > SIGN_OFF_CHARS or _HEADING.match(block[0]) or any(line.lstrip().startswith(("|", "```", "~~~", "- ", "* ", ">")) for line in block):
        return
    if _SIGN_OFF.search(words):
        lines[start : end + 1] = [""] * len(block)


def _side_pairs(lines: list[str]) -> int:
    """Write each card whose sides are labelled on its lines (``- **Front:** …`` right over ``- **Back:** …``) as
    ``Q: …`` / ``A: …``, in place, when the text holds two such cards of one pair of labels; how many it wrote."""
    fenced = list(in_fence(lines))  # (a fence's 'front:' / 'back:' are its own: the Flashcards plugin's cards)
    for front, back in _SIDES:
        pairs = [
            (n, f, b)
            for n in range(len(lines) - 1)
            if not fenced[n] and (f := front.match(lines[n])) is not None and (b := back.match(lines[n + 1])) is not None
        ]
        if len(pairs) >= SIDE_PAIRS_MIN:
            for n, f, b in pairs:
                lines[n], lines[n + 1] = f"Q: {f.group('text').rstrip()}", f"A: {b.group('text').rstrip()}"
            return len(pairs)
    return 0


def tidy(text: str) -> str:
    """The text with side-label headings, card separators and chat lines as described in the module docstring."""
    lines = text.split("\n")
    paired = _side_pairs(lines) if ":" in text or "：" in text else 0
    if paired:
        text = "\n".join(lines)
    if _SIGN_OFF.search(text[-2 * SIGN_OFF_CHARS :]):
        _signed_off(lines)
        text = "\n".join(lines)
    if ("```" in text or "~~~" in text) and (_unwrapped(lines) or _data_unwrapped(lines)):
        text = "\n".join(lines)
    numbered = [n for n, line in enumerate(lines) if _CARD_NUMBER.match(line)]
    sides = [n for n, line in enumerate(lines) if _FRONT.match(line)]
    asked = sum(1 for line in lines if _BOLD_ASKED.match(line)) >= 2
    if len(numbered) < 2 and not sides and not paired and not asked:
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
    if filled and (numbered or sides or paired or asked) and _CHAT_OPENING.match(lines[filled[0]]) and not _HEADING.match(lines[filled[0]]):
        lines[filled[0]] = ""
    if filled and (numbered or sides or paired or asked) and _CHAT_CLOSING.match(lines[filled[-1]]):
        lines[filled[-1]] = ""
    return "\n".join(lines)
