"""A second solution toggle right after a task's first (sitting 25, known): a task page gives its solution in a
``<details><summary>Решение</summary>`` toggle and another way in a second one right under it
(``<details><summary>Решение 2</summary>``, ``Solution 2``, ``Alternative solution``). The first toggle was the
card's back and the second "text outside any question": the other solution was lost.

This line-kept rewrite joins such toggles into one: the first's ``</details>`` line and the second's opening go, and
the second's summary stays as a bold label between the two solutions (``**Решение 2**``), so the back shows both.
Only when both summaries name the answer (an answer, a solution, an explanation in the words deckc knows) and only
blank lines stand between the toggles; a hint toggle, or a toggle whose summary asks, stays its own. Code fences are
left alone.
"""

from __future__ import annotations

import html
import re

from compiler.sources.hints import HINTED
from compiler.sources.lines import in_fence
from compiler.sources.markdown_blocks import answer_label

_CLOSE = re.compile(r"^\s*</details\s*>\s*$", re.I)
# '<details><summary>Решение 2</summary>' (what follows on the line kept), or '<details>' alone over '<summary>…'
_OPEN = re.compile(
    r"^(?P<indent>\s*)<details\b[^>]*>\s*(?:<summary\b[^>]*>(?P<summary>.*?)</summary>\s*(?P<rest>.*))?$",
    re.I,
)
_SUMMARY = re.compile(r"^(?P<indent>\s*)<summary\b[^>]*>(?P<summary>.*?)</summary>\s*(?P<rest>.*)$", re.I)
_TAG = re.compile(r"<[^>]+>")
_EXPLAINS = re.compile(
    r"(?i)^\W*(?:explanation|erklärung|explicación|explication|пояснение|объяснение|解説|解析|解释|해설)\b"
)


def _title(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", text)).replace("**", "").split())


def _answering(title: str) -> bool:
    return (
        bool(title)
        and not title.rstrip().endswith(("?", "？"))
        and (answer_label(title) or bool(_EXPLAINS.match(title)))
    )


def _opening(lines: list[str], k: int) -> tuple[str, int, str] | None:
    """``(summary, the summary's line, what follows it on its line)`` of a toggle opening at ``k``, or None."""
    m = _OPEN.match(lines[k])
    if m is None:
        return None
    if m.group("summary") is not None:
        return _title(m.group("summary")), k, m.group("rest")
    s = _SUMMARY.match(lines[k + 1]) if k + 1 < len(lines) else None
    return (_title(s.group("summary")), k + 1, s.group("rest")) if s is not None else None


def joined_toggles(lines: list[str]) -> list[str]:
    """``lines`` with each answer toggle right after another one joined into it, line for line; the same list when
    there is none."""
    if not any(_CLOSE.match(line) for line in lines):
        return lines
    fenced = list(in_fence(lines))
    out = list(lines)
    opened: list[str] = []  # the summaries of the toggles open at this line
    changed = False
    k = 0
    while k < len(lines):
        if fenced[k]:
            k += 1
            continue
        found = _opening(lines, k)
        if found is not None:
            if not re.search(
                r"</details\s*>", found[2], re.I
            ):  # (opened and closed on one line: nothing stays open)
                opened.append(found[0])
            k += 1
            continue
        if not _CLOSE.match(lines[k]):
            k += 1
            continue
        first = opened.pop() if opened else ""
        nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        second = _opening(lines, nxt) if nxt is not None and not fenced[nxt] else None
        if second is None or not _answering(first) or not _answering(second[0]):
            k += 1
            continue
        title, at, rest = second
        out[k] = ""
        if at != nxt:
            out[nxt] = ""  # ('<details>' alone over its '<summary>' line)
        out[at] = f"**{title}**" + (f" {rest}" if rest.strip() else "")
        opened.append(first)  # (the joined toggle is still open: its '</details>' closes both)
        changed = True
        k = at + 1
    return out if changed else lines


# the marks a question ends with in the scripts deckc reads: Latin's, the full-width one, Arabic's and Persian's, Greek's
# ';' is a question mark too but a code line's end as well, so not here
_ASKS = ("?", "？", "؟", "՞", "፧", "꘏", "⸮")


def asked_toggles(lines: list[str]) -> list[str]:
    """``lines`` with each toggle whose summary asks, followed by an answer's toggle (blank lines between), opened into a
    bold question over its own body, line for line; the same list when there is none.

    An exercise page hides its exercise and its answer alike (``<details><summary>What does this print?</summary>`` over
    the code it asks about, ``</details>``, then ``<details><summary>Answer</summary>`` over the answer): the first
    toggle was read as the answer of its own summary (the back the code it asks about) and the real answer as "text
    outside any question" (trial37 T37-1). Opened, the question reads ``**What does this print?**`` over its code and
    the answer toggle after it is its answer, as under any question."""
    if not any(_CLOSE.match(line) for line in lines):
        return lines
    fenced = list(in_fence(lines))
    out = list(lines)
    opened: list[tuple[str, int, int]] = []  # the toggles open at this line: (summary, '<details>' line, summary line)
    changed = False
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        found = _opening(lines, k)
        if found is not None:
            if not re.search(r"</details\s*>", found[2], re.I):  # (opened and closed on one line: nothing stays open)
                opened.append((found[0], k, found[1]))
            continue
        if not _CLOSE.match(line) or not opened:
            continue
        summary, start, at = opened.pop()
        if opened or not summary.rstrip().endswith(_ASKS) or _answering(summary) or HINTED.search(summary):
            continue  # (a toggle inside another is the outer one's; a summary that does not ask is a title; 'Need a hint?')
        nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        second = _opening(lines, nxt) if nxt is not None and not fenced[nxt] else None
        if second is None or second[0].rstrip().endswith(_ASKS) or not answer_label(second[0]):
            continue  # (an 'Explanation' toggle after one that asks explains the answer the first one holds)
        rest = _OPEN.match(lines[start]) if at == start else _SUMMARY.match(lines[at])
        after = rest.group("rest").strip() if rest is not None and rest.group("rest") else ""
        if at != start:
            out[start] = ""  # ('<details>' alone over its '<summary>' line)
        out[at] = f"**{summary}**" + (f" {after}" if after else "")
        out[k] = ""
        changed = True
    return out if changed else lines


# a list entry's first line: its marker and the column its text starts at ('1. ', '10) ', '   - ')
_ENTRY = re.compile(r"^(?P<lead> {0,12}(?:\d{1,9}[.)]|[-*+]) {1,4})(?=\S)")
_ENTRY_SPAN = 8  # lines an entry's text may take over its toggle
_TAGS = re.compile(r"<(/)?details\b", re.I)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")


def _entry_over(lines: list[str], k: int) -> int | None:
    """The column the text of the list entry right over line ``k`` starts at (blank lines between allowed), or None:
    no entry's text is over it (a paragraph, a heading, the end of another toggle)."""
    j = k - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    for _ in range(_ENTRY_SPAN):
        if j < 0 or not lines[j].strip() or _HEADING.match(lines[j]) or "details" in lines[j].lower():
            return None
        m = _ENTRY.match(lines[j])
        if m is not None:
            return len(m.group("lead"))
        j -= 1
    return None


def _closes(lines: list[str], fenced: list[bool]) -> dict[int, int]:
    """The line closing each toggle, by the line it opens at (nested toggles matched in turn); a toggle that runs
    into a heading or the end has none. One pass, so a page of unclosed toggles stays linear."""
    closes: dict[int, int] = {}
    stack: list[int] = []
    for j, line in enumerate(lines):
        if fenced[j]:
            continue
        if _HEADING.match(line):
            stack.clear()
            continue
        for tag in _TAGS.finditer(line):
            if tag.group(1) is None:
                stack.append(j)
            elif stack:
                closes[stack.pop()] = j
    return closes


def entry_toggles(lines: list[str]) -> list[str]:
    """``lines`` with each answer toggle at the margin under a list entry indented under that entry, line for line,
    when another entry on the page holds its toggle indented; the same list when there is none.

    Why (trial35 T35-8): authors mix ``1. …?`` / ``   <details>`` (indented under the entry) and ``2. …?`` /
    ``<details>`` (at the margin) on one page and GitHub renders both alike, but in Markdown the margin's toggle ends
    the list, so the entries above it, toggles and all, read as that toggle's one question. Indented, every toggle
    is its entry's answer, as on a page that indents them all. A toggle whose summary asks (a follow-up about the
    entry) and a page that sets every toggle at the margin are left as they are."""
    fenced = list(in_fence(lines))
    margin: list[tuple[int, int, int]] = []  # (opening, closing, the entry's text column) of each toggle to indent
    closes = _closes(lines, fenced)
    indented = False
    for k, line in enumerate(lines):
        found = None if fenced[k] or "<details" not in line.lower() else _opening(lines, k)
        if found is None or found[0].rstrip().endswith(("?", "？")):
            continue
        column = _entry_over(lines, k)
        if column is None:
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent >= column:
            indented = True
        elif k in closes:
            margin.append((k, closes[k], column - indent))
    if not indented or not margin:
        return lines
    out = list(lines)
    for start, close, shift in margin:
        for j in range(start, close + 1):
            if out[j].strip():
                out[j] = " " * shift + out[j]
    return out


_OPEN_TAG = re.compile(r"^\s*<details\b", re.I)
_TAG_LINE = re.compile(r"^\s*(?:</?[A-Za-z][\w-]*[^>]*>\s*)+$")  # '<p>', '</p>', '<br/>': no text of the toggle's
_HEADING_TEXT = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")


def toggle_headings(lines: list[str]) -> list[str]:
    """``lines`` with each heading that names the answer inside an answer toggle, under text of the toggle's own,
    written as a bold label (``#### Solution`` → ``**Solution**``), line for line; the same list when there is none.

    Why (trial56 T56-2): an R course hides each exercise's answer as ``<details><summary>Click for Solution</summary>`` /
    ``> This function multiplies the ppm value by 1000 …`` / ``#### Solution`` / the code / ``</details>``. The browser
    shows the heading inside the toggle, but in Markdown a heading starts a new part: everything above it, the task
    and the toggle's own explanation, read as its question, the explanation first on the front (44 cards). Under the
    toggle's text, a heading that names the answer (``Solution``, ``Answer``, ``Explanation``) in a toggle that names
    it too only labels the rest. A heading that opens the toggle (``<p>`` / ``##### Answer: 2``: read as the answer it
    labels), one that names something else (an answer key's ``### Question 2`` in its ``Show the answers`` toggle), one
    in a toggle that does not name the answer, are left alone; so is a toggle no ``</details>`` closes."""
    if not any(_CLOSE.match(line) for line in lines):
        return lines
    fenced = list(in_fence(lines))
    out = list(lines)
    changed = False
    opened: list[list[bool]] = []  # for each toggle open at this line: [names the answer, holds text above this line]
    for k, line in enumerate(lines):
        if fenced[k]:
            if opened:
                opened[-1][1] = True
            continue
        found = _opening(lines, k) if "<details" in line.lower() else None
        if found is not None:
            if not re.search(r"</details\s*>", found[2], re.I):
                opened.append([_answering(found[0]), bool(found[2].strip())])
            continue
        if _OPEN_TAG.match(line) and not re.search(r"</details\s*>", line, re.I):
            opened.append([False, False])  # ('<details>' with no summary: a box that names nothing)
            continue
        if _CLOSE.match(line):
            if opened:
                opened.pop()
            continue
        if not opened or not line.strip() or _TAG_LINE.match(line) or _SUMMARY.match(line):
            continue
        m = _HEADING_TEXT.match(line)
        answering, texted = opened[-1]
        opened[-1][1] = True
        if m is None or not answering or not texted or not _answering(_title(m.group("text"))):
            continue  # (only a heading that names the answer: an answer key's '### Question 2' in its toggle stays one)
        if not _closed_after(lines, fenced, k):
            opened.clear()  # (a toggle left open: the heading is the page's own, as before)
            continue
        out[k] = f"**{m.group('text').strip()}**"
        changed = True
    return out if changed else lines


def _closed_after(lines: list[str], fenced: list[bool], k: int) -> bool:
    """Whether a ``</details>`` closes the toggle open at line ``k`` (no toggle opens before it)."""
    for j in range(k + 1, len(lines)):
        if fenced[j]:
            continue
        if _CLOSE.match(lines[j]):
            return True
        if "<details" in lines[j].lower():
            return False
    return False
