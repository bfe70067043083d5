"""Cloze deletions (``{{c1::Paris::city}}``), read the same way wherever they are written: the front
field of an Anki export, a paragraph or list item of Markdown or text notes.

Readers share this (none imports another): what makes a text a cloze, the question it shows in
messages and the manifest (each deletion as ``[…]``), and the item fields of a cloze note.
"""

from __future__ import annotations

import re

from compiler.model import Block, ItemKind
from compiler.sources.lines import squash

CLOZE = re.compile(r"\{\{c\d+::")
_DELETION = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
_CODE_SPAN = re.compile(r"`[^`]*`")


def has_cloze(text: str) -> bool:
    """Whether the text holds a deletion outside inline code (```{{c1::…}}``` shows the syntax, it asks nothing)."""
    return bool(CLOZE.search(_CODE_SPAN.sub("", text)))


def cloze_question(text: str) -> str:
    """The text with each deletion shown as ``[…]``."""
    return squash(_DELETION.sub("[…]", text))


def cloze_fields(text: str, extra: list[Block]) -> dict[str, object]:
    """The item fields of a cloze note: the text with its deletions, the extra text under it."""
    return {"kind": ItemKind.cloze, "cloze": text, "question": cloze_question(text), "answer": extra}
