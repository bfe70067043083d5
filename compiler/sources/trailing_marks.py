"""A right option marked by a sign or word after it (trial17 T17-23): ``b) Connection-oriented, reliable *`` (the
commonest hand mark of a typed quiz), ``c) 443 (Answer)``, ``… (ans)``, ``… <-- answer``, ``… 👈``. The readers know
``(correct)``, ``← correct`` and ``✔`` there; these were option text, every question "none marked correct" and the
build failed. This line-kept rewrite writes such a mark as ``(correct)``.

Only in a run of 2 to 8 lettered option lines (``a)``, ``B.``, ``(c)``, as list entries too) where some but not all
options carry one mark of the same kind; a ``*`` inside an option (``a * b``) is no mark.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_OPTION = re.compile(
    r"^(?P<option>[ \t]{0,3}(?:[-*+][ \t]+)?\(?[A-Ha-h][.)][ \t]+\S.*?)[ \t]+"
    r"(?P<mark>\*|\((?i:answer|ans|right answer)\)|\[(?i:answer|ans)\]|(?:<-{1,2}|←|⬅️?|👈)(?:[ \t]*(?i:answer|ans|right))?)[ \t]*$"
)
_LETTERED = re.compile(r"^[ \t]{0,3}(?:[-*+][ \t]+)?\(?[A-Ha-h][.)][ \t]+\S")
MIN_OPTIONS, MAX_OPTIONS = 2, 8


def trailing_marks(lines: list[str]) -> list[str]:
    """``lines`` with each trailing right-option mark written ``(correct)`` (the list itself when there is none)."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        if fenced[k] or not _LETTERED.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _LETTERED.match(lines[end]):
            end += 1
        marks = {n: m for n in range(k, end) if (m := _OPTION.match(lines[n]))}
        kinds = {_kind(m.group("mark")) for m in marks.values()}
        if MIN_OPTIONS <= end - k <= MAX_OPTIONS and 0 < len(marks) < end - k and len(kinds) == 1:
            out = out if out is not None else list(lines)
            for n, m in marks.items():
                out[n] = f"{m.group('option')} (correct)"
        k = end
    return lines if out is None else out


def _kind(mark: str) -> str:
    """The family of a mark: '*', a word in brackets, or an arrow."""
    return "*" if mark == "*" else "word" if mark[0] in "([" else "arrow"
