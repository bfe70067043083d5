"""A multiple-choice cloze (trial27 T27-49): a passage with numbered gaps (``Last summer we (1) ______ a trip …``), then a
row of options per gap (``1   A made      B did       C took      D went``), then a key (``Answer key: 1 C  2 A …``), as
Cambridge's "Use of English" tasks and their copies print it. No reader saw a question in it: 0 cards, "cannot tell
this document's layout".

:func:`gap_rows` writes each row as the question it is: the passage's sentence holding that gap (the gap a blank, the
other gaps as written) over the row's options, one a line (``1. Last summer we ______ a trip to the mountains.`` /
``A) made`` …), at the row's line; the passage's lines are left blank, each of its gapped sentences now a question.
The key after them is read as any key is.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# a row of options for one gap: its number, then lettered options apart by a wide gap or a tab
_ROW = re.compile(r"^\s{0,3}(?P<n>\d{1,2})[.)]?[ \t]+(?P<rest>\(?A[.):]?[ \t]+\S.*)$")
_OPTION = re.compile(r"(?:^|[ \t]{2,}|\t)\(?(?P<label>[A-H])[.):]?[ \t]+(?=\S)")
# a numbered gap in the passage: '(1) ______', '(1) ........', '(1)……', '__(1)__', '(1) ___'
_GAP = r"(?:\(\s*{n}\s*\)\s*(?:_{{2,}}|\.{{3,}}|…+)|_{{2,}}\s*\(\s*{n}\s*\)\s*_*)"
_ANY_GAP = re.compile(_GAP.format(n=r"\d{1,2}"))
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])")
ROWS_MIN = 2  # rows of options, each with its gap in the passage, before a page is read so
OPTIONS_MIN = 3


def _options(rest: str) -> list[str] | None:
    """The options of a row's text after its number ('A made      B did       C took'), or None unless lettered A, B,
    C … in order."""
    marks = list(_OPTION.finditer(rest))
    labels = [m.group("label") for m in marks]
    if len(marks) < OPTIONS_MIN or labels != [chr(ord("A") + k) for k in range(len(marks))]:
        return None
    ends = [m.start() for m in marks[1:]] + [len(rest)]
    texts = [rest[m.end() : end].strip() for m, end in zip(marks, ends, strict=True)]
    return texts if all(texts) else None


def gap_rows(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with a gapped passage's option rows written as questions (module
    docstring), or None when the page holds no such passage and rows."""
    fenced = list(in_fence(lines))
    rows: dict[int, tuple[str, list[str]]] = {}
    for k, line in enumerate(lines):
        m = None if fenced[k] else _ROW.match(line)
        options = _options(m.group("rest")) if m else None
        if m and options:
            rows[k] = (m.group("n"), options)
    if len(rows) < ROWS_MIN:
        return None
    first = min(rows)
    passage = [k for k in range(first) if not fenced[k] and _ANY_GAP.search(lines[k])]
    text = " ".join(lines[k].strip() for k in passage)
    sentences = _SENTENCE_END.split(text)
    asked: dict[int, str] = {}
    for k, (n, _) in rows.items():
        gap = re.compile(_GAP.format(n=re.escape(str(int(n)))))
        sentence = next((s for s in sentences if gap.search(s)), None)
        if sentence is None:
            return None  # (a row whose gap the passage does not hold: no such task)
        asked[k] = gap.sub("______", sentence, count=1).strip()
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        if k in rows:
            n, options = rows[k]
            made = [
                f"{int(n)}. {asked[k]}",
                *(f"{chr(ord('A') + j)}) {o}" for j, o in enumerate(options)),
                "",
            ]
        else:
            made = [""] if k in passage else [line]
        out.extend(made)
        origin.extend([k + 1] * len(made))
    return out, origin
