"""Anki text exports pasted into a Markdown note (lead G12): study notes end with the cards their author made,
as Anki's *Notes in Plain Text* export in a code fence::

    ## Anki Deck

    ```
    #separator:tab
    #html:true
    #guid column:1
    #notetype column:2
    #deck column:3
    #tags column:6

    R1a4B7c9D2<TAB>Basic<TAB>Ops::WiFi<TAB>What is the purpose of <code>genpmk</code>?<TAB>To precompute PMKs …<TAB>wifi
    ```

The fence was code: one card, 'Anki Deck', whose back was the raw export, and the author's cards were lost.  A
fence whose first lines are Anki's ``#key:value`` header (a ``#separator:`` or ``#html:`` line among them) and whose
rows split into a front and a back is the notes it holds: each row is a record of the data-bank converter
(front, back, the row's tags), written as Markdown under the heading the fence stands under, at the row's line.
The guid, note type and deck columns are Anki's bookkeeping and are left out (deckc keeps its own ids); a row
with no back (a cloze note's one field) is a question without an answer, skipped as such.  Any other fence stays
code.
"""

from __future__ import annotations

import csv
import json
import re

from compiler.diagnostics import ContentError
from compiler.sources.converted import Converted
from compiler.sources.databank import convert_bank
from compiler.sources.delimited import read_header
from compiler.sources.lines import closed_fences, heading_level_above, in_fence

_ATX = re.compile(r"^(?P<marks>#{1,6})(?=\s)")
ROWS_MIN = 1  # rows with a front and a back that make a fence an export
# an HTML field's inline markup as Markdown (the converter writes Markdown; a field opening with '<code>' was text)
_INLINE = (
    (re.compile(r"<code>(.*?)</code>", re.I | re.S), r"`\1`"),
    (re.compile(r"<(?:b|strong)>(.*?)</(?:b|strong)>", re.I | re.S), r"**\1**"),
    (re.compile(r"<(?:i|em)>(.*?)</(?:i|em)>", re.I | re.S), r"*\1*"),
    (re.compile(r"<br\s*/?>", re.I), "\n"),
)


def _markdown(field: str, html: bool) -> str:
    """A field as the converter's Markdown: an HTML field's code, bold, italics and line breaks in Markdown."""
    if not html:
        return field
    for pattern, replacement in _INLINE:
        field = pattern.sub(replacement, field)
    return field


def _rows(body: list[str], separator: str) -> list[tuple[int, list[str]]]:
    """``(0-based line in body, cells)`` of each data row (blank lines skipped; a quoted field may hold line breaks)."""
    found: list[tuple[int, list[str]]] = []
    k = 0
    while k < len(body):
        if not body[k].strip():
            k += 1
            continue
        end = k + 1
        text = body[k]
        while text.count('"') % 2 and end < len(body):  # a quoted field runs on to the next line
            text += "\n" + body[end]
            end += 1
        cells = next(csv.reader([text], delimiter=separator, quotechar='"'), [])
        found.append((k, cells))
        k = end
    return found


def _records(body: list[str]) -> list[tuple[int, dict[str, object]]] | None:
    """``(0-based line in body, record)`` of each row of an Anki export, or None when ``body`` is no export."""
    header = read_header(body)
    keys = {line.split(":", 1)[0].lower() for line in body[: header.lines]}
    if not header.lines or not keys & {"#separator", "#html"}:
        return None
    separator = header.separator or "\t"
    taken = set((header.columns or {}).values())
    tags_at = (header.columns or {}).get("tags")
    records: list[tuple[int, dict[str, object]]] = []
    for at, cells in _rows(body[header.lines :], separator):
        fields = [c for n, c in enumerate(cells) if n not in taken]
        if not fields or not fields[0].strip():
            continue
        back = fields[1] if len(fields) > 1 else ""
        record: dict[str, object] = {"front": _markdown(fields[0], header.html), "back": _markdown(back, header.html)}
        if tags_at is not None and tags_at < len(cells) and cells[tags_at].strip():
            record["tags"] = cells[tags_at].split()
        records.append((header.lines + at, record))
    if sum(1 for _, r in records if str(r["back"]).strip()) < ROWS_MIN:
        return None
    return records


def anki_fences(lines: list[str], rel: str) -> Converted | None:
    """The note with each fenced Anki text export replaced by its notes as Markdown (each line at its row's line of
    the file, headings under the one the fence stands under); None when the note holds no such fence."""
    out: list[str] = []
    origin: list[int] = []
    changed = False
    done = 0
    fenced = list(in_fence(lines))
    for k, end, _info in closed_fences(lines):
        records = _records(lines[k + 1 : end])
        made = None
        if records:
            text = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for _, r in records) + "\n]"
            try:
                made = convert_bank(text, rel, "json")
            except ContentError:
                made = None
        if made is not None and made.text.strip() and records:
            by = heading_level_above(lines, k, fenced) - 1
            rows = made.text.rstrip("\n").split("\n")
            if by > 0:
                rows = [
                    ("#" * min(6, len(h.group("marks")) + by) + row[h.end() :])
                    if (h := _ATX.match(row))
                    else row
                    for row in rows
                ]
            where = [
                records[min(max((made.origin[i] if i < len(made.origin) else 2) - 2, 0), len(records) - 1)][0]
                for i in range(len(rows))
            ]
            out.extend(lines[done:k])
            origin.extend(range(done + 1, k + 1))
            out.extend(["", *rows, ""])
            origin.extend([k + 1, *(k + 2 + w for w in where), end + 1])
            done = end + 1
            changed = True
    if not changed:
        return None
    out.extend(lines[done:])
    origin.extend(range(done + 1, len(lines) + 1))
    return Converted(text="\n".join(out) + "\n", origin=tuple(origin))
