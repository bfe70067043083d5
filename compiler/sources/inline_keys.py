"""A quiz whose numbered questions hold their options on their line and end with the right letter after a dash
(``1) Which organelle contains chlorophyll? A) mitochondrion B) chloroplast C) ribosome — **B**``), as a student
types a quiz compactly: every reader took the options and the letter for one open answer (sitting 54: 'A)
mitochondrion B) chloroplast C) ribosome — B' on the back, no options to pick from).

:func:`inline_keyed_options` writes the letter on an answer line of its own under the question (``Answer: B``), the
shape the numbered reader reads as a question over its options with the right one marked. Only lines numbered as
questions, asking ('?' or a ':' before the options), with two options or more lettered in order from A and a letter
among them after a spaced dash at the line's end; KEYED_MIN such lines at least.
"""

from __future__ import annotations

import re

KEYED_MIN = 2  # such lines a page needs for them to be its quiz

_KEYED = re.compile(
    r"^(?P<q>[ \t]{0,3}(?:\*\*|__)?\d{1,3}[.)](?:\*\*|__)?[ \t]+\S.*?[?？:：])[ \t]+(?P<options>\(?[Aa][.)][ \t]*\S.*?)"
    r"[ \t]+[—–-][ \t]+(?:\*\*|__)?(?P<key>[A-Ha-h])(?:\*\*|__)?[.)]?[ \t]*$"
)
_LETTER = re.compile(r"(?:^|[ \t])\(?(?P<l>[A-Ha-h])[.)][ \t]")


def inline_keyed_options(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each such question's letter on an answer line under it, or
    None when the page has fewer than KEYED_MIN of them."""
    found: dict[int, re.Match[str]] = {}
    for k, line in enumerate(lines):
        m = _KEYED.match(line)
        if m is None:
            continue
        letters = [x.group("l").upper() for x in _LETTER.finditer(m.group("options"))]
        if len(letters) >= 2 and letters == [chr(ord("A") + j) for j in range(len(letters))] and m.group("key").upper() in letters:
            found[k] = m
    if len(found) < KEYED_MIN:
        return None
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        m = found.get(k)
        if m is None:
            out.append(line)
            origin.append(k + 1)
            continue
        indent = " " * (len(m.group("q")) - len(m.group("q").lstrip()))
        out += [f"{m.group('q')} {m.group('options')}", f"{indent}Answer: {m.group('key').upper()}"]
        origin += [k + 1, k + 1]
    return out, origin
