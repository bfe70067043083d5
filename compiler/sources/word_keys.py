"""A worksheet's key of words on one line (trial27 T27-53, T27-54, T27-55): numbered items that ask in their own way
(``1. She (go / goes) to school every day.``, ``1. child → ________``, ``1. apple, banana, carrot, grape``) under an
instruction, then ``Key: 1 goes, 2 were, 3 seen`` (``Answers: 1 children 2 mice``, ``Answers: 1 carrot (a vegetable),
2 Brazil (a country)``). No reader read such a key: 0 cards ("cannot tell this document's layout"), or each item's own
halves made a card (``________`` → ``child``).

:func:`word_keys` writes such a key line as the key the readers know, its label over an entry a line (``Key:`` /
``1. goes`` / ``2. were`` …), all at the key's line: each item is then a question answered by its entry. Only when the
entries number every numbered item above the key, 1 to n in order, with words (a run of option letters is
:mod:`compiler.sources.compact_keys`'s).
"""

from __future__ import annotations

import re

from compiler.sources.compact_keys import KEY_LABEL_WORDS
from compiler.sources.lines import in_fence

# ('*Answers:* 1. …', '_Key:_ 1 …': a label in italics is one too, as in bold; the lead's sitting-45 list)
_LABEL_LINE = re.compile(
    rf"^(?P<label>\s*(?:\*\*|__)?\W{{0,4}}(?i:{KEY_LABEL_WORDS})\W{{0,4}}\s*[:：](?:\*\*|__|\*|_)?)\s*(?P<body>\S.*)$"
)
# an entry's number: at the start or after a separator ('1 goes, 2 were', '1. gehe 2. hast', '1) mice; 2) teeth')
# (or a dash glued to a letter, '1-b, 2-b, 3-a, 4. 1919': a quiz's key of letters and the word a blank takes, sitting 46)
_ENTRY = re.compile(r"(?:^|[,;]\s*|\s+)(?P<n>\d{1,3})(?:\s*(?:[.):=–-]|->|=>|→|⇒)?\s+(?=\S)|[-–](?=[^\W\d_]))")
_NUMBERED = re.compile(r"^\s{0,3}(?:[-*+]\s+)?(?:\*\*|__)?(?P<n>\d{1,3})[.)](?:\*\*|__)?\s+\S")
_LETTER = re.compile(r"^\(?[A-Ha-h]\)?[.)]?$")
_LONE_LETTER = re.compile(r"^\(?[^\W\d_]\)?$")  # a letter of any alphabet alone: an option's
ENTRIES_MIN = 2
ENTRY_WORDS = 8  # words an entry may have: a word, a form, a word and its reason in brackets
SENTENCE_WORDS = 30  # … or, in a key whose every entry ends with a full stop ('1. 4. 2. Because …. 3. 0.'), a sentence


def word_keys(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each one-line key of words written an entry a line under its
    label (module docstring), or None when the page has none."""
    fenced = list(in_fence(lines))
    out: list[str] = []
    origin: list[int] = []
    changed = False
    since = 0  # the line after the last key line: a part's questions stand between it and the next key
    for k, line in enumerate(lines):
        m = None if fenced[k] else _LABEL_LINE.match(line)
        first, entries = _numbered_entries(m.group("body")) if m else (0, None)
        asked = (
            {int(n.group("n")) for j in range(since if first > 1 else 0, k) if not fenced[j] and (n := _NUMBERED.match(lines[j]))}
            if entries
            else set()
        )
        if m is None or entries is None or not set(range(first, first + len(entries))) <= asked:
            out.append(line)
            origin.append(k + 1)
            continue
        made = [m.group("label").strip(), *(f"{n}. {text}" for n, text in enumerate(entries, first))]
        out.extend(made)
        origin.extend([k + 1] * len(made))
        changed = True
        since = k + 1
    return (out, origin) if changed else None


def _entries(body: str) -> list[str] | None:
    """The entries of a key's body in order ('1 goes, 2 were, 3 seen' -> ['goes', 'were', 'seen']), or None unless
    numbered 1 to n, each a few words, not all option letters."""
    first, texts = _numbered_entries(body)
    return texts if first == 1 else None


def _numbered_entries(body: str) -> tuple[int, list[str] | None]:
    """(the first number, the entries in order) of a key's body numbered on from any number, one by one ('3. 100 °C
    4. 0 °C': the key of a part whose questions go on numbering from the part before, trial35 T35-23), each a few
    words, not all option letters; (0, None) for any other body."""
    marks = list(_ENTRY.finditer(body))
    first = int(marks[0].group("n")) if marks else 0
    if (
        len(marks) < ENTRIES_MIN
        or marks[0].start() != 0
        or [int(m.group("n")) for m in marks] != list(range(first, first + len(marks)))
    ):
        return 0, None
    ends = [m.start() for m in marks[1:]] + [len(body)]
    texts = [body[m.end() : end].strip().rstrip(",;").strip() for m, end in zip(marks, ends, strict=True)]
    # ('1. 4. 2. Because it depends only on the middle position. 3. 0.': every answer ends with a full stop, a sentence
    # at most, a word's or a number's stop no part of it)
    stops = all(t.endswith(".") for t in texts)
    texts = [t[:-1] if stops and " " not in t and len(t) > 1 else t for t in texts]
    if (
        not all(texts)
        or any(len(t.split()) > (SENTENCE_WORDS if stops else ENTRY_WORDS) for t in texts)
        or all(_LETTER.match(t) for t in texts)
        # ('1 это б; 2 это в': an option's letter after a word, a key of letters the readers say they cannot read)
        or all(_LONE_LETTER.match(t.split()[-1].rstrip(".")) for t in texts)
    ):
        return 0, None
    return first, texts


def spaced_word_key(body: str) -> list[tuple[str, str]]:
    """A key line's entries numbered without a stop after the number, ``(number, text)`` each ('1 Osmosis, 2 Oxygen,
    3 They carry oxygen': a key file's section, 'Section B: …', keys sitting 28), or none: the readers' own key parse
    reads the forms with a stop ('1. osmosis 2. enzyme')."""
    return [(str(n), text) for n, text in enumerate(_entries(body) or [], 1)]
