"""A bonus question after a numbered quiz, keyed in the answer key by its label (trial33 T33-8)::

    2. Which base pairs with adenine in DNA?
    a) cytosine   b) guanine   c) thymine   d) uracil

    Bonus: In a Tt × Tt cross, what fraction of the offspring is expected to be short? (1 point)

    Answer Key
    1. b
    2. c
    Bonus: 1/4

Unnumbered, the bonus question was the last question's explanation, its key entry with it: another question and its
answer on the back of a card that asks something else. This line-kept rewrite numbers each labelled question that
asks ('Bonus:', 'Extra credit:', 'Bonusfrage:' …: lines.strip_extra_label) after the last numbered one and before
the key on from it (``3. In a Tt × Tt cross …?``), and its key entry (``Bonus: 1/4``, a key table's ``Bonus | 1/4``
row) the same (``3. 1/4``), the n-th bonus question the n-th such entry: a card keyed as the others are. One with no
entry is a numbered question with no answer, said at its line as any other.
"""

from __future__ import annotations

import re

from compiler.layouts import ANSWER_KEY
from compiler.sources.lines import QUESTION_MARKS, extra_key_entry, in_fence, strip_extra_label

_KEY = re.compile(ANSWER_KEY)
_NUMBERED = re.compile(r"^[ \t]{0,3}(\d{1,3})[.)][ \t]+\S")
POINTS_CHARS = 32  # '(1 point)', '[2 Punkte]' after the question: no part of what it asks


def bonus_items(lines: list[str]) -> list[str]:
    """``lines`` with bonus questions and their key entries numbered on from the quiz (the module docstring), or
    ``lines`` itself when there is none."""
    fenced = list(in_fence(lines))
    key = next((k for k, line in enumerate(lines) if not fenced[k] and _KEY.match(line)), None)
    if key is None:
        return lines
    numbered = [(k, int(m.group(1))) for k in range(key) if not fenced[k] and (m := _NUMBERED.match(lines[k]))]
    if not numbered:
        return lines
    last_line, last = max(numbered, key=lambda kn: kn[0])[0], max(n for _, n in numbered)
    asks = [k for k in range(last_line + 1, key) if not fenced[k] and _bonus_question(lines[k]) is not None]
    if not asks:
        return lines
    entries = [k for k in range(key + 1, len(lines)) if not fenced[k] and extra_key_entry(lines[k]) is not None]
    out = list(lines)
    for n, k in enumerate(asks, last + 1):
        out[k] = f"{n}. {_bonus_question(lines[k])}"
        if n - last - 1 < len(entries):
            entry = entries[n - last - 1]
            out[entry] = f"{n}. {extra_key_entry(lines[entry])}"  # (as every key reads it: '1 b' rows too)
    return out


def _bonus_question(line: str) -> str | None:
    """The question of a line labelled as a bonus one that asks (its label off), or None."""
    question = strip_extra_label(line).strip()
    if question == line.strip():
        return None
    asked = question
    if asked.endswith((")", "]")) and len(asked) - max(asked.rfind("("), asked.rfind("[")) <= POINTS_CHARS:
        asked = asked[: max(asked.rfind("("), asked.rfind("["))]
    return question if asked.rstrip(" *_").endswith(QUESTION_MARKS) else None
