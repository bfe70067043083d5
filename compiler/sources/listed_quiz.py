"""A numbered list of multiple-choice questions inside a Markdown page of other questions (lead H2)::

    ## Short answers

    Q: What does DNS resolve?
    A: Names to IP addresses.

    ## Quiz

    1. Which protocol is connectionless?
       a) TCP
       b) UDP

    ### Answers

    1. b

Alone on a page such a list is read by the 'numbered' layout; among other questions the page is Markdown, whose
reader took each entry for a question with its options as the answer, unkeyed, and the key for text outside any
question (or the page was read as 'numbered' and its Q/A pairs were lost). When a key section numbers letters for
every numbered entry above it (two at least), each of them has lettered options, and the page asks other questions
too ('Q: …', a heading or a table cell that asks; a page of the quiz alone stays the 'numbered' layout's, which
checks its key against the options), this line-kept rewrite makes each numbered entry with lettered options (``a) …``, ``- (b) …``,
``C. …``) above it a question heading one level below its section (``### 1. Which protocol …?``), its options at
the margin under it: the shape the Markdown reader keys from the page's answer key.
"""

from __future__ import annotations

import re

from compiler.sources.choices import KEY_SECTION
from compiler.sources.lines import QUESTION_MARKS, has_question_label, in_fence, unbold_label

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(\S.*?)[ \t#]*$")
_ENTRY = re.compile(r"^ {0,3}(\d{1,3})[.)][ \t]+(\S.*)$")
_OPTION = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\(?([a-hA-H])[.)][ \t]+\S")
_KEY_ENTRY = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(\d{1,3})[.):\-–][ \t]*(?:\*\*|__)?\(?([a-hA-H])\)?[.)]?(?:\*\*|__)?(?:[ \t]|$)"
)


def _key(lines: list[str], fenced: list[bool]) -> tuple[int, set[str]] | None:
    """The key section's heading line and the entry numbers it gives a letter, or None."""
    for k, line in enumerate(lines):
        h = _HEADING.match(line)
        if fenced[k] or h is None or not KEY_SECTION.match(re.sub(r"[*_`]", "", h.group(2))):
            continue
        numbers = {
            m.group(1)
            for j in range(k + 1, len(lines))
            if not fenced[j] and (m := _KEY_ENTRY.match(lines[j]))
        }
        if len(numbers) >= 2:
            return k, numbers
    return None


def _asks_otherwise(line: str) -> bool:
    """A question of another shape on the page: 'Q: …', a heading or a table's first cell that asks."""
    text = unbold_label(line).strip()
    if has_question_label(text):
        return True
    h = _HEADING.match(line)
    if h:
        return h.group(2).rstrip(" *_").endswith(QUESTION_MARKS)
    cells = [c.strip(" *_") for c in text.strip("|").split("|")] if text.startswith("|") else []
    return len(cells) >= 2 and cells[0].endswith(QUESTION_MARKS)


def listed_quiz(lines: list[str]) -> list[str]:
    """``lines`` with each keyed numbered entry with lettered options made a heading (the list itself when none is)."""
    fenced = list(in_fence(lines))
    found = _key(lines, fenced)
    if found is None:
        return lines
    key_at, numbers = found
    level, entries = 1, []
    for k in range(key_at):
        if fenced[k]:
            continue
        h = _HEADING.match(lines[k])
        if h:
            level = len(h.group(1))
            continue
        m = _ENTRY.match(lines[k])
        if m is None:
            continue
        if m.group(1) not in numbers:
            return (
                lines  # (a numbered entry the key gives no letter: a page of numbered items of several kinds)
            )
        options = []
        for j in range(k + 1, key_at):
            if not lines[j].strip() or fenced[j] or _ENTRY.match(lines[j]) or _HEADING.match(lines[j]):
                break
            if _OPTION.match(lines[j]):
                options.append(j)
        letters = [_OPTION.match(lines[j]).group(1).lower() for j in options]  # type: ignore[union-attr]
        if len(options) < 2 or letters != [chr(ord("a") + n) for n in range(len(letters))]:
            return lines  # (an entry without options: the 'numbered' layout reads such a page whole)
        entries.append((k, level, options))
    taken = {j for k, _, options in entries for j in (k, *options)}
    if len(entries) < 2 or not any(
        _asks_otherwise(line) for k, line in enumerate(lines) if not fenced[k] and k not in taken
    ):
        return lines  # (a page of nothing but the quiz: the 'numbered' layout reads it, checking its key)
    out = list(lines)
    for k, level, options in entries:
        out[k] = "#" * min(level + 1, 6) + " " + lines[k].strip()
        for j in options:
            out[j] = lines[j].strip()
    return out
