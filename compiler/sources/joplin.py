"""Joplin's RAW export (trial17 T17-2): Joplin's "RAW - Joplin Export Directory", the layout of its file-system sync
folder too, writes each note as ``<32-hex id>.md`` — its title on the first line, the Markdown body, then after a blank
line the note's metadata, one ``key: value`` a line (``id: 3fdd…``, ``parent_id: …``, ``created_time: …``, …,
``type_: 1``); a notebook is a file of its title and metadata only (``type_: 2``). Read as written, the metadata was the
back of the last card (24 lines), a notebook 8 junk cards (``id`` -> its hex), the title "text outside any question".
:func:`joplin_note` blanks the metadata (line numbers kept) and writes the title as the page's heading; a file that is
no note (``type_`` other than 1: a notebook, a tag, a resource) is said to be no document.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^(?P<key>[a-z][a-z0-9_]*_?):(?:[ \t](?P<value>.*))?$")
_ID = re.compile(r"^id: [0-9a-f]{32}$")
FIELDS_MIN = 5  # metadata lines at a file's end that make it Joplin's (ids, times, type_)
NOTE = "1"  # Joplin's item type of a note; 2 a notebook, 4 a resource, 5 a tag …


def joplin_note(lines: list[str]) -> tuple[list[str], str] | None:
    """``(the lines with the metadata blanked and the title a heading, the item's type_)`` of a Joplin RAW file, or
    None when the file does not end with Joplin's metadata block."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and _FIELD.match(lines[start - 1]):
        start -= 1
    block = lines[start:end]
    if (
        end - start < FIELDS_MIN
        or not block[-1].startswith("type_:")
        or not any(_ID.match(line) for line in block)
    ):
        return None
    if start and lines[start - 1].strip():
        return None  # (the block must stand apart, after a blank line)
    kind = (_FIELD.match(block[-1]).group("value") or "").strip()  # type: ignore[union-attr]
    out = [*lines[:start], *[""] * (len(lines) - start)]
    first = next((k for k, line in enumerate(out) if line.strip()), None)
    if first is not None and not out[first].lstrip().startswith("#"):
        out[first] = f"# {out[first].strip()}"
    return out, kind
