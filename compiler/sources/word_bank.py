"""Fill-in-the-blank sentences under a word bank, answered by a key (trial17 T17-27): ``Word bank: osmosis,
diffusion, mitosis`` (or a list under ``Word bank:``, or lettered: ``(A) osmosis (B) diffusion``), numbered sentences
with a blank (``1. Water moves across a membrane by ____.``), and a key after them: ``Answers: 1. osmosis 2. mitosis``,
``1 – osmosis; 2 – mitosis``, the words in order (``Answers: osmosis, mitosis``), or the bank's letters (``1-A,
2-C``). No reader paired the key's words with the sentences: the key was glued to the last sentence's back and the
others had no answer.

This rewrite writes each keyed word under its sentence (``   Answer: osmosis``, at the key's line for messages),
the shape every layout reads as a blank and its answer, and leaves the bank and the key out (blank lines). Only
when the key's words are the bank's (all of them for a key of words in order, half at least for a numbered one):
a page with no bank, or no key, stays as written.
"""

from __future__ import annotations

import re

from compiler.layouts import KEY_WORDS
from compiler.sources.lines import in_fence

_BANK_LABEL = re.compile(
    r"(?i)(?<![\w])(?:word\s*(?:bank|box|list)|words?\s+to\s+use|banco\s+de\s+pala(?:bras|vras)|banque\s+de\s+mots"
    r"|wortspeicher|wortliste|wortkasten|bank\s+kata|词库|単語バンク)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?(?P<rest>.*)$"
)
_BLANK = re.compile(r"(?:\\?_){3,}|\.{5,}|…{2,}")
_ITEM = re.compile(r"^\s*(?:\*\*|__)?(?P<n>\d{1,3})[.)](?:\*\*|__)?\s+(?P<text>\S.*)$")
_LIST_ENTRY = re.compile(r"^\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)(?P<word>\S.*)$")
_LETTER_LABEL = re.compile(r"(?:(?<=\s)|^)\(?(?P<l>[A-Ha-h])[.)]\s*")
_KEY_LABEL = re.compile(rf"^\s{{0,3}}(?:#{{1,6}}\s+)?\W{{0,4}}(?i:{KEY_WORDS})\W{{0,4}}\s*[:：]?\s*(?:\*\*|__)?\s*(?P<body>.*)$")
_NUMBERED_ENTRY = re.compile(r"(?:(?<=[\s,;])|^)(?P<n>\d{1,3})\s*[.):–—-]\s*")
_SPLIT = re.compile(r"\s*[,;|·•/]\s*")
MIN_WORDS = 2
WORD_MAX = 5  # words in one entry of a bank


def word_banks(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each keyed blank's answer on a line under its sentence and
    the bank and key blanked; None when the page has no word bank with a key."""
    if not any(_BANK_LABEL.search(line) for line in lines):
        return None
    fenced = list(in_fence(lines))
    out = list(lines)
    under: dict[int, tuple[str, int]] = {}  # a sentence's line -> its answer's line and the key line it came from
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _BANK_LABEL.search(lines[k])
        if m is None:
            k += 1
            continue
        bank, bank_lines = _bank(lines, k, m.group("rest"))
        if bank is None:
            k += 1
            continue
        items, end = _items(lines, fenced, bank_lines[-1] + 1)
        keyed = _key(lines, fenced, end, items, bank) if len(items) >= MIN_WORDS else None
        if keyed is None:
            k = max(end, k + 1)
            continue
        answers, key_lines, said = keyed
        for line, n in items:
            if n in answers:
                indent = _ITEM.match(lines[line]).start("text")  # (under the sentence's text: in its list item)
                under[line] = (" " * indent + f"Answer: {answers[n]}", said)
        for j in [*bank_lines, *key_lines]:
            out[j] = "" if not lines[j].lstrip().startswith("#") else lines[j]
        k = max(end, *key_lines, k) + 1
    if not under:
        return None
    made: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(out):
        made.append(line)
        origin.append(k + 1)
        if k in under:
            made.append(under[k][0])
            origin.append(under[k][1] + 1)
    return made, origin


def _words(text: str) -> dict[str, str] | None:
    """A bank's words ({letter or number: word}, in order) from the text after its label."""
    text = text.strip().strip("*_").strip()
    if not text:
        return None
    labels = list(_LETTER_LABEL.finditer(text))
    if len(labels) >= MIN_WORDS and labels[0].start() == 0:
        pieces = [text[a.end() : b.start() if b else len(text)] for a, b in zip(labels, [*labels[1:], None], strict=True)]
        words = {a.group("l").lower(): p.strip(" ,;*_") for a, p in zip(labels, pieces, strict=True)}
    else:
        words = {str(i + 1): w.strip(" *_") for i, w in enumerate(_SPLIT.split(text)) if w.strip(" *_")}
    ok = len(words) >= MIN_WORDS and all(w and len(w.split()) <= WORD_MAX for w in words.values())
    return words if ok else None


def _bank(lines: list[str], k: int, rest: str) -> tuple[dict[str, str] | None, list[int]]:
    """The bank at line k and its lines: on the label's line, or a list (or one line) right under it."""
    words = _words(rest)
    if words is not None:
        return words, [k]
    j, listed = k + 1, []
    while j < len(lines) and not lines[j].strip():
        j += 1
    while j < len(lines) and (m := _LIST_ENTRY.match(lines[j])):
        listed.append((j, m.group("word").strip(" *_")))
        j += 1
    if len(listed) >= MIN_WORDS and all(len(w.split()) <= WORD_MAX for _, w in listed):
        return {str(i + 1): w for i, (_, w) in enumerate(listed)}, [k, *[line for line, _ in listed]]
    if j < len(lines) and not listed and (words := _words(lines[j])) is not None and len(words) >= 3:
        return words, [k, j]
    return None, [k]


def _items(lines: list[str], fenced: list[bool], start: int) -> tuple[list[tuple[int, int]], int]:
    """The numbered sentences with a blank after the bank: ``([(line, number)], the line after the last)``."""
    items: list[tuple[int, int]] = []
    end = start
    for j in range(start, len(lines)):
        if fenced[j]:
            break
        m = _ITEM.match(lines[j])
        if m is not None and _BLANK.search(m.group("text")):
            items.append((j, int(m.group("n"))))
            end = j + 1
        elif m is not None or _KEY_LABEL.match(lines[j]) or _BANK_LABEL.search(lines[j]):
            break
    return items, end


def _entries(body: str, numbers: list[int]) -> dict[int, str] | None:
    """A key's entries by number: numbered (``1. osmosis 2. mitosis``) or the words in order."""
    body = body.strip().strip("*_").strip()
    marks = list(_NUMBERED_ENTRY.finditer(body))
    if marks and marks[0].start() == 0:
        got = {
            int(a.group("n")): body[a.end() : b.start() if b else len(body)].strip(" ,;*_")
            for a, b in zip(marks, [*marks[1:], None], strict=True)
        }
        return got if all(got.values()) else None
    words = [w.strip(" *_.") for w in _SPLIT.split(body) if w.strip(" *_.")]
    return dict(zip(numbers, words, strict=True)) if len(words) == len(numbers) else None


def _key(
    lines: list[str], fenced: list[bool], end: int, items: list[tuple[int, int]], bank: dict[str, str]
) -> tuple[dict[int, str], list[int], int] | None:
    """The key after the sentences, as the bank's words by number, its lines when it keys these alone, and its
    (last) line; None when none fits the bank."""
    numbers = [n for _, n in items]
    j = end
    while j < len(lines) and (not lines[j].strip() or fenced[j]):
        j += 1
    if j >= len(lines):
        return None
    label = _KEY_LABEL.match(lines[j])
    if label is None:
        return None
    used = [j]
    body = label.group("body").strip()
    if not body.strip("*_ "):  # a label alone: its entries under it, one line or a line each
        k = j + 1
        while k < len(lines) and not lines[k].strip():
            k += 1
        run = []
        while k < len(lines) and lines[k].strip() and not fenced[k]:
            run.append(k)
            k += 1
        body = " ".join(lines[r].strip() for r in run)
        used += run
    got = _entries(body, numbers)
    if got is None or not set(numbers) <= set(got):
        return None
    lowered = {w.lower(): w for w in bank.values()}
    answers: dict[int, str] = {}
    for n in numbers:
        entry = got[n]
        letter = entry.strip("().").lower()
        answers[n] = bank[letter] if len(letter) == 1 and letter in bank else entry
    known = sum(1 for n in numbers if answers[n].lower() in lowered)
    numbered = bool(_NUMBERED_ENTRY.match(body))
    if (2 * known < len(numbers)) if numbered else (known < len(numbers)):
        return None
    return answers, used if set(got) <= set(numbers) else [], used[-1]
