"""Options numbered ``1)``–``4)`` keyed by an end key that names the option by its number (trial32 T32-50):
``Q1. Capital of France?`` / ``1) Rome`` … ``4) Berlin`` … then ``Answers: Q1 – 2, Q2 – 3`` (``Ответы: 1 – 2; 2 – 3``,
``Soluzioni: 1-2, 2-3``). Russian, Italian, Brazilian and Indian tests number their options so. The readers know
lettered options and a key of letters; a numbered list under a question is far more often its answer, so these were
Basic cards listing every option, the key glued to the last back. This line-kept rewrite letters each keyed question's
options (``B) Paris``) and writes the key as numbered letters (``Answers: 1. B 2. C``), the shape the readers key.

Only when every entry of a key line names a question above whose options are such a run (numbered from 1, one a
line) and an option that run has: any other line, or a key of numeric answers to open questions, is left as written.
"""

from __future__ import annotations

import re

from compiler.layouts import KEY_WORDS
from compiler.sources.choices import LETTERS
from compiler.sources.lines import in_fence

_LABEL = rf"(?:\*\*|__)?(?i:{KEY_WORDS})(?:\*\*|__)?\s*[:：]?(?:\*\*|__)?"
_KEY_LINE = re.compile(rf"^(?P<label>\s*{_LABEL}\s*)(?P<body>\S.*)$")
_KEY_ALONE = re.compile(rf"^\s*(?:#{{1,6}}\s*)?{_LABEL}\s*$")  # 'Answers:' over its entries' line
# one entry: question number (its own 'Q' label too), a dash, colon, arrow or '.', and the option's number
_ENTRY = re.compile(r"(?:(?i:q(?:uestion)?)\s?\.?\s?)?(?P<n>\d{1,3})\s*(?:[-–—=:→]|\.(?=\s)|\))\s*(?P<opt>[1-9])(?!\w|[.,/]\d)")
_APART = " \t\u00a0,;|/"
_OPTION = re.compile(r"^(?P<lead>\s{0,3})(?P<n>[1-9])\)(?P<rest>\s+\S.*)$")  # '1) Rome'
_QUESTION = re.compile(r"^\s{0,3}(?:(?i:q(?:uestion)?)\s?\.?\s?)?(?P<n>\d{1,3})[.)]\s+\S")


def _entries(body: str) -> list[tuple[int, int]] | None:
    """(question, option number) pairs of a key line's body when it is all such entries, two at least; else None."""
    pos, found = 0, []
    body = body.rstrip(_APART + ".")
    while pos < len(body):
        while pos < len(body) and body[pos] in _APART:
            pos += 1
        m = _ENTRY.match(body, pos)
        if m is None:
            return None
        found.append((int(m.group("n")), int(m.group("opt"))))
        pos = m.end()
    return found if len(found) >= 2 else None


def _runs(lines: list[str], fenced: list[bool], end: int) -> dict[int, list[int]]:
    """Question number -> the line indexes of its options numbered 1) … n), one a line right under one another,
    for the questions above ``end``."""
    runs: dict[int, list[int]] = {}
    question: int | None = None
    k = 0
    while k < end:
        if fenced[k]:
            k += 1
            continue
        option = _OPTION.match(lines[k])
        if option is not None and option.group("n") == "1" and question is not None and question not in runs:
            run = [k]
            while run[-1] + 1 < end and (m := _OPTION.match(lines[run[-1] + 1])) and int(m.group("n")) == len(run) + 1:
                run.append(run[-1] + 1)
            if 2 <= len(run) <= len(LETTERS):
                runs[question] = run
                k = run[-1] + 1
                continue
        asked = _QUESTION.match(lines[k])
        if asked is not None:
            question = int(asked.group("n"))
        k += 1
    return runs


def number_keys(lines: list[str]) -> list[str]:
    """``lines`` with each question's numbered options lettered and the key naming them by number written in letters,
    where a key does so (the list itself when none does)."""
    fenced = list(in_fence(lines))
    out = lines
    for k, line in enumerate(lines):
        if fenced[k] or not line.strip():
            continue
        m = _KEY_LINE.match(line)
        prefix, body, at = (m.group("label"), m.group("body"), k) if m else ("", "", k)
        if m is None and _KEY_ALONE.match(line):
            nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
            if nxt is None:
                continue
            prefix, body, at = "", lines[nxt].strip(), nxt
        entries = _entries(body) if body else None
        if entries is None:
            continue
        runs = _runs(out, fenced, k)
        if not all(n in runs and opt <= len(runs[n]) for n, opt in entries) or len({n for n, _ in entries}) != len(entries):
            continue
        out = list(out)  # (a second part's key letters its own questions' options: those above are lettered already)
        for n, _ in entries:
            for place, index in enumerate(runs[n]):
                option = _OPTION.match(out[index])
                out[index] = f"{option.group('lead')}{LETTERS[place]}){option.group('rest')}"  # type: ignore[union-attr]
        out[at] = prefix + "  ".join(f"{n}. {LETTERS[opt - 1]}" for n, opt in entries)
    return out
