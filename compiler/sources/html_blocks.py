"""Raw HTML tables and definition lists in a Markdown page, written as the Markdown the page means (trial16 T16-49).

GitHub READMEs write a table in HTML whenever a cell needs a list, a line break or code, and pandoc's or Word's
Markdown holds an HTML ``<table>`` for any table with multi-line cells; glossaries come as ``<dl>`` / ``<dt>`` /
``<dd>``.  The Markdown reading knows a pipe table of questions and answers (a card a row) and a ``Term`` /
``: definition`` list (a card a term), but a raw HTML block is one paragraph of text to it: the whole table was one
card under the page's heading.  This rewrite turns each such block (starting a line, outside code fences, closed on
a later line or its own) into what :mod:`compiler.sources.html` makes of a saved page's table or list, so both are
read the same way as their Markdown forms.

A table of one row (a '⚠️' banner over a README) or of one column (an image over its caption) lays the page out and
is left as written.  A cell holding a list, code or line breaks is its HTML on one line (html.py), which a Markdown
table cell holds.

Line-kept: the Markdown takes the block's own lines, each run of it at the line its HTML was on where it fits (or
just after: two runs need a blank line between them), and the lines left over are blank, so messages name the
page's lines.  A block written on fewer lines than its Markdown needs (a whole table on one line) takes the lines it
needs, and the page's later lines are said a few lines off.
"""

from __future__ import annotations

import re

from compiler.diagnostics import ContentError
from compiler.sources.base import Document
from compiler.sources.lines import in_fence

_OPEN = re.compile(r"^ {0,3}<(?P<tag>table|dl)\b[^>]*>", re.I)


def _end(lines: list[str], start: int, tag: str) -> int | None:
    """The line closing the block that opens at ``start`` (nested blocks of the same tag counted), or None."""
    opens, closes = re.compile(rf"<{tag}\b", re.I), re.compile(rf"</{tag}\s*>", re.I)
    depth = 0
    for k in range(start, len(lines)):
        depth += len(opens.findall(lines[k])) - len(closes.findall(lines[k]))
        if depth <= 0:
            tail = re.split(rf"</{tag}\s*>", lines[k], flags=re.I)[-1]
            return (
                k if not tail.strip() else None
            )  # (text after the closing tag: a paragraph of its own making)
    return None


def _data_table(html: str) -> bool:
    """Whether an HTML table holds data, two rows or more of two cells or more: a one-row banner ('⚠️' | 'the answers
    are the community's') or a one-column figure (an image over its caption) lays out the page, and is no table of
    cards (the Markdown reading shows it as written)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    return (
        sum(len(row.find_all(("td", "th"), recursive=False)) >= _COLUMNS for row in soup.find_all("tr"))
        >= _ROWS
    )


_COLUMNS = 2
_ROWS = 2


def _placed(
    made: list[str], origin: tuple[int, ...], room: int, blank_first: bool, blank_last: bool
) -> list[str]:
    """``made`` (the Markdown of a block) in ``room`` lines: each run of non-blank lines at the line its HTML started
    on where the rest still fits, one blank line between runs, and blank lines where the page needs them apart."""
    runs: list[tuple[int, list[str]]] = []
    for k, line in enumerate(made):
        if not line.strip():
            continue
        if runs and made[k - 1].strip():
            runs[-1][1].append(line)
        else:
            runs.append((origin[k] - 1, [line]))
    need = sum(len(r) for _, r in runs) + len(runs) - 1 + blank_first + blank_last
    out: list[str] = []
    for n, (at, run) in enumerate(runs):
        after = sum(len(r) + 1 for _, r in runs[n + 1 :]) + blank_last
        least = len(out) + (1 if out or blank_first else 0)
        start = max(least, min(at, room - after - len(run))) if need <= room else least
        out.extend([""] * (start - len(out)))
        out.extend(run)
    out.extend([""] * (room - len(out)))
    return out if need <= room else [*out, *([""] if blank_last else [])]


def html_block_lines(doc: Document) -> tuple[list[str], list[int]] | None:
    """``doc``'s lines with each raw HTML ``<table>`` / ``<dl>`` block written as Markdown, and the line of ``doc`` each
    new line came from (a table's row at its ``<tr>``: trial26 T26-46, the cards of a table's rows pointed at the
    lines right under ``<table>``); None when there is no such block."""
    if "<" not in doc.text or not any(_OPEN.match(line) for line in doc.lines):
        return None
    from compiler.sources.html import html_markdown  # (here: a page with no HTML block never loads bs4)

    lines, rel = doc.lines, doc.rel
    fenced = list(in_fence(lines))
    out: list[str] = []
    origin: list[int] = []
    k, changed = 0, False
    while k < len(lines):
        m = _OPEN.match(lines[k]) if not fenced[k] else None
        end = _end(lines, k, m.group("tag")) if m else None
        made = None
        if m is not None and end is not None and (m.group("tag").lower() != "table" or _data_table("\n".join(lines[k : end + 1]))):
            try:
                made = html_markdown("\n".join(lines[k : end + 1]), rel)
            except ContentError:  # (an empty table: left as written)
                made = None
        if made is None or end is None:
            stop = end + 1 if end is not None else k + 1
            out.extend(lines[k:stop])
            origin.extend(range(k + 1, stop + 1))
            k = stop
            continue
        if out and out[-1].strip():
            out.append("")
            origin.append(k + 1)
        for line, at in zip(made.text.splitlines(), made.origin, strict=False):
            out.append(line)
            origin.append(k + max(1, min(at, end + 1 - k)))
        if end + 1 < len(lines) and lines[end + 1].strip():
            out.append("")
            origin.append(end + 1)
        changed = True
        k = end + 1
    return (out, origin) if changed else None


def html_blocks(doc: Document) -> Document:
    """``doc`` with each raw HTML ``<table>`` / ``<dl>`` block written as Markdown (the document itself when none is)."""
    if "<" not in doc.text or not any(_OPEN.match(line) for line in doc.lines):
        return doc
    from compiler.sources.html import html_markdown

    lines, rel = doc.lines, doc.rel
    fenced = list(in_fence(lines))
    out: list[str] = []
    k, changed = 0, False
    while k < len(lines):
        m = _OPEN.match(lines[k]) if not fenced[k] else None
        end = _end(lines, k, m.group("tag")) if m else None
        if m is None or end is None:
            out.append(lines[k])
            k += 1
            continue
        if m.group("tag").lower() == "table" and not _data_table("\n".join(lines[k : end + 1])):
            out.extend(
                lines[k : end + 1]
            )  # (a banner or a figure with its caption: the page's layout, kept as written)
            k = end + 1
            continue
        try:
            made = html_markdown("\n".join(lines[k : end + 1]), rel)
        except ContentError:  # (an empty table: left as written)
            out.extend(lines[k : end + 1])
            k = end + 1
            continue
        blank_first = bool(out and out[-1].strip())
        blank_last = end + 1 < len(lines) and bool(lines[end + 1].strip())
        out.extend(_placed(made.text.splitlines(), made.origin, end + 1 - k, blank_first, blank_last))
        changed = True
        k = end + 1
    return Document(rel=doc.rel, text="\n".join(out) + "\n", path=doc.path) if changed else doc
