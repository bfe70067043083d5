"""The clean pass: what repair cannot fix is removed with a warning, never passed on to a card."""

from __future__ import annotations

from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item, Locator
from compiler.passes.clean import clean_item


def test_a_replacement_character_repair_cannot_undo_is_removed_with_a_warning() -> None:
    item = Item(
        source="doc",
        question="What is a \ufffdlogit?",
        answer=[Block(kind=BlockKind.text, text="A raw score\ufffd."), Block(kind=BlockKind.bullets, items=["one\ufffd"])],
        locator=Locator(file="sources/doc.md", line=7),
        original="What is a logit?",
    )
    diag = Diagnostics()
    cleaned = clean_item(item, diag)
    assert cleaned.question == "What is a logit?"
    assert [b.text for b in cleaned.answer[:1]] == ["A raw score."] and cleaned.answer[1].items == ["one"]
    [warning] = diag.items
    assert (warning.file, warning.line) == ("sources/doc.md", 7) and "still contains '\ufffd'" in warning.message
