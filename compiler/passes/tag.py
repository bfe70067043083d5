"""Tag pass: give every note its difficulty, section and source tags.

Tags are hierarchical with ``::`` and contain no spaces, so Anki's browser
shows them as a tree: ``deckc::difficulty::hard``,
``deckc::section::grill::dropout``, ``deckc::source::grill``.
"""

from __future__ import annotations

from compiler.model import Note, item_slug

PREFIX = "deckc"


def tag_part(text: str) -> str:
    """A section's name in a tag, spelled as item ids spell it (``Işık ve ışığın kırılması`` ->
    ``isik-ve-isigin-kirilmasi``, not ``is-k-ve-s-g-n-k-r-lmas``; Greek kept as letters): T36-8. A published tag
    spelled otherwise before is renamed once, which a re-import applies to the note."""
    return item_slug(text, limit=50)


def tags_for(note: Note) -> list[str]:
    tags: set[str] = set()
    if note.difficulty:
        tags.add(f"{PREFIX}::difficulty::{note.difficulty.value}")
    for item in note.items:
        tags.add(f"{PREFIX}::source::{item.source}")
        tags.update(t for t in item.tags if t and not t.startswith(f"{PREFIX}::"))  # the document's own tags
        if item.section:
            path = "::".join(tag_part(s) for s in item.section)
            tags.add(f"{PREFIX}::section::{item.source}::{path}")
    return sorted(tags)


def run(notes: list[Note]) -> list[Note]:
    for note in notes:
        note.tags = sorted(set(note.tags) | set(tags_for(note)))
    return notes
