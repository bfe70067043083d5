"""Identity helpers: normalized text and slugs used for item ids and GUID anchors."""

import pytest
from pydantic import ValidationError

from compiler.model import Block, BlockKind, Item, Locator, normalize_text, slugify


def test_normalize_ignores_case_accents_and_punctuation() -> None:
    assert normalize_text("What’s the Bias–Variance trade-off?") == "what s the bias variance trade off"
    assert normalize_text("Café") == "cafe"


def test_greek_letters_are_spelled_out() -> None:
    assert slugify("Are γ and β learned?") == "are-gamma-and-beta-learned"
    assert slugify("What do Adam's β₁ and β₂ control?") == "what-do-adam-s-beta-1-and-beta-2-control"


def test_cloze_markers_reduced_to_text() -> None:
    assert slugify("Underfitting = {{c1::high bias}}.") == "underfitting-high-bias"
    assert slugify("A {{c2::b::hint}} c") == "a-b-c"


def test_item_identity_fixed_at_read_time() -> None:
    item = Item(
        source="s", question="What is X?", answer=[Block(kind=BlockKind.text, text="Y")],
        locator=Locator(file="sources/s.txt", line=3), original="What is X? Y",
    )
    changed = item.model_copy(update={"question": "What is X exactly?"})
    assert changed.item_id == item.item_id == "s/what-is-x"
    assert changed.anchor == item.anchor == "s:what is x"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"question": "  "}, "empty question"),
        ({"answer": []}, "answer missing"),
        ({"kind": "multiple_choice", "choices": [{"label": "A", "text": "x"}, {"label": "B", "text": "y"}], "correct": "C"}, "not one of"),
        ({"kind": "cloze", "cloze": "no deletion"}, "cloze"),
    ],
)
def test_invalid_items_are_rejected(fields: dict, message: str) -> None:
    base = {
        "source": "s", "question": "Q?", "answer": [Block(kind=BlockKind.text, text="A")],
        "locator": Locator(file="f", line=1), "original": "Q? A",
    }
    with pytest.raises(ValidationError, match=message):
        Item(**{**base, **fields})
