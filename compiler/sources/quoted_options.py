"""Options set in a block quote under their question (trial24 T24-23).

Korean quizzes (and some course pages) style each question's options as a quote::

    1. 관계형 데이터베이스에서 테이블의 행(row)을 가리키는 용어는?

    > ① 속성(Attribute)
    > ② 튜플(Tuple)

Inside the quote no reader saw options: every question became a card whose back was the option list, and the key at
the page's end ('1. ②') keyed nothing. The quote is only styling: this line-kept rewrite takes one level of ``>`` off
each quote that opens with a run of two or more options labelled in order (``① ② ③``, ``a) b) c)``, ``A. B. C.``,
``1) 2) 3)``), so the options read as they do at the margin and the page's key keys them. Options numbered ``1) 2)
3)`` in such a quote are written ``① ② ③`` when the page names options by circled digits (other questions' options,
or the key: ``4. ③``, ``1-③ 2-①``), so ``③`` names the third of them as it names the third circled one; the circled
labels are then read as A, B, C by :func:`compiler.sources.letters.latin_option_letters`. Other quotes (a note, an
answer, a callout ``> [!note]``, nested quotes) and code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_QUOTE = re.compile(r"^(?P<lead>[ \t]{0,3}>)(?P<space>[ \t]?)(?P<rest>.*)$")
_CIRCLED = "①②③④⑤⑥⑦⑧"
_LATIN = "abcdefgh"
# an option's label opening a line: '① 속성', '①속성', 'a) …', '(b) …', 'C. …', '2) …', '(3) …'
_LABEL = re.compile(
    r"^\s*(?:(?P<circled>[①-⑧])\s*(?=\S)|\(?(?P<letter>[A-Ha-h])[.)]\s+(?=\S)|\(?(?P<number>[1-8])[.)]\s+(?=\S))"
)
# a key entry naming an option by a circled digit: '4. ③', '1-③', '정답: ③'
_CIRCLED_KEY = re.compile(r"(?:\d{1,3}\s*[-–.):=]\s*|[:：]\s*)[①-⑧]")
QUOTED_RUN_MIN = 2  # options in order that make a quote a question's options


def _place(line: str) -> tuple[str, int] | None:
    """(kind, place from 0) of an option label opening ``line`` ('② …' -> ('circled', 1)), or None."""
    m = _LABEL.match(line)
    if m is None:
        return None
    if m.group("circled"):
        return "circled", _CIRCLED.index(m.group("circled"))
    if m.group("letter"):
        return "letter", _LATIN.index(m.group("letter").lower())
    return "number", int(m.group("number")) - 1


def _option_run(inner: list[str]) -> tuple[str, list[int]] | None:
    """(kind, indexes) of the options in order opening a quote's lines (one ``>`` off), or None when it opens with none."""
    run: list[int] = []
    kind = ""
    for k, line in enumerate(inner):
        if not line.strip():
            continue
        place = _place(line)
        if place is None or (run and place[0] != kind) or place[1] != len(run):
            break
        kind = place[0]
        run.append(k)
    return (kind, run) if len(run) >= QUOTED_RUN_MIN else None


def quoted_options(lines: list[str]) -> list[str]:
    """``lines`` with each quote that opens with options in order unquoted (numbered ones written circled where the
    page names options by circled digits); ``lines`` itself when there is none. Line numbers never move."""
    fenced = list(in_fence(lines))
    blocks: list[tuple[int, int]] = []  # (first, end) of each quote
    k = 0
    while k < len(lines):
        if fenced[k] or _QUOTE.match(lines[k]) is None:
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _QUOTE.match(lines[end]) is not None:
            end += 1
        blocks.append((k, end))
        k = end
    out: list[str] | None = None
    numbered: list[list[int]] = []  # the option lines of quotes numbered 1) 2) 3)
    circled = False
    for first, end in blocks:
        inner = [_QUOTE.match(line).group("rest") for line in lines[first:end]]  # type: ignore[union-attr]
        if any(line.lstrip().startswith((">", "[!")) for line in inner):
            continue  # (a nested quote, a callout: not options)
        found = _option_run(inner)
        if found is None:
            continue
        kind, run = found
        out = out if out is not None else list(lines)
        for n in range(first, end):
            lead = _QUOTE.match(lines[n]).group("lead")  # type: ignore[union-attr]
            out[n] = lead[:-1] + inner[n - first]  # (the quote's indent kept: a list entry's quote stays in its entry)
        circled = circled or kind == "circled"
        if kind == "number":
            numbered.append([first + r for r in run])
    if out is None:
        return lines
    for run in numbered:
        if circled or any(_CIRCLED_KEY.search(line) for line in lines[run[-1] + 1 :]):
            for place, n in enumerate(run):
                out[n] = re.sub(
                    r"^(\s*)\(?[1-8][.)]\s+",
                    lambda m, p=place: f"{m.group(1)}{_CIRCLED[p]} ",
                    out[n],
                    count=1,
                )
    return out
