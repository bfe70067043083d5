"""Options numbered ``1)``–``4)`` keyed by an end key that names the option by its number (trial32 T32-50):
``Q1. Capital of France?`` / ``1) Rome`` … ``4) Berlin`` … then ``Answers: Q1 – 2, Q2 – 3`` (``Ответы: 1 – 2; 2 – 3``,
``Soluzioni: 1-2, 2-3``). Russian, Italian, Brazilian and Indian tests number their options so. The readers know
lettered options and a key of letters; a numbered list under a question is far more often its answer, so these were
Basic cards listing every option, the key glued to the last back. This line-kept rewrite letters each keyed question's
options (``B) Paris``) and writes the key as numbered letters (``Answers: 1. B 2. C``), the shape the readers key.

Only when every entry of a key line names a question above whose options are such a run (numbered from 1, one a
line) and an option that run has: any other line, or a key of numeric answers to open questions, is left as written.
The ОГЭ/ЕГЭ forms too (sitting 37): the entries a line each under the key's heading (``## Ответы`` / ``1 - 2`` / ``2 - 4``),
or a horizontal key table (``| Номер задания | 1 | 2 | 3 |`` / ``| Ответ | 2 | 4 | 1 |``, its answers' row written in
letters, as the table readers key it). The options' numbers as the page writes them (``2)``) go into ``marks``: the card
shows them, never ``B)``.
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


def _entries(body: str, least: int = 2) -> list[tuple[int, int]] | None:
    """(question, option number) pairs of a key line's body when it is all such entries, ``least`` at least; else None."""
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
    return found if len(found) >= least else None


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


Marks = dict[int, list[tuple[str, str]]]  # line -> (Latin letter, the label as the page writes it) of its options
_ROW = re.compile(r"^\s{0,3}\|(?P<cells>.*)\|\s*$")  # a Markdown table's row
_RULE_ROW = re.compile(r"^\s{0,3}\|(?:\s*:?-{1,}:?\s*\|)+\s*$")
_ROW_LABEL_WORDS = 3  # the first cell of a key table's rows: a few words ('Номер задания', 'Ответ'), no digit


def _row(line: str) -> list[str] | None:
    """A table row's cells (None for no row)."""
    m = _ROW.match(line)
    return [cell.strip().strip("*_ ") for cell in m.group("cells").split("|")] if m else None


def _labelled(cell: str) -> bool:
    """Whether a key table row's first cell labels it: a few words, no digit ('Номер задания', 'Q. No.', 'Ответ')."""
    return 0 < len(cell.split()) <= _ROW_LABEL_WORDS and not any(ch.isdigit() for ch in cell)


def _table_key(lines: list[str], k: int) -> tuple[int, list[tuple[int, int]]] | None:
    """A horizontal key table whose row at ``k`` numbers the questions (``| Номер задания | 1 | 2 | 3 |``) over a row of
    option numbers (``| Ответ | 2 | 4 | 1 |``, a rule between them or not): (the answers' row, its entries); else None."""
    numbers = _row(lines[k])
    if numbers is None or len(numbers) < 3 or not _labelled(numbers[0]) or not all(c.isdecimal() for c in numbers[1:]):
        return None
    at = k + 1 + (k + 1 < len(lines) and _RULE_ROW.match(lines[k + 1]) is not None)
    answers = _row(lines[at]) if at < len(lines) else None
    if answers is None or len(answers) != len(numbers) or not _labelled(answers[0]):
        return None
    if not all(len(c) == 1 and c in "123456789" for c in answers[1:]):
        return None
    return at, [(int(n), int(a)) for n, a in zip(numbers[1:], answers[1:], strict=True)]


def _entry_lines(lines: list[str], fenced: list[bool], k: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """The key's lines under its heading at ``k`` (``## Ответы`` / ``1 - 2`` / ``2 - 4``, or ``Answers:`` over ``1-2, 2-3``)
    with their entries: each line all entries, blank lines between them; none when they hold fewer than two."""
    found: list[tuple[int, list[tuple[int, int]]]] = []
    for j in range(k + 1, len(lines)):
        if not lines[j].strip():
            continue
        entries = _entries(lines[j].strip(), least=1) if not fenced[j] else None
        if entries is None:
            break
        found.append((j, entries))
    return found if sum(len(e) for _, e in found) >= 2 else []


def number_keys(lines: list[str], marks: Marks | None = None) -> list[str]:
    """``lines`` with each question's numbered options lettered and the key naming them by number written in letters,
    where a key does so (the list itself when none does); ``marks`` gets each lettered option's label as written."""
    fenced = list(in_fence(lines))
    out = lines
    for k, line in enumerate(lines):
        if fenced[k] or not line.strip():
            continue
        m = _KEY_LINE.match(line) if not _KEY_ALONE.match(line) else None  # ('Ответы:' alone: its entries below it)
        keyed: list[tuple[int, str, list[tuple[int, int]]]] = []  # (line, what stays before its entries, entries)
        table = _table_key(lines, k) if m is None and line.lstrip().startswith("|") else None
        if m is not None:
            entries = _entries(m.group("body"))
            keyed = [(k, m.group("label"), entries)] if entries else []
        elif _KEY_ALONE.match(line):
            keyed = [(j, "", entries) for j, entries in _entry_lines(lines, fenced, k)]
        elif table is not None:
            keyed = [(table[0], "", table[1])]
        every = [entry for _, _, entries in keyed for entry in entries]
        if not every:
            continue
        runs = _runs(out, fenced, k)
        if not all(n in runs and opt <= len(runs[n]) for n, opt in every) or len({n for n, _ in every}) != len(every):
            continue
        out = list(out)  # (a second part's key letters its own questions' options: those above are lettered already)
        for n, _ in every:
            for place, index in enumerate(runs[n]):
                option = _OPTION.match(out[index])
                if option is None:
                    continue  # (lettered already by a key above)
                out[index] = f"{option.group('lead')}{LETTERS[place]}){option.group('rest')}"
                if marks is not None:
                    marks.setdefault(index, []).append((LETTERS[place], f"{option.group('n')})"))
        for at, prefix, entries in keyed:
            if table is not None:  # ('| Ответ | B | D | A |': the table stays a table, read as its letters' twin)
                cells = _row(out[at]) or []
                out[at] = "| " + " | ".join([cells[0], *(LETTERS[opt - 1] for _, opt in entries)]) + " |"
            else:
                out[at] = prefix + "  ".join(f"{n}. {LETTERS[opt - 1]}" for n, opt in entries)
    return out
