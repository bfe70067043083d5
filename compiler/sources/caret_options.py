"""Options marked right with a leading caret (trial17 T17-7): Quiz-Whiz's Markdown, a quiz tool that exports to
Blackboard and Moodle, writes a question as a heading over a list of options, the right ones ``- ^Galactose``. The
caret was read as an Obsidian block id, so the right options vanished and the card taught the distractors. This
line-kept rewrite writes such a list as task boxes (``- [x] Galactose`` / ``- [ ] Melanin``), which the readers key.

A list is rewritten only when it looks like options: 2 to 8 entries of one level right under a heading or a
paragraph that asks (a '?' or ':', or more than three words: '# Choose all of the examples …'), some but not all opening with ``^`` and a word, none of those holding a regular expression's signs
(``- ^abc$`` is a pattern, the option of a regex quiz, never a mark; so is ``- ^ab`` among ``- ab$``).
"""

from __future__ import annotations

import re

from compiler.sources.lines import CLOSERS, QUESTION_MARKS, in_fence

_ENTRY = re.compile(r"^(?P<marker>[-*+]|\d{1,2}[.)])[ \t]+(?P<text>\S.*?)\s*$")
_CARET = re.compile(r"^\^(?P<text>[^\W_].*)$")
_PATTERN_SIGNS = re.compile(r"[$\\\[\](){}|*+?]|\.\*")
# an entry of a regex quiz ('ab$', '^ab.*$'): the list holds patterns
_REGEX = re.compile(r"[$\\]|\.\*|\[[^\]]*\]")
MIN_OPTIONS, MAX_OPTIONS = 2, 8
PROMPT_WORDS = 3  # words of a heading or paragraph over options that asks without '?' ('# Choose all of the …'); 'Notes' is none


def caret_options(lines: list[str]) -> list[str]:
    """``lines`` with each caret-marked option list written as task boxes (the list itself when there is none)."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        if fenced[k] or not _ENTRY.match(lines[k]) or (k and _ENTRY.match(lines[k - 1])):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _ENTRY.match(lines[end]):
            end += 1
        entries = [_ENTRY.match(lines[n]) for n in range(k, end)]
        marked = [_marked(m.group("text")) for m in entries if m]
        above = next((lines[n] for n in range(k - 1, -1, -1) if lines[n].strip()), "")
        asks = (
            above.strip().lstrip("#").strip(" *_").rstrip(CLOSERS).endswith((*QUESTION_MARKS, ":", "："))
            or len(above.split()) > PROMPT_WORDS
        )
        patterns = any(m is not None and _REGEX.search(m.group("text")) for m in entries)
        if (
            MIN_OPTIONS <= len(marked) <= MAX_OPTIONS
            and 0 < sum(marked) < len(marked)
            and above
            and asks
            and not _ENTRY.match(above)
            and not patterns
        ):
            out = out if out is not None else list(lines)
            for n, m, right in zip(range(k, end), entries, marked, strict=True):
                assert m is not None
                text = m.group("text")[1:] if right else m.group("text")
                out[n] = f"- [{'x' if right else ' '}] {text}"
        k = end
    return lines if out is None else out


def _marked(text: str) -> bool:
    m = _CARET.match(text)
    return m is not None and not _PATTERN_SIGNS.search(m.group("text"))
