"""A bulleted outline saved as plain text, read as the Markdown list it is (trial29 T29-43).

Apple Notes, OneNote and Word put a bulleted list on the clipboard as ``•<TAB>What is osmosis?`` over
``<TAB>◦<TAB>Movement of water …``; a student's ``.txt`` writes it ``- What is osmosis?`` over ``    - Movement …``.
Read as text, no layout told the question from the answer: "cannot tell this document's layout", no card (the same
lines in a ``.md`` file gave a card per question). A text whose top-level entries ask, each over entries indented
deeper, is converted to a Markdown list (each entry at its depth), which the Markdown reader reads as it reads such a
list in a ``.md`` file: the asking entry the question, the entries under it the answer. Other lines stay as written.
"""

from __future__ import annotations

import re

from compiler.sources.converted import Converted, markdown_line

# an entry: its indent, a bullet as text editors and word processors write one ('•', '◦', '▪', '-', '*', '–'; 'o'
# before a tab, Word's second level) and its text
_ENTRY = re.compile(r"^(?P<indent>[ \t]*)(?:[•◦▪▫●○■□‣⁃∙·*\-–—+]|o(?=\t))[ \t]+(?P<text>\S.*)$")
_ASKS = ("?", "？", "؟")
OUTLINE_QUESTIONS_MIN = 2  # asking entries, each over deeper ones, that make a text an outline of questions


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


def _entries(lines: list[str]) -> list[tuple[int, int, str]]:
    """``(line index, indent width, text)`` of each entry line."""
    return [
        (k, _width(m.group("indent")), m.group("text").rstrip())
        for k, line in enumerate(lines)
        if (m := _ENTRY.match(line))
    ]


TITLE_WORDS = 10  # words at most in a title line over the outline


def _title(lines: list[str], k: int) -> bool:
    """The text's first line names it: short, no sentence, a blank line under it."""
    text = lines[k].strip()
    return (
        len(text.split()) <= TITLE_WORDS
        and not text.endswith((".", ":", *_ASKS))
        and (k + 1 == len(lines) or not lines[k + 1].strip())
    )


def looks_like_bullet_outline(lines: list[str]) -> bool:
    """Whether the text is an outline of questions: two or more entries at its outermost indent end in a question mark
    and have deeper entries right under them, and they are at least half of its outermost entries."""
    entries = _entries(lines)
    if not entries:
        return False
    top = min(width for _, width, _ in entries)
    outer = [(k, text) for k, width, text in entries if width == top]
    deeper = {k for k, width, _ in entries if width > top}
    asking = 0
    for k, text in outer:
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        asking += text.endswith(_ASKS) and below in deeper
    return asking >= OUTLINE_QUESTIONS_MIN and 2 * asking >= len(outer)


def convert_bullet_outline(lines: list[str], rel: str) -> Converted:
    """The text as Markdown: each entry a list entry at its depth (two spaces a level), every other line as written;
    line n of the result is line n of the file."""
    entries = {k: (width, text) for k, width, text in _entries(lines)}
    widths = sorted({width for width, _ in entries.values()})
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    out = []
    for k, line in enumerate(lines):
        if k in entries:
            width, text = entries[k]
            out.append(f"{'  ' * widths.index(width)}- {markdown_line(text)}")
        elif k == first and _title(lines, k):
            out.append(f"# {markdown_line(line)}")  # 'Biology Chapter 2' over a blank line: the page's title
        else:
            out.append(markdown_line(line) if line.strip() else "")
    return Converted("\n".join(out) + "\n", tuple(range(1, len(lines) + 1)))
