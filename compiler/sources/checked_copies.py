"""A question's options listed plainly, then listed again under its answer with the right ones ticked::

    ## Q1: 新しいリポジトリを初期化するコマンドはどれか？      ("which command initialises a new repository?")

    ### 選択肢                                                 ("choices")
    - `git add .`
    - `git init`

    ### 回答欄                                                 ("answer")
    :::details 回答を見る                                      ("show the answer")
    [公式ドキュメント](https://git-scm.com/docs/git-init)
    - [ ] `git add .`
    - [x] `git init`
    :::

(Zenn book quiz pages, and any page that shows the choices first and reveals the key as the same list ticked:
trial22 T22-30).  The learner answers from the first list; the ticked copy is the key.  Read as written, the
choices were answer text on a Basic card's back and the key a second list under them.  This line-kept rewrite
ticks the first list as its copy is ticked (``- [x] `git init```) and blanks the copy, so the question is a
multiple-choice one with its options on the front, and what else the answer holds (a link, a sentence) is its
explanation.  The copy must hold the same entries (any order, any list marker) with at least one ticked, and come
after the first list with no heading between them but an answer label (``### Answer``); code is left alone.
"""

from __future__ import annotations

import re

from compiler.sources.directives import ANSWER_TITLE
from compiler.sources.lines import in_fence

# a list entry, in a quote or a box's indentation too, maybe a task-list entry: '- `git init`', '  2. [x] B'
_ENTRY = re.compile(r"^(?P<lead>[ ]{0,12}(?:>[ \t]?)*(?:[-*+]|\d{1,3}[.)])[ \t]+)(?:\[(?P<box>[ xX])\][ \t]+)?(?P<text>\S.*?)[ \t]*$")
_HEADING = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})(?:[ \t]|$)")
OPTIONS_MIN = 2  # entries in the plain list, at least
GAP_MAX = 40  # lines between the plain list and its ticked copy, at most


def _key(text: str) -> str:
    """An entry's text as compared: spaces squashed, case folded."""
    return " ".join(text.split()).casefold()


def _runs(lines: list[str], fenced: list[bool]) -> list[tuple[int, int, list[int]]]:
    """(first line, last line, entry lines) of each list run outside code: entries one per line, a blank line
    between them allowed; any other line ends the run."""
    found: list[tuple[int, int, list[int]]] = []
    k = 0
    while k < len(lines):
        if fenced[k] or not _ENTRY.match(lines[k]):
            k += 1
            continue
        entries = [k]
        j = k + 1
        while j < len(lines):
            if not fenced[j] and _ENTRY.match(lines[j]):
                entries.append(j)
                j += 1
            elif not lines[j].strip() and j + 1 < len(lines) and not fenced[j + 1] and _ENTRY.match(lines[j + 1]):
                j += 1
            else:
                break
        found.append((k, entries[-1], entries))
        k = entries[-1] + 1
    return found


def checked_copies(text: str) -> str:
    """The text with each plain options list ticked as its ticked copy further down, and the copy blanked (module
    docstring); the same text when there is none. Line numbers kept."""
    if "[x]" not in text and "[X]" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    runs = _runs(lines, fenced)
    out = lines
    for n, (_first, last, entries) in enumerate(runs[:-1]):
        plain = [_ENTRY.match(lines[k]) for k in entries]
        if len(entries) < OPTIONS_MIN or any(m is None or m.group("box") for m in plain):
            continue
        first, _, copy = runs[n + 1]
        ticked = [_ENTRY.match(lines[k]) for k in copy]
        if first - last > GAP_MAX or any(m is None or not m.group("box") for m in ticked):
            continue
        if not any(m.group("box") in "xX" for m in ticked if m) or all(m.group("box") in "xX" for m in ticked if m):
            continue  # (nothing ticked is a to-do list; everything ticked tells nothing apart)
        marks = {_key(m.group("text")): m.group("box") for m in ticked if m}
        if len(marks) != len(ticked) or sorted(marks) != sorted(_key(m.group("text")) for m in plain if m):
            continue
        if any(not fenced[k] and _HEADING.match(lines[k]) and not ANSWER_TITLE.match(_HEADING.sub("", lines[k]).strip(" #")) for k in range(last + 1, first)):
            continue  # (a list under the next question is its own; '### Answer' over the copy is its label)
        out = out if out is not lines else list(lines)
        for k, m in zip(entries, plain, strict=True):
            assert m is not None
            box = "x" if marks[_key(m.group("text"))] in "xX" else " "
            out[k] = f"{m.group('lead')}[{box}] {m.group('text')}"
        for k in range(first, copy[-1] + 1):
            out[k] = ""
    return "\n".join(out)
