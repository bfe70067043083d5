"""Flashcard exports saved as text (trial9 T10): 'term,definition' rows and tab rows were "cannot tell this
document's layout" with Q:/A: advice, and the whole build stopped."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.sources.lines import field_pairs


def test_comma_and_tab_rows_are_pairs() -> None:
    assert field_pairs(["a,one", "b,two", 'c,"three, four"']) == (",", 3)
    assert field_pairs(["a\tone", "still one", "b\ttwo", "c\tthree"]) == ("\t", 3)  # a definition over two lines
    assert field_pairs(["First, open it.", "Then, close it.", "Last, save it."]) is None  # sentences' commas


def test_a_comma_export_saved_as_text_is_read_as_delimited(tmp_path: Path) -> None:
    result = build(drop_in(tmp_path, "comma-pairs.txt"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, i.answer_plain()) for i in result.compiled.items][2] == ("nucleus", "holds the DNA, in chromosomes")
    assert len(result.compiled.items) == 4
    [table] = [w.snippet for w in result.compiled.diagnostics.warnings if "not listed in deck.toml" in w.message]
    assert 'layout = "delimited"' in table and 'separator = ","' in table
