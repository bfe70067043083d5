"""A numbered answer list inside a VitePress / VuePress ``::: details 答案`` container, after the numbered questions it
answers (trial20 T20-2).

Course sites built with VitePress end a page with its exercises, ``1. 触发器是手动调用还是自动执行？`` …, and their answers
folded away in one container: ``::: details 答案`` / ``1. 自动执行。`` … / ``:::``. The container's markers hid the key:
the page gave no card (or, in English, one card holding every question). The same list under a plain ``## 答案``
heading is a key the readers pair 1 ↔ 1. :func:`container_keys` writes such a container's opening line as that
heading (at the level of the heading over the questions) and empties its closing ``:::``, line for line, when its title
is a key's (``答案``, ``Answers``, ``Solutions`` …), its first line an entry ``1.``, and a numbered list comes before it
(other containers between them, a ``::: tip`` for the whole set, are left out: the last question's answer they were).
A container titled otherwise, or holding prose, is left as written.
"""

from __future__ import annotations

import re

from compiler.layouts import KEY_WORDS
from compiler.sources.lines import in_fence

_OPEN = re.compile(r"^[ \t]{0,3}(?P<colons>:{3,})[ \t]*(?i:details|spoiler|collapse|collapsible)[ \t]+(?P<title>\S.*?)[ \t]*$")
_KEY_TITLE = re.compile(rf"^(?:[^\w\s]{{1,3}}\s*)?(?i:{KEY_WORDS})\s*[:：]?$")
_CLOSE = re.compile(r"^[ \t]{0,3}:{3,}[ \t]*$")
_FIRST = re.compile(r"^[ \t]{0,3}1[.)．、][ \t]*\S")
_ENTRY = re.compile(r"^[ \t]{0,3}\d{1,3}[.)．、][ \t]*\S")
_HEADING = re.compile(r"^[ \t]{0,3}(?P<marks>#{1,6})[ \t]+\S")
_CONTAINER = re.compile(r"^[ \t]{0,3}:{3,}")


def _listed_before(lines: list[str], at: int) -> list[tuple[int, int]] | None:
    """The ``:::`` containers (first, last line) passed between a numbered list and line ``at``, blank lines passed
    too; None when no numbered list ends there."""
    passed: list[tuple[int, int]] = []
    k = at - 1
    while k >= 0:
        line = lines[k]
        if not line.strip():
            k -= 1
            continue
        if _CLOSE.match(line):  # a container before it ('::: tip 提示' … ':::'): passed whole
            last = k
            k -= 1
            while k >= 0 and not (_CONTAINER.match(lines[k]) and not _CLOSE.match(lines[k])):
                k -= 1
            passed.append((k, last))
            k -= 1
            continue
        return passed if _ENTRY.match(line) else None
    return None


def container_keys(lines: list[str]) -> list[str]:
    """The lines with each key container as a key heading (module docstring); ``lines`` itself when there is none."""
    fenced = list(in_fence(lines))
    out = lines
    for k, line in enumerate(lines):
        m = None if fenced[k] else _OPEN.match(line)
        if m is None or not _KEY_TITLE.match(m.group("title")):
            continue
        end = next((j for j in range(k + 1, len(lines)) if not fenced[j] and _CLOSE.match(lines[j])), None)
        first = next((j for j in range(k + 1, end or k + 1) if lines[j].strip()), None)
        passed = _listed_before(lines, k) if end is not None and first is not None and _FIRST.match(lines[first]) else None
        if passed is None or end is None:
            continue
        heading = next((h for j in range(k - 1, -1, -1) if not fenced[j] and (h := _HEADING.match(lines[j]))), None)
        out = out if out is not lines else list(lines)
        out[k] = f"{heading.group('marks') if heading else '##'} {m.group('title')}"
        out[end] = ""
        for a, b in passed:  # ('::: tip 提示' between the exercises and their key: a hint for them all, no answer of the last)
            out[a : b + 1] = [""] * (b + 1 - a)
    return out
