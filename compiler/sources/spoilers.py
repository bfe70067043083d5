"""Spoiler markup that hides a quiz post's answers (trial16 T16-50): Reddit's ``>!Paris!<``, Discord's ``||Paris||``
after a question on its line, and Stack Exchange's ``>! Paris`` spoiler line under a question. The spoiler is the
part of the line a card's back is: ``**What is the capital of France?** >!Paris!<`` was a card whose back read
``!Paris!<`` (the ``>`` taken for a quote), and ``What is …? ||Paris||`` lines were "questions with no answers". This
line-kept rewrite writes the inline spoiler as the bold answer after the question (``What is the capital of France?
**Paris**``, a form the readers know) and a spoiler line as the plain answer line under its question.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_INLINE = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?)(?P<b>\*\*|__)?(?P<q>[^|>*_\n]*?[?？])(?P=b)?\s*(?:>!\s*(?P<r>[^!\n]+?)\s*!<|\|\|\s*(?P<d>[^|\n]+?)\s*\|\|)\s*$"
)
_BLOCK = re.compile(r"^(?P<indent>\s*)>!\s?(?P<text>\S.*)$")


def spoiler_answers(lines: list[str]) -> list[str]:
    """``lines`` with spoiler-hidden answers written as answers (the list itself when it has none)."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        m = _INLINE.match(line)
        if m is not None:
            out = out if out is not None else list(lines)
            out[k] = f"{m.group('lead')}{m.group('q').strip()} **{m.group('r') or m.group('d')}**"
            continue
        b = _BLOCK.match(line)
        if b is not None and k and lines[k - 1].rstrip().endswith(("?", "？")):
            out = out if out is not None else list(lines)
            out[k] = f"{b.group('indent')}{b.group('text').strip()}"
    return lines if out is None else out
