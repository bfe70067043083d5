"""Collapsible sections whose summary is a heading (trial43 T43-5): a README folds each chapter of its notes,
``<details>`` / ``<summary><h2>Introduction to Networking</h2></summary>`` / the chapter's Markdown / ``</details>``.
The summary's heading is the chapter's title, yet it is HTML inside an HTML block, so the chapter's title was on no
card's section, the whole chapter one card under it, and the empty ``<details>`` of chapters still to write were
glued onto the last card as a row of bold titles.

This line-kept rewrite writes each such ``<details>`` as the heading its summary holds, at that heading's level, and
drops the ``<details>`` / ``</details>`` lines: the chapter reads as if it were written unfolded. An empty one (its
summary and nothing else) is left out whole: a chapter not written yet is no card and no text outside a question.
Only a summary that is one heading element (``<h1>`` … ``<h6>``), alone or split over the ``<summary>`` lines; a
summary of text (a question folded over its answer) is read as before. Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_OPEN = re.compile(r"^\s*<details\b[^>]*>\s*$", re.I)
_CLOSE = re.compile(r"^\s*</details\s*>\s*$", re.I)
# '<summary><h2>Title</h2></summary>' on one line, or its parts over two or three lines
_SUMMARY = re.compile(r"^\s*<summary\b[^>]*>\s*(?P<rest>.*)$", re.I | re.S)
_HEADING = re.compile(r"^\s*<h(?P<n>[1-6])\b[^>]*>(?P<text>.*?)</h(?P=n)\s*>\s*$", re.I | re.S)
_SUMMARY_END = re.compile(r"</summary\s*>\s*$", re.I)
_TAG = re.compile(r"<[^>]+>")
SUMMARY_LINES = 3  # lines a summary may take ('<summary>' / '<h2>…</h2>' / '</summary>')


def details_sections(lines: list[str]) -> list[str]:
    """``lines`` with each ``<details>`` whose summary is a heading written as that heading (see the module);
    ``lines`` itself when there is none."""
    fenced = list(in_fence(lines))
    out = list(lines)
    changed = False
    k = 0
    while k < len(lines):
        if fenced[k] or not _OPEN.match(lines[k]):
            k += 1
            continue
        found = _summary_heading(lines, fenced, k + 1)
        end = _closing(lines, fenced, k + 1) if found is not None else None
        if found is None or end is None:
            k += 1
            continue
        level, title, after = found
        empty = not any(line.strip() for line in lines[after:end])
        for n in range(k, after):
            out[n] = ""
        out[end] = ""
        if not empty:
            out[k] = f"{'#' * level} {title}"
        changed = True
        k += 1  # (a <details> inside this one is read on its own)
    return out if changed else lines


def _summary_heading(lines: list[str], fenced: list[bool], at: int) -> tuple[int, str, int] | None:
    """(level, title, the line after the summary) when the lines from ``at`` (blank lines skipped) are a summary
    holding only a heading element."""
    while at < len(lines) and not lines[at].strip() and not fenced[at]:
        at += 1
    if at >= len(lines) or fenced[at] or (m := _SUMMARY.match(lines[at])) is None:
        return None
    parts = [m.group("rest")]
    end = at
    while not _SUMMARY_END.search(parts[-1]) and end + 1 < min(len(lines), at + SUMMARY_LINES):
        end += 1
        parts.append(lines[end])
    inner = " ".join(parts)
    if not _SUMMARY_END.search(inner):
        return None
    heading = _HEADING.match(_SUMMARY_END.sub("", inner))
    if heading is None:
        return None
    title = " ".join(_TAG.sub("", heading.group("text")).split())
    return (int(heading.group("n")), title, end + 1) if title else None


def _closing(lines: list[str], fenced: list[bool], at: int) -> int | None:
    """The line of the ``</details>`` that closes the one opened before ``at`` (nested ones counted)."""
    depth = 1
    for n in range(at, len(lines)):
        if fenced[n]:
            continue
        if _OPEN.match(lines[n]):
            depth += 1
        elif _CLOSE.match(lines[n]):
            depth -= 1
            if depth == 0:
                return n
    return None
