"""A checklist of marked rows whose marks a legend names (trial51 T51-5): ``#### Legend`` / ``- ✅ = Do`` / ``- ❌ =
Don't``, then tables of a mark and a sentence a row (``| ✅ | Ask if the candidate has seen the question before. |``),
as interview handbooks and review guides write their do's and don'ts.

Read as they stand, a few rows were "true or false" cards (the legend says ✅ is *Do*, not *true*), rows with a comma
or brackets "no answer" and most of them "text outside any item". :func:`legend_tables` writes each such table as a
table of cards the Markdown reader reads (``| Question | Answer |``): the row's sentence asked with the legend's words
(``Do or Don't: Ask if …``), the word its mark stands for its answer; the legend's lines, now said on every card, are
no text. Only a Markdown page with a legend of two marks at least and a table whose first column holds only those marks
(its header's cell blank). Line numbers kept.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_VARIANT = re.compile("[\ufe0e\ufe0f]")
# a legend's entry: a mark (no letter or digit), '=' or a colon or a dash, the word it stands for ('- ✅ = Do')
_LEGEND = re.compile(r"^[ ]{0,3}[-*+][ \t]+(?P<mark>[^\w\s|`*_\[\]()]{1,3})[ \t]*(?:=|:|–|—|-)[ \t]*(?P<word>[^\W\d_][^|`*\n]{0,24}?)[ \t]*$")
_ROW = re.compile(r"^[ ]{0,3}\|[ \t]*(?P<mark>[^|]*?)[ \t]*\|[ \t]*(?P<text>[^|]*?\S)[ \t]*\|[ \t]*$")
_RULE = re.compile(r"^[ ]{0,3}\|[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|[ \t]*$")
LEGEND_MIN = 2  # marks a legend names, at least


def _mark(text: str) -> str:
    return _VARIANT.sub("", text).strip()


def legend_tables(lines: list[str]) -> list[str]:
    """The page with its legend-marked tables written as tables of cards (module docstring); ``lines`` itself when it
    holds none."""
    fenced = list(in_fence(lines))
    legend: dict[str, str] = {}
    at: list[int] = []
    for k, line in enumerate(lines):
        m = None if fenced[k] else _LEGEND.match(line)
        if m is not None and _mark(m.group("mark")) not in legend:
            legend[_mark(m.group("mark"))] = m.group("word").strip()
            at.append(k)
    if len(legend) < LEGEND_MIN:
        return lines
    asked = ", ".join(legend.values())
    asked = " or ".join(asked.rsplit(", ", 1))  # ('Do, Don't or Situational')
    out = list(lines)
    changed = False
    k = 0
    while k + 2 < len(lines):
        head, rule = _ROW.match(lines[k]), _RULE.match(lines[k + 1])
        if fenced[k] or head is None or rule is None or head.group("mark"):
            k += 1
            continue
        end = k + 2
        rows: list[tuple[int, str, str]] = []
        while end < len(lines) and (row := _ROW.match(lines[end])) is not None and _mark(row.group("mark")) in legend:
            rows.append((end, legend[_mark(row.group("mark"))], row.group("text")))
            end += 1
        if rows and (end == len(lines) or not lines[end].strip().startswith("|")):
            out[k] = "| Question | Answer |"
            for n, word, text in rows:
                out[n] = f"| {asked}: {text} | {word} |"
            changed = True
        k = max(end, k + 1)
    if not changed:
        return lines
    for k in at:
        out[k] = ""  # (the legend, said on every card now)
    return out
