"""Code fences left open by mistake (trial15 T15-50): one missing closing ``` line in a notes file::

    ### Question 2: Testcontainers
    **Answer:** …

    ```bash
    docker run -d postgres:16

    ### Question 3: Transactions
    …

In Markdown a fence runs to the next closing fence line (or to the end of the file), so every question after the slip
was code on question 2's back: lost without a word. A fence is taken as left open when its code holds, after a blank
line (or a rule), a heading of the level its own section's heading has or above (``### Question 3`` under
``### Question 2``) and something says the author thought the code was over: an opening fence line
(```` ```typescript ````) after that heading inside it; or, when the fence runs to the end of the file or the heading
reads like its section's (the same first word), a line of prose under the heading (bold text, a question in words),
not code (a ``## comment`` in Python reads as a heading too). Such a fence is closed on the blank line after its last
line of code (line for line: the file's line numbers stand), and a warning names the fence and says where to close
it. Fences of Markdown examples (```` ```markdown ````) hold headings by design and are left alone.

An HTML comment opened on a line of its own and never closed (``<!-- TODO: add more about congestion control``, no
``-->`` after it: trial16 T16-18) hides the rest of the file the same way; it is read as ending with its paragraph,
and the warning says where to close it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compiler.sources.lines import closes_fence, front_matter_end, in_fence, opens_fence

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(\S.*?)[ \t#]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
# a line of a question's text, not of code: bold text, or a question of words ('O que a transação `FOR UPDATE` faz?')
_BOLD_SPAN = re.compile(r"\*\*\S[^*]*\S\*\*")
_ASKS_AT_END = re.compile(r"[?？][ \t]*\n?\Z")
_WORD_RUN = re.compile(r"\w+")
_CODE_MARK = re.compile(r"[=;{}<>]")


def _prose(line: str) -> bool:
    """A line of prose: bold text, or a question of three words or more, each followed by more than a word (no
    heading, nothing of code before its first word: ``=``, ``;``, braces, angle brackets).

    Counted, not matched by one pattern: ``[^=;{}<>]*(?:\\w+\\W+){3,}[^=;{}<>]*[?？]`` said the same and took
    seconds on a long line of Hindi or Thai, whose vowel signs split its words many ways (trial26 T26-8)."""
    if _BOLD_SPAN.search(line):
        return True
    end = _ASKS_AT_END.search(line)
    if end is None or line.lstrip(" \t").startswith("#"):
        return False
    body = line[: end.start()]
    words = list(_WORD_RUN.finditer(body))
    followed = len(words) - (1 if words and words[-1].end() == len(body) else 0)
    return followed >= 3 and not _CODE_MARK.search(body, 0, words[0].start())
_MARKDOWN_INFO = {"markdown", "md", "mdx", "gfm", "commonmark", "rmd", "qmd", "myst"}


@dataclass(frozen=True)
class OpenFence:
    """One fence read as closed earlier than Markdown would close it (lines 1-based)."""

    opened: int  # the fence's opening line
    fence: str  # its opening line as written ('```bash')
    heading: int  # the first heading it ran over
    title: str  # that heading's line
    ran_to: int | None  # where Markdown closed it (None: the end of the file)
    headings: int  # how many headings it ran over
    closed: int | None  # the blank line read as its closing fence (None: no blank line to close it on)


def _closes(line: str, fence: str) -> bool:
    return closes_fence(line, fence)


def _first_word(title: str) -> str:
    words = re.findall(r"\w+", title.lower())
    return words[0] if words else ""


def close_open_fences(lines: list[str]) -> tuple[list[str], list[OpenFence]]:
    """``lines`` with each fence left open by mistake closed on a blank line, and what was closed (line for line)."""
    out = list(lines)
    found: list[OpenFence] = []
    top = front_matter_end(out)
    section: tuple[int, str] | None = None  # the level and title of the heading the walk is under
    k = 0 if top is None else top + 1
    while k < len(out):
        line = out[k]
        fence = opens_fence(line)  # (in columns, as in_fence reads it: T57-8)
        if fence is None:
            h = _HEADING.match(line)
            if h:
                section = (len(h.group(1)), h.group(2))
            k += 1
            continue
        end = next((j for j in range(k + 1, len(out)) if _closes(out[j], fence)), None)
        last = len(out) if end is None else end  # the first line after the code
        info = line.strip()[len(fence) :].strip().split(" ")[0].strip("{}.").lower()
        slip = (
            None
            if section is None or info in _MARKDOWN_INFO
            else _slip(out, k, last, end is None, fence, section)
        )
        if slip is None:
            k = last + 1
            continue
        heading, count = slip
        blank = _closing_line(out, k, heading)
        found.append(
            OpenFence(
                k + 1,
                line.strip(),
                heading + 1,
                out[heading].strip(),
                None if end is None else end + 1,
                count,
                None if blank is None else blank + 1,
            )
        )
        if blank is None:
            k = last + 1  # (warned; nothing to close it on without moving the lines after it)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out[blank] = indent + fence[0] * len(fence)
        k = blank + 1
    return out, found


def _slip(
    lines: list[str], opened: int, last: int, to_end: bool, fence: str, section: tuple[int, str]
) -> tuple[int, int] | None:
    """The first heading a fence opened at ``opened`` runs over by mistake and how many it runs over, or None."""
    level, title = section
    inside = [
        j
        for j in range(opened + 2, last)
        if (h := _HEADING.match(lines[j]))
        and 2 <= len(h.group(1)) <= level
        and (not lines[j - 1].strip() or _RULE.match(lines[j - 1]))
    ]
    if not inside:
        return None
    first = inside[0]
    reopened = any(
        (m := opens_fence(lines[j]))
        and m[0] == fence[0]
        and lines[j].strip()[len(m) :].strip()
        for j in range(first + 1, last)
    )
    h = _HEADING.match(lines[first])
    alike = h is not None and len(h.group(1)) == level and _first_word(h.group(2)) == _first_word(title) != ""
    prose = any(_prose(lines[j]) for j in range(first + 1, min(last, first + 12)))
    return (first, len(inside)) if reopened or ((to_end or alike) and prose) else None


def _closing_line(lines: list[str], opened: int, heading: int) -> int | None:
    """The blank line after the fence's last line of code before ``heading``, or None when there is none."""
    j = heading - 1
    while j > opened and (not lines[j].strip() or _RULE.match(lines[j])):
        j -= 1
    return next((b for b in range(j + 1, heading) if not lines[b].strip()), None)


@dataclass(frozen=True)
class OpenComment:
    """An HTML comment read as ending with its paragraph, not at the end of the file (lines 1-based)."""

    opened: int  # the line that opens it
    closed: int  # the line it is read as ending on
    hidden: int  # the non-blank lines after that it would have hidden
    headings: int  # how many of them are headings


_COMMENT_OPEN = re.compile(r"^ {0,3}<!--")
_ANY_FENCE = re.compile(r"^\s*(?:`{3,}|~{3,})")  # (inside a comment: a list entry's fence is indented more)


def close_open_comment(lines: list[str]) -> tuple[list[str], OpenComment | None]:
    """``lines`` with an HTML comment that is never closed ended with its paragraph, and what was closed."""
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not _COMMENT_OPEN.match(lines[k]):
            k += 1
            continue
        after = lines[k][lines[k].index("<!--") + 4 :]
        if "-->" in after:
            k += 1
            continue
        end = next((j for j in range(k + 1, len(lines)) if "-->" in lines[j]), None)
        if end is not None:
            k = end + 1
            continue
        last = next((j - 1 for j in range(k + 1, len(lines)) if not lines[j].strip()), len(lines) - 1)
        rest = [line for line in lines[last + 1 :] if line.strip()]
        if not rest:
            return lines, None  # (a comment at the end of the file hides nothing)
        out = list(lines)
        out[last] = out[last].rstrip() + " -->"
        headings = sum(1 for line in rest if _HEADING.match(line))
        return out, OpenComment(k + 1, last + 1, len(rest), headings)
    return lines, None


def fenced_comments(lines: list[str]) -> list[str]:
    """``lines`` with each HTML comment of several lines that holds a code fence's line blanked (the list itself when
    there is none): a question commented out of a test (``<!-- 1. ¿Qué hace este código?`` / ```` ```python ```` / … /
    ``… -->``, its fence never closed inside the comment, trial17 T17-8) opened a fence to the end of the file in
    every line reader, and the questions after it were lost. Markdown ends the comment at ``-->`` whatever it holds;
    so do the line readers now (line for line: text after ``-->`` stays)."""
    out: list[str] | None = None
    fence = ""
    k = 0
    while k < len(lines):
        if fence:
            fence = "" if closes_fence(lines[k], fence) else fence
            k += 1
            continue
        if (mark := opens_fence(lines[k])) is not None:
            fence = mark
            k += 1
            continue
        if not _COMMENT_OPEN.match(lines[k]) or "-->" in lines[k][lines[k].index("<!--") + 4 :]:
            k += 1
            continue
        end = next((j for j in range(k + 1, len(lines)) if "-->" in lines[j]), None)
        if end is None:
            break
        if any(_ANY_FENCE.match(lines[j]) for j in range(k + 1, end + 1)):
            out = out if out is not None else list(lines)
            for j in range(k, end):
                out[j] = ""
            out[end] = lines[end][lines[end].index("-->") + 3 :]
        k = end + 1
    return lines if out is None else out
