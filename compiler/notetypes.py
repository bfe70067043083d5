"""The note types, designed once and frozen.

Anki matches note types by id and turns any change to a note type's *fields*
(added, removed, renamed, reordered) into a copy of the note type whose
existing notes then fail to update.  So model ids and field lists below must
never change; ``tests/test_notetypes.py`` fails if they do.  Templates and
CSS may change: Anki updates those in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from compiler.model import Item, ItemKind


@dataclass(frozen=True)
class NoteType:
    name: str
    model_id: int
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str, str], ...]  # (name, front, back)
    is_cloze: bool = False


_META = (
    '<div class="meta">'
    '{{#Difficulty}}<span class="difficulty {{Difficulty}}">{{Difficulty}}</span>{{/Difficulty}}'
    '<div class="sources">{{Sources}}</div>'
    "</div>"
)

# The section above the question: "Why does this matter?" needs its context on the front.
_CONTEXT = '{{#Section}}<div class="context">{{Section}}</div>{{/Section}}'


def _script() -> str:
    """card.js, fitting wide formulas and tables to a phone screen; the last child of the card's root."""
    return "<script>" + resources.files("compiler").joinpath("card.js").read_text(encoding="utf-8") + "</script>"


_SCRIPT = _script()


BASIC = NoteType(
    name="deckc Basic",
    model_id=1731000000101,
    fields=("Question", "Answer", "Also", "Sources", "Difficulty", "Section", "DeckcId"),
    templates=(
        (
            "Card 1",
            '<div class="deckc card-front">' + _CONTEXT + '<div class="question">{{Question}}</div>' + _SCRIPT + "</div>",
            '<div class="deckc card-back">' + _CONTEXT + '<div class="question">{{Question}}</div>'
            '<hr id="answer"><div class="answer">{{Answer}}</div>'
            '{{#Also}}<div class="also">{{Also}}</div>{{/Also}}' + _META + _SCRIPT + "</div>",
        ),
    ),
)

# The same fields as BASIC, a second card asking the other way: what an Anki "Basic (and reversed card)" note
# (a vocabulary pair) becomes. A new note type of its own, so BASIC's notes are untouched.
BASIC_REVERSED = NoteType(
    name="deckc Basic (and reversed)",
    model_id=1731000000104,
    fields=BASIC.fields,
    templates=(
        BASIC.templates[0],
        (
            "Card 2",
            '<div class="deckc card-front reverse">' + _CONTEXT + '<div class="question">{{Answer}}</div>' + _SCRIPT + "</div>",
            '<div class="deckc card-back reverse">' + _CONTEXT + '<div class="question">{{Answer}}</div>'
            '<hr id="answer"><div class="answer">{{Question}}</div>' + _META + _SCRIPT + "</div>",
        ),
    ),
)

MULTIPLE_CHOICE = NoteType(
    name="deckc Multiple choice",
    model_id=1731000000102,
    fields=("Question", "Options", "Correct", "Explanation", "Sources", "Difficulty", "Section", "DeckcId"),
    templates=(
        (
            "Card 1",
            '<div class="deckc card-front mc">' + _CONTEXT + '<div class="question">{{Question}}</div>'
            '<div class="options">{{Options}}</div>' + _SCRIPT + "</div>",
            '<div class="deckc card-back mc reveal">' + _CONTEXT + '<div class="question">{{Question}}</div>'
            '<div class="options">{{Options}}</div><hr id="answer">'
            '<div class="correct">{{Correct}}</div>'
            '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}' + _META + _SCRIPT + "</div>",
        ),
    ),
)

CLOZE = NoteType(
    name="deckc Cloze",
    model_id=1731000000103,
    fields=("Text", "Extra", "Sources", "Difficulty", "Section", "DeckcId"),
    templates=(
        (
            "Cloze",
            '<div class="deckc card-front cloze-card">' + _CONTEXT + '<div class="text">{{cloze:Text}}</div>' + _SCRIPT + "</div>",
            '<div class="deckc card-back cloze-card">' + _CONTEXT + '<div class="text">{{cloze:Text}}</div>'
            '{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}' + _META + _SCRIPT + "</div>",
        ),
    ),
    is_cloze=True,
)

BY_KIND: dict[ItemKind, NoteType] = {
    ItemKind.basic: BASIC,
    ItemKind.multiple_choice: MULTIPLE_CHOICE,
    ItemKind.cloze: CLOZE,
}

ALL: tuple[NoteType, ...] = (BASIC, MULTIPLE_CHOICE, CLOZE, BASIC_REVERSED)


def for_item(item: Item) -> NoteType:
    """The note type of the note an item fronts."""
    return BASIC_REVERSED if item.reverse and item.kind is ItemKind.basic else BY_KIND[item.kind]


def design_hash() -> str:
    """A hash of everything Anki stores per note type (fields, templates, CSS), for the lock."""
    import hashlib
    import json

    data = [[nt.name, nt.model_id, list(nt.fields), [list(t) for t in nt.templates]] for nt in ALL]
    data.append(stylesheet())
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def stylesheet() -> str:
    """The one stylesheet shared by every note type."""
    return resources.files("compiler").joinpath("card.css").read_text(encoding="utf-8")
