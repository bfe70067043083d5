"""A plain-text word or fact list in sections whose names lost their heading style (sitting 46, newdocs M12): a page
copied out of OneNote, Word or an e-mail keeps each section's name only as a short line of its own, after a blank
line, over its pairs (``Heart sounds`` / ``• S1 – closure of the mitral and tricuspid valves`` … / ``Murmurs`` /
``• Aortic stenosis – ejection systolic`` …). A first such line is the list's title, but the next ones broke the list:
"cannot tell this document's layout", no card (the same page with ``#`` before each name is a card per pair, in its
section).

This line-kept rewrite writes each such name as a Markdown heading (``# Heart sounds``), which the pair reading takes
for the section of the pairs under it, when two names at least stand so and every other line with text is a pair on
the page's one separator; the page's first line set apart over them is its title (``# Cardiology – Lecture 3``, the
names then ``##``), whatever separator it holds. A OneNote page's date and time line right under the first name (``Monday, 2 December 2026
10:14``) is blanked: it is when the page was made, no pair.
"""

from __future__ import annotations

import re

from compiler.sources.lines import PAIR_SEPARATORS, next_nonblank, pair_separator, pair_text, split_pair

_NUMBERED = re.compile(r"^\s*\(?\d{1,3}[.)]\s")
SECTION_WORDS = 6  # words at most of a section's name
SECTIONS_MIN = 2  # names set apart over pairs that make a sectioned list
_NOT_NAME_END = (".", ",", ";", ":", "!", "?", "？", "。", "…", "-", "–", "—", "=", "(")
# a page's date and time as OneNote writes them under its title ('Monday, 2 December 2026    10:14', 'Monday, December
# 2, 2026 10:14 AM'), or either alone on its line
_STAMP = re.compile(
    r"^\s*(?:(?:[^\W\d_]+,?\s+)?(?:\d{1,2}\.?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2},?)\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?"
    r"(?:\s+|^\s*)?(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$"
)


def stamp_line(line: str) -> bool:
    """A line that is only a date and time, as OneNote writes one under a page's title."""
    return bool(_STAMP.match(line)) and bool(re.search(r"\d", line))


def _name(lines: list[str], k: int) -> bool:
    """A short line after a blank line (or the page's start), over a pair, that splits into no pair and ends no
    sentence."""
    text = lines[k].strip()
    above = k == 0 or not lines[k - 1].strip()
    if not text or not above:
        return False  # (before looking below: a look below every line was quadratic in a file of blank lines)
    nxt = next_nonblank(lines, k) or ""  # (right under it, or after a blank line)
    below = bool(nxt) and split_pair(pair_text(nxt), PAIR_SEPARATORS) is not None
    return (
        below and len(text.split()) <= SECTION_WORDS and not text.endswith(_NOT_NAME_END)
        and not text.startswith(("#", "-", "*", "•", "|", ">")) and split_pair(pair_text(text), PAIR_SEPARATORS) is None
    )  # fmt: skip


def pair_sections(lines: list[str]) -> list[str]:
    """``lines`` with each section name over a plain-text pair list written ``# name`` (the first one's date line
    blanked), or ``lines`` itself when the page is no such list."""
    out = list(lines)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    stamp = next((k for k in range(first + 1, min(first + 3, len(lines))) if lines[k].strip()), None)
    if stamp is not None and stamp_line(lines[stamp]):
        out[stamp] = ""
    names = [k for k in range(len(out)) if _name(out, k)]
    if len(names) < SECTIONS_MIN or any(_NUMBERED.match(line) for line in out):
        return lines  # (numbered lines: a page's tasks and their key, 'Practice' / '1) Solve 2x + 3 = 11.' / 'Answers')
    # (the page's own title over them, 'Cardiology – Lecture 3', set apart too: the title, whatever it holds)
    title = first if first not in names and _titled(out, first) else None
    found = pair_separator([line for k, line in enumerate(out) if k not in names and k != title])
    if found is None:
        return lines
    if title is not None:
        out[title] = f"# {out[title].strip()}"
    for k in names:
        out[k] = f"## {out[k].strip()}" if title is not None else f"# {out[k].strip()}"
    return out


TITLE_WORDS = 10  # words at most of the page's title over its named sections


def _titled(lines: list[str], k: int) -> bool:
    """The page's first line is its title: short, no sentence or question, a blank line under it."""
    text = lines[k].strip()
    below = k + 1 < len(lines) and not lines[k + 1].strip()
    return below and len(text.split()) <= TITLE_WORDS and not text.endswith((".", "?", "？", ":", "!"))
