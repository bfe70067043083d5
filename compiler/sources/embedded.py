"""Moodle's embedded answers (its "Cloze" question type): ``{1:SHORTANSWER:=Beagle}``, ``{1:MC:Canary~=Galápagos~Falkland}``,
``{2:NUMERICAL:=42:0.5}``, each a gap in the question's text.  Moodle XML keeps them in a ``multianswer`` record's
text (:mod:`compiler.sources.moodlexml`), course banks write them in GIFT files too (:mod:`compiler.sources.gift`;
trial18 T18-21).  Each gap is an Anki cloze deletion holding its right answer (``=`` or ``%100%``); other answers of
full credit (``=didn't notice~=did not notice``) are accepted too, written ``didn't notice / did not notice``; a
choice's options are the deletion's hint; a number's tolerance is written ``42 (± 0.5)``.
"""

from __future__ import annotations

import re
from itertools import count

# one embedded answer: '{1:MULTICHOICE:Canary~=Galápagos~Falkland}', '{:SA:=Beagle}' (the number is its weight)
EMBEDDED = re.compile(r"\{\d*:(?P<type>[A-Z_]+):(?P<body>(?:\\.|[^{}])*)\}")
_CHOICES = ("MULTICHOICE", "MC", "MULTIRESPONSE", "MR")
_NUMBERS = ("NUMERICAL", "NM")


def deletion(m: re.Match[str], n: int) -> str:
    """An embedded answer as cloze deletion ``n`` (the answer as written when it names no right answer)."""
    kind = m.group("type").upper()
    parts = [p for p in re.split(r"(?<!\\)~", m.group("body")) if p]
    right: list[str] = []
    offered: list[str] = []
    for part in parts:
        text = re.sub(r"(?<!\\)#.*$", "", part).strip()
        full = text.startswith("=") or text.startswith("%100%")
        text = re.sub(r"^(?:=|%-?\d+(?:\.\d+)?%)", "", text).replace("\\", "").strip()
        if kind.startswith(_NUMBERS) and ":" in text:
            number, tolerance = text.split(":", 1)
            text = number.strip() if not tolerance.strip().strip("0.") else f"{number.strip()} (± {tolerance.strip()})"
        offered.append(text)
        if full and text and text not in right:
            right.append(text)
    if not right:
        return m.group(0)
    choice = kind.startswith(_CHOICES) and len(offered) > 1
    answer = right[0] if choice else " / ".join(right)  # (a choice's other right options: each offered in the hint)
    hint = " / ".join(offered) if choice else ""
    return "{{c" + str(n) + "::" + answer + (f"::{hint}" if hint else "") + "}}"


def embedded_cloze(text: str) -> str | None:
    """``text`` with each embedded answer a numbered cloze deletion, or None when it holds none."""
    if not EMBEDDED.search(text):
        return None
    numbers = count(1)
    return EMBEDDED.sub(lambda m: deletion(m, next(numbers)), text)
