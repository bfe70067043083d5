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


def _item(question: str, answer: str) -> Item:
    return Item(
        source="doc",
        question=question,
        answer=[Block(kind=BlockKind.text, text=answer)],
        locator=Locator(file="sources/doc.md", line=3),
        original=question,
    )


def test_a_capital_a_tilde_is_a_letter_not_mojibake() -> None:
    """Trial T4: Portuguese capitals (NÃO, SÃO PAULO, CONSTITUIÇÃO) kept whole, with no warning."""
    diag = Diagnostics()
    cleaned = clean_item(_item("O que é a CONSTITUIÇÃO?", "NÃO-E, NÃO-OU; SÃO PAULO. Ã."), diag)
    assert cleaned.question == "O que é a CONSTITUIÇÃO?"
    assert cleaned.answer[0].text == "NÃO-E, NÃO-OU; SÃO PAULO. Ã."
    assert diag.items == []


def test_utf8_read_as_cp1252_is_still_put_back_beside_real_a_tildes() -> None:
    diag = Diagnostics()
    cleaned = clean_item(_item("What is a cafÃ©?", "NÃO â€“ a cafÃ©."), diag)
    assert cleaned.question == "What is a café?"
    assert cleaned.answer[0].text == "NÃO – a café."
    assert not any("still contains" in w.message for w in diag.items)
