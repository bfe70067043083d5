"""A coding challenge written as a problem heading over its part sections (trial19 T19-43): interview-prep notebooks and
pages (``## Problem: Implement an algorithm to determine if a string has all unique characters.``, then ``##
Constraints``, ``## Test Cases``, ``## Algorithm 1: Sets and Length Comparison``, ``## Code: Sets and Length
Comparison``, ``## Unit Test``, each a heading of the problem's own level). Read as written, the problem had nothing
under it (no card), its constraints' ``Can we assume …? Yes`` were cards that never said which problem they were about,
and its algorithms and code were text outside any question.

This line-kept rewrite makes the part sections the problem's answer: each part heading (and the headings inside it) one
level deeper, and the problem heading a question (``## Q: Implement an algorithm …``, its label gone), so the problem is
the front and its constraints, test cases, algorithms and code are its back. A
table of contents of in-page links under the problem heading (``* [Constraints](#Constraints)``) is left out, and so
are the unit tests (code that checks a solution, as the notebook reader leaves out nbgrader's tests). A problem whose
code sections hold only the learner's blank (``# TODO: Implement me`` / ``pass``: a challenge to solve, its solution
in another file) has no answer: its parts are left out, and the reader says the problem has no answer at its line.

Only a heading labelled as a problem (``Problem:``, ``Challenge:``, ``Task:``, ``Exercise 3:``, ``Kata:``) followed
right away by at least PARTS_MIN sections of its level named as a template names them; the first other heading of
its level or above ends it.
"""

from __future__ import annotations

import re

from compiler.sources.lines import QUESTION_MARKS, in_fence

PARTS_MIN = 2
_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?P<text>\S.*?)[ \t]*$")
_PROBLEM = re.compile(r"^(?:\*\*|__)?(?i:problem|challenge|task|exercise|kata|puzzle)(?:[ \t]*(?:\d+|[A-Z]))?[ \t]*[:：.–—-](?:\*\*|__)?[ \t]*(?=\S)")
_PART = re.compile(
    # (a part named for one language or style of several: '## C Code', '## C Algorithm', '## Pythonic-Code', trial22 T22-37)
    r"^(?:\*\*|__)?(?:[A-Za-z][\w+#]{0,11}[ \t-])?(?i:(?P<tests>unit[ \t]+tests?|tests?(?![ \t]+cases?))|(?P<code>code|implementation|solution[ \t]+code)|constraints?|assumptions?|"
    r"clarifications?|test[ \t]+cases?|examples?|samples?(?:[ \t]+\w+)?|inputs?|outputs?|hints?|notes?|follow[- ]?ups?|"
    r"algorithms?|approach(?:es)?|solutions?|complexity|analysis|explanation|discussion|pseudo-?code|intuition|ideas?)"
    r"(?![\w-])"
)
# one part alone that is the problem's answer ('### Solution:', '## Answer'; sitting 61 N61-2: a problem named in its
# heading ('### Problem: Second highest salary') over its text, then only its solution, was no card)
_SOLUTION = re.compile(r"^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?(?i:solutions?|answers?)[ \t]*[:：.]?(?:\*\*|__)?[ \t]*$")
# a document that may hold such a problem (read.py's cheap test before the rewrite)
PROBLEM_HEADING = re.compile(r"(?mi)^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?(?:problem|challenge|task|exercise|kata|puzzle)\b")
_TOC = re.compile(r"^\s*[-*+][ \t]+\[[^\]]+\]\(#[^)\s]*\)\s*$")  # '* [Constraints](#Constraints)': an in-page contents list
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def problem_parts(lines: list[str]) -> list[str]:
    """``lines`` with each problem's part sections under it (the list itself when there is none)."""
    fenced = list(in_fence(lines))
    heads = [None if fenced[k] else _HEADING.match(line) for k, line in enumerate(lines)]
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        m = heads[k]
        if m is None or not _PROBLEM.match(m.group("text")):
            k += 1
            continue
        level = len(m.group("marks"))
        parts: list[tuple[int, int, re.Match[str]]] = []  # (heading line, end line, its name's match)
        j = k + 1
        while j < len(lines):
            h = heads[j]
            if h is not None and len(h.group("marks")) <= level:
                named = _PART.match(h.group("text"))
                if len(h.group("marks")) < level or named is None:
                    break
                if parts:
                    parts[-1] = (parts[-1][0], j, parts[-1][2])
                parts.append((j, len(lines), named))
            elif h is not None and not parts:
                break  # (a deeper heading under the problem: its own sections, as written)
            j += 1
        if parts:
            parts[-1] = (parts[-1][0], j, parts[-1][2])  # (the last part ends where the scan stopped)
        if len(parts) < PARTS_MIN and not (len(parts) == 1 and _SOLUTION.match(lines[parts[0][0]])):
            k += 1
            continue
        out = out if out is not None else list(lines)
        task = m.group("text")[_PROBLEM.match(m.group("text")).end() :]  # type: ignore[union-attr]
        out[k] = f"{m.group('marks')} {'' if task.rstrip('*_ ').endswith(QUESTION_MARKS) else 'Q: '}{task}"
        for n in range(k + 1, parts[0][0]):
            if _TOC.match(lines[n]):
                out[n] = ""
        codes = [(a, b) for a, b, named in parts if named.group("code")]
        unsolved = bool(codes) and not any(_solved(lines[a + 1 : b], fenced[a + 1 : b]) for a, b in codes)
        for a, b, named in parts:
            if unsolved or named.group("tests"):
                out[a:b] = [""] * (b - a)
                continue
            for n in range(a, b):
                h = heads[n]
                if h is not None:
                    out[n] = "#" * min(len(h.group("marks")) + 1, 6) + " " + h.group("text")
        k = parts[-1][1]
    return lines if out is None else out


def _solved(lines: list[str], fenced: list[bool]) -> bool:
    """Whether a code section holds code that is no blank to fill in (or, without a fence, any text)."""
    code = [line for line, inside in zip(lines, fenced, strict=True) if inside and not _FENCE.match(line)]
    if any(fenced):
        return any(line.strip() for line in code) and not stub_code("\n".join(code))
    return any(line.strip() for line in lines)


_BLANK_LINE = re.compile(r"^\s*(?:pass|\.\.\.|…|_{3,}|raise\s+NotImplementedError\b.*|#.*|//.*|--.*)\s*$")
_BLANK_WORDS = re.compile(r"(?i)\b(?:your|code|solution|answer|todo|fixme|here|write|implement|complete|fill)\b|_{3,}")
_SKELETON_LINE = re.compile(r"^\s*(?:(?:async\s+)?def\s.*:|class\s.*:|@\w.*|(?:public|private|static|function|fn|func)\b.*[{:]|[{}]|return\s*;?|return\s+None)\s*(?:#.*)?$")


def stub_code(text: str) -> bool:
    """Code that is the learner's blank, not code to study: only comments, ``pass``, ``...`` or ``raise
    NotImplementedError()``, with a comment that says so ('# your code here', '# TODO: write the function') or nothing
    but ``pass``/``...``/``raise NotImplementedError``; or such a body under the ``def``/``class`` lines it is to fill
    in (``class UniqueChars(object):`` / ``def has_unique_chars(self, string):`` / ``# TODO: Implement me`` / ``pass``)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return False
    if all(_BLANK_LINE.match(line) for line in lines):
        comments = [line for line in lines if line.lstrip().startswith(("#", "//", "--"))]
        return not comments or any(_BLANK_WORDS.search(line) for line in comments)
    if not all(_BLANK_LINE.match(line) or _SKELETON_LINE.match(line) for line in lines):
        return False
    comments = [line for line in lines if line.lstrip().startswith(("#", "//", "--"))]
    filled = [line for line in lines if _BLANK_LINE.match(line) and not line.lstrip().startswith(("#", "//", "--"))]
    return bool(filled) and any(_BLANK_WORDS.search(line) for line in comments)
