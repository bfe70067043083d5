"""The retired-notes package: ``<deck>-retired.apkg``.

Anki never deletes a note on import, so a question removed from the content
would linger in the collection forever.  This small package re-emits every
note the lock has retired, with its last published fields, the
``deckc::retired`` tag and its retirement time (newer than what Anki has),
so importing it tags those notes and one search, ``tag:deckc::retired``,
finds them to delete.  Nothing is written when no note is retired.

It holds every note retired so far, not only this build's: a user who skipped importing one
still gets its notes tagged.  Anki adds a note it does not hold, so a note the user deleted
after an earlier import (or one retired before it was ever imported) comes back (trial28 T28-4:
two such notes came back as new cards to study).  The package's deck is therefore a deck of its
own, "<deck> – retired notes (delete)": Anki puts a note it adds there, out of the study deck,
while a note it already holds is updated where it is (the importer never moves existing cards);
deleting that deck deletes what came back.  (Suspending the cards would not do: Anki resets
imported cards' scheduling unless asked to import it.)
"""

from __future__ import annotations

from pathlib import Path

from compiler.model import Deck

FORMAT = "retired"


def filename(deck: Deck) -> str | None:
    return f"{deck.basename}-retired.apkg" if deck.retired else None


def stale(deck: Deck) -> list[str]:
    """The previous build's package when no note is retired now (e.g. after the lock was reset)."""
    return [] if deck.retired else [f"{deck.basename}-retired.apkg"]


def deck_name(name: str) -> str:
    """The deck a note the retired package adds lands in (``name``: the study deck's): named for what to do."""
    return f"{name} – retired notes (delete)"


def write(deck: Deck, path: Path) -> None:
    import hashlib

    from compiler.emit import apkg

    number = int(hashlib.sha256(f"{deck.id}:retired".encode()).hexdigest()[:12], 16) | (1 << 40)
    apkg.write(
        deck.model_copy(
            update={"notes": deck.retired, "retired": [], "id": number, "name": deck_name(deck.name)}
        ),
        path,
    )
