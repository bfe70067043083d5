"""Options typed one a line after a sign that says right or wrong, read as options (trial25 T25-27).

Plain-text quiz tools and teachers type a question's options as lines that open with a sign: ``+ Rome`` (right) among
``- Milan`` (wrong), as Wikiversity's quizzes and many text quiz formats do, or GIFT's ``= Rome`` among ``~ Milan``
typed into a ``.txt`` outside any GIFT file. Read as text, each question was a Basic card teaching every option with its
sign (and ``= Rome`` a formula box). Written as lettered options, the right ones ``(correct)`` (``A) Milan`` / ``B) Rome
(correct)``; a label of their own kept), every reader knows them.

A run of 2 to 8 such lines, one sign pair throughout, some but not all of them right, right under a question: a line
ending in ``?`` or a numbered one (``1. …``, ``Q2 …``), not itself a list entry. ``+`` / ``-`` are a list's bullets too
(pros and cons), so those want three options, or two runs of them in the document. Outside code fences; line numbers
never move.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# '+ Rome' / '- Milan' (a space after the sign: a bullet), '= Rome' / '~ Milan' or '=Rome' / '~Milan' (GIFT's way);
# never a rule ('---', '==='), a fence ('~~~'), nor '-5' / '+3' (a number with its sign)
_SIGNED = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?:(?P<plus>[+-])[ \t]+|(?P<gift>[=~])[ \t]*)(?P<text>[^\s=~+\-].*?)[ \t]*$"
)
_RIGHT = frozenset("+=")
_BULLET = re.compile(r"^[ \t]*(?:[-*+•][ \t]|\[[ xX]\])")
_NUMBERED = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:(?:[Qq]|Question|Frage|Pregunta)\.?[ \t]*)?\d{1,4}[.):]?(?:[ \t]|$)"
)
_ASKS = re.compile(r"[?？؟][\"'”’)\]*_]*(?:[ \t]*[(\[][^()\[\]]{1,30}[)\]])?[ \t]*$")  # ('…? (1 pt)')
_LABEL = re.compile(r"^\(?[A-Ha-h][.)][ \t]")  # '+ b) Rome': the option's own label
MIN_OPTIONS, MAX_OPTIONS = 2, 8
MIN_BULLETED = 3  # '+' / '-' options in a run, when the document has only one such run


def sign_marks(lines: list[str]) -> list[str]:
    """``lines`` with each run of sign-marked options under a question written as lettered options (``B) Rome
    (correct)``); ``lines`` itself when there is none."""
    fenced = list(in_fence(lines))
    runs: list[tuple[int, int, str]] = []  # (first line, end, the sign pair)
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _SIGNED.match(lines[k])
        if m is None:
            k += 1
            continue
        pair = "+-" if m.group("plus") else "=~"
        end = k
        while (
            end < len(lines)
            and not fenced[end]
            and (n := _SIGNED.match(lines[end]))
            and (n.group("plus") or n.group("gift")) in pair
        ):
            end += 1
        signs = [
            (_SIGNED.match(lines[n]) or m).group("plus" if pair == "+-" else "gift") for n in range(k, end)
        ]
        right = sum(s in _RIGHT for s in signs)
        if MIN_OPTIONS <= end - k <= MAX_OPTIONS and 0 < right < end - k and _under_question(lines, k):
            runs.append((k, end, pair))
        k = end
    bulleted = [r for r in runs if r[2] == "+-"]
    if len(bulleted) == 1 and bulleted[0][1] - bulleted[0][0] < MIN_BULLETED:
        # ('+ fast' / '- stale' alone: pros and cons as likely as a question's options)
        runs.remove(bulleted[0])
    if not runs:
        return lines
    out = list(lines)
    for first, end, _pair in runs:
        for n in range(first, end):
            m = _SIGNED.match(lines[n])
            assert m is not None
            text = (
                m.group("text")
                if _LABEL.match(m.group("text"))
                else f"{'ABCDEFGH'[n - first]}) {m.group('text')}"
            )
            out[n] = (
                f"{m.group('indent')}{text}{' (correct)' if (m.group('plus') or m.group('gift')) in _RIGHT else ''}"
            )
    return out


def _under_question(lines: list[str], k: int) -> bool:
    """Whether the line over ``k`` (a blank line between at most) asks: it ends in ``?`` or is numbered, no list entry."""
    above = k - 1
    if above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0 or not lines[above].strip() or _BULLET.match(lines[above]):
        return False
    return bool(_ASKS.search(lines[above]) or _NUMBERED.match(lines[above]))
