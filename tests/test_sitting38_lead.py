"""Thirty-eighth sitting, lead: findings fixed by the lead (each test names what it found)."""

from __future__ import annotations

from pathlib import Path

from compiler.build import build
from compiler.model import BlockKind
from compiler.sources.delimited import field_blocks


def _deck(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    return content


def test_a_csv_cell_keeps_the_line_breaks_its_writer_typed(tmp_path: Path) -> None:
    """A cell 'Solid⏎Liquid⏎Gas' (a newline typed in the spreadsheet) was the back 'Solid Liquid Gas': the lines
    are a list; a cell whose second line goes on with the sentence is still one paragraph."""
    content = _deck(tmp_path)
    (content / "sources" / "cards.csv").write_text(
        'question,answer\n"Name the three states of matter.","Solid\nLiquid\nGas"\n'
        '"What is a dictionary?","A mapping\nfrom keys to values."\n'
        '"What happens in prophase and metaphase?","Prophase: the chromosomes condense.\nMetaphase: they line up at the equator."\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and not result.compiled.diagnostics.errors
    backs = {n.primary.question: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert backs["Name the three states of matter."].startswith("<ul><li>Solid</li><li>Liquid</li><li>Gas</li></ul>")
    assert backs["What is a dictionary?"].startswith("<p>A mapping from keys to values.</p>")
    assert backs["What happens in prophase and metaphase?"].startswith(
        "<p>Prophase: the chromosomes condense.</p><p>Metaphase: they line up at the equator.</p>"
    )


def test_a_cell_line_ending_on_a_word_no_sentence_stops_on_joins_the_next() -> None:
    """'The capital of France is⏎Paris.' is one sentence wrapped, although 'Paris' opens in upper case."""
    [block] = field_blocks("The capital of France is\nParis.")
    assert block.kind is BlockKind.text and block.text == "The capital of France is Paris."
    [listed] = field_blocks("TCP\nUDP")
    assert listed.kind is BlockKind.bullets and listed.items == ["TCP", "UDP"]
