"""Notes written for Recall, the VS Code spaced-repetition extension, read as it reads them.

A note's front matter says how Recall finds its cards (``recall: header``, the default: each heading with text under
it; ``recall: bullet``: also each first-level ``-`` bullet that holds the line divider; ``recall: asterisk``: each
first-level ``*`` bullet that does; a ``+`` after the mode, ``asterisk+``, asks each such card both ways)::

    ---
    recall: bullet
    ---

    # Kitchen

    Words for things you find in a Spanish kitchen.

    - la cuchara: the spoon
    - el cuchillo: the knife
      - also: a blade

Read as a page, such a note was one card per heading, its bullets run together on the back, no word a card of its own
(trial60 T60-3). :func:`recall_lines` rewrites, never moving a line, each such bullet as the one-line card deckc reads
(``la cuchara::the spoon``, ``:::`` when the note asks both ways): its front the text before the divider (``::`` when
the bullet holds one, else the first ``:`` that is no address's ``://``), its back the rest, and the lines nested under
it (``  - also: a blade``, Recall's further pages) the back's further lines. Bullets of the other marker, and bullets
with no divider, stay the text they are.
"""

from __future__ import annotations

import re

from compiler.sources.lines import front_matter_text

_MODE = re.compile(r"(?P<mode>header|bullet|asterisk)(?P<both>\+?)", re.IGNORECASE)
_NESTED = re.compile(r"^\s+(?:[-*+]|\d+[.)])\s+")
LINE_BREAK = "<br>"


def recall_mode(lines: list[str]) -> tuple[str, bool] | None:
    """``(marker, both ways)`` a note's front matter declares for its bullet cards (``"-"`` for ``recall: bullet``,
    ``"*"`` for ``recall: asterisk``), or None (no front matter, no ``recall:`` key, or ``recall: header``)."""
    if not lines or lines[0].strip() != "---" or not any("recall" in line.lower() for line in lines[1:60]):
        return None  # (most pages: no front matter read as YAML for nothing)
    m = _MODE.fullmatch(front_matter_text(lines, "recall") or "")
    if m is None or m.group("mode").lower() == "header":
        return None
    return ("-" if m.group("mode").lower() == "bullet" else "*"), bool(m.group("both"))


def _split(text: str) -> tuple[str, str] | None:
    """A bullet's front and back at Recall's divider, or None when it holds none."""
    if "::" in text:
        front, _, back = text.partition("::")
        back = back.lstrip(":")
    else:
        at = next((m.start() for m in re.finditer(":", text) if not text.startswith("//", m.start() + 1)), None)
        if at is None:
            return None
        front, back = text[:at], text[at + 1 :]
    front, back = front.strip(), back.strip()
    return (front, back) if front and back else None


def recall_lines(lines: list[str]) -> list[str]:
    """The note with its bullet cards written as one-line cards (see the module's docstring); ``lines`` itself when its
    front matter declares no bullet cards or it holds none. One line out for each line in."""
    declared = recall_mode(lines)
    if declared is None:
        return lines
    marker, both = declared
    end = next(k for k in range(1, len(lines)) if lines[k].strip() in ("---", "..."))
    out = list(lines)
    fence = ""
    changed = False
    n = end + 1
    while n < len(lines):
        line = lines[n]
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else fence or stripped[:3]
            n += 1
            continue
        if fence or not line.startswith(marker + " "):
            n += 1
            continue
        pair = _split(line[2:])
        if pair is None:
            n += 1
            continue
        front, back = pair
        further = n + 1
        pages: list[str] = []
        while further < len(lines) and lines[further].strip() and lines[further][:1] in (" ", "\t"):
            pages.append(_NESTED.sub("", lines[further]).strip())
            out[further] = ""
            further += 1
        out[n] = f"{marker} {front}{':::' if both else '::'}{LINE_BREAK.join([back, *pages])}"
        changed = True
        n = further
    return out if changed else lines
