"""Question/answer pairs whose line breaks are HTML ``<br>`` tags on one line (trial17 T17-34): ``Q: What does DNS
resolve?<br>A: Host names to IP addresses.<br>``, as a web editor, a Confluence export or a field copied out of Anki
writes them. Markdown keeps the tag inline, so the page was one note fronted by the file's name. This rewrite puts
each piece on a line of its own (the line it came from kept for messages), a blank line after each pair.

Only where at least two lines outside code break before an answer label (``A:``, ``Ans:``, ``Answer:``, ``R:``,
``答:``): a ``<br>`` inside an answer's text stays.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_BREAK = re.compile(r"<br\s*/?>", re.I)
_ANSWER_PIECE = re.compile(
    r"^\s*(?:\*\*|__)?(?i:a|ans|answer|r|resp|resposta|respuesta|antwort|réponse|答|答案)\s*[:：]"
)
MIN_LINES = 2


def br_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with broken pairs split, or None when there are none."""
    fenced = list(in_fence(lines))
    broken = [k for k, line in enumerate(lines) if not fenced[k] and _pair(line)]
    if len(broken) < MIN_LINES:
        return None
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        if k not in broken:
            out.append(line)
            origin.append(k + 1)
            continue
        pieces = [p.strip() for p in _BREAK.split(line)]
        while pieces and not pieces[-1]:
            pieces.pop()
        for piece in [*pieces, ""]:
            out.append(piece)
            origin.append(k + 1)
    return out, origin


def _pair(line: str) -> bool:
    """A line whose ``<br>`` breaks before an answer label."""
    pieces = _BREAK.split(line)
    return len(pieces) > 1 and any(_ANSWER_PIECE.match(p) for p in pieces[1:])
