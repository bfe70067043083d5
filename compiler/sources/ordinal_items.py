"""Questionnaires numbered with ordinals and answered with ``R:`` (trial17 T17-29), as school questionnaires are typed
in Portuguese and Spanish: ``1º) O que o TCP garante?`` / ``R: Entrega ordenada …``. The cards kept ``1º)`` on
their fronts and ``R:`` (Resposta, Respuesta) on their backs. This line-kept rewrite writes the ordinal as the item
number it is (``1)``) and the answer label as one the readers drop (``A:``). (A question labelled ``P:`` / ``D:`` over
``R:`` is a pair of one-letter labels: :mod:`compiler.sources.letter_pairs`.)

Only in a page where at least two items are so numbered, or two answers so labelled, each ``R:`` right under a line
that asks (a ``?``), so an ``R:`` elsewhere (a reading of a resistor, a language) stays as written.
"""

from __future__ import annotations

import re

from compiler.sources.lines import CLOSERS, QUESTION_MARKS, in_fence

_ORDINAL = re.compile(
    r"^(?P<lead>[ \t]{0,3}(?:\*\*|__)?)(?P<n>\d{1,3})\s?[ºª°]\s*(?P<mark>[.)\-–])?[ \t]+(?=\S)"
)
_R_LABEL = re.compile(
    r"^(?P<lead>[ \t]{0,3}(?:\*\*|__)?)(?i:r|resp)\.?\s*[:：](?P<close>\*\*|__)?[ \t]*(?=\S)"
)
MIN_ITEMS = 2


def ordinal_items(lines: list[str]) -> list[str]:
    """``lines`` with ordinal item numbers and ``R:`` answer labels written as the readers know them (the list itself
    when the page has too few of either)."""
    fenced = list(in_fence(lines))
    ordinals = [k for k, line in enumerate(lines) if not fenced[k] and _ORDINAL.match(line)]
    answers = [
        k
        for k, line in enumerate(lines)
        if not fenced[k] and _R_LABEL.match(line) and _asked_above(lines, k) and not _lettered_above(lines, k)
    ]
    if len(ordinals) < MIN_ITEMS and len(answers) < MIN_ITEMS:
        return lines
    out = list(lines)
    if len(ordinals) >= MIN_ITEMS:
        for k in ordinals:
            out[k] = _ORDINAL.sub(
                lambda m: f"{m.group('lead')}{m.group('n')}{_mark(m.group('mark'))} ", out[k], count=1
            )
    if len(answers) >= MIN_ITEMS:
        for k in answers:
            out[k] = _R_LABEL.sub(lambda m: f"{m.group('lead')}A:{m.group('close') or ''} ", out[k], count=1)
    return out


def _mark(mark: str | None) -> str:
    return ")" if mark in (None, "-", "–") else mark


def _asked_above(lines: list[str], k: int) -> bool:
    """The nearest line above ``k`` with text asks."""
    above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    return above.strip().rstrip("*_ ").rstrip(CLOSERS).endswith(QUESTION_MARKS)


_LETTER_LABEL = re.compile(r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?[^\W\d_]\s*[:：]")


def _lettered_above(lines: list[str], k: int) -> bool:
    """The question above ``k`` has a one-letter label of its own ('P: ¿Qué es X?'): a pair of one-letter labels, which
    :mod:`compiler.sources.letter_pairs` reads."""
    above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    return bool(_LETTER_LABEL.match(above))
