"""What an Obsidian vault's notes hold that Obsidian never shows as text: comments and live queries.

``%% … %%`` is Obsidian's comment, inline (``text %%note to self%% more``) or over lines, inside a ``>`` quote
too; the Annotator and PDF++ plugins write one around every highlight's JSON record (trial18 T18-29). A
fence whose language is a plugin's query (``dataview``, ``dataviewjs``, ``tasks``, ``query``) is a live
table of the vault, no text to learn (T18-30). :func:`hide` blanks both, line numbers kept, so no card shows
them and a heading whose only content was a query has no answer.

A Templater command (``<% tp.date.now() %>``, ``<%* … %>`` over lines) is a template's code, run when a note is made
from it; left in a note (a ``Created: <% tp.date.now("YYYY-MM-DD") %>`` line under the last answer, trial29 T29-34) it
is no text either: the command is taken out, and a line it leaves empty or with only its property's name
(``Created:``) is blanked.

A ``%%`` that never closes is text (Obsidian would hide the rest of the note; a stray ``100%%`` must not
hide a user's questions), and so is ``%%`` in code. An Ankdown file, whose cards ``%%`` lines separate
(fields by ``%`` lines: :func:`compiler.sources.lines.ankdown_cards`), is left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import FENCE, closed_fences, in_fence

# a fence of a vault plugin's live query: Dataview's, Tasks', Obsidian's own search embed
_QUERY_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:dataview|dataviewjs|tasks|query)\b", re.I)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*")  # a line's quote marks: a comment inside a quote is one too
_FIELD_LINE = re.compile(r"^[ \t]{0,3}%[ \t]*$")  # (Ankdown's field separator)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)*?\1")


def hide(lines: list[str]) -> list[str]:
    """The note's lines with its ``%% … %%`` comments and its plugin query fences blanked (same line count);
    the lines themselves (the same list) when there is none."""
    if sum(bool(_FIELD_LINE.match(line)) for line in lines) >= 2:
        return lines  # (Ankdown's cards: '%%' separates them)
    out = _without_queries(lines)
    out = _without_comments(out)
    out = _without_templater(out) if any("<%" in line for line in out) else out
    return lines if out == lines else out


_TEMPLATER = re.compile(r"<%[*_\-+]?(?:(?!%>).)*?[_\-]?%>")  # '<% tp.date.now() %>', '<%* … %>', '<%_ … _%>'
_TEMPLATER_OPEN = re.compile(r"<%[*_\-+]?(?!.*%>)")  # a command that goes on over lines
_LEFT_LABEL = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^\W\d_][\w \t-]{0,30}?(?:\*\*|__)?[ \t]*:{1,2}[ \t]*(?:\*\*|__)?[ \t]*$")


def _without_templater(lines: list[str]) -> list[str]:
    """Lines with Templater's commands taken out, outside code; a line left empty or with only a property's name
    ('Created:') blanked; a command over lines ('<%*' … '%>') blanked whole."""
    code = list(in_fence(lines))
    out = list(lines)
    open_at: int | None = None
    for i, line in enumerate(lines):
        if code[i]:
            continue
        if open_at is not None:
            out[i] = ""
            if "%>" in line:
                open_at = None
            continue
        spans = [m.span() for m in _CODE_SPAN.finditer(line)]
        kept = _TEMPLATER.sub(lambda m, spans=spans: m.group() if any(a <= m.start() < b for a, b in spans) else "", line)
        opened = _TEMPLATER_OPEN.search(kept)
        if opened is not None and not any(a <= opened.start() < b for a, b in spans):
            kept, open_at = kept[: opened.start()], i
        if kept != line:
            out[i] = "" if not kept.strip() or _LEFT_LABEL.match(kept) else kept.rstrip()
    return out


def _without_queries(lines: list[str]) -> list[str]:
    """The lines with every plugin query fence blanked; one never closed hides the rest, as Obsidian shows it."""
    out = list(lines)
    spans = closed_fences(lines)
    for start, end, _info in spans:
        if _QUERY_FENCE.match(lines[start]):
            out[start : end + 1] = [""] * (end + 1 - start)
    tail = spans[-1][1] + 1 if spans else 0
    unclosed = next((k for k in range(tail, len(lines)) if FENCE.match(lines[k])), None)
    if unclosed is not None and _QUERY_FENCE.match(lines[unclosed]):
        out[unclosed:] = [""] * (len(lines) - unclosed)
    return out


def _without_comments(lines: list[str]) -> list[str]:
    """Lines with the text of closed ``%% … %%`` comments taken out (a quote's marks kept)."""
    code = list(in_fence(lines))
    marks: list[tuple[int, int]] = []  # (line, column) of each '%%' outside code, in order
    for i, line in enumerate(lines):
        if code[i] or "%%" not in line:
            continue
        body_at = _QUOTE.match(line).end()  # type: ignore[union-attr]
        spans = [m.span() for m in _CODE_SPAN.finditer(line, body_at)]
        at = line.find("%%", body_at)
        while at != -1:
            if not any(a <= at < b for a, b in spans):
                marks.append((i, at))
            at = line.find("%%", at + 2)
    if len(marks) % 2:
        marks.pop()  # (an opening that never closes: text)
    if not marks:
        return lines
    out = list(lines)
    cut: dict[int, list[tuple[int, int]]] = {}  # line -> its (start, end) columns to take out
    for (i, a), (j, b) in zip(marks[::2], marks[1::2], strict=True):
        for k in range(i, j + 1):
            start = a if k == i else _QUOTE.match(lines[k]).end()  # type: ignore[union-attr]
            end = b + 2 if k == j else len(lines[k])
            cut.setdefault(k, []).append((start, end))
    for k, spans in cut.items():
        line = lines[k]
        kept = "".join(line[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(line)], strict=True))
        out[k] = kept.rstrip() if kept.strip(" \t>") else _QUOTE.match(line).group().rstrip()  # type: ignore[union-attr]
    return out


# a vault file an Obsidian plugin owns and draws, not a note: its front matter's key says which (the Excalidraw plugin's
# drawings hold their labels as '## Text Elements' / 'Nucleus ^p0Qw7ZzL' lines; a Kanban board its cards as to-dos)
_PLUGIN_KEYS = {
    "excalidraw-plugin": "an Excalidraw drawing",
    "kanban-plugin": "a Kanban board",
    "mindmap-plugin": "a mind map",
    "tldraw-file": "a tldraw drawing",
}


def plugin_page(rel: str, lines: list[str]) -> str | None:
    """What an Obsidian plugin's own file is ('an Excalidraw drawing', 'a Kanban board'), or None for a note: its text
    is the plugin's data (a drawing's labels, a board's task cards), no notes to learn (trial29 T29-33, T29-34)."""
    from compiler.sources.lines import front_matter

    if rel.lower().endswith(".excalidraw.md"):
        return _PLUGIN_KEYS["excalidraw-plugin"]
    if not lines or lines[0].strip() != "---":
        return None
    keys = front_matter(lines) or {}
    return next((what for key, what in _PLUGIN_KEYS.items() if key in keys), None)

