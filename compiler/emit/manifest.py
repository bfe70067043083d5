"""The JSON manifest: every note and every source item, with file and line.

This is the audit trail: each item read from a source appears exactly once,
as the primary item of a note, as merged into one, or under ``skipped`` with
the reason it makes no card (no answer, a placeholder answer).  Sorted keys
and no timestamps (notes' modification times live in ``deckc.lock``), so the
same content gives the same bytes whatever the lock's history.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from compiler.model import Deck, Item, Note

FORMAT = "json"


def filename(deck: Deck) -> str:
    return f"{deck.basename}.json"


def _item(item: Item, role: str) -> dict[str, Any]:
    return {
        "id": item.item_id,
        "source": item.source,
        "file": item.locator.file,
        "line": item.locator.line,
        "number": item.number,
        "section": item.section,
        "difficulty": item.difficulty.value if item.difficulty else None,
        "question": item.question,
        "original": item.original,
        "role": role,
        **({"origin": item.origin} if item.origin else {}),  # (a package's deck, a deckc deck's document: Item.origin)
    }


def _skipped(item: Item) -> dict[str, Any]:
    return {**_item(item, "skipped"), "skipped": item.skip}


def _note(note: Note) -> dict[str, Any]:
    return {
        "guid": note.guid,
        "id": note.id,
        "notetype": note.notetype,
        "kind": note.kind.value,
        "difficulty": note.difficulty.value if note.difficulty else None,
        "sections": note.sections,
        "tags": note.tags,
        "fields": note.fields,
        "items": [_item(i, "primary" if n == 0 else "merged") for n, i in enumerate(note.items)],
    }


def manifest(deck: Deck) -> dict[str, Any]:
    items = [i for n in deck.notes for i in n.items]
    return {
        "deck": {"name": deck.name, "id": deck.id, "date": deck.build_date},
        "summary": {
            "items_read": deck.items_read,
            "items_accounted": len(items) + len(deck.skipped),
            "notes": len(deck.notes),
            "merged_items": len(items) - len(deck.notes),
            "skipped_items": len(deck.skipped),
            "warnings": len(deck.warnings),
        },
        "sources": [s.model_dump() for s in deck.sources],
        "notes": [_note(n) for n in deck.notes],
        "skipped": [_skipped(i) for i in deck.skipped],
        "warnings": deck.warnings,
    }


def render(deck: Deck) -> str:
    return json.dumps(manifest(deck), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write(deck: Deck, path: Path) -> None:
    path.write_text(render(deck), encoding="utf-8", newline="\n")
