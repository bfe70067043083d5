"""The retired-notes package: ``<deck>-retired.apkg``.

Anki never deletes a note on import, so a question removed from the content
would linger in the collection forever.  This small package re-emits every
note the lock has retired, with its last published fields, the
``deckc::retired`` tag and its retirement time (newer than what Anki has),
so importing it tags those notes and one search, ``tag:deckc::retired``,
finds them to delete.  Nothing is written when no note is retired.
"""

from __future__ import annotations

from pathlib import Path

from compiler.emit import apkg
from compiler.model import Deck

FORMAT = "retired"


def filename(deck: Deck) -> str | None:
    return f"{deck.basename}-retired.apkg" if deck.retired else None


def stale(deck: Deck) -> list[str]:
    """The previous build's package when no note is retired now (e.g. after the lock was reset)."""
    return [] if deck.retired else [f"{deck.basename}-retired.apkg"]


def write(deck: Deck, path: Path) -> None:
    apkg.write(deck.model_copy(update={"notes": deck.retired, "retired": []}), path)
