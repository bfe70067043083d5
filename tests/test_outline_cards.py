"""Outliner flashcards written as list entries (trial8 H9): Obsidian/Logseq ``- Term :: definition`` bullets and
RemNote's arrows (``>>``, ``<<`` asked from the right, ``<>`` both ways, ``;;``, ``>>>`` with nested entries)."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.sources.lines import outline_cards


def test_a_list_of_arrow_entries_is_a_card_per_entry() -> None:
    cards = outline_cards(
        ["- Cells", "    - Osmosis << Water across a membrane.", "    - Nucleus <> Holds DNA."]
    )
    assert [(c.offset, c.question, c.answer, c.reverse, c.section) for c in cards] == [
        (1, "Water across a membrane.", ["Osmosis"], False, ["Cells"]),
        (2, "Nucleus", ["Holds DNA."], True, ["Cells"]),
    ]


def test_nested_entries_answer_a_multi_line_card() -> None:
    cards = outline_cards(["- Stages of mitosis >>>", "    - Prophase", "    - Metaphase", "- Water ;; H2O"])
    assert [(c.question, c.answer, c.end) for c in cards] == [
        ("Stages of mitosis", ["- Prophase", "- Metaphase"], 3),
        ("Water", ["H2O"], 4),
    ]


def test_an_ordinary_entry_or_code_makes_an_ordinary_list() -> None:
    assert outline_cards(["- Ribosome >> Site of protein synthesis.", "- see the chapter on cells"]) == []
    assert outline_cards(["- `x >> 2` halves x", "- `y << 1` doubles y"]) == []
    assert outline_cards(["- a >>b", "- c<<d"]) == []  # (arrows other than '::' stand between spaces)


def test_outline_flashcards_as_bullets_are_cards(tmp_path: Path) -> None:
    """The bullets gave 'no card from this file' (and stopped the build); RemNote's '<<' and '<>' lines were
    glued onto the answer before them; '<>' is a note with a card each way."""
    content = drop_in(tmp_path, "outline-arrows.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.section, i.question, i.answer_plain(), i.reverse) for i in result.compiled.items] == [
        ([], "Mitochondria", "Organelle that makes ATP.", False),
        ([], "Ribosome", "Site of protein synthesis.", False),
        (["RemNote outline", "Biology"], "Diffusion of water across a membrane.", "Osmosis", False),
        (["RemNote outline", "Biology"], "Nucleus", "Holds the cell's DNA.", True),
        (["RemNote outline", "Biology"], "Stages of mitosis", "\nProphase\nMetaphase\n", False),
        (
            ["RemNote outline", "Biology"],
            "What does the Golgi apparatus do?",
            "Modifies, sorts and packages proteins.",
            False,
        ),
        (["RemNote outline", "Chemistry"], "Water", "H2O", False),
    ]
    assert not [w for w in result.compiled.diagnostics.warnings if w.line is not None]


def test_a_pattern_warns_when_an_entry_it_does_not_match_is_glued_onto_an_answer(tmp_path: Path) -> None:
    """A [source.pattern] for '>>' only read RemNote's '<<' line as more of the answer before it, silently."""
    table = (
        '[[source]]\nid = "outline"\nfile = "sources/outline-arrows.md"\nlayout = "pattern"\n[source.pattern]\n'
        "item = '^\\s*[-*+]\\s+(?P<question>.+?)\\s+>>\\s+(?P<answer>\\S.*)$'\n"
    )
    content = drop_in(tmp_path, "outline-arrows.md", table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    glued = [w for w in result.compiled.diagnostics.warnings if "does not match the item pattern" in w.message]
    assert [w.line for w in glued] == [16]  # '- Water ;; H2O' beside '- What does the Golgi apparatus do? >> …'
