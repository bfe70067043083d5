"""LiaScript quizzes (lead, trial15 T15-49): the Markdown dialect of many open-education courses marks options and
gaps in brackets::

    **1. Které pořadí odpovídá obecnému modelu datové komunikace?**

    [( )] kanál → zdroj → vysílač → příjemce
    [(X)] zdroj → vysílač → kanál → přijímač

    [[X]] optické vlákno — světlo        (one of several right answers)
    [[ ]] Wi-Fi — mechanické vibrace

    … v optickém vlákně [[světlem]] a …   (a gap)
    … systém může [[ data zahodit | (vyžádat opakovaný přenos) | změnit význam ]].   (a selection: the one in brackets)

Read as written, each question was a Basic card whose back was the raw option lines, and the gaps were text outside
any question.  In a file with at least :data:`OPTIONS_MIN` such option lines, this line-kept rewrite writes each
option as the task box deckc reads (``- [x] …`` / ``- [ ] …``) and each gap in a paragraph as an Anki deletion
(``{{c1::světlem}}``, numbered along the paragraph; a selection its bracketed choice).  ``[[…]]`` elsewhere
(Obsidian's links) and code are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_OPTION = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?:\[\((?P<single>[ xX])\)\]|\[\[(?P<multi>[ xX])\]\])[ \t]+(?P<text>\S.*)$"
)
_GAP = re.compile(r"\[\[(?P<body>[^\[\]\n]+?)\]\]")
_CHOSEN = re.compile(r"^\s*\((?P<text>.+)\)\s*$")
OPTIONS_MIN = 2


def _gap(body: str) -> str | None:
    """The answer of a gap's text: itself, or a selection's bracketed choice; None for a box ('[[X]]', '[[ ]]')."""
    if body.strip() in ("", "X", "x", "?"):
        return None
    if "|" not in body:
        return body.strip()
    chosen = [m.group("text").strip() for part in body.split("|") if (m := _CHOSEN.match(part))]
    return chosen[0] if len(chosen) == 1 else None


def liascript_quizzes(lines: list[str]) -> list[str]:
    """The lines with LiaScript's options as task boxes and its gaps as deletions (same line count); the same list
    when the file holds fewer than OPTIONS_MIN option lines."""
    fenced = list(in_fence(lines))
    if sum(1 for k, line in enumerate(lines) if not fenced[k] and _OPTION.match(line)) < OPTIONS_MIN:
        return lines
    out = list(lines)
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        m = _OPTION.match(line)
        if m is not None:
            mark = (m.group("single") or m.group("multi") or " ").strip().lower()
            out[k] = f"{m.group('indent')}- [{'x' if mark else ' '}] {m.group('text')}"
            continue
        if "[[" in line and not line.lstrip().startswith(("#", "|", ">")):
            count = 0

            def deletion(g: re.Match[str]) -> str:
                nonlocal count
                answer = _gap(g.group("body"))
                if answer is None:
                    return g.group(0)
                count += 1
                return f"{{{{c{count}::{answer}}}}}"

            out[k] = _GAP.sub(deletion, line)
    return out
