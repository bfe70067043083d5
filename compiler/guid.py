"""Anki note GUIDs, as genanki computes them, without importing genanki.

``genanki.guid_for`` is a dozen lines, but importing genanki loads PyYAML,
sqlite3, pystache and (through cached_property) asyncio: about a tenth of a
second that `deckc lint`, `stats` and `diff` need not pay, since only the
.apkg writer needs genanki itself.  tests/test_fastpaths.py checks that both
give the same GUIDs.
"""

from __future__ import annotations

import hashlib

#: Anki's base-91 alphabet (genanki.util.BASE91_TABLE)
BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"


def guid_for(*values: object) -> str:
    """The GUID genanki.guid_for gives: the first 8 bytes of a SHA-256 of the values, in base 91."""
    number = int.from_bytes(hashlib.sha256("__".join(str(v) for v in values).encode("utf-8")).digest()[:8], "big")
    digits = []
    while number > 0:
        number, digit = divmod(number, len(BASE91))
        digits.append(BASE91[digit])
    return "".join(reversed(digits))


def in_deck(guid: str, deck: str) -> str:
    """A new note's GUID in one deck: the anchor's GUID salted with the deck's id.

    Anki matches notes by GUID alone, across all decks of a collection: two decks that both
    read a ``README.md`` asking "What is a closure?" would otherwise give the same GUID, and
    importing the second would overwrite the first deck's note and its review history
    (learner L27). Notes already in the lock keep the GUID they were published with.
    """
    return guid_for("deckc", deck, guid) if deck else guid
