"""Counts for ``deckc stats``: per source, section, difficulty and note type.

The item count is the one ``deckc build`` prints ("read N items"): items that make no card
(no answer, a placeholder, a missing picture) are counted and listed by reason, so the two
commands never disagree about what was read.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from compiler.diagnostics import counted
from compiler.model import Deck


def deck_stats(deck: Deck) -> dict[str, Any]:
    order = {s.id: n for n, s in enumerate(deck.sources)}
    items = sorted(
        (i for n in deck.notes for i in n.items), key=lambda i: (order.get(i.source, 0), i.locator.line)
    )
    per_source = Counter(i.source for i in items)
    per_section = Counter(f"{i.source} › {' › '.join(i.section) or '(none)'}" for i in items)
    skipped = deck.skipped
    return {
        "items": deck.items_read or len(items) + len(skipped),
        "notes": len(deck.notes),
        "skipped": dict(sorted(Counter(i.skip or "skipped" for i in skipped).items())),
        "skipped_per_source": dict(Counter(i.source for i in skipped)),
        "items_per_source": dict(per_source),
        "items_per_section": dict(per_section),
        "notes_per_difficulty": dict(Counter(n.difficulty.value if n.difficulty else "none" for n in deck.notes)),
        "notes_per_notetype": dict(Counter(n.notetype for n in deck.notes)),
    }


def format_stats(data: dict[str, Any]) -> str:
    head = f"{counted(data['items'], 'item')} -> {counted(data['notes'], 'note')}"
    if data["skipped"]:
        reasons = ", ".join(f"{why} {n}" for why, n in data["skipped"].items())
        head += f" ({sum(data['skipped'].values())} make no card: {reasons}; the manifest lists them)"
    lines = [head]
    for title, key in (
        ("Items per source (in notes)", "items_per_source"),
        ("Items making no card, per source", "skipped_per_source"),
        ("Items per section", "items_per_section"),
        ("Notes per difficulty", "notes_per_difficulty"),
        ("Notes per note type", "notes_per_notetype"),
    ):
        if not data[key]:
            continue
        lines.append("")
        lines.append(title)
        width = max((len(k) for k in data[key]), default=0)
        for name, count in data[key].items():
            lines.append(f"  {name:<{width}}  {count:>4}")
    return "\n".join(lines)
