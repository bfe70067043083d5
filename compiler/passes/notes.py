"""Notes pass: turn each group of merged items into one :class:`Note`.

Decides the GUID (from a stable anchor, never from the answer or a line
number) and fills the frozen note type's fields.

For a merged group (items arrive in source order: deck.toml order, then line):

- **Front**: a multiple-choice item beats a plain question, which beats a
  cloze: a merged quiz question stays a quiz (options on the front, the
  other sources' answers under its explanation), and a plain question reads
  better than a sentence with a gap.  Among items of one kind, one phrased
  as a question (ending in "?") beats a telegraphic prompt; then the source
  earliest in ``front_priority`` (content/dedupe.toml; default deck.toml
  order).  Its answer is the back: it answers exactly the question shown.
  Every other item's answer follows as "Also in …".
- **GUID anchor**: the item with an explicit id if there is one, else the
  earliest item in source order, whichever question is on the front.  A new
  source appended to deck.toml that duplicates the note therefore never
  changes its GUID.  The note id and DeckcId field follow the anchor.
- ``Note.items``: the front item first, then the others in source order.
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


_ORDER = [Difficulty.easy, Difficulty.medium, Difficulty.hard]


def difficulty_of(items: list[Item], labelled: set[str] | frozenset[str] = frozenset()) -> Difficulty | None:
    """The front item's level if its source labels items; else the hardest level a labelling source gives;
    else (only fixed defaults) the hardest default.

    Labels written per item are evidence about that question; a source-wide
    default is not, so it only decides when nothing else does.  When labels
    disagree the harder one wins: the card must not be filed as easier than
    some source thinks it is.
    """
    if items[0].difficulty and items[0].source in labelled:
        return items[0].difficulty
    explicit = [i.difficulty for i in items if i.difficulty and i.source in labelled]
    levels = explicit or [i.difficulty for i in items if i.difficulty]
    return max(levels, key=_ORDER.index) if levels else None


_KIND_RANK = {ItemKind.multiple_choice: 0, ItemKind.basic: 1, ItemKind.cloze: 2}


def order_items(items: list[Item], priority: list[str]) -> tuple[list[Item], Item]:
    """(items with the front item first, the GUID anchor item) for a group given in source order."""
    rank: dict[str, int] = {}
    for source in priority:
        rank.setdefault(source, len(rank))
    front = min(
        items,
        key=lambda i: (
            _KIND_RANK[i.kind],
            not i.question.rstrip().endswith("?"),  # a real question beats a telegraphic "Group Norm—in one sentence."
            rank.get(i.source, len(rank)),
            items.index(i),
        ),
    )
    anchor_item = next((i for i in items if i.explicit_id), items[0])
    return [front, *(i for i in items if i is not front)], anchor_item


def build_note(
    group: list[Item],
    titles: dict[str, str],
    priority: list[str] | None = None,
    labelled: set[str] | frozenset[str] = frozenset(),
) -> Note:
    items, anchor_item = order_items(group, priority or list(titles))
    primary = items[0]
    notetype = BY_KIND[primary.kind]
    difficulty = difficulty_of(items, labelled)
    common = {
        "Sources": _sources_html(items, titles),
        "Difficulty": difficulty.value if difficulty else "",
        "Section": text_html(" › ".join(primary.section)),
        "DeckcId": text_html(anchor_item.item_id),
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
        guid=guid_for(anchor_item),
        id=anchor_item.item_id,
        kind=primary.kind,
        notetype=notetype.name,
        fields=ordered,
        tags=[],
        difficulty=difficulty,
        sections=list(dict.fromkeys(f"{i.source}::{' › '.join(i.section)}" for i in items if i.section)),
        items=items,
    )


def run(groups: list[list[Item]], config: DeckConfig, front_priority: list[str] | None = None) -> list[Note]:
    titles = {s.id: s.title or s.id for s in config.source}
    labelled = {s.id for s in config.source if s.difficulty.from_ != "fixed"}
    priority = [*(front_priority or []), *(s.id for s in config.source)]
    return [build_note(g, titles, priority, labelled) for g in groups]
