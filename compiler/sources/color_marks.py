"""Options marked right or wrong by colour (trial29 T29-49): ``- 🟢 Jupiter`` / ``- 🔴 Saturn``, ``🟩 Australia`` /
``🟥 Europe``, ``💚`` / ``❤️``, as chat assistants and quiz makers print a checked quiz. The readers know a tick and a
cross (``✅`` / ``❌``) on an option; coloured marks were option text, the question "none marked correct" and no card,
or a basic card whose back listed the marks. This line-kept rewrite writes a green mark as ``✅`` and a red one as
``❌``, before or after the option's text.

Only in a run of 2 to 8 lines in a row (list entries or plain lines, blank lines between them allowed) that each carry
one such mark at the same end, with a green one and a red one among them: a traffic-light legend or a single coloured
bullet stays as written. A run whose neighbour line carries a mark of another colour at that end (``🔵 der Tisch`` /
``🔴 die Lampe`` / ``🟢 das Fenster``: the genders a course book colours) marks categories, not right and wrong: as
written (trial38 T38-9). So is a run of term pairs under no question (``# Deutsch`` / ``- 🟢 das Fenster — the window`` /
``- 🔴 die Tür — the door``: two genders coloured, no third to tell them apart by; a quiz's options follow the line
that asks, sitting 56). Code is left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import PAIR_SEPARATORS, in_fence, split_pair

_GREENS = frozenset("🟢🟩💚")
_REDS = frozenset("🔴🟥❤⭕🛑")
_SIGNS = "".join(sorted(_GREENS | _REDS))
_BEFORE = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+•][ \t]+)?(?:\(?[A-Ha-h][.)][ \t]+)?)(?P<mark>["
    + _SIGNS
    + r"])[\ufe0e\ufe0f]?(?P<rest>[ \t]*\S.*)$"
)
_AFTER = re.compile(
    r"^(?P<lead>[^"
    + _SIGNS
    + r"]*)(?P<mark>["
    + _SIGNS
    + r"])[\ufe0e\ufe0f]?(?P<rest>[ \t]*)$"  # (one pass: no sign in the lead)
)
MIN_OPTIONS, MAX_OPTIONS = 2, 8
# marks of the other colours: beside a run of green and red, the colours are categories (T38-9)
_OTHERS = "🔵🟡🟣🟠🟤⚫⚪🟦🟨🟪🟧🟫⬛⬜💙💛💜🧡🤎🖤🤍"
_OTHER_BEFORE = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?(?:\(?[A-Ha-h][.)][ \t]+)?[" + _OTHERS + r"]")
_OTHER_AFTER = re.compile(r"[" + _OTHERS + r"][\ufe0e\ufe0f]?[ \t]*$")


def _other_colour(lines: list[str], at: int, step: int, end: str) -> bool:
    """Whether the first line with text from ``at`` on, going by ``step``, carries a mark of another colour at ``end``."""
    while 0 <= at < len(lines) and not lines[at].strip():
        at += step
    if not 0 <= at < len(lines):
        return False
    return bool((_OTHER_BEFORE if end == "before" else _OTHER_AFTER).search(lines[at]))


def _term_pairs(lines: list[str], run: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether every line of the run is a term and its meaning and the nearest line with text above it asks nothing."""
    if not all(split_pair(m.group("rest").strip(), PAIR_SEPARATORS) is not None for _, m in run):
        return False
    above = run[0][0] - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above < 0 or not ("?" in lines[above] or "？" in lines[above] or lines[above].rstrip().endswith((":", "：")))


def _marked(line: str) -> tuple[str, re.Match[str]] | None:
    """('before' or 'after', the match) of a line carrying one coloured mark at one end, else None."""
    if sum(line.count(sign) for sign in _SIGNS) != 1:
        return None
    for end, pattern in (("before", _BEFORE), ("after", _AFTER)):
        m = pattern.match(line)
        if m is not None and (end == "before" or m.group("lead").strip()):
            return end, m
    return None


def color_marks(text: str) -> str:
    """``text`` with each run of options marked green or red written with ``✅`` / ``❌`` (the text itself when none)."""
    if not any(sign in text for sign in _SIGNS):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        first = _marked(lines[k]) if not fenced[k] else None
        if first is None:
            k += 1
            continue
        run, j = [(k, first[1])], k + 1
        while j < len(lines) and len(run) <= MAX_OPTIONS:
            if not lines[j].strip() and j + 1 < len(lines) and lines[j + 1].strip():
                j += 1  # (a blank line between options: a loose list)
                continue
            nxt = _marked(lines[j]) if not fenced[j] else None
            if nxt is None or nxt[0] != first[0]:
                break
            run.append((j, nxt[1]))
            j += 1
        colours = {m.group("mark") in _GREENS for _, m in run}
        categories = (
            _other_colour(lines, k - 1, -1, first[0]) or _other_colour(lines, run[-1][0] + 1, 1, first[0]) or _term_pairs(lines, run)
        )
        if MIN_OPTIONS <= len(run) <= MAX_OPTIONS and colours == {True, False} and not categories:
            out = out if out is not None else list(lines)
            for at, m in run:
                sign = "✅" if m.group("mark") in _GREENS else "❌"
                out[at] = m.group("lead") + sign + m.group("rest")
        k = max(j, k + 1)
    return text if out is None else "\n".join(out)
