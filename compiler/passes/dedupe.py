"""Dedupe pass: group items that ask the same question into one note.

This first version merges only questions whose normalized text is identical
(case, accents and punctuation ignored), within or across sources.  Groups
keep the items in source order; the first item is the primary one, whose
question becomes the front and whose anchor gives the note its GUID.
"""

from __future__ import annotations

from compiler.model import Item, normalize_text


def run(items: list[Item]) -> list[list[Item]]:
    groups: dict[str, list[Item]] = {}
    for item in items:
        key = item.explicit_id or normalize_text(item.question)
        groups.setdefault(key, []).append(item)
    return list(groups.values())
