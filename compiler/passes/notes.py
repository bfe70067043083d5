"""Notes pass: turn each group of merged items into one :class:`Note`.

Decides the GUID (from a stable anchor, never from the answer or a line
number) and fills the frozen note type's fields.
"""

from __future__ import annotations

import genanki

from compiler.config import DeckConfig
from compiler.model import Difficulty, Item, ItemKind, Note
from compiler.notetypes import BY_KIND
from compiler.render import blocks_html, cloze_html, correct_html, options_html, text_html


def anchor(item: Item) -> str:
    """The identity of an item: its explicit id, or its source plus normalized question."""
    if item.explicit_id:
        return f"id:{item.explicit_id}"
    return item.anchor


def guid_for(item: Item) -> str:
    return genanki.guid_for("deckc", anchor(item))


def attribution(item: Item, titles: dict[str, str]) -> str:
    title = titles.get(item.source, item.source)
    return f"{title} #{item.number}" if item.number else title


def _sources_html(items: list[Item], titles: dict[str, str]) -> str:
    return " · ".join(text_html(attribution(i, titles)) for i in items)


def _also_html(items: list[Item], titles: dict[str, str]) -> str:
    parts = []
    for item in items:
        body = blocks_html(item.answer) if item.answer else ""
        if item.kind is ItemKind.multiple_choice:
            body = f"<p>{correct_html(item)}</p>" + body
        if not body:
            continue
        parts.append(
            f'<div class="also-item"><div class="also-source">Also in {text_html(attribution(item, titles))}</div>{body}</div>'
        )
    return "".join(parts)


def difficulty_of(items: list[Item]) -> Difficulty | None:
    """The primary item's level; if it has none, the hardest level any source gives."""
    if items[0].difficulty:
        return items[0].difficulty
    order = [Difficulty.easy, Difficulty.medium, Difficulty.hard]
    levels = [i.difficulty for i in items if i.difficulty]
    return max(levels, key=order.index) if levels else None


def build_note(items: list[Item], titles: dict[str, str]) -> Note:
    primary = items[0]
    notetype = BY_KIND[primary.kind]
    difficulty = difficulty_of(items)
    common = {
        "Sources": _sources_html(items, titles),
        "Difficulty": difficulty.value if difficulty else "",
        "Section": text_html(" › ".join(primary.section)),
        "DeckcId": text_html(primary.item_id),
    }
    if primary.kind is ItemKind.multiple_choice:
        fields = {
            "Question": text_html(primary.question),
            "Options": options_html(primary),
            "Correct": correct_html(primary),
            "Explanation": blocks_html(primary.answer),
        }
        also = _also_html(items[1:], titles)
        if also:
            fields["Explanation"] += also
    elif primary.kind is ItemKind.cloze:
        extra = blocks_html(primary.answer) + _also_html(items[1:], titles)
        fields = {"Text": cloze_html(primary.cloze or ""), "Extra": extra}
    else:
        fields = {
            "Question": text_html(primary.question),
            "Answer": blocks_html(primary.answer),
            "Also": _also_html(items[1:], titles),
        }
    fields.update(common)
    ordered = {name: fields.get(name, "") for name in notetype.fields}
    return Note(
        guid=guid_for(primary),
        id=primary.item_id,
        kind=primary.kind,
        notetype=notetype.name,
        fields=ordered,
        tags=[],
        difficulty=difficulty,
        sections=[f"{i.source}::{' › '.join(i.section)}" for i in items if i.section],
        items=items,
    )


def run(groups: list[list[Item]], config: DeckConfig) -> list[Note]:
    titles = {s.id: s.title or s.id for s in config.source}
    return [build_note(g, titles) for g in groups]
