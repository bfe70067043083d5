"""Two question headings stacked over one answer (trial18 T18-3): ``## Какая связь между hashCode() и equals()?``
right over ``## Если equals() переопределен, …?``, then the answer both share, as interview pages write a question
and its rewording (or two questions one answer settles). The first heading had no text under it: "question has no
answer", and its question was lost. This line-kept rewrite writes the pair as one heading asking both
(``## Какая связь …? Если equals() переопределен, …?``) on the first line, the second line left blank.

Only two headings of one level on consecutive lines outside code, the second asking (``?``), the first asking or a
sentence ending with a full stop (``## Сравните интерфейсы Queue и Deque.``), with text under the second before the
next heading of its level or above. Three or more stacked so are a list of questions without answers and stay as
written; so does a heading over a deeper one (a topic over its question), and a heading with an id of its own. A page
that stacks three or more over an answer somewhere leaves questions open so: its pairs stay as written too.
"""

from __future__ import annotations

import re

from compiler.sources.lines import QUESTION_MARKS, in_fence, is_placeholder

_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*$")
SENTENCE_WORDS = 3  # a heading ending in a full stop asks as an instruction when it has this many words or more


def stacked_headings(lines: list[str]) -> list[str]:
    """``lines`` with each pair of stacked question headings written as one (the list itself when there is none)."""
    fenced = list(in_fence(lines))
    heads = [None if fenced[k] else _HEADING.match(line) for k, line in enumerate(lines)]
    if _leaves_open(lines, heads):
        return lines
    out: list[str] | None = None
    for k in range(len(lines) - 1):
        a, b = heads[k], heads[k + 1]
        if a is None or b is None or a.group("marks") != b.group("marks"):
            continue
        level = len(a.group("marks"))
        if _same_level(heads, k - 1, level) or _same_level(heads, k + 2, level):
            continue  # three or more stacked: questions without answers
        first, second = a.group("text").strip(), b.group("text").strip()
        if "{#" in first or "{#" in second or not second.endswith(QUESTION_MARKS) or not _asks(first):
            continue
        if not _answered(lines, heads, k + 2, level):
            continue
        out = out if out is not None else list(lines)
        out[k], out[k + 1] = f"{a.group('marks')} {first} {second}", ""
    return lines if out is None else out


def _leaves_open(lines: list[str], heads: list[re.Match[str] | None]) -> bool:
    """The page stacks three or more question headings of one level over an answer (more than a placeholder)
    somewhere: its author leaves questions open as headings and answers the last of a run, so a stacked pair is an
    open question and an answered one, never one question said twice (trial22 T22-7: 'Explique la importancia de
    estándares ….' was joined to '¿Sabe que es el FOUC? …' and taught FOUC's answer)."""
    k = 0
    while k < len(lines):
        m = heads[k]
        if m is None or not _asks(m.group("text").strip()):
            k += 1
            continue
        level, end = len(m.group("marks")), k
        while end + 1 < len(lines) and (n := heads[end + 1]) is not None and len(n.group("marks")) == level and _asks(n.group("text").strip()):
            end += 1
        if end - k >= 2 and _answered(lines, heads, end + 1, level) and not is_placeholder(_first_text(lines, heads, end + 1)):
            return True
        k = end + 1
    return False


def _first_text(lines: list[str], heads: list[re.Match[str] | None], start: int) -> str:
    """The first non-blank line from ``start`` on that is no heading."""
    return next((lines[k] for k in range(start, len(lines)) if lines[k].strip() and heads[k] is None), "")


def _same_level(heads: list[re.Match[str] | None], k: int, level: int) -> bool:
    return 0 <= k < len(heads) and (m := heads[k]) is not None and len(m.group("marks")) == level


def _asks(text: str) -> bool:
    """A heading that asks: a question, or an instruction written as a sentence ('Compare X and Y.')."""
    return text.endswith(QUESTION_MARKS) or (text.endswith(".") and len(text.split()) >= SENTENCE_WORDS)


def _answered(lines: list[str], heads: list[re.Match[str] | None], start: int, level: int) -> bool:
    """Text under the second heading before the next heading of its level or above."""
    for k in range(start, len(lines)):
        m = heads[k]
        if m is not None and len(m.group("marks")) <= level:
            return False
        if lines[k].strip():
            return True
    return False


# a paragraph's line that opens with a word: no list, quote, table or code, no part's label ('a) ¿Qué …?', 'ii. …')
_PLAIN_START = re.compile(r"^ {0,3}[^\W\d_]{2,}(?![.)])")
_ENDS = (".", "!", ":", ";", ")", "…", "。", "！", "：", *QUESTION_MARKS)


def wrapped_headings(lines: list[str]) -> list[str]:
    """``lines`` with a question heading that its page broke in two ('#### Q9. … Comment diagnostiqueriez-vous ce' /
    blank / 'problème ?', an editor's wrap in a translated quiz) written whole on the heading's line, the line that
    ended it blank: the front was 'problème?' and the question itself a section. Only a heading that ends mid-sentence
    (no end punctuation) over a one-line paragraph that opens in lower case and asks."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    for k, line in enumerate(lines):
        head = None if fenced[k] else _HEADING.match(line)
        if head is None or head.group("text").rstrip(" *_").endswith(_ENDS):
            continue
        j = k + 1 if k + 1 < len(lines) and lines[k + 1].strip() else k + 2
        if j >= len(lines) or fenced[j] or not _PLAIN_START.match(lines[j]) or not lines[j].lstrip()[:1].islower():
            continue
        if not lines[j].rstrip().endswith(QUESTION_MARKS) or (j + 1 < len(lines) and _PLAIN_START.match(lines[j + 1])):
            continue
        out = out or list(lines)
        out[k] = f"{line.rstrip()} {lines[j].strip()}"
        out[j] = ""
    return out or lines
