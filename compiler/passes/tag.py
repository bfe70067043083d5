"""Tag pass: give every note its difficulty, section and source tags.

Tags are hierarchical with ``::`` and contain no spaces, so Anki's browser
shows them as a tree: ``deckc::difficulty::hard``,
``deckc::section::grill::dropout``, ``deckc::source::grill``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePosixPath

from compiler.model import Note, Source, item_slug

PREFIX = "deckc"
# an automatic source id of a file named in another script: its Latin letters, then a hash of the whole name (read._free_id)
_HASHED_ID = re.compile(r"^(?:[a-z0-9_-]+-|doc-)(?P<hash>[0-9a-f]{8})$")


def source_tag_names(sources: list[Source]) -> dict[str, str]:
    """Each source whose id is the hash deckc gives a file named in another script (``أسئلة الفصل ١.txt`` ->
    ``doc-68298b72``), spelled in its tags by its name's own letters (``أسئلة-الفصل-١``), which Anki's tags keep
    (letters of any script; no space, no '"'): trial31 T31-36, the tag told nobody which file it was. The id, which
    item ids and GUID anchors hold, stays (a learner's notes are never duplicated); a name two sources would share
    in their tags, or that another source's id is, is not used."""
    ids = {s.id for s in sources}
    names: dict[str, str] = {}
    for source in sources:
        m = _HASHED_ID.match(source.id)
        if m is None:
            continue
        parts = PurePosixPath(source.file).with_suffix("").parts
        for k in range(len(parts)):  # (the id names the file by its path under its folder: 'unit-1-…' for 'unit 1/…')
            stem = "-".join(parts[k:])
            if not stem.isascii() and hashlib.sha256(stem.encode()).hexdigest()[:8] == m.group("hash"):
                names[source.id] = item_slug(stem, limit=50)
                break
    spelled = list(names.values())
    return {sid: name for sid, name in names.items() if name not in ids and spelled.count(name) == 1 and name != "item"}


def tag_part(text: str) -> str:
    """A section's name in a tag, spelled as item ids spell it (``Işık ve ışığın kırılması`` ->
    ``isik-ve-isigin-kirilmasi``, not ``is-k-ve-s-g-n-k-r-lmas``; Greek kept as letters): T36-8. A published tag
    spelled otherwise before is renamed once, which a re-import applies to the note."""
    return item_slug(text, limit=50)


def tags_for(note: Note, names: dict[str, str] | None = None) -> list[str]:
    """A note's tags; ``names`` spells a source in them otherwise than its id (:func:`source_tag_names`)."""
    names = names or {}
    tags: set[str] = set()
    if note.difficulty:
        tags.add(f"{PREFIX}::difficulty::{note.difficulty.value}")
    for item in note.items:
        source = names.get(item.source, item.source)
        tags.add(f"{PREFIX}::source::{source}")
        tags.update(t for t in item.tags if t and not t.startswith(f"{PREFIX}::"))  # the document's own tags
        if item.section:
            path = "::".join(tag_part(s) for s in item.section)
            tags.add(f"{PREFIX}::section::{source}::{path}")
    return sorted(tags)


def run(notes: list[Note], sources: list[Source] | None = None) -> list[Note]:
    names = source_tag_names(sources or [])
    for note in notes:
        note.tags = sorted(set(note.tags) | set(tags_for(note, names)))
    return notes
