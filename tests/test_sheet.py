"""The sheet's data, before Typst: grouping by section or topic, condensed answers,
HTML answers turned into typed blocks, cloze sentences, math handed to the converter."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.model import Block, BlockKind, Deck, ItemKind, Note
from compiler.pipeline import compile_content
from compiler.sheet import answer_blocks, cloze_spans, condense, entry, groups

CONTENT = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return compile_content(CONTENT).deck


def no_math(tex: str, note: Note) -> str | None:
    return f"<{tex}>"


def test_groups_follow_sections_in_source_order(deck: Deck) -> None:
    """Without topics the sheet groups by the front item's section, in order of first appearance."""
    plain = deck.model_copy(update={"notes": [n.model_copy(update={"topics": []}) for n in deck.notes]})
    found = groups(plain)
    titles = [g.title for g in found]
    assert len(titles) == len(set(titles)), "one group per section"
    assert "Foundations" in titles and "L1, L2, Elastic Net" in titles
    for g in found:
        assert all(" › ".join(n.primary.section) == g.title for n in g.notes), g.title
    assert sum(len(g.notes) for g in found) == len(deck.notes)


def test_groups_by_topic_when_notes_have_topics(deck: Deck) -> None:
    notes = [n.model_copy(update={"topics": ["Dropout"] if "dropout" in n.id else []}) for n in deck.notes]
    found = groups(deck.model_copy(update={"notes": notes}))
    assert [g.title for g in found] == ["Dropout", "Other topics"]
    assert all("dropout" in n.id for n in found[0].notes)
    assert sum(len(g.notes) for g in found) == len(deck.notes)


def test_html_answer_becomes_blocks_with_math(deck: Deck) -> None:
    note, item = next((n, i) for n in deck.notes for i in n.items if i.item_id == "norms/what-does-batchnorm-normalize-over")
    blocks = answer_blocks(item.answer, note, no_math)
    assert [b["k"] for b in blocks] == ["p", "math", "p"]
    kinds = [s["k"] for s in blocks[0]["spans"]]
    assert "b" in kinds and "m" in kinds  # **across the examples…** and \( \gamma \)
    assert blocks[1]["v"].startswith(r"<\hat{x}")


def test_table_and_list_survive(deck: Deck) -> None:
    note = next(n for n in deck.notes if n.id == "norms-compare")
    table = answer_blocks(note.primary.answer, note, no_math)[0]
    assert table["k"] == "table" and table["header"] and len(table["rows"]) == 4
    adamw = next(n for n in deck.notes if n.id == "adamw")
    assert any(b["k"] == "list" and len(b["items"]) == 3 for b in answer_blocks(adamw.primary.answer, adamw, no_math))


def test_condense_keeps_first_paragraph_what_it_introduces_and_first_code() -> None:
    blocks = [
        {"k": "p", "spans": [{"k": "t", "v": "It works like this:"}]},
        {"k": "math", "v": "x"},
        {"k": "p", "spans": [{"k": "t", "v": "More prose."}]},
        {"k": "code", "v": "\n".join(f"line{n}" for n in range(20)), "lang": "python"},
        {"k": "p", "spans": [{"k": "t", "v": "Even more."}]},
    ]
    kept = condense(blocks)
    assert [b["k"] for b in kept] == ["p", "math", "code"]
    assert kept[2]["v"].splitlines()[-1] == "…" and len(kept[2]["v"].splitlines()) == 9


def test_cloze_is_emphasised_or_blanked() -> None:
    text = "Underfitting = {{c1::high bias}}. Overfitting = {{c2::high variance::kind of error}}."
    shown = cloze_spans(text, reveal=True)
    assert [s for s in shown if s["k"] == "hl"] == [{"k": "hl", "v": "high bias"}, {"k": "hl", "v": "high variance"}]
    blank = "".join(s["v"] for s in cloze_spans(text, reveal=False))
    assert blank == "Underfitting = […]. Overfitting = [kind of error]."


def test_multiple_choice_prints_the_correct_option(deck: Deck) -> None:
    note = next(n for n in deck.notes if n.kind is ItemKind.multiple_choice)
    printed = entry(note, no_math, questions_only=False)
    text = "".join(s["v"] for s in printed["a"][0]["spans"])
    assert text == "B) To prevent overfitting and improve generalization"
    assert entry(note, no_math, questions_only=True)["a"] == []


def test_stray_punctuation_left_by_lost_formulas_is_dropped(deck: Deck) -> None:
    note = deck.notes[0]
    blocks = answer_blocks([Block(kind=BlockKind.text, text=", . Linearly interpolate."), Block(kind=BlockKind.text, text=" . ")], note, no_math)
    assert blocks == [{"k": "p", "spans": [{"k": "t", "v": "Linearly interpolate."}]}]


def test_nested_lists_are_flattened_without_losing_items(deck: Deck) -> None:
    html = "<ul><li>one<ul><li>one.a</li><li>one.b</li></ul></li><li>two</li></ul><p>after</p>"
    blocks = answer_blocks([Block(kind=BlockKind.html, text=html)], deck.notes[0], no_math)
    assert blocks[0] == {"k": "list", "items": [[{"k": "t", "v": v}] for v in ("one", "one.a", "one.b", "two")]}
    assert blocks[1] == {"k": "p", "spans": [{"k": "t", "v": "after"}]}
