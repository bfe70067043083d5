"""An exam followed by its worked solutions, each question copied there with its key marked (trial16 T16-23).

National exam papers converted from Word by pandoc (Vietnam's THPT papers and their "HƯỚNG DẪN GIẢI CHI TIẾT",
detailed solutions) print the questions part by part, then a solutions part that copies every question under the
same part and number, marks the right option in the copy and works it out::

    **PHẦN I: CÂU TRẮC NGHIỆM NHIỀU PHƯƠNG ÁN LỰA CHỌN**
    **Câu 1:** Giá trị của $u_{3}$ bằng
    **A.** 9. **B.** -16. **C.** 7. **D.** -8.            (options on one line)
    …
    **HƯỚNG DẪN GIẢI CHI TIẾT**
    **PHẦN I: …**
    **Câu 1:** Giá trị của $u_{3}$ bằng
    [**A.** 9.]{.mark} **B.** -16. **C.** 7. **D.** -8.     (the right option highlighted, or its letter underlined)
    **Phương pháp:** …                                    (the worked solution)
    **PHẦN II: …**
    **Câu** | 1                                           (key rows: the question numbers,
    **Đáp án** | SĐSĐ                                     the answers: a true/false verdict per statement a)–d))

Read as written, each question was a card whose answer was its option line, made twice. This rewrite
(:func:`solved_exam`) writes each question once in the shapes the Markdown reader knows: its part a section
heading, the question a label heading over its stem, its options one a line and ``Answer: A`` from the highlight,
the worked solution after; statements ``a)``–``d)`` keyed by a verdict string a ``| Question | Answer |`` table, a
card each; a question keyed by a value (``**Đáp án** | 3 | 7,2``) answered with it. The lines move, so the rewrite
comes with the line each new line came from (as :mod:`compiler.sources.exercise_key`'s).

Only a page whose solutions part copies at least two of its questions word for word (same part, same number) is
rewritten.
"""

from __future__ import annotations

import re
from collections import Counter

from compiler.layouts import KEY_WORDS
from compiler.sources.lines import ANSWER_WORDS, in_fence

# a line that is only a heading of the solutions: 'HƯỚNG DẪN GIẢI CHI TIẾT', 'Lời giải chi tiết', '## Solutions'
_SOLUTIONS = re.compile(
    rf"(?i)^(?:{KEY_WORDS}|(?:detailed|worked|step[- ]by[- ]step)\s+solutions?|hướng\s+dẫn\s+giải(?:\s+chi\s+tiết)?"
    r"|lời\s+giải(?:\s+chi\s+tiết)?|giải\s+chi\s+tiết|đáp\s+án\s+(?:và|&)\s+(?:lời\s+giải|hướng\s+dẫn\s+giải))$"
)
# (a heading is short: on a line of 20,000 spaces the lazy text and the trailing spaces made _ALONE take minutes, lead's
# hostile-input check 3 December)
_HEADING_MAX = 160
_ALONE = re.compile(r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?P<text>[^*_#\n][^*_\n]*?)\s*[:.]?(?:\*\*|__)?\s*$")
# a part of the paper: '**PHẦN I: CÂU TRẮC NGHIỆM …**', '## Part 2 – Short answers'
_PART = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?P<word>[^\W\d_]{3,12})\s+(?P<id>[IVXLC]{1,5}|\d{1,2})\s*[:.\-–—](?P<rest>.*?)(?:\*\*|__)?\s*$"
)
# a question: '**Câu 1:** Giá trị …', 'Question 3. …'
_QUESTION = re.compile(
    r"^\s{0,3}(?:\*\*|__)?(?P<label>[^\W\d_]{2,12})\s+(?P<n>\d{1,3})\s*[:.](?:\*\*|__)?\s*(?P<text>.*?)\s*$"
)
# an option's letter in bold, maybe underlined: '**A.**', '**[C]{.underline}.**', '**B)**'
_LETTER = re.compile(r"(?:\*\*|__)\[?(?P<l>[A-H])(?:\]\{\.underline\})?[.)](?:\*\*|__)")
_LINE_OPTION = re.compile(r"^\s*(?:\*\*|__)?\[?(?P<l>[A-H])(?:\]\{\.underline\})?[.)](?:\*\*|__)?\s+\S")
# a pandoc span: '[**A.** 9.]{.mark}', '[C]{.underline}'
_SPAN = re.compile(r"\[(?P<body>(?:[^\[\]]|\[[^\[\]]*\](?:\{[^}]*\})?)*)\]\{\.(?P<kind>mark|underline)\}")
_STATEMENT = re.compile(r"^\s*(?P<l>[a-h])\)\s+(?P<text>\S.*?)\s*$")
_KEY_CELL = re.compile(rf"(?i)^(?:{KEY_WORDS}|{ANSWER_WORDS})$")
_VERDICTS = {frozenset("ĐS"): ("Đúng", "Sai", "Đ"), frozenset("TF"): ("True", "False", "T")}
COPIES_MIN = 2  # questions copied word for word in the solutions part that make the page such an exam


def _bare(text: str) -> str:
    """Text without spans, emphasis and spacing differences, for comparing a question with its copy."""
    return " ".join(re.sub(r"[*_]", "", _unspan(text)).split()).casefold()


def _unspan(text: str) -> str:
    """Text with every pandoc span replaced by what it holds."""
    while (m := _SPAN.search(text)) is not None:
        text = text[: m.start()] + m.group("body") + text[m.end() :]
    return text


def _marked(line: str) -> str | None:
    """The letter of the option a highlight or underline marks on an options line, if one does."""
    for m in _SPAN.finditer(line):
        letter = _LETTER.search(m.group("body")) or re.fullmatch(r"\s*(?P<l>[A-H])\s*", m.group("body"))
        if letter is not None:
            return letter.group("l")
    return None


def _options(line: str) -> list[tuple[str, str]]:
    """``(letter, text)`` of the options on one line (``**A.** 9. **B.** -16.``): two at least, A first, in order."""
    plain = _unspan(line)
    found = list(_LETTER.finditer(plain))
    if (
        len(found) < 2
        or found[0].group("l") != "A"
        or [ord(m.group("l")) - 65 for m in found] != list(range(len(found)))
    ):
        return []
    if plain[: found[0].start()].strip():
        return []
    return [
        (m.group("l"), plain[m.end() : nxt.start() if nxt else len(plain)].strip())
        for m, nxt in zip(found, [*found[1:], None], strict=True)
    ]


def _cells(line: str) -> list[str]:
    return [re.sub(r"[*_]", "", c).strip() for c in line.strip().strip("|").split("|")]


class _Block:
    """A question of the paper, or its copy in the solutions: where it is and what its lines hold."""

    def __init__(self, part: str, at: int, m: re.Match[str]) -> None:
        self.part, self.at, self.label, self.n, self.text = (
            part,
            at,
            m.group("label"),
            int(m.group("n")),
            m.group("text"),
        )
        self.lines: list[int] = []  # the lines under the question line, blank ones left out

    def key(self) -> tuple[str, int]:
        return self.part, self.n


def solved_exam(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The page rewritten as the module docstring says, and for each new line the (1-based) line it came from; None
    when the page is no such exam."""
    fenced = list(in_fence(lines))
    start = next(
        (
            k
            for k, line in enumerate(lines)
            if not fenced[k] and len(line) <= _HEADING_MAX and (m := _ALONE.match(line)) and _SOLUTIONS.match(m.group("text"))
        ),
        None,
    )
    if start is None:
        return None
    asked = [
        (k, m) for k, line in enumerate(lines) if not fenced[k] and (m := _QUESTION.match(line)) is not None
    ]
    labels = Counter(m.group("label").casefold() for k, m in asked if k < start)
    if not labels:
        return None
    label = labels.most_common(1)[0][0]

    def blocks(
        lo: int, hi: int
    ) -> tuple[list[_Block], dict[int, str], dict[str, dict[int, tuple[str, int]]], set[int]]:
        found: list[_Block] = []
        parts: dict[int, str] = {}
        keys: dict[str, dict[int, tuple[str, int]]] = {}
        rows: set[int] = set()
        part = ""
        k = lo
        while k < hi:
            line = lines[k]
            q = _QUESTION.match(line) if not fenced[k] else None
            p = _PART.match(line) if not fenced[k] and q is None else None
            if q is not None and q.group("label").casefold() == label and q.group("text"):
                found.append(_Block(part, k, q))
            elif p is not None and p.group("word").casefold() != label:
                part = p.group("id").upper()
                parts[k] = part
            elif "|" in line and not fenced[k] and (cells := _cells(line)) and cells[0].casefold() == label:
                below = next((j for j in range(k + 1, hi) if lines[j].strip()), None)
                answers = _cells(lines[below]) if below is not None and "|" in lines[below] else []
                if answers and _KEY_CELL.match(answers[0]) and len(answers) == len(cells):
                    for n, value in zip(cells[1:], answers[1:], strict=True):
                        if n.isdecimal() and value:
                            keys.setdefault(part, {})[int(n)] = (value, below + 1)
                    rows |= {k, below}
                    k = below + 1
                    continue
            elif found and (line.strip() or fenced[k]):
                found[-1].lines.append(k)
            k += 1
        return found, parts, keys, rows

    exam, parts, _, _ = blocks(0, start)
    copies, _, keys, rows = blocks(start + 1, len(lines))
    copy_of = {c.key(): c for c in copies}
    pairs = {
        b.at: copy_of[b.key()]
        for b in exam
        if b.key() in copy_of and _bare(copy_of[b.key()].text) == _bare(b.text)
    }
    if len(pairs) < COPIES_MIN:
        return None
    out: list[str] = []
    origin: list[int] = []

    def put(text: str, at: int) -> None:
        out.append(text)
        origin.append(at + 1)

    def put_lines(at: list[int]) -> None:  # (lines a blank line parted in the page stay parted)
        for j, k in zip(at, [None, *at], strict=False):
            if k is not None and j > k + 1 and not any(lines[i].strip() for i in range(k + 1, j)):
                put("", j - 1)
            put(lines[j], j)

    first = min([b.at for b in exam] + list(parts))
    for k in range(first):
        put(lines[k], k)
    for k in sorted([*parts, *(b.at for b in exam)]):
        if k in parts:
            put("", k)
            put(f"## {re.sub(r'[*_]', '', lines[k]).strip().lstrip('#').strip()}", k)
            put("", k)
            continue
        block = next(b for b in exam if b.at == k)
        copy = pairs.get(k)
        value = keys.get(block.part, {}).get(block.n)
        options: list[tuple[str, str]] = []
        statements: list[tuple[int, re.Match[str]]] = []
        stem: list[int] = []
        for j in block.lines:
            opts = _options(lines[j])
            if opts:
                options += opts
                continue
            s = _STATEMENT.match(lines[j])
            if s is not None:
                statements.append((j, s))
                continue
            if _LINE_OPTION.match(lines[j]):
                options.append(
                    (
                        lines[j].lstrip(" *_[")[0],
                        _unspan(lines[j]).split(None, 1)[1] if len(lines[j].split()) > 1 else "",
                    )
                )
                continue
            stem.append(j)
        verdicts = next((v for letters, v in _VERDICTS.items() if value and set(value[0]) <= letters), None)
        graded = bool(statements and value and verdicts and not options and len(value[0]) == len(statements))
        if not graded:  # (statements keyed one by one: each a row of the table below, the stem on its front)
            put(f"### {block.label} {block.n}", k)
            put(block.text, k)
            put_lines(stem)
        explanation: list[int] = []
        letter: tuple[str, int] | None = None
        if copy is not None:
            for j in copy.lines:
                if j in rows:
                    continue
                mark = _marked(lines[j])
                if mark is not None and letter is None:
                    letter = (mark, j)
                    continue
                if (
                    _options(lines[j])
                    or _LINE_OPTION.match(lines[j])
                    or (_STATEMENT.match(lines[j]) and not explanation)
                ):
                    continue
                explanation.append(j)
        if graded and value is not None and verdicts is not None:
            lead = " ".join([block.text, *(lines[j].strip() for j in stem)])
            put("", k)
            put("| Question | Answer |", value[1] - 1)
            put("|---|---|", value[1] - 1)
            for (j, s), v in zip(statements, value[0], strict=True):
                word = verdicts[0] if v == verdicts[2] else verdicts[1]
                put(
                    f"| {lead} {s.group('l')}) {s.group('text')} ({verdicts[0]} / {verdicts[1]}?) | {word} |",
                    j,
                )
            put("", k)
        else:
            for j, _ in statements:
                put(lines[j], j)
        if options:
            put("", k)
            for opt, text in options:
                put(f"{opt}. {text}", block.lines[0])
            put("", k)
            if letter is not None:
                put(f"Answer: {letter[0]}", letter[1])
                put("", letter[1])
        elif value is not None and not statements:
            put("", k)
            put(f"**Answer:** {value[0]}", value[1] - 1)
            put("", k)
        if explanation and (options or value is not None or statements):
            put_lines(explanation)
        elif explanation:
            put("", k)
            put("**Answer:**", explanation[0])
            put_lines(explanation)
        put("", k)
    return out, origin
