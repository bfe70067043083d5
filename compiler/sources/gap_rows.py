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


# the key of an open cloze: its label, then maybe its entries on the same line ('Answers: (1) mitochondrion (2) …')
_KEY_LABEL = re.compile(r"^\s{0,3}(?:\*\*|__)?(?i:answers?|answer\s+key|key|solutions?)(?:\*\*|__)?\s*[:：]?(?:\*\*|__)?\s*(?P<rest>.*)$")
_KEY_NUMBER = re.compile(r"(?:^|(?<=[\s,;]))\(?(?P<n>\d{1,2})(?:[.):]\)?|\))?(?=\s)")  # '(1)', '1.', '1)', '1:' before a word
_KEY_LINE = re.compile(r"^\s{0,3}(?:[-*+]\s+)?\(?(?P<n>\d{1,2})[.):]\)?\s*(?:[-–—=:]\s*)?(?P<a>\S.*?)\s*$")
GAPS_MIN = 2  # numbered gaps in the passage, each keyed, before a page is read so


def _key_entries(text: str) -> dict[str, str]:
    """``{number: answer}`` of a one-line key's entries ('(1) mitochondrion (2) ribosomes', '1. a, 2. b', '1 – x; 2 – y')."""
    marks = list(_KEY_NUMBER.finditer(text))
    if not marks or text[: marks[0].start()].strip():
        return {}
    ends = [m.start() for m in marks[1:]] + [len(text)]
    found = {m.group("n"): text[m.end() : end].strip(" ,;–—-=:") for m, end in zip(marks, ends, strict=True)}
    return found if all(found.values()) else {}


def gap_key(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with an open cloze written as ``Q:``/``A:`` pairs, or None: a passage
    with numbered gaps (``The (1) ______ is the site of aerobic respiration.``), no options under it, then a key of
    words, on the key's line (``Answers: (1) mitochondrion (2) ribosomes …``) or a line each under it (``1.
    mitochondrion``), every gap keyed (sitting 50 N18: "cannot tell this document's layout", no card). Each gap is a
    question at its line, the passage's sentence holding it (the gap a blank, the other gaps as written), its word the
    answer; the passage's and the key's lines are left blank."""
    fenced = list(in_fence(lines))
    gaps = {k: [m.group(0) for m in _ANY_GAP.finditer(line)] for k, line in enumerate(lines) if not fenced[k] and _ANY_GAP.search(line)}
    if not gaps:
        return None
    at = next((k for k in range(max(gaps) + 1, len(lines)) if not fenced[k] and _KEY_LABEL.match(lines[k])), None)
    if at is None:
        return None
    rest = _KEY_LABEL.match(lines[at]).group("rest")  # type: ignore[union-attr]
    key = _key_entries(rest) if rest.strip() else {}
    used = [at]
    if not rest.strip():  # ('Answers:' over '1. mitochondrion' / '2. ribosomes' …)
        for k in range(at + 1, len(lines)):
            m = _KEY_LINE.match(lines[k])
            if m is None and lines[k].strip():
                break
            if m is not None:
                key[m.group("n")] = m.group("a")
            used.append(k)
    numbers = sorted({int(n) for found in gaps.values() for g in found for n in re.findall(r"\d{1,2}", g)})
    if len(numbers) < GAPS_MIN or numbers != list(range(1, len(numbers) + 1)) or sorted(int(n) for n in key) != numbers:
        return None
    first, last = min(gaps), max(gaps)
    passage = [k for k in range(first, last + 1) if lines[k].strip()]
    if any(k not in gaps and _ROW.match(lines[k]) for k in passage):
        return None  # (rows of options: gap_rows' multiple-choice cloze)
    sentences = _SENTENCE_END.split(" ".join(lines[k].strip() for k in passage))
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        if k in passage or k in used:
            made = [""]
            for g in gaps.get(k, []):
                n = re.search(r"\d{1,2}", g).group(0)  # type: ignore[union-attr]
                gap = re.compile(_GAP.format(n=n))
                sentence = next((s for s in sentences if gap.search(s)), "")
                made += [f"Q: {gap.sub('______', sentence, count=1).strip()}", f"A: {key[str(int(n))]}", ""]
        else:
            made = [line]
        out.extend(made)
        origin.extend([k + 1] * len(made))
    return out, origin
