"""Numbered questions marked with an asterisk, as official lists print them (trial33 T33-15: the USCIS civics test
marks the questions of its short list ``*``, and its PDF's text wraps some in emphasis)::

    5. What do we call the first ten amendments to the Constitution?
    ▪ the Bill of Rights

    *6. What is one right or freedom from the First Amendment?*
    ▪ speech

    13. Name one branch or part of the government.*
    …
    * If you are 65 years old or older …, you may study just the questions that have been marked with an asterisk.

Question 6 opened no item (its line starts with ``*``) and was taught as question 5's answer; ``.*`` stayed on a
front; the footnote was the last card's answer. This line-kept rewrite writes a numbered line wrapped in emphasis
(``*6. …*``, ``_6. …_``, ``**6. …**``, a marker inside or after the wrap) as a plain one when its number falls
between its neighbours' (the sequence says it is one of them), takes off a marker of asterisks that closes no
emphasis at the end of a numbered line, and blanks the footnote that explains the marker (a last paragraph opening
with it) once a marker was taken off.
"""

from __future__ import annotations

import bisect
import re

from compiler.sources.lines import in_fence

_PLAIN = re.compile(r"^[ \t]{0,3}(\d{1,4})[.)][ \t]+\S")
# a numbered line wrapped in emphasis: '*6. …?*', '_12. …?*_', '**3. …?***'
_WRAPPED = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<e>\*\*|\*|__|_)(?P<n>\d{1,4})(?P<p>[.)])[ \t]+(?P<text>[^*_\s].*)$")
_MARKED_END = re.compile(r"(?<=[.?？!。)\]])\*{1,3}[ \t]*$")  # 'government.*', 'now?*': a marker, no emphasis closed
_FOOTNOTE = re.compile(r"^[ \t]{0,3}\\?\*{1,3}[ \t]+\S")  # '* If you are 65 …', '\* Fragen mit Sternchen …'
WRAPPED_NEIGHBOURS_MIN = 2  # plain numbered lines a file needs before a wrapped one is read as theirs
FOOTNOTE_WORDS_MIN = 6  # a footnote is a sentence; '* speech' is an answer


def starred_items(lines: list[str]) -> list[str]:
    """``lines`` with starred and emphasised numbered lines written plain and their footnote blanked (the module
    docstring), or ``lines`` itself when none is."""
    fenced = list(in_fence(lines))
    plain = [(k, int(m.group(1))) for k, line in enumerate(lines) if not fenced[k] and (m := _PLAIN.match(line))]
    if len(plain) < WRAPPED_NEIGHBOURS_MIN:
        return lines
    at = [k for k, _ in plain]
    out = list(lines)
    marked = False  # a star taken off: its footnote, if any, explains nothing now
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        w = _WRAPPED.match(line)
        if w is not None:
            text = w.group("text").rstrip()
            bare = text.rstrip("*_").rstrip()
            n = int(w.group("n"))
            i = bisect.bisect_left(at, k)
            if bare and "*" not in bare and (i == 0 or plain[i - 1][1] < n) and (i == len(plain) or n < plain[i][1]):
                out[k] = f"{w.group('indent')}{n}{w.group('p')} {bare}"
                # ('*6. …*' is how a starred line's text comes out of a PDF; '**3. …?***' bold and starred)
                marked = marked or w.group("e") == "*" or text[len(bare) :].count("*") > w.group("e").count("*")
            continue
        m = _MARKED_END.search(line) if _PLAIN.match(line) else None
        if m is not None and line.count("*") == len(m.group(0).strip()):
            out[k] = line[: m.start()]
            marked = True
    if marked:
        _footnote_blanked(out)
    return out if out != lines else lines


def _footnote_blanked(lines: list[str]) -> None:
    """Blank the last paragraph when it opens with the asterisk it explains (in place): a sentence of its own, after
    an answer (a paragraph right under a question is its answer)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if not filled:
        return
    start = filled[-1]
    while start > 0 and lines[start - 1].strip():
        start -= 1
    above = next((lines[k] for k in range(start - 1, -1, -1) if lines[k].strip()), "")
    words = " ".join(lines[start : filled[-1] + 1]).split()
    if _FOOTNOTE.match(lines[start]) and above and not _PLAIN.match(above) and len(words) >= FOOTNOTE_WORDS_MIN:
        for k in range(start, filled[-1] + 1):
            lines[k] = ""
