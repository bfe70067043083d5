"""Sub- and superscripts as pandoc and Typora write them (trial10 P37)."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of
from pypdf import PdfReader

from compiler.build import build


def test_pandoc_sub_and_superscripts_on_cards_and_sheet(tmp_path: Path) -> None:
    """trial10 P37: 'H~2~O' and '13^th^' (pandoc, Typora) were raw on the cards. They are <sub>/<sup> on the card and
    H₂O / 13ᵗʰ on the sheet; '~~struck~~' is struck, '2^10' and 'a ~ b' stay as written."""
    page = (
        "## What is the formula of water?\n\nH~2~O (two hydrogen atoms).\n\n"
        "## Which amendment abolished slavery?\n\nThe 13^th^ Amendment; ~~the 12th~~; 2^10 and a ~ b.\n"
    )
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"chem.md": page}), out, formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    answers = [n.fields["Answer"] for n in result.compiled.deck.notes]
    assert "H<sub>2</sub>O" in answers[0]
    assert "13<sup>th</sup>" in answers[1] and "<s>the 12th</s>" in answers[1] and "2^10 and a ~ b" in answers[1]
    text = "".join(page.extract_text() for page in PdfReader(next(out.glob("*.pdf"))).pages)
    assert "H₂O" in text and "13ᵗʰ" in text, text


def test_obsidian_block_ids_of_digits_are_no_text(tmp_path: Path) -> None:
    """trial10 P24: the ids Flashcards-Obsidian writes after each card ('^1650296620113', at a line's end or on a
    line of its own) were printed on the backs; 'x ^2' and '2 ^10' stay."""
    page = (
        "## What is the powerhouse of the cell? #card\n\nThe mitochondrion.\n^1650296620113\n\n"
        "## What do ribosomes make? #card\n\nProteins. ^1650296620114\n\n"
        "## What is 2 ^10?\n\nIt is 1024, and x ^2 is a square. ^def-1\n"
    )
    compiled = build(deck_of(tmp_path, {"bio.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.answer_plain() for i in compiled.items] == ["The mitochondrion.", "Proteins.", "It is 1024, and x ^2 is a square."]
