"""A question bank's stem label under a heading that only names the question (trial20 T20-14).

Chinese question banks (题库 exports, course pages) write each question as a heading that is only its id and kind
(``### Q2 · judge · ex-vs-2``) over labelled fields: ``题干：`` (the stem), ``选项：`` (the options), ``答案：``,
``解析：``, ``知识点：``. The heading was read as the question ('Q2 · judge · ex-vs-2'), the stem and the answer its
back. :func:`stem_labels` writes the stem's text in the heading's place (the heading's marks kept) and empties the
stem's line, and empties a true/false question's options line (``选项：正确 / 错误``: the two verdicts, no options to
letter), line for line; the answer and explanation labels below are read as before. A heading that asks (a ``?``)
keeps its words, and so does one over several stems (their section).
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# the stem's label: 题干 (题目, 试题), 'Stem', then a colon and the stem
# (plain: a bold label, '**问题**：…', is label_led's, which keeps the heading as the section; 'Question:' pairs are
# read by the label readers already)
STEM = re.compile(r"^[ \t]*(?:题干|題幹|题目|題目|试题|試題|(?i:stem))[ \t]*[:：][ \t]*(?P<text>[^\s*_].*)$")
STEM_LINE = re.compile(STEM.pattern, re.M)  # (a document holding such a line: read.py's test before the pass)
_HEADING = re.compile(r"^(?P<marks>[ \t]{0,3}#{1,6}[ \t]+)(?P<text>\S.*)$")
# a true/false question's options line: the two verdicts as its options
_VERDICTS = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:选项|選項|(?i:options?|choices?))(?:\*\*|__)?[ \t]*[:：][ \t]*"
    r"(?:正确|正確|对|對|是|√|(?i:true|right|yes))[ \t]*[/／|、,，][ \t]*(?:错误|錯誤|错|錯|否|×|(?i:false|wrong|no))[ \t]*$"
)
VERDICTS_BELOW = 3  # lines under the stem a true/false options line may stand on


def stem_labels(lines: list[str]) -> list[str]:
    """The lines with each labelled stem set in the heading right over it (module docstring); ``lines`` itself when
    there is none."""
    fenced = list(in_fence(lines))
    out = lines
    for k, line in enumerate(lines):
        m = None if fenced[k] else STEM.match(line)
        if m is None:
            continue
        above = k - 1
        while above >= 0 and not lines[above].strip() and k - above <= 2:
            above -= 1
        heading = _HEADING.match(lines[above]) if above >= 0 and not fenced[above] else None
        if heading is None or any(mark in heading.group("text") for mark in "?？"):
            continue
        below = next((j for j in range(k + 1, len(lines)) if not fenced[j] and _HEADING.match(lines[j])), len(lines))
        if any(not fenced[j] and STEM.match(lines[j]) for j in range(k + 1, below)):
            continue  # (a heading over several labelled questions is their section, never one of them)
        out = out if out is not lines else list(lines)
        out[above] = heading.group("marks") + m.group("text").strip()
        out[k] = ""
        for j in range(k + 1, min(len(lines), k + 1 + VERDICTS_BELOW)):
            if _VERDICTS.match(lines[j]):
                out[j] = ""
                break
    return out
